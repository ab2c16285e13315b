"""Votes in the room (issue 14): what phones are asked, what may be shown of a round, and
the questionnaire beside it (vsvkit.room.votes, vsvkit.room.before_after).

Numbers are checked against hand computations and against plain pandas on the stored
answers (not the scoring code); the per-profession breakdown is attacked the way a reader
would: every combination of shown groups subtracted from the room's total, answer by answer.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vsvkit.mirror import build_mirror
from vsvkit.privacy import MERGED_GROUP
from vsvkit.room.before_after import before_after, round_record, session_rounds
from vsvkit.room.votes import (
    profession_groups,
    round_question,
    round_result,
    round_subject,
    vote_link,
    vote_options,
)
from vsvkit.scoring import TOTAL, level_distribution
from vsvkit.store.models import PollRound

SESSION = 1


def _poll(kind="domain", target="COO", by_profession=False, session=SESSION) -> PollRound:
    return PollRound(7, session, "ABCDE", kind, target, None, None, False, by_profession)


def _counts(**answers) -> dict:
    """``_counts(_1=2, _3=4, dont_know=1)`` -> the store's counts of one round."""
    return {"all": {k.lstrip("_"): v for k, v in answers.items()}, "profession": {}}


def _tastle_wierman(values) -> float:
    """Tastle & Wierman (2007) on the 1..4 scale, written out from the formula."""
    values = list(values)
    mu = sum(values) / len(values)
    return 1 + sum(math.log2(1 - abs(x - mu) / 3) for x in values) / len(values)


# -- what phones are asked ------------------------------------------------------------------


def test_a_domain_and_the_whole_vsv_are_voted_on_the_four_levels(instrument):
    expected = [("1", "1 apart"), ("2", "2 afstemming"), ("3", "3 coördinatie")]
    assert vote_options("domain", instrument)[:3] == expected
    assert vote_options("overview", instrument, "en")[3] == ("4", "4 fully integrated")
    assert [v for v, _ in vote_options("domain", instrument)] == ["1", "2", "3", "4"]


def test_a_statement_is_voted_on_the_answers_and_dont_know(instrument):
    options = vote_options("item", instrument)
    assert options == [
        ("1", "niet"),
        ("2", "gedeeltelijk"),
        ("3", "grotendeels"),
        ("4", "volledig"),
        ("dont_know", "weet niet"),
    ]
    assert vote_options("item", instrument, "en")[-1] == ("dont_know", "don't know")
    with pytest.raises(ValueError, match="kind"):
        vote_options("poll", instrument)


def test_the_question_and_what_it_is_about(instrument):
    domain = _poll("domain", "COO")
    assert round_question(domain, instrument) == "Waar staat ons VSV nu op dit domein?"
    assert round_question(domain, instrument, "en") == (
        "Where does our VSV stand now in this domain?"
    )
    assert round_subject(domain, instrument) == "Coördinatie van de zorg"
    item = instrument.domain("SUP").items[1]
    statement = _poll("item", item.code)
    assert round_question(statement, instrument) == item.text("nl")
    assert round_question(statement, instrument, "en") == item.text("en")
    assert round_subject(statement, instrument) == f"Stelling {item.code} · Ondersteuning"
    whole = _poll("overview", "")
    assert round_question(whole, instrument) == "Waar staat ons VSV nu als geheel?"
    assert round_subject(whole, instrument, "en") == "The VSV as a whole"


def test_the_voting_link_on_the_server_phones_reach():
    assert vote_link("http://10.0.0.5:8866", "/stem/ABCDE") == "http://10.0.0.5:8866/stem/ABCDE"
    assert vote_link("https://vsv.example/user/anna/", "/stem/X") == (
        "https://vsv.example/user/anna/stem/X"
    )
    assert vote_link(None, "/stem/X") is None and vote_link("", "/stem/X") is None


# -- what may be shown of a round --------------------------------------------------------


@pytest.mark.parametrize("n", [0, 1, 4])
def test_below_k_never_a_distribution_only_how_many_more(instrument, n):
    result = round_result(_poll(), _counts(_3=n), instrument, k=5)
    assert (result.n, result.needed) == (n, 5 - n)
    assert result.distribution is None and not result.shown
    assert result.consensus is None and result.chosen_level is None
    assert result.by_profession is None


