"""The session store: its sessions and their workshop record, in SQLite or PostgreSQL.

Examples
--------
>>> from vsvkit.store import Store
>>> store = Store("sqlite://")          # in memory; Store() uses the user's data folder
>>> store.sessions().columns.tolist()[:4]
['id', 'vsv', 'date', 'wave']
"""

from __future__ import annotations

from vsvkit.store.polls import PollRecords
from vsvkit.store.rooms import RoomRecords
from vsvkit.store.surveys import SurveyRecords
from vsvkit.store.workshop import WorkshopRecord

__all__ = ["Store"]


class Store(SurveyRecords, WorkshopRecord, RoomRecords, PollRecords):
    """The session store: SQLite by default, PostgreSQL by URL.

    Imported sessions and their answers (:class:`~vsvkit.store.sessions.SessionRecords`),
    the instrument each was answered with (:class:`~vsvkit.store.instruments.InstrumentRecords`),
    questionnaires answered on vsvkit's own pages
    (:class:`~vsvkit.store.surveys.SurveyRecords`), their workshop record: notes per domain and
    the follow-up plan
    (:class:`~vsvkit.store.workshop.WorkshopRecord`), the room view of its workshop
    (:class:`~vsvkit.store.rooms.RoomRecords`) and its vote rounds
    (:class:`~vsvkit.store.polls.PollRecords`), read and written in transactions
    (:class:`~vsvkit.store.connection.Connected`).

    Parameters
    ----------
    url : str, path or None
        A database URL (``sqlite:///file``, ``postgresql://user:pw@host/db``), a plain file
        path (a SQLite file), or None: ``vsvkit.sqlite`` in
        ``platformdirs.user_data_dir("vsvkit")``. (``VSVKIT_DB`` is read by the command line
        and the notebooks, :class:`vsvkit.app.settings.Settings`, which pass it here.)

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
