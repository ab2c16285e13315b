"""The store refuses what it cannot keep and says why, leaving the data as it was: VSV
names, numbers out of range, a full disk, a read-only file, a foreign or damaged database,
and renaming a session. SQLite and PostgreSQL where the condition exists on both."""

# ruff: noqa: F811  (fixtures imported from tests._pg are parameters of the tests)

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, inspect, text

from tests._fs import fill_disk, read_only_folder, tmpfs
from tests._pg import pg_database, pg_server, store_url  # noqa: F401  (fixtures)
from tests.test_store import V1_DATA, V1_DDL, _run_sql, counts, make_responses
from vsvkit.errors import StoreError
from vsvkit.sample import sample_instrument
from vsvkit.store import Store
from vsvkit.store.database import resolve_url
from vsvkit.store.models import SCHEMA_VERSION


@pytest.fixture
def inst():
    return sample_instrument()


def sha(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The logical content of a SQLite file (schema and rows), read without writing."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def tables(url: str) -> set[str]:
    engine = create_engine(resolve_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def refused(call, key: str) -> StoreError:
    with pytest.raises(StoreError) as info:
        call()
    assert info.value.key == key, info.value
    return info.value


# -- VSV names --------------------------------------------------------------------------

BAD_NAMES = [
    # (name, texts the Dutch message must hold, texts the English one must hold)
    ("x" * 10_000, ["10000 tekens", "hoogstens 120"], ["10000 characters", "at most 120"]),
    ("x" * 121, ["121 tekens", "hoogstens 120"], ["121 characters", "at most 120"]),
    ("VSV\nNoord", ["positie 4", "U+000A", "regeleinden"], ["position 4", "U+000A"]),
    ("VSV\r\nNoord", ["positie 4", "U+000D"], ["position 4", "line breaks"]),
    ("VSV\tNoord", ["positie 4", "U+0009", "tabs"], ["position 4", "U+0009"]),
    ("VSV\x00Noord", ["positie 4", "U+0000", "stuurtekens"], ["control characters"]),
    ("VSV\u200bNoord", ["U+200B ZERO WIDTH SPACE"], ["U+200B ZERO WIDTH SPACE"]),
    ("   ", ["leeg", "1 tot en met 120"], ["empty", "1 to 120"]),
]


def test_vsv_names_are_trimmed_and_checked(stores_url_store, store_url, inst):
    store = stores_url_store
    sid = store.add_session(
        make_responses(3, 1), vsv="  VSV\u00a0Noord \t", date="2026-01-20", instrument=inst
    )
    assert store.session(sid).vsv == "VSV Noord"  # trimmed; a no-break space is a space
    longest = "Ü" * 120
    other = store.add_session(make_responses(3, 2), vsv=longest, date="2026-01-21", instrument=inst)
    assert store.session(other).vsv == longest
    before = counts(store_url)
    for n, (name, dutch, english) in enumerate(BAD_NAMES):
        err = refused(
            lambda n=n, name=name: store.add_session(
                make_responses(3, 10 + n), vsv=name, date="2026-01-22", instrument=inst
            ),
            err_key(name),
        )
        for part in dutch:
            assert part in err.message("nl"), (name[:20], err.message("nl"))
        for part in english:
            assert part in err.message("en"), (name[:20], err.message("en"))
        assert "x" * 200 not in err.message("nl")  # a long name is not repeated in full
        # renaming applies the same rule; the stored name stays
        refused(lambda name=name: store.update_session(sid, vsv=name), err_key(name))
    assert counts(store_url) == before
    assert store.session(sid).vsv == "VSV Noord"
    refused(lambda: store.update_session(sid, vsv=42), "store_vsv_not_text")


def err_key(name: str) -> str:
    if not name.strip():
        return "store_vsv_empty"
    return "store_vsv_too_long" if len(name) > 120 else "store_vsv_bad_char"


@pytest.fixture
def stores_url_store(store_url):
    store = Store(store_url)
    yield store
    store.close()


# -- numbers out of range -----------------------------------------------------------------


def test_numbers_out_of_range_are_refused_by_name(stores_url_store, store_url, inst):
    store = stores_url_store
    sid = store.add_session(make_responses(3), vsv="A", date="2026-01-01", instrument=inst)
    huge = 9223372036854775808
    for call in (
        lambda: store.session(huge),
        lambda: store.delete_session(huge),
        lambda: store.update_session(huge, vsv="B"),
        lambda: store.answers([huge]),
        lambda: store.remarks(huge),
        lambda: store.domain_notes(huge),
        lambda: store.actions(huge),
    ):
        err = refused(call, "store_bad_session_id")
        assert "9223372036854775808" in err.message("nl")
        assert "1 tot en met 2147483647" in err.message("nl")
        assert "from 1 to 2147483647" in err.message("en")
    for bad in (0, -1, "abc", "", 1.5, True):
        refused(lambda bad=bad: store.session(bad), "store_bad_session_id")
    assert store.session("1").id == sid  # digits as text are an id

    err = refused(
        lambda: store.add_session(
            make_responses(3, 5), vsv="A", date="2026-01-01", instrument=inst, min_group_size=10**30
        ),
        "store_bad_min_group_size",
    )
    assert "1000000000000000000000000000000" in err.message("en")
    assert "from 3 to 1000" in err.message("en") and "3 tot en met 1000" in err.message("nl")
    err = refused(
        lambda: store.save_domain_note(sid, "CLI", agreed_level=10**30), "store_number_range"
    )
    assert "agreed_level" in err.message("nl") and "2147483647" in err.message("nl")
    refused(lambda: store.add_action(sid, "CLI", "x", position=2**40), "store_number_range")
    refused(lambda: store.delete_action(2**63), "store_number_range")
    assert counts(store_url) == {"sessions": 1, "respondents": 3, "answers": 3 * 36, "remarks": 2}


# -- foreign and damaged databases -----------------------------------------------------


def test_a_database_with_other_tables_is_refused_and_left_alone(store_url):
    _run_sql(
        store_url,
        "CREATE TABLE patients (id INTEGER PRIMARY KEY, name VARCHAR(40));"
        "INSERT INTO patients VALUES (1, 'Anna');",
    )
    file = resolve_url(store_url).database if store_url.startswith("sqlite") else None
    before = sha(file) if file else None
    err = refused(lambda: Store(store_url), "store_not_vsvkit")
    assert "patients" in err.message("nl") and "geen vsvkit-sessieopslag" in err.message("nl")
    assert "Nothing was changed" in err.message("en")
    assert tables(store_url) == {"patients"}
    engine = create_engine(resolve_url(store_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM patients")).scalars().all() == ["Anna"]
    engine.dispose()
    if file:
        assert sha(file) == before
        assert file in err.message("en")


def test_a_store_with_a_missing_table_is_refused_not_rebuilt(store_url, inst):
    with Store(store_url) as store:
        store.add_session(make_responses(3), vsv="A", date="2026-01-01", instrument=inst)
    _run_sql(store_url, "DROP TABLE answers")
    err = refused(lambda: Store(store_url), "store_damaged")
    assert "answers" in err.message("nl") and "beschadigd" in err.message("nl")
    assert f"schemaversie {SCHEMA_VERSION}" in err.message("nl")
    assert "restore a backup" in err.message("en")
    assert "answers" not in tables(store_url)  # not silently recreated empty
    engine = create_engine(resolve_url(store_url))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT COUNT(*) FROM respondents")).scalar() == 3
    engine.dispose()


def test_a_store_without_its_instruments_table_is_refused(store_url, inst):
    with Store(store_url) as store:
        store.add_session(make_responses(3), vsv="A", date="2026-01-01", instrument=inst)
    _run_sql(store_url, "DROP TABLE instruments")
    err = refused(lambda: Store(store_url), "store_damaged")
    assert "instruments" in err.message("en")
    assert f"schema version {SCHEMA_VERSION}" in err.message("en")
    assert "instruments" not in tables(store_url)


def test_an_empty_database_becomes_a_store(store_url):
    with Store(store_url) as store:
        assert store.sessions().empty and not store.read_only


# -- renaming -----------------------------------------------------------------------------


def test_update_session_changes_only_what_is_given(stores_url_store, store_url, inst):
    store = stores_url_store
    sid = store.add_session(make_responses(4), vsv="VSV Oud", date="2026-01-01", instrument=inst)
    store.save_domain_note(sid, "CLI", notes="blijft")
    store.add_action(sid, "COO", "Overdracht afspreken")
    answers = store.answers([sid])
    changed = store.update_session(sid, vsv="  VSV Nieuw ")
    assert (changed.vsv, str(changed.date), changed.wave) == ("VSV Nieuw", "2026-01-01", "baseline")
    changed = store.update_session(sid, date="2026-02-03", wave="follow-up")
    assert (changed.vsv, str(changed.date), changed.wave) == (
        "VSV Nieuw",
        "2026-02-03",
        "follow-up",
    )
    assert store.answers([sid]).equals(answers)
    assert store.domain_notes(sid).set_index("domain").loc["CLI", "notes"] == "blijft"
    assert store.actions(sid)["what"].tolist() == ["Overdracht afspreken"]
    refused(lambda: store.update_session(sid, wave="tussenmeting"), "store_bad_wave")
    refused(lambda: store.update_session(sid, date="03-02-2026"), "store_bad_date")
    refused(lambda: store.update_session(99, vsv="X"), "store_unknown_session")
    assert store.update_session(sid).vsv == "VSV Nieuw"


# -- a full disk ------------------------------------------------------------------------


def test_full_disk_on_a_real_file_system_leaves_the_store_as_it_was(tmp_path, inst):
    with tmpfs(tmp_path / "small", "1m") as folder:
        path = folder / "store.sqlite"
        store = Store(path)
        try:
            store.add_session(make_responses(5, 1), vsv="A", date="2026-01-01", instrument=inst)
            before = dump(path)
            err = refused(
                lambda: store.add_session(
                    make_responses(3000, 2), vsv="B", date="2026-01-02", instrument=inst
                ),
                "store_disk_full",
            )
            assert str(path) in err.message("nl") and "vol" in err.message("nl")
            assert "niet veranderd" in err.message("nl") and "is full" in err.message("en")
            assert dump(path) == before
            assert store.sessions()["vsv"].tolist() == ["A"]
            # the store still works: a small import fits
            store.add_session(make_responses(3, 3), vsv="C", date="2026-01-03", instrument=inst)
            assert store.sessions()["vsv"].tolist() == ["A", "C"]
        finally:
            store.close()


def test_full_disk_while_deleting_and_saving(tmp_path, inst):
    with tmpfs(tmp_path / "small", "1m") as folder:
        path = folder / "store.sqlite"
        store = Store(path)
        try:
            sid = store.add_session(
                make_responses(20, 1), vsv="A", date="2026-01-01", instrument=inst
            )
            before = dump(path)
            fill_disk(folder)
            refused(lambda: store.delete_session(sid), "store_disk_full")
            refused(lambda: store.add_action(sid, "COO", "x" * 300_000), "store_disk_full")
            assert dump(path) == before
        finally:
            store.close()


def test_full_database_by_max_page_count(tmp_path, inst):
    """The same SQLite error (SQLITE_FULL) without root: the database may not grow."""
    path = tmp_path / "store.sqlite"
    store = Store(path)
    store.add_session(make_responses(5, 1), vsv="A", date="2026-01-01", instrument=inst)
    store._engine.dispose()

    @event.listens_for(store._engine, "connect")
    def _limit(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 10}")

    before = dump(path)
    err = refused(
        lambda: store.add_session(
            make_responses(2000, 2), vsv="B", date="2026-01-02", instrument=inst
        ),
        "store_disk_full",
    )
    assert "importing the session did not happen" in err.message("en")
    assert dump(path) == before
    store.close()


# -- a read-only store --------------------------------------------------------------------


@pytest.fixture
def filled_store(tmp_path, inst) -> Path:
    path = tmp_path / "src" / "vsv.sqlite"
    path.parent.mkdir()
    with Store(path) as store:
        a = store.add_session(make_responses(6, 1), vsv="VSV A", date="2026-01-01", instrument=inst)
        store.add_session(make_responses(4, 2), vsv="VSV B", date="2026-02-01", instrument=inst)
        store.save_domain_note(a, "CLI", notes="Goed gesprek", agreed_level=2)
        store.add_action(a, "COO", "Overdracht afspreken")
    return path


def test_a_read_only_store_reads_and_refuses_every_write(filled_store, tmp_path, inst):
    with Store(filled_store) as original:
        sessions = original.sessions()
        answers = original.answers()
        notes = original.domain_notes(1)
        plan = original.actions(1)
    with read_only_folder(filled_store, tmp_path / "ro") as path:
        before = sha(path)
        with Store(path) as store:
            assert store.read_only
            assert store.sessions().equals(sessions)
            assert store.answers().equals(answers)
            assert store.domain_notes(1).equals(notes)
            assert store.actions(1).equals(plan)
            assert store.remarks(1)["text"].tolist() == ["Goed overleg", "Één dossier"]
            writes = {
                "store_op_import": lambda: store.add_session(
                    make_responses(3, 9), vsv="C", date="2026-03-01", instrument=inst
                ),
                "store_op_delete": lambda: store.delete_session(1),
                "store_op_change": lambda: store.update_session(1, vsv="Nieuw"),
                "store_op_save": lambda: store.save_domain_note(1, "CLI", notes="x"),
            }
            for what, call in writes.items():
                err = refused(call, "store_read_only")
                assert err.params["what_key"] == what
                assert str(path) in err.message("nl") and "alleen-lezen" in err.message("nl")
                assert "read-only" in err.message("en")
            refused(lambda: store.add_action(1, "REF", "x"), "store_read_only")
            refused(lambda: store.delete_action(1), "store_read_only")
        assert sha(path) == before
        assert sorted(p.name for p in path.parent.iterdir()) == ["vsv.sqlite"]


def test_a_read_only_store_that_needs_an_upgrade_says_so(tmp_path):
    old = tmp_path / "src" / "oud.sqlite"
    old.parent.mkdir()
    _run_sql(f"sqlite:///{old}", V1_DDL["sqlite"] + V1_DATA)
    with read_only_folder(old, tmp_path / "ro") as path:
        before = sha(path)
        err = refused(lambda: Store(path), "store_read_only_old")
        assert "schemaversie 1" in err.message("nl")
        assert f"versie {SCHEMA_VERSION}" in err.message("nl")
        assert sha(path) == before


def test_a_new_store_where_it_cannot_be_made(tmp_path, filled_store):
    with read_only_folder(filled_store, tmp_path / "ro") as path:
        err = refused(lambda: Store(path.parent / "nieuw.sqlite"), "store_read_only_new")
        assert str(path.parent) in err.message("nl") and "niet schrijfbaar" in err.message("nl")
    err = refused(lambda: Store(tmp_path / "geen" / "map" / "x.sqlite"), "store_no_folder")
    assert "geen/map" in err.message("nl") and "does not exist" in err.message("en")
