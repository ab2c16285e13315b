"""Comparison between VSVs: table, percentiles, anonymous distribution, alpha, XLSX export."""

from __future__ import annotations

import datetime as dt

import numpy as np
import openpyxl
import pandas as pd
import pytest

from vsvkit import scoring
from vsvkit.errors import VsvkitError
from vsvkit.region import (
    anonymous_distribution,
    domain_by_vsv,
    export_region,
    latest_sessions,
    percentiles,
    region_alpha,
)


def _answers(instrument, session, values):
    """Each respondent answers every scored item with one value (values: one per respondent)."""
    rows = []
    for r, v in enumerate(values, start=1):
        for item in instrument.all_items:
            rows.append(
                {
                    "session": session,
                    "respondent": r,
                    "profession": "VK",
                    "echelon": "eerste_lijn",
                    "item": item.code,
                    "domain": item.domain,
                    "value": np.nan if item.desired else float(v),
                    "dont_know": False,
                    "desired": item.desired,
                }
            )
    return pd.DataFrame(rows)


@pytest.fixture
def sessions():
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            "vsv": ["B", "A", "A", "C"],
            "date": [
                dt.date(2025, 1, 1),
                dt.date(2024, 1, 1),
                dt.date(2026, 1, 1),
                dt.date(2025, 5, 1),
            ],
            "wave": ["baseline", "baseline", "follow-up", "baseline"],
            "min_group_size": pd.array([pd.NA, pd.NA, pd.NA, pd.NA], dtype="Int64"),
        }
    )


def test_latest_session_per_vsv(sessions):
    assert latest_sessions(sessions) == [3, 1, 4]  # A's 2026 session, then B, C
    assert latest_sessions(sessions, ["A"]) == [3]


def test_domain_by_vsv_table_by_hand(instrument, sessions):
    answers = pd.concat(
        [
            _answers(instrument, 1, [2, 2, 2, 2, 2]),  # B: pct 33.3
            _answers(instrument, 2, [1] * 5),  # A baseline (not the latest)
            _answers(instrument, 3, [4, 4, 3, 3, 3]),  # A: mean 3.4 -> 80
            _answers(instrument, 4, [4, 4, 4]),  # C: 3 respondents < k = 5 -> hidden
        ],
        ignore_index=True,
    )
    table = domain_by_vsv(answers, sessions, instrument)
    assert list(table.columns) == ["A", "B", "C"]
    assert list(table.index) == list(instrument.domain_codes)
    np.testing.assert_allclose(table["A"], 80.0)
    np.testing.assert_allclose(table["B"], 100 / 3)
    assert table["C"].isna().all()
    # with k = 3, C is shown; chosen sessions replace the latest
    table3 = domain_by_vsv(answers, sessions, instrument, k=3, session_ids=[2, 4])
    assert list(table3.columns) == ["A", "C"]
    np.testing.assert_allclose(table3["A"], 0.0)
    np.testing.assert_allclose(table3["C"], 100.0)


def test_domain_by_vsv_refuses_two_sessions_of_one_vsv(instrument, sessions):
    answers = pd.concat([_answers(instrument, i, [2] * 5) for i in (2, 3)], ignore_index=True)
    with pytest.raises(VsvkitError, match="one session per VSV"):
        domain_by_vsv(answers, sessions, instrument, session_ids=[2, 3])
    with pytest.raises(VsvkitError, match="not in the store"):
        domain_by_vsv(answers, sessions, instrument, session_ids=[99])


def _table():
    return pd.DataFrame(
        {
            "F": [50.0, 10.0, np.nan],
            "P": [40.0, 20.0, 30.0],
            "Q": [50.0, 30.0, 40.0],
            "R": [60.0, 40.0, np.nan],
            "S": [70.0, np.nan, np.nan],
        },
        index=pd.Index(["CLI", "COO", "ORG"], name="domain"),
    )


