"""Cells as read from a file, before they are matched to the instrument (private to intake).

A reader gives rows of Python values: text, numbers, and from a workbook also booleans,
dates, times, durations and Excel error values. :func:`grid_from_rows` turns them into a
:class:`Grid`: every distinct cell value once (``values``) and per cell an index into it
(``codes``), so that checking 10,000 rows costs a look-up per distinct answer, not per cell.
Everything that is neither text nor a number becomes a :class:`Foreign` value, which no
column accepts as an answer; text that spells an Excel error ("#N/A", as a spreadsheet
writes an error into a CSV) is one as well.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__: list[str] = []

#: Excel's error values (and LibreOffice's "Err:502" form), matched on the whole cell.
_ERROR_TEXT = re.compile(
    r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!|FIELD!|"
    r"BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)|ERR:\d{3}",
)


_SUSPECT = frozenset("#Ee \t\r\n\u00a0")  # first characters of text that may be an error value
# what :func:`canonical` makes of these exact types, looked up first (a column of dates)
_FOREIGN_KINDS = {dt.datetime: "date", dt.date: "date", dt.time: "time", dt.timedelta: "duration"}


#: Names of a workbook's instructions sheet (vsvkit's import template has one, with the
#: values each column allows): such a sheet is never read as answers.
INSTRUCTION_SHEETS = ("Toelichting", "Instructions")
_INSTRUCTIONS = frozenset(name.casefold() for name in INSTRUCTION_SHEETS)


def instructions_sheet(name: str) -> bool:
    """Whether a sheet called ``name`` is an instructions sheet (:data:`INSTRUCTION_SHEETS`,
    in any case)."""
    return name.strip().casefold() in _INSTRUCTIONS


@dataclass(frozen=True)
class Foreign:
    """A cell that is neither text nor a number: ``kind`` is error, date, time, duration or
    bool; ``text`` is how a spreadsheet shows it ("#N/A", "1900-01-02", "TRUE")."""

    kind: str
    raw: object

    @property
    def text(self) -> str:
        v = self.raw
        if isinstance(v, dt.datetime):
            return v.isoformat(sep=" ")
        if isinstance(v, (dt.date, dt.time)):
            return v.isoformat()
        return str(v)


@dataclass(frozen=True)
class Flag:
    """A boolean cell, kept apart from 1 and 0 (``True == 1`` in Python)."""

    value: bool


@dataclass(frozen=True, eq=False)
class Grid:
    """All cells of one sheet: ``values[codes[i, j]]`` is the cell at spreadsheet row
    ``i + 1`` and column ``j + 1``; ``blank[k]`` says whether ``values[k]`` is empty."""

    codes: np.ndarray  # (rows, columns) intp
    values: np.ndarray  # object: str, float or Foreign
    blank: np.ndarray  # bool, one per value

    @property
    def shape(self) -> tuple[int, int]:
        return self.codes.shape


def error_text(text: str) -> bool:
    """Whether ``text`` is an Excel error value written as text ("#N/A", "#DIV/0!")."""
    return bool(_ERROR_TEXT.fullmatch(text.strip().upper()))


def number_text(x: float) -> str:
    """A number as a spreadsheet shows it in a plain cell: 2.0 -> "2", 2.5 -> "2.5"."""
    if math.isfinite(x) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return repr(x)


def cell_text(v) -> str:
    """The text of a canonical cell value (see :func:`canonical`)."""
    if isinstance(v, str):
        return v
    if isinstance(v, Foreign):
        return v.text
    return number_text(v)


def canonical(v):
    """str, float or :class:`Foreign` for one value a reader produced."""
    if isinstance(v, str):
        return Foreign("error", v.strip()) if error_text(v) else v
    if isinstance(v, Flag):
        return Foreign("bool", "TRUE" if v.value else "FALSE")
    if isinstance(v, Foreign):
        return v
    if isinstance(v, bool):  # only when the reader did not wrap it; never happens for XLSX
        return Foreign("bool", "TRUE" if v else "FALSE")
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, dt.date):  # also datetime
        return Foreign("date", v)
    if isinstance(v, dt.time):
        return Foreign("time", v)
    if isinstance(v, dt.timedelta):
        return Foreign("duration", v)
    if v is None:
        return ""
    return Foreign("other", str(v))


def wrap_flags(rows: list[list]) -> list[list]:
    """Rows with every bool replaced by a :class:`Flag` (call only when the sheet has one)."""
    return [[Flag(v) if type(v) is bool else v for v in row] for row in rows]


def grid_from_rows(rows: list[list], width: int | None = None) -> Grid:
    """A :class:`Grid` of rectangular ``rows`` (lists of equal length ``width``).

    Booleans must already be :class:`Flag` values (see :func:`wrap_flags`): factorising
    would otherwise merge TRUE with the answer 1.
    """
    n = len(rows)
    width = len(rows[0]) if rows and width is None else (width or 0)
    if n == 0 or width == 0:
        return Grid(np.zeros((n, 0), dtype=np.intp), np.array([], dtype=object), np.array([]))
    cells = np.empty((n, width), dtype=object)
    cells[:] = rows
    codes, uniques = pd.factorize(cells.ravel())
    if len(codes) and codes.min() < 0:  # None or NaN: one value of its own, NaN
        codes = np.where(codes < 0, len(uniques), codes)
        uniques = np.append(uniques.astype(object), np.array([np.nan], dtype=object))
    values = np.empty(len(uniques), dtype=object)
    kinds = _FOREIGN_KINDS
    values[:] = [
        v
        if t is float or (t is str and v[:1] not in _SUSPECT)
        else (Foreign(kinds[t], v) if t in kinds else canonical(v))
        for v, t in zip(uniques, map(type, uniques))
    ]
    blank = np.array([type(v) is str and not v.strip() for v in values], dtype=bool)
    return Grid(codes.reshape(n, width), values, blank)


def with_errors(grid: Grid, errors: dict[tuple[int, int], str]) -> Grid:
    """``grid`` with Excel error values put in at (row index, column index)."""
    if not errors:
        return grid
    extra = sorted(set(errors.values()))
    index = {text: len(grid.values) + k for k, text in enumerate(extra)}
    codes = grid.codes.copy()
    for (i, j), text in errors.items():
        codes[i, j] = index[text]
    values = np.empty(len(grid.values) + len(extra), dtype=object)
    values[: len(grid.values)] = grid.values
    values[len(grid.values) :] = [Foreign("error", text) for text in extra]
    blank = np.concatenate([grid.blank, np.zeros(len(extra), dtype=bool)])
    return Grid(codes, values, blank)
