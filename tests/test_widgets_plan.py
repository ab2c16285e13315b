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


CPZ = "Bron: Zorgstandaard Integrale Geboortezorg (College Perinatale Zorg)"
REPEAT = "Herhaal de integratiemeter over een jaar en vergelijk de uitkomsten met deze meting"


def _in_order(html: str, *texts: str) -> bool:
    """Whether every text is in ``html``, each after the one before."""
    at = -1
    for text in texts:
        at = html.find(text, at + 1)
        if at < 0:
            return False
    return True


def _panel_for(store, vsv, domain, instrument, **kwargs):
    sessions = store.sessions()
    (sid,) = sessions.loc[sessions["vsv"] == vsv, "id"]
    mirror = build_mirror(store, int(sid), instrument=instrument)
    return mirror, GuidePanel.for_domain(mirror, domain, **kwargs)


def test_guide_panel_measured_level(mirror, guide):
    row = mirror.domain_scores.set_index("domain").loc["COO"]
    level = int(row["level"])
    assert level == 2 and row["dont_know"] < 0.2 and not row["split"]
    panel = GuidePanel.for_domain(mirror, "COO", guide=guide)
    assert panel.levels_shown == (level,) and panel.situations_shown == ()
    assert _sections(panel) == ["vsvkit-guide-measured", "vsvkit-guide-every"]
    html = panel.content.value
    entry = guide.entry("COO", level)
    for text in entry.questions + entry.next_steps:
        assert text("nl") in html
    other = guide.entry("COO", 4 if level != 4 else 1)
    assert other.next_steps[0]("nl") not in html
    # each step names its sources; the steps of every level come after the level's own
    assert _in_order(
        html,
        "Spreek af dat elke zwangere één coördinerend zorgverlener heeft, die zij kent",
        CPZ + "</span></li>",
        "Maak van de losse protocollen een gedeeld zorgpad met vaste overdrachtsafspraken",
        "Bronnen: Zorgstandaard Integrale Geboortezorg (College Perinatale Zorg); "
        "VSV-basiskader (Federatie van VSV&#x27;s en de landelijke geboortezorgpartijen, 2023)",
        "Bij elk niveau",
        REPEAT,
        "Bron: An approach to measuring integrated care within a maternity care system "
        "(Boesveld et al., International Journal of Integrated Care, 2017)",
    )
    assert html.count(REPEAT) == 1
    assert "Verdeeld" not in html and "Veel &#x27;weet niet&#x27;" not in html


def test_guide_panel_agreed_level_differs_and_follows_dropdown(mirror, guide, instrument):
    level = int(mirror.domain_scores.set_index("domain").loc["SUP", "level"])
    agreed = 3 if level != 3 else 2
    dropdown = W.Dropdown(options=[None, 1, 2, 3, 4], value=None)
    panel = GuidePanel.for_domain(mirror, "SUP", guide=guide, follow=dropdown, lang="en")
    assert panel.levels_shown == (level,)
    dropdown.value = agreed
    assert panel.levels_shown == (level, agreed)
    assert _sections(panel) == [
        "vsvkit-guide-measured",
        "vsvkit-guide-agreed",
        "vsvkit-guide-every",
    ]
    html = panel.content.value
    assert f"At the agreed level: {agreed} {instrument.level_label(agreed, 'en')}" in html
    assert guide.entry("SUP", agreed).next_steps[1]("en") in html
    assert html.count(guide.every_level[0]("en")) == 1  # once, after both levels
    assert "Take part in the perinatal audit with all disciplines" in html
    assert "Source: Perinatal audit (Perined)" in html
    dropdown.value = level  # agreed equals measured: one section
    assert _sections(panel) == ["vsvkit-guide-measured", "vsvkit-guide-every"]
    dropdown.value = None
    assert panel.levels_shown == (level,)


def test_guide_panel_split_sample_domain_starts_with_the_split_entry(demo_store, instrument):
    # Proefpolder's COO is split (49.4%, consensus 0.11)
    mirror, panel = _panel_for(demo_store, "VSV Proefpolder", "COO", instrument)
    assert panel.split_pct == pytest.approx(49.354839, abs=1e-6)
    assert panel.situations_shown == ("split",) and panel.levels_shown == (2,)
    assert _sections(panel) == [
        "vsvkit-guide-split",
        "vsvkit-guide-measured",
        "vsvkit-guide-every",
    ]
    html = panel.content.value
    assert _in_order(
        html,
        "De leden zijn verdeeld over dit domein (49%, afstemming). Begin bij de vraag waarom",
        "Verdeeld: eerst begrijpen waarom de beelden verschillen",
        "Waarom zien de disciplines de coördinatie van de zorg zo verschillend?",
        "Volg samen twee recente overdrachten stap voor stap",
        CPZ,
        "Leg de bestaande overdrachtsafspraken naast wat elke discipline in de praktijk doet",
        "Bij het gemeten niveau: 2 afstemming",
        "Spreek af dat elke zwangere één coördinerend zorgverlener heeft",
        "Bij elk niveau",
        REPEAT,
    )
    en = GuidePanel.for_domain(mirror, "COO", lang="en").content.value
    assert _in_order(
        en,
        "Split: first understand why the pictures differ",
        "Why do the disciplines see the coordination of care so differently?",
        "Trace two recent handovers step by step together",
        "Source: Zorgstandaard Integrale Geboortezorg, the care standard for integrated "
        "maternity care (College Perinatale Zorg)",
        "At the measured level: 2",
        "At every level",
    )