def test_k_is_never_below_three(instrument):
    result = round_result(_poll(), _counts(_2=1, _3=1), instrument, k=1)
    assert (result.k, result.needed, result.distribution) == (3, 1, None)


def test_a_domain_round_from_k_votes_by_hand(instrument):
    # 1 x apart, 2 x afstemming, 5 x coördinatie, 2 x volledig: n 10
    votes = [1] + [2] * 2 + [3] * 5 + [4] * 2
    result = round_result(_poll(), _counts(_1=1, _2=2, _3=5, _4=2), instrument, k=5)
    assert (result.n, result.needed) == (10, 0)
    table = result.distribution
    assert table["answer"].tolist() == [1, 2, 3, 4]
    assert table["n"].tolist() == [1, 2, 5, 2]
    assert table["share"].tolist() == pytest.approx([0.1, 0.2, 0.5, 0.2])
    assert result.consensus == pytest.approx(_tastle_wierman(votes))
    assert result.chosen_level == 3  # sorted votes: the 5th of 10 (the lower median) is a 3


def test_the_chosen_level_is_the_lower_median(instrument):
    # 2 2 3 3 -> a tie between afstemming and coördinatie: the lower one
    tie = round_result(_poll(), _counts(_2=3, _3=3), instrument, k=5)
    assert tie.chosen_level == 2
    odd = round_result(_poll("overview", ""), _counts(_1=2, _2=1, _4=4), instrument, k=5)
    assert odd.chosen_level == 4  # 1 1 2 4 4 4 4: the 4th of 7


def test_a_statement_round_counts_dont_know_but_not_in_the_consensus(instrument):
    result = round_result(_poll("item", "SUP2"), _counts(_1=1, _4=3, dont_know=2), instrument, k=5)
    table = result.distribution
    assert table["answer"].tolist() == [1, 2, 3, 4, "dont_know"]
    assert table["n"].tolist() == [1, 0, 0, 3, 2]
    assert table["share"].sum() == pytest.approx(1.0)
    assert table["share"].iloc[-1] == pytest.approx(2 / 6)
    assert result.consensus == pytest.approx(_tastle_wierman([1, 4, 4, 4]))
    assert result.chosen_level is None  # a statement has no level


def test_a_room_of_only_dont_know_has_no_consensus(instrument):
    result = round_result(_poll("item", "SUP2"), _counts(dont_know=6), instrument, k=5)
    assert result.shown and result.consensus is None


def test_round_result_from_votes_cast_in_the_store(demo_store):
    instrument = demo_store.instrument(SESSION)
    poll = demo_store.open_round(SESSION, kind="domain", target="ORG")
    for phone, answer in enumerate("1223334"):
        demo_store.vote(poll.code, f"phone{phone}", answer)
    demo_store.vote(poll.code, "phone0", "4")  # a phone changes its vote
    result = round_result(poll, demo_store.round_counts(poll.id), instrument, k=5)
    assert result.distribution["n"].tolist() == [0, 2, 3, 2]
    assert result.chosen_level == 3
    closed = demo_store.close_round(poll.id)
    again = round_result(closed, demo_store.round_counts(poll.id), instrument, k=5)
    assert again.distribution.equals(result.distribution)


# -- per profession: only what the privacy rules let through ------------------------------


def _by_profession(counts: dict[str, dict[str, int]]) -> dict:
    everybody: dict[str, int] = {}
    for per in counts.values():
        for answer, n in per.items():
            everybody[answer] = everybody.get(answer, 0) + n
    return {"all": everybody, "profession": counts}


def _shown(result) -> dict[str, dict]:
    table = result.by_profession
    return {
        g: dict(zip(rows["answer"].astype(str), rows["n"]))
        for g, rows in table.groupby("group", sort=False)
    }


def _attack(total: dict, shown: dict[str, dict], k: int) -> list:
    """Every combination of shown groups subtracted from the room's total, answer by answer:
    the breaches (0 < rest < k) found."""
    breaches = []
    groups = list(shown)
    for size in range(1, len(groups) + 1):
        for combo in itertools.combinations(groups, size):
            rest = {a: total.get(a, 0) - sum(shown[g].get(a, 0) for g in combo) for a in total}
            assert all(v >= 0 for v in rest.values())  # shown groups are disjoint
            left = sum(rest.values())
            if 0 < left < k:
                breaches.append((combo, rest))
    return breaches


