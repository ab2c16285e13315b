"""Tests of vsvkit.formatting: figures and dates in Dutch and English, written out by hand."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

from vsvkit.formatting import (
    DASH,
    LOCALES,
    fmt_count,
    fmt_date,
    fmt_number,
    fmt_pct,
    fmt_share,
    format_table,
    tick_formatter,
)

MISSING = [None, float("nan"), np.nan, pd.NA, pd.NaT, float("inf"), float("-inf")]


def test_locales_are_dutch_and_british():
    assert LOCALES == {"nl": "nl_NL", "en": "en_GB"}


@pytest.mark.parametrize(
    ("value", "kwargs", "nl", "en"),
    [
        (0.84, {}, "0,84", "0.84"),
        (0.8449, {}, "0,84", "0.84"),
        (0.76, {"digits": 1}, "0,8", "0.8"),
        (2.605, {"digits": 1}, "2,6", "2.6"),
        (-0.75, {}, "-0,75", "-0.75"),
        (-1234.5, {"digits": 1}, "-1.234,5", "-1,234.5"),
        (1234567.0, {"digits": 0}, "1.234.567", "1,234,567"),
        (3.0, {}, "3,00", "3.00"),
        (57.12, {"digits": 0}, "57", "57"),
        (57.5, {"digits": 0}, "58", "58"),
        # half to even on the printed value
        (2.5, {"digits": 0}, "2", "2"),
        (3.5, {"digits": 0}, "4", "4"),
        (0.125, {}, "0,12", "0.12"),
        (0.135, {}, "0,14", "0.14"),
        (74.99999999999997, {"digits": 0}, "75", "75"),
        (74.99999999999997, {"digits": 1}, "75,0", "75.0"),
        # a rounded zero has no sign
        (-0.004, {}, "0,00", "0.00"),
        (-0.4, {"digits": 0}, "0", "0"),
        # trim: decimals only where needed
        (0.5, {"trim": True}, "0,5", "0.5"),
        (25.0, {"digits": 1, "trim": True}, "25", "25"),
        (37.5, {"digits": 1, "trim": True}, "37,5", "37.5"),
        (0.125, {"digits": 3, "trim": True}, "0,125", "0.125"),
        # signed: a change
        (15.0, {"digits": 0, "signed": True}, "+15", "+15"),
        (-2.0, {"digits": 0, "signed": True}, "-2", "-2"),
        (0.3, {"digits": 0, "signed": True}, "0", "0"),
        (-0.3, {"digits": 0, "signed": True}, "0", "0"),
        (1.25, {"digits": 1, "signed": True}, "+1,2", "+1.2"),
        # numpy and Decimal values
        (np.float64(0.845), {}, "0,84", "0.84"),
        (np.float32(0.25), {}, "0,25", "0.25"),
        (np.int64(12), {"digits": 0}, "12", "12"),
        (Decimal("0.705"), {}, "0,70", "0.70"),
    ],
)
def test_fmt_number(value, kwargs, nl, en):
    assert fmt_number(value, lang="nl", **kwargs) == nl
    assert fmt_number(value, lang="en", **kwargs) == en


@pytest.mark.parametrize("missing", MISSING)
def test_missing_figures_read_the_dash(missing):
    assert DASH == "–"
    for lang in ("nl", "en"):
        assert fmt_number(missing, lang=lang) == DASH
        assert fmt_number(missing, lang=lang, signed=True) == DASH
        assert fmt_count(missing, lang=lang) == DASH
        assert fmt_pct(missing, lang=lang, digits=1) == DASH
        assert fmt_share(missing, lang=lang) == DASH
        assert fmt_date(missing, lang=lang) == DASH


def test_counts():
    assert fmt_count(47, lang="nl") == "47"
    assert fmt_count(np.int64(1234), lang="nl") == "1.234"
    assert fmt_count(1234, lang="en") == "1,234"
    assert fmt_count(102000, lang="nl") == "102.000"
    assert fmt_count(0, lang="en") == "0"


@pytest.mark.parametrize(
    ("value", "kwargs", "nl", "en"),
    [
        (74.5, {"digits": 1}, "74,5%", "74.5%"),
        (74.5, {}, "74%", "74%"),  # whole percent, half to even
        (75.5, {}, "76%", "76%"),
        (56.87943262411347, {}, "57%", "57%"),
        (56.87943262411347, {"digits": 1}, "56,9%", "56.9%"),
        (0.0, {}, "0%", "0%"),
        (100.0, {"digits": 1}, "100,0%", "100.0%"),
        (100.0, {"digits": 1, "trim": True}, "100%", "100%"),
        (-12.5, {"digits": 1}, "-12,5%", "-12.5%"),
        (-0.2, {}, "0%", "0%"),
        (5.0, {"signed": True}, "+5%", "+5%"),
        (1234.5, {"digits": 1}, "1.234,5%", "1,234.5%"),
    ],
)
def test_fmt_pct(value, kwargs, nl, en):
    assert fmt_pct(value, lang="nl", **kwargs) == nl
    assert fmt_pct(value, lang="en", **kwargs) == en


@pytest.mark.parametrize(
    ("value", "kwargs", "nl", "en"),
    [
        (0.235, {}, "24%", "24%"),
        (0.745, {"digits": 1}, "74,5%", "74.5%"),
        (0.03070175438596491, {}, "3%", "3%"),
        (0.6, {"digits": 1, "trim": True}, "60%", "60%"),
        (2 / 3, {"digits": 1, "trim": True}, "66,7%", "66.7%"),
        (0.0, {}, "0%", "0%"),
        (1.0, {}, "100%", "100%"),
    ],
)
def test_fmt_share(value, kwargs, nl, en):
    assert fmt_share(value, lang="nl", **kwargs) == nl
    assert fmt_share(value, lang="en", **kwargs) == en


@pytest.mark.parametrize(
    ("value", "nl", "en"),
    [
        ("2026-10-07", "7 oktober 2026", "7 October 2026"),
        (dt.date(2025, 6, 4), "4 juni 2025", "4 June 2025"),
        (dt.date(2026, 3, 1), "1 maart 2026", "1 March 2026"),
        (dt.datetime(2024, 11, 19, 13, 45), "19 november 2024", "19 November 2024"),
        (pd.Timestamp("2025-09-23"), "23 september 2025", "23 September 2025"),
        (" 2025-05-15 ", "15 mei 2025", "15 May 2025"),
    ],
)
def test_fmt_date(value, nl, en):
    assert fmt_date(value, lang="nl") == nl
    assert fmt_date(value, lang="en") == en


def test_every_dutch_month():
    months = [fmt_date(dt.date(2026, m, 2), lang="nl").split()[1] for m in range(1, 13)]
    assert months == [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ]


def test_language_is_required_and_checked():
    with pytest.raises(TypeError):
        fmt_number(0.5)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        fmt_date("2026-10-07", "nl")  # type: ignore[misc]
    with pytest.raises(ValueError, match="unknown language 'de'"):
        fmt_pct(50, lang="de")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown language"):
        tick_formatter(lang="fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="digits"):
        fmt_number(1.0, lang="nl", digits=-1)


def test_tick_formatter_uses_the_same_functions():
    consensus = tick_formatter(lang="nl", digits=2, trim=False)
    assert [consensus(v, i) for i, v in enumerate([0, 0.25, 0.5, 1.0])] == [
        "0,00",
        "0,25",
        "0,50",
        "1,00",
    ]
    cutoffs = tick_formatter(lang="en", digits=1)
    assert [cutoffs(v) for v in (0, 37.5, 100)] == ["0", "37.5", "100"]
    diverging = tick_formatter(lang="nl", kind="pct", absolute=True)
    assert [diverging(v) for v in (-100, -50, 0, 50)] == ["100%", "50%", "0%", "50%"]
    shares = tick_formatter(lang="nl", kind="share", digits=1)
    assert shares(0.125) == "12,5%"
    with pytest.raises(ValueError, match="kind"):
        tick_formatter(lang="nl", kind="money")


def test_format_table_for_reading():
    frame = pd.DataFrame(
        {
            "domain": ["CLI", "COO"],
            "n": pd.array([47, pd.NA], dtype="Int64"),
            "pct": [56.87943262411347, np.nan],
            "split": [False, True],
        }
    )
    nl = format_table(frame, lang="nl")
    assert nl.to_dict("list") == {
        "domain": ["CLI", "COO"],
        "n": ["47", "–"],
        "pct": ["56,88", "–"],
        "split": [False, True],
    }
    assert format_table(frame, lang="en", digits=1)["pct"].tolist() == ["56.9", "–"]
    assert frame["pct"].iloc[0] == 56.87943262411347  # the input is left alone
