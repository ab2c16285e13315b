"""Primary suppression: one grouping's small groups merged or hidden (step 1 of the decision)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.privacy.codes import MERGED_GROUP, effective_k

__all__ = ["visible_groups", "primary"]


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
    suppressed, merged = primary(
        np.zeros(len(n), np.int64), n, np.full(len(n), effective_k(k)), np.arange(len(n))
    )
    # None for a suppressed group (a 0-d object array: numpy's stubs take no bare None here)
    names = np.where(suppressed, np.array(None, dtype=object), sizes.index.astype(str))
    shown_as = np.where(merged, MERGED_GROUP, names)
    return pd.DataFrame(
        {
            "group": pd.Series([str(g) for g in sizes.index], dtype="str"),
            "n": pd.Series(n, dtype="int64"),
            "shown_as": pd.Series(shown_as, dtype="str"),
            "suppressed": pd.Series(suppressed, dtype="bool"),
        }
    )


def primary(session, n, k, rank) -> tuple[np.ndarray, np.ndarray]:
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
