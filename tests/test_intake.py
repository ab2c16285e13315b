"""Tests of vsvkit.intake: survey exports in, validated Responses or every problem out.

The files in tests/data/ are written by tests/data/_make_intake_cases.py from six fictional
respondents; the answer of respondent r (0-based) to the k-th item of ``all_items`` is
``(7 r + 3 k) mod 4 + 1`` except for a few overrides (see that script).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from vsvkit.errors import IntakeError
from vsvkit.intake import MAX_CELL_PROBLEMS_PER_COLUMN, Responses, parse_rows, read_responses
from vsvkit.intake.match import AnswerParser, HeaderMatcher, role_lookup

DATA = Path(__file__).parent / "data"
CLEAN = DATA / "clean_forms_nl.csv"
OVERRIDES = {(0, "CLI2"): "dk", (0, "CLI3"): "", (1, "COO1"): "dk", (5, "REF5"): ""}


def _problems(path, instrument, **kw):
    with pytest.raises(IntakeError) as info:
        read_responses(path, instrument, **kw)
    return info.value.problems


def _cells(problems):
    return [(p.row, p.column, p.value) for p in problems]


def _header(instrument, code):
    return f"{instrument.item(code).text.nl} [{code}]"


def _clean_table():
    text = CLEAN.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _write(path, rows, delimiter=";", encoding="utf-8-sig"):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def _expected_answer(r, k, code):
    v = OVERRIDES.get((r, code), (7 * r + 3 * k) % 4 + 1)
    if v == "dk":
        return np.nan, True
    if v == "":
        return np.nan, False
    return float(v), False


def _assert_same(a: Responses, b: Responses):
    pd.testing.assert_frame_equal(a.respondents, b.respondents)
    pd.testing.assert_frame_equal(a.answers, b.answers)
    pd.testing.assert_frame_equal(a.remarks, b.remarks)


# -- a clean file --------------------------------------------------------------------------------


def test_clean_csv_respondents_and_hand_checked_cells(instrument):
    resp = read_responses(CLEAN, instrument)
    assert resp.respondents["respondent"].tolist() == [1, 2, 3, 4, 5, 6]
    assert resp.respondents["profession"].tolist() == ["VK", "GYN", "KZ", "HA", "KV", "MGT"]
    # KZ has no echelon cell -> the role's default; MGT's cell "Tweede lijn" wins over "overig"
    assert resp.respondents["echelon"].tolist() == [
        "eerste_lijn", "tweede_lijn", "kraamzorg", "eerste_lijn", "tweede_lijn", "tweede_lijn",
    ]  # fmt: skip
    a = resp.answers.set_index(["respondent", "item"])
    assert len(resp.answers) == 6 * len(instrument.all_items) == 216
    # cells read by eye in clean_forms_nl.csv
    assert a.loc[(1, "CLI1"), "value"] == 1.0  # row 2: "niet"
    assert np.isnan(a.loc[(1, "CLI2"), "value"]) and a.loc[(1, "CLI2"), "dont_know"]  # "weet niet"
    assert np.isnan(a.loc[(1, "CLI3"), "value"]) and not a.loc[(1, "CLI3"), "dont_know"]  # empty
    assert a.loc[(3, "ORG1"), "value"] == 3.0  # row 4: "grotendeels"
    assert a.loc[(4, "CLI_W"), "value"] == 1.0  # desired item, row 5: "niet"
    assert a.loc[(6, "REF4"), "value"] == 3.0 and np.isnan(a.loc[(6, "REF5"), "value"])
    assert int(resp.answers["dont_know"].sum()) == 2
    assert int(resp.answers["value"].notna().sum()) == 212
    assert resp.answers["value"].dropna().between(1, 4).all()


def test_clean_csv_every_cell_matches_the_generating_rule(instrument):
    resp = read_responses(CLEAN, instrument)
    codes = [i.code for i in instrument.all_items]
    expected = [_expected_answer(r, k, c) for r in range(6) for k, c in enumerate(codes)]
    exp_value = np.array([e[0] for e in expected])
    np.testing.assert_array_equal(resp.answers["value"].to_numpy(), exp_value)
    assert resp.answers["dont_know"].tolist() == [e[1] for e in expected]
    assert resp.answers["item"].tolist() == codes * 6
    assert resp.answers["respondent"].tolist() == [r for r in range(1, 7) for _ in codes]


def test_remarks_unlinked_cleaned_and_sorted(instrument):
    resp = read_responses(CLEAN, instrument)
    assert list(resp.remarks.columns) == ["domain", "text"]
    # "-" and "n.v.t." are no remark; surrounding spaces go; sorted by domain order, then text
    assert resp.remarks.values.tolist() == [
        ["CLI", "Afstemming met de kraamzorg kan beter."],
        ["CLI", "Het geboorteplan wordt niet altijd gelezen."],
        ["SUP", "Geen gedeeld dossier."],
    ]


def test_source_name_and_checksum(instrument):
    resp = read_responses(CLEAN, instrument)
    assert resp.source_name == "clean_forms_nl.csv"
    assert resp.checksum == hashlib.sha256(CLEAN.read_bytes()).hexdigest()


def test_names_emails_and_timestamps_never_leave_intake(instrument, tmp_path):
    for resp in (read_responses(CLEAN, instrument), read_responses(_xlsx(tmp_path), instrument)):
        strings = [resp.source_name, resp.checksum]
        for frame in (resp.respondents, resp.answers, resp.remarks):
            strings += [str(c) for c in frame.columns]
            strings += [str(v) for v in frame.to_numpy().ravel()]
        joined = "\n".join(strings).casefold()
        for secret in ("@", "voorbeeld.invalid", "jansen", "devries", "2026/03", "2026-03",
                       "tijdstempel", "begintijd", "naam"):  # fmt: skip
            assert secret not in joined, secret


# -- encodings, delimiters, formats ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [
        (",", "utf-8"),
        (";", "utf-8"),
        ("\t", "utf-8-sig"),
        (";", "cp1252"),
        (",", "cp1252"),
        ("\t", "utf-16"),
    ],  # fmt: skip
)
def test_all_delimiters_and_encodings_give_the_same_responses(
    instrument, tmp_path, delimiter, encoding
):
    path = _write(tmp_path / "export.csv", _clean_table(), delimiter, encoding)
    if encoding == "cp1252":
        assert "ë".encode("cp1252") in path.read_bytes()  # really not UTF-8
    _assert_same(read_responses(path, instrument), read_responses(CLEAN, instrument))


def test_excel_sep_hint_line(instrument, tmp_path):
    path = tmp_path / "hint.csv"
    buf = io.StringIO()
    csv.writer(buf, delimiter="|", lineterminator="\n").writerows(_clean_table())
    path.write_text("sep=|\n" + buf.getvalue(), encoding="utf-8")
    _assert_same(read_responses(path, instrument), read_responses(CLEAN, instrument))


def _xlsx(tmp_path, *, duplicate_id=False, name="forms.xlsx"):
    """Format (b): Microsoft-Forms-like workbook built from the clean CSV's content."""
    from openpyxl import Workbook

    inst_rows = _clean_table()
    head = inst_rows[0]
    labels = {"niet": 1, "gedeeltelijk": 2, "grotendeels": 3, "volledig": 4}
    wb = Workbook()
    ws = wb.active
    out_head = ["Id", "Begintijd", "Naam", "E-mail", "Wat is uw beroep?"]
    for h in head[4:]:
        if h.startswith("Opmerking "):
            out_head.append(h)  # replaced below by the domain name
        else:
            out_head.append(h.rsplit(" [", 1)[0])
    from vsvkit.sample import sample_instrument

    inst = sample_instrument()
    for j, h in enumerate(out_head):
        if h.startswith("Opmerking "):
            out_head[j] = f"Opmerkingen: {inst.domain(h.split()[1]).name.nl}"
    ws.append(out_head)
    for n, row in enumerate(inst_rows[1:], 1):
        cells = []
        for h, v in zip(head[4:], row[4:]):
            if h.startswith("Opmerking "):
                cells.append(v or None)
            elif v == "weet niet":
                cells.append("Weet niet / n.v.t.")
            else:
                cells.append(labels.get(v))
        rid = 1 if duplicate_id and n == 4 else n
        started = dt.datetime(2026, 3, 1, 9, 0) + dt.timedelta(hours=n)
        ws.append([rid, started, f"Persoon {n} Jansen", row[1], row[2], *cells])
    path = tmp_path / name
    wb.save(path)
    return path


