"""Groups and the privacy decision behind :mod:`vsvkit.scoring` (private to the package).

:func:`output_keys` maps each respondent to the output row (session, or session x group under
the privacy rule) whose figures it counts in; :func:`hidden_rows` says which figure of which
row may be shown in each context (:mod:`vsvkit.privacy` decides, for all groupings at once).
Results are cached on the matrix (:mod:`vsvkit.scoring.matrix`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from vsvkit import privacy
from vsvkit.errors import VsvkitError
from vsvkit.instrument import Instrument
from vsvkit.scoring.matrix import (
    RespondentMatrix,
    cache_tag,
    cached,
    item_columns,
    respondent_domain,
)

_BY = (None, "profession", "echelon")


@dataclass(frozen=True)
class OutputKeys:
    """The output rows of a table and which respondents count in each."""

    table: pd.DataFrame  # one row per output key: session, [group], suppressed, reason
    resp_key: np.ndarray  # (R,) key whose figures each respondent counts in
    key_session: np.ndarray  # (K,) session index 0..S-1 of each key
    key_set: np.ndarray  # (K,) the key's set in the privacy decision (vsvkit.privacy)


def _session_k(sessions: np.ndarray, inst: Instrument, min_group_size) -> np.ndarray:
    if isinstance(min_group_size, Mapping | pd.Series):
        ks = dict(min_group_size.items())
        return np.array(
            [inst.effective_min_group_size(ks.get(int(s))) for s in sessions], dtype=np.int64
        )
    return np.full(len(sessions), inst.effective_min_group_size(min_group_size), dtype=np.int64)


def group_codes(m: RespondentMatrix, inst: Instrument, by: str) -> tuple[np.ndarray, list[str]]:
    """Each respondent's group code index, and the codes: the instrument's order, then extras."""
    labels = m.profession if by == "profession" else m.echelon
    order = [r.code for r in inst.roles] if by == "profession" else [e.code for e in inst.echelons]
    g_raw, uniq = pd.factorize(labels)
    found = [str(u) for u in uniq]
    known = set(order)
    codes = order + sorted(u for u in found if u not in known)
    rank_of = {c: i for i, c in enumerate(codes)}
    return np.array([rank_of[u] for u in found], dtype=np.int64)[g_raw], codes


def disclosure(m: RespondentMatrix, inst: Instrument, min_group_size) -> privacy.Disclosure:
    """The privacy decision for every session of the matrix (vsvkit.privacy.decide), cached."""

    def build():
        s_idx, sessions = pd.factorize(m.session, sort=True)
        prof, prof_codes = group_codes(m, inst, "profession")
        ech, ech_codes = group_codes(m, inst, "echelon")
        k_s = _session_k(np.asarray(sessions), inst, min_group_size)
        return privacy.decide(s_idx, prof, ech, len(prof_codes), len(ech_codes), k_s)

    return cached(m, cache_tag("disclosure", id(inst), min_group_size), build)


#: The families of contexts a figure is counted over (vsvkit.privacy): everybody, those with a
#: score in each domain, those who gave any answer in each domain, those who answered each item,
#: those who answered each domain's desired-situation item.
CONTEXTS = ("people", "domain", "answered", "item", "desired")


def context_members(
    m: RespondentMatrix, inst: Instrument, family: str
) -> tuple[list[str], np.ndarray]:
    """(context names, (R, C) bool): who contributes to each context of a family."""
    if family == "people":
        return ["all"], np.ones((len(m.session), 1), dtype=bool)
    if family in ("domain", "answered"):
        n_ans, n_dk, score = respondent_domain(m, inst)
        member = ~np.isnan(score) if family == "domain" else (n_ans + n_dk) > 0
        return list(inst.domain_codes), member
    if family == "item":
        return [i.code for i in inst.all_items], ~np.isnan(m.values) | m.dont_know
    if family == "desired":
        _, desired_cols = item_columns(inst)
        given = ~np.isnan(m.values) | m.dont_know
        member = np.zeros((len(m.session), len(desired_cols)), dtype=bool)
        for d, col in enumerate(desired_cols):
            if col is not None:
                member[:, d] = given[:, col]
        return list(inst.domain_codes), member
    raise VsvkitError(f"unknown context family {family!r}; one of {CONTEXTS}")


def hidden_rows(
    m: RespondentMatrix, inst: Instrument, keys: OutputKeys, family: str, min_group_size
):
    """(K, C) status of each key's figure in each context of ``family``.

    0: shown; 2: not shown, too few respondents there; 3: not shown, to protect smaller groups
    (or its group is not shown at all: then its own reason).
    """
    key_status = np.select(
        [keys.table["reason"].to_numpy(dtype=object) == r for r in ("too_few", "protected")],
        [2, 3],
        0,
    )
    if family == "people":
        return key_status[:, None]
    disc = disclosure(m, inst, min_group_size)
    member = context_members(m, inst, family)[1]
    hidden = disc.hidden(family, member)[keys.key_session, :, keys.key_set]
    n_keys = len(keys.table)
    count = np.stack(
        [
            np.bincount(keys.resp_key, weights=member[:, c], minlength=n_keys)
            for c in range(member.shape[1])
        ],
        axis=1,
    )
    k = disc.k[keys.key_session][:, None]
    ctx_status = np.where(hidden, np.where(count < k, 2, 3), 0)
    return np.where(key_status[:, None] > 0, key_status[:, None], ctx_status)


def output_keys(
    m: RespondentMatrix, inst: Instrument, by: str | None, min_group_size
) -> OutputKeys:
    return cached(
        m,
        cache_tag("keys", id(inst), by, min_group_size),
        lambda: _keys_uncached(m, inst, by, min_group_size),
    )


def hidden_reason(status: np.ndarray) -> pd.Series:
    """Why a key is not shown: "too_few", "protected" or NA (shown)."""
    text = np.array([None, None, "too_few", "protected"], dtype=object)
    return pd.Series(text[status], dtype="str")


def _keys_uncached(
    m: RespondentMatrix, inst: Instrument, by: str | None, min_group_size
) -> OutputKeys:
    if by not in _BY:
        raise VsvkitError(f"by must be None, 'profession' or 'echelon', got {by!r}")
    disc = disclosure(m, inst, min_group_size)
    s_idx, sessions = pd.factorize(m.session, sort=True)
    n_sess = len(sessions)
    if by is None:
        shown = disc.active[:, 0]
        table = pd.DataFrame(
            {
                "session": np.asarray(sessions, dtype=np.int64),
                "suppressed": ~shown,
                "reason": hidden_reason(np.where(shown, 0, 2)),
            }
        )
        return OutputKeys(table, s_idx.astype(np.int64), np.arange(n_sess), np.zeros(n_sess, int))

    g, codes = group_codes(m, inst, by)
    n_g = len(codes)
    status = disc.status[by]  # (S, n_g): 0 shown, 1 merged, 2 too few, 3 protected, -1 nobody
    lay = disc.layout
    merged_set = lay.set_of(by, 0, merged=True)
    merged_exists = (status == 1).any(axis=1) | (
        disc.merged_prof if by == "profession" else disc.merged_ech
    ).any(axis=1)
    # keys: every (session, group) with respondents, then a merged key per session that has one
    row_s, row_g = np.nonzero(status >= 0)
    merged_s = np.flatnonzero(merged_exists)
    all_s = np.concatenate([row_s, merged_s])
    all_g = np.concatenate([row_g, np.full(len(merged_s), n_g)])
    all_set = np.concatenate(
        [
            np.array([lay.set_of(by, int(c)) for c in row_g], dtype=np.int64),
            np.full(len(merged_s), merged_set),
        ]
    )
    merged_status = np.where(disc.active[merged_s, merged_set], 0, 3)
    all_status = np.concatenate([status[row_s, row_g], merged_status])
    all_status = np.where(all_status == 1, 2, all_status)  # a merged group's own row: not shown
    order_k = np.lexsort((all_g, all_s))
    key_of = np.empty(len(order_k), dtype=np.int64)
    key_of[order_k] = np.arange(len(order_k))
    pair_to_key = np.full(n_sess * (n_g + 1), -1, dtype=np.int64)
    pair_to_key[all_s * (n_g + 1) + all_g] = key_of
    pair = s_idx.astype(np.int64) * (n_g + 1) + g
    in_merged = status[s_idx, g] == 1
    pair[in_merged] = s_idx[in_merged] * (n_g + 1) + n_g
    labels = np.array(codes + [privacy.MERGED_CODES[by]], dtype=object)
    st = all_status[order_k]
    table = pd.DataFrame(
        {
            "session": np.asarray(sessions, dtype=np.int64)[all_s[order_k]],
            "group": pd.Series(labels[all_g[order_k]], dtype="str"),
            "suppressed": st != 0,
            "reason": hidden_reason(st),
        }
    )
    return OutputKeys(table, pair_to_key[pair], all_s[order_k], all_set[order_k])
