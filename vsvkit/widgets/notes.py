"""Notes, agreed level and priority per domain, saved to the store as the trainer types."""

from __future__ import annotations

import logging
from datetime import datetime

import ipywidgets as W

from vsvkit.i18n import DEFAULT_LANG, Lang, t

__all__ = ["DomainNotes"]

log = logging.getLogger(__name__)

_UNSET = object()
#: Dropdown value for "not chosen yet" (a Dropdown shows a blank for None).
NOT_SET = 0


class DomainNotes(W.VBox):
    """Editor of what the group records for one domain during the workshop.

    Every change is written to the store at once (an upsert of only the changed field),
    so nothing is lost on a page reload, a browser crash or a server restart.

    Parameters
    ----------
    store : vsvkit.store.Store
    session_id : int
    domain : str
        Domain code.
    instrument : Instrument
        For the level labels.
    lang : {"nl", "en"}
    """

    def __init__(self, store, session_id: int, domain: str, instrument, lang: Lang = DEFAULT_LANG):
        self.store, self.session_id, self.domain, self.lang = store, session_id, domain, lang
        saved = store.domain_notes(session_id)
        row = saved[saved["domain"] == domain]
        current = row.iloc[0].to_dict() if len(row) else {}

        level_options = [(t("not_set", lang), NOT_SET)] + [
            (f"{lv.level} {lv.label(lang)}", lv.level) for lv in instrument.levels
        ]
        priority_options = [(t("not_set", lang), NOT_SET)] + [
            (t(f"priority_{p}", lang), p) for p in (1, 2, 3)
        ]
        self.notes = W.Textarea(
            value=_text(current.get("notes")),
            placeholder=t("notes_placeholder", lang),
            continuous_update=True,
            layout=W.Layout(width="100%", height="7em"),
        )
        self.agreed_level = W.Dropdown(
            options=level_options,
            value=_int(current.get("agreed_level")),
            description=t("agreed_level", lang),
            style={"description_width": "initial"},
        )
        self.priority = W.Dropdown(
            options=priority_options,
            value=_int(current.get("priority")),
            description=t("priority", lang),
            style={"description_width": "initial"},
        )
        self.status = W.HTML(layout=W.Layout(min_height="1.5em"))
        self.notes.observe(lambda c: self._save(notes=c["new"]), "value")
        self.agreed_level.observe(lambda c: self._save(agreed_level=_or_none(c["new"])), "value")
        self.priority.observe(lambda c: self._save(priority=_or_none(c["new"])), "value")
        super().__init__(
            [
                W.HTML(f"<h3>{t('notes_title', lang)}</h3>"),
                self.notes,
                W.HBox([self.agreed_level, self.priority]),
                self.status,
            ]
        )
        self.add_class("vsvkit-notes")

    def _save(self, *, notes=_UNSET, agreed_level=_UNSET, priority=_UNSET) -> None:
        fields = {
            k: v
            for k, v in {"notes": notes, "agreed_level": agreed_level, "priority": priority}.items()
            if v is not _UNSET
        }
        try:
            self.store.save_domain_note(self.session_id, self.domain, **fields)
        except Exception:  # shown to the trainer, logged on the server
            log.exception(
                "saving notes for session %s domain %s failed", self.session_id, self.domain
            )
            self.status.value = f"<span class='vsvkit-error'>{t('save_failed', self.lang)}</span>"
            return
        stamp = datetime.now().strftime("%H:%M:%S")
        self.status.value = (
            f"<span class='vsvkit-saved'>{t('saved_at', self.lang, time=stamp)}</span>"
        )


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def _int(value) -> int:
    try:
        return NOT_SET if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return NOT_SET


def _or_none(value):
    return None if value == NOT_SET else value
