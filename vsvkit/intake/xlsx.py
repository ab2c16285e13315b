"""Reading an XLSX workbook with calamine, safely (private helper of :mod:`vsvkit.intake`).

Only visible worksheets are read: a survey tool or a colleague may leave a hidden sheet
with old or test answers in front. The first visible sheet with data is the one imported;
when more visible sheets hold data, :class:`Workbook` names them so intake can say which.
An instructions sheet (:data:`~vsvkit.intake.cells.INSTRUCTION_SHEETS`, as in vsvkit's
import template) holds no answers and is passed over.
Each part is taken out of the archive with its size checked (:mod:`.archive`;
the CRC of every part is checked, also of the parts calamine does not read),
each sheet scanned for its bounds and error values (:mod:`.sheetscan`), and only
then read by calamine from an uncompressed copy holding exactly the checked parts.
"""

from __future__ import annotations

import html
import io
import posixpath
import re
from dataclasses import dataclass

import numpy as np
import python_calamine as calamine

from vsvkit.intake.archive import PartReader, open_archive, stored_archive
from vsvkit.intake.cells import Grid, grid_from_rows, instructions_sheet, with_errors, wrap_flags
from vsvkit.intake.fail import ReadFailure
from vsvkit.intake.sheetscan import scan_sheet

__all__: list[str] = []

_WORKBOOK = "xl/workbook.xml"
_RELS = "xl/_rels/workbook.xml.rels"
_SHARED = "xl/sharedStrings.xml"
_STYLES = "xl/styles.xml"
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_TAG = re.compile(rb"<(?:[\w.-]+:)?(sheet|Relationship)\b([^>]*)>", re.S)
_ATTRS = re.compile(rb"([\w:.-]+)\s*=\s*([\"'])(.*?)\2", re.S)
_MAX_SMALL_PART = 8 * 2**20


@dataclass(frozen=True)
class Workbook:
    """The sheet that is imported, and the names of all visible sheets holding data."""

    grid: Grid
    sheet: str
    with_data: tuple[str, ...]


@dataclass(frozen=True)
class _Sheet:
    name: str
    part: str
    visible: bool


def looks_like_xlsx(names: set[str]) -> bool:
    return _WORKBOOK in names


def read_xlsx(data: bytes) -> Workbook:
    """The first visible worksheet with data of an XLSX file, as a :class:`Grid`."""
    parts = PartReader(open_archive(data))
    sheets = _sheets(parts)
    visible = [s for s in sheets if s.visible]
    if not visible:
        raise ReadFailure("no_visible_sheet")
    keep = {"_rels/.rels": _PACKAGE_RELS}
    for name in (_WORKBOOK, _RELS, _SHARED, _STYLES):
        if name in parts.names:
            keep[name] = parts.read(name) if name == _SHARED else parts.read(name, _MAX_SMALL_PART)
    scans = {}
    for s in visible:
        if s.part not in parts.names:
            raise ReadFailure("damaged_archive", reason=f"{s.part} missing")
        keep[s.part] = parts.read(s.part)
        scans[s.name] = scan_sheet(keep[s.part])
    parts.check_rest()
    try:
        with calamine.CalamineWorkbook.from_object(io.BytesIO(stored_archive(keep))) as wb:
            grids = {}
            for s in visible:
                if scans[s.name].rows == 0:
                    continue  # no cell
                grids[s.name] = _read_sheet(wb, s.name, scans[s.name])
    except calamine.PasswordError as err:
        raise ReadFailure("password") from err
    except calamine.CalamineError as err:
        raise ReadFailure("damaged_xlsx", reason=str(err)[:120]) from err
    except BaseException as err:
        if not _panic(err):
            raise
        raise ReadFailure("damaged_xlsx", reason=str(err)[:120]) from err
    with_data = tuple(
        name
        for name, g in grids.items()
        if (~g.blank[g.codes]).any() and not instructions_sheet(name)
    )
    if not with_data:
        first = next((s.name for s in visible if not instructions_sheet(s.name)), visible[0].name)
        return Workbook(grids.get(first) or grid_from_rows([]), first, ())
    return Workbook(grids[with_data[0]], with_data[0], with_data)


def _read_sheet(wb, name: str, scan) -> Grid:
    rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    if scan.flags:
        rows = wrap_flags(rows)
    lengths = set(map(len, rows))
    width = max(lengths, default=0)
    if len(lengths) > 1:
        rows = [list(r) + [""] * (width - len(r)) for r in rows]
    grid = grid_from_rows(rows, width)
    if scan.errors:
        height = max(grid.shape[0], max(i for i, _ in scan.errors) + 1)
        width = max(grid.shape[1], max(j for _, j in scan.errors) + 1)
        if (height, width) != grid.shape:
            grid = _padded(grid, height, width)
    return with_errors(grid, scan.errors)


def _panic(err: BaseException) -> bool:
    """Whether ``err`` is a panic inside calamine (pyo3 raises those as a BaseException, e.g.
    for a date cell whose number is far outside any calendar)."""
    return type(err).__module__ == "pyo3_runtime"


def _padded(grid: Grid, height: int, width: int) -> Grid:
    """``grid`` grown to ``height`` x ``width`` with empty cells (errors past calamine's
    grid: calamine reads an error value as empty and leaves it out)."""
    values, blank = grid.values, grid.blank
    empty = [k for k, v in enumerate(values) if v == ""]
    if empty:
        e = empty[0]
    else:
        values = np.append(values, np.array([""], dtype=object))
        blank = np.append(blank, True)
        e = len(values) - 1
    codes = np.full((height, width), e, dtype=grid.codes.dtype)
    codes[: grid.shape[0], : grid.shape[1]] = grid.codes
    return Grid(codes, values, blank)


def _sheets(parts: PartReader) -> list[_Sheet]:
    """Worksheets in workbook order with their part and visibility."""
    if _RELS not in parts.names:
        raise ReadFailure("damaged_archive", reason=f"{_RELS} missing")
    workbook = parts.read(_WORKBOOK, _MAX_SMALL_PART)
    rels = parts.read(_RELS, _MAX_SMALL_PART)
    targets = {}
    for kind, attrs in _TAG.findall(rels):
        if kind != b"Relationship":
            continue
        a = _attrs(attrs)
        if a.get("Id") and a.get("Target") and a.get("Type", "").endswith("/worksheet"):
            targets[a["Id"]] = _resolve(a["Target"])
    sheets = []
    for kind, attrs in _TAG.findall(workbook):
        if kind != b"sheet":
            continue
        a = _attrs(attrs)
        rid = next((v for k, v in a.items() if k.endswith(":id") or k == "id"), None)
        if rid in targets:  # chart sheets and dialogs have no worksheet relationship
            visible = a.get("state", "visible") not in ("hidden", "veryHidden")
            sheets.append(_Sheet(a.get("name", ""), targets[rid], visible))
    return sheets


def _attrs(raw: bytes) -> dict[str, str]:
    return {
        k.decode("ascii", "replace"): html.unescape(v.decode("utf-8", "replace"))
        for k, _, v in _ATTRS.findall(raw)
    }


def _resolve(target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join("xl", target))
