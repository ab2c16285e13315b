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
  is split or has no scores. Agreement figures: see :mod:`vsvkit.scoring.agreement`.
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

import numpy as np
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.privacy import MERGED_CODES, STATUSES
from vsvkit.scoring.gaps import discussion_points, discussion_points_of, group_gaps
from vsvkit.scoring.matrix import (
    CONTEXTS,
    SCORING_COLUMNS,
    _codes,
    _columns,
    _disclosure,
    _hidden_rows,
    _keys,
    _matrix,
    _members,
    _Prepared,
    _respondent_domain,
)
from vsvkit.scoring.tables import (
    _domain_table,
    _frame,
    _item_counts,
    _item_table,
    _levels,
    _nullable_int,
)

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
    "group_status",
    "group_gaps",
    "discussion_points",
    "discussion_points_of",
]

log = logging.getLogger(__name__)


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


# -- public score tables ---------------------------------------------------------------------


class Scores(_Prepared):
    """A set of answers prepared once for several score tables.

    Every public function of this module accepts a ``Scores`` in place of the answers frame;
    the respondents x items matrix, group keys and domain tables are then computed once and
    reused (what the app and national runs do).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> s = Scores(vk.load_answers(store, [1]), vk.load_instrument())
    >>> by_profession, gaps = s.domain_scores(by="profession"), s.group_gaps()
    >>> len(gaps)
    6
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
        return cronbach_alpha(self, self.instrument, **self._kw())

    def group_status(self, *, by: str = "profession") -> pd.DataFrame:
        return group_status(self, self.instrument, by=by, **self._kw())

    def shown_sets(self, contexts=CONTEXTS):
        """Every set of respondents shown, per session and context (for vsvkit.privacy.audit).

        Yields ``(session, context, k, {set name: respondent ids})``; set names are ``total``
        and ``<grouping>:<group code>``.
        """
        yield from _shown_sets(self._matrix, self.instrument, self.min_group_size, contexts)

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

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> answers = vk.load_answers(store, [1])
    >>> scores = vk.domain_scores(answers, vk.load_instrument(), by="profession")
    >>> scores.query("group == 'GYN'")[["group", "domain", "n", "pct"]].round(1).head(3)
       group domain  n   pct
    12   GYN    CLI  6  51.1
    13   GYN    COO  6  51.9
    14   GYN    ORG  6  42.5
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

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> answers = vk.load_answers(store, [1, 2])
    >>> vk.total_score(answers, vk.load_instrument())[["session", "pct", "level"]].round(1)
       session   pct  level
    0        1  48.0      2
    1        2  53.1      3
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
    out["level"] = _nullable_int(_levels(instrument, out["pct"].to_numpy()))
    hidden = table["suppressed"].to_numpy(dtype=bool).reshape(-1, n_dom)
    out["suppressed"] = hidden.any(axis=1)
    reasons = table["reason"].to_numpy(dtype=object).reshape(-1, n_dom)
    out["reason"] = pd.Series(
        [next((r for r in row if isinstance(r, str)), None) for row in reasons], dtype="str"
    )
    return out


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
    Agreement rules: :mod:`vsvkit.scoring.agreement`.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> answers = vk.load_answers(store, [1])
    >>> vk.item_scores(answers, vk.load_instrument())[["item", "n", "pct"]].round(1).head(3)
       item   n   pct
    0  CLI1  41  60.2
    1  CLI2  42  50.8
    2  CLI3  40  53.3
    """
    return _item_table(
        _matrix(answers, instrument), instrument, by, min_group_size, include_desired
    )


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
    items, counts, cols = _item_counts(m, instrument, keys, include_desired)
    n_cat = counts.shape[1]
    status = _hidden_rows(m, instrument, keys, "item", min_group_size)[:, cols]
    answered = counts[:, :-1].sum(axis=1, keepdims=True)
    given = counts.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.hstack([counts[:, :-1] / answered, counts[:, -1:] / given])
    answers_col = [inst_v for inst_v in range(instrument.scale_min, instrument.scale_max + 1)]
    answers_col.append("dont_know")
    n_keys = len(keys.table)
    return _frame(
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
        ("session", "group", "domain", "item", "answer"),
        np.repeat(status.ravel(), n_cat),
    )


