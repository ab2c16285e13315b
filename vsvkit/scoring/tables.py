"""Score tables computed from the matrix (private to the package; the public API is
:mod:`vsvkit.scoring`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument
from vsvkit.scoring.agreement import describe_counts, describe_values
from vsvkit.scoring.disclosure import OutputKeys, hidden_reason, hidden_rows, output_keys
from vsvkit.scoring.matrix import RespondentMatrix, cache_tag, item_columns, respondent_domain

# -- output helpers ---------------------------------------------------------------------------


def levels_of(inst: Instrument, pct: np.ndarray) -> np.ndarray:
    """Level numbers (float, NaN = missing) of ``pct``: :meth:`Instrument.level_of` decides."""
    return inst.level_of(np.asarray(pct, dtype=float))


def nullable_int(x: np.ndarray) -> pd.arrays.IntegerArray:
    """Whole numbers held as float (NaN = missing) as an ``Int64`` array, without pandas'
    per-value checks of ``pd.array(x, dtype="Int64")``."""
    missing = np.isnan(x)
    return pd.arrays.IntegerArray(np.where(missing, 0, x).astype(np.int64), missing)


def _nullable_bool(x: np.ndarray, missing: np.ndarray) -> pd.arrays.BooleanArray:
    """A ``boolean`` array: ``x`` where known, NA where ``missing``."""
    return pd.arrays.BooleanArray(np.asarray(x, dtype=bool).copy(), np.asarray(missing).copy())


def _per_key_mean(key: np.ndarray, x: np.ndarray, n_keys: int) -> np.ndarray:
    ok = ~np.isnan(x)
    n = np.bincount(key[ok], minlength=n_keys)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.bincount(key[ok], weights=x[ok], minlength=n_keys) / n


def output_frame(
    keys: OutputKeys,
    by: str | None,
    repeat: int,
    columns: dict,
    keep: tuple[str, ...],
    status: np.ndarray,
    column_status: dict | None = None,
) -> pd.DataFrame:
    """One output table: the key columns repeated ``repeat`` times, then ``columns``.

    ``status`` (one per output row: 0 shown, 2 too few, 3 protected; see
    ``disclosure.hidden_rows``) decides the row: every figure (columns not in ``keep``) of a row
    not shown is blanked (NaN in float columns, NA in the others; int columns become ``Int64``
    and bool columns ``boolean``). A column counted over another context (the "weet niet"
    share, the desired situation) is blanked by its own entry in ``column_status``. Adds
    ``suppressed`` (bool) and ``reason`` ("too_few", "protected" or NA).
    """
    column_status = column_status or {}
    hide = np.asarray(status) > 0
    data: dict[str, Any] = {
        "session": np.repeat(keys.table["session"].to_numpy(dtype=np.int64), repeat)
    }
    if by:
        groups = keys.table["group"].to_numpy(dtype=object)
        data["group"] = pd.Series(np.repeat(groups, repeat), dtype="str")
    for name, col in columns.items():
        if name in keep:
            data[name] = col
        else:
            own = column_status.get(name)
            data[name] = _blanked(col, hide if own is None else (np.asarray(own) > 0) | hide)
    data["suppressed"] = hide
    data["reason"] = hidden_reason(np.asarray(status))
    return pd.DataFrame(data)


def _blanked(col, hide: np.ndarray):
    """``col`` with the rows in ``hide`` set missing (nullable dtypes for ints and bools)."""
    if isinstance(col, pd.arrays.IntegerArray):  # masked already: combine the masks
        known = col.to_numpy(dtype=np.int64, na_value=0, copy=True)
        return pd.arrays.IntegerArray(known, np.asarray(col.isna()) | hide)
    if isinstance(col, pd.arrays.BooleanArray):
        known = col.to_numpy(dtype=bool, na_value=False, copy=True)
        return pd.arrays.BooleanArray(known, np.asarray(col.isna()) | hide)
    arr = np.asarray(col)
    if arr.dtype == bool:
        return pd.arrays.BooleanArray(arr.copy(), hide.copy())
    if np.issubdtype(arr.dtype, np.integer):
        return pd.arrays.IntegerArray(arr.astype(np.int64), hide.copy())
    if np.issubdtype(arr.dtype, np.floating):
        return np.where(hide, np.nan, arr) if hide.any() else arr
    raise TypeError(f"cannot blank a column of dtype {arr.dtype}")  # pragma: no cover


# -- tables ----------------------------------------------------------------------------------


def domain_table(
    m: RespondentMatrix, inst: Instrument, by: str | None, min_group_size
) -> pd.DataFrame:
    tag = cache_tag("domain_table", id(inst), by, min_group_size)
    if tag is not None and tag in m.cache:
        return m.cache[tag].copy()
    table = _domain_table_uncached(m, inst, by, min_group_size)
    if tag is not None:
        m.cache[tag] = table.copy()
    return table


def _domain_table_uncached(
    m: RespondentMatrix, inst: Instrument, by, min_group_size
) -> pd.DataFrame:
    keys = output_keys(m, inst, by, min_group_size)
    n_ans, n_dk, score = respondent_domain(m, inst)
    _, desired_cols = item_columns(inst)
    n_keys, n_dom = len(keys.table), len(inst.domains)
    cell_key = keys.resp_key[:, None] * n_dom + np.arange(n_dom)
    valid = ~np.isnan(score)
    desc = describe_values(
        cell_key[valid],
        score[valid],
        n_keys * n_dom,
        scale_min=inst.scale_min,
        scale_max=inst.scale_max,
        split=inst.split,
    )
    given = np.bincount(cell_key.ravel(), weights=(n_ans + n_dk).ravel(), minlength=n_keys * n_dom)
    dk = np.bincount(cell_key.ravel(), weights=n_dk.ravel(), minlength=n_keys * n_dom)
    with np.errstate(invalid="ignore", divide="ignore"):
        dk_share = dk / given
    desired_by_domain = np.full((n_keys, n_dom), np.nan)
    for d, col in enumerate(desired_cols):
        if col is not None:
            desired_by_domain[:, d] = _per_key_mean(keys.resp_key, m.values[:, col], n_keys)
    desired = desired_by_domain.ravel()

    status = hidden_rows(m, inst, keys, "domain", min_group_size)
    desired_status = hidden_rows(m, inst, keys, "desired", min_group_size)

    balanced = np.full(n_keys * n_dom, np.nan)
    if by is None:
        # mean of the profession means of the professions shown in each domain (the merged
        # group counts as one); groups not shown stay out, so it reveals nothing beyond them
        pk = output_keys(m, inst, "profession", min_group_size)
        n_pk = len(pk.table)
        p_cell = pk.resp_key[:, None] * n_dom + np.arange(n_dom)
        p_mean = _per_key_mean(p_cell.ravel(), score.ravel(), n_pk * n_dom).reshape(n_pk, n_dom)
        p_mean[hidden_rows(m, inst, pk, "domain", min_group_size) > 0] = np.nan
        s_cell = (pk.key_session[:, None] * n_dom + np.arange(n_dom)).ravel()
        balanced = _per_key_mean(s_cell, p_mean.ravel(), n_keys * n_dom)

    mean = desc["mean"]
    pct = inst.pct(mean)
    level = levels_of(inst, pct)
    level[desc["split"] | (desc["n"] == 0)] = np.nan
    split = _nullable_bool(desc["split"], desc["n"] == 0)
    return output_frame(
        keys,
        by,
        n_dom,
        {
            "domain": pd.Series(np.tile(inst.domain_codes, n_keys), dtype="str"),
            "n": desc["n"].astype(np.int64),
            "mean": mean,
            "median": desc["median"],
            "q1": desc["q1"],
            "q3": desc["q3"],
            "iqr": desc["iqr"],
            "pct": pct,
            "balanced_mean": balanced,
            "level": nullable_int(level),
            "consensus": desc["consensus"],
            "split": split,
            "dont_know": dk_share,
            "desired_mean": desired,
            "desired_pct": inst.pct(desired),
        },
        ("session", "group", "domain"),
        status.ravel(),
        {
            "dont_know": hidden_rows(m, inst, keys, "answered", min_group_size).ravel(),
            "desired_mean": desired_status.ravel(),
            "desired_pct": desired_status.ravel(),
        },
    )


def item_counts(m: RespondentMatrix, inst: Instrument, keys: OutputKeys, include_desired: bool):
    """counts[key * I + item, c]: c = 0..3 for answers 1..4, c = 4 for "weet niet"."""
    items = [i for i in inst.all_items if include_desired or not i.desired]
    pos = {i.code: j for j, i in enumerate(inst.all_items)}
    cols = [pos[i.code] for i in items]
    n_keys, n_items, n_cat = len(keys.table), len(items), inst.scale_max - inst.scale_min + 2
    vals = m.values[:, cols]
    dk = m.dont_know[:, cols]
    answered = ~np.isnan(vals)
    cat = np.where(dk, n_cat - 1, np.nan_to_num(vals, nan=inst.scale_min) - inst.scale_min)
    flat = (keys.resp_key[:, None] * n_items + np.arange(n_items)) * n_cat + cat.astype(np.int64)
    counts = np.bincount(flat[answered | dk], minlength=n_keys * n_items * n_cat)
    return items, counts.reshape(n_keys * n_items, n_cat), cols


def item_table(
    m: RespondentMatrix, instrument: Instrument, by, min_group_size, include_desired: bool = False
) -> pd.DataFrame:
    keys = output_keys(m, instrument, by, min_group_size)
    items, counts, cols = item_counts(m, instrument, keys, include_desired)
    status = hidden_rows(m, instrument, keys, "item", min_group_size)[:, cols]
    desc = describe_counts(
        counts[:, :-1],
        scale_min=instrument.scale_min,
        split=instrument.split,
    )
    given = counts.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        dk_share = counts[:, -1] / given
    n_keys = len(keys.table)
    split = _nullable_bool(desc["split"], desc["n"] == 0)
    return output_frame(
        keys,
        by,
        len(items),
        {
            "domain": pd.Series(np.tile([i.domain for i in items], n_keys), dtype="str"),
            "item": pd.Series(np.tile([i.code for i in items], n_keys), dtype="str"),
            "n": desc["n"].astype(np.int64),
            "mean": desc["mean"],
            "pct": instrument.pct(desc["mean"]),
            "median": desc["median"],
            "iqr": desc["iqr"],
            "consensus": desc["consensus"],
            "split": split,
            "dont_know": dk_share,
        },
        ("session", "group", "domain", "item"),
        status.ravel(),
    )
