"""The session repository: import, list, read back and delete questionnaire sessions.

Examples
--------
>>> from vsvkit.store import Store
>>> store = Store("sqlite://")          # in memory; Store() uses the user's data folder
>>> store.sessions().columns.tolist()[:4]
['id', 'vsv', 'date', 'wave']
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import URL, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from .._matrix import SCORING_COLUMNS
from ..errors import StoreError
from ..instrument import Instrument, load_instrument
from . import models as m
from ._checks import validated as _validated
from .database import (
    bulk_insert,
    describe,
    make_engine,
    read_connection,
    resolve_url,
    wrap_db_error,
    write_transaction,
)
from .migrations import check_supported, database_version, upgrade
from .reading import read_answers
from .workshop import WorkshopRecord

__all__ = ["Store", "ANSWER_COLUMNS", "SESSION_COLUMNS"]

log = logging.getLogger(__name__)

#: Columns of :meth:`Store.answers` (the scoring input shape of docs/design.md).
ANSWER_COLUMNS = SCORING_COLUMNS
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


class Store(WorkshopRecord):
    """The session store: SQLite by default, PostgreSQL by URL.

    Parameters
    ----------
    url : str, path or None
        A database URL (``sqlite:///file``, ``postgresql://user:pw@host/db``), a plain file
        path (a SQLite file), or None: the environment variable ``VSVKIT_DB``, else
        ``vsvkit.sqlite`` in ``platformdirs.user_data_dir("vsvkit")``.

    Raises
    ------
    StoreError
        For a bad URL, an unreachable server, a file that is not a vsvkit store, or a
        store written by a newer vsvkit. An older store is upgraded in place.
    """

    def __init__(self, url: str | os.PathLike | URL | None = None):
        self.url = resolve_url(url)
        self._engine = make_engine(self.url)
        try:
            self._open()
        except SQLAlchemyError as err:
            self._engine.dispose()
            raise wrap_db_error(err, self.url, "opening") from err
        except StoreError:
            self._engine.dispose()
            raise

    def _open(self) -> None:
        where = describe(self.url)
        with read_connection(self._engine) as conn:
            version = database_version(conn)
        check_supported(version, where)
        if version < m.SCHEMA_VERSION:
            with write_transaction(self._engine, schema_lock=True) as conn:
                applied = upgrade(conn, where)
            if applied and version > 0:
                log.info("upgraded session store %s from version %d", where, version)

    def __repr__(self) -> str:
        return f"Store({describe(self.url)!r})"

    def close(self) -> None:
        """Close all connections (the store can not be used afterwards)."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with read_connection(self._engine) as conn:
            return database_version(conn)

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
            The instrument the file was read with; its name, version and checksum are kept.
        min_group_size : int, optional
            Minimum group size for this session (at least 3); None: the instrument's.

        Raises
        ------
        StoreError
            When the file was imported before (same checksum), an argument is invalid or
            the responses do not fit the instrument. Nothing is stored then.
        """
        vsv = _check_vsv(vsv)
        day = _as_date(date)
        if wave not in m.WAVES:
            raise StoreError(f"wave must be one of {', '.join(m.WAVES)}; got {wave!r}")
        k = _check_min_group_size(min_group_size)
        resp, ans, rem = _validated(responses, instrument)
        checksum = str(getattr(responses, "checksum", "") or "") or None
        source_name = getattr(responses, "source_name", None)
        try:
            with write_transaction(self._engine) as conn:
                if checksum is not None:
                    _refuse_duplicate(conn, checksum)
                sid = conn.execute(
                    insert(m.sessions).values(
                        vsv=vsv,
                        date=day,
                        wave=wave,
                        instrument_name=instrument.name,
                        instrument_version=instrument.version,
                        instrument_checksum=instrument.checksum,
                        domain_codes=",".join(instrument.domain_codes),
                        min_group_size=k,
                        source_name=None if source_name is None else str(source_name),
                        source_checksum=checksum,
                        created_at=dt.datetime.now(dt.timezone.utc),
                    )
                ).inserted_primary_key[0]
                self._insert_rows(conn, int(sid), resp, ans, rem)
        except IntegrityError as err:
            # a concurrent import of the same file won the race
            if checksum is not None:
                with read_connection(self._engine) as conn:
                    _refuse_duplicate(conn, checksum)
            raise wrap_db_error(err, self.url, "importing the session") from err
        except SQLAlchemyError as err:
            raise wrap_db_error(err, self.url, "importing the session") from err
        log.info("stored session %s: %s %s, %d respondents", sid, vsv, day, len(resp))
        return int(sid)

    @staticmethod
    def _insert_rows(conn, sid: int, resp: pd.DataFrame, ans: pd.DataFrame, rem: pd.DataFrame):
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
        values = np.where(np.isnan(value), None, np.nan_to_num(value).astype(np.int64)).tolist()
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
        with read_connection(self._engine) as conn:
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
        with read_connection(self._engine) as conn:
            row = conn.execute(_session_query().where(m.sessions.c.id == int(session_id))).first()
        if row is None:
            raise _unknown_session(session_id)
        return _session_of(row)

    def delete_session(self, session_id: int) -> None:
        """Delete a session with its respondents, answers, remarks and workshop record."""
        with write_transaction(self._engine) as conn:
            gone = conn.execute(delete(m.sessions).where(m.sessions.c.id == int(session_id)))
            if gone.rowcount == 0:
                raise _unknown_session(session_id)
        log.info("deleted session %s", session_id)

    # -- reading back -----------------------------------------------------------------
    def remarks(self, session_id: int) -> pd.DataFrame:
        """Free-text remarks of a session: ``domain, text`` (no respondent link)."""
        self._require(session_id)
        query = (
            select(m.remarks.c.domain, m.remarks.c.text)
            .where(m.remarks.c.session_id == int(session_id))
            .order_by(m.remarks.c.id)
        )
        with read_connection(self._engine) as conn:
            rows = conn.execute(query).all()
        return pd.DataFrame(rows, columns=["domain", "text"]).astype({"domain": str, "text": str})

    def answers(
        self, session_ids: int | list[int] | None = None, instrument: Instrument | None = None
    ) -> pd.DataFrame:
        """Answers in the scoring input shape (docs/design.md), all sessions when None.

        Columns: ``session, respondent, profession, echelon, item, domain, value (float,
        NaN when blank or "weet niet"), dont_know, desired``; sorted by session,
        respondent and questionnaire order. ``domain`` and ``desired`` come from
        ``instrument`` (default: the bundled one).

        Raises
        ------
        StoreError
            For an unknown session id, or items the instrument does not know.
        """
        instrument = instrument if instrument is not None else load_instrument()
        ids = _id_list(session_ids)
        sessions_c = m.sessions.c
        with read_connection(self._engine) as conn:
            query = select(sessions_c.id, sessions_c.instrument_checksum)
            if ids is not None:
                query = query.where(sessions_c.id.in_(ids))
            checksums = dict(conn.execute(query).all())
            missing = [i for i in ids or () if i not in checksums]
            if missing:
                raise _unknown_session(missing[0])
            frame = read_answers(conn, ids, instrument)
        for sid, checksum in checksums.items():
            if checksum != instrument.checksum:
                log.warning(
                    "session %s was imported with another instrument file than %s %s",
                    sid,
                    instrument.name,
                    instrument.version,
                )
        return frame

    def _require(self, session_id: int) -> None:
        with read_connection(self._engine) as conn:
            found = conn.execute(
                select(m.sessions.c.id).where(m.sessions.c.id == int(session_id))
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
    return select(m.sessions, func.coalesce(counts.c.n, 0).label("n_respondents")).select_from(
        m.sessions.outerjoin(counts, counts.c.session_id == m.sessions.c.id)
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
    )


def _unknown_session(session_id: Any) -> StoreError:
    return StoreError(
        f"there is no session with id {session_id}; list the stored sessions with "
        "'vsvkit sessions'."
    )


def _refuse_duplicate(conn, checksum: str) -> None:
    row = conn.execute(
        select(m.sessions.c.id, m.sessions.c.vsv, m.sessions.c.date).where(
            m.sessions.c.source_checksum == checksum
        )
    ).first()
    if row is not None:
        raise StoreError(
            f"this file was already imported as session {row.id} ({row.vsv}, {row.date}); "
            f"delete that session first (vsvkit delete {row.id}) to import it again."
        )


def _id_list(session_ids) -> list[int] | None:
    if session_ids is None:
        return None
    if isinstance(session_ids, (int, np.integer)):
        return [int(session_ids)]
    try:
        return [int(i) for i in session_ids]
    except (TypeError, ValueError) as err:
        raise StoreError(f"session ids must be whole numbers; got {session_ids!r}") from err


def _check_vsv(vsv: Any) -> str:
    if not isinstance(vsv, str) or not vsv.strip():
        raise StoreError(f"the VSV name must be a non-empty text; got {vsv!r}")
    return vsv.strip()


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as err:
        raise StoreError(
            f"the session date must be a date as YYYY-MM-DD (e.g. 2026-03-12); got {value!r}"
        ) from err


def _check_min_group_size(k: Any) -> int | None:
    if k is None:
        return None
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 3:
        raise StoreError(
            f"the minimum group size must be a whole number of at least 3 (privacy floor); "
            f"got {k!r}"
        )
    return int(k)
