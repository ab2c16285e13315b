"""The mirror ("spiegel") of one session: every table the app and the report show.

A :class:`Mirror` is computed once per session and subset, by the core, and handed to the
widgets and the report notebook, which only format and draw it. All group-level tables in it
have gone through :mod:`vsvkit.privacy`; the respondent-level answers are not part of it.

Examples
--------
>>> from vsvkit.store import Store
>>> mirror = build_mirror(Store("demo.sqlite"), 1)  # doctest: +SKIP
>>> mirror.domain_scores[["domain", "pct", "level"]]  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import scoring
from .errors import VsvkitError
from .instrument import Instrument, load_instrument
from .privacy import MERGED_GROUP, can_show_group, group_sizes, visible_groups

__all__ = ["Mirror", "build_mirror", "subset_options", "GROUPINGS", "PrivacyError"]

#: The groupings a trainer may filter or break down by.
GROUPINGS = ("profession", "echelon")


class PrivacyError(VsvkitError):
    """A view was asked for a group smaller than the minimum group size."""


@dataclass(frozen=True)
class Mirror:
    """Scores of one session (optionally of one visible group), ready to show.

    Attributes
    ----------
    session : Session
        The stored session record (vsv, date, wave, ...).
    instrument : Instrument
    k : int
        Minimum group size in force.
    subset : tuple[str, str] | None
        ``(grouping, group)`` when the view is filtered to one group, else None.
    n_respondents : int
        Respondents in the view.
    domain_scores, total, item_scores, item_distribution : DataFrame
        As in :mod:`vsvkit.scoring` (whole view).
    by_group : dict[str, DataFrame]
        ``domain_scores(..., by=grouping)`` per grouping, suppressed groups marked.
    gaps : dict[str, DataFrame]
        ``group_gaps`` per grouping.
    group_sizes : dict[str, DataFrame]
        ``visible_groups`` per grouping, for response counts (n of suppressed groups must not be
        shown; use :meth:`response_counts`).
    discussion_points : DataFrame
    alpha : DataFrame
        Cronbach's alpha per domain.
    remarks : DataFrame
        Anonymous free-text remarks (domain, text); empty in a filtered view, whose writers
        would be narrowed down to one group.
    """

    session: object
    instrument: Instrument
    k: int
    subset: tuple[str, str] | None
    n_respondents: int
    domain_scores: pd.DataFrame
    total: pd.DataFrame
    item_scores: pd.DataFrame
    item_distribution: pd.DataFrame
    by_group: dict
    gaps: dict
    group_sizes: dict
    discussion_points: pd.DataFrame
    alpha: pd.DataFrame
    remarks: pd.DataFrame

    def response_counts(self, grouping: str = "profession") -> pd.DataFrame:
        """Respondents per shown group (``group``, ``n``); suppressed groups merged or left out."""
        sizes = self.group_sizes[grouping]
        shown = sizes[~sizes["suppressed"]][["group", "n"]]
        merged = sizes[sizes["shown_as"] == MERGED_GROUP]
        if len(merged):
            shown = pd.concat(
                [shown, pd.DataFrame({"group": [MERGED_GROUP], "n": [int(merged["n"].sum())]})],
                ignore_index=True,
            )
        return shown.sort_values("n", ascending=False, kind="stable").reset_index(drop=True)


def subset_options(
    answers: pd.DataFrame, k: int, instrument: Instrument | None = None
) -> list[tuple[str, str, bool]]:
    """Every group a view could be filtered to: ``(grouping, group, allowed)``.

    ``allowed`` is False for groups below the minimum size (or hidden by complementary
    suppression); the app lists them so that a trainer sees why they cannot be chosen.
    """
    instrument = instrument or load_instrument()
    out = []
    for grouping in GROUPINGS:
        sizes = group_sizes(answers, grouping, instrument)
        for group in sizes.index:
            out.append((grouping, str(group), can_show_group(sizes, str(group), k)))
    return out


def build_mirror(
    store,
    session_id: int,
    *,
    instrument: Instrument | None = None,
    subset: tuple[str, str] | None = None,
    answers: pd.DataFrame | None = None,
    min_group_size: int | None = None,
) -> Mirror:
    """Compute the mirror of a stored session, optionally filtered to one visible group.

    Parameters
    ----------
    store : Store
    session_id : int
    instrument : Instrument, optional
        Defaults to the bundled integratiemeter.
    subset : (grouping, group), optional
        Filter to one profession or echelon. Refused with :class:`PrivacyError` when the group
        may not be shown on its own.
    answers : DataFrame, optional
        The session's answers when the caller already has them (saves a database read).
    min_group_size : int, optional
        Minimum group size for this view; by default the session's (else the instrument's).
        Never below 3.
    """
    instrument = instrument or load_instrument()
    session = store.session(session_id)
    k = instrument.effective_min_group_size(
        min_group_size if min_group_size is not None else session.min_group_size
    )
    if answers is None:
        answers = store.answers([session_id], instrument=instrument)
    remarks = store.remarks(session_id)
    if subset is not None:
        grouping, group = subset
        if grouping not in GROUPINGS or not can_show_group(
            group_sizes(answers, grouping, instrument), group, k
        ):
            raise PrivacyError(
                f"group {group!r} ({grouping}) has fewer than {k} respondents and cannot be shown"
            )
        answers = answers[answers[grouping] == group]
        remarks = remarks.iloc[0:0]

    scores = scoring.Scores(answers, instrument, min_group_size=k)
    return Mirror(
        session=session,
        instrument=instrument,
        k=k,
        subset=subset,
        n_respondents=int(answers["respondent"].nunique()),
        domain_scores=scores.domain_scores(),
        total=scores.total_score(),
        item_scores=scores.item_scores(),
        item_distribution=scores.item_distribution(),
        by_group={g: scores.domain_scores(by=g) for g in GROUPINGS},
        gaps={g: scores.group_gaps(by=g) for g in GROUPINGS},
        group_sizes={g: visible_groups(group_sizes(answers, g, instrument), k) for g in GROUPINGS},
        discussion_points=scores.discussion_points(),
        alpha=scores.cronbach_alpha(),
        remarks=remarks.reset_index(drop=True),
    )
