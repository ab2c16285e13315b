"""Region figures, checked by their artists: only the figures the region view gives are drawn."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from vsvkit.plots import plot_region_position, plot_vsv_heatmap
from vsvkit.region import region_view


def _table(n_others: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    data = rng.uniform(20, 80, size=(2, n_others + 1))
    columns = ["F"] + [f"V{i}" for i in range(n_others)]
    return pd.DataFrame(data, columns=columns, index=pd.Index(["CLI", "COO"], name="domain"))


def _patches(ax):
    return [p for c in ax.containers for p in c.patches]


@pytest.mark.parametrize(("n_others", "boxes", "whiskers"), [(4, 0, 0), (5, 2, 0), (10, 2, 2)])
def test_position_plot_draws_only_what_the_view_gives(instrument, n_others, boxes, whiskers):
    view = region_view(_table(n_others), "F")
    ax = plot_region_position(
        view.percentiles, distribution=view.distribution, vsv="F", instrument=instrument
    )
    bars = _patches(ax)
    assert len(bars) == boxes
    dist = view.distribution
    for bar, (q1, q3) in zip(bars, dist[["q1", "q3"]].to_numpy()):
        assert bar.get_x() == pytest.approx(q1) and bar.get_width() == pytest.approx(q3 - q1)
    spans = [ln for ln in ax.lines if len(set(ln.get_ydata())) == 1]
    assert len(spans) == whiskers
    for line in spans:
        assert sorted(line.get_xdata()) in [sorted(r) for r in dist[["min", "max"]].to_numpy()]
    labels = [a.get_text() for a in ax.texts]
    assert len(labels) == (2 if boxes else 0)  # a percentile only beside a spread
    # the focus VSV's own dots are drawn at its scores
    offsets = ax.collections[0].get_offsets()
    np.testing.assert_allclose(offsets[:, 0], view.percentiles["pct"])


def test_vsv_heatmap_labels_the_named_vsvs_and_leaves_gaps_empty(instrument):
    table = _table(2)
    table.iloc[1, 2] = np.nan
    ax = plot_vsv_heatmap(table, instrument=instrument)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["F", "V0", "V1"]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("–") == 1 and len(texts) == 6
