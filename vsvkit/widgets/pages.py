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

from .. import plots
from ..formatting import discussion_label, fmt_pct, gap_text, level_text, response_table
from ..i18n import t
from ..mirror import Mirror

__all__ = ["overview_page", "domain_page", "discussion_page", "change_page", "fmt_pct"]


def _level_text(mirror: Mirror, level, lang: str) -> str:
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


def overview_page(mirror: Mirror, *, lang: str, render: Callable, agreed: dict, kind: str = "bar"):
    """Overview: total score, the six domains and their levels, response by profession."""
    inst = mirror.instrument
    total = mirror.total.iloc[0]
    cards = _card(
        t("total_score", lang), fmt_pct(total["pct"]), _level_text(mirror, total["level"], lang)
    )
    cards += _card(t("respondents", lang), str(mirror.n_respondents))
    cards += _card(t("min_group_size", lang), str(mirror.k))
    has_desired = (
        "desired_pct" in mirror.domain_scores and mirror.domain_scores["desired_pct"].notna().any()
    )
    overview = render(
        ("overview", kind),
        lambda: plots.plot_domain_overview(
            mirror.domain_scores, kind=kind, desired=has_desired, instrument=inst, lang=lang
        ),
    )
    continuum = render(
        ("continuum", tuple(sorted(agreed.items()))),
        lambda: plots.plot_continuum(
            mirror.domain_scores, agreed=agreed, instrument=inst, lang=lang
        ),
    )
    parts = [W.HTML(f"<div class='vsvkit-cards'>{cards}</div>"), overview, continuum]
    by_prof = mirror.by_group["profession"]
    if (~by_prof["suppressed"]).sum() >= 2:
        parts.append(
            render(
                ("heatmap", "profession"),
                lambda: plots.plot_group_heatmap(by_prof, instrument=inst, lang=lang),
            )
        )
    parts.append(
        W.HTML(f"<h3>{t('response_by_profession', lang)}</h3>" + response_table(mirror, lang))
    )
    return W.VBox(parts)


def domain_page(
    mirror: Mirror, domain: str, *, lang: str, render: Callable, notes_widget=None, extra=()
):
    """One domain: answers per item, agreement, differences between groups, remarks, notes."""
    inst = mirror.instrument
    row = _domain_row(mirror, domain)
    consensus = "–" if pd.isna(row["consensus"]) else f"{row['consensus']:.2f}"
    cards = (
        _card(t("pct_of_max", lang), fmt_pct(row["pct"]), _level_text(mirror, row["level"], lang))
        + _card(t("consensus", lang), consensus, t("split", lang) if bool(row["split"]) else "")
        + _card(
            t("dont_know", lang),
            fmt_pct(100 * row["dont_know"]) if pd.notna(row["dont_know"]) else "–",
        )
        + _card(t("respondents", lang), "–" if pd.isna(row["n"]) else str(int(row["n"])))
    )
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


def discussion_page(mirror: Mirror, *, lang: str, goto: Callable[[str], None]):
    """The ranked discussion points, each with a button to its domain page."""
    inst = mirror.instrument
    rows = []
    for p in mirror.discussion_points.itertuples(index=False):
        label = discussion_label(inst, p, lang)
        button = W.Button(description=t("go_to_domain", lang), layout=W.Layout(width="auto"))
        button.add_class("vsvkit-goto")
        button.on_click(lambda _b, d=p.domain: goto(d))
        rows.append(
            W.HBox([W.HTML(f"<span class='vsvkit-point'>{html.escape(label)}</span>"), button])
        )
    if not rows:
        rows = [W.HTML(f"<p>{t('no_discussion_points', lang)}</p>")]
    return W.VBox([W.HTML(f"<p>{t('discussion_intro', lang)}</p>"), *rows])


def change_page(scores: pd.DataFrame, *, instrument, lang: str, render: Callable):
    """Baseline against follow-up per domain (``scores`` has a ``wave`` column)."""
    chart = render(("change",), lambda: plots.plot_change(scores, instrument=instrument, lang=lang))
    return W.VBox([W.HTML(f"<p>{t('change_intro', lang)}</p>"), chart])
