"""Tests of vsvkit.scoring against hand computations and an independent per-session loop."""

from __future__ import annotations

import math
from fractions import Fraction
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from scoring_reference import reference_all, shown_cells

from vsvkit import scoring
from vsvkit.errors import VsvkitError
from vsvkit.privacy import MERGED_GROUP

DK = "dk"


def make_answers(instrument, people, session=1):
    """people: {respondent: (profession, {item: value | DK})}; unnamed items are blank."""
    ech = {r.code: r.echelon for r in instrument.roles}
    rows = []
    for resp, (prof, given) in people.items():
        for item in instrument.all_items:
            v = given.get(item.code)
            rows.append(
                {
                    "session": session,
                    "respondent": resp,
                    "profession": prof,
                    "echelon": ech[prof],
                    "item": item.code,
                    "domain": item.domain,
                    "value": np.nan if v in (None, DK) else float(v),
                    "dont_know": v == DK,
                    "desired": item.desired,
                }
            )
    return pd.DataFrame(rows)


def items(prefix, values):
    return {f"{prefix}{i}": v for i, v in enumerate(values, 1) if v is not None}


@pytest.fixture
def small(instrument):
    people = {
        1: ("VK", {**items("CLI", [4, 4, 3, 3, DK]), "CLI_W": 4, **items("COO", [4] * 5)}),
        2: ("VK", {**items("CLI", [2, 2, 2]), "CLI_W": 3, **items("COO", [4] * 5)}),
        3: ("VK", {**items("CLI", [1, DK, DK]), **items("COO", [4] * 5)}),
        4: ("GYN", {**items("CLI", [3] * 5), "CLI_W": 2, **items("COO", [1] * 5)}),
        5: ("GYN", {**items("CLI", [2] * 5), **items("COO", [1] * 5)}),
        6: ("GYN", {**items("CLI", [3, 3, 3, 4, 4]), **items("COO", [1] * 5)}),
    }
    for p in people.values():
        p[1].update(items("ORG", [DK] * 5))
    return make_answers(instrument, people)


def row(table, **where):
    sel = np.ones(len(table), dtype=bool)
    for k, v in where.items():
        sel &= (table[k] == v).to_numpy()
    assert sel.sum() == 1, where
    return table[sel].iloc[0]


def test_respondent_scores_hand(small, instrument):
    rs = scoring.respondent_scores(small, instrument)
    cli = rs[rs.domain == "CLI"].set_index("respondent")
    # R1: 4+4+3+3 = 14 over 4 answered (4/5 >= 60%) -> 3.5; R2: 6/3 = 2.0 (3/5 = 60%)
    # R3: 1 answered of 5 (20% < 60%) -> no score
    assert cli.loc[1, "score"] == 3.5 and cli.loc[2, "score"] == 2.0
    assert math.isnan(cli.loc[3, "score"])
    assert (cli.loc[1, "n_answered"], cli.loc[1, "n_dont_know"], cli.loc[3, "n_dont_know"]) == (
        4,
        1,
        2,
    )
    assert cli.loc[6, "score"] == pytest.approx(17 / 5)
    assert cli.loc[1, "pct"] == pytest.approx((3.5 - 1) / 3 * 100)


