"""Survey exports in, tidy validated answers out.

:func:`read_responses` reads a CSV or XLSX file as survey tools write it (Microsoft Forms,
Google Forms, LimeSurvey, a hand-made sheet) and returns a :class:`Responses`, or raises
:class:`~vsvkit.errors.IntakeError` listing every problem in the file at once. It is all or
nothing: a file with one problem gives no answers at all.

A workbook's sheet named as in :data:`INSTRUCTION_SHEETS` ("Toelichting", "Instructions": the
import template's list of allowed values) is never read as answers.

Names, e-mail addresses, timestamps and other columns that are not part of the instrument are
dropped here and never leave this module; an e-mail or response-ID column is only used to find
a respondent who answered twice.

Examples
--------
>>> from vsvkit.instrument import load_instrument
>>> from vsvkit.intake import read_responses
>>> resp = read_responses("export.csv", load_instrument())  # doctest: +SKIP
>>> resp.answers.head()  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from vsvkit.errors import IntakeError
from vsvkit.i18n import DEFAULT_LANG, Lang
from vsvkit.instrument import Instrument, bundled_instruments, load_instrument
from vsvkit.intake import check as check
from vsvkit.intake.cells import INSTRUCTION_SHEETS, Grid, cell_text, grid_from_rows, wrap_flags
from vsvkit.intake.check import MAX_CELL_PROBLEMS_PER_COLUMN
from vsvkit.intake.read import ReadFailure, read_grid

__all__ = [
    "Responses",
    "read_responses",
    "read_any_version",
    "parse_responses",
    "parse_rows",
    "MAX_CELL_PROBLEMS_PER_COLUMN",
    "INSTRUCTION_SHEETS",
]

log = logging.getLogger(__name__)

#: Files larger than this are refused before they are read (an export is a few MB).
MAX_FILE_BYTES = 64 * 2**20


@dataclass(frozen=True, eq=False)
class Responses:
    """The validated answers of one imported file (see docs/design.md, "Responses").

    Attributes
    ----------
    respondents : DataFrame
        ``respondent`` (int 1..n, file order), ``profession`` (role code), ``echelon``.
    answers : DataFrame
        One row per respondent x item of ``instrument.all_items``: ``respondent``, ``item``,
        ``value`` (float 1..4 or NaN), ``dont_know`` (bool).
    remarks : DataFrame
        ``domain``, ``text``; no link to a respondent, sorted so file order is lost.
    source_name : str
        The file name without its folder.
    checksum : str
        sha256 (hex) of the file bytes.
    """

    respondents: pd.DataFrame
    answers: pd.DataFrame
    remarks: pd.DataFrame
    source_name: str
    checksum: str


def read_responses(
    path: str | Path, instrument: Instrument, *, lang: Lang = DEFAULT_LANG
) -> Responses:
    """Read a survey export (CSV, XLSX, XLS or ODS) and validate it against ``instrument``.

    Parameters
    ----------
    path : str or Path
        The exported file. Its content decides the format, not its extension.
    instrument : Instrument
        The questionnaire the file answers.
    lang : {"nl", "en"}
        Language of the ``rule`` texts in the problems.

    Returns
    -------
    Responses

    Raises
    ------
    IntakeError
        With every problem found (file, row as in the spreadsheet, column header, value,
        what is allowed). Nothing is returned for a file with any problem.
    """
    path = Path(path)
    problems = check.Problems(path.name, lang)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.is_file():
            problems.add("file_too_large", size=_mb(size), limit=_mb(MAX_FILE_BYTES))
            problems.raise_if_any()
        data = path.read_bytes()
    except FileNotFoundError as err:
        problems.add("missing_file")
        raise IntakeError(problems.items) from err
    except IsADirectoryError as err:
        problems.add("is_directory")
        raise IntakeError(problems.items) from err
    except PermissionError as err:
        problems.add("no_permission")
        raise IntakeError(problems.items) from err
    except OSError as err:
        problems.add("unreadable", reason=err.strerror or type(err).__name__)
        raise IntakeError(problems.items) from err
    return parse_responses(data, path.name, instrument, lang=lang)


def read_any_version(
    path: str | Path,
    *,
    lang: Lang = DEFAULT_LANG,
    instruments: tuple[Instrument, ...] | None = None,
) -> tuple[Responses, Instrument]:
    """Read a survey export with the bundled questionnaire version it answers.

    The version new sessions are answered with (:func:`vsvkit.instrument.load_instrument`) is
    tried first. When the file does not fit it but its statement columns fit exactly one other
    bundled version (every statement of that version has a column), the file is read with
    that version; versions that ask the same statements count as one, the newest of them.
    Otherwise the problems of the first version are raised.

    Parameters
    ----------
    path : str or Path
    lang : {"nl", "en"}
    instruments : tuple of Instrument, optional
        The version to try first, then the others, newest first (default: the version new
        sessions use, then the other :func:`vsvkit.instrument.bundled_instruments`).

    Returns
    -------
    (Responses, Instrument)
        The answers and the version they were read with.

    Raises
    ------
    IntakeError
        As :func:`read_responses` with the first version, or with the other version the
        columns fit (then its problems are in the cells).
    """
    if instruments is None:
        default = load_instrument()
        others = [i for i in bundled_instruments() if i.checksum != default.checksum]
        candidates = (default, *others)
    else:
        candidates = tuple(instruments)
    first = candidates[0]
    try:
        return read_responses(path, first, lang=lang), first
    except IntakeError:
        other = _other_version_fitting(Path(path), candidates)
        if other is None:
            raise
    log.info(
        "%s does not fit %s %s; its columns are those of version %s, it is read with that",
        Path(path).name,
        first.name,
        first.version,
        other.version,
    )
    return read_responses(path, other, lang=lang), other


def _other_version_fitting(path: Path, candidates: tuple[Instrument, ...]) -> Instrument | None:
    """The one version after the first whose statements all have a column in the file."""
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_FILE_BYTES else b""
        grid = read_grid(data).grid
    except (OSError, ReadFailure, MemoryError):
        return None
    filled = check.filled_rows(grid)
    if not filled.any():
        return None
    headers = check.header_texts(grid, int(np.flatnonzero(filled)[0]))

    def statements(inst: Instrument) -> tuple:
        return tuple((i.code, i.text.nl) for i in inst.all_items)

    seen, fitting = {statements(candidates[0])}, []
    for inst in candidates[1:]:
        if statements(inst) in seen:
            continue
        seen.add(statements(inst))
        if {i.code for i in inst.items} <= check.statement_codes(headers, inst):
            fitting.append(inst)
    return fitting[0] if len(fitting) == 1 else None


def parse_responses(
    data: bytes, source_name: str, instrument: Instrument, *, lang: Lang = DEFAULT_LANG
) -> Responses:
    """Like :func:`read_responses`, for file bytes already in memory (e.g. an upload widget)."""
    problems = check.Problems(source_name, lang)
    if len(data) > MAX_FILE_BYTES:
        problems.add("file_too_large", size=_mb(len(data)), limit=_mb(MAX_FILE_BYTES))
        problems.raise_if_any()
    try:
        sheet = read_grid(data)
    except ReadFailure as fail:
        problems.add(fail.rule, row=fail.row, column=fail.column, value=fail.value, **fail.params)
        raise IntakeError(problems.items) from fail
    except MemoryError as err:
        problems.add("too_big_to_read")
        raise IntakeError(problems.items) from err
    if len(sheet.with_data) > 1:
        problems.add(
            "several_sheets",
            value=sheet.with_data[1],
            sheets=", ".join(f"'{name}'" for name in sheet.with_data),
        )
        problems.raise_if_any()
    return _parse_grid(sheet.grid, problems, instrument, hashlib.sha256(data).hexdigest())


def parse_rows(
    headers: Sequence[str],
    rows: Sequence[Sequence[str | float]],
    source_name: str,
    instrument: Instrument,
    *,
    lang: Lang = DEFAULT_LANG,
    checksum: str | None = None,
) -> Responses:
    """Validate a table already in memory: a header row and one row per respondent.

    The same checks as :func:`read_responses` after the file is read (columns matched to the
    instrument, answers, professions, echelons, respondents twice, remarks), so a table given
    here and the same table in a CSV file give the same :class:`Responses` or the same
    problems. The questionnaire pages (:mod:`vsvkit.survey`) validate a submitted form with it.

    Parameters
    ----------
    headers : sequence of str
        The column headers, as in a file's header row (row 1).
    rows : sequence of sequences of str or float
        The respondents' cells (text or numbers), each row at most as long as ``headers``
        (shorter rows are blank at the end). Row ``i`` is spreadsheet row ``i + 2``.
    source_name : str
        What the problems and the result name as the file.
    instrument : Instrument
        The questionnaire the table answers.
    lang : {"nl", "en"}
        Language of the ``rule`` texts in the problems.
    checksum : str, optional
        ``Responses.checksum``; by default the sha256 of the table's cells as JSON.

    Raises
    ------
    IntakeError
        With every problem found, as :func:`read_responses`.

    Examples
    --------
    >>> from vsvkit.instrument import find_instrument
    >>> inst = find_instrument("2026.3")
    >>> headers = [i.code for i in inst.items] + ["beroep"]
    >>> resp = parse_rows(headers, [["3"] * len(inst.items) + ["HA"]], "form", inst)
    >>> resp.respondents.to_dict("records")
    [{'respondent': 1, 'profession': 'HA', 'echelon': 'eerste_lijn'}]
    """
    problems = check.Problems(source_name, lang)
    width = len(headers)
    cells: list[list] = [list(headers)]
    for number, row in enumerate(rows, 2):
        if len(row) > width and any(cell_text(c).strip() for c in row[width:]):
            problems.add("too_many_cells", row=number, width=width, got=len(row))
        cells.append([*row[:width], *[""] * (width - len(row))])
    problems.raise_if_any()
    if checksum is None:
        canonical = json.dumps(cells, ensure_ascii=False, separators=(",", ":"))
        checksum = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    grid = grid_from_rows(wrap_flags(cells), width)
    return _parse_grid(grid, problems, instrument, checksum)


def _parse_grid(
    grid: Grid, problems: check.Problems, instrument: Instrument, checksum: str
) -> Responses:
    """Check the cells of one sheet against ``instrument``: the part shared by files and
    tables in memory. Its header is the first row that is not blank."""
    lang, source_name = problems.lang, problems.file
    filled = check.filled_rows(grid)
    if not filled.any():
        problems.add("empty_file")
        problems.raise_if_any()
    header_at = int(np.flatnonzero(filled)[0])
    headers = check.header_texts(grid, header_at)
    names = [check.column_name(h, j, lang) for j, h in enumerate(headers)]
    body = check.Body(grid, np.flatnonzero(filled[header_at + 1 :]) + header_at + 1)
    if len(body) == 0:
        problems.add("no_respondents")
        problems.raise_if_any()

    cols = check.classify(headers, names, instrument, problems)
    values, dont_know = check.parse_items(body, cols["item"], names, instrument, problems)
    respondents = check.parse_roles(body, cols, names, instrument, problems)
    check.check_twice(body, cols, names, problems)
    remarks = check.remarks(body, cols["remark"], names, instrument, problems)
    problems.raise_if_any()

    n, codes = len(body), [i.code for i in instrument.all_items]
    answers = pd.DataFrame(
        {
            "respondent": np.repeat(np.arange(1, n + 1, dtype="int64"), len(codes)),
            "item": pd.array(np.tile(np.array(codes, dtype=object), n), dtype=str),
            "value": values.ravel(),
            "dont_know": dont_know.ravel(),
        }
    )
    log.info("%s: %d respondents, %d remarks", source_name, n, len(remarks))
    return Responses(
        respondents=respondents,
        answers=answers,
        remarks=remarks,
        source_name=source_name,
        checksum=checksum,
    )


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f} MB"
