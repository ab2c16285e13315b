"""The session store: its sessions and their workshop record, in SQLite or PostgreSQL.

Examples
--------
>>> from vsvkit.store import Store
>>> store = Store("sqlite://")          # in memory; Store() uses the user's data folder
>>> store.sessions().columns.tolist()[:4]
['id', 'vsv', 'date', 'wave']
"""

from __future__ import annotations

import os
import time

from sqlalchemy.engine import URL

from vsvkit.store.identity import hub_identity
from vsvkit.store.polls import PollRecords
from vsvkit.store.roles import Access, RoleRecords
from vsvkit.store.rooms import RoomRecords
from vsvkit.store.scope import hold_to_user
from vsvkit.store.surveys import SurveyRecords
from vsvkit.store.workshop import WorkshopRecord

__all__ = ["Store"]


#: How long a store opened for a user keeps their access before reading it again (seconds).
ACCESS_TTL_S = 2.0


@hold_to_user
class Store(SurveyRecords, WorkshopRecord, RoomRecords, PollRecords, RoleRecords):
    """The session store: SQLite by default, PostgreSQL by URL.

    Imported sessions and their answers (:class:`~vsvkit.store.sessions.SessionRecords`),
    the instrument each was answered with (:class:`~vsvkit.store.instruments.InstrumentRecords`),
    questionnaires answered on vsvkit's own pages
    (:class:`~vsvkit.store.surveys.SurveyRecords`), their workshop record: notes per domain and
    the follow-up plan
    (:class:`~vsvkit.store.workshop.WorkshopRecord`), the room view of its workshop
    (:class:`~vsvkit.store.rooms.RoomRecords`) and its vote rounds
    (:class:`~vsvkit.store.polls.PollRecords`), the users of a shared server and their regions
    (:class:`~vsvkit.store.roles.RoleRecords`), read and written in transactions
    (:class:`~vsvkit.store.connection.Connected`).

    Parameters
    ----------
    url : str, path or None
        A database URL (``sqlite:///file``, ``postgresql://user:pw@host/db``), a plain file
        path (a SQLite file), or None: ``vsvkit.sqlite`` in
        ``platformdirs.user_data_dir("vsvkit")``. (``VSVKIT_DB`` is read by the command line
        and the notebooks, :class:`vsvkit.app.settings.Settings`, which pass it here.)
    user : str, optional
        The user of a shared server the store is opened for: every method is then held to the
        VSVs that user may see (:mod:`vsvkit.store.scope`). None (a laptop, the operator, the
        public questionnaire pages): no roles. Inside a JupyterHub user's server this is
        ignored: the hub's answer for the server's token is the user
        (:func:`vsvkit.store.identity.hub_identity`).

    Raises
    ------
    StoreError
        For a bad URL, an unreachable server, a database that holds other tables and no
        vsvkit schema (it is left as it is), a store with missing tables, or a store
        written by a newer vsvkit. An older store is upgraded in place.

    Notes
    -----
    A SQLite file that cannot be written, or whose folder cannot, is opened read-only
    (:attr:`read_only`): reading works, and every write raises a StoreError that says
    the store is read-only, before anything is attempted.
    """

    def __init__(self, url: str | os.PathLike | URL | None = None, *, user: str | None = None):
        identity = hub_identity()
        if identity is not None and identity.is_user:
            user = identity.name  # inside a user's server the hub says who, not the caller
        super().__init__(url)
        self._user = None if user is None else str(user)
        self._access: tuple[float, Access] | None = None

    @property
    def user(self) -> str | None:
        """The JupyterHub user the store is opened for; None: no roles."""
        return self._user

    def user_access(self) -> Access:
        """What :attr:`user` may see (read again after :data:`ACCESS_TTL_S` seconds);
        everything for a store opened without a user."""
        if self.user is None:
            return Access(user="", role="admin")
        now = time.monotonic()
        if self._access is None or now - self._access[0] > ACCESS_TTL_S:
            self._access = (now, RoleRecords.access(self, self.user))
        return self._access[1]

    def __repr__(self) -> str:
        shown = super().__repr__()
        return shown if self.user is None else f"{shown[:-1]}, user={self.user!r})"
