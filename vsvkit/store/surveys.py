"""Questionnaires answered on vsvkit's own pages: open, answer, follow, close.

Mixed into :class:`vsvkit.store.Store`. A trainer opens a questionnaire for a new session
(:meth:`SurveyRecords.open_survey`); each member's submission is stored as one anonymous
respondent of it, in one transaction (:meth:`SurveyRecords.submit`); the trainer follows the
response and closes it. Nothing that identifies a member is stored: no name, no address, no
time; a one-time invitation code is kept only as its digest, marked used, and never linked
to the respondent who used it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import secrets
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, insert, select, update

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store._checks import validated
from vsvkit.store.sessions import SessionRecords

__all__ = ["SurveyRecords", "new_token"]

log = logging.getLogger(__name__)


def new_token() -> str:
    """A questionnaire's secret address part: 128 random bits, URL-safe (22 characters)."""
    return secrets.token_urlsafe(16)


class SurveyRecords(SessionRecords):
    """Methods for questionnaires on vsvkit's own pages (see :class:`vsvkit.store.Store`)."""

    def open_survey(
        self,
        *,
        vsv: str,
        date: Any,
        instrument: Instrument,
        wave: str = "baseline",
        min_group_size: int | None = None,
        invited: int | None = None,
        invited_by_profession: Mapping[str, int] | None = None,
        closes: Any = None,
        code_digests: Iterable[str] = (),
        today: dt.date | None = None,
    ) -> m.Survey:
        """Create a session without answers and open its questionnaire.

        Raises
        ------
        StoreError
            For a value that is not allowed (the message names it), a closing date in the
            past, or a profession the instrument does not know.
        """
        vsv = values.vsv_name(vsv)
        day = values.session_date(date)
        wave = values.wave(wave)
        k = values.min_group_size(min_group_size)
        today = today or dt.date.today()
        closes_on = None if closes is None else values.session_date(closes)
        if closes_on is not None and closes_on < today:
            raise StoreError(key="store_survey_closes_past", closes=closes_on.isoformat())
        by_profession = values.invited_by_profession(invited_by_profession or {}, instrument)
        total = values.invited(invited, by_profession)
        digests = sorted(set(code_digests))
        token = new_token()
        with self.writing("store_op_import") as conn:
            sid = self.insert_session(conn, vsv=vsv, day=day, wave=wave, instrument=instrument, k=k)
            conn.execute(
                insert(m.surveys).values(
                    session_id=sid,
                    token=token,
                    opened_on=today,
                    closes_on=closes_on,
                    closed_on=None,
                    invited=total,
                    invited_by_profession=json.dumps(by_profession) if by_profession else None,
                    uses_codes=bool(digests),
                )
            )
            if digests:
                conn.execute(
                    insert(m.invitation_codes),
                    [{"digest": d, "session_id": sid, "used": False} for d in digests],
                )
        log.info("opened the questionnaire of session %s (%s %s)", sid, vsv, day)
        return self.survey(sid)

    def survey(self, session_id: int) -> m.Survey:
        """The questionnaire of a session (StoreError when it has none)."""
        with self.reading() as conn:
            row = conn.execute(
                select(m.surveys).where(m.surveys.c.session_id == int(session_id))
            ).first()
        if row is None:
            self.session(session_id)  # an unknown session is named as such
            raise StoreError(key="store_survey_none", id=session_id)
        return _survey(row)

    def survey_by_token(self, token: str) -> m.Survey | None:
        """The questionnaire at ``/vragenlijst/<token>``, or None."""
        if not isinstance(token, str) or not 10 <= len(token) <= 64:
            return None
        with self.reading() as conn:
            row = conn.execute(select(m.surveys).where(m.surveys.c.token == token)).first()
        return None if row is None else _survey(row)

    def surveys(self) -> list[m.Survey]:
        """Every questionnaire, newest session first."""
        with self.reading() as conn:
            rows = conn.execute(select(m.surveys).order_by(m.surveys.c.session_id.desc()))
            return [_survey(r) for r in rows]

    def close_survey(self, session_id: int, today: dt.date | None = None) -> m.Survey:
        """Close a questionnaire: no answers are taken from then on."""
        self.survey(session_id)
        with self.writing("store_op_change") as conn:
            conn.execute(
                update(m.surveys)
                .where(m.surveys.c.session_id == int(session_id))
                .values(closed_on=today or dt.date.today())
            )
        return self.survey(session_id)

    def reopen_survey(self, session_id: int, closes: Any = None) -> m.Survey:
        """Open a closed questionnaire again (until ``closes``, or with no closing date)."""
        self.survey(session_id)
        closes_on = None if closes is None else values.session_date(closes)
        with self.writing("store_op_change") as conn:
            conn.execute(
                update(m.surveys)
                .where(m.surveys.c.session_id == int(session_id))
                .values(closed_on=None, closes_on=closes_on)
            )
        return self.survey(session_id)

    def code_status(self, session_id: int) -> tuple[int, int]:
        """``(used, total)`` invitation codes of a session."""
        with self.reading() as conn:
            rows = conn.execute(
                select(m.invitation_codes.c.used, func.count())
                .where(m.invitation_codes.c.session_id == int(session_id))
                .group_by(m.invitation_codes.c.used)
            ).all()
        counts = {bool(used): int(n) for used, n in rows}
        return counts.get(True, 0), sum(counts.values())

    def submit(
        self,
        token: str,
        responses: Any,
        *,
        code_digest: str | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Store one member's answers as one anonymous respondent; returns the session id.

        All or nothing, in one transaction: the questionnaire must be open, an invitation
        code (when the questionnaire uses codes) must be unused and is marked used, and the
        answers must fit the session's instrument.

        Raises
        ------
        StoreError
            ``survey_closed`` (closed, past its closing date or unknown), ``survey_code``
            (a code is needed, unknown or used), or a value the instrument does not allow.
        """
        survey = self.survey_by_token(token)
        if survey is None or not survey.is_open(today):
            raise StoreError(key="store_survey_closed")
        instrument = self.instrument(survey.session_id)
        resp, ans, rem = validated(responses, instrument)
        if len(resp) != 1:
            raise StoreError(key="store_survey_one_respondent", n=len(resp))
        sid = survey.session_id
        with self.writing("store_op_import") as conn:
            if survey.uses_codes:
                used = conn.execute(
                    update(m.invitation_codes)
                    .where(
                        m.invitation_codes.c.digest == (code_digest or ""),
                        m.invitation_codes.c.session_id == sid,
                        m.invitation_codes.c.used.is_(False),
                    )
                    .values(used=True)
                ).rowcount
                if used != 1:
                    raise StoreError(key="store_survey_code")
            number = conn.execute(
                select(func.coalesce(func.max(m.respondents.c.number), 0)).where(
                    m.respondents.c.session_id == sid
                )
            ).scalar_one()
            resp = resp.assign(respondent=int(number) + 1)
            ans = ans.assign(respondent=int(number) + 1)
            self.insert_rows(conn, sid, resp, ans, rem)
        return sid


def _survey(row) -> m.Survey:
    by_profession = json.loads(row.invited_by_profession) if row.invited_by_profession else {}
    return m.Survey(
        session_id=int(row.session_id),
        token=str(row.token),
        opened_on=row.opened_on,
        closes_on=row.closes_on,
        closed_on=row.closed_on,
        invited=row.invited,
        invited_by_profession={str(k): int(v) for k, v in by_profession.items()},
        uses_codes=bool(row.uses_codes),
    )
