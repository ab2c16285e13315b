"""The presenter view: walking the steps, what the room is sent, the agenda, a reload.

Widgets are tested by their state; what the room sees is read back from the store, where
the room view on the server reads it.
"""

from __future__ import annotations

import pytest

from vsvkit.i18n import t
from vsvkit.room import Step
from vsvkit.widgets import WorkshopApp
from vsvkit.widgets.guide import GuidePanel
from vsvkit.widgets.notes import DomainNotes
from vsvkit.widgets.plan import PlanEditor
from vsvkit.widgets.presenter import PresenterView
from vsvkit.widgets.step_material import AgreedLevels


def _session(store, name="VSV Voorbeeldstad"):
    sessions = store.sessions()
    return int(sessions.loc[sessions["vsv"] == name, "id"].iloc[-1])


@pytest.fixture
def presenting(demo_store, instrument):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=_session(demo_store))
    app.presenter_toggle.value = True
    view = app.body.children[0]
    yield app, view
    view.close()


def test_the_toggle_opens_the_presenter_view_and_the_room_gets_the_first_step(presenting):
    app, view = presenting
    assert isinstance(view, PresenterView) and "vsvkit-presenter" in app._dom_classes
    assert app.nav.layout.display == "none" and app.filter.layout.display == "none"
    room = app.store.room(app.session_id)
    assert room.presenting and room.step == "welcome" and "room-kind-welcome" in room.html
    assert view.room_link.value.count(f"/zaal/{app.session_id}") == 2  # link and its text


def test_results_stay_hidden_until_revealed_and_stay_revealed(presenting):
    app, view = presenting
    store, sid = app.store, app.session_id
    view.go(+1)
    assert store.room(sid).step == "overview"
    assert t("guess_first", "nl") in store.room(sid).html and "<svg" not in store.room(sid).html
    assert view.reveal_button.button_style == "warning"
    view.reveal()
    assert "<svg" in store.room(sid).html and view.reveal_button.button_style == ""
    view.go(+1)
    assert store.room(sid).step == "domain:CLI" and "<svg" not in store.room(sid).html
    view.go(-1)  # back: the overview stays revealed
    assert "<svg" in store.room(sid).html and store.room(sid).revealed == {"overview"}


def test_each_step_brings_the_trainers_material(presenting):
    app, view = presenting
    kinds = {}
    for key in ("domain:CLI", "details:CLI", "discussion", "agreed", "plan"):
        view.show(Step.from_key(key))
        kinds[key] = view.trainer.children[0]
    domain = kinds["domain:CLI"].children
    assert isinstance(domain[0], DomainNotes) and isinstance(domain[-1], GuidePanel)
    assert isinstance(kinds["details:CLI"].children[-1], DomainNotes)
    assert isinstance(kinds["agreed"], AgreedLevels) and isinstance(kinds["plan"], PlanEditor)


def test_an_agreed_level_set_in_the_view_reaches_the_rooms_agreed_step(presenting):
    app, view = presenting
    view.show(Step("agreed"))
    before = app.store.room(app.session_id).html
    view.trainer.children[0].pickers["COO"].value = 3
    notes = app.store.domain_notes(app.session_id).set_index("domain")
    assert notes.loc["COO", "agreed_level"] == 3
    view.show(Step("agreed"))
    after = app.store.room(app.session_id).html
    assert after != before and t("agreed_level", "nl") in after


def test_black_screen_and_home(presenting):
    app, view = presenting
    view.show(Step("domain", "COO"))
    view.black_button.value = True
    room = app.store.room(app.session_id)
    assert room.black and room.step == "domain:COO"
    assert t("room_is_black", "nl") in view.status.value
    view.black_button.value = False
    view.home_button.click()
    assert app.store.room(app.session_id).step == "overview"


def test_next_step_and_the_agenda(presenting):
    app, view = presenting
    view.show(Step("domain", "SUP"))
    assert "Ondersteuning: verschillen en opmerkingen" in view.next_label.value
    editor = view.agenda.editor
    assert editor.children[0].children == ()  # made when opened
    editor.selected_index = 0
    editor.children[0].children[2].value = 25  # the first domain, CLI
    assert app.store.room(app.session_id).agenda["CLI"] == 25
    assert "<td>25</td>" in view.agenda.table.value
    assert t("hours_short", "nl") in view.agenda.clock.value
    # the welcome step's agenda in the room says so
    view.show(Step("welcome"))
    assert t("minutes", "nl", n=25) in app.store.room(app.session_id).html


def test_time_used_is_counted_per_part(presenting, monkeypatch):
    app, view = presenting
    import vsvkit.widgets.agenda as agenda

    now = [1000.0]
    monkeypatch.setattr(agenda.time, "monotonic", lambda: now[0])
    view.show(Step("domain", "CLI"))  # starts the clock of CLI
    now[0] += 125
    view.show(Step("details", "CLI"))  # the same part
    now[0] += 60
    view.show(Step("domain", "COO"))
    used = app.store.room(app.session_id).used
    assert used["CLI"] == pytest.approx(185.0)