def test_xlsx_forms_export_matches_csv(instrument, tmp_path):
    got, csv_resp = read_responses(_xlsx(tmp_path), instrument), read_responses(CLEAN, instrument)
    pd.testing.assert_frame_equal(got.answers, csv_resp.answers)
    pd.testing.assert_frame_equal(got.remarks, csv_resp.remarks)
    assert got.respondents["profession"].tolist() == csv_resp.respondents["profession"].tolist()
    # no echelon column in this export: every respondent gets the role's default echelon
    defaults = {r.code: r.echelon for r in instrument.roles}
    assert got.respondents["echelon"].tolist() == [
        defaults[p] for p in got.respondents["profession"]
    ]
    assert got.respondents["echelon"].tolist()[5] == "overig"  # MGT


def test_xlsx_repeated_response_id_is_a_problem(instrument, tmp_path):
    probs = _problems(_xlsx(tmp_path, duplicate_id=True), instrument)
    assert _cells(probs) == [(5, "Id", "1")]
    assert "rij 2" in probs[0].rule


def test_csv_renamed_xlsx_is_read_by_content(instrument, tmp_path):
    path = tmp_path / "really_csv.xlsx"
    path.write_bytes(CLEAN.read_bytes())
    _assert_same(read_responses(path, instrument), read_responses(CLEAN, instrument))


