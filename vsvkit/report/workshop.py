"""The workshop's part of the session report: discussion points, record and follow-up plan.

What the meeting talks about (the suggested discussion points of the
:class:`~vsvkit.mirror.Mirror`), what it recorded per domain (the store's workshop record:
agreed level, priority, notes) and what it decided to do (the follow-up plan), as HTML
strings. The report notebook calls them through :mod:`vsvkit.report.sections`, which
re-exports them.
"""

from __future__ import annotations

import html

import pandas as pd

from vsvkit import domain_view
from vsvkit.formatting import (
    DASH,
    discussion_label,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    html_table,
    level_text,
)
from vsvkit.i18n import Lang, t

__all__ = ["point_value", "discussion_html", "workshop_html", "plan_html"]

_esc = html.escape


# -- discussion points ----------------------------------------------------------------------
def point_value(mirror, point, lang: Lang) -> str:
    """A discussion point's figure as the report writes it ("score 36%", "consensus 0,53")."""
    if pd.isna(point.value):
        return DASH
    if point.kind == "low_score":
        value = fmt_pct(mirror.instrument.pct(point.value), lang=lang)
    elif point.kind == "low_agreement":
        value = fmt_number(point.value, lang=lang)
    elif point.kind == "dont_know":
        value = fmt_share(point.value, lang=lang)
    else:
        value = fmt_number(point.value, lang=lang)
    return t(f"value_{point.kind}", lang, value=value)


def discussion_html(mirror, lang: Lang) -> str:
    """The suggested discussion points with domain names and item texts."""
    points = mirror.discussion_points
    intro = f"<p>{_esc(t('discussion_intro', lang))}</p>"
    if not len(points):
        return intro + f"<p>{_esc(t('no_discussion_points', lang))}</p>"
    rows = []
    for p in points.itertuples(index=False):
        label = discussion_label(mirror.instrument, p, lang)
        kind, _, subject = label.partition(": ")
        rows.append((kind, subject, point_value(mirror, p, lang)))
    table = html_table(
        pd.DataFrame(rows),
        [t("point_kind", lang), t("point_subject", lang), t("point_value", lang)],
        css="vsv-points",
    )
    return intro + table


# -- workshop record and plan ---------------------------------------------------------------
def workshop_html(mirror, notes: pd.DataFrame, lang: Lang) -> str:
    """Per domain: measured level, the level the group agreed on, priority and notes."""
    inst = mirror.instrument
    recorded = notes[
        notes["notes"].fillna("").astype(str).str.strip().ne("")
        | notes["agreed_level"].notna()
        | notes["priority"].notna()
    ]
    if not len(recorded):
        return f"<p>{_esc(t('no_notes', lang))}</p>"
    scores = domain_view.shown_rows(mirror.domain_scores).set_index("domain")
    rows = []
    for r in recorded.to_dict("records"):
        domain = str(r["domain"])
        measured = (
            level_text(inst, scores.loc[domain, "level"], lang) if domain in scores.index else DASH
        )
        level, prio, notes_text = r["agreed_level"], r["priority"], r["notes"]
        agreed = DASH if pd.isna(level) else inst.level_label(int(level), lang)
        priority = DASH if pd.isna(prio) else t(f"priority_{int(prio)}", lang)
        text = "" if notes_text is None or pd.isna(notes_text) else str(notes_text)
        rows.append((inst.domain(domain).name(lang), measured, agreed, priority, text))
    return html_table(
        pd.DataFrame(rows),
        [
            t("domain", lang),
            t("measured_level", lang),
            t("agreed_level", lang),
            t("priority", lang),
            t("notes", lang),
        ],
        css="vsv-workshop",
    )


def plan_html(mirror, actions: pd.DataFrame, lang: Lang) -> str:
    """The follow-up plan: domain, what, why, who, when, measure, status ("" when empty)."""
    if not len(actions):
        return ""
    rows = []
    for a in actions.to_dict("records"):
        due = DASH if a["due"] is None or pd.isna(a["due"]) else fmt_date(a["due"], lang=lang)
        rows.append(
            (
                mirror.instrument.domain(str(a["domain"])).name(lang),
                a["what"] or "",
                a["why"] or "",
                a["who"] or "",
                due,
                a["measure"] or "",
                t(f"status_{a['status']}", lang),
            )
        )
    keys = [
        "domain",
        "plan_what",
        "plan_why",
        "plan_who",
        "plan_due",
        "plan_measure",
        "plan_status",
    ]
    return html_table(pd.DataFrame(rows), [t(k, lang) for k in keys], css="vsv-plan")
