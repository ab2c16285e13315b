"""A vote round in the room, in a real Chromium with phones voting over HTTP (issue 14).

A ``vsvkit serve`` of the real notebooks of its own, on a copy of the demo store. The trainer
opens the workshop app (``workshop.ipynb``), turns the presenter view on, opens the room view
from its link and goes to the first domain (→ twice from the welcome step). From the
presenter's vote panel the trainer starts a round; the phones are plain HTTP clients with a
cookie jar each (:class:`browser._votes.Phone`), voting at once from a thread pool, as the
form posts (no JavaScript).

- The room shows how to vote (QR code, link, code) and the number of votes live: after 20
  phones voted, the room's count reaches 20 within 2 s of the last vote's response (the
  issue's requirement: the room page asks every 0.5 s; this is a functional latency, so it
  is asserted, the only duration this module asserts). Revealed, the room shows the
  comparison chart and the consensus cards, with the figures the core computes.
- A round with fewer than k votes shows no distribution, also revealed: it says how many
  more votes are needed.
- The vote panel and the result fit one screen at 1366×768 and 1920×1080 (no vertical
  scroll, HTML text at least 20 px, chart text at least 18 px); screenshots in
  test-artifacts/ (``vote-*.png``).
- axe-core finds no serious or critical violation on the phone's vote form (390×844) and
  on the room's vote panel.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from ._app import (
    ARTIFACTS,
    ROOM_MEASURE,
    leave,
    running_app_server,
    running_server,
)
from ._axe import assert_clean, require_axe, violations
from ._votes import (
    click_vote,
    open_presenter,
    open_room,
    press,
    room_state,
    shown_count,
    vote_together,
    wait_count,
)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
PHONE_SIZE = (390, 844)
MIN_HTML_PX = 20.0
MIN_CHART_PX = 18.0
#: the issue: the room shows a vote within 2 s
LIVE_S = 2.0
#: what 20 phones answer on the domain's level
ANSWERS = ["1"] * 2 + ["2"] * 8 + ["3"] * 7 + ["4"] * 3


# -- the store and the server -------------------------------------------------------------
@pytest.fixture(scope="module")
def vote_db(db):
    """This module's copy of the demo store (``db``)."""
    return db


@pytest.fixture(scope="module")
def server(vote_db, browser):
    """``vsvkit serve`` of the real notebooks on ``vote_db`` (this module's own)."""
    with running_app_server(vote_db, "vote-server") as srv:
        yield srv


@pytest.fixture
def fresh(vote_db):
    """The workshop not presented yet and no vote rounds (nothing else changes)."""
    _reset(vote_db)
    yield
    _reset(vote_db)


def _reset(db: str) -> None:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        for table in ("rooms", "poll_votes", "poll_rounds"):
            conn.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
        conn.commit()
    finally:
        conn.close()


def _rounds(db: str, session_id: int):
    from vsvkit.store import Store

    store = Store(db)
    try:
        return [(p, store.round_counts(p.id)) for p in store.rounds(session_id)]
    finally:
        store.close()


def _latest(db: str):
    """The session the workshop app opens on (the latest)."""
    from vsvkit.store import Store

    store = Store(db)
    try:
        return store.session(int(store.sessions().sort_values(["date", "id"]).iloc[-1]["id"]))
    finally:
        store.close()


def _instrument(db: str):
    from vsvkit.store import Store

    store = Store(db)
    try:
        return store.instrument(_latest(db).id)
    finally:
        store.close()


def _expected(db: str, session_id: int, poll):
    """What the core says may be shown of ``poll``: its result and before/after."""
    from vsvkit.mirror import build_mirror
    from vsvkit.room.before_after import before_after
    from vsvkit.room.votes import round_result
    from vsvkit.store import Store

    store = Store(db)
    try:
        mirror = build_mirror(store, session_id)
        result = round_result(poll, store.round_counts(poll.id), mirror.instrument, mirror.k)
    finally:
        store.close()
    compared = before_after(mirror, poll, result) if result.distribution is not None else None
    return mirror, result, compared


