"""A submitted form (vsvkit.survey.submission): the same answers as an import of a one-row
CSV, or every problem, each naming its field, in the page's language."""

from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from vsvkit.errors import IntakeError
from vsvkit.instrument import find_instrument
from vsvkit.intake import read_responses
from vsvkit.survey import parse_submission
from vsvkit.survey.form import MAX_REMARK_CHARS

#: the scale as the k-th question of the form answers it: 1, 2, 3, 4, weet niet, blank, ...
CYCLE = ("1", "2", "3", "4", "dont_know", "")
REMARKS = {
    "remark_CLI": "Het geboorteplan wordt niet altijd gelezen.",
    "remark_SUP": "  Geen gedeeld dossier.\r\nWel een overdrachtsformulier.  ",
    "remark_REF": "geen",  # "no remark", as an import reads it
}


@pytest.fixture(scope="module")
def inst():
    return find_instrument("2026.3")


def _complete(inst, profession="KZ") -> dict[str, str]:
    fields = {"_xsrf": "2|abc|def|123", "lang": "nl", "code": "K7Q2-M3XP", "profession": profession}
    for k, item in enumerate(inst.all_items):
        fields[item.code] = CYCLE[k % len(CYCLE)]
    return {**fields, **REMARKS}


def _problems(fields, inst, lang="nl"):
    with pytest.raises(IntakeError) as info:
        parse_submission(fields, inst, lang=lang)
    return info.value.problems


def test_complete_form_is_the_one_row_csv_import(inst, tmp_path):
    """The independent read: the same answers written as a survey tool's CSV export (Dutch
    labels, 'weet niet', a profession by name, remark columns by header) and imported."""
    fields = _complete(inst)
    label = {s.value: s.label.nl for s in inst.scale}
    header = ["Tijdstempel", "Beroep"] + [f"{i.text.nl} [{i.code}]" for i in inst.all_items]
    row = ["2026-10-07 09:12", "kraamverzorgende"]
    for item in inst.all_items:
        v = fields[item.code]
        row.append("weet niet" if v == "dont_know" else label[int(v)] if v else "")
    for field, text in REMARKS.items():
        header.append(f"Opmerkingen {field.removeprefix('remark_')}")
        row.append(text.replace("\r\n", "\n"))  # the form counts the browser's CR LF once
    path = tmp_path / "export.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, delimiter=";").writerows([header, row])
    imported = read_responses(path, inst)

    resp = parse_submission(fields, inst)
    pd.testing.assert_frame_equal(resp.respondents, imported.respondents)
    pd.testing.assert_frame_equal(resp.answers, imported.answers)
    pd.testing.assert_frame_equal(resp.remarks, imported.remarks)


def test_complete_form_values_by_hand(inst):
    resp = parse_submission(_complete(inst), inst)
    assert resp.respondents.to_dict("records") == [
        {"respondent": 1, "profession": "KZ", "echelon": "kraamzorg"}
    ]
    answers = resp.answers.set_index("item")
    assert len(answers) == 38 and set(answers["respondent"]) == {1}
    # questions 1..6 of the form: CLI6, CLI2, CLI7, CLI8, CLI9, CLI_W2
    assert answers.loc["CLI6", "value"] == 1.0 and answers.loc["CLI8", "value"] == 4.0
    assert np.isnan(answers.loc["CLI9", "value"]) and answers.loc["CLI9", "dont_know"]
    assert np.isnan(answers.loc["CLI_W2", "value"]) and not answers.loc["CLI_W2", "dont_know"]
    assert answers.loc["COO6", "value"] == 1.0  # the 7th question starts the cycle again
    assert answers["dont_know"].sum() == 6 and answers["value"].isna().sum() == 12
    # "geen" is no remark; spaces around go; the browser's CR LF is one line break
    assert resp.remarks.values.tolist() == [
        ["CLI", "Het geboorteplan wordt niet altijd gelezen."],
        ["SUP", "Geen gedeeld dossier.\nWel een overdrachtsformulier."],
    ]
    assert resp.source_name == "vragenlijst"


def test_nothing_identifying_reaches_the_answers(inst):
    resp = parse_submission(_complete(inst), inst)
    cells = [str(v) for frame in (resp.respondents, resp.answers, resp.remarks)
             for v in [*frame.columns, *frame.to_numpy().ravel()]]  # fmt: skip
    joined = "\n".join([*cells, resp.source_name, resp.checksum])
    for passed in ("K7Q2-M3XP", "2|abc|def|123", "_xsrf", "code"):
        assert passed not in joined
    assert list(resp.respondents.columns) == ["respondent", "profession", "echelon"]
    # the checksum is of the answers: the same answers give the same one
    assert parse_submission(_complete(inst), inst).checksum == resp.checksum


def test_only_a_profession_is_enough(inst):
    resp = parse_submission({"profession": "HA", "lang": "en"}, inst)
    assert resp.answers["value"].isna().all() and not resp.answers["dont_know"].any()
    assert len(resp.answers) == 38 and resp.remarks.empty


