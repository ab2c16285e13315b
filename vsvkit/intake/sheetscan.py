"""Where the cells of a worksheet are, before the spreadsheet library reads it (private).

calamine builds a dense grid from the top-left to the bottom-right cell that holds a value:
one stray cell at XFD1048576 asks for 17 billion cells, and a cell position far past 2**32
wraps around onto another respondent. It also reads an Excel error value (#N/A) as an empty
cell, and a second cell at the same position silently replaces the first. So the sheet XML
is scanned first:

* the fast scan (numpy, a few tens of milliseconds for 10,000 rows) accepts only the layout
  every spreadsheet program writes: each cell opens as ``<c r="B2"`` (no prefix, no leading
  zero), positions strictly increase, and no attribute value anywhere is ``"e"`` (an error
  value, whatever the spacing or quotes of its ``t=``); it returns the bounds of all cells;
* anything else goes to the careful scan (regular expressions, cell by cell, as calamine
  places them), which finds the cells with a value, their bounds, error values and
  duplicate positions.

Where the fast scan answers, the careful scan would find no error value and no duplicate
either, and bounds at most as large (it counts only cells with a value), so calamine's
grid needs no second look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from vsvkit.intake.fail import ReadFailure

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

_DIGIT = np.full(256, -1, dtype=np.int8)
_DIGIT[48:58] = np.arange(10)
_SPACE = np.zeros(256, dtype=bool)
_SPACE[[32, 9, 10, 13]] = True
_END = _SPACE.copy()  # what may follow an element name: space, ">" or "/"
_END[[62, 47]] = True
_R_QUOTE = int.from_bytes(b' r="', "little")
_TAIL = 32  # longer than any window read after a position (17 bytes)


@dataclass
class SheetScan:
    """What the scan found: ``rows``/``columns`` bound the cells (from A1); ``errors``
    maps (row index, column index) to an error value; ``flags`` says whether a cell may be
    a boolean (then calamine's True and False are kept apart from 1 and 0)."""

    rows: int = 0
    columns: int = 0
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    flags: bool = False


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


def _check_bounds(rows: int, columns: int, where: tuple[int, str, str] | None) -> None:
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
    # What starts in the last _TAIL bytes is looked for with bytes.find; everything before
    # is read through windows that end inside the XML (no padded copy of a 15 MB sheet).
    n = len(xml) - _TAIL  # the scans below look at what starts before n
    tail = xml[n:]
    if n < _TAIL or any(t in tail for t in (b"<c", b":", b'"e"', b"'e'", b'"b"', b"'b'")):
        return None
    a = np.frombuffer(xml, dtype=np.uint8)
    pairs = _Pairs(xml, n)
    errors, flags = _quoted_e_and_b(a, pairs)  # a text "b" in quotes only costs a little time
    if errors:
        return None  # t="e": error values, the careful scan finds where they are
    colon = np.flatnonzero(a[:n] == 58)  # a namespace prefix on a cell or row: x:c, x:row
    if (
        len(colon)
        and (
            ((a[colon + 1] == 99) & _END[a[colon + 2]])
            | ((a[colon + 1] == 114) & (a[colon + 2] == 111) & (a[colon + 3] == 119))
        ).any()
    ):
        return None
    cells = pairs.find(b"<c")
    cells = cells[_END[a[cells + 2]]]
    if len(cells) == 0:
        return SheetScan(flags=flags)
    w = sliding_window_view(a, 8)[cells + 2]  # ' r="' and three letters, or fewer and digits
    if not ((w.view("<u8").ravel() & 0xFFFFFFFF) == _R_QUOTE).all():
        return None  # a cell without its position first: read carefully
    up = w[:, 4:8] - np.uint8(64)  # "A" -> 1 ... "Z" -> 26; anything else wraps past 26
    letter = (up >= 1) & (up <= 26)  # capitals only: "b2" is read carefully
    l0, l1, l2 = (
        letter[:, 0],
        letter[:, 0] & letter[:, 1],
        letter[:, 0] & letter[:, 1] & letter[:, 2],
    )
    if not l0.all() or (l2 & letter[:, 3]).any():
        return None  # no column letters, or more than three (past XFD is past ZZZ)
    lv = up[:, :3].astype(np.int32)
    col = np.where(l1, lv[:, 0] * 26 + lv[:, 1], lv[:, 0])
    col = np.where(l2, col * 26 + lv[:, 2], col)
    # the row digits: at most 7, no leading zero, then the closing quote
    digits = sliding_window_view(a, 8)[cells + 7 + l1 + l2]
    nd = np.argmin((digits >= 48) & (digits <= 57), axis=1)
    if (nd < 1).any() or (digits[:, 0] == 48).any():
        return None
    if (digits[np.arange(len(digits)), nd] != 34).any():
        return None
    # the digits as one big-endian number of ASCII bytes: for equal lengths it orders like
    # the row number, and a longer number is a larger row (no leading zeros)
    packed = digits.view(">u8").ravel() >> (8 * (8 - nd)).astype(np.uint64)
    row_key = (nd.astype(np.uint64) << np.uint64(56)) | packed
    same = row_key[1:] == row_key[:-1]
    if not ((row_key[1:] > row_key[:-1]) | (same & (col[1:] > col[:-1]))).all():
        return None  # out of order or a position twice
    rows = int(digits[-1, : nd[-1]].tobytes())  # the last cell has the largest row
    columns = int(col.max())
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        return None  # maybe only empty cells out there: the careful scan looks at values
    return SheetScan(rows, columns, {}, flags)


def _quoted_e_and_b(a: np.ndarray, pairs: _Pairs) -> tuple[bool, bool]:
    """Whether ``"e"`` or ``'e'`` occurs anywhere, and whether ``"b"`` or ``'b'`` does.

    The quotes (0x22, 0x27) differ only in bits 0 and 2, "b" and "e" (0x62, 0x65) only in
    bits 0-2: one masked comparison finds every candidate (and a few more, e.g. "&a"),
    which are then checked byte by byte.
    """
    at = pairs.find(b"\x22\x60", ordered=False, mask=0xF8FA)
    quote, letter = a[at], a[at + 1]
    quoted = ((quote == 34) | (quote == 39)) & (a[at + 2] == quote)
    return bool((quoted & (letter == 101)).any()), bool((quoted & (letter == 98)).any())


class _Pairs:
    """Finds where a two-byte sequence starts, comparing 16-bit words at even and odd
    offsets (half the work of comparing bytes one by one)."""

    def __init__(self, buf: bytes, n: int):
        """Pairs starting before ``n`` (``buf`` holds at least one byte more)."""
        self.even = np.frombuffer(buf, dtype="<u2", count=(n + 1) // 2)
        self.odd = np.frombuffer(buf, dtype="<u2", offset=1, count=n // 2)

    def find(self, pair: bytes, ordered: bool = True, mask: int = 0xFFFF) -> np.ndarray:
        """Offsets where ``pair`` starts; with ``mask``, where the bits set in it match."""
        word = int.from_bytes(pair, "little")
        if mask == 0xFFFF:
            even, odd = self.even == word, self.odd == word
        else:
            even, odd = (self.even & mask) == word, (self.odd & mask) == word
        at = np.concatenate([np.flatnonzero(even) * 2, np.flatnonzero(odd) * 2 + 1])
        return np.sort(at, kind="stable") if ordered else at


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
