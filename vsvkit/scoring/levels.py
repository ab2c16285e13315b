"""How many members' own scores lie on each level of the integration continuum.

Public through :mod:`vsvkit.scoring`; rules in its docstring. The questionnaire's side of a
vote in the room (:mod:`vsvkit.room.votes`): the room votes on a level, the questionnaire
gives each member's level.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument
from vsvkit.scoring.agreement import describe_values
from vsvkit.scoring.disclosure import disclosure
from vsvkit.scoring.matrix import Answers, respondent_domain, respondent_matrix

__all__ = ["TOTAL", "level_distribution"]

#: The ``domain`` of the rows about the total integration score.
TOTAL = "total"


def level_distribution(
    answers: Answers, instrument: Instrument, *, min_group_size=None
) -> pd.DataFrame:
    """Respondents per level, per session and domain and for the total score.

    Each respondent's domain score (the 60% rule included) is put on a level by the
    instrument's cut-offs (:meth:`~vsvkit.instrument.Instrument.level_of`); their total is
    the mean of their domain scores, only when they have a score in every domain (a total
    over fewer domains is not comparable).

    Parameters
    ----------
    answers : DataFrame or Scores
        The scoring input, any number of sessions.
    instrument : Instrument
    min_group_size : int, mapping of session -> int, or None
        Minimum group size k (None: the instrument's); never below 3.

    Returns
    -------
    DataFrame
        ``session, domain, level, n, share, consensus, suppressed``: per session the domain
        codes in the instrument's order, then :data:`TOTAL`, each with one row per level.
        ``n`` respondents on that level, ``share`` of the respondents with a score;
        ``consensus`` (the same on every row of a domain) is the Tastle & Wierman consensus
        of the respondents' scores, as in :func:`~vsvkit.scoring.domain_scores`. Whole
        sessions only: a domain with fewer than k respondents with a score is ``suppressed``
        with ``n``, ``share`` and ``consensus`` blank (NA / NaN).

    Examples
    --------
    >>> import vsvkit as vk
    >>> from vsvkit.scoring import level_distribution
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> table = level_distribution(vk.load_answers(store, [1]), store.instrument(1))
    >>> table[table["domain"] == "COO"][["level", "n"]]
       level   n
    4      1   0
    5      2  23
    6      3  17
    7      4   1
    """
    m = respondent_matrix(answers, instrument)
    _, _, score = respondent_domain(m, instrument)
    complete = ~np.isnan(score).any(axis=1)
    total = np.full(len(score), np.nan)
    total[complete] = score[complete].mean(axis=1)
    scores = np.column_stack([score, total])  # (R, D + 1)
    codes = [*instrument.domain_codes, TOTAL]
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess, n_col = len(sessions), len(codes)
    k = disclosure(m, instrument, min_group_size).k
    levels = np.array([lv.level for lv in instrument.levels])
    n_lv = len(levels)

    has = ~np.isnan(scores)
    rows, cols = np.nonzero(has)
    values = scores[rows, cols]
    key = s_idx[rows] * n_col + cols  # one group per (session, column)
    described = describe_values(
        key,
        values,
        n_sess * n_col,
        scale_min=instrument.scale_min,
        scale_max=instrument.scale_max,
        split=instrument.split,
    )
    level = instrument.level_of(instrument.pct(values)).astype(np.int64)
    where = np.searchsorted(levels, level)
    counts = np.bincount(key * n_lv + where, minlength=n_sess * n_col * n_lv)
    n = described["n"].astype(np.int64)  # per (session, column)
    hidden = n < np.repeat(k, n_col)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = counts / np.repeat(n, n_lv)
    hidden_rows = np.repeat(hidden, n_lv)
    return pd.DataFrame(
        {
            "session": np.repeat(np.asarray(sessions, dtype=np.int64), n_col * n_lv),
            "domain": pd.Series(np.tile(np.repeat(codes, n_lv), n_sess), dtype="str"),
            "level": np.tile(levels, n_sess * n_col),
            "n": pd.arrays.IntegerArray(np.where(hidden_rows, 0, counts), hidden_rows),
            "share": np.where(hidden_rows, np.nan, share),
            "consensus": np.where(hidden_rows, np.nan, np.repeat(described["consensus"], n_lv)),
            "suppressed": hidden_rows,
        }
    )
