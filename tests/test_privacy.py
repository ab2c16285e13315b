"""Tests of vsvkit.privacy: which groups may be shown."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from vsvkit.privacy import (
    MERGED_GROUP,
    _decide_many,
    can_show_group,
    suppress_small_groups,
    visible_groups,
)


def _rows(table):
    return {
        r.group: (None if pd.isna(r.shown_as) else r.shown_as, bool(r.suppressed))
        for r in table.itertuples()
    }


def test_one_small_gp_is_merged_with_next_smallest_group():
    # HA 1 < 5 and alone below k -> the smallest visible group (GYN 6) joins it: 1 + 6 = 7 >= 5
    table = visible_groups(pd.Series({"VK": 30, "GYN": 6, "KV": 8, "HA": 1}), 5)
    assert _rows(table) == {
        "VK": ("VK", False),
        "GYN": (MERGED_GROUP, True),
        "KV": ("KV", False),
        "HA": (MERGED_GROUP, True),
    }
    # no hidden group is recoverable: total - visible = 45 - 38 = 7 = the merged group
    assert table.loc[~table.suppressed, "n"].sum() == 38


def test_two_small_groups_reaching_k_are_merged_and_shown():
    table = visible_groups(pd.Series({"VK": 20, "HA": 2, "KA": 3}), 5)
    assert _rows(table) == {
        "VK": ("VK", False),
        "HA": (MERGED_GROUP, True),
        "KA": (MERGED_GROUP, True),
    }


def test_two_small_groups_below_k_pull_in_next_smallest():
    # HA 1 + KA 2 = 3 < 5: their total would be recoverable -> GYN (5) joins; VK stays
    table = visible_groups(pd.Series({"VK": 20, "GYN": 5, "HA": 1, "KA": 2}), 5)
    assert _rows(table)["GYN"] == (MERGED_GROUP, True)
    assert _rows(table)["VK"] == ("VK", False)


def test_everyone_in_one_profession():
    assert _rows(visible_groups(pd.Series({"VK": 12}), 5)) == {"VK": ("VK", False)}
    # and a single group below k is not shown at all
    assert _rows(visible_groups(pd.Series({"VK": 4}), 5)) == {"VK": (None, True)}


def test_all_groups_small_and_below_k_together_are_suppressed():
    table = visible_groups(pd.Series({"HA": 1, "KA": 2}), 5)
    assert table["suppressed"].all() and table["shown_as"].isna().all()


def test_k_below_three_uses_three():
    # with k=1 requested, 3 is used: HA 2 < 3 is hidden; 2 alone < 3 -> GYN 3 joins
    table = visible_groups(pd.Series({"VK": 10, "GYN": 3, "HA": 2}), 1)
    assert _rows(table)["HA"] == (MERGED_GROUP, True)
    assert _rows(table)["GYN"] == (MERGED_GROUP, True)
    assert not can_show_group(pd.Series({"VK": 10, "HA": 2}), "HA", 0)


def test_zero_sized_groups_are_ignored():
    table = visible_groups(pd.Series({"VK": 10, "HA": 0}), 5)
    assert list(table["group"]) == ["VK"]


def test_can_show_group():
    sizes = pd.Series({"VK": 30, "GYN": 6, "KV": 8, "HA": 1})
    assert can_show_group(sizes, "VK", 5)
    assert can_show_group(sizes, "KV", 5)
    assert not can_show_group(sizes, "GYN", 5)  # complementary
    assert not can_show_group(sizes, "HA", 5)
    assert not can_show_group(sizes, "KA", 5)  # not present
    assert can_show_group(sizes, MERGED_GROUP, 5)
    assert not can_show_group(pd.Series({"VK": 30, "GYN": 6}), MERGED_GROUP, 5)


def test_suppress_small_groups_blanks_figures():
    sizes = pd.Series({"VK": 30, "GYN": 6, "KV": 8, "HA": 1})
    table = pd.DataFrame(
        {
            "group": ["VK", "GYN", "KV", "HA", MERGED_GROUP],
            "mean": [3.0, 2.0, 2.5, 1.0, 1.8],
            "n": [30, 6, 8, 1, 7],
        }
    )
    out = suppress_small_groups(table, sizes, 5)
    assert list(out["suppressed"]) == [False, True, False, True, False]
    assert out.loc[out.suppressed, "mean"].isna().all()
    assert out.loc[out.suppressed, "n"].isna().all()
    assert list(out.loc[~out.suppressed, "mean"]) == [3.0, 2.5, 1.8]


def test_vectorised_decision_equals_visible_groups():
    rng = np.random.default_rng(7)
    codes = ["VK", "HA", "GYN", "KV", "KA", "KZ", "MGT"]
    sess, n, k, rank, expected = [], [], [], [], []
    for s in range(120):
        kk = int(rng.integers(3, 7))
        sizes = pd.Series(rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 20], size=len(codes)), index=codes)
        table = visible_groups(sizes, kk)
        for r in table.itertuples():
            sess.append(s)
            n.append(r.n)
            k.append(kk)
            rank.append(codes.index(r.group))
            expected.append((bool(r.suppressed), r.shown_as == MERGED_GROUP))
    suppressed, merged = _decide_many(np.array(sess), np.array(n), np.array(k), np.array(rank))
    got = list(zip(suppressed.tolist(), merged.tolist()))
    assert got == [(a, bool(b) if not pd.isna(b) else False) for a, b in expected]


@pytest.mark.parametrize("k", [3, 5, 8])
def test_no_hidden_group_recoverable(k):
    rng = np.random.default_rng(k)
    for _ in range(80):
        sizes = pd.Series(rng.integers(1, 12, size=5), index=list("ABCDE"))
        table = visible_groups(sizes, k)
        hidden = table[table.suppressed]
        shown = table[~table.suppressed]
        assert (shown["n"] >= k).all()
        # what total minus visible reveals is either nothing or a set of >= k respondents
        # that holds at least two groups
        if len(hidden):
            assert hidden["n"].sum() >= k or len(shown) == 0
            assert len(hidden) >= 2 or len(shown) == 0
