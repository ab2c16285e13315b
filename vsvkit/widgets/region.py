"""The adviser's page: compare VSVs (notebooks/regio_analyse.ipynb).

Per VSV its latest session counts. The adviser chooses a focus VSV and, by name, the VSVs to
see; only these appear by name. What the page shows of the other VSVs is decided by
:func:`vsvkit.region.region_view` (no spread of fewer than 5 of them, no lowest or highest of
fewer than 10); this module only lays out what it returns, with the formatting of
:mod:`vsvkit.formatting` and the figures of :mod:`vsvkit.plots`.
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
from vsvkit.formatting import fmt_number, html_table
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import load_instrument
from vsvkit.region import (
    MIN_EXTREMES,
    MIN_SPREAD,
    QUANTILES,
    RegionView,
    domain_by_vsv,
    export_region,
    latest_sessions,
    region_alpha,
    region_view,
)
from vsvkit.widgets.export import report_dir
from vsvkit.widgets.figures import chart, figure_png
from vsvkit.widgets.style import APP_CSS, mark_language

__all__ = ["RegionApp"]

log = logging.getLogger(__name__)

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _note(key: str, lang: Lang, **kwargs) -> str:
    return f"<p class='vsvkit-note'>{html.escape(t(key, lang, **kwargs))}</p>"


class RegionApp(W.VBox):
    """Comparison between VSVs for a regional adviser.

    Parameters
    ----------
    store : vsvkit.store.Store
    instrument : Instrument, optional
    lang : {"nl", "en"}
    report_dir : path, optional
        Folder for the exported workbook (see :func:`vsvkit.widgets.export.report_dir`).
    """

    def __init__(self, store, *, instrument=None, lang: Lang = DEFAULT_LANG, report_dir=None):
        super().__init__()
        self.report_dir = report_dir
        self.add_class("vsvkit-app")
        self.add_class("vsvkit-region")
        self.store = store
        self.instrument = instrument or load_instrument()
        self.lang = lang
        self.sessions = store.sessions()
        self.session_ids = latest_sessions(self.sessions)
        self.answers = (
            store.answers(self.session_ids, instrument=self.instrument)
            if self.session_ids
            else None
        )
        self.full_table = (
            domain_by_vsv(self.answers, self.sessions, self.instrument)
            if self.session_ids
            else pd.DataFrame()
        )
        self.vsvs = list(self.full_table.columns)
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
        if not self.vsvs:
            self.children = [
                W.HTML(APP_CSS),
                title,
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
            options=[(t("region_ref_all", lang), "all"), (t("region_ref_selected", lang), "named")],
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
        self.view = view = region_view(
            self.full_table,
            self.focus_picker.value,
            named=self.named_picker.value,
            reference=self.reference_picker.value,
        )
        ref = list(self.full_table.columns) if view.reference == "all" else view.shown_vsvs
        by_vsv = self.sessions[self.sessions["id"].isin(self.session_ids)].set_index("vsv")["id"]
        selected = self.answers[self.answers["session"].isin(by_vsv.loc[ref].astype(int))]
        return view.sheets() | {"sheet_alpha": region_alpha(selected, self.instrument)}

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
        self.body.children = [
            self._named_part(view),
            chart(
                figure_png(
                    lambda: plots.plot_vsv_heatmap(
                        view.table, instrument=self.instrument, lang=lang
                    )
                )
            ),
            chart(
                figure_png(
                    lambda: plots.plot_region_position(
                        view.percentiles,
                        distribution=view.distribution,
                        vsv=view.focus,
                        instrument=self.instrument,
                        lang=lang,
                    )
                )
            ),
            self._others_part(view),
            self._alpha_part(self.tables["sheet_alpha"]),
        ]

    def _domain_names(self, codes) -> list[str]:
        return [self.instrument.domain(c).name(self.lang) for c in codes]

    def _named_part(self, view: RegionView) -> W.HTML:
        lang, table = self.lang, view.table
        rows = pd.DataFrame(
            {"domain": self._domain_names(table.index)}
            | {v: [fmt_number(x, lang=lang, digits=0) for x in table[v]] for v in table.columns}
        )
        k = self.instrument.effective_min_group_size(None)
        numeric = tuple(range(1, len(table.columns) + 1))
        return W.HTML(
            f"<h3>{html.escape(t('region_table_title', lang))}</h3>"
            + html_table(rows, [t("domain", lang), *table.columns], numeric=numeric)
            + _note("region_hidden_note", lang, k=k)
        )

    def _others_part(self, view: RegionView) -> W.HTML:
        lang = self.lang
        dist, perc = view.distribution, view.percentiles
        figures = ["min", *QUANTILES, "max"]
        rows = pd.DataFrame(
            {"domain": self._domain_names(dist["domain"]), "n": dist["n_vsv"].astype(str)}
            | {c: [fmt_number(x, lang=lang, digits=0) for x in dist[c]] for c in figures}
            | {"p": [fmt_number(x, lang=lang, digits=0) for x in perc["percentile"]]}
        )
        heads = [t("domain", lang), t("n_vsv", lang)]
        heads += [
            t("minimum" if c == "min" else "maximum" if c == "max" else c, lang) for c in figures
        ]
        heads.append(f"{t('percentile', lang)} {view.focus}")
        notes = []
        if view.n_anonymous == 0:
            notes.append(_note("region_no_others", lang))
        if view.spread_hidden:
            notes.append(
                _note("region_too_few_others", lang, n=view.n_anonymous, spread=MIN_SPREAD)
            )
        if not dist["suppressed"].all():
            notes.append(_note("region_spread_note", lang))
        if view.extremes_hidden:
            notes.append(_note("region_no_extremes", lang, extremes=MIN_EXTREMES))
        return W.HTML(
            f"<h3>{html.escape(t('region_distribution_title', lang))}</h3>"
            + html_table(rows, heads, numeric=tuple(range(1, len(heads))))
            + "".join(notes)
        )

    def _alpha_part(self, alpha: pd.DataFrame) -> W.HTML:
        lang = self.lang
        rows = pd.DataFrame(
            {
                "domain": self._domain_names(alpha["domain"]),
                "alpha": [fmt_number(a, lang=lang, digits=2) for a in alpha["alpha"]],
                "n": alpha["n"].astype(str),
            }
        )
        heads = [t("domain", lang), t("alpha", lang), t("n_complete", lang)]
        return W.HTML(
            f"<h3>{html.escape(t('region_alpha_title', lang))}</h3>"
            + html_table(rows, heads, numeric=(1, 2))
        )

    # -- export -----------------------------------------------------------------------------
    def export(self):
        """Write the tables on screen to an XLSX file and offer it as a download."""
        lang = self.lang
        folder = report_dir(self.report_dir)
        path = folder / f"regio_{dt.datetime.now():%Y%m%d_%H%M%S}.xlsx"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            sheets = {t(key, lang): frame for key, frame in self.tables.items()}
            export_region(path, sheets)
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
