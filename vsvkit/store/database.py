"""Connecting to the store's database: URL rules, engine set-up, transactions, bulk loads.

SQLite (the default) runs in WAL mode with foreign keys on and a long busy timeout;
write transactions start with ``BEGIN IMMEDIATE`` so two processes that write at once
queue up instead of failing. A SQLite file that cannot be written (or whose folder cannot)
is opened read-only through a ``file:...?mode=ro`` URI, so reading commands still work.
PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from vsvkit.errors import StoreError

__all__ = [
    "BUSY_TIMEOUT_S",
    "DEFAULT_FILE_NAME",
    "default_database_path",
    "resolve_url",
    "describe",
    "sqlite_file",
    "is_read_only",
    "make_engine",
    "use_wal",
    "write_transaction",
    "read_connection",
    "bulk_insert",
    "driver_errors",
    "wrap_db_error",
]

log = logging.getLogger(__name__)

#: How long a SQLite writer waits for another writer before giving up (seconds).
BUSY_TIMEOUT_S = 600
DEFAULT_FILE_NAME = "vsvkit.sqlite"
#: PostgreSQL advisory lock key that serialises schema upgrades.
_PG_LOCK_KEY = 0x5653564B  # "VSVK"


def default_database_path() -> Path:
    """The SQLite file used when no URL is given."""
    import platformdirs

    return Path(platformdirs.user_data_dir("vsvkit")) / DEFAULT_FILE_NAME


def resolve_url(url: str | os.PathLike | URL | None = None) -> URL:
    """Turn what the user gave (URL, file path or nothing) into a SQLAlchemy URL.

    Order: ``url``, else a SQLite file in ``platformdirs.user_data_dir("vsvkit")`` (the
    folder is created). A plain file path becomes a SQLite URL; ``postgresql://`` and
    ``postgres://`` use the psycopg 3 driver. (The command line and the notebooks pass
    ``VSVKIT_DB`` here, read by :meth:`vsvkit.app.settings.Settings.from_env`.)
    """
    if url is None or (isinstance(url, str) and not url.strip()):
        path = default_database_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                key="store_no_data_folder", folder=str(path.parent), reason=err.strerror
            ) from err
        return URL.create("sqlite", database=str(path))
    if isinstance(url, URL):
        parsed = url
    elif isinstance(url, os.PathLike) or "://" not in str(url):
        path = Path(os.fspath(url)).expanduser().resolve()
        return URL.create("sqlite", database=str(path))
    else:
        try:
            parsed = make_url(str(url).strip())
        except ArgumentError as err:
            raise StoreError(key="store_bad_url", url=repr(url)) from err
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend != "sqlite":
        raise StoreError(
            key="store_unsupported", driver=repr(parsed.drivername), where=describe(parsed)
        )
    return parsed


def describe(url: URL) -> str:
    """The store as it may be shown to a user: a SQLite file's path, else the URL without
    its password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> Path | None:
    """The file behind a SQLite URL; None for memory databases, URIs and other backends."""
    database = url.database
    if url.get_backend_name() != "sqlite" or _is_memory(url) or database is None:
        return None
    if database.startswith("file:"):
        return None
    return Path(database)


def is_read_only(url: URL) -> bool:
    """Whether a SQLite store must be opened read-only: the file exists and it, or its
    folder, cannot be written (a read-only mount, no permission).

    Raises
    ------
    StoreError
        When the file does not exist and cannot be created: its folder is missing or
        cannot be written.
    """
    path = sqlite_file(url)
    if path is None:
        return False
    if path.exists():
        return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    if not path.parent.is_dir():
        raise StoreError(key="store_no_folder", where=str(path), folder=str(path.parent))
    if not os.access(path.parent, os.W_OK):
        raise StoreError(key="store_read_only_new", where=str(path), folder=str(path.parent))
    return False


def _read_only_url(path: Path) -> URL:
    """A ``file:`` URI that opens ``path`` read-only.

    A WAL database needs its ``-shm`` file even to read; in a folder that cannot be
    written and without a ``-wal`` file (nobody can be writing then) the file is opened
    as immutable, which needs no ``-shm``.
    """
    query = {"mode": "ro", "uri": "true"}
    wal = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not wal.exists():
        query["immutable"] = "1"
    return URL.create("sqlite", database="file:" + quote(str(path)), query=query)


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    """Create the engine with the SQLite pragmas and transaction handling vsvkit needs.

    With ``read_only`` a SQLite file is opened through a read-only URI; any write then
    fails in SQLite itself, whatever the caller does.
    """
    kwargs: dict = {}
    connect_url = url
    if url.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
    elif _is_memory(url):
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif read_only and (file := sqlite_file(url)) is not None:
        connect_url = _read_only_url(file)
    try:
        engine = create_engine(connect_url, **kwargs)
    except (NoSuchModuleError, ImportError) as err:
        raise StoreError(key="store_no_driver", where=describe(url), reason=str(err)) from err
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, memory=_is_memory(url), read_only=read_only)
    return engine