def test_domain_scores_hand(small, instrument):
    ds = scoring.domain_scores(small, instrument, min_group_size=3)
    cli = row(ds, domain="CLI")
    # scores 3.5, 2.0, (none), 3.0, 2.0, 3.4 -> sorted [2, 2, 3, 3.4, 3.5]
    assert cli["n"] == 5
    assert cli["mean"] == pytest.approx(13.9 / 5)  # 2.78
    assert cli["median"] == 3.0
    assert cli["q1"] == 2.0 and cli["q3"] == pytest.approx(3.4)  # positions 1 and 3
    assert cli["iqr"] == pytest.approx(1.4)
    assert cli["pct"] == pytest.approx((2.78 - 1) / 3 * 100)  # 59.33 -> level 3 (50-75)
    assert cli["level"] == 3
    # in CLI only 2 of the 3 VK members have a score (< k = 3): VK is not shown there, and
    # GYN neither (CLI total 5 - GYN 3 = VK's 2), so no profession mean enters the balanced mean
    assert math.isnan(cli["balanced_mean"])
    # COO: VK 4.0 (3 people), GYN 1.0 (3 people) -> balanced (4 + 1) / 2
    assert row(ds, domain="COO")["balanced_mean"] == pytest.approx(2.5)
    # consensus on the five scores, mu = 2.78
    xs = [3.5, 2.0, 3.0, 2.0, 3.4]
    cns = 1 + sum(math.log2(1 - abs(x - 2.78) / 3) for x in xs) / 5
    assert cli["consensus"] == pytest.approx(cns)
    assert not cli["split"]  # nobody more than 1 from the median 3
    # weet niet: R1 1 + R3 2 = 3; answered 4+3+1+5+5+5 = 23 -> 3 / 26
    assert cli["dont_know"] == pytest.approx(3 / 26)
    # desired: R1 4, R2 3, R4 2 -> 3.0, pct 66.67
    assert cli["desired_mean"] == 3.0 and cli["desired_pct"] == pytest.approx(200 / 3)

    coo = row(ds, domain="COO")
    # three 4s and three 1s: perfect split, consensus 0, no level
    assert bool(coo["split"]) and coo["consensus"] == pytest.approx(0.0)
    assert pd.isna(coo["level"]) and coo["mean"] == 2.5

    org = row(ds, domain="ORG")  # all "weet niet"
    assert org["n"] == 0 and math.isnan(org["mean"]) and pd.isna(org["level"])
    assert org["dont_know"] == 1.0
    sup = row(ds, domain="SUP")  # all blank: nothing given
    assert sup["n"] == 0 and math.isnan(sup["dont_know"])
    assert not ds["suppressed"].any()


def test_small_session_is_suppressed(small, instrument):
    ds = scoring.domain_scores(small, instrument)  # k = 5 > ... no: 6 respondents >= 5
    assert not ds["suppressed"].any()
    ds = scoring.domain_scores(small, instrument, min_group_size=7)
    assert ds["suppressed"].all() and ds["mean"].isna().all() and ds["n"].isna().all()


def test_by_profession_and_gaps(small, instrument):
    ds = scoring.domain_scores(small, instrument, by="profession", min_group_size=3)
    # VK has 2 scores in CLI (< k = 3): not shown there; GYN (3) neither, because the CLI
    # total (5) minus GYN would give VK's 2 scores
    vk = row(ds, group="VK", domain="CLI")
    assert pd.isna(vk["n"]) and math.isnan(vk["mean"]) and vk["reason"] == "too_few"
    gyn = row(ds, group="GYN", domain="CLI")
    assert pd.isna(gyn["n"]) and gyn["reason"] == "protected"
    assert row(ds, group="VK", domain="COO")["mean"] == 4.0
    assert row(ds, group="GYN", domain="COO")["mean"] == 1.0
    gaps = scoring.group_gaps(small, instrument, by="profession", min_group_size=3)
    coo = row(gaps, domain="COO")
    # VK 4.0 vs GYN 1.0 -> gap 3 >= 0.75
    assert (coo["max_group"], coo["min_group"], coo["gap"], coo["discussion"]) == (
        "VK",
        "GYN",
        3.0,
        True,
    )
    cli = row(gaps, domain="CLI")  # no group shown in CLI: no gap
    assert math.isnan(cli["gap"]) and not cli["discussion"]
    org = row(gaps, domain="ORG")
    assert math.isnan(org["gap"]) and not org["discussion"]


def test_gap_threshold_boundary(instrument):
    # VK mean 3.25 (answers 3,3,4,3 -> 13/4), GYN mean 2.5 -> gap exactly 0.75 -> discussion
    people = {i: ("VK", items("CLI", [3, 3, 4, 3])) for i in range(1, 4)}
    people.update({i: ("GYN", items("CLI", [2, 3, 2, 3])) for i in range(4, 7)})
    gaps = scoring.group_gaps(make_answers(instrument, people), instrument, min_group_size=3)
    cli = row(gaps, domain="CLI")
    assert cli["gap"] == pytest.approx(0.75) and cli["discussion"]