# -- the windows --------------------------------------------------------------------------
def _windows(browser, server, **kw):
    """The presenter's page and two room windows (both sizes) at the first domain."""
    context = browser.new_context(viewport={"width": 1366, "height": 768}, **kw)
    presenter = open_presenter(context, server)
    rooms = {size: open_room(context, presenter.room_url, wh) for size, wh in SIZES.items()}
    assert room_state(rooms["1366x768"])["step"] == "welcome"
    press(presenter, "ArrowRight", list(rooms.values()), "overview")
    press(presenter, "ArrowRight", list(rooms.values()), "domain:CLI")
    state = room_state(rooms["1366x768"])
    assert state["guess"] and not state["vote"]
    return context, presenter, rooms


def _revealed(state: dict) -> bool:
    """The room shows a revealed round: its count, no longer how to vote."""
    return state["count"] is not None and not state["vote"]


def _close(context) -> None:
    for page in context.pages:
        leave(page)
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"vote-{name}.png"))


def _fits(measures: dict[str, dict]) -> list[str]:
    """What does not fit one screen, per window."""
    problems = []
    for where, m in measures.items():
        if m["scroll"] > 0:
            problems.append(f"{where}: scrolls {m['scroll']} px")
        if m["mainOverflow"] > 1:
            problems.append(f"{where}: .room-main overflows by {m['mainOverflow']} px")
        if m["outside"]:
            problems.append(f"{where}: outside the window: {m['outside'][:3]}")
        if m["html"][0] < MIN_HTML_PX:
            problems.append(f"{where}: text at {m['html'][0]:.1f} px: {m['html'][1]}")
        if m["chartTexts"] and m["chart"][0] < MIN_CHART_PX:
            problems.append(f"{where}: chart text at {m['chart'][0]:.1f} px: {m['chart'][1]}")
    return problems


# -- twenty phones --------------------------------------------------------------------------
def test_twenty_phones_vote_and_the_room_counts_them_live(server, browser, vote_db, fresh):
    """The trainer starts a round on the first domain; the room shows the QR code, the link
    and the code; 20 phones vote at once and the room's count reaches 20 within 2 s of the
    last vote's response; revealed, the room shows the comparison chart and the consensus
    before and after as the core computes them. Both sizes fit one screen."""
    from vsvkit.formatting import fmt_number
    from vsvkit.i18n import t

    context, presenter, rooms = _windows(browser, server)
    try:
        windows = list(rooms.values())
        states = click_vote(
            presenter, "vsvkit-vote-start", windows, lambda s: s["vote"], "the vote panel"
        )
        assert {s["step"] for s in states} == {"domain:CLI"}
        assert {s["count"] for s in states} == {"0"}
        [(poll, _)] = _rounds(vote_db, presenter.session_id)
        assert (poll.kind, poll.target) == ("domain", "CLI")
        assert poll.is_open and not poll.revealed
        room = rooms["1366x768"]
        # how to vote: the QR code, the link (this server's vote page) and the code
        assert room.locator("#room svg.room-qr").count() == 1
        assert room.locator("#room svg.room-qr path, #room svg.room-qr rect").count() >= 1
        # the address to type the code at (the QR code holds the round's own address)
        link = room.locator("#room .room-vote-link .room-nowrap").inner_text()
        assert link == f"{server.base}/stem"
        assert room.locator("#room .room-vote-code strong").inner_text() == poll.code
        # the four levels, each number once
        levels = [f"{lv.level} {lv.label('nl')}" for lv in _instrument(vote_db).levels]
        assert room.locator("#room .room-vote-options li").all_inner_texts() == levels
        panel = {size: r.evaluate(ROOM_MEASURE) for size, r in rooms.items()}
        for size, r in rooms.items():
            _shot(r, f"{size}-panel")
        assert _fits({f"{s} panel": m for s, m in panel.items()}) == []

        # 20 phones at once; then the room's count, polled from here
        votes = vote_together(server.base, poll.code, ANSWERS)
        last = max(v.done for v in votes)
        assert [(v.get_status, v.post_status) for v in votes] == [(200, 200)] * len(ANSWERS)
        waited = wait_count(room, "20", timeout=LIVE_S + 8)
        seconds = None if waited is None else time.perf_counter() - last
        print(f"\nroom shows 20 votes {seconds} s after the last vote's response")
        assert seconds is not None, (
            f"the room view still shows {shown_count(room)!r} votes, not 20, "
            f"{LIVE_S + 8:g} s after the last vote"
        )
        assert seconds <= LIVE_S, (
            f"the room view showed the 20 votes {seconds:.2f} s after the last vote's "
            f"response; issue 14 asks for at most {LIVE_S:g} s (the room page asks every 0.5 s)"
        )
        assert wait_count(rooms["1920x1080"], "20", timeout=LIVE_S) is not None
        [(poll, counts)] = _rounds(vote_db, presenter.session_id)
        assert counts["all"] == {"1": 2, "2": 8, "3": 7, "4": 3}
        assert room.locator("#room svg.room-chart").count() == 0  # not revealed yet

        # revealed: the chart and the cards, as the core computes them
        click_vote(presenter, "vsvkit-vote-reveal", windows, _revealed, "the result")
        for r in windows:
            r.wait_for_selector("#room svg.room-chart", timeout=30_000)
        mirror, result, compared = _expected(vote_db, presenter.session_id, poll)
        assert result.n == 20 and result.distribution is not None
        result_m = {size: r.evaluate(ROOM_MEASURE) for size, r in rooms.items()}
        for size, r in rooms.items():
            _shot(r, f"{size}-result")
        text = " ".join(result_m["1366x768"]["text"].split())
        labels = room.locator("#room .room-card-label").all_inner_texts()
        values = room.locator("#room .room-card-value").all_inner_texts()
        cards = dict(zip(labels, values, strict=True))
        assert cards[t("room_consensus_before", "nl")] == fmt_number(
            compared.consensus_before, lang="nl"
        )
        assert cards[t("room_consensus_after", "nl")] == fmt_number(
            compared.consensus_after, lang="nl"
        )
        assert shown_count(room) == "20"
        assert t("room_votes", "nl") in text
        # the chart: the questionnaire and the room; the room's bars labelled with the shares
        # of the votes (2 of 20, 10 %, is too narrow for a label)
        drawn = room.locator("#room svg.room-chart text").all_text_contents()
        assert {"40%", "35%", "15%"} <= {d.strip() for d in drawn}
        assert all(m["chartTexts"] >= 4 for m in result_m.values())
        assert _fits({f"{s} result": m for s, m in result_m.items()}) == []
    finally:
        _close(context)


