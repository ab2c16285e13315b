"""A store made by the previous release (schema version 6, tests/data/store-schema6.*) opened
with the current code: upgraded in place to SCHEMA_VERSION, everything of that release read
back equal to an independent read of the file (plain SQL, before vsvkit opened it), opened a
second time without change, and upgraded once when two processes open it at once.

The PostgreSQL store is the plain ``pg_dump`` of the same store (made with
tests/data/make_store_schema6.py), loaded into a fresh database with ``psql``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import make_url

from tests._pg import pg_database, pg_server, pg_tool  # noqa: F401  (fixtures)
from tests._store_content import KEYS, api_content, plain_content, plain_rows
from vsvkit.sessions import session_scores
from vsvkit.store import SCHEMA_VERSION, Store
from vsvkit.store.database import resolve_url

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SQLITE = DATA / "store-schema6.sqlite"
PGDUMP = DATA / "store-schema6.pgdump.sql"
#: What the fixtures hold (tests/data/make_store_schema6.py): counts of the schema-6 release.
HELD = {
    "sessions": 7,
    "answers": 9624,
    "remarks": 233,
    "notes": 6,
    "actions": 6,
    "rooms": 1,
    "rounds": 4,
    "surveys": 1,
    "instruments": 7,
    "regions": 0,  # schema 7
    "users": 0,
}


def load_dump(url: str, dump: Path) -> None:
    """Load a plain SQL dump into the (empty) database at ``url`` with psql."""
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    pg_tool(
        "psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", f"--dbname={plain}",
        stdin=dump.read_text(encoding="utf-8"),
    )  # fmt: skip


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def old_store(request, tmp_path) -> str:
    """URL of a copy of the schema-6 store: a SQLite file, or the dump loaded into PostgreSQL."""
    if request.param == "sqlite":
        target = tmp_path / "old.sqlite"
        shutil.copy(SQLITE, target)
        return f"sqlite:///{target}"
    url = request.getfixturevalue("pg_database")
    load_dump(url, PGDUMP)
    return url


def _shape(url: str) -> dict:
    """Per table: columns (name, type, nullable), primary key, foreign keys, indexes and
    unique constraints, as the database reports them."""
    engine = create_engine(resolve_url(url))
    try:
        insp = inspect(engine)
        return {
            table: (
                sorted((c["name"], type(c["type"]).__name__, c["nullable"])
                       for c in insp.get_columns(table)),
                sorted(insp.get_pk_constraint(table)["constrained_columns"]),
                sorted((tuple(f["constrained_columns"]), f["referred_table"],
                        tuple(f["referred_columns"]), f["options"].get("ondelete"))
                       for f in insp.get_foreign_keys(table)),
                sorted((tuple(i["column_names"]), bool(i["unique"]))
                       for i in insp.get_indexes(table)),
                sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
            )
            for table in insp.get_table_names()
        }  # fmt: skip
    finally:
        engine.dispose()


def _versions(url: str) -> list[tuple]:
    return plain_rows(url, "SELECT version, applied_at FROM schema_version ORDER BY version")


def _scores_by_hand(answers: list[tuple], session: int) -> pd.DataFrame:
    """Domain n and mean of one session from the plain answer rows: a respondent's domain
    score is the mean of the domain's statements (code letters then digits) answered 1..4,
    when at least 60% of the session's statements of that domain are answered."""
    rows = pd.DataFrame(
        [a for a in answers if a[0] == session],
        columns=["session", "respondent", "profession", "echelon", "item", "value", "dk"],
    )
    rows = rows[rows["item"].str.fullmatch(r"[A-Z]+\d+")].copy()
    rows["domain"] = rows["item"].str.extract(r"^([A-Z]+)", expand=False)
    n_items = rows.groupby("domain")["item"].nunique()
    given = rows[rows["value"].notna()].astype({"value": float})
    per = given.groupby(["domain", "respondent"])["value"].agg(["mean", "count"]).reset_index()
    per = per[per["count"] >= 0.6 * per["domain"].map(n_items).to_numpy()]
    return per.groupby("domain")["mean"].agg(n="count", mean="mean")


def test_the_fixtures_hold_the_previous_release(old_store):
    assert _versions(old_store)[-1][0] == 6
    before = plain_content(old_store)
    assert {k: len(before[k]) for k in KEYS} == HELD
    # what the release wrote: a closed, revealed round; an open round with open votes; a
    # questionnaire with six of eight codes used
    rounds = {r[0]: r for r in before["rounds"]}
    assert sum(1 for r in rounds.values() if r[6] is None) == 1
    assert any(r[7] for r in rounds.values())
    assert before["surveys"][0][-1] == (6, 8)


