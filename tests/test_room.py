"""The room view's core: the workshop's steps, the agenda and what the projector shows.

Figures are checked against the mirror's own tables and against plain pandas on the stored
answers; what the room must never show (notes, controls, suppressed groups) is looked for
in the HTML of every step.
"""

from __future__ import annotations

import html
import re

import pytest

from vsvkit.formatting import fmt_count, fmt_number, fmt_pct, group_label
from vsvkit.i18n import t
from vsvkit.instrument import load_instrument
from vsvkit.intake import parse_rows
from vsvkit.mirror import build_mirror
from vsvkit.room import Agenda, Step, room_address, room_html, room_path, workshop_steps
from vsvkit.room.render import LIMITS
from vsvkit.room.steps import step_after
from vsvkit.store import Store

INST = load_instrument()
HEADERS = ["Beroep", *[i.code for i in INST.all_items]]


def _texts(svg_html: str) -> list[str]:
    return [
        html.unescape(re.sub(r"\s+", " ", m).strip())
        for m in re.findall(r"<text[^>]*>(.*?)</text>", svg_html, re.S)
    ]


def _session(store, name):
    sessions = store.sessions()
    return int(sessions.loc[sessions["vsv"] == name, "id"].iloc[-1])


@pytest.fixture(scope="module")
def demo(demo_db):
    store = Store(demo_db)
    sid = int(store.sessions().sort_values("id")["id"].iloc[0])
    mirror = build_mirror(store, sid, instrument=store.instrument(sid))
    return store, sid, mirror


def _all_steps(store, sid, mirror, lang="nl", agreed=None):
    session = store.session(sid)
    agenda = Agenda(session.domain_codes)
    return {
        s.key: room_html(
            s,
            session=session,
            mirror=mirror,
            lang=lang,
            revealed=True,
            agreed=agreed or {},
            actions=store.actions(sid),
            agenda=agenda,
        )
        for s in workshop_steps(mirror)
    }


def test_steps_walk_the_workshop_in_order(demo):
    store, sid, mirror = demo
    keys = [s.key for s in workshop_steps(mirror)]
    domains = list(mirror.instrument.domain_codes)
    assert keys[:2] == ["welcome", "overview"] and keys[-3:] == ["discussion", "agreed", "plan"]
    assert [k.split(":")[1] for k in keys if k.startswith("domain:")] == domains
    # a domain's second step follows it directly, and only when there is something to show:
    # two professions the privacy decision shows, or remarks (independent count)
    remarks = store.remarks(sid)
    shown = mirror.by_group["profession"]
    for code in domains:
        n_shown = int(((shown["domain"] == code) & ~shown["suppressed"]).sum())
        n_remarks = int((remarks["domain"] == code).sum())
        has = f"details:{code}" in keys
        assert has == (n_shown >= 2 or n_remarks > 0)
        if has:
            assert keys.index(f"details:{code}") == keys.index(f"domain:{code}") + 1


def test_step_after_stays_within_the_walk(demo):
    steps = workshop_steps(demo[2])
    assert step_after(steps, "welcome", -1).key == "welcome"
    assert step_after(steps, "plan", +1).key == "plan"
    assert step_after(steps, "overview", +1).key == "domain:CLI"
    assert step_after(steps, "no-such-step", +1).key == "welcome"
    assert Step.from_key("details:COO") == Step("details", "COO")
    assert Step("agreed").part == "agreements" and Step("details", "REF").part == "REF"


def test_room_paths():
    assert room_path(7) == "/zaal/7"
    assert room_path(7, "/user/anna/") == "/user/anna/zaal/7"
    assert room_address("http://10.0.0.5:8866", 7) == "http://10.0.0.5:8866/zaal/7"
    assert room_address(None, 7) == "/zaal/7"


def test_overview_shows_the_total_and_each_domain_with_its_desired_situation(demo):
    store, sid, mirror = demo
    page = _all_steps(store, sid, mirror)["overview"]
    total = mirror.total.iloc[0]["pct"]
    assert fmt_pct(total, lang="nl") in page
    assert fmt_count(mirror.n_respondents, lang="nl") in page
    texts = _texts(page)
    scores = mirror.domain_scores.set_index("domain")
    for code in mirror.instrument.domain_codes:
        # the bar's label: current score, and the desired score beside it
        assert any(x.startswith(fmt_pct(scores.loc[code, "pct"], lang="nl")) for x in texts)
        assert fmt_pct(scores.loc[code, "desired_pct"], lang="nl") in texts
    assert 'role="img"' in page and 'aria-label="Huidige en gewenste situatie per domein"' in page


def test_a_domain_step_shows_its_cards_and_answer_distribution(demo):
    store, sid, mirror = demo
    page = _all_steps(store, sid, mirror)["domain:COO"]
    row = mirror.domain_scores.set_index("domain").loc["COO"]
    for value in (fmt_pct(row["pct"], lang="nl"), fmt_number(row["consensus"], lang="nl")):
        assert value in page
    # the bars' labels are the shares of answers 1..4 of each statement (independent pandas
    # on the mirror's distribution): a bar of at least 30% carries its share (a narrower one
    # only when it fits), and no label is anything else
    dist = mirror.item_distribution
    dist = dist[(dist["domain"] == "COO") & (dist["answer"] != "dont_know")]
    texts = _texts(page)
    shares = dist.groupby("item", observed=True)["share"].transform(lambda s: s / s.sum() * 100)
    for share in shares[shares >= 30]:
        assert fmt_pct(share, lang="nl") in texts, share
    allowed = {fmt_pct(v, lang="nl") for v in shares}
    allowed |= {fmt_pct(v * 100, lang="nl") for v in mirror.item_distribution["share"]}
    labels = [x for x in texts if x.endswith("%")]
    assert set(labels) - {"100%", "0%"} <= allowed
    # statements are named by code and text
    assert any(x.startswith("COO1") for x in texts)


