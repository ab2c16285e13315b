"""The guide panel and the follow-up-plan editor, driven by setting values and checking state
and store."""

from __future__ import annotations

import base64
import datetime as dt
import re

import ipywidgets as W
import pandas as pd
import pytest

from vsvkit.guide import load_guide
from vsvkit.mirror import build_mirror
from vsvkit.plan import suggest_actions
from vsvkit.widgets.guide import GuidePanel
from vsvkit.widgets.plan import PlanEditor

SESSION = 1  # VSV Voorbeeldstad, baseline, in the demo store


@pytest.fixture
def guide():
    return load_guide()


@pytest.fixture
def mirror(demo_store, instrument):
    return build_mirror(demo_store, SESSION, instrument=instrument)


@pytest.fixture
def editor(demo_store, mirror, tmp_path, monkeypatch):
    return PlanEditor(demo_store, SESSION, mirror, report_dir=tmp_path / "reports")


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _sections(panel) -> list[str]:
    return re.findall(r"<div class='(vsvkit-guide-\w+)'>", panel.content.value)


# -- guide panel ---------------------------------------------------------------------------


def test_guide_panel_measured_level(mirror, guide):
    row = mirror.domain_scores.set_index("domain").loc["COO"]
    level = int(row["level"])
    panel = GuidePanel.for_domain(mirror, "COO", guide=guide)
    assert panel.levels_shown == (level,)
    assert _sections(panel) == ["vsvkit-guide-measured"]
    html = panel.content.value
    entry = guide.entry("COO", level)
    for text in entry.questions + entry.next_steps:
        assert text("nl") in html
    other = guide.entry("COO", 4 if level != 4 else 1)
    assert other.next_steps[0]("nl") not in html


def test_guide_panel_agreed_level_differs_and_follows_dropdown(mirror, guide, instrument):
    level = int(mirror.domain_scores.set_index("domain").loc["SUP", "level"])
    agreed = 3 if level != 3 else 2
    dropdown = W.Dropdown(options=[None, 1, 2, 3, 4], value=None)
    panel = GuidePanel.for_domain(mirror, "SUP", guide=guide, follow=dropdown, lang="en")
    assert panel.levels_shown == (level,)
    dropdown.value = agreed
    assert panel.levels_shown == (level, agreed)
    assert _sections(panel) == ["vsvkit-guide-measured", "vsvkit-guide-agreed"]
    html = panel.content.value
    assert f"At the agreed level: {agreed} {instrument.level_label(agreed, 'en')}" in html
    assert guide.entry("SUP", agreed).next_steps[1]("en") in html
    dropdown.value = level  # agreed equals measured: one section
    assert _sections(panel) == ["vsvkit-guide-measured"]
    dropdown.value = None
    assert panel.levels_shown == (level,)


def test_guide_panel_split_and_missing_scores(guide, instrument):
    from types import SimpleNamespace

    scores = pd.DataFrame(
        {
            "domain": ["CLI", "COO"],
            "pct": [62.0, float("nan")],
            "level": pd.array([None, None], dtype="Int64"),
            "suppressed": [False, True],
        }
    )
    m = SimpleNamespace(instrument=instrument, domain_scores=scores)
    split = GuidePanel.for_domain(m, "CLI", guide=guide)
    assert split.levels_shown == (3,)  # 62% lies in 50-75
    assert "verdeeld" in split.content.value and "62%" in split.content.value
    assert guide.entry("CLI", 3).questions[0]("nl") in split.content.value
    hidden = GuidePanel.for_domain(m, "COO", guide=guide)
    assert hidden.levels_shown == ()
    assert "Geen score voor dit domein" in hidden.content.value


# -- plan editor ---------------------------------------------------------------------------


def test_suggestions_match_the_core(editor, mirror, guide):
    expected = suggest_actions(mirror, guide, 3)
    assert editor.suggestions == expected
    assert editor.visible_suggestions() == expected
    buttons = [w for w in _walk(editor.suggestion_box) if isinstance(w, W.Button)]
    assert len(buttons) == 6  # accept + leave out per suggestion
    assert len(editor.rows) == 0


def test_accept_edit_and_reload(editor, demo_store, mirror):
    first = editor.suggestions[0]
    accept = [w for w in _walk(editor.suggestion_box) if "vsvkit-plan-accept" in w._dom_classes][0]
    accept.click()
    stored = demo_store.actions(SESSION)
    assert len(stored) == 1
    row = stored.iloc[0]
    assert (row["domain"], row["what"], row["why"], row["measure"], row["status"]) == (
        first.domain,
        first.what,
        first.why,
        first.measure,
        "open",
    )
    assert first not in editor.visible_suggestions()
    assert len(editor.visible_suggestions()) == 2
    (ui,) = editor.rows
    ui.what.value = "Gezamenlijk intakeformulier vóór 1 juli"
    ui.who.value = "Eva (VK)"
    ui.due.value = dt.date(2026, 7, 1)
    ui.status.value = "in_progress"
    ui.measure.value = "Alle praktijken gebruiken het formulier"
    saved = demo_store.action(ui.action_id)
    assert saved.what == "Gezamenlijk intakeformulier vóór 1 juli"
    assert (saved.who, saved.due, saved.status) == ("Eva (VK)", dt.date(2026, 7, 1), "in_progress")
    assert saved.measure == "Alle praktijken gebruiken het formulier"
    assert "vsvkit-saved" in editor.status.value

    again = PlanEditor(demo_store, SESSION, mirror)  # a page reload
    assert [r.what.value for r in again.rows] == ["Gezamenlijk intakeformulier vóór 1 juli"]
    assert again.rows[0].due.value == dt.date(2026, 7, 1)
    assert first.domain not in {s.domain for s in again.visible_suggestions()}


