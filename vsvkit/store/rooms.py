"""The room view of a session's workshop: what the projector shows, kept in the store.

Mixed into :class:`vsvkit.store.Store`. The presenter's kernel saves the step on screen, the
steps revealed, the black screen and the room page's HTML (:meth:`RoomRecords.save_room`);
each save counts the room's ``revision`` up, and the room page on the server waits for a
higher one. Kept in the store, a reload of either window (or a restart of the server)
returns to the step on screen. The agenda's planned minutes and the time used per part are
kept with it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store.connection import Connected

__all__ = ["RoomRecords"]


def _minutes(planned: Mapping[str, Any]) -> dict[str, int]:
    return {str(part): values.whole_number(str(part), n, 0, 600) for part, n in planned.items()}


def _seconds(used: Mapping[str, Any]) -> dict[str, float]:
    return {str(k): round(max(0.0, float(v)), 1) for k, v in used.items()}


def _state(row) -> m.RoomState:
    return m.RoomState(
        session_id=int(row.session_id),
        step=row.step,
        revealed=frozenset(json.loads(row.revealed)),
        black=bool(row.black),
        presenting=bool(row.presenting),
        revision=int(row.revision),
        html=row.html,
        agenda=json.loads(row.agenda),
        used=json.loads(row.used),
    )


class RoomRecords(Connected):
    """Methods for the room view of a workshop (see :class:`vsvkit.store.Store`)."""

    def room(self, session_id: int) -> m.RoomState | None:
        """The room view of a session as last saved; None when it was never presented."""
        with self.reading() as conn:
            row = conn.execute(
                select(m.rooms).where(m.rooms.c.session_id == values.session_id(session_id))
            ).first()
        return None if row is None else _state(row)

    def room_revision(self, session_id: int) -> int:
        """The room's revision (0 when never saved): cheap enough to ask many times a second."""
        with self.reading() as conn:
            rev = conn.execute(
                select(m.rooms.c.revision).where(
                    m.rooms.c.session_id == values.session_id(session_id)
                )
            ).scalar()
        return int(rev or 0)

    def presenting_sessions(self) -> list[int]:
        """The sessions being presented, newest first."""
        with self.reading() as conn:
            rows = conn.execute(
                select(m.rooms.c.session_id)
                .where(m.rooms.c.presenting.is_(True))
                .order_by(m.rooms.c.session_id.desc())
            )
            return [int(r.session_id) for r in rows]

    def presenting_session(self) -> int | None:
        """The session being presented (the presenter view opens on it), or None: the newest
        of :meth:`presenting_sessions` (on a shared server: of the user's)."""
        return next(iter(self.presenting_sessions()), None)

    def save_room(
        self,
        session_id: int,
        *,
        step: str,
        revealed=(),
        black: bool = False,
        presenting: bool = True,
        html: str = "",
        used: Mapping[str, float] | None = None,
    ) -> int:
        """Save what the room shows; returns the new revision.

        While a session is presented no other one is (``presenting`` is cleared on the rest):
        on a shared server no other one of those the user sees, so one trainer's workshop
        does not stop another's. ``used`` (seconds per agenda part) replaces the stored times
        when given.
        """
        sid = values.session_id(session_id)
        fields: dict[str, Any] = {
            "step": str(step)[:80],
            "revealed": json.dumps(sorted(set(revealed))),
            "black": bool(black),
            "presenting": bool(presenting),
            "html": str(html),
        }
        if used is not None:
            fields["used"] = json.dumps(_seconds(used))
        others = [i for i in self.presenting_sessions() if i != sid] if presenting else []
        with self.writing() as conn:
            self._require_session(conn, sid)
            if others:
                conn.execute(
                    update(m.rooms)
                    .where(m.rooms.c.session_id.in_(others), m.rooms.c.presenting.is_(True))
                    .values(presenting=False)
                )
            return self._write(conn, sid, fields)

    def save_room_time(self, session_id: int, used: Mapping[str, float]) -> None:
        """Save the seconds used per agenda part (the room's revision stays)."""
        sid = values.session_id(session_id)
        with self.writing() as conn:
            self._require_session(conn, sid)
            self._write(conn, sid, {"used": json.dumps(_seconds(used))}, bump=False)

    def set_agenda(self, session_id: int, planned: Mapping[str, Any]) -> dict[str, int]:
        """Save the agenda's planned minutes per part (whole minutes, 0-600); returns them."""
        sid = values.session_id(session_id)
        minutes = _minutes(planned)
        with self.writing() as conn:
            self._require_session(conn, sid)
            self._write(conn, sid, {"agenda": json.dumps(minutes)}, bump=False)
        return minutes

    def _write(self, conn, sid: int, fields: dict[str, Any], *, bump: bool = True) -> int:
        row = conn.execute(select(m.rooms.c.revision).where(m.rooms.c.session_id == sid)).first()
        if row is None:
            start = {
                "step": "welcome",
                "revealed": "[]",
                "black": False,
                "presenting": False,
                "html": "",
                "agenda": "{}",
                "used": "{}",
            }
            conn.execute(insert(m.rooms).values(session_id=sid, revision=1, **{**start, **fields}))
            return 1
        revision = int(row.revision) + (1 if bump else 0)
        conn.execute(
            update(m.rooms).where(m.rooms.c.session_id == sid).values(revision=revision, **fields)
        )
        return revision

    @staticmethod
    def _require_session(conn, sid: int) -> None:
        found = conn.execute(select(m.sessions.c.id).where(m.sessions.c.id == sid)).first()
        if found is None:
            raise StoreError(key="store_unknown_session", id=sid)
