"""The contents of the session report, as HTML strings and figures, built from the core.

The report notebook (``notebooks/report.ipynb``) calls these functions, a few lines per
cell, and displays what they return; they compute no scores (everything comes from a
:class:`~vsvkit.mirror.Mirror`, the :class:`~vsvkit.comparison.Comparison` with the previous
session and the store's workshop record) and are tested directly.
Every group-level figure shown here comes from privacy-checked tables; suppressed groups
never appear, by name or by number.

Examples
--------
>>> from vsvkit.mirror import build_mirror
>>> mirror = build_mirror(store, 5, min_group_size=5)  # doctest: +SKIP
>>> html = summary_html(mirror, "nl")  # doctest: +SKIP
"""

from __future__ import annotations

import base64
import html
import io

import numpy as np
import pandas as pd

from vsvkit import domain_view
from vsvkit.comparison import WAVES, Comparison
from vsvkit.errors import ReportError
from vsvkit.formatting import (
    DASH,
    change_html,
    discussion_label,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    gap_text,
    html_table,
    level_text,
    participation_html,
    response_table,
    shared_statements_note,
)
from vsvkit.i18n import Lang, t, wave_label
from vsvkit.sessions import previous_session

__all__ = [
    "check_reportable",
    "figure_html",
    "domain_heading",
    "cover_html",
    "subtitle",
    "summary_html",
    "domain_table_html",
    "domain_notes_html",
    "discussion_html",
    "workshop_html",
    "plan_html",
    "previous_session",
    "wave_titles",
    "change_scores",
    "change_table_html",
    "change_detail_html",
    "has_group_comparison",
]

#: Resolution of report figures (they are scaled to the page width).
FIGURE_DPI = 110

_esc = html.escape


def figure_html(ax, *, alt: str | None = None, dpi: int = FIGURE_DPI) -> str:
    """An Axes' figure as an embedded PNG ``<img>`` with alternative text; the figure is closed.

    ``alt`` defaults to the figure's title (suptitle or the Axes title).
    """
    import matplotlib.pyplot as plt

    from vsvkit.plots import figure_title

    fig = ax.figure
    if alt is None:
        alt = figure_title(ax)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    alt = " ".join(alt.split())
    return (
        f'<figure class="vsv-figure"><img src="data:image/png;base64,{data}" '
        f'alt="{_esc(alt)}"></figure>'
    )


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


def _shown(scores: pd.DataFrame) -> pd.DataFrame:
    if "suppressed" in scores:
        scores = scores[~scores["suppressed"].astype(bool)]
    return scores


def summary_html(mirror, lang: Lang) -> str:
    """The six domains with current, balanced and desired score and level, the total score,
    strongest/weakest and least agreement."""
    inst = mirror.instrument
    scores = _shown(mirror.domain_scores).set_index("domain")
    total = mirror.total.iloc[0]
    table = domain_view.scores_table_html(mirror, lang, css="vsv-summary", total=True)
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


def domain_table_html(mirror, domain: str, lang: Lang) -> str:
    """Score %, level (or "geen overeenstemming"), n, consensus, "weet niet" and, when asked,
    the desired situation of a domain."""
    scores = _shown(mirror.domain_scores)
    scores = scores[scores["domain"] == domain]
    desired = domain_view.has_desired(mirror)
    headers = [
        t("pct_of_max", lang),
        t("level", lang),
        "n",
        t("consensus", lang),
        t("dont_know_share", lang),
    ] + ([t("desired", lang)] if desired else [])
    if not len(scores):
        values = [DASH, t("too_few", lang), DASH, DASH, DASH] + ([DASH] if desired else [])
    else:
        row = scores.iloc[0]
        values = [
            fmt_pct(row["pct"], lang=lang),
            level_text(mirror.instrument, row["level"], lang),
            fmt_count(row["n"], lang=lang),
            fmt_number(row["consensus"], lang=lang),
            fmt_share(row["dont_know"], lang=lang),
        ] + ([fmt_pct(row["desired_pct"], lang=lang)] if desired else [])
    numeric = (0, 2, 3, 4, 5) if desired else (0, 2, 3, 4)
    return html_table(pd.DataFrame([values]), headers, css="vsv-figures", numeric=numeric)


