"""The room view kept in the store: revisions, the one presented session, the agenda."""

from __future__ import annotations

import pytest

from vsvkit.errors import StoreError
from vsvkit.store import SCHEMA_VERSION, Store


@pytest.fixture
def store(demo_store):
    return demo_store


def _ids(store):
    return [int(i) for i in store.sessions().sort_values("id")["id"]]


def test_a_session_never_presented_has_no_room(store):
    sid = _ids(store)[0]
    assert store.room(sid) is None and store.room_revision(sid) == 0
    assert store.presenting_session() is None


def test_each_save_counts_the_revision_up_and_keeps_what_was_saved(store):
    sid = _ids(store)[0]
    assert store.save_room(sid, step="overview", html="<p>a</p>", used={"overview": 12.34}) == 1
    assert store.save_room(sid, step="domain:CLI", revealed={"overview"}, black=True) == 2
    room = store.room(sid)
    assert (room.step, room.revealed, room.black, room.html) == (
        "domain:CLI",
        frozenset({"overview"}),
        True,
        "",
    )
    assert room.used == {"overview": 12.3}  # kept when a save gives no times
    assert store.room_revision(sid) == 2


def test_one_session_is_presented_at_a_time(store):
    a, b = _ids(store)[:2]
    store.save_room(a, step="welcome")
    assert store.presenting_session() == a
    store.save_room(b, step="welcome")
    assert store.presenting_session() == b and not store.room(a).presenting
    store.save_room(b, step="plan", presenting=False)
    assert store.presenting_session() is None


def test_time_and_agenda_are_saved_without_a_new_revision(store):
    sid = _ids(store)[0]
    store.save_room(sid, step="overview")
    store.save_room_time(sid, {"overview": 61.04, "welcome": -3})
    assert store.set_agenda(sid, {"welcome": 5, "CLI": 0}) == {"welcome": 5, "CLI": 0}
    room = store.room(sid)
    assert room.revision == 1 and room.used == {"overview": 61.0, "welcome": 0.0}
    assert room.agenda == {"welcome": 5, "CLI": 0}


@pytest.mark.parametrize("minutes", [-1, 601, 2.5, "tien", None])
def test_an_agenda_with_impossible_minutes_is_refused_and_nothing_changes(store, minutes):
    sid = _ids(store)[0]
    store.set_agenda(sid, {"welcome": 10})
    with pytest.raises(StoreError):
        store.set_agenda(sid, {"welcome": 5, "plan": minutes})
    assert store.room(sid).agenda == {"welcome": 10}


def test_an_unknown_session_is_refused(store):
    with pytest.raises(StoreError):
        store.save_room(999, step="welcome")
    with pytest.raises(StoreError):
        store.set_agenda(999, {"welcome": 5})


def test_the_room_goes_with_its_session(store):
    sid = _ids(store)[0]
    store.save_room(sid, step="overview")
    store.delete_session(sid)
    assert store.presenting_session() is None and store.room_revision(sid) == 0


def test_a_schema_4_store_gets_the_rooms_table(tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite"
    Store(f"sqlite:///{path}").close()
    with sqlite3.connect(path) as conn:  # make it a schema 4 store again
        for table in ("poll_votes", "poll_rounds", "rooms"):
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DELETE FROM schema_version WHERE version >= 5")
    store = Store(f"sqlite:///{path}")
    assert store.schema_version == SCHEMA_VERSION
    assert store.room(1) is None and store.rounds(1) == []