def test_english_limesurvey_style_export(instrument, tmp_path):
    """Comma CSV, 'CODE. English text' headers, English labels in capitals, English roles."""
    rows = _clean_table()
    nl_to_en = {s.label.nl: s.label.en.upper() for s in instrument.scale}
    nl_to_en["weet niet"] = "DON'T KNOW"
    roles = ["Midwife", "gynecologist", "maternity care assistant", "GP", "clinical midwives",
             "Coordinator"]  # fmt: skip
    head = ["Response ID", "Name", "Email", "What is your profession?", "Line of care"]
    for h in rows[0][4:]:
        if h.startswith("Opmerking "):
            head.append(f"Remarks: {instrument.domain(h.split()[1]).name.en}")
        else:
            code = h.rsplit("[", 1)[1].rstrip("]")
            head.append(f"{code}. {instrument.item(code).text.en}")
    ech = {"Eerste lijn": "primary care", "Tweede lijn": "hospital care", "": "", "1e lijn": "1"}
    out = [head]
    for n, row in enumerate(rows[1:]):
        answers = [v if h.startswith("Opmerking ") else nl_to_en.get(v, v)
                   for h, v in zip(rows[0][4:], row[4:])]  # fmt: skip
        out.append([str(n + 100), "Someone", row[1], roles[n], ech[row[3]], *answers])
    path = _write(tmp_path / "limesurvey.csv", out, ",", "utf-8")
    _assert_same(read_responses(path, instrument), read_responses(CLEAN, instrument))


