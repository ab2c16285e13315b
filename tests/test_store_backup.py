"""Backup and restore of a PostgreSQL store as deploy/backup-and-upgrade.md documents them.

The tests run the document's own shell blocks (each marked ``<!-- test: NAME -->``) and
deploy/vsvkit-backup.sh, as the ``postgres`` system user like the document says, against a
real server (tests/_pg.py), with the document's variables (PGDATABASE, STORE_OWNER,
BACKUP_DIR) set to a database and a folder of the test's own. What a restored store holds is
compared with the original through the Store API: sessions, answers, remarks, workshop
record, room, vote rounds, questionnaire (tests/_store_content.py).
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import pwd
import re
import shutil
import stat
import tempfile
import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests._pg import as_postgres, pg_server  # noqa: F401  (fixture)
from tests._store_content import api_content, plain_rows
from tests._workshop import write_votes, write_workshop
from vsvkit.i18n import t
from vsvkit.instrument import load_instrument
from vsvkit.sessions import load_demo
from vsvkit.store import SCHEMA_VERSION, Store
from vsvkit.store.database import describe, resolve_url
from vsvkit.survey import parse_submission
from vsvkit.survey.codes import code_digest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "deploy" / "backup-and-upgrade.md"
SCRIPT = ROOT / "deploy" / "vsvkit-backup.sh"
OWNER = "vsvkit_test_owner"
DAY = dt.date(2026, 10, 7)
SUFFIXES = ("", "_restored", "_before_restore", "_check")


def doc_block(name: str) -> str:
    """The shell block of the document marked ``<!-- test: name -->``."""
    found = re.findall(
        rf"<!-- test: {re.escape(name)} -->\s*```sh\n(.*?)```", DOC.read_text(), flags=re.S
    )
    assert len(found) == 1, f"one block '{name}' in {DOC.name}"
    return found[0]


def run_sh(script: str, env: dict[str, str], **extra: str) -> str:
    """Run shell text as the postgres system user with the document's variables; its output."""
    done = as_postgres(["bash", "-euo", "pipefail", "-c", script], env={**env, **extra}, cwd="/")
    return done.stdout