def test_values_as_lists_as_a_server_receives_them(inst):
    fields = {name: [value] for name, value in _complete(inst).items()}
    fields["_xsrf"] = ["a", "b"]  # the server's business, not the form's
    fields["CLI6"] = []  # a name without a value is not answered
    resp = parse_submission(fields, inst)
    assert np.isnan(resp.answers.set_index("item").loc["CLI6", "value"])


def test_missing_profession(inst):
    fields = _complete(inst)
    del fields["profession"]
    nl, en = _problems(fields, inst, "nl"), _problems(fields, inst, "en")
    assert [(p.column, p.value, p.row) for p in nl] == [("profession", None, None)]
    assert nl[0].rule.startswith("Kies uw beroep")
    assert en[0].rule.startswith("Choose your profession")
    assert _problems({**fields, "profession": ""}, inst) == nl


@pytest.mark.parametrize("value", ["tandarts", "huisarts", "ha", " HA"])
def test_profession_must_be_a_role_code(inst, value):
    (problem,) = _problems({**_complete(inst), "profession": value}, inst)
    assert (problem.column, problem.value) == ("profession", value)
    assert f"'{value}' staat niet in de lijst van beroepen" in problem.rule


def test_value_five(inst):
    fields = {**_complete(inst), "COO2": "5"}
    (nl,), (en,) = _problems(fields, inst, "nl"), _problems(fields, inst, "en")
    assert (nl.column, nl.value) == (en.column, en.value) == ("COO2", "5")
    assert nl.rule == (
        "'5' is geen antwoord op deze vraag; kies een van de antwoorden (1 (niet), "
        "2 (gedeeltelijk), 3 (grotendeels), 4 (volledig), weet niet / n.v.t.)."
    )
    assert en.rule.startswith("'5' is not an answer to this question; choose one of the answers")
    assert "4 (fully), don't know / not applicable" in en.rule


@pytest.mark.parametrize("value", ["0", "3.0", " 3", "niet", "weet niet", "DONT_KNOW", "1,2"])
def test_values_a_file_may_have_are_not_form_values(inst, value):
    (problem,) = _problems({**_complete(inst), "CLI2": value}, inst)
    assert (problem.column, problem.value) == ("CLI2", value)


def test_unknown_field(inst):
    fields = {**_complete(inst), "email": "jan@example.invalid", "CLI1": "3"}
    nl, en = _problems(fields, inst, "nl"), _problems(fields, inst, "en")
    assert [p.column for p in nl] == ["email", "CLI1"]  # CLI1 is a 2026.2 statement
    assert nl[0].rule == "Dit formulier kent het veld 'email' niet."
    assert en[1].rule == "This form has no field 'CLI1'."


def test_echelon_is_no_field_of_this_form(inst):
    (problem,) = _problems({**_complete(inst), "echelon": "tweede_lijn"}, inst)
    assert problem.column == "echelon"


def test_duplicate_field(inst):
    fields = {**_complete(inst), "OMG8": ["2", "3"], "profession": ["GYN", "GYN"]}
    nl, en = _problems(fields, inst, "nl"), _problems(fields, inst, "en")
    assert [(p.column, p.value) for p in nl] == [("profession", None), ("OMG8", None)]
    assert nl[1].rule == "Voor 'OMG8' is meer dan één antwoord verstuurd; kies er één."
    assert en[1].rule == "More than one answer was sent for 'OMG8'; choose one."


def test_too_long_remark(inst):
    text = "x" * (MAX_REMARK_CHARS + 1)
    fields = {**_complete(inst), "remark_ORG": text}
    (nl,), (en,) = _problems(fields, inst, "nl"), _problems(fields, inst, "en")
    assert (nl.column, nl.value) == ("remark_ORG", None)  # the text is not echoed
    assert nl.rule == (
        "Uw opmerking is 2001 tekens lang; er mogen hoogstens 2000. Maak haar korter."
    )
    assert en.rule.startswith("Your remark is 2001 characters long; at most 2000")


def test_remark_at_the_limit_counts_a_line_break_once(inst):
    text = "\r\n".join(["y" * 999, "z" * 1000])  # 2000 characters as the page counts them
    resp = parse_submission({**_complete(inst), "remark_ORG": text}, inst)
    assert resp.remarks.set_index("domain").loc["ORG", "text"] == text.replace("\r\n", "\n")


def test_every_problem_at_once_in_page_order(inst):
    fields = {"REF5": "9", "CLI7": "x", "foo": "1", "remark_CLI": "r" * 2001, "COO3": ["1", "2"]}
    problems = _problems(fields, inst, "en")
    assert [p.column for p in problems] == [
        "foo", "COO3", "profession", "CLI7", "REF5", "remark_CLI",
    ]  # fmt: skip
    assert {p.file for p in problems} == {"vragenlijst"}
