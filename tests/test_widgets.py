"""The workshop app's widgets, driven by setting values and checking state and store."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import ipywidgets as W
import numpy as np
import pytest

from vsvkit.i18n import t
from vsvkit.mirror import PrivacyError, build_mirror, filter_options
from vsvkit.paths import sample_data_dir
from vsvkit.widgets import DomainNotes, ImportPanel, WorkshopApp
from vsvkit.widgets.pages import fmt_pct

PNG_MAGIC = b"\x89PNG"


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _images(app):
    return [w for w in _walk(app.body) if isinstance(w, W.Image)]


def _html(app) -> str:
    return "\n".join(w.value for w in _walk(app) if isinstance(w, W.HTML))


def _session_id(store, vsv, wave="baseline"):
    s = store.sessions()
    return int(s[(s["vsv"] == vsv) & (s["wave"] == wave)]["id"].iloc[0])


@pytest.fixture
def app(demo_store, instrument):
    sid = _session_id(demo_store, "VSV Voorbeeldstad")
    return WorkshopApp(demo_store, instrument=instrument, session_id=sid)


def test_without_a_session_id_the_app_opens_the_overview_of_the_latest_session(
    demo_store, instrument
):
    """What `vsvkit serve` does: no session named, the most recent one's overview opens."""
    sessions = demo_store.sessions()
    latest = int(sessions.sort_values(["date", "id"]).iloc[-1]["id"])
    app = WorkshopApp(demo_store, instrument=instrument)
    assert (app.session_id, app.page) == (latest, "overview")
    assert _images(app)  # the overview's charts, not the import page
    missing = WorkshopApp(demo_store, instrument=instrument, session_id=10_000)
    assert (missing.session_id, missing.page) == (latest, "overview")


def test_overview_shows_total_score_charts_and_response(app, demo_store):
    assert app.page == "overview"
    mirror = app.mirror()
    html = _html(app)
    assert fmt_pct(mirror.total["pct"].iloc[0], lang="nl") in html
    assert "VSV Voorbeeldstad" in app.title.value
    images = _images(app)
    # domain overview, continuum, profession heatmap
    assert len(images) >= 3
    assert all(bytes(img.value).startswith(PNG_MAGIC) for img in images)
    # response table lists only shown groups, with their counts
    counts = mirror.response_counts("profession")
    assert all(n >= mirror.k for n in counts["n"])


def test_switching_session_changes_the_figures(app, demo_store):
    before = app.mirror().domain_scores["pct"].round(6).tolist()
    other = _session_id(demo_store, "VSV Proefpolder")
    app.session_picker.value = other
    assert app.session_id == other
    assert "VSV Proefpolder" in app.title.value
    after = app.mirror().domain_scores["pct"].round(6).tolist()
    assert after != before
    expected = build_mirror(demo_store, other).domain_scores["pct"].round(6).tolist()
    assert after == expected


def _filters(app):
    return filter_options(app.mirror().groups)


def test_filter_offers_only_groups_the_decision_shows(demo_store, instrument):
    # every sample session has groups that are not shown on their own; none is offered
    for sid in demo_store.sessions()["id"]:
        app = WorkshopApp(demo_store, instrument=instrument, session_id=int(sid))
        offered = {value for _, value in app.filter.options} - {"__all__"}
        options = _filters(app)
        assert offered == {f"{g}:{grp}" for g, grp, st in options if st == "shown"}
        refused = [(g, grp) for g, grp, st in options if st != "shown"]
        assert refused
        for grouping, group in refused:
            with pytest.raises(PrivacyError):
                build_mirror(demo_store, int(sid), subset=(grouping, group))


def test_filter_to_a_visible_group_shows_only_that_group(app, demo_store, instrument):
    answers = demo_store.answers([app.session_id], instrument=instrument)
    sizes = answers.drop_duplicates("respondent").groupby("profession").size()
    shown = [g for grouping, g, st in _filters(app) if grouping == "profession" and st == "shown"]
    group = max((g for g in shown if g in sizes), key=lambda g: sizes[g])
    app.filter.value = f"profession:{group}"
    assert app.subset == ("profession", group)
    assert app.mirror().n_respondents == sizes[group]
    assert app.message.value == ""
    # the view's figures are the group's own: its domain means equal a direct computation
    mine = answers[(answers["profession"] == group) & ~answers["desired"]]
    per_person = mine.groupby(["respondent", "domain"])["value"].agg(["mean", "count"])
    ok = per_person["count"] >= 3  # 60% of 5 statements
    expected = per_person.loc[ok, "mean"].groupby("domain").mean()
    got = app.mirror().domain_scores.set_index("domain")["mean"]
    shown_domains = got.dropna().index
    assert len(shown_domains)
    np.testing.assert_allclose(got[shown_domains], expected[shown_domains])


def test_language_switch_translates_controls(app):
    app.language.value = "en"
    assert app.lang == "en"
    labels = [label for label, _ in app.page_picker.options]
    assert "Overview" in labels and "Client-centred care" in labels
    assert app.next_button.description == t("next", "en")
    app.language.value = "nl"
    labels = [label for label, _ in app.page_picker.options]
    assert "Overzicht" in labels and "De cliënte centraal" in labels


