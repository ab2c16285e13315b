"""Many reports: worker processes that each keep one kernel alive between reports.

Starting a kernel per report costs more than the report itself; a kept-alive kernel is
reset between reports (namespace, figures, matplotlib settings), so nothing of one report
leaks into the next.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vsvkit.errors import ReportError, StoreError
from vsvkit.i18n import DEFAULT_LANG, Lang
from vsvkit.report.run import (
    check_formats,
    default_notebook,
    export,
    failure,
    parameters,
)

__all__ = ["BatchResult", "render_reports"]

log = logging.getLogger(__name__)

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
    browser: str | os.PathLike | None = None,
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
    formats = check_formats(formats)
    ids = list(dict.fromkeys(session_ids))
    source = Path(notebook) if notebook else default_notebook()
    if not source.is_file():
        raise ReportError(key="report_notebook_missing", path=str(source))
    jobs, refused = [], {}
    for sid in ids:
        try:
            params = parameters(sid, lang, min_group_size, db_url, store)
        except StoreError as err:  # a session the store's user may not see
            refused[sid] = err.message(lang)
            continue
        jobs.append((sid, params, (str(out_dir), formats, lang)))
    ok, failed = _run_batch(
        source,
        jobs,
        workers=max(1, int(workers)),
        progress=progress,
        timeout=timeout,
        browser=None if browser is None else str(browser),
    )
    failed = {**failed, **refused}
    return BatchResult(
        ok={s: ok[s] for s in ids if s in ok}, failed={s: failed[s] for s in ids if s in failed}
    )


def worker(tasks, results, source: str, timeout: float, browser: str | None = None) -> None:
    """Worker process: one kept-alive kernel, many reports; results as (id, ok, payload)."""
    from vsvkit.report.execute import Kernel, parameterize, read_notebook

    logging.basicConfig(level=logging.WARNING)
    template = read_notebook(source)
    kernel_name = template.get("metadata", {}).get("kernelspec", {}).get("name", "python3")
    cwd = Path(source).parent
    reset = {"cell_type": "code", "metadata": {}, "outputs": [], "source": _RESET_CODE}
    kernel = None
    while (job := tasks.get()) is not None:
        sid, params, (out_dir, formats, lang) = job
        try:
            nb = parameterize(template, params)
            nb["cells"].insert(0, dict(reset))
            if kernel is None:
                kernel = Kernel(kernel_name, cwd=cwd)
            executed = kernel.run(nb, timeout=timeout)
            executed["cells"].pop(0)
            written = export(executed, out_dir, formats, session_id=sid, lang=lang, browser=browser)
            results.put((sid, True, [str(p) for p in written]))
        except Exception as err:
            if not isinstance(err, ReportError):
                err = failure(sid, err)
            results.put((sid, False, str(err)))
            if kernel is not None and not kernel.alive:  # dead: start afresh next
                kernel.close()
                kernel = None
    if kernel is not None:
        kernel.close()


def _run_batch(
    source: Path,
    jobs: list,
    *,
    workers: int,
    progress: bool,
    timeout: float,
    browser: str | None = None,
):
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
        ctx.Process(
            target=worker, args=(tasks, results, str(source), timeout, browser), daemon=True
        )
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
