"""Files that must never import wrongly: the cases of issue 9 and a sample of the corpus.

Every accepted file is checked against an independent read (tests/data/hostile.py: openpyxl
or the csv module and rules of its own); every refused file must leave the store unchanged.
The full corpus (about 520 files, through the CLI) is benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import math
import random
import re
import zipfile
from xml.sax.saxutils import escape

import numpy as np
import pandas as pd
import pytest
import python_calamine as calamine

from tests.conftest import require
from tests.data import hostile
from vsvkit.errors import IntakeError, VsvkitError
from vsvkit.intake import parse_responses, read_responses
from vsvkit.intake import sheetscan as sheetscan
from vsvkit.intake.archive import stored_archive
from vsvkit.intake.fail import ReadFailure
from vsvkit.sessions import import_session
from vsvkit.store import Store

CSV_ANSWERS = None


def _problems(data: bytes, name: str, instrument, lang="nl"):
    with pytest.raises(IntakeError) as info:
        parse_responses(data, name, instrument, lang=lang)
    return info.value.problems


def _clean(instrument):
    return read_responses(hostile.CLEAN, instrument)


def _header(instrument, code):
    return f"{instrument.item(code).text.nl} [{code}]"


def _named(name: str) -> bytes:
    rows = hostile.clean_rows()
    cases = {c.name: c.data for c in hostile._named(rows, hostile.xlsx_bytes(rows))}
    return cases[name]


# -- the silent wrong accepts of issue 9 ---------------------------------------------------------


@pytest.mark.parametrize("name", ["row_zero.xlsx", "row_minus5.xlsx"])
def test_row_numbered_zero_or_negative_is_refused(instrument, name):
    probs = _problems(_named(name), name, instrument)
    assert len(probs) == 1 and probs[0].value in ("0", "A0", "-5", "A-5")
    assert "ongeldige plaats" in probs[0].rule


def test_row_numbered_twice_does_not_overwrite_a_respondent(instrument):
    probs = _problems(_named("row_twice.xlsx"), "x.xlsx", instrument)
    assert [(p.row, p.column) for p in probs] == [(4, "A4")]
    assert "twee keer" in probs[0].rule


def test_hidden_first_sheet_is_not_imported(instrument):
    got = parse_responses(_named("hidden_first.xlsx"), "x.xlsx", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)
    # the hidden sheet holds "volledig" (4) everywhere the visible one has a label
    assert (got.answers["value"] == 4).sum() < (got.answers["value"].notna()).sum()


def test_invalid_shared_string_index_is_refused(instrument):
    probs = _problems(_named("bad_shared_string.xlsx"), "x.xlsx", instrument)
    assert len(probs) == 1 and probs[0].row is None and "beschadigd" in probs[0].rule


def test_excel_error_value_is_a_problem_not_weet_niet(instrument):
    probs = _problems(_named("error_na.xlsx"), "x.xlsx", instrument, lang="en")
    assert [(p.row, p.column, p.value) for p in probs] == [(3, _header(instrument, "CLI2"), "#N/A")]
    assert probs[0].rule.startswith("This is an Excel error value, not an answer. Allowed: 1-4")


def test_na_text_in_a_csv_is_a_problem_not_weet_niet(instrument):
    probs = _problems(_named("na_text.csv"), "x.csv", instrument)
    assert [(p.row, p.column, p.value) for p in probs] == [(3, _header(instrument, "CLI2"), "#N/A")]
    assert "Excel-foutwaarde" in probs[0].rule
    # "n/a" without the hash stays an alias of "weet niet"
    rows = hostile._with(hostile.clean_rows(), 2, 4, "N/A")
    resp = parse_responses(hostile.csv_bytes(rows), "x.csv", instrument)
    a = resp.answers.set_index(["respondent", "item"])
    assert a.loc[(2, "CLI1"), "dont_know"] and math.isnan(a.loc[(2, "CLI1"), "value"])


def test_date_cell_is_a_problem_not_answer_2(instrument):
    probs = _problems(_named("date_1900_01_02.xlsx"), "x.xlsx", instrument)
    assert [(p.row, p.column, p.value) for p in probs] == [
        (3, _header(instrument, "CLI2"), "1900-01-02")
    ]
    assert "een datum" in probs[0].rule and "Toegestaan: 1-4" in probs[0].rule


def test_date_far_outside_any_calendar_is_refused_not_a_panic(instrument):
    """calamine panics (pyo3 PanicException, a BaseException) turning serial -1e300 with a
    date format into a date; that is a damaged workbook, not a traceback."""
    data = hostile._patch_sheet(
        _named("date_1900_01_02.xlsx"),
        lambda x: re.sub(rb'(<c r="F3"[^>]*>)<v>[^<]*</v>', rb"\1<v>-1e300</v>", x),
    )
    assert b"<v>-1e300</v>" in hostile._sheet(data)
    probs = _problems(data, "x.xlsx", instrument, lang="en")
    assert len(probs) == 1 and probs[0].rule.startswith("The workbook is damaged and cannot")


def test_boolean_cell_is_a_problem_not_answer_1(instrument):
    probs = _problems(_named("bool_answer.xlsx"), "x.xlsx", instrument)
    assert [(p.row, p.column, p.value) for p in probs] == [(4, _header(instrument, "CLI3"), "TRUE")]


def test_formula_results_are_read_by_type(instrument):
    """A formula's cached value counts as what it is: a number is an answer, TRUE is not."""
    rows = hostile.clean_rows()
    base = hostile.xlsx_bytes(rows)
    good = hostile._patch_sheet(
        base, lambda x: hostile._set_cell(x, "E2", b'<c r="E2"><f>0+1</f><v>1</v></c>')
    )
    pd.testing.assert_frame_equal(
        parse_responses(good, "x.xlsx", instrument).answers, _clean(instrument).answers
    )
    bad = hostile._patch_sheet(
        base, lambda x: hostile._set_cell(x, "E2", b'<c r="E2" t="b"><f>1=1</f><v>1</v></c>')
    )
    assert [(p.row, p.value) for p in _problems(bad, "x.xlsx", instrument)] == [(2, "TRUE")]


