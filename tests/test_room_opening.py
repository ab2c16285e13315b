"""Starting to present before the presenter view's widgets are there (vsvkit.room.opening).

The server draws the welcome step of a workshop presented for the first time; it must be
what the presenter view in the kernel draws (the room sees one welcome, not two), hold the
agenda and the number of respondents, and nothing when results are withheld. A workshop
presented before goes on where it was left.
"""

from __future__ import annotations

import pytest

from vsvkit.errors import StoreError
from vsvkit.formatting import fmt_count
from vsvkit.i18n import t
from vsvkit.instrument import load_instrument
from vsvkit.intake import parse_rows
from vsvkit.mirror import build_mirror
from vsvkit.room import Agenda, Step, room_html
from vsvkit.room.opening import start_presenting
from vsvkit.sessions import latest_session
from vsvkit.store import Store

INST = load_instrument()


def _kernel_welcome(store, sid: int, lang: str = "nl") -> str:
    """The welcome step as the presenter view draws it (room_html with the session's
    mirror and the stored agenda)."""
    session = store.session(sid)
    saved = store.room(sid)
    agenda = Agenda(tuple(session.domain_codes), saved.agenda if saved else {})
    mirror = build_mirror(store, sid, instrument=store.instrument(sid))
    return room_html(Step("welcome"), session=session, mirror=mirror, lang=lang, agenda=agenda)


def test_a_new_workshop_opens_on_the_welcome_the_presenter_view_draws(demo_store):
    store = demo_store
    sid = latest_session(store.sessions())
    assert store.room(sid) is None and store.presenting_session() is None
    state = start_presenting(store, sid)
    assert (state.step, state.presenting, state.revealed, state.black) == (
        "welcome",
        True,
        frozenset(),
        False,
    )
    assert store.presenting_session() == sid
    assert state.html == _kernel_welcome(store, sid)
    session = store.session(sid)
    assert t("room_respondents", "nl", n=fmt_count(session.n_respondents, lang="nl")) in state.html
    assert state.html.count("<li>") == len(Agenda(tuple(session.domain_codes)).parts)


def test_the_agenda_planned_before_the_workshop_is_shown(demo_store):
    store = demo_store
    sid = latest_session(store.sessions())
    store.set_agenda(sid, {"welcome": 7, "plan": 25})
    state = start_presenting(store, sid)
    assert state.step == "welcome" and state.agenda == {"welcome": 7, "plan": 25}
    assert t("minutes", "nl", n=7) in state.html and t("minutes", "nl", n=25) in state.html
    assert state.html == _kernel_welcome(store, sid)


def test_a_workshop_presented_before_goes_on_where_it_was(demo_store):
    store = demo_store
    sid = latest_session(store.sessions())
    store.save_room(
        sid,
        step="domain:COO",
        revealed={"overview", "domain:COO"},
        black=True,
        presenting=False,
        html="<section data-step='domain:COO'>COO</section>",
        used={"COO": 90.0},
    )
    before = store.room(sid)
    state = start_presenting(store, sid)
    assert state.presenting and state.revision == before.revision + 1
    assert (state.step, state.revealed, state.black, state.html, state.used) == (
        before.step,
        before.revealed,
        before.black,
        before.html,
        before.used,
    )
    # asked again while presented: nothing changes
    assert start_presenting(store, sid).revision == state.revision


def test_presenting_one_workshop_stops_presenting_another(demo_store):
    store = demo_store
    ids = sorted(int(i) for i in store.sessions()["id"])
    start_presenting(store, ids[0])
    start_presenting(store, ids[1])
    assert store.presenting_sessions() == [ids[1]]


def test_a_session_below_the_minimum_shows_no_agenda_of_domains(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    survey = store.open_survey(vsv="VSV Klein", date="2027-01-20", instrument=INST)
    headers = ["Beroep", *[i.code for i in INST.all_items]]
    for role in ("VK", "GYN"):
        store.submit(survey.token, parse_rows(headers, [[role, *["3"] * 38]], "v", INST))
    state = start_presenting(store, survey.session_id, "en")
    assert state.step == "welcome"
    assert t("room_respondents", "en", n="2") in state.html
    assert "<li>" not in state.html
    assert "lang='en'" in state.html


def test_an_unknown_session_is_refused(demo_store):
    with pytest.raises(StoreError):
        start_presenting(demo_store, 999)
    assert demo_store.presenting_session() is None