def test_privacy_in_group_tables(instrument):
    # VK 6, GYN 5, HA 1 with k=5: HA hidden, GYN joins -> OV_MERGED (6 respondents)
    people = {i: ("VK", items("CLI", [4] * 5)) for i in range(1, 7)}
    people.update({i: ("GYN", items("CLI", [2] * 5)) for i in range(7, 12)})
    people[12] = ("HA", items("CLI", [1] * 5))
    answers = make_answers(instrument, people)
    # one echelon for everybody, so that only the profession grouping decides here (with the
    # usual echelons, eerste lijn 7 minus VK 6 would give the GP: see tests/test_privacy.py)
    answers["echelon"] = "eerste_lijn"
    ds = scoring.domain_scores(answers, instrument, by="profession")
    cli = ds[ds.domain == "CLI"].set_index("group")
    assert list(cli.index) == ["VK", "HA", "GYN", MERGED_GROUP]  # instrument role order
    assert list(cli["suppressed"]) == [False, True, True, False]
    assert cli.loc[["GYN", "HA"], ["n", "mean", "consensus", "level"]].isna().all().all()
    # merged: five 2s and one 1 -> mean 11/6
    assert cli.loc[MERGED_GROUP, "n"] == 6
    assert cli.loc[MERGED_GROUP, "mean"] == pytest.approx(11 / 6)
    # balanced mean over shown groups: VK 4 and merged 11/6 -> (4 + 11/6) / 2
    total = scoring.domain_scores(answers, instrument)
    assert row(total, domain="CLI")["balanced_mean"] == pytest.approx((4 + 11 / 6) / 2)
    gaps = scoring.group_gaps(answers, instrument)
    assert set(row(gaps, domain="CLI")[["max_group", "min_group"]]) == {"VK", MERGED_GROUP}
    its = scoring.item_scores(answers, instrument, by="profession")
    assert its.loc[its.group == "HA", "mean"].isna().all()
    assert its.loc[its.group == "HA", "suppressed"].all()
    dist = scoring.item_distribution(answers, instrument, by="profession")
    assert dist.loc[dist.group == "HA", "count"].isna().all()
    assert not any(dist.loc[~dist.suppressed, "group"] == "HA")


def test_total_score(instrument):
    people = {i: ("VK", {c.code: 2 for c in instrument.items}) for i in range(1, 6)}
    people[1][1]["CLI1"] = 4  # R1 CLI = (4 + 2*4)/5 = 2.4 -> CLI mean (2.4 + 4*2)/5 = 2.08
    answers = make_answers(instrument, people)
    tot = scoring.total_score(answers, instrument)
    # mean of the six domain means: (2.08 + 5 * 2) / 6 = 2.01333
    assert tot["mean"].iloc[0] == pytest.approx((2.08 + 10) / 6)
    assert tot["level"].iloc[0] == 2  # pct 33.8
    # a domain without any score -> no total
    tot = scoring.total_score(
        make_answers(instrument, {1: ("VK", items("CLI", [3] * 5))}), instrument, min_group_size=3
    )
    assert tot["suppressed"].iloc[0]  # 1 respondent < 3


def test_item_scores_and_distribution_hand(small, instrument):
    its = scoring.item_scores(small, instrument, min_group_size=3)
    cli1 = row(its, item="CLI1")
    # answers 4, 2, 1, 3, 2, 3: mean 15/6 = 2.5, median 2.5, q1 pos 1.25 -> 2, q3 pos 3.75 -> 3
    assert cli1["n"] == 6 and cli1["mean"] == 2.5 and cli1["median"] == 2.5
    assert cli1["iqr"] == 1.0 and cli1["dont_know"] == 0
    cli5 = row(its, item="CLI5")  # R1 dk; R4..R6 3, 2, 4
    assert cli5["n"] == 3 and cli5["dont_know"] == pytest.approx(1 / 4)
    assert set(its["item"]) == {i.code for i in instrument.items}
    dist = scoring.item_distribution(small, instrument, min_group_size=3)
    c1 = dist[dist.item == "CLI1"].set_index("answer")
    assert list(c1.index) == [1, 2, 3, 4, "dont_know"]
    assert list(c1["count"]) == [1, 2, 2, 1, 0]
    assert c1.loc[2, "share"] == pytest.approx(2 / 6)
    c5 = dist[dist.item == "CLI5"].set_index("answer")
    assert c5.loc["dont_know", "share"] == pytest.approx(1 / 4)
    assert c5.loc[4, "share"] == pytest.approx(1 / 3)


