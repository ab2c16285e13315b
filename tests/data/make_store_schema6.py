"""Writes store-schema6.sqlite and store-schema6.pgdump.sql: a session store as the release
with schema version 6 made it, in SQLite and in PostgreSQL.

Made with vsvkit at commit 6053184b74873d8e83a16a86fe8ecd8a5df6233d (schema version 6, the
last release before regions, users and roles). Do not regenerate them with newer code: the
files stand for stores that exist in the field, and the upgrade tests
(tests/test_store_upgrade.py) open copies of them with the current code.

    git worktree add --detach /tmp/vsvkit-6053184 6053184b74873d8e83a16a86fe8ecd8a5df6233d
    cp <this file> /tmp/vsvkit-6053184/tests/data/
    cd /tmp/vsvkit-6053184 && PYTHONPATH=$PWD python tests/data/make_store_schema6.py \
        postgresql://postgres@127.0.0.1:PORT/postgres

The PostgreSQL URL is an administrator's on a throwaway server (PostgreSQL 15; see
tests/_pg.py for how the tests start one); the script creates the database ``vsvkit_schema6``
there, writes the same store into it, dumps it with ``pg_dump --no-owner --no-privileges``
(plain SQL, run as the ``postgres`` system user when run as root) and drops it. Without the
URL only the SQLite file is written.

What each store holds (the random parts, questionnaire tokens and vote codes, differ between
the two; the tests read each file's own values before they open it):

- the six demo sessions (``vsvkit.load_demo``);
- on session 1 a workshop record: per domain a note, an agreed level and a priority, and a
  plan of six actions (``tests._workshop.write_workshop``), one of them in progress;
- on session 1 a room state: a step on screen, steps revealed, an agenda and the time used;
- on session 1 three closed vote rounds with their votes (``tests._workshop.VOTES``), one of
  them revealed, and an open round by profession with four open votes;
- session 7, "VSV Proefpolder" on 2026-10-07: a questionnaire on vsvkit's own pages with
  eight invitation codes, answered by six members through the form (``parse_submission``),
  with remarks, and closed.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests._workshop import write_votes, write_workshop  # noqa: E402
from vsvkit.instrument import load_instrument  # noqa: E402
from vsvkit.sessions import load_demo  # noqa: E402
from vsvkit.store import SCHEMA_VERSION, Store  # noqa: E402
from vsvkit.survey import parse_submission  # noqa: E402
from vsvkit.survey.codes import code_digest  # noqa: E402

SQLITE = HERE / "store-schema6.sqlite"
PGDUMP = HERE / "store-schema6.pgdump.sql"
PG_NAME = "vsvkit_schema6"
DAY = dt.date(2026, 10, 7)
CODES = [f"K7Q{i}-M3X{i}" for i in range(2, 10)]
#: Six members' forms: profession, an answer cycle offset, remarks.
MEMBERS = [
    ("VK", 0, {"remark_SUP": "Geen gedeeld dossier."}),
    ("VK", 1, {}),
    ("GYN", 2, {"remark_COO": "Overdracht 's nachts loopt stroef."}),
    ("KZ", 3, {}),
    ("HA", 4, {"remark_CLI": "Cliëntenraad vaker betrekken."}),
    ("MGT", 5, {}),
]
CYCLE = ("1", "2", "3", "4", "dont_know", "3", "2", "")


def build(url: str) -> None:
    """Write the store described above into the empty database at ``url``."""
    store = Store(url)
    load_demo(store)
    write_workshop(store, 1)
    first = int(store.actions(1)["id"].min())
    store.update_action(first, status="in_progress")
    store.set_agenda(1, {"welcome": 10, "overview": 20, "domains": 60, "plan": 30})
    store.save_room(
        1,
        step="domain:COO",
        revealed=["overview", "domain:CLI", "domain:COO"],
        html="<section><h1>Coördinatie</h1></section>",
        used={"welcome": 540.0, "overview": 1260.5, "domains": 300.0},
    )
    rounds = write_votes(store, 1)
    store.reveal_round(rounds[0].id)
    poll = store.open_round(1, kind="domain", target="SUP", by_profession=True, today=DAY)
    for i, (answer, profession) in enumerate([("2", "VK"), ("3", "VK"), ("2", "KZ"), ("1", "HA")]):
        store.vote(poll.code, f"phone-open-{i}", answer, profession=profession)
    inst = load_instrument()
    survey = store.open_survey(
        vsv="VSV Proefpolder",
        date=DAY,
        instrument=inst,
        invited=14,
        invited_by_profession={"VK": 5, "GYN": 3, "KZ": 3, "HA": 2, "MGT": 1},
        closes=DAY + dt.timedelta(days=14),
        code_digests=[code_digest(c) for c in CODES],
        today=DAY,
    )
    for (profession, offset, remarks), code in zip(MEMBERS, CODES):
        fields = {"profession": profession, "code": code}
        for k, item in enumerate(inst.all_items):
            fields[item.code] = CYCLE[(k + offset) % len(CYCLE)]
        fields.update(remarks)
        store.submit(
            survey.token, parse_submission(fields, inst), code_digest=code_digest(code), today=DAY
        )
    store.close_survey(survey.session_id, today=DAY + dt.timedelta(days=10))
    store.close()


def _as_postgres(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        args = ["runuser", "-u", "postgres", "--", *args]
    return subprocess.run(args, check=True, capture_output=True, text=True, **kwargs)


def write_sqlite() -> None:
    SQLITE.unlink(missing_ok=True)
    build(f"sqlite:///{SQLITE}")
    with sqlite3.connect(SQLITE) as conn:  # one standalone file, no WAL beside it
        conn.execute("PRAGMA journal_mode=DELETE")
    conn = sqlite3.connect(SQLITE)
    conn.execute("VACUUM")
    conn.close()
    print(f"{SQLITE.name}: {SQLITE.stat().st_size} bytes")


def write_pgdump(admin_url: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_NAME}")
        conn.execute(f"CREATE DATABASE {PG_NAME}")
    url = make_url(admin_url).set(database=PG_NAME)
    try:
        build(url.render_as_string(hide_password=False))
        pg_dump = "/usr/lib/postgresql/15/bin/pg_dump"
        dump = _as_postgres(
            [pg_dump, "--no-owner", "--no-privileges", f"--dbname={url.render_as_string(False)}"]
        ).stdout
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {PG_NAME} WITH (FORCE)")
    PGDUMP.write_text(dump, encoding="utf-8")
    print(f"{PGDUMP.name}: {PGDUMP.stat().st_size} bytes")


def main() -> None:
    if SCHEMA_VERSION != 6:
        raise SystemExit(f"this vsvkit writes schema {SCHEMA_VERSION}; run it at commit 6053184")
    write_sqlite()
    if len(sys.argv) > 1:
        write_pgdump(sys.argv[1])


if __name__ == "__main__":
    main()
