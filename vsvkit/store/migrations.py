"""Versioned schema of the session store: read the version, upgrade in place.

Each step ``N`` brings a database from version ``N - 1`` to ``N`` inside the caller's
transaction (DDL is transactional in SQLite and PostgreSQL), and records itself in the
``schema_version`` table. An upgrade therefore either completes or leaves the database
as it was. Callers hold the write lock (SQLite ``BEGIN IMMEDIATE``; a PostgreSQL advisory
lock) so two processes opening an old database at once do not both upgrade it.

Adding a step: write ``_step_N(conn)``, add it to ``STEPS``, raise
:data:`~vsvkit.store.models.SCHEMA_VERSION`. When a step alters a table that an earlier
step created from :mod:`~vsvkit.store.models`, freeze the earlier definition in that step.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import Connection, insert, inspect, select
from sqlalchemy import func as sa_func

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument, bundled_instruments
from vsvkit.store import models as m
from vsvkit.store.instrument_rows import keep_instrument, misfits, point_sessions, session_needs

__all__ = [
    "STEPS",
    "database_version",
    "check_tables",
    "check_supported",
    "upgrade",
    "assign_instruments",
]

log = logging.getLogger(__name__)


def _create(conn: Connection, version: int) -> None:
    m.metadata.create_all(conn, tables=list(m.TABLES_BY_VERSION[version]), checkfirst=True)


def _step_1(conn: Connection) -> None:
    """Sessions, respondents, answers, remarks (and the version table itself)."""
    _create(conn, 1)


def _step_2(conn: Connection) -> None:
    """The workshop record: notes, agreed level and priority per domain; plan actions."""
    _create(conn, 2)


def _step_3(conn: Connection) -> None:
    """The instrument of every session kept in the store (``instruments``).

    Stores before version 3 kept only the name, version and checksum of the instrument file
    a session was imported with. For each session, in this order:

    1. the bundled instrument with that checksum (the bundled files of earlier versions are
       kept byte for byte, so a store made by any release matches);
    2. else the bundled instrument with the same name and version, when it has every
       statement, answer value, profession, echelon and domain stored for the session;
    3. else the newest bundled instrument that has all those;
    4. else none: the session was answered with an own questionnaire the store never held.
       Reading it raises a StoreError that names ``vsvkit sessions instrument``.

    In 2 and 3 the session then names the instrument it got. Every choice is logged.
    """
    _create(conn, 3)
    assign_instruments(conn, bundled_instruments())


def assign_instruments(conn: Connection, bundled: tuple[Instrument, ...]) -> dict[int, str]:
    """Give every session the bundled instrument its rows fit (see :func:`_step_3`).

    Returns the checksum of the instrument each session got ("" where none fits).
    """
    s = m.sessions.c
    rows = conn.execute(
        select(s.id, s.instrument_checksum, s.instrument_name, s.instrument_version).order_by(s.id)
    ).all()
    by_checksum = {inst.checksum: inst for inst in bundled}
    exact = [r for r in rows if r.instrument_checksum in by_checksum]
    for checksum in sorted({r.instrument_checksum for r in exact}):
        keep_instrument(conn, by_checksum[checksum])
    assigned = {r.id: r.instrument_checksum for r in exact}
    if exact:
        log.info("sessions %s: their bundled instrument file", _ids(exact))
    others = [r for r in rows if r.instrument_checksum not in by_checksum]
    needs = session_needs(conn, [r.id for r in others]) if others else {}
    for row in others:
        same = [
            i
            for i in bundled
            if (i.name, i.version) == (row.instrument_name, row.instrument_version)
        ]
        fits = [i for i in same + list(bundled) if not misfits(needs[row.id], i)]
        if not fits:
            log.warning(
                "session %s was answered with %s %s (file %s), which the store does not hold "
                "and no bundled instrument fits; attach it with: "
                "vsvkit sessions instrument %s FILE",
                row.id,
                row.instrument_name,
                row.instrument_version,
                row.instrument_checksum,
                row.id,
            )
            assigned[row.id] = ""
            continue
        chosen = fits[0]
        keep_instrument(conn, chosen)
        point_sessions(conn, [row.id], chosen)
        assigned[row.id] = chosen.checksum
        log.warning(
            "session %s was answered with %s %s (file %s); it is now scored with the bundled "
            "%s %s (file %s), which has every statement, profession and echelon stored for it",
            row.id,
            row.instrument_name,
            row.instrument_version,
            row.instrument_checksum,
            chosen.name,
            chosen.version,
            chosen.checksum,
        )
    return assigned


def _ids(rows) -> str:
    return ", ".join(str(r.id) for r in rows)


def _step_4(conn: Connection) -> None:
    """Questionnaires answered on vsvkit's own pages (``surveys``) and invitation codes."""
    _create(conn, 4)


def _step_5(conn: Connection) -> None:
    """The room view of a workshop: the step on screen, what is revealed, the agenda."""
    _create(conn, 5)


def _step_6(conn: Connection) -> None:
    """Vote rounds in the room (``poll_rounds``) and their open votes (``poll_votes``)."""
    _create(conn, 6)


def _step_7(conn: Connection) -> None:
    """Users of a shared server and their roles, regions and the VSVs in them."""
    _create(conn, 7)


#: Migration steps by the version they lead to.
STEPS: dict[int, Callable[[Connection], None]] = {
    1: _step_1,
    2: _step_2,
    3: _step_3,
    4: _step_4,
    5: _step_5,
    6: _step_6,
    7: _step_7,
}


def database_version(conn: Connection, where: str = "") -> int:
    """The schema version of the database behind ``conn``; 0 for an empty database.

    Raises
    ------
    StoreError
        When the database holds tables but no ``schema_version`` table: it is not a
        vsvkit session store, and it is left as it is.
    """
    names = set(inspect(conn).get_table_names())
    if m.schema_version.name not in names:
        if names:
            shown = sorted(names)
            tables = ", ".join(shown[:8]) + (", ..." if len(shown) > 8 else "")
            raise StoreError(key="store_not_vsvkit", where=where, tables=tables)
        return 0
    version = conn.execute(select(sa_func.max(m.schema_version.c.version))).scalar()
    return int(version or 0)


def check_tables(conn: Connection, version: int, where: str = "") -> None:
    """Raise when a table that schema ``version`` has is missing (a damaged store)."""
    names = set(inspect(conn).get_table_names())
    expected = [
        table.name
        for v in range(1, min(version, m.SCHEMA_VERSION) + 1)
        for table in m.TABLES_BY_VERSION[v]
    ]
    missing = [name for name in expected if name not in names]
    if missing:
        raise StoreError(
            key="store_damaged", where=where, tables=", ".join(missing), version=version
        )


def check_supported(version: int, where: str) -> None:
    """Raise when a database is newer than this vsvkit."""
    if version > m.SCHEMA_VERSION:
        raise StoreError(key="store_newer", where=where, version=version, current=m.SCHEMA_VERSION)


def upgrade(conn: Connection, where: str = "") -> list[int]:
    """Apply the missing steps inside the caller's transaction; return the versions applied."""
    version = database_version(conn, where)
    check_supported(version, where)
    check_tables(conn, version, where)
    applied = []
    for target in range(version + 1, m.SCHEMA_VERSION + 1):
        log.info("upgrading session store %s to schema version %d", where, target)
        STEPS[target](conn)
        conn.execute(
            insert(m.schema_version).values(
                version=target, applied_at=dt.datetime.now(dt.timezone.utc)
            )
        )
        applied.append(target)
    return applied
