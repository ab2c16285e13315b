"""Domain-level figures: the integration continuum and baseline vs follow-up."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from vsvkit.formatting import fmt_number, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t, wave_label
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    HIDDEN,
    apply_title,
    check_frame,
    checked_lang,
    domain_label,
    domain_order,
    hidden_reason,
    instrument_or_default,
    is_true,
    legend_below,
    level_bands,
    one_row_per,
    prepare_domains,
    row_status,
    select_rows,
    wrap_text,
)
from vsvkit.plots._theme import LEVEL_BAND_COLORS, PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_continuum", "plot_change"]


def _agreed_levels(agreed, inst: Instrument, func: str) -> dict[str, int]:
    if agreed is None:
        return {}
    if isinstance(agreed, pd.DataFrame):
        check_frame(agreed, ["domain", "agreed_level"], func)
        pairs = list(zip(agreed["domain"], agreed["agreed_level"]))
    elif isinstance(agreed, Mapping):
        pairs = list(agreed.items())
    else:
        raise TypeError(
            f"{func}: agreed must be a mapping domain -> level or a DataFrame[domain, "
            f"agreed_level], got {type(agreed).__name__}"
        )
    levels = {lv.level for lv in inst.levels}
    out = {}
    for domain, level in pairs:
        if domain not in inst.domain_codes:
            raise ValueError(
                f"{func}: agreed level given for unknown domain {domain!r}; "
                f"domains are {list(inst.domain_codes)}"
            )
        if level is None or pd.isna(level):
            continue
        if level not in levels:
            raise ValueError(
                f"{func}: agreed level {level!r} for domain {domain!r} is not a level of the "
                f"instrument; allowed: {sorted(levels)}"
            )
        out[domain] = int(level)
    return out


def plot_continuum(
    domain_scores: pd.DataFrame,
    *,
    agreed: Mapping | pd.DataFrame | None = None,
    pct: str = "pct",
    session=None,
    group=None,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """Each domain placed on the steps of the integration continuum.

    The measured level is a filled dot; the level the group agreed on after discussion (once
    there is one) is an open square, with an arrow from measured to agreed when they differ.
    A split domain (``level`` NA) reads "geen overeenstemming".

    Parameters
    ----------
    domain_scores : DataFrame
        ``scoring.domain_scores`` output (``domain``, ``level``, ``pct``; optional
        ``suppressed``, ``session``, ``group``).
    agreed : mapping or DataFrame, optional
        Agreed level per domain: ``{"CLI": 3, ...}`` or a DataFrame[domain, agreed_level];
        None/NA entries mean "not agreed yet".
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    **kwargs
        Passed to ``Axes.scatter`` of the measured levels.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> ax = vk.plot_continuum(vk.build_mirror(store, 1).domain_scores)
    >>> [label.get_text() for label in ax.get_yticklabels()][:2]
    ['De cliënte centraal', 'Coördinatie van de zorg']
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_continuum"
    df, order = prepare_domains(
        domain_scores, columns=["level", pct], session=session, group=group, inst=inst, func=func
    )
    agreed_map = _agreed_levels(agreed, inst, func)
    n_levels = len(inst.levels)
    n = len(order)
    with plot_context() as scale:
        if ax is None:
            ax = new_axes(10, 1.6 + 0.7 * n)
        for k in range(n_levels):
            ax.axvspan(k + 0.5, k + 1.5, color=LEVEL_BAND_COLORS[k], zorder=0, lw=0)
        measured_x, measured_y = [], []
        for y, code in enumerate(order):
            row = df.loc[code]
            status = row_status(row, pct)
            if status:
                ax.text(
                    (n_levels + 1) / 2,
                    y,
                    t(status, lang),
                    ha="center",
                    va="center",
                    style="italic",
                    color=PALETTE["muted"],
                )
            elif pd.isna(row["level"]):
                # keep the words clear of an agreed-level marker in the same row
                a = agreed_map.get(code)
                x, ha = (n_levels + 1) / 2, "center"
                if a is not None:
                    x, ha = (0.6, "left") if a > (n_levels + 1) / 2 else (n_levels + 0.4, "right")
                ax.text(
                    x,
                    y,
                    t("no_agreement", lang),
                    ha=ha,
                    va="center",
                    style="italic",
                    color=PALETTE["split"],
                    fontweight="bold",
                )
            else:
                measured_x.append(int(row["level"]))
                measured_y.append(y)
            if code in agreed_map and status not in HIDDEN:
                a = agreed_map[code]
                if not status and not pd.isna(row["level"]) and int(row["level"]) != a:
                    ax.annotate(
                        "",
                        xy=(a, y),
                        xytext=(int(row["level"]), y),
                        arrowprops={
                            "arrowstyle": "-|>",
                            "color": PALETTE["agreed"],
                            "lw": 1.5 * scale,
                            "shrinkA": 9 * scale,
                            "shrinkB": 13 * scale,
                        },
                        zorder=2,
                    )
        style = {
            "s": (13 * scale) ** 2,
            "color": PALETTE["current"],
            "zorder": 3,
            "label": t("measured_level", lang),
        }
        style.update(kwargs)
        ax.scatter(measured_x, measured_y, **style)
        ag = [
            (agreed_map[c], y)
            for y, c in enumerate(order)
            if c in agreed_map and row_status(df.loc[c], pct) not in HIDDEN
        ]
        if ag:
            ax.scatter(
                [a for a, _ in ag],
                [y for _, y in ag],
                s=(22 * scale) ** 2,
                marker="s",
                facecolors="none",
                edgecolors=PALETTE["agreed"],
                linewidths=2.5 * scale,
                zorder=4,
                label=t("agreed_level", lang),
            )
        ax.set_xlim(0.5, n_levels + 0.5)
        ax.set_ylim(n - 0.5, -0.5)
        ax.xaxis.tick_top()
        ax.set_xticks(range(1, n_levels + 1), [wrap_text(lv.label(lang), 14) for lv in inst.levels])
        ax.set_yticks(range(n), [domain_label(inst, c, lang, 24) for c in order])
        for side in ("left", "bottom", "right", "top"):
            ax.spines[side].set_visible(False)
        legend_below(ax, xlabel=False, ticks=False, ncol=2, markerscale=0.6)
        apply_title(ax, title, t("title_continuum", lang))
        fix_ticks(ax)
    return ax


