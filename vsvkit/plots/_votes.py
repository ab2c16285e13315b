"""The questionnaire next to the room's vote: two 100%-stacked bars."""

from __future__ import annotations

import matplotlib.patches as mpatches
import pandas as pd

from vsvkit.formatting import fmt_pct, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    checked_lang,
    instrument_or_default,
    legend_below,
)
from vsvkit.plots._theme import ANSWER_COLORS, PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_vote_comparison", "VOTE_SOURCES"]

#: The two bars, top to bottom.
VOTE_SOURCES = ("questionnaire", "room")
_DONT_KNOW = "dont_know"
_KINDS = ("domain", "item", "overview")


def _answers(kind: str, inst: Instrument, lang: Lang) -> list[tuple[int | str, str, str]]:
    """(answer, label, colour) in the order the bars are stacked."""
    if kind == "item":
        out: list[tuple[int | str, str, str]] = [
            (s.value, s.label(lang), ANSWER_COLORS[i % len(ANSWER_COLORS)])
            for i, s in enumerate(inst.scale)
        ]
        return [*out, (_DONT_KNOW, t("dont_know", lang), PALETTE["dont_know"])]
    return [
        (lv.level, f"{lv.level} {lv.label(lang)}", ANSWER_COLORS[i % len(ANSWER_COLORS)])
        for i, lv in enumerate(inst.levels)
    ]


def _key(answer) -> int | str:
    if isinstance(answer, str) and answer.strip().lower() == _DONT_KNOW:
        return _DONT_KNOW
    return int(answer)


def plot_vote_comparison(
    data: pd.DataFrame,
    *,
    kind: str = "domain",
    source: str = "source",
    share: str = "share",
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    label_min: float = 8,
    legend: str | bool = "below",
    ax=None,
    **kwargs,
):
    """The answers before (questionnaire) and after the discussion (the room's vote), as two
    horizontal 100%-stacked bars.

    Parameters
    ----------
    data : DataFrame
        :attr:`vsvkit.room.before_after.BeforeAfter.table`: ``source`` ("questionnaire",
        "room"), ``answer`` (levels or answers 1..4, for a statement also ``"dont_know"``),
        ``share`` (0..1 of that side's answers); optional ``n``. A side without rows (fewer
        than k respondents or votes) is a row saying so, without a bar.
    kind : {"domain", "item", "overview"}
        What the round asked: a level (domain, the VSV as a whole) or a statement's answer;
        decides the legend ("1 apart" ... or "niet" ... "weet niet").
    source, share : str
        Column names.
    instrument : Instrument, optional
        Level and answer labels; the bundled integratiemeter by default.
    lang : {"nl", "en"}
    title : bool or str
        True for the default title, a string for an own one, False for none.
    label_min : float
        A segment carries its percentage when it is at least this wide (percent).
    legend : {"below", "right", False}
        Where the answers' legend goes: under the axes (one row), right of them (one
        column), or none.
    ax : matplotlib Axes, optional
    **kwargs
        Passed to every ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes
        Each segment's patch has the gid ``vote-<source>-<answer>``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"source": ["questionnaire"] * 4 + ["room"] * 4,
    ...                       "answer": [1, 2, 3, 4] * 2,
    ...                       "share": [0.1, 0.5, 0.4, 0.0, 0.0, 0.2, 0.7, 0.1]})
    >>> ax = plot_vote_comparison(table)
    >>> [round(float(p.get_width()), 1) for p in ax.patches][:3]
    [10.0, 50.0, 40.0]
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_vote_comparison"
    if kind not in _KINDS:
        raise ValueError(f"{func}: kind must be one of {_KINDS}, got {kind!r}")
    if legend not in ("below", "right", False):
        raise ValueError(f"{func}: legend must be 'below', 'right' or False, got {legend!r}")
    df = check_frame(data, [source, "answer", share], func)
    unknown = sorted(set(df[source].astype(str)) - set(VOTE_SOURCES))
    if unknown:
        raise ValueError(f"{func}: {source} {unknown} unknown; use {list(VOTE_SOURCES)}")
    answers = _answers(kind, inst, lang)
    known = {a for a, _, _ in answers}
    keys = [_key(a) for a in df["answer"]]
    if set(keys) - known:
        raise ValueError(
            f"{func}: answers {sorted(map(str, set(keys) - known))} do not belong to a "
            f"{kind} round (it has {sorted(map(str, known))})"
        )
    df = df.assign(_answer=keys)
    with plot_context():
        if ax is None:
            ax = new_axes(8, 2.1)
        ticks = []
        for y, name in enumerate(VOTE_SOURCES):
            rows = df[df[source] == name]
            label = t(f"vote_source_{name}", lang)
            if "n" in rows.columns and len(rows):
                label = t("group_with_n", lang, group=label, n=int(rows["n"].sum()))
            ticks.append(label)
            if rows.empty:
                missing = "too_few" if name == "questionnaire" else "too_few_votes"
                ax.text(1, y, t(missing, lang), va="center", style="italic", color=PALETTE["muted"])
                continue
            shares = {a: float(s) for a, s in zip(rows["_answer"], rows[share]) if pd.notna(s)}
            left = 0.0
            for answer, _, colour in answers:
                width = shares.get(answer, 0.0) * 100
                if width <= 0:
                    continue
                style = {"color": colour, "height": 0.62, "edgecolor": "white", "linewidth": 0.8}
                style.update(kwargs)
                bar = ax.barh(y, width, left=left, **style)[0]
                bar.set_gid(f"vote-{name}-{answer}")
                if width >= label_min:
                    dark = colour in (ANSWER_COLORS[0], ANSWER_COLORS[-1])
                    ax.text(
                        left + width / 2,
                        y,
                        fmt_pct(width, lang=lang),
                        ha="center",
                        va="center",
                        fontsize="small",
                        color="white" if dark else PALETTE["text"],
                    )
                left += width
        ax.set_xlim(0, 100)
        ax.set_ylim(len(VOTE_SOURCES) - 0.5, -0.5)
        ax.set_yticks(range(len(VOTE_SOURCES)), ticks)
        ax.set_xticks([0, 25, 50, 75, 100])
        ax.xaxis.set_major_formatter(tick_formatter(lang=lang, kind="pct"))
        ax.set_xlabel(t("share_of_answers", lang))
        ax.spines["left"].set_visible(False)
        handles = [mpatches.Patch(color=c, label=lab) for _, lab, c in answers]
        if legend == "below":
            legend_below(ax, handles=handles, ncol=len(handles), handlelength=1.2, columnspacing=1)
        elif legend == "right":
            ax.legend(
                handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), handlelength=1.2
            )
        apply_title(ax, title, t("title_vote_comparison", lang))
        fix_ticks(ax)
    return ax
