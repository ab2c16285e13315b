"""Checks on a Responses object before it is stored (intake normally guarantees these)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from vsvkit.errors import StoreError
from vsvkit.instrument import Instrument

__all__ = ["validated"]

_COLUMNS = {
    "respondents": ("respondent", "profession", "echelon"),
    "answers": ("respondent", "item", "value", "dont_know"),
    "remarks": ("domain", "text"),
}


def _fail(what: str, bad: Any, rule: str, **params: object) -> StoreError:
    """The error for the values ``bad`` of ``what`` (table.column); ``rule`` is the string key
    of what is allowed, ``params`` fill its placeholders."""
    values = sorted({str(v) for v in np.asarray(bad, dtype=object).ravel()})
    shown = ", ".join(values[:10]) + (" ..." if len(values) > 10 else "")
    return StoreError(key="store_responses_bad", what=what, values=shown, rule_key=rule, **params)


def validated(responses: Any, instrument: Instrument) -> tuple[pd.DataFrame, ...]:
    """Return ``(respondents, answers, remarks)`` after checking them against the instrument.

    Raises
    ------
    StoreError
        Naming the table, the column, the offending values and what is allowed.
    """
    frames = []
    for name, columns in _COLUMNS.items():
        frame = getattr(responses, name, None)
        if frame is None and name == "remarks":
            frame = pd.DataFrame(columns=list(columns))
        if not isinstance(frame, pd.DataFrame):
            raise StoreError(key="store_responses_not_frame", name=name)
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise StoreError(
                key="store_responses_no_columns",
                name=name,
                missing=", ".join(missing),
                expected=", ".join(columns),
            )
        frames.append(frame.loc[:, list(columns)])
    resp, ans, rem = frames

    number = pd.to_numeric(resp["respondent"], errors="coerce")
    if number.isna().any() or (number != number.round()).any():
        raise _fail(
            "respondents.respondent", resp["respondent"][number.isna()], "store_rule_whole_numbers"
        )
    if number.duplicated().any():
        raise _fail("respondents.respondent", number[number.duplicated()], "store_rule_once")
    roles = {r.code for r in instrument.roles}
    bad = ~resp["profession"].isin(roles)
    if bad.any():
        raise _fail(
            "respondents.profession",
            resp["profession"][bad],
            "store_rule_allowed",
            allowed=sorted(roles),
        )
    echelons = {e.code for e in instrument.echelons}
    bad = ~resp["echelon"].isin(echelons)
    if bad.any():
        raise _fail(
            "respondents.echelon",
            resp["echelon"][bad],
            "store_rule_allowed",
            allowed=sorted(echelons),
        )

    bad = ~ans["respondent"].isin(number)
    if bad.any():
        raise _fail("answers.respondent", ans["respondent"][bad], "store_rule_known_respondent")
    codes = [i.code for i in instrument.all_items]
    bad = ~ans["item"].isin(codes)
    if bad.any():
        raise _fail(
            "answers.item",
            ans["item"][bad],
            "store_rule_known_item",
            instrument=instrument.name,
            version=instrument.version,
        )
    item_index = pd.Categorical(ans["item"], categories=codes).codes.astype(np.int64)
    key = pd.Series(ans["respondent"].to_numpy(dtype=np.int64) * len(codes) + item_index)
    twice = key.duplicated().to_numpy()
    if twice.any():
        dup = ans[twice]
        raise _fail(
            "answers",
            dup["respondent"].astype(str) + "/" + dup["item"].astype(str),
            "store_rule_one_answer",
        )
    value = pd.to_numeric(ans["value"], errors="coerce")
    allowed = [s.value for s in instrument.scale]
    if min(allowed) < 0 or max(allowed) > 14:
        raise StoreError(
            key="store_scale_out_of_range", instrument=instrument.name, allowed=allowed
        )
    bad = (value.notna() & ~value.isin(allowed)) | (value.isna() & ans["value"].notna())
    if bad.any():
        raise _fail(
            "answers.value", ans["value"][bad], "store_rule_allowed_or_empty", allowed=allowed
        )
    dont_know = ans["dont_know"]
    if dont_know.dtype != bool:
        if dont_know.isna().any() or not dont_know.isin([True, False]).all():
            raise _fail(
                "answers.dont_know",
                dont_know[~dont_know.isin([True, False])],
                "store_rule_true_false",
            )
        dont_know = dont_know.astype(bool)
    bad = dont_know & value.notna()
    if bad.any():
        raise _fail("answers.value", ans["value"][bad], "store_rule_empty_if_dont_know")
    ans = ans.assign(value=value.astype(float), dont_know=dont_know)

    bad = ~rem["domain"].isin(instrument.domain_codes)
    if bad.any():
        raise _fail(
            "remarks.domain",
            rem["domain"][bad],
            "store_rule_allowed",
            allowed=list(instrument.domain_codes),
        )
    rem = rem[rem["text"].notna()]
    return resp.assign(respondent=number.astype(np.int64)), ans, rem
