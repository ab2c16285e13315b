"""Group-level figure: percent of maximum per profession/echelon and domain."""

from __future__ import annotations

import matplotlib as mpl
import matplotlib.patches as mpatches
import numpy as np
import pandas as pd

from vsvkit.formatting import DASH, fmt_number, group_label, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    checked_lang,
    domain_label,
    domain_order,
    instrument_or_default,
    is_true,
    select_rows,
)
from vsvkit.plots._theme import HEATMAP_CMAP, PALETTE, fix_ticks, new_axes, plot_context
from vsvkit.privacy import MERGED_GROUP

__all__ = ["plot_group_heatmap"]


def _group_order(codes, inst: Instrument) -> list:
    known = [r.code for r in inst.roles] + [e.code for e in inst.echelons] + [MERGED_GROUP]
    return sorted(codes, key=lambda c: (known.index(c) if c in known else len(known), str(c)))


def plot_group_heatmap(
    domain_scores: pd.DataFrame,
    *,
    by: str = "profession",
    value: str = "pct",
    session=None,
    show_suppressed: bool = True,
    cbar: bool = True,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """Heatmap of percent of maximum: one row per profession (or echelon), one column per domain.

    Suppressed groups never show a number or a colour: their row is hatched and reads
    "te weinig deelnemers" (or the row is left out with ``show_suppressed=False``), even if
    the table carried figures for it. The merged group ``OV_MERGED`` reads "overige beroepen".

    Parameters
    ----------
    domain_scores : DataFrame
        ``scoring.domain_scores(..., by=...)`` output: ``group``, ``domain``, ``pct``,
        ``suppressed``; optional ``n`` (shown as "(n = ...)"), ``session``.
    by : {"profession", "echelon"}
        What the groups are (for the title).
    value : str
        Column to colour by (0..100).
    show_suppressed : bool
        Keep suppressed groups as marked rows (default) or leave them out.
    cbar : bool
        Draw a colour bar.
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
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
    >>> mirror = vk.build_mirror(store, 1)
    >>> ax = vk.plot_group_heatmap(mirror.by_group["echelon"], by="echelon")
    >>> [label.get_text() for label in ax.get_yticklabels()][:2]
    ['eerste lijn (n = 15)', 'tweede lijn (n = 19)']
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_group_heatmap"
    if by not in ("profession", "echelon"):
        raise ValueError(f"{func}: by must be 'profession' or 'echelon', got {by!r}")
    df = check_frame(domain_scores, ["group", "domain", value, "suppressed"], func)
    df = select_rows(df, "session", session, func, "session")
    if df.duplicated(["group", "domain"]).any():
        raise ValueError(f"{func}: group/domain pairs occur more than once; select one session")
    domains = domain_order(df, inst, func)
    # a group is hidden when none of its domains is shown; single cells are hidden by their row
    hidden = df.groupby("group")["suppressed"].agg(lambda s: all(is_true(v) for v in s))
    reasons = (
        df.groupby("group")["reason"].first().dropna().to_dict() if "reason" in df.columns else {}
    )
    groups = _group_order(list(hidden.index), inst)
    if not show_suppressed:
        groups = [g for g in groups if not hidden[g]]
    grid = np.full((len(groups), len(domains)), np.nan)
    cell_hidden = np.zeros_like(grid, dtype=bool)
    for _, row in df.iterrows():
        if row["group"] not in groups:
            continue
        i, j = groups.index(row["group"]), domains.index(row["domain"])
        if is_true(row["suppressed"]) or hidden[row["group"]]:
            cell_hidden[i, j] = True  # never show a figure of a suppressed group
        elif not pd.isna(row[value]):
            grid[i, j] = float(row[value])
    ylabels = []
    for g in groups:
        name = group_label(g, inst, lang)
        if "n" in df.columns and not hidden[g]:
            n = df.loc[df["group"] == g, "n"].max()
            if not pd.isna(n):
                name = t("group_with_n", lang, group=name, n=int(n))
        ylabels.append(name)
    with plot_context():
        if ax is None:
            ax = new_axes(12, 2.2 + 0.55 * len(groups))
        style = {"cmap": HEATMAP_CMAP, "vmin": 0, "vmax": 100, "aspect": "auto"}
        style.update(kwargs)
        image = ax.imshow(np.ma.masked_invalid(grid), **style)
        for i in range(len(groups)):
            for j in range(len(domains)):
                if cell_hidden[i, j]:
                    ax.add_patch(
                        mpatches.Rectangle(
                            (j - 0.5, i - 0.5),
                            1,
                            1,
                            hatch="//",
                            facecolor=PALETTE["suppressed"],
                            edgecolor="#C8C8C8",
                            lw=0,
                        )
                    )
                elif not np.isnan(grid[i, j]):
                    v = grid[i, j]
                    ax.text(
                        j,
                        i,
                        fmt_number(v, lang=lang, digits=0),
                        ha="center",
                        va="center",
                        color="white" if v >= 60 else PALETTE["text"],
                    )
            if cell_hidden[i].all():
                ax.text(
                    (len(domains) - 1) / 2,
                    i,
                    t(reasons.get(groups[i], "too_few"), lang),
                    ha="center",
                    va="center",
                    style="italic",
                    color=PALETTE["text"],
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 2},
                )
            elif cell_hidden[i].any():
                for col in np.flatnonzero(cell_hidden[i]):
                    ax.text(col, i, DASH, ha="center", va="center", color=PALETTE["muted"])
        for k in range(len(groups) + 1):
            ax.axhline(k - 0.5, color="white", lw=2)
        for k in range(len(domains) + 1):
            ax.axvline(k - 0.5, color="white", lw=2)
        ax.xaxis.tick_top()
        ax.set_xticks(range(len(domains)), [domain_label(inst, c, lang, 13) for c in domains])
        ax.set_yticks(range(len(groups)), ylabels)
        for side in ("left", "bottom", "right", "top"):
            ax.spines[side].set_visible(False)
        if cbar:
            bar = ax.figure.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
            bar.set_label(t("pct_of_max", lang))
            bar.formatter = tick_formatter(lang=lang, digits=1)
            bar.outline.set_visible(False)
        apply_title(ax, title, t("title_group_heatmap", lang, by=t(by, lang)))
        fix_ticks(ax)
        ax.tick_params(axis="x", labelsize=mpl.rcParams["xtick.labelsize"] * 0.88)
    return ax
