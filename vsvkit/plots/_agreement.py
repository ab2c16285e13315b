"""The agreement figure: consensus per statement or per domain, split ones marked."""

from __future__ import annotations

import pandas as pd

from vsvkit.formatting import fmt_number, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    check_labels,
    checked_lang,
    domain_label,
    domain_order,
    hidden_reason,
    instrument_or_default,
    is_true,
    item_label,
    item_order,
    legend_below,
    select_rows,
)
from vsvkit.plots._theme import PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_agreement"]


def plot_agreement(
    scores: pd.DataFrame,
    *,
    consensus: str = "consensus",
    split: str = "split",
    domain: str | None = None,
    session=None,
    group=None,
    labels: str = "code",
    wrap: int = 42,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """Consensus (0..1, Tastle & Wierman) per item or domain; split ones marked.

    Parameters
    ----------
    scores : DataFrame
        ``scoring.item_scores`` (has an ``item`` column: one dot per item) or
        ``scoring.domain_scores`` (one dot per domain); columns ``consensus``, ``split``;
        optional ``suppressed``, ``session``, ``group``.
    domain : str, optional
        With item scores: show only this domain's items.
    labels : {"code", "text"}
        Item labels (item scores only): code, or code plus wrapped item text.
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    **kwargs
        Passed to ``Axes.scatter`` of the not-split points.

    Returns
    -------
    matplotlib.axes.Axes
        Not-split points are the first PathCollection, split points (marker "X", labelled
        "geen overeenstemming") the second.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> ax = vk.plot_agreement(vk.build_mirror(store, 1).domain_scores)
    >>> [label.get_text() for label in ax.get_yticklabels()][:2]
    ['De cliënte centraal', 'Coördinatie van de zorg']
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_agreement"
    check_labels(labels, func)
    df = check_frame(scores, ["domain", consensus, split], func)
    df = select_rows(df, "session", session, func, "session")
    df = select_rows(df, "group", group, func, "group")
    per_item = "item" in df.columns
    if domain is not None:
        if domain not in inst.domain_codes:
            raise ValueError(
                f"{func}: domain {domain!r} is not in the instrument; choose one "
                f"of {list(inst.domain_codes)}"
            )
        df = df[df["domain"] == domain]
    key = "item" if per_item else "domain"
    order = item_order(df, inst, func) if per_item else domain_order(df, inst, func)
    dup = df[key][df[key].duplicated()]
    if len(dup):
        raise ValueError(
            f"{func}: {key} {sorted(set(dup))} occur(s) more than once; select one "
            "session/group first"
        )
    df = df.set_index(key)
    n = len(order)
    with plot_context() as scale:
        if ax is None:
            per_row = 0.5 if (not per_item or labels == "code") else 0.9
            ax = new_axes(10, 1.6 + per_row * n)
        points: list[tuple[float, int]] = []
        split_points: list[tuple[float, int]] = []
        for y, code in enumerate(order):
            row = df.loc[code]
            if "suppressed" in row.index and is_true(row["suppressed"]):
                ax.text(
                    0.02,
                    y,
                    t(hidden_reason(row), lang),
                    va="center",
                    style="italic",
                    color=PALETTE["muted"],
                )
                continue
            if pd.isna(row[consensus]):
                ax.text(
                    0.02, y, t("no_data", lang), va="center", style="italic", color=PALETTE["muted"]
                )
                continue
            c = float(row[consensus])
            ax.hlines(y, 0, c, color="#BBBBBB", lw=2 * scale, zorder=1)
            if is_true(row[split]):
                split_points.append((c, y))
                ax.text(
                    c + 0.035,
                    y,
                    f"{fmt_number(c, lang=lang)}  {t('no_agreement', lang)}",
                    va="center",
                    color=PALETTE["split"],
                    fontweight="bold",
                    fontsize="small",
                )
            else:
                points.append((c, y))
                ax.text(c + 0.03, y, fmt_number(c, lang=lang), va="center", fontsize="small")
        style = {
            "s": (10 * scale) ** 2,
            "color": PALETTE["consensus"],
            "zorder": 3,
            "label": t("consensus", lang),
        }
        style.update(kwargs)
        ax.scatter([p[0] for p in points], [p[1] for p in points], **style)
        ax.scatter(
            [p[0] for p in split_points],
            [p[1] for p in split_points],
            s=(13 * scale) ** 2,
            marker="X",
            color=PALETTE["split"],
            zorder=4,
            label=t("no_agreement", lang) if split_points else "_nolegend_",
        )
        ax.set_xlim(0, 1.0)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0])
        ax.xaxis.set_major_formatter(tick_formatter(lang=lang, digits=2, trim=False))
        ax.grid(axis="x", color=PALETTE["grid"], lw=0.8, zorder=0)
        ax.set_axisbelow(True)
        if per_item:
            ylabels = [item_label(inst, c, labels, lang, wrap) for c in order]
        else:
            ylabels = [domain_label(inst, c, lang, 24) for c in order]
        ax.set_yticks(range(n), ylabels)
        ax.set_xlabel(t("consensus_axis", lang))
        ax.spines["left"].set_visible(False)
        legend_below(ax, ncol=2)
        apply_title(
            ax, title, t("title_agreement_items" if per_item else "title_agreement_domains", lang)
        )
        fix_ticks(ax)
    return ax
