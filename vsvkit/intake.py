"""Survey exports in, tidy validated answers out.

:func:`read_responses` reads a CSV or XLSX file as survey tools write it (Microsoft Forms,
Google Forms, LimeSurvey, a hand-made sheet) and returns a :class:`Responses`, or raises
:class:`~vsvkit.errors.IntakeError` listing every problem in the file at once. It is all or
nothing: a file with one problem gives no answers at all.

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
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from . import _intake_check as check
from ._intake_check import MAX_CELL_PROBLEMS_PER_COLUMN
from ._intake_read import ReadFailure, read_grid
from .errors import IntakeError
from .instrument import Instrument

__all__ = ["Responses", "read_responses", "parse_responses", "MAX_CELL_PROBLEMS_PER_COLUMN"]

log = logging.getLogger(__name__)

# Rule texts users see, by rule id (to move to vsvkit.i18n later).
_RULES: dict[str, dict[str, str]] = {
    "missing_file": {
        "nl": "Het bestand bestaat niet. Kies een bestaand CSV- of XLSX-bestand.",
        "en": "The file does not exist. Choose an existing CSV or XLSX file.",
    },
    "is_directory": {
        "nl": "Dit is een map, geen bestand. Kies het CSV- of XLSX-bestand zelf.",
        "en": "This is a folder, not a file. Choose the CSV or XLSX file itself.",
    },
    "no_permission": {
        "nl": "Geen toestemming om dit bestand te lezen. Sla het op een plek op waar u kunt lezen.",
        "en": "No permission to read this file. Save it somewhere you can read it.",
    },
    "unreadable": {
        "nl": "Het bestand kan niet gelezen worden ({reason}).",
        "en": "The file cannot be read ({reason}).",
    },
    "empty_file": {
        "nl": "Het bestand is leeg. Exporteer de antwoorden opnieuw als CSV of XLSX.",
        "en": "The file is empty. Export the answers again as CSV or XLSX.",
    },
    "not_spreadsheet": {
        "nl": "Dit is geen spreadsheet (het lijkt op: {value}). Toegestaan: CSV (komma, "
        "puntkomma of tab) of een Excel-werkmap (.xlsx).",
        "en": "This is not a spreadsheet (it looks like: {value}). Allowed: CSV (comma, "
        "semicolon or tab) or an Excel workbook (.xlsx).",
    },
    "old_excel": {
        "nl": "Dit is het oude Excel-formaat (.xls) of een met wachtwoord beveiligd bestand. "
        "Sla het zonder wachtwoord op als .xlsx of CSV.",
        "en": "This is the old Excel format (.xls) or a password-protected file. Save it "
        "without a password as .xlsx or CSV.",
    },
    "damaged_xlsx": {
        "nl": "Het Excel-bestand is beschadigd en kan niet gelezen worden. Exporteer het "
        "opnieuw of sla het op als CSV.",
        "en": "The Excel file is damaged and cannot be read. Export it again or save it as CSV.",
    },
    "unknown_encoding": {
        "nl": "De tekens in het bestand zijn niet te lezen. Sla het op als CSV UTF-8 of als .xlsx.",
        "en": "The characters in the file cannot be read. Save it as CSV UTF-8 or as .xlsx.",
    },
    "too_many_cells": {
        "nl": "Deze rij heeft {got} cellen, de kopregel maar {width}. Controleer het "
        "scheidingsteken en de aanhalingstekens.",
        "en": "This row has {got} cells but the header only {width}. Check the delimiter and "
        "the quotes.",
    },
    "no_respondents": {
        "nl": "Het bestand heeft een kopregel maar geen antwoorden (vanaf rij 2 is alles leeg).",
        "en": "The file has a header row but no answers (everything from row 2 on is empty).",
    },
    "no_items": {
        "nl": "Geen enkele kolom hoort bij een vraag van de {title}. Een kolomkop moet de "
        "vraagcode (bijv. {example}) of de vraagtekst zijn.",
        "en": "No column belongs to a question of the {title}. A column header must be the "
        "question code (e.g. {example}) or the question text.",
    },
    "missing_item": {
        "nl": "De kolom voor vraag {code} ('{text}') ontbreekt. Alle vragen moeten in het "
        "bestand staan; alleen de vragen over de gewenste situatie mogen ontbreken.",
        "en": "The column for question {code} ('{text}') is missing. Every question must be in "
        "the file; only the questions on the desired situation may be left out.",
    },
    "duplicate_item": {
        "nl": "Vraag {code} staat in meer dan één kolom ({columns}). Laat één kolom staan.",
        "en": "Question {code} is in more than one column ({columns}). Keep one column.",
    },
    "ambiguous_item": {
        "nl": "Deze kolomkop past bij meer dan één vraag ({codes}). Gebruik één vraagcode of de "
        "volledige vraagtekst.",
        "en": "This column header fits more than one question ({codes}). Use one question code "
        "or the full question text.",
    },
    "ambiguous_remark": {
        "nl": "Deze opmerkingenkolom past bij meer dan één domein ({codes}). Noem één domein.",
        "en": "This remarks column fits more than one domain ({codes}). Name one domain.",
    },
    "bad_answer": {
        "nl": "Ongeldig antwoord. Toegestaan: {numbers}, {labels}, '{dont_know}' of leeg.",
        "en": "Invalid answer. Allowed: {numbers}, {labels}, '{dont_know}' or empty.",
    },
    "more_bad_answers": {
        "nl": "Nog {count} cellen in deze kolom hebben een ongeldig antwoord (de eerste {shown} "
        "staan hieronder). Toegestaan: {numbers}, {labels}, '{dont_know}' of leeg.",
        "en": "{count} more cells in this column have an invalid answer (the first {shown} are "
        "listed below). Allowed: {numbers}, {labels}, '{dont_know}' or empty.",
    },
    "more_problems": {
        "nl": "Nog {count} cellen in deze kolom hebben zo'n probleem (de eerste {shown} staan "
        "hieronder).",
        "en": "{count} more cells in this column have such a problem (the first {shown} are "
        "listed below).",
    },
    "missing_role_column": {
        "nl": "Er is geen kolom met het beroep (een kop met beroep, rol, functie, discipline, "
        "profession, role of occupation). Het beroep is nodig om groepen te vergelijken.",
        "en": "There is no column with the profession (a header with beroep, rol, functie, "
        "discipline, profession, role or occupation). It is needed to compare groups.",
    },
    "several_role_columns": {
        "nl": "Meer dan één kolom lijkt het beroep te bevatten ({columns}). Laat er één staan.",
        "en": "More than one column seems to hold the profession ({columns}). Keep one.",
    },
    "several_echelon_columns": {
        "nl": "Meer dan één kolom lijkt de lijn te bevatten ({columns}). Laat er één staan.",
        "en": "More than one column seems to hold the line of care ({columns}). Keep one.",
    },
    "unknown_role": {
        "nl": "Onbekend beroep. Toegestaan (code of naam): {allowed}.",
        "en": "Unknown profession. Allowed (code or name): {allowed}.",
    },
    "blank_role": {
        "nl": "Het beroep is niet ingevuld. Toegestaan (code of naam): {allowed}.",
        "en": "The profession is empty. Allowed (code or name): {allowed}.",
    },
    "unknown_echelon": {
        "nl": "Onbekende lijn. Toegestaan: {allowed}, of leeg (dan geldt de lijn van het beroep).",
        "en": "Unknown line of care. Allowed: {allowed}, or empty (the profession's line is used).",
    },
    "ambiguous_value": {
        "nl": "Deze waarde past bij meer dan één mogelijkheid. Gebruik de code: {allowed}.",
        "en": "This value fits more than one option. Use the code: {allowed}.",
    },
    "duplicate_email": {
        "nl": "Hetzelfde e-mailadres als in rij {first}: iedereen antwoordt één keer. "
        "Verwijder één van de rijen.",
        "en": "The same e-mail address as in row {first}: everyone answers once. "
        "Delete one of the rows.",
    },
    "duplicate_id": {
        "nl": "Hetzelfde respons-ID als in rij {first}: deze respons staat dubbel in het "
        "bestand. Verwijder één van de rijen.",
        "en": "The same response ID as in row {first}: this response is in the file twice. "
        "Delete one of the rows.",
    },
}


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


def read_responses(path: str | Path, instrument: Instrument, *, lang: str = "nl") -> Responses:
    """Read a survey export (CSV or XLSX) and validate it against ``instrument``.

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
    problems = check.Problems(path.name, lang, _RULES)
    try:
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


