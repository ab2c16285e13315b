"""Tests of vsvkit.i18n: both languages complete, formatting, group and wave names."""

from __future__ import annotations

import re
import string

import pytest

from vsvkit import i18n
from vsvkit.formatting import group_label
from vsvkit.i18n import STRINGS, t, wave_label
from vsvkit.privacy import MERGED_GROUP


def test_languages_have_identical_keys():
    assert set(STRINGS) == set(i18n.LANGUAGES)
    nl, en = set(STRINGS["nl"]), set(STRINGS["en"])
    assert nl - en == set(), f"missing in English: {sorted(nl - en)}"
    assert en - nl == set(), f"missing in Dutch: {sorted(en - nl)}"


def test_no_empty_values():
    empty = [
        (lang, k) for lang, table in STRINGS.items() for k, v in table.items() if not v.strip()
    ]
    assert empty == []


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_match_between_languages():
    differ = {
        k: (placeholders(STRINGS["nl"][k]), placeholders(STRINGS["en"][k]))
        for k in STRINGS["nl"]
        if placeholders(STRINGS["nl"][k]) != placeholders(STRINGS["en"][k])
    }
    assert differ == {}


def test_required_terms():
    expected = {
        "dont_know": ("weet niet", "don't know"),
        "current": ("huidige situatie", "current situation"),
        "desired": ("gewenste situatie", "desired situation"),
        "baseline": ("nulmeting", "baseline"),
        "follow_up": ("vervolgmeting", "follow-up"),
        "other_professions": ("overige beroepen", "other professions"),
        "too_few": ("te weinig deelnemers", "too few respondents"),
        "no_agreement": ("geen overeenstemming", "no agreement"),
        "consensus": ("consensus", "consensus"),
        "pct_of_max": ("percentage van maximum", "percent of maximum"),
    }
    for key, (nl, en) in expected.items():
        assert t(key) == nl
        assert t(key, lang="en") == en


def test_dutch_is_default_and_formatting():
    assert t("n_respondents", n=7) == "n = 7"
    assert t("title_item_distribution", domain="Omgeving") == "Antwoorden per stelling: Omgeving"
    assert t("title_item_distribution", "en", domain="Support") == "Answers per item: Support"
    assert t("group_with_n", group="huisarts", n=5) == "huisarts (n = 5)"


def test_unknown_key_and_language():
    with pytest.raises(KeyError, match="add it to vsvkit.i18n.STRINGS"):
        t("no_such_key")
    with pytest.raises(ValueError, match="unknown language 'fr'; choose one of nl, en"):
        t("dont_know", lang="fr")


def test_group_label(instrument):
    assert group_label(MERGED_GROUP, instrument) == "overige beroepen"
    assert group_label(MERGED_GROUP, instrument, "en") == "other professions"
    assert group_label("GYN", instrument) == "gynaecoloog"
    assert group_label("KA", instrument, "en") == "paediatrician"
    assert group_label("tweede_lijn", instrument) == "tweede lijn"
    assert group_label("eerste_lijn", instrument, "en") == "primary care"
    assert group_label("XYZ", instrument) == "XYZ"


def test_wave_label():
    assert wave_label("baseline") == "nulmeting"
    assert wave_label("follow_up") == "vervolgmeting"
    assert wave_label("follow-up", "en") == "follow-up"
    assert wave_label("extra") == "extra"


def test_every_key_used_by_plots_exists():
    from pathlib import Path

    folder = Path(i18n.__file__).parent / "plots"
    source = "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.py"))
    used = set(re.findall(r"""\bt\(\s*["']([a-z_0-9]+)["']""", source))
    assert {"no_agreement", "current", "desired"} <= used  # the scan finds calls
    # keys chosen at run time: t(status), t(reason), t(by), conditional titles
    used |= {
        "too_few",
        "protected",
        "no_data",
        "profession",
        "echelon",
        "title_domain_overview",
        "title_domain_overview_desired",
        "title_agreement_items",
        "title_agreement_domains",
    }
    assert used <= set(STRINGS["nl"]), sorted(used - set(STRINGS["nl"]))


def test_catalogue_names_no_key_twice():
    # a dict literal keeps the last of two equal keys without a word; the parity test above
    # cannot see that, so read the catalogue's source
    import ast
    from pathlib import Path

    source = (Path(i18n.__file__).parent / "locale" / "catalogue.py").read_text(encoding="utf-8")
    tables = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Dict)]
    twice = []
    for table in tables:
        keys = [k.value for k in table.keys if isinstance(k, ast.Constant)]
        twice += sorted({k for k in keys if keys.count(k) > 1})
    assert len(tables) == 3 and twice == []  # STRINGS, STRINGS["nl"], STRINGS["en"]
