"""The adviser's page: compare VSVs (notebooks/regio_analyse.ipynb).

Per VSV its latest session counts. The adviser chooses a focus VSV and the VSVs to see by
name; these appear in the table and heatmap. The focus VSV's percentile is taken among the
chosen VSVs or among all VSVs in the store; VSVs not chosen by name appear only in the
anonymous distribution (:func:`vsvkit.region.anonymous_distribution`). All figures come from
:mod:`vsvkit.region`; this module only formats and draws.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import logging

import ipywidgets as W
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from ..errors import VsvkitError
from ..i18n import t
from ..instrument import load_instrument
from ..region import (
    MIN_OTHERS,
    anonymous_distribution,
    domain_by_vsv,
    export_region,
    latest_sessions,
    percentiles,
    region_alpha,
)
from .export import report_dir
from .figures import chart, figure_png
from .style import APP_CSS

__all__ = ["RegionApp", "plot_vsv_heatmap", "plot_percentiles"]

log = logging.getLogger(__name__)

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _fmt(value, digits: int = 0) -> str:
    return "–" if value is None or pd.isna(value) else f"{value:.{digits}f}"


def _html_table(frame: pd.DataFrame, headers: list[str], css: str = "vsvkit-table") -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def plot_vsv_heatmap(table: pd.DataFrame, *, instrument, lang: str = "nl", ax=None):
    """Heatmap of a domain x VSV table (``domain_by_vsv``); NaN cells stay empty."""
    import seaborn as sns

    data = table.copy()
    data.index = [instrument.domain(c).name(lang) for c in data.index]
    if ax is None:
        width = 4 + 1.6 * max(1, data.shape[1])
        _, ax = plt.subplots(figsize=(min(width, 14), 1.2 + 0.55 * len(data)))
    sns.heatmap(
        data,
        ax=ax,
        vmin=0,
        vmax=100,
        cmap="YlGnBu",
        annot=True,
        fmt=".0f",
        linewidths=0.5,
        cbar_kws={"label": t("pct_of_max", lang)},
    )
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_title(t("region_table_title", lang))
    ax.tick_params(axis="x", rotation=20)
    return ax


def plot_percentiles(
    percentile_table: pd.DataFrame,
    distribution: pd.DataFrame,
    *,
    vsv: str,
    instrument,
    lang: str = "nl",
    ax=None,
):
    """The focus VSV (dot, with its percentile) on the anonymous distribution of the others.

    ``percentile_table`` from :func:`vsvkit.region.percentiles`, ``distribution`` from
    :func:`vsvkit.region.anonymous_distribution`; suppressed distributions are not drawn.
    """
    codes = list(percentile_table["domain"])
    dist = distribution.set_index("domain").reindex(codes)
    if ax is None:
        _, ax = plt.subplots(figsize=(10, 1.4 + 0.6 * len(codes)))
    ys = np.arange(len(codes))[::-1]
    drawn = False
    for y, code in zip(ys, codes):
        d = dist.loc[code]
        if not bool(d["suppressed"]):
            ax.plot([d["min"], d["max"]], [y, y], color="#9ca3af", lw=1.5, zorder=1)
            ax.add_patch(
                plt.Rectangle(
                    (d["q1"], y - 0.25),
                    d["q3"] - d["q1"],
                    0.5,
                    color="#cbd5e1",
                    zorder=2,
                    label=None if drawn else t("region_others_legend", lang),
                )
            )
            ax.plot([d["median"]] * 2, [y - 0.25, y + 0.25], color="#475569", lw=2, zorder=3)
            drawn = True
    mine = percentile_table["pct"].to_numpy(dtype=float)
    ax.scatter(mine, ys, color="#1d3557", s=70, zorder=4, label=vsv)
    for y, x, p in zip(ys, mine, percentile_table["percentile"]):
        if not np.isnan(x) and not pd.isna(p):
            ax.annotate(f"P{p:.0f}", (x, y), xytext=(8, 6), textcoords="offset points", fontsize=9)
    ax.set_yticks(ys, [instrument.domain(c).name(lang) for c in codes])
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.7, len(codes) - 0.3)
    ax.set_xlabel(t("region_percentile_axis", lang))
    ax.set_title(t("region_percentile_title", lang, vsv=vsv))
    ax.legend(loc="lower right", fontsize=8)
    return ax


class RegionApp(W.VBox):
    """Comparison between VSVs for a regional adviser.

    Parameters
    ----------
    store : vsvkit.store.Store
    instrument : Instrument, optional
    lang : {"nl", "en"}
    """

    def __init__(self, store, *, instrument=None, lang: str = "nl"):
        super().__init__()
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
        self.select_all = W.Button(description=t("region_select_all", lang))
        self.select_all.add_class("vsvkit-region-all")
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
        self.select_all.on_click(lambda _b: setattr(self.named_picker, "value", tuple(self.vsvs)))
        self.export_button.on_click(lambda _b: self.export())

        controls = W.VBox(
            [
                W.HBox([self.focus_picker, self.language]),
                W.HBox([self.named_picker, self.select_all]),
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
        focus = self.focus_picker.value
        return [focus] + [v for v in self.vsvs if v in self.named_picker.value and v != focus]

    @property
    def reference_vsvs(self) -> list[str]:
        """The focus VSV and the VSVs it is compared with (named or anonymous)."""
        if self.reference_picker.value == "all":
            return list(self.vsvs)
        return [v for v in self.vsvs if v in set(self.shown_vsvs)]

    def compute(self) -> dict[str, pd.DataFrame]:
        """The tables on the page (and in the export), keyed by i18n sheet key."""
        focus = self.focus_picker.value
        named = self.full_table[self.shown_vsvs]
        ref = self.full_table[self.reference_vsvs]
        ids = self.sessions.set_index("vsv").loc[self.reference_vsvs + self.shown_vsvs, "id"]
        ids = {int(i) for i in ids if int(i) in set(self.session_ids)}
        selected = self.answers[self.answers["session"].isin(ids)]
        return {
            "sheet_table": named,
            "sheet_percentiles": percentiles(ref, focus),
            "sheet_distribution": anonymous_distribution(ref, focus),
            "sheet_alpha": region_alpha(selected, self.instrument),
        }

    def update(self) -> None:
        """Recompute and redraw the tables and charts for the current choices."""
        lang, inst = self.lang, self.instrument
        try:
            self.tables = tables = self.compute()
        except VsvkitError as err:
            log.warning("region page failed: %s", err)
            text = html.escape(err.message(lang))
            self.body.children = [W.HTML(f"<p class='vsvkit-error'>{text}</p>")]
            return
        named = tables["sheet_table"]
        table_view = pd.DataFrame(
            {"domain": [inst.domain(c).name(lang) for c in named.index]}
            | {v: [_fmt(x) for x in named[v]] for v in named.columns}
        )
        k = inst.effective_min_group_size(None)
        parts = [
            W.HTML(
                f"<h3>{t('region_table_title', lang)}</h3>"
                + _html_table(table_view, [t("domain", lang), *named.columns])
                + f"<p class='vsvkit-note'>{t('region_hidden_note', lang, k=k)}</p>"
            )
        ]
        parts.append(chart(figure_png(lambda: plot_vsv_heatmap(named, instrument=inst, lang=lang))))
        perc, dist = tables["sheet_percentiles"], tables["sheet_distribution"]
        focus = self.focus_picker.value
        parts.append(
            chart(
                figure_png(
                    lambda: plot_percentiles(perc, dist, vsv=focus, instrument=inst, lang=lang)
                )
            )
        )
        dist_view = pd.DataFrame(
            {
                "domain": [inst.domain(c).name(lang) for c in dist["domain"]],
                "n": dist["n_vsv"],
                **{c: [_fmt(x) for x in dist[c]] for c in ("min", "q1", "median", "q3", "max")},
                "p": [_fmt(x) for x in perc["percentile"]],
            }
        )
        heads = [t(h, lang) for h in ("domain", "n_vsv", "minimum", "q1", "median", "q3")]
        heads += [t("maximum", lang), f"{t('percentile', lang)} {focus}"]
        note = ""
        if dist["suppressed"].any():
            note = f"<p class='vsvkit-note'>{t('region_too_few_others', lang, n=MIN_OTHERS)}</p>"
        parts.append(
            W.HTML(
                f"<h3>{t('region_distribution_title', lang)}</h3>"
                + _html_table(dist_view, heads)
                + note
            )
        )
        alpha = tables["sheet_alpha"]
        alpha_view = pd.DataFrame(
            {
                "domain": [inst.domain(c).name(lang) for c in alpha["domain"]],
                "alpha": [_fmt(a, 2) for a in alpha["alpha"]],
                "n": alpha["n"],
            }
        )
        parts.append(
            W.HTML(
                f"<h3>{t('region_alpha_title', lang)}</h3>"
                + _html_table(
                    alpha_view, [t("domain", lang), t("alpha", lang), t("n_complete", lang)]
                )
            )
        )
        self.body.children = parts

    # -- export -----------------------------------------------------------------------------
    def export(self):
        """Write the tables on screen to an XLSX file and offer it as a download."""
        lang = self.lang
        folder = report_dir()
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
