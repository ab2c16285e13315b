"""The workshop app: the top widget that the Voilà notebook shows.

It holds the view state (session, filter, language, presenter mode, page) and asks the core
for everything it shows: :func:`vsvkit.mirror.build_mirror` for the scores, the store for
notes. Charts are cached per view, so stepping back and forth is instant.
"""

from __future__ import annotations

import atexit
import html
import logging
import threading
import weakref

import ipywidgets as W
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.formatting import fmt_count, fmt_date, group_label
from vsvkit.i18n import DEFAULT_LANG, Lang, t, wave_label
from vsvkit.instrument import load_instrument
from vsvkit.mirror import PrivacyError, build_mirror, filter_options
from vsvkit.sessions import previous_session
from vsvkit.widgets import pages
from vsvkit.widgets.chart_cache import ChartCache
from vsvkit.widgets.export import ExportPanel
from vsvkit.widgets.figures import chart, figure_png
from vsvkit.widgets.guide import GuidePanel
from vsvkit.widgets.importer import ImportPanel
from vsvkit.widgets.notes import DomainNotes
from vsvkit.widgets.plan import PlanEditor
from vsvkit.widgets.sessions import SessionManager
from vsvkit.widgets.style import APP_CSS, HIDDEN_LABEL, mark_language

__all__ = ["WorkshopApp"]

log = logging.getLogger(__name__)

ALL = "__all__"


def _close_tree(widget) -> None:
    """Close a widget and everything inside it (a replaced page must not live on in the kernel
    and be sent to every browser that opens the app)."""
    for child in getattr(widget, "children", ()):
        _close_tree(child)
    for part in (getattr(widget, "layout", None), getattr(widget, "style", None)):
        if isinstance(part, W.Widget):
            part.close()
    widget.close()


#: Apps whose warm-up may still run; stopped before the interpreter exits (a thread killed
#: inside matplotlib at exit aborts the process).
_WARMING: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def _stop_all_warm_ups() -> None:
    for app in list(_WARMING):
        app.stop_warm_up()


