"""The room view and the presenter view of a workshop in a real Chromium (issue 13).

A ``vsvkit serve`` of the real notebooks of its own, on a copy of the demo store with a plan
of seven actions, an agreed level for every domain and a trainer's note, so every step of
the room has all it can show. Each test starts from a store without a room state (the
workshop not presented yet) and opens the workshop app (``workshop.ipynb``) as the trainer
does: the toggle "Presentatiemodus" opens the presenter view, its link the room view.

- Every step fits one screen at 1366×768 and 1920×1080, hidden (guess first) and revealed:
  no vertical scroll, nothing outside the window, HTML text at least 20 px, chart text
  (SVG ``<text>``, its font size times its scale on screen) at least 18 px.
- The keys step through in both windows; a revealed step stays revealed.
- The windows stay in sync, also over a reload of either.
- The room view shows no controls, no trainer notes, nothing about filters or privacy
  decisions and nothing of the conversation guide.
- axe-core finds no serious or critical violation in the room view and the presenter view.

The windows never wait with ``wait_for_function`` in the room page (its CSP forbids the
evaluation Playwright needs for a string); they poll the page from Python. No test asserts
a duration (that is ``benchmarks/bench_room.py``).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

import pytest

from ._app import ARTIFACTS, ROOM_MEASURE, leave, running_app_server
from ._axe import assert_clean, require_axe, violations

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "workshop.ipynb"
SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}
#: the presenter's laptop
PRESENTER_SIZE = (1366, 768)
MIN_HTML_PX = 20.0
MIN_CHART_PX = 18.0
#: a trainer's note saved in the store before the workshop, and one typed in the presenter
STORE_NOTE = "Notitie-trainer-7391: alleen voor de trainer"
TYPED_NOTE = "Getypte-notitie-5528: nooit op de beamer"
#: words about filters and privacy decisions the room must never see (lower case)
PRIVACY_WORDS = (
    "te weinig deelnemers",
    "filter",
    "welke deelnemers",
    "samengevoegd",
    "ter bescherming",
    "minimale groepsgrootte",
    "verborgen",
)
WAIT_S = 60.0
#: the presenter view's controls (its widgets are drawn)
CONTROLS = ".vsvkit-presenter-view .vsvkit-key-next"


_STATE = """() => {
  const s = document.querySelector('#room .room-step');
  return {step: s ? s.dataset.step : null, revision: +document.body.dataset.revision,
          black: document.body.classList.contains('room-black'),
          guess: document.querySelector('#room .room-guess') !== null,
          hidden: getComputedStyle(document.getElementById('room')).visibility === 'hidden',
          working: document.querySelector('#room .room-working-step') !== null};
}"""


#: resolves once the page has drawn two frames
_PAINTED = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


@dataclass(frozen=True)
class StepInfo:
    key: str
    title: str
    hidden_first: bool


# -- the store and the server -------------------------------------------------------------
def _prepare(db: str) -> None:
    """Give session 2 (the app opens on it: the latest) what the last steps show."""
    from vsvkit.store import Store

    store = Store(db)
    try:
        for i, code in enumerate(("CLI", "COO", "ORG", "SUP", "OMG", "REF")):
            store.save_domain_note(2, code, agreed_level=2 + i % 3)
        store.save_domain_note(2, "CLI", notes=STORE_NOTE)
        for i in range(7):
            store.add_action(
                2,
                ("CLI", "COO", "ORG", "SUP", "OMG", "REF", "CLI")[i],
                f"Actie {i + 1}: een gezamenlijk geboorteplan voor alle cliënten van het VSV "
                "met afspraken over wie wat bespreekt en wanneer, ook bij overdracht",
                who="werkgroep geboortezorg",
                due=f"2027-0{i + 1}-15",
            )
    finally:
        store.close()


@pytest.fixture(scope="module")
def room_db(db):
    """This module's copy of the demo store (``db``), prepared for the room."""
    _prepare(db)
    return db


@pytest.fixture(scope="module")
def server(room_db, browser):
    """``vsvkit serve`` of the real notebooks on ``room_db`` (this module's own)."""
    with running_app_server(room_db, "room-server") as srv:
        yield srv


@pytest.fixture
def fresh(room_db):
    """The workshop not presented yet: no room state in the store (nothing else changes)."""
    _reset_rooms(room_db)
    yield
    _reset_rooms(room_db)


