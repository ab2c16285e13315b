"""Formatting shared by the workshop app and the session report: numbers, levels, tables.

Pure functions from core results (a :class:`~vsvkit.mirror.Mirror`, score tables) to
strings users see. No widgets, no plotting: both ``vsvkit.widgets`` and the report
(:mod:`vsvkit.report_sections`) import from here, so the app and the report say the same
thing in the same way.

Examples
--------
>>> fmt_pct(42.5)
'42%'
>>> fmt_pct(float("nan"))
'–'
>>> fmt_date("2025-06-04", "nl")
'4 juni 2025'
"""

from __future__ import annotations

import html
from datetime import date as Date

import pandas as pd

from .i18n import group_label, t

__all__ = [
    "DASH",
    "fmt_pct",
    "fmt_share",
    "fmt_number",
    "fmt_date",
    "level_text",
    "html_table",
    "response_table",
    "gap_text",
    "discussion_label",
]

#: What an unknown or hidden figure reads.
DASH = "–"


def _missing(value) -> bool:
    return value is None or bool(pd.isna(value))


def fmt_pct(value) -> str:
    """A 0..100 figure as a whole percent (``"42%"``); ``"–"`` when missing.

    Rounding is Python's ``format`` (round half to even), the same everywhere it is shown.
    """
    return DASH if _missing(value) else f"{value:.0f}%"


def fmt_share(value) -> str:
    """A 0..1 share as a whole percent (``0.235 -> "24%"``); ``"–"`` when missing."""
    return DASH if _missing(value) else fmt_pct(100 * float(value))


def fmt_number(value, digits: int = 2) -> str:
    """A number with ``digits`` decimals (``"0.76"``); whole numbers for ``digits=0``."""
    if _missing(value):
        return DASH
    return f"{float(value):.{digits}f}"


def fmt_date(value, lang: str = "nl") -> str:
    """A date as users read it: "4 juni 2025" / "4 June 2025" (ISO string or date)."""
    if _missing(value):
        return DASH
    day = Date.fromisoformat(value) if isinstance(value, str) else value
    month = t("month_names", lang).split()[day.month - 1]
    return f"{day.day} {month} {day.year}"


def level_text(instrument, level, lang: str) -> str:
    """The level's name, or "geen overeenstemming" when there is none (split domain)."""
    if _missing(level):
        return t("no_agreement", lang)
    return instrument.level_label(int(level), lang)


def html_table(
    frame: pd.DataFrame,
    headers: list[str],
    css: str = "vsvkit-table",
    numeric: tuple[int, ...] = (),
) -> str:
    """An HTML table of ``frame``'s rows (values escaped); ``numeric`` columns right-aligned."""
    num = ' class="num"'
    head = "".join(
        f"<th{num if i in numeric else ''}>{html.escape(h)}</th>" for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{num if i in numeric else ''}>{html.escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return f"<table class='{css}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def response_table(mirror, lang: str, grouping: str = "profession") -> str:
    """Respondents per shown group (suppressed groups merged or left out), with a note."""
    counts = mirror.response_counts(grouping)
    counts = counts.assign(group=[group_label(g, mirror.instrument, lang) for g in counts["group"]])
    hidden = int(mirror.group_sizes[grouping]["shown_as"].isna().sum())
    merged = int(mirror.group_sizes[grouping]["suppressed"].sum())
    note = (
        f"<p class='vsvkit-note'>{html.escape(t('groups_hidden', lang, k=mirror.k))}</p>"
        if hidden or merged
        else ""
    )
    return html_table(counts, [t(grouping, lang), t("respondents", lang)], numeric=(1,)) + note


def gap_text(mirror, domain: str, lang: str, heading: str = "h3") -> str:
    """Largest difference between shown groups (profession, echelon) in one domain, as HTML."""
    lines = []
    for grouping in ("profession", "echelon"):
        gaps = mirror.gaps[grouping]
        gaps = gaps[gaps["domain"] == domain]
        if not len(gaps) or pd.isna(gaps["gap"].iloc[0]):
            continue
        g = gaps.iloc[0]
        text = t(
            "gap_line",
            lang,
            by=t(grouping, lang),
            high=group_label(g["max_group"], mirror.instrument, lang),
            high_mean=f"{g['max_mean']:.1f}",
            low=group_label(g["min_group"], mirror.instrument, lang),
            low_mean=f"{g['min_mean']:.1f}",
            gap=f"{g['gap']:.2f}",
        )
        flag = (
            f" <b>{html.escape(t('discussion_point', lang))}</b>" if bool(g["discussion"]) else ""
        )
        lines.append(f"<li>{html.escape(text)}{flag}</li>")
    if not lines:
        note = html.escape(t("no_group_comparison", lang, k=mirror.k))
        return f"<p class='vsvkit-note'>{note}</p>"
    title = f"<{heading}>{html.escape(t('group_differences', lang))}</{heading}>"
    return f"{title}<ul>{''.join(lines)}</ul>"


def discussion_label(instrument, point, lang: str) -> str:
    """One discussion point as text: kind, domain name and, for an item, its code and text."""
    item = (
        "" if _missing(point.item) else f" – {point.item}: {instrument.item(point.item).text(lang)}"
    )
    return f"{t('point_' + point.kind, lang)}: {instrument.domain(point.domain).name(lang)}{item}"
