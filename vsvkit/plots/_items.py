"""Item-level figures: the answers per statement of one domain."""

from __future__ import annotations

from typing import cast

import matplotlib.artist as martist
import matplotlib.patches as mpatches
import numpy as np
import pandas as pd

from vsvkit.formatting import fmt_pct, fmt_share, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    check_labels,
    checked_lang,
    instrument_or_default,
    is_true,
    item_label,
    item_order,
    legend_below,
    select_rows,
    value_of,
    wrap_text,
)
from vsvkit.plots._theme import ANSWER_COLORS, PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_item_distribution"]

DONT_KNOW = "dont_know"


def _answer_key(answer, scale_values: set[int], func: str):
    if isinstance(answer, str) and answer.strip().lower() == DONT_KNOW:
        return DONT_KNOW
    try:
        number = float(answer)
    except (TypeError, ValueError):
        number = None
    if number is None or number != int(number) or int(number) not in scale_values:
        raise ValueError(
            f"{func}: answer {answer!r} is not one of the scale values {sorted(scale_values)} "
            f"or {DONT_KNOW!r}"
        )
    return int(number)


def plot_item_distribution(
    item_distribution: pd.DataFrame,
    *,
    domain: str,
    share: str = "share",
    session=None,
    group=None,
    labels: str = "text",
    wrap: int = 42,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    label_min: float = 9,
    ax=None,
    **kwargs,
):
    """Diverging stacked bars of the answers per item of one domain, "weet niet" beside them.

    Answers 1-2 run left of zero, 3-4 right of it, as percent of the answers 1..4 given
    (so each item's bars add up to 100). The "weet niet" share (of all answers given) is a
    separate narrow bar column to the right (an inset Axes in ``ax.child_axes``), never part
    of the diverging bars.

    Parameters
    ----------
    item_distribution : DataFrame
        ``scoring.item_distribution`` output: ``domain``, ``item``, ``answer`` (1..4 or
        ``"dont_know"``), ``share`` (0..1); optional ``session``, ``group``, ``suppressed``.
    domain : str
        Domain code whose items to show.
    labels : {"text", "code"}
        Label items by code plus wrapped item text (default) or by code only.
    wrap : int
        Characters per line of wrapped item texts.
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    label_min : float
        A bar carries its percentage when it is at least this wide (percent); larger type
        needs a higher value.
    **kwargs
        Passed to every ``Axes.barh`` of the diverging bars.

    Returns
    -------
    matplotlib.axes.Axes
        The axes with the diverging bars; the "weet niet" column is ``ax.child_axes[0]``.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> mirror = vk.build_mirror(store, 1)
    >>> ax = vk.plot_item_distribution(
    ...     mirror.item_distribution, domain="COO", instrument=mirror.instrument
    ... )
    >>> len(ax.get_yticklabels())
    5
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_item_distribution"
    check_labels(labels, func)
    df = check_frame(item_distribution, ["domain", "item", "answer", share], func)
    if domain not in inst.domain_codes:
        raise ValueError(
            f"{func}: domain {domain!r} is not in the instrument; choose one of "
            f"{list(inst.domain_codes)}"
        )
    df = select_rows(df, "session", session, func, "session")
    df = select_rows(df, "group", group, func, "group")
    df = df[df["domain"] == domain]
    if df.empty:
        raise ValueError(f"{func}: the table has no rows for domain {domain!r}")
    scale = [s.value for s in inst.scale]
    df = df.assign(_answer=[_answer_key(a, set(scale), func) for a in df["answer"]])
    dup = df.duplicated(["item", "_answer"])
    if dup.any():
        raise ValueError(
            f"{func}: item/answer pairs occur more than once (e.g. {df.loc[dup, 'item'].iloc[0]}); "
            "select one session/group first"
        )
    items = item_order(df, inst, func)
    table = df.pivot(index="item", columns="_answer", values=share)
    suppressed = (
        df.groupby("item")["suppressed"].agg(lambda s: any(is_true(v) for v in s))
        if "suppressed" in df.columns
        else pd.Series(False, index=items)
    )
    reasons = (
        df.groupby("item")["reason"].first().dropna().to_dict() if "reason" in df.columns else {}
    )
    low = scale[: len(scale) // 2]
    colours = dict(zip(scale, ANSWER_COLORS if len(scale) == 4 else [None] * len(scale)))
    n = len(items)
    with plot_context():
        if ax is None:
            per_item = (
                0.45
                if labels == "code"
                else 0.3
                + 0.26
                * max(len(wrap_text(inst.item(c).text(lang), wrap).splitlines()) for c in items)
            )
            ax = new_axes(12, 1.8 + per_item * n)
        dk_ax = ax.inset_axes([1.04, 0, 0.16, 1])
        drawn = set()
        inside: dict = {}  # bar -> its percentage label
        for y, code in enumerate(items):
            if is_true(suppressed.get(code, False)):
                ax.text(
                    0,
                    y,
                    t(reasons.get(code, "too_few"), lang),
                    ha="center",
                    va="center",
                    style="italic",
                    color=PALETTE["muted"],
                )
                continue
            row = pd.Series(dtype=float)  # no answers: zero shares, no "weet niet"
            if code in table.index:
                row = cast(pd.Series, table.loc[code])
            shares = {a: value_of(row, a, 0.0) * 100 for a in scale}
            shares = {a: (0.0 if np.isnan(v) else v) for a, v in shares.items()}
            if sum(shares.values()) == 0:
                ax.text(
                    0,
                    y,
                    t("no_data", lang),
                    ha="center",
                    va="center",
                    style="italic",
                    color=PALETTE["muted"],
                )
            left = -sum(shares[a] for a in low)
            for a in scale:
                width = shares[a]
                style = {
                    "color": colours[a],
                    "height": 0.62,
                    "edgecolor": "white",
                    "linewidth": 0.8,
                }
                style.update(kwargs)
                label = inst.scale[scale.index(a)].label(lang) if a not in drawn else None
                if width > 0:
                    bars = ax.barh(y, width, left=left, label=label, **style)
                    drawn.add(a)
                    if width >= label_min:
                        dark = a in (scale[0], scale[-1])
                        inside[bars[0]] = ax.text(
                            left + width / 2,
                            y,
                            fmt_pct(width, lang=lang),
                            ha="center",
                            va="center",
                            fontsize="small",
                            color="white" if dark else PALETTE["text"],
                        )
                left += width
            dk = value_of(row, DONT_KNOW, np.nan)
            if not pd.isna(dk):
                dk_ax.barh(y, dk * 100, height=0.62, color=PALETTE["dont_know"])
                dk_ax.text(
                    dk * 100 + 4,
                    y,
                    fmt_share(dk, lang=lang),
                    va="center",
                    ha="left",
                    fontsize="small",
                )
        ax.add_artist(_FitInside(inside))
        ax.axvline(0, color=PALETTE["text"], lw=1, zorder=3)
        ax.set_xlim(-100, 100)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xticks([-100, -50, 0, 50, 100])
        ax.xaxis.set_major_formatter(tick_formatter(lang=lang, kind="pct", absolute=True))
        ax.set_yticks(range(n), [item_label(inst, c, labels, lang, wrap) for c in items])
        ax.set_xlabel(t("share_of_answers", lang))
        ax.spines["left"].set_visible(False)
        handles = [
            mpatches.Patch(color=colours[a], label=inst.scale[k].label(lang))
            for k, a in enumerate(scale)
        ]
        legend_below(ax, handles=handles, ncol=len(scale))
        dk_ax.set_xlim(0, 100)
        dk_ax.set_ylim(n - 0.5, -0.5)
        dk_ax.set_yticks([])
        dk_ax.set_xticks([])
        dk_ax.set_facecolor("#F4F4F4")
        for side in ("left", "right", "top", "bottom"):
            dk_ax.spines[side].set_visible(False)
        dk_ax.set_title(
            t("dont_know", lang), fontsize="medium", loc="center", pad=6, fontweight="normal"
        )
        apply_title(
            ax, title, t("title_item_distribution", lang, domain=inst.domain(domain).name(lang))
        )
        fix_ticks(ax)
    return ax


class _FitInside(martist.Artist):
    """Shows a bar's label only when it fits inside the bar, decided when the figure is drawn
    (after the layout fixed the axes' size): a narrow chart drops labels that would spill."""

    zorder = -1  # drawn before the labels

    def __init__(self, labels: dict):
        super().__init__()
        self.labels = labels
        self.set_in_layout(False)  # it draws nothing: no place in the layout or tight bbox

    def draw(self, renderer) -> None:
        for bar, text in self.labels.items():
            room = bar.get_window_extent(renderer).width
            text.set_visible(True)
            text.set_visible(text.get_window_extent(renderer).width + 2 <= room)
