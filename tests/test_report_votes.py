"""The room's votes in the session report (issue 14): on a domain's page each round about
the domain or one of its statements, the questionnaire and the room side by side; below k
only the sentence how many more votes were needed.

Votes are cast through the store; the figures in the report (the line of text and the
chart's bars, read back from the embedded SVG) are checked against the counts.
"""

from __future__ import annotations

import base64
import math
import re
import shutil

import pytest
from _workshop import write_votes
from bs4 import BeautifulSoup

from vsvkit.mirror import build_mirror
from vsvkit.report import render_report
from vsvkit.report import votes as rv
from vsvkit.room.before_after import session_rounds
from vsvkit.store import Store

SESSION = 2
#: Round 1: a domain round on COO (14 votes), round 2: a statement of OMG (3 votes, below
#: k), round 3: the VSV as a whole (12 votes); tests/_workshop.py.
COO = {"2": 4, "3": 9, "4": 1}
OVERVIEW = {"2": 5, "3": 7}


def _consensus(counts: dict[str, int]) -> float:
    values = [int(a) for a, n in counts.items() for _ in range(n)]
    mu = sum(values) / len(values)
    return 1 + sum(math.log2(1 - abs(x - mu) / 3) for x in values) / len(values)


def _svg_bars(img_src: str) -> dict[str, float]:
    """Bar widths (SVG units) of a figure by gid (``vote-<source>-<answer>``)."""
    svg = base64.b64decode(img_src.split(",", 1)[1]).decode("utf-8")
    widths = {}
    for gid, path in re.findall(r'<g id="(vote-[^"]+)">\s*<path d="([^"]+)"', svg):
        xs = [float(x) for x in re.findall(r"([-\d.]+) [-\d.]+", path)]
        widths[gid] = max(xs) - min(xs)
    return widths


def _shares(widths: dict[str, float], source: str) -> dict[str, float]:
    mine = {g.rsplit("-", 1)[1]: w for g, w in widths.items() if g.startswith(f"vote-{source}-")}
    total = sum(mine.values())
    return {a: w / total for a, w in mine.items()}


@pytest.fixture(scope="module")
def voted(demo_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("votes")
    db = out / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), db)
    store = Store(str(db))
    write_votes(store, SESSION)
    mirror = build_mirror(store, SESSION)
    rounds = session_rounds(store, mirror)
    store.close()
    return {"db": db, "out": out, "mirror": mirror, "rounds": rounds}


def test_the_rounds_on_their_domains_page(voted):
    mirror, rounds = voted["mirror"], voted["rounds"]
    block = BeautifulSoup(rv.domain_votes_html(rounds, mirror, "COO", "nl"), "html.parser")
    (vote,) = block.select("div.vsv-vote")
    text = " ".join(vote.get_text(" ").split())
    row = mirror.domain_scores.set_index("domain").loc["COO"]
    before = f"{row['consensus']:.2f}".replace(".", ",")
    after = f"{_consensus(COO):.2f}".replace(".", ",")
    assert "14 stemmen" in text
    assert f"Consensus {before} in de vragenlijst, {after} in de zaal" in text
    measured = mirror.instrument.level_label(int(row["level"]), "nl")
    assert f"Gemeten niveau: {measured}; de zaal koos: coördinatie" in text  # lower median 3
    # the chart: the room's bars are the shares of the votes
    widths = _svg_bars(vote.find("img")["src"])
    room = _shares(widths, "room")
    assert room == pytest.approx({a: n / 14 for a, n in COO.items()}, abs=1e-3)
    levels = mirror.level_distribution
    levels = levels[(levels["domain"] == "COO") & (levels["n"] > 0)]
    expected = {str(lv): n / levels["n"].sum() for lv, n in zip(levels["level"], levels["n"])}
    assert _shares(widths, "questionnaire") == pytest.approx(expected, abs=1e-3)
    # no other domain shows the COO round; a domain without rounds shows nothing
    assert rv.domain_votes_html(rounds, mirror, "CLI", "nl") == ""


def test_below_k_only_how_many_more_were_needed(voted):
    mirror, rounds = voted["mirror"], voted["rounds"]
    block = BeautifulSoup(rv.domain_votes_html(rounds, mirror, "OMG", "nl"), "html.parser")
    text = " ".join(block.get_text(" ").split())
    assert "Stelling OMG2" in text
    assert "3 stemmen; er waren nog 2 stemmen nodig om de uitslag te tonen (minimaal 5)" in text
    assert block.find("img") is None and "%" not in text  # no distribution at all


def test_the_whole_vsv_on_the_summary(voted):
    mirror, rounds = voted["mirror"], voted["rounds"]
    html = rv.overview_votes_html(rounds, mirror, "en")
    block = BeautifulSoup(html, "html.parser")
    text = " ".join(block.get_text(" ").split())
    assert "The VSV as a whole" in text and "12 votes" in text
    assert f"{_consensus(OVERVIEW):.2f} in the room" in text
    assert _shares(_svg_bars(block.find("img")["src"]), "room") == pytest.approx(
        {a: n / 12 for a, n in OVERVIEW.items()}, abs=1e-3
    )


@pytest.mark.slow
def test_the_report_shows_before_and_after(voted):
    db, out, mirror = voted["db"], voted["out"], voted["mirror"]
    (html_path,) = render_report(SESSION, db_url=f"sqlite:///{db}", lang="nl", out_dir=out)
    soup = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    pages = {
        " ".join(s.find("h3").get_text(" ").split()): s
        for s in soup.select("section.vsv-domain-page")
    }
    coo = pages[mirror.instrument.domain("COO").name("nl")]
    (vote,) = coo.select("div.vsv-vote")
    assert "14 stemmen" in vote.get_text()
    room = _shares(_svg_bars(vote.find("img")["src"]), "room")
    assert room == pytest.approx({a: n / 14 for a, n in COO.items()}, abs=1e-3)
    assert vote.find("img")["alt"].startswith("Vragenlijst en stemming in de zaal")
    omg = pages[mirror.instrument.domain("OMG").name("nl")]
    assert "nog 2 stemmen nodig" in omg.select_one("div.vsv-vote").get_text()
    assert omg.select_one("div.vsv-vote img") is None
    others = [p for name, p in pages.items() if p is not coo and p is not omg]
    assert all(not p.select("div.vsv-vote") for p in others)
    # the whole VSV on the summary (before the domains)
    summary = soup.select("div.vsv-vote")[0]
    assert "Het VSV als geheel" in summary.get_text() and "12 stemmen" in summary.get_text()
