"""The mirror ("spiegel") of one session: every table the app and the report show.

A :class:`Mirror` is computed once per session and subset, by the core, and handed to the
widgets and the report notebook, which only format and draw it. All group-level tables in it
have gone through :mod:`vsvkit.privacy`; the respondent-level answers are not part of it.

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")
>>> ids = vk.load_demo(store)
>>> mirror = vk.build_mirror(store, 1)
>>> mirror.domain_scores[["domain", "pct", "level"]].round(1).head(2)
  domain   pct  level
0    CLI  52.6      3
1    COO  48.3      2
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from vsvkit import scoring
from vsvkit.errors import PrivacyError
from vsvkit.instrument import Instrument
from vsvkit.privacy import GROUPINGS, MERGED_CODES
from vsvkit.sessions import session_instrument

__all__ = ["Mirror", "build_mirror", "filter_options", "GROUPINGS", "PrivacyError"]


@dataclass(frozen=True)
class Mirror:
    """Scores of one session (optionally of one shown group), ready to show.

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
        As in :mod:`vsvkit.scoring` (whole view). In a filtered view these are the group's
        rows of the session's per-group tables, so every figure is one the session's privacy
        decision shows.
    by_group : dict[str, DataFrame]
        ``domain_scores(..., by=grouping)`` per grouping, groups not shown marked. Empty in a
        filtered view (a breakdown inside a group would show sets nobody audited).
    gaps : dict[str, DataFrame]
        ``group_gaps`` per grouping (empty in a filtered view).
    groups : dict[str, DataFrame]
        ``scoring.group_status`` per grouping (``n`` of a group not shown must not be shown:
        use :meth:`response_counts`).
    discussion_points : DataFrame
    alpha : DataFrame
        Cronbach's alpha per domain (whole session only).
    remarks : DataFrame
        Anonymous free-text remarks (domain, text); empty in a filtered view, whose writers
        would be narrowed down to one group.
    level_distribution : DataFrame
        How many members' own domain (and total) scores lie on each level
        (:func:`vsvkit.scoring.level_distribution`, the questionnaire's side of a vote in the
        room); whole session only, empty in a filtered view.
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
    groups: dict
    discussion_points: pd.DataFrame
    alpha: pd.DataFrame
    remarks: pd.DataFrame
    level_distribution: pd.DataFrame

    def response_counts(self, grouping: str = "profession") -> pd.DataFrame:
        """Respondents per shown group (``group``, ``n``): groups shown on their own and the
        merged group; groups not shown are left out."""
        g = self.groups[grouping]
        shown = g.loc[g["status"] == "shown", ["group", "n"]]
        merged = g[g["status"] == "merged"]
        if len(merged):
            extra = pd.DataFrame({"group": [MERGED_CODES[grouping]], "n": [int(merged["n"].sum())]})
            shown = pd.concat([shown, extra], ignore_index=True)
        return shown.sort_values("n", ascending=False, kind="stable").reset_index(drop=True)


def filter_options(groups: dict[str, pd.DataFrame]) -> list[tuple[str, str, str]]:
    """Every group of a session with what the privacy decision says: ``(grouping, group,
    status)``.

    ``groups`` is :attr:`Mirror.groups` (``scoring.group_status`` per grouping). ``status`` is
    "shown", "merged", "too_few" or "protected"; a merged group that is shown follows its
    grouping's groups as ``(grouping, OV_..., "shown")``. Only "shown" entries may be offered
    as a filter.
    """
    out: list[tuple[str, str, str]] = []
    for grouping in GROUPINGS:
        table = groups[grouping]
        out.extend((grouping, g, st) for g, st in zip(table["group"], table["status"]))
        if (table["status"] == "merged").any():  # members keep "merged" only while it is shown
            out.append((grouping, MERGED_CODES[grouping], "shown"))
    return out


def _rows_of(table: pd.DataFrame, group: str) -> pd.DataFrame:
    return table[table["group"] == group].drop(columns="group").reset_index(drop=True)


