"""The stored sessions: import, list, change, delete, and read back their answers.

Mixed into :class:`vsvkit.store.Store`.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store._checks import validated as _validated
from vsvkit.store.connection import inserted_id
from vsvkit.store.database import bulk_insert
from vsvkit.store.instrument_rows import drop_unused, keep_instrument
from vsvkit.store.instruments import InstrumentRecords
from vsvkit.store.reading import read_answers
from vsvkit.store.workshop import UNSET

__all__ = ["SessionRecords", "ANSWER_COLUMNS", "SESSION_COLUMNS"]

log = logging.getLogger(__name__)

#: Columns of :meth:`Store.answers`: the scoring input of docs/design.md (equal to
#: ``vsvkit.scoring.SCORING_COLUMNS``, which the store does not import: scoring is a layer
#: above it; tests/test_store.py checks that they agree).
ANSWER_COLUMNS = (
    "session",
    "respondent",
    "profession",
    "echelon",
    "item",
    "domain",
    "value",
    "dont_know",
    "desired",
)
#: Columns of :meth:`Store.sessions`.
SESSION_COLUMNS = (
    "id",
    "vsv",
    "date",
    "wave",
    "n_respondents",
    "instrument_name",
    "instrument_version",
    "min_group_size",
)


class SessionRecords(InstrumentRecords):
    """Methods for the sessions of a store (see :class:`vsvkit.store.Store`)."""

    # -- import -----------------------------------------------------------------------
    def add_session(
        self,
        responses: Any,
        *,
        vsv: str,
        date: dt.date | str,
        wave: str = "baseline",
        instrument: Instrument,
        min_group_size: int | None = None,
    ) -> int:
        """Store one imported file as a session, in one transaction; return its id.

        Parameters
        ----------
        responses : vsvkit.intake.Responses
            ``respondents``, ``answers``, ``remarks``, ``source_name``, ``checksum``.
        vsv : str
            Name of the VSV.
        date : datetime.date or str
            Date of the meeting (``YYYY-MM-DD`` as text).
        wave : {"baseline", "follow-up"}
        instrument : Instrument
            The instrument the file was read with. The session names it (name, version,
            checksum) and the store keeps its file, once per distinct file: the session is
            scored with it from then on (:meth:`instrument`).
        min_group_size : int, optional
            Minimum group size for this session (at least 3); None: the instrument's.

        Raises
        ------
        StoreError
            When the file was imported before (same checksum), an argument is invalid,
            the responses do not fit the instrument, the instrument is not what its file
            says (derived or changed in Python), the store is read-only or its disk is
            full. Nothing is stored then.
        """
        vsv = values.vsv_name(vsv)
        day = values.session_date(date)
        wave = values.wave(wave)
        k = values.min_group_size(min_group_size)
        resp, ans, rem = _validated(responses, instrument)
        checksum = str(getattr(responses, "checksum", "") or "") or None
        source_name = getattr(responses, "source_name", None)
        try:
            with self.writing("store_op_import") as conn:
                if checksum is not None:
                    _refuse_duplicate(conn, checksum)
                sid = self.insert_session(
                    conn,
                    vsv=vsv,
                    day=day,
                    wave=wave,
                    instrument=instrument,
                    k=k,
                    source_name=None if source_name is None else str(source_name),
                    source_checksum=checksum,
                )
                self.insert_rows(conn, sid, resp, ans, rem)
        except StoreError as err:
            if isinstance(err.__cause__, IntegrityError) and checksum is not None:
                # a concurrent import of the same file won the race
                with self.reading() as conn:
                    _refuse_duplicate(conn, checksum)
            raise
        log.info("stored session %s: %s %s, %d respondents", sid, vsv, day, len(resp))
        return int(sid)

    @staticmethod
    def insert_session(
        conn,
        *,
        vsv: str,
        day: dt.date,
        wave: str,
        instrument: Instrument,
        k: int | None,
        source_name: str | None = None,
        source_checksum: str | None = None,
    ) -> int:
        """Insert a session row (and its instrument file when new); its id."""
        keep_instrument(conn, instrument)
        return inserted_id(
            conn.execute(
                insert(m.sessions).values(
                    vsv=vsv,
                    date=day,
                    wave=wave,
                    instrument_name=instrument.name,
                    instrument_version=instrument.version,
                    instrument_checksum=instrument.checksum,
                    domain_codes=",".join(instrument.domain_codes),
                    min_group_size=k,
                    source_name=source_name,
                    source_checksum=source_checksum,
                    created_at=dt.datetime.now(dt.timezone.utc),
                )
            )
        )

    @staticmethod
    def insert_rows(conn, sid: int, resp: pd.DataFrame, ans: pd.DataFrame, rem: pd.DataFrame):
        numbers = resp["respondent"].to_numpy(dtype=np.int64)
        bulk_insert(
            conn,
            "respondents",
            ("session_id", "number", "profession", "echelon"),
            zip(
                [sid] * len(resp),
                numbers.tolist(),
                resp["profession"].astype(str).tolist(),
                resp["echelon"].astype(str).tolist(),
            ),
        )
        id_rows = conn.execute(
            select(m.respondents.c.number, m.respondents.c.id).where(
                m.respondents.c.session_id == sid
            )
        ).all()
        ids = pd.Series([r[1] for r in id_rows], index=[r[0] for r in id_rows], dtype=np.int64)
        rid = ids.reindex(ans["respondent"].to_numpy(dtype=np.int64)).to_numpy()
        value = ans["value"].to_numpy(dtype=float)
        whole = np.nan_to_num(value).astype(np.int64).astype(object)
        whole[np.isnan(value)] = None  # blank or "weet niet"
        values = whole.tolist()
        bulk_insert(
            conn,
            "answers",
            ("respondent_id", "item", "value", "dont_know"),
            zip(
                rid.tolist(),
                ans["item"].astype(str).tolist(),
                values,
                ans["dont_know"].to_numpy(dtype=bool).tolist(),
            ),
        )
        if len(rem):
            conn.execute(
                insert(m.remarks),
                [
                    {"session_id": sid, "domain": d, "text": t}
                    for d, t in zip(rem["domain"].astype(str), rem["text"].astype(str))
                ],
            )

    # -- listing ----------------------------------------------------------------------
    def sessions(self) -> pd.DataFrame:
        """All sessions, oldest meeting first.

        Returns
        -------
        DataFrame
            ``id, vsv, date (datetime.date), wave, n_respondents, instrument_name,
            instrument_version, min_group_size`` (nullable Int64).
        """
        return self.find_sessions()

    def find_sessions(self, vsv: str | None = None) -> pd.DataFrame:
        """Sessions whose VSV name contains ``vsv`` (case-insensitive); all when None."""
        query = _session_query()
        if vsv is not None:
            query = query.where(
                func.lower(m.sessions.c.vsv).contains(str(vsv).strip().lower(), autoescape=True)
            )
        query = query.order_by(m.sessions.c.date, m.sessions.c.id)
        with self.reading() as conn:
            rows = conn.execute(query).all()
        frame = pd.DataFrame([_session_of(r).__dict__ for r in rows], columns=_SESSION_FIELDS)
        frame = frame.loc[:, list(SESSION_COLUMNS)]
        frame["id"] = frame["id"].astype(np.int64)
        frame["n_respondents"] = frame["n_respondents"].astype(np.int64)
        frame["min_group_size"] = frame["min_group_size"].astype("Int64")
        frame["date"] = frame["date"].astype(object)
        return frame.reset_index(drop=True)

    def session(self, session_id: int) -> m.Session:
        """One session; a StoreError names an unknown id."""
        sid = values.session_id(session_id)
        with self.reading() as conn:
            row = conn.execute(_session_query().where(m.sessions.c.id == sid)).first()
        if row is None:
            raise _unknown_session(sid)
        return _session_of(row)

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its respondents, answers, remarks and workshop record.

        Its instrument goes too when no other session was answered with it.
        """
        sid = values.session_id(session_id)
        with self.writing("store_op_delete") as conn:
            s = m.sessions.c
            checksum = conn.execute(select(s.instrument_checksum).where(s.id == sid)).scalar()
            if checksum is None:
                raise _unknown_session(sid)
            conn.execute(delete(m.sessions).where(s.id == sid))
            drop_unused(conn, [checksum])
        log.info("deleted session %s", sid)

    def update_session(
        self,
        session_id: int,
        *,
        vsv: str = UNSET,
        date: dt.date | str = UNSET,
        wave: str = UNSET,
    ) -> m.Session:
        """Change the VSV name, date or wave of a session; the fields not given stay.

        The answers, notes and plan stay with the session. Returns the changed session.

        Raises
        ------
        StoreError
            For an unknown id or a value that is not allowed (checked as at import).
        """
        sid = values.session_id(session_id)
        given: dict[str, Any] = {}
        if vsv is not UNSET:
            given["vsv"] = values.vsv_name(vsv)
        if date is not UNSET:
            given["date"] = values.session_date(date)
        if wave is not UNSET:
            given["wave"] = values.wave(wave)
        with self.writing("store_op_change") as conn:
            if conn.execute(select(m.sessions.c.id).where(m.sessions.c.id == sid)).first() is None:
                raise _unknown_session(sid)
            if given:
                conn.execute(update(m.sessions).where(m.sessions.c.id == sid).values(**given))
        log.info("changed session %s: %s", sid, sorted(given))
        return self.session(sid)

    # -- reading back -----------------------------------------------------------------
    def remarks(self, session_id: int) -> pd.DataFrame:
        """Free-text remarks of a session: ``domain, text`` (no respondent link)."""
        sid = values.session_id(session_id)
        self._require(sid)
        query = (
            select(m.remarks.c.domain, m.remarks.c.text)
            .where(m.remarks.c.session_id == sid)
            .order_by(m.remarks.c.id)
        )
        with self.reading() as conn:
            rows = conn.execute(query).all()
        return pd.DataFrame(rows, columns=["domain", "text"]).astype({"domain": str, "text": str})

    def answers(
        self, session_ids: int | list[int] | None = None, instrument: Instrument | None = None
    ) -> pd.DataFrame:
        """Answers in the scoring input shape (docs/design.md), all sessions when None.

        Columns: ``session, respondent, profession, echelon, item, domain, value (float,
        NaN when blank or "weet niet"), dont_know, desired``; sorted by session,
        respondent and questionnaire order. ``domain`` and ``desired`` come from the
        instrument the answers are read with: by default the sessions' own,
        :meth:`instrument_for` -- when they were answered with different versions, the
        statements they share, and the answers to the other statements are left out. An
        explicit ``instrument`` reads every session with it (sessions answered with another
        file are logged).

        Raises
        ------
        StoreError
            For an unknown session id, a session whose instrument the store does not hold
            (by default), or items an explicit instrument does not know.
        """
        ids = values.session_ids(session_ids)
        own = instrument is None
        inst = self.instrument_for(ids) if instrument is None else instrument
        sessions_c = m.sessions.c
        with self.reading() as conn:
            query = select(sessions_c.id, sessions_c.instrument_checksum)
            if ids is not None:
                query = query.where(sessions_c.id.in_(ids))
            checksums = dict(conn.execute(query).all())
            missing = [i for i in ids or () if i not in checksums]
            if missing:
                raise _unknown_session(missing[0])
            frame = read_answers(conn, ids, inst, only_known=own)
        for sid, checksum in checksums.items():
            if not own and checksum != inst.checksum:
                log.warning(
                    "session %s was imported with another instrument file than %s %s",
                    sid,
                    inst.name,
                    inst.version,
                )
        return frame

    def _require(self, session_id: int) -> None:
        with self.reading() as conn:
            found = conn.execute(
                select(m.sessions.c.id).where(m.sessions.c.id == session_id)
            ).first()
        if found is None:
            raise _unknown_session(session_id)


