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

from ._intake_match import (
    AMBIGUOUS,
    AnswerParser,
    HeaderMatcher,
    compact,
    echelon_lookup,
    is_blank_remark,
    mask_email,
    other_role,
    role_lookup,
)
from ._intake_read import ReadFailure, read_grid
from .errors import IntakeError, Problem
from .instrument import Instrument

__all__ = ["Responses", "read_responses", "parse_responses", "MAX_CELL_PROBLEMS_PER_COLUMN"]

log = logging.getLogger(__name__)

#: More invalid cells than this in one column are summarised in one extra problem.
MAX_CELL_PROBLEMS_PER_COLUMN = 50

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


class _Problems:
    def __init__(self, file: str, lang: str):
        self.file, self.lang, self.items = file, lang, []

    def rule(self, rule_id: str, **params) -> str:
        texts = _RULES[rule_id]
        return texts.get(self.lang, texts["nl"]).format(**params)

    def add(self, rule_id, *, row=None, column=None, value=None, **params) -> None:
        rule = self.rule(rule_id, value=value, **params)
        self.items.append(Problem(self.file, row, column, value, rule))

    def raise_if_any(self) -> None:
        if self.items:  # whole-file and column problems first, then by spreadsheet row
            ordered = sorted(self.items, key=lambda p: (p.row is not None, p.row or 0))
            raise IntakeError(ordered)


def _per_unique(col: pd.Series, fn, dtype=object) -> np.ndarray:
    """``fn`` applied to each distinct cell once, spread back over the column (vectorised)."""
    codes, uniques = pd.factorize(col.to_numpy(dtype=object), use_na_sentinel=False)
    return np.array([fn(u) for u in uniques], dtype=dtype)[codes]


def _column_name(header: str, j: int, lang: str) -> str:
    if header:
        return header
    letters, n = "", j + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return f"({'column' if lang == 'en' else 'kolom'} {letters})"


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
    problems = _Problems(path.name, lang)
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
    problems = _Problems(source_name, lang)
    try:
        grid = read_grid(data)
    except ReadFailure as fail:
        problems.add(fail.rule, row=fail.row, value=fail.value, **fail.params)
        raise IntakeError(problems.items) from fail

    filled = np.zeros(len(grid), dtype=bool)
    for c in grid.columns:
        filled |= _per_unique(grid[c], lambda u: bool(str(u).strip()), bool)
    if not filled.any():
        problems.add("empty_file")
        problems.raise_if_any()
    header_at = int(np.flatnonzero(filled)[0])
    headers = [str(h).strip() for h in grid.iloc[header_at]]
    body = grid.iloc[header_at + 1 :][filled[header_at + 1 :]]
    names = [_column_name(h, j, lang) for j, h in enumerate(headers)]
    if body.empty:
        problems.add("no_respondents")
        problems.raise_if_any()

    cols = _classify(headers, names, instrument, problems)
    rows = body.index.to_numpy() + 1  # spreadsheet row numbers
    values, dont_know = _parse_items(body, cols["item"], names, rows, instrument, problems)
    respondents = _parse_roles(body, cols, names, rows, instrument, problems)
    _check_twice(body, cols, names, rows, problems)
    remarks = _remarks(body, cols["remark"], instrument)
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


