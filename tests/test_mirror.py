"""The mirror's privacy decisions agree with the score tables, ties included."""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit import scoring
from vsvkit.mirror import filter_options
from vsvkit.privacy import MERGED_GROUP


def _answers(instrument, counts: dict[str, int]) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    rows = []
    respondent = 0
    echelon = {r.code: r.echelon for r in instrument.roles}
    for profession, n in counts.items():
        for _ in range(n):
            respondent += 1
            for item in instrument.all_items:
                rows.append(
                    (0, respondent, profession, echelon[profession], item.code, item.domain,
                     float(rng.integers(1, 5)), False, item.desired)
                )  # fmt: skip
    return pd.DataFrame(rows, columns=list(scoring.SCORING_COLUMNS))


def test_tie_for_complementary_suppression_is_broken_the_same_way(instrument):
    # ZV and PH (1 each) are hidden and together below k=5, so the smallest visible group joins
    # them. OGV and KA tie at 7: the instrument's role order (OGV before KA) decides, everywhere.
    answers = _answers(instrument, {"KA": 7, "VK": 20, "PH": 1, "OGV": 7, "ZV": 1})
    answers["echelon"] = "tweede_lijn"  # one echelon: only the profession grouping decides
    scores = scoring.Scores(answers, instrument, min_group_size=5)
    decision = scores.group_status(by="profession")
    hidden = set(decision.loc[decision["status"] != "shown", "group"])
    assert hidden == {"OGV", "ZV", "PH"}
    assert set(decision.loc[decision["shown_as"] == MERGED_GROUP, "group"]) == hidden

    table = scoring.domain_scores(answers, instrument, by="profession", min_group_size=5)
    suppressed = set(table.loc[table["suppressed"], "group"])
    assert suppressed == hidden
    assert set(table.loc[~table["suppressed"], "group"]) == {"VK", "KA", MERGED_GROUP}

    groups = {g: scores.group_status(by=g) for g in ("profession", "echelon")}
    allowed = {
        g
        for grouping, g, status in filter_options(groups)
        if grouping == "profession" and status == "shown"
    }
    assert allowed == {"VK", "KA", MERGED_GROUP}
