"""compare_sessions: one Comparison for the app and the report, one k rule, one change column.

Figures are checked against a computation from the raw answers written here with plain pandas
(not vsvkit.scoring); the app's page and the report's section are checked to show the same.
"""

from __future__ import annotations

import sqlite3

import ipywidgets as W
import numpy as np
import pandas as pd
import pytest
from bs4 import BeautifulSoup

from vsvkit.change import CHANGE_COLUMNS, domain_change, participation
from vsvkit.comparison import NOT_SHOWN_COLUMNS, WAVES, compare_sessions, comparison_k
from vsvkit.errors import VsvkitError
from vsvkit.i18n import t
from vsvkit.paths import sample_data_dir
from vsvkit.plots import plot_change
from vsvkit.report import sections as rs
from vsvkit.sessions import import_session
from vsvkit.store import Store
from vsvkit.widgets import WorkshopApp, pages

BASE, FOLLOW = 1, 2  # VSV Voorbeeldstad in the demo store (load_demo order)
K_BASE, K_FOLLOW = 3, 7  # the two minimum group sizes of the k store


def _by_hand(answers: pd.DataFrame, instrument) -> pd.DataFrame:
    """Per domain: pct and n from the raw answers (the rules of the domain brief, section 3)."""
    scored = answers[~answers["desired"].astype(bool)]
    size = {
        d.code: sum(1 for i in instrument.items if i.domain == d.code) for d in instrument.domains
    }
    per = scored.groupby(["respondent", "domain"])["value"].agg(["mean", "count"]).reset_index()
    per = per[per["count"] / per["domain"].map(size) >= instrument.min_answered_share]
    out = per.groupby("domain")["mean"].agg(["mean", "size"])
    out["pct"] = (out["mean"] - 1) / 3 * 100
    return out.reindex(list(instrument.domain_codes))


def _rows(markup: str, css: str) -> list[list[str]]:
    soup = BeautifulSoup(markup, "html.parser")
    return [
        [td.get_text() for td in tr.select("td")] for tr in soup.select(f"table.{css} tbody tr")
    ]


def _texts(ax) -> list[str]:
    return [text.get_text() for text in ax.texts]


@pytest.fixture(scope="module")
def demo(demo_db):
    store = Store(demo_db)
    yield store
    store.close()


@pytest.fixture(scope="module")
def comparison(demo):
    return compare_sessions(demo, FOLLOW, BASE)


@pytest.fixture(scope="module")
def k_store(tmp_path_factory):
    """Voorbeeldstad imported again, the baseline with k = 3 and the follow-up with k = 7."""
    store = Store(str(tmp_path_factory.mktemp("k") / "k.sqlite"))
    folder = sample_data_dir()
    ids = [
        import_session(
            folder / f"voorbeeldstad_{day}_{wave}.csv",
            store=store,
            vsv="VSV Voorbeeldstad",
            date=day,
            wave=wave,
            min_group_size=k,
        )
        for day, wave, k in (
            ("2025-03-12", "baseline", K_BASE),
            ("2026-10-07", "follow-up", K_FOLLOW),
        )
    ]
    yield store, ids
    store.close()


# -- the figures ------------------------------------------------------------------------------
def test_figures_equal_a_computation_from_the_raw_answers(demo, comparison, instrument):
    before = _by_hand(demo.answers([BASE], instrument=instrument), instrument)
    after = _by_hand(demo.answers([FOLLOW], instrument=instrument), instrument)
    change = comparison.change.set_index("domain")
    assert list(comparison.change.columns) == list(CHANGE_COLUMNS)
    np.testing.assert_allclose(change["before_pct"], before["pct"])
    np.testing.assert_allclose(change["after_pct"], after["pct"])
    np.testing.assert_allclose(change["change"], after["pct"] - before["pct"])
    assert list(change["n_before"]) == list(before["size"])
    assert list(change["n_after"]) == list(after["size"])
    assert (change["ci_low"] < change["change"]).all() and (
        change["change"] < change["ci_high"]
    ).all()
    # the stacked scores carry the same numbers, and the change on both rows of a domain
    for wave, expected in zip(WAVES, (before, after)):
        rows = comparison.wave_scores(wave).set_index("domain")
        np.testing.assert_allclose(rows["pct"], expected["pct"])
        np.testing.assert_allclose(rows["change"], after["pct"] - before["pct"])
    assert list(dict.fromkeys(comparison.scores["wave"])) == list(WAVES)
    assert comparison.not_shown.empty and list(comparison.not_shown.columns) == list(
        NOT_SHOWN_COLUMNS
    )


