"""What may be shown: the one place that decides, over all groupings at once, and its audit.

Every figure vsvkit shows is a *set of respondents*: the whole session, a profession, an
echelon, a merged group, each counted over the respondents who contribute to that figure (a
*context*: everybody for counts, those with a score in a domain for a domain score, those who
answered a statement for its answer distribution). For one session and every context the rule
(domain brief, section 5) is:

1. every shown set has 0 or at least ``k`` respondents (``k`` never below 3);
2. for every shown set ``A`` and every combination of other shown sets that are disjoint and lie
   inside ``A``, the remainder has 0 or at least ``k`` respondents. Groupings cross: an echelon
   minus the professions inside it, the total minus one profession and two echelons.

How the decision is made (:func:`decide`), per session:

* *Primary, per grouping* (:func:`visible_groups`): a group below ``k`` is hidden; hidden groups
  that together reach ``k`` are shown as one merged group ("overige beroepen" /
  "overige echelons"); if they stay below ``k``, the smallest visible group joins them
  (complementary suppression) so that the merged group reaches ``k``.
* *Secondary, all groupings at once*: the shown sets (the total, the professions and merged
  professions, the echelons and merged echelons) are audited on the respondents of the session;
  while a subtraction breaks rule 2 (or a set breaks rule 1), the smallest set taking part in
  it is hidden (never the total), i.e. the fewest respondents; hiding only removes figures, so
  this ends with a pattern that passes, and the total always stays. Groups hidden here are
  ``protected`` ("niet apart getoond ter bescherming van kleine groepen").
* *Per context*: the same audit and hiding are repeated with the respondents who contribute in
  each domain, statement and "weet niet" share, starting from the session's shown sets; only
  contexts where somebody does not contribute differ from the session's decision.

Every score table of :mod:`vsvkit.scoring` reads this decision (its ``suppressed`` column per
row), and so do the mirror, the change page, the report and the CLI; filters offer only the
groups shown. :func:`audit` lists every shown set and every violating subtraction, by a plain
exhaustive search that shares no code with the decision.

Known limits: sessions of the same VSV at different dates are different people and are not
checked against each other; figures of different contexts (a domain score and a statement's
distribution) are not combined with each other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .instrument import MIN_GROUP_FLOOR

__all__ = [
    "GROUPINGS",
    "MERGED_GROUP",
    "MERGED_ECHELON",
    "MERGED_CODES",
    "STATUSES",
    "Disclosure",
    "effective_k",
    "visible_groups",
    "decide",
    "audit",
    "audit_sets",
]

#: The groupings a view may break down or filter by.
GROUPINGS = ("profession", "echelon")
#: Group code of the merged small professions ("overige beroepen").
MERGED_GROUP = "OV_MERGED"
#: Group code of the merged small echelons ("overige echelons").
MERGED_ECHELON = "OV_ECHELONS"
MERGED_CODES = {"profession": MERGED_GROUP, "echelon": MERGED_ECHELON}
#: A group's status in a session: shown on its own, counted in the merged group, below k and
#: not shown, or hidden to protect smaller groups (secondary suppression).
STATUSES = ("shown", "merged", "too_few", "protected")


def effective_k(k: int | None) -> int:
    """The minimum group size in force: ``k``, never below 3 (5 when ``k`` is None)."""
    return max(MIN_GROUP_FLOOR, int(5 if k is None else k))


# -- primary suppression, one grouping ------------------------------------------------------


def visible_groups(sizes: pd.Series, k: int | None) -> pd.DataFrame:
    """Primary suppression of one grouping (step 1 of :func:`decide`; not a decision alone).

    Parameters
    ----------
    sizes : Series
        Respondents per group, indexed by group code, in the instrument's order (ties).
    k : int
        Minimum group size; values below 3 are raised to 3.

    Returns
    -------
    DataFrame
        One row per group with ``n > 0``: ``group``, ``n``, ``shown_as`` (the group, the merged
        code ``OV_MERGED``, or NA) and ``suppressed``.

    Examples
    --------
    >>> import pandas as pd
    >>> visible_groups(pd.Series({"VK": 40, "GYN": 6, "HA": 1}), 5)
      group   n   shown_as  suppressed
    0    VK  40         VK       False
    1   GYN   6  OV_MERGED        True
    2    HA   1  OV_MERGED        True
    """
    sizes = pd.Series(sizes).astype("int64")
    sizes = sizes[sizes > 0]
    n = sizes.to_numpy()
    suppressed, merged = _primary(
        np.zeros(len(n), np.int64), n, np.full(len(n), effective_k(k)), np.arange(len(n))
    )
    shown_as = np.where(merged, MERGED_GROUP, np.where(suppressed, None, sizes.index.astype(str)))
    return pd.DataFrame(
        {
            "group": pd.Series([str(g) for g in sizes.index], dtype="str"),
            "n": pd.Series(n, dtype="int64"),
            "shown_as": pd.Series(shown_as, dtype="str"),
            "suppressed": pd.Series(suppressed, dtype="bool"),
        }
    )


def _primary(session, n, k, rank) -> tuple[np.ndarray, np.ndarray]:
    """Primary suppression for many sessions at once (vectorised).

    Aligned arrays, one entry per (session, group) with ``n > 0``: ``session`` (0..S-1), ``n``,
    ``k`` (effective, per entry) and ``rank`` (the group's order, for ties). Returns
    ``(suppressed, merged)``; ``merged`` marks groups counted in the merged group.
    """
    session = np.asarray(session, dtype=np.int64)
    n = np.asarray(n, dtype=np.int64)
    k = np.asarray(k, dtype=np.int64)
    n_sessions = int(session.max()) + 1 if len(session) else 0
    hidden = n < k
    hidden_sum = np.bincount(session, weights=n * hidden, minlength=n_sessions)
    hidden_count = np.bincount(session, weights=hidden, minlength=n_sessions)
    k_s = np.zeros(n_sessions, dtype=np.int64)
    k_s[session] = k
    need_extra = (hidden_count > 0) & (hidden_sum < k_s)
    vis = np.flatnonzero(~hidden)
    order = vis[np.lexsort((rank[vis], n[vis], session[vis]))]
    first = order[np.r_[True, session[order][1:] != session[order][:-1]]] if len(order) else order
    hidden = hidden.copy()
    hidden[first[need_extra[session[first]]]] = True
    merged_sum = np.bincount(session, weights=n * hidden, minlength=n_sessions)
    merged = hidden & (merged_sum[session] >= k)
    return hidden, merged


# -- the sets of one session and the fast audit ----------------------------------------------


class _Layout:
    """Fixed set positions of a session: total, professions, merged professions, echelons,
    merged echelons. Positions below ``ech0`` (but 0) are profession sets."""

    def __init__(self, n_prof: int, n_ech: int):
        self.n_prof, self.n_ech = n_prof, n_ech
        self.prof0 = 1
        self.merged_prof = 1 + n_prof
        self.ech0 = 2 + n_prof
        self.merged_ech = 2 + n_prof + n_ech
        self.n_sets = 3 + n_prof + n_ech

    def set_of(self, grouping: str | None, code: int, merged: bool = False) -> int:
        if grouping is None:
            return 0
        if grouping == "profession":
            return self.merged_prof if merged else self.prof0 + code
        return self.merged_ech if merged else self.ech0 + code

    def positions(self, merged_prof: np.ndarray, merged_ech: np.ndarray):
        """The profession-family and echelon-family set of each profession / echelon code."""
        p_set = [self.merged_prof if m else self.prof0 + p for p, m in enumerate(merged_prof)]
        e_set = [self.merged_ech if m else self.ech0 + e for e, m in enumerate(merged_ech)]
        return p_set, e_set


def _closest(values: list[int], cap: int, memo: dict) -> tuple[int, list[int]]:
    """The smallest positive ``cap - sum`` over subsets of ``values``, and that subset."""
    key = tuple(values)
    prefix = memo.get(key)
    if prefix is None:
        prefix = [1]
        for v in values:
            prefix.append(prefix[-1] | (prefix[-1] << v))
        memo[key] = prefix
    target = (prefix[-1] & ((1 << cap) - 1)).bit_length() - 1
    rest = cap - target
    chosen = []
    for i in range(len(values) - 1, -1, -1):
        if not (prefix[i] >> target) & 1:
            chosen.append(i)
            target -= values[i]
    return rest, chosen


#: "No attack on it": the floor of a set that is not shown.
_NOTHING = 1 << 30


def _tally(cells):
    """Respondents per set, per (profession set, echelon set) pair, and in all."""
    cnt, inter, total = {}, {}, 0
    for ps, es, c in cells:
        total += c
        cnt[ps] = cnt.get(ps, 0) + c
        cnt[es] = cnt.get(es, 0) + c
        inter[ps, es] = inter.get((ps, es), 0) + c
    return cnt, inter, total


def _weakest(tally, active, ech0: int, k: int = 0):
    """The attack that leaves the fewest respondents (> 0) among the active sets of a context.

    ``tally`` is :func:`_tally` of the context's non-empty (profession x echelon) cells, each
    ``(p_set, e_set, count)``: the profession-family set (a profession or the merged
    professions) and the echelon-family set it belongs to; set positions below ``ech0`` (but 0,
    the total) are profession sets. Returns ``(rest, a, bs)``: subtracting the sets ``bs`` from
    set ``a`` leaves ``rest`` respondents (``bs`` empty: the set itself); None when no active
    set has respondents. The context passes the audit when ``rest`` is at least k. Also returns
    per shown set a lower bound of what any attack on it leaves (for the fast path of
    :meth:`Disclosure.hidden`).

    With ``k``, a breach (fewer than k left) among the sets of one grouping minus the other's
    is returned before the total is searched: it must be mended first anyway.

    Profession sets are pairwise disjoint and so are echelon sets, so a disjoint combination
    inside a profession set holds only echelon sets (and vice versa), and inside the total some
    echelon sets plus profession sets meeting none of them; subset sums are found with bitsets.
    Plain Python on a handful of numbers: this runs once or a few times per session.
    """
    cnt, inter, total = tally
    live_p = sorted(a for a in cnt if a < ech0 and active[a])
    live_e = sorted(a for a in cnt if a >= ech0 and active[a])
    best = (total, 0, ()) if active[0] and total else None
    floor = {0: total} if active[0] and total else {}  # per set: no attack on it leaves fewer
    for a in live_p + live_e:
        floor[a] = cnt[a]
        if best is None or cnt[a] < best[0]:
            best = (cnt[a], a, ())
    if best is None:
        return None
    memo: dict = {}
    # a set of one grouping minus sets of the other grouping that lie inside it
    for minuends, others, pair in ((live_p, live_e, lambda a, j: (a, j)),
                                   (live_e, live_p, lambda a, j: (j, a))):  # fmt: skip
        for a in minuends:
            inside = [j for j in others if inter.get(pair(a, j), 0) == cnt[j]]
            if inside:
                rest, w = _closest([cnt[j] for j in inside], cnt[a], memo)
                floor[a] = min(floor[a], rest)
                if rest < best[0]:
                    best = (rest, a, tuple(inside[t] for t in w))
    if best[0] < k:
        return best, floor
    if active[0] and total and best[0] > 1:
        pcs = [cnt[a] for a in live_p]
        ecs = [cnt[j] for j in live_e]
        meets = [sum(1 << b for b, j in enumerate(live_e) if inter.get((a, j), 0)) for a in live_p]
        for ymask in range(1 << len(live_e)):
            cap = total
            for b in range(len(ecs)):
                if ymask >> b & 1:
                    cap -= ecs[b]
            if cap <= 0:
                continue
            allowed = [i for i, m in enumerate(meets) if not m & ymask]
            values = [pcs[i] for i in allowed]
            if cap - sum(values) >= best[0]:
                # even taking every allowed set leaves no fewer than the best so far
                floor[0] = min(floor[0], cap - sum(values))
                continue
            rest, w = _closest(values, cap, memo)
            floor[0] = min(floor[0], rest)
            if rest < best[0]:
                ys = tuple(j for b, j in enumerate(live_e) if ymask >> b & 1)
                best = (rest, 0, ys + tuple(live_p[allowed[t]] for t in w))
                if rest == 1:
                    break
    elif 0 in floor:
        floor[0] = best[0]  # the weakest attack of all bounds those on the total too
    return best, floor


def _settle(cells, active, k: int, ech0: int) -> tuple[np.ndarray, dict]:
    """Hide sets until the context passes the audit; the smallest set of each breach goes.

    Returns the sets still shown and, per shown set, a lower bound of the respondents any
    attack on it leaves (empty when nothing is shown).
    """
    active = active.copy()
    tally = _tally(cells)
    cnt = tally[0]
    while True:
        found = _weakest(tally, active, ech0, k)
        if found is None:
            return active, {}
        (rest, a, bs), floor = found
        if rest >= k:
            return active, floor
        if a == 0 and not bs:  # the total itself is below k: nothing is shown
            active[:] = False
            return active, {}
        candidates = ([a] if a != 0 else []) + list(bs)
        # fewest respondents first; on a tie an echelon set before a profession set
        active[min(candidates, key=lambda j: (cnt[j], j < ech0, j))] = False


def _cells_of(x: np.ndarray, sessions: np.ndarray, lay: _Layout, merged_prof, merged_ech):
    """Per (P x E) count table in ``x`` (one per entry of ``sessions``): its non-empty cells as
    a tuple of ``(p_set, e_set, n)``, the sets each cell belongs to in that session."""
    n_p, n_e = x.shape[1:]
    pos_p = np.where(merged_prof > 0, lay.merged_prof, lay.prof0 + np.arange(n_p))
    pos_e = np.where(merged_ech > 0, lay.merged_ech, lay.ech0 + np.arange(n_e))
    t, p, e = np.nonzero(x)
    ps = pos_p[sessions[t], p].tolist()
    es = pos_e[sessions[t], e].tolist()
    ns = x[t, p, e].tolist()
    bounds = np.searchsorted(t, np.arange(len(x) + 1)).tolist()
    return [tuple(zip(ps[lo:hi], es[lo:hi], ns[lo:hi])) for lo, hi in zip(bounds[:-1], bounds[1:])]


# -- the decision ----------------------------------------------------------------------------


@dataclass
class Disclosure:
    """The decision of :func:`decide` for many sessions (the sessions of one score matrix).

    Attributes
    ----------
    k : ndarray
        Effective minimum group size per session.
    layout : _Layout
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
    layout: _Layout
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
                seen[key] = ~_settle(list(cells), self.active[s], int(self.k[s]), ech0)[0]
            out[s, c] = seen[key]
        return out

    def _cells(self, counts: np.ndarray, sessions: np.ndarray, contexts: np.ndarray):
        """The non-empty cells of each (session, context) as a tuple of ``(p_set, e_set, n)``."""
        return _cells_of(counts[sessions, contexts], sessions, self.layout, self.merged_prof,
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
    lay = _Layout(n_prof, n_ech)
    people = np.zeros(n_s * n_prof * n_ech, dtype=np.int64)
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
        sup, mrg = _primary(s_idx, sizes[s_idx, g_idx], k[s_idx], g_idx)
        st = np.full(sizes.shape, -1, dtype=np.int64)
        st[s_idx, g_idx] = np.where(mrg, 1, np.where(sup, 2, 0))
        status[grouping] = st
        merged = np.zeros(sizes.shape, dtype=np.int64)
        merged[s_idx[mrg], g_idx[mrg]] = 1
        merged_of[grouping] = merged
        active[:, first : first + sizes.shape[1]] = st == 0
        active[:, first + sizes.shape[1]] = merged.any(axis=1)
    active &= active[:, :1]  # a session below k shows nothing

    floor = np.full((n_s, lay.n_sets), _NOTHING, dtype=np.int64)
    decided = np.flatnonzero(active[:, 0])
    all_cells = _cells_of(
        people[decided], decided, lay, merged_of["profession"], merged_of["echelon"]
    )
    for s, cells in zip(decided.tolist(), all_cells):
        act, floors = _settle(list(cells), active[s], int(k[s]), lay.ech0)
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


# -- the audit -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """A breach: ``remainder`` respondents of ``shown`` are left after subtracting ``minus``."""

    shown: str
    minus: tuple[str, ...]
    remainder: int


def audit_sets(sets: Mapping[str, Iterable], k: int) -> list[Violation]:
    """Every breach of rules 1 and 2 among shown sets of respondents (exhaustive search).

    Parameters
    ----------
    sets : mapping of name -> respondents
        Every set shown in one context (any hashable respondent identifiers).
    k : int
        Minimum group size (never below 3).

    Returns
    -------
    list of Violation
        Empty when the sets are safe. For each shown set every combination of other shown
        sets that are pairwise disjoint and lie inside it is tried (a plain search, sharing no
        code with :func:`decide`).
    """
    k = effective_k(k)
    named = {name: frozenset(v) for name, v in sets.items()}
    named = {name: v for name, v in named.items() if v}
    out = []
    for name, a in named.items():
        if len(a) < k:
            out.append(Violation(name, (), len(a)))
            continue
        inside = [(n, b) for n, b in named.items() if n != name and b <= a and b != a]
        seen = set()

        def walk(start, used, taken, a=a, name=name, inside=inside, seen=seen):
            rest = len(a) - len(used)
            if taken and 0 < rest < k and frozenset(taken) not in seen:
                seen.add(frozenset(taken))
                out.append(Violation(name, tuple(taken), rest))
            for i in range(start, len(inside)):
                n, b = inside[i]
                if not b & used:
                    walk(i + 1, used | b, [*taken, n])

        walk(0, frozenset(), [])
    return out


def audit(scores, *, contexts: Iterable[str] = ("people", "domain", "answered", "item")):
    """Every violating subtraction among the sets a score matrix shows; empty when safe.

    Parameters
    ----------
    scores : vsvkit.scoring.Scores
        The prepared answers of one or more sessions; its decision is audited.
    contexts : iterable of {"people", "domain", "answered", "item"}
        The families of contexts to audit: everybody, a domain score per domain, the domain's
        "weet niet" share per domain, a statement's distribution per statement.

    Returns
    -------
    DataFrame
        ``session, context, shown, minus, remainder``: one row per breach (``minus`` is a tuple
        of set names, empty for a set below k). Set names are ``total``,
        ``profession:<code>`` and ``echelon:<code>``.
    """
    rows = [
        (session, context, v.shown, v.minus, v.remainder)
        for session, context, k, sets in scores.shown_sets(contexts)
        for v in audit_sets(sets, k)
    ]
    return pd.DataFrame(rows, columns=["session", "context", "shown", "minus", "remainder"])
