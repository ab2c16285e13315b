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
    "change_html",
    "participation_html",
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
    not_shown = bool((mirror.groups[grouping]["status"] != "shown").any())
    note = (
        f"<p class='vsvkit-note'>{html.escape(t('groups_hidden', lang, k=mirror.k))}</p>"
        if not_shown
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


def _signed(value) -> str:
    return DASH if _missing(value) else f"{value:+.0f}"


def change_html(change: pd.DataFrame, instrument, lang: str, *, n_boot: int = 2000) -> str:
    """The change per domain (:func:`vsvkit.change.domain_change`) with its bootstrap interval.

    A small sample reads "kleine groep — voorzichtig interpreteren" instead of an interval; a
    wave below the minimum group size reads "te weinig deelnemers".
    """
    from .change import SMALL_SAMPLE

    rows = []
    for r in change.itertuples(index=False):
        if r.suppressed:
            interval = t("too_few", lang)
        elif r.small_sample:
            interval = t("small_sample_note", lang)
        else:
            interval = f"{_signed(r.ci_low)} … {_signed(r.ci_high)}"
        rows.append(
            (
                instrument.domain(r.domain).name(lang),
                fmt_pct(r.before_pct),
                fmt_pct(r.after_pct),
                _signed(r.change),
                interval,
            )
        )
    headers = [
        t(h, lang) for h in ("domain", "col_before", "col_after", "col_change", "col_interval")
    ]
    note = html.escape(t("change_interval_help", lang, b=n_boot, n=SMALL_SAMPLE))
    return (
        f"<h3>{t('change_table_title', lang)}</h3>"
        + html_table(
            pd.DataFrame(rows), headers, css="vsvkit-table vsvkit-change-table", numeric=(1, 2, 3)
        )
        + f"<p class='vsvkit-note'>{note}</p>"
    )


def participation_html(participation: pd.DataFrame, instrument, lang: str, k: int) -> str:
    """Who took part in each wave (:func:`vsvkit.change.participation`).

    Only groups shown in a wave get a row with their number; professions below the minimum
    group size are not named (a note says that they exist), as everywhere else.
    """
    shown = participation[~participation["suppressed"]]
    groups = list(dict.fromkeys(shown["group"]))
    cells = {(r.group, r.wave): str(int(r.n)) for r in shown.itertuples(index=False)}
    rows = [
        (
            group_label(g, instrument, lang),
            cells.get((g, "before"), DASH),
            cells.get((g, "after"), DASH),
        )
        for g in groups
    ]
    headers = [t("profession", lang), t("col_before", lang), t("col_after", lang)]
    note = (
        f"<p class='vsvkit-note'>{html.escape(t('groups_hidden', lang, k=k))}</p>"
        if participation["suppressed"].any()
        else ""
    )
    return (
        f"<h3>{t('participation_title', lang)}</h3>"
        + html_table(
            pd.DataFrame(rows), headers, css="vsvkit-table vsvkit-participation", numeric=(1, 2)
        )
        + note
    )
