"""The words members read: every bundled questionnaire version, checked as a reviewer would.

The statements themselves were reviewed by hand (issue 11); these tests keep what that review
established from being undone by a later edit: one thing per statement, no statement
repeated in another domain, each domain covering what the domain brief (section 2) lists,
both languages, the desired-situation question asked so that the scale answers it, the
introduction members read first, and old versions that stay readable byte for byte.
"""

from __future__ import annotations

import itertools
import re

import pytest

from vsvkit.instrument import (
    bundled_instruments,
    find_instrument,
    load_instrument,
    parse_instrument,
)

NEWEST = find_instrument("2026.3")
ALL = bundled_instruments()

#: Per domain, what its statements must cover (domain.md section 2), as words that name it.
COVERAGE = {
    "CLI": ["wensen van de cliënte", "gedeelde besluitvorming", "geboorteplan", "ervaringen"],
    "COO": ["coördineert", "kraamzorg", "zorgplan", "protocollen", "overdracht"],
    "ORG": ["mandaat", "jaarplan", "belangen", "verantwoordelijk"],
    "SUP": ["digitaal", "PWD", "Perined", "perinatale audit", "scholing", "website"],
    "OMG": [
        "Zorgstandaard",
        "toetsingskader",
        "basiskader",
        "zorgverzekeraars",
        "bekostiging",
        "gemeente",
    ],
    "REF": ["vertrouwen", "respect", "visie", "afspraken na", "trekkers", "cultuur"],
}
#: Frameworks a statement may name: at most one per statement.
FRAMEWORKS = ("zorgstandaard", "toetsingskader", "basiskader")
#: "Afspraken worden nagekomen" belongs to the shared frame of reference alone.
KEEPING_AGREEMENTS = ("afspraken na", "nageleefd", "ook uitgevoerd")
STOP = {"de", "het", "een", "in", "van", "en", "ons", "vsv", "met", "voor", "is", "zijn"}
STOP |= {"worden", "die", "om", "te", "aan", "bij", "op", "er", "of"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower())) - STOP


def test_the_bundled_versions_newest_first():
    assert [i.version for i in ALL] == ["2026.3", "2026.2", "2026.1"]
    assert ALL[0] == NEWEST
    assert find_instrument("2026.2").version == "2026.2"
    assert find_instrument("integratiemeter-2026.1").version == "2026.1"
    assert find_instrument(None) == load_instrument()


def test_old_versions_are_the_released_files_byte_for_byte():
    # the checksums stores made by those releases hold for their sessions
    assert find_instrument("2026.1").checksum == "f46dd214fedc5010"
    assert find_instrument("2026.2").checksum == "df37a1ea0a8bf687"


@pytest.mark.parametrize("inst", ALL, ids=lambda i: i.version)
def test_stored_content_reads_back_to_the_same_instrument(inst):
    again = parse_instrument(inst.content, "stored")
    assert again == inst
    assert again.checksum == inst.checksum


def test_a_code_shared_by_two_versions_is_the_same_statement():
    texts: dict[str, str] = {}
    for inst in ALL:
        for item in inst.all_items:
            assert texts.setdefault(item.code, item.text.nl) == item.text.nl, item.code


def test_the_newest_shares_eight_unchanged_statements_with_2026_2():
    shared = NEWEST.shared_with(find_instrument("2026.2"))
    assert [i.code for i in shared.all_items] == [
        "CLI2", "COO2", "ORG1", "SUP5", "OMG2", "OMG3", "REF3", "REF5",
    ]  # fmt: skip
    assert shared.domain_codes == NEWEST.domain_codes
    assert shared.checksum not in ("", NEWEST.checksum)


def test_every_statement_in_both_languages_and_translated():
    for item in NEWEST.all_items:
        assert item.text.nl.strip() and item.text.en.strip()
        assert item.text.nl != item.text.en, item.code
        assert item.text.nl.endswith((".", "?")) and item.text.en.endswith((".", "?"))


def test_no_statement_is_asked_twice_or_nearly_twice():
    items = NEWEST.items
    for lang in ("nl", "en"):
        texts = [i.text(lang).casefold() for i in items]
        assert len(set(texts)) == len(texts)
    for a, b in itertools.combinations(items, 2):
        wa, wb = _words(a.text.nl), _words(b.text.nl)
        assert len(wa & wb) / len(wa | wb) < 0.4, (a.code, b.code)


