"""Domain figures: each respondent's domain scores, the domain and total scores of a session
or group, and the internal consistency (Cronbach's alpha) of each domain.

Public through :mod:`vsvkit.scoring`; rules in its docstring.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument
from vsvkit.scoring.disclosure import disclosure
from vsvkit.scoring.matrix import Answers, item_columns, respondent_domain, respondent_matrix
from vsvkit.scoring.tables import domain_table, levels_of, nullable_int

__all__ = ["respondent_scores", "domain_scores", "total_score", "cronbach_alpha"]


def respondent_scores(answers: Answers, instrument: Instrument) -> pd.DataFrame:
    """Each respondent's domain scores (individual level: for computing, never to be shown).

    Returns
    -------
    DataFrame
        ``session, respondent, profession, echelon, domain, n_items, n_answered, n_dont_know,
        score, pct``; ``score`` is NaN when fewer than ``min_answered_share`` of the items are
        answered.
    """
    m = respondent_matrix(answers, instrument)
    n_ans, n_dk, score = respondent_domain(m, instrument)
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
    answers: Answers, instrument: Instrument, *, by: str | None = None, min_group_size=None
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
    >>> scores = vk.domain_scores(answers, store.instrument(1), by="profession")
    >>> scores.query("group == 'GYN'")[["group", "domain", "n", "pct"]].round(1).head(3)
       group domain  n   pct
    12   GYN    CLI  6  51.1
    13   GYN    COO  6  51.9
    14   GYN    ORG  6  42.5
    """
    return domain_table(respondent_matrix(answers, instrument), instrument, by, min_group_size)


def total_score(
    answers: Answers, instrument: Instrument, *, by: str | None = None, min_group_size=None
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
    >>> vk.total_score(answers, store.instrument_for([1, 2]))[["session", "pct", "level"]].round(1)
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
    out["level"] = nullable_int(levels_of(instrument, out["pct"].to_numpy()))
    hidden = table["suppressed"].to_numpy(dtype=bool).reshape(-1, n_dom)
    out["suppressed"] = np.asarray(hidden.any(axis=1), dtype=bool)
    reasons = table["reason"].to_numpy(dtype=object).reshape(-1, n_dom)
    out["reason"] = pd.Series(
        [next((r for r in row if isinstance(r, str)), None) for row in reasons], dtype="str"
    )
    return out


def cronbach_alpha(
    answers: Answers, instrument: Instrument, *, min_group_size=None
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
    >>> vk.cronbach_alpha(answers, store.instrument(1))[["domain", "alpha"]].round(2).head(3)
      domain  alpha
    0    CLI   0.74
    1    COO   0.70
    2    ORG   0.69
    """
    m = respondent_matrix(answers, instrument)
    scored, _ = item_columns(instrument)
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    k_s = disclosure(m, instrument, min_group_size).k
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
