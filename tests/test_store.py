"""The session store, on SQLite and on PostgreSQL (the same tests run on both)."""

# ruff: noqa: F811  (fixtures imported from tests._pg are parameters of the tests)

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sqlalchemy import create_engine, inspect, text

from tests._pg import pg_database, pg_server, store_url  # noqa: F401  (fixtures)
from vsvkit.errors import StoreError
from vsvkit.instrument import find_instrument
from vsvkit.sample import sample_instrument
from vsvkit.store import SCHEMA_VERSION, Store
from vsvkit.store.database import resolve_url

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class FakeResponses:
    """What vsvkit.intake.Responses holds (docs/design.md), built by hand."""

    respondents: pd.DataFrame
    answers: pd.DataFrame
    remarks: pd.DataFrame
    source_name: str
    checksum: str


def make_responses(n: int, seed: int = 0, checksum: str | None = None) -> FakeResponses:
    """n respondents answering every item: 1..4, blank or "weet niet" at random."""
    inst = sample_instrument()
    rng = np.random.default_rng(seed)
    roles = inst.roles
    pick = rng.integers(0, len(roles), n)
    resp = pd.DataFrame(
        {
            "respondent": np.arange(1, n + 1),
            "profession": [roles[i].code for i in pick],
            "echelon": [roles[i].echelon for i in pick],
        }
    )
    codes = [i.code for i in inst.all_items]
    raw = rng.integers(0, 6, (n, len(codes)))  # 0 blank, 1..4 answer, 5 weet niet
    value = raw.astype(float)
    value[(raw == 0) | (raw == 5)] = np.nan
    answers = pd.DataFrame(
        {
            "respondent": np.repeat(resp["respondent"].to_numpy(), len(codes)),
            "item": codes * n,
            "value": value.ravel(),
            "dont_know": (raw == 5).ravel(),
        }
    )
    remarks = pd.DataFrame({"domain": ["CLI", "SUP"], "text": ["Goed overleg", "Één dossier"]})
    return FakeResponses(resp, answers, remarks, f"vsv_{seed}.csv", checksum or f"sha-{seed}-{n}")


def expected_answers(responses: FakeResponses, session: int) -> pd.DataFrame:
    """The scoring input shape built independently from the input frames."""
    inst = sample_instrument()
    items = pd.DataFrame(
        {
            "item": [i.code for i in inst.all_items],
            "domain": [i.domain for i in inst.all_items],
            "desired": [i.desired for i in inst.all_items],
            "order": range(len(inst.all_items)),
        }
    )
    out = responses.answers.merge(responses.respondents, on="respondent").merge(items, on="item")
    out = out.sort_values(["respondent", "order"]).reset_index(drop=True)
    out.insert(0, "session", session)
    return out[
        ["session", "respondent", "profession", "echelon", "item", "domain", "value"]
        + ["dont_know", "desired"]
    ]


def counts(url: str) -> dict[str, int]:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            return {
                t: conn.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar()
                for t in ("sessions", "respondents", "answers", "remarks")
            }
    finally:
        engine.dispose()


@pytest.fixture
def inst():
    return sample_instrument()


@pytest.fixture
def stores():
    """Open stores through this function; they are closed after the test."""
    opened = []

    def open_store(url=None):
        store = Store(url)
        opened.append(store)
        return store

    yield open_store
    for store in opened:
        store.close()


# -- import and read back ---------------------------------------------------------------


def test_answers_round_trip(stores, store_url, inst):
    store = stores(store_url)
    first = make_responses(7, seed=1)
    second = make_responses(4, seed=2)
    a = store.add_session(first, vsv="VSV Amstelland", date="2026-03-12", instrument=inst)
    b = store.add_session(
        second, vsv="VSV Zaanstreek", date=dt.date(2026, 4, 1), wave="follow-up", instrument=inst
    )
    got = store.answers(a, instrument=inst)
    pd.testing.assert_frame_equal(
        got.astype({"item": object, "domain": object, "profession": object, "echelon": object}),
        expected_answers(first, a).astype(
            {"item": object, "domain": object, "profession": object, "echelon": object}
        ),
        check_dtype=False,
    )
    assert got.dtypes.astype(str).to_dict() == {
        "session": "int64",
        "respondent": "int64",
        "profession": "str",
        "echelon": "str",
        "item": "str",
        "domain": "str",
        "value": "float64",
        "dont_know": "bool",
        "desired": "bool",
    }
    both = store.answers()
    assert len(both) == 11 * len(inst.all_items)
    assert both["session"].tolist() == [a] * 7 * 36 + [b] * 4 * 36
    # "weet niet" answers come back as NaN with dont_know, blanks as NaN without
    dk = second.answers["dont_know"].sum()
    assert both.loc[both.session == b, "dont_know"].sum() == dk
    assert both.loc[both.session == b, "value"].sum() == second.answers["value"].sum()