def test_cronbach_alpha_against_numpy(instrument):
    rng = np.random.default_rng(5)
    mat = np.clip(rng.integers(1, 5, size=(12, 1)) + rng.integers(-1, 2, size=(12, 5)), 1, 4)
    people = {i + 1: ("VK", items("CLI", list(mat[i]))) for i in range(12)}
    people[13] = ("VK", items("CLI", [4, 4, None, 4, 4]))  # incomplete: left out (listwise)
    out = scoring.cronbach_alpha(make_answers(instrument, people), instrument)
    cli = row(out, domain="CLI")
    k = 5
    expected = k / (k - 1) * (1 - mat.var(axis=0, ddof=1).sum() / mat.sum(axis=1).var(ddof=1))
    assert cli["n"] == 12 and cli["alpha"] == pytest.approx(expected)
    assert math.isnan(row(out, domain="COO")["alpha"]) and row(out, domain="COO")["n"] == 0


def test_discussion_points(small, instrument):
    dp = scoring.discussion_points(small, instrument, min_group_size=3)
    low = dp[dp.kind == "low_score"]
    # domain means: CLI 2.78, COO 2.5 (others none) -> COO first
    assert list(low["domain"]) == ["COO", "CLI"] and list(low["rank"]) == [1, 2]
    gap = dp[dp.kind == "large_gap"]
    assert list(gap["domain"]) == ["COO"] and gap["value"].iloc[0] == 3.0
    dk = dp[dp.kind == "dont_know"]
    # ORG items: all weet niet (share 1.0); then CLI5 (1/4 >= 0.2)
    assert list(dk["item"])[:3] == ["ORG1", "ORG2", "ORG3"] and (dk["value"] == 1.0).all()
    agree = dp[dp.kind == "low_agreement"]
    assert len(agree) == 3 and (agree["value"].diff().dropna() >= 0).all()


def test_vectorised_equals_per_session_loop(instrument):
    from vsvkit.sample import national_answers

    answers = national_answers(12, 25, seed=4, instrument=instrument)
    s = scoring.Scores(answers, instrument, min_group_size=5)
    ref = reference_all(answers, instrument, shown_cells(s))
    ds = s.domain_scores().set_index(["session", "domain"])
    rd = ref["domain"].set_index(["session", "domain"])
    for col in ("n", "mean", "median", "iqr", "consensus", "dont_know", "balanced_mean"):
        np.testing.assert_allclose(
            ds.loc[rd.index, col].to_numpy(dtype=float),
            rd[col].to_numpy(dtype=float),
            equal_nan=True,
            err_msg=col,
        )
    assert list(ds.loc[rd.index, "split"].astype(bool)) == list(rd["split"].astype(bool))
    bp = s.domain_scores(by="profession")
    bp = bp[~bp.suppressed].set_index(["session", "group", "domain"])
    rp = ref["profession"].set_index(["session", "group", "domain"])
    assert sorted(bp.index) == sorted(rp.index)
    for col in ("n", "mean", "median", "iqr", "consensus"):
        np.testing.assert_allclose(
            bp.loc[rp.index, col].to_numpy(dtype=float),
            rp[col].to_numpy(dtype=float),
            equal_nan=True,
            err_msg=col,
        )
    gaps = s.group_gaps(by="profession").dropna(subset=["gap"]).set_index(["session", "domain"])
    rg = ref["gaps"].set_index(["session", "domain"])
    assert sorted(gaps.index) == sorted(rg.index)
    np.testing.assert_allclose(gaps.loc[rg.index, "gap"], rg["gap"])
    assert (gaps.loc[rg.index, "max_group"] == rg["max_group"]).all()


