"""Where members differ: group gaps and the suggested discussion points of a meeting.

Both functions are also available from :mod:`vsvkit.scoring`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.scoring.matrix import Answers, respondent_matrix
from vsvkit.scoring.tables import domain_table, item_table

__all__ = [
    "group_gaps",
    "discussion_points",
    "discussion_points_of",
    "DISCUSSION_KINDS",
    "DONT_KNOW_MIN",
    "high_dont_know",
]

#: The kinds of discussion point, in the order they are listed.
DISCUSSION_KINDS = ("low_score", "low_agreement", "large_gap", "dont_know")
#: From this "weet niet" share on, an item is a discussion point (and a domain's share is high).
DONT_KNOW_MIN = 0.2
_EPS = 1e-9


def high_dont_know(share: float, threshold: float = DONT_KNOW_MIN) -> bool:
    """Whether a "weet niet" share (0..1) is high: at least ``threshold`` (NaN is not)."""
    return bool(share >= threshold - _EPS)


def _gaps_from_table(table: pd.DataFrame, instrument: Instrument, by: str) -> pd.DataFrame:
    """Gaps from a per-group domain table (the output of ``domain_table``).

    ``table`` holds one row per (session, group) key and domain, domains in instrument order
    fastest, keys sorted by session. Per session and domain the shown groups with a mean are
    ordered by (mean, group code): the first is ``min_group``, the last ``max_group``.
    """
    n_dom = len(instrument.domain_codes)
    n_rows = len(table)
    n_keys = n_rows // n_dom
    mean = table["mean"].to_numpy(dtype=float, na_value=np.nan)
    ok = ~table["suppressed"].to_numpy(dtype=bool) & ~np.isnan(mean)
    key_session = table["session"].to_numpy(dtype=np.int64)[::n_dom]
    s_idx, sessions = pd.factorize(key_session, sort=True)
    n_cells = len(sessions) * n_dom
    cell = (np.repeat(s_idx, n_dom) * n_dom + np.tile(np.arange(n_dom), n_keys))[ok]
    labels = table["group"].to_numpy(dtype=object)[::n_dom]
    g_rank, g_names = pd.factorize(labels, sort=True)  # ties: order of the group code
    row_g = np.repeat(g_rank, n_dom)[ok]
    row_mean = mean[ok]
    order = np.lexsort((row_g, row_mean, cell))
    count = np.bincount(cell, minlength=n_cells)
    enough = count >= 2
    end = np.cumsum(count)
    start = end - count
    low = order[start[enough]]
    high = order[end[enough] - 1]
    names = np.asarray(g_names, dtype=object)

    def pick(rows: np.ndarray, values: np.ndarray, fill):
        out = np.full(n_cells, fill, dtype=values.dtype)
        out[enough] = values[rows]
        return out

    max_mean = pick(high, row_mean, np.nan)
    min_mean = pick(low, row_mean, np.nan)
    max_group = pick(high, names[row_g], None)
    min_group = pick(low, names[row_g], None)
    gap = max_mean - min_mean
    with np.errstate(invalid="ignore"):
        discussion = gap >= instrument.gap_threshold - _EPS
    return pd.DataFrame(
        {
            "session": np.repeat(np.asarray(sessions, dtype=np.int64), n_dom),
            "by": pd.Series([by] * n_cells, dtype="str"),
            "domain": pd.Series(
                np.tile(np.array(instrument.domain_codes, dtype=object), len(sessions)), dtype="str"
            ),
            "max_group": pd.Series(max_group, dtype="str"),
            "max_mean": max_mean,
            "min_group": pd.Series(min_group, dtype="str"),
            "min_mean": min_mean,
            "gap": gap,
            "discussion": discussion,
        }
    )


def group_gaps(
    answers: Answers, instrument: Instrument, *, by: str = "profession", min_group_size=None
) -> pd.DataFrame:
    """The largest difference between group means per session and domain.

    Returns ``session, by, domain, max_group, max_mean, min_group, min_mean, gap, discussion``.

    Notes
    -----
    Only groups shown under the privacy rule count (visible groups and the merged group
    ``OV_MERGED``); a suppressed group is never named here. ``gap = max_mean - min_mean`` over the
    shown groups with a domain score; NaN (groups NA) when fewer than two such groups exist.
    ``discussion`` is ``gap >= instrument.gap_threshold`` (0.75 scale points; compared with a
    1e-9 tolerance so that float rounding of e.g. 3.25 - 2.5 does not decide).
    """
    if by not in ("profession", "echelon"):
        raise VsvkitError(f"group_gaps needs by='profession' or by='echelon', got {by!r}")
    table = domain_table(respondent_matrix(answers, instrument), instrument, by, min_group_size)
    return _gaps_from_table(table, instrument, by)


def discussion_points(
    answers: Answers,
    instrument: Instrument,
    *,
    top: int = 3,
    gap_by: str = "profession",
    dont_know_min: float = DONT_KNOW_MIN,
    min_group_size=None,
) -> pd.DataFrame:
    """Suggested discussion points per session, ranked within each kind.

    Returns ``session, kind, domain, item, value, rank`` (``item`` NA for domain-level points).

    Notes
    -----
    Per session, at most ``top`` (default 3) points of each kind:

    * ``low_score``: the domains with the lowest mean (value = mean, 1..4);
    * ``low_agreement``: the scored items with the lowest consensus (value = consensus, 0..1);
    * ``large_gap``: the domains whose ``gap_by`` gap is a discussion point (>= gap_threshold),
      largest first (value = gap); fewer or none when fewer domains reach the threshold;
    * ``dont_know``: the scored items with the highest "weet niet" share, only shares of at least
      ``dont_know_min`` (default 20%; value = share).

    Ties keep questionnaire order. A session below the minimum group size gets no points (its
    figures are suppressed).
    """
    m = respondent_matrix(answers, instrument)
    return discussion_points_of(
        domain_table(m, instrument, None, min_group_size),
        item_table(m, instrument, None, min_group_size),
        instrument,
        gaps=_gaps_from_table(
            domain_table(m, instrument, gap_by, min_group_size), instrument, gap_by
        ),
        top=top,
        dont_know_min=dont_know_min,
    )


def discussion_points_of(
    domain_scores: pd.DataFrame,
    item_scores: pd.DataFrame,
    instrument: Instrument,
    *,
    gaps: pd.DataFrame | None = None,
    top: int = 3,
    dont_know_min: float = DONT_KNOW_MIN,
) -> pd.DataFrame:
    """:func:`discussion_points` from tables already computed (e.g. one group's rows).

    ``domain_scores`` and ``item_scores`` are tables of :mod:`vsvkit.scoring` with a
    ``session`` column and no ``group`` column; without ``gaps`` there are no ``large_gap``
    points (a view of one group has no groups to compare).
    """
    dom, items = domain_scores, item_scores
    parts = []

    def pick(frame, kind, value_col, ascending, with_item):
        frame = frame[frame[value_col].notna()]
        frame = frame.assign(_pos=np.arange(len(frame)))
        frame = frame.sort_values(["session", value_col, "_pos"], ascending=[True, ascending, True])
        frame = frame.groupby("session", sort=False).head(top)
        part = pd.DataFrame(
            {
                "session": frame["session"].to_numpy(),
                "kind": kind,
                "domain": frame["domain"].to_numpy(),
                "item": frame["item"].to_numpy() if with_item else pd.NA,
                "value": frame[value_col].to_numpy(dtype=float),
            }
        )
        part["rank"] = part.groupby("session").cumcount() + 1
        parts.append(part)

    dom = dom[~dom["suppressed"].astype(bool)]
    items = items[~items["suppressed"].astype(bool)]
    pick(dom, "low_score", "mean", True, False)
    pick(items, "low_agreement", "consensus", True, True)
    if gaps is not None:
        pick(gaps[gaps["discussion"]], "large_gap", "gap", False, False)
    pick(items[items["dont_know"] >= dont_know_min - _EPS], "dont_know", "dont_know", False, True)
    out = pd.concat(parts, ignore_index=True)
    kind_order = {k: i for i, k in enumerate(DISCUSSION_KINDS)}
    out = out.sort_values(
        ["session", "kind", "rank"], key=lambda c: c.map(kind_order) if c.name == "kind" else c
    ).reset_index(drop=True)
    for col in ("kind", "domain", "item"):
        out[col] = out[col].astype("str")
    out["rank"] = out["rank"].astype(np.int64)
    return out
