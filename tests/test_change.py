"""Change over time: hand-computed changes, bootstrap interval properties, participation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from vsvkit import scoring
from vsvkit.change import (
    CHANGE_COLUMNS,
    ITEM_CHANGE_COLUMNS,
    domain_change,
    item_change,
    participation,
)
from vsvkit.errors import VsvkitError
from vsvkit.privacy import MERGED_GROUP


def wave(instrument, people, *, session=1, profession="VK"):
    """Scoring input: ``people`` is a list of dicts item code -> value (1..4, "dk", or absent).

    A dict may also hold ``"*"``: the value of every scored item not named, and ``"prof"``.
    """
    rows = []
    for r, answers in enumerate(people, start=1):
        default = answers.get("*")
        prof = answers.get("prof", profession)
        for item in instrument.all_items:
            v = answers.get(item.code, None if item.desired else default)
            dk = v == "dk"
            rows.append(
                {
                    "session": session,
                    "respondent": r,
                    "profession": prof,
                    "echelon": "eerste_lijn",
                    "item": item.code,
                    "domain": item.domain,
                    "value": np.nan if (v is None or dk) else float(v),
                    "dont_know": dk,
                    "desired": item.desired,
                }
            )
    return pd.DataFrame(rows)


def flat(instrument, values, **kw):
    """One respondent per value, answering every scored item with that value."""
    return wave(instrument, [{"*": v} for v in values], **kw)


def pct(mean):
    return (mean - 1) / 3 * 100


def test_change_is_after_mean_minus_before_mean_in_pct(instrument):
    before = flat(instrument, [1, 2, 3])
    # after: 2, 3, 4 and one respondent with 3 of 5 CLI items answered (4, 4, 1 -> score 3)
    people = [{"*": 2}, {"*": 3}, {"*": 4}, {"*": 3, "CLI1": 4, "CLI2": 4, "CLI3": 1}]
    people[3].update({"CLI4": None, "CLI5": "dk"})
    after = wave(instrument, people, session=2)
    out = domain_change(before, after, instrument, min_group_size=3, n_boot=500)
    assert list(out.columns) == list(CHANGE_COLUMNS)
    assert list(out["domain"]) == list(instrument.domain_codes)
    cli = out.set_index("domain").loc["CLI"]
    assert cli["before_pct"] == pytest.approx(pct(2.0))  # mean of 1, 2, 3
    assert cli["after_pct"] == pytest.approx(pct(3.0))  # mean of 2, 3, 4, 3
    assert cli["change"] == pytest.approx(100 / 3)
    assert (cli["n_before"], cli["n_after"]) == (3, 4)
    assert bool(cli["small_sample"]) and not bool(cli["suppressed"])
    # levels from the instrument's cut-offs: 33.3 -> afstemming (2), 66.7 -> coordinatie (3)
    assert (cli["level_before"], cli["level_after"]) == (2, 3)
    # the point estimates are scoring's domain scores
    ds = scoring.domain_scores(after, instrument, min_group_size=3)
    np.testing.assert_allclose(out["after_pct"], ds["pct"])


def test_respondent_below_answered_share_has_no_score(instrument):
    # 2 of 5 CLI items answered (< 60%): no CLI score for that respondent
    people = [{"*": 2}] * 10 + [
        {"*": 4, "CLI1": 4, "CLI2": 4} | {f"CLI{i}": None for i in (3, 4, 5)}
    ]
    before = wave(instrument, people)
    after = flat(instrument, [3] * 11, session=2)
    out = domain_change(before, after, instrument, n_boot=200).set_index("domain")
    assert out.loc["CLI", "n_before"] == 10
    assert out.loc["CLI", "before_pct"] == pytest.approx(pct(2.0))
    assert out.loc["COO", "n_before"] == 11
    assert out.loc["COO", "before_pct"] == pytest.approx(pct((10 * 2 + 4) / 11))


def test_everyone_identical_gives_zero_width_interval(instrument):
    out = domain_change(
        flat(instrument, [2] * 12), flat(instrument, [3] * 15, session=2), instrument
    )
    np.testing.assert_allclose(out["change"], 100 / 3)
    np.testing.assert_array_equal(out["ci_low"], out["change"])
    np.testing.assert_array_equal(out["ci_high"], out["change"])
    assert not out["small_sample"].any()


def _spread_waves(instrument, reps=1):
    rng = np.random.default_rng(7)
    b = rng.integers(1, 5, size=20).tolist() * reps
    a = rng.integers(2, 5, size=20).tolist() * reps
    return flat(instrument, b), flat(instrument, a, session=2)


def test_interval_contains_estimate_and_matches_normal_approximation(instrument):
    before, after = _spread_waves(instrument, reps=3)
    out = domain_change(before, after, instrument, n_boot=4000, seed=1)
    assert (out["ci_low"] <= out["change"]).all() and (out["change"] <= out["ci_high"]).all()
    # independent check: for n = 60 per wave the percentile interval is close to
    # change +- 1.96 * sqrt(var_b / n_b + var_a / n_a) (population variances: the bootstrap's)
    b = pct(before.drop_duplicates("respondent")["value"].to_numpy())
    a = pct(after.drop_duplicates("respondent")["value"].to_numpy())
    se = np.sqrt(b.var() / len(b) + a.var() / len(a))
    half = (out["ci_high"] - out["ci_low"]) / 2
    np.testing.assert_allclose(half, 1.96 * se, rtol=0.1)
    np.testing.assert_allclose(out["change"], a.mean() - b.mean())


def test_interval_narrows_with_more_respondents(instrument):
    small = domain_change(*_spread_waves(instrument, reps=1), instrument, seed=3)
    large = domain_change(*_spread_waves(instrument, reps=4), instrument, seed=3)
    np.testing.assert_allclose(small["change"], large["change"])  # same distribution
    w_small = small["ci_high"] - small["ci_low"]
    w_large = large["ci_high"] - large["ci_low"]
    # four times the respondents: the width roughly halves (1 / sqrt(4))
    assert (w_large < 0.65 * w_small).all()
    assert (w_large > 0.35 * w_small).all()


def test_same_seed_same_interval_other_seed_other_interval(instrument):
    before, after = _spread_waves(instrument, reps=3)
    one = domain_change(before, after, instrument, seed=11)
    two = domain_change(before, after, instrument, seed=11)
    pd.testing.assert_frame_equal(one, two)
    other = domain_change(before, after, instrument, seed=12)
    bounds = ["ci_low", "ci_high"]
    assert not np.allclose(one[bounds].to_numpy(), other[bounds].to_numpy())
    np.testing.assert_allclose(one["change"], other["change"])


def test_small_sample_flag_at_ten_respondents(instrument):
    nine = domain_change(flat(instrument, [2, 3] * 5), flat(instrument, [3] * 9), instrument)
    ten = domain_change(flat(instrument, [2, 3] * 5), flat(instrument, [3] * 10), instrument)
    assert nine["small_sample"].all()
    assert not ten["small_sample"].any()


def test_wave_below_min_group_size_is_suppressed(instrument):
    out = domain_change(flat(instrument, [2] * 4), flat(instrument, [3] * 12), instrument)
    assert out["suppressed"].all()
    assert out[["before_pct", "change", "ci_low", "ci_high"]].isna().all().all()
    assert out["n_before"].isna().all()
    assert (out["n_after"] == 12).all()


def test_item_change_by_hand(instrument):
    before = flat(instrument, [2] * 6)
    # after: CLI1 answers 4, 4, 4, 1, dk, blank -> mean 13/4 over n = 4
    people = [{"*": 3, "CLI1": v} for v in (4, 4, 4, 1, "dk", None)]
    after = wave(instrument, people, session=2)
    out = item_change(before, after, instrument, n_boot=300)
    assert list(out.columns) == list(ITEM_CHANGE_COLUMNS)
    assert list(out["item"]) == [i.code for i in instrument.items]
    row = out.set_index("item").loc["CLI1"]
    assert row["after_pct"] == pytest.approx(pct(13 / 4))
    assert row["change"] == pytest.approx(pct(13 / 4) - pct(2))
    assert (row["n_before"], row["n_after"]) == (6, 4)
    assert row["ci_low"] <= row["change"] <= row["ci_high"]
    other = out.set_index("item").loc["COO1"]
    assert other["ci_low"] == other["ci_high"] == pytest.approx(100 / 3)
    # item pcts equal scoring.item_scores
    ref = scoring.item_scores(after, instrument)
    np.testing.assert_allclose(out["after_pct"], ref["pct"])


def test_demo_sessions_point_estimates_equal_domain_scores(demo_store, instrument):
    s = demo_store.sessions()
    ids = s[s["vsv"] == "VSV Voorbeeldstad"].sort_values("date")["id"].tolist()
    before = demo_store.answers([ids[0]], instrument=instrument)
    after = demo_store.answers([ids[1]], instrument=instrument)
    out = domain_change(before, after, instrument)
    ds_b = scoring.domain_scores(before, instrument)
    ds_a = scoring.domain_scores(after, instrument)
    np.testing.assert_allclose(out["before_pct"], ds_b["pct"])
    np.testing.assert_allclose(out["change"], ds_a["pct"] - ds_b["pct"])
    assert list(out["n_before"]) == list(ds_b["n"])
    assert list(out["level_after"]) == list(ds_a["level"])
    assert (out["ci_low"] < out["change"]).all() and (out["change"] < out["ci_high"]).all()
    # the planted SUP improvement (+0.7 latent) is clearly positive
    assert out.set_index("domain").loc["SUP", "ci_low"] > 0


def test_participation_hides_small_groups_and_their_n(instrument):
    before = wave(instrument, [{"*": 2, "prof": p} for p in ["VK"] * 6 + ["GYN"] * 5 + ["HA"]])
    after = wave(instrument, [{"*": 3, "prof": p} for p in ["VK"] * 7 + ["KZ"] * 5], session=2)
    out = participation(before, after, instrument, 5)
    b = out[out["wave"] == "before"].set_index("group")
    # HA (1) alone below 5 -> the smallest visible group (GYN) joins it: merged n = 6
    assert b.loc["VK", "n"] == 6 and not b.loc["VK", "suppressed"]
    assert b.loc[MERGED_GROUP, "n"] == 6
    assert b.loc["HA", "suppressed"] and pd.isna(b.loc["HA", "n"])
    assert b.loc["GYN", "suppressed"] and pd.isna(b.loc["GYN", "n"])
    # shown counts add up to the wave total: nothing left to recover by subtraction
    assert int(b["n"].sum()) == 12
    a = out[out["wave"] == "after"].set_index("group")
    assert dict(a["n"]) == {"VK": 7, "KZ": 5}
    assert list(out.columns) == ["wave", "group", "n", "suppressed"]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"n_boot": 10}, "n_boot"),
        ({"confidence": 95}, "confidence"),
        ({"min_n": 1}, "min_n"),
    ],
)
def test_bad_arguments_say_what_is_allowed(instrument, kwargs, message):
    with pytest.raises(VsvkitError, match=message):
        domain_change(flat(instrument, [2] * 5), flat(instrument, [3] * 5), instrument, **kwargs)


def test_bad_answers_give_scoring_error(instrument):
    bad = flat(instrument, [2] * 5)
    bad.loc[0, "value"] = 7.0
    with pytest.raises(VsvkitError, match="out of range"):
        domain_change(bad, flat(instrument, [3] * 5), instrument)


def test_a_domain_few_have_a_score_in_is_not_compared(instrument):
    # after: 6 members, but only 4 of them answer enough COO statements for a COO score
    before = flat(instrument, [2] * 6)
    people = [{"*": 3} for _ in range(6)]
    for p in people[4:]:
        p.update({f"COO{i}": None for i in range(1, 6)})
    after = wave(instrument, people, session=2)
    out = domain_change(before, after, instrument, min_group_size=5, n_boot=200).set_index("domain")
    coo = out.loc["COO"]
    assert coo["suppressed"] and np.isnan(coo["after_pct"]) and np.isnan(coo["change"])
    assert pd.isna(coo["n_after"]) and coo["before_pct"] == pytest.approx(pct(2))
    cli = out.loc["CLI"]  # everybody has a CLI score: compared
    assert not cli["suppressed"] and cli["change"] == pytest.approx(pct(3) - pct(2))
