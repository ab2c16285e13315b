"""Exports write user text as text: string cells in XLSX, the OWASP quote prefix in CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from vsvkit.plan import export_plan
from vsvkit.region.tables import export_region
from vsvkit.safe_cells import csv_safe, csv_text, excel_writer

HOSTILE = [
    '=HYPERLINK("http://x","y")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-2+3",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
    "=1",
]
HARMLESS = ["Overdracht afspreken", "Één dossier", "a=b", "1-2 keer", ""]


def test_csv_text_prefixes_exactly_the_formula_starts():
    for text in HOSTILE[:6] + ["=1"]:
        assert csv_text(text) == "'" + text
    for text in HARMLESS + ["#N/A"]:
        assert csv_text(text) == text
    assert csv_text(-2) == -2 and csv_text(-0.5) == -0.5 and csv_text(None) is None


def test_csv_safe_keeps_numbers_and_prefixes_text_and_headers():
    frame = pd.DataFrame({"=kop": ["=1", "x"], "n": [-1, 2], "pct": [-0.5, 1.5]})
    out = csv_safe(frame)
    assert out.columns.tolist() == ["'=kop", "n", "pct"]
    assert out["'=kop"].tolist() == ["'=1", "x"]
    assert out["n"].tolist() == [-1, 2] and out["pct"].tolist() == [-0.5, 1.5]
    assert frame["=kop"].tolist() == ["=1", "x"]  # the input is not changed


def _actions(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "id": range(1, n + 1),
            "domain": ["COO"] * n,
            "what": texts,
            "why": texts[::-1],
            "who": ["@trekker"] * n,
            "due": [dt.date(2026, 9, 1)] * n,
            "measure": ["-10% klachten"] * n,
            "status": ["open"] * n,
        }
    )


def test_plan_xlsx_holds_string_cells_with_the_exact_text(tmp_path, instrument):
    texts = HOSTILE + HARMLESS[:4]
    path = export_plan(_actions(texts), tmp_path / "plan.xlsx", instrument=instrument)
    ws = openpyxl.load_workbook(path).active
    rows = list(ws.iter_rows(min_row=2))
    assert [r[2].value for r in rows] == texts  # Wat
    assert [r[3].value for r in rows] == texts[::-1]  # Waarom
    for row in rows:
        for cell in (row[1], row[2], row[3], row[4], row[6], row[7]):
            assert cell.data_type == "s", (cell.coordinate, cell.value, cell.data_type)
        assert row[0].data_type == "n" and isinstance(row[0].value, int)  # Nr. stays a number
        assert row[5].value == dt.datetime(2026, 9, 1)  # Klaar op stays a date
    assert [r[0].value for r in rows] == list(range(1, len(texts) + 1))
    assert {r[4].value for r in rows} == {"@trekker"} and {r[6].value for r in rows} == {
        "-10% klachten"
    }


def test_plan_csv_prefixes_formula_text(tmp_path, instrument):
    texts = HOSTILE + HARMLESS[:4]
    path = export_plan(_actions(texts), tmp_path / "plan.csv", instrument=instrument)
    raw = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:3] == ["Nr.", "Domein", "Wat"]
    expected = [("'" + t if t[:1] in ("=", "+", "-", "@", "\t", "\r") else t) for t in texts]
    assert [r[2] for r in body] == expected
    assert [r[3] for r in body] == expected[::-1]
    assert {r[4] for r in body} == {"'@trekker"} and {r[6] for r in body} == {"'-10% klachten"}
    assert [r[0] for r in body] == [str(i) for i in range(1, len(texts) + 1)]
    assert {r[5] for r in body} == {"2026-09-01"}
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for cell in r)
    assert '"\'\r=1+1"' in raw  # a CR inside a cell is quoted, not a row break


def test_region_xlsx_keeps_vsv_names_as_text(tmp_path):
    names = ['=HYPERLINK("http://x","y")', "@VSV", "-VSV Zuid", "\rVSV"]
    table = pd.DataFrame(
        [[50.0, -12.5, 75.0, 0.0], [25.0, 33.3, 10.0, 100.0]],
        index=pd.Index(["CLI", "COO"], name="domain"),
        columns=names,
    )
    long = pd.DataFrame({"vsv": names, "pct": [1.0, -2.0, 3.0, 4.0]})
    path = export_region(tmp_path / "regio.xlsx", {"Score per VSV": table, "Lang": long})
    wb = openpyxl.load_workbook(path)
    header = list(wb["Score per VSV"].iter_rows(max_row=1))[0]
    assert [c.value for c in header] == ["domain", *names]
    assert all(c.data_type == "s" for c in header)
    assert wb["Score per VSV"]["C2"].value == -12.5 and wb["Score per VSV"]["C2"].data_type == "n"
    cells = [row[0] for row in wb["Lang"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == names and {c.data_type for c in cells} == {"s"}
    assert [row[1].value for row in wb["Lang"].iter_rows(min_row=2)] == [1.0, -2.0, 3.0, 4.0]


def test_excel_writer_writes_nothing_when_the_block_fails(tmp_path):
    path = tmp_path / "x.xlsx"
    with pytest.raises(RuntimeError), excel_writer(path) as writer:
        pd.DataFrame({"a": ["=1"]}).to_excel(writer, index=False)
        raise RuntimeError("stop")
    assert not path.exists()


def test_score_csv_from_the_cli(capsys, monkeypatch):
    import vsvkit.sessions
    from vsvkit.cli import main

    table = pd.DataFrame(
        {
            "group": ['=HYPERLINK("http://x","y")', "@SUM(1+1)", "VK"],
            "suppressed": [False, False, False],
            "domain": ["CLI", "COO", "-2+3"],
            "n": [5, 6, 7],
            "mean": [2.5, -1.0, 3.0],
        }
    )
    monkeypatch.setattr(vsvkit.sessions, "session_scores", lambda *a, **k: table)
    monkeypatch.setattr("vsvkit.cli._store", lambda args: None)
    assert main(["scores", "1", "--format", "csv", "--by", "profession"]) == 0
    out = capsys.readouterr().out
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["group", "suppressed", "domain", "n", "mean"]
    assert [r[0] for r in rows[1:]] == ['\'=HYPERLINK("http://x","y")', "'@SUM(1+1)", "VK"]
    assert [r[2] for r in rows[1:]] == ["CLI", "COO", "'-2+3"]
    assert [r[4] for r in rows[1:]] == ["2.5", "-1.0", "3.0"]  # numbers stay numbers