def _reset_rooms(db: str) -> None:
    conn = sqlite3.connect(db.removeprefix("sqlite:///"))
    try:
        conn.execute("DELETE FROM rooms")
        conn.commit()
    finally:
        conn.close()


def _steps(db: str, session_id: int) -> list[StepInfo]:
    """The workshop's steps as the core defines them, read from the store (not the page)."""
    from vsvkit.mirror import build_mirror
    from vsvkit.room import workshop_steps
    from vsvkit.store import Store

    store = Store(db)
    try:
        mirror = build_mirror(store, session_id)
    finally:
        store.close()
    return [StepInfo(s.key, s.title(mirror, "nl"), s.hidden_first) for s in workshop_steps(mirror)]


def _notes(db: str, session_id: int, domain: str) -> str:
    from vsvkit.store import Store

    store = Store(db)
    try:
        notes = store.domain_notes(session_id).set_index("domain")["notes"]
        return notes.get(domain) or ""
    finally:
        store.close()


# -- the windows --------------------------------------------------------------------------
@dataclass
class Presenter:
    page: object
    session_id: int
    room_url: str


def _context(browser, **kw):
    w, h = PRESENTER_SIZE
    return browser.new_context(viewport={"width": w, "height": h}, **kw)


def _open_presenter(context, server) -> Presenter:
    """The workshop app with the presenter view on (the toggle, unless it opens in it)."""
    page = context.new_page()
    page.goto(server.url(NOTEBOOK), wait_until="commit", timeout=WAIT_S * 1000)
    page.wait_for_selector(".vsvkit-presenter-toggle", state="visible", timeout=WAIT_S * 1000)
    if page.locator(".vsvkit-presenter-view").count() == 0:
        page.locator(".vsvkit-presenter-toggle").click()
    return _presenter_ready(page)


def _presenter_ready(page) -> Presenter:
    page.wait_for_selector(".vsvkit-preview-frame", state="visible", timeout=WAIT_S * 1000)
    link = page.locator(".vsvkit-room-link")
    return Presenter(
        page, int(link.get_attribute("data-session")), link.locator("a").get_attribute("href")
    )


def _open_room(context, url: str, size: tuple[int, int] = SIZES["1366x768"]):
    page = context.new_page()
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(url)
    page.wait_for_selector("#room .room-step", timeout=WAIT_S * 1000)
    return page


def _state(room) -> dict:
    return room.evaluate(_STATE)


def _wait_room(room, after: int, what: str = "") -> dict:
    """Poll the room page until it shows a revision after ``after`` that is a step (not the
    "one moment" the room is sent while a step not drawn yet is being drawn)."""
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        state = _state(room)  # one reading: revision and content together
        if state["revision"] > after and not state["working"]:
            return state
        time.sleep(0.02)
    raise AssertionError(f"the room did not change after {what!r}: {_state(room)}")


def _picker(page) -> str:
    return page.locator(".vsvkit-step-picker select").input_value().replace("\xa0", " ")


def _reveal_pressing(page) -> bool:
    """The reveal button asks to be pressed (warning colour) while the step is hidden."""
    css = page.locator(".vsvkit-key-reveal").get_attribute("class") or ""
    return "mod-warning" in css


def _settle(presenter: Presenter, steps: list[StepInfo], state: dict) -> None:
    """Wait until the presenter's page shows what the room shows: done drawing, the step in
    the picker, the reveal button while the step is hidden, the black screen button's state
    (the room follows the store, which the kernel writes before the page hears of it)."""
    title = {s.key: s.title for s in steps}[state["step"]]
    page = presenter.page
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        black = "mod-active" in (page.locator(".vsvkit-key-black").get_attribute("class") or "")
        if (
            page.locator(".vsvkit-presenter-view.vsvkit-busy").count() == 0
            and _picker(page) == title
            and _reveal_pressing(page) == state["guess"]
            and black == state["black"]
        ):
            return
        time.sleep(0.05)
    raise AssertionError(f"the presenter view does not show {state}: picker {_picker(page)!r}")