def test_percentile_mid_rank_by_hand():
    out = percentiles(_table(), "F").set_index("domain")
    # CLI: others 40, 50, 60, 70 -> 1 below, 1 equal -> (1 + 0.5) / 4 = 37.5
    assert out.loc["CLI", "percentile"] == pytest.approx(37.5)
    assert out.loc["CLI", "n_others"] == 4
    # COO: F lowest of 4 -> 0
    assert out.loc["COO", "percentile"] == 0
    assert out.loc["COO", "n_others"] == 3
    # ORG: F has no score -> NaN
    assert np.isnan(out.loc["ORG", "percentile"])
    top = percentiles(_table(), "S").set_index("domain")
    assert top.loc["CLI", "percentile"] == 100


def test_anonymous_distribution_has_no_names_and_needs_three_others():
    out = anonymous_distribution(_table(), "F").set_index("domain")
    assert list(out.loc["CLI", ["min", "q1", "median", "q3", "max"]]) == pytest.approx(
        list(np.quantile([40, 50, 60, 70], [0, 0.25, 0.5, 0.75, 1]))
    )
    assert out.loc["COO", "median"] == 30 and out.loc["COO", "n_vsv"] == 3
    # ORG: only P and Q have a score -> not shown
    assert out.loc["ORG", "suppressed"] and np.isnan(out.loc["ORG", "median"])
    text = out.to_csv()
    assert not any(name in text.split(",") for name in ("P", "Q", "R", "S"))
    with pytest.raises(VsvkitError, match="not in the table"):
        anonymous_distribution(_table(), "X")


def test_region_alpha_pools_sessions_like_one_sample(instrument):
    rng = np.random.default_rng(5)
    frames = []
    for s in (1, 2):
        a = _answers(instrument, s, [1] * 8)
        scored = ~a["desired"]
        a.loc[scored, "value"] = rng.integers(1, 5, size=int(scored.sum())).astype(float)
        frames.append(a)
    both = pd.concat(frames, ignore_index=True)
    out = region_alpha(both, instrument)
    # independent: alpha by hand over the 16 respondents of CLI
    cli = both[both["domain"] == "CLI"].pivot_table(
        index=["session", "respondent"], columns="item", values="value", observed=True
    )
    k = cli.shape[1]
    alpha = k / (k - 1) * (1 - cli.var(ddof=1).sum() / cli.sum(axis=1).var(ddof=1))
    row = out.set_index("domain").loc["CLI"]
    assert row["n"] == 16
    assert row["alpha"] == pytest.approx(alpha)
    with pytest.raises(VsvkitError, match="no answers"):
        region_alpha(both.iloc[0:0], instrument)


def test_export_region_writes_one_sheet_per_table(tmp_path):
    table = _table()
    path = export_region(
        tmp_path / "regio.xlsx",
        {"Score per VSV": table, "Percentielen": percentiles(table, "F")},
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Score per VSV", "Percentielen"]
    ws = wb["Score per VSV"]
    assert [c.value for c in ws[1]] == ["domain", "F", "P", "Q", "R", "S"]
    assert ws["B2"].value == 50 and ws["A3"].value == "COO"
    assert wb["Percentielen"]["C2"].value == pytest.approx(37.5)
    with pytest.raises(VsvkitError, match=".xlsx"):
        export_region(tmp_path / "regio.csv", {"x": table})


def test_demo_store_table_matches_domain_scores(demo_store, instrument):
    sessions = demo_store.sessions()
    ids = latest_sessions(sessions)
    answers = demo_store.answers(ids, instrument=instrument)
    table = domain_by_vsv(answers, sessions, instrument)
    assert len(table.columns) == 4
    for sid in ids:
        vsv = sessions.set_index("id").loc[sid, "vsv"]
        ds = scoring.domain_scores(demo_store.answers([sid], instrument=instrument), instrument)
        np.testing.assert_allclose(table[vsv].to_numpy(), ds["pct"].to_numpy())
