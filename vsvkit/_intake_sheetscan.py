"""Where the cells of a worksheet are, before the spreadsheet library reads it (private).

calamine builds a dense grid from the top-left to the bottom-right cell that holds a value:
one stray cell at XFD1048576 asks for 17 billion cells, and a cell position far past 2**32
wraps around onto another respondent. It also reads an Excel error value (#N/A) as an empty
cell, and a second cell at the same position silently replaces the first. So the sheet XML
is scanned first:

* the fast scan (numpy, a few tens of milliseconds for 10,000 rows) accepts only the layout
  every spreadsheet program writes: each cell opens as ``<c r="B2"``, positions strictly
  increase, attributes in double quotes, no error values; it returns the grid's bounds and
  the number of cells with a value, to compare with what calamine returns;
* anything else goes to the careful scan (regular expressions, cell by cell, as calamine
  places them), which finds the cells with a value, their bounds, error values and
  duplicate positions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from ._intake_fail import ReadFailure

__all__: list[str] = []

#: A survey export has far fewer rows and columns; a sheet beyond these is refused.
MAX_ROWS = 100_000
MAX_COLUMNS = 1_000
#: Largest grid (rows x columns, counted from A1) handed to calamine (~130 MB there).
MAX_CELLS = 4_000_000

_P = rb"(?:[A-Za-z_][\w.-]*:)?"
_TOKEN = re.compile(
    rb"<" + _P + rb"row\b([^>]*?)(/?)>|</" + _P + rb"row\s*>"
    rb"|<" + _P + rb"c\b([^>]*?)(?:/>|>(.*?)</" + _P + rb"c\s*>)",
    re.S,
)
_ATTR = re.compile(rb"(?:^|\s)(r|t)\s*=\s*([\"'])(.*?)\2", re.S)
_VALUE = re.compile(rb"<" + _P + rb"v(?:\s[^>]*)?>(.*?)</" + _P + rb"v\s*>", re.S)
_HAS_VALUE = re.compile(rb"<" + _P + rb"(?:v|is)\b", re.S)
_REF = re.compile(rb"([A-Za-z]+)([0-9]+)")
_END_DATA = re.compile(rb"</" + _P + rb"sheetData\s*>")

_LETTER = np.zeros(256, dtype=np.int64)
_LETTER[65:91] = np.arange(1, 27)
_LETTER[97:123] = np.arange(1, 27)
_IS_LETTER = _LETTER > 0
_DIGIT = np.full(256, -1, dtype=np.int8)
_DIGIT[48:58] = np.arange(10)
_SPACE = np.zeros(256, dtype=bool)
_SPACE[[32, 9, 10, 13]] = True
_END = _SPACE.copy()  # what may follow an element name: space, ">" or "/"
_END[[62, 47]] = True


@dataclass
class SheetScan:
    """What the scan found: ``rows``/``columns`` bound the cells (from A1); ``errors``
    maps (row index, column index) to an error value; ``value_cells`` is the number of
    cells with a value when calamine's count is still to be compared (fast scan only)."""

    rows: int = 0
    columns: int = 0
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    flags: bool = False
    value_cells: int | None = None