# -- tracebacks of issue 9 that are problems now -------------------------------------------------


def test_csv_cell_over_the_field_limit(instrument):
    probs = _problems(_named("long_cell.csv"), "x.csv", instrument)
    assert [(p.row, p.column) for p in probs] == [(4, None)]
    assert "131,072" in probs[0].rule


def test_damaged_compressed_part(instrument):
    probs = _problems(_named("damaged_deflate.xlsx"), "x.xlsx", instrument, lang="en")
    assert len(probs) == 1 and probs[0].rule.startswith("The workbook is damaged")


def test_an_unknown_zip_version_is_a_damaged_archive(instrument):
    """zipfile raises NotImplementedError for "zip file version 8.4" (corpus flip_060)."""
    data = bytearray(hostile.xlsx_bytes(hostile.clean_rows()))
    central = data.find(b"PK\x01\x02")
    data[central + 6] = 84  # version needed to extract: 8.4
    probs = _problems(bytes(data), "x.xlsx", instrument, lang="en")
    assert len(probs) == 1 and probs[0].rule.startswith("The workbook is damaged (its ZIP")


@pytest.mark.parametrize("part", ["xl/theme/theme1.xml", "_rels/.rels", "[Content_Types].xml"])
def test_damage_in_a_part_without_cells_is_refused(instrument, part):
    """A part calamine never reads still has its CRC checked: a damaged file is damaged."""
    stored = hostile._rezip(hostile.xlsx_bytes(hostile.clean_rows()), {}, zipfile.ZIP_STORED)
    info = zipfile.ZipFile(io.BytesIO(stored)).getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    damaged = bytearray(stored)
    damaged[start + info.file_size // 2] ^= 0x04  # one bit inside the part's bytes
    probs = _problems(bytes(damaged), "x.xlsx", instrument, lang="en")
    assert len(probs) == 1 and probs[0].rule.startswith("The workbook is damaged (its ZIP")


@pytest.mark.parametrize(
    ("name", "row", "column"),
    [("stray_XFD1048576.xlsx", 1048576, "XFD1048576"), ("stray_A1048576.xlsx", 1048576, "A1048576"),
     ("wrapped_row.xlsx", None, None)],
)  # fmt: skip
def test_far_cells_are_refused_before_the_grid_is_built(instrument, name, row, column):
    probs = _problems(_named(name), name, instrument)
    assert len(probs) == 1
    if row is not None:
        assert (probs[0].row, probs[0].column, probs[0].value) == (row, column, "x")
        assert "100000 rijen" in probs[0].rule


def test_far_empty_cell_is_harmless(instrument):
    rows = hostile.clean_rows()
    far = b'<row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData>'
    data = hostile._patch_sheet(hostile.xlsx_bytes(rows), lambda x: x.replace(b"</sheetData>", far))
    got = parse_responses(data, "x.xlsx", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


def test_a_dimension_claiming_the_whole_sheet_is_harmless(instrument):
    """calamine sizes its grid by the cells it finds, not by <dimension>: the scanned
    bounds are what decides, and a lying dimension neither refuses nor allocates."""
    rows = hostile.clean_rows()
    data = hostile._patch_sheet(
        hostile.xlsx_bytes(rows),
        lambda x: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', x),
    )
    assert b'ref="A1:XFD1048576"' in hostile._sheet(data)
    got = parse_responses(data, "x.xlsx", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


def _mutated_sheets(seed: int, n: int):
    """Sheet XML of the clean export with a few random edits near cell positions."""
    rng = random.Random(seed)
    base = hostile._sheet(hostile.xlsx_bytes(hostile.clean_rows()))
    base = hostile._set_cell(base, "G4", b'<c r="G4" t="n"><v>2</v></c>')
    starts = [m.start() for m in re.finditer(rb'<c r="', base)]
    alphabet = b"AZaz0129\"' =<>/:ebtnr-\t"
    for _ in range(n):
        x = bytearray(base)
        for _ in range(rng.choice((1, 2, 3, 5))):
            p = rng.choice(starts) + rng.randrange(-4, 24)
            how = rng.randrange(4)
            if how == 0:
                x[p] = rng.choice(alphabet)
            elif how == 1:
                x.insert(p, rng.choice(alphabet))
            elif how == 2:
                del x[p]
            else:
                q = rng.choice(starts)
                x[p:p] = base[q : q + rng.randrange(1, 30)]
        yield bytes(x)


def test_fast_scan_answers_only_where_the_careful_scan_agrees():
    """Where the fast scan gives bounds, the careful scan (cell by cell) finds no error
    value, no duplicate and no cell past them, or calamine itself refuses the sheet: so
    calamine's grid needs no second look (see vsvkit.intake.sheetscan)."""
    base = hostile.xlsx_bytes(hostile.clean_rows())
    answered = 0
    for xml in _mutated_sheets(11, 1500):
        fast = sheetscan._fast_scan(xml)
        if fast is None:
            continue
        answered += 1
        try:
            careful = sheetscan.careful_scan(xml)
        except ReadFailure:
            with pytest.raises(calamine.CalamineError):
                book = calamine.CalamineWorkbook.from_object(
                    io.BytesIO(hostile._rezip(base, {hostile.SHEET: xml}))
                )
                book.get_sheet_by_name(book.sheet_names[0]).to_python()
            continue
        assert careful.errors == {}
        assert careful.rows <= fast.rows and careful.columns <= fast.columns
        assert fast.flags or not careful.flags
    assert answered > 300  # the property was tried, not skipped


def test_stored_copy_holds_exactly_the_parts():
    parts = {"xl/workbook.xml": b"<workbook/>", "ë/deel.xml": b"x" * 70_000, "leeg": b""}
    copy = zipfile.ZipFile(io.BytesIO(stored_archive(parts)))
    assert copy.testzip() is None
    assert {i.filename: copy.read(i) for i in copy.infolist()} == parts
    assert {i.compress_type for i in copy.infolist()} == {zipfile.ZIP_STORED}


def test_zip_bomb_part_is_refused_unread(instrument):
    rows = hostile.clean_rows()
    base = hostile.xlsx_bytes(rows)
    xml = hostile._sheet(base)
    data = hostile._rezip(
        base, {hostile.SHEET: xml.replace(b"<sheetData>", b"<sheetData>" + b" " * 80 * 2**20)}
    )
    assert len(data) < 2**20
    probs = _problems(data, "x.xlsx", instrument)
    assert (probs[0].value, probs[0].row) == (hostile.SHEET, None) and "uitgepakt" in probs[0].rule


def test_part_larger_than_its_directory_claims(instrument):
    probs = _problems(
        hostile._lying_size(hostile.xlsx_bytes(hostile.clean_rows())), "x", instrument
    )
    assert len(probs) == 1 and "beschadigd" in probs[0].rule


def test_several_visible_sheets_with_data(instrument):
    rows = hostile.clean_rows()
    data = hostile.xlsx_bytes(rows, extra_sheet=[["notitie"]])
    probs = _problems(data, "x.xlsx", instrument)
    assert len(probs) == 1 and "'Sheet', 'Notities'" in probs[0].rule


def test_an_empty_second_sheet_is_fine(instrument):
    data = hostile.xlsx_bytes(hostile.clean_rows(), extra_sheet=[])
    got = parse_responses(data, "x.xlsx", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


@pytest.mark.parametrize("dress", ["{}\ufeff", "\u200b{}", "{}\u200e", " {}\ufeff"])
def test_invisible_characters_around_a_header_do_not_drop_its_column(instrument, dress):
    """Corpus header_13/header_28: "... [SUP_W]\ufeff" was not recognised, so the desired
    rating of that domain was silently dropped (NaN for everyone)."""
    rows = hostile.clean_rows()
    j = next(j for j, h in enumerate(rows[0]) if h.endswith("[SUP_W]"))
    rows[0][j] = dress.format(rows[0][j])
    got = parse_responses(hostile.csv_bytes(rows), "x.csv", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)
    assert got.answers.loc[got.answers["item"] == "SUP_W", "value"].notna().any()


def test_utf16_without_bom_is_read(instrument):
    data = hostile.csv_bytes(hostile.clean_rows(), ";", "utf-16-le")
    got = parse_responses(data, "x.csv", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


# -- other workbook formats ----------------------------------------------------------------------


def _ods(rows) -> bytes:
    def cell(v):
        if isinstance(v, (int, float)):
            return (
                f'<table:table-cell office:value-type="float" office:value="{v}">'
                f"<text:p>{v}</text:p></table:table-cell>"
            )
        if not v:
            return "<table:table-cell/>"
        return (
            f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p>'
            "</table:table-cell>"
        )

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in r) + "</table:table-row>" for r in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Blad1">'
        f"{body}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def _numbered(rows):
    labels = {s.label.nl: s.value for s in hostile.INST.scale}
    return [rows[0]] + [[labels.get(c, c) for c in r] for r in rows[1:]]


def test_ods_gives_the_same_answers(instrument):
    got = parse_responses(_ods(_numbered(hostile.clean_rows())), "x.ods", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


def test_ods_with_an_error_value_is_refused(instrument):
    rows = hostile._with(hostile.clean_rows(), 2, 4, "#DIV/0!")
    probs = _problems(_ods(rows), "x.ods", instrument)
    assert len(probs) == 1 and probs[0].row is None and "foutwaarden" in probs[0].rule


def test_xls_gives_the_same_answers(instrument):
    require(importlib.util.find_spec("xlwt") is not None, "xlwt writes the .xls: pip install xlwt")
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet("Antwoorden")
    for i, row in enumerate(_numbered(hostile.clean_rows())):
        for j, v in enumerate(row):
            if v != "":
                ws.write(i, j, v)
    buf = io.BytesIO()
    wb.save(buf)
    got = parse_responses(buf.getvalue(), "x.xls", instrument)
    pd.testing.assert_frame_equal(got.answers, _clean(instrument).answers)


# -- a seeded sample of the corpus, judged independently -----------------------------------------


def _stored(store: Store) -> tuple[int, dict]:
    sessions = store.sessions()
    if sessions.empty:
        return 0, {}
    ans = store.answers(list(sessions["id"]))
    return len(sessions), {
        (int(r.respondent), r.item): (None if np.isnan(r.value) else float(r.value), r.dont_know)
        for r in ans.itertuples()
    }


@pytest.mark.parametrize("case", hostile.corpus(9, size="sample"), ids=lambda c: c.name)
def test_corpus_sample_no_traceback_partial_import_or_wrong_accept(instrument, tmp_path, case):
    path = tmp_path / case.name
    path.write_bytes(case.data)
    with Store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        try:
            import_session(path, store=store, vsv="X", date=dt.date(2026, 1, 1))
        except VsvkitError:
            assert _stored(store) == (0, {})  # all or nothing
            return
        n, got = _stored(store)
    want = hostile.independent_answers(case.data)
    assert n == 1 and want is not None
    assert got.keys() == want.keys()
    for key, (value, dont_know) in want.items():
        assert got[key] == (value, dont_know), key
