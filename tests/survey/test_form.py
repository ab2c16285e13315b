"""The form model of an instrument (vsvkit.survey.form), checked on the bundled 2026.3."""

from __future__ import annotations

import pytest

from vsvkit.instrument import find_instrument
from vsvkit.survey.form import (
    DONT_KNOW,
    PROFESSION,
    answer_values,
    question_codes,
    remark_field,
    remark_fields,
    role_codes,
    survey_form,
)

DOMAINS = ("CLI", "COO", "ORG", "SUP", "OMG", "REF")
# the statements of 2026.3 in questionnaire order, read off the YAML file by hand
STATEMENTS = {
    "CLI": ("CLI6", "CLI2", "CLI7", "CLI8", "CLI9"),
    "COO": ("COO6", "COO2", "COO9", "COO7", "COO8"),
    "ORG": ("ORG1", "ORG8", "ORG6", "ORG7", "ORG9"),
    "SUP": ("SUP6", "SUP7", "SUP8", "SUP9", "SUP5"),
    "OMG": ("OMG6", "OMG7", "OMG8", "OMG2", "OMG3", "OMG9"),
    "REF": ("REF6", "REF7", "REF8", "REF3", "REF9", "REF5"),
}
ROLES = ("VK", "HA", "GYN", "KV", "OGV", "KA", "KZ", "ECHO", "MGT", "ZV", "CLI", "PH", "AMB", "OV")


@pytest.fixture(scope="module")
def inst():
    return find_instrument("2026.3")


def test_domains_in_order_with_statements_desired_question_and_remark(inst):
    form = survey_form(inst, lang="nl", k=5)
    assert [d.code for d in form.domains] == list(DOMAINS)
    assert [d.number for d in form.domains] == [1, 2, 3, 4, 5, 6]
    for d in form.domains:
        assert tuple(q.code for q in d.statements) == STATEMENTS[d.code]
        assert not any(q.desired for q in d.statements)
        assert d.desired is not None and d.desired.code == f"{d.code}_W2" and d.desired.desired
        assert d.questions == (*d.statements, d.desired)
        assert d.remark == f"remark_{d.code}" == remark_field(d.code)
    assert len(form.questions) == 38 == 32 + 6
    assert [q.code for q in form.questions] == list(question_codes(inst))


def test_texts_in_the_chosen_language(inst):
    nl, en = survey_form(inst, lang="nl"), survey_form(inst, lang="en")
    assert (nl.title, en.title) == ("VSV-integratiemeter", "VSV integration meter")
    assert nl.domains[0].name == "De cliënte centraal"
    assert en.domains[0].name == "Client-centred care"
    assert nl.domains[0].statements[0].text.startswith("In ons VSV is de zorg afgestemd op")
    assert en.domains[0].statements[0].text.startswith("In our VSV, care is tailored to")
    assert nl.domains[0].intro.startswith("Dit domein gaat over de cliënte")
    assert en.domains[0].desired.text.startswith("To what extent should the client")
    assert [(a.value, a.label) for a in nl.answers] == [
        ("1", "niet"), ("2", "gedeeltelijk"), ("3", "grotendeels"), ("4", "volledig"),
        ("dont_know", "weet niet / n.v.t."),
    ]  # fmt: skip
    assert [a.label for a in en.answers][-1] == "don't know / not applicable"


def test_roles_are_the_instruments_codes_and_no_echelon_is_asked(inst):
    form = survey_form(inst, lang="nl")
    assert tuple(r.value for r in form.roles) == ROLES == role_codes(inst)
    assert form.roles[1].label == "huisarts"
    assert survey_form(inst, lang="en").roles[1].label == "general practitioner"
    # every role names its one echelon: the form has no echelon field
    assert all(r.echelon in {e.code for e in inst.echelons} for r in inst.roles)
    assert "echelon" not in form.fields


def test_field_names(inst):
    form = survey_form(inst)
    remarks = tuple(f"remark_{d}" for d in DOMAINS)
    codes = tuple(c for d in DOMAINS for c in (*STATEMENTS[d], f"{d}_W2"))
    assert form.fields == (PROFESSION, *codes, *remarks)
    assert answer_values(inst) == ("1", "2", "3", "4", DONT_KNOW)
    assert remark_fields(inst) == {f"remark_{d}": d for d in DOMAINS}


@pytest.mark.parametrize(("k", "shown"), [(7, 7), (None, 5), (2, 3)])
def test_introduction_with_the_sessions_k(inst, k, shown):
    nl, en = survey_form(inst, lang="nl", k=k), survey_form(inst, lang="en", k=k)
    assert nl.k == shown
    assert f"minder dan {shown} personen" in nl.introduction.anonymity
    assert f"fewer than {shown} people" in en.introduction.anonymity
    assert "{k}" not in nl.introduction.anonymity
    assert nl.introduction.duration == "Het invullen duurt ongeveer 10 tot 15 minuten."
    assert en.introduction.dont_know.startswith("If you do not know the answer")
    assert nl.introduction.desired.startswith("Aan het eind van elk domein")
    assert nl.introduction.purpose.startswith("Met deze vragenlijst, de VSV-integratiemeter,")


def test_an_instrument_without_introduction(inst):
    old = find_instrument("2026.1")
    form = survey_form(old, lang="nl")
    assert form.introduction is None
    assert all(d.intro is None for d in form.domains)
    assert len(form.questions) == len(old.all_items)


def test_unknown_language_is_refused(inst):
    with pytest.raises(ValueError, match="unknown language"):
        survey_form(inst, lang="de")  # type: ignore[arg-type]
