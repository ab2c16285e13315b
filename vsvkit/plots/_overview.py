"""The domain overview: six domains as percent of maximum, as bars or a radar chart."""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.formatting import fmt_pct, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    checked_lang,
    domain_label,
    instrument_or_default,
    legend_below,
    level_bands,
    level_name,
    prepare_domains,
    row_level,
    row_status,
    wrap_text,
)
from vsvkit.plots._theme import LEVEL_BAND_COLORS, PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_domain_overview"]


def plot_domain_overview(
    domain_scores: pd.DataFrame,
    *,
    kind: str = "bar",
    desired: bool = False,
    pct: str = "pct",
    desired_pct: str = "desired_pct",
    session=None,
    group=None,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """The six domains as percent of maximum, with their level on the integration continuum.

    Parameters
    ----------
    domain_scores : DataFrame
        ``scoring.domain_scores`` output: ``domain``, ``pct``, ``level`` (nullable; NA for a
        split domain), optionally ``desired_pct``, ``suppressed``, ``session``, ``group``.
        One session (and group) at a time: pass ``session=``/``group=`` when it holds more.
    kind : {"bar", "radar"}
        Horizontal bars over the level bands, or a radar chart (needs a polar ``ax``).
    desired : bool
        Also draw the desired situation (column ``desired_pct``).
    pct, desired_pct : str
        Column names of current and desired percent of maximum.
    instrument : Instrument, optional
        Domain names/order and level cut-offs; the bundled integratiemeter by default.
    lang : {"nl", "en"}
    title : bool or str
        True for the default title, a string for an own one, False for none.
    ax : matplotlib Axes, optional
        Axes to draw into (polar for ``kind="radar"``); a new figure when None.
    **kwargs
        Passed to ``Axes.barh`` (bar) or ``Axes.plot`` (radar) for the current situation.

    Returns
    -------
    matplotlib.axes.Axes

    Notes
    -----
    A split domain (``level`` NA while ``pct`` is known) is labelled "geen overeenstemming";
    a suppressed row shows "te weinig deelnemers" and no figure.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> mirror = vk.build_mirror(store, 1)
    >>> ax = vk.plot_domain_overview(mirror.domain_scores)
    >>> len(ax.patches) >= 6
    True
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    func = "plot_domain_overview"
    if kind not in ("bar", "radar"):
        raise ValueError(f"{func}: kind must be 'bar' or 'radar', got {kind!r}")
    cols = [pct] + ([desired_pct] if desired else [])
    df, order = prepare_domains(
        domain_scores, columns=cols, session=session, group=group, inst=inst, func=func
    )
    if kind == "radar":
        if ax is not None and getattr(ax, "name", None) != "polar":
            raise ValueError(
                f"{func}: kind='radar' needs a polar Axes; create it with "
                "plt.subplot(projection='polar') or pass ax=None"
            )
        with plot_context():
            return _overview_radar(
                df, order, inst, lang, desired, pct, desired_pct, title, ax, kwargs
            )
    with plot_context():
        return _overview_bar(df, order, inst, lang, desired, pct, desired_pct, title, ax, kwargs)


def _overview_bar(df, order, inst, lang, desired, pct, desired_pct, title, ax, kwargs):
    n = len(order)
    if ax is None:
        ax = new_axes(10, 1.2 + 0.75 * n * (1.5 if desired else 1.0))
    level_bands(inst, ax, axis="x", lang=lang)
    height = 0.38 if desired else 0.6
    offset = 0.21 if desired else 0.0
    style = {"color": PALETTE["current"], "height": height, "zorder": 2}
    style.update(kwargs)
    for y, code in enumerate(order):
        row = df.loc[code]
        status = row_status(row, pct)
        if status:
            ax.text(
                1,
                y,
                t(status, lang),
                va="center",
                ha="left",
                style="italic",
                color=PALETTE["muted"],
            )
            continue
        value = float(row[pct])
        ax.barh(
            y - offset, value, label=t("current", lang) if y == 0 or not desired else None, **style
        )
        level = level_name(inst, row_level(row, inst, pct), lang)
        text = f"{fmt_pct(value, lang=lang)} · {level}"
        # long bars carry their label inside (white), short ones just beyond the end
        inside = value >= 65
        ax.text(
            value - 1.5 if inside else value + 1,
            y - offset,
            text,
            va="center",
            ha="right" if inside else "left",
            fontsize="small",
            color="white" if inside else PALETTE["text"],
            zorder=3,
        )
        if desired and not pd.isna(row[desired_pct]):
            dval = float(row[desired_pct])
            ax.barh(
                y + offset,
                dval,
                height=height,
                color=PALETTE["desired"],
                zorder=2,
                label=t("desired", lang),
            )
            ax.text(
                dval + 1,
                y + offset,
                fmt_pct(dval, lang=lang),
                va="center",
                ha="left",
                fontsize="small",
                zorder=3,
            )
    ax.set_xlim(0, 100)
    ax.set_ylim(n - 0.5, -0.5)
    ax.set_yticks(range(n), [domain_label(inst, c, lang, 24) for c in order])
    ax.set_xticks([lv.start for lv in inst.levels] + [100])
    ax.xaxis.set_major_formatter(tick_formatter(lang=lang, digits=1))
    ax.set_xlabel(t("pct_of_max_axis", lang))
    ax.spines["left"].set_visible(False)
    if desired:
        handles, labels = ax.get_legend_handles_labels()
        uniq = dict(zip(labels, handles))
        legend_below(ax, handles=list(uniq.values()), labels=list(uniq.keys()), ncol=2)
    apply_title(
        ax,
        title,
        t("title_domain_overview_desired" if desired else "title_domain_overview", lang),
        band_lines=2,
    )
    fix_ticks(ax)
    return ax


def _overview_radar(df, order, inst, lang, desired, pct, desired_pct, title, ax, kwargs):
    n = len(order)
    if ax is None:
        ax = new_axes(8, 7.5, polar=True)
    ax.set_theta_offset(np.pi / 2)
    ax.set_theta_direction(-1)
    angles = np.linspace(0, 2 * np.pi, n, endpoint=False)
    full = np.linspace(0, 2 * np.pi, 361)
    starts = [lv.start for lv in inst.levels] + [100.0]
    for k in range(len(inst.levels)):
        ax.fill_between(full, starts[k], starts[k + 1], color=LEVEL_BAND_COLORS[k], zorder=0, lw=0)
    for r in starts[1:-1]:
        ax.plot(full, np.full_like(full, r), color="#BBBBBB", lw=0.8, zorder=1)

    def values(col):
        out = []
        for code in order:
            row = df.loc[code]
            out.append(np.nan if row_status(row, pct) else float(row[col]))
        return np.array(out)

    closed = np.append(angles, angles[0])
    current = values(pct)
    style = {"color": PALETTE["current"], "marker": "o", "zorder": 3, "label": t("current", lang)}
    style.update(kwargs)
    ax.plot(closed, np.append(current, current[0]), **style)
    if not np.isnan(current).any():
        ax.fill(closed, np.append(current, current[0]), color=style["color"], alpha=0.12, zorder=2)
    if desired:
        wanted = values(desired_pct)
        ax.plot(
            closed,
            np.append(wanted, wanted[0]),
            color=PALETTE["desired"],
            marker="D",
            ls="--",
            zorder=3,
            label=t("desired", lang),
        )

    labels = []
    for code, value in zip(order, current):
        row = df.loc[code]
        status = row_status(row, pct)
        extra = t(status, lang) if status else fmt_pct(value, lang=lang)
        labels.append(f"{domain_label(inst, code, lang, 18)}\n{extra}")
    ax.set_xticks(angles, labels)
    ax.tick_params(axis="x", pad=14)
    ax.set_ylim(0, 100)
    centres = [(starts[k] + starts[k + 1]) / 2 for k in range(len(inst.levels))]
    ax.set_yticks(centres, [wrap_text(lv.label(lang), 12) for lv in inst.levels])
    ax.set_rlabel_position(180 / n)
    ax.tick_params(axis="y", labelsize="small", labelcolor=PALETTE["muted"])
    for label in ax.get_yticklabels():
        label.set_bbox({"facecolor": "white", "alpha": 0.7, "edgecolor": "none", "pad": 1})
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", color="#BBBBBB", lw=0.8)
    ax.spines["polar"].set_color("#BBBBBB")
    if desired:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2)
    apply_title(
        ax, title, t("title_domain_overview_desired" if desired else "title_domain_overview", lang)
    )
    ax.tick_params(
        axis="x", labelsize=ax.xaxis.get_ticklabels()[0].get_fontsize(), colors=PALETTE["text"]
    )
    return ax