def _admin_sql(admin_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_env(pg_server):  # noqa: F811
    """The document's variables for a store database of this test (owned by a role of its
    own, as the store is by the role vsvkit connects as) and a backup folder the postgres
    user can write; everything is removed afterwards."""
    admin = make_url(pg_server)
    _admin_sql(
        pg_server,
        f"DO $$BEGIN CREATE ROLE {OWNER} LOGIN PASSWORD 'owner'; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END$$",
    )
    name = f"vsvkit_bk_{uuid.uuid4().hex[:10]}"
    _admin_sql(pg_server, f'CREATE DATABASE "{name}" OWNER {OWNER}')
    backups = Path(tempfile.mkdtemp(prefix="vsvkit-backups-"))
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")
        os.chown(backups, user.pw_uid, user.pw_gid)
    bindir = Path(sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"))[-1]).parent
    env = {
        "PATH": f"{bindir}:{os.environ['PATH']}",
        "PGHOST": admin.host or "127.0.0.1",
        "PGPORT": str(admin.port or 5432),
        "PGUSER": admin.username or "postgres",
        "PGDATABASE": name,
        "STORE_OWNER": OWNER,
        "BACKUP_DIR": str(backups / "vsvkit"),
    }
    if admin.password:
        env["PGPASSWORD"] = admin.password
    try:
        yield env
    finally:
        for suffix in SUFFIXES:
            _admin_sql(pg_server, f'DROP DATABASE IF EXISTS "{name}{suffix}" WITH (FORCE)')
        shutil.rmtree(backups, ignore_errors=True)


def url_of(env: dict[str, str], database: str) -> str:
    """The store URL of ``database`` as the store's owner role connects."""
    return f"postgresql+psycopg://{OWNER}:owner@{env['PGHOST']}:{env['PGPORT']}/{database}"


def fill(url: str) -> None:
    """A store with data: the sample sessions, a workshop record, a room, closed vote rounds
    and an open one with open votes, a questionnaire answered by three members, two regions
    with their VSVs, an admin, an adviser and a trainer."""
    with Store(url) as store:
        load_demo(store)
        store.add_region("Noord")
        store.add_region("Zuid")
        store.assign_vsvs("Noord", ["VSV Voorbeeldstad", "VSV Fictiefwaard"])
        store.assign_vsvs("Zuid", ["VSV Proefpolder"])
        store.add_user("beheer", "admin")
        store.add_user("adviseur-noord", "adviser", region="Noord")
        store.add_user("trainer-1", "trainer", vsvs=["VSV Proefpolder", "VSV Reservekopie"])
        write_workshop(store, 1)
        store.set_agenda(1, {"welcome": 10, "domains": 60})
        store.save_room(1, step="domain:SUP", revealed=["overview"], html="<p>SUP</p>")
        write_votes(store, 1)
        poll = store.open_round(2, kind="overview", by_profession=True, today=DAY)
        for i, prof in enumerate(("VK", "GYN", "KZ")):
            store.vote(poll.code, f"phone-{i}", "3", profession=prof)
        inst = load_instrument()
        codes = [f"B4CK-UP{i}{i}" for i in range(2, 7)]
        survey = store.open_survey(
            vsv="VSV Reservekopie",
            date=DAY,
            instrument=inst,
            invited=9,
            code_digests=[code_digest(c) for c in codes],
            today=DAY,
        )
        for k, (prof, code) in enumerate(zip(("VK", "HA", "MGT"), codes)):
            fields = {item.code: str(1 + (j + k) % 4) for j, item in enumerate(inst.all_items)}
            fields.update(profession=prof, remark_SUP=f"Opmerking {k}")
            store.submit(
                survey.token,
                parse_submission(fields, inst),
                code_digest=code_digest(code),
                today=DAY,
            )


def change(url: str) -> None:
    """What happens after the backup: a session deleted, an action added, a vote."""
    with Store(url) as store:
        store.delete_session(2)
        store.add_user("adviseur-zuid", "adviser", region="Zuid")
        store.add_action(1, "REF", "Na de reservekopie", who="bestuur")
        poll = store.rounds(1)[0]
        store.reopen_round(poll.id)
        store.vote(poll.code, "phone-late", "1")


def content(url: str) -> dict:
    with Store(url) as store:
        return api_content(store)


def backup(env: dict[str, str], stamp: str, keep: int = 14) -> str:
    """Run deploy/vsvkit-backup.sh; the archive it wrote."""
    out = run_sh(SCRIPT.read_text(), env, STAMP=stamp, KEEP=str(keep))
    return out.strip().splitlines()[-1]


@pytest.mark.postgres
def test_nightly_backup_keeps_the_newest_and_a_check_restores_it(pg_env):
    url = url_of(pg_env, pg_env["PGDATABASE"])
    fill(url)
    written = [backup(pg_env, f"2026-12-0{day}T021500Z", keep=2) for day in (1, 2, 3)]
    folder = Path(pg_env["BACKUP_DIR"])
    assert written == [str(folder / f"vsvkit-2026-12-0{d}T021500Z.dump") for d in (1, 2, 3)]
    assert sorted(p.name for p in folder.iterdir()) == [
        "vsvkit-2026-12-02T021500Z.dump",
        "vsvkit-2026-12-03T021500Z.dump",
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
    # the check restores the newest into a scratch database, reports it, removes it
    out = run_sh(doc_block("check"), pg_env)
    sessions = plain_rows(url, "SELECT COUNT(*) FROM sessions")[0][0]
    answers = plain_rows(url, "SELECT COUNT(*) FROM answers")[0][0]
    assert out.splitlines() == [
        f"schema version|{SCHEMA_VERSION}",
        f"sessions|{sessions}",
        f"answers|{answers}",
    ]
    assert sessions == 7
    names = plain_rows(url, "SELECT datname FROM pg_database")
    assert (pg_env["PGDATABASE"] + "_check",) not in names


@pytest.mark.postgres
def test_restore_into_a_new_database_and_swap_names(pg_env):
    name = pg_env["PGDATABASE"]
    fill(url_of(pg_env, name))
    original = content(url_of(pg_env, name))
    archive = backup(pg_env, "2026-12-02T021500Z")
    change(url_of(pg_env, name))
    changed = content(url_of(pg_env, name))
    assert changed != original

    run_sh(doc_block("restore-new"), pg_env, BACKUP=archive)
    restored = url_of(pg_env, name + "_restored")
    assert content(restored) == original
    # the restored tables belong to the store's role, which can go on writing
    owners = plain_rows(restored, "SELECT DISTINCT tableowner FROM pg_tables "
                                  "WHERE schemaname = 'public'")  # fmt: skip
    assert owners == [(OWNER,)]

    run_sh(doc_block("swap"), pg_env)
    assert content(url_of(pg_env, name)) == original
    assert content(url_of(pg_env, name + "_before_restore")) == changed
    with Store(url_of(pg_env, name)) as store:
        last = max(row[0] for row in original["actions"])
        assert store.add_action(1, "COO", "Na het terugzetten") == last + 1
        assert store.schema_version == SCHEMA_VERSION


@pytest.mark.postgres
def test_restore_over_a_store_with_data(pg_env):
    url = url_of(pg_env, pg_env["PGDATABASE"])
    fill(url)
    original = content(url)
    archive = backup(pg_env, "2026-12-02T021500Z")
    change(url)
    assert content(url) != original

    run_sh(doc_block("restore-over"), pg_env, BACKUP=archive)
    assert content(url) == original
    with Store(url) as store:
        last = max(row[0] for row in original["actions"])
        assert store.add_action(1, "COO", "Na het terugzetten") == last + 1


def test_the_documented_newer_store_message_is_the_one_shown():
    where = describe(resolve_url("postgresql+psycopg://vsvkit:PASSWORD@127.0.0.1/vsvkit"))
    text = DOC.read_text().replace("\\*", "*")
    for lang in ("nl", "en"):
        assert t("store_newer", lang, where=where, version=8, current=7) in text
