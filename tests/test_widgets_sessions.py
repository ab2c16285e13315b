"""Session management in the app: rename, delete after a confirmation, messages in the
app's language; and the importer's "already imported" message."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone

import pytest

from tests._fs import read_only_folder
from vsvkit.paths import sample_data_dir
from vsvkit.store import Store
from vsvkit.widgets import ImportPanel, WorkshopApp
from vsvkit.widgets.sessions import SessionManager


def _visible(widget) -> bool:
    return widget.layout.display != "none"


def _pick(manager: SessionManager, vsv: str) -> int:
    sid = next(v for label, v in manager.picker.options if f": {vsv} –" in label)
    manager.picker.value = sid
    return sid


def test_rename_in_the_app(demo_store):
    changed = []
    manager = SessionManager(demo_store, on_changed=changed.append)
    stored = demo_store.sessions()
    assert sorted(v for _, v in manager.picker.options) == sorted(stored["id"].tolist())
    sid = _pick(manager, "VSV Proefpolder")
    session = demo_store.session(sid)
    assert manager.vsv.value == "VSV Proefpolder" and manager.date.value == session.date
    manager.vsv.value = "  VSV Proefpolder-Noord "
    manager.date.value = date(2025, 9, 30)
    manager.wave.value = "follow-up"
    assert manager.save()
    after = demo_store.session(sid)
    assert (after.vsv, after.date, after.wave) == (
        "VSV Proefpolder-Noord",
        date(2025, 9, 30),
        "follow-up",
    )
    assert f"Sessie {sid} is nu: VSV Proefpolder-Noord, 30-09-2025, vervolgmeting." in (
        manager.result.value
    )
    assert manager.picker.value == sid and changed == [sid]
    assert any("VSV Proefpolder-Noord" in label for label, _ in manager.picker.options)


def test_a_refused_name_is_shown_and_nothing_changes(demo_store):
    manager = SessionManager(demo_store, lang="en")
    sid = _pick(manager, "VSV Fictiefwaard")
    for bad, part in [("VSV\nFictief", "position 4"), ("x" * 10_000, "10000 characters")]:
        manager.vsv.value = bad
        assert not manager.save()
        assert "vsvkit-error" in manager.result.value and part in manager.result.value
        assert demo_store.session(sid).vsv == "VSV Fictiefwaard"


def test_delete_needs_the_confirmation(demo_store):
    changed = []
    manager = SessionManager(demo_store, on_changed=changed.append)
    sid = _pick(manager, "VSV Fictiefwaard")
    n = demo_store.session(sid).n_respondents
    before = len(demo_store.sessions())
    assert not _visible(manager.confirm_box)
    assert not manager.delete()  # "yes" without the question asked does nothing
    manager.ask_delete()
    assert _visible(manager.confirm_box) and manager.delete_button.disabled
    assert f"Sessie {sid} (VSV Fictiefwaard, 04-06-2025, {n} respondenten)" in (
        manager.question.value
    )
    assert "niet ongedaan" in manager.question.value
    assert len(demo_store.sessions()) == before  # asking deletes nothing
    manager.cancel_delete()
    assert not _visible(manager.confirm_box) and len(demo_store.sessions()) == before

    manager.delete_button.click()
    manager.yes_button.click()
    assert sid not in set(demo_store.sessions()["id"])
    assert len(demo_store.sessions()) == before - 1
    assert f"Sessie {sid} (VSV Fictiefwaard, 04-06-2025) is verwijderd." in manager.result.value
    assert sid not in [v for _, v in manager.picker.options] and changed == [sid]
    assert not _visible(manager.confirm_box)


def test_english_texts(demo_store):
    manager = SessionManager(demo_store, lang="en")
    _pick(manager, "VSV Proefpolder")
    manager.ask_delete()
    assert "Delete session" in manager.question.value
    assert manager.yes_button.description == "Yes, delete"
    assert manager.no_button.description == "Cancel"


def test_a_read_only_store_says_so_in_the_app(demo_db, tmp_path):
    source = tmp_path / "src" / "demo.sqlite"
    source.parent.mkdir()
    shutil.copy(demo_db.removeprefix("sqlite:///"), source)
    with read_only_folder(source, tmp_path / "ro") as path, Store(path) as store:
        manager = SessionManager(store)
        sid = _pick(manager, "VSV Proefpolder")
        manager.vsv.value = "Nieuw"
        assert not manager.save()
        assert "alleen-lezen" in manager.result.value
        manager.ask_delete()
        assert not manager.delete()
        assert "alleen-lezen" in manager.result.value
        assert store.session(sid).vsv == "VSV Proefpolder"


@pytest.fixture
def app(demo_store, instrument):
    return WorkshopApp(demo_store, instrument=instrument)


def _manager(app) -> SessionManager:
    app.show("start")
    return next(c for c in app.body.children[0].children if isinstance(c, SessionManager))


def test_the_app_follows_a_rename_and_a_delete(app, demo_store):
    current = app.session_id
    manager = _manager(app)
    manager.picker.value = current
    manager.vsv.value = "VSV Hernoemd"
    assert manager.save()
    assert "VSV Hernoemd" in app.title.value
    assert any("VSV Hernoemd" in label for label, _ in app.session_picker.options)
    assert app.page == "start" and app.session_id == current

    manager.ask_delete()
    manager.yes_button.click()
    assert current not in set(demo_store.sessions()["id"])
    assert app.session_id in set(demo_store.sessions()["id"])
    assert current not in [v for _, v in app.session_picker.options]
    assert app.session_picker.value == app.session_id
    assert "is verwijderd" in manager.result.value  # the message stays on screen


def test_already_imported_is_dutch_and_names_the_real_command(app, demo_store):
    app.show("start")
    panel = next(c for c in app.body.children[0].children if isinstance(c, ImportPanel))
    path = sample_data_dir() / "proefpolder_2025-09-23_baseline.csv"
    data = path.read_bytes()
    panel.upload.value = (
        {
            "name": path.name,
            "type": "",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime.now(timezone.utc),
        },
    )
    panel.vsv.value = "VSV Proefpolder"
    before = len(demo_store.sessions())
    assert panel.run() is None
    text = panel.result.value
    assert "Dit bestand is al geïmporteerd als sessie" in text
    assert "vsvkit sessions delete" in text and "Sessies beheren" in text
    assert "already" not in text
    assert len(demo_store.sessions()) == before
