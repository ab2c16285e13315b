"""The pages of the workshop app, built from a :class:`~vsvkit.mirror.Mirror`.

Each function returns a widget for one page. Pages format and draw what the core computed;
they compute no scores. ``render(key, draw)`` turns a plot call into a chart widget and
caches it, so stepping back to a page or switching a filter back is instant.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as W
import pandas as pd

from vsvkit import domain_view, plots
from vsvkit.change import SMALL_SAMPLE
from vsvkit.comparison import WAVES, Comparison
from vsvkit.formatting import (
    change_html,
    discussion_label,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    gap_text,
    level_text,
    participation_html,
    response_table,
    shared_statements_note,
)
from vsvkit.i18n import Lang, t, wave_label
from vsvkit.mirror import Mirror

__all__ = [
    "overview_charts",
    "overview_page",
    "domain_page",
    "discussion_page",
    "change_page",
    "comparison_page",
    "fmt_pct",
]


def _level_text(mirror: Mirror, level, lang: Lang) -> str:
    return level_text(mirror.instrument, level, lang)


def _card(label: str, value: str, extra: str = "") -> str:
    return (
        f"<div class='vsvkit-card'><div class='vsvkit-card-label'>{html.escape(label)}</div>"
        f"<div class='vsvkit-card-value'>{html.escape(value)}</div>"
        f"<div class='vsvkit-card-extra'>{html.escape(extra)}</div></div>"
    )


def _domain_row(mirror: Mirror, domain: str) -> pd.Series:
    scores = mirror.domain_scores
    return scores[scores["domain"] == domain].iloc[0]


def overview_charts(mirror: Mirror, *, lang: Lang, agreed: dict, kind: str = "bar") -> list:
    """The overview's charts as ``(cache key, draw)`` pairs: domain overview, continuum and,
    when at least two professions may be shown, the profession heatmap."""
    inst = mirror.instrument
    scores = mirror.domain_scores
    has_desired = "desired_pct" in scores and bool(scores["desired_pct"].notna().any())
    charts = [
        (
            ("overview", kind),
            lambda: plots.plot_domain_overview(
                scores, kind=kind, desired=has_desired, instrument=inst, lang=lang
            ),
        ),
        (
            ("continuum", tuple(sorted(agreed.items()))),
            lambda: plots.plot_continuum(scores, agreed=agreed, instrument=inst, lang=lang),
        ),
    ]
    by_prof = mirror.by_group["profession"]
    if (~by_prof["suppressed"]).sum() >= 2:
        charts.append(
            (
                ("heatmap", "profession"),
                lambda: plots.plot_group_heatmap(by_prof, instrument=inst, lang=lang),
            )
        )
    return charts


def overview_page(mirror: Mirror, *, lang: Lang, render: Callable, agreed: dict, kind: str = "bar"):
    """Overview: total score, the six domains and their levels, a table of current, balanced
    and desired score per domain, response by profession."""
    total = mirror.total.iloc[0]
    cards = _card(
        t("total_score", lang),
        fmt_pct(total["pct"], lang=lang),
        _level_text(mirror, total["level"], lang),
    )
    cards += _card(t("respondents", lang), fmt_count(mirror.n_respondents, lang=lang))
    cards += _card(t("min_group_size", lang), fmt_count(mirror.k, lang=lang))
    charts = [
        render(key, draw)
        for key, draw in overview_charts(mirror, lang=lang, agreed=agreed, kind=kind)
    ]
    parts = [W.HTML(f"<div class='vsvkit-cards'>{cards}</div>"), *charts]
    scores = domain_view.scores_table_html(mirror, lang, css="vsvkit-table vsvkit-scores")
    parts.append(
        W.HTML(
            f"<h3>{t('title_domain_overview', lang)}</h3>"
            + scores
            + domain_view.balanced_note_html(lang)
        )
    )
    parts.append(
        W.HTML(f"<h3>{t('response_by_profession', lang)}</h3>" + response_table(mirror, lang))
    )
    return W.VBox(parts)


def domain_page(
    mirror: Mirror, domain: str, *, lang: Lang, render: Callable, notes_widget=None, extra=()
):
    """One domain: score, desired situation, answers per item, agreement (and why the domain's
    consensus exceeds its statements', when it does), differences between groups, remarks,
    notes."""
    inst = mirror.instrument
    row = _domain_row(mirror, domain)
    consensus = fmt_number(row["consensus"], lang=lang)
    cards = (
        _card(
            t("pct_of_max", lang),
            fmt_pct(row["pct"], lang=lang),
            _level_text(mirror, row["level"], lang),
        )
        + _card(t("consensus", lang), consensus, t("split", lang) if bool(row["split"]) else "")
        + _card(t("dont_know", lang), fmt_share(row["dont_know"], lang=lang))
        + _card(t("respondents", lang), fmt_count(row["n"], lang=lang))
    )
    if domain_view.has_desired(mirror):
        cards += _card(t("desired", lang), fmt_pct(row["desired_pct"], lang=lang))
    parts = [W.HTML(f"<div class='vsvkit-cards'>{cards}</div>")]
    parts.append(
        render(
            ("items", domain),
            lambda: plots.plot_item_distribution(
                mirror.item_distribution, domain=domain, instrument=inst, lang=lang
            ),
        )
    )
    items = mirror.item_scores[mirror.item_scores["domain"] == domain]
    parts.append(
        render(
            ("agreement", domain), lambda: plots.plot_agreement(items, instrument=inst, lang=lang)
        )
    )
    note = domain_view.consensus_note_html(mirror, domain, lang)
    if note:
        parts.append(W.HTML(note))
    parts.append(W.HTML(gap_text(mirror, domain, lang)))
    remarks = mirror.remarks[mirror.remarks["domain"] == domain]["text"]
    if len(remarks):
        items_html = "".join(f"<li>{html.escape(str(r))}</li>" for r in remarks)
        parts.append(
            W.HTML(f"<h3>{t('remarks', lang)}</h3><ul class='vsvkit-remarks'>{items_html}</ul>")
        )
    parts.extend(extra)
    if notes_widget is not None:
        parts.append(notes_widget)
    return W.VBox(parts)


def discussion_page(mirror: Mirror, *, lang: Lang, goto: Callable[[str], None]):
    """The ranked discussion points, each with a button to its domain page."""
    inst = mirror.instrument
    rows = []
    for p in mirror.discussion_points.itertuples(index=False):
        label = discussion_label(inst, p, lang)
        button = W.Button(description=t("go_to_domain", lang), layout=W.Layout(width="auto"))
        button.add_class("vsvkit-goto")
        button.on_click(lambda _b, d=p.domain: goto(d))
        rows.append(
            W.HBox([button, W.HTML(f"<span class='vsvkit-point'>{html.escape(label)}</span>")])
        )
    if not rows:
        rows = [W.HTML(f"<p>{t('no_discussion_points', lang)}</p>")]
    return W.VBox([W.HTML(f"<p>{t('discussion_intro', lang)}</p>"), *rows])


def change_page(
    scores: pd.DataFrame,
    *,
    instrument,
    lang: Lang,
    render: Callable,
    change: pd.DataFrame | None = None,
    participation: pd.DataFrame | None = None,
    k: int | None = None,
    n_boot: int = 2000,
    min_n: int = SMALL_SAMPLE,
    waves: tuple[str, str] | None = None,
):
    """Baseline against follow-up per domain (``scores`` has a ``wave`` column; ``waves``
    names its two values in order, by default baseline first).

    With ``change`` (:func:`vsvkit.change.domain_change`) a table of the change per domain with
    its bootstrap interval follows the chart; a small sample shows "kleine groep — voorzichtig
    interpreteren" instead of the interval. With ``participation``
    (:func:`vsvkit.change.participation`) the professions of each wave follow, suppressed
    groups by name only.
    """
    chart = render(
        ("change",),
        lambda: plots.plot_change(scores, waves=waves, instrument=instrument, lang=lang),
    )
    parts = [W.HTML(f"<p>{t('change_intro', lang)}</p>"), chart]
    if change is not None:
        parts.append(W.HTML(change_html(change, instrument, lang, n_boot=n_boot, min_n=min_n)))
    if participation is not None:
        k = instrument.effective_min_group_size(k)
        parts.append(W.HTML(participation_html(participation, instrument, lang, k)))
    return W.VBox(parts)


def wave_names(comparison: Comparison, lang: Lang) -> tuple[str, str]:
    """The legend names of the two waves: "nulmeting", "vervolgmeting" (with the dates when
    both sessions are the same kind of measurement)."""
    names = tuple(wave_label(s.wave, lang) for s in (comparison.previous, comparison.session))
    if names[0] == names[1]:
        dates = (fmt_date(s.date, lang=lang) for s in (comparison.previous, comparison.session))
        names = tuple(f"{n} {d}" for n, d in zip(names, dates))
    return names[0], names[1]


def comparison_page(comparison: Comparison, *, lang: Lang, render: Callable):
    """The session against the previous one (:func:`vsvkit.comparison.compare_sessions`): the
    chart of both waves, the change per domain with its interval, who took part in each wave.

    Everything shown is read from ``comparison`` (one minimum group size, ``comparison.k``).
    """
    names = wave_names(comparison, lang)
    scores = comparison.scores.assign(wave=comparison.scores["wave"].map(dict(zip(WAVES, names))))
    page = change_page(
        scores,
        instrument=comparison.instrument,
        lang=lang,
        render=render,
        change=comparison.change,
        participation=comparison.participation,
        k=comparison.k,
        n_boot=comparison.n_boot,
        min_n=comparison.min_n,
        waves=names,
    )
    if comparison.shared_only:  # answered with different questionnaires: say on what
        note = shared_statements_note(comparison.statements_compared, comparison.versions, lang)
        shared = W.HTML(f"<p class='vsvkit-note vsvkit-shared-note'>{html.escape(note)}</p>")
        page.children = (page.children[0], shared, *page.children[1:])
    return page
