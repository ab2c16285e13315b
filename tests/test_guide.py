"""Tests of vsvkit.guide: the bundled conversation guide and the loader's error messages."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest
import yaml

from vsvkit.errors import InstrumentError
from vsvkit.guide import NextStep, default_guide_path, load_guide

#: The guide in the shape of version 2026.1 (no references, split or dont_know entries).
LEGACY = Path(__file__).parent / "data" / "gespreksleidraad_2026_1.yaml"


@pytest.fixture
def raw():
    return yaml.safe_load(default_guide_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="guide.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def entries(guide):
    """(key, questions, next steps) of every level and situation of the guide."""
    for d in guide.domains:
        for lv in d.levels:
            yield f"{d.code}.{lv.level}", lv.questions, lv.next_steps
        for name in ("split", "dont_know"):
            entry = getattr(d, name)
            yield f"{d.code}.{name}", entry.questions, entry.next_steps


# -- the bundled guide -----------------------------------------------------------------------


def test_bundled_guide_covers_every_domain_level_and_situation(instrument):
    guide = load_guide(instrument=instrument)
    assert guide.version == "2026.2" and not guide.legacy
    assert guide.domain_codes == instrument.domain_codes
    for code in instrument.domain_codes:
        levels = [lv.level for lv in guide.domain(code).levels]
        assert levels == [lv.level for lv in instrument.levels] == [1, 2, 3, 4]
        assert guide.split(code) is not None and guide.dont_know(code) is not None
    keys = [key for key, _, _ in entries(guide)]
    assert len(keys) == 6 * (4 + 2)
    for key, questions, steps in entries(guide):
        assert 2 <= len(questions) <= 3, key
        assert 2 <= len(steps) <= 3, key
        for text in questions + tuple(s.text for s in steps):
            assert text("nl").strip() and text("en").strip(), key
            assert text("nl") != text("en"), key
        assert all(q("nl").endswith("?") and q("en").endswith("?") for q in questions), key


def test_every_next_step_names_an_existing_reference():
    guide = load_guide()
    steps = [s for _, _, st in entries(guide) for s in st] + list(guide.every_level)
    assert len(steps) == 6 * (4 * 2 + 2 + 2) + 1
    for step in steps:
        assert isinstance(step, NextStep)
        assert len(step.refs) >= 1, step("nl")
        for ref in step.refs:
            assert guide.reference(ref.id) is ref
    # every listed source is used by at least one step
    used = {ref.id for step in steps for ref in step.refs}
    assert used == {ref.id for ref in guide.references}


def test_references_name_title_and_publisher_without_web_addresses():
    guide = load_guide()
    for ref in guide.references:
        for text in (ref.title("nl"), ref.title("en"), ref.publisher):
            assert text.strip()
            assert not re.search(r"https?:|://|www\.|\.nl\b|\.org\b", text), text
    by_id = {ref.id: ref for ref in guide.references}
    assert by_id["zorgstandaard"].title("nl") == "Zorgstandaard Integrale Geboortezorg"
    assert by_id["zorgstandaard"].publisher == "College Perinatale Zorg"
    assert by_id["basiskader"].cite("nl") == (
        "VSV-basiskader (Federatie van VSV's en de landelijke geboortezorgpartijen, 2023)"
    )
    assert by_id["perinatale_audit"].cite("en") == "Perinatal audit (Perined)"
    assert by_id["toetsingskader"].cite("nl") == (
        "Toetsingskader Integrale Geboortezorg (Inspectie Gezondheidszorg en Jeugd, 2020)"
    )
    assert by_id["kansrijke_start"].cite("nl") == (
        "Actieprogramma Kansrijke Start (Ministerie van VWS)"
    )


def test_bundled_guide_texts_are_distinct():
    guide = load_guide()
    for lang in ("nl", "en"):
        steps = [s(lang) for _, _, st in entries(guide) for s in st]
        steps += [s(lang) for s in guide.every_level]
        questions = [q(lang) for _, qs, _ in entries(guide) for q in qs]
        assert len(steps) == len(set(steps)) == 73
        assert len(questions) == len(set(questions))


def test_repeat_the_meter_belongs_to_every_level():
    guide = load_guide()
    (repeat,) = guide.every_level
    assert repeat("nl") == (
        "Herhaal de integratiemeter over een jaar en vergelijk de uitkomsten met deze meting"
    )
    assert repeat("en").startswith("Repeat the integration meter in a year")
    assert [r.id for r in repeat.refs] == ["meting_integrale_zorg"]
    level_steps = [s for _, _, st in entries(guide) for s in st]
    assert not [s("nl") for s in level_steps if "integratiemeter" in s("nl")]
    assert not [s("en") for s in level_steps if "integration meter" in s("en")]


def test_split_entries_first_ask_why_the_disciplines_differ():
    guide = load_guide()
    for code in guide.domain_codes:
        first = guide.split(code).questions[0]
        assert first("nl").startswith("Waarom zien de disciplines "), code
        assert first("nl").endswith(" zo verschillend?"), code
        assert first("en").startswith("Why do the disciplines see "), code
        assert first("en").endswith(" so differently?"), code
    # the split steps are about the picture, not about the next level
    assert guide.split("COO").next_steps[0]("nl").startswith("Volg samen twee recente overdrachten")
    coo_steps = [s("nl") for s in guide.split("COO").next_steps]
    assert not [s for s in coo_steps if "coördinerend zorgverlener" in s]


def test_dont_know_entries_are_an_information_task():
    guide = load_guide()
    assert guide.dont_know("ORG").next_steps[0]("nl").startswith("Deel het jaarplan")
    assert guide.dont_know("COO").next_steps[0]("nl") == (
        "Licht de overdrachtsafspraken toe in het VSV-overleg en in het werkoverleg van elke "
        "discipline"
    )
    for code in guide.domain_codes:
        first = guide.dont_know(code).questions[0]
        assert first("nl").startswith(("Weten de leden", "Welke afspraken")), code


def test_points_of_the_product_owner():
    guide = load_guide()
    # COO: the opening questions of level 1 and 2 are no near-duplicates
    q1, q2 = (guide.entry("COO", lv).questions[0]("nl") for lv in (1, 2))
    assert not q1.startswith(q2[:-1]) and "overdracht van de eerste naar" not in q2
    # one coordinating care provider per client, not per care pathway
    step = guide.entry("COO", 2).next_steps[0]
    assert (
        step("nl")
        == "Spreek af dat elke zwangere één coördinerend zorgverlener heeft, die zij kent"
    )
    assert (
        step("en")
        == "Agree that every pregnant woman has one coordinating care provider, whom she knows"
    )
    assert "zorgpad" not in step("nl")
    # ORG 3: the VSV records in its own agreements, with the basiskader as a guide (both languages)
    org3 = guide.entry("ORG", 3).next_steps[1]
    assert "in de eigen VSV-afspraken" in org3(
        "nl"
    ) and "met het VSV-basiskader als leidraad" in org3("nl")
    assert "in the VSV's own agreements" in org3(
        "en"
    ) and "with the VSV-basiskader as a guide" in org3("en")
    # ORG 4 names the real options
    org4 = guide.entry("ORG", 4).next_steps[0]
    assert "integrale geboortezorgorganisatie (IGO) met integrale bekostiging" in org4("nl")
    assert "beleidsregel_igz" in [r.id for r in org4.refs]
    # REF 1 opens with what already works
    ref1 = guide.entry("REF", 1).questions
    assert ref1[0]("nl") == "Waar werken we nu al goed samen, en wat maakt dat het daar lukt?"
    assert not [q for q in ref1 if "als de ander er niet bij is" in q("nl")]


def test_unknown_domain_or_level_is_a_key_error():
    guide = load_guide()
    with pytest.raises(KeyError, match="XYZ"):
        guide.entry("XYZ", 1)
    with pytest.raises(KeyError, match="level 7"):
        guide.entry("COO", 7)
    with pytest.raises(KeyError, match="XYZ"):
        guide.split("XYZ")
    with pytest.raises(KeyError, match="'nope'"):
        guide.reference("nope")


def test_find_step_names_the_sources_of_a_text():
    guide = load_guide()
    step = guide.find_step(
        "COO", "Stel één gezamenlijk protocol op voor de meest voorkomende verwijzing"
    )
    assert step is guide.entry("COO", 1).next_steps[1]
    split_step = guide.split("REF").next_steps[1]
    assert guide.find_step("REF", split_step("en"), "en") is split_step
    assert guide.find_step("CLI", guide.every_level[0]("nl")) is guide.every_level[0]
    assert guide.find_step("CLI", "Een eigen actie") is None


# -- an adviser's copy in the 2026.1 shape ----------------------------------------------------


def test_a_guide_in_the_old_shape_still_loads(instrument):
    guide = load_guide(LEGACY, instrument=instrument)
    assert guide.version == "2026.1" and guide.legacy
    assert guide.references == () and guide.every_level == ()
    for code in guide.domain_codes:
        assert guide.split(code) is None and guide.dont_know(code) is None
    step = guide.entry("COO", 2).next_steps[0]
    assert step("nl") == "Spreek per zorgpad één coördinerend zorgverlener af"
    assert step.refs == ()


def test_a_current_guide_without_a_split_entry_fails_the_check(instrument):
    guide = load_guide()
    coo = dataclasses.replace(guide.domain("COO"), split=None)
    broken = dataclasses.replace(
        guide, domains=tuple(coo if d.code == "COO" else d for d in guide.domains)
    )
    with pytest.raises(InstrumentError, match=r"key 'domains\[COO\]\.split': is missing"):
        broken.check(instrument)


# -- loader errors ---------------------------------------------------------------------------


def test_missing_key_names_file_and_key(tmp_path, raw):
    del raw["domains"][1]["levels"][2]["next_steps"]
    path = write(tmp_path, raw)
    with pytest.raises(InstrumentError) as err:
        load_guide(path)
    assert str(err.value) == "guide.yaml: key 'domains[COO].levels[3].next_steps': is missing"


def test_text_without_english_names_the_entry(tmp_path, raw):
    del raw["domains"][0]["levels"][0]["questions"][1]["en"]
    with pytest.raises(
        InstrumentError, match=r"key 'domains\[CLI\]\.levels\[1\]\.questions\[2\]\.en'"
    ):
        load_guide(write(tmp_path, raw))


def test_split_step_without_dutch_names_the_entry(tmp_path, raw):
    del raw["domains"][4]["split"]["next_steps"][1]["nl"]
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    assert str(err.value) == "guide.yaml: key 'domains[OMG].split.next_steps[2].nl': is missing"


def test_empty_text_is_refused(tmp_path, raw):
    raw["domains"][2]["dont_know"]["questions"][0]["en"] = "  "
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    assert str(err.value) == (
        "guide.yaml: key 'domains[ORG].dont_know.questions[1].en': must not be empty"
    )


def test_plain_string_instead_of_nl_en(tmp_path, raw):
    raw["domains"][3]["levels"][1]["next_steps"][0] = "alleen Nederlands"
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    msg = str(err.value)
    assert "key 'domains[SUP].levels[2].next_steps[1]'" in msg
    assert "must be a dict" in msg and "alleen Nederlands" in msg


def test_empty_list_is_refused(tmp_path, raw):
    raw["domains"][5]["levels"][3]["questions"] = []
    with pytest.raises(
        InstrumentError, match=r"domains\[REF\]\.levels\[4\]\.questions'.*at least one"
    ):
        load_guide(write(tmp_path, raw))


def test_unknown_reference_is_named(tmp_path, raw):
    raw["domains"][1]["levels"][0]["next_steps"][1]["refs"] = ["basiskader", "richtlijn_x"]
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    msg = str(err.value)
    assert msg.startswith(
        "guide.yaml: key 'domains[COO].levels[1].next_steps[2].refs': unknown reference "
        "'richtlijn_x' (one of basiskader, beleidsregel_igz,"
    )


def test_step_without_reference_is_refused(tmp_path, raw):
    del raw["every_level"][0]["refs"]
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    assert str(err.value).startswith(
        "guide.yaml: key 'every_level[1].refs': is missing; name at least one source"
    )
    raw["every_level"][0]["refs"] = []
    with pytest.raises(InstrumentError, match=r"'every_level\[1\]\.refs': is missing"):
        load_guide(write(tmp_path, raw))


def test_misspelt_step_key_is_refused(tmp_path, raw):
    step = raw["domains"][0]["levels"][0]["next_steps"][0]
    step["ref"] = step.pop("refs")
    with pytest.raises(InstrumentError, match=r"next_steps\[1\]'.*unknown key\(s\) ref;"):
        load_guide(write(tmp_path, raw))


def test_reference_errors(tmp_path, raw):
    bad = yaml.safe_load(yaml.safe_dump(raw))
    del bad["references"]["perinatale_audit"]["title"]["en"]
    with pytest.raises(
        InstrumentError, match=r"key 'references\.perinatale_audit\.title\.en': is missing"
    ):
        load_guide(write(tmp_path, bad, "a.yaml"))
    bad = yaml.safe_load(yaml.safe_dump(raw))
    bad["references"]["perinatale_audit"]["publisher"] = "https://www.perined.nl (Perined)"
    with pytest.raises(InstrumentError, match="holds a web address"):
        load_guide(write(tmp_path, bad, "b.yaml"))
    bad = yaml.safe_load(yaml.safe_dump(raw))
    bad["references"]["perinatale_audit"]["url"] = "x"
    with pytest.raises(InstrumentError, match=r"references\.perinatale_audit'.*unknown key"):
        load_guide(write(tmp_path, bad, "c.yaml"))
    bad = yaml.safe_load(yaml.safe_dump(raw))
    bad["references"] = {}
    with pytest.raises(InstrumentError, match="'references': must list at least one source"):
        load_guide(write(tmp_path, bad, "d.yaml"))


def test_domain_without_situation_is_refused(tmp_path, raw):
    del raw["domains"][3]["dont_know"]
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, raw))
    assert str(err.value).startswith("guide.yaml: key 'domains[SUP].dont_know': is missing")


def test_repeated_texts_are_refused(tmp_path, raw):
    # every_level repeated inside a level
    again = yaml.safe_load(yaml.safe_dump(raw))
    again["domains"][5]["levels"][3]["next_steps"].append(dict(raw["every_level"][0]))
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, again, "a.yaml"))
    assert str(err.value).startswith(
        "a.yaml: key 'domains[REF].levels[4].next_steps[3]': repeats the nl text of "
        "'every_level[1]'"
    )
    # the same question under two domains (spacing and case do not make it another)
    again = yaml.safe_load(yaml.safe_dump(raw))
    question = dict(raw["domains"][0]["levels"][0]["questions"][0])
    question["en"] = "  " + question["en"].upper()
    question["nl"] = "Een nieuwe vraag?"
    again["domains"][2]["split"]["questions"].append(question)
    with pytest.raises(InstrumentError) as err:
        load_guide(write(tmp_path, again, "b.yaml"))
    assert str(err.value).startswith(
        "b.yaml: key 'domains[ORG].split.questions[4]': repeats the en text of "
        "'domains[CLI].levels[1].questions[1]'"
    )


def test_duplicate_domain_and_level(tmp_path, raw):
    dup = dict(raw, domains=raw["domains"] + [raw["domains"][0]])
    with pytest.raises(InstrumentError, match="domain 'CLI' is listed twice"):
        load_guide(write(tmp_path, dup, "dup.yaml"))
    raw["domains"][2]["levels"][1]["level"] = 1
    with pytest.raises(InstrumentError, match=r"domains\[ORG\]\.levels'.*level 1 is listed twice"):
        load_guide(write(tmp_path, raw))


def test_guide_must_match_the_instrument(tmp_path, instrument):
    raw = yaml.safe_load(LEGACY.read_text(encoding="utf-8"))  # needs no split or dont_know
    without_level = yaml.safe_load(yaml.safe_dump(raw))
    del without_level["domains"][4]["levels"][3]
    path = write(tmp_path, without_level)
    load_guide(path)  # fine on its own
    with pytest.raises(InstrumentError) as err:
        load_guide(path, instrument=instrument)
    assert "domains[OMG].levels': level(s) 4 missing" in str(err.value)

    without_domain = dict(raw, domains=raw["domains"][:-1])
    with pytest.raises(
        InstrumentError, match="domain REF of instrument integratiemeter is missing"
    ):
        load_guide(write(tmp_path, without_domain, "g2.yaml"), instrument=instrument)

    fresh = {
        "code": "XTR",
        "levels": [
            {
                "level": n,
                "questions": [{"nl": f"Vraag {n}?", "en": f"Question {n}?"}],
                "next_steps": [{"nl": f"Stap {n}", "en": f"Step {n}"}],
            }
            for n in (1, 2, 3, 4)
        ],
    }
    extra = dict(raw, domains=raw["domains"] + [fresh])
    load_guide(write(tmp_path, extra, "g3.yaml"))  # fine on its own
    with pytest.raises(InstrumentError, match="domain\\(s\\) XTR are not in instrument"):
        load_guide(write(tmp_path, extra, "g3.yaml"), instrument=instrument)


def test_not_yaml_not_mapping_missing_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("domains: [unclosed\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="bad.yaml: not valid YAML"):
        load_guide(bad)
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="must be a YAML mapping"):
        load_guide(listing)
    with pytest.raises(InstrumentError, match="cannot read the guide file"):
        load_guide(tmp_path / "absent.yaml")


def test_edited_file_is_reloaded(tmp_path, raw):
    path = write(tmp_path, raw)
    assert load_guide(path).entry("CLI", 1).next_steps[0]("nl").startswith("Kies samen")
    raw["domains"][0]["levels"][0]["next_steps"][0] = {
        "nl": "Eigen stap",
        "en": "Own step",
        "refs": ["zorgstandaard"],
    }
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    step = load_guide(path).entry("CLI", 1).next_steps[0]
    assert step("en") == "Own step"
    assert (
        step.refs[0].cite("nl") == "Zorgstandaard Integrale Geboortezorg (College Perinatale Zorg)"
    )


def test_environment_names_the_guide_the_app_uses(tmp_path, monkeypatch, raw):
    raw["version"] = "regio-env"
    own = tmp_path / "leidraad.yaml"
    own.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("VSVKIT_GUIDE", str(own))
    from vsvkit.app.settings import Settings

    # the environment is read at the edge (a notebook's first cell), and passed down
    assert load_guide(Settings.from_env().guide).version == "regio-env"
