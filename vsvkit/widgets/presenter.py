"""The presenter view: the trainer's laptop while the room view is on the projector.

:class:`PresenterView` walks through the steps of the workshop (:mod:`vsvkit.room.steps`).
For the step on screen it shows what the room sees (small), the next step, the trainer's
material for it (the conversation guide, notes, the agreed level and priority, the plan),
the agenda with the time used and left, and the controls: previous, next, overview, reveal
and black screen. Every change is saved to the store with the room's HTML
(:meth:`vsvkit.store.Store.save_room`), where the room view on the server picks it up; the
page's script presses the buttons for the keys (→, PageDown, space, ←, PageUp, Home, B, R),
in this window and in the room's.
"""

from __future__ import annotations

import html
import logging
import threading
from functools import cache, partial

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.i18n import Lang, t
from vsvkit.paths import ROOM_TEMPLATE, template_dir
from vsvkit.room import Agenda, room_address, room_html, workshop_steps
from vsvkit.room.render import working_html
from vsvkit.room.steps import Step, step_after
from vsvkit.room.vote_view import vote_panel_html
from vsvkit.room.votes import vote_link
from vsvkit.widgets.agenda import AgendaPanel
from vsvkit.widgets.lifecycle import close_tree
from vsvkit.widgets.step_material import step_material
from vsvkit.widgets.votes import active_round
from vsvkit.widgets.warmup import WarmUp

__all__ = ["PresenterView", "room_preview"]

log = logging.getLogger(__name__)


@cache
def _room_css() -> str:
    return (template_dir("vsvkit", ROOM_TEMPLATE) / "static" / "room.css").read_text("utf-8")


def room_preview(fragment: str, lang: Lang, label: str) -> str:
    """The room view of a step as the room sees it, small: a 1366×768 frame scaled down."""
    doc = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<style>{_room_css()}</style></head><body class='room'><main id='room'>{fragment}"
        "</main></body></html>"
    )
    return (
        "<div class='vsvkit-preview'><iframe class='vsvkit-preview-frame' "
        f"title='{html.escape(label, quote=True)}' tabindex='-1' sandbox='' "
        f'srcdoc="{html.escape(doc, quote=True)}"></iframe></div>'
    )


