"""The region's tables for people: in the user's language on screen, as a workbook in a file.

:mod:`vsvkit.region` decides what may be shown (a :class:`~vsvkit.region.RegionView`); this
module writes it down. The readable tables (domain names, figures through
:mod:`vsvkit.formatting`, headers in the user's language) are what the region page shows and
what an adviser's notebook displays; :func:`region_html` lays them out as the page's HTML
sections; :func:`export_region` writes raw figures to an XLSX workbook (numbers stay numbers,
so Excel can compute with them).

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")
>>> ids = vk.load_demo(store)
>>> view = vk.load_region(store).view("VSV Voorbeeldstad")
>>> vk.region_named_table(view).head(2)
                    domein VSV Voorbeeldstad
0      De cliënte centraal                57
1  Coördinatie van de zorg                57
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.formatting import fmt_count, fmt_number, html_table, shared_statements_note
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.region import MIN_EXTREMES, MIN_SPREAD, QUANTILES, RegionView
from vsvkit.region.load import Region
from vsvkit.safe_cells import excel_writer

__all__ = [
    "region_named_table",
    "region_others_table",
    "region_alpha_table",
    "region_notes",
    "region_shared_note",
    "region_html",
    "export_region",
]

log = logging.getLogger(__name__)

#: The heading of each figure of an anonymous distribution (i18n keys).
_FIGURE_KEYS = {"min": "minimum", "q1": "q1", "median": "median", "q3": "q3", "max": "maximum"}


def _domain_names(codes, instrument: Instrument, lang: Lang) -> list[str]:
    return [instrument.domain(c).name(lang) for c in codes]


def region_named_table(
    view: RegionView, *, instrument: Instrument | None = None, lang: Lang = DEFAULT_LANG
) -> pd.DataFrame:
    """The scores of the VSVs shown by name, for reading: one row per domain.

    Returns
    -------
    DataFrame
        The domain's name, then one column per VSV of ``view.table`` (percent of maximum,
        whole numbers; "–" without a score). Headers are what users read.
    """
    inst = instrument if instrument is not None else load_instrument()
    table = view.table
    columns = {t("domain", lang): _domain_names(table.index, inst, lang)}
    for vsv in table.columns:
        columns[str(vsv)] = [fmt_number(x, lang=lang, digits=0) for x in table[vsv]]
    return pd.DataFrame(columns)


def region_others_table(
    view: RegionView, *, instrument: Instrument | None = None, lang: Lang = DEFAULT_LANG
) -> pd.DataFrame:
    """The anonymous other VSVs per domain, for reading, with the focus VSV's percentile.

    Returns
    -------
    DataFrame
        The domain's name, the number of other VSVs, lowest, quartiles, median, highest ("–"
        where :func:`vsvkit.region.anonymous_distribution` gives no figure) and the focus
        VSV's percentile among the VSVs it is compared with.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> view = vk.load_region(store).view("VSV Voorbeeldstad")
    >>> vk.region_others_table(view, lang="en").iloc[0].tolist()
    ['Client-centred care', '3', '–', '–', '–', '–', '–', '–']
    """
    inst = instrument if instrument is not None else load_instrument()
    dist, perc = view.distribution, view.percentiles
    columns = {
        t("domain", lang): _domain_names(dist["domain"], inst, lang),
        t("n_vsv", lang): [fmt_count(n, lang=lang) for n in dist["n_vsv"]],
    }
    for figure in ("min", *QUANTILES, "max"):
        columns[t(_FIGURE_KEYS[figure], lang)] = [
            fmt_number(x, lang=lang, digits=0) for x in dist[figure]
        ]
    columns[f"{t('percentile', lang)} {view.focus}"] = [
        fmt_number(x, lang=lang, digits=0) for x in perc["percentile"]
    ]
    return pd.DataFrame(columns)


def region_alpha_table(
    alpha: pd.DataFrame, *, instrument: Instrument | None = None, lang: Lang = DEFAULT_LANG
) -> pd.DataFrame:
    """Cronbach's alpha per domain (:func:`vsvkit.region.region_alpha`), for reading.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> alpha = vk.load_region(store).alpha()
    >>> vk.region_alpha_table(alpha).columns.tolist()
    ['domein', 'alfa', 'deelnemers met alle stellingen beantwoord']
    """
    inst = instrument if instrument is not None else load_instrument()
    return pd.DataFrame(
        {
            t("domain", lang): _domain_names(alpha["domain"], inst, lang),
            t("alpha", lang): [fmt_number(a, lang=lang, digits=2) for a in alpha["alpha"]],
            t("n_complete", lang): [fmt_count(n, lang=lang) for n in alpha["n"]],
        }
    )


def region_notes(
    view: RegionView, *, instrument: Instrument | None = None, lang: Lang = DEFAULT_LANG
) -> dict[str, list[str]]:
    """The sentences under the tables of a view, keyed by sheet key (``sheet_table``,
    ``sheet_distribution``): what "–" means, and why figures of the others are left out.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> view = vk.load_region(store).view("VSV Voorbeeldstad")
    >>> print(vk.region_notes(view, lang="en")["sheet_distribution"][0])  # doctest: +ELLIPSIS
    3 other VSVs without a name: of fewer than 5 VSVs we show only their number, ...
    """
    inst = instrument if instrument is not None else load_instrument()
    k = inst.effective_min_group_size(None)
    dist = view.distribution
    others = []
    if view.n_anonymous == 0:
        others.append(t("region_no_others", lang))
    if view.spread_hidden:
        others.append(t("region_too_few_others", lang, n=view.n_anonymous, spread=MIN_SPREAD))
    if not dist["suppressed"].all():
        others.append(t("region_spread_note", lang))
    if view.extremes_hidden:
        others.append(t("region_no_extremes", lang, extremes=MIN_EXTREMES))
    return {
        "sheet_table": [t("region_hidden_note", lang, k=k)],
        "sheet_distribution": others,
    }


def region_shared_note(region: Region, *, lang: Lang = DEFAULT_LANG) -> str:
    """The sentence that the VSVs are compared on the statements their questionnaires share;
    "" when every session was answered with the same statements.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> vk.region_shared_note(vk.load_region(store))  # the demo answers one version
    ''
    """
    if not region.shared_only:
        return ""
    n = len(region.instrument.items)
    return shared_statements_note(n, region.versions, lang, region=True)


def _section(title: str, frame: pd.DataFrame, notes: list[str]) -> str:
    numeric = tuple(range(1, frame.shape[1]))
    return (
        f"<h3>{html.escape(title)}</h3>"
        + html_table(frame, [str(c) for c in frame.columns], numeric=numeric)
        + "".join(f"<p class='vsvkit-note'>{html.escape(n)}</p>" for n in notes)
    )


def region_html(
    view: RegionView,
    alpha: pd.DataFrame,
    *,
    instrument: Instrument | None = None,
    lang: Lang = DEFAULT_LANG,
    shared_note: str = "",
) -> dict[str, str]:
    """The region page's sections as HTML (heading, table, notes), keyed by sheet key.

    ``sheet_table`` (:func:`region_named_table`), ``sheet_distribution``
    (:func:`region_others_table`) and ``sheet_alpha`` (:func:`region_alpha_table` of
    ``alpha``), each with its notes (:func:`region_notes`); ``shared_note``
    (:func:`region_shared_note`) goes under the first table.
    """
    inst = instrument if instrument is not None else load_instrument()
    notes = region_notes(view, instrument=inst, lang=lang)
    if shared_note:
        notes["sheet_table"] = [*notes["sheet_table"], shared_note]
    return {
        "sheet_table": _section(
            t("region_table_title", lang),
            region_named_table(view, instrument=inst, lang=lang),
            notes["sheet_table"],
        ),
        "sheet_distribution": _section(
            t("region_distribution_title", lang),
            region_others_table(view, instrument=inst, lang=lang),
            notes["sheet_distribution"],
        ),
        "sheet_alpha": _section(
            t("region_alpha_title", lang),
            region_alpha_table(alpha, instrument=inst, lang=lang),
            [],
        ),
    }


def export_region(
    path: str | Path, tables: dict[str, pd.DataFrame], *, lang: Lang | None = None
) -> Path:
    """Write the region tables to one XLSX workbook, one sheet per table.

    Parameters
    ----------
    path : path-like
        The ``.xlsx`` file to write (its folder must exist).
    tables : dict of sheet name -> DataFrame
        In sheet order; names are cut to Excel's 31 characters. A wide table with a named
        index (``domain_by_vsv``) keeps its index as the first column.
    lang : {"nl", "en"}, optional
        When given, the names are i18n keys (``sheet_table``, ... as
        :meth:`vsvkit.region.load.Region.tables` returns them) and the sheets are named in this
        language.

    Returns
    -------
    Path
        The file written. Text (VSV names) is written as string cells, never as formulas
        (:func:`vsvkit.safe_cells.excel_writer`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> region = vk.load_region(store)
    >>> tables = region.tables(region.view("VSV Voorbeeldstad"))
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = vk.export_region(pathlib.Path(folder) / "regio.xlsx", tables, lang="nl")
    ...     path.name
    'regio.xlsx'
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise VsvkitError(key="region_export_not_xlsx", file=path.name)
    if not tables:
        raise VsvkitError(key="region_export_empty")
    try:
        with excel_writer(path) as writer:
            used: set[str] = set()
            for name, frame in tables.items():
                sheet = _sheet_name(str(name) if lang is None else t(name, lang), used)
                keep_index = frame.index.name is not None
                frame.to_excel(writer, sheet_name=sheet, index=keep_index)
    except OSError as err:
        raise VsvkitError(
            key="region_export_unwritable", path=str(path), reason=err.strerror
        ) from err
    log.info("region export written to %s", path)
    return path


def _sheet_name(name: str, used: set[str]) -> str:
    bad = "[]:*?/\\"
    clean = "".join("_" if c in bad else c for c in name)[:31] or "sheet"
    candidate, i = clean, 2
    while candidate.lower() in used:
        suffix = f" ({i})"
        candidate, i = clean[: 31 - len(suffix)] + suffix, i + 1
    used.add(candidate.lower())
    return candidate
