"""Beside the domain scores, in the app and the report: desired situation, balanced score,
why a domain's consensus exceeds its statements'.

Sample sessions (load_demo order): 1 Voorbeeldstad baseline, 2 Voorbeeldstad follow-up,
5 Fictiefwaard, 6 Proefpolder.
"""

from __future__ import annotations

from html import escape

import ipywidgets as W
import numpy as np
import pytest
from bs4 import BeautifulSoup

from vsvkit import domain_view
from vsvkit.i18n import t
from vsvkit.mirror import build_mirror
from vsvkit.report import sections as rs
from vsvkit.scoring import respondent_scores
from vsvkit.scoring.agreement import consensus
from vsvkit.widgets import WorkshopApp

VOORBEELD_BASE, VOORBEELD_FOLLOW, PROEFPOLDER = 1, 2, 6


@pytest.fixture(scope="module")
def store(demo_db):
    from vsvkit.store import Store

    s = Store(demo_db)
    yield s
    s.close()


def _rows(html: str) -> list[list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    return [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]


def _desired_by_hand(store, session: int) -> dict[str, float]:
    answers = store.answers([session])
    given = answers[answers["desired"] & answers["value"].notna()]
    return {d: (m - 1) / 3 * 100 for d, m in given.groupby("domain")["value"].mean().items()}


def test_scores_table_has_current_balanced_desired_and_level(store, instrument):
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    html = domain_view.scores_table_html(mirror, "nl")
    heads = [th.get_text() for th in BeautifulSoup(html, "html.parser").select("th")]
    assert heads == [
        "domein",
        "huidige situatie",
        "beroepen gelijk gewogen",
        "gewenste situatie",
    ] + ["niveau"]
    rows = _rows(html)
    scores = mirror.domain_scores.set_index("domain")
    desired = _desired_by_hand(store, VOORBEELD_FOLLOW)
    for row, d in zip(rows, instrument.domains):
        r = scores.loc[d.code]
        assert row[0] == d.name("nl")
        assert row[1] == f"{r['pct']:.0f}%"
        assert row[2] == f"{(r['balanced_mean'] - 1) / 3 * 100:.0f}%"
        assert row[3] == f"{desired[d.code]:.0f}%"
    # the balanced score is its own figure here: it differs from the plain one somewhere
    assert any(row[1] != row[2] for row in rows)


def test_desired_column_only_when_asked(store):
    mirror = build_mirror(store, VOORBEELD_BASE)
    scores = mirror.domain_scores.assign(desired_mean=np.nan, desired_pct=np.nan)
    bare = mirror.__class__(**{**mirror.__dict__, "domain_scores": scores})
    assert not domain_view.has_desired(bare)
    html = domain_view.scores_table_html(bare, "en")
    assert "desired situation" not in html and len(_rows(html)[0]) == 4
    assert "desired situation" not in rs.domain_table_html(bare, "CLI", "en")


def test_report_summary_shows_balanced_with_one_explanation(store):
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    for lang in ("nl", "en"):
        html = rs.summary_html(mirror, lang)
        assert html.count(escape(t("balanced_explained", lang))) == 1
        assert t("balanced_score", lang) in html and t("desired", lang) in html


def _consensus_above_by_hand(store, session: int, instrument) -> set[str]:
    """Tastle & Wierman on the respondents' domain scores vs on each item's answers."""
    answers = store.answers([session])
    people = respondent_scores(answers, instrument)
    out = set()
    for d in instrument.domains:
        domain = consensus(people.loc[people["domain"] == d.code, "score"])
        items = [
            consensus(answers.loc[(answers["item"] == i.code) & ~answers["dont_know"], "value"])
            for i in d.items
        ]
        if domain > max(items):
            out.add(d.code)
    return out


@pytest.mark.parametrize("session", [VOORBEELD_BASE, PROEFPOLDER])
def test_consensus_sentence_where_domain_exceeds_each_statement(store, instrument, session):
    mirror = build_mirror(store, session)
    above = _consensus_above_by_hand(store, session, instrument)
    assert domain_view.consensus_above_items(mirror) == above
    assert 0 < len(above) < len(instrument.domains)  # both cases occur in these sessions
    sentence = escape(t("consensus_smoothing", "nl"))
    for code in instrument.domain_codes:
        assert (sentence in rs.domain_notes_html(mirror, code, "nl")) == (code in above), code


# -- the app ---------------------------------------------------------------------------------
def _html(widget) -> str:
    def walk(w):
        yield w
        for child in getattr(w, "children", ()):
            yield from walk(child)

    return "\n".join(w.value for w in walk(widget) if isinstance(w, W.HTML))


def test_app_overview_and_domain_page_show_desired_balanced_and_consensus_note(
    demo_store, instrument
):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=VOORBEELD_BASE)
    mirror = app.mirror()
    html = _html(app.body)
    assert domain_view.scores_table_html(mirror, "nl", css="vsvkit-table vsvkit-scores") in html
    assert html.count(escape(t("balanced_explained"))) == 1
    desired = _desired_by_hand(demo_store, VOORBEELD_BASE)
    above = domain_view.consensus_above_items(mirror)
    for code in ("CLI", "OMG"):
        app.show(code)
        page = _html(app.body)
        card = (
            f"<div class='vsvkit-card-label'>{escape(t('desired'))}</div>"
            f"<div class='vsvkit-card-value'>{desired[code]:.0f}%</div>"
        )
        assert card in page, code
        assert (escape(t("consensus_smoothing")) in page) == (code in above), code
    assert "CLI" in above and "OMG" not in above
