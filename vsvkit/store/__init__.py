"""The session store: imported sessions and their workshop record, in SQLite or PostgreSQL.

Examples
--------
>>> from vsvkit.store import Store
>>> store = Store("sqlite://")
>>> len(store.sessions())
0
"""

from vsvkit.store.models import ACTION_STATUSES, SCHEMA_VERSION, WAVES, Action, Session
from vsvkit.store.repository import Store
from vsvkit.store.sessions import ANSWER_COLUMNS, SESSION_COLUMNS
from vsvkit.store.workshop import ACTION_COLUMNS, NOTE_COLUMNS, UNSET

__all__ = [
    "Store",
    "Session",
    "Action",
    "SCHEMA_VERSION",
    "WAVES",
    "ACTION_STATUSES",
    "ANSWER_COLUMNS",
    "SESSION_COLUMNS",
    "NOTE_COLUMNS",
    "ACTION_COLUMNS",
    "UNSET",
]
