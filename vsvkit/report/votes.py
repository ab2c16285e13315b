"""The room's votes in the report: on a domain's page each round about the domain or one of
its statements, on the summary the rounds about the VSV as a whole.

Per round one line (votes, consensus before and after, the measured level next to the
room's) and one small chart (:func:`vsvkit.plots.plot_vote_comparison` at print size): the
questionnaire and the room as two bars. A round with fewer than k votes gets one sentence
saying how many more votes were needed, and no distribution. The rounds come from
:func:`vsvkit.room.before_after.session_rounds`; nothing is computed here.
"""

from __future__ import annotations

import html

from vsvkit import plots
from vsvkit.formatting import fmt_date, fmt_number, level_text
from vsvkit.i18n import Lang, t
from vsvkit.report.figures import figure_html, print_axes, print_figures
from vsvkit.room.before_after import VoteRound

__all__ = ["vote_figure", "vote_line", "domain_votes_html", "overview_votes_html"]

#: Height (inches) of a round's chart: two bars, the legend beside them.
CHART_HEIGHT = 0.75


def vote_figure(vote_round: VoteRound, mirror, lang: Lang) -> str:
    """The questionnaire and the room's vote of one round, as an SVG figure of print size:
    two bars with their percentages, the legend beside them, no axis (the bars add up to
    100%)."""
    subject = vote_round.subject(mirror, lang)
    with print_figures():
        ax = print_axes(CHART_HEIGHT)
        plots.plot_vote_comparison(
            vote_round.comparison.table,
            kind=vote_round.poll.kind,
            instrument=mirror.instrument,
            lang=lang,
            title=False,
            legend="right",
            ax=ax,
        )
        ax.set_xlabel("")
        ax.set_xticks([])
        ax.spines["bottom"].set_visible(False)
        return figure_html(ax, alt=f"{t('title_vote_comparison', lang)}: {subject}")


def _label(vote_round: VoteRound, mirror, lang: Lang) -> str:
    """What the round was about, as far as its page does not say it: the statement's code,
    "Het VSV als geheel", nothing for the page's own domain."""
    if vote_round.poll.kind == "item":
        return t("report_vote_item", lang, code=vote_round.poll.target) + " "
    if vote_round.poll.kind == "overview":
        return vote_round.subject(mirror, lang) + " "
    return ""


def vote_line(vote_round: VoteRound, mirror, lang: Lang) -> str:
    """The round in one or two sentences (plain text)."""
    poll, result, pair = vote_round.poll, vote_round.result, vote_round.comparison
    fmt = {
        "subject": _label(vote_round, mirror, lang),
        "date": fmt_date(poll.opened_on, lang=lang),
        "state": t("report_vote_open", lang) if poll.is_open else "",
        "n": result.n,
    }
    if not result.shown:
        return t("report_vote_too_few", lang, needed=result.needed, k=result.k, **fmt)
    line = t(
        "report_vote_line",
        lang,
        before=fmt_number(pair.consensus_before, lang=lang),
        after=fmt_number(pair.consensus_after, lang=lang),
        **fmt,
    )
    if poll.kind != "item":
        measured = (
            level_text(mirror.instrument, pair.measured_level, lang)
            if pair.n_before is not None
            else "–"
        )
        chosen = level_text(mirror.instrument, pair.chosen_level, lang)
        line += " " + t("report_vote_levels", lang, measured=measured, chosen=chosen)
    return line


def _block(rounds: list[VoteRound], mirror, lang: Lang) -> str:
    """Per round its line and, from k votes, its chart (print CSS: ``.vsv-vote``)."""
    if not rounds:
        return ""
    title = html.escape(t("report_votes", lang))
    parts = []
    for vote_round in rounds:
        line = html.escape(vote_line(vote_round, mirror, lang))
        chart = vote_figure(vote_round, mirror, lang) if vote_round.result.shown else ""
        parts.append(f'<div class="vsv-vote"><p><strong>{title}</strong> · {line}</p>{chart}</div>')
    return f'<div class="vsv-votes">{"".join(parts)}</div>'


def domain_votes_html(rounds: list[VoteRound], mirror, domain: str, lang: Lang) -> str:
    """The rounds about ``domain`` or one of its statements ("" when there are none)."""
    return _block([r for r in rounds if r.domain(mirror) == domain], mirror, lang)


def overview_votes_html(rounds: list[VoteRound], mirror, lang: Lang) -> str:
    """The rounds about the VSV as a whole ("" when there are none)."""
    return _block([r for r in rounds if r.poll.kind == "overview"], mirror, lang)
