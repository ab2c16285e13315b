"""The adviser's page: compare VSVs (notebooks/regio_analyse.ipynb).

Per VSV its latest session counts (:func:`vsvkit.region.load.load_region`). The adviser chooses a
focus VSV and, by name, the VSVs to see; only these appear by name. What the page shows of the
other VSVs is decided by :func:`vsvkit.region.region_view` (no spread of fewer than 5 of them,
no lowest or highest of fewer than 10); this module only lays out what it returns: the
sections of :func:`vsvkit.region.tables.region_html` and the figures of :mod:`vsvkit.plots`.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import logging

import ipywidgets as W
import pandas as pd

from vsvkit import plots
from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.region.load import Region, load_region
from vsvkit.region.tables import export_region, region_html, region_shared_note
from vsvkit.widgets import navigation
from vsvkit.widgets.export import report_dir
from vsvkit.widgets.figures import chart, figure_png
from vsvkit.widgets.style import APP_CSS, mark_language

__all__ = ["RegionApp"]

log = logging.getLogger(__name__)

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class RegionApp(W.VBox):
    """Comparison between VSVs for a regional adviser.

    Parameters
    ----------
    store : vsvkit.store.Store
    instrument : Instrument, optional
        Reads every session with it; by default each session's own, the VSVs compared on
        the statements their questionnaires share (:func:`vsvkit.region.load.load_region`).
    lang : {"nl", "en"}
    report_dir : path, optional
        Folder for the exported workbook (see :func:`vsvkit.widgets.export.report_dir`).
    region : Region, optional
        The VSVs and sessions to compare (:func:`vsvkit.region.load.load_region`); default every
        VSV in the store with its latest session.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> app = vk.RegionApp(store)
    >>> app.focus_picker.value, app.view.n_anonymous
    ('VSV Denkbeeldig Delta', 3)
    >>> app.named_picker.value = ("VSV Proefpolder",)
    >>> list(app.tables["sheet_table"].columns)
    ['VSV Denkbeeldig Delta', 'VSV Proefpolder']
    """

    def __init__(
        self,
        store,
        *,
        instrument: Instrument | None = None,
        lang: Lang = DEFAULT_LANG,
        region: Region | None = None,
        report_dir=None,
    ):
        super().__init__()
        self.report_dir = report_dir
        self.add_class("vsvkit-app")
        self.add_class("vsvkit-region")
        self.store = store
        self.lang = lang
        self.region = region or load_region(store, instrument=instrument)
        self.instrument = instrument or self.region.instrument
        self.full_table = self.region.table
        self.vsvs = self.region.vsvs
        self.tables: dict[str, pd.DataFrame] = {}
        self._build()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        lang = self.lang
        mark_language(self, lang)
        self.language = W.ToggleButtons(options=[("NL", "nl"), ("EN", "en")], value=lang)
        self.language.add_class("vsvkit-lang")
        self.language.observe(self._on_language, "value")
        title = W.HTML(f"<h1 class='vsvkit-title'>{t('region_title', lang)}</h1>")
        who = W.HTML(navigation.who_html(self.store, lang))
        if not self.vsvs:
            self.children = [
                W.HTML(APP_CSS),
                title,
                who,
                self.language,
                W.HTML(f"<p>{t('region_no_sessions', lang)}</p>"),
            ]
            return
        old_focus = getattr(self, "focus_picker", None)
        old_named = getattr(self, "named_picker", None)
        old_ref = getattr(self, "reference_picker", None)
        self.focus_picker = W.Dropdown(
            options=self.vsvs,
            value=old_focus.value if old_focus is not None else self.vsvs[0],
            description=t("region_focus", lang),
            style={"description_width": "initial"},
        )
        self.focus_picker.add_class("vsvkit-region-focus")
        self.named_picker = W.SelectMultiple(
            options=self.vsvs,
            value=old_named.value if old_named is not None else (),
            description=t("region_named", lang),
            rows=min(8, len(self.vsvs)),
            style={"description_width": "initial"},
        )
        self.named_picker.add_class("vsvkit-region-named")
        self.reference_picker = W.ToggleButtons(
            options=[
                # on a shared server "all" is every VSV the user may see, not the database
                (
                    t("region_ref_all" if self.store.user is None else "region_ref_yours", lang),
                    "all",
                ),
                (t("region_ref_selected", lang), "named"),
            ],
            value=old_ref.value if old_ref is not None else "all",
            description=t("region_reference", lang),
            style={"description_width": "initial", "button_width": "auto"},
        )
        self.reference_picker.add_class("vsvkit-region-reference")
        self.export_button = W.Button(
            description=t("region_export_button", lang), button_style="primary"
        )
        self.export_button.add_class("vsvkit-region-export")
        self.export_result = W.HTML()
        self.export_result.add_class("vsvkit-export-result")
        self.body = W.VBox()
        self.body.add_class("vsvkit-body")

        self.focus_picker.observe(lambda _c: self.update(), "value")
        self.named_picker.observe(lambda _c: self.update(), "value")
        self.reference_picker.observe(lambda _c: self.update(), "value")
        self.export_button.on_click(lambda _b: self.export())

        controls = W.VBox(
            [
                W.HBox([self.focus_picker, self.language]),
                self.named_picker,
                self.reference_picker,
            ]
        )
        self.children = [
            W.HTML(APP_CSS),
            title,
            who,
            W.HTML(f"<p>{t('region_intro', lang)}</p>"),
            controls,
            self.body,
            W.HBox([self.export_button]),
            self.export_result,
        ]
        self.update()

    def _on_language(self, change) -> None:
        self.lang = change["new"]
        self._build()

    # -- state ------------------------------------------------------------------------------
    @property
    def shown_vsvs(self) -> list[str]:
        """VSVs shown by name: the focus VSV first, then the ones chosen by name."""
        return self.view.shown_vsvs

    def compute(self) -> dict[str, pd.DataFrame]:
        """Decide the view (:func:`vsvkit.region.region_view`); the tables keyed by sheet key.

        Cronbach's alpha is over the answers of the VSVs compared (the reference VSVs).
        """
        self.view = self.region.view(
            self.focus_picker.value,
            named=self.named_picker.value,
            reference=self.reference_picker.value,
        )
        return self.region.tables(self.view)

    def update(self) -> None:
        """Recompute the view and lay out its tables and charts."""
        lang = self.lang
        try:
            self.tables = self.compute()
        except VsvkitError as err:
            log.warning("region page failed: %s", err)
            text = html.escape(err.message(lang))
            self.body.children = [W.HTML(f"<p class='vsvkit-error'>{text}</p>")]
            return
        view = self.view
        inst = self.instrument
        shared = region_shared_note(self.region, lang=lang)
        parts = region_html(
            view, self.tables["sheet_alpha"], instrument=inst, lang=lang, shared_note=shared
        )
        self.body.children = [
            W.HTML(parts["sheet_table"]),
            chart(
                figure_png(lambda: plots.plot_vsv_heatmap(view.table, instrument=inst, lang=lang))
            ),
            chart(
                figure_png(
                    lambda: plots.plot_region_position(
                        view.percentiles,
                        distribution=view.distribution,
                        vsv=view.focus,
                        instrument=inst,
                        lang=lang,
                    )
                )
            ),
            W.HTML(parts["sheet_distribution"]),
            W.HTML(parts["sheet_alpha"]),
        ]

    # -- export -----------------------------------------------------------------------------
    def export(self):
        """Write the tables on screen to an XLSX file and offer it as a download."""
        lang = self.lang
        folder = report_dir(self.report_dir)
        path = folder / f"regio_{dt.datetime.now():%Y%m%d_%H%M%S}.xlsx"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            export_region(path, self.tables, lang=lang)
        except (VsvkitError, OSError) as err:
            log.warning("region export failed: %s", err)
            why = err.message(lang) if isinstance(err, VsvkitError) else str(err)
            self.export_result.value = (
                f"<p class='vsvkit-error'>{t('region_export_failed', lang)}</p>"
                f"<p class='vsvkit-note'>{html.escape(why)}</p>"
            )
            return None
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        name = html.escape(path.name)
        link = (
            f"<a class='vsvkit-download' download='{name}' "
            f"href='data:{_XLSX};base64,{data}'>{name}</a>"
        )
        self.export_result.value = (
            f"<p class='vsvkit-ok'>{t('region_export_done', lang, folder=html.escape(str(folder)))}"
            f"</p><p>{link}</p>"
        )
        return path