def test_a_round_below_k_shows_no_distribution(server, browser, vote_db, fresh):
    """A round on one statement with 2 votes (k is 5): revealed, the room shows no chart and
    no share, only how many more votes are needed."""
    from vsvkit.i18n import t

    context, presenter, rooms = _windows(browser, server)
    try:
        windows = list(rooms.values())
        chosen = presenter.page.locator(".vsvkit-trainer .vsvkit-votes select").input_value()
        click_vote(
            presenter, "vsvkit-vote-start-item", windows, lambda s: s["vote"], "the vote panel"
        )
        [(poll, _)] = _rounds(vote_db, presenter.session_id)
        assert (poll.kind, poll.target) == ("item", chosen.split(" ", 1)[0])
        room = rooms["1366x768"]
        # a statement: the four answers and "weet niet"
        assert room.locator("#room .room-vote-options li").count() == 5
        votes = vote_together(server.base, poll.code, ["2", "dont_know"])
        assert [(v.get_status, v.post_status) for v in votes] == [(200, 200)] * 2
        assert wait_count(room, "2", timeout=10) is not None
        mirror, result, _ = _expected(vote_db, presenter.session_id, poll)
        assert mirror.k == 5 and result.distribution is None and result.needed == 3
        click_vote(presenter, "vsvkit-vote-reveal", windows, _revealed, "the reveal")
        text = " ".join(room.evaluate(ROOM_MEASURE)["text"].split())
        assert t("room_votes_needed", "nl", n=3) in text
        assert room.locator("#room svg").count() == 0  # no chart, no QR code
        assert room.locator("#room .room-card").count() == 0
        assert shown_count(room) == "2"
        assert "%" not in text
        for size, r in rooms.items():
            _shot(r, f"{size}-below-k")
        assert _fits({s: r.evaluate(ROOM_MEASURE) for s, r in rooms.items()}) == []
    finally:
        _close(context)


