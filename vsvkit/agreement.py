"""Agreement: how far members agree on an item or a domain.

Three figures per item and domain (domain brief, section 4):

* **consensus**, Tastle & Wierman (2007)::

      Cns(X) = 1 + sum_i p_i * log2(1 - |X_i - mu| / d_X)

  with ``p_i`` the share of answers with value ``X_i``, ``mu`` the mean and ``d_X`` the width
  of the scale (max - min = 3 on the 1..4 scale). 1 = everybody gives the same answer, 0 = half
  at each end of the scale.
* **IQR**, q3 - q1, quantiles with linear interpolation (pandas' and numpy's default).
* **split**: the answers pile up at both ends. Exact rule: with ``m`` the median,

      split = (share of answers with |x - m| > split_window) > split_share
              and at least one answer <= min + 0.5 and at least one answer >= max - 0.5

  (both comparisons strict; on the 1..4 scale with the instrument's window 1 and share 0.4: more
  than 40% of the answers lie more than one scale point from the median, and somebody answered 1
  and somebody answered 4). For items the second part means "both the lowest and the highest
  category are used"; for domain scores (means of items) "a score <= 1.5 and a score >= 3.5".
  The window idea follows the SCIROCCO Delphi rule (ratings outside a window around the median).

The functions here work on many groups at once: ``describe_values`` on loose values with a
group key, ``describe_counts`` on answer counts per category. Both return plain arrays; the
scoring module builds the tables.
"""

from __future__ import annotations

import numpy as np

__all__ = ["consensus", "describe_values", "describe_counts"]

_EPS = 1e-9


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


def _split(far: np.ndarray, n: np.ndarray, low: np.ndarray, high: np.ndarray, share: float):
    with np.errstate(invalid="ignore", divide="ignore"):
        return (far / n > share + _EPS) & (low > 0) & (high > 0)


def describe_values(
    key: np.ndarray,
    x: np.ndarray,
    n_keys: int,
    *,
    scale_min: float = 1,
    scale_max: float = 4,
    split_window: float = 1.0,
    split_share: float = 0.4,
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
    far = np.bincount(ks, weights=np.abs(xs - median[ks]) > split_window + _EPS, minlength=n_keys)
    low = np.bincount(ks, weights=xs <= scale_min + 0.5 + _EPS, minlength=n_keys)
    high = np.bincount(ks, weights=xs >= scale_max - 0.5 - _EPS, minlength=n_keys)
    return {
        "n": n,
        "sum": total,
        "mean": mean,
        "median": median,
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "consensus": cns,
        "split": _split(far, n, low, high, split_share),
    }


def describe_counts(
    counts: np.ndarray,
    *,
    scale_min: int = 1,
    split_window: float = 1.0,
    split_share: float = 0.4,
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
    far_mask = np.abs(values[None, :] - median[:, None]) > split_window + _EPS
    far = (counts * far_mask).sum(axis=1)
    return {
        "n": n,
        "sum": total,
        "mean": mean,
        "median": median,
        "q1": q1,
        "q3": q3,
        "iqr": q3 - q1,
        "consensus": cns,
        "split": _split(far, n, counts[:, 0], counts[:, -1], split_share),
    }
