"""Change over time: a VSV's baseline against its follow-up, with an honest uncertainty.

Pure functions on the scoring input (docs/design.md, "Scoring input"): one frame per wave
(usually one stored session each). Point estimates are the scores of :mod:`vsvkit.scoring`;
the uncertainty is a bootstrap over respondents, computed on the respondents x domains
(or respondents x items) matrix in one go with numpy.

Examples
--------
>>> from vsvkit.change import domain_change
>>> before = store.answers([1]); after = store.answers([2])          # doctest: +SKIP
>>> domain_change(before, after, inst)[["domain", "change", "ci_low", "ci_high"]]  # doctest: +SKIP
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from vsvkit import scoring
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.privacy import MERGED_GROUP

__all__ = [
    "CHANGE_COLUMNS",
    "ITEM_CHANGE_COLUMNS",
    "PARTICIPATION_COLUMNS",
    "SMALL_SAMPLE",
    "change_points",
    "domain_change",
    "item_change",
    "participation",
]

#: Below this many respondents with a score in either wave a change is a "small sample".
SMALL_SAMPLE = 10

#: Columns of :func:`domain_change`, in order.
CHANGE_COLUMNS = (
    "domain",
    "before_pct",
    "after_pct",
    "change",
    "ci_low",
    "ci_high",
    "n_before",
    "n_after",
    "small_sample",
    "level_before",
    "level_after",
    "suppressed",
)
#: Columns of :func:`item_change`, in order.
ITEM_CHANGE_COLUMNS = ("domain", "item", *CHANGE_COLUMNS[1:])
#: Columns of :func:`participation`, in order.
PARTICIPATION_COLUMNS = ("wave", "group", "n", "suppressed")


def change_points(before_pct, after_pct) -> np.ndarray:
    """The change from one wave to the next in percentage points: ``after - before``.

    The one place the change is defined (its sign: positive is an improvement). NaN where
    either wave has no figure.

    Parameters
    ----------
    before_pct, after_pct : float or array-like
        Scores as percent of maximum, of the earlier and the later wave.

    Returns
    -------
    ndarray of float

    Examples
    --------
    >>> change_points([40.0, 50.0], [55.0, float("nan")]).tolist()
    [15.0, nan]
    """
    return np.asarray(after_pct, dtype=float) - np.asarray(before_pct, dtype=float)


def _check_args(n_boot, confidence, min_n) -> None:
    if not isinstance(n_boot, int | np.integer) or isinstance(n_boot, bool) or n_boot < 100:
        raise VsvkitError(f"n_boot must be a whole number of at least 100, got {n_boot!r}")
    if not 0 < confidence < 1:
        raise VsvkitError(f"confidence must lie between 0 and 1 (e.g. 0.95), got {confidence!r}")
    if not isinstance(min_n, int | np.integer) or min_n < 2:
        raise VsvkitError(f"min_n must be a whole number of at least 2, got {min_n!r}")


def _resample_counts(rng: np.random.Generator, n_resp: int, n_boot: int) -> np.ndarray:
    """(n_boot, n_resp) counts: how often each respondent is drawn in each resample.

    Drawing ``n_resp`` respondents with replacement is the same as one multinomial draw of
    ``n_resp`` over equal probabilities; counts let a matrix product give every resampled
    sum at once.
    """
    if n_resp == 0:
        return np.zeros((n_boot, 0))
    return rng.multinomial(n_resp, np.full(n_resp, 1.0 / n_resp), size=n_boot).astype(float)


def _boot_means(values: np.ndarray, counts: np.ndarray):
    """Point means (columns of ``values``, NaN ignored) and the (B, columns) resampled means."""
    valid = ~np.isnan(values)
    filled = np.where(valid, values, 0.0)
    n = valid.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        point = filled.sum(axis=0) / n
        boot = (counts @ filled) / (counts @ valid)
    return point, boot, n


def _interval(diff: np.ndarray, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    alpha = (1 - confidence) / 2
    with warnings.catch_warnings():  # columns without any score give NaN, quietly
        warnings.simplefilter("ignore", RuntimeWarning)
        low, high = np.nanpercentile(diff, [100 * alpha, 100 * (1 - alpha)], axis=0)
    return low, high


def _change_table(
    before: np.ndarray,
    after: np.ndarray,
    instrument: Instrument,
    *,
    n_boot: int,
    seed: int,
    confidence: float,
    min_n: int,
) -> dict:
    """Shared core: two respondents x columns matrices (1..4, NaN = no score) -> columns."""
    rng = np.random.default_rng(seed)
    counts_b = _resample_counts(rng, before.shape[0], n_boot)
    counts_a = _resample_counts(rng, after.shape[0], n_boot)
    point_b, boot_b, n_b = _boot_means(before, counts_b)
    point_a, boot_a, n_a = _boot_means(after, counts_a)
    pct_b, pct_a = instrument.pct(point_b), instrument.pct(point_a)
    diff = instrument.pct(boot_a) - instrument.pct(boot_b)
    low, high = _interval(diff, confidence)
    # a percentile interval of the difference of means must contain the difference itself when
    # every resample is identical (floating point could put it a hair outside)
    change = change_points(pct_b, pct_a)
    low = np.minimum(low, change)
    high = np.maximum(high, change)
    return {
        "before_pct": pct_b,
        "after_pct": pct_a,
        "change": change,
        "ci_low": low,
        "ci_high": high,
        "n_before": n_b,
        "n_after": n_a,
        "small_sample": (n_b < min_n) | (n_a < min_n),
    }


def _finish(out: pd.DataFrame, hide_before, hide_after) -> pd.DataFrame:
    """Blank what the privacy decision does not show, per row and wave: a wave below the
    minimum group size, or a domain or statement whose figure in that wave is not shown (few
    respondents with a score, few answers); a change needs both waves."""
    for col in ("n_before", "n_after"):
        out[col] = out[col].astype("Int64")
    hide_b = np.broadcast_to(np.asarray(hide_before, dtype=bool), len(out))
    hide_a = np.broadcast_to(np.asarray(hide_after, dtype=bool), len(out))
    out.loc[hide_b, "before_pct"] = np.nan
    out.loc[hide_b, ["n_before", "level_before"]] = pd.NA
    out.loc[hide_a, "after_pct"] = np.nan
    out.loc[hide_a, ["n_after", "level_after"]] = pd.NA
    hide = hide_b | hide_a
    out.loc[hide, ["change", "ci_low", "ci_high"]] = np.nan
    out.loc[hide, "small_sample"] = True
    out["suppressed"] = hide
    return out


def _not_shown(table: pd.DataFrame, key: str, order: list[str]) -> np.ndarray:
    """Per domain or item: not shown in some session of the wave (the privacy decision)."""
    hidden = table.groupby(key, observed=True)["suppressed"].any()
    return hidden.reindex(order, fill_value=True).to_numpy(dtype=bool)


def domain_change(
    answers_before: pd.DataFrame | scoring.Scores,
    answers_after: pd.DataFrame | scoring.Scores,
    instrument: Instrument,
    *,
    n_boot: int = 2000,
    seed: int = 0,
    min_group_size: int | None = None,
    confidence: float = 0.95,
    min_n: int = SMALL_SAMPLE,
) -> pd.DataFrame:
    """Change per domain from one wave to the next, with a bootstrap interval.

    Parameters
    ----------
    answers_before, answers_after : DataFrame or Scores
        Scoring input of each wave (usually ``store.answers([session_id])``); all rows of one
        frame are one wave. A :class:`vsvkit.scoring.Scores` of it saves building the
        respondents x items matrix again.
    instrument : Instrument
    n_boot : int
        Number of bootstrap resamples B (at least 100).
    seed : int
        Seed of the random generator; the same seed gives the same interval.
    min_group_size : int, optional
        Minimum group size k (None: the instrument's; never below 3). A wave with fewer
        respondents than k is suppressed: its figures and the change are NaN.
    confidence : float
        Coverage of the interval (0.95: the 2.5th and 97.5th percentiles).
    min_n : int
        With fewer than ``min_n`` respondents with a domain score in either wave the row is
        marked ``small_sample``.

    Returns
    -------
    DataFrame
        One row per domain in questionnaire order: ``domain, before_pct, after_pct, change,
        ci_low, ci_high, n_before, n_after, small_sample, level_before, level_after,
        suppressed``. ``*_pct`` are the domain scores (percent of maximum) of each wave, the
        same numbers as ``scoring.domain_scores``; ``change = after_pct - before_pct`` in
        percentage points; ``n_*`` (Int64) respondents with a domain score; ``level_*``
        (Int64) as in ``domain_scores`` (NA when the domain is split).

    Notes
    -----
    The interval is a **percentile bootstrap of the difference of means**: respondents are
    resampled with replacement within each wave independently (the before and after groups
    are different people, or cannot be linked, since answers are anonymous), B times, from a
    generator seeded with ``seed``. In each resample the domain mean is the mean of the
    resampled respondents' domain scores (respondents without a score in the domain are
    drawn but do not count, as in the point estimate); the interval is the
    ``(1 - confidence) / 2`` and ``1 - (1 - confidence) / 2`` percentiles of the B
    differences ``pct(after) - pct(before)``. It reflects sampling variation of the
    respondents only, not the question of who chose to take part. With fewer than ``min_n``
    (default 10) respondents with a score in either wave the interval is computed but
    unstable: ``small_sample`` is True and the app and report show "kleine groep —
    voorzichtig interpreteren" instead of the interval. Respondent domain scores come from
    :func:`vsvkit.scoring.respondent_scores` (the 60% rule included).
    """
    _check_args(n_boot, confidence, min_n)
    k = instrument.effective_min_group_size(min_group_size)
    codes = instrument.domain_codes
    mats, levels, hidden = [], [], []
    for answers in (answers_before, answers_after):
        s = scoring.Scores(answers, instrument, min_group_size=k)
        rs = s.respondent_scores()
        mats.append(rs["score"].to_numpy(dtype=float).reshape(-1, len(codes)))
        ds = s.domain_scores()
        levels.append(_pooled_levels(ds, instrument, mats[-1]))
        hidden.append(_not_shown(ds, "domain", list(codes)) | (len(mats[-1]) < k))
    cols = _change_table(
        mats[0],
        mats[1],
        instrument,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        min_n=min_n,
    )
    out = pd.DataFrame({"domain": pd.Series(codes, dtype="str"), **cols})
    out["level_before"] = levels[0]
    out["level_after"] = levels[1]
    out = _finish(out, hidden[0], hidden[1])
    return out[list(CHANGE_COLUMNS)]


def _pooled_levels(ds: pd.DataFrame, instrument: Instrument, matrix: np.ndarray):
    """Levels per domain of one wave: ``domain_scores``' level when the wave is one session.

    A wave pooled from several sessions has one ``domain_scores`` row per session; its level
    then follows the pooled mean (no split flag across sessions).
    """
    n_dom = len(instrument.domains)
    if len(ds) == n_dom:
        return pd.array(ds["level"].to_numpy(), dtype="Int64")
    if len(ds) == 0:
        return pd.array([pd.NA] * n_dom, dtype="Int64")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        pct = instrument.pct(np.nanmean(matrix, axis=0))
    return pd.array([instrument.level_of(p) for p in pct], dtype="Int64")


def _item_matrix(scores: scoring.Scores, instrument: Instrument) -> np.ndarray:
    """Respondents x scored items (answers 1..4, NaN = no answer), questionnaire order."""
    return scores.answer_values()


def item_change(
    answers_before: pd.DataFrame | scoring.Scores,
    answers_after: pd.DataFrame | scoring.Scores,
    instrument: Instrument,
    *,
    n_boot: int = 2000,
    seed: int = 0,
    min_group_size: int | None = None,
    confidence: float = 0.95,
    min_n: int = SMALL_SAMPLE,
) -> pd.DataFrame:
    """Change per scored item from one wave to the next, with a bootstrap interval.

    Same parameters and interval as :func:`domain_change`, per item: the item's mean answer
    (1..4, "weet niet" and blanks left out) as percent of maximum, ``n_*`` respondents who
    answered the item. Returns ``domain, item, before_pct, after_pct, change, ci_low,
    ci_high, n_before, n_after, small_sample, level_before, level_after, suppressed``; the
    level is the continuum step of the item's pct, NA when the item is split (as in
    ``scoring.item_scores``) or unanswered.

    Notes
    -----
    Percentile bootstrap of the difference of item means; respondents resampled with
    replacement within each wave independently, B times, seeded (see :func:`domain_change`).
    """
    _check_args(n_boot, confidence, min_n)
    k = instrument.effective_min_group_size(min_group_size)
    items = list(instrument.items)
    mats, levels, hidden = [], [], []
    for answers in (answers_before, answers_after):
        s = scoring.Scores(answers, instrument, min_group_size=k)
        mats.append(_item_matrix(s, instrument))
        table = s.item_scores()
        levels.append(table)
        order = [i.code for i in items]
        hidden.append(_not_shown(table, "item", order) | (mats[-1].shape[0] < k))
    cols = _change_table(
        mats[0],
        mats[1],
        instrument,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        min_n=min_n,
    )
    out = pd.DataFrame(
        {
            "domain": pd.Series([i.domain for i in items], dtype="str"),
            "item": pd.Series([i.code for i in items], dtype="str"),
            **cols,
        }
    )
    for col, table, pct in (
        ("level_before", levels[0], cols["before_pct"]),
        ("level_after", levels[1], cols["after_pct"]),
    ):
        split = _item_split(table, items)
        out[col] = pd.array(
            [pd.NA if sp else instrument.level_of(p) for sp, p in zip(split, pct)],
            dtype="Int64",
        )
    out = _finish(out, hidden[0], hidden[1])
    return out[list(ITEM_CHANGE_COLUMNS)]


def _item_split(table: pd.DataFrame, items) -> list[bool]:
    """Per item: split in every session of the wave (one session: that session's flag)."""
    split = table.groupby("item", observed=True, sort=False)["split"].agg(
        lambda s: bool(s.fillna(False).all()) and len(s) > 0
    )
    return [bool(split.get(i.code, False)) for i in items]


def participation(
    answers_before: pd.DataFrame | scoring.Scores,
    answers_after: pd.DataFrame | scoring.Scores,
    instrument: Instrument,
    k: int | None = None,
) -> pd.DataFrame:
    """Which professions took part in each wave, privacy-safe.

    Parameters
    ----------
    answers_before, answers_after : DataFrame or Scores
        Scoring input of each wave.
    instrument : Instrument
    k : int, optional
        Minimum group size (None: the instrument's; never below 3).

    Returns
    -------
    DataFrame
        ``wave`` ("before" / "after"), ``group`` (profession code, or ``OV_MERGED`` for the
        merged small groups), ``n`` (Int64; NA for a suppressed group), ``suppressed``.
        Per wave: the shown professions in the instrument's role order, then the merged
        group when it exists, then the suppressed professions (their name only: that they
        took part is shown, never how many; the app lists them the same way in its filter).
        The groups and counts are those of each wave's session privacy decision
        (:func:`vsvkit.scoring.group_status`, all groupings at once), so no group can be
        recovered by subtracting shown counts.
    """
    k_eff = instrument.effective_min_group_size(k)
    frames = []
    for wave, answers in (("before", answers_before), ("after", answers_after)):
        decision = scoring.Scores(answers, instrument, min_group_size=k_eff).group_status()
        shown = decision[decision["status"] == "shown"]
        rows: list[tuple[str, int | None, bool]] = [
            (g, int(n), False) for g, n in zip(shown["group"], shown["n"])
        ]
        merged = decision[decision["status"] == "merged"]
        if len(merged):
            rows.append((MERGED_GROUP, int(merged["n"].sum()), False))
        hidden = decision[decision["status"] != "shown"]
        rows.extend((g, None, True) for g in hidden["group"])
        frames.append(
            pd.DataFrame(
                {
                    "wave": pd.Series([wave] * len(rows), dtype="str"),
                    "group": pd.Series([r[0] for r in rows], dtype="str"),
                    "n": pd.array([r[1] for r in rows], dtype="Int64"),
                    "suppressed": np.array([r[2] for r in rows], dtype=bool),
                }
            )
        )
    return pd.concat(frames, ignore_index=True)[list(PARTICIPATION_COLUMNS)]
