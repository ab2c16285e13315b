"""The comparison with the previous measurement in the session report.

Tables and texts from one :class:`~vsvkit.comparison.Comparison` (the same object the app's
comparison page reads); the report notebook calls them through
:mod:`vsvkit.report.sections`, which re-exports them.
"""

from __future__ import annotations

import html

import pandas as pd

from vsvkit.comparison import WAVES, Comparison
from vsvkit.domain_view import shown_rows
from vsvkit.formatting import (
    DASH,
    change_html,
    fmt_date,
    fmt_number,
    fmt_pct,
    html_table,
    level_text,
    participation_html,
    shared_statements_note,
)
from vsvkit.i18n import Lang, t, wave_label

__all__ = ["change_detail_html", "change_scores", "change_table_html", "wave_titles"]


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
    a, b = (shown_rows(comparison.wave_scores(w)).set_index("domain") for w in WAVES)
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
