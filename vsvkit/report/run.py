"""One report: run the report notebook in a kernel, write it as HTML and PDF."""

from __future__ import annotations

import concurrent.futures
import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vsvkit.errors import ReportError
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang
from vsvkit.paths import notebooks_dir
from vsvkit.report.execute import Kernel, parameterize, read_notebook
from vsvkit.report.toc import strip_tags

__all__ = [
    "FORMATS",
    "check_formats",
    "default_notebook",
    "export",
    "failure",
    "parameters",
    "render_report",
    "report_path",
    "start_kernel",
    "REPORT_MODULES",
]

log = logging.getLogger(__name__)

#: The formats a report is written in.
FORMATS = ("html", "pdf")


def default_notebook() -> Path:
    """The bundled report notebook (``notebooks/report.ipynb``)."""
    return notebooks_dir() / "report.ipynb"


def report_path(
    out_dir: str | Path,
    session: Any,
    lang: Lang,
    fmt: str,
    *,
    kind: str = "report",
    tag: str | None = None,
) -> Path:
    """Where a report or handout is written: ``<out>/verslag-vsv-voorbeeldstad-2026-10-07.pdf``.

    Parameters
    ----------
    out_dir : path
    session
        A session (``vsv``, ``date``, ``id``: e.g. :class:`vsvkit.store.Session`), or the
        mapping the report notebook passes its exporter (:func:`report_metadata`: ``vsv``,
        ``date``, ``file_tag``, ``session_id``).
    lang : {"nl", "en"}
    fmt : {"html", "pdf"}
    kind : {"report", "handout"}
    tag : str, optional
        What tells this session apart from another of its VSV on the same date
        (:func:`vsvkit.report.names.same_day_tag`); default: the mapping's ``file_tag``, else "".

    Returns
    -------
    pathlib.Path
        Named by :func:`vsvkit.report.names.file_stem`: kind, VSV slug, date, tag, language.
        Without a VSV name (a notebook that does not tell it) the session id takes its place:
        ``verslag-sessie-3.html``.
    """
    from vsvkit.i18n import t
    from vsvkit.report.names import KINDS, file_stem

    def field(*names):
        for name in names:
            value = session.get(name) if isinstance(session, dict) else getattr(session, name, None)
            if value not in (None, ""):
                return value
        return None

    vsv, date = field("vsv"), field("date")
    tag = (field("file_tag") or "") if tag is None else tag
    if vsv:
        stem = file_stem(str(vsv), date, lang, kind=kind, tag=str(tag))
    else:
        sid = field("session_id", "id")
        if sid is None and not isinstance(session, dict) and not hasattr(session, "vsv"):
            sid = session  # a bare session id
        stem = "-".join([t(KINDS[kind], lang), t("file_session", lang, id=sid)])
        stem += "" if lang == DEFAULT_LANG else f"-{lang}"
    return Path(out_dir) / f"{stem}.{fmt}"


def export(
    nb,
    out_dir: str | Path,
    formats: Sequence[str],
    *,
    session_id: Any = None,
    lang: Lang = DEFAULT_LANG,
    browser: str | None = None,
) -> list[Path]:
    """Write the executed notebook ``nb`` in each of ``formats`` into ``out_dir``.

    The file names come from what the notebook told the exporter (:func:`report_path`);
    ``session_id`` and ``lang`` stand in when it told nothing.
    """
    import nbformat

    from vsvkit.report.exporter import shared_exporter  # nbconvert: only when exporting

    nb = nbformat.from_dict(nb)
    html, resources = shared_exporter().from_notebook_node(nb)
    meta = resources["vsvkit"]
    naming = {**meta, "session_id": meta.get("session_id") or session_id}
    written = []
    for fmt in formats:
        path = report_path(out_dir, naming, meta.get("lang", lang), fmt)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(html, encoding="utf-8")
        else:
            from vsvkit.report.pdf import html_to_pdf, page_templates

            header, footer = page_templates(
                meta.get("vsv", ""), meta.get("title", ""), meta["page_word"]
            )
            path.write_bytes(html_to_pdf(html, header=header, footer=footer, executable=browser))
        written.append(path)
        log.info("report written: %s", path)
    return written


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """``formats`` as a tuple; a ReportError names an unknown one (or none given)."""
    formats = tuple(formats)
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise ReportError(
            key="report_bad_format",
            value=bad[0] if bad else "(none)",
            allowed=", ".join(FORMATS),
        )
    return formats