def test_answers_are_the_scoring_input(stores, store_url, inst):
    """The store hands out scoring's input: ANSWER_COLUMNS (written out in the store, a layer
    below scoring) are scoring's columns, in its order, also for no rows."""
    from vsvkit import scoring
    from vsvkit.store import ANSWER_COLUMNS

    assert ANSWER_COLUMNS == scoring.SCORING_COLUMNS
    store = stores(store_url)
    assert tuple(store.answers(instrument=inst).columns) == ANSWER_COLUMNS
    sid = store.add_session(make_responses(3), vsv="VSV Noord", date="2026-03-12", instrument=inst)
    assert tuple(store.answers(sid, instrument=inst).columns) == ANSWER_COLUMNS


def test_sessions_listing_and_session(stores, store_url, inst):
    store = stores(store_url)
    a = store.add_session(
        make_responses(6, 1),
        vsv="VSV Amstelland",
        date="2026-03-12",
        instrument=inst,
        min_group_size=4,
    )
    b = store.add_session(
        make_responses(3, 2), vsv="VSV Zaanstreek", date="2025-11-02", instrument=inst
    )
    frame = store.sessions()
    assert list(frame.columns) == [
        "id",
        "vsv",
        "date",
        "wave",
        "n_respondents",
        "instrument_name",
        "instrument_version",
        "min_group_size",
    ]
    assert frame["id"].tolist() == [b, a]  # oldest meeting first
    assert frame["n_respondents"].tolist() == [3, 6]
    assert frame["date"].tolist() == [dt.date(2025, 11, 2), dt.date(2026, 3, 12)]
    assert frame["min_group_size"].isna().tolist() == [True, False]
    assert int(frame["min_group_size"].iloc[1]) == 4
    s = store.session(a)
    assert (s.id, s.vsv, s.date, s.wave, s.n_respondents) == (
        a,
        "VSV Amstelland",
        dt.date(2026, 3, 12),
        "baseline",
        6,
    )
    assert (s.instrument_name, s.instrument_version) == (inst.name, inst.version)
    assert s.instrument_checksum == inst.checksum and s.domain_codes == inst.domain_codes
    assert store.find_sessions("amstel")["id"].tolist() == [a]
    assert store.find_sessions("nergens").empty
    remarks = store.remarks(a)
    assert remarks.to_dict("list") == {
        "domain": ["CLI", "SUP"],
        "text": ["Goed overleg", "Één dossier"],
    }


def test_same_file_twice_is_refused(stores, store_url, inst):
    store = stores(store_url)
    responses = make_responses(5, 1, checksum="abc123")
    sid = store.add_session(responses, vsv="VSV Noord", date="2026-01-20", instrument=inst)
    with pytest.raises(
        StoreError,
        match=rf"already imported as session {sid} \(VSV Noord, "
        r"2026-01-20\)",
    ):
        store.add_session(responses, vsv="VSV Zuid", date="2026-02-01", instrument=inst)
    assert counts(store_url) == {"sessions": 1, "respondents": 5, "answers": 5 * 36, "remarks": 2}


def test_unknown_session_ids(stores, store_url, inst):
    store = stores(store_url)
    for call in (
        lambda: store.session(42),
        lambda: store.answers([42]),
        lambda: store.remarks(42),
        lambda: store.delete_session(42),
        lambda: store.domain_notes(42),
    ):
        with pytest.raises(StoreError, match=r"no session with id 42.*vsvkit sessions"):
            call()