def _configure_sqlite(engine: Engine, *, memory: bool, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised via engine
        # Let SQLAlchemy (below) emit BEGIN instead of the sqlite3 module's legacy mode.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        # WAL is set once the file is known to be a vsvkit store (use_wal): the setting
        # is written into the file, and a foreign database must stay as it is
        if not memory and not read_only:
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):  # pragma: no cover - exercised via engine
        write = conn.get_execution_options().get("vsvkit_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def use_wal(engine: Engine) -> None:
    """Put a SQLite file store in WAL mode (kept in the file; a no-op when it is)."""
    if engine.dialect.name != "sqlite" or _is_memory(engine.url):
        return
    raw = engine.raw_connection()  # outside a transaction: the mode cannot change inside one
    try:
        cur = raw.cursor()
        if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
            cur.execute("PRAGMA journal_mode = WAL")
        cur.close()
    finally:
        raw.close()


@contextmanager
def write_transaction(engine: Engine, *, schema_lock: bool = False) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back on any error.

    On SQLite the transaction takes the write lock at once (``BEGIN IMMEDIATE``), so a
    second writer waits up to :data:`BUSY_TIMEOUT_S`. With ``schema_lock`` PostgreSQL
    takes an advisory lock that serialises schema upgrades between processes.
    """
    with engine.connect() as conn:
        conn.execution_options(vsvkit_write=True)
        with conn.begin():
            if schema_lock and engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            yield conn


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one read transaction (a consistent snapshot)."""
    with engine.connect() as conn, conn.begin():
        yield conn


@contextmanager
def driver_errors(conn: Connection, statement: str) -> Iterator[None]:
    """Raise an error of the database driver, met while using its cursor directly, as the
    SQLAlchemy error it would have been (IntegrityError, OperationalError, ...)."""
    base = conn.dialect.loaded_dbapi.Error
    try:
        yield
    except base as err:
        raise DBAPIError.instance(statement, None, err, base, dialect=conn.dialect) from err


def bulk_insert(
    conn: Connection, table: str, columns: tuple[str, ...], rows: Iterable[tuple]
) -> None:
    """Insert many rows fast through the driver: COPY on PostgreSQL, executemany on SQLite.

    ``rows`` is consumed once (a generator is fine); values must already be plain Python
    objects (int, float, str, bool, None). Driver errors come out as SQLAlchemy errors.
    """
    cols = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        statement = f"COPY {table} ({cols}) FROM STDIN"
        driver_conn = conn.connection.driver_connection
        assert driver_conn is not None  # an open connection has its driver's connection
        with (
            driver_errors(conn, statement),
            driver_conn.cursor() as cur,
            cur.copy(statement) as copy,
        ):
            for row in rows:
                copy.write_row(row)
    else:
        marks = ", ".join("?" for _ in columns)
        statement = f"INSERT INTO {table} ({cols}) VALUES ({marks})"
        cur = conn.connection.cursor()
        try:
            with driver_errors(conn, statement):
                # sqlite3 takes any iterable (rows stream in); the DB-API stub asks a Sequence
                cur.executemany(statement, rows)  # type: ignore[arg-type]
        finally:
            cur.close()


#: SQLite primary result codes (``sqlite3.Error.sqlite_errorcode & 0xFF``) and PostgreSQL
#: SQLSTATEs that have their own message.
_SQLITE_READONLY, _SQLITE_FULL = 8, 13
_PG_DISK_FULL, _PG_READ_ONLY = "53100", "25006"


def _cause(err: BaseException) -> str | None:
    """ "full" or "read_only" when the database error says so, else None."""
    reason = getattr(err, "orig", None) or err
    if isinstance(reason, sqlite3.Error):
        code = (getattr(reason, "sqlite_errorcode", 0) or 0) & 0xFF
        return {_SQLITE_FULL: "full", _SQLITE_READONLY: "read_only"}.get(code)
    sqlstate = getattr(reason, "sqlstate", None)
    return {_PG_DISK_FULL: "full", _PG_READ_ONLY: "read_only"}.get(str(sqlstate))


def wrap_db_error(err: SQLAlchemyError, url: URL, what: str) -> StoreError:
    """A StoreError that says what failed where, without the password or a traceback.

    ``what`` is the string key of the operation (``store_op_import``, ...). A full disk
    and a read-only database get their own message.
    """
    where = describe(url)
    cause = _cause(err)
    if cause == "full":
        return StoreError(key="store_disk_full", where=where, what_key=what)
    if cause == "read_only":
        return StoreError(key="store_read_only", where=where, what_key=what)
    reason = getattr(err, "orig", None) or err
    reason_text = str(reason).strip().splitlines()[0] if str(reason).strip() else type(err).__name__
    return StoreError(key="store_failed", where=where, what_key=what, reason=reason_text)
