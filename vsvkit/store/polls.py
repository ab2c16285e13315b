"""Vote rounds in the room: members vote on their phones after the discussion.

Mixed into :class:`vsvkit.store.Store`. A round asks about one domain's level, one statement
or the VSV as a whole (:data:`~vsvkit.store.models.POLL_KINDS`); phones vote at
``/stem/<code>``. Each phone has one vote per round (``voter`` is the digest of a random value
in the phone's cookie and the round's code) that it may change while the round is open;
closing the round counts the votes into the round and clears their answers, so a stored
round holds its question, what it asked about, its distribution and the dates it was opened
and closed, and of its voters only those digests (no answer, no time): a reopened round adds
new phones' votes to the counts and takes no second vote from a phone that voted before.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store.connection import inserted_id
from vsvkit.store.sessions import SessionRecords

__all__ = ["PollRecords", "CODE_ALPHABET", "ANSWERS", "DONT_KNOW", "new_code"]

#: Letters and digits of a round's code: none that are read as another (0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: The answers of a vote: the four levels (or answers to a statement) ...
ANSWERS = ("1", "2", "3", "4")
#: ... and, for a statement, "weet niet".
DONT_KNOW = "dont_know"


def new_code(length: int = 5) -> str:
    """A round's short code: 5 characters of :data:`CODE_ALPHABET` (28 million codes)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def _round(row) -> m.PollRound:
    return m.PollRound(
        id=int(row.id),
        session_id=int(row.session_id),
        code=row.code,
        kind=row.kind,
        target=row.target,
        opened_on=row.opened_on,
        closed_on=row.closed_on,
        revealed=bool(row.revealed),
        by_profession=bool(row.by_profession),
    )


def _empty() -> dict[str, Any]:
    return {"all": {}, "profession": {}}


def _add(counts: dict[str, Any], answer: str, profession: str | None, n: int = 1) -> None:
    counts["all"][answer] = counts["all"].get(answer, 0) + n
    if profession:
        per = counts["profession"].setdefault(profession, {})
        per[answer] = per.get(answer, 0) + n


