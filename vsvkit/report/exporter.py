"""The nbconvert exporter of the report template, and how the notebook tells it its title.

The report notebook calls :func:`report_metadata` once; the exporter takes that output out of
the notebook and uses it for the cover, the HTML title and the PDF header and footer.
"""

from __future__ import annotations

import functools
from typing import cast

from nbconvert.exporters import HTMLExporter
from traitlets import default

from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang, t
from vsvkit.paths import REPORT_TEMPLATE, template_roots
from vsvkit.report.metadata import REPORT_MIMETYPE
from vsvkit.report.toc import add_toc

__all__ = [
    "ReportHTMLExporter",
    "shared_exporter",
    "take_metadata",
]


def _frame_strings(lang: Lang) -> dict:
    """Strings of the report frame (contents title, page word, kicker) from vsvkit.i18n."""
    return {
        "toc": t("report_toc", lang),
        "page": t("report_page", lang),
        "kicker": t("report_kicker", lang),
    }


def take_metadata(nb) -> dict:
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


class ReportHTMLExporter(HTMLExporter):
    """nbconvert exporter for the vsvkit report template (no input, no prompts, a TOC).

    Usable on any executed notebook: ``jupyter nbconvert --to vsvkit_html nb.ipynb``.
    """

    export_from_notebook = "HTML (vsvkit report)"

    @default("template_name")
    def _template_name_default(self):
        return REPORT_TEMPLATE

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self):
        # a checkout's templates/ first; installed, the template is shared data on the path
        return [str(root / "nbconvert" / "templates") for root in template_roots()]

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
        meta = take_metadata(nb)
        lang = cast(Lang, meta["lang"]) if meta.get("lang") in LANGUAGES else DEFAULT_LANG
        strings = _frame_strings(lang)
        meta = {"kicker": strings["kicker"], "page_word": strings["page"], **meta, "lang": lang}
        resources = dict(resources or {})
        resources["vsvkit"] = meta
        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        return add_toc(html, strings["toc"]), resources


@functools.lru_cache(maxsize=1)
def shared_exporter() -> ReportHTMLExporter:
    """One exporter per process: its Jinja environment and template are built once, which
    saves most of the export time of every further report in a batch worker."""
    return ReportHTMLExporter()
