"""The session report and the one-page handout: self-contained HTML and A4 PDF.

The report is ``notebooks/report.ipynb``: a ``parameters`` cell (``session_id``, ``lang``,
``min_group_size``, ``db_url``) and a few lines per cell that call the public core
(:func:`vsvkit.mirror.build_mirror`) and :mod:`vsvkit.report.sections` /
:mod:`vsvkit.report.figures` / :mod:`vsvkit.report.method`, which turn core results into the
report's tables, texts and figures (SVG drawn at print size, no chart text below 8 pt). It
runs in a Jupyter kernel (:mod:`vsvkit.report.execute`) and is exported with our nbconvert
template ``vsvkit_report`` (``templates/nbconvert/templates/vsvkit_report``: the ``lab``
template without code, prompts, Jupyter styling or scripts; a table of contents; A4 print
CSS: the summary and each domain start a page, the rest flows). The PDF is printed from
that HTML by a headless Chromium (:mod:`vsvkit.report.pdf`). Files are named after the VSV
and the date (:func:`report_path`, :mod:`vsvkit.report.names`).

Many reports (:func:`render_reports`) run in a few worker processes that each keep one
kernel alive and reset its namespace between reports, which is several times faster
than starting a kernel per report. The handout (:func:`render_handout`,
:mod:`vsvkit.report.handout`) is made in this process, without a notebook.

The modules: :mod:`~vsvkit.report.exporter` (the nbconvert exporter and the metadata the
notebook passes it), :mod:`~vsvkit.report.toc` (the table of contents),
:mod:`~vsvkit.report.run` (one report: a kernel, then HTML and PDF),
:mod:`~vsvkit.report.execute` (a notebook in a kernel),
:mod:`~vsvkit.report.kernels` (many reports on kept-alive kernels),
:mod:`~vsvkit.report.pdf` (printing by Chromium), :mod:`~vsvkit.report.sections`,
:mod:`~vsvkit.report.changes`, :mod:`~vsvkit.report.workshop`, :mod:`~vsvkit.report.figures` and
:mod:`~vsvkit.report.method` (the report's tables, figures and texts),
:mod:`~vsvkit.report.names` (file names), :mod:`~vsvkit.report.handout` (the handout).

Examples
--------
>>> from vsvkit.report import render_report
>>> render_report(2, db_url="sqlite:///vsv.db", formats=("html", "pdf"))  # doctest: +SKIP
[PosixPath('verslag-vsv-voorbeeldstad-2026-10-07.html'),
 PosixPath('verslag-vsv-voorbeeldstad-2026-10-07.pdf')]
"""

from typing import TYPE_CHECKING, Any

from vsvkit.report.kernels import BatchResult, render_reports
from vsvkit.report.metadata import REPORT_MIMETYPE, report_metadata
from vsvkit.report.run import FORMATS, default_notebook, render_report, report_path

if TYPE_CHECKING:
    from vsvkit.report.exporter import ReportHTMLExporter
    from vsvkit.report.handout import render_handout

__all__ = [
    "FORMATS",
    "REPORT_MIMETYPE",
    "BatchResult",
    "ReportHTMLExporter",
    "default_notebook",
    "render_handout",
    "render_report",
    "render_reports",
    "report_metadata",
    "report_path",
]


def __getattr__(name: str) -> Any:
    # the exporter subclasses nbconvert's (2 s of imports): loaded when it is asked for, so
    # the report notebook's kernel and the app import this package without nbconvert
    if name == "ReportHTMLExporter":
        from vsvkit.report.exporter import ReportHTMLExporter

        return ReportHTMLExporter
    if name == "render_handout":  # the core and the figures: loaded when asked for
        from vsvkit.report.handout import render_handout

        return render_handout
    raise AttributeError(f"module 'vsvkit.report' has no attribute {name!r}")
