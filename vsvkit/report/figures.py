"""The report's figures, drawn at print size as vector SVG with real text.

Each figure is drawn on axes as wide as the text of an A4 page (:data:`PRINT_WIDTH`) with the
house theme at :data:`PRINT_SCALE`, so the smallest chart text ("small" annotations) prints
at 8.3 pt and no figure is scaled down on paper. SVG keeps the text as text
(``svg.fonttype = "none"``): sharp at any zoom, searchable in the PDF, and its size can be
read back from the PDF.

The functions take the core's results (a :class:`~vsvkit.mirror.Mirror`, the workshop
record, a :class:`~vsvkit.comparison.Comparison`) and the public plot functions of
:mod:`vsvkit.plots`; they compute nothing themselves.
"""

from __future__ import annotations

import base64
import contextlib
import html
import io
import re
from collections.abc import Iterator
from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from vsvkit import plots
from vsvkit.i18n import Lang, t

__all__ = [
    "PRINT_SCALE",
    "PRINT_WIDTH",
    "change_figure",
    "continuum_figure",
    "domain_figure",
    "figure_html",
    "groups_figure",
    "overview_figure",
    "print_axes",
    "print_figures",
]

#: Width of a report figure in inches, at most: the text width of an A4 page with 16 mm
#: margins is 178 mm (7.0 in).
PRINT_WIDTH = 6.95
#: Theme scale of report figures: 10 pt type, "small" annotations 8.3 pt.
PRINT_SCALE = 10 / 11

#: Wrap and size (pt) of statement texts beside the answer bars: three lines of 46 characters.
ITEM_WRAP, LABEL_PT = 42, 8.6

_PAD = 0.03  # inches of white around a saved figure
_COLUMN_END = 1.45  # right edge of the consensus column, in widths of the answer bars

_SVG_RC: dict = {"svg.fonttype": "none", "svg.hashsalt": None}
_SIZE = re.compile(r'<svg[^>]*?width="([\d.]+)pt"[^>]*?height="([\d.]+)pt"', re.S)


@contextlib.contextmanager
def print_figures() -> Iterator[None]:
    """Draw vsvkit figures for print: the house theme at :data:`PRINT_SCALE`, text kept as
    text in SVG; one figure at a time in this process (:data:`vsvkit.plots.RENDER_LOCK`: the
    handout is drawn in the app's kernel, where the app draws its charts in a thread)."""
    with plots.RENDER_LOCK, plots.theme(scale=PRINT_SCALE), mpl.rc_context(_SVG_RC):
        yield


def print_axes(height: float, width: float = PRINT_WIDTH):
    """New axes on a figure of print size (inches)."""
    fig = plt.figure(figsize=(width, height))
    return fig.add_subplot()


def _svg(fig) -> str:
    buf = io.StringIO()
    with mpl.rc_context(_SVG_RC):
        fig.savefig(
            buf,
            format="svg",
            bbox_inches="tight",
            pad_inches=_PAD,
            metadata={"Date": None, "Creator": None},
        )
    return buf.getvalue()


def figure_html(ax, *, alt: str | None = None, css: str = "") -> str:
    """An Axes' figure as an embedded SVG ``<img>`` with alternative text; the figure is closed.

    ``alt`` defaults to the figure's title (suptitle or the Axes title). The image keeps
    the size it was drawn at (``width``/``height`` in pt), so its text prints at the size
    it was set in.
    """
    fig = ax.figure
    if alt is None:
        alt = plots.figure_title(ax)
    for _ in range(3):  # narrower until nothing sticks out of the text width
        svg = _svg(fig)
        size = _SIZE.search(svg)
        if size is None or float(size[1]) <= PRINT_WIDTH * 72 + 0.5:
            break
        w, h = fig.get_size_inches()
        fig.set_size_inches(w * PRINT_WIDTH * 72 / float(size[1]) - 0.02, h)
    plt.close(fig)
    dims = f' width="{float(size[1]):.1f}pt"' if size else ""  # noqa: E231
    style = f' style="width: {float(size[1]):.1f}pt"' if size else ""  # noqa: E231
    data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
    alt = " ".join(alt.split())
    classes = " ".join(c for c in ("vsv-figure", css) if c)
    return (
        f'<figure class="{classes}"><img src="data:image/svg+xml;base64,{data}"{dims}{style} '
        f'alt="{html.escape(alt)}"></figure>'
    )


# -- the report's figures ----------------------------------------------------------------
def overview_figure(mirror, lang: Lang, *, desired: bool) -> str:
    """The six domains, current (and desired) percent of maximum over the level bands."""
    n = len(mirror.instrument.domain_codes)
    with print_figures():
        ax = print_axes(0.9 + (0.36 if desired else 0.26) * n)
        plots.plot_domain_overview(
            mirror.domain_scores,
            desired=desired,
            instrument=mirror.instrument,
            lang=lang,
            ax=ax,
        )
        return figure_html(ax)


def continuum_figure(mirror, notes: pd.DataFrame, lang: Lang) -> str:
    """The measured level of each domain and, where the group agreed one, the agreed level."""
    n = len(mirror.instrument.domain_codes)
    with print_figures():
        ax = print_axes(0.9 + 0.42 * n)
        plots.plot_continuum(
            mirror.domain_scores, agreed=notes, instrument=mirror.instrument, lang=lang, ax=ax
        )
        return figure_html(ax)