def test_delete_session_removes_everything(stores, store_url, inst):
    store = stores(store_url)
    a = store.add_session(make_responses(5, 1), vsv="A", date="2026-01-01", instrument=inst)
    b = store.add_session(make_responses(3, 2), vsv="B", date="2026-01-02", instrument=inst)
    store.save_domain_note(a, "CLI", notes="x")
    store.add_action(a, "COO", "Overdracht afspreken")
    store.delete_session(a)
    assert store.sessions()["id"].tolist() == [b]
    assert counts(store_url) == {"sessions": 1, "respondents": 3, "answers": 3 * 36, "remarks": 2}
    assert len(store.answers()) == 3 * 36


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"wave": "tussenmeting"}, "wave must be one of baseline, follow-up"),
        ({"date": "12-03-2026"}, "YYYY-MM-DD"),
        ({"min_group_size": 2}, "whole number from 3 to 1000"),
        ({"vsv": "  "}, "VSV name"),
    ],
)
def test_bad_arguments_store_nothing(stores, tmp_path, inst, change, message):
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    store = stores(url)
    args = {"vsv": "A", "date": "2026-01-01", "instrument": inst} | change
    with pytest.raises(StoreError, match=message):
        store.add_session(make_responses(3), **args)
    assert counts(url)["sessions"] == 0


def test_bad_responses_are_named(stores, tmp_path, inst):
    store = stores(tmp_path / "s.sqlite")  # a plain path works too
    good = make_responses(3)
    bad_value = good.answers.copy()
    bad_value.loc[4, "value"] = 5.0
    bad_role = good.respondents.assign(profession=["VK", "chirurg", "HA"])
    cases = [
        (
            FakeResponses(good.respondents, bad_value, good.remarks, "f", "1"),
            r"answers.value has 5.0; allowed: \[1, 2, 3, 4\]",
        ),
        (
            FakeResponses(bad_role, good.answers, good.remarks, "f", "2"),
            "respondents.profession has chirurg",
        ),
        (
            FakeResponses(
                good.respondents, good.answers.assign(item="XYZ"), good.remarks, "f", "3"
            ),
            "answers.item has XYZ",
        ),
    ]
    for responses, message in cases:
        with pytest.raises(StoreError, match=message):
            store.add_session(responses, vsv="A", date="2026-01-01", instrument=inst)
    assert store.sessions().empty


# -- workshop record --------------------------------------------------------------------


def test_domain_notes_upsert_changes_only_given_fields(stores, store_url, inst):
    store = stores(store_url)
    sid = store.add_session(make_responses(3), vsv="A", date="2026-01-01", instrument=inst)
    store.save_domain_note(sid, "COO", notes="Overdracht loopt stroef")
    store.save_domain_note(sid, "COO", agreed_level=2)
    store.save_domain_note(sid, "REF", priority=1, agreed_level=3)
    notes = store.domain_notes(sid)
    assert notes["domain"].tolist() == list(inst.domain_codes)
    coo = notes.set_index("domain").loc["COO"]
    assert coo["notes"] == "Overdracht loopt stroef" and coo["agreed_level"] == 2
    assert pd.isna(coo["priority"])
    assert notes.set_index("domain").loc["REF", "priority"] == 1
    assert notes["updated_at"].notna().tolist() == [d in ("COO", "REF") for d in inst.domain_codes]
    store.save_domain_note(sid, "COO", notes=None)  # None clears
    coo = store.domain_notes(sid).set_index("domain").loc["COO"]
    assert coo["notes"] is None and coo["agreed_level"] == 2
    with pytest.raises(StoreError, match="has no domain 'XYZ'"):
        store.save_domain_note(sid, "XYZ", notes="x")
    with pytest.raises(StoreError, match="agreed_level must be a whole number from 1 to"):
        store.save_domain_note(sid, "CLI", agreed_level=0)


def test_actions_add_update_delete(stores, store_url, inst):
    store = stores(store_url)
    sid = store.add_session(make_responses(3), vsv="A", date="2026-01-01", instrument=inst)
    a1 = store.add_action(
        sid,
        "COO",
        "Overdrachtsformulier afspreken",
        who="werkgroep",
        due="2026-06-01",
        measure="formulier in gebruik",
    )
    a2 = store.add_action(sid, "SUP", "Gezamenlijke website")
    plan = store.actions(sid)
    assert plan["id"].tolist() == [a1, a2] and plan["position"].tolist() == [1, 2]
    assert plan["due"].tolist() == [dt.date(2026, 6, 1), None]
    store.update_action(a2, position=0 + 1, who="Marieke")
    store.update_action(a1, position=3, status="in_progress")
    plan = store.actions(sid)
    assert plan["id"].tolist() == [a2, a1]
    one = store.action(a1)
    assert (one.what, one.who, one.status, one.position) == (
        "Overdrachtsformulier afspreken",
        "werkgroep",
        "in_progress",
        3,
    )
    with pytest.raises(StoreError, match="status must be one of"):
        store.update_action(a1, status="klaar")
    with pytest.raises(StoreError, match="has no domain"):
        store.update_action(a1, domain="NOPE")
    store.delete_action(a2)
    assert store.actions(sid)["id"].tolist() == [a1]
    with pytest.raises(StoreError, match=f"no action with id {a2}"):
        store.delete_action(a2)


