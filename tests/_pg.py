"""A throwaway PostgreSQL server for the store tests.

Import the fixtures into a test module (``from tests._pg import pg_server, store_url``).
With VSVKIT_TEST_PG_URL set, that server is used (the role must be allowed to create
databases); otherwise a server is started from /usr/lib/postgresql/*/bin as the
``postgres`` system user (PostgreSQL refuses to run as root), on 127.0.0.1 and a free
port with trust authentication, and stopped when the test session ends. Each test gets
a fresh database of its own.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import require


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def _start_server():
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    require(bool(binaries), "PostgreSQL is not installed (apt-get install postgresql)")
    bindir = Path(binaries[-1]).parent
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            require(False, "running as root and there is no 'postgres' system user")
    base = Path(tempfile.mkdtemp(prefix="vsvkit-pg-"))
    if os.geteuid() == 0:
        os.chown(base, user.pw_uid, user.pw_gid)
    data = base / "data"
    port = _free_port()
    _as_postgres([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"])
    _as_postgres(
        [
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(base / "log"),
            "-w",
            "-o",
            f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off",
            "start",
        ]
    )
    return bindir, base, data, f"postgresql://postgres@127.0.0.1:{port}/postgres"


@contextmanager
def running_postgres():
    """Admin URL of a PostgreSQL server (from VSVKIT_TEST_PG_URL or started here and stopped
    when the block ends); for fixtures and benchmarks."""
    given = os.environ.get("VSVKIT_TEST_PG_URL")
    if given:
        yield given
        return
    bindir, base, data, url = _start_server()
    try:
        yield url
    finally:
        try:
            _as_postgres([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """Admin URL of a PostgreSQL server (from VSVKIT_TEST_PG_URL or started here)."""
    with running_postgres() as url:
        yield url


def _admin(url: str, sql: str) -> None:
    import psycopg

    plain = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_database(pg_server):
    """URL of a fresh, empty PostgreSQL database, dropped after the test."""
    from sqlalchemy.engine import make_url

    name = f"vsvkit_test_{uuid.uuid4().hex[:12]}"
    _admin(pg_server, f'CREATE DATABASE "{name}"')
    url = make_url(pg_server).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        _admin(pg_server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(
    params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)],
)
def store_url(request, tmp_path):
    """URL of an empty database: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.sqlite'}"
    return request.getfixturevalue("pg_database")


def pg_tool(name: str, *args: str, stdin: str | None = None, env: dict | None = None):
    """Run a PostgreSQL client program (``psql``, ``pg_dump``, ``pg_restore``, ...) of the
    newest installed PostgreSQL, as the ``postgres`` system user when run as root; returns
    the completed process (its output as text) and raises when it fails."""
    binaries = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    require(bool(binaries), f"{name} is not installed (apt-get install postgresql)")
    return as_postgres(
        [binaries[-1], *args], input=stdin, env=None if env is None else {**os.environ, **env}
    )


def as_postgres(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a command as the ``postgres`` system user when run as root (else as is); its
    output as text; raises CalledProcessError when it fails. ``kwargs`` go to
    :func:`subprocess.run` (``env``, ``cwd``, ``input``)."""
    return _as_postgres(args, **kwargs)