def domain_figure(mirror, domain: str, lang: Lang) -> str:
    """One domain's statements: the answers (diverging bars, "weet niet" beside them) and,
    in a column on the same rows, each statement's consensus (split ones in bold red)."""
    inst = mirror.instrument
    n = len(inst.domain(domain).items)
    with print_figures():
        # laid out by hand (_place_answers): the columns right of the bars are inset axes,
        # which an automatic layout does not make room for
        fig = plt.figure(figsize=(PRINT_WIDTH, 1.15 + 0.5 * n), layout="none")
        ax = fig.add_axes((0.4, 0.3, 0.3, 0.6))
        plots.plot_item_distribution(
            mirror.item_distribution,
            domain=domain,
            instrument=inst,
            lang=lang,
            wrap=ITEM_WRAP,
            title=False,
            ax=ax,
        )
        ax.tick_params(axis="y", labelsize=LABEL_PT)
        dont_know: Any = ax.child_axes[0]
        dont_know.set_title(
            t("dont_know", lang).replace(" ", "\n", 1), fontsize="small", loc="center", pad=4
        )
        _consensus_column(ax, mirror.item_scores, domain, lang)
        _legend_under_figure(ax)
        _place_answers(ax)
        name = inst.domain(domain).name(lang)
        return figure_html(ax, alt=t("title_item_distribution", lang, domain=name))


def _place_answers(ax) -> None:
    """Put the answer bars where the statements on the left, the columns on the right and
    the axis and legend below just fit the figure."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    width, height = fig.get_size_inches()

    def inches(artists, attr: str) -> float:
        boxes = [a.get_window_extent(renderer) for a in artists if a.get_text()]
        return max((getattr(b, attr) for b in boxes), default=0.0) / fig.dpi

    left = inches(ax.get_yticklabels(), "width") + 0.12
    titles = [a.title for a in ax.child_axes]
    top = inches(titles, "height") + 0.12
    below = inches(ax.get_xticklabels(), "height") + inches([ax.xaxis.label], "height")
    below += sum(legend.get_window_extent(renderer).height for legend in fig.legends) / fig.dpi
    bottom = below + 0.3
    axes_width = (width - left - 0.04) / _COLUMN_END
    ax.set_position(
        (left / width, bottom / height, axes_width / width, 1 - (top + bottom) / height)
    )


def _legend_under_figure(ax) -> None:
    """Move the answers' legend from under the axes to under the whole figure: centred
    under the narrow bars it would claim width the statements need."""
    legend = ax.get_legend()
    if legend is None:
        return
    handles, labels = legend.legend_handles, [text.get_text() for text in legend.get_texts()]
    legend.remove()
    ax.figure.legend(
        handles,
        labels,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=len(labels),
        handlelength=1.2,
        columnspacing=1.2,
    )


def _consensus_column(ax, item_scores: pd.DataFrame, domain: str, lang: Lang) -> None:
    """A narrow column right of the "weet niet" column: each shown statement's consensus."""
    from vsvkit.formatting import fmt_number
    from vsvkit.plots import PALETTE

    labels = [tick.get_text().split()[0] for tick in ax.get_yticklabels()]
    rows = item_scores[item_scores["domain"] == domain].set_index("item")
    column = ax.inset_axes([_COLUMN_END - 0.2, 0, 0.2, 1])
    for y, code in enumerate(labels):
        if code not in rows.index:
            continue
        row = rows.loc[code]
        if bool(row.get("suppressed", False)) or pd.isna(row["consensus"]):
            continue
        split = bool(row["split"]) if not pd.isna(row["split"]) else False
        column.text(
            0.5,
            y,
            fmt_number(row["consensus"], lang=lang),
            ha="center",
            va="center",
            color=PALETTE["split"] if split else PALETTE["text"],
            fontweight="bold" if split else "normal",
        )
    column.set_xlim(0, 1)
    column.set_ylim(ax.get_ylim())
    column.set_xticks([])
    column.set_yticks([])
    for side in ("left", "right", "top", "bottom"):
        column.spines[side].set_visible(False)
    column.set_title(t("consensus", lang), fontsize="small", loc="center", pad=4)


def groups_figure(mirror, lang: Lang) -> str:
    """The score per domain of each profession that may be shown."""
    table = mirror.by_group["profession"]
    shown = table[~table["suppressed"].astype(bool)]["group"].nunique()
    with print_figures():
        ax = print_axes(1.3 + 0.32 * shown)
        plots.plot_group_heatmap(
            table,
            show_suppressed=False,
            instrument=mirror.instrument,
            lang=lang,
            title=False,  # the section heading names it
            ax=ax,
        )
        # six domain names side by side do not fit the page width: slanted
        for label in ax.get_xticklabels():
            label.set(rotation=40, ha="left", rotation_mode="anchor")
        return figure_html(ax, alt=t("title_group_heatmap", lang, by=t("profession", lang)))


def change_figure(scores: pd.DataFrame, waves, instrument, lang: Lang) -> str:
    """Both measurements per domain with the change in points."""
    n = scores["domain"].nunique()
    with print_figures():
        ax = print_axes(1.1 + 0.32 * n)
        plots.plot_change(scores, waves=waves, instrument=instrument, lang=lang, ax=ax)
        return figure_html(ax)
