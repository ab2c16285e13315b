"""What the workshop app shows of the stored sessions, asked of the core once each.

:class:`SessionViews` keeps, per session, its instrument (the one it was answered with, kept
in the store), its answers, its mirror per filter
(:func:`vsvkit.mirror.build_mirror`), its comparison with the previous session of the same VSV
(:func:`vsvkit.comparison.compare_sessions`) and what identifies its pictures in the chart
cache. The app's pages only format and draw these.
"""

from __future__ import annotations

import pandas as pd

from vsvkit.comparison import Comparison, compare_sessions
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.mirror import Mirror, build_mirror
from vsvkit.sessions import previous_session

__all__ = ["SessionViews"]


class SessionViews:
    """The sessions of one store as the app shows them, each computed once.

    Every session is shown with the instrument it was answered with.

    Parameters
    ----------
    store : vsvkit.store.Store
    """

    def __init__(self, store):
        self.store = store
        self.instruments: dict[int, Instrument] = {}
        self.answers: dict[int, pd.DataFrame] = {}
        self.mirrors: dict[tuple, Mirror] = {}
        self.comparisons: dict[tuple[int, int], Comparison] = {}
        self.identities: dict[int, tuple] = {}

    def instrument_of(self, session_id: int) -> Instrument:
        """The instrument the session was answered with (read from the store once)."""
        if session_id not in self.instruments:
            self.instruments[session_id] = self.store.instrument(session_id)
        return self.instruments[session_id]

    def answers_of(self, session_id: int) -> pd.DataFrame:
        """The session's answers (read from the store once, with its own instrument)."""
        if session_id not in self.answers:
            self.answers[session_id] = self.store.answers(
                [session_id], instrument=self.instrument_of(session_id)
            )
        return self.answers[session_id]

    def mirror(self, session_id: int, subset: tuple[str, str] | None = None) -> Mirror:
        """The mirror of a session, optionally filtered to one shown group.

        Raises :class:`~vsvkit.errors.PrivacyError` for a group the session does not show.
        """
        key = (session_id, subset)
        if key not in self.mirrors:
            self.mirrors[key] = build_mirror(
                self.store,
                session_id,
                instrument=self.instrument_of(session_id),
                subset=subset,
                answers=self.answers_of(session_id),
            )
        return self.mirrors[key]

    def previous_id(self, session_id: int | None) -> int | None:
        """The id of the earlier session of the same VSV (for the comparison page), or None."""
        if session_id is None:
            return None
        earlier = previous_session(self.store, self.store.session(session_id))
        return None if earlier is None else int(earlier.id)

    def comparison(self, session_id: int) -> Comparison:
        """The session compared with the previous one of its VSV (the one k rule of
        :func:`vsvkit.comparison.comparison_k`).

        Raises
        ------
        VsvkitError
            When the session has no previous session.
        """
        previous = self.previous_id(session_id)
        if previous is None:
            raise VsvkitError(f"session {session_id} has no earlier session of its VSV")
        key = (session_id, previous)
        if key not in self.comparisons:
            self.comparisons[key] = compare_sessions(
                self.store,
                session_id,
                previous,
                answers={sid: self.answers_of(sid) for sid in key},
            )
        return self.comparisons[key]

    def identity(self, session_id: int) -> tuple:
        """What makes a session's pictures unique across kernels and databases."""
        if session_id not in self.identities:
            s = self.store.session(session_id)
            self.identities[session_id] = (
                s.vsv,
                str(s.date),
                s.source_name,
                str(s.created_at),
                s.n_respondents,
                s.min_group_size,
                s.instrument_checksum,
            )
        return self.identities[session_id]

    def agreed(self, session_id: int) -> dict[str, int]:
        """The levels the group agreed on, per domain (from the workshop record)."""
        return self.store.agreed_levels(session_id)

    def forget(self, session_id: int) -> None:
        """Drop everything kept of a session (renamed or deleted), comparisons with it too."""
        self.identities.pop(session_id, None)
        self.instruments.pop(session_id, None)
        self.answers.pop(session_id, None)
        self.mirrors = {k: v for k, v in self.mirrors.items() if k[0] != session_id}
        self.comparisons = {k: v for k, v in self.comparisons.items() if session_id not in k}
