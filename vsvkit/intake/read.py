"""Reading a survey export into a :class:`Grid` of cells (private helper of intake).

The format is decided on the file's content, not its extension: an XLSX workbook is a ZIP
archive holding ``xl/workbook.xml``, an ODS one holding ``content.xml``; an old Excel .xls
is an OLE2 compound file; anything else must be text (CSV with comma, semicolon or tab,
UTF-8 with or without BOM, UTF-16, or Windows-1252). Failures are raised as
:class:`ReadFailure` carrying a rule id that :mod:`vsvkit.intake` turns into a problem.
"""

from __future__ import annotations

import csv
import io
import logging
import re
from dataclasses import dataclass

from vsvkit.intake.archive import PartReader, open_archive
from vsvkit.intake.cells import Grid, grid_from_rows, instructions_sheet
from vsvkit.intake.fail import ReadFailure
from vsvkit.intake.sandbox import read_in_child
from vsvkit.intake.sheetscan import MAX_CELLS, MAX_COLUMNS, MAX_ROWS
from vsvkit.intake.xlsx import looks_like_xlsx, read_xlsx

__all__ = ["ReadFailure", "Sheet", "read_grid"]

log = logging.getLogger(__name__)

_DELIMITERS = (";", "\t", ",")
_SNIFF_RECORDS = 50
_SNIFF_CHARS = 256 * 1024
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Magic numbers of files people mistake for a spreadsheet, with a short description.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\x1f\x8b", "GZIP"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7Z"),
)
# Error values in an ODS sheet (LibreOffice keeps the shown text) and in a BIFF8 .xls
# (BOOLERR records with the error flag, FORMULA records with an error result).
_ODS_ERROR = re.compile(
    rb"<text:p>(#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A)|Err:\d{3})</text:p>"
)
_XLS_ERROR = re.compile(
    rb"\x05\x02\x08\x00.{6}[\x00\x07\x0f\x17\x1d\x24\x2a]\x01"
    rb"|\x06\x00[\x14-\xff][\x00-\x20].{6}\x02\x00[\x00\x07\x0f\x17\x1d\x24\x2a]\x00\x00\x00\xff\xff",
    re.S,
)


@dataclass(frozen=True)
class Sheet:
    """The cells read, the sheet's name (workbooks), and the visible sheets with data."""

    grid: Grid
    name: str | None = None
    with_data: tuple[str, ...] = ()


