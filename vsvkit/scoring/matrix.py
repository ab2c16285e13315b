"""The respondents x items matrix behind :mod:`vsvkit.scoring` (private to the package).

The long scoring input is turned once into a respondents x items matrix (answers 1..4 / NaN and
a "weet niet" flag); every score table is then computed with numpy over all sessions and groups
at once (the groups and the privacy decision: :mod:`vsvkit.scoring.disclosure`). Results are
cached on the matrix, so a :class:`vsvkit.scoring.Scores` builds each piece once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeAlias

import numpy as np
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument

#: Columns of the scoring input (docs/design.md, "Scoring input").
SCORING_COLUMNS = (
    "session",
    "respondent",
    "profession",
    "echelon",
    "item",
    "domain",
    "value",
    "dont_know",
    "desired",
)


# -- the respondents x items matrix ----------------------------------------------------------


@dataclass(frozen=True)
class RespondentMatrix:
    """One row per respondent (sorted by session, respondent), one column per item."""

    session: np.ndarray  # (R,) session id per respondent, sorted by session, respondent
    respondent: np.ndarray  # (R,)
    profession: np.ndarray  # (R,) str codes
    echelon: np.ndarray  # (R,)
    values: np.ndarray  # (R, J) answers 1..4, NaN = not answered; J = instrument.all_items
    dont_know: np.ndarray  # (R, J) bool
    cache: dict = field(default_factory=dict, compare=False, repr=False)


def _fail(what: str) -> VsvkitError:
    return VsvkitError(f"scoring input: {what}")


class Prepared:
    """Base of :class:`vsvkit.scoring.Scores`: answers turned into a matrix once.

    Every function of the package takes a ``Prepared`` in place of the answers frame; its
    matrix is then reused (:func:`respondent_matrix`).
    """

    def __init__(self, answers: Answers, instrument: Instrument):
        self.instrument = instrument
        self._matrix = respondent_matrix(answers, instrument)


#: What every function of :mod:`vsvkit.scoring` takes: the scoring input, or a ``Scores``.
Answers: TypeAlias = "pd.DataFrame | Prepared"


def respondent_matrix(answers: Answers, inst: Instrument) -> RespondentMatrix:
    """The matrix of the scoring input ``answers`` (or the one a :class:`Prepared` holds).

    Raises
    ------
    VsvkitError
        A column is missing, an answer or item is not allowed, an answer is given twice, or
        a :class:`Prepared` was built with another instrument.
    """
    if isinstance(answers, Prepared):
        if answers.instrument is not inst:
            raise VsvkitError(key="scores_other_instrument")
        return answers._matrix
    missing = [c for c in SCORING_COLUMNS if c not in answers.columns]
    if missing:
        raise _fail(f"missing column(s) {missing}; expected {list(SCORING_COLUMNS)}")
    codes_all = [i.code for i in inst.all_items]
    n_items = len(codes_all)
    try:
        sess = answers["session"].to_numpy(dtype=np.int64)
        resp = answers["respondent"].to_numpy(dtype=np.int64)
    except (ValueError, TypeError) as err:
        raise _fail("'session' and 'respondent' must be whole numbers without blanks") from err
    try:
        value = answers["value"].to_numpy(dtype=float, na_value=np.nan)
    except (ValueError, TypeError) as err:
        raise _fail("'value' must be numbers 1..4 or empty") from err
    dk_col = answers["dont_know"]
    dk = (dk_col if dk_col.dtype == bool else dk_col.fillna(False)).to_numpy(dtype=bool)
    if len(answers) == 0:
        empty = np.empty(0, dtype=np.int64)
        return RespondentMatrix(
            empty,
            empty,
            np.empty(0, dtype=object),
            np.empty(0, dtype=object),
            np.empty((0, n_items)),
            np.empty((0, n_items), dtype=bool),
        )

    item = answers["item"]
    if isinstance(item.dtype, pd.CategoricalDtype):
        j = _item_positions(item, codes_all, inst)  # from the category codes: no hashing
        regular = len(j) % n_items == 0 and bool(
            (j.reshape(-1, n_items) == np.arange(n_items)).all()
        )
    elif _in_instrument_order(item, codes_all):
        # rows come respondent by respondent in the instrument's item order (as the store and
        # the generators write them): one identity-aware comparison, no hashing
        j = np.tile(np.arange(n_items), len(item) // n_items)
        regular = True
    else:
        j = _item_positions(item, codes_all, inst)
        regular = False
    _check_values(value, dk, sess, resp, j, codes_all, inst)
    if regular and _one_block_per_respondent(sess, resp, n_items):
        # the matrix is the answer column reshaped: no scatter, no duplicate check needed
        n_resp = len(value) // n_items
        values = value.reshape(n_resp, n_items).copy()
        dont_know = dk.reshape(n_resp, n_items).copy()
        first = np.arange(0, len(value), n_items)
    else:
        values, dont_know, first = _scatter(value, dk, sess, resp, j, codes_all)
    return RespondentMatrix(
        session=sess[first],
        respondent=resp[first],
        profession=_labels(answers["profession"], first, "OV"),
        echelon=_labels(answers["echelon"], first, "overig"),
        values=values,
        dont_know=dont_know,
    )


def _item_positions(item: pd.Series, codes_all: list[str], inst: Instrument) -> np.ndarray:
    """Column (0..J-1) of each answer row's item; unknown item codes fail with their names."""
    if isinstance(item.dtype, pd.CategoricalDtype):
        codes, cats = item.cat.codes.to_numpy(), item.cat.categories
    else:
        codes, cats = pd.factorize(item)
    pos = {c: j for j, c in enumerate(codes_all)}
    cat_map = np.array([pos.get(str(c), -1) for c in cats] + [-1], dtype=np.int64)
    j = cat_map[codes]  # code -1 (missing item) maps to the trailing -1
    if (j < 0).any():
        bad = sorted({str(c) for c in cats if str(c) not in pos})
        raise _fail(
            f"item code(s) {bad[:5] or ['(empty)']} are not in instrument {inst.name} "
            f"{inst.version}; allowed: {', '.join(codes_all)}"
        )
    return j


