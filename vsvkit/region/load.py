"""A region read from the store: which session of each VSV counts, its answers and scores.

:func:`region_sessions` chooses the sessions (one per VSV: its latest, unless chosen by id);
:func:`load_region` reads their answers and scores once into a :class:`Region`, from which the
region page and the advisers' notebook take the views they show (:mod:`vsvkit.region` decides
what a view may show).

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")
>>> ids = vk.load_demo(store)
>>> region = vk.load_region(store)
>>> region.vsvs
['VSV Denkbeeldig Delta', 'VSV Fictiefwaard', 'VSV Proefpolder', 'VSV Voorbeeldstad']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from vsvkit import scoring
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.region import (
    RegionView,
    chosen_sessions,
    domain_by_vsv,
    latest_sessions,
    region_alpha,
    region_view,
)

__all__ = ["Region", "region_sessions", "load_region"]


def region_sessions(
    store,
    *,
    vsvs: Sequence[str] | None = None,
    session_ids: Sequence[int] | None = None,
) -> pd.DataFrame:
    """The sessions that count in a region: one per VSV, its latest unless chosen by id.

    Parameters
    ----------
    store : vsvkit.store.Store
    vsvs : sequence of str, optional
        The region's VSVs by their exact names; every VSV in the store when None.
    session_ids : sequence of int, optional
        The sessions to compare, at most one per VSV (instead of ``vsvs``).

    Returns
    -------
    DataFrame
        The rows of ``store.sessions()`` that count, in VSV name order.

    Raises
    ------
    VsvkitError
        For a VSV name or session id not in the store, two sessions of one VSV, or both
        ``vsvs`` and ``session_ids``.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.region_sessions(store, vsvs=["VSV Voorbeeldstad", "VSV Proefpolder"])[["id", "vsv"]]
       id                vsv
    0   6    VSV Proefpolder
    1   2  VSV Voorbeeldstad
    """
    sessions = store.sessions()
    if vsvs is not None and session_ids is not None:
        raise VsvkitError(key="region_choose_one_way")
    if session_ids is not None:
        chosen = chosen_sessions(sessions, session_ids)
    else:
        if vsvs is not None:
            unknown = sorted(set(vsvs) - set(sessions["vsv"]))
            if unknown:
                known = sorted(set(sessions["vsv"]))
                raise VsvkitError(key="region_unknown_vsvs", vsvs=unknown, known=known)
        chosen = sessions[sessions["id"].isin(latest_sessions(sessions, vsvs))]
    return chosen.sort_values(["vsv", "id"]).reset_index(drop=True)


@dataclass(frozen=True)
class Region:
    """The VSVs an adviser compares, read once from the store (:func:`load_region`).

    Attributes
    ----------
    sessions : DataFrame
        The sessions that count, one per VSV (:func:`region_sessions`).
    answers : DataFrame
        Their answers (the scoring input).
    table : DataFrame
        Domain x VSV scores of every VSV of the region (:func:`domain_by_vsv`). It names every
        VSV: what a page or a notebook shows is a :meth:`view`.
    instrument : Instrument
        What every session is scored with: the sessions' own instrument, or, when they were
        answered with questionnaires that differ in their statements, the latest session's
        restricted to the statements all share (:meth:`vsvkit.store.Store.instrument_for`).
    versions : tuple of str
        The versions of the sessions' instruments, oldest meeting first, each once.
    shared_only : bool
        True when the sessions' questionnaires differ in their statements: the VSVs are
        compared on the ``len(instrument.items)`` statements they share.
    """

    sessions: pd.DataFrame
    answers: pd.DataFrame
    table: pd.DataFrame
    instrument: Instrument
    versions: tuple[str, ...] = ()
    shared_only: bool = False

    @property
    def vsvs(self) -> list[str]:
        """The VSVs of the region, in name order."""
        return [str(v) for v in self.table.columns]

    def view(self, focus: str, *, named: Sequence[str] = (), reference: str = "all") -> RegionView:
        """What may be shown of the region for one VSV: :func:`region_view` of :attr:`table`.

        Examples
        --------
        >>> import vsvkit as vk
        >>> store = vk.open_store("sqlite://")
        >>> ids = vk.load_demo(store)
        >>> view = vk.load_region(store).view("VSV Fictiefwaard")
        >>> view.shown_vsvs, view.n_anonymous
        (['VSV Fictiefwaard'], 3)
        """
        return region_view(self.table, focus, named=named, reference=reference)

    def alpha(self, vsvs: Sequence[str] | None = None) -> pd.DataFrame:
        """Cronbach's alpha per domain over the answers of ``vsvs`` (all when None) pooled.

        See :func:`region_alpha`.
        """
        ids = self.sessions if vsvs is None else self.sessions[self.sessions["vsv"].isin(vsvs)]
        chosen = self.answers[self.answers["session"].isin(ids["id"].astype(int))]
        return region_alpha(chosen, self.instrument)

    def tables(self, view: RegionView) -> dict[str, pd.DataFrame]:
        """The tables of a view keyed by i18n sheet key, with Cronbach's alpha over the VSVs
        the focus VSV is compared with (every VSV, or the ones shown by name).

        Examples
        --------
        >>> import vsvkit as vk
        >>> store = vk.open_store("sqlite://")
        >>> ids = vk.load_demo(store)
        >>> region = vk.load_region(store)
        >>> list(region.tables(region.view("VSV Proefpolder")))
        ['sheet_table', 'sheet_percentiles', 'sheet_distribution', 'sheet_alpha']
        """
        compared = self.vsvs if view.reference == "all" else view.shown_vsvs
        return view.sheets() | {"sheet_alpha": self.alpha(compared)}


def load_region(
    store,
    *,
    vsvs: Sequence[str] | None = None,
    session_ids: Sequence[int] | None = None,
    instrument: Instrument | None = None,
    k: int | None = None,
) -> Region:
    """Read a region from the store: its sessions (:func:`region_sessions`), answers and scores.

    Parameters
    ----------
    store : vsvkit.store.Store
    vsvs, session_ids
        Which VSVs and sessions, as in :func:`region_sessions` (default: every VSV, each
        with its latest session).
    instrument : Instrument, optional
        Reads every session with this instrument; by default the sessions' own, compared on
        the statements they share when they differ (:class:`Region`).
    k : int, optional
        Minimum group size for every session, as in :func:`domain_by_vsv`.

    Returns
    -------
    Region
        An empty region (no VSVs) when the store holds no sessions.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> region = vk.load_region(store, vsvs=["VSV Proefpolder", "VSV Voorbeeldstad"])
    >>> region.vsvs
    ['VSV Proefpolder', 'VSV Voorbeeldstad']
    >>> region.table.round(1).loc["CLI"].tolist()
    [58.4, 56.9]
    """
    sessions = region_sessions(store, vsvs=vsvs, session_ids=session_ids)
    ids = [int(i) for i in sessions["id"]]
    if not ids:
        instrument = instrument if instrument is not None else load_instrument()
        empty = pd.DataFrame(
            index=pd.Index(list(instrument.domain_codes), name="domain"),
            columns=pd.Index([], name="vsv"),
            dtype=float,
        )
        answers = pd.DataFrame(columns=list(scoring.SCORING_COLUMNS))
        return Region(sessions=sessions, answers=answers, table=empty, instrument=instrument)
    if instrument is not None:
        answers = store.answers(ids, instrument=instrument)
        versions: tuple[str, ...] = (instrument.version,)
        shared_only = False
    else:
        own = list(store.instruments_of(ids).values())
        instrument = store.instrument_for(ids)
        answers = store.answers(ids)  # read with that instrument
        versions = tuple(dict.fromkeys(i.version for i in own))
        shared_only = any(instrument.shared_with(i) is not instrument for i in own) or any(
            i.shared_with(instrument) is not i for i in own
        )
    table = domain_by_vsv(answers, sessions, instrument, k=k, session_ids=ids)
    return Region(
        sessions=sessions,
        answers=answers,
        table=table,
        instrument=instrument,
        versions=versions,
        shared_only=shared_only,
    )