def test_guide_panel_high_dont_know_sample_domain(demo_store, instrument):
    # Fictiefwaard's OMG: 23.5% "weet niet" (the discussion points flag from 20%)
    mirror, panel = _panel_for(demo_store, "VSV Fictiefwaard", "OMG", instrument)
    assert panel.dont_know_share == pytest.approx(0.235294, abs=1e-6)
    assert panel.situations_shown == ("dont_know",)
    assert _sections(panel) == [
        "vsvkit-guide-dontknow",
        "vsvkit-guide-measured",
        "vsvkit-guide-every",
    ]
    assert _in_order(
        panel.content.value,
        "Veel &#x27;weet niet&#x27; (24%): wie informeert wie over hoe het geregeld is?",
        "Weten de leden welke afspraken er met de zorgverzekeraar en de gemeente zijn?",
        "Licht in het VSV-overleg de afspraken met zorgverzekeraar en gemeente toe",
        "Bronnen: Beleidsregel integrale geboortezorg (Nederlandse Zorgautoriteit); "
        "Actieprogramma Kansrijke Start (Ministerie van VWS)",
        "Bij het gemeten niveau: 2 afstemming",
        "Nodig de zorgverzekeraar uit",
        REPEAT,
    )
    # the same session's ORG has 8% "weet niet": no such entry
    org = GuidePanel.for_domain(mirror, "ORG")
    assert org.situations_shown == () and "vsvkit-guide-dontknow" not in org.content.value


def test_guide_panel_split_and_missing_scores(guide, instrument):
    from types import SimpleNamespace

    scores = pd.DataFrame(
        {
            "domain": ["CLI", "COO", "ORG", "REF"],
            "pct": [62.0, float("nan"), float("nan"), 30.0],
            "level": pd.array([None, None, None, None], dtype="Int64"),
            "dont_know": [0.30, float("nan"), 0.80, 0.2],
            "suppressed": [False, True, False, False],
        }
    )
    m = SimpleNamespace(instrument=instrument, domain_scores=scores)
    split = GuidePanel.for_domain(m, "CLI", guide=guide)
    assert split.levels_shown == (3,)  # 62% lies in 50-75
    # split and much "weet niet": the split entry first, then the "weet niet" one
    assert split.situations_shown == ("split", "dont_know")
    assert _sections(split) == [
        "vsvkit-guide-split",
        "vsvkit-guide-dontknow",
        "vsvkit-guide-measured",
        "vsvkit-guide-every",
    ]
    assert "verdeeld" in split.content.value and "62%" in split.content.value
    assert _in_order(
        split.content.value,
        guide.split("CLI").questions[0]("nl"),
        "(30%)",
        guide.dont_know("CLI").questions[0]("nl"),
        guide.entry("CLI", 3).questions[0]("nl"),
    )
    hidden = GuidePanel.for_domain(m, "COO", guide=guide)
    assert hidden.levels_shown == () and hidden.situations_shown == ()
    assert "Geen score voor dit domein" in hidden.content.value
    # no score (too few answered), but 80% "weet niet": that is the task to show
    unknown = GuidePanel.for_domain(m, "ORG", guide=guide)
    assert unknown.levels_shown == () and unknown.situations_shown == ("dont_know",)
    assert _sections(unknown) == ["vsvkit-guide-dontknow"]
    assert _in_order(
        unknown.content.value,
        "Geen score voor dit domein",
        guide.dont_know("ORG").next_steps[0]("nl"),
    )
    # exactly on the threshold is high
    assert GuidePanel.for_domain(m, "REF", guide=guide).situations_shown == ("split", "dont_know")


def test_guide_panel_with_an_old_guide(demo_store, instrument):
    from pathlib import Path

    legacy = load_guide(Path(__file__).parent / "data" / "gespreksleidraad_2026_1.yaml")
    _, panel = _panel_for(demo_store, "VSV Proefpolder", "COO", instrument, guide=legacy, lang="en")
    assert panel.situations_shown == ()
    assert _sections(panel) == ["vsvkit-guide-measured"]
    html = panel.content.value
    assert "the guide follows the score (49%, alignment)" in html
    assert "Agree on one coordinating care provider per care pathway" in html
    assert "Source" not in html and "At every level" not in html


# -- plan editor ---------------------------------------------------------------------------


def test_suggestions_match_the_core(editor, mirror, guide):
    expected = suggest_actions(mirror, guide, 3)
    assert editor.suggestions == expected
    assert editor.visible_suggestions() == expected
    html = "".join(w.value for w in _walk(editor.suggestion_box) if isinstance(w, W.HTML))
    for s in expected:  # each suggestion names the sources of its guide step
        step = guide.find_step(s.domain, s.what)
        cites = "; ".join(ref.cite("nl") for ref in step.refs).replace("'", "&#x27;")
        assert _in_order(html, s.what, s.why, cites)
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