def cronbach_alpha(
    answers: pd.DataFrame, instrument: Instrument, *, min_group_size=None
) -> pd.DataFrame:
    """Cronbach's alpha per session and domain (internal consistency of the domain's items).

    Returns ``session, domain, alpha, n, suppressed``; ``n`` is the number of respondents who
    answered every scored item of the domain (listwise deletion). alpha is NaN with fewer than
    2 such respondents, fewer than 2 items, or zero variance of the sum score. alpha is a
    figure of those respondents: with fewer than the minimum group size k of them it is not
    shown (``suppressed``, alpha NaN; ``n`` stays, a count of the whole session's members).

    Notes
    -----
    ``alpha = k / (k - 1) * (1 - sum_i var(item_i) / var(sum))`` with sample variances
    (ddof = 1; the ddof cancels). Cronbach (1951).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> answers = vk.load_answers(store, [1])
    >>> vk.cronbach_alpha(answers, vk.load_instrument())[["domain", "alpha"]].round(2).head(3)
      domain  alpha
    0    CLI   0.74
    1    COO   0.70
    2    ORG   0.69
    """
    m = _matrix(answers, instrument)
    scored, _ = _columns(instrument)
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    k_s = _disclosure(m, instrument, min_group_size).k
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
                    "alpha": np.where(n >= k_s, alpha, np.nan),
                    "n": n.astype(np.int64),
                    "suppressed": n < k_s,
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


def group_status(
    answers: pd.DataFrame, instrument: Instrument, *, by: str = "profession", min_group_size=None
) -> pd.DataFrame:
    """What the privacy decision says about each group of each session (respondents counted).

    Returns
    -------
    DataFrame
        ``session, group, n, status, shown_as``: one row per group with respondents, in the
        instrument's order. ``status`` is one of :data:`vsvkit.privacy.STATUSES` ("shown",
        "merged", "too_few", "protected"); ``shown_as`` is the group itself, the merged code
        (``OV_MERGED`` / ``OV_ECHELONS``) or NA. ``n`` is the true size: for deciding and for
        the group's own row when shown; never to be shown for a group that is not.
    """
    if by not in MERGED_CODES:
        raise VsvkitError(f"by must be 'profession' or 'echelon', got {by!r}")
    m = _matrix(answers, instrument)
    disc = _disclosure(m, instrument, min_group_size)
    _, codes = _codes(m, instrument, by)
    _, sessions = pd.factorize(m.session, sort=True)
    sizes = disc.people.sum(axis=2 if by == "profession" else 1)
    s_idx, g_idx = np.nonzero(disc.status[by] >= 0)
    status = disc.status[by][s_idx, g_idx]
    names = np.array(STATUSES, dtype=object)[status]
    shown_as = np.where(
        status == 0,
        np.array(codes, dtype=object)[g_idx],
        np.where(status == 1, MERGED_CODES[by], None),
    )
    return pd.DataFrame(
        {
            "session": np.asarray(sessions, dtype=np.int64)[s_idx],
            "group": pd.Series(np.array(codes, dtype=object)[g_idx], dtype="str"),
            "n": sizes[s_idx, g_idx].astype(np.int64),
            "status": pd.Series(names, dtype="str"),
            "shown_as": pd.Series(shown_as, dtype="str"),
        }
    )


def _shown_sets(m, inst: Instrument, min_group_size, contexts):
    disc = _disclosure(m, inst, min_group_size)
    _, sessions = pd.factorize(m.session, sort=True)
    lay = disc.layout
    prof_codes = _codes(m, inst, "profession")[1]
    ech_codes = _codes(m, inst, "echelon")[1]
    names = (
        ["total"]
        + [f"profession:{c}" for c in prof_codes]
        + [f"profession:{MERGED_CODES['profession']}"]
        + [f"echelon:{c}" for c in ech_codes]
        + [f"echelon:{MERGED_CODES['echelon']}"]
    )
    for family in contexts:
        labels, member = _members(m, inst, family)
        hidden = ~disc.active[:, None, :] if family == "people" else disc.hidden(family, member)
        for s, session in enumerate(sessions):
            rows = np.flatnonzero(disc.session == s)
            p_set, e_set = lay.positions(disc.merged_prof[s], disc.merged_ech[s])
            p_of, e_of = np.asarray(p_set)[disc.prof[rows]], np.asarray(e_set)[disc.ech[rows]]
            sets_ = np.arange(lay.n_sets)[:, None]
            covers = (sets_ == 0) | (p_of == sets_) | (e_of == sets_)  # (sets, session's R)
            for c, label in enumerate(labels):
                here = member[rows, c]
                sets = {
                    names[j]: m.respondent[rows[covers[j] & here]]
                    for j in np.flatnonzero(~hidden[s, c])
                }
                yield int(session), f"{family}:{label}", int(disc.k[s]), sets
