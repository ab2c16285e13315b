"""Item figures: scores, agreement and the answer distribution per item.

Public through :mod:`vsvkit.scoring`; rules in its docstring.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument
from vsvkit.scoring.disclosure import hidden_rows, output_keys
from vsvkit.scoring.matrix import Answers, respondent_matrix
from vsvkit.scoring.tables import item_counts, item_table, output_frame

__all__ = ["item_scores", "item_distribution"]


def item_scores(
    answers: Answers,
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
    >>> vk.item_scores(answers, store.instrument(1))[["item", "n", "pct"]].round(1).head(3)
       item   n   pct
    0  CLI1  41  60.2
    1  CLI2  42  50.8
    2  CLI3  40  53.3
    """
    return item_table(
        respondent_matrix(answers, instrument), instrument, by, min_group_size, include_desired
    )


def item_distribution(
    answers: Answers,
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
    m = respondent_matrix(answers, instrument)
    keys = output_keys(m, instrument, by, min_group_size)
    items, counts, cols = item_counts(m, instrument, keys, include_desired)
    n_cat = counts.shape[1]
    status = hidden_rows(m, instrument, keys, "item", min_group_size)[:, cols]
    answered = counts[:, :-1].sum(axis=1, keepdims=True)
    given = counts.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.hstack([counts[:, :-1] / answered, counts[:, -1:] / given])
    answers_col: list[int | str] = [
        inst_v for inst_v in range(instrument.scale_min, instrument.scale_max + 1)
    ]
    answers_col.append("dont_know")
    n_keys = len(keys.table)
    return output_frame(
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
