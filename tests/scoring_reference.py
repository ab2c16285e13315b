"""An independent, straightforward per-session scoring (plain pandas), for tests and benchmark.

Deliberately written the slow, obvious way: for each session, filter, then pandas groupby and
Series methods. Used to check the vectorised vsvkit.scoring and as the benchmark baseline.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from vsvkit.privacy import MERGED_GROUP


def _consensus(x: pd.Series) -> float:
    mu = x.mean()
    return 1 + sum(math.log2(1 - abs(v - mu) / 3) for v in x) / len(x)


def _split(x: pd.Series, rule) -> bool:
    """Camps at both ends: at least pole_share of the values within pole_width of 1 and of 4."""
    low = (x <= 1 + rule.pole_width + 1e-9).mean()
    high = (x >= 4 - rule.pole_width - 1e-9).mean()
    poles = low >= rule.pole_share - 1e-9 and high >= rule.pole_share - 1e-9
    low_consensus = rule.max_consensus is not None and _consensus(x) < rule.max_consensus
    return bool(poles or low_consensus)


def _describe(scores: pd.Series, inst) -> dict:
    x = scores.dropna()
    if len(x) == 0:
        return {"n": 0, "mean": np.nan, "median": np.nan, "iqr": np.nan, "consensus": np.nan}
    return {
        "n": len(x),
        "mean": x.mean(),
        "median": x.median(),
        "iqr": x.quantile(0.75) - x.quantile(0.25),
        "consensus": _consensus(x),
        "split": _split(x, inst.split),
    }


def respondent_domain_scores(sess: pd.DataFrame, inst) -> pd.DataFrame:
    scored = sess[~sess["desired"]]
    rows = []
    for (resp, dom), cells in scored.groupby(["respondent", "domain"], observed=True):
        n_items = len(inst.domain(dom).items)
        answered = cells["value"].notna().sum()
        ok = answered / n_items >= inst.min_answered_share - 1e-9 and answered > 0
        rows.append(
            {
                "respondent": resp,
                "profession": cells["profession"].iloc[0],
                "domain": dom,
                "score": cells["value"].mean() if ok else np.nan,
            }
        )
    return pd.DataFrame(rows)


def reference_all(answers: pd.DataFrame, inst, shown: dict[str, pd.DataFrame]) -> dict[str, Any]:
    """Domain scores (VSV level and per profession) and profession gaps, the obvious way.

    Which profession groups are shown where is the privacy decision's (``shown``: the
    ``session, group, domain`` rows of ``domain_scores(by="profession")`` that are shown, and
    ``members``: ``session, profession, shown_as``); its safety is tested by the audit, not here.
    """
    members, shown_cells_ = shown["members"], shown["cells"]
    dom_rows, prof_rows, gap_rows = [], [], []
    for session in sorted(answers["session"].unique()):
        sess = answers[answers["session"] == session]
        rs = respondent_domain_scores(sess, inst)
        m = members[members["session"] == session]
        rs["group"] = rs["profession"].map(dict(zip(m["group"], m["shown_as"])))
        scored = sess[~sess["desired"]]
        for dom in inst.domain_codes:
            here = (shown_cells_["session"] == session) & (shown_cells_["domain"] == dom)
            ok = set(shown_cells_.loc[here, "group"])
            d = rs[rs["domain"] == dom]
            d = d.assign(shown=d["group"].where(d["group"].isin(ok)))
            cells = scored[scored["domain"] == dom]
            dk = cells["dont_know"].sum() / (
                cells["value"].notna().sum() + cells["dont_know"].sum()
            )
            means = d.dropna(subset=["shown"]).groupby("shown")["score"].mean().dropna()
            row = {"session": session, "domain": dom, **_describe(d["score"], inst)}
            row["dont_know"] = dk
            row["balanced_mean"] = means.mean() if len(means) else np.nan
            dom_rows.append(row)
            for group, part in d.dropna(subset=["shown"]).groupby("shown"):
                desc = _describe(part["score"], inst)
                prof_rows.append({"session": session, "group": group, "domain": dom, **desc})
            if len(means) >= 2:
                gap_rows.append(
                    {
                        "session": session,
                        "domain": dom,
                        "max_group": means.idxmax(),
                        "min_group": means.idxmin(),
                        "gap": means.max() - means.min(),
                    }
                )
    return {
        "domain": pd.DataFrame(dom_rows),
        "profession": pd.DataFrame(prof_rows),
        "gaps": pd.DataFrame(gap_rows),
        "merged": MERGED_GROUP,
    }


def shown_cells(scores) -> dict[str, pd.DataFrame]:
    """The privacy decision of a ``vsvkit.scoring.Scores`` in the form reference_all takes."""
    bp = scores.domain_scores(by="profession")
    return {
        "members": scores.group_status(by="profession"),
        "cells": bp.loc[~bp["suppressed"], ["session", "group", "domain"]],
    }
