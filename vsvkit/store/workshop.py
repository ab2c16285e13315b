"""The workshop record of a session: notes, agreed level and priority per domain; plan actions.

Mixed into :class:`vsvkit.store.Store`; every method names the session by id and checks
that the domain belongs to the session's instrument.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store.connection import Connected, inserted_id

__all__ = ["WorkshopRecord", "UNSET", "NOTE_COLUMNS", "ACTION_COLUMNS"]


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


#: Default of optional arguments: "leave this field as it is" (None clears a field).
UNSET: Any = _Unset()
NOTE_COLUMNS = ("domain", "notes", "agreed_level", "priority", "updated_at")
ACTION_COLUMNS = (
    "id",
    "domain",
    "what",
    "why",
    "who",
    "due",
    "measure",
    "status",
    "position",
    "updated_at",
)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _positive(name: str, value: Any) -> int | None:
    if value is None:
        return None
    return values.whole_number(name, value)


def _text(name: str, value: Any, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        key = "store_empty_text" if required else "store_not_text"
        raise StoreError(key=key, field_key=f"field_{name}", value=repr(value))
    return value.strip()


def _due(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as err:
        raise StoreError(key="store_bad_due", value=repr(value)) from err


class WorkshopRecord(Connected):
    """Methods for the workshop record of the sessions of a store."""

    def _domains_of(self, conn, session_id: int) -> tuple[str, ...]:
        row = conn.execute(
            select(m.sessions.c.domain_codes).where(
                m.sessions.c.id == values.session_id(session_id)
            )
        ).first()
        if row is None:
            raise StoreError(key="store_unknown_session", id=session_id)
        return tuple(c for c in row[0].split(",") if c)

    def _check_domain(self, conn, session_id: int, domain: Any) -> str:
        codes = self._domains_of(conn, session_id)
        if domain not in codes:
            raise StoreError(
                key="store_no_domain", id=session_id, domain=repr(domain), domains=", ".join(codes)
            )
        return domain

    # -- domain notes -----------------------------------------------------------------
    def save_domain_note(
        self,
        session_id: int,
        domain: str,
        *,
        notes: str | None = UNSET,
        agreed_level: int | None = UNSET,
        priority: int | None = UNSET,
    ) -> None:
        """Create or update the note of one domain; only the fields given change.

        Passing ``None`` clears a field; leaving it out keeps what is stored.
        ``agreed_level`` is the level the group agrees on after discussion (1..n of the
        instrument's levels); ``priority`` ranks the domains to work on (1 = first).
        """
        given: dict[str, Any] = {}
        if notes is not UNSET:
            given["notes"] = None if notes is None else _text("notes", notes)
        if agreed_level is not UNSET:
            given["agreed_level"] = _positive("agreed_level", agreed_level)
        if priority is not UNSET:
            given["priority"] = _positive("priority", priority)
        given["updated_at"] = _now()
        with self.writing("store_op_save") as conn:
            self._check_domain(conn, session_id, domain)
            make_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
            stmt = make_insert(m.domain_notes).values(
                session_id=int(session_id), domain=domain, **given
            )
            stmt = stmt.on_conflict_do_update(
                index_elements=[m.domain_notes.c.session_id, m.domain_notes.c.domain],
                set_={k: stmt.excluded[k] for k in given},
            )
            conn.execute(stmt)

    def domain_notes(self, session_id: int) -> pd.DataFrame:
        """Notes of a session, one row per domain of its instrument in questionnaire order.

        Returns
        -------
        DataFrame
            ``domain, notes, agreed_level (Int64), priority (Int64), updated_at``; a domain
            without a saved note has NA fields.
        """
        with self.reading() as conn:
            codes = self._domains_of(conn, session_id)
            rows = conn.execute(
                select(*(m.domain_notes.c[c] for c in NOTE_COLUMNS)).where(
                    m.domain_notes.c.session_id == int(session_id)
                )
            ).all()
        saved = pd.DataFrame(rows, columns=list(NOTE_COLUMNS))
        frame = pd.DataFrame({"domain": list(codes)}).merge(saved, on="domain", how="left")
        frame["notes"] = frame["notes"].astype(object).where(frame["notes"].notna(), None)
        frame["agreed_level"] = frame["agreed_level"].astype("Int64")
        frame["priority"] = frame["priority"].astype("Int64")
        frame["updated_at"] = pd.to_datetime(frame["updated_at"], utc=True)
        return frame

    # -- plan actions -----------------------------------------------------------------
    def agreed_levels(self, session_id: int) -> dict[str, int]:
        """The levels the group agreed on, per domain (only the domains that have one)."""
        notes = self.domain_notes(session_id)
        notes = notes[notes["agreed_level"].notna()]
        return {str(d): int(level) for d, level in zip(notes["domain"], notes["agreed_level"])}

    def add_action(
        self,
        session_id: int,
        domain: str,
        what: str,
        *,
        why: str = "",
        who: str = "",
        due: dt.date | str | None = None,
        measure: str = "",
        status: str = "open",
        position: int | None = None,
    ) -> int:
        """Add a follow-up-plan action to a session; return its id.

        ``position`` orders the plan (default: after the last action of the session).
        """
        values = {
            "what": _text("what", what, required=True),
            "why": _text("why", why),
            "who": _text("who", who),
            "due": _due(due),
            "measure": _text("measure", measure),
            "status": _status(status),
        }
        with self.writing("store_op_save") as conn:
            self._check_domain(conn, session_id, domain)
            if position is None:
                last = conn.execute(
                    select(func.max(m.actions.c.position)).where(
                        m.actions.c.session_id == int(session_id)
                    )
                ).scalar()
                position = (last or 0) + 1
            new_id = inserted_id(
                conn.execute(
                    m.actions.insert().values(
                        session_id=int(session_id),
                        domain=domain,
                        position=_positive("position", position),
                        updated_at=_now(),
                        **values,
                    )
                )
            )
        return new_id

    def update_action(
        self,
        action_id: int,
        *,
        domain: str = UNSET,
        what: str = UNSET,
        why: str = UNSET,
        who: str = UNSET,
        due: dt.date | str | None = UNSET,
        measure: str = UNSET,
        status: str = UNSET,
        position: int = UNSET,
    ) -> None:
        """Change the given fields of an action; the others stay as they are."""
        checks = {
            "what": lambda v: _text("what", v, required=True),
            "why": lambda v: _text("why", v),
            "who": lambda v: _text("who", v),
            "due": _due,
            "measure": lambda v: _text("measure", v),
            "status": _status,
            "position": lambda v: _positive("position", v),
        }
        given: dict[str, Any] = dict(
            what=what, why=why, who=who, due=due, measure=measure, status=status
        )
        given["position"] = position
        values = {k: checks[k](v) for k, v in given.items() if v is not UNSET}
        if position is not UNSET and values["position"] is None:
            raise StoreError(key="store_no_position")
        with self.writing("store_op_save") as conn:
            current = self._action_row(conn, action_id)
            if domain is not UNSET:
                values["domain"] = self._check_domain(conn, current.session_id, domain)
            conn.execute(
                update(m.actions)
                .where(m.actions.c.id == int(action_id))
                .values(updated_at=_now(), **values)
            )

    def delete_action(self, action_id: int) -> None:
        """Delete one action."""
        with self.writing("store_op_save") as conn:
            self._action_row(conn, action_id)
            conn.execute(delete(m.actions).where(m.actions.c.id == int(action_id)))

    def action(self, action_id: int) -> m.Action:
        """One action as a frozen :class:`~vsvkit.store.models.Action`."""
        with self.reading() as conn:
            row = self._action_row(conn, action_id)
        return m.Action(**{k: row._mapping[k] for k in m.Action.__dataclass_fields__})

    def actions(self, session_id: int) -> pd.DataFrame:
        """The follow-up plan of a session in plan order: ``id, domain, what, why, who, due,
        measure, status, position, updated_at``."""
        with self.reading() as conn:
            self._domains_of(conn, session_id)
            rows = conn.execute(
                select(*(m.actions.c[c] for c in ACTION_COLUMNS))
                .where(m.actions.c.session_id == int(session_id))
                .order_by(m.actions.c.position, m.actions.c.id)
            ).all()
        frame = pd.DataFrame(rows, columns=list(ACTION_COLUMNS))
        frame["id"] = frame["id"].astype(np.int64)
        frame["position"] = frame["position"].astype(np.int64)
        frame["due"] = frame["due"].astype(object)
        frame["updated_at"] = pd.to_datetime(frame["updated_at"], utc=True)
        return frame

    @staticmethod
    def _action_row(conn, action_id: int):
        action_id = values.whole_number("action id", action_id)
        row = conn.execute(select(m.actions).where(m.actions.c.id == action_id)).first()
        if row is None:
            raise StoreError(key="store_no_action", id=action_id)
        return row


def _status(value: Any) -> str:
    if value not in m.ACTION_STATUSES:
        raise StoreError(
            key="store_bad_status", allowed=", ".join(m.ACTION_STATUSES), value=repr(value)
        )
    return value