def _wave_order(present: Sequence, waves, func: str) -> list:
    if waves is not None:
        waves = list(waves)
        if len(waves) != 2:
            raise ValueError(
                f"{func}: waves must name two waves (baseline, follow-up), got {waves}"
            )
        missing = [w for w in waves if w not in present]
        if missing:
            raise ValueError(f"{func}: wave(s) {missing} not in the table; it holds {present}")
        return waves
    if len(present) != 2:
        raise ValueError(
            f"{func}: the table must hold exactly two waves, it holds {present}; "
            "pass waves=(baseline, follow_up)"
        )
    known = ["baseline", "follow_up", "follow-up"]
    return sorted(present, key=lambda w: (known.index(w) if w in known else 99, str(w)))


def plot_change(
    domain_scores: pd.DataFrame,
    *,
    wave: str = "wave",
    waves: Sequence | None = None,
    pct: str = "pct",
    change: str = "change",
    group=None,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """Baseline against follow-up per domain (a dumbbell chart on the level bands).

    Parameters
    ----------
    domain_scores : DataFrame
        ``scoring.domain_scores`` of two sessions stacked in one table, with a column
        ``wave`` naming the measurement of each row (``baseline`` / ``follow_up`` as the
        store records it). The caller adds ``wave`` from ``store.sessions()``, e.g.
        ``scores.merge(sessions[["id", "wave"]], left_on="session", right_on="id")``.
        :attr:`vsvkit.comparison.Comparison.scores` is such a table, with the change.
    wave : str
        Column with the wave of each row (``"session"`` works too, with ``waves=(1, 2)``).
    waves : pair, optional
        (first, second) wave values; by default the two values present, baseline first.
    change : str
        Column with each domain's change in percentage points (read from the second wave's
        rows), as :class:`~vsvkit.comparison.Comparison` computed it. A table without it gets
        :func:`vsvkit.change.change_points` of the two points drawn.
    **kwargs
        Passed to ``Axes.scatter`` of the follow-up points.

    Returns
    -------
    matplotlib.axes.Axes
        Baseline and follow-up points are two PathCollections (in that order); the change in
        points is written to the right of each pair.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> scores = vk.domain_scores(vk.load_answers(store, [1, 2]), store.instrument_for([1, 2]))
    >>> sessions = vk.list_sessions(store)[["id", "wave"]]
    >>> scores = scores.merge(sessions, left_on="session", right_on="id")
    >>> ax = vk.plot_change(scores)
    >>> len(ax.get_yticklabels())
    6
    """
    from vsvkit.change import change_points

    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_change"
    data = check_frame(domain_scores, ["domain", pct, wave], func)
    data = select_rows(data, "group", group, func, "group")
    first, second = _wave_order(list(pd.unique(data[wave].dropna())), waves, func)
    order = domain_order(data, inst, func)
    a = one_row_per(data[data[wave] == first], "domain", func)
    b = one_row_per(data[data[wave] == second], "domain", func)

    def value(frame, code):
        if code not in frame.index or row_status(frame.loc[code], pct):
            return np.nan
        return float(frame.loc[code, pct])

    xa = np.array([value(a, c) for c in order])
    xb = np.array([value(b, c) for c in order])
    if change in b.columns:
        diffs = b[change].reindex(order).to_numpy(dtype=float, na_value=np.nan)
    else:
        diffs = change_points(xa, xb)
    n = len(order)
    with plot_context() as scale:
        if ax is None:
            ax = new_axes(10, 1.8 + 0.75 * n)
        level_bands(inst, ax, axis="x", lang=lang)
        ys = np.arange(n)
        for y, x0, x1, diff, code in zip(ys, xa, xb, diffs, order):
            if np.isnan(x0) or np.isnan(x1):
                hidden = [
                    hidden_reason(f.loc[code])
                    for f in (a, b)
                    if code in f.index
                    and "suppressed" in f.columns
                    and is_true(f.loc[code, "suppressed"])
                ]
                if np.isnan(x0) and np.isnan(x1) or hidden:
                    ax.text(
                        1,
                        y + 0.32,
                        t(hidden[0] if hidden else "no_data", lang),
                        fontsize="small",
                        style="italic",
                        color=PALETTE["muted"],
                    )
                continue
            if np.isnan(diff):  # the comparison did not compare this domain
                continue
            ax.plot(
                [x0, x1], [y, y], color="#888888", lw=3 * scale, zorder=2, solid_capstyle="round"
            )
            ax.text(
                max(x0, x1) + 2.5,
                y,
                fmt_number(diff, lang=lang, digits=0, signed=True),
                va="center",
                ha="left",
                fontsize="small",
                fontweight="bold",
                zorder=4,
            )
        ax.scatter(
            xa,
            ys,
            s=(11 * scale) ** 2,
            color=PALETTE["baseline"],
            zorder=3,
            label=wave_label(first, lang),
        )
        style = {
            "s": (11 * scale) ** 2,
            "color": PALETTE["follow_up"],
            "zorder": 3,
            "label": wave_label(second, lang),
        }
        style.update(kwargs)
        ax.scatter(xb, ys, **style)
        ax.set_xlim(0, 100)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xticks([lv.start for lv in inst.levels] + [100])
        ax.xaxis.set_major_formatter(tick_formatter(lang=lang, digits=1))
        ax.set_yticks(ys, [domain_label(inst, c, lang, 24) for c in order])
        ax.set_xlabel(t("pct_of_max_axis", lang))
        ax.spines["left"].set_visible(False)
        legend_below(ax, ncol=2)
        apply_title(ax, title, t("title_change", lang), band_lines=2)
        fix_ticks(ax)
    return ax