# -- opening, URLs ----------------------------------------------------------------------


def test_url_resolution(stores, tmp_path, monkeypatch):
    assert resolve_url(tmp_path / "x.db").database == str(tmp_path / "x.db")
    assert resolve_url("postgresql://u:pw@h/db").drivername == "postgresql+psycopg"
    assert resolve_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    from vsvkit.app.settings import Settings

    # VSVKIT_DB is read at the edges (command line, notebooks) and passed down
    monkeypatch.setenv("VSVKIT_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(Settings.from_env().db).database == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("VSVKIT_DB")
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda app: str(tmp_path / "data" / app))
    store = stores()
    assert store.url.database == str(tmp_path / "data" / "vsvkit" / "vsvkit.sqlite")
    assert Path(store.url.database).exists()
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        Store("mysql://u@h/db")


def test_unreachable_server_and_bad_file(tmp_path):
    with pytest.raises(StoreError, match=r"opening failed .*127\.0\.0\.1:1/") as err:
        Store("postgresql://someone:secret@127.0.0.1:1/nowhere")
    assert "secret" not in str(err.value)
    not_db = tmp_path / "antwoorden.csv"
    not_db.write_text("naam;CLI1\nAnna;3\n" * 200)
    with pytest.raises(StoreError, match="not a database"):
        Store(not_db)
    with pytest.raises(StoreError, match=r"the folder .*/no/such/folder does not exist"):
        Store(tmp_path / "no" / "such" / "folder" / "x.sqlite")


# -- schema versions --------------------------------------------------------------------

V1_DDL = {
    "sqlite": """
CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at DATETIME NOT NULL);
CREATE TABLE sessions (id INTEGER NOT NULL PRIMARY KEY, vsv VARCHAR(200) NOT NULL,
  date DATE NOT NULL,
  wave VARCHAR(20) NOT NULL, instrument_name VARCHAR(200) NOT NULL,
  instrument_version VARCHAR(50) NOT NULL, instrument_checksum VARCHAR(64) NOT NULL,
  domain_codes TEXT NOT NULL, min_group_size INTEGER, source_name VARCHAR(500),
  source_checksum VARCHAR(64), created_at DATETIME NOT NULL,
  CONSTRAINT uq_sessions_source_checksum UNIQUE (source_checksum));
CREATE INDEX ix_sessions_vsv_date ON sessions (vsv, date);
CREATE TABLE respondents (id INTEGER NOT NULL PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  number INTEGER NOT NULL, profession VARCHAR(20) NOT NULL, echelon VARCHAR(40) NOT NULL,
  CONSTRAINT uq_respondents_session_number UNIQUE (session_id, number));
CREATE TABLE answers (respondent_id INTEGER NOT NULL REFERENCES respondents (id)
  ON DELETE CASCADE, item VARCHAR(40) NOT NULL, value SMALLINT, dont_know BOOLEAN NOT NULL,
  PRIMARY KEY (respondent_id, item)) WITHOUT ROWID;
CREATE TABLE remarks (id INTEGER NOT NULL PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  domain VARCHAR(20) NOT NULL, text TEXT NOT NULL);
CREATE INDEX ix_remarks_session_id ON remarks (session_id);
""",
    "postgresql": """
CREATE TABLE schema_version (version INTEGER PRIMARY KEY,
  applied_at TIMESTAMP WITH TIME ZONE NOT NULL);
CREATE TABLE sessions (id SERIAL PRIMARY KEY, vsv VARCHAR(200) NOT NULL, date DATE NOT NULL,
  wave VARCHAR(20) NOT NULL, instrument_name VARCHAR(200) NOT NULL,
  instrument_version VARCHAR(50) NOT NULL, instrument_checksum VARCHAR(64) NOT NULL,
  domain_codes TEXT NOT NULL, min_group_size INTEGER, source_name VARCHAR(500),
  source_checksum VARCHAR(64), created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT uq_sessions_source_checksum UNIQUE (source_checksum));
CREATE INDEX ix_sessions_vsv_date ON sessions (vsv, date);
CREATE TABLE respondents (id SERIAL PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  number INTEGER NOT NULL, profession VARCHAR(20) NOT NULL, echelon VARCHAR(40) NOT NULL,
  CONSTRAINT uq_respondents_session_number UNIQUE (session_id, number));
CREATE TABLE answers (respondent_id INTEGER NOT NULL REFERENCES respondents (id)
  ON DELETE CASCADE, item VARCHAR(40) NOT NULL, value SMALLINT, dont_know BOOLEAN NOT NULL,
  PRIMARY KEY (respondent_id, item));
CREATE TABLE remarks (id SERIAL PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  domain VARCHAR(20) NOT NULL, text TEXT NOT NULL);
CREATE INDEX ix_remarks_session_id ON remarks (session_id);
""",
}

