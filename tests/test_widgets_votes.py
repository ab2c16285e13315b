"""Vote rounds in the presenter view: start, follow, reveal, take the level, close, delete.

What the room is sent is read back from the store (where the room view reads it); results
are checked against :func:`vsvkit.room.votes.round_result` of the stored counts.
"""

from __future__ import annotations

import pytest

from vsvkit.formatting import fmt_number
from vsvkit.i18n import t
from vsvkit.room import Step
from vsvkit.room.votes import round_result
from vsvkit.widgets import WorkshopApp
from vsvkit.widgets.votes import VotePanel


def _session(store, name="VSV Voorbeeldstad"):
    sessions = store.sessions()
    return int(sessions.loc[sessions["vsv"] == name, "id"].iloc[-1])


@pytest.fixture
def presenting(demo_store, instrument):
    app = WorkshopApp(
        demo_store,
        instrument=instrument,
        session_id=_session(demo_store),
        public_url="http://192.168.1.20:8866",
    )
    app.presenter_toggle.value = True
    view = app.body.children[0]
    view.show(Step("domain", "CLI"))
    yield app, view
    view.close()


def _panel(view) -> VotePanel:
    return next(w for w in view.trainer.children[0].children if isinstance(w, VotePanel))


def _click(panel: VotePanel, css: str) -> None:
    def find(widget):
        if css in getattr(widget, "_dom_classes", ()):
            return widget
        for child in getattr(widget, "children", ()):
            if (hit := find(child)) is not None:
                return hit
        return None

    find(panel).click()


def test_a_round_is_started_and_the_room_shows_how_to_vote(presenting):
    app, view = presenting
    store, sid = app.store, app.session_id
    _click(_panel(view), "vsvkit-vote-start")
    (poll,) = store.rounds(sid)
    assert (poll.kind, poll.target, poll.is_open, poll.revealed) == ("domain", "CLI", True, False)
    room = store.room(sid).html
    assert poll.code in room and "room-qr" in room and "192.168.1.20:8866/stem<" in room
    assert f"data-vote-round='{poll.id}'" in room and '<svg class="room-chart"' not in room


def test_revealed_with_k_votes_the_room_compares_and_the_level_is_taken(presenting):
    app, view = presenting
    store, sid = app.store, app.session_id
    panel = _panel(view)
    _click(panel, "vsvkit-vote-start")
    (poll,) = store.rounds(sid)
    for i, answer in enumerate("2333334444"):
        store.vote(poll.code, f"phone{i}", answer)
    _click(_panel(view), "vsvkit-vote-reveal")
    poll = store.poll_round(poll.id)
    mirror = view.mirror
    result = round_result(poll, store.round_counts(poll.id), mirror.instrument, mirror.k)
    room = store.room(sid).html
    assert poll.revealed and "room-vote-result" in room and 'class="room-chart"' in room
    assert fmt_number(result.consensus, lang="nl") in room
    assert result.chosen_level == 3  # the lower median of 2,3,3,3,3,3,4,4,4,4
    _click(_panel(view), "vsvkit-vote-take")
    notes = store.domain_notes(sid).set_index("domain")
    assert notes.loc["CLI", "agreed_level"] == 3


def test_below_k_the_room_says_how_many_more_votes_are_needed(presenting):
    app, view = presenting
    store, sid = app.store, app.session_id
    panel = _panel(view)
    panel.item.value = "CLI2"
    _click(panel, "vsvkit-vote-start-item")
    (poll,) = store.rounds(sid)
    assert (poll.kind, poll.target) == ("item", "CLI2")
    store.vote(poll.code, "one", "dont_know")
    store.vote(poll.code, "two", "3")
    _click(_panel(view), "vsvkit-vote-reveal")
    room = store.room(sid).html
    k = view.mirror.k
    assert t("room_votes_needed", "nl", n=k - 2) in room and "room-chart" not in room


def test_closed_and_deleted_rounds(presenting):
    app, view = presenting
    store, sid = app.store, app.session_id
    _click(_panel(view), "vsvkit-vote-start")
    (poll,) = store.rounds(sid)
    _click(_panel(view), "vsvkit-vote-close")
    assert not store.poll_round(poll.id).is_open
    # closed and not revealed: the room shows the domain's step again
    assert poll.code not in store.room(sid).html
    _click(_panel(view), "vsvkit-vote-start")
    second = store.rounds(sid)[-1]
    _click(_panel(view), "vsvkit-vote-delete")
    assert [p.id for p in store.rounds(sid)] == [poll.id] and second.code not in store.room(
        sid
    ).html


def test_the_overview_asks_about_the_vsv_as_a_whole(presenting):
    app, view = presenting
    view.show(Step("overview"))
    panel = next(w for w in view.trainer.children[0].children if isinstance(w, VotePanel))
    _click(panel, "vsvkit-vote-start")
    (poll,) = app.store.rounds(app.session_id)
    assert (poll.kind, poll.target) == ("overview", "")
    assert (
        app.store.room(app.session_id).step == "overview"
        and poll.code in app.store.room(app.session_id).html
    )