def test_prepare(instrument):
    respondents = pd.DataFrame(
        {"respondent": [1, 2], "profession": ["VK", "HA"], "echelon": ["eerste_lijn"] * 2}
    )
    answers = pd.DataFrame(
        {
            "respondent": [1, 1, 2],
            "item": ["CLI1", "CLI_W", "COO2"],
            "value": [3.0, np.nan, np.nan],
            "dont_know": [False, False, True],
        }
    )
    responses = SimpleNamespace(
        respondents=respondents, answers=answers, remarks=None, source_name="x.csv", checksum=""
    )
    out = scoring.prepare(responses, instrument, session=7)
    assert list(out.columns) == list(scoring.SCORING_COLUMNS)
    assert list(out["session"]) == [7, 7, 7]
    assert list(out["profession"]) == ["VK", "VK", "HA"]
    assert list(out["domain"]) == ["CLI", "CLI", "COO"]
    assert list(out["desired"]) == [False, True, False]
    bad = SimpleNamespace(
        **{**vars(responses), "answers": answers.assign(item=["CLI1", "XX9", "COO2"])}
    )
    with pytest.raises(VsvkitError, match="XX9"):
        scoring.prepare(bad, instrument)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda a: a.drop(columns="desired"), "missing column"),
        (lambda a: a.assign(value=a["value"].where(a.index != 0, 7.0)), "value 7.0"),
        (lambda a: a.assign(value=a["value"].where(a.index != 0, 2.5)), "out of range"),
        (lambda a: a.assign(item=a["item"].where(a.index != 0, "ZZ1")), "ZZ1"),
        (lambda a: pd.concat([a, a.iloc[:1]]), "more than once"),
    ],
)
def test_bad_input_gives_clear_error(small, instrument, change, message):
    with pytest.raises(VsvkitError, match=message):
        scoring.domain_scores(change(small), instrument)


def test_row_order_does_not_matter(small, instrument):
    # the ordered fast path and the general (hashing) path give the same tables
    shuffled = small.sample(frac=1.0, random_state=3).reset_index(drop=True)
    a = scoring.domain_scores(small, instrument, by="profession", min_group_size=3)
    b = scoring.domain_scores(shuffled, instrument, by="profession", min_group_size=3)
    pd.testing.assert_frame_equal(a, b)


def test_whole_respondent_block_twice_is_refused(small, instrument):
    # rows in instrument order, but one respondent's block appears twice (the fast reshape path
    # must not take it)
    n_items = len(instrument.all_items)
    twice = pd.concat([small, small.iloc[n_items : 2 * n_items]], ignore_index=True)
    with pytest.raises(VsvkitError, match="respondent 2 of session 1 has item CLI1 more than"):
        scoring.domain_scores(twice, instrument)


def test_respondent_blocks_in_any_order(small, instrument):
    # whole respondent blocks in reverse order: item order regular, respondents not sorted
    n_items = len(instrument.all_items)
    blocks = [small.iloc[i : i + n_items] for i in range(0, len(small), n_items)]
    reversed_blocks = pd.concat(blocks[::-1], ignore_index=True)
    a = scoring.domain_scores(small, instrument, by="profession", min_group_size=3)
    b = scoring.domain_scores(reversed_blocks, instrument, by="profession", min_group_size=3)
    pd.testing.assert_frame_equal(a, b)
    ra = scoring.respondent_scores(small, instrument)
    rb = scoring.respondent_scores(reversed_blocks, instrument)
    pd.testing.assert_frame_equal(ra, rb)


def test_row_order_with_sparse_respondent_numbers(small, instrument):
    # respondent numbers far apart take the hashing path instead of the dense key table
    sparse = small.assign(respondent=small["respondent"] * 10_000_019)
    shuffled = sparse.sample(frac=1.0, random_state=5).reset_index(drop=True)
    a = scoring.domain_scores(small, instrument, by="profession", min_group_size=3)
    b = scoring.domain_scores(shuffled, instrument, by="profession", min_group_size=3)
    pd.testing.assert_frame_equal(a, b)
    rs = scoring.respondent_scores(shuffled, instrument)
    assert list(rs["respondent"].unique()) == [r * 10_000_019 for r in range(1, 7)]


@pytest.mark.parametrize("reverse_categories", [False, True])
def test_categorical_columns_give_the_same_tables(small, instrument, reverse_categories):
    # category order need not be the instrument's; rows in order take the reshape path,
    # shuffled rows the scatter path, and both equal the str-column result
    codes = [i.code for i in instrument.all_items]
    cats = codes[::-1] if reverse_categories else codes
    as_cat = small.assign(
        item=pd.Categorical(small["item"], categories=cats),
        profession=small["profession"].astype("category"),
        echelon=small["echelon"].astype("category"),
    )
    expected = scoring.domain_scores(small, instrument, by="profession", min_group_size=3)
    for frame in (as_cat, as_cat.sample(frac=1.0, random_state=1)):
        got = scoring.domain_scores(frame, instrument, by="profession", min_group_size=3)
        pd.testing.assert_frame_equal(got, expected)


