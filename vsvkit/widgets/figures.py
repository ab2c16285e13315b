"""Static figures in widgets: a plot function's Axes -> PNG -> ``ipywidgets.Image``.

Static PNGs render the same in the app, the HTML report and the PDF, need no JavaScript
extension and can be checked by state in tests (stack-notes). A PNG carries its chart's title
in its metadata (it survives the chart cache), and the Image widget shows it as the image's
accessible name, as the report's ``alt`` text does.
"""

from __future__ import annotations

import io

import ipywidgets as W
import matplotlib.pyplot as plt
from traitlets import Unicode

from vsvkit.plots import RENDER_LOCK, figure_title, theme

__all__ = ["figure_png", "png_title", "chart"]

DPI = 100


def figure_png(draw, *, presenter: bool = False) -> bytes:
    """Call ``draw()`` (which returns an Axes) under the house theme and return its PNG bytes.

    The figure's title (:func:`vsvkit.plots.figure_title`) is stored as the PNG's ``Title``.
    """
    with RENDER_LOCK:
        with theme(presenter=presenter):
            ax = draw()
            fig = ax.figure
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=DPI, metadata={"Title": figure_title(ax) or None})
        plt.close(fig)
    return buf.getvalue()


def png_title(png: bytes) -> str:
    """The ``Title`` stored in a PNG's metadata ("" if it has none)."""
    from PIL import Image
    from PIL.PngImagePlugin import PngImageFile

    with Image.open(io.BytesIO(png)) as image:
        if not isinstance(image, PngImageFile):  # no PNG, so no PNG text chunks
            return ""
        return image.text.get("Title", "")


class _TitledImage(W.Image):
    """An Image whose ``tooltip`` becomes the ``title`` attribute of its ``<img>``.

    ipywidgets' front end sets the title only when the model's ``description`` is empty, and
    fails on a model without one, as an Image's is (``DOMWidgetView.updateTooltip``; see
    jupyter-widgets/ipywidgets#3921): an empty ``description`` is all it needs.
    """

    description = Unicode("").tag(sync=True)


def chart(png: bytes, *, css_class: str = "vsvkit-chart") -> W.Image:
    """An Image widget showing ``png``, scaled to the width of the page.

    The PNG's title is the image's accessible name (its ``title`` attribute).
    """
    image = _TitledImage(
        value=png,
        format="png",
        layout=W.Layout(max_width="100%", height="auto"),
        tooltip=png_title(png) or None,
    )
    image.add_class(css_class)
    return image