def _classify(headers, names, inst: Instrument, problems: _Problems) -> dict:
    matcher = HeaderMatcher(inst)
    cols: dict = {"item": {}, "remark": {}, "role": [], "echelon": [], "email": [], "id": []}
    dropped = []
    for j, h in enumerate(headers):
        kind = matcher.classify(h)
        if kind.kind == "item" and kind.target is None:
            problems.add("ambiguous_item", column=names[j], codes=", ".join(kind.conflict))
        elif kind.kind == "item":
            cols["item"].setdefault(kind.target, []).append(j)
        elif kind.kind == "remark" and kind.target is None and kind.conflict:
            problems.add("ambiguous_remark", column=names[j], codes=", ".join(kind.conflict))
        elif kind.kind == "remark" and kind.target is not None:
            cols["remark"].setdefault(kind.target, []).append(j)
        elif kind.kind in ("role", "echelon", "email", "id"):
            cols[kind.kind].append(j)
        else:
            dropped.append(names[j])
    log.debug("columns dropped: %s", dropped)

    for code, js in cols["item"].items():
        if len(js) > 1:
            problems.add(
                "duplicate_item",
                column=names[js[1]],
                value=code,
                code=code,
                columns=", ".join(f"'{names[j]}'" for j in js),
            )
    if not cols["item"]:
        example = inst.items[0].code
        problems.add("no_items", title=inst.title(problems.lang), example=example)
    else:
        for item in inst.items:
            if item.code not in cols["item"]:
                problems.add(
                    "missing_item", value=item.code, code=item.code, text=item.text(problems.lang)
                )
    if not cols["role"]:
        problems.add("missing_role_column")
    for kind, rule in (("role", "several_role_columns"), ("echelon", "several_echelon_columns")):
        if len(cols[kind]) > 1:
            joined = ", ".join(f"'{names[j]}'" for j in cols[kind])
            problems.add(rule, column=names[cols[kind][1]], columns=joined)
    return cols


def _allowed_answers(inst: Instrument, lang: str) -> dict:
    return {
        "numbers": f"{inst.scale_min}-{inst.scale_max}",
        "labels": ", ".join(s.label(lang) for s in inst.scale),
        "dont_know": inst.dont_know(lang),
    }


def _parse_items(body, item_cols, names, rows, inst: Instrument, problems: _Problems):
    parser = AnswerParser(inst)
    codes = [i.code for i in inst.all_items]
    values = np.full((len(body), len(codes)), np.nan)
    dont_know = np.zeros((len(body), len(codes)), dtype=bool)
    allowed = _allowed_answers(inst, problems.lang)
    for k, code in enumerate(codes):
        if code not in item_cols:
            continue
        j = item_cols[code][0]
        col = body[j]
        parsed = _per_unique(col, parser.parse)
        bad = np.array([p is None for p in parsed], dtype=bool)
        values[:, k] = [np.nan if p is None else p[0] for p in parsed]
        dont_know[:, k] = [p is not None and p[1] for p in parsed]
        if bad.any():
            where = np.flatnonzero(bad)
            for i in where[:MAX_CELL_PROBLEMS_PER_COLUMN]:
                problems.add(
                    "bad_answer", row=int(rows[i]), column=names[j], value=col.iloc[i], **allowed
                )
            if len(where) > MAX_CELL_PROBLEMS_PER_COLUMN:
                problems.add(
                    "more_bad_answers",
                    column=names[j],
                    count=len(where) - MAX_CELL_PROBLEMS_PER_COLUMN,
                    shown=MAX_CELL_PROBLEMS_PER_COLUMN,
                    **allowed,
                )
    return values, dont_know


def _summarise(problems: _Problems, wrong: np.ndarray, column: str) -> None:
    if len(wrong) > MAX_CELL_PROBLEMS_PER_COLUMN:
        problems.add(
            "more_problems",
            column=column,
            count=len(wrong) - MAX_CELL_PROBLEMS_PER_COLUMN,
            shown=MAX_CELL_PROBLEMS_PER_COLUMN,
        )


def _map_codes(col, lookup, blank_code=None):
    """Unique cell -> code, or None (unknown) / AMBIGUOUS / blank_code for an empty cell."""
    out = {}
    for u in col.unique():
        if not u.strip():
            out[u] = blank_code
        else:
            out[u] = lookup.find(u)
    return out


