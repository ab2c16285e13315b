"""A session compared with the previous one: every table the comparison views show.

A :class:`Comparison` is computed once per pair of sessions, by the core, and handed to the
app's comparison page and to the report's comparison section, which only format and draw it
(as a :class:`~vsvkit.mirror.Mirror` is for one session). One minimum group size applies to
both waves (:func:`comparison_k`), and a domain that either wave does not show is not
compared. The change in points and its bootstrap interval are those of
:func:`vsvkit.change.domain_change`. Each session is read with the instrument it was answered
with; when the two differ in their statements, both waves are scored on the statements they
share (the later version's, :meth:`~vsvkit.instrument.Instrument.shared_with`), and the
comparison says so (:attr:`Comparison.shared_only`).

Examples
--------
>>> from vsvkit.store import Store
>>> comparison = compare_sessions(Store("demo.sqlite"), 2, 1)  # doctest: +SKIP
>>> comparison.change[["domain", "before_pct", "after_pct", "change"]]  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from vsvkit import scoring
from vsvkit.change import SMALL_SAMPLE, domain_change, participation
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.sessions import session_instrument

if TYPE_CHECKING:
    from vsvkit.store import Session

__all__ = ["Comparison", "compare_sessions", "comparison_k", "WAVES", "NOT_SHOWN_COLUMNS"]

#: The two waves of a comparison as its tables name them: the earlier session, then the later.
WAVES = ("before", "after")
#: Columns of :attr:`Comparison.not_shown`, in order.
NOT_SHOWN_COLUMNS = ("wave", "domain", "reason")


@dataclass(frozen=True)
class Comparison:
    """A session against the previous one of the same VSV, ready to show.

    Attributes
    ----------
    session : Session
        The later session (the one on screen or reported; "nu").
    previous : Session
        The earlier session ("vorige meting").
    instrument : Instrument
        What both waves are scored with: the later session's instrument, restricted to the
        statements the earlier one asks as well when they differ.
    k : int
        The one minimum group size of both waves (:func:`comparison_k`).
    scores : DataFrame
        Both waves' ``scoring.domain_scores`` at ``k`` stacked, the earlier wave first, with
        ``wave`` ("before" / "after", :data:`WAVES`) and ``change``: the domain's change in
        percentage points from :attr:`change`, on both of its rows (NaN when the domain is not
        compared). What :func:`vsvkit.plots.plot_change` draws.
    change : DataFrame
        :func:`vsvkit.change.domain_change` of the two waves at ``k``: per domain the score of
        each wave, ``change`` in points, the bootstrap interval ``ci_low``/``ci_high``,
        ``small_sample`` and ``suppressed`` (not compared).
    participation : DataFrame
        :func:`vsvkit.change.participation` at ``k``: the professions of each wave, groups
        not shown by name only.
    not_shown : DataFrame
        ``wave, domain, reason``: each domain whose figure a wave does not show, and why
        (``too_few``, ``protected``, or ``no_data`` when nobody has a score). Such a domain is
        not compared: its change and interval are NaN.
    n_boot, seed, confidence
        The bootstrap interval's resamples, seed and coverage.
    min_n : int
        Fewer respondents with a domain score than this in either wave: no interval, a
        small-sample note instead (:data:`vsvkit.change.SMALL_SAMPLE`).
    shared_only : bool
        True when the sessions were answered with questionnaires that differ in their
        statements: both waves are scored on the :attr:`statements_compared` statements they
        share, so a wave's scores here may differ from its own session's.
    statements_compared : int
        The statements (scored items) both waves are scored on.
    versions : (str, str)
        The instrument versions of the earlier and the later session.
    """

    session: Session
    previous: Session
    instrument: Instrument
    k: int
    scores: pd.DataFrame
    change: pd.DataFrame
    participation: pd.DataFrame
    not_shown: pd.DataFrame
    n_boot: int
    seed: int
    confidence: float
    min_n: int
    shared_only: bool = False
    statements_compared: int = 0
    versions: tuple[str, str] = ("", "")

    def wave_scores(self, wave: str) -> pd.DataFrame:
        """The domain scores of one wave ("before" or "after"), one row per domain."""
        if wave not in WAVES:
            raise VsvkitError(f"wave must be one of {list(WAVES)}, got {wave!r}")
        rows = self.scores[self.scores["wave"] == wave]
        return rows.reset_index(drop=True)


def comparison_k(
    session, previous, instrument: Instrument, min_group_size: int | None = None
) -> int:
    """The minimum group size of a comparison: the larger (stricter) of both sessions' k.

    Parameters
    ----------
    session, previous : Session
        The later and the earlier session; each carries the k it was imported with (None: the
        instrument's).
    instrument : Instrument
    min_group_size : int, optional
        Replaces the later session's own k, as in :func:`vsvkit.mirror.build_mirror` (a report
        made with another k); the earlier session's k still applies.

    Returns
    -------
    int
        ``max(k_later, k_earlier)``, each never below 3.

    Notes
    -----
    When the two sessions were imported with different minimum group sizes, both waves are
    scored with the larger one. A group or domain that either session's own rule hides is then
    hidden in both waves: no figure is shown at a smaller group size than its own session
    allows, and both waves are judged by one rule, so a change is never the effect of a
    changed threshold. The app's comparison page and the report use this one rule.
    """
    later = min_group_size if min_group_size is not None else session.min_group_size
    return max(
        instrument.effective_min_group_size(later),
        instrument.effective_min_group_size(previous.min_group_size),
    )


def _on_statements(answers: pd.DataFrame, inst: Instrument) -> pd.DataFrame:
    """The answers to the instrument's statements, with its domains (a wave read with its own
    instrument, scored on the statements both waves share)."""
    info = {i.code: (i.domain, i.desired) for i in inst.all_items}
    keep = answers["item"].isin(list(info))
    if keep.all():
        return answers
    rows = answers[keep.to_numpy()]
    return rows.assign(
        domain=rows["item"].map(lambda c: info[c][0]).astype(answers["domain"].dtype),
        desired=rows["item"].map(lambda c: info[c][1]).astype(bool),
    ).reset_index(drop=True)


def _wave_table(scores: scoring.Scores, session_id: int, wave: str, inst: Instrument):
    """One wave's domain scores, a row per domain even when the session has no answers."""
    table = scores.domain_scores()
    if len(table) < len(inst.domain_codes):
        # a session without answers has no rows: each domain is not shown, for too few people
        table = table.set_index("domain").reindex(list(inst.domain_codes)).reset_index()
        table["session"] = np.int64(session_id)
        table["suppressed"] = table["suppressed"].fillna(True).astype(bool)
        table["reason"] = table["reason"].fillna("too_few")
    return table.assign(wave=wave)