# -- header and value matching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "kind", "target"),
    [
        ("CLI1", "item", "CLI1"),
        ("  cli1. ", "item", "CLI1"),
        ("cli_w", "item", "CLI_W"),
        ("CLI1 - In ons VSV sturen de wensen en behoeften van de zwangere de zorg die zij krijgt.",
         "item", "CLI1"),
        ("in ons vsv sturen de wensen en behoeften van de zwangere de zorg die zij krijgt",
         "item", "CLI1"),
        ("IN OUR VSV, THE PREGNANT WOMAN'S WISHES AND NEEDS STEER THE CARE SHE RECEIVES?",
         "item", "CLI1"),
        ("De clie\u0308nte krijgt van alle disciplines dezelfde voorlichting en adviezen:",
         "item", "CLI4"),
        ("Q1[COO2]", "item", "COO2"),
        ("Hoe ver is uw VSV? [Wij houden samen perinatale audits en casusbesprekingen.]",
         "item", "SUP3"),
        ("Opmerking CLI", "remark", "CLI"),
        ("Opmerkingen: De cliënte centraal", "remark", "CLI"),
        ("Remarks: Client-centred care", "remark", "CLI"),
        ("Toelichting Ondersteuning", "remark", "SUP"),
        ("Wat is uw beroep?", "role", None),
        ("Functie", "role", None),
        ("Profession:", "role", None),
        ("In welke lijn werkt u?", "echelon", None),
        ("Sector", "echelon", None),
        ("E-mailadres", "email", None),
        ("Email", "email", None),
        ("Response ID", "id", None),
        ("Beroep [Anders]", "other", None),
        ("What is your role? - Other - Text", "other", None),
        ("Tijdstempel", "other", None),
        ("Naam", "other", None),
        ("Overige opmerkingen", "remark", None),
    ],
)  # fmt: skip
def test_header_classification(instrument, header, kind, target):
    got = HeaderMatcher(instrument).classify(header)
    assert (got.kind, got.target) == (kind, target)


def test_header_naming_two_items_is_a_problem_not_a_guess(instrument, tmp_path):
    rows = _clean_table()
    j = rows[0].index(_header(instrument, "CLI1"))
    rows[0][j] = f"CLI1. {instrument.item('CLI2').text.nl}"
    probs = _problems(_write(tmp_path / "x.csv", rows), instrument)
    assert (probs[0].row, probs[0].column) == (None, rows[0][j])
    assert "CLI1, CLI2" in probs[0].rule
    # and CLI1 is then missing as well: the file cannot be imported
    assert [p.value for p in probs[1:]] == ["CLI1"]


@pytest.mark.parametrize(
    ("cell", "value", "dont_know"),
    [("1", 1.0, False), ("1.0", 1.0, False), (" 3 ", 3.0, False), ("4,0", 4.0, False),
     ("Grotendeels", 3.0, False), ("LARGELY", 3.0, False), ("not at all", 1.0, False),
     ("3 - grotendeels", 3.0, False), ("Volledig (4)", 4.0, False),
     ("weet niet", None, True), ("N.V.T.", None, True), ("Don\u2019t know", None, True),
     ("Weet niet / n.v.t.", None, True), ("", None, False), ("   ", None, False)],
)  # fmt: skip
def test_answer_values(instrument, cell, value, dont_know):
    got = AnswerParser(instrument).parse(cell)
    assert got is not None
    assert (np.isnan(got[0]) if value is None else got[0] == value) and got[1] is dont_know


@pytest.mark.parametrize("cell", ["5", "0", "3.5", "misschien", "3 - niet", "-1", "ja"])
def test_answer_values_not_allowed(instrument, cell):
    assert AnswerParser(instrument).parse(cell) is None


@pytest.mark.parametrize(
    ("cell", "code"),
    [("VK", "VK"), (" gyn ", "GYN"), ("Gynecologist", "GYN"), ("gp", "HA"),
     ("KLINISCH VERLOSKUNDIGE", "KV"), ("clientvertegenwoordiger", "CLI"),
     ("O&G verpleegkundige", "OGV"), ("Management / bestuur / coördinator", "MGT")],
)  # fmt: skip
def test_role_values(instrument, cell, code):
    assert role_lookup(instrument).find(cell) == code