def build_mirror(
    store,
    session_id: int,
    *,
    instrument: Instrument | None = None,
    subset: tuple[str, str] | None = None,
    answers: pd.DataFrame | None = None,
    min_group_size: int | None = None,
) -> Mirror:
    """Compute the mirror of a stored session, optionally filtered to one shown group.

    Parameters
    ----------
    store : Store
    session_id : int
    instrument : Instrument, optional
        The instrument the session was answered with, which is the default (kept in the
        store); another one is refused with a StoreError.
    subset : (grouping, group), optional
        Filter to one profession, echelon or merged group. Refused with
        :class:`PrivacyError` when the session's privacy decision does not show that group.
    answers : DataFrame, optional
        The session's answers when the caller already has them (saves a database read).
    min_group_size : int, optional
        Minimum group size for this view; by default the session's (else the instrument's).
        Never below 3.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> mirror = vk.build_mirror(store, 1)
    >>> mirror.n_respondents, mirror.k
    (42, 5)
    >>> vk.build_mirror(store, 1, subset=("profession", "GYN")).n_respondents
    6
    """
    instrument = session_instrument(store, session_id, instrument)
    session = store.session(session_id)
    k = instrument.effective_min_group_size(
        min_group_size if min_group_size is not None else session.min_group_size
    )
    if answers is None:
        answers = store.answers([session_id], instrument=instrument)
    remarks = store.remarks(session_id)
    scores = scoring.Scores(answers, instrument, min_group_size=k)
    groups = {g: scores.group_status(by=g) for g in GROUPINGS}
    common = dict(session=session, instrument=instrument, k=k, subset=subset, groups=groups)
    if subset is None:
        return Mirror(
            **common,
            n_respondents=int(answers["respondent"].nunique()),
            domain_scores=scores.domain_scores(),
            total=scores.total_score(),
            item_scores=scores.item_scores(),
            item_distribution=scores.item_distribution(),
            by_group={g: scores.domain_scores(by=g) for g in GROUPINGS},
            gaps={g: scores.group_gaps(by=g) for g in GROUPINGS},
            discussion_points=scores.discussion_points(),
            alpha=scores.cronbach_alpha(),
            remarks=remarks.reset_index(drop=True),
            level_distribution=scores.level_distribution(),
        )

    grouping, group = subset
    if (grouping, group, "shown") not in filter_options(groups):
        # a grouping of GROUPINGS is named in the user's language, anything else as given
        named = {"grouping_key": grouping} if grouping in GROUPINGS else {"grouping": grouping}
        raise PrivacyError(key="privacy_group_not_shown", group=group, k=k, **named)
    status = groups[grouping]
    if group == MERGED_CODES[grouping]:
        n = int(status.loc[status["status"] == "merged", "n"].sum())
    else:
        n = int(status.loc[status["group"] == group, "n"].iloc[0])
    by_group = scores.domain_scores(by=grouping)
    domain = _rows_of(by_group, group)
    items = _rows_of(scores.item_scores(by=grouping), group)
    # no breakdown inside a filter: empty tables of the right shape (from this grouping's,
    # already computed, so the other grouping is not scored for nothing)
    no_gaps = scores.group_gaps(by=grouping).iloc[0:0]
    return Mirror(
        **common,
        n_respondents=n,
        domain_scores=domain,
        total=_rows_of(scores.total_score(by=grouping), group),
        item_scores=items,
        item_distribution=_rows_of(scores.item_distribution(by=grouping), group),
        by_group={g: by_group.iloc[0:0] for g in GROUPINGS},
        gaps={g: no_gaps for g in GROUPINGS},
        discussion_points=scoring.discussion_points_of(domain, items, instrument),
        alpha=scores.cronbach_alpha().iloc[0:0],
        remarks=remarks.iloc[0:0].reset_index(drop=True),
        level_distribution=scores.level_distribution().iloc[0:0],
    )
