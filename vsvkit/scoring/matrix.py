"""The respondents x items matrix and the group keys behind :mod:`vsvkit.scoring` (private).

The long scoring input is turned once into a respondents x items matrix (answers 1..4 / NaN and
a "weet niet" flag); every score table is then computed with numpy over all sessions and groups
at once. ``_keys`` maps each respondent to the output row (session, or session x group under the
privacy rule) whose figures it counts in. Results are cached on the matrix, so a
:class:`vsvkit.scoring.Scores` builds each piece once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from vsvkit import privacy
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
_BY = (None, "profession", "echelon")


class _Prepared:
    """Base of :class:`vsvkit.scoring.Scores`: answers already turned into a matrix."""

    instrument: Instrument
    _matrix: _Matrix


# -- the respondents x items matrix ----------------------------------------------------------


@dataclass(frozen=True)
class _Matrix:
    session: np.ndarray  # (R,) session id per respondent, sorted by session, respondent
    respondent: np.ndarray  # (R,)
    profession: np.ndarray  # (R,) str codes
    echelon: np.ndarray  # (R,)
    values: np.ndarray  # (R, J) answers 1..4, NaN = not answered; J = instrument.all_items
    dont_know: np.ndarray  # (R, J) bool
    cache: dict = field(default_factory=dict, compare=False, repr=False)


def _fail(what: str) -> VsvkitError:
    return VsvkitError(f"scoring input: {what}")


def _matrix(answers, inst: Instrument) -> _Matrix:
    if isinstance(answers, _Prepared):
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
        return _Matrix(
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
    return _Matrix(
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


def _columns(inst: Instrument) -> tuple[list[list[int]], list[int | None]]:
    """Per domain: column positions of its scored items, and of its desired item (or None)."""
    pos = {i.code: j for j, i in enumerate(inst.all_items)}
    scored = [[pos[i.code] for i in d.items] for d in inst.domains]
    desired = [pos[d.desired.code] if d.desired is not None else None for d in inst.domains]
    return scored, desired


def _respondent_domain(m: _Matrix, inst: Instrument):
    """(n_answered, n_dont_know, score) arrays of shape (R, D)."""
    tag = ("respondent_domain", id(inst))
    if tag not in m.cache:
        m.cache[tag] = _respondent_domain_uncached(m, inst)
    return m.cache[tag]


def _respondent_domain_uncached(m: _Matrix, inst: Instrument):
    scored, _ = _columns(inst)
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


# -- groups and privacy ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Keys:
    table: pd.DataFrame  # one row per output key: session, [group], suppressed, reason
    resp_key: np.ndarray  # (R,) key whose figures each respondent counts in
    key_session: np.ndarray  # (K,) session index 0..S-1 of each key
    key_set: np.ndarray  # (K,) the key's set in the privacy decision (vsvkit.privacy)


def _session_k(sessions: np.ndarray, inst: Instrument, min_group_size) -> np.ndarray:
    if isinstance(min_group_size, Mapping | pd.Series):
        ks = dict(min_group_size.items())
        return np.array(
            [inst.effective_min_group_size(ks.get(int(s))) for s in sessions], dtype=np.int64
        )
    return np.full(len(sessions), inst.effective_min_group_size(min_group_size), dtype=np.int64)


def _cache_tag(*parts) -> tuple | None:
    try:
        hash(parts)
    except TypeError:  # a mapping of session -> k: do not cache
        return None
    return parts


def _cached(m: _Matrix, tag, build):
    if tag is not None and tag in m.cache:
        return m.cache[tag]
    value = build()
    if tag is not None:
        m.cache[tag] = value
    return value


def _codes(m: _Matrix, inst: Instrument, by: str) -> tuple[np.ndarray, list[str]]:
    """Each respondent's group code index, and the codes: the instrument's order, then extras."""
    labels = m.profession if by == "profession" else m.echelon
    order = [r.code for r in inst.roles] if by == "profession" else [e.code for e in inst.echelons]
    g_raw, uniq = pd.factorize(labels)
    uniq = [str(u) for u in uniq]
    known = set(order)
    codes = order + sorted(u for u in uniq if u not in known)
    rank_of = {c: i for i, c in enumerate(codes)}
    return np.array([rank_of[u] for u in uniq], dtype=np.int64)[g_raw], codes


def _disclosure(m: _Matrix, inst: Instrument, min_group_size) -> privacy.Disclosure:
    """The privacy decision for every session of the matrix (vsvkit.privacy.decide), cached."""

    def build():
        s_idx, sessions = pd.factorize(m.session, sort=True)
        prof, prof_codes = _codes(m, inst, "profession")
        ech, ech_codes = _codes(m, inst, "echelon")
        k_s = _session_k(np.asarray(sessions), inst, min_group_size)
        return privacy.decide(s_idx, prof, ech, len(prof_codes), len(ech_codes), k_s)

    return _cached(m, _cache_tag("disclosure", id(inst), min_group_size), build)


#: The families of contexts a figure is counted over (vsvkit.privacy): everybody, those with a
#: score in each domain, those who gave any answer in each domain, those who answered each item,
#: those who answered each domain's desired-situation item.
CONTEXTS = ("people", "domain", "answered", "item", "desired")


def _members(m: _Matrix, inst: Instrument, family: str) -> tuple[list[str], np.ndarray]:
    """(context names, (R, C) bool): who contributes to each context of a family."""
    if family == "people":
        return ["all"], np.ones((len(m.session), 1), dtype=bool)
    if family in ("domain", "answered"):
        n_ans, n_dk, score = _respondent_domain(m, inst)
        member = ~np.isnan(score) if family == "domain" else (n_ans + n_dk) > 0
        return list(inst.domain_codes), member
    if family == "item":
        return [i.code for i in inst.all_items], ~np.isnan(m.values) | m.dont_know
    if family == "desired":
        _, desired_cols = _columns(inst)
        given = ~np.isnan(m.values) | m.dont_know
        member = np.zeros((len(m.session), len(desired_cols)), dtype=bool)
        for d, col in enumerate(desired_cols):
            if col is not None:
                member[:, d] = given[:, col]
        return list(inst.domain_codes), member
    raise VsvkitError(f"unknown context family {family!r}; one of {CONTEXTS}")


def _hidden_rows(m: _Matrix, inst: Instrument, keys: _Keys, family: str, min_group_size):
    """(K, C) status of each key's figure in each context of ``family``.

    0: shown; 2: not shown, too few respondents there; 3: not shown, to protect smaller groups
    (or its group is not shown at all: then its own reason).
    """
    key_status = np.select(
        [keys.table["reason"].to_numpy(dtype=object) == r for r in ("too_few", "protected")],
        [2, 3],
        0,
    )
    if family == "people":
        return key_status[:, None]
    disc = _disclosure(m, inst, min_group_size)
    member = _members(m, inst, family)[1]
    hidden = disc.hidden(family, member)[keys.key_session, :, keys.key_set]
    n_keys = len(keys.table)
    count = np.stack(
        [
            np.bincount(keys.resp_key, weights=member[:, c], minlength=n_keys)
            for c in range(member.shape[1])
        ],
        axis=1,
    )
    k = disc.k[keys.key_session][:, None]
    ctx_status = np.where(hidden, np.where(count < k, 2, 3), 0)
    return np.where(key_status[:, None] > 0, key_status[:, None], ctx_status)


def _keys(m: _Matrix, inst: Instrument, by: str | None, min_group_size) -> _Keys:
    return _cached(
        m,
        _cache_tag("keys", id(inst), by, min_group_size),
        lambda: _keys_uncached(m, inst, by, min_group_size),
    )


def _reason(status: np.ndarray) -> pd.Series:
    """Why a key is not shown: "too_few", "protected" or NA (shown)."""
    text = np.array([None, None, "too_few", "protected"], dtype=object)
    return pd.Series(text[status], dtype="str")


def _keys_uncached(m: _Matrix, inst: Instrument, by: str | None, min_group_size) -> _Keys:
    if by not in _BY:
        raise VsvkitError(f"by must be None, 'profession' or 'echelon', got {by!r}")
    disc = _disclosure(m, inst, min_group_size)
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    if by is None:
        shown = disc.active[:, 0]
        table = pd.DataFrame(
            {
                "session": np.asarray(sessions, dtype=np.int64),
                "suppressed": ~shown,
                "reason": _reason(np.where(shown, 0, 2)),
            }
        )
        return _Keys(table, s_idx.astype(np.int64), np.arange(n_sess), np.zeros(n_sess, int))

    g, codes = _codes(m, inst, by)
    n_g = len(codes)
    status = disc.status[by]  # (S, n_g): 0 shown, 1 merged, 2 too few, 3 protected, -1 nobody
    lay = disc.layout
    merged_set = lay.set_of(by, 0, merged=True)
    merged_exists = (status == 1).any(axis=1) | (
        disc.merged_prof if by == "profession" else disc.merged_ech
    ).any(axis=1)
    # keys: every (session, group) with respondents, then a merged key per session that has one
    row_s, row_g = np.nonzero(status >= 0)
    merged_s = np.flatnonzero(merged_exists)
    all_s = np.concatenate([row_s, merged_s])
    all_g = np.concatenate([row_g, np.full(len(merged_s), n_g)])
    all_set = np.concatenate(
        [
            np.array([lay.set_of(by, int(c)) for c in row_g], dtype=np.int64),
            np.full(len(merged_s), merged_set),
        ]
    )
    merged_status = np.where(disc.active[merged_s, merged_set], 0, 3)
    all_status = np.concatenate([status[row_s, row_g], merged_status])
    all_status = np.where(all_status == 1, 2, all_status)  # a merged group's own row: not shown
    order_k = np.lexsort((all_g, all_s))
    key_of = np.empty(len(order_k), dtype=np.int64)
    key_of[order_k] = np.arange(len(order_k))
    pair_to_key = np.full(n_sess * (n_g + 1), -1, dtype=np.int64)
    pair_to_key[all_s * (n_g + 1) + all_g] = key_of
    pair = s_idx.astype(np.int64) * (n_g + 1) + g
    in_merged = status[s_idx, g] == 1
    pair[in_merged] = s_idx[in_merged] * (n_g + 1) + n_g
    labels = np.array(codes + [privacy.MERGED_CODES[by]], dtype=object)
    st = all_status[order_k]
    table = pd.DataFrame(
        {
            "session": np.asarray(sessions, dtype=np.int64)[all_s[order_k]],
            "group": pd.Series(labels[all_g[order_k]], dtype="str"),
            "suppressed": st != 0,
            "reason": _reason(st),
        }
    )
    return _Keys(table, pair_to_key[pair], all_s[order_k], all_set[order_k])
