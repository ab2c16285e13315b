"""Agreement: how far members agree on an item or a domain.

Three figures per item and domain (domain brief, section 4):

* **consensus**, Tastle & Wierman (2007)::

      Cns(X) = 1 + sum_i p_i * log2(1 - |X_i - mu| / d_X)

  with ``p_i`` the share of answers with value ``X_i``, ``mu`` the mean and ``d_X`` the width
  of the scale (max - min = 3 on the 1..4 scale). 1 = everybody gives the same answer, 0 = half
  at each end of the scale.
* **IQR**, q3 - q1, quantiles with linear interpolation (pandas' and numpy's default).
* **split**: the room is divided into two camps, one at each end of the scale. Exact rule
  (:class:`SplitRule`, parameters from the instrument file's ``split`` section)::

      split = share at the low end >= pole_share and share at the high end >= pole_share
              [or consensus < max_consensus, when max_consensus is set]

  A value is at the low end when it is <= min + pole_width, at the high end when it is
  >= max - pole_width. With the bundled instrument (pole_share 0.25, pole_width 0.5, no
  max_consensus) on the 1..4 scale: for an item's answers, at least a quarter answered 1
  (niet) and at least a quarter answered 4 (volledig); for a domain, computed on the
  distribution of the respondents' domain scores (means of their answers), at least a quarter
  of the respondents score <= 1.5 and at least a quarter >= 3.5. So 3x niet + 2x volledig and
  6 vs 4 at the two ends are split; 40% / 60% on the two middle answers is not; a uniform
  spread (a quarter on each answer) is split: a quarter of the room says "niet" and a quarter
  "volledig", and no one level describes that room. Everybody giving the same answer is never
  split (one end is empty). This follows the domain brief, section 4; the window around the
  median of the SCIROCCO Delphi rule, used before, missed rooms of two camps.

The functions here work on many groups at once: ``describe_values`` on loose values with a
group key, ``describe_counts`` on answer counts per category. Both return plain arrays; the
scoring module builds the tables.
"""

from __future__ import annotations

import numpy as np

from vsvkit.instrument import SplitRule

__all__ = ["SplitRule", "consensus", "describe_values", "describe_counts", "split_flags"]

_EPS = 1e-9
_DEFAULT_SPLIT = SplitRule()


def consensus(values, scale_min: float = 1, scale_max: float = 4) -> float:
    """Tastle & Wierman consensus of a set of answers (NaN ignored; NaN when none).

    Examples
    --------
    >>> consensus([1, 1, 4, 4])
    0.0
    >>> consensus([3, 3, 3])
    1.0
    """
    x = np.asarray(values, dtype=float)
    x = x[~np.isnan(x)]
    if len(x) == 0:
        return float("nan")
    width = scale_max - scale_min
    mu = x.mean()
    return float(1 + np.mean(np.log2(1 - np.abs(x - mu) / width)))


def split_flags(rule: SplitRule, n, low, high, consensus) -> np.ndarray:
    """Split per group from its count ``n``, the counts ``low``/``high`` at each end of the
    scale and its ``consensus``, by ``rule``; False where n == 0."""
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        poles = (low / n >= rule.pole_share - _EPS) & (high / n >= rule.pole_share - _EPS)
        if rule.max_consensus is not None:
            poles |= np.asarray(consensus) < rule.max_consensus - _EPS
    return poles & (n > 0)


