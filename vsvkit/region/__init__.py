"""Comparison between VSVs for a regional adviser: tables in, tables out.

A region is the set of VSVs an adviser selects (or all VSVs in the store). Per VSV one
session counts: the latest, unless sessions are chosen. :func:`vsvkit.region.load.load_region`
reads a region from the store once; the tables here feed ``vsvkit.widgets.region``, the
advisers' notebook (``notebooks/regio_analyse.ipynb``) and, through
:mod:`vsvkit.region.tables`, the tables people read and the XLSX export.

Privacy (domain brief, section 5): a VSV whose session has fewer respondents than its minimum
group size k gets no figures (NaN column), like a suppressed session in :mod:`vsvkit.scoring`.
A VSV appears by name only when the adviser chose it by name. Every other VSV appears only in
an anonymous distribution from which its score cannot be read (:func:`anonymous_distribution`):
quartiles and median only over at least :data:`MIN_SPREAD` other VSVs, lowest and highest only
over at least :data:`MIN_EXTREMES`; with fewer, nothing of them but their number. Quartiles and
median are Harrell-Davis estimates (a weighted mean of all scores), so none of them is one
VSV's score by construction. The distribution holds only VSVs that are not shown by name, so no
named score can be subtracted from it. :func:`region_view` makes these decisions for a page;
the widget shows what it returns. No region mean is shown next to named VSVs.

Examples
--------
>>> import pandas as pd
>>> table = pd.DataFrame({"A": [50.0], "B": [40.0], "C": [60.0]}, index=["CLI"])
>>> view = region_view(table, "A", named=["B"])
>>> list(view.table.columns), view.n_anonymous
(['A', 'B'], 1)
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from vsvkit import scoring
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument

__all__ = [
    "MIN_SPREAD",
    "MIN_EXTREMES",
    "QUANTILES",
    "RegionView",
    "latest_sessions",
    "chosen_sessions",
    "domain_by_vsv",
    "percentiles",
    "hd_quantiles",
    "anonymous_distribution",
    "region_view",
    "region_alpha",
]

log = logging.getLogger(__name__)

#: Quartiles, median (any spread) of other VSVs only over at least this many of them.
MIN_SPREAD = 5
#: Lowest and highest score of other VSVs only over at least this many of them.
MIN_EXTREMES = 10
#: The spread figures of an anonymous distribution and their probabilities.
QUANTILES = {"q1": 0.25, "median": 0.5, "q3": 0.75}


def latest_sessions(sessions: pd.DataFrame, vsvs: Sequence[str] | None = None) -> list[int]:
    """Id of the latest session (by date, then id) of each VSV, in VSV name order.

    ``sessions`` is ``store.sessions()``; ``vsvs`` limits the VSVs (all when None).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.latest_sessions(store.sessions())
    [4, 5, 6, 2]
    """
    _need(sessions, ["id", "vsv", "date"], "sessions")
    frame = sessions if vsvs is None else sessions[sessions["vsv"].isin(list(vsvs))]
    latest = frame.sort_values(["vsv", "date", "id"]).groupby("vsv", sort=True).tail(1)
    return [int(i) for i in latest.sort_values("vsv")["id"]]


def chosen_sessions(sessions: pd.DataFrame, session_ids: Sequence[int]) -> pd.DataFrame:
    """The rows of ``sessions`` (``store.sessions()``) with the ids ``session_ids``.

    Raises
    ------
    VsvkitError
        When an id is not in ``sessions``, or two of the sessions are of one VSV.
    """
    chosen = sessions[sessions["id"].isin([int(i) for i in session_ids])]
    unknown = sorted({int(i) for i in session_ids} - set(chosen["id"].astype(int)))
    if unknown:
        raise VsvkitError(key="region_unknown_sessions", ids=unknown)
    twice = chosen["vsv"][chosen["vsv"].duplicated()].unique().tolist()
    if twice:
        raise VsvkitError(key="region_session_twice", vsvs=twice)
    return chosen


def _need(frame: pd.DataFrame, cols: list[str], what: str) -> None:
    missing = [c for c in cols if c not in frame.columns]
    if missing:
        raise VsvkitError(key="region_missing_columns", what=what, missing=missing, expected=cols)


def domain_by_vsv(
    answers: pd.DataFrame,
    sessions: pd.DataFrame,
    instrument: Instrument,
    *,
    k: int | None = None,
    session_ids: Sequence[int] | None = None,
) -> pd.DataFrame:
    """Domain x VSV table of domain scores (percent of maximum).

    Parameters
    ----------
    answers : DataFrame
        Scoring input holding (at least) the sessions used.
    sessions : DataFrame
        ``store.sessions()`` (columns ``id, vsv, date``; ``min_group_size`` used when present).
    instrument : Instrument
    k : int, optional
        Minimum group size for every session; None: each session's own (else the
        instrument's). Never below 3.
    session_ids : sequence of int, optional
        The sessions to compare, at most one per VSV; default the latest session of each VSV
        that has answers in ``answers``.

    Returns
    -------
    DataFrame
        Index ``domain`` (questionnaire order), one column per VSV (name order, columns
        named ``vsv``), values ``pct`` from :func:`vsvkit.scoring.domain_scores`. A VSV whose
        session has fewer respondents than k has a column of NaN.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> sessions = store.sessions()
    >>> table = vk.domain_by_vsv(store.answers(ids), sessions, store.instrument_for(ids))
    >>> table.round(0).loc["CLI"].to_dict()  # doctest: +NORMALIZE_WHITESPACE
    {'VSV Denkbeeldig Delta': 61.0, 'VSV Fictiefwaard': 42.0, 'VSV Proefpolder': 58.0,
     'VSV Voorbeeldstad': 57.0}
    """
    _need(sessions, ["id", "vsv", "date"], "sessions")
    present = set(pd.unique(answers["session"])) if len(answers) else set()
    if session_ids is None:
        session_ids = latest_sessions(sessions[sessions["id"].isin(present)])
    chosen = chosen_sessions(sessions, session_ids)
    no_answers = sorted(set(chosen["id"].astype(int)) - {int(s) for s in present})
    if no_answers:
        raise VsvkitError(key="region_no_answers", ids=no_answers)
    ids = chosen["id"].astype(int).tolist()
    ks: int | dict[int, int | None] | None = k
    if k is None and "min_group_size" in chosen.columns:
        ks = {
            int(i): (None if pd.isna(v) else int(v))
            for i, v in zip(chosen["id"], chosen["min_group_size"])
        }
    subset = answers[answers["session"].isin(ids)]
    scores = scoring.domain_scores(subset, instrument, min_group_size=ks)
    name = dict(zip(chosen["id"].astype(int), chosen["vsv"].astype(str)))
    scores["vsv"] = scores["session"].map(name)
    table = scores.pivot(index="domain", columns="vsv", values="pct")
    table = table.reindex(index=list(instrument.domain_codes), columns=sorted(name.values()))
    table.index.name, table.columns.name = "domain", "vsv"
    return table.astype(float)


def _others(table: pd.DataFrame, vsv: str) -> pd.DataFrame:
    if vsv not in table.columns:
        raise VsvkitError(key="region_unknown_vsv", vsv=repr(vsv), known=list(table.columns))
    return table.drop(columns=[vsv])


def percentiles(table: pd.DataFrame, vsv: str) -> pd.DataFrame:
    """Per domain the percentile of one VSV among the other VSVs of ``table``.

    Returns
    -------
    DataFrame
        ``domain, pct`` (the VSV's score), ``percentile`` (0..100), ``n_others`` (VSVs with a
        score in that domain besides this one). NaN when the VSV has no score or no other VSV
        has one.

    Notes
    -----
    Mid-rank percentile: ``100 * (below + equal / 2) / n_others``, with ``below`` the other
    VSVs with a lower score and ``equal`` those with the same score. Highest of all gives 100,
    lowest 0, in the middle of an even group 50.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"A": [50.0], "B": [40.0], "C": [60.0]}, index=["CLI"])
    >>> percentiles(table, "A")
      domain   pct  percentile  n_others
    0    CLI  50.0        50.0         2
    """
    others = _others(table, vsv).to_numpy(dtype=float)
    mine = table[vsv].to_numpy(dtype=float)
    valid = ~np.isnan(others)
    n = valid.sum(axis=1)
    below = (valid & (others < mine[:, None])).sum(axis=1)
    equal = (valid & (others == mine[:, None])).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        perc = 100 * (below + equal / 2) / n
    perc = np.where(np.isnan(mine) | (n == 0), np.nan, perc)
    return pd.DataFrame(
        {
            "domain": pd.Series(table.index, dtype="str"),
            "pct": mine,
            "percentile": perc,
            "n_others": n.astype(np.int64),
        }
    )


def _hd_weights(n: int, p: float) -> np.ndarray:
    """Harrell-Davis weights of the n order statistics for probability p (sum 1).

    ``w_i = I(i/n) - I((i-1)/n)`` with ``I`` the regularised incomplete beta function of
    ``a = p(n+1)``, ``b = (1-p)(n+1)``; each interval's integral of the beta density by
    64-point Gauss-Legendre, normalised by the total (the beta function cancels).
    """
    a, b = p * (n + 1), (1 - p) * (n + 1)
    nodes, gauss = np.polynomial.legendre.leggauss(64)
    lo = np.arange(n)[:, None] / n
    x = lo + (nodes[None, :] + 1) / (2 * n)
    dens = np.exp((a - 1) * np.log(x) + (b - 1) * np.log1p(-x))
    w = dens @ gauss
    return w / w.sum()


def hd_quantiles(values, probs) -> np.ndarray:
    """Harrell-Davis quantiles of ``values`` (NaN ignored) at each probability in ``probs``.

    Each quantile is a weighted mean of all sorted values with positive weights, so with
    distinct values it equals none of them (unlike the linear rule, whose median of five
    values is the third value). NaN when no value is given.

    Notes
    -----
    Harrell FE, Davis CE. A new distribution-free quantile estimator. Biometrika 1982;69:635-640.

    Examples
    --------
    >>> hd_quantiles([10, 20, 30, 40, 90], [0.25, 0.5, 0.75]).round(2)
    array([17.77, 32.32, 60.33])
    """
    x = np.sort(np.asarray(values, dtype=float))
    x = x[~np.isnan(x)]
    if len(x) == 0:
        return np.full(len(probs), np.nan)
    return np.array([_hd_weights(len(x), float(p)) @ x for p in probs])


def anonymous_distribution(table: pd.DataFrame, vsv: str) -> pd.DataFrame:
    """Per domain the distribution of the other VSVs' scores, without their names.

    Parameters
    ----------
    table : DataFrame
        Domain x VSV (:func:`domain_by_vsv`); every column but ``vsv`` is an other VSV.
    vsv : str
        The VSV the others are compared with (left out of the distribution).

    Returns
    -------
    DataFrame
        ``domain, n_vsv, min, q1, median, q3, max, suppressed, extremes``. ``n_vsv``: other
        VSVs with a score in the domain. ``q1, median, q3``: Harrell-Davis quantiles
        (:func:`hd_quantiles`), NaN with fewer than :data:`MIN_SPREAD` others (then
        ``suppressed`` is True and only ``n_vsv`` may be shown). ``min, max``: NaN with fewer
        than :data:`MIN_EXTREMES` others (``extremes`` says whether they are given).

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame([[50.0, 10, 20, 30, 40, 90]], index=["CLI"], columns=list("FABCDE"))
    >>> anonymous_distribution(table, "F").round(1)
      domain  n_vsv  min    q1  median    q3  max  suppressed  extremes
    0    CLI      5  NaN  17.8    32.3  60.3  NaN       False     False
    """
    others = _others(table, vsv)
    rows = []
    for domain, values in others.iterrows():
        x = values.dropna().to_numpy(dtype=float)
        spread = len(x) >= MIN_SPREAD
        extremes = len(x) >= MIN_EXTREMES
        q = hd_quantiles(x, list(QUANTILES.values())) if spread else [np.nan] * 3
        low, high = (x.min(), x.max()) if extremes else (np.nan, np.nan)
        rows.append((domain, len(x), low, *q, high, not spread, extremes))
    out = pd.DataFrame(
        rows,
        columns=["domain", "n_vsv", "min", *QUANTILES, "max", "suppressed", "extremes"],
    )
    out["domain"] = out["domain"].astype("str")
    out["n_vsv"] = out["n_vsv"].astype(np.int64)
    out[["suppressed", "extremes"]] = out[["suppressed", "extremes"]].astype(bool)
    return out


@dataclass(frozen=True)
class RegionView:
    """Everything the region page shows for one choice of the adviser (:func:`region_view`).

    Attributes
    ----------
    focus : str
        The adviser's own VSV.
    named : tuple of str
        The other VSVs shown by name: exactly the ones chosen by name (table order).
    reference : {"all", "named"}
        What the focus VSV is compared with.
    table : DataFrame
        Domain x VSV scores of the focus VSV and the named VSVs only.
    percentiles : DataFrame
        :func:`percentiles` of the focus VSV among the reference VSVs; ``percentile`` is NaN in a
        domain where 1 to ``MIN_SPREAD - 1`` anonymous VSVs take part (their order towards the
        focus VSV would be shown).
    distribution : DataFrame
        :func:`anonymous_distribution` of the reference VSVs not shown by name.
    n_anonymous : int
        Number of reference VSVs that are not shown by name (whether or not they have scores).
    """

    focus: str
    named: tuple[str, ...]
    reference: str
    table: pd.DataFrame
    percentiles: pd.DataFrame
    distribution: pd.DataFrame
    n_anonymous: int

    @property
    def shown_vsvs(self) -> list[str]:
        """The VSVs shown by name: the focus VSV first, then the named ones."""
        return [self.focus, *self.named]

    @property
    def spread_hidden(self) -> bool:
        """True when anonymous VSVs exist but some domain shows nothing of them but a count."""
        d = self.distribution
        return bool((d["suppressed"] & (d["n_vsv"] > 0)).any())

    @property
    def extremes_hidden(self) -> bool:
        """True when some domain shows a spread of the anonymous VSVs but no lowest/highest."""
        d = self.distribution
        return bool((~d["suppressed"] & ~d["extremes"]).any())

    def sheets(self) -> dict[str, pd.DataFrame]:
        """The tables of the view for the export, keyed by i18n sheet key."""
        return {
            "sheet_table": self.table,
            "sheet_percentiles": self.percentiles,
            "sheet_distribution": self.distribution,
        }


def region_view(
    table: pd.DataFrame,
    focus: str,
    *,
    named: Sequence[str] = (),
    reference: str = "all",
) -> RegionView:
    """Decide what the region page shows: named VSVs, percentiles, the anonymous others.

    Parameters
    ----------
    table : DataFrame
        Domain x VSV (:func:`domain_by_vsv`) of every VSV the adviser may compare.
    focus : str
        The adviser's own VSV.
    named : sequence of str
        The VSVs the adviser chose by name (an explicit choice; no default list). The focus
        VSV among them is ignored.
    reference : {"all", "named"}
        Compare the focus VSV with every VSV of ``table`` or with the named VSVs only.

    Returns
    -------
    RegionView
        A VSV not in ``named`` appears in it only in the anonymous distribution (its name
        nowhere), under the rules of :func:`anonymous_distribution`.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> table = vk.load_region(store).table
    >>> view = vk.region_view(table, "VSV Voorbeeldstad", named=["VSV Proefpolder"])
    >>> list(view.table.columns)
    ['VSV Voorbeeldstad', 'VSV Proefpolder']
    >>> view.distribution[["domain", "n_vsv", "median", "suppressed"]].head(2)
      domain  n_vsv  median  suppressed
    0    CLI      2     NaN        True
    1    COO      2     NaN        True
    """
    _others(table, focus)
    unknown = [v for v in named if v not in table.columns]
    if unknown:
        raise VsvkitError(key="region_unknown_named", vsvs=unknown, known=list(table.columns))
    if reference not in ("all", "named"):
        raise VsvkitError(key="region_bad_reference", value=repr(reference))
    chosen = set(named) - {focus}
    named_cols = tuple(v for v in table.columns if v in chosen)
    shown = [focus, *named_cols]
    ref_cols = list(table.columns) if reference == "all" else shown
    anonymous = [v for v in ref_cols if v not in shown]
    dist = anonymous_distribution(table[[focus, *anonymous]], focus)
    perc = percentiles(table[ref_cols], focus)
    few = (dist["n_vsv"] > 0) & (dist["n_vsv"] < MIN_SPREAD)
    perc.loc[few.to_numpy(), "percentile"] = np.nan
    return RegionView(
        focus=focus,
        named=named_cols,
        reference=reference,
        table=table[shown],
        percentiles=perc,
        distribution=dist,
        n_anonymous=len(anonymous),
    )


def region_alpha(answers: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """Cronbach's alpha per domain over all selected answers pooled.

    Returns ``domain, alpha, n``: :func:`vsvkit.scoring.cronbach_alpha` with every session's
    respondents treated as one sample (``n`` respondents who answered every item of the
    domain). A reliability figure of the instrument in the region, not of one VSV.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> alpha = vk.region_alpha(store.answers([1, 5]), store.instrument_for([1, 5]))
    >>> list(alpha.columns), len(alpha)
    (['domain', 'alpha', 'n'], 6)
    """
    if len(answers) == 0:
        raise VsvkitError(key="region_nothing_selected")
    pooled = answers.copy()
    # respondents stay distinct: number them across sessions before pooling
    key = pooled["session"].astype(np.int64) * 1_000_000 + pooled["respondent"].astype(np.int64)
    pooled["respondent"] = pd.factorize(key)[0] + 1
    pooled["session"] = 0
    out = scoring.cronbach_alpha(pooled, instrument)
    return out[["domain", "alpha", "n"]].reset_index(drop=True)
