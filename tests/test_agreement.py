"""Tests of vsvkit.scoring.agreement: consensus, quantiles, split."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vsvkit.scoring.agreement import SplitRule, consensus, describe_counts, describe_values


def _one(values, **kw):
    x = np.asarray(values, dtype=float)
    d = describe_values(np.zeros(len(x), dtype=int), x, 1, **kw)
    return {k: v[0] for k, v in d.items()}


def _counts(values):
    return np.bincount(np.asarray(values, dtype=int) - 1, minlength=4)[None, :]


def test_perfect_split():
    # half 1, half 4: mu = 2.5, |x - mu| = 1.5 -> log2(1 - 0.5) = -1 -> Cns = 1 - 1 = 0
    # half of the answers at each end (>= a quarter) -> split
    d = _one([1, 1, 4, 4])
    assert d["consensus"] == pytest.approx(0.0)
    assert bool(d["split"])
    assert d["iqr"] == 3.0  # q1 = 1, q3 = 4 (positions 0.75 and 2.25 in [1, 1, 4, 4])
    c = describe_counts(_counts([1, 1, 4, 4]))
    assert c["consensus"][0] == pytest.approx(0.0) and bool(c["split"][0])


def _both(values, **kw) -> bool:
    """The split flag from the values and from their counts; the two must agree."""
    by_values = bool(_one(values, **kw)["split"])
    by_counts = bool(describe_counts(_counts(values), **kw)["split"][0])
    assert by_values == by_counts, values
    return by_values


def test_two_camps_are_split():
    # 3x niet + 2x volledig: 60% and 40% at the two ends (>= 25% each) -> split.
    # mu = 2.2: Cns = 1 + 0.6 * log2(1 - 1.2/3) + 0.4 * log2(1 - 1.8/3) = 0.0290
    room = [1, 1, 1, 4, 4]
    assert _one(room)["consensus"] == pytest.approx(1 + 0.6 * math.log2(0.6) + 0.4 * math.log2(0.4))
    assert _one(room)["consensus"] == pytest.approx(0.03, abs=0.001)
    assert _both(room)
    # 6 vs 4 at the two ends, either way round -> split
    assert _both([1] * 6 + [4] * 4)
    assert _both([1] * 4 + [4] * 6)
    # two camps with a few in the middle: 3 + 3 at the ends of 10 (30% each) -> split
    assert _both([1, 1, 1, 2, 2, 3, 3, 4, 4, 4])


def test_middle_answers_and_agreement_are_not_split():
    # 40% / 60% on the two middle answers: nobody at an end -> not split
    assert not _both([2] * 4 + [3] * 6)
    assert not _both([2] * 2 + [3] * 3)
    # everybody gives the same answer, also at an end: the other end is empty
    for answer in (1, 2, 3, 4):
        assert not _both([answer] * 7)
    # a lone voice at each end of 6 (1/6 < 1/4) -> not split
    assert not _both([1, 2, 2, 3, 3, 4])
    # a camp at one end only -> not split
    assert not _both([1, 1, 1, 3, 3])
    assert not _both([2, 2, 4, 4])


def test_uniform_spread_is_split():
    # a quarter on each answer: exactly a quarter says "niet" and a quarter "volledig";
    # "at least a quarter at each end" holds, so the room is split (no one level fits it)
    assert _both([1, 2, 3, 4])
    assert _both([1, 2, 3, 4] * 5)
    # one answer 1 fewer in 19 (4/19 < 1/4) -> not split
    assert not _both([1] * 4 + [2, 3] * 5 + [4] * 5)


def test_domain_scores_split_at_both_ends():
    # domain scores are means of a respondent's answers; the ends are <= 1.5 and >= 3.5
    assert bool(_one([1.2, 1.4, 1.0, 3.6, 3.8, 4.0])["split"])  # two camps of three
    assert bool(_one([1.5, 1.5, 3.5, 3.5, 2.5, 2.5, 2.5, 2.5])["split"])  # 1.5 and 3.5 count
    assert not _one([1.6, 1.6, 3.4, 3.4])["split"]  # divided, but not at the ends
    assert not _one([1.2, 1.4, 3.4, 3.4])["split"]  # one end only
    assert not _one([1.2, 2.4, 2.6, 2.8, 3.6, 3.8, 2.0, 3.0, 2.2])["split"]  # 1/9 at the low end


def test_split_rule_parameters():
    # a wider end: 1..2 and 3..4 -> 40% / 60% on the middle answers is split too
    wide = SplitRule(pole_share=0.25, pole_width=1.0)
    assert _both([2] * 4 + [3] * 6, split=wide)
    # a stricter share: 6 vs 4 at the ends is 40% at one end < 45%
    assert not _both([1] * 6 + [4] * 4, split=SplitRule(pole_share=0.45))
    # pole width 0 for domain scores: only the scores 1.0 and 4.0 are at an end
    assert not _one([1.2, 1.2, 3.8, 3.8], split=SplitRule(pole_width=0.0))["split"]
    assert bool(_one([1.0, 1.0, 4.0, 4.0], split=SplitRule(pole_width=0.0))["split"])
    # the optional consensus part: 4x niet + 1x volledig has 20% at the high end (not split
    # by the ends) and Cns = 1 + 0.8 * log2(0.8) + 0.2 * log2(0.2) = 0.278
    lone = [1, 1, 1, 1, 4]
    assert _one(lone)["consensus"] == pytest.approx(1 + 0.8 * math.log2(0.8) + 0.2 * math.log2(0.2))
    assert not _both(lone)
    assert _both(lone, split=SplitRule(max_consensus=0.3))
    assert not _both(lone, split=SplitRule(max_consensus=0.25))
    # empty groups are never split
    empty = describe_counts(np.zeros((1, 4), dtype=int), split=SplitRule(max_consensus=0.5))
    assert not empty["split"][0]


def test_quantiles_hand_computed():
    # sorted [1, 1, 4, 4]; q1 at position 3 * 0.25 = 0.75 -> 1 + 0.75 * 0 = 1;
    # q3 at 2.25 -> 4 + 0.25 * 0 = 4; median at 1.5 -> 1 + 0.5 * 3 = 2.5
    d = _one([1, 1, 4, 4])
    assert (d["q1"], d["median"], d["q3"]) == (1.0, 2.5, 4.0)
    # [1, 2, 3, 4, 4]: q1 at 1.0 -> 2; median at 2 -> 3; q3 at 3 -> 4
    d = _one([4, 1, 3, 2, 4])
    assert (d["q1"], d["median"], d["q3"], d["iqr"]) == (2.0, 3.0, 4.0, 2.0)


def test_everybody_equal():
    d = _one([3, 3, 3, 3])
    assert d["consensus"] == pytest.approx(1.0) and not d["split"] and d["iqr"] == 0
    c = describe_counts(_counts([3, 3, 3, 3]))
    assert c["consensus"][0] == pytest.approx(1.0) and not c["split"][0]


def test_one_respondent():
    d = _one([2.4])
    assert d["consensus"] == pytest.approx(1.0) and d["iqr"] == 0 and d["n"] == 1
    assert d["median"] == pytest.approx(2.4)


def test_consensus_hand_computed():
    # answers 2, 3, 3, 4: mu = 3; |x - mu| = 1, 0, 0, 1
    # Cns = 1 + (1/4) * [2 * log2(1 - 1/3) + 2 * log2(1)] = 1 + 0.5 * log2(2/3) = 0.70752...
    expected = 1 + 0.5 * math.log2(2 / 3)
    assert consensus([2, 3, 3, 4]) == pytest.approx(expected)
    assert _one([2, 3, 3, 4])["consensus"] == pytest.approx(expected)
    assert describe_counts(_counts([2, 3, 3, 4]))["consensus"][0] == pytest.approx(expected)
    assert math.isnan(consensus([]))


def test_split_edges():
    # 1,1,2,3,4,4: 2/6 at each end (>= 1/4) -> split
    assert bool(_one([1, 1, 2, 3, 4, 4])["split"])
    # 1,2,2,2,2,4: 1/6 at each end -> not split
    assert not _one([1, 2, 2, 2, 2, 4])["split"]
    # 1,1,1,3,3: nobody answered 4 -> not split
    assert not _one([1, 1, 1, 3, 3])["split"]
    # 1,1,3,3,3,3: no answer 4 either
    assert not _one([1, 1, 3, 3, 3, 3])["split"]
    # 2,2,4,4: nobody answered 1 -> not split
    assert not _one([2, 2, 4, 4])["split"]
    # domain scores: 1.2,1.4,3.4,3.4 has no score >= 3.5; 1.2,1.4,3.6,3.6 half at each end
    assert not _one([1.2, 1.4, 3.4, 3.4])["split"]
    assert bool(_one([1.2, 1.4, 3.6, 3.6])["split"])


def test_counts_equal_values_and_numpy_on_random_groups():
    rng = np.random.default_rng(3)
    n_keys = 40
    key = rng.integers(0, n_keys, size=900)
    x = rng.integers(1, 5, size=900).astype(float)
    v = describe_values(key, x, n_keys + 1)  # the last key is empty
    counts = np.zeros((n_keys + 1, 4), dtype=int)
    np.add.at(counts, (key, x.astype(int) - 1), 1)
    c = describe_counts(counts)
    for name in ("n", "mean", "median", "q1", "q3", "iqr", "consensus"):
        np.testing.assert_allclose(v[name], c[name], equal_nan=True, err_msg=name)
    np.testing.assert_array_equal(v["split"], c["split"])
    for g in range(n_keys):
        xs = x[key == g]
        assert v["median"][g] == pytest.approx(np.median(xs))
        assert v["q1"][g] == pytest.approx(np.quantile(xs, 0.25))
        assert v["q3"][g] == pytest.approx(np.quantile(xs, 0.75))
        assert v["consensus"][g] == pytest.approx(consensus(xs))
    assert v["n"][n_keys] == 0 and np.isnan(v["mean"][n_keys]) and not v["split"][n_keys]