def _press(window, key: str, presenter: Presenter, rooms: list, steps: list[StepInfo]) -> dict:
    """Press ``key`` in ``window`` (the presenter's page or a room page); the state every
    room window shows afterwards (all the same), once the presenter's page shows it too."""
    before = [_state(r)["revision"] for r in rooms]
    window.keyboard.press(key)
    states = [_wait_room(r, rev, key) for r, rev in zip(rooms, before, strict=True)]
    for state in states[1:]:
        assert state == states[0]
    _settle(presenter, steps, states[0])
    return states[0]


def _blur(page) -> None:
    page.evaluate("() => document.activeElement && document.activeElement.blur()")


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"room-{name}.png"))


def _shot_presenter(page, name: str, step: str) -> None:
    """A screenshot of the presenter's page once its preview shows ``step``."""
    preview = page.frame_locator(".vsvkit-preview-frame")
    preview.locator(f".room-step[data-step='{step}']").wait_for(timeout=WAIT_S * 1000)
    # the frame's new document is painted (a screenshot at once caught it blank)
    page.evaluate(_PAINTED)
    _shot(page, f"presenter-{name}")


# -- a walk through the workshop ------------------------------------------------------------
@pytest.fixture(scope="module")
def walk(server, browser, room_db):
    """The room at every step of the workshop, walked with the presenter's → key, in two
    room windows (1366×768 and 1920×1080): each step as it first shows (hidden steps ask
    for a guess) and, for a hidden step, after R. At the second domain the trainer types a
    note into the presenter's notes field.

    Returns ``{"steps": [StepInfo], "seen": [(size, key, revealed, measure)]}``.
    """
    _reset_rooms(room_db)
    context = _context(browser)
    try:
        presenter = _open_presenter(context, server)
        steps = _steps(room_db, presenter.session_id)
        rooms = {size: _open_room(context, presenter.room_url, wh) for size, wh in SIZES.items()}
        pres = presenter.page
        _blur(pres)
        seen = []
        windows = list(rooms.values())
        for i, step in enumerate(steps):
            if i:
                state = _press(pres, "ArrowRight", presenter, windows, steps)
            else:
                state = _state(windows[0])
            assert state["step"] == step.key
            assert state["guess"] == step.hidden_first, step.key
            if step.key == "domain:COO":
                # COO's material: with its guide (the step before, details:CLI, has none)
                # and its notes field, still empty (CLI's holds STORE_NOTE)
                pres.wait_for_selector(".vsvkit-trainer .vsvkit-guide", timeout=WAIT_S * 1000)
                field = pres.locator(".vsvkit-trainer .vsvkit-notes textarea")
                assert field.input_value() == ""
                field.fill(TYPED_NOTE)
                deadline = time.monotonic() + WAIT_S
                while _notes(room_db, presenter.session_id, "COO") != TYPED_NOTE:
                    assert time.monotonic() < deadline, "the typed note was not saved"
                    time.sleep(0.1)
                _shot_presenter(pres, "domain-hidden", step.key)
                _blur(pres)
            for size, room in rooms.items():
                seen.append((size, step.key, not state["guess"], room.evaluate(ROOM_MEASURE)))
            if state["guess"]:
                state = _press(pres, "r", presenter, windows, steps)
                assert state["step"] == step.key and not state["guess"]
                for size, room in rooms.items():
                    seen.append((size, step.key, True, room.evaluate(ROOM_MEASURE)))
            if step.key in ("overview", "domain:COO", "details:COO", "plan"):
                for size, room in rooms.items():
                    _shot(room, f"{size}-{step.key.replace(':', '-')}")
            if step.key == "details:COO":
                _shot_presenter(pres, "details", step.key)
        # at the last step, → stays there
        last = _press(pres, "ArrowRight", presenter, windows, steps)
        assert last["step"] == steps[-1].key
    finally:
        # closed before the tests: a presenter page left open would follow the room keys
        # of the next test's room window too
        for page in context.pages:
            leave(page)
        context.close()
        _reset_rooms(room_db)
    return {"steps": steps, "seen": seen}