def test_charts_are_named_by_their_titles(app, instrument):
    from vsvkit.plots import figure_title, plot_domain_overview

    # the overview chart's accessible name is its title, as drawn by hand
    scores = app.mirror().domain_scores
    desired = bool(scores["desired_pct"].notna().any())
    ax = plot_domain_overview(scores, desired=desired, instrument=instrument, lang="nl")
    assert _images(app)[0].tooltip == figure_title(ax) == t("title_domain_overview_desired", "nl")
    assert all(img.tooltip for img in _images(app))
    app.language.value = "en"
    assert _images(app)[0].tooltip == t("title_domain_overview_desired", "en")


def test_pickers_are_named_in_the_page_language(app):
    from vsvkit.widgets.style import HIDDEN_LABEL

    keys = ("session_picker", "filter_picker", "page_picker")
    for lang in ("nl", "en"):
        app.language.value = lang
        pickers = (app.session_picker, app.filter, app.page_picker)
        assert [p.description for p in pickers] == [t(k, lang) for k in keys]
        assert all(HIDDEN_LABEL in p._dom_classes for p in pickers)


def test_app_carries_its_language_as_a_class(app):
    assert "vsvkit-lang-nl" in app._dom_classes
    app.language.value = "en"
    assert "vsvkit-lang-en" in app._dom_classes and "vsvkit-lang-nl" not in app._dom_classes


def test_stepping_walks_overview_domains_and_discussion(app, instrument):
    seen = [app.page]
    for _ in range(10):
        app.step(+1)
        seen.append(app.page)
    assert seen[:8] == ["overview", *instrument.domain_codes, "discussion"]
    # Voorbeeldstad has a follow-up: the comparison page comes last (stepping from the baseline)
    app.step(-20)
    assert app.page == "overview"


def test_discussion_point_button_opens_its_domain(app):
    app.show("discussion")
    buttons = [w for w in _walk(app.body) if isinstance(w, W.Button)]
    assert buttons, "expected at least one discussion point"
    first_domain = app.mirror().discussion_points["domain"].iloc[0]
    buttons[0].click()
    assert app.page == first_domain


def test_notes_are_saved_as_typed_and_read_back(demo_store, instrument):
    sid = _session_id(demo_store, "VSV Proefpolder")
    notes = DomainNotes(demo_store, sid, "COO", instrument, "nl")
    notes.notes.value = "Overdracht 1e-2e lijn bespreken"
    notes.agreed_level.value = 3
    notes.priority.value = 1
    stored = demo_store.domain_notes(sid).set_index("domain").loc["COO"]
    assert stored["notes"] == "Overdracht 1e-2e lijn bespreken"
    assert int(stored["agreed_level"]) == 3 and int(stored["priority"]) == 1
    again = DomainNotes(demo_store, sid, "COO", instrument, "nl")
    assert again.notes.value == "Overdracht 1e-2e lijn bespreken"
    assert again.agreed_level.value == 3
    # the agreed level reaches the continuum of the overview
    app = WorkshopApp(demo_store, instrument=instrument, session_id=sid)
    assert app.agreed() == {"COO": 3}


def _upload(panel: ImportPanel, path: Path, name: str | None = None):
    data = path.read_bytes()
    panel.upload.value = (
        {
            "name": name or path.name,
            "type": "",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime.now(timezone.utc),
        },
    )


def test_invalid_upload_shows_problem_table_and_imports_nothing(demo_store, instrument, tmp_path):
    bad = tmp_path / "kapot.csv"
    source = sample_data_dir() / "proefpolder_2025-09-23_baseline.csv"
    text = source.read_text(encoding="utf-8-sig").splitlines()
    header = text[0].split(";")
    row = text[1].split(";")
    col = next(i for i, h in enumerate(header) if h.endswith("[CLI1]"))
    row[col] = "5"
    bad.write_text("\n".join([text[0], ";".join(row), *text[2:]]), encoding="utf-8")
    before = len(demo_store.sessions())
    panel = ImportPanel(demo_store, instrument, lang="nl")
    _upload(panel, bad)
    panel.vsv.value = "VSV Test"
    assert panel.run() is None
    assert "<table class='vsvkit-problems'>" in panel.result.value
    assert (
        "kolom" in panel.result.value
        and ">2<" in panel.result.value
        and ">5<" in panel.result.value
    )
    assert len(demo_store.sessions()) == before


def test_valid_upload_imports_and_opens_the_session(demo_store, instrument, tmp_path):
    app = WorkshopApp(demo_store, instrument=instrument)
    app.show("start")
    panel = app.body.children[0].children[0]
    assert isinstance(panel, ImportPanel)
    # a new file (the sample file without its last respondent), not a re-import
    lines = (sample_data_dir() / "fictiefwaard_2025-06-04_baseline.csv").read_bytes().splitlines()
    source = tmp_path / "nieuw.csv"
    source.write_bytes(b"\n".join(lines[:-1]))
    _upload(panel, source)
    panel.vsv.value = "VSV Nieuwe Naam"
    before = len(demo_store.sessions())
    new_id = panel.run()
    assert new_id is not None
    assert len(demo_store.sessions()) == before + 1
    assert app.session_id == new_id and app.page == "overview"
    assert "VSV Nieuwe Naam" in app.title.value


