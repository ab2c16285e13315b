"""vsvkit: the VSV-integratiemeter workshop toolkit, and its verbs for notebooks.

``import vsvkit as vk`` gives what an adviser uses in a notebook: open a store, list and
load sessions, score them per grouping, the mirror of a session, the comparison with the
previous session, the region tables, the figures and the exports. Every name is imported
on first use (PEP 562), so ``import vsvkit`` stays light and ``import vsvkit.scoring`` does
not import the widgets.

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")        # in memory; vk.open_store() opens your own
>>> ids = vk.load_demo(store)                 # the fictional sample sessions
>>> vk.list_sessions(store)[["id", "vsv", "wave"]].head(3)
   id                    vsv      wave
0   3  VSV Denkbeeldig Delta  baseline
1   1      VSV Voorbeeldstad  baseline
2   5       VSV Fictiefwaard  baseline
>>> scores = vk.session_scores(store, 1, by="profession")
>>> region = vk.load_region(store)
>>> view = region.view("VSV Voorbeeldstad", named=["VSV Proefpolder"])
>>> ax = vk.plot_vsv_heatmap(view.table)
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Where each lazily imported public name lives.
_LAZY: dict[str, str] = {
    # errors
    "VsvkitError": "vsvkit.errors",
    "InstrumentError": "vsvkit.errors",
    "IntakeError": "vsvkit.errors",
    "StoreError": "vsvkit.errors",
    "ReportError": "vsvkit.errors",
    "Problem": "vsvkit.errors",
    # questionnaire
    "Instrument": "vsvkit.instrument",
    "load_instrument": "vsvkit.instrument",
    "find_instrument": "vsvkit.instrument",
    # store and sessions
    "Settings": "vsvkit.app.settings",
    "Store": "vsvkit.store",
    "import_session": "vsvkit.sessions",
    "load_demo": "vsvkit.sessions",
    "previous_session": "vsvkit.sessions",
    "session_instrument": "vsvkit.sessions",
    "session_scores": "vsvkit.sessions",
    "session_alpha": "vsvkit.sessions",
    # scores (answers in, tidy tables out)
    "domain_scores": "vsvkit.scoring",
    "item_scores": "vsvkit.scoring",
    "item_distribution": "vsvkit.scoring",
    "total_score": "vsvkit.scoring",
    "cronbach_alpha": "vsvkit.scoring",
    "discussion_points": "vsvkit.scoring",
    # one session's views, and the comparison with the previous session
    "Mirror": "vsvkit.mirror",
    "build_mirror": "vsvkit.mirror",
    "Comparison": "vsvkit.comparison",
    "compare_sessions": "vsvkit.comparison",
    # region
    "Region": "vsvkit.region.load",
    "RegionView": "vsvkit.region",
    "load_region": "vsvkit.region.load",
    "region_sessions": "vsvkit.region.load",
    "latest_sessions": "vsvkit.region",
    "domain_by_vsv": "vsvkit.region",
    "region_view": "vsvkit.region",
    "percentiles": "vsvkit.region",
    "anonymous_distribution": "vsvkit.region",
    "region_alpha": "vsvkit.region",
    "region_named_table": "vsvkit.region.tables",
    "region_others_table": "vsvkit.region.tables",
    "region_alpha_table": "vsvkit.region.tables",
    "region_notes": "vsvkit.region.tables",
    "region_shared_note": "vsvkit.region.tables",
    # figures
    "plot_domain_overview": "vsvkit.plots",
    "plot_continuum": "vsvkit.plots",
    "plot_item_distribution": "vsvkit.plots",
    "plot_agreement": "vsvkit.plots",
    "plot_group_heatmap": "vsvkit.plots",
    "plot_group_scores": "vsvkit.plots",
    "plot_change": "vsvkit.plots",
    "plot_vsv_heatmap": "vsvkit.plots",
    "plot_region_position": "vsvkit.plots",
    "plot_vote_comparison": "vsvkit.plots",
    "theme": "vsvkit.plots",
    "PALETTE": "vsvkit.plots",
    # tables for reading
    "format_table": "vsvkit.formatting",
    # exports
    "render_report": "vsvkit.report",
    "render_handout": "vsvkit.report.handout",
    "export_plan": "vsvkit.plan",
    "export_region": "vsvkit.region.tables",
    # the paper questionnaire
    "paper_questionnaire": "vsvkit.paper",
    "write_paper_questionnaire": "vsvkit.paper",
    # the apps, as widgets in a notebook
    "RegionApp": "vsvkit.widgets.region",
    "WorkshopApp": "vsvkit.widgets",
}

__all__ = [
    "__version__",
    "open_store",
    "list_sessions",
    "load_answers",
    "VsvkitError",
    "InstrumentError",
    "IntakeError",
    "StoreError",
    "ReportError",
    "Problem",
    "Instrument",
    "load_instrument",
    "find_instrument",
    "Settings",
    "Store",
    "import_session",
    "load_demo",
    "previous_session",
    "session_instrument",
    "session_scores",
    "session_alpha",
    "domain_scores",
    "item_scores",
    "item_distribution",
    "total_score",
    "cronbach_alpha",
    "discussion_points",
    "Mirror",
    "build_mirror",
    "Comparison",
    "compare_sessions",
    "Region",
    "RegionView",
    "load_region",
    "region_sessions",
    "latest_sessions",
    "domain_by_vsv",
    "region_view",
    "percentiles",
    "anonymous_distribution",
    "region_alpha",
    "region_named_table",
    "region_others_table",
    "region_alpha_table",
    "region_notes",
    "region_shared_note",
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
    "theme",
    "PALETTE",
    "format_table",
    "render_report",
    "render_handout",
    "export_plan",
    "export_region",
    "paper_questionnaire",
    "write_paper_questionnaire",
    "RegionApp",
    "WorkshopApp",
]


def open_store(url: str | os.PathLike | None = None):
    """Open the session store (:class:`vsvkit.store.Store`).

    Parameters
    ----------
    url : str or path, optional
        A database URL (``sqlite:///file``, ``postgresql://...``, ``sqlite://`` in memory), a
        SQLite file path, or None: the user's own store (``vsvkit.sqlite`` in the user data
        folder). In a notebook opened by ``vsvkit lab`` or ``vsvkit serve`` the store they
        were given is ``vk.Settings.from_env().db`` (the ``VSVKIT_DB`` they pass).

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> len(vk.list_sessions(store))
    0
    """
    from vsvkit.store import Store

    return Store(url)


def list_sessions(store, vsv: str | None = None):
    """The sessions in the store, oldest meeting first (``store.find_sessions``).

    Parameters
    ----------
    store : vsvkit.store.Store
    vsv : str, optional
        Only VSVs whose name contains this text (case-insensitive).

    Returns
    -------
    DataFrame
        ``id, vsv, date, wave, n_respondents, instrument_name, instrument_version,
        min_group_size``.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.list_sessions(store, vsv="voorbeeld")[["id", "date", "wave"]]
       id        date       wave
    0   1  2025-03-12   baseline
    1   2  2026-10-07  follow-up
    """
    return store.find_sessions(vsv)


def load_answers(store, session_ids=None, *, instrument=None):
    """The answers of sessions in the scoring input shape (``store.answers``).

    Parameters
    ----------
    store : vsvkit.store.Store
    session_ids : int or list of int, optional
        One or more sessions; every session when None.
    instrument : Instrument, optional
        By default the sessions' own (the one each was answered with, kept in the store);
        sessions answered with different versions are read with the statements they share
        (``store.instrument_for(session_ids)``, which the score tables then take).

    Returns
    -------
    DataFrame
        ``session, respondent, profession, echelon, item, domain, value, dont_know, desired``:
        the input of :func:`domain_scores` and the other score tables.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> answers = vk.load_answers(store, [1])
    >>> vk.domain_scores(answers, store.instrument(1))[["domain", "n"]].head(2)
      domain   n
    0    CLI  42
    1    COO  41
    """
    return store.answers(session_ids, instrument=instrument)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vsvkit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:  # what the lazy names are, for type checkers and editors
    from vsvkit.app.settings import Settings
    from vsvkit.comparison import Comparison, compare_sessions
    from vsvkit.errors import (
        InstrumentError,
        IntakeError,
        Problem,
        ReportError,
        StoreError,
        VsvkitError,
    )
    from vsvkit.formatting import format_table
    from vsvkit.instrument import Instrument, find_instrument, load_instrument
    from vsvkit.mirror import Mirror, build_mirror
    from vsvkit.paper import paper_questionnaire, write_paper_questionnaire
    from vsvkit.plan import export_plan
    from vsvkit.plots import (
        PALETTE,
        plot_agreement,
        plot_change,
        plot_continuum,
        plot_domain_overview,
        plot_group_heatmap,
        plot_group_scores,
        plot_item_distribution,
        plot_region_position,
        plot_vote_comparison,
        plot_vsv_heatmap,
        theme,
    )
    from vsvkit.region import (
        RegionView,
        anonymous_distribution,
        domain_by_vsv,
        latest_sessions,
        percentiles,
        region_alpha,
        region_view,
    )
    from vsvkit.region.load import Region, load_region, region_sessions
    from vsvkit.region.tables import (
        export_region,
        region_alpha_table,
        region_named_table,
        region_notes,
        region_others_table,
        region_shared_note,
    )
    from vsvkit.report import render_report
    from vsvkit.report.handout import render_handout
    from vsvkit.scoring import (
        cronbach_alpha,
        discussion_points,
        domain_scores,
        item_distribution,
        item_scores,
        total_score,
    )
    from vsvkit.sessions import (
        import_session,
        load_demo,
        previous_session,
        session_alpha,
        session_instrument,
        session_scores,
    )
    from vsvkit.store import Store
    from vsvkit.widgets import WorkshopApp
    from vsvkit.widgets.region import RegionApp
