"""What the app's pages and the report say per domain beside the mirror's figures.

Shared by :mod:`vsvkit.widgets.pages` and :mod:`vsvkit.report.sections`, so both show the
same table and the same sentences: the current score next to the profession-balanced score
and the desired situation, the one explanation of the balanced score, and the sentence on why
a domain's consensus can exceed each of its statements'.
Pure: a :class:`~vsvkit.mirror.Mirror` in, strings or plain data out (no widgets).

Examples
--------
>>> html = scores_table_html(mirror, "nl")              # doctest: +SKIP
>>> consensus_above_items(mirror)                       # doctest: +SKIP
{'COO'}
"""

from __future__ import annotations

import html

import pandas as pd

from vsvkit.formatting import DASH, fmt_pct, html_table, level_text
from vsvkit.i18n import Lang, t

__all__ = [
    "shown_rows",
    "has_desired",
    "scores_table_html",
    "balanced_note_html",
    "consensus_above_items",
    "consensus_note_html",
]

_esc = html.escape


def shown_rows(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a score table that may be shown (those its ``suppressed`` column hides left
    out; a table without that column is returned as it is)."""
    if "suppressed" in table:
        table = table[~table["suppressed"].astype(bool)]
    return table


def has_desired(mirror) -> bool:
    """True when some domain has a desired-situation figure to show."""
    scores = shown_rows(mirror.domain_scores)
    return "desired_pct" in scores and bool(scores["desired_pct"].notna().any())


def scores_table_html(mirror, lang: Lang, *, css: str = "vsvkit-table", total: bool = False) -> str:
    """Per domain: current score, score with professions weighted equally, desired, level.

    The desired column appears only when the session has desired-situation answers. With
    ``total`` a last row holds the total integration score (balanced and desired: "–").
    """
    inst = mirror.instrument
    scores = shown_rows(mirror.domain_scores).set_index("domain")
    desired = has_desired(mirror)
    rows = []
    for code in inst.domain_codes:
        name = inst.domain(code).name(lang)
        if code not in scores.index:
            row = [name, DASH, DASH] + ([DASH] if desired else []) + [t("too_few", lang)]
            rows.append(row)
            continue
        r = scores.loc[code]
        row = [name, fmt_pct(r["pct"], lang=lang), fmt_pct(inst.pct(r["balanced_mean"]), lang=lang)]
        if desired:
            row.append(fmt_pct(r["desired_pct"], lang=lang))
        rows.append([*row, level_text(inst, r["level"], lang)])
    if total:
        tot = mirror.total.iloc[0]
        row = [t("total_score", lang), fmt_pct(tot["pct"], lang=lang), DASH] + (
            [DASH] if desired else []
        )
        rows.append([*row, level_text(inst, tot["level"], lang)])
    headers = [t("domain", lang), t("current", lang), t("balanced_score", lang)]
    headers += [t("desired", lang)] if desired else []
    headers.append(t("level", lang))
    numeric = tuple(range(1, len(headers) - 1))
    return html_table(pd.DataFrame(rows), headers, css=css, numeric=numeric)


def balanced_note_html(lang: Lang, *, css: str = "vsvkit-note") -> str:
    """The one plain explanation of the score with professions weighted equally."""
    return f"<p class='{css}'>{_esc(t('balanced_explained', lang))}</p>"


def consensus_above_items(mirror) -> set[str]:
    """Domains whose consensus is higher than the consensus of each of their statements.

    Both from the mirror: the domain's (on the respondents' domain scores) and the items'
    (on their answers); domains or items without a consensus do not count.
    """
    domains = shown_rows(mirror.domain_scores).dropna(subset=["consensus"])
    items = shown_rows(mirror.item_scores).dropna(subset=["consensus"])
    highest = items.groupby("domain", observed=True)["consensus"].max().to_dict()
    return {
        str(r.domain)
        for r in domains.itertuples(index=False)
        if r.domain in highest and r.consensus > highest[r.domain]
    }


def consensus_note_html(mirror, domain: str, lang: Lang, *, css: str = "vsvkit-note") -> str:
    """The sentence on averaging within a person, when ``domain`` needs it; else ``""``."""
    if domain not in consensus_above_items(mirror):
        return ""
    return f"<p class='{css}'>{_esc(t('consensus_smoothing', lang))}</p>"