def domain_notes_html(mirror, domain: str, lang: Lang) -> str:
    """ "Weet niet", split items, why the domain's consensus exceeds its statements' (when it
    does), differences between shown groups and the remarks of a domain."""
    inst = mirror.instrument
    parts = []
    scores = _shown(mirror.domain_scores)
    row = scores[scores["domain"] == domain]
    items = _shown(mirror.item_scores)
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


def has_group_comparison(mirror, grouping: str = "profession") -> bool:
    """True when at least two groups may be shown side by side."""
    return _shown(mirror.by_group[grouping])["group"].nunique() >= 2


# -- discussion points ----------------------------------------------------------------------
def _point_value(mirror, point, lang: Lang) -> str:
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
        rows.append((kind, subject, _point_value(mirror, p, lang)))
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
    scores = _shown(mirror.domain_scores).set_index("domain")
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
        rows.append((_domain_name(mirror, domain, lang), measured, agreed, priority, text))
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
                _domain_name(mirror, str(a["domain"]), lang),
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


# -- comparison with the previous measurement -----------------------------------------------
def wave_titles(comparison: Comparison, lang: Lang) -> tuple[str, str]:
    """ "nulmeting 12 maart 2025", "vervolgmeting 7 oktober 2026": the two compared waves."""
    return (
        f"{wave_label(comparison.previous.wave, lang)} "
        f"{fmt_date(comparison.previous.date, lang=lang)}",
        f"{wave_label(comparison.session.wave, lang)} "
        f"{fmt_date(comparison.session.date, lang=lang)}",
    )


def change_scores(comparison: Comparison, lang: Lang) -> pd.DataFrame:
    """The comparison's domain scores of both waves (with the ``change`` column), the wave
    column holding :func:`wave_titles`: the table the report's change chart draws."""
    titles = dict(zip(WAVES, wave_titles(comparison, lang)))
    return comparison.scores.assign(wave=comparison.scores["wave"].map(titles))


def change_detail_html(comparison: Comparison, lang: Lang) -> str:
    """The change per domain with its bootstrap interval, and who took part in each wave.

    The same tables as the app's comparison page (:mod:`vsvkit.formatting`), from the same
    :class:`~vsvkit.comparison.Comparison`.
    """
    inst, k = comparison.instrument, comparison.k
    return change_html(
        comparison.change, inst, lang, n_boot=comparison.n_boot, min_n=comparison.min_n
    ) + (participation_html(comparison.participation, inst, lang, k))


def change_table_html(comparison: Comparison, lang: Lang) -> str:
    """Per domain: previous and current score and level, and the change in points.

    Under the table, when the sessions were answered with questionnaires that differ in their
    statements, the sentence that both were scored on the statements they share.
    """
    inst = comparison.instrument
    first, second = wave_titles(comparison, lang)
    a, b = (_shown(comparison.wave_scores(w)).set_index("domain") for w in WAVES)
    change = comparison.change.set_index("domain")["change"]
    rows = []
    for code in inst.domain_codes:
        pa = a.loc[code, "pct"] if code in a.index else float("nan")
        pb = b.loc[code, "pct"] if code in b.index else float("nan")
        rows.append(
            (
                inst.domain(code).name(lang),
                fmt_pct(pa, lang=lang),
                level_text(inst, a.loc[code, "level"], lang) if code in a.index else DASH,
                fmt_pct(pb, lang=lang),
                level_text(inst, b.loc[code, "level"], lang) if code in b.index else DASH,
                # "–" when the domain is not compared
                fmt_number(change[code], lang=lang, digits=0, signed=True),
            )
        )
    headers = [
        t("domain", lang),
        first,
        t("level", lang),
        second,
        t("level", lang),
        t("change", lang),
    ]
    table = html_table(pd.DataFrame(rows), headers, css="vsv-change", numeric=(1, 3, 5))
    if not comparison.shared_only:
        return table
    note = shared_statements_note(comparison.statements_compared, comparison.versions, lang)
    return table + f"<p class='vsvkit-note vsvkit-shared-note'>{html.escape(note)}</p>"
