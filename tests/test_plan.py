"""Tests of vsvkit.plan: action validation, suggestions (hand-computed), table and export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from vsvkit.errors import PlanError
from vsvkit.guide import load_guide
from vsvkit.plan import Action, export_plan, guide_situation, plan_table, suggest_actions

LEGACY_GUIDE = Path(__file__).parent / "data" / "gespreksleidraad_2026_1.yaml"

NAN = float("nan")


@pytest.fixture
def guide():
    return load_guide()


def scores_frame(rows):
    """A domain_scores-like frame from (domain, pct, level, consensus, split, suppressed)."""
    frame = pd.DataFrame(
        rows, columns=["domain", "pct", "level", "consensus", "split", "suppressed"]
    )
    frame["level"] = frame["level"].astype("Int64")
    return frame


@pytest.fixture
def mirror(instrument):
    # weakest: ORG 10, COO 30, OMG 55, CLI 60, REF 80 (SUP suppressed)
    # most split: OMG (split), then consensus COO .50, ORG .80, CLI .90, REF .95
    scores = scores_frame(
        [
            ("CLI", 60.0, 3, 0.90, False, False),
            ("COO", 30.0, 2, 0.50, False, False),
            ("ORG", 10.0, 1, 0.80, False, False),
            ("SUP", NAN, None, NAN, False, True),
            ("OMG", 55.0, None, 0.30, True, False),
            ("REF", 80.0, 4, 0.95, False, False),
        ]
    )
    return SimpleNamespace(instrument=instrument, domain_scores=scores)


# -- Action --------------------------------------------------------------------------------


def test_action_normalises_fields(instrument):
    a = Action(domain=" COO ", what="  Protocol maken ", who=" Anna ", due="01-09-2026")
    assert (a.domain, a.what, a.who, a.why, a.measure) == ("COO", "Protocol maken", "Anna", "", "")
    assert a.due == dt.date(2026, 9, 1)
    assert a.status == "open"
    assert Action("REF", "x", due=dt.datetime(2026, 2, 3, 14, 0)).due == dt.date(2026, 2, 3)
    assert Action("REF", "x", due=pd.Timestamp("2026-02-03")).due == dt.date(2026, 2, 3)
    assert Action("REF", "x", due="").due is None
    assert a.check(instrument) is a


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"what": ""}, "what: must say what"),
        ({"what": "   "}, "what: must say what"),
        ({"what": None}, "what: must say what"),
        ({"due": "volgende week"}, "due: 'volgende week' is not a date; write it as YYYY-MM-DD"),
        ({"due": "2026-02-30"}, "due: '2026-02-30' is not a date"),
        ({"due": 20260101}, "due: 20260101 is not a date"),
        ({"status": "klaar"}, "status: 'klaar' is not allowed; choose one of open, in_progress"),
        ({"who": 3}, "who: must be text"),
        ({"domain": ""}, "domain: must be a domain code"),
    ],
)
def test_invalid_action(kwargs, message):
    fields = {"domain": "COO", "what": "iets", **kwargs}
    with pytest.raises(PlanError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Action(**fields)


def test_domain_must_belong_to_the_instrument(instrument):
    with pytest.raises(
        PlanError, match="'XYZ' is not a domain of integratiemeter; choose one of CLI"
    ):
        Action("XYZ", "iets").check(instrument)


def test_every_store_status_is_accepted():
    from vsvkit.store.models import ACTION_STATUSES

    assert [Action("CLI", "x", status=s).status for s in ACTION_STATUSES] == list(ACTION_STATUSES)


def test_actions_are_frozen():
    a = Action("CLI", "x")
    with pytest.raises(AttributeError):
        a.what = "y"


# -- suggestions ---------------------------------------------------------------------------


def test_suggestions_alternate_weakest_and_most_split(mirror, guide):
    got = suggest_actions(mirror, guide, n=3)
    # weakest ORG, most split OMG, next weakest COO
    assert [a.domain for a in got] == ["ORG", "OMG", "COO"]
    org, omg, coo = got
    assert org.what == (
        "Leg in een samenwerkingsovereenkomst vast wie deelneemt en hoe besluiten worden genomen"
    )
    # OMG is split: the guide's split entry, not the level (55% would be level 3)
    assert omg.what == guide.split("OMG").next_steps[0]("nl")
    assert omg.what.startswith("Laat wie contact heeft met zorgverzekeraar en gemeente vertellen")
    assert omg.what != guide.entry("OMG", 3).next_steps[0]("nl")
    assert coo.what == (
        "Spreek af dat elke zwangere één coördinerend zorgverlener heeft, die zij kent"
    )
    assert org.why == "Lage score: Organisatieniveau 10% (apart)"
    assert omg.why == "Verdeeld: geen overeenstemming over Omgeving (consensus 0,30)"
    assert coo.why == "Lage score: Coördinatie van de zorg 30% (afstemming)"
    assert (
        org.measure
        == "Bij de vervolgmeting scoort Organisatieniveau minstens 25% (niveau afstemming)"
    )
    assert coo.measure.endswith("minstens 50% (niveau coördinatie)")
    assert omg.measure == (
        "Bij de vervolgmeting zijn de leden het eens over Omgeving (niet meer verdeeld)"
    )
    assert all(a.status == "open" and a.who == "" and a.due is None for a in got)


def test_more_suggestions_skip_taken_and_suppressed(mirror, guide):
    got = suggest_actions(mirror, guide, n=10)
    # i=1: COO (weak), COO taken as split; i=2: OMG, ORG taken; i=3: CLI; i=4: REF
    assert [a.domain for a in got] == ["ORG", "OMG", "COO", "CLI", "REF"]
    ref = got[-1]
    assert ref.why == "Lage score: Gemeenschappelijk referentiekader 80% (volledig geïntegreerd)"
    assert ref.measure == (
        "Bij de vervolgmeting blijft Gemeenschappelijk referentiekader op minstens 75%"
    )
    assert suggest_actions(mirror, guide, n=0) == []
    with pytest.raises(PlanError, match="n: must be a whole number"):
        suggest_actions(mirror, guide, n=-1)


def test_suggestions_without_split_use_lowest_consensus_and_english(instrument, guide):
    scores = scores_frame(
        [
            ("CLI", 40.0, 2, 0.70, False, False),
            ("COO", 40.0, 2, 0.60, False, False),  # tie on pct: CLI first (questionnaire order)
            ("ORG", 70.0, 3, 0.60, False, False),  # tie on consensus: COO before ORG
            ("SUP", 90.0, 4, 0.90, False, False),
            ("OMG", 90.0, 4, 0.90, False, False),
            ("REF", 90.0, 4, 0.90, False, False),
        ]
    )
    m = SimpleNamespace(instrument=instrument, domain_scores=scores)
    got = suggest_actions(m, guide, n=3, lang="en")
    assert [a.domain for a in got] == ["CLI", "COO", "ORG"]
    assert got[1].why == "Little agreement on Coordination of care (consensus 0.60)"
    assert got[1].what == guide.entry("COO", 2).next_steps[0]("en")
    assert got[2].why == "Little agreement on Organisational level (consensus 0.60)"


def test_suggestions_on_sample_session(demo_store, guide, instrument):
    from vsvkit.mirror import build_mirror

    mirror = build_mirror(demo_store, 1, instrument=instrument)
    ds = mirror.domain_scores
    got = suggest_actions(mirror, guide, n=2)
    # independent: the first is the lowest pct, the second the lowest consensus of the rest
    shown = ds[~ds["suppressed"]]
    weakest = shown["domain"].iloc[int(np.argmin(shown["pct"].to_numpy()))]
    rest = shown[shown["domain"] != weakest]
    if rest["split"].any():
        expected_second = rest[rest["split"]]["domain"].iloc[0]
    else:
        expected_second = rest["domain"].iloc[int(np.argmin(rest["consensus"].to_numpy()))]
    assert [a.domain for a in got] == [weakest, expected_second]
    level = int(shown.set_index("domain").loc[weakest, "level"])
    assert got[0].what == guide.entry(weakest, level).next_steps[0]("nl")


def _sample(store, vsv, instrument):
    from vsvkit.mirror import build_mirror

    sessions = store.sessions()
    (sid,) = sessions.loc[sessions["vsv"] == vsv, "id"]
    return build_mirror(store, int(sid), instrument=instrument)


def test_split_sample_domain_gets_the_split_step(demo_store, guide, instrument):
    mirror = _sample(demo_store, "VSV Proefpolder", instrument)
    ds = mirror.domain_scores.set_index("domain")
    # Proefpolder: COO is split (49.4%, consensus 0.11); OMG is the weakest domain (35.8%)
    assert bool(ds.loc["COO", "split"]) and pd.isna(ds.loc["COO", "level"])
    assert round(ds.loc["OMG", "pct"], 1) == 35.8 and ds.loc["OMG", "dont_know"] < 0.2
    omg, coo = suggest_actions(mirror, guide, n=2)
    assert (omg.domain, coo.domain) == ("OMG", "COO")
    assert (
        omg.what
        == "Nodig de zorgverzekeraar uit voor een gesprek over de knelpunten in de bekostiging"
    )
    assert coo.what == (
        "Volg samen twee recente overdrachten stap voor stap, met iemand van elke betrokken "
        "discipline, en noteer waar de beelden uiteenlopen"
    )
    assert "coördinerend zorgverlener" not in coo.what
    assert coo.why == "Verdeeld: geen overeenstemming over Coördinatie van de zorg (consensus 0,11)"
    assert coo.measure == (
        "Bij de vervolgmeting zijn de leden het eens over Coördinatie van de zorg "
        "(niet meer verdeeld)"
    )
    en = suggest_actions(mirror, guide, n=2, lang="en")[1]
    assert en.what.startswith("Trace two recent handovers step by step together")


def test_high_dont_know_sample_domain_gets_the_information_step(demo_store, guide, instrument):
    mirror = _sample(demo_store, "VSV Fictiefwaard", instrument)
    ds = mirror.domain_scores.set_index("domain")
    # Fictiefwaard: weakest SUP 18.2%, ORG 25.8%; lowest consensus OMG 0.75, whose
    # "weet niet" share is 23.5% (at least the 20% of the discussion points)
    assert ds.loc["OMG", "dont_know"] == pytest.approx(0.235294, abs=1e-6)
    sup, omg, org = suggest_actions(mirror, guide, n=3)
    assert (sup.domain, omg.domain, org.domain) == ("SUP", "OMG", "ORG")
    assert (
        sup.what == "Spreek af welke gegevens bij een verwijzing altijd worden meegestuurd "
        "(een minimale dataset)"
    )
    assert omg.what == (
        "Licht in het VSV-overleg de afspraken met zorgverzekeraar en gemeente toe, en wat ze "
        "betekenen voor de dagelijkse zorg"
    )
    assert omg.why == (
        "Weinig overeenstemming over Omgeving (consensus 0,75); "
        "24% van de antwoorden is 'weet niet'"
    )
    assert omg.measure == (
        "Bij de vervolgmeting is minder dan 20% van de antwoorden over Omgeving 'weet niet'"
    )
    assert org.what == "Maak een gezamenlijk jaarplan met drie doelen en een trekker per doel"
    assert "weet niet" not in org.why  # ORG's share is 8%
    en = suggest_actions(mirror, guide, n=3, lang="en")[1]
    assert en.why.endswith("; 24% of the answers are 'don't know'")
    assert en.measure == (
        "At the follow-up measurement fewer than 20% of the answers on Environment are 'don't know'"
    )


def test_which_guide_entry_applies(guide, instrument):
    legacy = load_guide(LEGACY_GUIDE, instrument=instrument)
    assert guide_situation(guide, "COO", split=False, dont_know=0.19) is None
    assert guide_situation(guide, "COO", split=False, dont_know=NAN) is None
    assert guide_situation(guide, "COO", split=False) is None
    # on the threshold (also after float arithmetic) is high
    assert guide_situation(guide, "COO", split=False, dont_know=0.1 + 0.1) == (
        "dont_know",
        guide.dont_know("COO"),
    )
    assert guide_situation(guide, "COO", split=False, dont_know=0.6 - 0.4)[0] == "dont_know"
    # a split domain with a high share: first the split
    assert guide_situation(guide, "COO", split=True, dont_know=0.5) == ("split", guide.split("COO"))
    # a guide in the 2026.1 shape has neither entry: the level's step
    assert guide_situation(legacy, "COO", split=True, dont_know=0.5) is None


def test_suggestions_with_an_old_guide_follow_the_level(mirror, instrument):
    legacy = load_guide(LEGACY_GUIDE, instrument=instrument)
    omg = suggest_actions(mirror, legacy, n=3)[1]
    # OMG is split (level NA): its pct 55 lies in level 3 (50-75)
    assert omg.domain == "OMG"
    assert omg.what == legacy.entry("OMG", 3).next_steps[0]("nl")
    assert omg.what == "Verken met de zorgverzekeraar een experiment met integrale bekostiging"


def test_dont_know_column_drives_the_entry(instrument, guide):
    scores = scores_frame(
        [
            ("CLI", 80.0, 4, 0.90, False, False),
            ("COO", 80.0, 4, 0.90, False, False),
            ("ORG", 10.0, 1, 0.80, False, False),
            ("SUP", 20.0, None, 0.20, True, False),
            ("OMG", 30.0, 2, 0.95, False, False),
            ("REF", 80.0, 4, 0.90, False, False),
        ]
    )
    scores["dont_know"] = [0.0, 0.0, 0.25, 0.50, 0.19, 0.0]
    m = SimpleNamespace(instrument=instrument, domain_scores=scores)
    org, sup, omg = suggest_actions(m, guide, n=3)
    assert org.what == guide.dont_know("ORG").next_steps[0]("nl")
    assert (
        org.why == "Lage score: Organisatieniveau 10% (apart); 25% van de antwoorden is 'weet niet'"
    )
    assert sup.what == guide.split("SUP").next_steps[0]("nl")  # split wins over 50% weet niet
    assert "weet niet" not in sup.why
    assert omg.what == guide.entry("OMG", 2).next_steps[0]("nl")  # 19% is below 20%


# -- table and export ----------------------------------------------------------------------


@pytest.fixture
def actions_df():
    return pd.DataFrame(
        {
            "id": [7, 3],
            "domain": ["SUP", "REF"],
            "what": ["Gezamenlijk intakeformulier", "Visie op één A4 – samen met cliënten"],
            "why": ["Lage score: Ondersteuning 26%", ""],
            "who": ["Eva (VK)", "Bas; Joke"],
            "due": [dt.date(2026, 6, 30), None],
            "measure": ["Formulier in gebruik bij alle praktijken", "Visie vastgesteld"],
            "status": ["in_progress", "open"],
            "position": [1, 2],
        }
    )


def test_plan_table_dutch_and_english(actions_df, instrument):
    nl = plan_table(actions_df, instrument, "nl")
    assert list(nl.columns) == [
        "Nr.",
        "Domein",
        "Wat",
        "Waarom (bevinding)",
        "Wie (trekker)",
        "Klaar op",
        "Hoe weten we dat het werkt",
        "Status",
    ]
    assert nl["Nr."].tolist() == [1, 2]
    assert nl["Domein"].tolist() == ["Ondersteuning", "Gemeenschappelijk referentiekader"]
    assert nl["Status"].tolist() == ["bezig", "open"]
    assert nl["Klaar op"].tolist() == [dt.date(2026, 6, 30), None]
    en = plan_table(actions_df, instrument, "en")
    assert list(en.columns)[:3] == ["No.", "Domain", "What"]
    assert en["Domain"].tolist() == ["Support", "Shared frame of reference"]
    assert en["Status"].tolist() == ["in progress", "open"]
    with pytest.raises(PlanError, match="lacks column\\(s\\) measure"):
        plan_table(actions_df.drop(columns="measure"), instrument)


def test_export_csv_semicolon_bom_roundtrip(actions_df, instrument, tmp_path):
    path = export_plan(actions_df, tmp_path / "sub" / "plan.csv", instrument=instrument)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines()[0].split(";")[:3] == ["Nr.", "Domein", "Wat"]
    back = pd.read_csv(path, sep=";", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert back["Wat"].tolist() == actions_df["what"].tolist()
    assert back["Wie (trekker)"].tolist() == ["Eva (VK)", "Bas; Joke"]  # ';' quoted
    assert back["Klaar op"].tolist() == ["2026-06-30", ""]
    assert back["Status"].tolist() == ["bezig", "open"]


def test_export_xlsx_roundtrip_english(actions_df, instrument, tmp_path):
    path = export_plan(actions_df, tmp_path / "plan.xlsx", instrument=instrument, lang="en")
    back = pd.read_excel(path, sheet_name="Follow-up plan", engine="openpyxl")
    assert list(back.columns) == list(plan_table(actions_df, instrument, "en").columns)
    assert back["What"].tolist() == actions_df["what"].tolist()
    assert back["Due"].iloc[0] == pd.Timestamp("2026-06-30")
    assert pd.isna(back["Due"].iloc[1])
    assert back["How we know it works"].tolist() == actions_df["measure"].tolist()


def test_export_refuses_other_formats(actions_df, tmp_path):
    with pytest.raises(
        PlanError, match="plan.pdf: cannot export the plan as '.pdf'; use .csv or .xlsx"
    ):
        export_plan(actions_df, tmp_path / "plan.pdf")


def test_suggestion_through_the_store_and_export(demo_store, guide, instrument, tmp_path):
    from vsvkit.mirror import build_mirror

    action = suggest_actions(build_mirror(demo_store, 1, instrument=instrument), guide, n=1)[0]
    new_id = demo_store.add_action(1, **action.as_dict())
    demo_store.update_action(new_id, who="ROS-adviseur", due="2026-11-01")
    frame = demo_store.actions(1)
    path = export_plan(frame, tmp_path / "p.csv", instrument=instrument)
    back = pd.read_csv(path, sep=";", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    row = back.iloc[-1]
    assert row["Wat"] == action.what and row["Waarom (bevinding)"] == action.why
    assert row["Wie (trekker)"] == "ROS-adviseur" and row["Klaar op"] == "2026-11-01"
    assert row["Domein"] == instrument.domain(action.domain).name("nl")
