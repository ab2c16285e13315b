"""Tests of vsvkit.plots: check the drawn artists (bar lengths, tick labels, texts), not pixels.

Inputs are built by hand in the column shapes of docs/design.md, "Scoring outputs".
Set VSVKIT_SAVE_PLOTS=1 to also write every figure to test-artifacts/plots/ for a look.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.patches import Rectangle

from vsvkit.plots import (
    ANSWER_COLORS,
    plot_agreement,
    plot_change,
    plot_continuum,
    plot_domain_overview,
    plot_group_heatmap,
    plot_item_distribution,
    theme,
)

DOMAINS = ["CLI", "COO", "ORG", "SUP", "OMG", "REF"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "plots"


# -- hand-built inputs -------------------------------------------------------------------------


def level_of(pct: float) -> int:
    """Independent of the instrument code: cut-offs 25/50/75 from domain.md."""
    return 1 + sum(pct >= c for c in (25, 50, 75))


def domain_scores(
    pcts=(62.0, 48.5, 31.0, 12.0, 80.0, 55.0),
    *,
    split=(),
    suppressed=(),
    session=1,
    desired=(70.0, 66.0, 50.0, 45.0, 85.0, 75.0),
):
    rows = []
    for code, pct, want in zip(DOMAINS, pcts, desired):
        hidden = code in suppressed
        mean = np.nan if hidden else 1 + 3 * pct / 100
        rows.append(
            {
                "session": session,
                "domain": code,
                "n": np.nan if hidden else 14,
                "mean": mean,
                "median": mean,
                "q1": mean,
                "q3": mean,
                "iqr": 0.0,
                "pct": np.nan if hidden else pct,
                "balanced_mean": mean,
                "level": pd.NA if (hidden or code in split) else level_of(pct),
                "consensus": np.nan if hidden else 0.6,
                "split": code in split,
                "dont_know": 0.05,
                "desired_mean": 1 + 3 * want / 100,
                "desired_pct": want,
                "suppressed": hidden,
            }
        )
    df = pd.DataFrame(rows)
    df["level"] = df["level"].astype("Int64")
    return df


def save(ax, name: str) -> None:
    if os.environ.get("VSVKIT_SAVE_PLOTS"):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        ax.figure.savefig(ARTIFACTS / f"{name}.png")


def texts(ax) -> list[str]:
    """Every text the axes (and its child axes) show."""
    out = [t.get_text() for t in ax.texts]
    out += [lbl.get_text() for lbl in ax.get_xticklabels() + ax.get_yticklabels()]
    out += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
    out += [ax.get_xlabel(), ax.get_ylabel()]
    if ax.get_legend():
        out += [t.get_text() for t in ax.get_legend().get_texts()]
    for child in ax.child_axes:
        out += texts(child)
    return [s for s in out if s]


def hbars(ax) -> list[Rectangle]:
    """The bars drawn with bar/barh (their BarContainers; level bands are not in one)."""
    return [p for c in ax.containers for p in c]


# -- domain overview ------------------------------------------------------------------------------


def test_overview_bar_lengths_and_domain_order(instrument):
    pcts = (62.0, 48.5, 31.0, 12.0, 80.0, 55.0)
    ax = plot_domain_overview(domain_scores(pcts), instrument=instrument)
    save(ax, "overview_bar_nl")
    bars = hbars(ax)
    assert [b.get_width() for b in bars] == list(pcts)
    assert [b.get_y() + b.get_height() / 2 for b in bars] == list(range(6))
    names = [lbl.get_text().replace("\n", " ") for lbl in ax.get_yticklabels()]
    assert names == [instrument.domain(c).name("nl") for c in DOMAINS]
    shown = texts(ax)
    # each bar carries its percentage and level label (62 -> coördinatie, 12 -> apart)
    assert "62% · coördinatie" in shown
    assert "12% · apart" in shown
    assert "80% · volledig geïntegreerd" in shown


def test_overview_domain_order_follows_instrument_not_input(instrument):
    df = domain_scores().iloc[::-1]
    ax = plot_domain_overview(df, instrument=instrument, lang="en")
    names = [lbl.get_text().replace("\n", " ") for lbl in ax.get_yticklabels()]
    assert names == [instrument.domain(c).name("en") for c in DOMAINS]
    # the bar at row 0 is CLI's 62 even though CLI was the last input row
    assert hbars(ax)[0].get_width() == 62.0


def test_overview_desired_bars(instrument):
    ax = plot_domain_overview(domain_scores(), desired=True, instrument=instrument)
    save(ax, "overview_bar_desired_nl")
    current = [b.get_width() for b in hbars(ax) if b.get_label() != "gewenste situatie"]
    bars = hbars(ax)
    # current and desired alternate per domain
    assert [b.get_width() for b in bars[0::2]] == [62.0, 48.5, 31.0, 12.0, 80.0, 55.0]
    assert [b.get_width() for b in bars[1::2]] == [70.0, 66.0, 50.0, 45.0, 85.0, 75.0]
    assert len(current) == 12 or len(current) == 6
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["huidige situatie", "gewenste situatie"]


def test_overview_split_and_suppressed(instrument):
    df = domain_scores(split=("SUP",), suppressed=("OMG",))
    ax = plot_domain_overview(df, instrument=instrument)
    shown = texts(ax)
    assert "12% · geen overeenstemming" in shown
    assert "te weinig deelnemers" in shown
    assert len(hbars(ax)) == 5  # no bar for the suppressed domain


def test_overview_level_bands_labelled(instrument):
    ax = plot_domain_overview(domain_scores(), instrument=instrument, lang="en")
    shown = [s.replace("\n", " ") for s in texts(ax)]
    for lv in instrument.levels:
        assert lv.label("en") in shown


def test_overview_radar_six_spokes(instrument):
    pcts = (62.0, 48.5, 31.0, 12.0, 80.0, 55.0)
    ax = plot_domain_overview(
        domain_scores(pcts), kind="radar", desired=True, instrument=instrument
    )
    save(ax, "overview_radar_nl")
    assert ax.name == "polar"
    assert len(ax.get_xticks()) == 6
    np.testing.assert_allclose(ax.get_xticks(), np.arange(6) * 2 * np.pi / 6)
    labels = [lbl.get_text().rsplit("\n", 1) for lbl in ax.get_xticklabels()]
    assert [name.replace("\n", " ") for name, _ in labels] == [
        instrument.domain(c).name("nl") for c in DOMAINS
    ]
    assert [value for _, value in labels] == ["62%", "48%", "31%", "12%", "80%", "55%"]
    current = [ln for ln in ax.lines if ln.get_label() == "huidige situatie"][0]
    r = current.get_ydata()
    assert len(r) == 7 and r[0] == r[-1]  # closed polygon
    np.testing.assert_allclose(r[:6], pcts)
    desired = [ln for ln in ax.lines if ln.get_label() == "gewenste situatie"][0]
    np.testing.assert_allclose(desired.get_ydata()[:6], [70, 66, 50, 45, 85, 75])


def test_overview_radar_rejects_cartesian_axes():
    _, ax = plt.subplots()
    with pytest.raises(ValueError, match="polar"):
        plot_domain_overview(domain_scores(), kind="radar", ax=ax)


def test_overview_radar_uses_given_polar_axes():
    ax = plt.subplot(projection="polar")
    assert plot_domain_overview(domain_scores(), kind="radar", ax=ax) is ax


def test_overview_bad_input_messages():
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['pct'\]"):
        plot_domain_overview(domain_scores().drop(columns="pct"))
    two = pd.concat([domain_scores(session=1), domain_scores(session=2)])
    with pytest.raises(ValueError, match="several sessions"):
        plot_domain_overview(two)
    ax = plot_domain_overview(two, session=2)
    assert len(hbars(ax)) == 6
    bad = domain_scores().assign(domain=["CLI", "COO", "ORG", "SUP", "OMG", "XYZ"])
    with pytest.raises(ValueError, match="XYZ"):
        plot_domain_overview(bad)
    with pytest.raises(ValueError, match="kind"):
        plot_domain_overview(domain_scores(), kind="pie")
    with pytest.raises(ValueError, match="language"):
        plot_domain_overview(domain_scores(), lang="de")


def test_overview_uses_given_axes_and_never_shows(monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show called"))
    fig, ax = plt.subplots()
    assert plot_domain_overview(domain_scores(), ax=ax) is ax
    assert len(fig.axes) == 1


# -- continuum ---------------------------------------------------------------------------------


def scatter_points(ax) -> list[np.ndarray]:
    return [c.get_offsets() for c in ax.collections if isinstance(c, PathCollection)]


def test_continuum_measured_and_agreed(instrument):
    df = domain_scores(split=("ORG",))
    agreed = {"CLI": 3, "COO": 3, "SUP": 2, "ORG": 2}
    ax = plot_continuum(df, agreed=agreed, instrument=instrument)
    save(ax, "continuum_nl")
    measured, chosen = scatter_points(ax)
    # measured: levels of 62, 48.5, (ORG split), 12, 80, 55 -> 3, 2, -, 1, 4, 3 at rows 0,1,3,4,5
    np.testing.assert_array_equal(measured, [[3, 0], [2, 1], [1, 3], [4, 4], [3, 5]])
    np.testing.assert_array_equal(chosen, [[3, 0], [3, 1], [2, 2], [2, 3]])
    assert "geen overeenstemming" in texts(ax)
    assert [lbl.get_text().replace("\n", " ") for lbl in ax.get_xticklabels()] == [
        "apart",
        "afstemming",
        "coördinatie",
        "volledig geïntegreerd",
    ]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["gemeten niveau", "afgesproken niveau"]
    # an arrow for every domain whose agreed level differs from the measured one (COO, SUP)
    assert len([a for a in ax.texts if getattr(a, "arrow_patch", None)]) == 2


def test_continuum_agreed_as_frame_and_english(instrument):
    agreed = pd.DataFrame({"domain": ["REF", "CLI"], "agreed_level": [4, pd.NA]})
    ax = plot_continuum(domain_scores(), agreed=agreed, instrument=instrument, lang="en")
    save(ax, "continuum_en")
    _, chosen = scatter_points(ax)
    np.testing.assert_array_equal(chosen, [[4, 5]])
    assert [lbl.get_text().replace("\n", " ") for lbl in ax.get_xticklabels()] == [
        "separate",
        "alignment",
        "coordination",
        "fully integrated",
    ]
    assert "measured level" in texts(ax)


def test_continuum_rejects_bad_agreed_level(instrument):
    with pytest.raises(ValueError, match=r"agreed level 7 .* allowed: \[1, 2, 3, 4\]"):
        plot_continuum(domain_scores(), agreed={"CLI": 7}, instrument=instrument)
    with pytest.raises(ValueError, match="unknown domain 'XX'"):
        plot_continuum(domain_scores(), agreed={"XX": 2}, instrument=instrument)


# -- item distribution -------------------------------------------------------------------------


def item_distribution(domain="SUP", seed=3):
    """Counts per item drawn at random (fixed seed); shares computed here as scoring does."""
    rng = np.random.default_rng(seed)
    rows = []
    for k in range(1, 6):
        counts = rng.integers(0, 8, size=4)
        dk = int(rng.integers(0, 5))
        answered = counts.sum()
        for answer, count in zip([1, 2, 3, 4], counts):
            rows.append(
                {
                    "session": 1,
                    "domain": domain,
                    "item": f"{domain}{k}",
                    "answer": answer,
                    "count": int(count),
                    "share": count / answered,
                }
            )
        rows.append(
            {
                "session": 1,
                "domain": domain,
                "item": f"{domain}{k}",
                "answer": "dont_know",
                "count": dk,
                "share": dk / (answered + dk),
            }
        )
    return pd.DataFrame(rows)


def test_item_distribution_diverging_bars(instrument):
    data = item_distribution()
    ax = plot_item_distribution(data, domain="SUP", instrument=instrument)
    save(ax, "item_distribution_nl")
    bars = hbars(ax)
    colours = [tuple(np.round(b.get_facecolor()[:3], 3)) for b in bars]
    allowed = {tuple(np.round(plt.matplotlib.colors.to_rgb(c), 3)) for c in ANSWER_COLORS}
    assert set(colours) <= allowed  # only answer colours in the diverging bars: no weet niet
    for y, item in enumerate(f"SUP{k}" for k in range(1, 6)):
        own = data[(data["item"] == item) & (data["answer"] != "dont_know")]
        share = dict(zip(own["answer"], own["share"] * 100))
        row = sorted(
            (b for b in bars if b.get_y() + b.get_height() / 2 == y), key=lambda b: b.get_x()
        )
        widths = [b.get_width() for b in row]
        expected = [share[a] for a in (1, 2, 3, 4) if share[a] > 0]
        np.testing.assert_allclose(widths, expected)
        # answers 1-2 end at zero from the left, 3-4 start at zero
        left_part = share[1] + share[2]
        np.testing.assert_allclose(row[0].get_x(), -left_part if left_part else 0, atol=1e-9)
        np.testing.assert_allclose(sum(widths), 100)


def test_item_distribution_dont_know_beside(instrument):
    data = item_distribution()
    ax = plot_item_distribution(data, domain="SUP", labels="code", instrument=instrument)
    assert len(ax.child_axes) == 1
    dk_ax = ax.child_axes[0]
    assert dk_ax.get_position().x0 > ax.get_position().x1  # right of the main axes
    dk = data[data["answer"] == "dont_know"]
    dk_bars = [b for b in hbars(dk_ax)]
    expected = [v * 100 for v in dk["share"] if v > 0] + [0.0] * 0
    np.testing.assert_allclose(
        sorted(b.get_width() for b in dk_bars if b.get_width() > 0), sorted(expected)
    )
    assert dk_ax.get_title() == "weet niet"
    assert [lbl.get_text() for lbl in ax.get_yticklabels()] == [f"SUP{k}" for k in range(1, 6)]


def test_item_distribution_labels_languages(instrument):
    data = item_distribution()
    ax = plot_item_distribution(data, domain="SUP", instrument=instrument, lang="en")
    save(ax, "item_distribution_en")
    shown = texts(ax)
    assert "don't know" in shown
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "not at all",
        "partly",
        "largely",
        "fully",
    ]
    first = ax.get_yticklabels()[0].get_text().replace("\n", " ")
    assert first == "SUP1  " + instrument.item("SUP1").text("en")
    nl_ax = plot_item_distribution(data, domain="SUP", instrument=instrument)
    assert [t.get_text() for t in nl_ax.get_legend().get_texts()] == [
        "niet",
        "gedeeltelijk",
        "grotendeels",
        "volledig",
    ]
    assert "weet niet" in texts(nl_ax)


def test_item_distribution_bad_answer(instrument):
    data = item_distribution()
    data.loc[0, "answer"] = 7
    with pytest.raises(ValueError, match=r"answer 7 is not one of the scale values"):
        plot_item_distribution(data, domain="SUP", instrument=instrument)
    with pytest.raises(ValueError, match="domain 'ZZZ'"):
        plot_item_distribution(item_distribution(), domain="ZZZ", instrument=instrument)


# -- agreement ---------------------------------------------------------------------------------


def item_scores():
    rows = []
    consensus = [0.81, 0.42, 0.65, 0.30, 0.77]
    for k, c in enumerate(consensus, 1):
        rows.append(
            {
                "session": 1,
                "domain": "COO",
                "item": f"COO{k}",
                "n": 14,
                "mean": 2.5,
                "pct": 50.0,
                "median": 2.5,
                "iqr": 1.0,
                "consensus": c,
                "split": c < 0.45,
                "dont_know": 0.1,
                "suppressed": False,
            }
        )
    return pd.DataFrame(rows)


def test_agreement_items_split_marked(instrument):
    ax = plot_agreement(item_scores(), instrument=instrument)
    save(ax, "agreement_items_nl")
    normal, split = scatter_points(ax)
    np.testing.assert_allclose(normal, [[0.81, 0], [0.65, 2], [0.77, 4]])
    np.testing.assert_allclose(split, [[0.42, 1], [0.30, 3]])
    markers = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert markers[0].get_paths()[0] != markers[1].get_paths()[0]  # distinct marker
    shown = texts(ax)
    assert "0,42  geen overeenstemming" in shown and "0,81" in shown  # Dutch decimal comma
    assert [lbl.get_text() for lbl in ax.get_yticklabels()] == [f"COO{k}" for k in range(1, 6)]


def test_agreement_domains_english(instrument):
    df = domain_scores(split=("SUP",))
    df["consensus"] = [0.7, 0.6, 0.5, 0.2, 0.9, 0.8]
    ax = plot_agreement(df, instrument=instrument, lang="en")
    save(ax, "agreement_domains_en")
    normal, split = scatter_points(ax)
    np.testing.assert_allclose(split, [[0.2, 3]])
    assert len(normal) == 5
    assert "0.20  no agreement" in texts(ax)
    names = [lbl.get_text().replace("\n", " ") for lbl in ax.get_yticklabels()]
    assert names == [instrument.domain(c).name("en") for c in DOMAINS]


# -- group heatmap -----------------------------------------------------------------------------


def group_scores():
    """Five visible groups and two suppressed ones that still carry (leaked) figures."""
    groups = {"GYN": 8, "VK": 12, "KZ": 6, "OV_MERGED": 5, "KV": 7, "HA": 2, "KA": 2}
    rng = np.random.default_rng(7)
    rows = []
    for g, n in groups.items():
        hidden = n < 5
        for d in DOMAINS:
            pct = round(float(rng.uniform(5, 95)), 1)
            rows.append(
                {
                    "session": 1,
                    "group": g,
                    "domain": d,
                    "n": n,
                    "pct": pct,
                    "level": level_of(pct),
                    "suppressed": hidden,
                }
            )
    return pd.DataFrame(rows)


def test_heatmap_values_and_suppression(instrument):
    data = group_scores()
    ax = plot_group_heatmap(data, instrument=instrument)
    save(ax, "group_heatmap_nl")
    labels = [lbl.get_text() for lbl in ax.get_yticklabels()]
    # roles in instrument order, merged group last, n only for visible groups
    assert labels == [
        "eerstelijns verloskundige (n = 12)",
        "huisarts",
        "gynaecoloog (n = 8)",
        "klinisch verloskundige (n = 7)",
        "kinderarts",
        "kraamzorg (n = 6)",
        "overige beroepen (n = 5)",
    ]
    image = ax.images[0].get_array()
    visible = data[~data["suppressed"]]
    order = ["VK", "HA", "GYN", "KV", "KA", "KZ", "OV_MERGED"]
    for _, row in visible.iterrows():
        i, j = order.index(row["group"]), DOMAINS.index(row["domain"])
        assert image[i, j] == row["pct"]
    assert image.mask[1].all() and image.mask[4].all()  # HA, KA: no colour
    shown = texts(ax)
    assert shown.count("te weinig deelnemers") == 2
    numbers = [s for s in shown if s.replace(".", "").isdigit()]
    assert sorted(numbers) == sorted(f"{v:.0f}" for v in visible["pct"])
    hidden_values = {f"{v:.0f}" for v in data.loc[data["suppressed"], "pct"]} - set(numbers)
    assert not hidden_values & set(shown)


def test_heatmap_leave_out_suppressed_english(instrument):
    ax = plot_group_heatmap(group_scores(), show_suppressed=False, instrument=instrument, lang="en")
    save(ax, "group_heatmap_en")
    labels = [lbl.get_text() for lbl in ax.get_yticklabels()]
    assert labels == [
        "community midwife (n = 12)",
        "obstetrician-gynaecologist (n = 8)",
        "clinical midwife (n = 7)",
        "maternity home care (n = 6)",
        "other professions (n = 5)",
    ]
    assert "too few respondents" not in texts(ax)
    assert ax.get_title(loc="left") == "Score per profession (percent of maximum)"


def test_heatmap_echelons(instrument):
    df = group_scores()
    df = df[df["group"].isin(["VK", "GYN"])].replace(
        {"group": {"VK": "eerste_lijn", "GYN": "tweede_lijn"}}
    )
    ax = plot_group_heatmap(df, by="echelon", instrument=instrument)
    assert [lbl.get_text() for lbl in ax.get_yticklabels()] == [
        "eerste lijn (n = 12)",
        "tweede lijn (n = 8)",
    ]
    assert ax.get_title(loc="left") == "Score per echelon (percentage van maximum)"


# -- change ------------------------------------------------------------------------------------


def two_waves():
    a = domain_scores((30.0, 40.0, 20.0, 10.0, 50.0, 45.0), session=1).assign(wave="baseline")
    b = domain_scores((45.0, 38.0, 35.0, 30.0, 60.0, 70.0), session=2).assign(wave="follow_up")
    return pd.concat([b, a], ignore_index=True)  # order of input must not matter


def test_change_dumbbell(instrument):
    ax = plot_change(two_waves(), instrument=instrument)
    save(ax, "change_nl")
    base, follow = scatter_points(ax)
    np.testing.assert_allclose(base, np.c_[[30, 40, 20, 10, 50, 45], range(6)])
    np.testing.assert_allclose(follow, np.c_[[45, 38, 35, 30, 60, 70], range(6)])
    shown = texts(ax)
    for diff in ("+15", "-2", "+15", "+20", "+10", "+25"):
        assert diff in shown
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["nulmeting", "vervolgmeting"]


def test_change_english_and_errors(instrument):
    ax = plot_change(two_waves(), instrument=instrument, lang="en")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["baseline", "follow-up"]
    one = two_waves().query("wave == 'baseline'")
    with pytest.raises(ValueError, match="exactly two waves"):
        plot_change(one, instrument=instrument)
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['wave'\]"):
        plot_change(two_waves().drop(columns="wave"), instrument=instrument)


def test_change_suppressed_domain_has_no_points(instrument):
    data = two_waves()
    data.loc[(data["wave"] == "follow_up") & (data["domain"] == "SUP"), "suppressed"] = True
    data.loc[(data["wave"] == "follow_up") & (data["domain"] == "SUP"), "pct"] = np.nan
    ax = plot_change(data, instrument=instrument)
    _, follow = scatter_points(ax)
    assert np.isnan(follow[3]).all() or np.ma.is_masked(follow[3])
    assert "te weinig deelnemers" in texts(ax)
    assert "+20" not in texts(ax)


# -- language and theme ------------------------------------------------------------------------


ENGLISH_WORDS = {
    "pct",
    "percent",
    "current",
    "desired",
    "level",
    "consensus axis",
    "domain",
    "don't know",
    "baseline",
    "follow-up",
    "too few",
    "no agreement",
    "share",
}


def all_plots(lang, instrument):
    agreed = {"CLI": 3}
    yield plot_domain_overview(
        domain_scores(split=("SUP",)), desired=True, lang=lang, instrument=instrument
    )
    yield plot_domain_overview(
        domain_scores(), kind="radar", desired=True, lang=lang, instrument=instrument
    )
    yield plot_continuum(
        domain_scores(split=("SUP",)), agreed=agreed, lang=lang, instrument=instrument
    )
    yield plot_item_distribution(
        item_distribution(), domain="SUP", lang=lang, instrument=instrument
    )
    yield plot_agreement(item_scores(), lang=lang, instrument=instrument)
    yield plot_group_heatmap(group_scores(), lang=lang, instrument=instrument)
    yield plot_change(two_waves(), lang=lang, instrument=instrument)


def test_no_english_in_dutch_plots(instrument):
    for ax in all_plots("nl", instrument):
        for text in texts(ax):
            for word in ENGLISH_WORDS:
                assert not re.search(rf"\b{word}\b", text.lower()), (
                    f"English {word!r} in Dutch label {text!r}"
                )


def test_english_plots_use_english(instrument):
    dutch = {
        "weet niet",
        "huidige",
        "gewenste",
        "nulmeting",
        "overeenstemming",
        "deelnemers",
        "percentage van",
        "niveau",
        "beroepen",
    }
    for ax in all_plots("en", instrument):
        for text in texts(ax):
            for word in dutch:
                assert not re.search(rf"\b{word}\b", text.lower()), (
                    f"Dutch {word!r} in English label {text!r}"
                )


def test_presenter_theme_scales_fonts(instrument):
    normal = plot_domain_overview(domain_scores(), instrument=instrument)
    with theme(presenter=True):
        big = plot_domain_overview(domain_scores(), instrument=instrument)
    save(big, "overview_bar_presenter")
    ratio = big.get_yticklabels()[0].get_fontsize() / normal.get_yticklabels()[0].get_fontsize()
    assert ratio == pytest.approx(1.6)
    assert big.title.get_fontsize() / normal.title.get_fontsize() == pytest.approx(1.6)
    assert big.figure.get_figwidth() == pytest.approx(normal.figure.get_figwidth() * 1.6)
    assert normal.figure.get_facecolor()[:3] == (1.0, 1.0, 1.0)
    # the theme does not leak out of the context
    assert plt.rcParams["font.size"] != 11.0 * 1.6


def test_agreement_legend_names_split_only_when_present(instrument):
    data = item_scores().assign(split=False)
    ax = plot_agreement(data, instrument=instrument)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["consensus"]
    assert "geen overeenstemming" not in texts(ax)


# -- numbers in the user's language ------------------------------------------------------------


def tick_texts(axis) -> list[str]:
    return [lbl.get_text() for lbl in axis.get_ticklabels()]


def odd_cutoffs(instrument):
    """The instrument with a level starting at 37.5 (an adviser's own cut-off)."""
    import dataclasses

    starts = (0.0, 37.5, 50.0, 75.0)
    levels = tuple(dataclasses.replace(lv, start=s) for lv, s in zip(instrument.levels, starts))
    return dataclasses.replace(instrument, levels=levels)


@pytest.mark.parametrize(
    ("lang", "cutoffs", "consensus"),
    [
        ("nl", ["0", "37,5", "50", "75", "100"], ["0,00", "0,25", "0,50", "0,75", "1,00"]),
        ("en", ["0", "37.5", "50", "75", "100"], ["0.00", "0.25", "0.50", "0.75", "1.00"]),
    ],
)
def test_tick_labels_in_the_users_language(instrument, lang, cutoffs, consensus):
    own = odd_cutoffs(instrument)
    ax = plot_domain_overview(domain_scores(), instrument=own, lang=lang)
    assert tick_texts(ax.xaxis) == cutoffs
    ax = plot_change(two_waves(), instrument=own, lang=lang)
    assert tick_texts(ax.xaxis) == cutoffs
    ax = plot_agreement(item_scores(), instrument=instrument, lang=lang)
    assert tick_texts(ax.xaxis) == consensus
    ax = plot_item_distribution(item_distribution(), domain="SUP", instrument=instrument, lang=lang)
    assert tick_texts(ax.xaxis) == ["100%", "50%", "0%", "50%", "100%"]


def test_bar_labels_in_the_users_language(instrument):
    data = domain_scores((62.5, 48.25, 31.0, 12.0, 80.0, 55.0))
    nl = texts(plot_domain_overview(data, instrument=instrument))
    en = texts(plot_domain_overview(data, instrument=instrument, lang="en"))
    # whole percentages, rounded half to even: 62.5 -> 62, 48.25 -> 48
    assert "62% · coördinatie" in nl and "48% · afstemming" in nl
    assert "62% · coordination" in en
    scores = item_scores()
    scores.loc[0, "consensus"] = 0.805  # half to even on the printed value: 0,80
    shown = texts(plot_agreement(scores, instrument=instrument))
    assert "0,80" in shown and "0,42  geen overeenstemming" in shown
    shown = texts(plot_agreement(scores, instrument=instrument, lang="en"))
    assert "0.80" in shown and "0.42  no agreement" in shown


def test_no_decimal_point_in_dutch_charts(instrument):
    """Every text of every Dutch chart (ticks, bar labels, colour bar) uses the decimal comma."""
    own = odd_cutoffs(instrument)
    heatmap = plot_group_heatmap(group_scores(), instrument=instrument)
    axes = [
        plot_domain_overview(domain_scores(), desired=True, instrument=own),
        plot_domain_overview(domain_scores(), kind="radar", instrument=own),
        plot_change(two_waves(), instrument=own),
        plot_agreement(item_scores(), instrument=instrument),
        plot_item_distribution(item_distribution(), domain="SUP", instrument=instrument),
        heatmap,
        heatmap.figure.axes[-1],  # the colour bar
    ]
    shown = [s for ax in axes for s in texts(ax)]
    assert any("," in s for s in shown)
    assert [s for s in shown if re.search(r"\d\.\d", s)] == []