# -- helpers ------------------------------------------------------------------------------

_SESSION_FIELDS = list(m.Session.__dataclass_fields__)


def _session_query():
    counts = (
        select(m.respondents.c.session_id, func.count().label("n"))
        .group_by(m.respondents.c.session_id)
        .subquery()
    )
    stored = m.instruments.c.checksum.is_not(None).label("instrument_stored")
    return select(
        m.sessions, func.coalesce(counts.c.n, 0).label("n_respondents"), stored
    ).select_from(
        m.sessions.outerjoin(counts, counts.c.session_id == m.sessions.c.id).outerjoin(
            m.instruments, m.instruments.c.checksum == m.sessions.c.instrument_checksum
        )
    )


def _session_of(row) -> m.Session:
    x = row._mapping
    return m.Session(
        id=int(x["id"]),
        vsv=x["vsv"],
        date=x["date"],
        wave=x["wave"],
        instrument_name=x["instrument_name"],
        instrument_version=x["instrument_version"],
        min_group_size=x["min_group_size"],
        n_respondents=int(x["n_respondents"]),
        instrument_checksum=x["instrument_checksum"],
        domain_codes=tuple(c for c in x["domain_codes"].split(",") if c),
        source_name=x["source_name"],
        created_at=x["created_at"],
        instrument_stored=bool(x["instrument_stored"]),
    )


def _unknown_session(session_id: Any) -> StoreError:
    return StoreError(key="store_unknown_session", id=session_id)


def _refuse_duplicate(conn, checksum: str) -> None:
    row = conn.execute(
        select(m.sessions.c.id, m.sessions.c.vsv, m.sessions.c.date).where(
            m.sessions.c.source_checksum == checksum
        )
    ).first()
    if row is not None:
        raise StoreError(key="store_already_imported", id=row.id, vsv=row.vsv, date=row.date)