def test_a_view_built_ahead_follows_the_store_when_its_page_opens(
    presenting, demo_store, instrument
):
    app, view = presenting
    ahead = WorkshopApp(demo_store, instrument=instrument)  # a kernel waiting in the pool
    built = ahead.body.children[0]
    try:
        view.go(+1)
        view.reveal()
        view.black_button.value = True
        ahead.page_opened()
        assert ahead.body.children[0] is built  # not built again
        assert built.step.key == "overview" and built.revealed == {"overview"} and built.black
    finally:
        built.close()


def test_a_new_app_opens_where_the_workshop_is(presenting, demo_store, instrument):
    app, view = presenting
    view.go(+1)
    view.reveal()
    view.go(+1)
    again = WorkshopApp(demo_store, instrument=instrument)
    other = again.body.children[0]
    try:
        assert again.presenter and isinstance(other, PresenterView)
        assert other.step.key == "domain:CLI" and other.revealed == {"overview"}
        # building it ahead of the page (a preheated kernel) does not change the room
        assert demo_store.room(app.session_id).revision == demo_store.room_revision(app.session_id)
    finally:
        other.close()


def test_leaving_the_presenter_view(presenting):
    app, view = presenting
    view.go(+1)
    app.presenter_toggle.value = False
    assert app.store.presenting_session() is None
    assert not isinstance(app.body.children[0], PresenterView)
    assert app.nav.layout.display == ""
    assert app.store.room(app.session_id).step == "overview"  # the room keeps its step


def test_the_room_shows_the_whole_session_when_the_app_was_filtered(demo_store, instrument):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=_session(demo_store))
    group = next(v for _, v in app.filter.options if v != "__all__")
    app.filter.value = group
    app.presenter_toggle.value = True
    view = app.body.children[0]
    try:
        assert view.mirror.n_respondents == demo_store.session(app.session_id).n_respondents
        assert app.subset is None
    finally:
        view.close()


def test_a_step_not_drawn_yet_first_tells_the_room_it_is_coming(presenting, monkeypatch):
    app, view = presenting
    view._warming.stop()
    store = app.store
    saved = []
    real = store.save_room
    monkeypatch.setattr(
        store, "save_room", lambda *a, **k: saved.append(k["html"]) or real(*a, **k)
    )
    view.revealed.add("domain:ORG")
    view._html.clear()
    view.show(Step("domain", "ORG"))
    assert len(saved) == 2
    assert t("room_working", "nl") in saved[0] and "<svg" in saved[1]
    view.show(Step("domain", "COO"))
    view.show(Step("domain", "ORG"))  # drawn now: one save
    assert len(saved) == 2 + 2 + 1


def test_the_presenter_view_takes_over_the_welcome_the_server_drew(demo_store, instrument):
    """The presenter view's address started the workshop on the server (its welcome step);
    the app's toggle, pressed when its widgets are drawn, sends the room the same welcome
    once, with no "one moment" before it."""
    from vsvkit.room.opening import start_presenting

    sid = _session(demo_store)
    first = start_presenting(demo_store, sid)
    # a page that opened before the server's start reached the store: not in the presenter view
    app = WorkshopApp(demo_store, instrument=instrument, session_id=sid)
    assert not app.presenter
    saved = []
    real = demo_store.save_room
    demo_store.save_room = lambda *a, **k: saved.append(k["html"]) or real(*a, **k)
    try:
        app.presenter_toggle.value = True
        view = app.body.children[0]
        assert isinstance(view, PresenterView) and view.step == Step("welcome")
        assert saved == [first.html]
        room = demo_store.room(sid)
        assert room.presenting and room.revision == first.revision + 1
    finally:
        del demo_store.save_room
        app.body.children[0].close()


def _button(widget, css: str):
    """The button with class ``css`` inside ``widget`` (the trainer's material)."""
    if css in getattr(widget, "_dom_classes", ()):
        return widget
    for child in getattr(widget, "children", ()):
        found = _button(child, css)
        if found is not None:
            return found
    return None


def test_a_round_started_after_a_deleted_one_shows_its_own_code(presenting):
    """The store gives a new round the id of a deleted one (SQLite reuses the highest id):
    the room shows the new round's code and question, not the deleted round's."""
    app, view = presenting
    store, sid = app.store, app.session_id
    view.go(+2)
    assert view.step.key == "domain:CLI"
    _button(view.trainer, "vsvkit-vote-start").click()
    first = store.rounds(sid)[-1]
    assert first.code in store.room(sid).html
    _button(view.trainer, "vsvkit-vote-delete").click()
    assert first.code not in store.room(sid).html
    _button(view.trainer, "vsvkit-vote-start-item").click()
    second = store.rounds(sid)[-1]
    assert second.id == first.id and second.code != first.code  # the id came back
    html = store.room(sid).html
    assert second.code in html and first.code not in html
    assert store.instrument(sid).item(second.target).text("nl") in html
