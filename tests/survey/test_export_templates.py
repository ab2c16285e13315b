"""The import workbook (vsvkit.survey.export_templates) and what the import makes of it.

Round trip: the template is filled with 20 generated respondents by openpyxl (answers as
labels, numbers and "weet niet"; professions as names and codes; blanks), saved, and read
with vsvkit.intake.read_responses: the answers, roles and remarks read are the generated ones.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from vsvkit.errors import IntakeError, VsvkitError
from vsvkit.instrument import find_instrument
from vsvkit.intake import INSTRUCTION_SHEETS, read_responses
from vsvkit.intake.read import _first_with_data
from vsvkit.survey.export_templates import (
    TEMPLATE_ROWS,
    instructions_sheet_name,
    template_headers,
    write_template,
    write_xlsx_template,
)

from ._survey_respondents import assert_imported, generate

NEW = find_instrument("2026.3")
OLD = find_instrument("2026.1")


def test_the_headers_are_the_ones_the_import_knows():
    headers = template_headers(NEW, lang="nl")
    assert headers[:2] == ["Beroep", "Lijn (echelon)"]
    expected = ["Beroep", "Lijn (echelon)"]
    for d in NEW.domains:
        expected += [f"{i.text('nl')} [{i.code}]" for i in d.items]
        expected.append(f"{d.desired.text('nl')} [{d.desired.code}]")
        expected.append(f"Opmerking {d.code} ({d.name('nl')})")
    assert headers == expected
    assert len(headers) == 2 + len(NEW.all_items) + len(NEW.domains)
    # the same form as the sample data: "<text> [<CODE>]"
    assert "Opmerking CLI (De cliënte centraal)" in headers
    english = template_headers(NEW, lang="en")
    assert english[:2] == ["Profession", "Line of care (echelon)"]
    assert f"{NEW.items[0].text('en')} [{NEW.items[0].code}]" in english


def test_the_instructions_sheet_has_a_name_the_import_passes_over():
    assert instructions_sheet_name("nl") == "Toelichting" == INSTRUCTION_SHEETS[0]
    assert instructions_sheet_name("en") == "Instructions" == INSTRUCTION_SHEETS[1]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_workbook(tmp_path, lang):
    path = write_xlsx_template(tmp_path / "sjabloon.xlsx", NEW, lang=lang)
    book = load_workbook(path)
    answers_name = "Antwoorden" if lang == "nl" else "Answers"
    assert book.sheetnames == [answers_name, instructions_sheet_name(lang)]
    sheet, help_sheet = book.worksheets
    headers = template_headers(NEW, lang=lang)
    assert [c.value for c in sheet[1]] == headers
    assert sheet.max_row == 1  # no data rows: only validations below the headers
    assert sheet.freeze_panes == "C2"

    def listed(formula: str) -> list[str]:
        sheet_name, cells = formula.split("!")
        assert sheet_name == f"'{instructions_sheet_name(lang)}'"
        return [c.value for (c,) in help_sheet[cells.replace("$", "")]]

    rules = {dv.formula1: dv for dv in sheet.data_validations.dataValidation}
    assert len(rules) == 3
    by_values = {tuple(listed(f)): dv for f, dv in rules.items()}
    labels = tuple([s.label(lang) for s in NEW.scale] + [NEW.dont_know(lang)])
    roles = tuple(r.name(lang) for r in NEW.roles)
    echelons = tuple(e.name(lang) for e in NEW.echelons)
    assert set(by_values) == {labels, roles, echelons}
    last = TEMPLATE_ROWS + 1
    assert str(by_values[roles].sqref) == f"A2:A{last}"
    assert str(by_values[echelons].sqref) == f"B2:B{last}"
    item_columns = {
        get_column_letter(j) for j, h in enumerate(headers, 1) if h.endswith("]") and j > 2
    }
    assert len(item_columns) == len(NEW.all_items)
    covered = {str(r).split(":")[0][:-1] for r in str(by_values[labels].sqref).split()}
    assert covered == item_columns  # every answer cell, no remark cell
    for dv in rules.values():
        assert dv.type == "list" and dv.allow_blank and dv.errorStyle == "information"
    # the instructions name what each column allows
    text = " ".join(str(c.value) for row in help_sheet.iter_rows() for c in row if c.value)
    assert NEW.dont_know(lang) in text and "1-4" in text


def _fill(path, inst, people, lang, *, codes_for_roles=False):
    """Type the generated respondents into the template with openpyxl."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    column = {h: j for j, h in enumerate(headers, 1)}
    labels = {s.value: s.label(lang) for s in inst.scale}
    remark = {d.code: f"{'Opmerking' if lang == 'nl' else 'Remark'} {d.code}" for d in inst.domains}
    for r, person in enumerate(people, 2):
        role = inst.role(person.role)
        sheet.cell(r, 1, person.role if codes_for_roles and r % 2 else role.name(lang))
        if person.echelon:
            name = next(e.name(lang) for e in inst.echelons if e.code == person.echelon)
            sheet.cell(r, 2, name)
        for item in inst.all_items:
            j = column[f"{item.text(lang)} [{item.code}]"]
            given = person.answers[item.code]
            if given == "dk":
                sheet.cell(r, j, inst.dont_know(lang) if r % 2 else "n.v.t.")
            elif given is not None:
                sheet.cell(r, j, given if (r + j) % 3 == 0 else labels[given])
        for domain, text in person.remarks.items():
            j = next(k for h, k in column.items() if h.startswith(remark[domain] + " ("))
            sheet.cell(r, j, text)
    book.save(path)


