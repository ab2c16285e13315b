"""The one-page summary handout of a session: six domains, levels, agreed levels, three points.

One A4 page to hand out or mail after the meeting: per domain the current situation beside
the desired one and the level the group agreed on, the overview chart, and the three
discussion points that head the list. It is made in this process from the core (no notebook,
no kernel): :func:`render_handout` writes HTML and/or a one-page PDF, named like the report
(``samenvatting-vsv-voorbeeldstad-2026-10-07.pdf``, :func:`vsvkit.report.run.report_path`).

Examples
--------
>>> import vsvkit as vk
>>> vk.render_handout(2, db_url="sqlite:///vsvkit.sqlite", formats=("pdf",))  # doctest: +SKIP
[PosixPath('samenvatting-vsv-voorbeeldstad-2026-10-07.pdf')]
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from vsvkit.formatting import discussion_label, fmt_count, fmt_date
from vsvkit.i18n import DEFAULT_LANG, Lang, t, wave_label
from vsvkit.paths import template_dir, template_environment

__all__ = ["HANDOUT_TEMPLATE", "handout_html", "render_handout", "top_points"]

log = logging.getLogger(__name__)

#: The handout's template folder: ``vsvkit/templates/handout`` in a Jupyter data folder.
HANDOUT_TEMPLATE = "handout"


def top_points(points: pd.DataFrame, n: int = 3) -> pd.DataFrame:
    """The ``n`` discussion points that head the list, one of each kind in turn.

    ``points`` is :attr:`vsvkit.mirror.Mirror.discussion_points` (ranked within each kind:
    lowest score, least agreement, largest gap, most "weet niet"). The first point of every
    kind comes before the second of any, kinds in the order of the list, so three points
    name three different concerns when there are three kinds.
    """
    if not len(points):
        return points
    kinds = list(dict.fromkeys(points["kind"]))
    order = points.assign(_kind=points["kind"].map(kinds.index))
    order = order.sort_values(["rank", "_kind"], kind="stable")
    return order.drop(columns="_kind").head(n).reset_index(drop=True)


def _points(mirror, lang: Lang) -> list[dict]:
    from vsvkit.report.workshop import point_value

    out = []
    for p in top_points(mirror.discussion_points).itertuples(index=False):
        kind, _, subject = discussion_label(mirror.instrument, p, lang).partition(": ")
        out.append({"kind": kind, "subject": subject, "value": point_value(mirror, p, lang)})
    return out


def handout_html(mirror, notes: pd.DataFrame, lang: Lang = DEFAULT_LANG, *, file: str = "") -> str:
    """The handout as a self-contained HTML page (styles inline, the chart as SVG).

    Parameters
    ----------
    mirror : vsvkit.mirror.Mirror
    notes : DataFrame
        The workshop record (``store.domain_notes``): the agreed levels.
    lang : {"nl", "en"}
    file : str
        The report's file name, named at the foot of the page ("" leaves it out).
    """
    from vsvkit.domain_view import has_desired
    from vsvkit.report.figures import overview_figure
    from vsvkit.report.sections import summary_table_html

    session, inst = mirror.session, mirror.instrument
    folder = template_dir("vsvkit", HANDOUT_TEMPLATE)
    env = template_environment(str(folder))
    facts = [
        inst.title(lang),
        wave_label(session.wave, lang),
        fmt_date(session.date, lang=lang),
        f"{fmt_count(mirror.n_respondents, lang=lang)} {t('respondents', lang)}",
    ]
    return env.get_template("handout.html.j2").render(
        lang=lang,
        css=(folder / "handout.css").read_text(encoding="utf-8"),
        kicker=t("handout_kicker", lang),
        vsv=session.vsv,
        facts=" · ".join(facts),
        table=summary_table_html(mirror, lang, notes, balanced=False),
        chart=overview_figure(mirror, lang, desired=has_desired(mirror)),
        points_title=t("handout_points", lang),
        points=_points(mirror, lang),
        no_points=t("no_discussion_points", lang),
        privacy=t("handout_privacy", lang, k=mirror.k),
        more=t("handout_more", lang, file=file) if file else "",
    )


def render_handout(
    session_id: int,
    *,
    store=None,
    db_url: str | None = None,
    lang: Lang = DEFAULT_LANG,
    formats: Sequence[str] = ("html", "pdf"),
    out_dir: str | Path = ".",
    min_group_size: int | None = None,
    browser: str | os.PathLike | None = None,
) -> list[Path]:
    """Write the one-page summary handout of a session as HTML and/or PDF.

    Parameters
    ----------
    session_id : int
    store : vsvkit.store.Store, optional
        The store; else ``db_url`` is opened (None: the user's own store).
    db_url : str, optional
    lang : {"nl", "en"}
    formats : sequence of {"html", "pdf"}
    out_dir : path
        Folder for the files (created); named ``samenvatting-vsv-<name>-<date>``
        (:func:`vsvkit.report.run.report_path` with ``kind="handout"``).
    min_group_size : int, optional
        Override of the minimum group size (never below the instrument's floor).
    browser : path, optional
        The browser that prints the PDF (:func:`vsvkit.report.browser.find_browser`).

    Returns
    -------
    list of Path
        The files written, in the order of ``formats``.

    Raises
    ------
    ReportError
        No respondents, an unknown format or language, or the PDF could not be printed.
    StoreError
        The session does not exist.
    """
    from vsvkit.mirror import build_mirror
    from vsvkit.report.names import store_file_tag
    from vsvkit.report.run import check_formats, parameters, report_path
    from vsvkit.report.sections import check_reportable
    from vsvkit.store import Store

    formats = check_formats(formats)
    parameters(session_id, lang, min_group_size, db_url, store)  # checks the language
    own = store is None
    store = Store(db_url) if own else store
    try:
        mirror = build_mirror(store, session_id, min_group_size=min_group_size)
        check_reportable(mirror)
        session = mirror.session
        tag = store_file_tag(store, session, lang)
        report = report_path(".", session, lang, "pdf", tag=tag).name
        html = handout_html(mirror, store.domain_notes(session_id), lang, file=report)
    finally:
        if own:
            store.close()
    written = []
    for fmt in formats:
        path = report_path(out_dir, session, lang, fmt, kind="handout", tag=tag)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(html, encoding="utf-8")
        else:
            path.write_bytes(_pdf(html, session, lang, browser))
        written.append(path)
        log.info("handout written: %s", path)
    return written


def _pdf(html: str, session: Any, lang: Lang, browser) -> bytes:
    from vsvkit.report.pdf import html_to_pdf, page_templates

    header, footer = page_templates(session.vsv, t("handout_kicker", lang), t("report_page", lang))
    return html_to_pdf(
        html, header=header, footer=footer, executable=None if browser is None else str(browser)
    )
