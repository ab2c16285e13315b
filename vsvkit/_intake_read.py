"""Reading a survey export into a grid of text cells (private helper of :mod:`vsvkit.intake`).

The format is decided on the file's content, not its extension: an XLSX workbook is a ZIP
archive holding ``xl/workbook.xml``; anything else must be text (CSV with comma, semicolon
or tab, UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252). Failures are raised
as :class:`ReadFailure` carrying a rule id that :mod:`vsvkit.intake` turns into a
user-facing :class:`~vsvkit.errors.Problem`.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import warnings
import zipfile

import numpy as np
import pandas as pd

from ._intake_xlsx import FastReadError, as_columns, read_first_sheet

__all__: list[str] = []

log = logging.getLogger(__name__)

_DELIMITERS = (";", "\t", ",")
_SNIFF_RECORDS = 50

# Magic numbers of files people mistake for a spreadsheet, with a short description.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"\xd0\xcf\x11\xe0", "XLS"),  # OLE2: old Excel .xls (or old Word .doc)
    (b"\x1f\x8b", "GZIP"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7Z"),
)


class ReadFailure(Exception):
    """The file cannot be read as a spreadsheet; ``rule`` is a key of ``intake._RULES``."""

    def __init__(self, rule: str, value: str | None = None, row: int | None = None, **params):
        super().__init__(rule)
        self.rule = rule
        self.value = value
        self.row = row
        self.params = params


def read_grid(data: bytes) -> pd.DataFrame:
    """Return all cells as a DataFrame of ``str`` with no header applied.

    Row ``i`` of the frame is spreadsheet row ``i + 1``. Cells are text as written (XLSX
    numbers as their shortest text, empty cells as "").
    """
    if not data:
        raise ReadFailure("empty_file")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ReadFailure("old_excel" if kind == "XLS" else "not_spreadsheet", value=kind)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _read_xlsx(data)
    return _read_text(data)


def _read_xlsx(data: bytes) -> pd.DataFrame:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except zipfile.BadZipFile as err:
        raise ReadFailure("not_spreadsheet", value="ZIP") from err
    if "xl/workbook.xml" not in names:
        kind = (
            "ODS" if "content.xml" in names else ("DOCX" if "word/document.xml" in names else "ZIP")
        )
        raise ReadFailure("not_spreadsheet", value=kind)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            grid = read_first_sheet(zf)
        return pd.DataFrame(as_columns(grid), dtype=object)
    except FastReadError as err:
        log.info("fast XLSX reader gave up (%s); reading with openpyxl", err)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about styles/data validation it cannot read; irrelevant here.
            warnings.simplefilter("ignore")
            raw = pd.read_excel(io.BytesIO(data), sheet_name=0, header=None, dtype=object)
    except Exception as err:  # openpyxl raises many types for a damaged workbook
        log.debug("openpyxl could not read the workbook: %r", err)
        raise ReadFailure("damaged_xlsx") from err
    return pd.DataFrame(
        {j: _cells_as_text(raw[c]) for j, c in enumerate(raw.columns)}, dtype=object
    )


def _cell_text(v) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, str):
        return v
    return str(v)


def _cells_as_text(col: pd.Series) -> np.ndarray:
    """Convert each distinct cell value once (10,000 rows hold only a few distinct answers)."""
    codes, uniques = pd.factorize(col.to_numpy(dtype=object))
    texts = np.array([_cell_text(u) for u in uniques] + [""], dtype=object)
    return texts[codes]  # code -1 (empty cell) picks the trailing ""


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ReadFailure("not_spreadsheet", value="UTF-16?") from err
    head = data[:8192]
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


def _read_text(data: bytes) -> pd.DataFrame:
    text = _decode(data)
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype", "<html", "<?xml", "{", "[")) and not _has_delimiter(start):
        raise ReadFailure("not_spreadsheet", value=start[:15])
    first, _, rest = text.partition("\n")
    m = re.fullmatch(r'"?sep=(.)"?\s*', first)
    if m:  # Excel's delimiter hint line; Excel does not show it as a row
        delimiter, text = m.group(1), rest
    else:
        delimiter = _sniff(text)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not records:
        raise ReadFailure("empty_file")
    width = len(records[0])
    rows = []
    for n, rec in enumerate(records):
        if len(rec) > width:
            if any(c.strip() for c in rec[width:]):
                raise ReadFailure("too_many_cells", row=n + 1, width=width, got=len(rec))
            rec = rec[:width]
        elif len(rec) < width:
            rec = rec + [""] * (width - len(rec))
        rows.append(rec)
    return pd.DataFrame(rows, dtype=object).fillna("")


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