def test_complementary_suppression_tie_follows_code_order(instrument):
    # VK 17, OGV 7, KA 7, ZV 1, PH 1 with k = 5: ZV + PH (2) stay below k, so the smallest
    # visible group joins them; OGV and KA tie at 7 and OGV comes first in the instrument's
    # role order (VK, HA, GYN, KV, OGV, KA, ...), so OGV is merged (7 + 1 + 1 = 9) and KA shown
    mix = [("VK", 17), ("KA", 7), ("OGV", 7), ("ZV", 1), ("PH", 1)]
    people, r = {}, 0
    for prof, n in mix:
        for _ in range(n):
            r += 1
            answered = {}
            for d in instrument.domain_codes:
                answered.update(items(d, [1 + r % 4] * 5))
            people[r] = (prof, answered)
    answers = make_answers(instrument, people)
    table = scoring.domain_scores(answers, instrument, by="profession", min_group_size=5)
    cli = table[table.domain == "CLI"].set_index("group")
    assert list(cli.index[~cli.suppressed]) == ["VK", "KA", MERGED_GROUP]
    assert cli.loc[MERGED_GROUP, "n"] == 9 and cli.loc["KA", "n"] == 7
    assert cli.loc[["OGV", "ZV", "PH"], "suppressed"].all()
    s = scoring.Scores(answers, instrument, min_group_size=5)
    ref = reference_all(answers, instrument, shown_cells(s))["profession"]
    assert sorted(ref.loc[ref.domain == "CLI", "group"]) == sorted(["VK", "KA", MERGED_GROUP])


# -- levels at exact cut-offs ----------------------------------------------------------------


def _answers_with_item_sums(instrument, sums: np.ndarray) -> pd.DataFrame:
    """sums[s, r, d]: respondent r of session s answers the items of domain d with this sum
    (5..20 over 5 items, spread as evenly as possible); every respondent is a VK."""
    n_sess, n_resp, n_dom = sums.shape
    rows = []
    for d, dom in enumerate(instrument.domains):
        n_items = len(dom.items)
        base, extra = np.divmod(sums[:, :, d], n_items)
        for j, item in enumerate(dom.items):
            value = base + (j < extra)
            rows.append(
                pd.DataFrame(
                    {
                        "session": np.repeat(np.arange(1, n_sess + 1), n_resp),
                        "respondent": np.tile(np.arange(1, n_resp + 1), n_sess),
                        "item": item.code,
                        "domain": dom.code,
                        "value": value.ravel().astype(float),
                    }
                )
            )
    out = pd.concat(rows, ignore_index=True)
    out["profession"], out["echelon"] = "VK", "eerste_lijn"
    out["dont_know"], out["desired"] = False, False
    return out.sort_values(["session", "respondent"], kind="stable", ignore_index=True)