V1_DATA = """
INSERT INTO schema_version VALUES (1, '2025-01-01 10:00:00+00');
INSERT INTO sessions (vsv, date, wave, instrument_name, instrument_version,
  instrument_checksum, domain_codes, min_group_size, source_name, source_checksum, created_at)
  VALUES ('VSV Oud', '2025-02-03', 'baseline', 'integratiemeter', '2026.1', 'x',
  'CLI,COO,ORG,SUP,OMG,REF', 5, 'oud.csv', 'old-sha', '2025-01-01 10:00:00+00');
INSERT INTO respondents (session_id, number, profession, echelon)
  VALUES (1, 1, 'VK', 'eerste_lijn'), (1, 2, 'GYN', 'tweede_lijn');
INSERT INTO answers VALUES (1, 'CLI1', 3, false), (1, 'CLI2', NULL, true),
  (2, 'CLI1', 1, false), (2, 'CLI2', 4, false);
INSERT INTO remarks (session_id, domain, text) VALUES (1, 'REF', 'Vertrouwen groeit');
"""


def _run_sql(url: str, script: str) -> None:
    engine = create_engine(resolve_url(url))
    try:
        with engine.begin() as conn:
            for statement in script.split(";"):
                if statement.strip():
                    conn.exec_driver_sql(statement)
    finally:
        engine.dispose()


def _schema(url: str) -> dict:
    engine = create_engine(resolve_url(url))
    try:
        insp = inspect(engine)
        return {
            t: sorted(
                (c["name"], type(c["type"]).__name__, c["nullable"]) for c in insp.get_columns(t)
            )
            for t in insp.get_table_names()
        }
    finally:
        engine.dispose()


def test_version_1_database_is_upgraded_in_place(stores, store_url, tmp_path, request):
    backend = "postgresql" if store_url.startswith("postgresql") else "sqlite"
    _run_sql(store_url, V1_DDL[backend] + V1_DATA)
    store = stores(store_url)
    assert store.schema_version == SCHEMA_VERSION
    s = store.session(1)
    # its file ("x") is unknown; the bundled instrument of the same name and version fits it
    v1 = find_instrument("2026.1")
    assert (s.instrument_checksum, s.instrument_version, s.instrument_stored) == (
        v1.checksum,
        "2026.1",
        True,
    )
    assert store.instrument(1) == v1 and store.instrument(1).content == v1.content
    assert (s.vsv, s.date, s.n_respondents, s.min_group_size) == (
        "VSV Oud",
        dt.date(2025, 2, 3),
        2,
        5,
    )
    got = store.answers(1)
    assert got[["respondent", "item", "value", "dont_know"]].to_dict("list") == {
        "respondent": [1, 1, 2, 2],
        "item": ["CLI1", "CLI2", "CLI1", "CLI2"],
        "value": [3.0, pytest.approx(np.nan, nan_ok=True), 1.0, 4.0],
        "dont_know": [False, True, False, False],
    }
    assert store.remarks(1)["text"].tolist() == ["Vertrouwen groeit"]
    store.save_domain_note(1, "REF", agreed_level=2)  # the new tables work
    assert store.add_action(1, "REF", "Visie opschrijven") >= 1
    # a migrated database has the same tables and columns as a new one
    if backend == "sqlite":
        fresh = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    else:
        fresh = request.getfixturevalue("pg_database")
    stores(fresh)
    assert _schema(store_url) == _schema(fresh)


