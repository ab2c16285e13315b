"""Where members differ: group gaps and the suggested discussion points of a meeting.

Both functions are also available from :mod:`vsvkit.scoring`.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._matrix import _matrix
from ._tables import _domain_table, _item_table
from .errors import VsvkitError
from .instrument import Instrument

__all__ = ["group_gaps", "discussion_points", "DISCUSSION_KINDS"]

#: The kinds of discussion point, in the order they are listed.
DISCUSSION_KINDS = ("low_score", "low_agreement", "large_gap", "dont_know")
_EPS = 1e-9


def _gaps_from_table(table: pd.DataFrame, instrument: Instrument, by: str) -> pd.DataFrame:
    shown = table[~table["suppressed"].to_numpy(dtype=bool)]
    shown = shown[shown["mean"].notna()]
    order = {c: i for i, c in enumerate(instrument.domain_codes)}
    keys = table[["session", "domain"]].drop_duplicates().reset_index(drop=True)
    ranked = shown.assign(_d=shown["domain"].map(order)).sort_values(
        ["session", "_d", "mean", "group"], kind="stable"
    )
    grouped = ranked.groupby(["session", "domain"], sort=False, observed=True)
    low = grouped.head(1).set_index(["session", "domain"])
    high = grouped.tail(1).set_index(["session", "domain"])
    count = grouped.size()
    out = keys.set_index(["session", "domain"])
    out["by"] = by
    out["max_group"] = high["group"].reindex(out.index)
    out["max_mean"] = high["mean"].reindex(out.index)
    out["min_group"] = low["group"].reindex(out.index)
    out["min_mean"] = low["mean"].reindex(out.index)
    enough = count.reindex(out.index).fillna(0).to_numpy() >= 2
    for col in ("max_group", "max_mean", "min_group", "min_mean"):
        out.loc[~enough, col] = np.nan if col.endswith("mean") else pd.NA
    out["gap"] = out["max_mean"] - out["min_mean"]
    out["discussion"] = (out["gap"] >= instrument.gap_threshold - _EPS).fillna(False).astype(bool)
    out = out.reset_index()
    out["by"] = out["by"].astype("str")
    out["max_group"] = out["max_group"].astype("str")
    out["min_group"] = out["min_group"].astype("str")
    return out[
        [
            "session",
            "by",
            "domain",
            "max_group",
            "max_mean",
            "min_group",
            "min_mean",
            "gap",
            "discussion",
        ]
    ]


def group_gaps(
    answers: pd.DataFrame, instrument: Instrument, *, by: str = "profession", min_group_size=None
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
    table = _domain_table(_matrix(answers, instrument), instrument, by, min_group_size)
    return _gaps_from_table(table, instrument, by)


def discussion_points(
    answers: pd.DataFrame,
    instrument: Instrument,
    *,
    top: int = 3,
    gap_by: str = "profession",
    dont_know_min: float = 0.2,
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
    m = _matrix(answers, instrument)
    dom = _domain_table(m, instrument, None, min_group_size)
    items = _item_table(m, instrument, None, min_group_size)
    gaps = _gaps_from_table(
        _domain_table(m, instrument, gap_by, min_group_size), instrument, gap_by
    )
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

    dom = dom[~dom["suppressed"]]
    items = items[~items["suppressed"]]
    pick(dom, "low_score", "mean", True, False)
    pick(items, "low_agreement", "consensus", True, True)
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
