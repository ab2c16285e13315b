"""The workshop as the room sees it: its steps, its agenda and what the projector shows.

Pure functions of a session's :class:`~vsvkit.mirror.Mirror` and its workshop record; the
presenter view (:mod:`vsvkit.widgets.presenter`) calls them, the store keeps the result
(:mod:`vsvkit.store.rooms`) and the server shows it (:mod:`vsvkit.app.room_pages`).
"""

from vsvkit.room.agenda import DEFAULT_MINUTES, Agenda
from vsvkit.room.render import room_html
from vsvkit.room.steps import Step, workshop_steps

__all__ = ["Agenda", "DEFAULT_MINUTES", "Step", "room_html", "workshop_steps"]
