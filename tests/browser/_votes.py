"""Phones that vote, and the presenter and room windows of a vote round.

Used by ``tests/browser/test_vote_browser.py`` and ``benchmarks/bench_votes.py`` (which puts
``tests/`` on ``sys.path`` and imports ``browser._votes``).

- :class:`Phone` -- one phone: a cookie jar of its own; opens the vote form and votes as the
  form posts (the ``_xsrf`` field from the form, the cookies the pages set)
- :func:`vote_together` -- many phones voting at once, each in a thread of its own
- :func:`open_presenter`, :func:`open_room`, :func:`press` -- the trainer's two windows
- :func:`click_vote` -- a button of the presenter's vote panel; waits until the room changed
- :func:`shown_count` -- the number of votes the room view shows
"""

from __future__ import annotations

import http.cookiejar
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlencode

NOTEBOOK = "workshop.ipynb"
WAIT_S = 60.0
_XSRF = re.compile(r'name="_xsrf" value="([^"]+)"')

#: the room's step, revision and vote panel, read from the page (its CSP forbids the string
#: evaluation ``wait_for_function`` needs: the windows poll from Python)
ROOM_STATE = """() => {
  const s = document.querySelector('#room .room-step');
  const c = document.querySelector('#room .room-vote-count');
  return {step: s ? s.dataset.step : null, revision: +document.body.dataset.revision,
          guess: document.querySelector('#room .room-guess') !== null,
          vote: document.querySelector('#room .room-vote') !== null,
          count: c ? c.textContent.trim() : null,
          round: c ? c.dataset.voteRound : null};
}"""


@dataclass
class Vote:
    """One phone's vote: the HTTP status of the form and of the post, and the seconds each
    took (from sending the request to the whole response read)."""

    get_status: int
    post_status: int
    get_s: float
    post_s: float
    started: float  # time.perf_counter() when the phone opened the form
    done: float  # ... and when its vote's response was read

    @property
    def seconds(self) -> float:
        return self.get_s + self.post_s


class Phone:
    """One phone on the venue's network: its own cookies, no JavaScript."""

    def __init__(self, base: str, timeout: float = 30.0) -> None:
        self.base = base.rstrip("/")
        self.timeout = timeout
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = None if data is None else urlencode(data).encode()
        req = urllib.request.Request(self.base + path, data=body)
        try:
            with self.opener.open(req, timeout=self.timeout) as res:
                return res.status, res.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode("utf-8", "replace")

    def vote(self, code: str, answer: str) -> Vote:
        """Open ``/stem/<code>`` and send the form with ``answer``."""
        path = f"/stem/{code}"
        started = time.perf_counter()
        get_status, page = self.request(path)
        got = time.perf_counter()
        found = _XSRF.search(page)
        fields = {"vote": answer, "_xsrf": found.group(1) if found else ""}
        post_status, _ = self.request(path, fields)
        done = time.perf_counter()
        return Vote(get_status, post_status, got - started, done - got, started, done)


def vote_together(
    base: str, code: str, answers: list[str], *, spread: float = 0.0, workers: int | None = None
) -> list[Vote]:
    """One new phone per answer, all voting at once (``spread``: the phones start evenly over
    that many seconds, the first at once); the votes in the order of ``answers``."""
    start = time.perf_counter()
    step = spread / max(1, len(answers) - 1) if len(answers) > 1 else 0.0

    def one(i: int, answer: str) -> Vote:
        delay = start + i * step - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        return Phone(base).vote(code, answer)

    with ThreadPoolExecutor(max_workers=workers or len(answers)) as pool:
        futures = [pool.submit(one, i, a) for i, a in enumerate(answers)]
        return [f.result() for f in futures]


# -- the trainer's windows ----------------------------------------------------------------------
@dataclass
class Presenter:
    page: object
    session_id: int
    room_url: str


def open_presenter(context, server) -> Presenter:
    """The workshop app with the presenter view on (its toggle, unless it opens in it); the
    toggle loses the focus, so keys move the steps."""
    page = context.new_page()
    page.goto(server.url(NOTEBOOK), wait_until="commit", timeout=WAIT_S * 1000)
    page.wait_for_selector(".vsvkit-presenter-toggle", state="visible", timeout=WAIT_S * 1000)
    if page.locator(".vsvkit-presenter-view").count() == 0:
        page.locator(".vsvkit-presenter-toggle").click()
    page.wait_for_selector(".vsvkit-preview-frame", state="visible", timeout=WAIT_S * 1000)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    link = page.locator(".vsvkit-room-link")
    return Presenter(
        page, int(link.get_attribute("data-session")), link.locator("a").get_attribute("href")
    )


def open_room(context, url: str, size: tuple[int, int]):
    page = context.new_page()
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(url)
    page.wait_for_selector("#room .room-step", timeout=WAIT_S * 1000)
    return page


def room_state(room) -> dict:
    return room.evaluate(ROOM_STATE)


def wait_room(room, until, what: str, timeout: float = WAIT_S) -> dict:
    """Poll the room page until ``until(state)`` holds; its state then."""
    deadline = time.monotonic() + timeout
    while True:
        state = room_state(room)
        if until(state):
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"the room does not show {what}: {state}")
        time.sleep(0.02)


def settled(presenter: Presenter, timeout: float = WAIT_S) -> None:
    """The presenter's page is done with the step (its kernel drew it)."""
    deadline = time.monotonic() + timeout
    while presenter.page.locator(".vsvkit-presenter-view.vsvkit-busy").count():
        if time.monotonic() > deadline:
            raise AssertionError("the presenter view stayed busy")
        time.sleep(0.02)


def press(presenter: Presenter, key: str, rooms: list, step: str) -> None:
    """Press ``key`` in the presenter's window; wait until every room shows ``step``."""
    presenter.page.keyboard.press(key)
    for room in rooms:
        wait_room(room, lambda s: s["step"] == step, f"step {step} after {key}")
    settled(presenter)


def click_vote(presenter: Presenter, css: str, rooms: list, until, what: str) -> list[dict]:
    """Click the presenter's vote button ``css`` (a class of :class:`VotePanel`); wait until
    every room's state satisfies ``until``; their states."""
    button = presenter.page.locator(f".vsvkit-trainer .{css}")
    button.wait_for(state="visible", timeout=WAIT_S * 1000)
    button.click()
    states = [wait_room(room, until, what) for room in rooms]
    settled(presenter)
    return states


def shown_count(room) -> str | None:
    """The number of votes the room view shows (its text), None without a vote panel."""
    return room_state(room)["count"]


def wait_count(room, expected: str, timeout: float, tick: float = 0.01) -> float | None:
    """Seconds until the room shows ``expected`` votes (polled every ``tick``), None when it
    did not within ``timeout``."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if shown_count(room) == expected:
            return time.perf_counter() - t0
        time.sleep(tick)
    return None