def test_other_with_free_text_is_overig(instrument, tmp_path):
    rows = _clean_table()
    rows[1][2] = "Anders: doula"
    resp = read_responses(_write(tmp_path / "x.csv", rows), instrument)
    assert resp.respondents["profession"].tolist()[0] == "OV"
    assert resp.respondents["echelon"].tolist()[0] == "eerste_lijn"  # its echelon cell


# -- problems, file by file ------------------------------------------------------------------------


def test_answer_out_of_range(instrument):
    probs = _problems(DATA / "answer_out_of_range.csv", instrument)
    assert _cells(probs) == [
        (3, _header(instrument, "CLI1"), "5"),
        (5, _header(instrument, "COO3"), "misschien"),
    ]
    assert all("Toegestaan: 1-4" in p.rule and "weet niet" in p.rule for p in probs)


def test_unknown_profession(instrument):
    probs = _problems(DATA / "unknown_profession.csv", instrument)
    assert _cells(probs) == [(4, "Beroep", "tandarts")]
    assert "GYN (gynaecoloog)" in probs[0].rule


def test_missing_role_column(instrument):
    probs = _problems(DATA / "missing_role_column.csv", instrument)
    assert _cells(probs) == [(None, None, None)]
    assert "beroep" in probs[0].rule


@pytest.mark.parametrize(
    ("name", "value", "words"),
    [("empty.csv", None, "leeg"), ("header_only.csv", None, "geen antwoorden"),
     ("png_renamed.csv", "PNG", "geen spreadsheet"),
     ("garbage.xlsx", "binary data", "geen spreadsheet"),
     ("zip_not_workbook.xlsx", "ZIP", "geen spreadsheet")],
)  # fmt: skip
def test_whole_file_problems(instrument, name, value, words):
    probs = _problems(DATA / name, instrument)
    assert _cells(probs) == [(None, None, value)]
    assert probs[0].file == name and words in probs[0].rule


def test_damaged_workbook(instrument, tmp_path):
    data = bytearray(_xlsx(tmp_path).read_bytes())
    for k in range(200, len(data) - 200, 97):  # keep the zip directory, wreck the contents
        data[k] ^= 0x5A
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    probs = _problems(path, instrument)
    assert len(probs) == 1 and probs[0].row is None


def test_same_respondent_twice_masks_the_address(instrument):
    probs = _problems(DATA / "same_respondent_twice.csv", instrument)
    assert _cells(probs) == [(6, "E-mailadres", "J***@voorbeeld.invalid")]
    assert "rij 2" in probs[0].rule and "jansen" not in probs[0].rule.casefold()


def test_anonymous_forms_email_is_no_duplicate(instrument, tmp_path):
    rows = _clean_table()
    for row in rows[1:]:
        row[1] = "anonymous"
    assert len(read_responses(_write(tmp_path / "x.csv", rows), instrument).respondents) == 6


def test_item_column_twice(instrument):
    probs = _problems(DATA / "item_column_twice.csv", instrument)
    assert _cells(probs) == [(None, "CLI1", "CLI1")]
    assert _header(instrument, "CLI1") in probs[0].rule


def test_no_item_columns(instrument):
    probs = _problems(DATA / "no_item_columns.csv", instrument)
    assert _cells(probs) == [(None, None, None)]  # one problem, not thirty missing items
    assert "CLI1" in probs[0].rule


def test_missing_item_column_but_desired_items_are_optional(instrument):
    probs = _problems(DATA / "missing_item_column.csv", instrument)
    assert _cells(probs) == [(None, None, "COO2")]
    assert instrument.item("COO2").text.nl in probs[0].rule


