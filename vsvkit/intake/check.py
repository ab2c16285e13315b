"""Checking a grid of cells against the instrument (private helper of :mod:`vsvkit.intake`).

Each function adds what it finds to a :class:`Problems` collector and returns what it could
parse; :func:`vsvkit.intake.parse_responses` raises once, with every problem, at the end.
"""

from __future__ import annotations

import logging

import numpy as np
import pandas as pd

from vsvkit.errors import IntakeError, Problem
from vsvkit.i18n import Lang, t
from vsvkit.instrument import Instrument
from vsvkit.intake.cells import Foreign, Grid, cell_text, number_text
from vsvkit.intake.match import (
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

__all__: list[str] = []

log = logging.getLogger("vsvkit.intake")

#: More invalid cells than this in one column are summarised in one extra problem.
MAX_CELL_PROBLEMS_PER_COLUMN = 50


class Problems:
    """Collects problems; a rule id names the text ``intake_<rule>`` in :mod:`vsvkit.i18n`."""

    def __init__(self, file: str, lang: Lang):
        self.file, self.lang = file, lang
        self.items: list[Problem] = []

    def rule(self, rule_id: str, **params) -> str:
        return t(f"intake_{rule_id}", self.lang, **params)

    def add(self, rule_id, *, row=None, column=None, value=None, **params) -> None:
        rule = self.rule(rule_id, value=value, **params)
        self.items.append(Problem(self.file, row, column, value, rule))

    def raise_if_any(self) -> None:
        if self.items:  # whole-file and column problems first, then by spreadsheet row
            ordered = sorted(self.items, key=lambda p: (p.row is not None, p.row or 0))
            raise IntakeError(ordered)


class Body:
    """The respondents' rows of a :class:`Grid`: ``codes`` (respondents x columns) index
    ``values``; ``rows`` are their spreadsheet row numbers."""

    def __init__(self, grid: Grid, index: np.ndarray):
        self.codes = grid.codes[index]
        self.values = grid.values
        self.rows = index + 1

    def __len__(self) -> int:
        return len(self.codes)

    def used(self, columns) -> np.ndarray:
        """Indices into ``values`` of the distinct values in ``columns`` (a scatter, no sort)."""
        seen = np.zeros(len(self.values), dtype=bool)
        seen[self.codes[:, columns]] = True
        return np.flatnonzero(seen)

    def table(self, columns, fn, dtype=object) -> np.ndarray:
        """``fn(value)`` at the index of every distinct value in ``columns``, computed once
        per value; index it with ``codes`` (entries of values not in ``columns`` are unset)."""
        used = self.used(columns)
        table = np.empty(len(self.values), dtype=dtype)
        table[used] = np.fromiter((fn(v) for v in self.values[used]), dtype=dtype, count=len(used))
        return table

    def per_unique(self, j: int, fn, dtype=object) -> np.ndarray:
        """``fn(value)`` for every cell of column ``j``, computed once per distinct value."""
        return self.table(j, fn, dtype)[self.codes[:, j]]

    def value(self, i: int, j: int):
        return self.values[self.codes[i, j]]

    def text(self, i: int, j: int) -> str:
        return cell_text(self.value(i, j))


def filled_rows(grid: Grid) -> np.ndarray:
    """Which rows of the sheet hold any data; the first of them is the header row."""
    return ~grid.blank[grid.codes].all(axis=1) if grid.codes.size else np.zeros(0, bool)


def header_texts(grid: Grid, row: int) -> list[str]:
    """The cells of the header ``row`` as text."""
    return [cell_text(grid.values[c]).strip() for c in grid.codes[row]]


def statement_codes(headers: list[str], inst: Instrument) -> set[str]:
    """The codes of the instrument's items that the header cells name, each by one column."""
    matcher = HeaderMatcher(inst)
    kinds = [matcher.classify(h) for h in headers]
    return {k.target for k in kinds if k.kind == "item" and k.target is not None}


def column_name(header: str, j: int, lang: Lang) -> str:
    if header:
        return header
    letters, n = "", j + 1
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return t("intake_column_letter", lang, letters=letters)


def classify(headers, names, inst: Instrument, problems: Problems) -> dict:
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
    for what, rule in (("role", "several_role_columns"), ("echelon", "several_echelon_columns")):
        if len(cols[what]) > 1:
            joined = ", ".join(f"'{names[j]}'" for j in cols[what])
            problems.add(rule, column=names[cols[what][1]], columns=joined)
    return cols


def _allowed_answers(inst: Instrument, lang: Lang) -> dict:
    return {
        "numbers": f"{inst.scale_min}-{inst.scale_max}",
        "labels": ", ".join(s.label(lang) for s in inst.scale),
        "dont_know": inst.dont_know(lang),
    }


def parse_items(body: Body, item_cols, names, inst: Instrument, problems: Problems):
    parser = AnswerParser(inst)
    codes = [i.code for i in inst.all_items]
    values = np.full((len(body), len(codes)), np.nan)
    dont_know = np.zeros((len(body), len(codes)), dtype=bool)
    found = [(k, item_cols[code][0]) for k, code in enumerate(codes) if code in item_cols]
    if not found:
        return values, dont_know
    ks, js = (list(t) for t in zip(*found))
    # every distinct value in the item columns parsed once; the cells are looked up
    parsed = body.table(js, parser.parse_cell)
    used = body.used(js)
    number = np.full(len(body.values), np.nan)
    number[used] = [parsed[u][0] for u in used]
    known = np.zeros(len(body.values), dtype=bool)
    known[used] = [parsed[u][1] for u in used]
    wrong = np.zeros(len(body.values), dtype=bool)
    wrong[used] = [parsed[u][2] is not None for u in used]
    cells = body.codes[:, js]
    values[:, ks] = number[cells]
    dont_know[:, ks] = known[cells]
    bad = wrong[cells]
    if not bad.any():
        return values, dont_know
    allowed = _allowed_answers(inst, problems.lang)
    for c in np.flatnonzero(bad.any(axis=0)):
        j, where = js[c], np.flatnonzero(bad[:, c])
        for i in where[:MAX_CELL_PROBLEMS_PER_COLUMN]:
            v = body.value(i, j)
            row, value = int(body.rows[i]), cell_text(v)
            if isinstance(v, Foreign):
                kind = problems.rule(f"kind_{v.kind}")
                problems.add("not_an_answer", row=row, column=names[j], value=value, kind=kind,
                             **allowed)  # fmt: skip
            else:
                problems.add("bad_answer", row=row, column=names[j], value=value, **allowed)
        if len(where) > MAX_CELL_PROBLEMS_PER_COLUMN:
            problems.add(
                "more_bad_answers",
                column=names[j],
                count=len(where) - MAX_CELL_PROBLEMS_PER_COLUMN,
                shown=MAX_CELL_PROBLEMS_PER_COLUMN,
                **allowed,
            )
    return values, dont_know


def _summarise(problems: Problems, wrong: np.ndarray, column: str) -> None:
    if len(wrong) > MAX_CELL_PROBLEMS_PER_COLUMN:
        problems.add(
            "more_problems",
            column=column,
            count=len(wrong) - MAX_CELL_PROBLEMS_PER_COLUMN,
            shown=MAX_CELL_PROBLEMS_PER_COLUMN,
        )


def _errors(body: Body, j: int, column: str, problems: Problems) -> np.ndarray:
    """Report Excel error values in column ``j``; returns where they are."""
    bad = body.per_unique(j, lambda v: isinstance(v, Foreign) and v.kind == "error", bool)
    where = np.flatnonzero(bad)
    _summarise(problems, where, column)
    for i in where[:MAX_CELL_PROBLEMS_PER_COLUMN]:
        problems.add("error_cell", row=int(body.rows[i]), column=column, value=body.text(i, j))
    return bad


def _lookup(lookup, blank_code=None):
    """value -> code, or None (unknown) / AMBIGUOUS / ``blank_code`` for an empty cell."""

    def find(v):
        text = cell_text(v)
        return blank_code if not text.strip() else lookup.find(text)

    return find


def parse_roles(body: Body, cols, names, inst: Instrument, problems: Problems):
    lang = problems.lang
    n = len(body)
    profession = np.full(n, None, dtype=object)
    roles_allowed = ", ".join(f"{r.code} ({r.name(lang)})" for r in inst.roles)
    if cols["role"]:
        j = cols["role"][0]
        find = _lookup(role_lookup(inst))
        has_other = any(r.code == "OV" for r in inst.roles)

        def role(v):
            code = find(v)
            if code is None and has_other and other_role(cell_text(v)):
                return "OV"
            return code

        profession = body.per_unique(j, role)
        error = _errors(body, j, names[j], problems)
        wrong = np.flatnonzero([not isinstance(p, str) for p in profession] & ~error)
        _summarise(problems, wrong, names[j])
        for i in wrong[:MAX_CELL_PROBLEMS_PER_COLUMN]:
            u = body.text(i, j)
            rule = (
                "blank_role"
                if not u.strip()
                else "ambiguous_value"
                if profession[i] is AMBIGUOUS
                else "unknown_role"
            )
            problems.add(
                rule, row=int(body.rows[i]), column=names[j], value=u, allowed=roles_allowed
            )
    default = {r.code: r.echelon for r in inst.roles}
    echelon = np.array([default.get(p) for p in profession], dtype=object)
    if cols["echelon"]:
        j = cols["echelon"][0]
        given = body.per_unique(j, _lookup(echelon_lookup(inst), blank_code=""))
        ech_allowed = ", ".join(f"{e.code} ({e.name(lang)})" for e in inst.echelons)
        error = _errors(body, j, names[j], problems)
        wrong = np.flatnonzero([g is None or g is AMBIGUOUS for g in given] & ~error)
        _summarise(problems, wrong, names[j])
        for i in wrong[:MAX_CELL_PROBLEMS_PER_COLUMN]:
            rule = "ambiguous_value" if given[i] is AMBIGUOUS else "unknown_echelon"
            problems.add(
                rule,
                row=int(body.rows[i]),
                column=names[j],
                value=body.text(i, j),
                allowed=ech_allowed,
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


def check_twice(body: Body, cols, names, problems: Problems) -> None:
    """A repeated e-mail address or response ID is the same respondent twice."""
    found = []
    for kind in ("email", "id"):
        for j in cols[kind]:
            if kind == "id" and _numbers_once(body, j):
                continue  # distinct numbers have distinct keys
            keys = body.per_unique(j, _email_key if kind == "email" else _id_key)
            filled = np.flatnonzero(keys != "")
            if len(set(keys[filled].tolist())) == len(filled):
                continue  # no key twice
            first: dict[str, int] = {}
            for i in filled.tolist():
                k = keys[i]
                if k in first:
                    cell = body.text(i, j).strip()
                    value = mask_email(cell) if kind == "email" else cell
                    found.append((int(body.rows[i]), j, kind, value, first[k]))
                else:
                    first[k] = int(body.rows[i])
    for row, j, kind, value, first_row in sorted(found):
        problems.add(f"duplicate_{kind}", row=row, column=names[j], value=value, first=first_row)


def _numbers_once(body: Body, j: int) -> bool:
    """Whether column ``j`` holds only numbers, none twice (a survey tool's response IDs)."""
    used = body.used(j)
    if not all(type(v) is float for v in body.values[used]):
        return False
    return len(used) == len(body)  # each cell its own value


def _id_key(v) -> str:
    if type(v) is float:
        return number_text(v)  # what the line below gives, without its detours
    return cell_text(v).strip().casefold()


def _email_key(v) -> str:
    k = _id_key(v)
    return k if "@" in k else ""  # Forms writes "anonymous" for every anonymous response


def remarks(body: Body, remark_cols, names, inst: Instrument, problems: Problems) -> pd.DataFrame:
    dont_know = {compact(a) for a in inst.dont_know_aliases}
    domains, texts = [], []
    for domain, js in remark_cols.items():
        for j in js:
            error = _errors(body, j, names[j], problems)
            blank = body.per_unique(j, lambda v: is_blank_remark(cell_text(v), dont_know), bool)
            text = body.table(j, lambda v: cell_text(v).strip())
            kept = text[body.codes[np.flatnonzero(~blank & ~error), j]].tolist()
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
