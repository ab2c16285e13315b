"""Region figures: VSVs side by side, and one VSV on the anonymous spread of the others."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from vsvkit.formatting import fmt_number
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    checked_lang,
    domain_label,
    instrument_or_default,
    legend_below,
)
from vsvkit.plots._theme import HEATMAP_CMAP, PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_vsv_heatmap", "plot_region_position"]


def plot_vsv_heatmap(
    table: pd.DataFrame,
    *,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    cbar: bool = True,
    title: bool | str | None = True,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """Heatmap of a domain x VSV table: one row per domain, one column per VSV shown by name.

    Parameters
    ----------
    table : DataFrame
        :attr:`vsvkit.region.RegionView.table` (index ``domain``, one column per VSV, percent
        of maximum). NaN cells stay empty and read "–".
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    cbar : bool
        Draw a colour bar.
    **kwargs
        Passed to ``Axes.imshow``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> view = vk.load_region(store).view("VSV Voorbeeldstad", named=["VSV Proefpolder"])
    >>> ax = vk.plot_vsv_heatmap(view.table)
    >>> [label.get_text() for label in ax.get_xticklabels()]
    ['VSV Voorbeeldstad', 'VSV Proefpolder']
    """
    checked_lang(lang)
    inst = instrument_or_default(instrument)
    check_frame(table, [], "plot_vsv_heatmap")
    grid = table.to_numpy(dtype=float)
    with plot_context():
        if ax is None:
            width = 4 + 1.6 * max(1, grid.shape[1])
            ax = new_axes(min(width, 14), 1.2 + 0.55 * len(table))
        style: dict[str, Any] = {
            "cmap": HEATMAP_CMAP,
            "vmin": 0,
            "vmax": 100,
            "aspect": "auto",
        } | kwargs
        image = ax.imshow(np.ma.masked_invalid(grid), **style)
        for i in range(grid.shape[0]):
            for j in range(grid.shape[1]):
                v = grid[i, j]
                dark = not np.isnan(v) and v >= 60
                ax.text(
                    j,
                    i,
                    fmt_number(v, lang=lang, digits=0),
                    ha="center",
                    va="center",
                    color="white" if dark else PALETTE["text"],
                )
        for k in range(grid.shape[0] + 1):
            ax.axhline(k - 0.5, color="white", lw=2)
        for k in range(grid.shape[1] + 1):
            ax.axvline(k - 0.5, color="white", lw=2)
        ax.xaxis.tick_top()
        ax.set_xticks(range(grid.shape[1]), [str(c) for c in table.columns])
        ax.set_yticks(range(grid.shape[0]), [domain_label(inst, c, lang, 22) for c in table.index])
        for side in ("left", "bottom", "right", "top"):
            ax.spines[side].set_visible(False)
        if cbar:
            bar = ax.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
            bar.set_label(t("pct_of_max", lang))
            bar.outline.set_visible(False)
        apply_title(ax, title, t("region_table_title", lang))
        fix_ticks(ax)
    return ax


def plot_region_position(
    percentiles: pd.DataFrame,
    *,
    distribution: pd.DataFrame,
    vsv: str,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax: Axes | None = None,
    **kwargs,
) -> Axes:
    """One VSV (dot, with its percentile) on the anonymous spread of the other VSVs.

    Draws only the figures the distribution gives: a box from the first to the third quartile
    with the median where those are given, a line from lowest to highest where those are
    given; nothing of the others in a domain where only their number may be shown.

    Parameters
    ----------
    percentiles : DataFrame
        :attr:`vsvkit.region.RegionView.percentiles` (``domain, pct, percentile``).
    distribution : DataFrame
        :attr:`vsvkit.region.RegionView.distribution` (``domain, min, q1, median, q3, max``).
    vsv : str
        The VSV's name (legend).
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    **kwargs
        Passed to ``Axes.scatter`` for the VSV's dots.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> view = vk.load_region(store).view("VSV Voorbeeldstad")
    >>> ax = vk.plot_region_position(
    ...     view.percentiles, distribution=view.distribution, vsv=view.focus
    ... )
    >>> len(ax.patches)  # no box: three other VSVs are too few for a spread
    0
    """
    checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_region_position"
    check_frame(percentiles, ["domain", "pct", "percentile"], func)
    check_frame(distribution, ["domain", "min", "q1", "median", "q3", "max"], func)
    codes = list(percentiles["domain"])
    dist = distribution.set_index("domain").reindex(codes)
    with plot_context():
        if ax is None:
            ax = new_axes(10, 1.6 + 0.6 * len(codes))
        ys = np.arange(len(codes))[::-1]
        boxed = False
        for y, code in zip(ys, codes):
            d = dist.loc[code]
            if not (pd.isna(d["min"]) or pd.isna(d["max"])):
                ax.plot([d["min"], d["max"]], [y, y], color=PALETTE["baseline"], lw=1.5, zorder=1)
            if not (pd.isna(d["q1"]) or pd.isna(d["q3"])):
                ax.barh(
                    y,
                    d["q3"] - d["q1"],
                    left=d["q1"],
                    height=0.5,
                    color=PALETTE["grid"],
                    edgecolor=PALETTE["baseline"],
                    zorder=2,
                    label=None if boxed else t("region_others_legend", lang),
                )
                boxed = True
            if not pd.isna(d["median"]):
                ax.plot([d["median"]] * 2, [y - 0.25, y + 0.25], color=PALETTE["muted"], zorder=3)
        mine = percentiles["pct"].to_numpy(dtype=float)
        dots: dict[str, Any] = {
            "color": PALETTE["current"],
            "s": 70,
            "zorder": 4,
            "label": vsv,
        } | kwargs
        ax.scatter(mine, ys, **dots)
        for y, x, p in zip(ys, mine, percentiles["percentile"]):
            if not (np.isnan(x) or pd.isna(p)):
                ax.annotate(
                    t("percentile_short", lang, p=fmt_number(p, lang=lang, digits=0)),
                    (x, y),
                    xytext=(8, 6),
                    textcoords="offset points",
                    fontsize="small",
                )
        ax.set_yticks(ys, [domain_label(inst, c, lang, 22) for c in codes])
        ax.set_xlim(0, 100)
        ax.set_ylim(-0.7, len(codes) - 0.3)
        ax.set_xlabel(t("region_percentile_axis", lang))
        apply_title(ax, title, t("region_percentile_title", lang, vsv=vsv))
        legend_below(ax, ncol=2)
        fix_ticks(ax)
    return ax