def test_every_step_fits_one_screen_at_both_sizes(walk):
    """No step scrolls or sticks out of the window at 1366×768 or 1920×1080, hidden or
    revealed; HTML text is at least 20 px and chart text at least 18 px."""
    steps, seen = walk["steps"], walk["seen"]
    assert [s.key for s in steps][:2] == ["welcome", "overview"]
    # every step was seen in both sizes, the hidden ones also hidden
    expected = {(size, s.key, True) for size in SIZES for s in steps}
    expected |= {(size, s.key, False) for size in SIZES for s in steps if s.hidden_first}
    assert {(size, key, revealed) for size, key, revealed, _ in seen} == expected
    problems = []
    for size, key, revealed, m in seen:
        where = f"{size} {key} {'revealed' if revealed else 'hidden'}"
        if m["scroll"] > 0:
            problems.append(f"{where}: scrolls {m['scroll']} px")
        if m["mainOverflow"] > 1:
            problems.append(f"{where}: .room-main overflows by {m['mainOverflow']} px")
        if m["outside"]:
            problems.append(f"{where}: outside the window: {m['outside'][:3]}")
        if m["html"][0] < MIN_HTML_PX:
            problems.append(f"{where}: text at {m['html'][0]:.1f} px: {m['html'][1]}")
        if m["chart"][0] < MIN_CHART_PX:
            problems.append(f"{where}: chart text at {m['chart'][0]:.1f} px: {m['chart'][1]}")
    assert problems == []
    # the charts were there to be measured: every revealed chart step has its SVG with text
    for size, key, revealed, m in seen:
        kind = key.partition(":")[0]
        if revealed and kind in ("overview", "domain", "agreed"):
            assert m["charts"] >= 1 and m["chartTexts"] >= 10, (size, key)
        if not revealed:
            assert m["charts"] == 0, (size, key)  # a hidden step shows no result
    chart_steps = {key for _, key, revealed, m in seen if revealed and m["chartTexts"]}
    assert {"overview", "agreed"} | {s.key for s in steps if s.key.startswith("domain:")} <= (
        chart_steps
    )


def test_room_view_shows_nothing_of_the_trainer(walk, room_db):
    """No controls, no notes (saved before or typed during the workshop), nothing about
    filters or privacy decisions, no text of the conversation guide, on any step."""
    from vsvkit.guide import load_guide
    from vsvkit.i18n import t

    guide = load_guide()
    guide_texts = set()
    for domain in guide.domains:
        for level in domain.levels:
            guide_texts |= {q("nl") for q in level.questions}
            guide_texts |= {s("nl") for s in level.next_steps}
        for entry in (domain.split, domain.dont_know):
            if entry is not None:
                guide_texts |= {q("nl") for q in entry.questions}
                guide_texts |= {s("nl") for s in entry.next_steps}
    assert len(guide_texts) > 50
    trainer_words = [t(k, "nl").lower() for k in ("guide_title", "notes_title", "filter_picker")]
    found = []
    for size, key, revealed, m in walk["seen"]:
        where = f"{size} {key} {'revealed' if revealed else 'hidden'}"
        text, markup = m["text"].lower(), m["markup"].lower()
        if m["controls"]:
            found.append(f"{where}: {m['controls']} controls")
        for note in (STORE_NOTE, TYPED_NOTE):
            if note.lower() in markup:
                found.append(f"{where}: the note {note!r}")
        for word in (*PRIVACY_WORDS, *trainer_words):
            if word in text or f'aria-label="{word}' in markup:
                found.append(f"{where}: {word!r}")
        for g in guide_texts:
            if g.lower() in text:
                found.append(f"{where}: guide text {g[:40]!r}")
    assert found == []
    # the notes were there to be found: in the store, on domains the room showed
    assert _notes(room_db, 2, "CLI") == STORE_NOTE
    assert _notes(room_db, 2, "COO") == TYPED_NOTE
    keys = {key for _, key, _, _ in walk["seen"]}
    assert {"domain:CLI", "details:CLI", "domain:COO", "details:COO"} <= keys