# -- accessibility --------------------------------------------------------------------------
def test_phone_form_and_room_vote_panel_passviolations(server, browser, vote_db, fresh):
    """axe-core (WCAG 2.1 A/AA): no serious or critical violation on the phone's code page
    and vote form (390×844; before and after a vote) and on the room's vote panel; the code
    field is a phone's touch target."""
    require_axe()
    context, presenter, rooms = _windows(browser, server, bypass_csp=True)
    try:
        click_vote(
            presenter,
            "vsvkit-vote-start",
            list(rooms.values()),
            lambda s: s["vote"],
            "the vote panel",
        )
        [(poll, _)] = _rounds(vote_db, presenter.session_id)
        found = {f"room {size} vote panel": violations(r) for size, r in rooms.items()}
        phone = browser.new_context(
            viewport={"width": PHONE_SIZE[0], "height": PHONE_SIZE[1]},
            is_mobile=True,
            has_touch=True,
            device_scale_factor=2,
            bypass_csp=True,
        )
        try:
            page = phone.new_page()
            # the code page: a field large enough to type on a phone, then the round's form
            page.goto(f"{server.base}/stem")
            box = page.locator("#code").bounding_box()
            assert box["height"] >= 44 and box["width"] >= 100
            _shot(page, "phone-code")
            found["phone code page"] = violations(page)
            page.locator("#code").fill(poll.code.lower())
            page.locator("button[type=submit]").click()
            page.wait_for_url(f"**/stem/{poll.code}")
            assert page.locator("input[type=radio][name=vote]").count() == 4
            levels = _instrument(vote_db).levels
            shown = page.locator(".scale-option").evaluate_all(
                "els => els.map(e => [...e.children].map(c => c.textContent.trim()))"
            )
            assert shown == [[str(lv.level), lv.label("nl")] for lv in levels]
            # the header: the VSV's name, no separator before it
            vsv = _latest(vote_db).vsv
            assert page.locator(".site-title").inner_text().strip() == vsv
            _shot(page, "phone-form")
            found["phone form"] = violations(page)
            page.locator("label[for=vote-3]").click()
            page.locator("button[type=submit]").click()
            page.wait_for_selector(".message-done", timeout=30_000)
            assert page.locator("input[name=vote][value='3']").is_checked()
            _shot(page, "phone-voted")
            found["phone after the vote"] = violations(page)
        finally:
            phone.close()
        assert wait_count(rooms["1366x768"], "1", timeout=10) is not None
        assert_clean(found)
    finally:
        _close(context)


# -- the questionnaire's form on the same server --------------------------------------------
#: answers every question of the form: 3 (or the first answer a question has), the first
#: profession
_ANSWER_ALL = """() => {
  const names = new Set([...document.querySelectorAll('input[type=radio]')].map(i => i.name));
  for (const name of names) {
    const all = [...document.querySelectorAll(`input[type=radio][name="${name}"]`)];
    (all.find(i => i.value === '3') || all[0]).checked = true;
  }
  for (const sel of document.querySelectorAll('select'))
    sel.value = [...sel.options].find(o => o.value).value;
  return names.size;
}"""


def test_a_questionnaire_sent_from_the_browser_is_stored(browser, tmp_path):
    """The questionnaire's form, like the vote form, is posted by a browser to ``vsvkit
    serve`` (behind its Host/Origin guard): it is stored and the thanks page shows. (Its
    pages once sent no referrer, so Chromium posted ``Origin: null`` and the guard refused
    every form.)"""
    import datetime as dt

    from vsvkit.instrument import find_instrument
    from vsvkit.store import Store

    db = f"sqlite:///{tmp_path / 'survey.sqlite'}"
    store = Store(db)
    try:
        survey = store.open_survey(
            vsv="VSV Formulier",
            date=dt.date.today() + dt.timedelta(days=30),
            instrument=find_instrument("2026.3"),
        )
    finally:
        store.close()
    with running_server(db=db, preheat=(), apps=None, name="survey-form-server") as srv:
        context = browser.new_context(viewport={"width": PHONE_SIZE[0], "height": PHONE_SIZE[1]})
        try:
            page = context.new_page()
            page.goto(f"{srv.base}/vragenlijst/{survey.token}")
            assert page.evaluate(_ANSWER_ALL) > 20
            page.locator("button[type=submit]").click()
            page.wait_for_selector(".message-done", timeout=30_000)
        finally:
            context.close()
        assert "refused" not in srv.log()
    store = Store(db)
    try:
        assert store.session(survey.session_id).n_respondents == 1
    finally:
        store.close()
