"""Before and after the discussion: the questionnaire next to the room's vote.

The questionnaire was answered before the meeting, the room votes after the discussion
(issue 14). :func:`before_after` puts both side by side in one tidy table, with the
consensus before and after and the measured level next to the one the room chose;
:func:`session_rounds` does so for every round of a session. What each side is:

* a **domain**: before, the members' own levels on the domain (each respondent's domain
  score put on a level by the instrument's cut-offs, :func:`vsvkit.scoring.level_distribution`)
  and the domain's consensus (on the respondents' domain scores) and measured level; after,
  the room's votes on the levels;
* a **statement**: before, the statement's answers in the questionnaire; after, the room's;
* the **VSV as a whole**: before, the members' levels of their total scores and the total's
  level; after, the room's votes.

Shares are of all answers given ("weet niet" included) on both sides, so each side adds up
to 100%. Whole session only; a side with fewer than k respondents or votes is left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from vsvkit.i18n import DEFAULT_LANG, Lang
from vsvkit.mirror import Mirror
from vsvkit.room.votes import RoundResult, answer_keys, round_question, round_result, round_subject
from vsvkit.scoring import TOTAL
from vsvkit.store.models import PollRound

__all__ = [
    "BeforeAfter",
    "VoteRound",
    "SOURCES",
    "before_after",
    "round_record",
    "session_rounds",
]

#: The two sides, in the order they are drawn.
SOURCES = ("questionnaire", "room")
_COLUMNS = ("source", "answer", "n", "share")


@dataclass(frozen=True)
class BeforeAfter:
    """The questionnaire and the room side by side for one round.

    Attributes
    ----------
    table : DataFrame
        ``source, answer, n, share``: ``source`` "questionnaire" or "room" (a side not shown
        has no rows), ``answer`` the ints 1..4 (levels or answers) and for a statement
        ``"dont_know"``, ``share`` of that side's answers.
    n_before, n_after : int or None
        Respondents and votes behind each side; None for a side not shown.
    consensus_before, consensus_after : float or None
        Tastle & Wierman consensus before (a domain: on the members' domain scores, as the
        domain's page shows; a statement: on its answers; the whole VSV: on the members'
        total scores) and after (the room's votes 1..4).
    measured_level, chosen_level : int or None
        The questionnaire's level (None for a statement, and for a split domain) and the
        room's (the lower median of the votes; None for a statement).
    measured_pct : float or None
        The questionnaire's score (percent of maximum) of the domain, statement or total.
    """

    table: pd.DataFrame
    n_before: int | None
    n_after: int | None
    consensus_before: float | None
    consensus_after: float | None
    measured_level: int | None
    chosen_level: int | None
    measured_pct: float | None

    def side(self, source: str) -> pd.DataFrame:
        """One side's rows (``answer, n, share``)."""
        rows = self.table[self.table["source"] == source]
        return rows.drop(columns="source").reset_index(drop=True)


def _session_id(mirror: Mirror) -> int:
    return int(getattr(mirror.session, "id", -1))


def _number(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _level(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _one_row(table: pd.DataFrame, column: str, value) -> pd.Series | None:
    rows = table[table[column] == value]
    if rows.empty or bool(rows["suppressed"].iloc[0]):
        return None
    return rows.iloc[0]


def _side(source: str, answers: list, counts: list[int]) -> pd.DataFrame:
    n = np.asarray(counts, dtype=np.int64)
    return pd.DataFrame(
        {
            "source": source,
            "answer": pd.Series(answers, dtype=object),
            "n": n,
            "share": n / n.sum(),
        }
    )


def _questionnaire(mirror: Mirror, poll: PollRound):
    """(answers, counts, consensus, level, pct) of the questionnaire's side, or None."""
    if poll.kind == "item":
        dist = mirror.item_distribution
        rows = dist[dist["item"] == poll.target]
        if rows.empty or rows["suppressed"].astype(bool).any():
            return None
        by_answer = {str(a): int(n) for a, n in zip(rows["answer"], rows["count"])}
        answers = answer_keys("item")
        counts = [by_answer.get(str(a), 0) for a in answers]
        scores = _one_row(mirror.item_scores, "item", poll.target)
        return (
            answers,
            counts,
            None if scores is None else _number(scores["consensus"]),
            None,
            None if scores is None else _number(scores["pct"]),
        )
    key = poll.target if poll.kind == "domain" else TOTAL
    dist = mirror.level_distribution
    rows = dist[dist["domain"] == key]
    if rows.empty or rows["suppressed"].astype(bool).any():
        return None
    answers = [int(lv) for lv in rows["level"]]
    counts = [int(n) for n in rows["n"]]
    if poll.kind == "domain":
        scores = _one_row(mirror.domain_scores, "domain", poll.target)
        cns = None if scores is None else _number(scores["consensus"])
    else:
        scores = None if mirror.total["suppressed"].astype(bool).iloc[0] else mirror.total.iloc[0]
        cns = _number(rows["consensus"].iloc[0])
    level = None if scores is None else _level(scores["level"])
    return answers, counts, cns, level, None if scores is None else _number(scores["pct"])


def before_after(mirror: Mirror, poll: PollRound, result: RoundResult) -> BeforeAfter:
    """The questionnaire's side and the room's side of a round, in one tidy table.

    Parameters
    ----------
    mirror : Mirror
        The session's mirror, the whole session (not filtered to a group).
    poll : PollRound
        A round of that session.
    result : RoundResult
        :func:`~vsvkit.room.votes.round_result` of the round (below k: no room side).

    Returns
    -------
    BeforeAfter

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> mirror = vk.build_mirror(store, 1)
    >>> poll = store.open_round(1, kind="domain", target="COO")
    >>> for i, answer in enumerate("2233333"):
    ...     _ = store.vote(poll.code, f"phone{i}", answer)
    >>> result = round_result(poll, store.round_counts(poll.id), mirror.instrument, mirror.k)
    >>> pair = before_after(mirror, poll, result)
    >>> pair.side("room")["n"].tolist(), pair.measured_level, pair.chosen_level
    ([0, 2, 5, 0], 2, 3)
    """
    if mirror.subset is not None:
        raise ValueError("before_after: pass the mirror of the whole session (no subset)")
    if poll.session_id != _session_id(mirror):
        raise ValueError(
            f"before_after: round {poll.id} belongs to session {poll.session_id}, "
            f"the mirror is of session {_session_id(mirror)}"
        )
    parts = []
    before = _questionnaire(mirror, poll)
    n_before = cns_before = level = pct = None
    if before is not None and sum(before[1]) >= mirror.k:
        answers, counts, cns_before, level, pct = before
        n_before = int(sum(counts))
        parts.append(_side("questionnaire", answers, counts))
    if result.distribution is not None:
        room = result.distribution
        parts.append(_side("room", list(room["answer"]), [int(n) for n in room["n"]]))
    table = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame({c: pd.Series(dtype=object) for c in _COLUMNS})
    )
    return BeforeAfter(
        table=table,
        n_before=n_before,
        n_after=result.n if result.shown else None,
        consensus_before=cns_before,
        consensus_after=result.consensus,
        measured_level=level,
        chosen_level=result.chosen_level,
        measured_pct=pct,
    )


@dataclass(frozen=True)
class VoteRound:
    """One stored round of a session: the round, what may be shown of it, and the
    questionnaire beside it."""

    poll: PollRound
    result: RoundResult
    comparison: BeforeAfter

    def question(self, mirror: Mirror, lang: Lang = DEFAULT_LANG) -> str:
        return round_question(self.poll, mirror.instrument, lang)

    def subject(self, mirror: Mirror, lang: Lang = DEFAULT_LANG) -> str:
        return round_subject(self.poll, mirror.instrument, lang)

    def domain(self, mirror: Mirror) -> str | None:
        """The domain the round is about (a statement's domain); None for the whole VSV."""
        if self.poll.kind == "item":
            return mirror.instrument.item(self.poll.target).domain
        return self.poll.target or None


def session_rounds(store, mirror: Mirror) -> list[VoteRound]:
    """Every round of the mirror's session, in the order they were opened, with what may be
    shown of it (the session's k) and the questionnaire beside it.

    Parameters
    ----------
    store : Store
    mirror : Mirror
        The whole session's mirror (:func:`vsvkit.mirror.build_mirror`).
    """
    out = []
    for poll in store.rounds(_session_id(mirror)):
        result = round_result(poll, store.round_counts(poll.id), mirror.instrument, mirror.k)
        out.append(VoteRound(poll, result, before_after(mirror, poll, result)))
    return out


def _records(table: pd.DataFrame | None) -> list[dict] | None:
    if table is None or table.empty:
        return None
    return [
        {"answer": str(a), "n": int(n), "share": float(s)}
        for a, n, s in zip(table["answer"], table["n"], table["share"])
    ]


def round_record(vote_round: VoteRound, mirror: Mirror, lang: Lang = DEFAULT_LANG) -> dict:
    """One round as plain data (what ``vsvkit poll results --json`` prints).

    ``distribution`` (the room's) and ``questionnaire.distribution`` are None when that side
    may not be shown; answers are the strings "1".."4" and "dont_know", as phones send them.
    """
    poll, result, pair = vote_round.poll, vote_round.result, vote_round.comparison
    by_profession = None
    if result.by_profession is not None:
        by_profession = [
            {"group": str(g), "answer": str(a), "n": int(n), "share": float(s)}
            for g, a, n, s in result.by_profession[["group", "answer", "n", "share"]].itertuples(
                index=False
            )
        ]
    return {
        "id": poll.id,
        "code": poll.code,
        "kind": poll.kind,
        "target": poll.target,
        "subject": vote_round.subject(mirror, lang),
        "question": vote_round.question(mirror, lang),
        "url": poll.path,
        "opened_on": poll.opened_on.isoformat(),
        "closed_on": None if poll.closed_on is None else poll.closed_on.isoformat(),
        "open": poll.is_open,
        "revealed": poll.revealed,
        "k": result.k,
        "n": result.n,
        "needed": result.needed,
        "distribution": _records(result.distribution),
        "consensus": result.consensus,
        "chosen_level": result.chosen_level,
        "by_profession": poll.by_profession,
        "profession_distribution": by_profession,
        "questionnaire": {
            "n": pair.n_before,
            "distribution": _records(pair.side("questionnaire") if pair.n_before else None),
            "consensus": pair.consensus_before,
            "measured_level": pair.measured_level,
            "measured_pct": pair.measured_pct,
        },
    }
