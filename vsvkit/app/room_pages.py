"""The room view on the server: the page the projector shows, and the keys sent from it.

``GET /zaal/<session>`` shows the step the presenter view last saved for the session
(:meth:`vsvkit.store.Store.room`); the page's script asks
``GET /zaal/<session>/wacht?after=<revision>`` for the next revision, which answers as soon
as the store holds a higher one (checked every :data:`POLL_SECONDS`) or after
:data:`WAIT_SECONDS` with the same one. A key pressed in the room window (a clicker on the
projector's window) is ``POST /zaal/<session>/toets`` and reaches the presenter view's page
through ``GET /zaal/<session>/toetsen?after=<n>``, which presses the matching button.

The pages are the trainer's: they need the server's login (its token, or the cookie the
presenter view's page set), like the app itself; a POST needs the ``_xsrf`` value.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from typing import Any

import tornado.web

from vsvkit.errors import StoreError
from vsvkit.i18n import DEFAULT_LANG, t

__all__ = ["ROOM_PATH", "room_handlers", "KeyQueue", "room_url"]

#: Where the room views live on the server.
ROOM_PATH = "/zaal"
#: How often a waiting request reads the room's revision from the store.
POLL_SECONDS = 0.05
#: How long a waiting request waits before it answers with the same revision.
WAIT_SECONDS = 25.0
#: The keys a room window may send.
KEYS = ("next", "prev", "home", "black", "reveal")


def room_url(session_id: int, base_url: str = "/") -> str:
    """The path of a session's room view on the server."""
    return f"{base_url.rstrip('/')}{ROOM_PATH}/{int(session_id)}"


class KeyQueue:
    """Keys sent from room windows, per session, in memory (the last 50), numbered."""

    def __init__(self) -> None:
        self.keys: dict[int, deque[tuple[int, str]]] = {}
        self.counter = 0
        self.changed = asyncio.Event()

    def put(self, session_id: int, key: str) -> int:
        self.counter += 1
        self.keys.setdefault(session_id, deque(maxlen=50)).append((self.counter, key))
        self.changed.set()
        self.changed = asyncio.Event()
        return self.counter

    def after(self, session_id: int, seen: int) -> list[tuple[int, str]]:
        return [(n, k) for n, k in self.keys.get(session_id, ()) if n > seen]


def _base_handler():
    from jupyter_server.base.handlers import JupyterHandler

    class RoomHandler(JupyterHandler):
        """The trainer's pages: the server's login, no caching, no referrer."""

        def initialize(self, store: Any, keys: KeyQueue) -> None:
            self.store, self.key_queue = store, keys

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

    return RoomHandler


def room_handlers(store: Any, base_url: str = "/") -> list[tuple]:
    """The Tornado routes of the room view, reading ``store``."""
    from vsvkit.paths import ROOM_TEMPLATE, template_dir, template_environment

    folder = template_dir("vsvkit", ROOM_TEMPLATE)
    env = template_environment(str(folder))
    base = base_url.rstrip("/")
    static_url = f"{base}{ROOM_PATH}/static/"
    RoomHandler = _base_handler()

    class RoomPage(RoomHandler):
        @tornado.web.authenticated
        def get(self, session_id: str) -> None:
            sid = self.session_of(session_id)
            state = self.store.room(sid)
            lang = DEFAULT_LANG
            page = env.get_template("room.html.j2").render(
                lang=lang,
                title=t("room_page_title", lang),
                static_url=static_url,
                events_url=f"{room_url(sid, base_url)}/wacht",
                keys_url=f"{room_url(sid, base_url)}/toets",
                revision=0 if state is None else state.revision,
                html="" if state is None else state.html,
                black=False if state is None else state.black,
                xsrf=self.xsrf_token.decode("ascii"),
                waiting=t("room_waiting", lang),
                working=t("room_working", lang),
            )
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.set_header(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
            )
            self.finish(page)

    class RoomEvents(RoomHandler):
        @tornado.web.authenticated
        async def get(self, session_id: str) -> None:
            sid = self.session_of(session_id)
            try:
                after = int(self.get_argument("after", "0"))
            except ValueError as err:
                raise tornado.web.HTTPError(400) from err
            deadline = time.monotonic() + WAIT_SECONDS
            while self.store.room_revision(sid) <= after and time.monotonic() < deadline:
                if self.request.connection.stream.closed():
                    return
                await asyncio.sleep(POLL_SECONDS)
            state = self.store.room(sid)
            if state is None:
                self.finish({"revision": 0})
                return
            self.finish({"revision": state.revision, "html": state.html, "black": state.black})

    class RoomKey(RoomHandler):
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
        @tornado.web.authenticated
        async def get(self, session_id: str) -> None:
            sid = self.session_of(session_id)
            try:
                seen = int(self.get_argument("after", "-1"))
            except ValueError as err:
                raise tornado.web.HTTPError(400) from err
            if seen < 0:  # a new presenter page: only keys from now on
                self.finish({"after": self.key_queue.counter, "keys": []})
                return
            deadline = time.monotonic() + WAIT_SECONDS
            while not self.key_queue.after(sid, seen) and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self.key_queue.changed.wait(), 1.0)
                except TimeoutError:
                    if self.request.connection.stream.closed():
                        return
            keys = self.key_queue.after(sid, seen)
            after = keys[-1][0] if keys else seen
            self.finish(json.dumps({"after": after, "keys": [k for _, k in keys]}))

    keys = KeyQueue()
    args = {"store": store, "keys": keys}
    path = f"{base}{ROOM_PATH}/([0-9]{{1,9}})"
    return [
        (
            f"{base}{ROOM_PATH}/static/(.*)",
            tornado.web.StaticFileHandler,
            {"path": str(folder / "static")},
        ),
        (f"{path}/?", RoomPage, args),
        (f"{path}/wacht", RoomEvents, args),
        (f"{path}/toets", RoomKey, args),
        (f"{path}/toetsen", PresenterKeys, args),
    ]
