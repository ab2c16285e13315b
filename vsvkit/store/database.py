"""Connecting to the store's database: URL rules, engine set-up, transactions, bulk loads.

SQLite (the default) runs in WAL mode with foreign keys on and a long busy timeout;
write transactions start with ``BEGIN IMMEDIATE`` so two processes that write at once
queue up instead of failing. PostgreSQL is reached through psycopg 3.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from ..errors import StoreError

__all__ = [
    "BUSY_TIMEOUT_S",
    "DEFAULT_FILE_NAME",
    "default_database_path",
    "resolve_url",
    "describe",
    "make_engine",
    "write_transaction",
    "read_connection",
    "bulk_insert",
    "wrap_db_error",
]

log = logging.getLogger(__name__)

#: How long a SQLite writer waits for another writer before giving up (seconds).
BUSY_TIMEOUT_S = 600
DEFAULT_FILE_NAME = "vsvkit.sqlite"
#: PostgreSQL advisory lock key that serialises schema upgrades.
_PG_LOCK_KEY = 0x5653564B  # "VSVK"


def default_database_path() -> Path:
    """The SQLite file used when no URL is given and VSVKIT_DB is not set."""
    import platformdirs

    return Path(platformdirs.user_data_dir("vsvkit")) / DEFAULT_FILE_NAME


def resolve_url(url: str | os.PathLike | URL | None = None) -> URL:
    """Turn what the user gave (URL, file path or nothing) into a SQLAlchemy URL.

    Order: ``url``, else the environment variable ``VSVKIT_DB``, else a SQLite file in
    ``platformdirs.user_data_dir("vsvkit")`` (the folder is created). A plain file path
    becomes a SQLite URL; ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    if url is None or (isinstance(url, str) and not url.strip()):
        url = os.environ.get("VSVKIT_DB") or None
    if url is None:
        path = default_database_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreError(
                f"cannot create the folder for the session store {path.parent}: {err.strerror}. "
                "Set VSVKIT_DB to a file path or database URL you can write to."
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
            raise StoreError(
                f"not a valid database URL: {url!r}. Use a file path, sqlite:///path/to/file, "
                "or postgresql://user:password@host:port/database."
            ) from err
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend != "sqlite":
        raise StoreError(
            f"unsupported database {parsed.drivername!r} in {describe(parsed)}: vsvkit stores "
            "sessions in SQLite (a file path or sqlite:///...) or PostgreSQL (postgresql://...)."
        )
    return parsed


def describe(url: URL) -> str:
    """The URL as it may be shown to a user (password hidden)."""
    return url.render_as_string(hide_password=True)


def _is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def make_engine(url: URL) -> Engine:
    """Create the engine with the SQLite pragmas and transaction handling vsvkit needs."""
    kwargs: dict = {}
    if url.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
    elif _is_memory(url):
        kwargs.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    try:
        engine = create_engine(url, **kwargs)
    except (NoSuchModuleError, ImportError) as err:
        raise StoreError(
            f"cannot use {describe(url)}: the database driver is missing ({err}). For "
            "PostgreSQL install it with: pip install 'vsvkit[postgres]'"
        ) from err
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, memory=_is_memory(url))
    return engine


def _configure_sqlite(engine: Engine, *, memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised via engine
        # Let SQLAlchemy (below) emit BEGIN instead of the sqlite3 module's legacy mode.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
        if not memory:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection):  # pragma: no cover - exercised via engine
        write = conn.get_execution_options().get("vsvkit_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


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


def bulk_insert(
    conn: Connection, table: str, columns: tuple[str, ...], rows: Iterable[tuple]
) -> None:
    """Insert many rows fast through the driver: COPY on PostgreSQL, executemany on SQLite.

    ``rows`` is consumed once (a generator is fine); values must already be plain Python
    objects (int, float, str, bool, None).
    """
    cols = ", ".join(columns)
    if conn.dialect.name == "postgresql":
        driver_conn = conn.connection.driver_connection
        with driver_conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        marks = ", ".join("?" for _ in columns)
        cur = conn.connection.cursor()
        try:
            cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        finally:
            cur.close()


def wrap_db_error(err: SQLAlchemyError, url: URL, what: str) -> StoreError:
    """A StoreError that says what failed where, without the password or a traceback."""
    reason = getattr(err, "orig", None) or err
    reason_text = str(reason).strip().splitlines()[0] if str(reason).strip() else type(err).__name__
    return StoreError(f"{what} failed for the session store {describe(url)}: {reason_text}")