class PollRecords(SessionRecords):
    """Methods for vote rounds in the room (see :class:`vsvkit.store.Store`)."""

    def open_round(
        self,
        session_id: int,
        *,
        kind: str,
        target: str = "",
        by_profession: bool = False,
        today: dt.date | None = None,
    ) -> m.PollRound:
        """Open a vote round of a session; any other open round of the session closes.

        ``kind`` is "domain" (``target`` a domain code), "item" (a statement code) or
        "overview" (no target).

        Raises
        ------
        StoreError
            An unknown session, kind, domain or statement.
        """
        sid = values.session_id(session_id)
        instrument = self.instrument(sid)
        target = "" if target is None else str(target)
        if kind == "domain":
            known = target in instrument.domain_codes
        elif kind == "item":
            known = target in {i.code for i in instrument.items}
        else:
            known = kind == "overview" and target == ""
        if not known:
            raise StoreError(key="store_poll_target", kind=repr(kind), target=repr(target))
        for other in self.rounds(sid):
            if other.is_open:
                self.close_round(other.id, today=today)
        with self.writing() as conn:
            taken = set(conn.execute(select(m.poll_rounds.c.code)).scalars())
            code = new_code()
            while code in taken:
                code = new_code()
            result = conn.execute(
                insert(m.poll_rounds).values(
                    session_id=sid,
                    code=code,
                    kind=kind,
                    target=target,
                    opened_on=today or dt.date.today(),
                    closed_on=None,
                    revealed=False,
                    by_profession=bool(by_profession),
                    counts=json.dumps(_empty()),
                )
            )
        return self.poll_round(inserted_id(result))

    def poll_round(self, round_id: int) -> m.PollRound:
        """One round; a StoreError names an unknown id."""
        with self.reading() as conn:
            row = conn.execute(
                select(m.poll_rounds).where(m.poll_rounds.c.id == values.session_id(round_id))
            ).first()
        if row is None:
            raise StoreError(key="store_poll_unknown", id=round_id)
        return _round(row)

    def round_by_code(self, code: str) -> m.PollRound | None:
        """The round with this code (any case), open or closed; None when there is none."""
        with self.reading() as conn:
            row = conn.execute(
                select(m.poll_rounds).where(m.poll_rounds.c.code == str(code).upper()[:12])
            ).first()
        return None if row is None else _round(row)

    def rounds(self, session_id: int) -> list[m.PollRound]:
        """The rounds of a session, in the order they were opened."""
        with self.reading() as conn:
            rows = conn.execute(
                select(m.poll_rounds)
                .where(m.poll_rounds.c.session_id == values.session_id(session_id))
                .order_by(m.poll_rounds.c.id)
            ).all()
        return [_round(r) for r in rows]

    def vote(
        self, code: str, voter: str, answer: str, *, profession: str | None = None
    ) -> m.PollRound:
        """One phone's vote (a new one, or a change of its vote); returns the round.

        Raises
        ------
        StoreError
            ``store_poll_closed`` (closed or unknown), or an answer or profession the round
            does not take.
        """
        poll = self.round_by_code(code)
        if poll is None or not poll.is_open:
            raise StoreError(key="store_poll_closed")
        allowed = ANSWERS + ((DONT_KNOW,) if poll.kind == "item" else ())
        if answer not in allowed:
            raise StoreError(
                key="store_poll_answer", value=repr(answer), allowed=", ".join(allowed)
            )
        if poll.by_profession:
            roles = {r.code for r in self.instrument(poll.session_id).roles}
            if profession not in roles:
                raise StoreError(key="store_poll_profession", value=repr(profession))
        else:
            profession = None
        voter = str(voter)[:64]
        with self.writing() as conn:
            still_open = conn.execute(
                select(m.poll_rounds.c.closed_on).where(m.poll_rounds.c.id == poll.id)
            ).first()
            if still_open is None or still_open[0] is not None:
                raise StoreError(key="store_poll_closed")
            where = (m.poll_votes.c.round_id == poll.id) & (m.poll_votes.c.voter == voter)
            earlier = conn.execute(select(m.poll_votes.c.answer).where(where)).first()
            if earlier is not None and earlier[0] is None:  # counted before the round closed
                raise StoreError(key="store_poll_counted")
            conn.execute(delete(m.poll_votes).where(where))
            conn.execute(
                insert(m.poll_votes).values(
                    round_id=poll.id, voter=voter, answer=answer, profession=profession
                )
            )
        return poll

    def voted(self, round_id: int, voter: str) -> str | None:
        """The answer this phone gave in the open round; ``""`` when its vote was counted
        before the round was closed (and reopened); None when it has not voted."""
        with self.reading() as conn:
            row = conn.execute(
                select(m.poll_votes.c.answer).where(
                    m.poll_votes.c.round_id == int(round_id), m.poll_votes.c.voter == str(voter)
                )
            ).first()
        if row is None:
            return None
        return "" if row[0] is None else str(row[0])

    def vote_count(self, round_id: int) -> int:
        """Votes of a round: counted at earlier closes plus the open votes (cheap to ask
        often)."""
        return sum(self.round_counts(round_id)["all"].values())

    def round_counts(self, round_id: int) -> dict[str, Any]:
        """``{"all": {answer: n}, "profession": {code: {answer: n}}}`` of a round."""
        with self.reading() as conn:
            base = conn.execute(
                select(m.poll_rounds.c.counts).where(m.poll_rounds.c.id == int(round_id))
            ).scalar()
            if base is None:
                raise StoreError(key="store_poll_unknown", id=round_id)
            rows = conn.execute(
                select(m.poll_votes.c.answer, m.poll_votes.c.profession, func.count())
                .where(m.poll_votes.c.round_id == int(round_id), m.poll_votes.c.answer.is_not(None))
                .group_by(m.poll_votes.c.answer, m.poll_votes.c.profession)
            ).all()
        counts = json.loads(base)
        for answer, profession, n in rows:
            _add(counts, answer, profession, int(n))
        return counts

    def close_round(self, round_id: int, *, today: dt.date | None = None) -> m.PollRound:
        """Close a round: its votes are counted into it; of each only its voter's digest stays."""
        counts = self.round_counts(round_id)
        with self.writing() as conn:
            conn.execute(
                update(m.poll_votes)
                .where(m.poll_votes.c.round_id == int(round_id))
                .values(answer=None, profession=None)
            )
            conn.execute(
                update(m.poll_rounds)
                .where(m.poll_rounds.c.id == int(round_id))
                .values(
                    counts=json.dumps(counts),
                    closed_on=today or dt.date.today(),
                )
            )
        return self.poll_round(round_id)

    def reopen_round(self, round_id: int) -> m.PollRound:
        """Open a closed round again (other open rounds of its session close)."""
        poll = self.poll_round(round_id)
        for other in self.rounds(poll.session_id):
            if other.is_open and other.id != poll.id:
                self.close_round(other.id)
        with self.writing() as conn:
            conn.execute(
                update(m.poll_rounds).where(m.poll_rounds.c.id == poll.id).values(closed_on=None)
            )
        return self.poll_round(round_id)

    def reveal_round(self, round_id: int, revealed: bool = True) -> m.PollRound:
        """Show (or hide again) the round's distribution in the room."""
        self.poll_round(round_id)
        with self.writing() as conn:
            conn.execute(
                update(m.poll_rounds)
                .where(m.poll_rounds.c.id == int(round_id))
                .values(revealed=bool(revealed))
            )
        return self.poll_round(round_id)

    def delete_round(self, round_id: int) -> None:
        """Remove a round and its votes."""
        self.poll_round(round_id)
        with self.writing() as conn:
            conn.execute(delete(m.poll_votes).where(m.poll_votes.c.round_id == int(round_id)))
            conn.execute(delete(m.poll_rounds).where(m.poll_rounds.c.id == int(round_id)))
