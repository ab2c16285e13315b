"""The connection of a store: open (and upgrade) the database, one transaction at a time.

The base of :class:`vsvkit.store.Store` and of the records mixed into it
(:mod:`vsvkit.store.sessions`, :mod:`vsvkit.store.workshop`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import URL, Connection, CursorResult
from sqlalchemy.exc import SQLAlchemyError

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store.database import (
    describe,
    is_read_only,
    make_engine,
    read_connection,
    resolve_url,
    use_wal,
    wrap_db_error,
    write_transaction,
)
from vsvkit.store.migrations import check_supported, check_tables, database_version, upgrade

__all__ = ["Connected", "inserted_id"]

log = logging.getLogger(__name__)

_Self = TypeVar("_Self", bound="Connected")


def inserted_id(result: CursorResult) -> int:
    """The primary key of the one row an INSERT wrote."""
    key = result.inserted_primary_key
    if key is None:  # pragma: no cover - every table has an integer primary key
        raise StoreError("the database returned no id for the new row")
    return int(key[0])


class Connected:
    """A store's database: opened, checked and upgraded once; read and written in transactions.

    ``url`` as for :class:`vsvkit.store.Store`.
    """

    def __init__(self, url: str | os.PathLike | URL | None = None):
        self.url = resolve_url(url)
        #: True when the store is a SQLite file that cannot be written.
        self.read_only = is_read_only(self.url)
        self._engine = make_engine(self.url, read_only=self.read_only)
        try:
            self._open()
        except SQLAlchemyError as err:
            self._engine.dispose()
            raise wrap_db_error(err, self.url, "store_op_open") from err
        except StoreError:
            self._engine.dispose()
            raise

    def _open(self) -> None:
        where = describe(self.url)
        with read_connection(self._engine) as conn:
            version = database_version(conn, where)
            check_supported(version, where)
            check_tables(conn, version, where)
        if version < m.SCHEMA_VERSION and self.read_only:
            raise StoreError(
                key="store_read_only_old", where=where, version=version, current=m.SCHEMA_VERSION
            )
        if not self.read_only:
            use_wal(self._engine)
        if version < m.SCHEMA_VERSION:
            with write_transaction(self._engine, schema_lock=True) as conn:
                applied = upgrade(conn, where)
            if applied and version > 0:
                log.info("upgraded session store %s from version %d", where, version)

    def require_writable(self, what: str = "store_op_save") -> None:
        """Raise a StoreError saying the store is read-only, when it is.

        ``what`` is the string key of what cannot be done (``store_op_delete``, ...).
        """
        if self.read_only:
            raise StoreError(key="store_read_only", where=describe(self.url), what_key=what)

    @contextmanager
    def writing(self, what: str = "store_op_save") -> Iterator[Connection]:
        """One write transaction; database errors become a StoreError saying ``what``
        (a string key) failed: a full disk and a read-only store by name.

        A read-only store raises before anything is attempted (:meth:`require_writable`).
        """
        self.require_writable(what)
        try:
            with write_transaction(self._engine) as conn:
                yield conn
        except SQLAlchemyError as err:
            raise wrap_db_error(err, self.url, what) from err

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """One read transaction; database errors become a StoreError."""
        try:
            with read_connection(self._engine) as conn:
                yield conn
        except SQLAlchemyError as err:
            raise wrap_db_error(err, self.url, "store_op_read") from err

    def __repr__(self) -> str:
        return f"Store({describe(self.url)!r})"

    def close(self) -> None:
        """Close all connections (the store can not be used afterwards)."""
        self._engine.dispose()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The schema version the database holds (read from it)."""
        with self.reading() as conn:
            return database_version(conn, describe(self.url))