def _check_values(value, dk, sess, resp, j, codes_all, inst: Instrument) -> None:
    lo, hi = inst.scale_min, inst.scale_max
    answered = ~np.isnan(value)
    bad = answered & ((value < lo) | (value > hi) | (value != np.round(value)))
    bad |= answered & dk
    if bad.any():
        r = int(np.flatnonzero(bad)[0])
        raise _fail(
            f"{int(bad.sum())} answer(s) out of range, first: session {sess[r]}, respondent "
            f"{resp[r]}, item {codes_all[j[r]]}, value {float(value[r])}, dont_know {bool(dk[r])}; "
            f"allowed: a whole number {lo}..{hi}, or empty (with dont_know True for 'weet niet')"
        )


def _one_block_per_respondent(sess: np.ndarray, resp: np.ndarray, n_items: int) -> bool:
    """True when each run of ``n_items`` rows is one respondent, runs sorted and distinct."""
    s2, r2 = sess.reshape(-1, n_items), resp.reshape(-1, n_items)
    if not ((s2 == s2[:, :1]).all() and (r2 == r2[:, :1]).all()):
        return False
    s, r = s2[:, 0], r2[:, 0]
    # strictly increasing (session, respondent): sorted, and no respondent twice
    return bool(((s[1:] > s[:-1]) | ((s[1:] == s[:-1]) & (r[1:] > r[:-1]))).all())