@pytest.mark.parametrize("inst, lang", [(NEW, "nl"), (NEW, "en"), (OLD, "nl")])
def test_a_filled_in_template_imports_as_generated(tmp_path, inst, lang):
    people = generate(inst, 20)
    path = write_template(tmp_path / "ingevuld.xlsx", "xlsx", inst, lang=lang)
    _fill(path, inst, people, lang, codes_for_roles=True)
    responses = read_responses(path, inst)
    assert len(responses.respondents) == 20
    assert_imported(inst, people, responses)


def test_another_sheet_with_data_is_still_refused(tmp_path):
    inst = NEW
    people = generate(inst, 5)
    path = write_xlsx_template(tmp_path / "twee.xlsx", inst)
    _fill(path, inst, people, "nl")
    book = load_workbook(path)
    book.create_sheet("Oude antwoorden")["A1"] = "iets"
    book.save(path)
    with pytest.raises(IntakeError) as err:
        read_responses(path, inst)
    (problem,) = err.value.problems
    assert "'Antwoorden', 'Oude antwoorden'" in problem.rule


def test_an_instructions_sheet_in_front_is_passed_over(tmp_path):
    inst = NEW
    people = generate(inst, 6, seed=3)
    path = write_xlsx_template(tmp_path / "voor.xlsx", inst)
    _fill(path, inst, people, "nl")
    book = load_workbook(path)
    book.move_sheet("Toelichting", offset=-1)
    book.save(path)
    assert load_workbook(path).sheetnames == ["Toelichting", "Antwoorden"]
    assert_imported(inst, people, read_responses(path, inst))


def test_a_lone_sheet_is_read_whatever_its_name(tmp_path):
    """Only a second sheet is passed over by name: answers on a workbook's only sheet are
    read even when that sheet is called "Instructions"."""
    inst = NEW
    people = generate(inst, 5, seed=4)
    path = write_xlsx_template(tmp_path / "alleen.xlsx", inst)
    _fill(path, inst, people, "nl")
    book = load_workbook(path)
    del book["Toelichting"]
    book.worksheets[0].title = "Instructions"
    book.save(path)
    assert_imported(inst, people, read_responses(path, inst))


def test_ods_and_xls_sheets_pass_over_instructions_too():
    rows = [["Beroep"], ["huisarts"]]
    sheet = _first_with_data([("TOELICHTING", rows), ("Blad1", rows), ("Blad2", [[""]])])
    assert sheet.name == "Blad1" and sheet.with_data == ("Blad1",)
    only = _first_with_data([("Instructions", rows), ("Leeg", [[""]])])
    assert only.name == "Leeg" and only.with_data == ()
    lone = _first_with_data([("Instructions", rows)])
    assert lone.name == "Instructions" and lone.grid.shape == (2, 1)


def test_a_wrong_suffix_or_format_is_refused(tmp_path):
    with pytest.raises(VsvkitError) as err:
        write_template(tmp_path / "sjabloon.csv", "xlsx", NEW)
    assert err.value.message("nl").endswith("een xlsx-sjabloon eindigt op .xlsx")
    with pytest.raises(VsvkitError):
        write_template(tmp_path / "sjabloon.pdf", "pdf", NEW)
    with pytest.raises(VsvkitError) as err:
        write_template(tmp_path / "missing" / "sjabloon.xlsx", "xlsx", NEW)
    assert "missing" in err.value.message("en")