def test_warm_up_draws_every_allowed_filter_so_a_filter_change_draws_nothing(app, monkeypatch):
    from vsvkit.widgets import app as app_module

    app.warm_up(wait_for_page=False).join(timeout=120)
    drawn = []
    real = app_module.figure_png
    monkeypatch.setattr(
        app_module, "figure_png", lambda draw, **kw: drawn.append(1) or real(draw, **kw)
    )
    allowed = [
        value for label, value in app.filter.options if value != "__all__" and "(" not in label
    ]
    assert allowed
    for value in allowed:
        app.filter.value = value
        assert app.subset == tuple(value.split(":", 1))
        assert len(_images(app)) >= 2
    assert drawn == []


def test_charts_drawn_by_one_app_are_reused_by_the_next_kernel(
    demo_store, instrument, monkeypatch, tmp_path
):
    from vsvkit.widgets import app as app_module

    cache = tmp_path / "cache"
    sid = _session_id(demo_store, "VSV Proefpolder")
    first = WorkshopApp(demo_store, instrument=instrument, session_id=sid, cache_dir=cache)
    pngs = [bytes(img.value) for img in _images(first)]
    drawn = []
    real = app_module.figure_png
    monkeypatch.setattr(
        app_module, "figure_png", lambda draw, **kw: drawn.append(1) or real(draw, **kw)
    )
    second = WorkshopApp(demo_store, instrument=instrument, session_id=sid, cache_dir=cache)
    assert drawn == []
    assert [bytes(img.value) for img in _images(second)] == pngs
    # another language is another picture
    second.language.value = "en"
    assert len(drawn) == len(pngs)


def test_unknown_session_id_opens_the_most_recent_session(demo_store, instrument):
    app = WorkshopApp(demo_store, instrument=instrument, session_id=999)
    latest = demo_store.sessions().sort_values(["date", "id"]).iloc[-1]
    assert app.session_id == int(latest["id"])
    assert app.page == "overview"


def test_replaced_pages_are_closed_so_widgets_do_not_pile_up(app):
    from ipywidgets.widgets.widget import _instances

    app.step(+1)
    app.step(-1)
    before = len(_instances)
    for _ in range(3):
        for page in ["CLI", "discussion", "overview"]:
            app.show(page)
    app.language.value = "en"
    app.language.value = "nl"
    assert len(_instances) <= before + 5


def test_switching_session_builds_the_overview_once(app, demo_store, monkeypatch):
    built = []
    import vsvkit.widgets.app as app_module

    real = app_module.page_widget
    monkeypatch.setattr(
        app_module, "page_widget", lambda app, page: built.append(page) or real(app, page)
    )
    app.session_picker.value = _session_id(demo_store, "VSV Proefpolder")
    assert built == ["overview"]


def test_refresh_sessions_reads_the_store_again(demo_store, instrument):
    """What a preheated kernel does when its page is opened: the list as it is now, and the
    most recent session, as a fresh page would show it."""
    app = WorkshopApp(demo_store, instrument=instrument)
    sessions = demo_store.sessions().sort_values(["date", "id"])
    newest, second = (int(i) for i in sessions["id"].iloc[[-1, -2]])
    assert app.session_id == newest and len(app.session_picker.options) == 6
    assert app.refresh_sessions() is False  # nothing changed: nothing rebuilt
    demo_store.delete_session(newest)
    assert app.refresh_sessions() is True
    assert [v for _, v in app.session_picker.options] == [
        int(i) for i in demo_store.sessions().sort_values(["vsv", "date"])["id"]
    ]
    assert len(app.session_picker.options) == 5
    assert app.session_id == second and app.session_picker.value == second
    for sid in demo_store.sessions()["id"]:
        demo_store.delete_session(int(sid))
    assert app.refresh_sessions() is True
    assert app.session_id is None and app.page == "start"
    app.stop_warm_up()


def test_a_session_below_k_shows_no_results_and_what_is_still_needed(tmp_path):
    from vsvkit.instrument import load_instrument
    from vsvkit.intake import parse_rows
    from vsvkit.store import Store

    inst = load_instrument()
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    survey = store.open_survey(vsv="VSV Proef", date="2027-01-20", instrument=inst)
    headers = ["Beroep", *[i.code for i in inst.all_items]]
    for role in ("VK", "GYN", "KZ"):
        store.submit(survey.token, parse_rows(headers, [[role, *["3"] * 38]], "v", inst))
    app = WorkshopApp(store, session_id=survey.session_id)
    for page in ("overview", "COO"):
        app.show(page)
        html = " ".join(getattr(w, "value", "") for w in app.body.children[0].children)
        assert t("results_withheld", "nl", n=3, k=5, more=2) in html
        assert "vsvkit-chart" not in html and "<img" not in html
    store.close()