def read_grid(data: bytes) -> Sheet:
    """All cells of the file (of a workbook: its first visible sheet with data)."""
    if not data:
        raise ReadFailure("empty_file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReadFailure("not_spreadsheet", value=kind)
    if data.startswith(_OLE2):
        if _XLS_ERROR.search(data):
            raise ReadFailure("error_values_in_file")
        return _first_with_data(read_in_child(data))
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _read_zip(data)
    return Sheet(_read_text(data))


def _read_zip(data: bytes) -> Sheet:
    zf = open_archive(data)
    names = set(zf.namelist())
    if looks_like_xlsx(names):
        book = read_xlsx(data)
        return Sheet(book.grid, book.sheet, book.with_data)
    if "content.xml" in names and "mimetype" in names:
        parts = PartReader(zf)
        content = parts.read("content.xml")
        if _ODS_ERROR.search(content):
            raise ReadFailure("error_values_in_file")
        del content
        parts.check_rest()
        return _first_with_data(read_in_child(data))
    kind = "DOCX" if "word/document.xml" in names else "ZIP"
    raise ReadFailure("not_spreadsheet", value=kind)


def _first_with_data(sheets: list[tuple[str, list[list]]]) -> Sheet:
    if not sheets:
        raise ReadFailure("no_visible_sheet")
    grids = []
    for name, rows in sheets:
        width = max((len(r) for r in rows), default=0)
        _check_size(len(rows), width)
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
        grids.append((name, grid_from_rows(rows, width)))
    with_data = tuple(
        n
        for n, g in grids
        if g.codes.size and (~g.blank[g.codes]).any() and not instructions_sheet(n)
    )
    if not with_data:
        first = next((g for g in grids if not instructions_sheet(g[0])), grids[0])
        return Sheet(first[1], first[0], ())
    return Sheet(dict(grids)[with_data[0]], with_data[0], with_data)


def _check_size(rows: int, columns: int, row: int | None = None) -> None:
    if rows > MAX_ROWS or columns > MAX_COLUMNS or rows * columns > MAX_CELLS:
        raise ReadFailure(
            "sheet_too_large",
            row=row,
            rows=rows,
            columns=columns,
            max_rows=MAX_ROWS,
            max_columns=MAX_COLUMNS,
        )


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ReadFailure("unknown_encoding") from err
    head = data[:8192]
    if len(head) >= 4 and head.count(b"\x00") * 3 >= len(head):  # UTF-16 without its BOM
        even, odd = head[0::2].count(b"\x00"), head[1::2].count(b"\x00")
        try:
            return data.decode("utf-16-le" if odd > even else "utf-16-be")
        except UnicodeDecodeError as err:
            raise ReadFailure("unknown_encoding") from err
    control = sum(head.count(bytes([b])) for b in range(32) if b not in (9, 10, 13))
    if b"\x00" in head or control > max(2, len(head) // 200):
        raise ReadFailure("not_spreadsheet", value="binary data")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or re.search("[\u00c2\u00c3][\u0080-\u00bf\u2018-\u203a]", text):
        # mostly UTF-8 ("Ã«" is UTF-8 "ë" read as cp1252) with a few stray bytes, e.g. a
        # Windows-1252 name pasted in: keep UTF-8, the stray bytes become U+FFFD
        mixed = data.decode("utf-8-sig", errors="replace")
        if mixed.count("\ufffd") <= max(3, len(mixed) // 1000):
            log.warning("file is UTF-8 with %d unreadable bytes", mixed.count("\ufffd"))
            return mixed
        raise ReadFailure("unknown_encoding")
    log.info("file is not UTF-8; read as Windows-1252")
    return text


def _read_text(data: bytes) -> Grid:
    text = _decode(data)
    if "\x00" in text:
        raise ReadFailure("not_spreadsheet", value="binary data")
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype", "<html", "<?xml", "{", "[")) and not _has_delimiter(start):
        raise ReadFailure("not_spreadsheet", value=start[:15])
    first, _, rest = text.partition("\n")
    m = re.fullmatch(r'"?sep=(.)"?\s*', first)
    if m:  # Excel's delimiter hint line; Excel does not show it as a row
        delimiter, text = m.group(1), rest
    else:
        delimiter = _sniff(text[:_SNIFF_CHARS])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    limit = width = 0  # cells in the header row; widest row without its trailing blanks
    try:
        for rec in reader:
            if not limit and any(c.strip() for c in rec):
                limit = len(rec)  # the header row, with its trailing empty cells
            if len(rec) > limit:
                if "".join(rec[limit:]).strip():
                    got = len(rec)
                    raise ReadFailure("too_many_cells", row=len(records) + 1, width=limit, got=got)
                del rec[limit:]
            if not "".join(rec).strip():
                rec = []  # a row of ";;;;" is empty
            while rec and not rec[-1].strip():
                rec.pop()  # trailing empty cells
            records.append(rec)
            width = max(width, len(rec))
            if len(records) > MAX_ROWS or len(records) * width > MAX_CELLS:
                _check_size(len(records), width, len(records))
    except csv.Error as err:
        if "field larger than field limit" in str(err):
            raise ReadFailure(
                "cell_too_long", row=len(records) + 1, limit=f"{csv.field_size_limit():,}"
            ) from err
        raise ReadFailure("malformed_csv", row=len(records) + 1, reason=str(err)) from err
    if not width:
        raise ReadFailure("empty_file")
    rows = [rec + [""] * (width - len(rec)) for rec in records]
    return grid_from_rows(rows, width)


def _has_delimiter(s: str) -> bool:
    return any(d in s for d in _DELIMITERS)


def _sniff(text: str) -> str:
    """Choose the delimiter that gives the widest header with a consistent width below it."""
    best, best_key = ",", None
    for d in _DELIMITERS:
        try:
            reader = csv.reader(io.StringIO(text, newline=""), delimiter=d)
            recs = [r for _, r in zip(range(_SNIFF_RECORDS), reader) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not recs:
            continue
        width = len(recs[0])
        consistent = sum(len(r) == width for r in recs[1:])
        share = consistent / (len(recs) - 1) if len(recs) > 1 else 1.0
        key = (width > 1, share >= 0.9, share, width)
        if best_key is None or key > best_key:
            best, best_key = d, key
    log.debug("delimiter %r chosen", best)
    return best