def _parse_roles(body, cols, names, rows, inst: Instrument, problems: _Problems):
    lang = problems.lang
    n = len(body)
    profession = np.full(n, None, dtype=object)
    roles_allowed = ", ".join(f"{r.code} ({r.name(lang)})" for r in inst.roles)
    if cols["role"]:
        j = cols["role"][0]
        col = body[j]
        found = _map_codes(col, role_lookup(inst))
        for u in found:
            if found[u] is None and other_role(u):
                found[u] = "OV" if any(r.code == "OV" for r in inst.roles) else None
        profession = np.array([found[u] for u in col], dtype=object)
        wrong = np.flatnonzero([not isinstance(p, str) for p in profession])
        _summarise(problems, wrong, names[j])
        for i in wrong[:MAX_CELL_PROBLEMS_PER_COLUMN]:
            u = col.iloc[i]
            rule = (
                "blank_role"
                if not u.strip()
                else "ambiguous_value"
                if found[u] is AMBIGUOUS
                else "unknown_role"
            )
            problems.add(rule, row=int(rows[i]), column=names[j], value=u, allowed=roles_allowed)
    default = {r.code: r.echelon for r in inst.roles}
    echelon = np.array([default.get(p) for p in profession], dtype=object)
    if cols["echelon"]:
        j = cols["echelon"][0]
        col = body[j]
        found = _map_codes(col, echelon_lookup(inst), blank_code="")
        given = np.array([found[u] for u in col], dtype=object)
        ech_allowed = ", ".join(f"{e.code} ({e.name(lang)})" for e in inst.echelons)
        wrong = np.flatnonzero([g is None or g is AMBIGUOUS for g in given])
        _summarise(problems, wrong, names[j])
        for i in wrong[:MAX_CELL_PROBLEMS_PER_COLUMN]:
            rule = "ambiguous_value" if given[i] is AMBIGUOUS else "unknown_echelon"
            problems.add(
                rule, row=int(rows[i]), column=names[j], value=col.iloc[i], allowed=ech_allowed
            )
        for i in np.flatnonzero([isinstance(g, str) and g != "" for g in given]):
            echelon[i] = given[i]
    return pd.DataFrame(
        {
            "respondent": np.arange(1, n + 1, dtype="int64"),
            "profession": pd.array(profession, dtype=str) if n else pd.array([], dtype=str),
            "echelon": pd.array(echelon, dtype=str) if n else pd.array([], dtype=str),
        }
    )


def _check_twice(body, cols, names, rows, problems: _Problems) -> None:
    """A repeated e-mail address or response ID is the same respondent twice."""
    found = []
    for kind in ("email", "id"):
        for j in cols[kind]:
            cells = [str(c).strip() for c in body[j]]
            first: dict[str, int] = {}
            for i, cell in enumerate(cells):
                k = cell.casefold()
                if not k or (kind == "email" and "@" not in k):
                    continue  # Forms writes "anonymous" for every anonymous response
                if k in first:
                    value = mask_email(cell) if kind == "email" else cell
                    found.append((int(rows[i]), j, kind, value, first[k]))
                else:
                    first[k] = int(rows[i])
    for row, j, kind, value, first_row in sorted(found):
        problems.add(f"duplicate_{kind}", row=row, column=names[j], value=value, first=first_row)


def _remarks(body, remark_cols, inst: Instrument) -> pd.DataFrame:
    dont_know = {compact(a) for a in inst.dont_know_aliases}
    domains, texts = [], []
    for domain, js in remark_cols.items():
        for j in js:
            col = body[j]
            blank = _per_unique(col, lambda u: is_blank_remark(str(u), dont_know), bool)
            kept = [str(t).strip() for t in col[~blank]]
            texts.extend(kept)
            domains.extend([domain] * len(kept))
    frame = pd.DataFrame(
        {"domain": pd.array(domains, dtype=str), "text": pd.array(texts, dtype=str)}
    )
    # Shuffle, then sort by domain and text: the file order (who wrote what) is not kept.
    frame = frame.sample(frac=1.0, random_state=np.random.default_rng())
    order = {d: k for k, d in enumerate(inst.domain_codes)}
    frame = frame.assign(_rank=frame["domain"].map(order))
    frame = frame.sort_values(["_rank", "text"], kind="mergesort").drop(columns="_rank")
    return frame.reset_index(drop=True)