def test_a_single_small_profession_is_not_recoverable_from_the_total(instrument):
    # 8 midwives and 2 GPs: the GPs alone are below k; shown beside the total, the midwives'
    # votes would give away the GPs' (total minus VK). So the midwives join the GPs.
    counts = {"VK": {"3": 6, "4": 2}, "HA": {"1": 2}}
    poll = _poll(by_profession=True)
    result = round_result(poll, _by_profession(counts), instrument, k=5)
    shown = _shown(result)
    assert list(shown) == [MERGED_GROUP]
    assert sum(shown[MERGED_GROUP].values()) == 10
    assert "HA" not in shown and "VK" not in shown
    assert (
        _attack(result.distribution.set_index("answer")["n"].rename(str).to_dict(), shown, 5) == []
    )


def test_small_professions_merged_when_they_reach_k_together(instrument):
    counts = {
        "VK": {"2": 3, "3": 5},  # 8
        "GYN": {"3": 6},  # 6
        "HA": {"2": 2},  # 2
        "KZ": {"4": 2},  # 2
        "KA": {"1": 1},  # 1 -> HA + KZ + KA = 5 >= k: merged
    }
    result = round_result(_poll(by_profession=True), _by_profession(counts), instrument, k=5)
    shown = _shown(result)
    assert list(shown) == ["VK", "GYN", MERGED_GROUP]  # the instrument's order, merged last
    assert shown[MERGED_GROUP] == {"1": 1, "2": 2, "3": 0, "4": 2}
    table = result.by_profession
    vk = table[table["group"] == "VK"]
    assert vk["share"].tolist() == pytest.approx([0, 3 / 8, 5 / 8, 0])


def test_the_breakdown_of_a_round_below_k_or_not_asked(instrument):
    counts = {"VK": {"3": 2}, "GYN": {"2": 2}}
    below = round_result(_poll(by_profession=True), _by_profession(counts), instrument, k=5)
    assert below.by_profession is None and below.distribution is None
    counts = {"VK": {"3": 6}}
    not_asked = round_result(_poll(), _by_profession(counts), instrument, k=5)
    assert not_asked.shown and not_asked.by_profession is None


def test_votes_without_a_profession_leave_nothing_to_subtract(instrument):
    # should the counts hold votes without a profession (3 here), a shown group must not let
    # a reader work them out: total 13 minus VK 10 = 3 < k, so VK is not shown either
    counts = {"all": {"3": 13}, "profession": {"VK": {"3": 10}}}
    result = round_result(_poll(by_profession=True), counts, instrument, k=5)
    assert result.by_profession.empty
    counts = {"all": {"3": 16}, "profession": {"VK": {"3": 10}}}  # 6 without: may be shown
    assert set(_shown(round_result(_poll(by_profession=True), counts, instrument, k=5))) == {"VK"}