def test_levels_of_float_sums_just_below_a_cut_off(instrument):
    # Sessions of 8..40 respondents whose exact domain mean is on a cut-off (1.75, 2.5, 3.25 =
    # 25, 50, 75 percent of maximum) or anywhere. The float mean often lands a hair below the
    # cut-off (pct 74.99999999999997); the level must be that of the exact fraction.
    # Respondent scores stay within 1.6..3.4 (item sums 8..17), so no domain is split and every
    # domain has a level.
    rng = np.random.default_rng(11)
    n_sess, n_resp, n_dom = 240, 40, len(instrument.domains)
    sizes = rng.choice(np.arange(8, n_resp + 1, 4), size=n_sess)
    cutoffs = [Fraction(25), Fraction(50), Fraction(75)]
    sums = rng.integers(8, 18, size=(n_sess, n_resp, n_dom))
    targets = {}
    for s in range(n_sess):
        sums[s, sizes[s] :] = 0  # respondents beyond the session's size do not exist
        for d in range(n_dom):
            if (s + d) % 4 == 3:
                continue  # a random mean
            cut = cutoffs[(s + d) % 4]
            part = sums[s, : sizes[s], d]
            diff = int((1 + cut * 3 / 100) * 5 * sizes[s]) - int(part.sum())
            j = 0
            while diff:  # move respondents' sums towards the exact total, within 8..17
                step = int(np.clip(diff, 8 - part[j], 17 - part[j]))
                part[j] += step
                diff -= step
                j += 1
            targets[(s + 1, instrument.domains[d].code)] = cut
    answers = _answers_with_item_sums(instrument, sums)
    answers = answers[answers["value"] > 0]
    table = scoring.domain_scores(answers, instrument).set_index(["session", "domain"])

    starts = [Fraction(lv.start) for lv in instrument.levels]
    hair_below = dict.fromkeys(cutoffs, 0)
    for s in range(n_sess):
        for d, dom in enumerate(instrument.domains):
            part = sums[s, : sizes[s], d]
            exact_pct = (Fraction(int(part.sum()), 5 * int(sizes[s])) - 1) * 100 / 3
            exact_level = sum(exact_pct >= start for start in starts)
            got = table.loc[(s + 1, dom.code)]
            assert got["pct"] == pytest.approx(float(exact_pct), abs=1e-9)
            assert got["level"] == exact_level, (s + 1, dom.code, got["pct"], exact_pct)
            if (s + 1, dom.code) in targets:
                assert exact_pct == targets[(s + 1, dom.code)]
                hair_below[exact_pct] += bool(got["pct"] < exact_pct)
    # the float trap was really hit at every cut-off
    assert all(n > 0 for n in hair_below.values()), hair_below


def test_denkbeeldig_delta_support_on_the_cut_off_is_level_4(demo_db, instrument):
    from vsvkit.store import Store

    store = Store(demo_db.removeprefix("sqlite:///"))
    sessions = store.sessions()
    sid = int(
        sessions[(sessions["vsv"] == "VSV Denkbeeldig Delta") & (sessions["wave"] == "baseline")][
            "id"
        ].iloc[0]
    )
    answers = store.answers([sid], instrument=instrument)
    table = scoring.domain_scores(answers, instrument, by="echelon")
    sup = row(table, group="tweede_lijn", domain="SUP")
    # the float mean gives pct 74.99999999999997; the exact mean is 3.25, pct 75 -> level 4
    assert sup["pct"] == pytest.approx(75.0, abs=1e-9)
    assert sup["level"] == 4
    store.close()


# -- the split flag on items and domains -----------------------------------------------------


def test_domain_split_is_read_from_the_respondents_domain_scores(instrument):
    # Two camps on COO: three members score 1.2 (answers 1, 1, 2, 1, 1), three score 3.8
    # (4, 4, 3, 4, 4): both ends (<= 1.5, >= 3.5) hold half the room -> split, no level.
    # On CLI every statement is split (half answered 1, half 4) but the members' domain scores
    # are 2.2 and 2.8, both in the middle -> the domain is not split and has a level.
    low, high = [1, 1, 2, 1, 1], [4, 4, 3, 4, 4]
    a, b = [1, 4, 1, 4, 1], [4, 1, 4, 1, 4]
    people = {
        r: ("VK", {**items("COO", low if r <= 3 else high), **items("CLI", a if r % 2 else b)})
        for r in range(1, 7)
    }
    answers = make_answers(instrument, people)
    ds = scoring.domain_scores(answers, instrument, min_group_size=3)
    coo = row(ds, domain="COO")
    assert bool(coo["split"]) and pd.isna(coo["level"]) and coo["mean"] == pytest.approx(2.5)
    cli = row(ds, domain="CLI")
    assert not cli["split"] and cli["mean"] == pytest.approx(2.5) and cli["level"] == 3
    its = scoring.item_scores(answers, instrument, min_group_size=3)
    assert its.loc[its["domain"] == "CLI", "split"].astype(bool).all()
    # COO's statements: 3x niet + 3x volledig on COO1, COO2, COO4, COO5 -> split; COO3 has
    # 3x gedeeltelijk + 3x grotendeels -> not split
    coo_items = its[its["domain"] == "COO"].set_index("item")["split"].astype(bool)
    assert list(coo_items) == [True, True, False, True, True]