def _not_shown(scores: pd.DataFrame) -> pd.DataFrame:
    hidden = scores["suppressed"].astype(bool)
    missing = ~hidden & scores["pct"].isna()
    reason = scores["reason"].where(scores["reason"].notna(), "too_few").where(hidden, "no_data")
    rows = scores[hidden | missing].assign(reason=reason[hidden | missing])
    out = rows[list(NOT_SHOWN_COLUMNS)].reset_index(drop=True)
    return out.astype({"wave": "str", "domain": "str", "reason": "str"})


def compare_sessions(
    store,
    session_id: int,
    previous_id: int,
    *,
    instrument: Instrument | None = None,
    min_group_size: int | None = None,
    answers: Mapping[int, pd.DataFrame] | None = None,
    n_boot: int = 2000,
    seed: int = 0,
    confidence: float = 0.95,
    min_n: int = SMALL_SAMPLE,
) -> Comparison:
    """Compare a stored session with an earlier one (usually its VSV's previous session).

    Parameters
    ----------
    store : Store
    session_id : int
        The later session.
    previous_id : int
        The earlier session (:func:`vsvkit.sessions.previous_session` finds it).
    instrument : Instrument, optional
        The instrument both sessions were answered with; by default each session's own
        (kept in the store). Given, it is refused (StoreError) unless it is both sessions'.
    min_group_size : int, optional
        Replaces the later session's own k (:func:`comparison_k`).
    answers : mapping session id -> DataFrame, optional
        Answers the caller already has, read with each session's own instrument (saves
        database reads); others are read from the store.
    n_boot, seed, confidence, min_n
        The bootstrap interval (:func:`vsvkit.change.domain_change`).

    Returns
    -------
    Comparison

    Raises
    ------
    VsvkitError
        When both ids are the same session, or the "previous" session is the later one.
    """
    if int(session_id) == int(previous_id):
        raise VsvkitError(f"a session cannot be compared with itself (session {session_id})")
    session, previous = store.session(session_id), store.session(previous_id)
    if previous.date > session.date:
        raise VsvkitError(
            f"session {previous_id} ({previous.date}) is later than session {session_id} "
            f"({session.date}); pass the earlier session as previous_id"
        )
    later = session_instrument(store, session.id, instrument)
    earlier = session_instrument(store, previous.id, instrument)
    instrument = later.shared_with(earlier)
    shared_only = instrument is not later or earlier.shared_with(later) is not earlier
    k = comparison_k(session, previous, instrument, min_group_size)
    given = dict(answers or {})
    waves = []
    for sid in (previous.id, session.id):
        frame = given.get(sid)
        if frame is None:
            frame = store.answers([sid])
        frame = _on_statements(frame, instrument)
        waves.append(scoring.Scores(frame, instrument, min_group_size=k))
    change = domain_change(
        waves[0],
        waves[1],
        instrument,
        n_boot=n_boot,
        seed=seed,
        min_group_size=k,
        confidence=confidence,
        min_n=min_n,
    )
    scores = pd.concat(
        [
            _wave_table(s, sid, wave, instrument)
            for s, sid, wave in zip(waves, (previous.id, session.id), WAVES)
        ],
        ignore_index=True,
    )
    scores["wave"] = scores["wave"].astype("str")
    scores["change"] = scores["domain"].map(change.set_index("domain")["change"]).astype(float)
    return Comparison(
        session=session,
        previous=previous,
        instrument=instrument,
        k=k,
        scores=scores,
        change=change,
        participation=participation(waves[0], waves[1], instrument, k),
        not_shown=_not_shown(scores),
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        min_n=min_n,
        shared_only=shared_only,
        statements_compared=len(instrument.items),
        versions=(earlier.version, later.version),
    )
