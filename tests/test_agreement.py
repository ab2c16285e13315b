"""Tests of vsvkit.agreement: consensus, quantiles, split."""

from __future__ import annotations

import math

import numpy as np
import pytest

from vsvkit.agreement import consensus, describe_counts, describe_values


def _one(values, **kw):
    x = np.asarray(values, dtype=float)
    d = describe_values(np.zeros(len(x), dtype=int), x, 1, **kw)
    return {k: v[0] for k, v in d.items()}


def _counts(values):
    return np.bincount(np.asarray(values, dtype=int) - 1, minlength=4)[None, :]


def test_perfect_split():
    # half 1, half 4: mu = 2.5, |x - mu| = 1.5 -> log2(1 - 0.5) = -1 -> Cns = 1 - 1 = 0
    # median 2.5: all four answers lie 1.5 > 1 from it (share 1.0 > 0.4) and both ends used
    d = _one([1, 1, 4, 4])
    assert d["consensus"] == pytest.approx(0.0)
    assert bool(d["split"])
    assert d["iqr"] == 3.0  # q1 = 1, q3 = 4 (positions 0.75 and 2.25 in [1, 1, 4, 4])
    c = describe_counts(_counts([1, 1, 4, 4]))
    assert c["consensus"][0] == pytest.approx(0.0) and bool(c["split"][0])


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
    # 1,1,2,3,4,4: median 2.5; 1,1,4,4 are 1.5 away (> 1): 4/6 > 0.4, both ends -> split
    assert bool(_one([1, 1, 2, 3, 4, 4])["split"])
    # 1,2,2,2,2,4: median 2; only the 4 is > 1 away: 1/6 <= 0.4 -> not split
    assert not _one([1, 2, 2, 2, 2, 4])["split"]
    # 1,1,1,3,3: median 1; 3s are 2 away: 2/5 = 0.4 is not MORE than 0.4 -> not split
    assert not _one([1, 1, 1, 3, 3])["split"]
    # 1,1,3,3,3,3: median 3, 1s are 2 away: 2/6 -> not split; and no answer 4 anyway
    assert not _one([1, 1, 3, 3, 3, 3])["split"]
    # 2,2,4,4: far share 1.0 (median 3, all 1 away -> not > 1) -> not split
    assert not _one([2, 2, 4, 4])["split"]
    # far share high but only one end used: 1,1,1,3.5?  domain scores: 1.2,1.4,3.4,3.4 (no >= 3.5)
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
