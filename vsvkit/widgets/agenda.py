"""The agenda in the presenter view: the parts of the two hours, the minutes planned for
each (editable, kept with the session), the time used and the time left.

:class:`AgendaPanel` counts the seconds each part is on screen (the presenter view tells it
which part that is) and saves them with the session every :data:`TICK_SECONDS`.
"""

from __future__ import annotations

import html
import logging
import threading
import time
from collections.abc import Callable, Mapping

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.i18n import Lang, t
from vsvkit.room import Agenda

__all__ = ["AgendaPanel", "TICK_SECONDS"]

log = logging.getLogger(__name__)

#: Seconds between updates of the clock (and saves of the time used).
TICK_SECONDS = 10.0


def clock_text(seconds: float, lang: Lang) -> str:
    """Whole minutes as "1:05 u" / "1:05 h" (hours:minutes), "-0:03 u" when over time."""
    sign = "-" if seconds < 0 else ""
    minutes = int(abs(seconds) // 60)
    return f"{sign}{minutes // 60}:{minutes % 60:02d} {t('hours_short', lang)}"


class AgendaPanel(W.VBox):
    """The agenda of one workshop, its clock and its editor.

    Parameters
    ----------
    store : vsvkit.store.Store
    session_id : int
    agenda : Agenda
        As saved with the session.
    names : mapping
        The name of each part (a domain's name for a domain code).
    lang : {"nl", "en"}
    on_planned : callable, optional
        Called after the planned minutes changed.
    """

    def __init__(
        self,
        store,
        session_id: int,
        agenda: Agenda,
        names: Mapping[str, str],
        lang: Lang,
        on_planned: Callable[[], None] | None = None,
    ):
        super().__init__()
        self.store, self.session_id, self.agenda = store, session_id, agenda
        self.names, self.lang, self.on_planned = dict(names), lang, on_planned
        self.part = agenda.parts[0]
        self._since = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.clock = W.HTML()
        self.clock.add_class("vsvkit-clock")
        self.table = W.HTML()
        # a closed section; its fields are made when it is opened (fewer widgets to draw)
        self.editor = W.Accordion([W.VBox()], titles=(t("agenda_edit", lang),))
        self.editor.selected_index = None
        self.editor.observe(self._open_editor, "selected_index")
        self.children = [self.clock, self.table, self.editor]
        self.show()
        threading.Thread(target=self._tick_loop, daemon=True, name="vsvkit-agenda").start()

    def restart(self, agenda: Agenda) -> None:
        """Take the agenda as saved; the clock counts from now."""
        with self._lock:
            self.agenda, self._since = agenda, time.monotonic()
        self.show()

    def count(self, part: str | None = None) -> None:
        """Add the time since the last count to the part on screen; ``part`` is on screen
        from now on."""
        now = time.monotonic()
        with self._lock:
            self.agenda = self.agenda.with_time(self.part, now - self._since)
            self._since = now
            self.part = part or self.part

    def show(self) -> None:
        """The clock and the table as they are now (the part on screen marked)."""
        lang, agenda = self.lang, self.agenda
        used, left = clock_text(agenda.total_used(), lang), clock_text(agenda.total_left(), lang)
        self.clock.value = f"<p>{t('time_total', lang, used=used, left=left)}</p>"
        rows = []
        for p in agenda.parts:
            remaining = agenda.left(p)
            css = " class='vsvkit-current'" if p == self.part else ""
            over = " vsvkit-over" if remaining < 0 else ""
            rows.append(
                f"<tr{css}><th scope='row'>{html.escape(self.names[p])}</th>"
                f"<td>{agenda.minutes(p)}</td><td>{clock_text(agenda.seconds_used(p), lang)}</td>"
                f"<td class='vsvkit-left{over}'>{clock_text(remaining, lang)}</td></tr>"
            )
        head = "".join(
            f"<th scope='col'>{t(k, lang)}</th>"
            for k in ("agenda_part", "agenda_planned", "agenda_used", "agenda_left")
        )
        self.table.value = (
            f"<table class='vsvkit-table vsvkit-agenda'><caption>{t('agenda', lang)}</caption>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _open_editor(self, change) -> None:
        box = self.editor.children[0]
        if change["new"] is None or box.children:
            return
        fields = []
        for part in self.agenda.parts:
            field = W.BoundedIntText(
                value=self.agenda.minutes(part),
                min=0,
                max=600,
                description=self.names[part],
                style={"description_width": "14em"},
                layout=W.Layout(width="22em"),
            )
            field.observe(lambda c, p=part: self.plan(p, c["new"]), "value")
            fields.append(field)
        box.children = fields

    def plan(self, part: str, minutes: int) -> None:
        """Plan ``minutes`` for ``part`` (saved with the session)."""
        planned = {**self.agenda.planned, part: int(minutes)}
        try:
            self.store.set_agenda(self.session_id, planned)
        except VsvkitError:
            log.exception("saving the agenda failed")
            return
        with self._lock:
            self.agenda = Agenda(self.agenda.domains, planned, self.agenda.used)
        self.show()
        if self.on_planned is not None:
            self.on_planned()

    def _tick_loop(self) -> None:
        while not self._stop.wait(TICK_SECONDS):
            try:
                self.count()
                self.show()
                self.store.save_room_time(self.session_id, self.agenda.used)
            except Exception:  # the clock must never stop the workshop
                log.exception("the agenda's clock failed")

    def close(self) -> None:
        self._stop.set()
        super().close()
