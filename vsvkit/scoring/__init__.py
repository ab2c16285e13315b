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
from vsvkit.scoring.disclosure import CONTEXTS
from vsvkit.scoring.domains import cronbach_alpha, domain_scores, respondent_scores, total_score
from vsvkit.scoring.gaps import (
    DONT_KNOW_MIN,
    discussion_points,
    discussion_points_of,
    group_gaps,
    high_dont_know,
)
from vsvkit.scoring.groups import group_status, shown_sets
from vsvkit.scoring.items import item_distribution, item_scores
from vsvkit.scoring.levels import TOTAL, level_distribution
from vsvkit.scoring.matrix import SCORING_COLUMNS, Prepared, respondent_matrix

__all__ = [
    "SCORING_COLUMNS",
    "Scores",
    "prepare",
    "respondent_scores",
    "domain_scores",
    "total_score",
    "item_distribution",
    "item_scores",
    "level_distribution",
    "TOTAL",
    "cronbach_alpha",
    "group_status",
    "group_gaps",
    "discussion_points",
    "discussion_points_of",
    "DONT_KNOW_MIN",
    "high_dont_know",
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
        raise VsvkitError(key="scores_unknown_respondents", source=source, ids=unknown_resp[:5])
    info = {i.code: (i.domain, i.desired) for i in instrument.all_items}
    unknown = sorted(set(answers["item"].astype(str)) - set(info))
    if unknown:
        raise VsvkitError(
            key="scores_unknown_items",
            source=source,
            items=unknown[:5],
            instrument=instrument.name,
            version=instrument.version,
            allowed=", ".join(info),
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


class Scores(Prepared):
    """A set of answers prepared once for several score tables.

    Every public function of this module accepts a ``Scores`` in place of the answers frame;
    the respondents x items matrix, group keys and domain tables are then computed once and
    reused (what the app and national runs do).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> s = Scores(vk.load_answers(store, [1]), store.instrument(1))
    >>> by_profession, gaps = s.domain_scores(by="profession"), s.group_gaps()
    >>> len(gaps)
    6
    """

    def __init__(
        self, answers: pd.DataFrame | Prepared, instrument: Instrument, *, min_group_size=None
    ):
        super().__init__(answers, instrument)
        self.min_group_size = min_group_size

    def _kw(self) -> dict:
        return {"min_group_size": self.min_group_size}

    def answer_values(self, *, include_desired: bool = False) -> np.ndarray:
        """The answers as a respondents x items array (for computing, never to be shown).

        Rows are the respondents sorted by session and respondent; columns the instrument's
        scored items in questionnaire order (all items with ``include_desired``). Values
        1..4, NaN when not answered ("weet niet" or blank).
        """
        keep = [
            j for j, i in enumerate(self.instrument.all_items) if include_desired or not i.desired
        ]
        return respondent_matrix(self, self.instrument).values[:, keep]

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

    def level_distribution(self) -> pd.DataFrame:
        return level_distribution(self, self.instrument, **self._kw())

    def group_status(self, *, by: str = "profession") -> pd.DataFrame:
        return group_status(self, self.instrument, by=by, **self._kw())

    def shown_sets(self, contexts=CONTEXTS):
        """Every set of respondents shown, per session and context (for vsvkit.privacy.audit).

        Yields ``(session, context, k, {set name: respondent ids})``; set names are ``total``
        and ``<grouping>:<group code>``.
        """
        yield from shown_sets(
            self, self.instrument, min_group_size=self.min_group_size, contexts=contexts
        )

    def group_gaps(self, *, by: str = "profession") -> pd.DataFrame:
        return group_gaps(self, self.instrument, by=by, **self._kw())

    def discussion_points(self, **kwargs) -> pd.DataFrame:
        return discussion_points(self, self.instrument, **self._kw(), **kwargs)
