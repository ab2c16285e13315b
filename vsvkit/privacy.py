"""Which groups may be shown: the one place that decides.

Answers are anonymous, and small professions (one GP, one paediatrician) are common. No group
smaller than the minimum group size ``k`` is shown anywhere, in the app or a report.

The rule (:func:`visible_groups`), applied per session:

1. ``k = max(3, k)``: a smaller k is never used (:data:`vsvkit.instrument.MIN_GROUP_FLOOR`).
   Groups of size 0 are ignored (they do not exist in the session).
2. Every group with ``n < k`` is *hidden*.
3. If the hidden groups together reach ``k`` they are shown as one merged group
   :data:`MERGED_GROUP` ("overige beroepen"; the label comes from :mod:`vsvkit.i18n`). Such a
   merged group always holds at least two groups, so none of them can be recovered from it.
4. If the hidden groups together stay below ``k`` (one hidden group, or several that sum to less
   than k), their total would be recoverable as *total minus the visible groups*. Then the
   smallest visible group (ties: first in code order) joins them (complementary suppression). The
   joined set now reaches k (the added group alone has ``n >= k``), so it is shown as the merged
   group. If there is no visible group to add (everybody is in small groups that together stay
   below k), every group is suppressed.

A group whose own figures are not shown (hidden or merged) is *suppressed*; ``shown_as`` says
where its respondents are counted (:data:`MERGED_GROUP`) or is missing when they are not shown
at all.

Known limit: the rule protects one grouping at a time. Crossing two groupings (profession and
echelon of the same session) can in some mixes still narrow a small group down; the app only
shows one grouping at a time and the report follows the same tables.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .instrument import MIN_GROUP_FLOOR

__all__ = [
    "MERGED_GROUP",
    "effective_k",
    "visible_groups",
    "can_show_group",
    "group_sizes",
    "suppress_small_groups",
]

#: Group code of the merged small groups ("overige beroepen" in the user's language).
MERGED_GROUP = "OV_MERGED"


def effective_k(k: int | None) -> int:
    """The minimum group size in force: ``k``, never below 3 (5 when ``k`` is None)."""
    return max(MIN_GROUP_FLOOR, int(5 if k is None else k))


def visible_groups(sizes: pd.Series, k: int | None) -> pd.DataFrame:
    """Decide which groups of one session may be shown.

    Parameters
    ----------
    sizes : Series
        Number of respondents per group, indexed by group code (e.g. profession).
    k : int
        Minimum group size; values below 3 are raised to 3.

    Returns
    -------
    DataFrame
        One row per group with ``n > 0``, in the order of ``sizes``: ``group`` (str), ``n``
        (int, the true size: for deciding only, never to be shown for a suppressed group),
        ``shown_as`` (the group itself, :data:`MERGED_GROUP`, or NA when not shown at all) and
        ``suppressed`` (bool: the group's own figures are not shown).

    Notes
    -----
    See the module docstring for the rule. Example: VK 40, GYN 6, HA 1 with k=5: HA is hidden
    (1 < 5) and alone below k, so the smallest visible group, GYN, joins it; the merged group
    (HA + GYN, n=7) is shown as ``OV_MERGED`` and VK stays visible.

    Examples
    --------
    >>> import pandas as pd
    >>> visible_groups(pd.Series({"VK": 40, "GYN": 6, "HA": 1}), 5)
      group   n   shown_as  suppressed
    0    VK  40         VK       False
    1   GYN   6  OV_MERGED        True
    2    HA   1  OV_MERGED        True
    """
    k = effective_k(k)
    sizes = pd.Series(sizes).astype("int64")
    sizes = sizes[sizes > 0]
    groups = [str(g) for g in sizes.index]
    n = {g: int(v) for g, v in zip(groups, sizes.to_numpy())}
    hidden = {g for g in groups if n[g] < k}
    if hidden and sum(n[g] for g in hidden) < k:
        place = {g: i for i, g in enumerate(groups)}
        visible = sorted((g for g in groups if g not in hidden), key=lambda g: (n[g], place[g]))
        if visible:
            hidden.add(visible[0])
    merged = bool(hidden) and sum(n[g] for g in hidden) >= k
    shown_as = [(MERGED_GROUP if merged else pd.NA) if g in hidden else g for g in groups]
    return pd.DataFrame(
        {
            "group": pd.Series(groups, dtype="str"),
            "n": pd.Series([n[g] for g in groups], dtype="int64"),
            "shown_as": pd.Series(shown_as, dtype="str"),
            "suppressed": pd.Series([g in hidden for g in groups], dtype="bool"),
        }
    )


def group_sizes(answers: pd.DataFrame, grouping: str, instrument) -> pd.Series:
    """Respondents per group of one session, in the instrument's order (roles or echelons).

    The order decides ties in :func:`visible_groups` (which smallest group joins the hidden
    ones), so every caller must use this same order as :mod:`vsvkit.scoring` does.
    """
    codes = (
        [r.code for r in instrument.roles]
        if grouping == "profession"
        else [e.code for e in instrument.echelons]
    )
    rank = {c: i for i, c in enumerate(codes)}
    people = answers.drop_duplicates(
        ["session", "respondent"] if "session" in answers else "respondent"
    )
    sizes = people.groupby(grouping, observed=True, sort=False).size()
    return sizes.sort_index(key=lambda idx: idx.map(lambda c: (rank.get(c, len(rank)), c)))


def can_show_group(sizes: pd.Series, group: str, k: int | None) -> bool:
    """Whether the figures of one group may be shown on their own (e.g. a filter on it).

    True only when the group is visible under :func:`visible_groups`; the merged group
    :data:`MERGED_GROUP` may be shown when it exists.
    """
    table = visible_groups(sizes, k)
    if group == MERGED_GROUP:
        return bool((table["shown_as"] == MERGED_GROUP).any())
    row = table[table["group"] == group]
    return bool(len(row) == 1 and not row["suppressed"].iloc[0])


def suppress_small_groups(
    table: pd.DataFrame, sizes: pd.Series, k: int | None, group_col: str = "group"
) -> pd.DataFrame:
    """Blank the figures of groups that may not be shown, in any per-group table.

    Every column other than ``group_col`` becomes missing in rows of suppressed groups, and a
    ``suppressed`` column is added. Rows of groups not in ``sizes`` (or with size 0) are
    treated as suppressed. A row for :data:`MERGED_GROUP` is kept only when the merged group
    exists; the caller computes its figures.
    """
    decision = visible_groups(sizes, k)
    shown = set(decision.loc[~decision["suppressed"], "group"])
    if (decision["shown_as"] == MERGED_GROUP).any():
        shown.add(MERGED_GROUP)
    out = table.copy()
    hide = ~out[group_col].astype("str").isin(shown).to_numpy()
    for col in out.columns:
        if col == group_col:
            continue
        if hide.any():
            if pd.api.types.is_bool_dtype(out[col]):
                out[col] = out[col].astype("boolean")
            elif pd.api.types.is_integer_dtype(out[col]):
                out[col] = out[col].astype("Int64")
            out.loc[hide, col] = pd.NA if out[col].dtype == object else np.nan
    out["suppressed"] = hide
    return out


def _decide_many(
    session: np.ndarray, n: np.ndarray, k: np.ndarray, rank: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`visible_groups` for many sessions at once (vectorised, same rule).

    Parameters are aligned arrays, one entry per (session, group) with ``n > 0``: ``session``
    (int index 0..S-1), ``n`` (group size), ``k`` (effective k of that session, already >= 3)
    and ``rank`` (order of the group code, for ties). Returns ``(suppressed, merged)``: boolean
    arrays; ``merged`` marks groups counted in :data:`MERGED_GROUP`.
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
    # the smallest visible group of each session (ties: lowest rank)
    vis = np.flatnonzero(~hidden)
    order = vis[np.lexsort((rank[vis], n[vis], session[vis]))]
    first = order[np.r_[True, session[order][1:] != session[order][:-1]]] if len(order) else order
    add = first[need_extra[session[first]]]
    hidden = hidden.copy()
    hidden[add] = True
    merged_sum = np.bincount(session, weights=n * hidden, minlength=n_sessions)
    merged = hidden & (merged_sum[session] >= k)
    return hidden, merged
