"""The room view on the server: the page the projector shows, and the keys sent from it.

``GET /zaal/<session>`` shows the step the presenter view last saved for the session
(:meth:`vsvkit.store.Store.room`); the page's script asks
``GET /zaal/<session>/wacht?after=<revision>`` for the next revision, which answers as soon
as the store holds a higher one (checked every :data:`POLL_SECONDS`) or after
:data:`WAIT_SECONDS` with the same one. A key pressed in the room window (a clicker on the
projector's window) is ``POST /zaal/<session>/toets`` and reaches the presenter view's page
through ``GET /zaal/<session>/toetsen?after=<n>``, which presses the matching button.
``POST /zaal/nu`` starts presenting before the app's widgets are there.

The pages are the trainer's: they need the server's login (its token, or the cookie the
presenter view's page set), like the app itself; a POST needs the ``_xsrf`` value.
"""

from __future__ import annotations

import asyncio
import re
import secrets
import time
from collections import deque
from typing import Any

import tornado.web
from jupyter_server.base.handlers import JupyterHandler

from vsvkit.errors import StoreError
from vsvkit.formatting import fmt_count
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, check_language, t
from vsvkit.room import ROOM_PATH, room_path
from vsvkit.room.opening import start_presenting
from vsvkit.sessions import latest_session

__all__ = ["room_handlers", "KeyQueue"]
#: How often a waiting request reads the room's revision from the store.
POLL_SECONDS = 0.05
#: How long a waiting request waits before it answers with the same revision.
WAIT_SECONDS = 25.0
#: The room page loads its own CSS and script and asks only its own server.
CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
)
#: The keys a room window may send.
KEYS = ("next", "prev", "home", "black", "reveal")


class KeyQueue:
    """Keys sent from room windows, per session, in memory (the last 50), numbered; and the
    presenter page that follows each session's keys (the last one that asked)."""

    def __init__(self) -> None:
        self.keys: dict[int, deque[tuple[int, str]]] = {}
        self.counter = 0
        self.changed = asyncio.Event()
        self.followers: dict[int, str] = {}

    def follow(self, session_id: int) -> str:
        """A new presenter page follows the session's keys (a page before it stops)."""
        page = secrets.token_urlsafe(8)
        self.followers[session_id] = page
        self.changed.set()
        self.changed = asyncio.Event()
        return page

    def is_follower(self, session_id: int, page: str) -> bool:
        return self.followers.get(session_id) == page

    def put(self, session_id: int, key: str) -> int:
        self.counter += 1
        self.keys.setdefault(session_id, deque(maxlen=50)).append((self.counter, key))
        self.changed.set()
        self.changed = asyncio.Event()
        return self.counter

    def after(self, session_id: int, seen: int) -> list[tuple[int, str]]:
        return [(n, k) for n, k in self.keys.get(session_id, ()) if n > seen]


class RoomHandler(JupyterHandler):
    """The trainer's pages: the server's login, no caching, no referrer."""

    def initialize(self, store: Any, keys: KeyQueue, page: dict[str, Any]) -> None:
        self.store, self.key_queue, self.page = store, keys, page
        self.gone = False

    def on_connection_close(self) -> None:
        self.gone = True  # a waiting request stops waiting

    def set_default_headers(self) -> None:
        super().set_default_headers()
        self.set_header("Cache-Control", "no-store")
        self.set_header("Referrer-Policy", "no-referrer")

    def session_of(self, session_id: str) -> int:
        sid = int(session_id)
        try:
            self.store.session(sid)
        except StoreError as err:
            raise tornado.web.HTTPError(404) from err
        return sid

    def workshop_session(self) -> int:
        """The workshop being presented, else the latest session (the one the app opens on);
        404 when the store has none."""
        sid = self.store.presenting_session()
        if sid is None:
            sid = latest_session(self.store.sessions())
        if sid is None:
            raise tornado.web.HTTPError(404)
        return sid

    def shown(self, state) -> dict[str, Any]:
        """What the presenter's page shows of the room."""
        return {
            "session": state.session_id,
            "revision": state.revision,
            "html": state.html,
            "css": self.page["css"],
        }

    def int_argument(self, name: str, default: int) -> int:
        try:
            return int(self.get_argument(name, str(default)))
        except ValueError as err:
            raise tornado.web.HTTPError(400) from err


class RoomPage(RoomHandler):
    """The room view of a session (the step last saved; the script follows the next)."""

    @tornado.web.authenticated
    def get(self, session_id: str) -> None:
        sid = self.session_of(session_id)
        state = self.store.room(sid)
        base = self.page["base_url"]
        # the page speaks the language of the step on screen (the presenter's language)
        said = re.search(r"<section[^>]* lang='(\w+)'", state.html if state else "")
        lang = (
            check_language(said.group(1)) if said and said.group(1) in LANGUAGES else DEFAULT_LANG
        )
        page = self.page["template"].render(
            lang=lang,
            title=t("room_page_title", lang),
            static_url=self.page["static_url"],
            events_url=f"{room_path(sid, base)}/wacht",
            keys_url=f"{room_path(sid, base)}/toets",
            revision=0 if state is None else state.revision,
            html="" if state is None else state.html,
            black=False if state is None else state.black,
            xsrf=self.xsrf_token.decode("ascii"),
            waiting=t("room_waiting", lang),
            working=t("room_working", lang),
        )
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.set_header("Content-Security-Policy", CSP)
        self.finish(page)


