"""Checks on the single values the store is given: ids, VSV names, dates, waves, group sizes.

Each check returns the clean value or raises a :class:`~vsvkit.errors.StoreError` with a
string key, so the CLI and the app show it in the user's language. The store calls them
before it opens a transaction: a refused value never reaches the database.

Examples
--------
>>> vsv_name("  VSV Noord ")
'VSV Noord'
>>> session_id("12")
12
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import numpy as np

from vsvkit.errors import StoreError
from vsvkit.store import models as m

__all__ = [
    "MAX_ID",
    "MAX_VSV_LENGTH",
    "MIN_GROUP_SIZE_RANGE",
    "session_id",
    "invited",
    "invited_by_profession",
    "session_ids",
    "whole_number",
    "vsv_name",
    "session_date",
    "wave",
    "min_group_size",
]

#: The largest id and whole number the store keeps (a 32-bit INTEGER in PostgreSQL).
MAX_ID = 2**31 - 1
#: VSV names are 1 to this many printable characters after trimming.
MAX_VSV_LENGTH = 120
#: Allowed minimum group sizes: the privacy floor up to more members than any VSV has.
MIN_GROUP_SIZE_RANGE = (3, 1000)


def _is_whole(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, np.integer))


def session_id(value: Any) -> int:
    """A session id as an int: a whole number (or its digits as text) from 1 to MAX_ID."""
    number = value
    if isinstance(value, str) and value.strip().isdecimal():
        number = int(value.strip())
    if not _is_whole(number) or not 1 <= number <= MAX_ID:
        raise StoreError(key="store_bad_session_id", value=_shown(value, quote=False), max=MAX_ID)
    return int(number)


def session_ids(value: Any) -> list[int] | None:
    """Session ids as a list of ints: one id, or an iterable of them; None stays None (all)."""
    if value is None:
        return None
    if isinstance(value, (int, np.integer, str)):
        return [session_id(value)]
    try:
        return [session_id(i) for i in value]
    except TypeError as err:
        raise StoreError(key="store_bad_session_id", value=repr(value)[:60], max=MAX_ID) from err


def whole_number(name: str, value: Any, low: int = 1, high: int = MAX_ID) -> int:
    """``value`` as an int when it is a whole number from ``low`` to ``high``."""
    if not _is_whole(value) or not low <= value <= high:
        raise StoreError(
            key="store_number_range", name=name, low=low, high=high, value=_shown(value)
        )
    return int(value)


def invited(value: Any, by_profession: dict[str, int]) -> int | None:
    """The number of members invited: ``value``, else the sum per profession, else None."""
    if value is None:
        return sum(by_profession.values()) or None
    total = whole_number("invited", value, 1, 100_000)
    if by_profession and sum(by_profession.values()) > total:
        raise StoreError(
            key="store_survey_invited_sum", total=total, by_profession=sum(by_profession.values())
        )
    return total


def invited_by_profession(value: Any, instrument: Any) -> dict[str, int]:
    """Members invited per role code of ``instrument`` (codes it does not know are refused)."""
    roles = [r.code for r in instrument.roles]
    out = {}
    for code, n in dict(value).items():
        if code not in roles:
            raise StoreError(
                key="store_survey_unknown_role", code=_shown(code), allowed=", ".join(roles)
            )
        out[code] = whole_number(f"invited {code}", n, 0, 100_000)
    return {code: n for code, n in out.items() if n}


def vsv_name(value: Any) -> str:
    """A VSV name, trimmed: 1 to :data:`MAX_VSV_LENGTH` printable characters.

    Unicode spaces (a no-break space pasted from a word processor) become plain spaces;
    line breaks, tabs, control and invisible format characters are refused, naming the
    position and the character.
    """
    if not isinstance(value, str):
        raise StoreError(key="store_vsv_not_text", value=_shown(value))
    text = "".join(" " if unicodedata.category(c) == "Zs" else c for c in value).strip()
    if not text:
        raise StoreError(key="store_vsv_empty", max=MAX_VSV_LENGTH)
    if len(text) > MAX_VSV_LENGTH:
        raise StoreError(key="store_vsv_too_long", n=len(text), start=text[:30], max=MAX_VSV_LENGTH)
    for pos, char in enumerate(text, start=1):
        if not char.isprintable():
            name = unicodedata.name(char, "")
            shown = f"U+{ord(char):04X}" + (f" {name}" if name else "")
            raise StoreError(key="store_vsv_bad_char", pos=pos, char=shown)
    return text


def session_date(value: Any) -> dt.date:
    """A meeting date: a date, a datetime (its day) or ``YYYY-MM-DD`` text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as err:
        raise StoreError(key="store_bad_date", value=_shown(value)) from err


def wave(value: Any) -> str:
    """One of :data:`~vsvkit.store.models.WAVES`."""
    if value not in m.WAVES:
        raise StoreError(key="store_bad_wave", allowed=", ".join(m.WAVES), value=_shown(value))
    return value


def min_group_size(value: Any) -> int | None:
    """None (the instrument's) or a whole number in :data:`MIN_GROUP_SIZE_RANGE`."""
    if value is None:
        return None
    low, high = MIN_GROUP_SIZE_RANGE
    if not _is_whole(value) or not low <= value <= high:
        raise StoreError(key="store_bad_min_group_size", low=low, high=high, value=_shown(value))
    return int(value)


def _shown(value: Any, limit: int = 60, *, quote: bool = True) -> str:
    """A value as it may appear in a message: its repr (``str`` for whole numbers and
    without ``quote``), cut to ``limit`` characters."""
    text = str(value) if _is_whole(value) or not quote else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