class PresenterView(W.VBox):
    """The presenter view of one session (see the module).

    Parameters
    ----------
    store : vsvkit.store.Store
    session_id : int
    mirror : Mirror
        The whole session's mirror (the room never sees a filtered one).
    lang : {"nl", "en"}
    server_url : str, optional
        Where members' phones and the room view reach this server (``vsvkit serve`` hands it
        its kernels); the room view's link and the vote rounds' links start with it.
    withheld : str, optional
        HTML the room shows instead of results (fewer respondents than the minimum).
    guide, report_dir : optional
        The conversation guide and the folder for plans made in the view (as the app's).
    """

    def __init__(
        self,
        store,
        session_id: int,
        mirror,
        *,
        lang: Lang,
        server_url: str | None = None,
        withheld: str | None = None,
        guide=None,
        report_dir=None,
    ):
        super().__init__()
        self.add_class("vsvkit-presenter-view")
        self.store, self.session_id, self.mirror, self.lang = store, session_id, mirror, lang
        self.session = store.session(session_id)
        self.withheld = withheld
        # the trainer's material of a step (step_material), with what it needs
        self.material = partial(
            step_material,
            store=store,
            session_id=session_id,
            mirror=mirror,
            lang=lang,
            guide=guide,
            report_dir=report_dir,
            goto=self.show,
            room_changed=self.show_again,
        )
        self.steps = (
            workshop_steps(mirror) if mirror is not None else [Step("welcome"), Step("overview")]
        )
        saved = store.room(session_id)
        keys = [s.key for s in self.steps]
        self.step = Step.from_key(saved.step) if saved and saved.step in keys else self.steps[0]
        self.revealed: set[str] = set(saved.revealed) if saved else set()
        self.black = bool(saved.black) if saved else False
        domains = tuple(self.session.domain_codes)
        agenda = Agenda(domains, saved.agenda if saved else {}, saved.used if saved else {})
        names = {d: mirror.instrument.domain(d).name(lang) if mirror else d for d in domains}
        self.agenda = AgendaPanel(
            store,
            session_id,
            agenda,
            {p: agenda.part_name(p, names, lang) for p in agenda.parts},
            lang,
            on_planned=lambda: self.show(self.step, save=False),
        )
        self._html: dict[tuple, str] = {}
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self.server_url = server_url
        self.room_url = room_address(server_url, session_id)
        self._build()
        # nothing is saved until the trainer moves: a preheated kernel builds this view
        # before its page is opened, and must not change what the room sees
        self.show(self.step, save=False)
        self._warming = WarmUp()
        self._warming.start(self._draw_ahead, wait=False)

    def follow_store(self) -> None:
        """Take the step, what is revealed, the black screen and the agenda from the store
        (this view was built ahead, in a kernel waiting for its page); the clock starts now."""
        saved = self.store.room(self.session_id)
        if saved is None:
            return
        self.revealed, self.black = set(saved.revealed), saved.black
        self.agenda.restart(Agenda(self.agenda.agenda.domains, saved.agenda, saved.used))
        if self.black_button.value != self.black:
            self.black_button.value = self.black  # the same as the store: nothing saved
        keys = [s.key for s in self.steps]
        self.show(Step.from_key(saved.step) if saved.step in keys else self.step, save=False)

    # -- building -----------------------------------------------------------------------
    def _button(self, key: str, css: str, **kw) -> W.Button:
        button = W.Button(description=t(key, self.lang), **kw)
        button.add_class(css)
        return button

    def _build(self) -> None:
        lang = self.lang
        self.prev_button = self._button("previous", "vsvkit-key-prev")
        self.next_button = self._button("next", "vsvkit-key-next")
        self.home_button = self._button("key_home", "vsvkit-key-home")
        self.reveal_button = self._button("reveal", "vsvkit-key-reveal", button_style="warning")
        self.black_button = W.ToggleButton(value=self.black, description=t("key_black", lang))
        self.black_button.add_class("vsvkit-key-black")
        self.picker = W.Dropdown(
            options=[
                (s.title(self.mirror, lang) if self.mirror else s.key, s.key) for s in self.steps
            ],
            value=self.step.key,
            description=t("step_picker", lang),
            layout=W.Layout(width="32em"),
        )
        self.picker.add_class("vsvkit-step-picker")
        self.prev_button.on_click(lambda _: self.go(-1))
        self.next_button.on_click(lambda _: self.go(+1))
        self.home_button.on_click(lambda _: self.show(Step("overview")))
        self.reveal_button.on_click(lambda _: self.reveal())
        self.black_button.observe(lambda c: self.set_black(bool(c["new"])), "value")
        self.picker.observe(self._on_pick, "value")
        link = html.escape(self.room_url, quote=True)
        self.room_link = W.HTML(
            f"<div class='vsvkit-room-link' data-session='{self.session_id}'>"
            f"<a href='{link}' target='vsvkit-zaal' rel='noopener'>"
            f"{t('open_room_view', lang)}</a> <code>{html.escape(self.room_url)}</code></div>"
        )
        nav = W.HBox(
            [
                self.prev_button,
                self.picker,
                self.next_button,
                self.reveal_button,
                self.black_button,
                self.home_button,
            ],
            layout=W.Layout(flex_flow="row wrap", align_items="center"),
        )
        nav.add_class("vsvkit-nav")
        keys = W.HTML(f"<p class='vsvkit-note vsvkit-keys'>{t('presenter_keys', lang)}</p>")
        self.preview = W.HTML()
        self.preview.add_class("vsvkit-preview-box")
        self.status = W.HTML()
        self.status.add_class("vsvkit-step-status")
        self.next_label = W.HTML()
        self.trainer = W.VBox()
        self.trainer.add_class("vsvkit-trainer")
        left = W.VBox(
            [
                W.HTML(f"<h3>{t('in_the_room', lang)}</h3>"),
                self.preview,
                self.status,
                self.next_label,
                self.agenda,
            ],
            layout=W.Layout(width="44%", min_width="24em"),
        )
        right = W.VBox([self.trainer], layout=W.Layout(flex="1", min_width="24em"))
        columns = W.HBox([left, right], layout=W.Layout(flex_flow="row wrap"))
        columns.add_class("vsvkit-presenter-columns")
        self.children = [self.room_link, nav, keys, columns]

    # -- the room's HTML ------------------------------------------------------------------
    def is_revealed(self, step: Step) -> bool:
        return step.key in self.revealed or not step.hidden_first

    def _state(self, step: Step, revealed: bool) -> tuple:
        """What the room's HTML of ``step`` depends on (its key in the cache)."""
        key: tuple = (step.key, revealed)
        if step.kind == "agreed":
            key += tuple(sorted(self.store.agreed_levels(self.session_id).items()))
        elif step.kind == "welcome":
            agenda = self.agenda.agenda
            key += tuple(agenda.minutes(p) for p in agenda.parts)
        return key

    def is_drawn(self, step: Step) -> bool:
        """The room's HTML of ``step`` is ready (the plan has no chart: always quick)."""
        return step.kind == "plan" or self._state(step, self.is_revealed(step)) in self._html

    def room_html(self, step: Step, revealed: bool | None = None) -> str:
        """The room's HTML of ``step`` as it is now, drawn once per state of the step (the
        plan, which the trainer edits in this view, every time)."""
        revealed = self.is_revealed(step) if revealed is None else revealed
        key = self._state(step, revealed)
        agreed = dict(key[2:]) if step.kind == "agreed" else None
        vote = self._vote_body(step)
        if vote is not None:
            key += vote[0]
        if step.kind == "plan" or key not in self._html:
            fragment = room_html(
                step,
                session=self.session,
                mirror=self.mirror,
                lang=self.lang,
                revealed=revealed,
                agreed=agreed,
                actions=self.store.actions(self.session_id) if step.kind == "plan" else None,
                agenda=self.agenda.agenda,
                withheld=self.withheld,
                body=None if vote is None else vote[1],
            )
            with self._lock:
                self._html[key] = fragment
        return self._html[key]

    def _vote_body(self, step: Step) -> tuple[tuple, str] | None:
        """The vote round the room shows on ``step``: its state and its HTML, or None."""
        if self.mirror is None or step.kind not in ("overview", "domain"):
            return None
        poll = active_round(self.store, self.session_id, step.key, self.mirror.instrument)
        if poll is None:
            return None
        counts = self.store.round_counts(poll.id)
        link = vote_link(self.server_url, poll.path)
        fragment = vote_panel_html(
            poll, mirror=self.mirror, counts=counts, link=link, lang=self.lang
        )
        n = sum(counts["all"].values()) if poll.revealed else None
        # the code too: a round opened after a deleted one may get its id back
        return (poll.id, poll.code, poll.is_open, poll.revealed, n), fragment

    def _draw_ahead(self, stop: threading.Event) -> None:
        """Draw every step's room view in the background, from the step on screen on."""
        at = [s.key for s in self.steps].index(self.step.key)
        for step in self.steps[at:] + self.steps[:at]:
            for revealed in {self.is_revealed(step), True}:
                if stop.is_set() or self._stop.is_set():
                    return
                try:
                    self.room_html(step, revealed)
                except Exception:  # the step is drawn again when it is shown
                    log.exception("drawing room step %s ahead failed", step.key)

    # -- moving ---------------------------------------------------------------------------
    def go(self, delta: int) -> None:
        self.show(step_after(self.steps, self.step.key, delta))

    def _on_pick(self, change) -> None:
        if change["new"] != self.step.key:
            self.show(Step.from_key(change["new"]))

    def reveal(self) -> None:
        self.revealed.add(self.step.key)
        self.show(self.step)

    def set_black(self, black: bool) -> None:
        if black != self.black:
            self.black = black
            self.show(self.step)

    def show(self, step: Step, *, save: bool = True) -> None:
        """Show ``step`` here and in the room (saved to the store)."""
        if step.key not in {s.key for s in self.steps}:
            step = self.steps[0]
        self.add_class("vsvkit-busy")
        self.agenda.count(step.part)
        changed = step.key != self.step.key or not self.trainer.children
        self.step = step
        if save and not self.is_drawn(step):
            # the room sees at once that the step is coming (drawing takes a moment)
            self._save(working_html(step, session=self.session, mirror=self.mirror, lang=self.lang))
        try:
            fragment = self.room_html(step)
        except (VsvkitError, ValueError, KeyError):
            log.exception("room step %s failed", step.key)
            fragment = ""
        if save:
            self._save(fragment)
        if self.picker.value != step.key:
            self.picker.value = step.key
        hidden = step.hidden_first and step.key not in self.revealed
        # R always has a button to press (a press on a revealed step changes nothing): a key
        # right after a step change is not lost while the page catches up
        self.reveal_button.button_style = "warning" if hidden else ""
        label = t("room_preview", self.lang)
        self.preview.value = room_preview(fragment, self.lang, label)
        self.status.value = self._status_html(hidden)
        nxt = step_after(self.steps, step.key, +1)
        self.next_label.value = (
            f"<p class='vsvkit-next-step'>{t('next_step', self.lang)}: "
            f"<strong>{html.escape(nxt.title(self.mirror, self.lang) if self.mirror else nxt.key)}"
            "</strong></p>"
            if nxt.key != step.key
            else ""
        )
        self.agenda.show()
        if changed:
            old = self.trainer.children
            try:
                self.trainer.children = [self.material(step)]
            except Exception:
                log.exception("trainer material of step %s failed", step.key)
                self.trainer.children = [
                    W.HTML(f"<p class='vsvkit-error'>{t('page_failed', self.lang)}</p>")
                ]
            for widget in old:
                close_tree(widget)
        self.remove_class("vsvkit-busy")

    def show_again(self) -> None:
        """Show the step on screen again (its vote round changed)."""
        self.show(self.step)

    def _save(self, fragment: str, *, presenting: bool = True) -> None:
        self.store.save_room(
            self.session_id,
            step=self.step.key,
            revealed=self.revealed,
            black=self.black,
            presenting=presenting,
            html=fragment,
            used=self.agenda.agenda.used,
        )

    def _status_html(self, hidden: bool) -> str:
        notes = []
        if self.black:
            notes.append(t("room_is_black", self.lang))
        if hidden:
            notes.append(t("room_is_hidden", self.lang))
        return "".join(f"<p class='vsvkit-room-state'>{html.escape(n)}</p>" for n in notes)

    def stop_presenting(self) -> None:
        """The trainer leaves the presenter view: save the time used; the app no longer
        opens in it (the room keeps showing its last step)."""
        self.agenda.count()
        self._save(self.room_html(self.step), presenting=False)

    def close(self) -> None:
        """Stop the clock and the drawing ahead, close the widgets (nothing is saved: see
        :meth:`stop_presenting`)."""
        self._stop.set()
        self._warming.stop()
        self.agenda.close()
        super().close()
