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
from vsvkit.store import models as m

__all__ = ["STEPS", "database_version", "check_tables", "check_supported", "upgrade"]

log = logging.getLogger(__name__)


def _create(conn: Connection, version: int) -> None:
    m.metadata.create_all(conn, tables=list(m.TABLES_BY_VERSION[version]), checkfirst=True)


def _step_1(conn: Connection) -> None:
    """Sessions, respondents, answers, remarks (and the version table itself)."""
    _create(conn, 1)


def _step_2(conn: Connection) -> None:
    """The workshop record: notes, agreed level and priority per domain; plan actions."""
    _create(conn, 2)


#: Migration steps by the version they lead to.
STEPS: dict[int, Callable[[Connection], None]] = {1: _step_1, 2: _step_2}


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
