"""Charts of the room view: SVG with its text kept as text, sized for the projector.

A chart is drawn at the size (in inches) its box has on a 1366×768 screen at 100 pixels per
inch, in the presenter theme (:func:`vsvkit.plots.theme`): the smallest text is 14.7 pt, so
at 1366×768 it is drawn at 20 pixels and at 1920×1080 larger. The SVG scales with its box
(it has a ``viewBox`` and no fixed size), so it is sharp at any size and on any screen; its
title is its accessible name.
"""

from __future__ import annotations

import html
import io
import re

import matplotlib as mpl
from matplotlib.figure import Figure

from vsvkit.plots import RENDER_LOCK, figure_title, theme

__all__ = ["svg_chart", "PIXELS_PER_INCH"]

#: Pixels per inch of a chart's box at 1366×768 (the room's layout scales with the screen).
PIXELS_PER_INCH = 100


def svg_chart(draw, size: tuple[float, float], *, css_class: str = "room-chart") -> str:
    """Call ``draw(ax)`` on a new Axes of ``size`` inches and return the figure as inline SVG.

    Text stays text (``svg.fonttype: none``). The room step's heading names the chart, so
    its title is taken off the figure (it would cost a line of the screen) and kept as its
    accessible name (``role="img"``, ``aria-label``). Fonts come from the presenter theme.
    """
    # a Figure of its own, not pyplot's: in a kernel, the inline backend shows every pyplot
    # figure open at the end of a request, also one a background thread is drawing
    with RENDER_LOCK, theme(presenter=True), mpl.rc_context({"svg.fonttype": "none"}):
        fig = Figure(figsize=size)
        ax = draw(fig.subplots())
        title = figure_title(ax)
        for loc in ("left", "center", "right"):
            ax.set_title("", loc=loc)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg") :]
    # scale with the box: drop the fixed width and height, keep the viewBox
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r"<svg\1", svg, count=1)
    label = html.escape(title, quote=True)
    return svg.replace("<svg", f'<svg class="{css_class}" role="img" aria-label="{label}"', 1)