def test_participation_counts_are_the_shown_professions(demo, comparison, instrument):
    for wave, sid in zip(WAVES, (BASE, FOLLOW)):
        people = demo.answers([sid], instrument=instrument).drop_duplicates("respondent")
        counts = people["profession"].value_counts()
        part = comparison.participation[comparison.participation["wave"] == wave]
        shown = part[~part["suppressed"] & (part["group"] != "OV_MERGED")]
        assert len(shown) >= 2
        for row in shown.itertuples(index=False):
            assert row.n == counts[row.group] >= comparison.k
        assert part.loc[part["suppressed"], "n"].isna().all()
        assert int(part["n"].sum()) <= len(people)
        assert set(part["group"]) - {"OV_MERGED"} == set(counts.index)  # every one named


def test_the_sessions_and_the_settings_are_kept(demo, comparison):
    assert (comparison.session.id, comparison.previous.id) == (FOLLOW, BASE)
    assert comparison.k == 5  # neither session has its own k: the instrument's
    assert (comparison.n_boot, comparison.seed, comparison.confidence) == (2000, 0, 0.95)
    again = compare_sessions(demo, FOLLOW, BASE)
    pd.testing.assert_frame_equal(again.change, comparison.change)  # seeded: the same interval


# -- one k rule -------------------------------------------------------------------------------
def test_the_larger_k_of_the_two_sessions_applies_to_both_waves(k_store, instrument):
    store, (base, follow) = k_store
    c = compare_sessions(store, follow, base, instrument=instrument)
    assert (store.session(base).min_group_size, store.session(follow).min_group_size) == (3, 7)
    assert c.k == K_FOLLOW
    before = store.answers([base], instrument=instrument)
    after = store.answers([follow], instrument=instrument)
    expected = domain_change(before, after, instrument, min_group_size=K_FOLLOW)
    pd.testing.assert_frame_equal(c.change, expected)
    pd.testing.assert_frame_equal(
        c.participation, participation(before, after, instrument, K_FOLLOW)
    )
    # the baseline's 6 gynaecologists were shown at its own k = 3; at k = 7 they are not
    part = c.participation.set_index(["wave", "group"])
    assert part.loc[("before", "GYN"), "suppressed"] and pd.isna(part.loc[("before", "GYN"), "n"])
    assert part.loc[("after", "GYN"), "n"] == 7
    own = participation(before, before, instrument, K_BASE).set_index(["wave", "group"])
    assert own.loc[("before", "GYN"), "n"] == 6


def test_the_k_rule_takes_the_larger_whichever_session_has_it(k_store, instrument):
    store, (base, follow) = k_store
    session, previous = store.session(follow), store.session(base)
    assert comparison_k(session, previous, instrument) == 7
    assert comparison_k(previous, session, instrument) == 7  # order does not matter
    # a report made with another k replaces the later session's own; the earlier one's stays
    assert comparison_k(session, previous, instrument, min_group_size=10) == 10
    assert comparison_k(previous, session, instrument, min_group_size=3) == 7
    assert compare_sessions(store, follow, base, instrument=instrument, min_group_size=4).k == 4
    assert comparison_k(session, previous, instrument, min_group_size=1) == 3  # the floor


def test_a_wave_below_k_is_not_compared_and_says_why(demo, instrument):
    c = compare_sessions(demo, FOLLOW, BASE, instrument=instrument, min_group_size=45)
    assert c.k == 45  # 42 before (hidden), 47 after (shown)
    assert c.change["suppressed"].all()
    assert c.change[["before_pct", "change", "ci_low", "ci_high"]].isna().all().all()
    assert c.change["after_pct"].notna().all()
    assert c.scores["change"].isna().all()
    assert list(c.not_shown["wave"]) == ["before"] * len(instrument.domains)
    assert list(c.not_shown["domain"]) == list(instrument.domain_codes)
    assert set(c.not_shown["reason"]) == {"too_few"}
    # the chart draws the follow-up but writes no change
    ax = plot_change(
        rs.change_scores(c, "nl"), waves=rs.wave_titles(c, "nl"), instrument=instrument
    )
    assert not [s for s in _texts(ax) if s[:1] in "+-"]


