"""What the room view shows of a vote round: how to vote, how many voted, and the result.

While a round is open the step shows the question, the answers, the QR code, the short link
and the short code, and the number of votes (the room page updates it live from
``/zaal/<session>/stemmen``). The distribution appears only when the trainer reveals it and
only with at least k votes (below k: how many more are needed); then the questionnaire and
the room side by side: the distributions, the consensus before and after, and the level the
room chose next to the measured one.
"""

from __future__ import annotations

import html

from vsvkit import plots
from vsvkit.formatting import fmt_count, fmt_number
from vsvkit.i18n import Lang, t
from vsvkit.mirror import Mirror
from vsvkit.room.before_after import before_after
from vsvkit.room.charts import svg_chart
from vsvkit.room.votes import round_question, round_result, round_subject, vote_options
from vsvkit.survey.invitation import qr_code, short_link

__all__ = ["vote_panel_html", "step_of_round"]


def step_of_round(poll, instrument) -> str:
    """The key of the step a round belongs to: its domain's step (a statement's domain), or
    the overview."""
    if poll.kind == "domain":
        return f"domain:{poll.target}"
    if poll.kind == "item":
        return f"domain:{instrument.item(poll.target).domain}"
    return "overview"


def _esc(text) -> str:
    return html.escape(str(text))


def vote_panel_html(poll, *, mirror: Mirror, counts: dict, link: str | None, lang: Lang) -> str:
    """The body of a step with a vote round (``link``: the round's address for phones; None
    when the server's address is not known: the code and path only)."""
    inst = mirror.instrument
    question, subject = round_question(poll, inst, lang), round_subject(poll, inst, lang)
    result = round_result(poll, counts, inst, mirror.k)
    head = (
        f"<p class='room-vote-question'>{_esc(subject) + ': ' if subject else ''}"
        f"{_esc(question)}</p>"
    )
    count = (
        f"<p class='room-vote-tally'>{_esc(t('room_votes', lang))} "
        f"<span class='room-vote-count' data-vote-round='{poll.id}'>"
        f"{_esc(fmt_count(result.n, lang=lang))}</span></p>"
    )
    if poll.revealed and result.distribution is not None:
        return head + count + _result_html(poll, result, mirror, lang)
    if poll.revealed:  # fewer than k votes: no distribution, ever
        needed = t("room_votes_needed", lang, n=result.needed)
        return head + f"<div class='room-message'>{_esc(needed)}</div>" + count
    options = "".join(
        f"<li><span class='room-vote-value'>{_esc(_number(v, label))}</span>{_esc(label)}</li>"
        for v, label in vote_options(poll.kind, inst, lang)
    )
    if link:
        qr = qr_code(link).svg_inline(scale=1, border=2, omitsize=True, svgclass="room-qr")
        label = _esc(t("room_qr_label", lang))
        qr = qr.replace("<svg", f"<svg role='img' aria-label='{label}'", 1)
        # the address to type the code at: the vote pages' start (/stem), on one line
        where = short_link(link).removesuffix(f"/{poll.code}")
    else:
        qr, where = "", poll.path.removesuffix(f"/{poll.code}")
    how = (
        f"<div class='room-vote-how'>{qr}<p class='room-vote-code'>"
        f"{_esc(t('room_vote_code', lang))}<strong>{_esc(poll.code)}</strong></p>"
        f"<p class='room-vote-link'>{_esc(t('room_vote_at', lang))} "
        f"<span class='room-nowrap'>{_esc(where)}</span></p></div>"
    )
    if not poll.is_open:
        how = f"<div class='room-vote-how'><p>{_esc(t('room_vote_closed', lang))}</p></div>"
    return (
        f"<div class='room-vote'><div class='room-vote-main'>{head}"
        f"<ol class='room-vote-options'>{options}</ol>{count}</div>{how}</div>"
    )


def _result_html(poll, result, mirror: Mirror, lang: Lang) -> str:
    inst = mirror.instrument
    compared = before_after(mirror, poll, result)
    chart = svg_chart(
        lambda ax: plots.plot_vote_comparison(
            compared.table, kind=poll.kind, instrument=inst, lang=lang, label_min=14, ax=ax
        ),
        (9.0, 4.6),
    )
    facts = [
        (t("room_consensus_before", lang), fmt_number(compared.consensus_before, lang=lang)),
        (t("room_consensus_after", lang), fmt_number(compared.consensus_after, lang=lang)),
    ]
    if compared.measured_level is not None or compared.chosen_level is not None:
        facts += [
            (t("room_level_measured", lang), _level(inst, compared.measured_level, lang)),
            (t("room_level_chosen", lang), _level(inst, compared.chosen_level, lang)),
        ]
    cards = "".join(
        f"<div class='room-card'><div class='room-card-label'>{_esc(label)}</div>"
        f"<div class='room-card-value room-card-small'>{_esc(value)}</div></div>"
        for label, value in facts
    )
    return f"<div class='room-vote-result'><div class='room-cards'>{cards}</div>" + (
        f"<div class='room-figure'>{chart}</div></div>"
    )


def _number(value: str, label: str) -> str:
    """The number a phone's answer shows beside its label (none when the label has it)."""
    return "" if value == "dont_know" or label.startswith(value) else value


def _level(inst, level, lang: Lang) -> str:
    if level is None:
        return "–"
    return f"{int(level)} {inst.level_label(int(level), lang)}"