def test_chart_text_stays_text_and_the_room_gets_no_chart_title(demo):
    store, sid, mirror = demo
    page = _all_steps(store, sid, mirror)["domain:CLI"]
    assert "<text" in page and 'id="DejaVuSans' not in page  # no glyphs drawn as paths
    assert "Antwoorden per stelling" not in "".join(_texts(page))  # the heading names it
    assert 'aria-label="Antwoorden per stelling: De cliënte centraal"' in page


def test_hidden_steps_ask_for_a_guess_and_show_no_result(demo):
    store, sid, mirror = demo
    session = store.session(sid)
    for step in (Step("overview"), Step("domain", "CLI"), Step("details", "CLI")):
        page = room_html(step, session=session, mirror=mirror, lang="nl", revealed=False)
        assert t("guess_first", "nl") in page and "<svg" not in page and "%" not in page


def test_the_room_never_shows_notes_controls_or_suppressed_groups(demo_store):
    store = demo_store
    sid = _session(store, "VSV Voorbeeldstad")
    store.save_domain_note(sid, "CLI", notes="GEHEIM: alleen voor de trainer", agreed_level=3)
    mirror = build_mirror(store, sid, instrument=store.instrument(sid))
    pages = _all_steps(store, sid, mirror, agreed={"CLI": 3})
    joined = "\n".join(pages.values())
    assert "GEHEIM" not in joined
    for word in ("<button", "<input", "<select", "<textarea", "te weinig", "filter"):
        assert word not in joined.lower()
    # the professions' chart names only the groups the privacy decision shows
    by_prof = mirror.by_group["profession"]
    assert by_prof["suppressed"].any()  # the sample has groups below k
    for key, page in pages.items():
        if not key.startswith("details:"):
            continue
        named = {x.split(" (n = ")[0] for x in _texts(page) if " (n = " in x}
        rows = by_prof[by_prof["domain"] == key.split(":")[1]]
        shown = {
            group_label(g, mirror.instrument, "nl") for g in rows.loc[~rows["suppressed"], "group"]
        }
        assert named == shown


def test_the_details_step_lists_the_first_remarks_and_says_how_many_more(demo):
    store, sid, mirror = demo
    pages = _all_steps(store, sid, mirror)
    for code in mirror.instrument.domain_codes:
        remarks = list(mirror.remarks.loc[mirror.remarks["domain"] == code, "text"])
        page = pages.get(f"details:{code}", "")
        if not remarks:
            continue
        shown = page.count("<li>")
        assert shown == min(len(remarks), LIMITS["remarks"])
        if len(remarks) > shown:
            assert t("room_more_remarks", "nl", n=len(remarks) - shown) in page


def test_plan_and_discussion_steps(demo_store):
    store = demo_store
    sid = _session(store, "VSV Voorbeeldstad")
    mirror = build_mirror(store, sid, instrument=store.instrument(sid))
    empty = _all_steps(store, sid, mirror)["plan"]
    assert t("room_no_actions", "nl") in empty
    for n in range(8):
        store.add_action(sid, "COO", f"Actie {n}", who="Werkgroep", due="2027-03-01")
    page = _all_steps(store, sid, mirror)["plan"]
    assert page.count("<tr>") == 1 + LIMITS["actions"]  # header + the first six
    assert "1 maart 2027" in page and t("room_more_actions", "nl", n=2) in page
    points = mirror.discussion_points
    discussion = _all_steps(store, sid, mirror)["discussion"]
    assert discussion.count("<li>") == min(len(points), LIMITS["points"])


def test_english_room_has_english_words(demo):
    store, sid, mirror = demo
    pages = _all_steps(store, sid, mirror, lang="en")
    assert "Overview of the six domains" in pages["overview"]
    assert "huidige" not in pages["overview"] and "Welkom" not in pages["welcome"]
    assert 'lang="en"' in pages["overview"] or "lang='en'" in pages["overview"]


def test_agenda_counts_time_per_part():
    agenda = Agenda(("CLI", "COO"), planned={"plan": 20})
    agenda = agenda.with_time("CLI", 700).with_time("CLI", 60).with_time("plan", -5)
    assert agenda.seconds_used("CLI") == 760 and agenda.seconds_used("plan") == 0
    assert agenda.left("CLI") == 10 * 60 - 760
    assert agenda.total_planned() == 10 + 15 + 10 + 10 + 10 + 10 + 20
    assert agenda.parts == ("welcome", "overview", "CLI", "COO", "discussion", "agreements", "plan")


def test_welcome_lists_the_agenda_with_its_minutes(demo):
    store, sid, mirror = demo
    session = store.session(sid)
    agenda = Agenda(session.domain_codes, planned={"welcome": 7})
    page = room_html(Step("welcome"), session=session, mirror=mirror, lang="nl", agenda=agenda)
    assert page.count("<li>") == len(agenda.parts)
    assert t("minutes", "nl", n=7) in page
    assert t("room_respondents", "nl", n=fmt_count(session.n_respondents, lang="nl")) in page


def test_a_session_below_the_minimum_shows_no_result(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    survey = store.open_survey(vsv="VSV Klein", date="2027-01-20", instrument=INST)
    for role in ("VK", "GYN"):
        store.submit(survey.token, parse_rows(HEADERS, [[role, *["3"] * 38]], "v", INST))
    session = store.session(survey.session_id)
    page = room_html(
        Step("overview"), session=session, mirror=None, lang="nl", withheld="<p>nog 3</p>"
    )
    assert "<svg" not in page and "nog 3" in page
