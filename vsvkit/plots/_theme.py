"""One look for every vsvkit figure: colour-blind safe colours, white background, large type."""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Iterator

import matplotlib as mpl
import matplotlib.pyplot as plt
from matplotlib.rcsetup import cycler

__all__ = [
    "theme",
    "theme_rc",
    "RENDER_LOCK",
    "PALETTE",
    "ANSWER_COLORS",
    "LEVEL_BAND_COLORS",
    "PRESENTER_SCALE",
]

#: pyplot keeps global state: one figure is drawn at a time (the app warms its cache in a
#: thread; the presenter view draws the room's charts).
RENDER_LOCK = threading.Lock()
#: Font and figure scale of presenter (projector) mode.
PRESENTER_SCALE = 1.6

# Okabe-Ito / ColorBrewer colours: distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "current": "#0072B2",  # blue
    "desired": "#E69F00",  # orange
    "baseline": "#999999",  # grey
    "follow_up": "#0072B2",  # blue
    "agreed": "#D55E00",  # vermillion
    "split": "#D55E00",
    "consensus": "#0072B2",
    "dont_know": "#8C8C8C",
    "suppressed": "#EEEEEE",
    "text": "#222222",
    "muted": "#666666",
    "grid": "#DDDDDD",
}
#: Answers 1..4 (niet .. volledig): ColorBrewer RdBu (4 classes), diverging and colour-blind safe.
ANSWER_COLORS = ("#CA0020", "#F4A582", "#92C5DE", "#0571B0")
#: Background bands of the integration levels (light to a little darker, ColorBrewer Greys).
LEVEL_BAND_COLORS = ("#F7F7F7", "#EFEFEF", "#E4E4E4", "#D9D9D9")
#: Sequential colour map of heatmaps (ColorBrewer YlGnBu, colour-blind safe).
HEATMAP_CMAP = "YlGnBu"

_BASE_FONT = 11.0
_active_scale: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "vsvkit_theme_scale", default=None
)


def _scale(presenter: bool, scale: float | None) -> float:
    if scale is not None:
        if not scale > 0:
            raise ValueError(f"scale must be a positive number, got {scale!r}")
        return float(scale)
    return PRESENTER_SCALE if presenter else 1.0


def theme_rc(presenter: bool = False, *, scale: float | None = None) -> dict:
    """The matplotlib rc settings of the vsvkit theme.

    Parameters
    ----------
    presenter : bool
        Projector mode: all type ~1.6x larger (and figures larger to match).
    scale : float, optional
        Type, line and marker scale instead of the one ``presenter`` picks (1, or 1.6 for
        the projector); e.g. the report draws on axes of print size with
        :data:`vsvkit.report.figures.PRINT_SCALE`.
    """
    s = _scale(presenter, scale)
    font = _BASE_FONT * s
    return {
        "figure.facecolor": "white",
        "axes.facecolor": "white",
        "savefig.facecolor": "white",
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "font.family": "DejaVu Sans",
        "font.size": font,
        "axes.titlesize": font * 1.25,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.titlepad": 12 * s,
        "axes.labelsize": font,
        "axes.labelcolor": PALETTE["text"],
        "axes.edgecolor": "#BBBBBB",
        "axes.linewidth": 0.8,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": False,
        "axes.prop_cycle": cycler(
            color=["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442"]
        ),
        "xtick.labelsize": font * 0.95,
        "ytick.labelsize": font * 0.95,
        "xtick.color": PALETTE["text"],
        "ytick.color": PALETTE["text"],
        "legend.fontsize": font * 0.9,
        "legend.frameon": False,
        "lines.linewidth": 2.0 * s,
        "lines.markersize": 8 * s,
        "text.color": PALETTE["text"],
        "figure.constrained_layout.use": True,
    }


@contextlib.contextmanager
def theme(presenter: bool = False, *, scale: float | None = None) -> Iterator[dict]:
    """Draw vsvkit figures in the house style (a context manager).

    Every plot function already uses the normal theme; wrap calls in
    ``with theme(presenter=True):`` for projector-sized type, or give an own ``scale``
    (as in :func:`theme_rc`).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> with vk.theme(presenter=True) as rc:
    ...     ax = vk.plot_domain_overview(vk.build_mirror(store, 1).domain_scores)
    >>> rc["font.size"]
    17.6
    """
    rc = theme_rc(presenter, scale=scale)
    token = _active_scale.set(_scale(presenter, scale))
    try:
        with mpl.rc_context(rc):
            yield rc
    finally:
        _active_scale.reset(token)


@contextlib.contextmanager
def plot_context() -> Iterator[float]:
    """Apply the normal theme unless a :func:`theme` block is active; yield the scale."""
    scale = _active_scale.get()
    if scale is not None:
        yield scale
        return
    with theme(presenter=False):
        yield 1.0


def new_axes(width: float, height: float, *, polar: bool = False):
    """A new figure and axes sized for the active theme (inches at normal scale)."""
    scale = _active_scale.get() or 1.0
    fig = plt.figure(figsize=(width * scale, height * scale))
    return fig.add_subplot(projection="polar" if polar else None)


def fix_ticks(ax) -> None:
    """Pin tick label sizes/colours so a later draw outside the theme keeps them."""
    ax.tick_params(
        axis="x", labelsize=mpl.rcParams["xtick.labelsize"], colors=PALETTE["text"], length=0
    )
    ax.tick_params(
        axis="y", labelsize=mpl.rcParams["ytick.labelsize"], colors=PALETTE["text"], length=0
    )
