"""The questionnaire definition and its loader."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml

from vsvkit.errors import InstrumentError
from vsvkit.instrument import DEFAULT_VERSION, load_instrument
from vsvkit.sample import sample_instrument
from vsvkit.scoring.agreement import SplitRule


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "eigen.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _raw() -> dict:
    """A copy of the 2026.2 file (the one the sample data answer), to change in a test."""
    return yaml.safe_load(sample_instrument().content)


def test_bundled_instrument_has_six_domains_in_order(instrument):
    assert instrument.domain_codes == ("CLI", "COO", "ORG", "SUP", "OMG", "REF")
    assert instrument.domain("SUP").name("nl") == "Ondersteuning"
    assert instrument.domain("SUP").name("en") == "Support"


def test_every_domain_has_about_five_bilingual_items_and_a_desired_item(instrument):
    for domain in instrument.domains:
        assert 4 <= len(domain.items) <= 6
        assert domain.desired is not None and domain.desired.desired
        for item in domain.items:
            assert item.domain == domain.code
            assert item.text("nl") != item.text("en")
            assert item.rainbow
    assert len(instrument.items) == 30
    assert len(instrument.all_items) == 36


def test_scale_levels_and_privacy_settings(instrument):
    assert [s.value for s in instrument.scale] == [1, 2, 3, 4]
    assert instrument.scale[2].label("nl") == "grotendeels"
    assert instrument.dont_know("nl").startswith("weet niet")
    assert instrument.min_group_size == 5
    assert instrument.min_answered_share == 0.6


@pytest.mark.parametrize(
    ("pct", "level"),
    [(0, 1), (24.99, 1), (25, 2), (49.9, 2), (50, 3), (74.99, 3), (75, 4), (100, 4)],
)
def test_level_cut_offs(instrument, pct, level):
    assert instrument.level_of(pct) == level


def test_level_of_missing_score_is_none(instrument):
    assert instrument.level_of(math.nan) is None
    assert instrument.level_of(None) is None
    assert instrument.level_of(pd.NA) is None


@pytest.mark.parametrize(
    "cutoffs", [(0, 25, 50, 75), (0, 100 / 3, 200 / 3), (0, 12.5, 40, 62.5, 90)]
)
def test_every_cut_off_belongs_to_the_higher_level(tmp_path, cutoffs):
    data = _raw()
    data["levels"] = [
        {"level": n, "from": start, "label": {"nl": f"niveau {n}", "en": f"level {n}"}}
        for n, start in enumerate(cutoffs, 1)
    ]
    inst = load_instrument(_write(tmp_path, data))
    for n, start in enumerate(cutoffs, 1):
        # exactly on the cut-off, a float hair below or above it: the higher level
        for value in (start, np.nextafter(start, -1), np.nextafter(start, 200), start - 1e-11):
            assert inst.level_of(value) == n, (start, value)
        if n > 1:  # a real difference below the cut-off stays in the lower level
            assert inst.level_of(start - 1e-6) == n - 1
    # the array form gives the same numbers (float, NaN for a missing score)
    values = np.array([c - 1e-13 for c in cutoffs[1:]] + [cutoffs[-1] - 1e-6, np.nan, 100.0])
    expected = [float(n) for n in range(2, len(cutoffs) + 1)] + [len(cutoffs) - 1, np.nan]
    np.testing.assert_array_equal(inst.level_of(values), expected + [len(cutoffs)])


def test_pct_of_maximum(instrument):
    # (mean - 1) / 3 * 100
    assert instrument.pct(1.0) == 0
    assert instrument.pct(2.5) == 50
    assert instrument.pct(4.0) == 100


def test_min_group_size_never_below_three(instrument):
    assert instrument.effective_min_group_size() == 5
    assert instrument.effective_min_group_size(2) == 3
    assert instrument.effective_min_group_size(8) == 8


def test_own_instrument_with_item_added_removed_and_cutoffs_changed(tmp_path):
    data = _raw()
    cli = data["domains"][0]
    cli["items"].pop()  # remove CLI5
    cli["items"].append({"code": "CLI9", "text": {"nl": "Nieuw item.", "en": "New item."}})
    data["levels"][1]["from"] = 30
    data["version"] = "regio-1"
    inst = load_instrument(_write(tmp_path, data))
    assert inst.domain("CLI").item_codes == ("CLI1", "CLI2", "CLI3", "CLI4", "CLI9")
    assert inst.level_of(29) == 1 and inst.level_of(30) == 2
    assert inst.version == "regio-1"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("domains"), "key 'domains': is missing"),
        (
            lambda d: d["domains"][1]["items"][0].pop("text"),
            "key 'domains[COO].items[1].text': is missing",
        ),
        (lambda d: d["domains"][0]["name"].pop("en"), "key 'domains[CLI].name.en': is missing"),
        (
            lambda d: d["levels"][2].update({"from": 20}),
            "key 'levels': 'from' must start at 0 and increase",
        ),
        (lambda d: d.update({"min_group_size": 2}), "key 'min_group_size': must be at least 3"),
        (
            lambda d: d["domains"][2]["items"][0].update({"code": "COO1"}),
            "code 'COO1' is used twice",
        ),
        (lambda d: d["scale"][0].update({"value": "een"}), "key 'scale[1].value': must be a int"),
        (
            lambda d: d["roles"][0].update({"echelon": "derde_lijn"}),
            "'derde_lijn' is not one of the echelons",
        ),
    ],
)
def test_broken_instrument_names_the_key(tmp_path, mutate, message):
    data = _raw()
    mutate(data)
    with pytest.raises(InstrumentError) as err:
        load_instrument(_write(tmp_path, data))
    assert message in str(err.value)
    assert "eigen.yaml" in str(err.value)


def test_missing_and_unparsable_files(tmp_path):
    with pytest.raises(InstrumentError, match="cannot read"):
        load_instrument(tmp_path / "bestaat-niet.yaml")
    bad = tmp_path / "kapot.yaml"
    bad.write_text("domains: [unclosed\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="not valid YAML"):
        load_instrument(bad)
    scalar = tmp_path / "scalar.yaml"
    scalar.write_text("just text\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="must be a YAML mapping"):
        load_instrument(scalar)


def test_edited_file_is_reloaded(tmp_path):
    data = _raw()
    path = _write(tmp_path, data)
    assert load_instrument(path).version == "2026.2"
    data["version"] = "2026.3"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    import os

    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert load_instrument(path).version == "2026.3"


def test_as_dict_has_the_documented_json_shape(instrument):
    data = instrument.as_dict()
    first = data["domains"][0]
    assert first["code"] == "CLI"
    assert set(first["name"]) == {"nl", "en"}
    assert [i["code"] for i in first["items"]][-1] == "CLI_W"
    assert first["items"][-1]["desired"] is True
    assert data["scale"][0] == {"value": 1, "label": {"nl": "niet", "en": "not at all"}}
    assert data["dont_know"]["label"]["en"].startswith("don't know")


def test_environment_names_the_instrument_the_app_uses(tmp_path, monkeypatch):
    data = _raw()
    data["version"] = "regio-env"
    from vsvkit.app.settings import Settings

    # the environment is read at the edge (a notebook's first cell), and passed down
    monkeypatch.setenv("VSVKIT_INSTRUMENT", str(_write(tmp_path, data)))
    assert load_instrument(Settings.from_env().instrument).version == "regio-env"
    monkeypatch.delenv("VSVKIT_INSTRUMENT")
    assert load_instrument(Settings.from_env().instrument).version == DEFAULT_VERSION


# -- the split rule ---------------------------------------------------------------------------


def test_bundled_split_rule(instrument):
    assert instrument.split == SplitRule(pole_share=0.25, pole_width=0.5, max_consensus=None)
    assert instrument.as_dict()["split"] == {
        "pole_share": 0.25,
        "pole_width": 0.5,
        "max_consensus": None,
    }


def test_own_split_rule_is_read(tmp_path):
    data = _raw()
    data["split"] = {"pole_share": 0.3, "pole_width": 0, "max_consensus": 0.2}
    inst = load_instrument(_write(tmp_path, data))
    assert inst.split == SplitRule(pole_share=0.3, pole_width=0.0, max_consensus=0.2)
    data["split"] = {"pole_share": 0.2}  # the rest from the bundled rule
    other = tmp_path / "other"
    other.mkdir()  # another file: the loader caches by path and modification time
    assert load_instrument(_write(other, data)).split == SplitRule(pole_share=0.2)


@pytest.mark.parametrize(
    ("split", "message"),
    [
        ({"pole_share": 0.6}, "key 'split.pole_share': must be above 0 and at most 0.5"),
        ({"pole_share": 0}, "key 'split.pole_share': must be above 0"),
        ({"pole_share": "kwart"}, "key 'split.pole_share': must be a float"),
        ({"pole_width": 1.5}, "key 'split.pole_width': must be at least 0 and below half"),
        ({"pole_width": -0.1}, "key 'split.pole_width'"),
        ({"max_consensus": 1.5}, "key 'split.max_consensus': must be above 0 and at most 1"),
        ({"window": 1}, "key 'split.window': is not a key of the split rule"),
        ([0.25], "key 'split': must be a dict"),
    ],
)
def test_broken_split_rule_names_the_key(tmp_path, split, message):
    data = _raw()
    data["split"] = split
    with pytest.raises(InstrumentError) as err:
        load_instrument(_write(tmp_path, data))
    assert message in str(err.value)
    assert "eigen.yaml" in str(err.value)


def _with_old_split_keys(**old) -> dict:
    data = _raw()
    data.pop("split")
    data.update(old)
    return data


def test_copy_of_the_old_bundled_file_gets_todays_rule(tmp_path):
    # an adviser's file copied before 2026.2 holds the old keys with the old bundled values
    data = _with_old_split_keys(split_window=1, split_share=0.4)
    assert load_instrument(_write(tmp_path, data)).split == SplitRule()


@pytest.mark.parametrize(
    ("old", "key"),
    [
        ({"split_window": 1, "split_share": 0.3}, "split_share"),
        ({"split_window": 1.5, "split_share": 0.4}, "split_window"),
        ({"split_share": 0.5}, "split_share"),
    ],
)
def test_own_values_for_the_old_split_keys_say_what_to_write(tmp_path, old, key):
    with pytest.raises(InstrumentError) as err:
        load_instrument(_write(tmp_path, _with_old_split_keys(**old)))
    text = str(err.value)
    assert f"key '{key}': the split rule changed" in text
    assert "write instead, for example: split: {pole_share: 0.25, pole_width: 0.5}" in text
    # what the message says to write loads
    data = _with_old_split_keys()
    data["split"] = yaml.safe_load("{pole_share: 0.25, pole_width: 0.5}")
    fixed = tmp_path / "fixed"
    fixed.mkdir()
    assert load_instrument(_write(fixed, data)).split == SplitRule()


def test_old_and_new_split_keys_together_are_refused(tmp_path):
    data = _raw()
    data["split_share"] = 0.4
    with pytest.raises(InstrumentError, match="key 'split_share': the split rule is now set in"):
        load_instrument(_write(tmp_path, data))


def test_the_library_does_not_read_the_environment(tmp_path, monkeypatch):
    """Only the edges read VSVKIT_INSTRUMENT (vsvkit.app.settings); load_instrument() is the
    bundled instrument whatever the environment says."""
    data = _raw()
    data["version"] = "regio-env"
    monkeypatch.setenv("VSVKIT_INSTRUMENT", str(_write(tmp_path, data)))
    assert load_instrument().version == DEFAULT_VERSION == "2026.3"
