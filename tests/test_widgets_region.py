"""The region page and the app's change page, driven by setting values and checking state."""

from __future__ import annotations

from html import escape

import ipywidgets as W
import numpy as np
import openpyxl
import pytest

from vsvkit.change import domain_change
from vsvkit.formatting import fmt_number
from vsvkit.i18n import t
from vsvkit.region import domain_by_vsv, latest_sessions
from vsvkit.widgets import WorkshopApp
from vsvkit.widgets.region import RegionApp

PNG_MAGIC = b"\x89PNG"


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _html(widget) -> str:
    return "\n".join(w.value for w in _walk(widget) if isinstance(w, W.HTML))


def _images(widget):
    return [w for w in _walk(widget) if isinstance(w, W.Image)]


@pytest.fixture
def region(demo_store, instrument):
    return RegionApp(demo_store, instrument=instrument)


def test_region_page_shows_focus_table_heatmap_and_alpha(region, demo_store, instrument):
    assert region.focus_picker.value == "VSV Denkbeeldig Delta"
    assert len(region.vsvs) == 4
    sessions = demo_store.sessions()
    ids = latest_sessions(sessions)
    expected = domain_by_vsv(demo_store.answers(ids, instrument=instrument), sessions, instrument)
    np.testing.assert_allclose(
        region.tables["sheet_table"]["VSV Denkbeeldig Delta"], expected["VSV Denkbeeldig Delta"]
    )
    html = _html(region)
    for v in expected["VSV Denkbeeldig Delta"]:
        assert f'<td class="num">{fmt_number(v, lang="nl", digits=0)}</td>' in html
    images = _images(region.body)
    assert len(images) == 2 and all(bytes(i.value).startswith(PNG_MAGIC) for i in images)
    # each chart is named by its title (its accessible name in the page)
    focus = region.focus_picker.value
    assert [i.tooltip for i in images] == [
        t("region_table_title"),
        t("region_percentile_title", vsv=focus),
    ]
    assert t("region_alpha_title") in html


def test_other_vsvs_are_anonymous_unless_chosen_by_name(region):
    html = _html(region.body)
    # nothing chosen by name: only the focus VSV is named on the page
    for other in ("VSV Fictiefwaard", "VSV Proefpolder", "VSV Voorbeeldstad"):
        assert other not in html
    # three others: nothing of them but their number, and a sentence why
    dist = region.tables["sheet_distribution"]
    assert (dist["n_vsv"] == 3).all() and dist["suppressed"].all()
    assert dist[["min", "q1", "median", "q3", "max"]].isna().all().all()
    assert region.tables["sheet_percentiles"]["percentile"].isna().all()
    assert escape(t("region_too_few_others", n=3, spread=5)) in html
    region.named_picker.value = ("VSV Proefpolder",)
    html = _html(region.body)
    assert "VSV Proefpolder" in html and "VSV Voorbeeldstad" not in html
    assert "VSV Fictiefwaard" not in html
    assert list(region.tables["sheet_table"].columns) == [
        "VSV Denkbeeldig Delta",
        "VSV Proefpolder",
    ]
    assert (region.tables["sheet_distribution"]["n_vsv"] == 2).all()


def test_no_way_to_name_every_vsv_at_once(region):
    """VSVs are named one by one in the multi-select; no button names them all."""
    buttons = [w for w in _walk(region) if isinstance(w, W.Button)]
    assert [b.description for b in buttons] == [t("region_export_button")]
    assert region.named_picker.value == ()


def test_reference_chosen_vsvs_ranks_among_named_only(region):
    region.named_picker.value = ("VSV Proefpolder",)
    region.reference_picker.value = "named"
    dist = region.tables["sheet_distribution"]
    assert (dist["n_vsv"] == 0).all() and dist["median"].isna().all()
    perc = region.tables["sheet_percentiles"]
    assert (perc["n_others"] == 1).all() and perc["percentile"].notna().all()
    assert escape(t("region_no_others")) in _html(region.body)


@pytest.fixture
def eleven_vsvs(demo_store, instrument, tmp_path):
    """A store with 11 VSVs: one demo session's answers, each VSV's answers shifted apart."""
    from types import SimpleNamespace

    from vsvkit.store import Store

    sid = latest_sessions(demo_store.sessions())[0]
    answers = demo_store.answers([sid], instrument=instrument)
    respondents = answers[["respondent", "profession", "echelon"]].drop_duplicates()
    store = Store(str(tmp_path / "eleven.sqlite"))
    rng = np.random.default_rng(11)
    for i in range(11):
        shifted = answers.copy()
        move = rng.random(len(shifted)) < 0.08 * i
        shifted.loc[move, "value"] = np.clip(shifted.loc[move, "value"] + 1, 1, 4)
        responses = SimpleNamespace(
            respondents=respondents,
            answers=shifted[["respondent", "item", "value", "dont_know"]],
            remarks=None,
            source_name=f"vsv{i}.csv",
            checksum=f"eleven-{i}",
        )
        store.add_session(
            responses, vsv=f"VSV Regio {i:02d}", date="2025-03-01", instrument=instrument
        )
    return RegionApp(store, instrument=instrument)