def describe_values(
    key: np.ndarray,
    x: np.ndarray,
    n_keys: int,
    *,
    scale_min: float = 1,
    scale_max: float = 4,
    split: SplitRule = _DEFAULT_SPLIT,
) -> dict[str, np.ndarray]:
    """Summary and agreement of values ``x`` per group ``key`` (0..n_keys-1), all at once.

    ``x`` must not hold NaN. Returns arrays of length ``n_keys``: ``n``, ``sum``, ``mean``,
    ``median``, ``q1``, ``q3``, ``iqr``, ``consensus``, ``split`` (bool; False where n == 0).
    Figures are NaN where n == 0.

    Notes
    -----
    Values are sorted once by (key, value); quantiles are read at position (n - 1) * p of each
    group's run with linear interpolation; consensus is the Tastle & Wierman formula with
    ``p_i = 1/n`` for each value, which equals the formula on the distribution of distinct
    values. See the module docstring for the split rule.
    """
    key = np.asarray(key, dtype=np.int64)
    x = np.asarray(x, dtype=float)
    # one float sort key instead of lexsort: within a key the order follows x
    # (x lies in [scale_min, scale_max], so key * span + x keeps keys apart)
    span = float(scale_max - scale_min + 2)
    order = np.argsort(key * span + (x - scale_min))
    xs = x[order]
    ks = key[order]
    n = np.bincount(ks, minlength=n_keys)
    start = np.cumsum(n) - n
    has = n > 0
    total = np.bincount(ks, weights=xs, minlength=n_keys)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / n

    def quantile(p: float) -> np.ndarray:
        pos = (n - 1) * p
        lo = np.floor(pos).astype(np.int64)
        hi = np.ceil(pos).astype(np.int64)
        out = np.full(n_keys, np.nan)
        i_lo = (start + lo)[has]
        i_hi = (start + hi)[has]
        frac = (pos - lo)[has]
        out[has] = xs[i_lo] + frac * (xs[i_hi] - xs[i_lo])
        return out

    median = quantile(0.5)
    q1 = quantile(0.25)
    q3 = quantile(0.75)
    width = scale_max - scale_min
    dev = np.abs(xs - mean[ks])
    with np.errstate(invalid="ignore", divide="ignore"):
        logs = np.log2(np.clip(1 - dev / width, 0.0, None))
        cns = 1 + np.bincount(ks, weights=logs, minlength=n_keys) / n
    low = np.bincount(ks, weights=xs <= scale_min + split.pole_width + _EPS, minlength=n_keys)
    high = np.bincount(ks, weights=xs >= scale_max - split.pole_width - _EPS, minlength=n_keys)
    return _summary(n, total, mean, median, q1, q3, cns, split_flags(split, n, low, high, cns))


def describe_counts(
    counts: np.ndarray,
    *,
    scale_min: int = 1,
    split: SplitRule = _DEFAULT_SPLIT,
) -> dict[str, np.ndarray]:
    """Summary and agreement from answer counts: ``counts[g, c]`` = answers ``scale_min + c``.

    Same figures and rules as :func:`describe_values` (the result is identical to expanding the
    counts into values), computed from the C categories without sorting.
    """
    counts = np.asarray(counts, dtype=np.int64)
    n_keys, n_cat = counts.shape
    values = scale_min + np.arange(n_cat, dtype=float)
    n = counts.sum(axis=1)
    has = n > 0
    total = counts @ values
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = total / n
    cum = np.cumsum(counts, axis=1)

    def value_at(i: np.ndarray) -> np.ndarray:
        # the i-th smallest answer (0-based): first category whose cumulative count exceeds i
        return scale_min + (cum <= i[:, None]).sum(axis=1).astype(float)

    def quantile(p: float) -> np.ndarray:
        pos = np.where(has, (n - 1) * p, 0.0)
        lo = np.floor(pos).astype(np.int64)
        hi = np.ceil(pos).astype(np.int64)
        v_lo = value_at(lo)
        out = v_lo + (pos - lo) * (value_at(hi) - v_lo)
        return np.where(has, out, np.nan)

    median = quantile(0.5)
    q1 = quantile(0.25)
    q3 = quantile(0.75)
    width = values[-1] - values[0]
    dev = np.abs(values[None, :] - mean[:, None])
    with np.errstate(invalid="ignore", divide="ignore"):
        logs = np.where(counts > 0, np.log2(np.clip(1 - dev / width, 0.0, None)), 0.0)
        cns = 1 + (counts * logs).sum(axis=1) / n
    low = counts @ (values <= values[0] + split.pole_width + _EPS)
    high = counts @ (values >= values[-1] - split.pole_width - _EPS)
    return _summary(n, total, mean, median, q1, q3, cns, split_flags(split, n, low, high, cns))


def _summary(n, total, mean, median, q1, q3, cns, split) -> dict[str, np.ndarray]:
    """The figures both describe functions return, by name."""
    return {
        "n": n,
        "sum": total,
        "mean": mean,
        "median": median,
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "consensus": cns,
        "split": split,
    }
