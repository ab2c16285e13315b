"""Each session's instrument kept in the store: the upgrade of a store made by the previous
release (tests/data/store-schema2.sqlite), the store API, ``vsvkit sessions instrument`` and
the import of a file answered with an older bundled version."""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.test_store import _schema, make_responses
from vsvkit.cli import main
from vsvkit.errors import IntakeError, StoreError
from vsvkit.instrument import DEFAULT_VERSION, find_instrument, load_instrument
from vsvkit.intake import read_any_version
from vsvkit.paths import sample_data_dir
from vsvkit.sample import SAMPLE_SESSIONS, generate_session
from vsvkit.sample.export import write_csv
from vsvkit.sessions import import_session, session_scores
from vsvkit.store import SCHEMA_VERSION, Store

DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "store-schema2.sqlite"
OWN = DATA / "integratiemeter-regio-noord-1.yaml"
#: The session of the fixture answered with the own instrument (12 respondents, SUP6 extra).
NOORD = 7
SAMPLE = sample_data_dir() / "proefpolder_2025-09-23_baseline.csv"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def old_store(tmp_path) -> Path:
    """A copy of the store the previous release made (schema version 2)."""
    target = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, target)
    return target


def _by_hand(path: Path, session: int) -> pd.DataFrame:
    """Domain n and mean of one session read from the database file with sqlite3 and pandas
    only: a respondent's domain score is the mean of the domain's statements (code letters
    then digits) answered 1..4, when at least 60% of them are answered."""
    con = sqlite3.connect(path)
    rows = pd.read_sql_query(
        "SELECT r.number AS respondent, a.item, a.value FROM answers a "
        "JOIN respondents r ON r.id = a.respondent_id WHERE r.session_id = ?",
        con,
        params=(session,),
    )
    con.close()
    rows = rows[rows["item"].str.fullmatch(r"[A-Z]+\d+")].copy()
    rows["domain"] = rows["item"].str.extract(r"^([A-Z]+)", expand=False)
    n_items = rows.groupby("domain")["item"].nunique()
    given = rows[rows["value"].notna()]
    per = given.groupby(["domain", "respondent"])["value"].agg(["mean", "count"]).reset_index()
    per = per[per["count"] >= 0.6 * per["domain"].map(n_items).to_numpy()]
    return per.groupby("domain")["mean"].agg(n="count", mean="mean")