class RoomIndex(RoomHandler):
    """``/zaal``: the room view of the workshop being presented (else the latest session)."""

    @tornado.web.authenticated
    def get(self) -> None:
        self.redirect(room_path(self.workshop_session(), self.page["base_url"]))


class RoomNow(RoomHandler):
    """``/zaal/nu``: what the room of the workshop being presented shows now (JSON; ``{}``
    when none is presented). The presenter's page shows it while its widgets load.

    ``POST /zaal/nu``: present now, before the app's widgets are there (the presenter view's
    own address): the workshop being presented, else the session the app opens on
    (:func:`vsvkit.room.opening.start_presenting`); answers as ``GET``, 404 when the store
    has no session."""

    @tornado.web.authenticated
    def get(self) -> None:
        sid = self.store.presenting_session()
        state = None if sid is None else self.store.room(sid)
        self.finish({} if state is None else self.shown(state))

    @tornado.web.authenticated
    def post(self) -> None:
        try:
            state = start_presenting(self.store, self.workshop_session())
        except StoreError as err:
            raise tornado.web.HTTPError(409) from err
        self.finish(self.shown(state))


class RoomEvents(RoomHandler):
    """The next revision of the room: as soon as the store holds one, or the same after a
    while."""

    @tornado.web.authenticated
    async def get(self, session_id: str) -> None:
        sid = self.session_of(session_id)
        after = self.int_argument("after", 0)
        deadline = time.monotonic() + WAIT_SECONDS
        while self.store.room_revision(sid) <= after and time.monotonic() < deadline:
            if self.gone:
                return
            await asyncio.sleep(POLL_SECONDS)
        state = self.store.room(sid)
        if state is None:
            self.finish({"revision": 0})
            return
        self.finish({"revision": state.revision, "html": state.html, "black": state.black})


class RoomVotes(RoomHandler):
    """How many votes a round of the session has (the room page shows it live)."""

    @tornado.web.authenticated
    def get(self, session_id: str) -> None:
        sid = self.session_of(session_id)
        try:
            poll = self.store.poll_round(self.int_argument("round", 0))
        except StoreError as err:
            raise tornado.web.HTTPError(404) from err
        if poll.session_id != sid:
            raise tornado.web.HTTPError(404)
        n = self.store.vote_count(poll.id)
        self.finish({"round": poll.id, "n": n, "open": poll.is_open})


class RoomKey(RoomHandler):
    """A key pressed in the room's window."""

    @tornado.web.authenticated
    def post(self, session_id: str) -> None:
        sid = self.session_of(session_id)
        key = self.get_body_argument("key", "")
        if key not in KEYS:
            raise tornado.web.HTTPError(400)
        self.key_queue.put(sid, key)
        self.set_status(204)
        self.finish()


class PresenterKeys(RoomHandler):
    """The keys pressed in the room's window since ``after`` (the presenter view's page
    presses them); ``after=-1``: none, the number to ask from and the page's name (``page``:
    only the page that asked last gets keys, an earlier one is told it is ``stale``)."""

    @tornado.web.authenticated
    async def get(self, session_id: str) -> None:
        sid = self.session_of(session_id)
        seen = self.int_argument("after", -1)
        queue = self.key_queue
        if seen < 0:
            self.finish({"after": queue.counter, "keys": [], "page": queue.follow(sid)})
            return
        page = self.get_argument("page", "")
        deadline = time.monotonic() + WAIT_SECONDS
        while (
            queue.is_follower(sid, page)
            and not queue.after(sid, seen)
            and time.monotonic() < deadline
        ):
            try:
                await asyncio.wait_for(queue.changed.wait(), 1.0)
            except TimeoutError:
                if self.gone:
                    return
        if not queue.is_follower(sid, page):
            self.finish({"stale": True})
            return
        keys = queue.after(sid, seen)
        self.finish({"after": keys[-1][0] if keys else seen, "keys": [k for _, k in keys]})


def room_handlers(store: Any, base_url: str = "/") -> list[tuple]:
    """The Tornado routes of the room view, reading ``store``."""
    from vsvkit.paths import ROOM_TEMPLATE, template_dir, template_environment

    folder = template_dir("vsvkit", ROOM_TEMPLATE)
    base = base_url.rstrip("/")
    page = {
        "template": template_environment(str(folder)).get_template("room.html.j2"),
        "static_url": f"{base}{ROOM_PATH}/static/",
        "base_url": base_url,
        "css": (folder / "static" / "room.css").read_text(encoding="utf-8"),
    }
    args = {"store": store, "keys": KeyQueue(), "page": page}
    path = f"{base}{ROOM_PATH}/([0-9]{{1,9}})"
    # Babel reads its locale data at its first number (~0.2 s): now, not when the presenter
    # view's address is first opened (POST /zaal/nu draws the welcome step here)
    for lang in LANGUAGES:
        fmt_count(1, lang=lang)
    return [
        (
            f"{base}{ROOM_PATH}/static/(.*)",
            tornado.web.StaticFileHandler,
            {"path": str(folder / "static")},
        ),
        (f"{base}{ROOM_PATH}/?", RoomIndex, args),
        (f"{base}{ROOM_PATH}/nu", RoomNow, args),
        (f"{path}/?", RoomPage, args),
        (f"{path}/wacht", RoomEvents, args),
        (f"{path}/toets", RoomKey, args),
        (f"{path}/stemmen", RoomVotes, args),
        (f"{path}/toetsen", PresenterKeys, args),
    ]
