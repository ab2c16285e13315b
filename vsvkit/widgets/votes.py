"""The trainer's controls of a vote round in the presenter view.

On a domain's step (or the overview) the trainer starts a round about the domain, one of its
statements or the VSV as a whole, follows the number of votes (read every
:data:`FOLLOW_SECONDS`), reveals the result, closes, reopens or deletes the round, and takes
the level the room chose as the agreed level with one click. Every change is shown in the
room at once (``on_change``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.formatting import fmt_count
from vsvkit.i18n import Lang, t
from vsvkit.room.vote_view import step_of_round
from vsvkit.room.votes import round_result

__all__ = ["VotePanel", "active_round", "FOLLOW_SECONDS"]

log = logging.getLogger(__name__)

#: Seconds between readings of the number of votes.
FOLLOW_SECONDS = 2.0


def active_round(store, session_id: int, step_key: str, instrument):
    """The round the room shows on a step: the latest one of the step that is open or
    revealed (None when there is none)."""
    for poll in reversed(store.rounds(session_id)):
        if step_of_round(poll, instrument) == step_key and (poll.is_open or poll.revealed):
            return poll
    return None


class VotePanel(W.VBox):
    """Vote rounds of one step (a domain's, or the overview).

    Parameters
    ----------
    store, session_id, mirror
        The session (its whole mirror: the result's k and the agreed levels).
    step_key : str
        "overview" or "domain:<code>".
    lang : {"nl", "en"}
    on_change : callable
        Called after a round changed (the room shows it).
    """

    def __init__(self, store, session_id: int, mirror, step_key: str, lang: Lang, on_change):
        super().__init__()
        self.add_class("vsvkit-votes")
        self.store, self.session_id, self.mirror = store, session_id, mirror
        self.step_key, self.lang, self.on_change = step_key, lang, on_change
        self.domain = step_key.split(":", 1)[1] if ":" in step_key else None
        self.status = W.HTML()
        self.status.add_class("vsvkit-vote-status")
        self._seen: tuple | None = None
        self._stop = threading.Event()
        self.refresh()
        threading.Thread(target=self._follow, daemon=True, name="vsvkit-votes").start()

    @property
    def poll(self):
        return active_round(self.store, self.session_id, self.step_key, self.mirror.instrument)

    def _button(self, key: str, action: Callable[[], None], css: str, **kw) -> W.Button:
        button = W.Button(description=t(key, self.lang), layout=W.Layout(width="auto"), **kw)
        button.add_class(css)
        button.on_click(lambda _: self._act(action))
        return button

    def _act(self, action: Callable[[], None]) -> None:
        try:
            action()
        except VsvkitError as err:
            self.status.value = f"<p class='vsvkit-error'>{err.message(self.lang)}</p>"
            return
        self.refresh()
        self.on_change()

    def refresh(self) -> None:
        """The controls for the round as it is now."""
        lang, poll = self.lang, self.poll
        heading = W.HTML(f"<h3>{t('vote_heading', lang)}</h3>")
        if poll is None:
            self.children = [heading, *self._starters()]
            self.status.value = ""
            return
        self._show_count(poll)
        row = [
            self._button(
                "vote_reveal" if not poll.revealed else "vote_hide",
                lambda: self.store.reveal_round(poll.id, not poll.revealed),
                "vsvkit-vote-reveal",
                button_style="warning",
            ),
            self._button(
                "vote_close" if poll.is_open else "vote_reopen",
                (lambda: self.store.close_round(poll.id))
                if poll.is_open
                else (lambda: self.store.reopen_round(poll.id)),
                "vsvkit-vote-close",
            ),
            self._button(
                "vote_delete", lambda: self.store.delete_round(poll.id), "vsvkit-vote-delete"
            ),
        ]
        if poll.kind == "domain":
            row.append(
                self._button(
                    "vote_take_level",
                    lambda: self._take_level(poll),
                    "vsvkit-vote-take",
                    button_style="success",
                )
            )
        self.children = [heading, self.status, W.HBox(row, layout=W.Layout(flex_flow="row wrap"))]

    def _starters(self) -> list[W.Widget]:
        lang = self.lang
        self.by_profession = W.Checkbox(value=False, description=t("vote_by_profession", lang))
        if self.domain is None:
            start = self._button(
                "vote_start_overview", lambda: self._open("overview", ""), "vsvkit-vote-start"
            )
            return [start, self.by_profession]
        inst = self.mirror.instrument
        start = self._button(
            "vote_start_domain", lambda: self._open("domain", str(self.domain)), "vsvkit-vote-start"
        )
        items = [(f"{i.code} {i.text(lang)}"[:90], i.code) for i in inst.domain(self.domain).items]
        self.item = W.Dropdown(
            options=items, description=t("vote_statement", lang), layout=W.Layout(width="100%")
        )
        start_item = self._button(
            "vote_start_item",
            lambda: self._open("item", str(self.item.value)),
            "vsvkit-vote-start-item",
        )
        return [start, W.HBox([self.item, start_item]), self.by_profession]

    def _open(self, kind: str, target: str) -> None:
        self.store.open_round(
            self.session_id, kind=kind, target=target, by_profession=self.by_profession.value
        )

    def _take_level(self, poll) -> None:
        result = round_result(
            poll, self.store.round_counts(poll.id), self.mirror.instrument, self.mirror.k
        )
        if result.chosen_level is None:
            self.status.value = f"<p class='vsvkit-error'>{t('vote_no_level', self.lang)}</p>"
            return
        self.store.save_domain_note(self.session_id, poll.target, agreed_level=result.chosen_level)

    def _show_count(self, poll) -> None:
        n = self.store.vote_count(poll.id)
        state = t("vote_open" if poll.is_open else "vote_closed", self.lang)
        shown = t("vote_shown" if poll.revealed else "vote_hidden", self.lang)
        self.status.value = (
            f"<p>{t('vote_status', self.lang, code=poll.code, state=state, shown=shown)} "
            f"<strong class='vsvkit-vote-count'>{fmt_count(n, lang=self.lang)}</strong></p>"
        )
        seen = (poll.id, n)
        changed = self._seen is not None and seen != self._seen and poll.revealed
        self._seen = seen
        if changed:  # the result in the room follows the votes
            self.on_change()

    def _follow(self) -> None:
        while not self._stop.wait(FOLLOW_SECONDS):
            try:
                poll = self.poll
                if poll is not None:
                    self._show_count(poll)
            except Exception:  # following must never stop the workshop
                log.exception("following the vote round failed")

    def close(self) -> None:
        self._stop.set()
        super().close()
