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
    MIN_EXTREMES,
    MIN_SPREAD,
    anonymous_distribution,
    domain_by_vsv,
    hd_quantiles,
    latest_sessions,
    percentiles,
    region_alpha,
    region_view,
)
from vsvkit.region.load import load_region, region_sessions
from vsvkit.region.tables import export_region


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


def test_anonymous_distribution_has_no_names_and_needs_five_others():
    out = anonymous_distribution(_table(), "F").set_index("domain")
    # CLI: four others (40, 50, 60, 70): only their number
    assert out.loc["CLI", "n_vsv"] == 4 and out.loc["CLI", "suppressed"]
    assert out.loc["CLI", ["min", "q1", "median", "q3", "max"]].isna().all()
    assert out.loc["COO", "n_vsv"] == 3 and np.isnan(out.loc["COO", "median"])
    text = out.to_csv()
    assert not any(name in text.split(",") for name in ("P", "Q", "R", "S"))
    with pytest.raises(VsvkitError, match="not in the table"):
        anonymous_distribution(_table(), "X")


def test_harrell_davis_weights_by_hand():
    """n = 5, p = 0.5: a = b = 3, I_x(3, 3) = 10x^3 - 15x^4 + 6x^5 (exact polynomial)."""
    x = np.array([11.0, 23.0, 37.0, 41.0, 58.0])

    def cdf(u):
        return 10 * u**3 - 15 * u**4 + 6 * u**5

    weights = np.diff([cdf(i / 5) for i in range(6)])
    assert hd_quantiles(x[::-1], [0.5])[0] == pytest.approx(weights @ x, abs=1e-12)
    # a quantile is a weighted mean of all values: strictly between the extremes
    q = hd_quantiles(x, [0.25, 0.5, 0.75])
    assert (q > x.min()).all() and (q < x.max()).all() and (np.diff(q) > 0).all()
    assert np.isnan(hd_quantiles([np.nan], [0.5])).all()


def _others_table(n_others: int, seed: int = 3) -> tuple[pd.DataFrame, np.ndarray]:
    """Focus F and n_others VSVs named O01.. with distinct scores in three domains."""
    rng = np.random.default_rng(seed)
    scores = rng.permutation(np.arange(10.0, 95.0, 0.37))[: 3 * n_others].reshape(3, n_others)
    table = pd.DataFrame(scores, columns=[f"VSV O{i:02d}" for i in range(1, n_others + 1)]).assign(
        F=[50.0, 60.0, 70.0]
    )
    table.index = pd.Index(["CLI", "COO", "ORG"], name="domain")
    return table, scores


@pytest.mark.parametrize(
    ("n_others", "spread", "extremes"),
    [(3, False, False), (4, False, False), (5, True, False), (9, True, False), (10, True, True)],
)
def test_no_other_vsv_score_can_be_read_off(n_others, spread, extremes):
    table, scores = _others_table(n_others)
    view = region_view(table, "F")
    dist = view.distribution.set_index("domain")
    assert (dist["n_vsv"] == n_others).all() and view.n_anonymous == n_others
    quartiles = dist[["q1", "median", "q3"]].to_numpy()
    lows_highs = dist[["min", "max"]].to_numpy()
    assert np.isfinite(quartiles).all() == spread and np.isnan(quartiles).all() == (not spread)
    assert np.isfinite(lows_highs).all() == extremes
    assert np.isnan(lows_highs).all() == (not extremes)
    assert (dist["suppressed"] == (not spread)).all() and (dist["extremes"] == extremes).all()
    for d, row in enumerate(scores):
        shown = quartiles[d][~np.isnan(quartiles[d])]
        # no spread figure is one VSV's score
        assert np.abs(shown[:, None] - row[None, :]).min(initial=np.inf) > 1e-6
        if spread:
            np.testing.assert_allclose(quartiles[d], hd_quantiles(row, [0.25, 0.5, 0.75]))
        if extremes:  # allowed from ten others on: lowest and highest of ten unnamed VSVs
            assert lows_highs[d].tolist() == [row.min(), row.max()]
    # the focus VSV's rank among the others only where their spread may be shown
    assert view.percentiles["percentile"].notna().all() == spread
    assert view.percentiles["percentile"].isna().all() == (not spread)
    # no other VSV is named anywhere in the view
    text = " ".join(frame.to_csv() for frame in view.sheets().values())
    assert "VSV O" not in text
    assert list(view.table.columns) == ["F"]