class WorkshopApp(W.VBox):
    """The trainer's app for one workshop: choose a session, walk through the mirror, take notes.

    Parameters
    ----------
    store : vsvkit.store.Store
    instrument : Instrument, optional
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
    ):
        super().__init__()
        self.add_class("vsvkit-app")
        self.store = store
        self.instrument = instrument or load_instrument()
        self.guide, self.report_dir, self.browser = guide, report_dir, browser
        self.lang = lang
        self.presenter = False
        self.subset: tuple[str, str] | None = None
        self.revealed = True
        self._quiet = False
        self._mirrors: dict = {}
        self._charts: dict = {}
        self._disk = ChartCache(cache_dir)
        self._warm_thread: threading.Thread | None = None
        self._warm_stop = threading.Event()
        self._identities: dict = {}
        self._answers: dict = {}
        sessions = store.sessions()
        if session_id is not None and session_id not in set(sessions["id"]):
            log.warning("session %s is not in the store; opening the most recent one", session_id)
            session_id = None
        if session_id is None and len(sessions):
            session_id = int(sessions.sort_values(["date", "id"]).iloc[-1]["id"])
        self.session_id = session_id
        self.page = "overview" if session_id is not None else "start"
        self._build()

    # -- state ------------------------------------------------------------------------------
    @property
    def page_order(self) -> list[str]:
        order = ["overview", *self.instrument.domain_codes, "discussion", "plan"]
        if self._previous_session() is not None:
            order.append("change")
        return order + ["report", "start"]

    def mirror(self):
        """The mirror of the view on screen (session and filter), computed once."""
        return self._mirror_for(self.session_id, self.subset)

    def _mirror_for(self, session_id: int, subset):
        key = (session_id, subset)
        if key not in self._mirrors:
            if session_id not in self._answers:
                self._answers[session_id] = self.store.answers(
                    [session_id], instrument=self.instrument
                )
            self._mirrors[key] = build_mirror(
                self.store,
                session_id,
                instrument=self.instrument,
                subset=subset,
                answers=self._answers[session_id],
            )
        return self._mirrors[key]

    def _png(self, view: tuple, key, draw) -> bytes:
        full = (*view, key)
        if full not in self._charts:
            parts = (self._identity(view[0]), *view[1:], key)
            png = self._disk.get(parts)
            if png is None:
                png = figure_png(draw, presenter=view[3])
                self._disk.put(parts, png)
            self._charts[full] = png
        return self._charts[full]

    def _identity(self, session_id: int) -> tuple:
        """What makes a session's pictures unique across kernels and databases."""
        if session_id not in self._identities:
            s = self.store.session(session_id)
            self._identities[session_id] = (
                s.vsv,
                str(s.date),
                s.source_name,
                str(s.created_at),
                s.n_respondents,
                s.min_group_size,
                self.instrument.checksum,
            )
        return self._identities[session_id]

    def _view(self) -> tuple:
        return (self.session_id, self.subset, self.lang, self.presenter)

    def _render(self, key, draw):
        return chart(self._png(self._view(), key, draw))

    def warm_up(self, *, wait_for_page: bool = True) -> threading.Thread:
        """Draw the overview of every filter that may be chosen, in a background thread.

        A filter change then only swaps cached images. With ``wait_for_page`` a preheated
        Voilà kernel first waits until a trainer opens the page (``wait_for_request``), so
        kernels waiting in the pool do not compete for the CPU. Only PNG bytes are made in the
        thread; widgets are created on the main thread when a page is shown.

        ``notebooks/workshop.ipynb`` calls it with ``wait_for_page=False``: with the charts
        on disk (:class:`ChartCache`) warming costs ~0.1 s of CPU per filter (its mirror), and
        doing it in the preheated kernel before the page is requested keeps it from competing
        with the first page load, while the first filter change already finds its charts.
        """
        self.stop_warm_up()
        view = self._view()
        agreed = self._agreed() if self.session_id is not None else {}
        stop = self._warm_stop = threading.Event()

        def work():
            if wait_for_page:
                try:
                    from voila.utils import wait_for_request

                    wait_for_request()
                except Exception:  # not under Voilà, or the request info never came
                    log.debug("warm-up without waiting for the page", exc_info=True)
            session_id, _, lang, presenter = view
            if session_id is None:
                return
            answers = self._answers.get(session_id)
            if answers is None:
                return
            groups = self._mirror_for(session_id, None).groups
            for grouping, group, status in filter_options(groups):
                if stop.is_set():
                    return
                if status != "shown":
                    continue
                try:
                    mirror = self._mirror_for(session_id, (grouping, group))
                    subview = (session_id, (grouping, group), lang, presenter)
                    for key, draw in pages.overview_charts(mirror, lang=lang, agreed=agreed):
                        self._png(subview, key, draw)
                except Exception:
                    log.exception("warming the overview of %s %s failed", grouping, group)

        thread = self._warm_thread = threading.Thread(
            target=work, name="vsvkit-warm-up", daemon=True
        )
        _WARMING.add(self)
        thread.start()
        return thread

    def stop_warm_up(self, timeout: float = 30.0) -> None:
        """Stop a running warm-up after the chart it is drawing (and wait for it)."""
        if self._warm_thread is not None and self._warm_thread.is_alive():
            self._warm_stop.set()
            self._warm_thread.join(timeout)

    def _previous_session(self):
        """The id of the earlier session of the same VSV (for the comparison page), or None."""
        if self.session_id is None:
            return None
        earlier = previous_session(self.store, self.store.session(self.session_id))
        return None if earlier is None else earlier.id

    def _agreed(self) -> dict:
        notes = self.store.domain_notes(self.session_id)
        notes = notes[notes["agreed_level"].notna()]
        return {r.domain: int(r.agreed_level) for r in notes.itertuples(index=False)}

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
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
        self.page_picker = W.Dropdown(
            options=self._page_options(), value=self.page, description=t("page_picker", lang)
        )
        self.page_picker.add_class("vsvkit-page-picker")
        for picker in (self.session_picker, self.filter, self.page_picker):
            picker.add_class(HIDDEN_LABEL)  # each shows what it is: session, group, page
        self.reveal_button = W.Button(description=t("reveal", lang), button_style="warning")
        self.reveal_button.add_class("vsvkit-reveal")
        self.message = W.HTML()
        self.message.add_class("vsvkit-message")
        self.body = W.VBox()
        self.body.add_class("vsvkit-body")

        self.session_picker.observe(self._on_session, "value")
        self.filter.observe(self._on_filter, "value")
        self.language.observe(self._on_language, "value")
        self.presenter_toggle.observe(self._on_presenter, "value")
        self.page_picker.observe(lambda c: self._quiet or self.show(c["new"]), "value")
        self.prev_button.on_click(lambda _: self.step(-1))
        self.next_button.on_click(lambda _: self.step(+1))
        self.reveal_button.on_click(lambda _: self.reveal())

        controls = W.HBox(
            [self.session_picker, self.filter, self.language, self.presenter_toggle],
            layout=W.Layout(flex_flow="row wrap"),
        )
        nav = W.HBox([self.prev_button, self.page_picker, self.next_button, self.reveal_button])
        nav.add_class("vsvkit-nav")
        old = self.children
        self.children = [W.HTML(APP_CSS), self.title, controls, nav, self.message, self.body]
        for widget in old:
            _close_tree(widget)
        self.show(self.page)

    def _session_options(self):
        sessions = self.store.sessions()
        options = []
        for s in sessions.sort_values(["vsv", "date"]).itertuples(index=False):
            when = fmt_date(s.date, lang=self.lang)
            n = fmt_count(s.n_respondents, lang=self.lang)
            label = f"{s.vsv} – {when} – {wave_label(s.wave, self.lang)} (n = {n})"
            options.append((label, int(s.id)))
        return options or [(t("no_sessions", self.lang), None)]

    def _filter_options(self):
        options = [(t("all_respondents", self.lang), ALL)]
        if self.session_id is None:
            return options
        for grouping, group, status in filter_options(
            self._mirror_for(self.session_id, None).groups
        ):
            if status == "shown":  # a filter offers only what the privacy decision shows
                name = group_label(group, self.instrument, self.lang)
                options.append((f"{t(grouping, self.lang)}: {name}", f"{grouping}:{group}"))
        return options

    def _filter_value(self) -> str:
        return ALL if self.subset is None else f"{self.subset[0]}:{self.subset[1]}"

    def _page_options(self):
        def name(page):
            if page in self.instrument.domain_codes:
                return self.instrument.domain(page).name(self.lang)
            return t(f"page_{page}", self.lang)

        return [(name(p), p) for p in self.page_order]

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
        subset = None if value == ALL else tuple(value.split(":", 1))
        try:
            if subset is not None:
                self.subset = subset
                self.mirror()
        except PrivacyError:
            self.subset = None if change["old"] == ALL else tuple(change["old"].split(":", 1))
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
        self.presenter = bool(change["new"])
        # presenter mode starts with the results of the current page hidden (guess first)
        self.revealed = not self.presenter
        if self.presenter:
            self.add_class("vsvkit-presenter")
        else:
            self.remove_class("vsvkit-presenter")
        self.show(self.page)

    def _imported(self, session_id: int) -> None:
        self._open_session(session_id)

    def _sessions_changed(self, session_id: int) -> None:
        """A session was renamed or deleted on the start page: forget what was cached for
        it and read the session list again; the start page stays on screen."""
        self._identities.pop(session_id, None)
        self._answers.pop(session_id, None)
        self._mirrors = {k: v for k, v in self._mirrors.items() if k[0] != session_id}
        sessions = self.store.sessions()
        if self.session_id not in set(sessions["id"]):
            latest = sessions.sort_values(["date", "id"])["id"]
            self.session_id = int(latest.iloc[-1]) if len(latest) else None
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
        sessions = self.store.sessions()
        if len(sessions):
            self._open_session(int(sessions.sort_values(["date", "id"]).iloc[-1]["id"]))
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

    def reveal(self) -> None:
        self.revealed = True
        self.show(self.page, keep_reveal=True)

    def show(self, page: str, *, keep_reveal: bool = False) -> None:
        """Show ``page`` ("overview", a domain code, "discussion", "change" or "start")."""
        if self.session_id is None and page != "start":
            page = "start"
        if page not in self.page_order:
            page = "overview"
        if page != self.page and not keep_reveal:
            self.revealed = not self.presenter
        elif not keep_reveal and not self.presenter:
            self.revealed = True
        self.page = page
        if self.page_picker.value != page:
            self._set_quietly(self.page_picker, page)
        self.reveal_button.layout.display = "" if (self.presenter and not self.revealed) else "none"
        self._update_title()
        old = self.body.children
        try:
            content = self._page_widget(page)
        except VsvkitError as err:
            log.warning("page %s failed: %s", page, err)
            content = W.HTML(f"<p class='vsvkit-error'>{t('page_failed', self.lang)}</p>")
        except Exception:
            log.exception("page %s of session %s failed", page, self.session_id)
            content = W.HTML(f"<p class='vsvkit-error'>{t('page_failed', self.lang)}</p>")
        self.body.children = [content]
        for widget in old:
            _close_tree(widget)

    def _update_title(self) -> None:
        if self.session_id is None:
            self.title.value = f"<h1 class='vsvkit-session-title'>{t('app_title', self.lang)}</h1>"
            return
        session = self.store.session(self.session_id)
        subtitle = (
            f"{fmt_date(session.date, lang=self.lang)} · {wave_label(session.wave, self.lang)}"
        )
        if self.subset:
            subtitle += f" · {group_label(self.subset[1], self.instrument, self.lang)}"
        self.title.value = (
            f"<h1 class='vsvkit-session-title'>{html.escape(session.vsv)}</h1>"
            f"<div class='vsvkit-session-subtitle'>{subtitle}</div>"
        )

    def _page_widget(self, page: str):
        lang = self.lang
        if page == "start":
            return W.VBox(
                [
                    ImportPanel(self.store, self.instrument, lang=lang, on_imported=self._imported),
                    SessionManager(self.store, lang=lang, on_changed=self._sessions_changed),
                ]
            )
        heading = W.HTML(f"<h2 class='vsvkit-page-title'>{self._page_title(page)}</h2>")
        if self.presenter and not self.revealed and page != "report":
            guess = W.HTML(f"<div class='vsvkit-guess'>{t('guess_first', lang)}</div>")
            return W.VBox([heading, guess])
        mirror = self.mirror()
        if page == "overview":
            content = pages.overview_page(
                mirror, lang=lang, render=self._render, agreed=self._agreed()
            )
        elif page == "discussion":
            content = pages.discussion_page(mirror, lang=lang, goto=self.show)
        elif page == "change":
            content = self._change_widget()
        elif page == "report":
            content = ExportPanel(
                self.store,
                self.session_id,
                lang=lang,
                out_dir=self.report_dir,
                browser=self.browser,
            )
        elif page == "plan":
            content = PlanEditor(
                self.store,
                self.session_id,
                mirror,
                guide=self.guide,
                lang=lang,
                report_dir=self.report_dir,
            )
        else:
            notes = DomainNotes(self.store, self.session_id, page, self.instrument, lang)
            guide = GuidePanel.for_domain(
                mirror,
                page,
                guide=self.guide,
                agreed=self._agreed().get(page),
                follow=notes.agreed_level,
                lang=lang,
            )
            content = pages.domain_page(
                mirror, page, lang=lang, render=self._render, notes_widget=notes, extra=[guide]
            )
        return W.VBox([heading, content])

    def _page_title(self, page: str) -> str:
        if page in self.instrument.domain_codes:
            return self.instrument.domain(page).name(self.lang)
        return t(f"page_{page}", self.lang)

    def _change_widget(self):
        from vsvkit.change import domain_change, participation

        earlier = self._previous_session()
        both, answers, ks = [], [], []
        for sid in (earlier, self.session_id):
            if sid not in self._answers:
                self._answers[sid] = self.store.answers([sid], instrument=self.instrument)
            answers.append(self._answers[sid])
            session = self.store.session(sid)
            ks.append(self.instrument.effective_min_group_size(session.min_group_size))
            m = build_mirror(
                self.store, sid, instrument=self.instrument, subset=None, answers=answers[-1]
            )
            both.append(m.domain_scores.assign(wave=session.wave))
        k = max(ks)  # the stricter of the two sessions' minimum group sizes
        return pages.change_page(
            pd.concat(both, ignore_index=True),
            instrument=self.instrument,
            lang=self.lang,
            render=self._render,
            change=domain_change(answers[0], answers[1], self.instrument, min_group_size=k),
            participation=participation(answers[0], answers[1], self.instrument, k),
            k=k,
        )