@pytest.mark.parametrize("domain", list(COVERAGE))
def test_each_domain_covers_what_the_domain_brief_lists(domain):
    text = " ".join(i.text.nl for i in NEWEST.domain(domain).items).casefold()
    missing = [word for word in COVERAGE[domain] if word.casefold() not in text]
    assert not missing


def test_each_statement_asks_one_thing():
    for item in NEWEST.items:
        nl = item.text.nl.casefold()
        assert sum(f in nl for f in FRAMEWORKS) <= 1, item.code
        # the double questions the review found, in any statement
        for pair in ("gelezen en gebruikt", "visie op beleid en", "besproken en", "en missie"):
            assert pair not in nl, item.code
        assert not re.search(r"\b(vertrouwen|respecteren) en (vertrouwen|respecteren)\b", nl)
    holders = [i.code for i in NEWEST.items if any(k in i.text.nl for k in KEEPING_AGREEMENTS)]
    assert holders == ["REF3"]


def test_the_wording_the_review_corrected():
    nl = {i.code: i.text.nl for i in NEWEST.all_items}
    en = {i.code: i.text.en for i in NEWEST.all_items}
    joined_nl = " ".join(nl.values())
    assert "Eén geboorteplan" not in joined_nl
    assert "visie en missie op" not in joined_nl
    assert "Er is leiderschap" not in joined_nl
    assert "perinatal record" not in " ".join(en.values())
    assert "PWD, the Dutch information standard" in en["SUP6"]
    assert "basiskader" in en["OMG7"]
    # the client from pregnancy through the kraamperiode, not only "de zwangere"
    cli = " ".join(i.text.nl for i in NEWEST.domain("CLI").items)
    assert "zwangere" not in cli and "kraamperiode" in cli
    assert "zwangere " not in nl["COO6"]


def test_desired_questions_ask_to_what_extent_with_the_domain_named():
    for domain in NEWEST.domains:
        assert domain.desired is not None
        assert domain.desired.text.nl.startswith("In hoeverre ")
        assert domain.desired.text.en.startswith("To what extent ")
        assert "over twee jaar" in domain.desired.text.nl
        assert "two years from now" in domain.desired.text.en
    # the scale answers "in hoeverre": niet, gedeeltelijk, grotendeels, volledig
    assert [s.label.nl for s in NEWEST.scale] == ["niet", "gedeeltelijk", "grotendeels", "volledig"]


def test_the_introduction_members_read_first():
    intro = NEWEST.introduction
    assert intro is not None
    nl = intro.anonymity_for(7, "nl")
    assert "minder dan 7 personen" in nl and "{k}" not in nl
    assert "fewer than 4 people" in intro.anonymity_for(4, "en")
    assert "10 tot 15 minuten" in intro.duration.nl
    assert "weet niet" in intro.dont_know.nl and "don't know" in intro.dont_know.en
    assert "twee jaar" in intro.desired.nl
    for domain in NEWEST.domains:
        assert domain.intro is not None and domain.intro.nl.startswith("Dit domein gaat over")
        assert domain.intro.en.startswith("This domain is about")
    assert NEWEST.origin is not None
    assert "Rainbow Model" in NEWEST.origin.nl and "niet openbaar" in NEWEST.origin.nl
    assert "not public" in NEWEST.origin.en


def test_old_versions_have_no_introduction():
    for version in ("2026.1", "2026.2"):
        old = find_instrument(version)
        assert old.introduction is None and old.origin is None
        assert all(d.intro is None for d in old.domains)


def test_an_introduction_without_k_is_refused(tmp_path):
    text = NEWEST.content
    broken = text.replace("dan {k} personen", "dan vijf personen", 1)
    assert broken != text
    path = tmp_path / "own.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(Exception, match=r"introduction\.anonymity\.nl.*\{k\}"):
        load_instrument(path)


def test_an_unknown_version_names_the_bundled_ones():
    with pytest.raises(Exception, match="bundled: 2026.3, 2026.2, 2026.1"):
        find_instrument("2019.9")
