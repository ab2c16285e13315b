"""The workshop app: the top widget that the Voilà notebook shows.

It holds the view state (session, filter, language, presenter view, page) and asks the core
for everything it shows, through :class:`~vsvkit.widgets.views.SessionViews`: the mirror of a
session (:func:`vsvkit.mirror.build_mirror`), its comparison with the previous session
(:func:`vsvkit.comparison.compare_sessions`), the store for notes. Charts are cached per view,
so stepping back and forth is instant; :mod:`vsvkit.widgets.warmup` draws them ahead. Page
order, choices and titles come from :mod:`vsvkit.widgets.navigation`. With the presenter
view on, the body is a :class:`~vsvkit.widgets.presenter.PresenterView` of the whole session,
which drives the room view on the projector; the app opens in it again after a reload.
"""

from __future__ import annotations

import logging
import threading

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.mirror import Mirror, PrivacyError
from vsvkit.sessions import latest_session
from vsvkit.widgets import navigation
from vsvkit.widgets.app_pages import page_widget
from vsvkit.widgets.chart_cache import ChartCache
from vsvkit.widgets.figures import chart, figure_png
from vsvkit.widgets.lifecycle import close_tree
from vsvkit.widgets.presenter import PresenterView
from vsvkit.widgets.style import APP_CSS, HIDDEN_LABEL, mark_language
from vsvkit.widgets.views import SessionViews
from vsvkit.widgets.warmup import WarmUp, warm_overviews

__all__ = ["WorkshopApp"]

log = logging.getLogger(__name__)