def column_letters(j: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    letters, n = "", j + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def scan_sheet(xml: bytes) -> SheetScan:
    """Bounds, error values and bools of one worksheet's XML; refuses what calamine cannot
    read safely or correctly (see the module docstring)."""
    found = _fast_scan(xml)
    if found is None:
        found = careful_scan(xml)
    _check_bounds(found.rows, found.columns, None)
    return found


def _check_bounds(rows: int, columns: int, where: tuple[int, int, str] | None) -> None:
    if rows <= MAX_ROWS and columns <= MAX_COLUMNS and rows * columns <= MAX_CELLS:
        return
    row, col, value = where if where else (None, None, None)
    raise ReadFailure(
        "sheet_too_large",
        value=value,
        row=row,
        column=col,
        rows=rows,
        columns=columns,
        max_rows=MAX_ROWS,
        max_columns=MAX_COLUMNS,
    )


def _fast_scan(xml: bytes) -> SheetScan | None:
    a = np.frombuffer(xml + b" " * 24, dtype=np.uint8)  # room for a window past the end
    n = len(a) - 24
    eq = np.flatnonzero(a[1:n] == 61) + 1  # every attribute must be written name="value"
    if len(eq) and (_SPACE[a[eq - 1]].any() or (a[eq + 1] != 34).any()):
        return None  # single quotes or spaces around "=": unusual, read carefully
    t_attr = eq[(a[eq - 1] == 116) & _SPACE[a[eq - 2]] & (a[eq + 3] == 34)]
    if (a[t_attr + 2] == 101).any():
        return None  # t="e": error values, the careful scan finds where they are
    flags = bool((a[t_attr + 2] == 98).any())  # t="b"
    colon = np.flatnonzero(a[:n] == 58)  # a namespace prefix on a cell or row: x:c, x:row
    if (
        len(colon)
        and (
            ((a[colon + 1] == 99) & _END[a[colon + 2]])
            | ((a[colon + 1] == 114) & (a[colon + 2] == 111) & (a[colon + 3] == 119))
        ).any()
    ):
        return None
    lt = np.flatnonzero(a[:n] == 60)
    nxt = a[lt + 1]
    values = int(
        np.count_nonzero((nxt == 118) & (a[lt + 2] == 62))  # <v>
        + np.count_nonzero((nxt == 105) & (a[lt + 2] == 115) & (a[lt + 3] == 62))  # <is>
    )
    cells = lt[(nxt == 99) & _END[a[lt + 2]]]
    if len(cells) == 0:
        return SheetScan(flags=flags, value_cells=values)
    if not (
        (a[cells + 2] == 32) & (a[cells + 3] == 114) & (a[cells + 4] == 61) & (a[cells + 5] == 34)
    ).all():
        return None  # a cell without its position first: read carefully
    w = a[cells[:, None] + np.arange(6, 18)]
    nl = np.argmin(_IS_LETTER[w], axis=1)
    if ((nl < 1) | (nl > 3)).any():
        return None
    lv = _LETTER[w[:, :3]]
    col = np.where(nl == 1, lv[:, 0], np.where(nl == 2, lv[:, 0] * 26 + lv[:, 1], 0))
    col = np.where(nl == 3, (lv[:, 0] * 26 + lv[:, 1]) * 26 + lv[:, 2], col)
    d = _DIGIT[w]
    row = np.zeros(len(w), dtype=np.int64)
    run = np.ones(len(w), dtype=bool)  # still inside the digits that follow the letters
    nd = np.zeros(len(w), dtype=np.int64)
    for k in range(1, 11):
        after = k >= nl
        run &= ~after | (d[:, k] >= 0)
        take = after & run
        row = np.where(take, row * 10 + d[:, k], row)
        nd += take
    if ((nd < 1) | (nd > 7)).any() or (w[np.arange(len(w)), nl + nd] != 34).any():
        return None
    if (row < 1).any():
        return None
    key = row * 20_000 + col
    if len(key) > 1 and (np.diff(key) <= 0).any():
        return None  # out of order or a position twice
    rows, columns = int(row.max()), int(col.max())
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        return None  # maybe only empty cells out there: the careful scan looks at values
    return SheetScan(rows, columns, {}, flags, values)


def careful_scan(xml: bytes) -> SheetScan:
    """Cell by cell, placed as calamine places them; only cells with a value count."""
    start = re.search(rb"<" + _P + rb"sheetData\b[^>]*?(/?)>", xml)
    if start is None or start.group(1):
        return SheetScan()
    stop = _END_DATA.search(xml, start.end())
    body_end = stop.start() if stop else len(xml)
    found = SheetScan()
    seen: dict[tuple[int, int], str] = {}
    row_index = col_index = 0
    for m in _TOKEN.finditer(xml, start.end(), body_end):
        row_attrs, row_closed, cell_attrs, body = m.group(1, 2, 3, 4)
        if m.group(0).startswith(b"</"):
            row_index, col_index = row_index + 1, 0
            continue
        if row_attrs is not None:
            if not row_closed:
                attrs = dict((k, v) for k, _, v in _ATTR.findall(b" " + row_attrs))
                if b"r" in attrs:
                    row_index = _number(attrs[b"r"], attrs[b"r"]) - 1
            continue
        if m.group(0).endswith(b"/>") and body is None:
            continue  # <c .../> is no cell for calamine (and has no value)
        attrs = dict((k, v) for k, _, v in _ATTR.findall(b" " + cell_attrs))
        if b"r" in attrs:
            ref = _REF.fullmatch(attrs[b"r"])
            if ref is None:
                raise ReadFailure("bad_position", value=_show(attrs[b"r"]))
            col_index = _letters(ref.group(1))
            i, j = _number(ref.group(2), attrs[b"r"]) - 1, col_index
        else:
            i, j = row_index, col_index
        col_index += 1
        body = body or b""
        if not _HAS_VALUE.search(body):
            continue
        ref_text = f"{column_letters(j)}{i + 1}" if j < 20_000 else _show(attrs.get(b"r", b""))
        value = _cell_value(body)
        _check_bounds(i + 1, j + 1, (i + 1, ref_text, value))
        if (i, j) in seen:
            raise ReadFailure("duplicate_cell", row=i + 1, column=ref_text, value=value)
        seen[(i, j)] = value
        found.rows, found.columns = max(found.rows, i + 1), max(found.columns, j + 1)
        kind = attrs.get(b"t", b"n")
        if kind == b"e":
            found.errors[(i, j)] = value
        elif kind == b"b":
            found.flags = True
    return found


def _number(digits: bytes, ref: bytes) -> int:
    if not digits.isdigit() or len(digits) > 9 or int(digits) < 1:
        raise ReadFailure("bad_position", value=_show(ref))
    return int(digits)


def _letters(letters: bytes) -> int:
    n = 0
    for ch in letters.upper()[:6]:
        n = n * 26 + ch - 64
    return n - 1 if len(letters) <= 6 else 10**9


def _cell_value(body: bytes) -> str:
    v = _VALUE.search(body)
    text = v.group(1) if v else re.sub(rb"<[^>]*>", b"", body)
    return _show(text)


def _show(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace")
    return text if len(text) <= 60 else text[:59] + "…"
