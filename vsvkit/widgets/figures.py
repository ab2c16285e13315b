"""Static figures in widgets: a plot function's Axes -> PNG -> ``ipywidgets.Image``.

Static PNGs render the same in the app, the HTML report and the PDF, need no JavaScript
extension and can be checked by state in tests (stack-notes).
"""

from __future__ import annotations

import io
import threading

import ipywidgets as W
import matplotlib.pyplot as plt

from ..plots import theme

__all__ = ["figure_png", "chart", "RENDER_LOCK"]

DPI = 100
#: pyplot keeps global state: one figure is drawn at a time (the app warms its cache in a thread).
RENDER_LOCK = threading.Lock()


def figure_png(draw, *, presenter: bool = False) -> bytes:
    """Call ``draw()`` (which returns an Axes) under the house theme and return its PNG bytes."""
    with RENDER_LOCK:
        with theme(presenter=presenter):
            ax = draw()
            fig = ax.figure
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=DPI)
        plt.close(fig)
    return buf.getvalue()


def chart(png: bytes, *, css_class: str = "vsvkit-chart") -> W.Image:
    """An Image widget showing ``png``, scaled to the width of the page."""
    image = W.Image(value=png, format="png", layout=W.Layout(max_width="100%", height="auto"))
    image.add_class(css_class)
    return image
