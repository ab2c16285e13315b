"""What the privacy decision says per group, and every set of respondents a figure shows.

Public through :mod:`vsvkit.scoring` (:func:`group_status`, :meth:`Scores.shown_sets`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.privacy import MERGED_CODES, STATUSES
from vsvkit.scoring.disclosure import CONTEXTS, context_members, disclosure, group_codes
from vsvkit.scoring.matrix import Answers, respondent_matrix

__all__ = ["group_status", "shown_sets"]


def group_status(
    answers: Answers, instrument: Instrument, *, by: str = "profession", min_group_size=None
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
    m = respondent_matrix(answers, instrument)
    disc = disclosure(m, instrument, min_group_size)
    _, codes = group_codes(m, instrument, by)
    _, sessions = pd.factorize(m.session, sort=True)
    sizes = disc.people.sum(axis=2 if by == "profession" else 1)
    s_idx, g_idx = np.nonzero(disc.status[by] >= 0)
    status = disc.status[by][s_idx, g_idx]
    names = np.array(STATUSES, dtype=object)[status]
    shown_as = np.where(
        status == 0,
        np.array(codes, dtype=object)[g_idx],
        np.where(status == 1, np.array(MERGED_CODES[by], dtype=object), np.array(None)),
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


def shown_sets(answers: Answers, instrument: Instrument, *, min_group_size=None, contexts=CONTEXTS):
    """Every set of respondents shown, per session and context (for :mod:`vsvkit.privacy.audit`).

    Yields ``(session, context, k, {set name: respondent ids})``; set names are ``total`` and
    ``<grouping>:<group code>``; contexts are ``<family>:<name>`` of the families ``contexts``.
    """
    inst = instrument
    m = respondent_matrix(answers, inst)
    disc = disclosure(m, inst, min_group_size)
    _, sessions = pd.factorize(m.session, sort=True)
    lay = disc.layout
    prof_codes = group_codes(m, inst, "profession")[1]
    ech_codes = group_codes(m, inst, "echelon")[1]
    names = (
        ["total"]
        + [f"profession:{c}" for c in prof_codes]
        + [f"profession:{MERGED_CODES['profession']}"]
        + [f"echelon:{c}" for c in ech_codes]
        + [f"echelon:{MERGED_CODES['echelon']}"]
    )
    for family in contexts:
        labels, member = context_members(m, inst, family)
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
