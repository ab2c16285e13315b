"""A store opened for one user of a shared server: every method held to what they may see.

A :class:`vsvkit.store.Store` opened with ``user=NAME`` checks, before a method runs, that the
session, sessions, vote round, action or VSV it is given belong to the user
(:meth:`~vsvkit.store.roles.RoleRecords.access`); one that is not theirs is refused with the
same message as one that does not exist, so trying ids reveals nothing. Lists hold only the
user's sessions; managing users and regions is for admins. A store opened without a user (a
laptop, the operator, the public questionnaire pages) is not held.

A check hands the method the value it checked (a plain int id, the VSV name as the store
keeps it), not the caller's object: an id or name that reads differently the second time
(an ``int`` or ``str`` subclass, an iterable that yields other ids) reaches only what was
checked.

Every public method of the store is in exactly one group below (``tests/test_store_roles.py``
checks it), so a method added later cannot slip past the guard unnoticed. An error of a method
that would name a session of a VSV the user may not see (a file imported before:
:data:`UNSEEN`) is replaced by one that names nothing of it.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable

import pandas as pd
from sqlalchemy import select

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store import values
from vsvkit.store.workshop import UNSET

__all__ = ["GROUPS", "hold_to_user"]

#: Methods whose ``session_id`` is one session.
BY_SESSION = frozenset(
    {
        "actions", "add_action", "agreed_levels", "attach_instrument", "close_survey",
        "code_status", "delete_session", "domain_notes", "instrument", "open_round", "remarks",
        "reopen_survey", "room", "room_revision", "rounds", "save_domain_note", "save_room",
        "save_room_time", "session", "set_agenda", "survey", "update_session",
    }
)  # fmt: skip
#: Methods whose ``session_ids`` are sessions; None (all of them) becomes the user's.
BY_SESSIONS = frozenset({"answers", "instrument_for", "instruments_of"})
#: Methods on one vote round (``round_id``).
BY_ROUND = frozenset(
    {"close_round", "delete_round", "poll_round", "reopen_round", "reveal_round",
     "round_counts", "vote_count", "voted"}
)  # fmt: skip
#: Methods on one action of a plan (``action_id``).
BY_ACTION = frozenset({"action", "delete_action", "update_action"})
#: Methods that make a session for a VSV (``vsv``).
BY_VSV = frozenset({"add_session", "open_survey"})
#: Methods that list sessions: the rows (or items) of other VSVs are left out.
LISTS = frozenset({"sessions", "find_sessions", "surveys", "presenting_sessions"})
#: Methods that find a round or questionnaire by its public code: another VSV's is not found.
BY_CODE = frozenset({"round_by_code", "survey_by_token"})
#: Managing users and regions.
ADMIN = frozenset(
    {"add_region", "remove_region", "assign_vsvs", "regions", "add_user", "remove_user", "users",
     "access"}
)  # fmt: skip
#: Methods that name no session: the store itself, the public pages' writes (any member may
#: answer and vote), what the lists and the checks above are built on, and the steps inside a
#: write transaction of the methods above (they take its connection).
OPEN = frozenset(
    {"close", "reading", "writing", "require_writable", "insert_rows", "insert_session",
     "submit", "vote", "presenting_session", "user_access"}
)  # fmt: skip
GROUPS = {
    "by_session": BY_SESSION,
    "by_sessions": BY_SESSIONS,
    "by_round": BY_ROUND,
    "by_action": BY_ACTION,
    "by_vsv": BY_VSV,
    "lists": LISTS,
    "by_code": BY_CODE,
    "admin": ADMIN,
    "open": OPEN,
}


def _vsv_of(store, query) -> str | None:
    with store.reading() as conn:
        return conn.execute(query).scalar()


def _session(store, arguments: dict) -> None:
    sid = values.session_id(arguments["session_id"])
    arguments["session_id"] = sid  # the method gets the id that was checked, as a plain int
    query = select(m.sessions.c.vsv).where(m.sessions.c.id == sid)
    vsv = _vsv_of(store, query)
    if vsv is None or not store.user_access().allows(vsv):
        raise StoreError(key="store_unknown_session", id=sid)
    new = arguments.get("vsv", UNSET)
    if new is not UNSET and new is not None:  # update_session moving it (by identity: an
        _vsv(store, arguments)  # object equal to UNSET is still checked)


def _sessions(store, arguments: dict) -> None:
    ids = values.session_ids(arguments.get("session_ids"))
    if ids is None:
        arguments["session_ids"] = [int(i) for i in store.sessions()["id"]]
        return
    query = select(m.sessions.c.id, m.sessions.c.vsv).where(m.sessions.c.id.in_(set(ids)))
    with store.reading() as conn:
        vsvs = {int(r.id): r.vsv for r in conn.execute(query)}  # one query for all of them
    access = store.user_access()
    for sid in ids:
        if sid not in vsvs or not access.allows(vsvs[sid]):
            raise StoreError(key="store_unknown_session", id=sid)
    arguments["session_ids"] = ids


def _part_of_session(argument: str, table, label: str, refusal: str) -> Callable:
    """A check of a row of ``table`` (a vote round, an action) by its id in ``argument``: one
    of another VSV's sessions is refused as one that does not exist (and the other way round:
    ``voted()`` of no round would say None, so that is refused alike)."""

    def check(store, arguments: dict) -> None:
        ident = values.whole_number(label, arguments[argument])
        arguments[argument] = ident
        query = select(m.sessions.c.vsv).select_from(table.join(m.sessions))
        vsv = _vsv_of(store, query.where(table.c.id == ident))
        if vsv is None or not store.user_access().allows(vsv):
            raise StoreError(key=refusal, id=ident)

    return check


_round = _part_of_session("round_id", m.poll_rounds, "round", "store_poll_unknown")
_action = _part_of_session("action_id", m.actions, "action id", "store_no_action")


def _vsv(store, arguments: dict) -> None:
    vsv = values.vsv_name(arguments["vsv"])  # the name as the method will store it
    arguments["vsv"] = vsv
    if not store.user_access().allows(vsv):
        raise StoreError(key="roles_not_your_vsv", vsv=vsv, user=store.user)


def _admin(store, arguments: dict) -> None:
    if not store.user_access().everything:
        raise StoreError(key="roles_admin_only", user=store.user)


def _checked(fn: Callable, check: Callable) -> Callable:
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def held(self, *args, **kwargs):
        if self.user is None:
            return fn(self, *args, **kwargs)
        bound = signature.bind(self, *args, **kwargs)
        check(self, bound.arguments)
        try:
            return fn(*bound.args, **bound.kwargs)
        except StoreError as err:
            unseen = _unseen(self, err)
            if unseen is None:
                raise
        raise unseen  # outside the except: the error naming the other session is not chained

    return held


#: Errors of a method that name another session of the store, and what is said instead when
#: that session is of a VSV the user may not see.
UNSEEN = {"store_already_imported": "store_already_imported_unseen"}


def _unseen(store, err: StoreError) -> StoreError | None:
    """The error to raise instead of ``err`` when it names a VSV the user may not see."""
    vsv = err.params.get("vsv")
    if err.key not in UNSEEN or vsv is None or store.user_access().allows(str(vsv)):
        return None
    return StoreError(key=UNSEEN[err.key])


def _mine(store, items: list) -> list:
    """The ``items`` (session ids, rounds, questionnaires) of the user's sessions: one query."""
    access = store.user_access()
    if access.everything or not items:
        return items
    ids = [item if isinstance(item, int) else item.session_id for item in items]
    query = select(m.sessions.c.id, m.sessions.c.vsv).where(m.sessions.c.id.in_(set(ids)))
    with store.reading() as conn:
        allowed = {int(r.id) for r in conn.execute(query) if access.allows(r.vsv)}
    return [item for item, sid in zip(items, ids) if sid in allowed]


def _filtered(fn: Callable) -> Callable:
    @functools.wraps(fn)
    def held(self, *args, **kwargs):
        result = fn(self, *args, **kwargs)
        if self.user is None:
            return result
        if isinstance(result, pd.DataFrame):
            access = self.user_access()
            keep = result["vsv"].map(access.allows).astype(bool)
            return result[keep].reset_index(drop=True)
        if result is None:
            return None
        if isinstance(result, list):
            return _mine(self, result)
        return result if _mine(self, [result]) else None

    return held


_CHECKS: dict[frozenset, Callable] = {
    BY_SESSION: _session,
    BY_SESSIONS: _sessions,
    BY_ROUND: _round,
    BY_ACTION: _action,
    BY_VSV: _vsv,
    ADMIN: _admin,
}


def hold_to_user(cls: type) -> type:
    """Class decorator for the store: wrap each method of the groups above in its check."""
    for group, check in _CHECKS.items():
        for name in group:
            setattr(cls, name, _checked(getattr(cls, name), check))
    for name in LISTS | BY_CODE:
        setattr(cls, name, _filtered(getattr(cls, name)))
    return cls