def _scatter(value, dk, sess, resp, j, codes_all):
    """The general case: rows in any order, blanks may be missing rows; duplicates fail."""
    n_items = len(codes_all)
    s_min, r_min = sess.min(), resp.min()
    key = (sess - s_min) * (resp.max() - r_min + 1) + (resp - r_min)
    step = np.diff(key)
    if (step >= 0).all():  # already sorted by session, respondent: no hashing needed
        r_idx = np.concatenate([[0], np.cumsum(step != 0)])
        n_resp = int(r_idx[-1]) + 1
    elif int(key.max()) < 8 * len(key) + 1024:
        # dense key range (the usual case: sessions x respondents numbered from 1): mark the
        # keys present and number them in order; no hashing, no sort
        present = np.zeros(int(key.max()) + 1, dtype=bool)
        present[key] = True
        rank = np.cumsum(present) - 1
        r_idx, n_resp = rank[key], int(rank[-1]) + 1
    else:
        r_idx, uniq = pd.factorize(key, sort=True)
        n_resp = len(uniq)
    flat = r_idx.astype(np.int64) * n_items + j
    dup = np.bincount(flat, minlength=n_resp * n_items) > 1
    if dup.any():
        cell = int(np.flatnonzero(dup)[0])
        r = int(np.flatnonzero(flat == cell)[0])
        raise _fail(
            f"respondent {resp[r]} of session {sess[r]} has item {codes_all[j[r]]} more than "
            "once; each respondent answers each item once"
        )
    values = np.full(n_resp * n_items, np.nan)
    values[flat] = value
    dont_know = np.zeros(n_resp * n_items, dtype=bool)
    dont_know[flat] = dk
    first = np.empty(n_resp, dtype=np.int64)
    first[r_idx[::-1]] = np.arange(len(r_idx) - 1, -1, -1)
    return values.reshape(n_resp, n_items), dont_know.reshape(n_resp, n_items), first


def _labels(column: pd.Series, first: np.ndarray, default: str) -> np.ndarray:
    """Profession or echelon code of each respondent (its first row) as a str object array."""
    return column.take(first).fillna(default).astype(str).to_numpy(dtype=object)


def _in_instrument_order(item: pd.Series, codes: list[str]) -> bool:
    n = len(codes)
    if len(item) % n:
        return False
    values = item.to_numpy(dtype=object)
    pattern = np.array(codes, dtype=object)
    # compare the first block first (cheap rejection), then everything
    if not (values[:n] == pattern).all():
        return False
    return bool((values.reshape(-1, n) == pattern).all())


def item_columns(inst: Instrument) -> tuple[list[list[int]], list[int | None]]:
    """Per domain: column positions of its scored items, and of its desired item (or None)."""
    pos = {i.code: j for j, i in enumerate(inst.all_items)}
    scored = [[pos[i.code] for i in d.items] for d in inst.domains]
    desired = [pos[d.desired.code] if d.desired is not None else None for d in inst.domains]
    return scored, desired


def respondent_domain(m: RespondentMatrix, inst: Instrument):
    """(n_answered, n_dont_know, score) arrays of shape (R, D)."""
    tag = ("respondent_domain", id(inst))
    if tag not in m.cache:
        m.cache[tag] = _respondent_domain_uncached(m, inst)
    return m.cache[tag]


def _respondent_domain_uncached(m: RespondentMatrix, inst: Instrument):
    scored, _ = item_columns(inst)
    n_resp, n_dom = len(m.session), len(scored)
    n_ans = np.zeros((n_resp, n_dom), dtype=np.int64)
    n_dk = np.zeros((n_resp, n_dom), dtype=np.int64)
    score = np.full((n_resp, n_dom), np.nan)
    for d, cols in enumerate(scored):
        block = m.values[:, cols]
        ok = ~np.isnan(block)
        n_ans[:, d] = ok.sum(axis=1)
        n_dk[:, d] = m.dont_know[:, cols].sum(axis=1)
        enough = n_ans[:, d] >= inst.min_answered_share * len(cols) - 1e-9
        enough &= n_ans[:, d] > 0
        total = np.where(ok, block, 0.0).sum(axis=1)
        score[enough, d] = total[enough] / n_ans[enough, d]
    return n_ans, n_dk, score


# -- caching results on the matrix ----------------------------------------------------------


def cache_tag(*parts) -> tuple | None:
    try:
        hash(parts)
    except TypeError:  # a mapping of session -> k: do not cache
        return None
    return parts


def cached(m: RespondentMatrix, tag, build):
    if tag is not None and tag in m.cache:
        return m.cache[tag]
    value = build()
    if tag is not None:
        m.cache[tag] = value
    return value
