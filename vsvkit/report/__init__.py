"""The session report: execute the report notebook, export self-contained HTML and PDF.

The report is ``notebooks/report.ipynb``: a ``parameters`` cell (``session_id``, ``lang``,
``min_group_size``, ``db_url``) and a few lines per cell that call the public core
(:func:`vsvkit.mirror.build_mirror`, the plots, and :mod:`vsvkit.report.sections` /
:mod:`vsvkit.report.method`, which turn core results into the report's tables, texts and
embedded figures). It is executed with papermill and exported with our nbconvert
template ``templates/report`` (the ``lab`` template without code, prompts, Jupyter
styling or scripts; figures as embedded PNG; a table of contents; A4 print CSS). The PDF
is printed from that HTML by a headless Chromium (:mod:`vsvkit.report.pdf`).

Many reports (:func:`render_reports`) run in a few worker processes that each keep one
kernel alive and reset its namespace between reports, which is several times faster
than starting a kernel per report.

Examples
--------
>>> from vsvkit.report import render_report
>>> render_report(3, db_url="sqlite:///vsv.db", formats=("html", "pdf"))  # doctest: +SKIP
[PosixPath('report-3-nl.html'), PosixPath('report-3-nl.pdf')]
"""

from __future__ import annotations

import functools
import html as html_lib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbconvert.exporters import HTMLExporter
from traitlets import default

from vsvkit.errors import ReportError
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang
from vsvkit.paths import notebooks_dir, templates_dir

__all__ = [
    "FORMATS",
    "REPORT_MIMETYPE",
    "BatchResult",
    "ReportHTMLExporter",
    "default_notebook",
    "render_report",
    "render_reports",
    "report_metadata",
    "report_path",
]

log = logging.getLogger(__name__)

FORMATS = ("html", "pdf")
#: Output mimetype by which the report notebook passes its title, VSV name etc. to the
#: exporter; such outputs are taken out of the notebook before rendering.
REPORT_MIMETYPE = "application/vnd.vsvkit.report+json"


def _frame_strings(lang: Lang) -> dict:
    """Strings of the report frame (contents title, page word, kicker) from vsvkit.i18n."""
    from vsvkit.i18n import t

    return {
        "toc": t("report_toc", lang),
        "page": t("report_page", lang),
        "kicker": t("report_kicker", lang),
    }


# Run before each report in a reused kernel: nothing of the previous report survives in
# the user namespace, open figures or matplotlib settings (snapshot taken at kernel start).
_RESET_CODE = """\
get_ipython().run_line_magic('reset', '-f')
import sys as _sys
import matplotlib as _mpl
import matplotlib.pyplot as _plt
_plt.close('all')
if not hasattr(_sys, '_vsvkit_rc'):
    _sys._vsvkit_rc = {k: v for k, v in _mpl.rcParams.items() if k != 'backend'}
_mpl.rcParams.update(_sys._vsvkit_rc)
del _sys, _mpl, _plt
"""


def default_notebook() -> Path:
    """The bundled report notebook (``notebooks/report.ipynb``)."""
    return notebooks_dir() / "report.ipynb"


def report_path(out_dir: str | Path, session_id: Any, lang: Lang, fmt: str) -> Path:
    """Where :func:`render_report` writes a report: ``<out_dir>/report-<id>-<lang>.<fmt>``."""
    return Path(out_dir) / f"report-{session_id}-{lang}.{fmt}"


def report_metadata(
    *, title: str, vsv: str, subtitle: str = "", lang: Lang = DEFAULT_LANG, cover: str = ""
) -> None:
    """Tell the exporter the report's title and VSV name (call once in the report notebook).

    Displays an invisible output of type :data:`REPORT_MIMETYPE`; the exporter uses it for
    the cover, the HTML title and the PDF header/footer, and removes it. ``cover`` is an
    HTML fragment (already escaped) shown on the cover below the subtitle.
    """
    from IPython.display import display

    data = {"title": title, "vsv": vsv, "subtitle": subtitle, "lang": lang, "cover": cover}
    display({REPORT_MIMETYPE: data}, raw=True)


