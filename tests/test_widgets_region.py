"""The region page and the app's change page, driven by setting values and checking state."""

from __future__ import annotations

import ipywidgets as W
import numpy as np
import openpyxl
import pytest

from vsvkit.change import domain_change
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
        assert f"<td>{v:.0f}</td>" in html
    images = _images(region.body)
    assert len(images) == 2 and all(bytes(i.value).startswith(PNG_MAGIC) for i in images)
    assert t("region_alpha_title") in html


def test_other_vsvs_are_anonymous_unless_chosen_by_name(region):
    html = _html(region.body)
    # nothing chosen by name: only the focus VSV is named on the page
    for other in ("VSV Fictiefwaard", "VSV Proefpolder", "VSV Voorbeeldstad"):
        assert other not in html
    # the distribution is over the three others, without names
    dist = region.tables["sheet_distribution"]
    assert (dist["n_vsv"] == 3).all() and not dist["suppressed"].any()
    region.named_picker.value = ("VSV Proefpolder",)
    html = _html(region.body)
    assert "VSV Proefpolder" in html and "VSV Voorbeeldstad" not in html
    assert list(region.tables["sheet_table"].columns) == [
        "VSV Denkbeeldig Delta",
        "VSV Proefpolder",
    ]


def test_reference_chosen_vsvs_with_too_few_others_hides_distribution(region):
    region.named_picker.value = ("VSV Proefpolder",)
    region.reference_picker.value = "named"
    dist = region.tables["sheet_distribution"]
    assert dist["suppressed"].all() and dist["median"].isna().all()
    perc = region.tables["sheet_percentiles"]
    assert (perc["n_others"] == 1).all()
    assert t("region_too_few_others", n=3) in _html(region.body)
    region.select_all.click()
    assert set(region.named_picker.value) == set(region.vsvs)
    assert (region.tables["sheet_distribution"]["n_vsv"] == 3).all()


def test_focus_switch_changes_percentiles(region):
    first = region.tables["sheet_percentiles"]["pct"].to_numpy()
    region.focus_picker.value = "VSV Voorbeeldstad"
    second = region.tables["sheet_percentiles"]
    assert not np.allclose(first, second["pct"].to_numpy())
    assert "VSV Voorbeeldstad" in _html(region.body)


def test_export_offers_workbook_with_the_tables_on_screen(region, tmp_path, monkeypatch):
    monkeypatch.setenv("VSVKIT_REPORT_DIR", str(tmp_path))
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
    # VK 13 -> 15 shown with n; the single GP is not named, a note says small groups exist
    vk = '<td>eerstelijns verloskundige</td><td class="num">13</td><td class="num">15</td>'
    assert vk in html
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
