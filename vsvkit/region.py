"""Comparison between VSVs for a regional adviser (pure: tables in, tables out).

A region is the set of VSVs an adviser selects (or all VSVs in the store). Per VSV one
session counts: the latest, unless sessions are chosen. The tables here feed
``vsvkit.widgets.region`` and the XLSX export.

Privacy: a VSV whose session has fewer respondents than its minimum group size k gets no
figures (NaN column), like a suppressed session in :mod:`vsvkit.scoring`. Other VSVs than the
ones an adviser names are shown only as an anonymous distribution
(:func:`anonymous_distribution`), and only when at least :data:`MIN_OTHERS` VSVs make it up.
No region mean is shown next to named VSVs, so nothing can be solved by subtraction.

Examples
--------
>>> sessions = store.sessions()                                           # doctest: +SKIP
>>> ids = latest_sessions(sessions)                                       # doctest: +SKIP
>>> table = domain_by_vsv(store.answers(ids), sessions, inst)             # doctest: +SKIP
>>> percentiles(table, "VSV Voorbeeldstad")                               # doctest: +SKIP
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from . import scoring
from .errors import VsvkitError
from .instrument import Instrument
from .safe_cells import excel_writer

__all__ = [
    "MIN_OTHERS",
    "latest_sessions",
    "domain_by_vsv",
    "percentiles",
    "anonymous_distribution",
    "region_alpha",
    "export_region",
]

log = logging.getLogger(__name__)

#: An anonymous distribution of other VSVs is shown only when at least this many make it up.
MIN_OTHERS = 3


def latest_sessions(sessions: pd.DataFrame, vsvs: Sequence[str] | None = None) -> list[int]:
    """Id of the latest session (by date, then id) of each VSV, in VSV name order.

    ``sessions`` is ``store.sessions()``; ``vsvs`` limits the VSVs (all when None).
    """
    _need(sessions, ["id", "vsv", "date"], "sessions")
    frame = sessions if vsvs is None else sessions[sessions["vsv"].isin(list(vsvs))]
    latest = frame.sort_values(["vsv", "date", "id"]).groupby("vsv", sort=True).tail(1)
    return [int(i) for i in latest.sort_values("vsv")["id"]]


def _need(frame: pd.DataFrame, cols: list[str], what: str) -> None:
    missing = [c for c in cols if c not in frame.columns]
    if missing:
        raise VsvkitError(f"{what}: missing column(s) {missing}; expected at least {cols}")


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
    """
    _need(sessions, ["id", "vsv", "date"], "sessions")
    present = set(pd.unique(answers["session"])) if len(answers) else set()
    if session_ids is None:
        session_ids = latest_sessions(sessions[sessions["id"].isin(present)])
    chosen = sessions[sessions["id"].isin(list(session_ids))]
    unknown = sorted(set(int(i) for i in session_ids) - set(chosen["id"].astype(int)))
    if unknown:
        raise VsvkitError(f"session(s) {unknown} are not in the store; see `vsvkit sessions`")
    twice = chosen["vsv"][chosen["vsv"].duplicated()].unique().tolist()
    if twice:
        raise VsvkitError(f"choose one session per VSV; more than one chosen for {twice}")
    no_answers = sorted(set(chosen["id"].astype(int)) - {int(s) for s in present})
    if no_answers:
        raise VsvkitError(f"the answers hold no rows for session(s) {no_answers}")
    ids = chosen["id"].astype(int).tolist()
    if k is None and "min_group_size" in chosen.columns:
        ks = {
            int(i): (None if pd.isna(v) else int(v))
            for i, v in zip(chosen["id"], chosen["min_group_size"])
        }
    else:
        ks = k
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
        raise VsvkitError(f"VSV {vsv!r} is not in the table; choose one of {list(table.columns)}")
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


def anonymous_distribution(table: pd.DataFrame, vsv: str) -> pd.DataFrame:
    """Per domain the distribution of the other VSVs' scores, without their names.

    Returns
    -------
    DataFrame
        ``domain, n_vsv, min, q1, median, q3, max, suppressed``. Quartiles by numpy's default
        (linear) rule over the other VSVs with a score. With fewer than :data:`MIN_OTHERS`
        such VSVs the figures are NaN and ``suppressed`` is True (two scores would be shown
        as they are).
    """
    others = _others(table, vsv)
    rows = []
    for domain, values in others.iterrows():
        x = values.dropna().to_numpy(dtype=float)
        if len(x) >= MIN_OTHERS:
            q = np.quantile(x, [0, 0.25, 0.5, 0.75, 1])
            rows.append((domain, len(x), *q, False))
        else:
            rows.append((domain, len(x), *([np.nan] * 5), True))
    out = pd.DataFrame(
        rows, columns=["domain", "n_vsv", "min", "q1", "median", "q3", "max", "suppressed"]
    )
    out["domain"] = out["domain"].astype("str")
    out["n_vsv"] = out["n_vsv"].astype(np.int64)
    out["suppressed"] = out["suppressed"].astype(bool)
    return out


def region_alpha(answers: pd.DataFrame, instrument: Instrument) -> pd.DataFrame:
    """Cronbach's alpha per domain over all selected answers pooled.

    Returns ``domain, alpha, n``: :func:`vsvkit.scoring.cronbach_alpha` with every session's
    respondents treated as one sample (``n`` respondents who answered every item of the
    domain). A reliability figure of the instrument in the region, not of one VSV.
    """
    if len(answers) == 0:
        raise VsvkitError("no answers selected: choose at least one VSV")
    pooled = answers.copy()
    # respondents stay distinct: number them across sessions before pooling
    key = pooled["session"].astype(np.int64) * 1_000_000 + pooled["respondent"].astype(np.int64)
    pooled["respondent"] = pd.factorize(key)[0] + 1
    pooled["session"] = 0
    out = scoring.cronbach_alpha(pooled, instrument)
    return out[["domain", "alpha", "n"]].reset_index(drop=True)


def export_region(path: str | Path, tables: dict[str, pd.DataFrame]) -> Path:
    """Write the region tables to one XLSX workbook, one sheet per table.

    Parameters
    ----------
    path : path-like
        The ``.xlsx`` file to write (its folder must exist).
    tables : dict of sheet name -> DataFrame
        In sheet order; names are cut to Excel's 31 characters. A wide table with a named
        index (``domain_by_vsv``) keeps its index as the first column.

    Returns
    -------
    Path
        The file written. Text (VSV names) is written as string cells, never as formulas
        (:func:`vsvkit.safe_cells.excel_writer`).
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise VsvkitError(f"{path.name}: the export is an Excel workbook; use a .xlsx file name")
    if not tables:
        raise VsvkitError("nothing to export: no tables given")
    try:
        with excel_writer(path) as writer:
            used: set[str] = set()
            for name, frame in tables.items():
                sheet = _sheet_name(str(name), used)
                keep_index = frame.index.name is not None
                frame.to_excel(writer, sheet_name=sheet, index=keep_index)
    except OSError as err:
        raise VsvkitError(f"{path}: could not write the workbook ({err.strerror})") from err
    log.info("region export written to %s", path)
    return path


def _sheet_name(name: str, used: set[str]) -> str:
    bad = "[]:*?/\\"
    clean = "".join("_" if c in bad else c for c in name)[:31] or "sheet"
    candidate, i = clean, 2
    while candidate.lower() in used:
        suffix = f" ({i})"
        candidate, i = clean[: 31 - len(suffix)] + suffix, i + 1
    used.add(candidate.lower())
    return candidate
