"""The session report: execute the report notebook, export self-contained HTML and PDF.

The report is ``notebooks/report.ipynb``: a ``parameters`` cell (``session_id``, ``lang``,
``min_group_size``, ``db_url``) and a few lines per cell that call the public core
(:func:`vsvkit.mirror.build_mirror`, the plots, and :mod:`vsvkit.report.sections` /
:mod:`vsvkit.report.method`, which turn core results into the report's tables, texts and
embedded figures). It is executed with papermill and exported with our nbconvert
template ``vsvkit_report`` (``templates/nbconvert/templates/vsvkit_report``: the ``lab``
template without code, prompts, Jupyter styling or scripts; figures as embedded PNG; a
table of contents; A4 print CSS). The PDF
is printed from that HTML by a headless Chromium (:mod:`vsvkit.report.pdf`).

Many reports (:func:`render_reports`) run in a few worker processes that each keep one
kernel alive and reset its namespace between reports, which is several times faster
than starting a kernel per report.

The modules: :mod:`~vsvkit.report.exporter` (the nbconvert exporter and the metadata the
notebook passes it), :mod:`~vsvkit.report.toc` (the table of contents),
:mod:`~vsvkit.report.run` (one report: papermill, then HTML and PDF),
:mod:`~vsvkit.report.kernels` (many reports on kept-alive kernels),
:mod:`~vsvkit.report.pdf` (printing by Chromium), :mod:`~vsvkit.report.sections` and
:mod:`~vsvkit.report.method` (the report's tables and texts).

Examples
--------
>>> from vsvkit.report import render_report
>>> render_report(3, db_url="sqlite:///vsv.db", formats=("html", "pdf"))  # doctest: +SKIP
[PosixPath('report-3-nl.html'), PosixPath('report-3-nl.pdf')]
"""

from typing import TYPE_CHECKING, Any

from vsvkit.report.kernels import BatchResult, render_reports
from vsvkit.report.metadata import REPORT_MIMETYPE, report_metadata
from vsvkit.report.run import FORMATS, default_notebook, render_report, report_path

if TYPE_CHECKING:
    from vsvkit.report.exporter import ReportHTMLExporter

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


def __getattr__(name: str) -> Any:
    # the exporter subclasses nbconvert's (2 s of imports): loaded when it is asked for, so
    # the report notebook's kernel and the app import this package without nbconvert
    if name == "ReportHTMLExporter":
        from vsvkit.report.exporter import ReportHTMLExporter

        return ReportHTMLExporter
    raise AttributeError(f"module 'vsvkit.report' has no attribute {name!r}")
