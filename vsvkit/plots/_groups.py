"""One domain's score per group (profession or echelon), as horizontal bars on the levels."""

from __future__ import annotations

import pandas as pd

from vsvkit.formatting import fmt_pct, group_label, tick_formatter
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument
from vsvkit.plots._common import (
    apply_title,
    check_frame,
    checked_lang,
    instrument_or_default,
    is_true,
    level_bands,
    select_rows,
)
from vsvkit.plots._theme import PALETTE, fix_ticks, new_axes, plot_context

__all__ = ["plot_group_scores"]


def plot_group_scores(
    domain_scores: pd.DataFrame,
    *,
    domain: str,
    by: str = "profession",
    session=None,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    title: bool | str | None = True,
    ax=None,
    **kwargs,
):
    """One domain's percent of maximum per group, a bar each on the level bands.

    Suppressed groups are left out (nothing of them is drawn, not even their name).

    Parameters
    ----------
    domain_scores : DataFrame
        ``scoring.domain_scores(..., by=...)`` output (``Mirror.by_group[by]``): ``group``,
        ``domain``, ``pct``; optional ``n``, ``suppressed``, ``session``.
    domain : str
        The domain whose scores to show.
    by : {"profession", "echelon"}
        What the groups are (for the title).
    instrument, lang, title, ax
        As in :func:`plot_domain_overview`.
    **kwargs
        Passed to ``Axes.barh``.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> by_prof = vk.build_mirror(store, 1).by_group["profession"]
    >>> ax = plot_group_scores(by_prof, domain="CLI")
    >>> len(ax.patches) > 0
    True
    """
    lang = checked_lang(lang)
    inst = instrument_or_default(instrument)
    df = check_frame(domain_scores, ["group", "domain", "pct"], "plot_group_scores")
    df = select_rows(df, "session", session, "plot_group_scores", "session")
    df = df[df["domain"] == domain]
    if "suppressed" in df:
        df = df[[not is_true(v) for v in df["suppressed"]]]
    df = df[df["pct"].notna()]
    with plot_context():
        if ax is None:
            ax = new_axes(8, 1.4 + 0.7 * max(len(df), 1))
        level_bands(inst, ax, axis="x", lang=lang)
        style = {"color": PALETTE["current"], "height": 0.6, "zorder": 2, **kwargs}
        labels = []
        for y, row in enumerate(df.to_dict("records")):
            value = float(row["pct"])
            ax.barh(y, value, **style)
            ax.text(value + 1, y, fmt_pct(value, lang=lang), va="center", ha="left", zorder=3)
            name = group_label(str(row["group"]), inst, lang)
            n = row.get("n")
            labels.append(name if n is None or pd.isna(n) else f"{name} (n = {int(n)})")
        ax.set_xlim(0, 100)
        ax.set_ylim(max(len(df), 1) - 0.5, -0.5)
        ax.set_yticks(range(len(labels)), labels)
        ax.set_xticks([lv.start for lv in inst.levels] + [100])
        ax.xaxis.set_major_formatter(tick_formatter(lang=lang, digits=1))
        ax.set_xlabel(t("pct_of_max_axis", lang))
        ax.spines["left"].set_visible(False)
        name = inst.domain(domain).name(lang)
        apply_title(ax, title, t(f"title_group_scores_{by}", lang, domain=name), band_lines=2)
        fix_ticks(ax)
    return ax
