"""Figures of the workshop: tidy score tables in, matplotlib Axes out.

Every function looks like a seaborn function: the score table is the only positional
argument, everything else is keyword-only, ``ax=None`` makes a new figure, and nothing is
shown or saved. Labels come from the instrument (domain names, level labels, answer labels)
and :mod:`vsvkit.i18n`, in Dutch unless ``lang="en"``. All figures use one theme; wrap
calls in ``with theme(presenter=True):`` for projector-sized type.

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")
>>> ids = vk.load_demo(store)
>>> domain_scores = vk.build_mirror(store, 1).domain_scores
>>> ax = vk.plot_domain_overview(domain_scores)
>>> with vk.theme(presenter=True):
...     ax = vk.plot_domain_overview(domain_scores, kind="bar", title="Voorbeeldstad")
>>> ax.figure.savefig("overview.png")  # doctest: +SKIP
"""

from vsvkit.plots._agreement import plot_agreement
from vsvkit.plots._common import figure_title
from vsvkit.plots._domains import plot_change, plot_continuum
from vsvkit.plots._groups import plot_group_scores
from vsvkit.plots._heatmap import plot_group_heatmap
from vsvkit.plots._items import plot_item_distribution
from vsvkit.plots._overview import plot_domain_overview
from vsvkit.plots._region import plot_region_position, plot_vsv_heatmap
from vsvkit.plots._theme import ANSWER_COLORS, PALETTE, RENDER_LOCK, theme, theme_rc
from vsvkit.plots._votes import plot_vote_comparison

__all__ = [
    "plot_domain_overview",
    "plot_continuum",
    "plot_item_distribution",
    "plot_agreement",
    "plot_group_heatmap",
    "plot_group_scores",
    "plot_change",
    "plot_vsv_heatmap",
    "plot_region_position",
    "plot_vote_comparison",
    "figure_title",
    "theme",
    "theme_rc",
    "PALETTE",
    "ANSWER_COLORS",
    "RENDER_LOCK",
]