def test_ten_others_show_spread_and_extremes_but_no_names(eleven_vsvs):
    app = eleven_vsvs
    focus = app.focus_picker.value
    dist = app.tables["sheet_distribution"]
    assert (dist["n_vsv"] == 10).all() and dist["extremes"].all()
    others = app.full_table.drop(columns=[focus])
    np.testing.assert_allclose(dist["min"], others.min(axis=1))
    html = _html(app)
    for v in dist["median"]:
        assert f'<td class="num">{fmt_number(v, lang="nl", digits=0)}</td>' in html
    assert all(name not in html for name in others.columns)
    # naming one leaves nine unnamed: spread without lowest and highest
    app.named_picker.value = (others.columns[3],)
    dist = app.tables["sheet_distribution"]
    assert (dist["n_vsv"] == 9).all() and dist[["min", "max"]].isna().all().all()
    assert dist["median"].notna().all()
    html = _html(app)
    assert escape(t("region_no_extremes", extremes=10)) in html
    assert [n for n in others.columns if n in html] == [others.columns[3]]


def test_focus_switch_changes_percentiles(region):
    first = region.tables["sheet_percentiles"]["pct"].to_numpy()
    region.focus_picker.value = "VSV Voorbeeldstad"
    second = region.tables["sheet_percentiles"]
    assert not np.allclose(first, second["pct"].to_numpy())
    assert "VSV Voorbeeldstad" in _html(region.body)


def test_export_offers_workbook_with_the_tables_on_screen(region, tmp_path, monkeypatch):
    monkeypatch.setattr(region, "report_dir", tmp_path)
    path = region.export()
    assert path is not None and path.parent == tmp_path
    assert "data:application/vnd.openxmlformats" in region.export_result.value
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [t(k) for k in region.tables]
    ws = wb[t("sheet_table")]
    assert [c.value for c in ws[1]] == ["domain", "VSV Denkbeeldig Delta"]
    # the anonymous others appear nowhere in the workbook
    text = " ".join(str(c.value) for s in wb for row in s.iter_rows() for c in row)
    assert "Voorbeeldstad" not in text and "Proefpolder" not in text


def test_language_switch_keeps_choices(region):
    region.named_picker.value = ("VSV Proefpolder",)
    region.language.value = "en"
    assert region.named_picker.value == ("VSV Proefpolder",)
    assert t("region_title", "en") in _html(region)
    # the page's lang attribute follows this class (templates/voila/vsvkit/index.html.j2)
    assert "vsvkit-lang-en" in region._dom_classes and "vsvkit-lang-nl" not in region._dom_classes


def test_empty_store_says_so(tmp_path, instrument):
    from vsvkit.store import Store

    app = RegionApp(Store(str(tmp_path / "empty.sqlite")), instrument=instrument)
    assert t("region_no_sessions") in _html(app)


def test_change_page_shows_change_interval_and_participation(demo_store, instrument):
    s = demo_store.sessions()
    mine = s[s["vsv"] == "VSV Voorbeeldstad"].sort_values("date")
    app = WorkshopApp(demo_store, instrument=instrument, session_id=int(mine["id"].iloc[1]))
    assert "change" in app.page_order
    app.show("change")
    html = _html(app.body)
    before = demo_store.answers([int(mine["id"].iloc[0])], instrument=instrument)
    after = demo_store.answers([int(mine["id"].iloc[1])], instrument=instrument)
    expected = domain_change(before, after, instrument, min_group_size=5)
    assert not expected["small_sample"].any()
    for r in expected.itertuples(index=False):
        assert f">{r.change:+.0f}</td>" in html
        assert f"{r.ci_low:+.0f} … {r.ci_high:+.0f}" in html
    assert t("participation_title") in html
    # GYN 6 -> 7 shown with n; VK is not (the echelon eerste lijn minus VK would be the GPs),
    # the single GP is not named, a note says small groups exist
    gyn = '<td>gynaecoloog</td><td class="num">6</td><td class="num">7</td>'
    assert gyn in html
    assert '<td>eerstelijns verloskundige</td><td class="num">' not in html
    assert "huisarts" not in html
    assert t("groups_hidden", k=5) in html
    assert len(_images(app.body)) == 1


def test_change_page_small_sample_note_instead_of_interval(demo_store, instrument, tmp_path):
    """A follow-up with 8 respondents: the note replaces the interval."""
    from vsvkit.widgets import pages

    s = demo_store.sessions()
    vsv = s[s["vsv"] == "VSV Voorbeeldstad"].sort_values("date")
    before = demo_store.answers([int(vsv["id"].iloc[0])], instrument=instrument)
    after = demo_store.answers([int(vsv["id"].iloc[1])], instrument=instrument)
    after = after[after["respondent"].isin(sorted(after["respondent"].unique())[:8])]
    change = domain_change(before, after, instrument)
    assert change["small_sample"].all()
    scores = before.iloc[0:0]  # the chart is not under test here
    page = pages.change_page(
        scores, instrument=instrument, lang="nl", render=lambda key, draw: W.HTML(""), change=change
    )
    html = _html(page)
    assert html.count(t("small_sample_note")) == len(instrument.domains)
    assert "…" not in html
