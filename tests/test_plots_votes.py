"""plot_vote_comparison: the questionnaire and the room as two 100%-stacked bars, checked by
what is drawn (bar widths and positions, labels, legend)."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

import vsvkit as vk
from vsvkit.plots import ANSWER_COLORS, PALETTE, figure_title, plot_vote_comparison


def _table(before, after, answers=(1, 2, 3, 4)) -> pd.DataFrame:
    rows = []
    for source, counts in (("questionnaire", before), ("room", after)):
        if counts is None:
            continue
        total = sum(counts)
        rows += [(source, a, n, n / total) for a, n in zip(answers, counts)]
    return pd.DataFrame(rows, columns=["source", "answer", "n", "share"])


def _bars(ax) -> dict[str, object]:
    return {p.get_gid(): p for p in ax.patches if p.get_gid()}


def test_bar_widths_are_the_shares_stacked_in_answer_order(instrument):
    before, after = [2, 20, 15, 3], [0, 3, 9, 2]
    ax = plot_vote_comparison(_table(before, after), instrument=instrument)
    bars = _bars(ax)
    for y, (source, counts) in enumerate((("questionnaire", before), ("room", after))):
        left = 0.0
        for answer, n in zip((1, 2, 3, 4), counts):
            gid = f"vote-{source}-{answer}"
            if n == 0:
                assert gid not in bars  # nothing drawn for an answer nobody gave
                continue
            bar = bars[gid]
            assert bar.get_width() == pytest.approx(n / sum(counts) * 100)
            assert bar.get_x() == pytest.approx(left)
            assert bar.get_y() + bar.get_height() / 2 == pytest.approx(y)
            assert bar.get_facecolor()[:3] == pytest.approx(
                plt.matplotlib.colors.to_rgb(ANSWER_COLORS[answer - 1])
            )
            left += bar.get_width()
        assert left == pytest.approx(100)


def test_labels_in_the_language_with_n(instrument):
    ax = plot_vote_comparison(_table([5, 5, 0, 0], [1, 1, 3, 0]), instrument=instrument)
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "vragenlijst (n = 10)",
        "in de zaal (n = 5)",
    ]
    texts = [t.get_text() for t in ax.texts]
    assert texts.count("50%") == 2 and "60%" in texts and "20%" in texts
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["1 apart", "2 afstemming", "3 coördinatie", "4 volledig geïntegreerd"]
    assert figure_title(ax) == "Vragenlijst en stemming in de zaal"

    ax = plot_vote_comparison(_table([5, 5, 0, 0], [1, 1, 3, 0]), instrument=instrument, lang="en")
    assert ax.get_yticklabels()[1].get_text() == "in the room (n = 5)"
    assert "50%" in [t.get_text() for t in ax.texts]
    assert ax.get_legend().get_texts()[3].get_text() == "4 fully integrated"


def test_a_statement_with_dont_know_in_grey(instrument):
    answers = (1, 2, 3, 4, "dont_know")
    data = _table([4, 10, 6, 2, 3], [1, 0, 2, 3, 2], answers=answers)
    ax = plot_vote_comparison(data, kind="item", instrument=instrument, lang="en")
    bars = _bars(ax)
    dont_know = bars["vote-room-dont_know"]
    assert dont_know.get_width() == pytest.approx(2 / 8 * 100)
    assert dont_know.get_x() + dont_know.get_width() == pytest.approx(100)
    assert dont_know.get_facecolor()[:3] == pytest.approx(
        plt.matplotlib.colors.to_rgb(PALETTE["dont_know"])
    )
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["not at all", "partly", "largely", "fully", "don't know"]
    with pytest.raises(ValueError, match="do not belong"):
        plot_vote_comparison(data, kind="domain", instrument=instrument)


def test_a_side_below_k_has_no_bar_but_a_note(instrument):
    ax = plot_vote_comparison(_table([3, 10, 6, 1], None), instrument=instrument)
    assert not [g for g in _bars(ax) if g.startswith("vote-room")]
    assert "te weinig stemmen" in [t.get_text() for t in ax.texts]
    assert ax.get_yticklabels()[1].get_text() == "in de zaal"
    ax = plot_vote_comparison(_table(None, [1, 2, 3, 4]), instrument=instrument, lang="en")
    assert "too few respondents" in [t.get_text() for t in ax.texts]


def test_from_a_real_round_and_legend_options(demo_store):
    from vsvkit.room.before_after import before_after
    from vsvkit.room.votes import round_result

    mirror = vk.build_mirror(demo_store, 1)
    poll = demo_store.open_round(1, kind="domain", target="CLI")
    for phone, answer in enumerate("12333344"):
        demo_store.vote(poll.code, f"p{phone}", answer)
    result = round_result(poll, demo_store.round_counts(poll.id), mirror.instrument, mirror.k)
    pair = before_after(mirror, poll, result)
    ax = vk.plot_vote_comparison(pair.table, instrument=mirror.instrument, legend="right")
    bars = _bars(ax)
    for row in pair.table.itertuples():
        gid = f"vote-{row.source}-{row.answer}"
        if row.n:
            assert bars[gid].get_width() == pytest.approx(row.share * 100)
    assert ax.get_legend() is not None
    ax = vk.plot_vote_comparison(pair.table, legend=False, title=False)
    assert ax.get_legend() is None and figure_title(ax) == ""
    with pytest.raises(ValueError, match="legend"):
        vk.plot_vote_comparison(pair.table, legend="top")
    with pytest.raises(ValueError, match="kind"):
        vk.plot_vote_comparison(pair.table, kind="poll")
    with pytest.raises(ValueError, match="source"):
        vk.plot_vote_comparison(pair.table.assign(source="zaal"))