def test_a_session_without_respondents_is_compared_as_not_shown(demo_db, tmp_path, instrument):
    import shutil

    copy = tmp_path / "empty.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), copy)
    con = sqlite3.connect(copy)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM respondents WHERE session_id = ?", (BASE,))
    con.commit()
    con.close()
    store = Store(str(copy))
    c = compare_sessions(store, FOLLOW, BASE, instrument=instrument)
    before = c.wave_scores("before")
    assert list(before["domain"]) == list(instrument.domain_codes)
    assert before["suppressed"].all() and before["pct"].isna().all()
    assert c.change["change"].isna().all()
    assert set(c.not_shown.loc[c.not_shown["wave"] == "before", "reason"]) == {"too_few"}
    store.close()


def test_refused_pairs(demo):
    with pytest.raises(VsvkitError, match="itself"):
        compare_sessions(demo, FOLLOW, FOLLOW)
    with pytest.raises(VsvkitError, match="later than"):
        compare_sessions(demo, BASE, FOLLOW)
    with pytest.raises(VsvkitError, match="wave must be"):
        compare_sessions(demo, FOLLOW, BASE, n_boot=100).wave_scores("baseline")


# -- the chart reads the change column --------------------------------------------------------
def test_plot_change_writes_the_change_column_not_its_own_difference(comparison, instrument):
    scores = comparison.scores.copy()
    scores.loc[scores["domain"] == "SUP", "change"] = 99.0
    ax = plot_change(scores, waves=WAVES, instrument=instrument)
    shown = _texts(ax)
    assert "+99" in shown
    sup = comparison.change.set_index("domain").loc["SUP", "change"]
    assert f"{sup:+.0f}" not in shown  # +22: the difference of the points, not written


# -- the app and the report show the same ---------------------------------------------------
def _app_change_html(store, session_id: int, instrument) -> str:
    app = WorkshopApp(store, instrument=instrument, session_id=session_id)
    app.show("change")
    return "\n".join(w.value for w in _walk(app.body) if isinstance(w, W.HTML))


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


@pytest.mark.parametrize("which", ["demo", "k"])
def test_app_and_report_show_the_same_figures(which, demo, k_store, instrument):
    if which == "demo":
        store, (base, follow), k = demo, (BASE, FOLLOW), 5
    else:
        (store, (base, follow)), k = k_store, K_FOLLOW
    app = _app_change_html(store, follow, instrument)
    # the report notebook: compare_sessions with the report's min_group_size (None here)
    c = compare_sessions(store, follow, base, instrument=instrument, min_group_size=None)
    report = rs.change_detail_html(c, "nl")
    for css in ("vsvkit-change-table", "vsvkit-participation"):
        assert _rows(app, css) == _rows(report, css) != []
    assert t("groups_hidden", k=k) in app and t("groups_hidden", k=k) in report
    # the report's own table has the same change per domain as the app's
    assert [r[5] for r in _rows(rs.change_table_html(c, "nl"), "vsv-change")] == [
        r[3] for r in _rows(app, "vsvkit-change-table")
    ]


def test_app_and_report_charts_write_the_same_changes(comparison, instrument):
    drawn = []
    pages.comparison_page(
        comparison, lang="nl", render=lambda key, draw: drawn.append(draw) or W.HTML("")
    )
    (draw,) = drawn
    app_texts = _texts(draw())
    c = comparison
    report_texts = _texts(
        plot_change(rs.change_scores(c, "nl"), waves=rs.wave_titles(c, "nl"), instrument=instrument)
    )
    changes = [s for s in app_texts if s[:1] in "+-"]
    assert changes == [s for s in report_texts if s[:1] in "+-"]
    assert changes == [f"{v:+.0f}" for v in c.change["change"]]