# -- export -------------------------------------------------------------------------------
def _take_metadata(nb) -> dict:
    """Collect and remove the :data:`REPORT_MIMETYPE` outputs of an executed notebook."""
    meta: dict = {}
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        kept = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if REPORT_MIMETYPE in data:
                meta.update(dict(data[REPORT_MIMETYPE]))
            else:
                kept.append(out)
        cell["outputs"] = kept
    return meta


_HEADING = re.compile(r"<h([23])\b([^>]*)>(.*?)</h\1>", re.S)
_ID = re.compile(r'\bid="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")


def _add_toc(html: str, title: str) -> str:
    """Put a table of contents (section h2, subsection h3) at ``<!--vsvkit-toc-->``."""
    items: list[tuple[int, str, str]] = []
    for level, attrs, inner in _HEADING.findall(html):
        anchor = _ID.search(attrs)
        if anchor is None:  # headings without an id are not in the contents
            continue
        anchor = anchor.group(1)
        text = html_lib.unescape(_TAG.sub("", inner)).replace("¶", "").strip()
        items.append((int(level), anchor, text))
    if not items:
        return html.replace("<!--vsvkit-toc-->", "")
    parts = [f'<nav class="vsv-toc"><h2 class="vsv-toc-title">{html_lib.escape(title)}</h2><ol>']
    open_sub = False
    for i, (level, anchor, text) in enumerate(items):
        link = f'<a href="#{anchor}">{html_lib.escape(text)}</a>'
        if level == 2:
            if open_sub:
                parts.append("</ol></li>")
                open_sub = False
            elif i:
                parts.append("</li>")
            parts.append(f"<li>{link}")
        else:
            if not open_sub:
                parts.append("<ol>")
                open_sub = True
            parts.append(f"<li>{link}</li>")
    parts.append("</ol></li>" if open_sub else "</li>")
    parts.append("</ol></nav>")
    return html.replace("<!--vsvkit-toc-->", "".join(parts), 1)


class ReportHTMLExporter(HTMLExporter):
    """nbconvert exporter for the vsvkit report template (no input, no prompts, a TOC).

    Usable on any executed notebook: ``jupyter nbconvert --to vsvkit_html nb.ipynb``.
    """

    export_from_notebook = "HTML (vsvkit report)"

    @default("template_name")
    def _template_name_default(self):
        return "report"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        return [str(templates_dir())]

    @default("exclude_input")
    def _exclude_input_default(self):
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self):
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self):
        return True

    @default("embed_images")
    def _embed_images_default(self):
        return True

    def from_notebook_node(self, nb, resources=None, **kw):
        nb = nb.copy() if hasattr(nb, "copy") else nb
        meta = _take_metadata(nb)
        lang = meta.get("lang", "nl") if meta.get("lang") in LANGUAGES else "nl"
        strings = _frame_strings(lang)
        meta = {"kicker": strings["kicker"], "page_word": strings["page"], **meta, "lang": lang}
        resources = dict(resources or {})
        resources["vsvkit"] = meta
        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        return _add_toc(html, strings["toc"]), resources


@functools.lru_cache(maxsize=1)
def _exporter() -> ReportHTMLExporter:
    """One exporter per process: its Jinja environment and template are built once, which
    saves most of the export time of every further report in a batch worker."""
    return ReportHTMLExporter()


def _export(nb, paths: dict[str, Path]) -> list[Path]:
    """Write the executed notebook ``nb`` in each format of ``paths`` ({fmt: path})."""
    import nbformat

    nb = nbformat.from_dict(nb)
    html, resources = _exporter().from_notebook_node(nb)
    written = []
    for fmt, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(html, encoding="utf-8")
        else:
            from vsvkit.report.pdf import html_to_pdf, page_templates

            meta = resources["vsvkit"]
            header, footer = page_templates(
                meta.get("vsv", ""), meta.get("title", ""), meta["page_word"]
            )
            path.write_bytes(html_to_pdf(html, header=header, footer=footer))
        written.append(path)
        log.info("report written: %s", path)
    return written