def test_newer_database_is_refused(stores, store_url):
    stores(store_url).close()
    _run_sql(store_url, "INSERT INTO schema_version VALUES (99, '2030-01-01 00:00:00+00')")
    with pytest.raises(StoreError, match="schema version 99.*upgrade vsvkit"):
        Store(store_url)


# -- concurrency and crashes ------------------------------------------------------------

IMPORT_SCRIPT = """
import sys
from tests.test_store import make_responses
from vsvkit.sample import sample_instrument
from vsvkit.store import Store
url, n, seed, signal_mid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
responses = make_responses(n, seed)
store = Store(url)
if signal_mid:
    from sqlalchemy import event
    @event.listens_for(store._engine, "after_cursor_execute")
    def _mid(conn, cursor, statement, *args):
        if "FROM respondents" in statement:
            print("MID", flush=True)   # respondents are in, answers are being written
print("READY", flush=True)
sid = store.add_session(responses, vsv=f"VSV {seed}", date="2026-05-01",
                        instrument=sample_instrument())
print("DONE", sid, flush=True)
"""


def _import_process(url: str, n: int, seed: int, signal_mid: bool = False) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-c", IMPORT_SCRIPT, url, str(n), str(seed), "1" if signal_mid else "0"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
def test_two_processes_import_at_once(stores, store_url):
    # both processes also open the empty database at once, so both try to create the schema
    procs = [_import_process(store_url, 3000, seed) for seed in (11, 12)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert "DONE" in out
    store = stores(store_url)
    frame = store.sessions()
    assert sorted(frame["vsv"]) == ["VSV 11", "VSV 12"]
    assert frame["n_respondents"].tolist() == [3000, 3000]
    answers = store.answers()
    assert answers.groupby("session").size().tolist() == [3000 * 36, 3000 * 36]
    for sid, vsv in zip(frame["id"], frame["vsv"]):
        seed = int(vsv.split()[1])
        want = make_responses(3000, seed).answers
        got = answers[answers.session == sid]
        assert got["value"].sum() == want["value"].sum()
        assert got["dont_know"].sum() == want["dont_know"].sum()


@pytest.mark.slow
def test_killed_import_leaves_no_half_session(stores, store_url):
    proc = _import_process(store_url, 20000, 21, signal_mid=True)
    try:
        deadline = time.monotonic() + 300
        line = ""
        while "MID" not in line:
            line = proc.stdout.readline()
            assert line, f"import ended before the middle: {proc.stderr.read()}"
            assert time.monotonic() < deadline
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert "DONE" not in out
    if store_url.startswith("postgresql"):
        time.sleep(1)  # let the server notice the dropped connection
    store = stores(store_url)  # the database still opens
    assert store.sessions().empty
    assert counts(store_url) == {"sessions": 0, "respondents": 0, "answers": 0, "remarks": 0}
    if store_url.startswith("sqlite"):
        engine = create_engine(resolve_url(store_url))
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        engine.dispose()
    sid = store.add_session(
        make_responses(10, 22), vsv="Na crash", date="2026-05-02", instrument=sample_instrument()
    )
    assert store.session(sid).n_respondents == 10


@pytest.mark.slow
def test_large_session_round_trip_timed(stores, store_url, inst):
    """5,000 respondents x 36 items (VSVKIT_STORE_BENCH_N): content is checked, timings are
    logged; 100,000 respondents is ``benchmarks/bench_store.py``'s measurement."""
    n = int(os.environ.get("VSVKIT_STORE_BENCH_N", "5000"))
    responses = make_responses(n, 5)
    store = stores(store_url)
    t0 = time.perf_counter()
    sid = store.add_session(responses, vsv="Groot", date="2026-01-01", instrument=inst)
    t1 = time.perf_counter()
    got = store.answers(sid, instrument=inst)
    t2 = time.perf_counter()
    backend = store_url.split(":")[0]
    print(f"\nstore benchmark {backend} n={n}: insert {t1 - t0:.1f} s, read {t2 - t1:.1f} s")
    assert len(got) == n * 36
    assert got["value"].sum() == responses.answers["value"].sum()
    assert got["dont_know"].sum() == responses.answers["dont_know"].sum()
    by_prof = got.groupby("profession", observed=True)["value"].sum()
    want = (
        responses.answers.merge(responses.respondents, on="respondent")
        .groupby("profession", observed=True)["value"]
        .sum()
    )
    pd.testing.assert_series_equal(
        by_prof.sort_index(), want.sort_index(), check_names=False, check_index_type=False
    )
