"""The pages of the workshop app as widgets: what :meth:`WorkshopApp.show` puts on screen.

The start page (import, the stored sessions, the questionnaire panel), and per session its
overview, a domain (with the conversation guide and the notes), the discussion points, the
plan, the comparison with the previous session and the report, each under its heading, or
what is shown instead of results below the minimum group size.
"""

from __future__ import annotations

import ipywidgets as W

from vsvkit.widgets import navigation, pages
from vsvkit.widgets.export import ExportPanel
from vsvkit.widgets.guide import GuidePanel
from vsvkit.widgets.importer import ImportPanel
from vsvkit.widgets.notes import DomainNotes
from vsvkit.widgets.plan import PlanEditor
from vsvkit.widgets.sessions import SessionManager
from vsvkit.widgets.survey import SurveyPanel

__all__ = ["page_widget"]


def page_widget(app, page: str):
    """The widget of ``page`` of ``app`` (a :class:`~vsvkit.widgets.app.WorkshopApp`)."""
    lang = app.lang
    if page == "start":
        return W.VBox(
            [
                ImportPanel(app.store, app.instrument, lang=lang, on_imported=app.imported),
                SessionManager(app.store, lang=lang, on_changed=app.sessions_changed),
                SurveyPanel(app.store, server=app.public_url, lang=lang, follow=True),
            ]
        )
    title = navigation.page_name(app.session_instrument, page, lang)
    heading = W.HTML(f"<h2 class='vsvkit-page-title'>{title}</h2>")
    session = app.store.session(app.session_id)
    if withheld := navigation.results_withheld(session, app.session_instrument, lang):
        return W.VBox([heading, W.HTML(withheld)])
    mirror = app.mirror()
    if page == "overview":
        content = pages.overview_page(mirror, lang=lang, render=app.chart, agreed=app.agreed())
    elif page == "discussion":
        content = pages.discussion_page(mirror, lang=lang, goto=app.show)
    elif page == "change":
        content = _change_widget(app)
    elif page == "report":
        folders = {"out_dir": app.report_dir, "browser": app.browser}
        content = ExportPanel(app.store, app.open_id(), lang=lang, **folders)
    elif page == "plan":
        plan_kw = {"guide": app.guide, "lang": lang, "report_dir": app.report_dir}
        content = PlanEditor(app.store, app.open_id(), mirror, **plan_kw)
    else:
        notes = DomainNotes(app.store, app.open_id(), page, mirror.instrument, lang)
        guide = GuidePanel.for_domain(
            mirror,
            page,
            guide=app.guide,
            agreed=app.agreed().get(page),
            follow=notes.agreed_level,
            lang=lang,
        )
        content = pages.domain_page(
            mirror, page, lang=lang, render=app.chart, notes_widget=notes, extra=[guide]
        )
    return W.VBox([heading, content])


def _change_widget(app):
    """The session against the previous one of its VSV."""
    comparison = app.views.comparison(app.open_id())
    previous = app.views.identity(comparison.previous.id)  # its picture depends on both

    def render(key, draw):
        return app.chart((*key, previous), draw)

    return pages.comparison_page(comparison, lang=app.lang, render=render)