class WorkshopApp(W.VBox):
    """The trainer's app for one workshop: choose a session, walk through the mirror, take notes.

    Parameters
    ----------
    store : vsvkit.store.Store
    instrument : Instrument, optional
        What files imported on the start page answer (default: the bundled version each one
        fits). A session is shown with its own instrument (:attr:`session_instrument`).
    lang : {"nl", "en"}
    session_id : int, optional
        The session to open; the most recent one by default, the import page when none.
    guide : Guide, optional
        The conversation guide; the bundled one by default.
    report_dir, cache_dir : path, optional
        Folders for reports and plans made in the app, and for the chart cache; the user
        data and cache folders by default.
    browser : path, optional
        The browser that prints PDF reports; found on PATH by default.

    The notebook reads the last four from the environment ``vsvkit serve`` gives its kernels
    (:class:`vsvkit.app.settings.Settings`) and passes them here.
    """

    def __init__(
        self,
        store,
        *,
        instrument=None,
        lang: Lang = DEFAULT_LANG,
        session_id: int | None = None,
        guide=None,
        report_dir=None,
        cache_dir=None,
        browser=None,
        public_url: str | None = None,
    ):
        super().__init__()
        self.add_class("vsvkit-app")
        self.store = store
        self.instrument = instrument
        self.guide, self.report_dir, self.browser, self.lang = guide, report_dir, browser, lang
        self.public_url = public_url  # where members reach the questionnaire pages
        # a workshop being presented opens in the presenter view again (a reload)
        presenting = store.presenting_session() if session_id is None else None
        self.presenter = presenting is not None
        self.subset: tuple[str, str] | None = None
        self._quiet = False
        self.views = SessionViews(store)
        self._charts: dict = {}
        self._disk = ChartCache(cache_dir)
        self._warming = WarmUp()
        self.session_id: int | None = navigation.opening_session(
            store.sessions(), session_id if presenting is None else presenting
        )
        self.page = "overview" if self.session_id is not None else "start"
        self._build(publish=False)

    # -- state ------------------------------------------------------------------------------
    @property
    def session_instrument(self) -> Instrument:
        """The instrument of the session on screen; the newest bundled one when none is."""
        if self.session_id is None:
            return self.instrument or load_instrument()
        return self.views.instrument_of(self.session_id)

    @property
    def page_order(self) -> list[str]:
        has_previous = self.views.previous_id(self.session_id) is not None
        return navigation.page_order(self.session_instrument, has_previous=has_previous)

    def open_id(self) -> int:
        """The id of the session on screen (a page that shows one is never built without)."""
        if self.session_id is None:
            raise VsvkitError("no session is open: import one on the start page")
        return self.session_id

    def mirror(self) -> Mirror:
        """The mirror of the view on screen (session and filter), computed once."""
        return self.views.mirror(self.open_id(), self.subset)

    def _png(self, view: tuple, key, draw) -> bytes:
        full = (*view, key)
        if full not in self._charts:
            parts = (self.views.identity(view[0]), *view[1:], key)
            png = self._disk.get(parts)
            if png is None:
                png = figure_png(draw, presenter=view[3])
                self._disk.put(parts, png)
            self._charts[full] = png
        return self._charts[full]

    def _view(self) -> tuple:
        return (self.session_id, self.subset, self.lang, self.presenter)

    def chart(self, key, draw):
        """A chart widget of the view on screen, drawn once (``key`` names it in the cache)."""
        return chart(self._png(self._view(), key, draw))

    def warm_up(self, *, wait_for_page: bool = True) -> threading.Thread:
        """Draw the overview of every filter that may be chosen, in a background thread.

        A filter change then only swaps cached images. With ``wait_for_page`` a preheated
        Voilà kernel first waits until a trainer opens the page (``wait_for_request``), so
        kernels waiting in the pool do not compete for the CPU. Only PNG bytes are made in the
        thread; widgets are created on the main thread when a page is shown.

        The workshop notebook warms with ``wait_for_page=False`` (cached charts: ~0.1 s a filter).
        """
        view = self._view()
        agreed = self.agreed()
        return self._warming.start(
            lambda stop: warm_overviews(self.views, view, self._png, agreed, stop),
            wait=wait_for_page,
        )

    def stop_warm_up(self, timeout: float = 30.0) -> None:
        """Stop a running warm-up after the chart it is drawing (and wait for it)."""
        self._warming.stop(timeout)

    def agreed(self) -> dict:
        """The agreed level per domain of the session on screen."""
        return {} if self.session_id is None else self.views.agreed(self.session_id)

    # -- building ---------------------------------------------------------------------------
    def _build(self, *, publish: bool = True) -> None:
        """Build the app's widgets for its state; in the presenter view, ``publish`` shows
        the step in the room too (a trainer's action; not when a kernel builds the app
        ahead of its page, or a page is opened)."""
        lang = self.lang
        mark_language(self, lang)
        self.title = W.HTML()
        self.session_picker = W.Dropdown(
            options=self._session_options(),
            value=self.session_id,
            description=t("session_picker", lang),
            layout=W.Layout(width="34em"),
        )
        self.session_picker.add_class("vsvkit-session")
        self.filter = W.Dropdown(
            options=self._filter_options(),
            value=self._filter_value(),
            description=t("filter_picker", lang),
        )
        self.filter.add_class("vsvkit-filter")
        self.language = W.ToggleButtons(
            options=[("NL", "nl"), ("EN", "en")], value=lang, style={"button_width": "4em"}
        )
        self.language.add_class("vsvkit-lang")
        self.presenter_toggle = W.ToggleButton(
            value=self.presenter, description=t("presenter_mode", lang)
        )
        self.presenter_toggle.add_class("vsvkit-presenter-toggle")
        self.prev_button = W.Button(description=t("previous", lang))
        self.next_button = W.Button(description=t("next", lang))
        self.prev_button.add_class("vsvkit-prev")
        self.next_button.add_class("vsvkit-next")
        self.prev_button.add_class("vsvkit-key-prev")  # ← and PageUp press it
        self.next_button.add_class("vsvkit-key-next")
        self.page_picker = W.Dropdown(
            options=self._page_options(), value=self.page, description=t("page_picker", lang)
        )
        self.page_picker.add_class("vsvkit-page-picker")
        for picker in (self.session_picker, self.filter, self.page_picker):
            picker.add_class(HIDDEN_LABEL)  # each shows what it is: session, group, page
        self.message = W.HTML()
        self.message.add_class("vsvkit-message")
        self.body = W.VBox()
        self.body.add_class("vsvkit-body")

        self.session_picker.observe(self._on_session, "value")
        self.filter.observe(self._on_filter, "value")
        self.language.observe(self._on_language, "value")
        self.presenter_toggle.observe(self._on_presenter, "value")
        self.page_picker.observe(self._on_page, "value")
        self.prev_button.on_click(lambda _: self.step(-1))
        self.next_button.on_click(lambda _: self.step(+1))

        controls = W.HBox(
            [self.session_picker, self.filter, self.language, self.presenter_toggle],
            layout=W.Layout(flex_flow="row wrap"),
        )
        self.nav = W.HBox([self.prev_button, self.page_picker, self.next_button])
        self.nav.add_class("vsvkit-nav")
        old = tuple(getattr(self, "children", ()))
        who = navigation.who_html(self.store, lang)  # on a shared server: beside the title
        header = W.HBox([self.title, W.HTML(who)]) if who else self.title
        header.add_class("vsvkit-title-row")
        self.children = [W.HTML(APP_CSS), header, controls, self.nav, self.message, self.body]
        for widget in old:
            close_tree(widget)
        if self.presenter and self.session_id is not None:
            self._present(publish=publish)
        else:
            self.presenter = False
            self.show(self.page)

    def _session_options(self):
        return navigation.session_options(self.store.sessions(), self.lang)

    def _filter_options(self):
        sid = self.session_id
        groups = None if sid is None else self.views.mirror(sid).groups
        return navigation.filter_choices(groups, self.session_instrument, self.lang)

    def _filter_value(self) -> str:
        return navigation.filter_value(self.subset)

    def _page_options(self):
        inst = self.session_instrument
        return [(navigation.page_name(inst, p, self.lang), p) for p in self.page_order]

    # -- events -----------------------------------------------------------------------------
    def _on_session(self, change) -> None:
        if change["new"] is None:
            return
        self._open_session(int(change["new"]))
        self.warm_up(wait_for_page=False)

    def _open_session(self, session_id: int) -> None:
        """Show another session's overview (controls are rebuilt: its filter options differ)."""
        self.session_id = session_id
        self.subset = None
        self.page = "overview"
        self._build()

    def _on_page(self, change) -> None:
        if not self._quiet:
            self.show(change["new"])

    def _set_quietly(self, widget, value) -> None:
        """Set a control's value without running its handler (the app already changed state)."""
        self._quiet = True
        try:
            widget.value = value
        finally:
            self._quiet = False

    def _on_filter(self, change) -> None:
        if self._quiet:
            return
        value = change["new"]
        subset = None if value == navigation.ALL else tuple(value.split(":", 1))
        try:
            if subset is not None:
                self.subset = subset
                self.mirror()
        except PrivacyError:
            old = change["old"]
            self.subset = None if old == navigation.ALL else tuple(old.split(":", 1))
            k = self.mirror().k
            self.message.value = (
                f"<p class='vsvkit-error'>{t('filter_refused', self.lang, k=k)}</p>"
            )
            self._set_quietly(self.filter, change["old"])
            return
        self.subset = subset
        self.message.value = ""
        self.show(self.page)

    def _on_language(self, change) -> None:
        self.lang = change["new"]
        self._build()
        self.warm_up(wait_for_page=False)

    def _on_presenter(self, change) -> None:
        self.presenter = bool(change["new"]) and self.session_id is not None
        if self.presenter:
            self._present(publish=True)
        else:
            self._set_quietly(self.presenter_toggle, False)
            for view in self.body.children:
                if isinstance(view, PresenterView):
                    view.stop_presenting()
            self.remove_class("vsvkit-presenter")
            self.nav.layout.display = self.filter.layout.display = ""
            self.show(self.page)

    def _present(self, *, publish: bool) -> None:
        """Show the presenter view of the session (the whole session: no filter)."""
        sid = self.open_id()
        self.add_class("vsvkit-presenter")
        self._set_quietly(self.presenter_toggle, True)
        self.nav.layout.display = self.filter.layout.display = "none"
        self.subset = None
        self._update_title()
        session, inst = self.store.session(sid), self.session_instrument
        withheld = navigation.results_withheld(session, inst, self.lang)
        old = self.body.children
        view = PresenterView(
            self.store,
            sid,
            None if withheld else self.mirror(),
            lang=self.lang,
            server_url=self.public_url,
            withheld=withheld,
            guide=self.guide,
            report_dir=self.report_dir,
        )
        self.body.children = [view]
        for widget in old:
            close_tree(widget)
        if publish:
            view.show(view.step)

    def imported(self, session_id: int) -> None:
        """A file was imported on the start page: show its session."""
        self._open_session(session_id)

    def sessions_changed(self, session_id: int) -> None:
        """A session was renamed or deleted on the start page: forget what was cached for
        it and read the session list again; the start page stays on screen."""
        self.views.forget(session_id)
        sessions = self.store.sessions()
        if self.session_id not in set(sessions["id"]):
            self.session_id = latest_session(sessions)
            self.subset = None
        self.session_picker.unobserve(self._on_session, "value")
        try:
            self.session_picker.options = self._session_options()
            self.session_picker.value = self.session_id
        finally:
            self.session_picker.observe(self._on_session, "value")
        self._quiet = True
        try:
            self.filter.options = self._filter_options()
            self.filter.value = self._filter_value()
            self.page_picker.options = self._page_options()
            self.page_picker.value = self.page
        finally:
            self._quiet = False
        self._update_title()

    def page_opened(self) -> None:
        """The page was opened: read the sessions again (:meth:`refresh_sessions`) and open
        the workshop being presented where the room is now (a preheated kernel built the app
        earlier; a reload of the presenter's window returns to the current step)."""
        presenting = self.store.presenting_session()
        view = next((v for v in self.body.children if isinstance(v, PresenterView)), None)
        if view is not None and presenting == self.session_id:
            view.follow_store()  # built ahead for this workshop: only its step may be behind
        elif presenting is not None:
            self.session_id, self.subset, self.presenter = presenting, None, True
            self._build(publish=False)
        elif not self.refresh_sessions() and self.presenter:
            self.presenter = False
            self._build(publish=False)

    def refresh_sessions(self) -> bool:
        """Read the session list from the store again; True when it had changed.

        A preheated Voilà kernel builds the app before the page is opened: sessions imported
        or removed in between were missing. ``notebooks/workshop.ipynb`` calls this when the
        page is opened (:func:`vsvkit.app.page_open.when_page_opens`). A changed list is shown
        as a fresh page would show it: the most recent session, or the import page when none.
        """
        options = self._session_options()
        if options == list(self.session_picker.options):
            return False
        latest = latest_session(self.store.sessions())
        if latest is not None:
            self._open_session(latest)
            self.warm_up(wait_for_page=False)
        else:
            self.session_id, self.subset, self.page = None, None, "start"
            self._build()
        return True

    # -- navigation -------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        order = [p for p in self.page_order if p != "start"]
        if self.page not in order:
            self.show(order[0])
            return
        i = max(0, min(len(order) - 1, order.index(self.page) + delta))
        self.show(order[i])

    def show(self, page: str) -> None:
        """Show ``page`` ("overview", a domain code, "discussion", "change" or "start")."""
        if self.session_id is None and page != "start":
            page = "start"
        if page not in self.page_order:
            page = "overview"
        self.page = page
        if self.page_picker.value != page:
            self._set_quietly(self.page_picker, page)
        # the old page dims while the new one is built; dimmed before the title changes, so a
        # page whose title is the new one is either busy or drawn
        self.body.add_class("vsvkit-busy")
        self._update_title()
        old = self.body.children
        try:
            content = page_widget(self, page)
        except VsvkitError as err:
            log.warning("page %s failed: %s", page, err)
            content = W.HTML(f"<p class='vsvkit-error'>{t('page_failed', self.lang)}</p>")
        except Exception:
            log.exception("page %s of session %s failed", page, self.session_id)
            content = W.HTML(f"<p class='vsvkit-error'>{t('page_failed', self.lang)}</p>")
        self.body.children = [content]
        self.body.remove_class("vsvkit-busy")
        for widget in old:
            close_tree(widget)

    def _update_title(self) -> None:
        session = None if self.session_id is None else self.store.session(self.session_id)
        inst = self.session_instrument
        self.title.value = navigation.title_html(session, self.subset, inst, self.lang)
