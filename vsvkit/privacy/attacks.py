"""The search for the weakest attack on the shown sets of one context, and the hiding that
mends it (secondary suppression). Plain Python on a handful of numbers per session."""

from __future__ import annotations

import numpy as np

__all__ = ["Layout", "NOTHING", "settle", "cells_of"]


class Layout:
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


def closest(values: list[int], cap: int, memo: dict) -> tuple[int, list[int]]:
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
NOTHING = 1 << 30


def tally(cells):
    """Respondents per set, per (profession set, echelon set) pair, and in all."""
    cnt: dict[int, int] = {}
    inter: dict[tuple[int, int], int] = {}
    total = 0
    for ps, es, c in cells:
        total += c
        cnt[ps] = cnt.get(ps, 0) + c
        cnt[es] = cnt.get(es, 0) + c
        inter[ps, es] = inter.get((ps, es), 0) + c
    return cnt, inter, total


def weakest(tally, active, ech0: int, k: int = 0):
    """The attack that leaves the fewest respondents (> 0) among the active sets of a context.

    ``tally`` is :func:`tally` of the context's non-empty (profession x echelon) cells, each
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
                rest, w = closest([cnt[j] for j in inside], cnt[a], memo)
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
            rest, w = closest(values, cap, memo)
            floor[0] = min(floor[0], rest)
            if rest < best[0]:
                ys = tuple(j for b, j in enumerate(live_e) if ymask >> b & 1)
                best = (rest, 0, ys + tuple(live_p[allowed[t]] for t in w))
                if rest == 1:
                    break
    elif 0 in floor:
        floor[0] = best[0]  # the weakest attack of all bounds those on the total too
    return best, floor


def settle(cells, active, k: int, ech0: int) -> tuple[np.ndarray, dict]:
    """Hide sets until the context passes the audit; the smallest set of each breach goes.

    Returns the sets still shown and, per shown set, a lower bound of the respondents any
    attack on it leaves (empty when nothing is shown).
    """
    active = active.copy()
    counted = tally(cells)
    cnt = counted[0]
    while True:
        found = weakest(counted, active, ech0, k)
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


def cells_of(x: np.ndarray, sessions: np.ndarray, lay: Layout, merged_prof, merged_ech):
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
