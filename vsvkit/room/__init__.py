"""The workshop as the room sees it: its steps, its agenda and what the projector shows.

Pure functions of a session's :class:`~vsvkit.mirror.Mirror` and its workshop record; the
presenter view (:mod:`vsvkit.widgets.presenter`) calls them, the store keeps the result
(:mod:`vsvkit.store.rooms`) and the server shows it (:mod:`vsvkit.app.room_pages`).
"""

from urllib.parse import urlsplit

from vsvkit.room.agenda import DEFAULT_MINUTES, Agenda
from vsvkit.room.render import room_html
from vsvkit.room.steps import Step, workshop_steps

__all__ = [
    "Agenda",
    "DEFAULT_MINUTES",
    "ROOM_PATH",
    "Step",
    "room_address",
    "room_path",
    "room_html",
    "workshop_steps",
]

#: Where the room views live on the server.
ROOM_PATH = "/zaal"


def room_path(session_id: int, base_url: str = "/") -> str:
    """The path of a session's room view on the server.

    >>> room_path(3), room_path(3, "/user/anna/")
    ('/zaal/3', '/user/anna/zaal/3')
    """
    return f"{base_url.rstrip('/')}{ROOM_PATH}/{int(session_id)}"


def room_address(server_url: str | None, session_id: int) -> str:
    """The room view's address on the server at ``server_url`` (the address ``vsvkit serve``
    hands its kernels); a path on the same server when there is none.

    >>> room_address("http://192.168.1.20:8866/", 3)
    'http://192.168.1.20:8866/zaal/3'
    """
    if not server_url:
        return room_path(session_id)
    parts = urlsplit(server_url)
    return f"{parts.scheme}://{parts.netloc}{room_path(session_id, parts.path or '/')}"
