"""The joint decision for many sessions: which sets each session shows, in every context."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from vsvkit.privacy.attacks import NOTHING, Layout, cells_of, settle
from vsvkit.privacy.primary import primary

__all__ = ["Disclosure", "decide"]


@dataclass
class Disclosure:
    """The decision of :func:`decide` for many sessions (the sessions of one score matrix).

    Attributes
    ----------
    k : ndarray
        Effective minimum group size per session.
    layout : Layout
        Set positions (total, professions, merged, echelons, merged).
    active : ndarray
        (S, n_sets) bool: sets shown in the session (everybody counted).
    status : dict
        Per grouping an (S, n_codes) array of :data:`STATUSES` indices (-1: nobody).
    """

    session: np.ndarray  # (R,) session index 0..S-1 per respondent
    prof: np.ndarray  # (R,) profession code index
    ech: np.ndarray  # (R,) echelon code index
    k: np.ndarray
    layout: Layout
    people: np.ndarray  # (S, P, E) respondents per cell
    merged_prof: np.ndarray  # (S, P) codes in the merged profession group
    merged_ech: np.ndarray  # (S, E)
    active: np.ndarray
    status: dict
    floor: np.ndarray  # (S, n_sets): no attack on a shown set leaves fewer (1..k-1) than this
    _contexts: dict = field(default_factory=dict, repr=False)
    _settled: dict = field(default_factory=dict, repr=False)  # (session, cells) -> hidden

    def hidden(self, name: str, member: np.ndarray) -> np.ndarray:
        """(S, C, n_sets) bool: sets hidden in each context of a family.

        ``member`` is (R, C) bool: which respondents contribute to each context (e.g. who has a
        score in each domain). Cached by ``name``.
        """
        if name not in self._contexts:
            self._contexts[name] = self._hidden(np.asarray(member, dtype=bool))
        return self._contexts[name]

    def _set_counts(self, x: np.ndarray) -> np.ndarray:
        """(S, C, n_sets) respondents of every set from (S, C, P, E) cell counts."""
        rows, cols = x.sum(axis=3), x.sum(axis=2)
        return np.concatenate(
            [
                rows.sum(axis=2, keepdims=True),
                rows,
                np.einsum("scp,sp->sc", rows, self.merged_prof)[..., None],
                cols,
                np.einsum("sce,se->sc", cols, self.merged_ech)[..., None],
            ],
            axis=2,
        )

    def _hidden(self, member: np.ndarray) -> np.ndarray:
        n_s, n_p, n_e = self.people.shape
        n_c = member.shape[1]
        cell = (self.session * n_p + self.prof) * n_e + self.ech
        counts = np.zeros((n_s * n_p * n_e, n_c), dtype=np.int64)
        np.add.at(counts, cell, member.astype(np.int64))
        counts = counts.reshape(n_s, n_p, n_e, n_c).transpose(0, 3, 1, 2)
        out = np.repeat(~self.active[:, None, :], n_c, axis=1)
        # A context where no cell empties, and where every shown set misses fewer of its
        # respondents than the weakest attack on it had to spare, keeps the session's decision:
        # what an attack on a set leaves shrinks by at most what that set misses, and no new
        # set fits inside another.
        gone = self._set_counts(self.people[:, None]) - self._set_counts(counts)
        missing = gone[:, :, 0]
        same_cells = ((counts > 0) == (self.people > 0)[:, None]).all(axis=(2, 3))
        spare = self.floor[:, None, :] - gone >= self.k[:, None, None]
        safe = same_cells & (spare | ~self.active[:, None, :]).all(axis=2)
        todo_s, todo_c = np.nonzero(~safe & (missing > 0))
        seen = self._settled  # a context met in another family is decided once
        ech0 = self.layout.ech0
        for s, c, cells in zip(
            todo_s.tolist(), todo_c.tolist(), self._cells(counts, todo_s, todo_c)
        ):
            key = (s, cells)
            if key not in seen:
                seen[key] = ~settle(list(cells), self.active[s], int(self.k[s]), ech0)[0]
            out[s, c] = seen[key]
        return out

    def _cells(self, counts: np.ndarray, sessions: np.ndarray, contexts: np.ndarray):
        """The non-empty cells of each (session, context) as a tuple of ``(p_set, e_set, n)``."""
        return cells_of(counts[sessions, contexts], sessions, self.layout, self.merged_prof,
                         self.merged_ech)  # fmt: skip


def decide(session, prof, ech, n_prof: int, n_ech: int, k) -> Disclosure:
    """The joint decision for the respondents of one or many sessions.

    Parameters
    ----------
    session : array of int
        Session index 0..S-1 of each respondent.
    prof, ech : array of int
        Profession and echelon code index (0..n_prof-1, 0..n_ech-1) of each respondent, codes
        in the instrument's order (it breaks ties).
    k : array of int
        Effective minimum group size per session.

    Returns
    -------
    Disclosure
        Use :meth:`Disclosure.hidden` for the contexts of a table. The notebooks' entry point is
        :meth:`vsvkit.scoring.Scores.disclosure`.
    """
    session = np.asarray(session, dtype=np.int64)
    prof = np.asarray(prof, dtype=np.int64)
    ech = np.asarray(ech, dtype=np.int64)
    k = np.asarray(k, dtype=np.int64)
    n_s = len(k)
    lay = Layout(n_prof, n_ech)
    people: np.ndarray = np.zeros(n_s * n_prof * n_ech, dtype=np.int64)
    np.add.at(people, (session * n_prof + prof) * n_ech + ech, 1)
    people = people.reshape(n_s, n_prof, n_ech)

    active = np.zeros((n_s, lay.n_sets), dtype=bool)
    active[:, 0] = people.sum(axis=(1, 2)) >= k
    status, merged_of = {}, {}
    for grouping, sizes, first in (
        ("profession", people.sum(axis=2), lay.prof0),
        ("echelon", people.sum(axis=1), lay.ech0),
    ):
        s_idx, g_idx = np.nonzero(sizes)
        sup, mrg = primary(s_idx, sizes[s_idx, g_idx], k[s_idx], g_idx)
        st = np.full(sizes.shape, -1, dtype=np.int64)
        st[s_idx, g_idx] = np.where(mrg, 1, np.where(sup, 2, 0))
        status[grouping] = st
        merged = np.zeros(sizes.shape, dtype=np.int64)
        merged[s_idx[mrg], g_idx[mrg]] = 1
        merged_of[grouping] = merged
        active[:, first : first + sizes.shape[1]] = st == 0
        active[:, first + sizes.shape[1]] = merged.any(axis=1)
    active &= active[:, :1]  # a session below k shows nothing

    floor = np.full((n_s, lay.n_sets), NOTHING, dtype=np.int64)
    decided = np.flatnonzero(active[:, 0])
    all_cells = cells_of(
        people[decided], decided, lay, merged_of["profession"], merged_of["echelon"]
    )
    for s, cells in zip(decided.tolist(), all_cells):
        act, floors = settle(list(cells), active[s], int(k[s]), lay.ech0)
        for j, v in floors.items():
            floor[s, j] = v
        for grouping, first, n_g in (
            ("profession", lay.prof0, n_prof),
            ("echelon", lay.ech0, n_ech),
        ):
            st = status[grouping][s]
            st[active[s, first : first + n_g] & ~act[first : first + n_g]] = 3
            if active[s, first + n_g] and not act[first + n_g]:
                # the merged group itself is hidden: its members are shown nowhere
                members = merged_of[grouping][s] > 0
                size = people[s].sum(axis=1 if grouping == "profession" else 0)
                st[members] = np.where(size[members] >= k[s], 3, 2)
        active[s] = act
    return Disclosure(
        session,
        prof,
        ech,
        k,
        lay,
        people,
        merged_of["profession"],
        merged_of["echelon"],
        active,
        status,
        floor,
    )