def parameters(session_id, lang, min_group_size, db_url, store) -> dict:
    """The parameters of the report notebook; the store is passed by its URL.

    A store held to a user of a shared server (:mod:`vsvkit.store.scope`) is asked for the
    session first: the kernel opens the store by its URL, so a session the user may not see is
    refused here, with the store's own words.
    """
    if lang not in LANGUAGES:
        raise ReportError(key="report_bad_language", value=repr(lang), allowed=", ".join(LANGUAGES))
    if getattr(store, "user", None) is not None:
        store.session(session_id)
    if db_url is None and store is not None:
        db_url = getattr(store, "url", None)
    render = getattr(db_url, "render_as_string", None)  # a SQLAlchemy URL: with its password
    db_url = render(hide_password=False) if render else None if db_url is None else str(db_url)
    return {
        "session_id": session_id,
        "lang": lang,
        "min_group_size": min_group_size,
        "db_url": db_url,
    }


def failure(session_id, err: Exception) -> ReportError:
    """A readable ReportError for a failed execution; the full error goes to the log."""
    ename = getattr(err, "ename", type(err).__name__)
    evalue = getattr(err, "evalue", str(err))
    tb = getattr(err, "traceback", None)
    log.error("report for session %s failed: %s: %s", session_id, ename, evalue)
    log.debug("traceback:\n%s", "\n".join(tb) if isinstance(tb, list) else (tb or ""))
    detail = strip_tags(re.sub(r"\x1b\[[0-9;]*m", "", str(evalue))).strip()
    return ReportError(key="report_failed", id=session_id, error=ename, detail=detail)


#: What the bundled report notebook imports: :func:`start_kernel` has a kernel for it load
#: them while the caller does other work.
REPORT_MODULES = (
    "IPython.display",
    "vsvkit.comparison",
    "vsvkit.mirror",
    "vsvkit.report.figures",
    "vsvkit.report.sections",
    "vsvkit.store",
)


def start_kernel(notebook: str | Path | None = None, session_id: Any = None) -> Kernel:
    """Start the kernel ``notebook`` asks for (its kernelspec), in the notebook's folder.

    :func:`render_report` starts one itself; a caller that has other work first (the command
    line opens the store and checks the session) starts it early and passes it on. A kernel
    for the bundled notebook starts importing what the notebook needs right away.

    Raises
    ------
    ReportError
        The kernel would not start (e.g. no such kernel spec).
    """
    source = Path(notebook) if notebook else default_notebook()
    spec = (
        read_notebook(source).get("metadata", {}).get("kernelspec", {}) if source.is_file() else {}
    )
    try:
        kernel = Kernel(spec.get("name", "python3"), cwd=source.parent)
    except Exception as err:  # no such kernel, it would not start
        raise failure(session_id, err) from err
    if source == default_notebook():
        kernel.preload(REPORT_MODULES)
    return kernel


def _exporter() -> None:
    from vsvkit.report.exporter import shared_exporter

    shared_exporter()


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
    browser: str | os.PathLike | None = None,
    kernel: Kernel | None = None,
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
    browser : path, optional
        The browser that prints the PDF; default :func:`vsvkit.report.browser.find_browser`.
    kernel : vsvkit.report.execute.Kernel, optional
        A kernel started for this report (:func:`start_kernel`, e.g. by the command line
        while it checks the session); it is shut down afterwards. Default: one is started.

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
    formats = check_formats(formats)
    params = parameters(session_id, lang, min_group_size, db_url, store)
    source = Path(notebook) if notebook else default_notebook()
    if not source.is_file():
        if kernel is not None:
            kernel.close()
        raise ReportError(key="report_notebook_missing", path=str(source))
    nb = parameterize(read_notebook(source), params)
    # The kernel boots, imports and draws on one core while this process imports nbconvert
    # and builds the exporter on the other.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        exporter = pool.submit(_exporter)
        if kernel is None:
            kernel = start_kernel(source, session_id)
        try:
            executed = kernel.run(nb, timeout=timeout)
        except Exception as err:  # a cell raised, timed out, the kernel died
            raise failure(session_id, err) from err
        finally:
            kernel.close()
        exporter.result()
    return export(
        executed,
        out_dir,
        formats,
        session_id=session_id,
        lang=lang,
        browser=None if browser is None else str(browser),
    )
