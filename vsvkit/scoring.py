"""Answers -> tidy score tables (no text, no plotting).

All public functions are pure: ``f(answers, instrument, *, by=None, ...) -> DataFrame`` on the
long *scoring input* (docs/design.md): ``session, respondent, profession, echelon, item,
domain, value, dont_know, desired``. They work on many sessions at once: the answers are put
in a respondents x items matrix once and every figure is computed with numpy over all
sessions and groups together (no per-group Python loop), so national sets stay fast.

Rules (domain brief, section 3):

* A respondent's domain score is the mean of their answered items (1..4; "weet niet" and blank
  are not answered), only when ``n_answered / n_items >= instrument.min_answered_share``. The
  desired-situation item is not part of it.
* A VSV's (or group's) domain score: mean, median, q1, q3, iqr and n of the respondents' domain
  scores; ``pct = (mean - 1) / 3 * 100``; level from the instrument's cut-offs, NA when the domain
  is split or has no scores. Agreement figures: see :mod:`vsvkit.agreement`.
* "weet niet" share = dont_know / (answered 1..4 + dont_know), blanks excluded; per item, and per
  domain over all cells of the domain's scored items.
* Which item belongs to which domain, and which items are desired-situation items, is taken from
  the instrument (the ``domain``/``desired`` columns of the input are not trusted).

Privacy: with ``by="profession"`` or ``by="echelon"`` every table goes through
:func:`vsvkit.privacy` rules per session (k from ``min_group_size``, never below 3): a suppressed
group is a row with ``suppressed=True`` and NA figures (``n`` too); merged small groups appear as
group ``OV_MERGED``. Without ``by`` a whole session smaller than k is suppressed the same way.
Group sizes for this decision are the numbers of respondents of the session in each group.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .agreement import describe_counts, describe_values
from .errors import VsvkitError
from .instrument import Instrument
from .privacy import MERGED_GROUP, _decide_many

__all__ = [
    "SCORING_COLUMNS",
    "Scores",
    "prepare",
    "respondent_scores",
    "domain_scores",
    "total_score",
    "item_distribution",
    "item_scores",
    "cronbach_alpha",
    "group_gaps",
    "discussion_points",
]

log = logging.getLogger(__name__)

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


# -- building the scoring input -------------------------------------------------------------


def prepare(responses, instrument: Instrument, session: int = 0) -> pd.DataFrame:
    """Build the long scoring input from an imported :class:`~vsvkit.intake.Responses`.

    Adds ``session``, the respondent's ``profession`` and ``echelon``, and the item's ``domain``
    and ``desired`` flag (from the instrument) to every answer row.

    Raises
    ------
    VsvkitError
        When an answer names a respondent missing from ``respondents`` or an item the
        instrument does not have.
    """
    answers = responses.answers
    people = responses.respondents[["respondent", "profession", "echelon"]]
    source = getattr(responses, "source_name", "answers")
    unknown_resp = sorted(set(answers["respondent"]) - set(people["respondent"]))
    if unknown_resp:
        raise VsvkitError(
            f"{source}: answers of respondent(s) {unknown_resp[:5]} have no row in respondents"
        )
    info = {i.code: (i.domain, i.desired) for i in instrument.all_items}
    unknown = sorted(set(answers["item"].astype(str)) - set(info))
    if unknown:
        raise VsvkitError(
            f"{source}: item code(s) {unknown[:5]} are not in instrument "
            f"{instrument.name} {instrument.version}; allowed: {', '.join(info)}"
        )
    out = answers[["respondent", "item", "value", "dont_know"]].merge(
        people, on="respondent", how="left", validate="many_to_one"
    )
    items = out["item"].astype(str)
    out["session"] = np.int64(session)
    out["domain"] = items.map({c: d for c, (d, _) in info.items()}).astype("str")
    out["desired"] = items.map({c: w for c, (_, w) in info.items()}).astype(bool)
    out["value"] = out["value"].astype(float)
    out["dont_know"] = out["dont_know"].astype(bool)
    return out[list(SCORING_COLUMNS)].reset_index(drop=True)


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
    if isinstance(answers, Scores):
        if answers.instrument is not inst:
            raise VsvkitError("these Scores were built with another instrument")
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
        codes, cats = item.cat.codes.to_numpy(), item.cat.categories
    elif _in_instrument_order(item, codes_all):
        # fast path: rows come respondent by respondent in the instrument's item order (as the
        # store and the generators write them); one identity-aware comparison, no hashing
        codes, cats = np.tile(np.arange(n_items), len(item) // n_items), pd.Index(codes_all)
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

    s_min, r_min = sess.min(), resp.min()
    key = (sess - s_min) * (resp.max() - r_min + 1) + (resp - r_min)
    step = np.diff(key)
    if (step >= 0).all():  # already sorted by session, respondent: no hashing needed
        r_idx = np.concatenate([[0], np.cumsum(step != 0)])
        n_resp = int(r_idx[-1]) + 1
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
    prof = answers["profession"].take(first).fillna("OV").astype(str).to_numpy(dtype=object)
    ech = answers["echelon"].take(first).fillna("overig").astype(str).to_numpy(dtype=object)
    return _Matrix(
        session=sess[first],
        respondent=resp[first],
        profession=prof,
        echelon=ech,
        values=values.reshape(n_resp, n_items),
        dont_know=dont_know.reshape(n_resp, n_items),
    )


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
    table: pd.DataFrame  # one row per output key: session, [group], suppressed
    resp_key: np.ndarray  # (R,) key whose figures each respondent counts in
    key_session: np.ndarray  # (K,) session index 0..S-1 of each key


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


def _keys(m: _Matrix, inst: Instrument, by: str | None, min_group_size) -> _Keys:
    tag = _cache_tag("keys", id(inst), by, min_group_size)
    if tag is not None and tag in m.cache:
        return m.cache[tag]
    keys = _keys_uncached(m, inst, by, min_group_size)
    if tag is not None:
        m.cache[tag] = keys
    return keys


def _keys_uncached(m: _Matrix, inst: Instrument, by: str | None, min_group_size) -> _Keys:
    if by not in _BY:
        raise VsvkitError(f"by must be None, 'profession' or 'echelon', got {by!r}")
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    k_s = _session_k(np.asarray(sessions), inst, min_group_size)
    if by is None:
        size = np.bincount(s_idx, minlength=n_sess)
        table = pd.DataFrame({"session": np.asarray(sessions, dtype=np.int64)})
        table["suppressed"] = size < k_s
        return _Keys(table, s_idx.astype(np.int64), np.arange(n_sess))

    labels = m.profession if by == "profession" else m.echelon
    order = [r.code for r in inst.roles] if by == "profession" else [e.code for e in inst.echelons]
    g_raw, uniq = pd.factorize(labels)
    uniq = [str(u) for u in uniq]
    known = {c: i for i, c in enumerate(order)}
    extra = sorted(u for u in uniq if u not in known)
    rank_of = {c: i for i, c in enumerate(order + extra)}
    label_of_rank = np.array(order + extra + [MERGED_GROUP], dtype=object)
    n_g = len(order) + len(extra)
    g = np.array([rank_of[u] for u in uniq], dtype=np.int64)[g_raw]
    pair = s_idx.astype(np.int64) * n_g + g
    size = np.bincount(pair, minlength=n_sess * n_g)
    present = np.flatnonzero(size > 0)
    row_s, row_g = present // n_g, present % n_g
    suppressed, merged = _decide_many(row_s, size[present], k_s[row_s], row_g)

    merged_s = np.unique(row_s[merged])
    all_s = np.concatenate([row_s, merged_s])
    all_g = np.concatenate([row_g, np.full(len(merged_s), n_g)])
    all_sup = np.concatenate([suppressed, np.zeros(len(merged_s), dtype=bool)])
    order_k = np.lexsort((all_g, all_s))
    key_of = np.empty(len(order_k), dtype=np.int64)
    key_of[order_k] = np.arange(len(order_k))
    pair_to_key = np.full(n_sess * n_g, -1, dtype=np.int64)
    pair_to_key[present] = key_of[: len(present)]
    merged_key = np.full(n_sess, -1, dtype=np.int64)
    merged_key[merged_s] = key_of[len(present) :]
    pair_to_key[present[merged]] = merged_key[row_s[merged]]
    table = pd.DataFrame(
        {
            "session": np.asarray(sessions, dtype=np.int64)[all_s[order_k]],
            "group": pd.Series(label_of_rank[all_g[order_k]], dtype="str"),
            "suppressed": all_sup[order_k],
        }
    )
    return _Keys(table, pair_to_key[pair], all_s[order_k])


def _levels(inst: Instrument, pct: np.ndarray) -> np.ndarray:
    starts = np.array([lv.start for lv in inst.levels])
    numbers = np.array([lv.level for lv in inst.levels], dtype=float)
    idx = np.searchsorted(starts, np.nan_to_num(pct, nan=-1.0), side="right") - 1
    return np.where(np.isnan(pct), np.nan, numbers[np.clip(idx, 0, None)])


def _per_key_mean(key: np.ndarray, x: np.ndarray, n_keys: int) -> np.ndarray:
    ok = ~np.isnan(x)
    n = np.bincount(key[ok], minlength=n_keys)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.bincount(key[ok], weights=x[ok], minlength=n_keys) / n


def _frame(keys: _Keys, by: str | None, repeat: int, columns: dict) -> pd.DataFrame:
    base = keys.table.loc[keys.table.index.repeat(repeat)].reset_index(drop=True)
    cols = ["session"] + (["group"] if by else [])
    out = base[cols].copy()
    for name, col in columns.items():
        out[name] = col
    out["suppressed"] = base["suppressed"].to_numpy()
    return out


def _blank(out: pd.DataFrame, keep: tuple[str, ...]) -> pd.DataFrame:
    """Set every figure of suppressed rows to NA (nullable dtypes for ints and bools)."""
    hide = out["suppressed"].to_numpy()
    for col in out.columns:
        if col in keep or col == "suppressed":
            continue
        if pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].astype("boolean")
        elif pd.api.types.is_integer_dtype(out[col]):
            out[col] = out[col].astype("Int64")
        if hide.any():
            out.loc[hide, col] = pd.NA if not pd.api.types.is_float_dtype(out[col]) else np.nan
    return out


# -- public score tables ---------------------------------------------------------------------


class Scores:
    """A set of answers prepared once for several score tables.

    Every public function of this module accepts a ``Scores`` in place of the answers frame;
    the respondents x items matrix, group keys and domain tables are then computed once and
    reused (what the app and national runs do).

    Examples
    --------
    >>> s = Scores(answers, inst)                                  # doctest: +SKIP
    >>> s.domain_scores(by="profession"); s.group_gaps()           # doctest: +SKIP
    """

    def __init__(self, answers: pd.DataFrame, instrument: Instrument, *, min_group_size=None):
        self.instrument = instrument
        self.min_group_size = min_group_size
        self._matrix = _matrix(answers, instrument)

    def _kw(self) -> dict:
        return {"min_group_size": self.min_group_size}

    def respondent_scores(self) -> pd.DataFrame:
        return respondent_scores(self, self.instrument)

    def domain_scores(self, *, by: str | None = None) -> pd.DataFrame:
        return domain_scores(self, self.instrument, by=by, **self._kw())

    def total_score(self, *, by: str | None = None) -> pd.DataFrame:
        return total_score(self, self.instrument, by=by, **self._kw())

    def item_scores(self, *, by: str | None = None, include_desired: bool = False):
        return item_scores(
            self, self.instrument, by=by, include_desired=include_desired, **self._kw()
        )

    def item_distribution(self, *, by: str | None = None, include_desired: bool = False):
        return item_distribution(
            self, self.instrument, by=by, include_desired=include_desired, **self._kw()
        )

    def cronbach_alpha(self) -> pd.DataFrame:
        return cronbach_alpha(self, self.instrument)

    def group_gaps(self, *, by: str = "profession") -> pd.DataFrame:
        return group_gaps(self, self.instrument, by=by, **self._kw())

    def discussion_points(self, **kwargs) -> pd.DataFrame:
        return discussion_points(self, self.instrument, **self._kw(), **kwargs)


def respondent_scores(answers: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """Each respondent's domain scores (individual level: for computing, never to be shown).

    Returns
    -------
    DataFrame
        ``session, respondent, profession, echelon, domain, n_items, n_answered, n_dont_know,
        score, pct``; ``score`` is NaN when fewer than ``min_answered_share`` of the items are
        answered.
    """
    m = _matrix(answers, instrument)
    n_ans, n_dk, score = _respondent_domain(m, instrument)
    n_dom = len(instrument.domains)
    return pd.DataFrame(
        {
            "session": np.repeat(m.session, n_dom),
            "respondent": np.repeat(m.respondent, n_dom),
            "profession": pd.Series(np.repeat(m.profession, n_dom), dtype="str"),
            "echelon": pd.Series(np.repeat(m.echelon, n_dom), dtype="str"),
            "domain": pd.Series(np.tile(instrument.domain_codes, len(m.session)), dtype="str"),
            "n_items": np.tile([len(d.items) for d in instrument.domains], len(m.session)),
            "n_answered": n_ans.ravel(),
            "n_dont_know": n_dk.ravel(),
            "score": score.ravel(),
            "pct": instrument.pct(score.ravel()),
        }
    )


def _domain_table(m: _Matrix, inst: Instrument, by: str | None, min_group_size) -> pd.DataFrame:
    tag = _cache_tag("domain_table", id(inst), by, min_group_size)
    if tag is not None and tag in m.cache:
        return m.cache[tag].copy()
    table = _domain_table_uncached(m, inst, by, min_group_size)
    if tag is not None:
        m.cache[tag] = table.copy()
    return table


def _domain_table_uncached(m: _Matrix, inst: Instrument, by, min_group_size) -> pd.DataFrame:
    keys = _keys(m, inst, by, min_group_size)
    n_ans, n_dk, score = _respondent_domain(m, inst)
    _, desired_cols = _columns(inst)
    n_keys, n_dom = len(keys.table), len(inst.domains)
    cell_key = keys.resp_key[:, None] * n_dom + np.arange(n_dom)
    valid = ~np.isnan(score)
    desc = describe_values(
        cell_key[valid],
        score[valid],
        n_keys * n_dom,
        scale_min=inst.scale_min,
        scale_max=inst.scale_max,
        split_window=inst.split_window,
        split_share=inst.split_share,
    )
    given = np.bincount(cell_key.ravel(), weights=(n_ans + n_dk).ravel(), minlength=n_keys * n_dom)
    dk = np.bincount(cell_key.ravel(), weights=n_dk.ravel(), minlength=n_keys * n_dom)
    with np.errstate(invalid="ignore", divide="ignore"):
        dk_share = dk / given
    desired = np.full((n_keys, n_dom), np.nan)
    for d, col in enumerate(desired_cols):
        if col is not None:
            desired[:, d] = _per_key_mean(keys.resp_key, m.values[:, col], n_keys)
    desired = desired.ravel()

    balanced = np.full(n_keys * n_dom, np.nan)
    if by is None:
        # mean of the profession means of the professions shown (merged group counts as one);
        # suppressed professions stay out, so it reveals nothing beyond the shown groups
        pk = _keys(m, inst, "profession", min_group_size)
        n_pk = len(pk.table)
        p_cell = pk.resp_key[:, None] * n_dom + np.arange(n_dom)
        p_mean = _per_key_mean(p_cell.ravel(), score.ravel(), n_pk * n_dom).reshape(n_pk, n_dom)
        p_mean[pk.table["suppressed"].to_numpy()] = np.nan
        s_cell = (pk.key_session[:, None] * n_dom + np.arange(n_dom)).ravel()
        balanced = _per_key_mean(s_cell, p_mean.ravel(), n_keys * n_dom)

    mean = desc["mean"]
    pct = inst.pct(mean)
    level = _levels(inst, pct)
    level[desc["split"] | (desc["n"] == 0)] = np.nan
    split = pd.array(desc["split"], dtype="boolean")
    split[desc["n"] == 0] = pd.NA
    out = _frame(
        keys,
        by,
        n_dom,
        {
            "domain": pd.Series(np.tile(inst.domain_codes, n_keys), dtype="str"),
            "n": desc["n"].astype(np.int64),
            "mean": mean,
            "median": desc["median"],
            "q1": desc["q1"],
            "q3": desc["q3"],
            "iqr": desc["iqr"],
            "pct": pct,
            "balanced_mean": balanced,
            "level": pd.array(level, dtype="Int64"),
            "consensus": desc["consensus"],
            "split": split,
            "dont_know": dk_share,
            "desired_mean": desired,
            "desired_pct": inst.pct(desired),
        },
    )
    return _blank(out, ("session", "group", "domain"))


def domain_scores(
    answers: pd.DataFrame, instrument: Instrument, *, by: str | None = None, min_group_size=None
) -> pd.DataFrame:
    """Domain scores per session (and group), with agreement and "weet niet" share.

    Parameters
    ----------
    answers : DataFrame
        The scoring input (docs/design.md), any number of sessions.
    instrument : Instrument
    by : {None, "profession", "echelon"}
        Without ``by`` one row per session and domain; with ``by`` one row per session, group
        (privacy applied) and domain.
    min_group_size : int, mapping of session -> int, or None
        Minimum group size k (None: the instrument's); never below 3.

    Returns
    -------
    DataFrame
        ``session, [group], domain, n, mean, median, q1, q3, iqr, pct, balanced_mean, level,
        consensus, split, dont_know, desired_mean, desired_pct, suppressed``.

    Notes
    -----
    ``n``, ``mean``, quantiles: over respondents with a domain score. ``consensus`` and ``split``
    are computed on the respondents' domain scores (the same distribution as mean and IQR, and
    one vote per person; pooling the item answers would count a person five times and mix
    item-level disagreement into the domain figure; item agreement is in :func:`item_scores`).
    ``balanced_mean`` (only without ``by``; NaN in group rows) is the mean of the profession
    means of the professions shown under the privacy rule, the merged group counting as one:
    professions suppressed under the rule are left out, because with the overall mean their
    means could otherwise be solved from two equations. ``level`` is NA when the domain is
    split or nobody has a score. ``desired_mean``: mean of the answered desired-situation item.
    """
    return _domain_table(_matrix(answers, instrument), instrument, by, min_group_size)


def total_score(
    answers: pd.DataFrame, instrument: Instrument, *, by: str | None = None, min_group_size=None
) -> pd.DataFrame:
    """Total integration score: the unweighted mean of the domain means.

    Returns ``session, [group], mean, pct, level, suppressed``. ``mean`` is the mean of the
    ``mean`` column of :func:`domain_scores` over all domains of the instrument; it is NaN when
    any domain has no score (a total over fewer domains is not comparable). The level follows
    the total's pct (the total has no split flag).
    """
    table = domain_scores(answers, instrument, by=by, min_group_size=min_group_size)
    n_dom = len(instrument.domains)
    means = table["mean"].to_numpy(dtype=float).reshape(-1, n_dom)
    total = means.mean(axis=1)
    first = table.iloc[::n_dom].reset_index(drop=True)
    cols = ["session"] + (["group"] if by else [])
    out = first[cols].copy()
    out["mean"] = total
    out["pct"] = instrument.pct(total)
    out["level"] = pd.array(_levels(instrument, out["pct"].to_numpy()), dtype="Int64")
    out["suppressed"] = first["suppressed"].to_numpy()
    return out


def _item_counts(m: _Matrix, inst: Instrument, keys: _Keys, include_desired: bool):
    """counts[key * I + item, c]: c = 0..3 for answers 1..4, c = 4 for "weet niet"."""
    items = [i for i in inst.all_items if include_desired or not i.desired]
    pos = {i.code: j for j, i in enumerate(inst.all_items)}
    cols = [pos[i.code] for i in items]
    n_keys, n_items, n_cat = len(keys.table), len(items), inst.scale_max - inst.scale_min + 2
    vals = m.values[:, cols]
    dk = m.dont_know[:, cols]
    answered = ~np.isnan(vals)
    cat = np.where(dk, n_cat - 1, np.nan_to_num(vals, nan=inst.scale_min) - inst.scale_min)
    flat = (keys.resp_key[:, None] * n_items + np.arange(n_items)) * n_cat + cat.astype(np.int64)
    counts = np.bincount(flat[answered | dk], minlength=n_keys * n_items * n_cat)
    return items, counts.reshape(n_keys * n_items, n_cat)


def item_scores(
    answers: pd.DataFrame,
    instrument: Instrument,
    *,
    by: str | None = None,
    min_group_size=None,
    include_desired: bool = False,
) -> pd.DataFrame:
    """Per item: n, mean, pct, median, iqr, consensus, split and "weet niet" share.

    Returns ``session, [group], domain, item, n, mean, pct, median, iqr, consensus, split,
    dont_know, suppressed``. Desired-situation items only with ``include_desired=True``.
    Agreement rules: :mod:`vsvkit.agreement`.
    """
    return _item_table(
        _matrix(answers, instrument), instrument, by, min_group_size, include_desired
    )


def _item_table(
    m: _Matrix, instrument: Instrument, by, min_group_size, include_desired: bool = False
) -> pd.DataFrame:
    keys = _keys(m, instrument, by, min_group_size)
    items, counts = _item_counts(m, instrument, keys, include_desired)
    desc = describe_counts(
        counts[:, :-1],
        scale_min=instrument.scale_min,
        split_window=instrument.split_window,
        split_share=instrument.split_share,
    )
    given = counts.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        dk_share = counts[:, -1] / given
    n_keys = len(keys.table)
    split = pd.array(desc["split"], dtype="boolean")
    split[desc["n"] == 0] = pd.NA
    out = _frame(
        keys,
        by,
        len(items),
        {
            "domain": pd.Series(np.tile([i.domain for i in items], n_keys), dtype="str"),
            "item": pd.Series(np.tile([i.code for i in items], n_keys), dtype="str"),
            "n": desc["n"].astype(np.int64),
            "mean": desc["mean"],
            "pct": instrument.pct(desc["mean"]),
            "median": desc["median"],
            "iqr": desc["iqr"],
            "consensus": desc["consensus"],
            "split": split,
            "dont_know": dk_share,
        },
    )
    return _blank(out, ("session", "group", "domain", "item"))


def item_distribution(
    answers: pd.DataFrame,
    instrument: Instrument,
    *,
    by: str | None = None,
    min_group_size=None,
    include_desired: bool = False,
) -> pd.DataFrame:
    """Answer distribution per item: one row per answer category.

    Returns ``session, [group], domain, item, answer, count, share, suppressed``. ``answer`` is
    an object column holding the ints 1..4 and the string ``"dont_know"``. The share of 1..4 is
    among the answered (1..4); the share of ``"dont_know"`` is among all answers given
    (1..4 and "weet niet"); NaN when there is no denominator. ``count`` is NA in suppressed rows.
    """
    m = _matrix(answers, instrument)
    keys = _keys(m, instrument, by, min_group_size)
    items, counts = _item_counts(m, instrument, keys, include_desired)
    n_cat = counts.shape[1]
    answered = counts[:, :-1].sum(axis=1, keepdims=True)
    given = counts.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.hstack([counts[:, :-1] / answered, counts[:, -1:] / given])
    answers_col = [inst_v for inst_v in range(instrument.scale_min, instrument.scale_max + 1)]
    answers_col.append("dont_know")
    n_keys = len(keys.table)
    out = _frame(
        keys,
        by,
        len(items) * n_cat,
        {
            "domain": pd.Series(
                np.tile(np.repeat([i.domain for i in items], n_cat), n_keys), dtype="str"
            ),
            "item": pd.Series(
                np.tile(np.repeat([i.code for i in items], n_cat), n_keys), dtype="str"
            ),
            "answer": pd.Series(answers_col * (len(items) * n_keys), dtype=object),
            "count": counts.ravel().astype(np.int64),
            "share": shares.ravel(),
        },
    )
    return _blank(out, ("session", "group", "domain", "item", "answer"))


def cronbach_alpha(answers: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """Cronbach's alpha per session and domain (internal consistency of the domain's items).

    Returns ``session, domain, alpha, n``; ``n`` is the number of respondents who answered every
    scored item of the domain (listwise deletion). alpha is NaN with fewer than 2 such
    respondents, fewer than 2 items, or zero variance of the sum score.

    Notes
    -----
    ``alpha = k / (k - 1) * (1 - sum_i var(item_i) / var(sum))`` with sample variances
    (ddof = 1; the ddof cancels). Cronbach (1951).
    """
    m = _matrix(answers, instrument)
    scored, _ = _columns(instrument)
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    rows = []
    for d, cols in enumerate(scored):
        block = m.values[:, cols]
        complete = ~np.isnan(block).any(axis=1)
        s = s_idx[complete]
        x = block[complete]
        n = np.bincount(s, minlength=n_sess).astype(float)

        def var(v: np.ndarray, s=s, n=n) -> np.ndarray:
            sx = np.bincount(s, weights=v, minlength=n_sess)
            sxx = np.bincount(s, weights=v * v, minlength=n_sess)
            with np.errstate(invalid="ignore", divide="ignore"):
                return (sxx - sx * sx / n) / (n - 1)

        k = len(cols)
        item_var = sum(var(x[:, i]) for i in range(k))
        total_var = var(x.sum(axis=1))
        with np.errstate(invalid="ignore", divide="ignore"):
            alpha = k / (k - 1) * (1 - item_var / total_var) if k > 1 else np.full(n_sess, np.nan)
        alpha = np.where((n >= 2) & (total_var > 1e-12), alpha, np.nan)
        rows.append(
            pd.DataFrame(
                {
                    "session": np.asarray(sessions, dtype=np.int64),
                    "domain": instrument.domains[d].code,
                    "alpha": alpha,
                    "n": n.astype(np.int64),
                }
            )
        )
    out = pd.concat(rows, ignore_index=True)
    out["domain"] = out["domain"].astype("str")
    order = {c: i for i, c in enumerate(instrument.domain_codes)}
    out = out.sort_values(
        ["session", "domain"], key=lambda c: c.map(order) if c.name == "domain" else c
    )
    return out.reset_index(drop=True)


from .gaps import discussion_points, group_gaps  # noqa: E402  (gaps uses the helpers above)
