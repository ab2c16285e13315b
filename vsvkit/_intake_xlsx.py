"""A fast reader of the first worksheet's cell text (private helper of :mod:`vsvkit.intake`).

openpyxl builds a Python object per cell and takes most of an import's time on a 10,000-row
export. Survey exports are plain grids, so this reader pulls the cells out of the sheet XML
with regular expressions instead: shared strings, inline strings (also rich text), numbers
and booleans. Anything it does not understand (a formula's cached value is fine; a missing
part, an unexpected layout) raises :class:`FastReadError` and the caller falls back to
openpyxl. Dates come out as Excel serial numbers, which is harmless here: date columns
(time stamps) are dropped by the importer.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from functools import lru_cache

import numpy as np

__all__: list[str] = []

_P = r"(?:[A-Za-z_][\w.-]*:)?"  # optional namespace prefix (x:c)
_CELL = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
_ROW = re.compile(rf"<{_P}row\b([^>]*?)(?:/>|>(.*?)</{_P}row>)", re.S)
_ATTR = re.compile(r'\b(r|t)="([^"]*)"')
_V = re.compile(rf"<{_P}v>(.*?)</{_P}v>", re.S)
_T = re.compile(rf"<{_P}t(?:\s[^>]*)?>(.*?)</{_P}t>|<{_P}t(?:\s[^>]*)?/>", re.S)
_RPH = re.compile(rf"<{_P}rPh\b.*?</{_P}rPh>", re.S)
_SI = re.compile(rf"<{_P}si\b[^>]*?(?:/>|>(.*?)</{_P}si>)", re.S)
_REF = re.compile(r"([A-Z]+)(\d+)")


class FastReadError(Exception):
    """The workbook is not laid out as expected; use openpyxl instead."""


def _text(xml: str) -> str:
    """Concatenated <t> texts of a string item (rich text runs), phonetic runs left out."""
    xml = _RPH.sub("", xml)
    return html.unescape("".join(m.group(1) or "" for m in _T.finditer(xml)))


@lru_cache(maxsize=4096)
def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


@lru_cache(maxsize=4096)
def _number_text(v: str) -> str:
    try:
        x = float(v)
    except ValueError:
        return v
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def _first_sheet(zf: zipfile.ZipFile) -> str:
    wb = zf.read("xl/workbook.xml").decode("utf-8")
    m = re.search(rf"<{_P}sheet\b[^>]*?\br:id=\"([^\"]+)\"", wb) or re.search(
        rf"<{_P}sheet\b[^>]*?\b\w+:id=\"([^\"]+)\"", wb
    )
    if not m:
        raise FastReadError("no sheet in workbook.xml")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    for rel in re.finditer(r"<(?:\w+:)?Relationship\b([^>]*)/?>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', rel.group(1)))
        if attrs.get("Id") == m.group(1):
            target = attrs["Target"]
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    raise FastReadError("first sheet not found in relationships")


def read_first_sheet(zf: zipfile.ZipFile) -> list[list[str]]:
    """All rows of the first worksheet as lists of cell text ("" for empty cells)."""
    try:
        sheet = zf.read(_first_sheet(zf)).decode("utf-8")
        names = set(zf.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            sst = zf.read("xl/sharedStrings.xml").decode("utf-8")
            shared = [_text(m.group(1) or "") for m in _SI.finditer(sst)]
    except (KeyError, UnicodeDecodeError, zipfile.BadZipFile) as err:
        raise FastReadError(str(err)) from err
    if "<mergeCell" in sheet or "<![CDATA[" in sheet:
        raise FastReadError("merged cells or CDATA")
    try:
        rows = _cells(sheet, shared)
    except (KeyError, ValueError, IndexError) as err:
        raise FastReadError(f"unexpected cell: {err}") from err
    if not rows:
        return []
    return _grid(rows)


def _cells(sheet: str, shared: list[str]) -> dict[int, dict[int, str]]:
    rows: dict[int, dict[int, str]] = {}
    next_row = 0
    for rm in _ROW.finditer(sheet):
        ra = dict(_ATTR.findall(rm.group(1)))
        r = int(ra["r"]) - 1 if "r" in ra else next_row
        next_row = r + 1
        cells: dict[int, str] = {}
        next_col = 0
        for cm in _CELL.finditer(rm.group(2) or ""):
            attrs = dict(_ATTR.findall(cm.group(1)))
            ref = _REF.fullmatch(attrs.get("r", ""))
            c = _col_index(ref.group(1)) if ref else next_col
            next_col = c + 1
            body, kind = cm.group(2) or "", attrs.get("t", "n")
            if kind == "inlineStr":
                cells[c] = _text(body)
                continue
            v = _V.search(body)
            if v is None:
                continue
            raw = v.group(1)
            raw = html.unescape(raw) if "&" in raw else raw
            if kind == "s":
                cells[c] = shared[int(raw)]
            elif kind == "b":
                cells[c] = "True" if raw.strip() == "1" else "False"
            elif kind in ("str", "e"):
                cells[c] = raw
            else:
                cells[c] = _number_text(raw)
        if cells:
            rows[r] = cells
    return rows


def _grid(rows: dict[int, dict[int, str]]) -> list[list[str]]:
    width = max(max(c) for c in rows.values()) + 1
    grid = [[""] * width for _ in range(max(rows) + 1)]
    for r, cells in rows.items():
        for c, text in cells.items():
            grid[r][c] = text
    return grid


def as_columns(grid: list[list[str]]) -> dict[int, np.ndarray]:
    if not grid:
        return {}
    arr = np.array(grid, dtype=object)
    return {j: arr[:, j] for j in range(arr.shape[1])}
