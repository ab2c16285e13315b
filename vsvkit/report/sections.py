"""The contents of the session report, as HTML strings and figures, built from the core.

The report notebook (``notebooks/report.ipynb``) calls these functions, a few lines per
cell, and displays what they return; they compute no scores (everything comes from a
:class:`~vsvkit.mirror.Mirror`, the :class:`~vsvkit.comparison.Comparison` with the previous
session and the store's workshop record) and are tested directly. The comparison with the
previous session (:mod:`vsvkit.report.changes`) and the discussion points, workshop record
and plan (:mod:`vsvkit.report.workshop`) live in their own modules and are re-exported here,
so the notebook reads everything from one place.
Every group-level figure shown here comes from privacy-checked tables; suppressed groups
never appear, by name or by number.

Examples
--------
>>> from vsvkit.mirror import build_mirror
>>> mirror = build_mirror(store, 5, min_group_size=5)  # doctest: +SKIP
>>> html = summary_html(mirror, "nl")  # doctest: +SKIP
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd

from vsvkit import domain_view
from vsvkit.errors import ReportError
from vsvkit.formatting import (
    DASH,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    gap_text,
    level_text,
    response_table,
)
from vsvkit.i18n import Lang, t, wave_label
from vsvkit.report.changes import (
    change_detail_html,
    change_scores,
    change_table_html,
    wave_titles,
)
from vsvkit.report.figures import figure_html
from vsvkit.report.workshop import discussion_html, plan_html, point_value, workshop_html
from vsvkit.sessions import previous_session

__all__ = [
    "check_reportable",
    "figure_html",
    "heading_html",
    "domain_heading",
    "cover_html",
    "subtitle",
    "summary_html",
    "summary_table_html",
    "domain_table_html",
    "domain_notes_html",
    "domain_section_html",
    "domain_record_html",
    "discussion_html",
    "point_value",
    "workshop_html",
    "plan_html",
    "previous_session",
    "wave_titles",
    "change_scores",
    "change_table_html",
    "change_detail_html",
    "has_group_comparison",
]

_esc = html.escape


def heading_html(text: str, *, anchor: str, level: int = 2, new_page: bool = False) -> str:
    """A section heading with an id (so it is in the contents); ``new_page`` starts a page in
    print."""
    css = ' class="vsv-new-page"' if new_page else ""
    return f'<h{level} id="{_esc(anchor)}"{css}>{_esc(text)}</h{level}>'


def check_reportable(mirror) -> None:
    """Raise :class:`~vsvkit.errors.ReportError` when the session has nothing to report."""
    if mirror.n_respondents == 0:
        raise ReportError(key="report_no_respondents", id=mirror.session.id)


def _domain_name(mirror, code: str, lang: Lang) -> str:
    return mirror.instrument.domain(code).name(lang)


def _names(mirror, codes, lang: Lang) -> str:
    return ", ".join(_domain_name(mirror, c, lang) for c in codes)


# -- cover and summary --------------------------------------------------------------------
def subtitle(mirror, lang: Lang) -> str:
    """ "Nulmeting · 4 juni 2025": wave and date of the session."""
    session = mirror.session
    wave = wave_label(session.wave, lang)
    return f"{wave[:1].upper()}{wave[1:]} · {fmt_date(session.date, lang=lang)}"


def cover_html(mirror, lang: Lang) -> str:
    """Facts for the title page: VSV, date, wave, respondents, response by profession."""
    session = mirror.session
    facts = [
        (t("report_vsv", lang), session.vsv),
        (t("report_date", lang), fmt_date(session.date, lang=lang)),
        (t("report_wave", lang), wave_label(session.wave, lang)),
        (t("respondents", lang), fmt_count(mirror.n_respondents, lang=lang)),
        (t("min_group_size", lang), fmt_count(mirror.k, lang=lang)),
    ]
    rows = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in facts)
    return (
        f'<dl class="vsv-facts">{rows}</dl>'
        f'<div class="vsv-response"><h4>{_esc(t("response_by_profession", lang))}</h4>'
        f"{response_table(mirror, lang)}</div>"
    )


def _agreed(notes: pd.DataFrame | None) -> dict[str, int]:
    """Domain -> the level the group agreed on (only domains with one)."""
    if notes is None or not len(notes) or "agreed_level" not in notes:
        return {}
    rows = notes[notes["agreed_level"].notna()]
    return {str(d): int(v) for d, v in zip(rows["domain"], rows["agreed_level"])}


def _level(inst, pct, lang: Lang) -> str:
    """The level of a percent of maximum (the desired situation's), "–" when missing."""
    return DASH if pd.isna(pct) else level_text(inst, inst.level_of(float(pct)), lang)


def _grouped_table(top: list[tuple[str, int]], sub: list[str], rows, css: str, numeric) -> str:
    """An HTML table with a header row of column groups (text, span) over the column names;
    a group of span 1 names its one column (``sub`` holds "" there)."""
    num = ' class="num"'
    first, second, col = [], [], 0
    for text, span in top:
        if span == 1 and not sub[col]:
            attr = num if col in numeric else ""
            first.append(f'<th rowspan="2"{attr}>{_esc(text)}</th>')
        else:
            first.append(f'<th colspan="{span}" class="vsv-colgroup">{_esc(text)}</th>')
            for k in range(col, col + span):
                second.append(f"<th{num if k in numeric else ''}>{_esc(sub[k])}</th>")
        col += span
    body = "".join(
        "<tr>"
        + "".join(f"<td{num if i in numeric else ''}>{_esc(str(v))}</td>" for i, v in enumerate(r))
        + "</tr>"
        for r in rows
    )
    head = f"<tr>{''.join(first)}</tr>" + (f"<tr>{''.join(second)}</tr>" if second else "")
    return f"<table class='{css}'><thead>{head}</thead><tbody>{body}</tbody></table>"


def summary_table_html(
    mirror, lang: Lang, notes: pd.DataFrame | None = None, *, balanced: bool = True
) -> str:
    """Per domain the current situation (score, level) beside the desired one (score, level),
    the level the group agreed on (when one was) and, with ``balanced``, the score with
    professions weighted equally; a last row with the total integration score."""
    inst = mirror.instrument
    scores = domain_view.shown_rows(mirror.domain_scores).set_index("domain")
    desired = domain_view.has_desired(mirror)
    agreed = _agreed(notes)
    rows = []
    for code in inst.domain_codes:
        row = [inst.domain(code).name(lang)]
        if code not in scores.index:
            row += [DASH, t("too_few", lang)] + ([DASH, DASH] if desired else [])
        else:
            r = scores.loc[code]
            row += [fmt_pct(r["pct"], lang=lang), level_text(inst, r["level"], lang)]
            if desired:
                row += [fmt_pct(r["desired_pct"], lang=lang), _level(inst, r["desired_pct"], lang)]
        if agreed:
            row.append(inst.level_label(agreed[code], lang) if code in agreed else DASH)
        if balanced:
            mean = scores.loc[code, "balanced_mean"] if code in scores.index else np.nan
            row.append(fmt_pct(inst.pct(mean), lang=lang) if not pd.isna(mean) else DASH)
        rows.append(row)
    total = mirror.total.iloc[0]
    row = [t("total_score", lang), fmt_pct(total["pct"], lang=lang)]
    row += [level_text(inst, total["level"], lang)] + ([DASH, DASH] if desired else [])
    rows.append(row + ([DASH] if agreed else []) + ([DASH] if balanced else []))
    top = [(t("domain", lang), 1), (t("current", lang), 2)]
    sub = ["", t("report_score", lang), t("level", lang)]
    if desired:
        top.append((t("desired", lang), 2))
        sub += [t("report_score", lang), t("level", lang)]
    if agreed:
        top.append((t("agreed_level", lang), 1))
        sub.append("")
    if balanced:
        top.append((t("balanced_score", lang), 1))
        sub.append("")
    numeric = {1} | ({len(sub) - 1} if balanced else set()) | ({3} if desired else set())
    return _grouped_table(top, sub, rows, "vsv-summary", numeric)


def summary_html(mirror, lang: Lang, notes: pd.DataFrame | None = None) -> str:
    """The six domains, current beside desired (:func:`summary_table_html`), the total score,
    strongest/weakest and least agreement."""
    inst = mirror.instrument
    scores = domain_view.shown_rows(mirror.domain_scores).set_index("domain")
    total = mirror.total.iloc[0]
    table = summary_table_html(mirror, lang, notes)
    table += domain_view.balanced_note_html(lang)
    lines = []
    if not pd.isna(total["pct"]):
        lines.append(
            t(
                "summary_total",
                lang,
                pct=fmt_pct(total["pct"], lang=lang),
                level=level_text(inst, total["level"], lang),
            )
        )
    pct = scores["pct"].dropna()
    if len(pct):
        top = pct[pct.round() == pct.round().max()].index
        low = pct[pct.round() == pct.round().min()].index
        lines.append(t("summary_strongest", lang, domains=_names(mirror, top, lang)))
        lines.append(t("summary_weakest", lang, domains=_names(mirror, low, lang)))
    consensus = scores["consensus"].dropna()
    if len(consensus):
        least = consensus[consensus.round(2) == consensus.round(2).min()].index
        lines.append(t("summary_least_agreement", lang, domains=_names(mirror, least, lang)))
    split = scores.index[scores["split"].fillna(False).astype(bool)]
    if len(split):
        lines.append(t("summary_split", lang, domains=_names(mirror, split, lang)))
    text = "".join(f"<li>{_esc(line)}</li>" for line in lines)
    return f'{table}<ul class="vsv-summary-points">{text}</ul>'


# -- per domain -----------------------------------------------------------------------------
def domain_heading(mirror, domain: str, lang: Lang) -> str:
    """The ``<h3>`` of a domain section (in the contents; a new page in print, except the first)."""
    first = domain == mirror.instrument.domain_codes[0]
    css = "vsv-domain" if first else "vsv-domain vsv-domain-next"
    name = _esc(_domain_name(mirror, domain, lang))
    return f'<h3 id="domain-{_esc(domain)}" class="{css}">{name}</h3>'


def domain_table_html(mirror, domain: str, lang: Lang, notes: pd.DataFrame | None = None) -> str:
    """Score %, level (or "geen overeenstemming"), the desired situation (score, level) when it
    was asked, the agreed level when there is one, n, consensus and "weet niet" of a domain."""
    inst = mirror.instrument
    scores = domain_view.shown_rows(mirror.domain_scores)
    scores = scores[scores["domain"] == domain]
    desired = domain_view.has_desired(mirror)
    agreed = _agreed(notes)
    top = [(t("current", lang), 2)]
    sub = [t("report_score", lang), t("level", lang)]
    if desired:
        top.append((t("desired", lang), 2))
        sub += [t("report_score", lang), t("level", lang)]
    if agreed:
        top.append((t("agreed_level", lang), 1))
        sub.append("")
    top += [("n", 1), (t("consensus", lang), 1), (t("dont_know_share", lang), 1)]
    sub += ["", "", ""]
    if not len(scores):
        values = [DASH, t("too_few", lang)] + [DASH] * (len(sub) - 2)
    else:
        row = scores.iloc[0]
        values = [fmt_pct(row["pct"], lang=lang), level_text(inst, row["level"], lang)]
        if desired:
            values += [
                fmt_pct(row["desired_pct"], lang=lang),
                _level(inst, row["desired_pct"], lang),
            ]
        if agreed:
            values.append(inst.level_label(agreed[domain], lang) if domain in agreed else DASH)
        values += [
            fmt_count(row["n"], lang=lang),
            fmt_number(row["consensus"], lang=lang),
            fmt_share(row["dont_know"], lang=lang),
        ]
    n = len(sub)
    numeric = {0, n - 3, n - 2, n - 1} | ({2} if desired else set())
    return _grouped_table(top, sub, [values], "vsv-figures", numeric)


def domain_notes_html(mirror, domain: str, lang: Lang) -> str:
    """ "Weet niet", split items, why the domain's consensus exceeds its statements' (when it
    does), differences between shown groups and the remarks of a domain."""
    inst = mirror.instrument
    parts = []
    scores = domain_view.shown_rows(mirror.domain_scores)
    row = scores[scores["domain"] == domain]
    items = domain_view.shown_rows(mirror.item_scores)
    items = items[items["domain"] == domain]
    if len(row) and len(items) and items["dont_know"].notna().any():
        worst = items.iloc[int(np.nanargmax(items["dont_know"].to_numpy(dtype=float)))]
        if worst["dont_know"] > 0:
            parts.append(
                "<p>"
                + _esc(
                    t(
                        "dont_know_line",
                        lang,
                        share=fmt_share(row.iloc[0]["dont_know"], lang=lang),
                        item=f"{worst['item']} ({inst.item(worst['item']).text(lang)})",
                        item_share=fmt_share(worst["dont_know"], lang=lang),
                    )
                )
                + "</p>"
            )
    split = items.loc[items["split"].fillna(False).astype(bool), "item"]
    if len(split):
        parts.append(f"<p>{_esc(t('split_items', lang, items=', '.join(split)))}</p>")
    parts.append(domain_view.consensus_note_html(mirror, domain, lang))
    parts.append(gap_text(mirror, domain, lang, heading="h4"))
    remarks = mirror.remarks[mirror.remarks["domain"] == domain]["text"]
    if len(remarks):
        lis = "".join(f"<li>{_esc(str(r))}</li>" for r in remarks)
        parts.append(f'<h4>{_esc(t("remarks", lang))}</h4><ul class="vsv-remarks">{lis}</ul>')
    return "".join(parts)


def domain_record_html(mirror, domain: str, notes: pd.DataFrame | None, lang: Lang) -> str:
    """What the meeting recorded for a domain: the agreed level, the priority and the notes
    ("" when nothing was recorded)."""
    if notes is None or not len(notes):
        return ""
    rows = notes[notes["domain"] == domain]
    if not len(rows):
        return ""
    row = rows.iloc[0]
    facts = []
    if not pd.isna(row["agreed_level"]):
        level = mirror.instrument.level_label(int(row["agreed_level"]), lang)
        facts.append(f"{t('agreed_level', lang)}: {level}")
    if not pd.isna(row["priority"]):
        priority = t(f"priority_{int(row['priority'])}", lang)
        facts.append(f"{t('priority', lang)}: {priority}")
    text = "" if row["notes"] is None or pd.isna(row["notes"]) else str(row["notes"]).strip()
    if not facts and not text:
        return ""
    line = " · ".join(facts)
    line = line[:1].upper() + line[1:]
    body = "<br>".join(_esc(part) for part in (line, text) if part)
    return f'<h4>{_esc(t("report_workshop", lang))}</h4><p class="vsv-record">{body}</p>'


def domain_section_html(
    mirror,
    domain: str,
    lang: Lang,
    *,
    figure: str = "",
    notes: pd.DataFrame | None = None,
    votes: str = "",
) -> str:
    """A domain's part of the report in one block (kept on one page in print): heading,
    figures table, ``figure`` (the answers per statement), the notes with the remarks,
    ``votes`` (the room's votes, :func:`vsvkit.report.votes.domain_votes_html`) and what the
    meeting recorded (:func:`domain_record_html`)."""
    return (
        f'<section class="vsv-domain-page">{domain_heading(mirror, domain, lang)}'
        f"{domain_table_html(mirror, domain, lang, notes)}{figure}"
        f"{domain_notes_html(mirror, domain, lang)}{votes}"
        f"{domain_record_html(mirror, domain, notes, lang)}</section>"
    )


def has_group_comparison(mirror, grouping: str = "profession") -> bool:
    """True when at least two groups may be shown side by side."""
    return domain_view.shown_rows(mirror.by_group[grouping])["group"].nunique() >= 2