def parse_responses(
    data: bytes, source_name: str, instrument: Instrument, *, lang: str = "nl"
) -> Responses:
    """Like :func:`read_responses`, for file bytes already in memory (e.g. an upload widget)."""
    problems = check.Problems(source_name, lang, _RULES)
    try:
        grid = read_grid(data)
    except ReadFailure as fail:
        problems.add(fail.rule, row=fail.row, value=fail.value, **fail.params)
        raise IntakeError(problems.items) from fail

    filled = np.zeros(len(grid), dtype=bool)
    for c in grid.columns:
        filled |= check.per_unique(grid[c], lambda u: bool(str(u).strip()), bool)
    if not filled.any():
        problems.add("empty_file")
        problems.raise_if_any()
    header_at = int(np.flatnonzero(filled)[0])
    headers = [str(h).strip() for h in grid.iloc[header_at]]
    body = grid.iloc[header_at + 1 :][filled[header_at + 1 :]]
    names = [check.column_name(h, j, lang) for j, h in enumerate(headers)]
    if body.empty:
        problems.add("no_respondents")
        problems.raise_if_any()

    cols = check.classify(headers, names, instrument, problems)
    rows = body.index.to_numpy() + 1  # spreadsheet row numbers
    values, dont_know = check.parse_items(body, cols["item"], names, rows, instrument, problems)
    respondents = check.parse_roles(body, cols, names, rows, instrument, problems)
    check.check_twice(body, cols, names, rows, problems)
    remarks = check.remarks(body, cols["remark"], instrument)
    problems.raise_if_any()

    n, codes = len(body), [i.code for i in instrument.all_items]
    answers = pd.DataFrame(
        {
            "respondent": np.repeat(np.arange(1, n + 1, dtype="int64"), len(codes)),
            "item": np.tile(np.array(codes, dtype=object), n),
            "value": values.ravel(),
            "dont_know": dont_know.ravel(),
        }
    )
    answers["item"] = answers["item"].astype(str)
    log.info("%s: %d respondents, %d remarks", source_name, n, len(remarks))
    return Responses(
        respondents=respondents,
        answers=answers,
        remarks=remarks,
        source_name=source_name,
        checksum=hashlib.sha256(data).hexdigest(),
    )
