"""Tests of vsvkit.guide: the bundled conversation guide and the loader's error messages."""

from __future__ import annotations

import pytest
import yaml

from vsvkit.errors import InstrumentError
from vsvkit.guide import default_guide_path, load_guide


@pytest.fixture
def raw():
    return yaml.safe_load(default_guide_path().read_text(encoding="utf-8"))


def write(tmp_path, data, name="guide.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_bundled_guide_covers_every_domain_and_level(instrument):
    guide = load_guide(instrument=instrument)
    assert guide.domain_codes == instrument.domain_codes
    for code in instrument.domain_codes:
        levels = [lv.level for lv in guide.domain(code).levels]
        assert levels == [lv.level for lv in instrument.levels] == [1, 2, 3, 4]
        for lv in guide.domain(code).levels:
            assert 2 <= len(lv.questions) <= 3, (code, lv.level)
            assert 2 <= len(lv.next_steps) <= 3, (code, lv.level)
            for text in lv.questions + lv.next_steps:
                assert text("nl").strip() and text("en").strip()
                assert text("nl") != text("en")
            assert all(q("nl").endswith("?") and q("en").endswith("?") for q in lv.questions)


def test_bundled_guide_texts_are_distinct(instrument):
    guide = load_guide()
    steps = [s("nl") for d in guide.domains for lv in d.levels for s in lv.next_steps]
    assert len(steps) == len(set(steps)) == 6 * 4 * 2


def test_coordination_alignment_entry():
    entry = load_guide().entry("COO", 2)
    assert (
        entry.questions[0]("nl")
        == "Hoe verloopt nu een overdracht van de eerste naar de tweede lijn?"
    )
    assert entry.next_steps[0]("nl") == "Spreek per zorgpad één coördinerend zorgverlener af"
    assert entry.next_steps[0]("en") == "Agree on one coordinating care provider per care pathway"


def test_unknown_domain_or_level_is_a_key_error():
    guide = load_guide()
    with pytest.raises(KeyError, match="XYZ"):
        guide.entry("XYZ", 1)
    with pytest.raises(KeyError, match="level 7"):
        guide.entry("COO", 7)


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


def test_duplicate_domain_and_level(tmp_path, raw):
    dup = dict(raw, domains=raw["domains"] + [raw["domains"][0]])
    with pytest.raises(InstrumentError, match="domain 'CLI' is listed twice"):
        load_guide(write(tmp_path, dup, "dup.yaml"))
    raw["domains"][2]["levels"][1]["level"] = 1
    with pytest.raises(InstrumentError, match=r"domains\[ORG\]\.levels'.*level 1 is listed twice"):
        load_guide(write(tmp_path, raw))


def test_guide_must_match_the_instrument(tmp_path, raw, instrument):
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

    extra = dict(raw, domains=raw["domains"] + [dict(raw["domains"][0], code="XTR")])
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
    raw["domains"][0]["levels"][0]["next_steps"][0] = {"nl": "Eigen stap", "en": "Own step"}
    import os

    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_guide(path).entry("CLI", 1).next_steps[0]("en") == "Own step"


def test_environment_names_the_guide_the_app_uses(tmp_path, monkeypatch):
    import yaml

    from vsvkit.guide import default_guide_path, load_guide

    data = yaml.safe_load(default_guide_path().read_text(encoding="utf-8"))
    data["version"] = "regio-env"
    own = tmp_path / "leidraad.yaml"
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("VSVKIT_GUIDE", str(own))
    from vsvkit.app.settings import Settings

    # the environment is read at the edge (a notebook's first cell), and passed down
    assert load_guide(Settings.from_env().guide).version == "regio-env"
