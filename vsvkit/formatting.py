"""Figures and dates in the user's language, and the HTML pieces the app and the report share.

Every number, percentage and date a user sees (app, report, charts, CLI tables) is written by
the functions here, built on Babel (the CLDR locale data): Dutch ``"0,84"``, ``"74,5%"``,
``"7 oktober 2026"``; English ``"0.84"``, ``"74.5%"``, ``"7 October 2026"``. A missing or hidden
figure reads ``"–"`` (:data:`DASH`). Charts use :func:`tick_formatter`, a matplotlib
``FuncFormatter`` built from the same functions. No widgets, no plotting: both
``vsvkit.widgets`` and the report (:mod:`vsvkit.report.sections`) import from here, so the
app and the report say the same thing in the same way.

Notes
-----
Locales: ``nl`` is ``nl_NL``; ``en`` is ``en_GB``, because the English texts are British
("organisational") and because en_GB writes the date day-month-year like the Dutch one
("7 October 2026"; en_US would write "October 7, 2026"). Both write percentages without a space
("74,5%"), the minus as "-" and group thousands ("1.234" / "1,234").

Rounding is half to even on the number as Python prints it (``repr``), so 74.99999999999997 shows
as 75 and 0.125 as 0.12; a figure that rounds to zero never shows a sign ("0", not "-0").

Machine formats keep raw numbers: ``vsvkit scores --format json`` and ``--format csv``, the
XLSX workbooks (region, plan: numbers and dates stay numbers and dates, so Excel shows them in
the user's own locale and can compute with them) and the plan's CSV (text columns; its due dates
in ISO 8601, which Excel reads in every locale). Texts inside those files (such as the reason of
a suggested action) are written in the chosen language like everything else.

Examples
--------
>>> fmt_number(0.8449, lang="nl")
'0,84'
>>> fmt_pct(74.5, lang="en", digits=1)
'74.5%'
>>> fmt_share(0.235, lang="nl")
'24%'
>>> fmt_number(float("nan"), lang="nl")
'–'
>>> fmt_date("2026-10-07", lang="nl")
'7 oktober 2026'
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from datetime import date as Date
from datetime import datetime as DateTime
from decimal import ROUND_HALF_EVEN, Decimal

import pandas as pd
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent

from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.instrument import Instrument
from vsvkit.privacy.codes import MERGED_ECHELON, MERGED_GROUP

__all__ = [
    "group_label",
    "DASH",
    "LOCALES",
    "fmt_number",
    "fmt_count",
    "fmt_pct",
    "fmt_share",
    "fmt_date",
    "fmt_list",
    "tick_formatter",
    "format_table",
    "level_text",
    "html_table",
    "response_table",
    "gap_text",
    "discussion_label",
    "change_html",
    "participation_html",
    "shared_statements_note",
]

#: What an unknown or hidden figure reads.
DASH = "–"
#: The Babel locale of each language (see Notes).
LOCALES: dict[str, str] = {"nl": "nl_NL", "en": "en_GB"}


def _missing(value) -> bool:
    if value is None or bool(pd.isna(value)):
        return True
    return isinstance(value, float) and math.isinf(value)


def _locale(lang: Lang) -> str:
    return LOCALES[check_language(lang)]


def _rounded(value, digits: int) -> Decimal:
    """``value`` rounded half to even to ``digits`` decimals; a rounded zero has no sign."""
    if digits < 0:
        raise ValueError(f"digits must be 0 or more, got {digits}")
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    rounded = exact.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    return Decimal(0) if rounded == 0 else rounded


def _pattern(digits: int, trim: bool, signed: bool, suffix: str = "") -> str:
    """A CLDR number pattern: grouping, ``digits`` decimals (optional ones when ``trim``)."""
    body = "#,##0" + ("." + ("#" if trim else "0") * digits if digits else "") + suffix
    return f"+{body};-{body}" if signed else body


def fmt_number(
    value, *, lang: Lang, digits: int = 2, trim: bool = False, signed: bool = False
) -> str:
    """A number with ``digits`` decimals in the user's language; ``"–"`` when missing.

    Parameters
    ----------
    value : float, int or Decimal
    lang : {"nl", "en"}
    digits : int
        Decimals shown (rounded half to even).
    trim : bool
        Leave out trailing zero decimals (``0.5`` with two digits reads ``"0,5"``, 25 ``"25"``).
    signed : bool
        Write a ``+`` before a positive number (a change); zero has no sign.

    Examples
    --------
    >>> fmt_number(-1234.5, lang="nl", digits=1), fmt_number(-1234.5, lang="en", digits=1)
    ('-1.234,5', '-1,234.5')
    >>> fmt_number(15, lang="nl", digits=0, signed=True)
    '+15'
    """
    if _missing(value):
        return DASH
    number = _rounded(value, digits)
    pattern = _pattern(digits, trim, signed and number != 0)
    return format_decimal(number, format=pattern, locale=_locale(lang))


def fmt_count(value, *, lang: Lang) -> str:
    """A count (respondents, VSVs) as a whole number: ``"1.234"`` / ``"1,234"``."""
    return fmt_number(value, lang=lang, digits=0)


def fmt_pct(value, *, lang: Lang, digits: int = 0, trim: bool = False, signed: bool = False) -> str:
    """A figure on the 0..100 scale as a percentage (``74.5 -> "74,5%"`` with one digit).

    Whole percentages by default; ``"–"`` when missing. ``trim`` and ``signed`` as in
    :func:`fmt_number`.
    """
    if _missing(value):
        return DASH
    number = _rounded(value, digits)
    pattern = _pattern(digits, trim, signed and number != 0, "%")
    return format_percent(number.scaleb(-2), format=pattern, locale=_locale(lang))


def fmt_share(value, *, lang: Lang, digits: int = 0, trim: bool = False) -> str:
    """A 0..1 share as a percentage (``0.235 -> "24%"``); ``"–"`` when missing."""
    if _missing(value):
        return DASH
    return fmt_pct(Decimal(repr(float(value))).scaleb(2), lang=lang, digits=digits, trim=trim)


def fmt_date(value, *, lang: Lang) -> str:
    """A date as users read it: ``"7 oktober 2026"`` / ``"7 October 2026"``.

    ``value`` is an ISO string (``"2026-10-07"``), a date, a datetime or a pandas Timestamp
    (its time is not shown); ``"–"`` when missing.
    """
    if _missing(value):
        return DASH
    if isinstance(value, str):
        value = Date.fromisoformat(value.strip()[:10])
    if isinstance(value, DateTime):
        value = value.date()
    return format_date(value, format="long", locale=_locale(lang))


def fmt_list(values: Iterable[object], *, lang: Lang) -> str:
    """Values as a list in the user's language.

    Examples
    --------
    >>> fmt_list(["2026.2", "2026.3"], lang="nl"), fmt_list(["a", "b", "c"], lang="en")
    ('2026.2 en 2026.3', 'a, b and c')
    """
    return format_list([str(v) for v in values], locale=_locale(lang))


def tick_formatter(
    *,
    lang: Lang,
    kind: str = "number",
    digits: int = 0,
    trim: bool = True,
    absolute: bool = False,
):
    """A matplotlib ``FuncFormatter`` writing tick labels with :func:`fmt_number` and friends.

    Parameters
    ----------
    lang : {"nl", "en"}
    kind : {"number", "pct", "share"}
        Plain numbers, a 0..100 axis as percentages, or a 0..1 axis as percentages.
    digits, trim
        As in :func:`fmt_number`; by default whole numbers with at most ``digits`` decimals.
    absolute : bool
        Label the absolute value (a diverging axis reads 100% on both sides of zero).

    Examples
    --------
    >>> ax.xaxis.set_major_formatter(tick_formatter(lang="nl", digits=2))  # doctest: +SKIP
    """
    from matplotlib.ticker import FuncFormatter

    funcs = {"number": fmt_number, "pct": fmt_pct, "share": fmt_share}
    if kind not in funcs:
        raise ValueError(f"kind must be one of {sorted(funcs)}, got {kind!r}")
    check_language(lang)
    func = funcs[kind]

    def label(x, pos=None) -> str:
        return func(abs(x) if absolute else x, lang=lang, digits=digits, trim=trim)

    return FuncFormatter(label)


def format_table(frame: pd.DataFrame, *, lang: Lang, digits: int = 2) -> pd.DataFrame:
    """A copy of ``frame`` for reading: float columns with ``digits`` decimals, whole-number
    columns by :func:`fmt_count`, a missing figure as ``"–"``; text and booleans as they are.

    For tables printed for people (``vsvkit scores``), not for files that programs read.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.format_table(vk.session_scores(store, 1)[["domain", "n", "mean"]], lang="nl").head(2)
      domain   n  mean
    0    CLI  42  2,58
    1    COO  41  2,45
    """
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if pd.api.types.is_bool_dtype(values) or not pd.api.types.is_numeric_dtype(values):
            continue
        if pd.api.types.is_float_dtype(values):
            out[column] = [fmt_number(v, lang=lang, digits=digits) for v in values]
        else:
            out[column] = [fmt_count(v, lang=lang) for v in values]
    return out


def level_text(instrument, level, lang: Lang) -> str:
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


def response_table(mirror, lang: Lang, grouping: str = "profession") -> str:
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


def gap_text(mirror, domain: str, lang: Lang, heading: str = "h3") -> str:
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
            high_mean=fmt_number(g["max_mean"], lang=lang, digits=1),
            low=group_label(g["min_group"], mirror.instrument, lang),
            low_mean=fmt_number(g["min_mean"], lang=lang, digits=1),
            gap=fmt_number(g["gap"], lang=lang),
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


def discussion_label(instrument, point, lang: Lang) -> str:
    """One discussion point as text: kind, domain name and, for an item, its code and text."""
    item = (
        "" if _missing(point.item) else f" – {point.item}: {instrument.item(point.item).text(lang)}"
    )
    return f"{t('point_' + point.kind, lang)}: {instrument.domain(point.domain).name(lang)}{item}"


def change_html(change: pd.DataFrame, instrument, lang: Lang, *, n_boot: int, min_n: int) -> str:
    """The change per domain (:func:`vsvkit.change.domain_change`) with its bootstrap interval.

    A small sample reads "kleine groep — voorzichtig interpreteren" instead of an interval; a
    wave below the minimum group size reads "te weinig deelnemers". ``n_boot`` and ``min_n``
    are the resamples and the small-sample threshold the change was computed with
    (:class:`vsvkit.comparison.Comparison` carries both); the note under the table names
    them.
    """
    rows = []
    for r in change.itertuples(index=False):
        if r.suppressed:
            interval = t("too_few", lang)
        elif r.small_sample:
            interval = t("small_sample_note", lang)
        else:
            low, high = (
                fmt_number(v, lang=lang, digits=0, signed=True) for v in (r.ci_low, r.ci_high)
            )
            interval = f"{low} … {high}"
        rows.append(
            (
                instrument.domain(r.domain).name(lang),
                fmt_pct(r.before_pct, lang=lang),
                fmt_pct(r.after_pct, lang=lang),
                fmt_number(r.change, lang=lang, digits=0, signed=True),
                interval,
            )
        )
    headers = [
        t(h, lang) for h in ("domain", "col_before", "col_after", "col_change", "col_interval")
    ]
    note = html.escape(t("change_interval_help", lang, b=n_boot, n=min_n))
    return (
        f"<h3>{t('change_table_title', lang)}</h3>"
        + html_table(
            pd.DataFrame(rows), headers, css="vsvkit-table vsvkit-change-table", numeric=(1, 2, 3)
        )
        + f"<p class='vsvkit-note'>{note}</p>"
    )


def shared_statements_note(
    n: int, versions: Iterable[str], lang: Lang, *, region: bool = False
) -> str:
    """The sentence under a comparison of sessions answered with different questionnaires:
    compared on the ``n`` statements that the ``versions`` share (of two waves, or with
    ``region`` of the VSVs of a region).

    Examples
    --------
    >>> print(shared_statements_note(28, ["2026.2", "2026.3"], "nl"))  # doctest: +ELLIPSIS
    Vergeleken op de 28 stellingen die beide vragenlijsten (versie 2026.2 en 2026.3) ...
    """
    key = "region_compared_on_shared" if region else "compared_on_shared"
    return t(key, lang, n=fmt_count(n, lang=lang), versions=fmt_list(versions, lang=lang))


def participation_html(participation: pd.DataFrame, instrument, lang: Lang, k: int) -> str:
    """Who took part in each wave (:func:`vsvkit.change.participation`).

    Only groups shown in a wave get a row with their number; professions below the minimum
    group size are not named (a note says that they exist), as everywhere else.
    """
    shown = participation[~participation["suppressed"]]
    groups = list(dict.fromkeys(shown["group"]))
    cells = {(r.group, r.wave): fmt_count(r.n, lang=lang) for r in shown.itertuples(index=False)}
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


def group_label(code: str, instrument: Instrument, lang: Lang = DEFAULT_LANG) -> str:
    """The name users see for a group code: a role, an echelon or the merged group.

    ``"OV_MERGED"`` becomes "overige beroepen", ``"OV_ECHELONS"`` "overige echelons"; an
    unknown code is returned unchanged.
    """
    if code == MERGED_GROUP:
        return t("other_professions", lang)
    if code == MERGED_ECHELON:
        return t("other_echelons", lang)
    for role in instrument.roles:
        if role.code == code:
            return role.name(lang)
    for ech in instrument.echelons:
        if ech.code == code:
            return ech.name(lang)
    return str(code)