def test_named_vsvs_only_when_chosen_and_left_out_of_the_spread():
    table, scores = _others_table(7)
    view = region_view(table, "F", named=["VSV O02", "F"])
    assert view.named == ("VSV O02",) and list(view.table.columns) == ["F", "VSV O02"]
    dist = view.distribution.set_index("domain")
    # the spread is over the six unnamed VSVs, so the named score cannot be subtracted
    assert (dist["n_vsv"] == 6).all() and view.n_anonymous == 6
    rest = np.delete(scores, 1, axis=1)
    np.testing.assert_allclose(
        dist[["q1", "median", "q3"]].to_numpy(),
        np.array([hd_quantiles(r, [0.25, 0.5, 0.75]) for r in rest]),
    )
    text = " ".join(frame.to_csv() for frame in view.sheets().values())
    assert "VSV O02" in text
    assert not any(f"VSV O{i:02d}" in text for i in range(1, 8) if i != 2)
    # naming two more leaves four unnamed: only their number, and no rank among them
    view = region_view(table, "F", named=["VSV O01", "VSV O02", "VSV O03"])
    assert view.distribution["suppressed"].all() and view.spread_hidden
    assert view.percentiles["percentile"].isna().all()
    # compared with the named VSVs only: no anonymous VSV, rank among the named ones
    view = region_view(table, "F", named=["VSV O01", "VSV O02"], reference="named")
    assert view.n_anonymous == 0 and (view.distribution["n_vsv"] == 0).all()
    assert view.percentiles["percentile"].notna().all()
    assert (view.percentiles["n_others"] == 2).all()
    with pytest.raises(VsvkitError, match="not in the table"):
        region_view(table, "F", named=["VSV X"])


def test_thresholds_are_five_and_ten():
    assert (MIN_SPREAD, MIN_EXTREMES) == (5, 10)


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


# -- the region read from a store ---------------------------------------------------------


def test_region_sessions_latest_per_vsv_or_chosen(demo_store):
    sessions = demo_store.sessions()
    latest = region_sessions(demo_store)
    assert latest["id"].tolist() == latest_sessions(sessions)
    assert latest["vsv"].tolist() == sorted(sessions["vsv"].unique())
    two = region_sessions(demo_store, vsvs=["VSV Voorbeeldstad", "VSV Proefpolder"])
    assert two["vsv"].tolist() == ["VSV Proefpolder", "VSV Voorbeeldstad"]
    voorbeeld = sessions[sessions["vsv"] == "VSV Voorbeeldstad"].sort_values("date")
    assert two["id"].tolist()[1] == int(voorbeeld["id"].iloc[-1])
    first = int(voorbeeld["id"].iloc[0])
    chosen = region_sessions(demo_store, session_ids=[first])
    assert chosen["id"].tolist() == [first]
    assert list(chosen.columns) == list(sessions.columns)


def test_region_sessions_refuses_what_is_not_there(demo_store):
    with pytest.raises(VsvkitError, match="no session in the store"):
        region_sessions(demo_store, vsvs=["VSV Nergens"])
    with pytest.raises(VsvkitError, match="not in the store"):
        region_sessions(demo_store, session_ids=[99])
    ids = demo_store.sessions().query("vsv == 'VSV Voorbeeldstad'")["id"].tolist()
    with pytest.raises(VsvkitError, match="one session per VSV"):
        region_sessions(demo_store, session_ids=ids)
    with pytest.raises(VsvkitError, match="not both"):
        region_sessions(demo_store, vsvs=["VSV Proefpolder"], session_ids=ids[:1])


def test_load_region_reads_the_table_domain_by_vsv_computes(demo_store, instrument):
    region = load_region(demo_store, instrument=instrument)
    sessions = demo_store.sessions()
    ids = latest_sessions(sessions)
    expected = domain_by_vsv(demo_store.answers(ids, instrument=instrument), sessions, instrument)
    pd.testing.assert_frame_equal(region.table, expected)
    assert region.vsvs == list(expected.columns)
    assert sorted(region.answers["session"].unique()) == sorted(ids)
    # a chosen earlier session replaces the latest of its VSV
    first = int(sessions.query("vsv == 'VSV Voorbeeldstad'").sort_values("date")["id"].iloc[0])
    early = load_region(demo_store, session_ids=[first], instrument=instrument)
    ds = scoring.domain_scores(demo_store.answers([first], instrument=instrument), instrument)
    np.testing.assert_allclose(early.table["VSV Voorbeeldstad"], ds["pct"])


def test_region_tables_alpha_over_the_vsvs_compared(demo_store, instrument):
    region = load_region(demo_store, instrument=instrument)
    focus, named = "VSV Voorbeeldstad", ["VSV Proefpolder"]
    by_vsv = region.sessions.set_index("vsv")["id"]
    for reference, compared in (("all", region.vsvs), ("named", [focus, *named])):
        view = region.view(focus, named=named, reference=reference)
        tables = region.tables(view)
        assert list(tables) == ["sheet_table", "sheet_percentiles", "sheet_distribution",
                                "sheet_alpha"]  # fmt: skip
        answers = region.answers[region.answers["session"].isin(by_vsv.loc[compared])]
        pd.testing.assert_frame_equal(tables["sheet_alpha"], region_alpha(answers, instrument))
        assert tables["sheet_table"].equals(view.table)
    assert region.alpha(["VSV Proefpolder"])["n"].max() <= region.alpha()["n"].min()


def test_load_region_of_an_empty_store(tmp_path, instrument):
    from vsvkit.store import Store

    region = load_region(Store(str(tmp_path / "empty.sqlite")), instrument=instrument)
    assert region.vsvs == [] and len(region.sessions) == 0
    assert list(region.table.index) == list(instrument.domain_codes)