def _assert_scores(table: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = table.set_index("domain").loc[expected.index]
    assert got["n"].tolist() == expected["n"].tolist()
    np.testing.assert_allclose(got["mean"].to_numpy(float), expected["mean"].to_numpy(float))


# -- the upgrade ---------------------------------------------------------------------------


def test_a_store_of_the_previous_release_is_upgraded(old_store, caplog):
    before = _by_hand(old_store, 1)
    con = sqlite3.connect(old_store)
    assert con.execute("SELECT MAX(version) FROM schema_version").fetchone() == (2,)
    con.close()
    with caplog.at_level(logging.INFO, logger="vsvkit.store.migrations"):
        store = Store(old_store)
    assert store.schema_version == SCHEMA_VERSION

    v2 = find_instrument("2026.2")
    for sid in range(1, 7):  # the demo sessions: the bundled 2026.2 file, byte for byte
        s = store.session(sid)
        assert (s.instrument_checksum, s.instrument_stored) == (v2.checksum, True)
        assert store.instrument(sid).content == v2.content
    noord = store.session(NOORD)  # an own questionnaire no bundled version fits (SUP6)
    own = load_instrument(OWN)
    assert (noord.instrument_version, noord.instrument_checksum) == ("regio-noord-1", own.checksum)
    assert noord.instrument_stored is False
    with pytest.raises(StoreError) as err:
        store.instrument(NOORD)
    assert err.value.key == "store_instrument_missing"
    assert "vsvkit sessions instrument 7 BESTAND" in err.value.message("nl")
    assert "own questionnaire ('integratiemeter' version regio-noord-1)" in str(err.value)
    with pytest.raises(StoreError, match="sessions instrument 7"):
        session_scores(store, NOORD)
    assert "session 7 was answered with integratiemeter regio-noord-1" in caplog.text

    con = sqlite3.connect(old_store)
    kept = con.execute("SELECT checksum, version FROM instruments").fetchall()
    con.close()
    assert kept == [(v2.checksum, "2026.2")]  # each distinct file once

    # the workshop record is there as it was
    notes = store.domain_notes(1).set_index("domain")
    assert notes.loc["SUP", "notes"] == "Gedeeld dossier komt er in 2026."
    assert (notes.loc["SUP", "agreed_level"], notes.loc["SUP", "priority"]) == (2, 1)
    actions = store.actions(1)
    assert actions[["what", "who", "measure"]].values.tolist() == [
        ["Gedeeld dossier kiezen", "bestuur", "keuze vastgelegd"]
    ]
    assert str(actions["due"].iloc[0]) == "2026-06-30"

    # the scores of a demo session are those of its answers read from the old file, and the
    # figures the documentation pins
    scores = session_scores(store, 1)
    _assert_scores(scores, before)
    assert scores.set_index("domain").loc["CLI", "pct"] == pytest.approx(52.6, abs=0.05)
    store.close()


def test_a_migrated_store_has_the_tables_and_columns_of_a_new_one(old_store, tmp_path):
    Store(old_store).close()
    fresh = tmp_path / "fresh.sqlite"
    Store(fresh).close()
    assert _schema(f"sqlite:///{old_store}") == _schema(f"sqlite:///{fresh}")
    assert "instruments" in _schema(f"sqlite:///{fresh}")


def test_the_upgrade_matches_by_name_and_version_else_the_newest_that_fits(tmp_path):
    path = tmp_path / "s.sqlite"
    v2 = find_instrument("2026.2")
    with Store(path) as store:
        a = store.add_session(make_responses(6, 1), vsv="A", date="2025-01-01", instrument=v2)
        b = store.add_session(make_responses(6, 2), vsv="B", date="2025-01-02", instrument=v2)
    # back to schema version 2 as a release before it left them: a has another file of
    # 2026.2 (other bytes), b a renamed copy ("eigen" 7) that no bundled name matches
    con = sqlite3.connect(path)
    con.execute("UPDATE sessions SET instrument_checksum = 'other-bytes' WHERE id = ?", (a,))
    con.execute(
        "UPDATE sessions SET instrument_checksum = 'renamed', instrument_name = 'eigen', "
        "instrument_version = '7' WHERE id = ?",
        (b,),
    )
    for table in ("instruments", "surveys", "invitation_codes"):  # back to schema 2
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM schema_version WHERE version >= 3")
    con.commit()
    con.close()
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        # a: the bundled file of the same name and version; b: the newest bundled version
        # that has its statements, professions and echelons (2026.3 lacks statements of it;
        # 2026.1 fits too but is older)
        for sid in (a, b):
            s = store.session(sid)
            assert (s.instrument_name, s.instrument_version) == ("integratiemeter", "2026.2")
            assert s.instrument_checksum == v2.checksum and store.instrument(sid) == v2


# -- the store API -------------------------------------------------------------------------


def test_the_file_of_each_instrument_is_stored_once_and_read_back(tmp_path):
    own = load_instrument(OWN)
    url = tmp_path / "s.sqlite"
    store = Store(url)
    ids = []
    for spec in SAMPLE_SESSIONS[4:6]:
        path = tmp_path / spec.file
        write_csv(path, own, generate_session(spec, own).export)
        ids.append(import_session(path, store=store, vsv=spec.vsv, date=spec.date, instrument=own))
    first, second = ids
    store.close()
    store = Store(url)  # another process: read from the database, not a cache
    assert store.instrument(first) == own and store.instrument(second).content == own.content
    assert "SUP6" in [i.code for i in store.instrument(first).domain("SUP").items]
    con = sqlite3.connect(url)
    assert con.execute("SELECT COUNT(*) FROM instruments").fetchone() == (1,)
    con.close()
    # deleting a session keeps an instrument another one uses, and removes it after the last
    store.delete_session(first)
    assert store.instrument(second) == own
    store.delete_session(second)
    con = sqlite3.connect(url)
    assert con.execute("SELECT COUNT(*) FROM instruments").fetchone() == (0,)
    con.close()


def test_an_instrument_that_is_not_its_file_is_not_stored(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    v2, own = find_instrument("2026.2"), load_instrument(OWN)
    # a changed copy keeps its file's checksum; a derived one has no file
    for bad in (dataclasses.replace(v2, min_group_size=3), own.shared_with(v2)):
        with pytest.raises(StoreError) as err:
            store.add_session(make_responses(6), vsv="A", date="2025-01-01", instrument=bad)
        assert err.value.key == "store_instrument_without_file"
    assert len(store.sessions()) == 0


def test_sessions_of_different_versions_are_read_with_the_statements_they_share(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    v2, own = find_instrument("2026.2"), load_instrument(OWN)
    old = import_session(SAMPLE, store=store, vsv="A", date="2025-09-23", instrument=v2)
    path = tmp_path / "noord.csv"
    write_csv(path, own, generate_session(SAMPLE_SESSIONS[0], own).export)
    new = import_session(path, store=store, vsv="B", date="2026-01-15", instrument=own)
    # the later session's instrument, restricted to the statements the other asks too
    shared = store.instrument_for([old, new])
    assert [i.code for i in shared.domain("SUP").items] == [f"SUP{i}" for i in range(1, 6)]
    assert store.instrument_for([new]) == own and store.instrument_for([old]) == v2
    answers = store.answers([old, new])
    assert "SUP6" not in set(answers["item"])
    assert set(answers["item"]) == {i.code for i in v2.all_items}
    assert "SUP6" in set(store.answers([new])["item"])  # alone: its own statements


# -- vsvkit sessions instrument ------------------------------------------------------------


def test_the_command_attaches_an_own_instrument_after_checking_it(old_store, capsys):
    db = str(old_store)
    # the bundled version lacks SUP6: refused, nothing changed
    code, _, err = run(capsys, "sessions", "instrument", str(NOORD), "2026.2", "--db", db)
    assert code == 2 and "stellingen SUP6" in err and "niets veranderd" in err
    assert Store(db).session(NOORD).instrument_stored is False
    code, _, err = run(capsys, "sessions", "instrument", "99", str(OWN), "--db", db)
    assert code == 2 and "99" in err

    code, out, _ = run(capsys, "sessions", "instrument", str(NOORD), str(OWN), "--db", db)
    assert code == 0
    assert out.strip() == (
        "Sessie 7 (VSV Regio Noord) wordt voortaan gescoord met vragenlijst "
        "'integratiemeter' versie regio-noord-1."
    )
    code, out, _ = run(capsys, "sessions", "--json", "instrument", "7", str(OWN), "--db", db)
    assert json.loads(out)["instrument_checksum"] == load_instrument(OWN).checksum

    # scored with its own statements (SUP has six), without any option
    code, out, _ = run(capsys, "scores", str(NOORD), "--format", "json", "--db", db)
    assert code == 0
    table = pd.DataFrame(json.loads(out)["scores"])
    expected = _by_hand(old_store, NOORD)
    assert expected.loc["SUP", "n"] > 0
    _assert_scores(table, expected)
    # and its paper form is the questionnaire it was answered with
    form = old_store.parent / "form.html"
    assert run(capsys, "questionnaire", "--session", "7", "--db", db, "-o", str(form))[0] == 0
    sup6 = load_instrument(OWN).item("SUP6").text("nl")
    assert sup6 in " ".join(form.read_text(encoding="utf-8").split())


def test_an_instrument_the_answers_do_not_fit_is_refused(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    sid = import_session(SAMPLE, store=store, vsv="A", date="2025-09-23")
    with pytest.raises(StoreError) as err:
        store.attach_instrument(sid, find_instrument("2026.3"))
    assert err.value.key == "store_instrument_does_not_fit"
    assert "the stored statements " in str(err.value)
    assert store.session(sid).instrument_version == "2026.2"


# -- a file answered with an older bundled version ------------------------------------------


def test_a_file_is_read_with_the_bundled_version_it_fits(capsys, tmp_path):
    v3 = find_instrument("2026.3")
    new = tmp_path / "nieuw.csv"
    write_csv(new, v3, generate_session(SAMPLE_SESSIONS[5], v3).export)
    db = str(tmp_path / "s.sqlite")
    # a file of 2026.2 (the sample data) and one of 2026.3: each read with its own version,
    # and the one that is not the version new sessions use says so
    for sid, (version, path) in enumerate((("2026.2", SAMPLE), ("2026.3", new)), 1):
        args = ["--vsv", f"VSV {sid}", "--date", f"2026-01-0{sid}", "--db", db]
        code, out, _ = run(capsys, "import", str(path), *args)
        assert code == 0
        assert Store(db).session(sid).instrument_checksum == find_instrument(version).checksum
        lines = out.splitlines()
        assert lines[0] == f"Imported {path} as session {sid}."
        if version == DEFAULT_VERSION:
            assert len(lines) == 1
        else:
            assert lines[1:] == [
                f"Het bestand past niet bij vragenlijst versie {DEFAULT_VERSION}, wel bij "
                f"versie {version}; het is met versie {version} ingelezen."
            ]


def test_only_one_older_version_that_fits_is_chosen(tmp_path):
    v2, v3 = find_instrument("2026.2"), find_instrument("2026.3")
    v1 = find_instrument("2026.1")
    # 2026.3 tried first (as once it is the version new sessions use): read with 2026.2
    responses, chosen = read_any_version(SAMPLE, instruments=(v3, v2, v1))
    assert chosen is v2  # 2026.1 asks the same statements: it counts as 2026.2
    assert len(responses.respondents) == 31
    new = tmp_path / "nieuw.csv"
    write_csv(new, v3, generate_session(SAMPLE_SESSIONS[4], v3).export)
    assert read_any_version(new, instruments=(v2, v3, v1))[1] is v3
    # another version whose statements carry the same codes with another text fits as well:
    # two candidates, so the file is not guessed; the newest version's problems are raised
    twin = dataclasses.replace(
        v2,
        version="2026.2-b",
        domains=tuple(
            dataclasses.replace(
                d,
                items=tuple(
                    dataclasses.replace(i, text=dataclasses.replace(i.text, nl=i.text.nl + "!"))
                    for i in d.items
                ),
            )
            for d in v2.domains
        ),
    )
    with pytest.raises(IntakeError) as err:
        read_any_version(SAMPLE, instruments=(v3, twin, v2))
    new_in_v3 = sorted({i.code for i in v3.items} - {i.code for i in v2.items})
    assert new_in_v3 and {p.value for p in err.value.problems} >= set(new_in_v3)


def test_an_explicit_instrument_must_be_the_sessions_own(demo_store):
    from vsvkit.comparison import compare_sessions
    from vsvkit.mirror import build_mirror

    v2, v3 = find_instrument("2026.2"), find_instrument("2026.3")
    assert build_mirror(demo_store, 1, instrument=v2).instrument is v2  # naming it again: fine
    for call in (
        lambda: build_mirror(demo_store, 1, instrument=v3),
        lambda: session_scores(demo_store, 1, instrument=v3),
        lambda: compare_sessions(demo_store, 2, 1, instrument=v3, n_boot=10),
    ):
        with pytest.raises(StoreError) as err:
            call()
        assert err.value.key == "store_other_instrument"
        assert "version 2026.2, which differs from 'integratiemeter' version 2026.3" in str(
            err.value
        )
        assert "pass no instrument" in str(err.value)