def test_without_desired_columns_those_answers_are_blank(instrument, tmp_path):
    rows = _clean_table()
    keep = [j for j, h in enumerate(rows[0]) if "_W]" not in h]
    resp = read_responses(_write(tmp_path / "x.csv", [[r[j] for j in keep] for r in rows]),
                          instrument)  # fmt: skip
    w = resp.answers[resp.answers["item"].str.endswith("_W")]
    assert len(w) == 36 and w["value"].isna().all() and not w["dont_know"].any()


def test_mixed_problems_reported_together_in_row_order(instrument):
    probs = _problems(DATA / "mixed_problems.csv", instrument)
    assert _cells(probs) == [
        (None, None, "REF5"),
        (3, "Beroep", "Tandarts"),
        (4, _header(instrument, "ORG1"), "6"),
        (7, "E-mailadres", "p***@voorbeeld.invalid"),
    ]
    assert all(p.file == "mixed_problems.csv" for p in probs)


def test_rules_in_english_on_request(instrument):
    probs = _problems(DATA / "mixed_problems.csv", instrument, lang="en")
    assert probs[1].rule.startswith("Unknown profession")
    assert probs[2].rule.startswith("Invalid answer. Allowed: 1-4, not at all")


def test_many_bad_cells_in_one_column_are_summarised(instrument, tmp_path):
    rows = _clean_table()
    j = rows[0].index(_header(instrument, "SUP2"))
    template = rows[1]
    rows = [rows[0]] + [[f"x{n}@voorbeeld.invalid" if i == 1 else c for i, c in enumerate(template)]
                        for n in range(140)]  # fmt: skip
    for n, row in enumerate(rows[1:]):
        row[j] = "ja" if n % 2 == 0 else "3"
    probs = _problems(_write(tmp_path / "x.csv", rows), instrument)
    assert len(probs) == MAX_CELL_PROBLEMS_PER_COLUMN + 1
    assert [p.row for p in probs[1:]] == list(range(2, 2 + 2 * MAX_CELL_PROBLEMS_PER_COLUMN, 2))
    assert probs[0].row is None and "Nog 20 cellen" in probs[0].rule


def test_row_with_more_cells_than_the_header(instrument, tmp_path):
    rows = _clean_table()
    rows[3] = rows[3] + ["stray text"]
    probs = _problems(_write(tmp_path / "x.csv", rows), instrument)
    assert (probs[0].row, len(probs)) == (4, 1)


def test_blank_lines_keep_spreadsheet_row_numbers(instrument, tmp_path):
    rows = _clean_table()
    rows[3][2] = "tandarts"  # row 4 ...
    rows.insert(2, [""] * len(rows[0]))  # ... becomes row 5 after an empty row 3
    probs = _problems(_write(tmp_path / "x.csv", rows), instrument)
    assert _cells(probs) == [(5, "Beroep", "tandarts")]


def test_rows_in_memory_are_read_as_the_same_csv(instrument):
    """parse_rows runs the checks of a file on a table in memory: same Responses, same
    problems (row numbers as in the spreadsheet), its checksum from the cells."""
    table = _clean_table()
    resp = parse_rows(table[0], table[1:], "tabel", instrument)
    _assert_same(resp, read_responses(CLEAN, instrument))
    assert resp.source_name == "tabel"
    assert resp.checksum == parse_rows(table[0], table[1:], "other", instrument).checksum
    table[3][2] = "tandarts"
    with pytest.raises(IntakeError) as info:
        parse_rows(table[0], table[1:], "tabel", instrument)
    assert _cells(info.value.problems) == [(4, "Beroep", "tandarts")]
    assert info.value.problems[0].file == "tabel"


def test_rows_in_memory_longer_than_the_header(instrument):
    table = _clean_table()
    with pytest.raises(IntakeError) as info:
        parse_rows(table[0], [table[1], table[2] + ["stray text"]], "tabel", instrument)
    assert [(p.row, p.value) for p in info.value.problems] == [(3, None)]
    assert str(len(table[0]) + 1) in info.value.problems[0].rule


