"""User text in exported spreadsheets stays text (no formula injection).

What a trainer or a member typed (a plan action, a VSV name) may start with ``=``, ``+``,
``-`` or ``@``; a spreadsheet program that opens the export would run it as a formula
(``=HYPERLINK(...)`` sends data away, ``+cmd|' /C calc'!A0`` starts a program). Two rules:

- CSV: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  gets a single quote in front (the OWASP "CSV injection" rule); numbers stay numbers.
- XLSX: every text value is written as a string cell, never as a formula or an error
  value (openpyxl makes ``"=..."`` a formula and ``"#N/A"`` an error by itself), and a
  carriage return in it survives (openpyxl writes it raw, and an XML reader turns a raw
  one into a line feed; it is written as the reference ``&#13;`` instead).

Examples
--------
>>> csv_text("=HYPERLINK(\\"http://x\\",\\"y\\")")
'\\'=HYPERLINK("http://x","y")'
>>> csv_text("Overdracht afspreken"), csv_text(-2)
('Overdracht afspreken', -2)
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["FORMULA_STARTS", "csv_text", "csv_safe", "text_cells", "excel_writer"]

#: First characters that make a spreadsheet program read a CSV cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value: Any) -> Any:
    """``value`` with a single quote in front when it is text that starts like a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells, column names and index labels follow
    :func:`csv_text`; numeric, boolean and date columns are left as they are."""
    out = frame.copy()
    for column in out.columns:
        if not (pd.api.types.is_numeric_dtype(out[column]) or _is_datetime(out[column])):
            out[column] = out[column].map(csv_text)
    out.columns = [csv_text(c) for c in out.columns]
    if not pd.api.types.is_numeric_dtype(out.index):
        out.index = out.index.map(csv_text)
    return out


def _is_datetime(series: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(series)


def text_cells(worksheet) -> int:
    """Make every text cell of an openpyxl worksheet a string cell; returns how many
    were a formula or an error value before."""
    changed = 0
    for row in worksheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.data_type != "s":
                cell.data_type = "s"
                changed += 1
    return changed


@contextmanager
def excel_writer(path: str | os.PathLike) -> Iterator[pd.ExcelWriter]:
    """A pandas ExcelWriter (openpyxl) whose text cells are string cells when it closes.

    Write and style the sheets inside the block as usual; afterwards every sheet has
    been passed through :func:`text_cells` and carriage returns in text are kept. When
    the block raises, the half-written file is removed.
    """
    path = Path(path)
    writer = pd.ExcelWriter(path, engine="openpyxl")
    try:
        yield writer
    except BaseException:
        for sheet in writer.sheets.values():
            text_cells(sheet)
        writer.close()
        path.unlink(missing_ok=True)
        raise
    for sheet in writer.sheets.values():
        text_cells(sheet)
    writer.close()
    _keep_carriage_returns(path)


def _keep_carriage_returns(path: Path) -> None:
    """Rewrite the worksheet parts of ``path`` with each raw CR as ``&#13;``.

    openpyxl's XML writer leaves a CR in text raw (it escapes it only in attributes), and
    XML parsing normalises a raw CR to a line feed; a character reference is kept.
    """
    with zipfile.ZipFile(path) as source:
        parts = [i for i in source.infolist() if i.filename.startswith("xl/worksheets/")]
        if not any(b"\r" in source.read(i) for i in parts):
            return
        fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
        os.close(fd)
        try:
            with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    data = source.read(info)
                    if info in parts:
                        data = data.replace(b"\r", b"&#13;")
                    target.writestr(info, data)
            shutil.move(tmp, path)
        finally:
            Path(tmp).unlink(missing_ok=True)
