"""Manage the stored sessions in the app: rename (VSV, date, wave) or delete, with a
confirmation step before anything is deleted."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

import ipywidgets as W
import pandas as pd

from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang, t, wave_label

__all__ = ["SessionManager"]

log = logging.getLogger(__name__)


class SessionManager(W.VBox):
    """Pick a stored session; change its VSV name, date or wave, or delete it.

    Deleting asks first: the button only opens a question with "yes, delete" and "cancel".
    After a change ``on_changed(session_id)`` is called (the app refreshes its session
    list). Messages, including a refusal by the store (a bad name, a read-only store),
    are shown in the panel in the app's language.
    """

    def __init__(
        self, store, *, lang: Lang = DEFAULT_LANG, on_changed: Callable[[int], None] | None = None
    ):
        self.store, self.lang, self.on_changed = store, lang, on_changed
        wide = {"description_width": "initial"}
        self.picker = W.Dropdown(
            description=t("manage_session", lang), style=wide, layout=W.Layout(width="40em")
        )
        self.picker.add_class("vsvkit-manage-session")
        self.vsv = W.Text(description=t("vsv_name", lang), style=wide)
        self.vsv.add_class("vsvkit-manage-vsv")
        self.date = W.DatePicker(description=t("session_date", lang), style=wide)
        self.wave = W.ToggleButtons(
            options=[(t("baseline", lang), "baseline"), (t("follow_up", lang), "follow-up")]
        )
        self.save_button = W.Button(description=t("manage_save", lang), button_style="primary")
        self.save_button.add_class("vsvkit-manage-save")
        self.delete_button = W.Button(description=t("manage_delete", lang), button_style="danger")
        self.delete_button.add_class("vsvkit-manage-delete")
        self.question = W.HTML()
        self.yes_button = W.Button(description=t("manage_confirm_yes", lang), button_style="danger")
        self.yes_button.add_class("vsvkit-manage-yes")
        self.no_button = W.Button(description=t("manage_confirm_no", lang))
        self.no_button.add_class("vsvkit-manage-no")
        self.confirm_box = W.VBox([self.question, W.HBox([self.yes_button, self.no_button])])
        self.confirm_box.add_class("vsvkit-manage-confirm")
        self.confirm_box.layout.display = "none"
        self.result = W.HTML()
        self.result.add_class("vsvkit-manage-result")

        self.picker.observe(lambda change: self.load(change["new"]), "value")
        self.save_button.on_click(lambda _: self.save())
        self.delete_button.on_click(lambda _: self.ask_delete())
        self.yes_button.on_click(lambda _: self.delete())
        self.no_button.on_click(lambda _: self.cancel_delete())
        super().__init__(
            [
                W.HTML(f"<h3>{t('manage_title', lang)}</h3><p>{t('manage_help', lang)}</p>"),
                self.picker,
                W.HBox([self.vsv, self.date]),
                self.wave,
                W.HBox([self.save_button, self.delete_button]),
                self.confirm_box,
                self.result,
            ]
        )
        self.add_class("vsvkit-manage")
        self.refresh()

    # -- state --------------------------------------------------------------------------
    def refresh(self, selected: int | None = None) -> None:
        """Read the session list again; select ``selected`` (else the first session)."""
        sessions = self.store.sessions()
        options = []
        for s in sessions.sort_values(["vsv", "date", "id"]).itertuples(index=False):
            label = (
                f"{s.id}: {s.vsv} – {pd.Timestamp(s.date):%d-%m-%Y} – "
                f"{wave_label(s.wave, self.lang)} (n = {s.n_respondents})"
            )
            options.append((label, int(s.id)))
        self.picker.options = options
        ids = [value for _, value in options]
        self.picker.value = selected if selected in ids else (ids[0] if ids else None)
        self.load(self.picker.value)

    def load(self, session_id: int | None) -> None:
        """Fill the fields with the stored values of a session (an old message goes)."""
        self.cancel_delete()
        self.result.value = ""
        empty = session_id is None
        for widget in (self.vsv, self.date, self.wave, self.save_button, self.delete_button):
            widget.disabled = empty
        if empty:
            self.vsv.value, self.date.value = "", None
            return
        session = self.store.session(session_id)
        self.vsv.value = session.vsv
        self.date.value = session.date
        self.wave.value = session.wave

    # -- actions ------------------------------------------------------------------------
    def save(self) -> bool:
        """Store the name, date and wave in the fields for the picked session."""
        sid = self.picker.value
        if sid is None:
            return False
        try:
            session = self.store.update_session(
                sid, vsv=self.vsv.value, date=self.date.value, wave=self.wave.value
            )
        except VsvkitError as err:
            log.info("changing session %s refused: %s", sid, err)
            self._show(err.message(self.lang), ok=False)
            return False
        self.refresh(sid)
        self._show(
            t(
                "sessions_changed",
                self.lang,
                id=sid,
                vsv=session.vsv,
                date=f"{session.date:%d-%m-%Y}",
                wave=wave_label(session.wave, self.lang),
            )
        )
        if self.on_changed:
            self.on_changed(sid)
        return True

    def ask_delete(self) -> None:
        """Show the confirmation question for the picked session (nothing is deleted yet)."""
        sid = self.picker.value
        if sid is None:
            return
        session = self.store.session(sid)
        self.question.value = (
            "<p class='vsvkit-warning'>"
            + html.escape(
                t(
                    "manage_confirm_delete",
                    self.lang,
                    id=sid,
                    vsv=session.vsv,
                    date=f"{session.date:%d-%m-%Y}",
                    n=session.n_respondents,
                )
            )
            + "</p>"
        )
        self.confirm_box.layout.display = ""
        self.delete_button.disabled = True

    def cancel_delete(self) -> None:
        self.confirm_box.layout.display = "none"
        self.delete_button.disabled = self.picker.value is None

    def delete(self) -> bool:
        """Delete the picked session (the confirmation's "yes")."""
        sid = self.picker.value
        if sid is None or self.confirm_box.layout.display == "none":
            return False
        try:
            session = self.store.session(sid)
            self.store.delete_session(sid)
        except VsvkitError as err:
            log.info("deleting session %s refused: %s", sid, err)
            self.cancel_delete()
            self._show(err.message(self.lang), ok=False)
            return False
        self.refresh()
        date = f"{session.date:%d-%m-%Y}"
        self._show(t("sessions_deleted", self.lang, id=sid, vsv=session.vsv, date=date))
        if self.on_changed:
            self.on_changed(sid)
        return True

    def _show(self, text: str, *, ok: bool = True) -> None:
        css = "vsvkit-ok" if ok else "vsvkit-error"
        self.result.value = f"<p class='{css}'>{html.escape(text)}</p>"