# -- keys -----------------------------------------------------------------------------------
def test_keys_step_through_in_both_windows(server, browser, room_db, fresh):
    """→ PageDown space next, ← PageUp previous, Home the overview, B the black screen and
    back, R reveal; in the presenter's window and in the room's (a clicker on the projector's
    window). A revealed step stays revealed when the trainer comes back to it."""
    context = _context(browser)
    try:
        presenter = _open_presenter(context, server)
        steps = _steps(room_db, presenter.session_id)
        keys = [s.key for s in steps]
        overview, first, details, second = keys[1:5]
        assert (overview, first, details) == ("overview", "domain:CLI", "details:CLI")
        room = _open_room(context, presenter.room_url)
        assert _state(room)["step"] == "welcome"
        pres = presenter.page

        def press(window, key):
            return _press(window, key, presenter, [room], steps)

        def shows(state, step, *, guess, black=False):
            got = (state["step"], state["guess"], state["black"], state["hidden"])
            return got == (step, guess, black, black)

        # the presenter's window; the toggle just clicked still has the focus: space is the
        # next step, not a second click on the toggle
        assert "presenter-toggle" in pres.evaluate("() => document.activeElement.className")
        assert shows(press(pres, " "), overview, guess=True)
        assert shows(press(pres, "PageDown"), first, guess=True)
        assert shows(press(pres, "ArrowRight"), details, guess=True)
        assert shows(press(pres, "ArrowLeft"), first, guess=True)
        assert shows(press(pres, "PageUp"), overview, guess=True)
        assert shows(press(pres, "r"), overview, guess=False)
        assert room.locator("#room svg").count() >= 1
        assert shows(press(pres, "ArrowRight"), first, guess=True)
        assert shows(press(pres, "Home"), overview, guess=False)  # still revealed
        assert shows(press(pres, "b"), overview, guess=False, black=True)
        bg = room.evaluate("() => getComputedStyle(document.body).backgroundColor")
        assert bg == "rgb(0, 0, 0)"
        assert shows(press(pres, "B"), overview, guess=False)

        # the room's window
        assert shows(press(room, "ArrowRight"), first, guess=True)
        assert shows(press(room, "r"), first, guess=False)
        assert shows(press(room, "PageDown"), details, guess=True)
        assert shows(press(room, " "), second, guess=True)
        assert shows(press(room, "ArrowLeft"), details, guess=True)
        assert shows(press(room, "PageUp"), first, guess=False)  # still revealed
        assert shows(press(room, "Home"), overview, guess=False)
        assert shows(press(room, "b"), overview, guess=False, black=True)
        assert shows(press(room, "b"), overview, guess=False)
        # the keys of the room window reached the presenter view: its picker followed
        assert _picker(pres) == steps[1].title
    finally:
        for page in context.pages:
            leave(page)
        context.close()


# -- two windows in sync ----------------------------------------------------------------------
def test_windows_stay_in_sync_over_reloads(server, browser, room_db, fresh):
    """A step chosen in the presenter view reaches the room; a reload of the room and a
    reload of the presenter's page both return to the current step, and the reloaded
    presenter view drives the room on from there."""
    context = _context(browser)
    try:
        presenter = _open_presenter(context, server)
        steps = _steps(room_db, presenter.session_id)
        by_key = {s.key: s for s in steps}
        room = _open_room(context, presenter.room_url)
        other = _open_room(context, presenter.room_url, SIZES["1920x1080"])
        pres = presenter.page
        # the trainer picks a step from the list
        before = _state(room)["revision"]
        options = [
            o.replace("\xa0", " ")
            for o in pres.eval_on_selector_all(
                ".vsvkit-step-picker select option", "els => els.map(e => e.text)"
            )
        ]
        assert options == [s.title for s in steps]
        pres.select_option(
            ".vsvkit-step-picker select", index=options.index(by_key["details:COO"].title)
        )
        state = _wait_room(room, before, "picker")
        assert state["step"] == "details:COO" and state["guess"]
        assert _wait_room(other, before, "picker")["step"] == "details:COO"
        _settle(presenter, steps, state)
        _blur(pres)
        state = _press(pres, "r", presenter, [room, other], steps)
        assert state["step"] == "details:COO" and not state["guess"]

        room.reload()
        room.wait_for_selector("#room .room-step", timeout=WAIT_S * 1000)
        again = _state(room)
        assert (again["step"], again["guess"], again["revision"]) == (
            "details:COO",
            False,
            state["revision"],
        )

        pres.reload(wait_until="commit")
        reloaded = _presenter_ready(pres)
        assert reloaded.session_id == presenter.session_id
        deadline = time.monotonic() + WAIT_S
        while _picker(pres) != by_key["details:COO"].title and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _picker(pres) == by_key["details:COO"].title
        srcdoc = pres.locator(".vsvkit-preview-frame").get_attribute("srcdoc")
        assert "data-step='details:COO'" in srcdoc
        # the page was opened: nothing changed in the room
        assert _state(room)["revision"] == state["revision"]
        _blur(pres)
        after = _press(pres, "ArrowRight", reloaded, [room, other], steps)
        assert after["step"] == steps[[s.key for s in steps].index("details:COO") + 1].key
    finally:
        for page in context.pages:
            leave(page)
        context.close()