def test_old_store_is_upgraded_in_place_and_reads_back_equal(old_store):
    before = plain_content(old_store)
    store = Store(old_store)
    assert store.schema_version == SCHEMA_VERSION
    versions = _versions(old_store)
    assert [v for v, _ in versions] == list(range(1, SCHEMA_VERSION + 1))
    after = api_content(store)
    for key in KEYS:
        assert after[key] == before[key], key
    # the scores are those of the answers read from the old store
    for sid in [s[0] for s in before["sessions"]]:
        expected = _scores_by_hand(before["answers"], sid)
        got = session_scores(store, sid).set_index("domain").loc[expected.index]
        assert got["n"].tolist() == expected["n"].tolist()
        np.testing.assert_allclose(got["mean"].to_numpy(float), expected["mean"].to_numpy(float))
    # the votes still open are the phones' own: each phone sees its vote, and may change it
    open_round = next(r for r in before["rounds"] if r[6] is None)
    voters = plain_rows(
        old_store,
        f"SELECT voter, answer FROM poll_votes WHERE round_id = {open_round[0]} ORDER BY voter",
    )
    assert [store.voted(open_round[0], v) for v, _ in voters] == [a for _, a in voters]
    store.close()

    # opened a second time: nothing changes
    Store(old_store).close()
    assert _versions(old_store) == versions
    with Store(old_store) as again:
        assert api_content(again) == after


def test_an_upgraded_store_has_the_shape_of_a_new_one(old_store, request, tmp_path):
    """Tables, columns, keys and indexes of the upgraded store equal those of a store the
    current code creates: no step of the migration drifts from the models."""
    Store(old_store).close()
    if old_store.startswith("sqlite"):
        Store(tmp_path / "fresh.sqlite").close()
        assert _shape(old_store) == _shape(f"sqlite:///{tmp_path / 'fresh.sqlite'}")
        return
    admin = request.getfixturevalue("pg_server")
    fresh = make_url(admin).set(database=f"vsvkit_fresh_{uuid.uuid4().hex[:10]}")
    plain = fresh.render_as_string(hide_password=False)
    pg_tool("createdb", f"--maintenance-db={admin}", fresh.database or "")
    try:
        Store(plain).close()
        assert _shape(old_store) == _shape(plain)
    finally:
        pg_tool("dropdb", f"--maintenance-db={admin}", "--force", fresh.database or "")


def test_an_upgraded_store_takes_new_records(old_store):
    """The store goes on where the old release stopped: new ids follow the old ones (the
    dump's sequences were restored), a vote in the open round and a new session are kept."""
    before = plain_content(old_store)
    store = Store(old_store)
    new_id = store.add_action(1, "REF", "Visie opschrijven", who="bestuur")
    assert new_id == max(a[0] for a in before["actions"]) + 1
    open_round = next(r for r in before["rounds"] if r[6] is None)
    store.vote(open_round[2], "phone-after-upgrade", "4", profession="GYN")
    counts = store.round_counts(open_round[0])
    assert counts["all"] == {**open_round[9]["all"], "4": open_round[9]["all"].get("4", 0) + 1}
    store.close()
    after = plain_content(old_store)
    assert len(after["actions"]) == len(before["actions"]) + 1


UPGRADE_SCRIPT = """
import logging, sys
logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
from vsvkit.store import Store
print("READY", flush=True)
sys.stdin.readline()
store = Store(sys.argv[1])
print("VERSION", store.schema_version, flush=True)
store.close()
"""


@pytest.mark.postgres
def test_two_processes_opening_an_old_store_upgrade_it_once(request):
    """The previous release's store taken one version further back (the vote tables and
    their version row removed: a schema-5 store), so there is always a step to apply; two
    processes open it at the same moment, and one of them upgrades it, under the lock."""
    url = request.getfixturevalue("pg_database")
    load_dump(url, PGDUMP)
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    pg_tool(
        "psql", "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", f"--dbname={plain}",
        stdin="DROP TABLE poll_votes; DROP TABLE poll_rounds; "
        "DELETE FROM schema_version WHERE version = 6;",
    )  # fmt: skip
    assert _versions(url)[-1][0] == 5
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADE_SCRIPT, url],
            cwd=ROOT,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(2)
    ]
    try:
        for p in procs:
            assert p.stdout.readline().strip() == "READY"
        for p in procs:  # both are ready: let them open the store together
            p.stdin.write("go\n")
            p.stdin.flush()
        outs = [p.communicate(timeout=300) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert f"VERSION {SCHEMA_VERSION}" in out
    upgraded = [err for _, err in outs if "to schema version 6" in err]
    assert len(upgraded) == 1, [err for _, err in outs]
    assert [v for v, _ in _versions(url)] == list(range(1, SCHEMA_VERSION + 1))
    store = Store(url)
    assert store.rounds(1) == []  # the vote tables are back, empty
    assert store.session(1).n_respondents == 42
    store.close()
