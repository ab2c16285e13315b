"""The ``instruments`` table and what a session's stored rows ask of an instrument.

Each questionnaire file a session was answered with is kept once, by its checksum
(:attr:`vsvkit.instrument.Instrument.checksum`); ``sessions.instrument_checksum`` points at
it. Shared by the store (:mod:`vsvkit.store.instruments`: import, read, attach) and by the
upgrade to schema version 3 (:mod:`vsvkit.store.migrations`), which gives the sessions of an
older store their instrument. SQLAlchemy Core only: SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, delete, exists, select, update
from sqlalchemy.dialects import postgresql, sqlite

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument, parse_instrument
from vsvkit.store import models as m

__all__ = [
    "Needs",
    "keep_instrument",
    "stored_instrument",
    "session_needs",
    "misfits",
    "point_sessions",
    "drop_unused",
]


@dataclass(frozen=True)
class Needs:
    """What the stored rows of one session use: an instrument that scores it must have these.

    ``items`` (answers.item), ``values`` (answers 1..n given), ``professions`` and
    ``echelons`` (respondents), ``domains`` (remarks, notes and plan actions).
    """

    items: frozenset[str]
    values: frozenset[int]
    professions: frozenset[str]
    echelons: frozenset[str]
    domains: frozenset[str]


def keep_instrument(conn: Connection, instrument: Instrument) -> None:
    """Store the file of ``instrument`` when its checksum is new (in the caller's transaction).

    Raises
    ------
    StoreError
        When the instrument is not what its file says (derived from another one, as
        :meth:`~vsvkit.instrument.Instrument.shared_with` does, or changed in Python): a
        session must be scored with the file it was answered with.
    """
    if not instrument.content or parse_instrument(instrument.content) != instrument:
        raise StoreError(
            key="store_instrument_without_file", name=instrument.name, version=instrument.version
        )
    values = dict(
        checksum=instrument.checksum,
        name=instrument.name,
        version=instrument.version,
        content=instrument.content,
        created_at=dt.datetime.now(dt.timezone.utc),
    )
    dialect = {"sqlite": sqlite, "postgresql": postgresql}.get(conn.dialect.name)
    if dialect is not None:  # a concurrent import of the same new file is no conflict
        conn.execute(dialect.insert(m.instruments).values(**values).on_conflict_do_nothing())
        return
    c = m.instruments.c  # pragma: no cover - the store supports SQLite and PostgreSQL only
    if conn.execute(select(c.checksum).where(c.checksum == instrument.checksum)).first() is None:
        conn.execute(m.instruments.insert().values(**values))


def stored_instrument(conn: Connection, checksum: str) -> Instrument | None:
    """The stored instrument with this checksum, or None when the store does not hold it."""
    c = m.instruments.c
    row = conn.execute(select(c.name, c.version, c.content).where(c.checksum == checksum)).first()
    if row is None:
        return None
    return parse_instrument(row.content, f"{row.name} {row.version}")


def session_needs(conn: Connection, session_ids: Iterable[int]) -> dict[int, Needs]:
    """What the stored rows of each session use (:class:`Needs`), by session id."""
    ids = [int(i) for i in session_ids]
    found: dict[int, dict[str, set]] = {
        i: {f: set() for f in Needs.__dataclass_fields__} for i in ids
    }
    r, a = m.respondents.c, m.answers.c
    people = select(r.session_id, r.profession, r.echelon).where(r.session_id.in_(ids)).distinct()
    for sid, profession, echelon in conn.execute(people):
        found[sid]["professions"].add(profession)
        found[sid]["echelons"].add(echelon)
    given = (
        select(r.session_id, a.item, a.value)
        .select_from(m.answers.join(m.respondents, m.respondents.c.id == a.respondent_id))
        .where(r.session_id.in_(ids))
        .distinct()
    )
    for sid, item, value in conn.execute(given):
        found[sid]["items"].add(item)
        if value is not None:
            found[sid]["values"].add(int(value))
    for table in (m.remarks, m.domain_notes, m.actions):
        rows = select(table.c.session_id, table.c.domain).where(table.c.session_id.in_(ids))
        for sid, domain in conn.execute(rows.distinct()):
            found[sid]["domains"].add(domain)
    return {sid: Needs(**{k: frozenset(v) for k, v in f.items()}) for sid, f in found.items()}


def misfits(needs: Needs, instrument: Instrument) -> dict[str, list[str]]:
    """What of ``needs`` the instrument does not have, by kind; empty when it fits."""
    has = {
        "items": {i.code for i in instrument.all_items},
        "values": {s.value for s in instrument.scale},
        "professions": {r.code for r in instrument.roles},
        "echelons": {e.code for e in instrument.echelons},
        "domains": set(instrument.domain_codes),
    }
    out = {}
    for kind, allowed in has.items():
        missing = sorted(str(v) for v in getattr(needs, kind) - allowed)
        if missing:
            out[kind] = missing
    return out


def point_sessions(conn: Connection, session_ids: Iterable[int], instrument: Instrument) -> None:
    """Let the sessions name ``instrument`` (stored with :func:`keep_instrument`)."""
    ids = [int(i) for i in session_ids]
    conn.execute(
        update(m.sessions)
        .where(m.sessions.c.id.in_(ids))
        .values(
            instrument_name=instrument.name,
            instrument_version=instrument.version,
            instrument_checksum=instrument.checksum,
            domain_codes=",".join(instrument.domain_codes),
        )
    )


def drop_unused(conn: Connection, checksums: Iterable[str]) -> None:
    """Delete the stored instruments of ``checksums`` that no session names any more."""
    s = m.sessions.c
    for checksum in set(checksums):
        used = exists().where(s.instrument_checksum == checksum)
        conn.execute(delete(m.instruments).where(m.instruments.c.checksum == checksum).where(~used))