# -- one report ---------------------------------------------------------------------------
def _check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    formats = tuple(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ReportError(
            f"Unknown report format {bad[0] if bad else '(none)'}; allowed: {', '.join(FORMATS)}"
        )
    return formats


def _parameters(session_id, lang, min_group_size, db_url, store) -> dict:
    if lang not in LANGUAGES:
        raise ReportError(f"Unknown language {lang!r}; allowed: {', '.join(LANGUAGES)}")
    if db_url is None and store is not None:
        db_url = getattr(store, "url", None)
        db_url = None if db_url is None else str(db_url)
    return {
        "session_id": session_id,
        "lang": lang,
        "min_group_size": min_group_size,
        "db_url": db_url,
    }


def _failure(session_id, err: Exception) -> ReportError:
    """A readable ReportError for a failed execution; the full error goes to the log."""
    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    tb = getattr(err, "traceback", None)
    log.error("report for session %s failed: %s: %s", session_id, ename, evalue)
    log.debug("traceback:\n%s", "\n".join(tb) if isinstance(tb, list) else (tb or ""))
    detail = _TAG.sub("", re.sub(r"\x1b\[[0-9;]*m", "", str(evalue))).strip()
    return ReportError(f"Report for session {session_id} could not be made: {ename}: {detail}")


def render_report(
    session_id: Any,
    *,
    store=None,
    db_url: str | None = None,
    lang: Lang = DEFAULT_LANG,
    formats: Sequence[str] = ("html",),
    out_dir: str | Path = ".",
    min_group_size: int | None = None,
    notebook: str | Path | None = None,
    timeout: float = 600,
) -> list[Path]:
    """Execute the report notebook for one session and write it as HTML and/or PDF.

    Parameters
    ----------
    session_id
        The session in the store.
    store : vsvkit.store.Store, optional
        The store whose ``url`` the notebook opens (an in-memory SQLite store cannot be
        shared with the notebook's kernel; pass a file or server URL).
    db_url : str, optional
        Database URL instead of ``store``; None: the default store.
    lang : {"nl", "en"}
    formats : sequence of {"html", "pdf"}
    out_dir : path
        Folder for the files (created); names from :func:`report_path`.
    min_group_size : int, optional
        Override of the minimum group size (never below the instrument's floor).
    notebook : path, optional
        Another report notebook with the same parameters; default :func:`default_notebook`.
    timeout : float
        Seconds allowed per cell.

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Raises
    ------
    ReportError
        The notebook failed (the message names the error; the traceback is logged), or
        the PDF could not be printed (e.g. no browser installed).

    Examples
    --------
    >>> import vsvkit as vk
    >>> paths = vk.render_report(1, db_url="sqlite:///vsvkit.sqlite")  # doctest: +SKIP
    >>> [p.suffix for p in paths]  # doctest: +SKIP
    ['.html']
    """
    formats = _check_formats(formats)
    params = _parameters(session_id, lang, min_group_size, db_url, store)
    source = Path(notebook) if notebook else default_notebook()
    if not source.is_file():
        raise ReportError(f"Report notebook not found: {source}")
    try:
        import papermill
        from papermill.exceptions import PapermillExecutionError
    except ModuleNotFoundError as err:  # pragma: no cover - papermill is a dependency
        raise ReportError("Reports need papermill: pip install papermill") from err
    try:
        nb = papermill.execute_notebook(
            str(source),
            None,
            parameters=params,
            progress_bar=False,
            log_output=False,
            execution_timeout=timeout,
            cwd=str(source.parent),
        )
    except PapermillExecutionError as err:
        raise _failure(session_id, err) from err
    except Exception as err:  # kernel died, timeout, ...
        raise _failure(session_id, err) from err
    paths = {fmt: report_path(out_dir, session_id, lang, fmt) for fmt in formats}
    return _export(nb, paths)


# -- many reports -------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchResult:
    """Outcome of :func:`render_reports`: files per session, and a message per failure."""

    ok: dict = field(default_factory=dict)
    failed: dict = field(default_factory=dict)


def render_reports(
    session_ids: Iterable[Any],
    *,
    store=None,
    db_url: str | None = None,
    lang: Lang = DEFAULT_LANG,
    formats: Sequence[str] = ("html",),
    out_dir: str | Path = ".",
    min_group_size: int | None = None,
    notebook: str | Path | None = None,
    workers: int = 2,
    progress: bool = True,
    timeout: float = 600,
) -> BatchResult:
    """Render the report of many sessions; a failing session does not stop the others.

    Each of ``workers`` processes keeps one kernel alive and runs report after report in
    it; before each report the kernel's namespace is reset (``%reset -f``), figures are
    closed and matplotlib settings restored, so no parameter or variable leaks from one
    report into the next. Other arguments as in :func:`render_report`.

    Returns
    -------
    BatchResult
        ``ok`` maps session id to written files, ``failed`` session id to the message.
    """
    formats = _check_formats(formats)
    ids = list(dict.fromkeys(session_ids))
    source = Path(notebook) if notebook else default_notebook()
    if not source.is_file():
        raise ReportError(f"Report notebook not found: {source}")
    jobs = []
    for sid in ids:
        params = _parameters(sid, lang, min_group_size, db_url, store)
        paths = {fmt: report_path(out_dir, sid, lang, fmt) for fmt in formats}
        jobs.append((sid, params, paths))
    ok, failed = _run_batch(
        source, jobs, workers=max(1, int(workers)), progress=progress, timeout=timeout
    )
    return BatchResult(
        ok={s: ok[s] for s in ids if s in ok}, failed={s: failed[s] for s in ids if s in failed}
    )


def _worker(tasks, results, source: str, timeout: float) -> None:
    """Worker process: one kept-alive kernel, many reports; results as (id, ok, payload)."""
    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync
    from nbclient import NotebookClient
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    logging.basicConfig(level=logging.WARNING)
    template = load_notebook_node(source)  # as papermill reads it (every cell has tags)
    kernel_name = template.metadata.get("kernelspec", {}).get("name", "python3")
    cwd = str(Path(source).parent)
    km, kc = None, None
    while (job := tasks.get()) is not None:
        sid, params, paths = job
        try:
            nb = parameterize_notebook(template, params, kernel_name=kernel_name)
            nb.cells.insert(0, nbformat.v4.new_code_cell(_RESET_CODE, metadata={"tags": []}))
            if km is None:
                km = AsyncKernelManager(kernel_name=kernel_name)
            client = NotebookClient(nb, km=km, timeout=timeout, kernel_name=kernel_name)
            client.kc = kc
            try:
                client.execute(cwd=cwd)
            finally:
                kc = client.kc
            nb.cells.pop(0)
            written = _export(nb, paths)
            results.put((sid, True, [str(p) for p in written]))
        except Exception as err:
            if not isinstance(err, ReportError):
                err = _failure(sid, err)
            results.put((sid, False, str(err)))
            if km is not None and not run_sync(km.is_alive)():  # dead: start afresh next
                kc, km = None, None
    if kc is not None:
        kc.stop_channels()
    if km is not None and km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)


def _run_batch(source: Path, jobs: list, *, workers: int, progress: bool, timeout: float):
    import multiprocessing
    import queue

    ok: dict = {}
    failed: dict = {}
    if not jobs:
        return ok, failed
    ctx = multiprocessing.get_context("spawn")  # no fork of a process that may hold threads
    tasks, results = ctx.Queue(), ctx.Queue()
    n = min(workers, len(jobs))
    for job in jobs:
        tasks.put(job)
    for _ in range(n):
        tasks.put(None)
    procs = [
        ctx.Process(target=_worker, args=(tasks, results, str(source), timeout), daemon=True)
        for _ in range(n)
    ]
    for proc in procs:
        proc.start()
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(jobs), desc="reports", unit="report")
    pending = {sid for sid, _, _ in jobs}
    try:
        while pending:
            try:
                sid, success, payload = results.get(timeout=1)
            except queue.Empty:
                if not any(p.is_alive() for p in procs):
                    break
                continue
            pending.discard(sid)
            if success:
                ok[sid] = [Path(p) for p in payload]
            else:
                failed[sid] = payload
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
    for sid in pending:
        failed[sid] = f"Report for session {sid} could not be made: the worker process stopped"
    return ok, failed