professions = st.dictionaries(
    st.sampled_from(["VK", "HA", "GYN", "KV", "OGV", "KA", "KZ", "MGT", "ZV"]),
    st.dictionaries(st.sampled_from(["1", "2", "3", "4"]), st.integers(0, 9), min_size=1),
    min_size=1,
    max_size=9,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(professions, st.integers(3, 8))
def test_no_combination_of_shown_professions_gives_a_small_group_away(counts, k):
    from vsvkit.sample import sample_instrument

    instrument = sample_instrument()
    result = round_result(_poll(by_profession=True), _by_profession(counts), instrument, k=k)
    total_votes = sum(sum(c.values()) for c in counts.values())
    if total_votes < k:
        assert result.by_profession is None
        return
    shown = _shown(result)
    total = _by_profession(counts)["all"]
    for group, per in shown.items():
        assert sum(per.values()) >= k, (group, per)  # rule 1
        if group != MERGED_GROUP:
            assert per == {a: counts[group].get(a, 0) for a in per}  # its own votes
        else:
            assert not set(shown) & {g for g in counts if sum(counts[g].values()) < k}
    for group, per in counts.items():
        if 0 < sum(per.values()) < k:
            assert group not in shown  # below k: never on its own
    assert _attack(total, shown, k) == []  # rule 2, answer by answer
    # and the merged group holds exactly the professions not shown on their own
    if MERGED_GROUP in shown:
        rest = {a: sum(c.get(a, 0) for g, c in counts.items() if g not in shown) for a in total}
        assert {a: shown[MERGED_GROUP].get(a, 0) for a in rest} == rest


def test_profession_groups_alone():
    assert profession_groups({"VK": {"3": 2}}, 5) == {}
    assert profession_groups({"VK": {"3": 5}, "HA": {"2": 0}}, 5) == {"VK": {"3": 5}}
    assert profession_groups({"VK": {"3": 10}}, 5, total=13) == {}  # 3 votes left over
    assert profession_groups({"VK": {"3": 10}}, 5, total=15) == {"VK": {"3": 10}}


# -- the questionnaire beside the room ----------------------------------------------------


@pytest.fixture(scope="module")
def session(demo_db):
    """The stored answers of session 1 and its mirror (read only)."""
    from vsvkit.store import Store

    store = Store(demo_db)
    mirror = build_mirror(store, SESSION)
    answers = store.answers([SESSION])
    store.close()
    return mirror, answers


def _respondent_scores(answers: pd.DataFrame, instrument) -> pd.DataFrame:
    """Each respondent's domain scores by plain pandas: the mean of the answered statements
    (1..4), only when at least 60% of the domain's statements are answered."""
    scored = answers[~answers["desired"]]
    sizes = {d.code: len(d.items) for d in instrument.domains}
    answered = scored.dropna(subset=["value"])
    answered = answered[~answered["dont_know"]]
    table = answered.groupby(["respondent", "domain"], observed=True)["value"].agg(["mean", "size"])
    table = table.reset_index()
    enough = table["size"] >= 0.6 * table["domain"].map(sizes) - 1e-9
    return table[enough].pivot(index="respondent", columns="domain", values="mean")


def _level(score: float) -> int:
    pct = round((score - 1) / 3 * 100, 6)
    return 1 + sum(pct >= cut for cut in (25, 50, 75))


def test_level_distribution_by_plain_pandas(session):
    mirror, answers = session
    scores = _respondent_scores(answers, mirror.instrument)
    table = mirror.level_distribution
    for code in mirror.instrument.domain_codes:
        levels = scores[code].dropna().map(_level)
        expected = [int((levels == lv).sum()) for lv in (1, 2, 3, 4)]
        rows = table[table["domain"] == code]
        assert rows["n"].tolist() == expected, code
        assert rows["share"].tolist() == pytest.approx([n / sum(expected) for n in expected])
        assert rows["consensus"].iloc[0] == pytest.approx(_tastle_wierman(scores[code].dropna()))
    totals = scores.dropna().mean(axis=1)  # only members with a score in every domain
    rows = table[table["domain"] == TOTAL]
    assert rows["n"].tolist() == [int((totals.map(_level) == lv).sum()) for lv in (1, 2, 3, 4)]
    assert rows["consensus"].iloc[0] == pytest.approx(_tastle_wierman(totals))


def test_level_distribution_below_k_is_not_shown(session):
    mirror, answers = session
    table = level_distribution(answers, mirror.instrument, min_group_size=60)
    assert table["suppressed"].all()
    assert table["n"].isna().all() and table["share"].isna().all()


def _room(kind, target, votes, instrument, k=5):
    counts = {"all": {}, "profession": {}}
    for answer in votes:
        counts["all"][answer] = counts["all"].get(answer, 0) + 1
    poll = _poll(kind, target)
    return poll, round_result(poll, counts, instrument, k)


def test_a_domain_before_and_after(session):
    mirror, answers = session
    poll, result = _room("domain", "COO", list("2233333334"), mirror.instrument, mirror.k)
    pair = before_after(mirror, poll, result)
    levels = _respondent_scores(answers, mirror.instrument)["COO"].dropna().map(_level)
    before = pair.side("questionnaire")
    assert before["answer"].tolist() == [1, 2, 3, 4]
    assert before["n"].tolist() == [int((levels == lv).sum()) for lv in (1, 2, 3, 4)]
    assert pair.n_before == len(levels)
    after = pair.side("room")
    assert after["n"].tolist() == [0, 2, 7, 1]
    assert after["share"].tolist() == pytest.approx([0, 0.2, 0.7, 0.1])
    row = mirror.domain_scores.set_index("domain").loc["COO"]
    assert pair.consensus_before == pytest.approx(row["consensus"])
    assert pair.consensus_after == pytest.approx(_tastle_wierman([2, 2] + [3] * 7 + [4]))
    assert pair.measured_level == row["level"] and pair.chosen_level == 3
    assert pair.measured_pct == pytest.approx(row["pct"])
    assert set(pair.table["source"]) == {"questionnaire", "room"}


def test_a_statement_before_and_after(session):
    mirror, answers = session
    item = "SUP2"
    poll, result = _room("item", item, ["1", "4", "4", "dont_know", "3"], mirror.instrument)
    pair = before_after(mirror, poll, result)
    given = answers[answers["item"] == item]
    expected = [int((given["value"] == v).sum()) for v in (1, 2, 3, 4)]
    expected.append(int(given["dont_know"].sum()))
    before = pair.side("questionnaire")
    assert before["n"].tolist() == expected
    assert before["share"].tolist() == pytest.approx([n / sum(expected) for n in expected])
    values = given["value"].dropna()
    assert pair.consensus_before == pytest.approx(_tastle_wierman(values))
    assert pair.measured_level is None and pair.chosen_level is None
    assert pair.side("room")["n"].tolist() == [1, 0, 1, 2, 1]


def test_the_whole_vsv_before_and_after(session):
    mirror, answers = session
    poll, result = _room("overview", "", list("22233"), mirror.instrument)
    pair = before_after(mirror, poll, result)
    totals = _respondent_scores(answers, mirror.instrument).dropna().mean(axis=1)
    assert pair.side("questionnaire")["n"].tolist() == [
        int((totals.map(_level) == lv).sum()) for lv in (1, 2, 3, 4)
    ]
    assert pair.consensus_before == pytest.approx(_tastle_wierman(totals))
    assert pair.measured_level == int(mirror.total["level"].iloc[0])
    assert pair.chosen_level == 2


def test_below_k_the_room_has_no_side(session):
    mirror, _ = session
    poll, result = _room("domain", "REF", ["3", "3"], mirror.instrument)
    pair = before_after(mirror, poll, result)
    assert set(pair.table["source"]) == {"questionnaire"}
    assert pair.n_after is None and pair.consensus_after is None and pair.chosen_level is None


def test_the_questionnaire_side_follows_k(demo_store):
    mirror = build_mirror(demo_store, SESSION, min_group_size=60)  # more than answered
    poll, result = _room("domain", "COO", list("33333"), mirror.instrument, k=5)
    pair = before_after(mirror, poll, result)
    assert set(pair.table["source"]) == {"room"}
    assert pair.n_before is None and pair.consensus_before is None
    assert pair.measured_level is None


def test_before_after_wants_the_whole_session_of_the_round(demo_store, session):
    mirror, _ = session
    poll, result = _room("domain", "COO", list("33333"), mirror.instrument)
    with pytest.raises(ValueError, match="session"):
        before_after(mirror, _poll(session=2), result)
    filtered = build_mirror(demo_store, SESSION, subset=("profession", "GYN"))
    with pytest.raises(ValueError, match="whole session"):
        before_after(filtered, poll, result)


def test_session_rounds_and_their_records(demo_store):
    big = demo_store.open_round(SESSION, kind="domain", target="COO")
    for phone, answer in enumerate("2333344"):
        demo_store.vote(big.code, f"p{phone}", answer)
    small = demo_store.open_round(SESSION, kind="item", target="SUP2")  # closes the first
    demo_store.vote(small.code, "p1", "dont_know")
    mirror = build_mirror(demo_store, SESSION)
    rounds = session_rounds(demo_store, mirror)
    assert [r.poll.id for r in rounds] == [big.id, small.id]
    assert [r.domain(mirror) for r in rounds] == ["COO", "SUP"]
    shown, hidden = (round_record(r, mirror) for r in rounds)
    assert shown["n"] == 7 and shown["needed"] == 0 and not shown["open"]
    assert [d["n"] for d in shown["distribution"]] == [0, 1, 4, 2]
    assert shown["chosen_level"] == 3
    assert shown["questionnaire"]["measured_level"] == int(
        mirror.domain_scores.set_index("domain").loc["COO", "level"]
    )
    assert hidden["n"] == 1 and hidden["needed"] == 4 and hidden["open"]
    assert hidden["distribution"] is None and hidden["consensus"] is None
    assert [d["answer"] for d in hidden["questionnaire"]["distribution"]][-1] == "dont_know"
    assert np.isclose(sum(d["share"] for d in hidden["questionnaire"]["distribution"]), 1.0)