#: records the first preview the presenter's page shows before its widgets (the page's head
#: asked the server), and whether the presenter view's controls were there then
_EARLY_LOG = """
window.__early = [];
new MutationObserver(() => {
  const frame = document.querySelector('.vsvkit-early-preview iframe');
  if (frame && !window.__early.length) {
    window.__early.push({srcdoc: frame.srcdoc,
                         controls: document.querySelector('.vsvkit-presenter-view') !== null});
  }
}).observe(document, {subtree: true, childList: true});
"""


def test_the_presenter_views_address_starts_the_workshop_before_its_widgets(
    server, browser, room_db, fresh
):
    """``workshop.ipynb?presentatie`` (the address ``vsvkit serve`` prints) starts presenting
    from the page's head: the page shows the room's welcome step, drawn by the server, before
    the presenter view's widgets are there; the room window shows that welcome; the presenter
    view then opens on it, and the keys drive the room on."""
    from vsvkit.store import Store

    context = _context(browser)
    try:
        page = context.new_page()
        page.add_init_script(_EARLY_LOG)
        page.goto(server.url(NOTEBOOK) + "?presentatie", wait_until="commit")
        page.wait_for_selector(CONTROLS, state="visible", timeout=WAIT_S * 1000)
        presenter = _presenter_ready(page)
        early = page.evaluate("() => window.__early")
        assert len(early) == 1 and not early[0]["controls"]
        assert "data-step='welcome'" in early[0]["srcdoc"]
        assert "Programma" in early[0]["srcdoc"] and "VSV Voorbeeldstad" in early[0]["srcdoc"]
        assert "mod-active" in (page.locator(".vsvkit-presenter-toggle").get_attribute("class"))
        steps = _steps(room_db, presenter.session_id)
        assert _picker(page) == steps[0].title
        store = Store(room_db)
        try:
            state = store.room(presenter.session_id)
        finally:
            store.close()
        # the welcome the presenter view sent the room is the one the server drew
        assert state.presenting and state.step == "welcome" and state.html in early[0]["srcdoc"]
        room = _open_room(context, presenter.room_url)
        assert _state(room)["step"] == "welcome"
        _blur(page)
        assert _press(page, "ArrowRight", presenter, [room], steps)["step"] == "overview"
        _shot_presenter(page, "address", "overview")
    finally:
        for p in context.pages:
            leave(p)
        context.close()


# -- accessibility ----------------------------------------------------------------------------
def test_room_and_presenter_views_passviolations(server, browser, room_db, fresh):
    """axe-core (WCAG 2.1 A/AA): no serious or critical violation in the room view (a chart
    step, a text step, a step asking for a guess) and in the presenter view."""
    require_axe()
    context = _context(browser, bypass_csp=True)  # axe is injected as a script
    try:
        presenter = _open_presenter(context, server)
        steps = _steps(room_db, presenter.session_id)
        room = _open_room(context, presenter.room_url)
        pres = presenter.page
        _blur(pres)
        found = {"presenter, welcome": violations(pres), "room, welcome": violations(room)}
        for key in ("ArrowRight", "ArrowRight"):  # the first domain, asking for a guess
            state = _press(pres, key, presenter, [room], steps)
        assert state["step"] == "domain:CLI" and state["guess"]
        found["presenter, domain hidden"] = violations(pres)
        found["room, domain hidden"] = violations(room)
        state = _press(pres, "r", presenter, [room], steps)
        assert room.locator("#room svg[role=img]").count() == 1
        found["presenter, domain revealed"] = violations(pres)
        found["room, domain chart"] = violations(room)
        _shot_presenter(pres, "domain-revealed", "domain:CLI")
        before = _state(room)["revision"]
        titles = [s.title for s in steps]
        pres.select_option(
            ".vsvkit-step-picker select", index=[s.key for s in steps].index("discussion")
        )
        state = _wait_room(room, before, "picker")
        assert state["step"] == "discussion", titles
        _settle(presenter, steps, state)
        found["presenter, discussion"] = violations(pres)
        found["room, discussion (text)"] = violations(room)
        assert_clean(found)
    finally:
        for page in context.pages:
            leave(page)
        context.close()