# -- unreadable files ------------------------------------------------------------------------------


def test_missing_file(instrument, tmp_path):
    probs = _problems(tmp_path / "nope.csv", instrument)
    assert (probs[0].file, probs[0].row) == ("nope.csv", None) and "bestaat niet" in probs[0].rule


def test_directory(instrument, tmp_path):
    probs = _problems(tmp_path, instrument)
    assert "map" in probs[0].rule


def test_no_permission(instrument, tmp_path, monkeypatch):
    path = tmp_path / "locked.csv"
    path.write_bytes(CLEAN.read_bytes())

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)  # root ignores chmod 000
    probs = _problems(path, instrument, lang="en")
    assert probs[0].rule.startswith("No permission")


# -- reading workbooks ---------------------------------------------------------------------


def test_workbook_cells_are_what_openpyxl_reads():
    """calamine's cells against openpyxl's independent read of the same workbook."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    from vsvkit.intake.cells import Foreign, cell_text
    from vsvkit.intake.read import read_grid

    wb = Workbook()
    ws = wb.active
    ws.append(["Id", 'a & b <c> "q"', "Cliënte ✓", None, "x"])
    ws.append([1, 3, 3.0, None, "Weet niet / n.v.t."])
    ws.append([])
    ws.append([2, 1.5, True, None, CellRichText(["vet ", TextBlock(InlineFont(b=True), "deel")])])
    ws["H6"] = "ver weg"
    buf = io.BytesIO()
    wb.save(buf)
    grid = read_grid(buf.getvalue()).grid
    got = [[grid.values[c] for c in row] for row in grid.codes]
    ref = load_workbook(io.BytesIO(buf.getvalue())).active
    assert grid.shape == (ref.max_row, ref.max_column) == (6, 8)
    for row in ref.iter_rows():
        for cell in row:
            v = got[cell.row - 1][cell.column - 1]
            if cell.value is None:
                assert v == ""
            elif isinstance(cell.value, bool):
                assert v == Foreign("bool", "TRUE")
            elif isinstance(cell.value, (int, float)):
                assert isinstance(v, float) and v == cell.value
            else:
                assert cell_text(v) == str(cell.value)
    assert got[3][4] == "vet deel" and got[5][7] == "ver weg" and got[1][2] == 3.0


def test_workbook_with_merged_cells_gives_the_same_answers(instrument, tmp_path):
    from openpyxl import load_workbook

    path = _xlsx(tmp_path)
    wb = load_workbook(path)
    ws = wb.active
    ws["AZ1"] = "Extra kolom"
    ws.merge_cells("AZ1:BA1")
    wb.save(path)
    got, csv_resp = read_responses(path, instrument), read_responses(CLEAN, instrument)
    pd.testing.assert_frame_equal(got.answers, csv_resp.answers)


def test_multiline_remark_keeps_row_numbers(instrument, tmp_path):
    rows = _clean_table()
    j = rows[0].index("Opmerking COO")
    rows[1][j] = "Eerste regel.\nTweede regel."  # one spreadsheet row, two lines in the file
    rows[3][2] = "tandarts"
    probs = _problems(_write(tmp_path / "x.csv", rows), instrument)
    assert _cells(probs) == [(4, "Beroep", "tandarts")]
    rows[3][2] = "HA"
    resp = read_responses(_write(tmp_path / "y.csv", rows), instrument)
    assert ["COO", "Eerste regel.\nTweede regel."] in resp.remarks.values.tolist()


def test_utf8_file_with_one_stray_windows_byte(instrument, tmp_path):
    path = tmp_path / "mixed.csv"
    data = CLEAN.read_bytes().replace(b"jan.jansen@", "jan.jänsen@".encode("cp1252"))
    path.write_bytes(data)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    _assert_same(read_responses(path, instrument), read_responses(CLEAN, instrument))
