"""The instrument each session was answered with, kept in the store and read back.

Mixed into :class:`vsvkit.store.Store`. Every session is scored with its own instrument:
:meth:`InstrumentRecords.instrument` reads it (the file's text, parsed once per checksum),
:meth:`InstrumentRecords.instrument_for` gives the one instrument several sessions are read
with (the statements they share, when they were answered with different versions), and
:meth:`InstrumentRecords.attach_instrument` gives a session the instrument the store lacks
(``vsvkit sessions instrument``).
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store.connection import Connected
from vsvkit.store.instrument_rows import (
    drop_unused,
    keep_instrument,
    misfits,
    point_sessions,
    session_needs,
    stored_instrument,
)

__all__ = ["InstrumentRecords"]

log = logging.getLogger(__name__)

#: The names of what an instrument lacks, as :func:`misfits` gives them (i18n keys).
_MISFIT_KEYS = {
    "items": "misfit_items",
    "values": "misfit_values",
    "professions": "misfit_professions",
    "echelons": "misfit_echelons",
    "domains": "misfit_domains",
}


class InstrumentRecords(Connected):
    """Methods for the instruments of a store's sessions (see :class:`vsvkit.store.Store`)."""

    def _instrument_cache(self) -> dict[str, Instrument]:
        cache = self.__dict__.get("_instruments")
        if cache is None:
            cache = self.__dict__["_instruments"] = {}
        return cache

    def instruments_of(self, session_ids: Any = None) -> dict[int, Instrument]:
        """The instrument of each session (all sessions when None), by id, oldest meeting first.

        Raises
        ------
        StoreError
            For an unknown session id, or a session whose instrument the store does not hold
            (answered with an own questionnaire in a store made before schema version 3; the
            message names ``vsvkit sessions instrument``).
        """
        ids = values.session_ids(session_ids)
        s = m.sessions.c
        query = select(
            s.id, s.vsv, s.instrument_checksum, s.instrument_name, s.instrument_version
        ).order_by(s.date, s.id)
        if ids is not None:
            query = query.where(s.id.in_(ids))
        cache = self._instrument_cache()
        with self.reading() as conn:
            rows = conn.execute(query).all()
            for row in rows:
                if row.instrument_checksum not in cache:
                    found = stored_instrument(conn, row.instrument_checksum)
                    if found is not None:
                        cache[row.instrument_checksum] = found
        known = {row.id for row in rows}
        for sid in ids or ():
            if sid not in known:
                raise StoreError(key="store_unknown_session", id=sid)
        for row in rows:
            if row.instrument_checksum not in cache:
                raise StoreError(
                    key="store_instrument_missing",
                    id=row.id,
                    vsv=row.vsv,
                    name=row.instrument_name,
                    version=row.instrument_version,
                )
        return {int(row.id): cache[row.instrument_checksum] for row in rows}

    def instrument(self, session_id: int) -> Instrument:
        """The instrument the session was answered with (its file as stored at import).

        Raises
        ------
        StoreError
            For an unknown session, or one whose instrument the store does not hold.

        Examples
        --------
        >>> import vsvkit as vk
        >>> store = vk.open_store("sqlite://")
        >>> ids = vk.load_demo(store)
        >>> store.instrument(1).version
        '2026.2'
        """
        sid = values.session_id(session_id)
        return self.instruments_of([sid])[sid]

    def instrument_for(self, session_ids: Any = None) -> Instrument:
        """The one instrument the sessions are read and scored with together.

        Their instrument when they share one; else the instrument of the most recent session
        (latest meeting date) restricted to the statements every other session's instrument
        asks as well (:meth:`~vsvkit.instrument.Instrument.shared_with`): waves or VSVs
        answered with different versions are compared on the statements they share. No
        sessions (an empty store): the newest bundled instrument.
        """
        found = list(self.instruments_of(session_ids).values())
        if not found:
            return load_instrument()
        latest, others = found[-1], [i for i in found[:-1] if i.checksum != found[-1].checksum]
        unique = list({i.checksum: i for i in others}.values())
        return latest.shared_with(*unique) if unique else latest

    def attach_instrument(self, session_id: int, instrument: Instrument) -> None:
        """Give a session the instrument it is scored with from now on.

        For a session the store holds no instrument of (answered with an own questionnaire
        before the store kept them), or one that should be read with a corrected file. Every
        stored answer (statement and value), profession, echelon and domain of the session's
        remarks, notes and plan must fit the instrument.

        Raises
        ------
        StoreError
            For an unknown session, a read-only store, or an instrument the session's rows do
            not fit (the message names what is missing from it). Nothing is changed then.
        """
        sid = values.session_id(session_id)
        with self.writing("store_op_change") as conn:
            s = m.sessions.c
            old = conn.execute(select(s.instrument_checksum).where(s.id == sid)).scalar()
            if old is None:
                raise StoreError(key="store_unknown_session", id=sid)
            lacking = misfits(session_needs(conn, [sid])[sid], instrument)
            if lacking:  # the first kind that does not fit, with its values
                kind, missing = next(iter(lacking.items()))
                raise StoreError(
                    key="store_instrument_does_not_fit",
                    id=sid,
                    name=instrument.name,
                    version=instrument.version,
                    what_key=_MISFIT_KEYS[kind],
                    values=", ".join(missing[:10]) + (" ..." if len(missing) > 10 else ""),
                )
            keep_instrument(conn, instrument)
            point_sessions(conn, [sid], instrument)
            drop_unused(conn, [old])
        self._instrument_cache().pop(old, None)
        log.info(
            "session %s is scored with %s %s (file %s) from now on",
            sid,
            instrument.name,
            instrument.version,
            instrument.checksum,
        )