def test_empty_what_is_not_saved(editor, demo_store):
    editor.accept(editor.suggestions[0])
    ui = editor.rows[0]
    before = demo_store.action(ui.action_id).what
    ui.what.value = "   "
    assert demo_store.action(ui.action_id).what == before
    assert "vsvkit-error" in editor.status.value and "mag niet leeg" in editor.status.value


def test_dismiss_add_change_domain_and_delete(editor, demo_store):
    second = editor.suggestions[1]
    editor.dismiss(editor.suggestions[0])
    assert editor.visible_suggestions() == editor.suggestions[1:]
    assert len(demo_store.actions(SESSION)) == 0
    editor.add()
    (ui,) = editor.rows
    assert demo_store.action(ui.action_id).what == "Nieuwe actie"
    ui.domain.value = second.domain
    assert demo_store.action(ui.action_id).domain == second.domain
    assert second not in editor.visible_suggestions()  # its domain is in the plan now
    ui.delete.click()
    assert len(demo_store.actions(SESSION)) == 0
    assert len(editor.rows) == 0
    assert second in editor.visible_suggestions()


def test_export_links_hold_the_plan(editor, demo_store, instrument):
    for s in editor.suggestions[:2]:
        editor.accept(s)
    editor.rows[0].who.value = "Bas"
    csv = editor.export("csv")
    links = re.findall(r"href='data:([^;]+);base64,([^']+)'", editor.export_result.value)
    assert links[0][0] == "text/csv"
    assert base64.b64decode(links[0][1]) == csv.read_bytes()
    table = pd.read_csv(csv, sep=";", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert table["Wat"].tolist() == [r.what.value for r in editor.rows]
    assert table["Wie (trekker)"].tolist() == ["Bas", ""]
    xlsx = editor.export("xlsx")
    assert xlsx.name == "vervolgplan-vsv-voorbeeldstad-2025-03-12.xlsx"
    links = re.findall(r"href='data:([^;]+);base64,([^']+)'", editor.export_result.value)
    assert links[0][0].endswith("spreadsheetml.sheet")
    back = pd.read_excel(xlsx, engine="openpyxl")
    assert back["Domein"].tolist() == [
        instrument.domain(r.domain.value).name("nl") for r in editor.rows
    ]


def test_action_fields_are_named_by_their_column(editor):
    from vsvkit.i18n import t
    from vsvkit.widgets.style import HIDDEN_LABEL

    editor.add()
    (ui,) = editor.rows
    fields = ("domain", "what", "why", "measure", "who", "due", "status")
    assert [getattr(ui, f).description for f in fields] == [
        t(f"plan_col_{f}", "nl") for f in fields
    ]
    assert all(HIDDEN_LABEL in getattr(ui, f)._dom_classes for f in fields)


def test_store_failure_is_shown_not_raised(editor, demo_store, monkeypatch):
    from vsvkit.errors import StoreError

    editor.accept(editor.suggestions[0])

    def broken(*_a, **_k):
        raise StoreError("database is locked")

    monkeypatch.setattr(demo_store, "update_action", broken)
    editor.rows[0].who.value = "X"
    assert "vsvkit-error" in editor.status.value
    assert "Opslaan is mislukt" in editor.status.value
    assert demo_store.action(editor.rows[0].action_id).who == ""


def test_app_has_plan_page_and_guide_on_domain_pages(demo_store, instrument):
    from vsvkit.widgets import WorkshopApp

    app = WorkshopApp(demo_store, instrument=instrument, session_id=SESSION)
    order = app.page_order
    assert order[order.index("discussion") + 1] == "plan"
    app.show("plan")
    assert any(isinstance(w, PlanEditor) for w in _walk(app.body))
    app.show("COO")
    panels = [w for w in _walk(app.body) if isinstance(w, GuidePanel)]
    assert len(panels) == 1
    # the notes' agreed-level dropdown drives the panel
    from vsvkit.widgets import DomainNotes

    notes = next(w for w in _walk(app.body) if isinstance(w, DomainNotes))
    measured = panels[0].measured
    notes.agreed_level.value = 4 if measured != 4 else 1
    assert len(panels[0].levels_shown) == 2
