"""The follow-up-plan editor: SMART actions saved to the store as the group types.

Suggested actions (from :func:`vsvkit.plan.suggest_actions`) are listed apart, with the
sources of their step in the conversation guide, each with
"accept" (added to the plan, then editable) and "leave out". A suggestion disappears once
the plan holds an action for its domain, or when it is left out. The plan is exported as
CSV or XLSX by :func:`vsvkit.plan.export_plan` and offered as a download link.
"""

from __future__ import annotations

import base64
import html
import logging
import re
from datetime import datetime
from pathlib import Path

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.guide import load_guide
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.plan import Action, export_plan, status_label, suggest_actions
from vsvkit.store.models import ACTION_STATUSES
from vsvkit.widgets.export import report_dir
from vsvkit.widgets.guide import GUIDE_CSS, sources_html
from vsvkit.widgets.style import HIDDEN_LABEL

__all__ = ["PlanEditor", "ActionRow"]

log = logging.getLogger(__name__)

_MIME = {
    ".csv": "text/csv",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _download_link(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    name = html.escape(path.name)
    return (
        f"<a class='vsvkit-download vsvkit-plan-download' download='{name}' "
        f"href='data:{_MIME[path.suffix]};base64,{data}'>{name}</a>"
    )


class ActionRow(W.VBox):
    """The editable fields of one stored action; every change is written at once."""

    def __init__(self, editor: PlanEditor, action, number: int):
        self.editor, self.action_id = editor, int(action.id)
        lang, inst = editor.lang, editor.instrument
        self._last_what = action.what
        wide = W.Layout(width="100%")
        self.domain = W.Dropdown(
            options=[(d.name(lang), d.code) for d in inst.domains],
            value=action.domain,
            layout=W.Layout(width="16em"),
        )
        self.what = W.Text(value=action.what, layout=W.Layout(flex="1 1 auto", width="auto"))
        self.why = W.Textarea(value=action.why or "", rows=2, layout=wide)
        self.measure = W.Textarea(value=action.measure or "", rows=2, layout=wide)
        self.who = W.Text(value=action.who or "", layout=W.Layout(width="16em"))
        self.due = W.DatePicker(value=action.due, layout=W.Layout(width="12em"))
        self.status = W.Dropdown(
            options=[(status_label(s, lang), s) for s in ACTION_STATUSES],
            value=action.status,
            layout=W.Layout(width="10em"),
        )
        self.delete = W.Button(description=t("plan_delete", lang), button_style="danger")
        for name in ("domain", "what", "why", "measure", "who", "due", "status", "delete"):
            getattr(self, name).add_class(f"vsvkit-plan-{name}")
        for name in ("domain", "what", "why", "measure", "who", "due", "status"):
            getattr(self, name).observe(lambda c, n=name: self._changed(n, c["new"]), "value")
        self.delete.on_click(lambda _: editor.delete(self.action_id))

        def labelled(key, widget):
            flex = "0 0 auto" if widget in (self.domain,) else "1"
            # the bold text shows the field's name; its description names it for screen readers
            widget.description = t(key, lang)
            widget.add_class(HIDDEN_LABEL)
            return W.VBox([W.HTML(f"<b>{t(key, lang)}</b>"), widget], layout=W.Layout(flex=flex))

        super().__init__(
            [
                W.HBox(
                    [
                        W.HTML(f"<b>{number}.</b>"),
                        labelled("plan_col_domain", self.domain),
                        labelled("plan_col_what", self.what),
                        self.delete,
                    ],
                    layout=W.Layout(align_items="flex-end"),
                ),
                W.HBox(
                    [labelled("plan_col_why", self.why), labelled("plan_col_measure", self.measure)]
                ),
                W.HBox(
                    [
                        labelled("plan_col_who", self.who),
                        labelled("plan_col_due", self.due),
                        labelled("plan_col_status", self.status),
                    ]
                ),
            ]
        )
        self.add_class("vsvkit-plan-row")

    def _changed(self, field: str, value) -> None:
        if field == "what" and not (value or "").strip():
            self.editor.report(t("plan_what_required", self.editor.lang), ok=False)
            return
        self.editor.save(self.action_id, **{field: value})


class PlanEditor(W.VBox):
    """The follow-up plan of one session: suggestions, editable actions, export.

    Parameters
    ----------
    store : vsvkit.store.Store
    session_id : int
    mirror : Mirror
        The session's mirror (for the suggestions and the instrument).
    guide : Guide, optional
        The conversation guide; the bundled one by default.
    lang : {"nl", "en"}
    n_suggestions : int
        How many actions to suggest.
    report_dir : path, optional
        Folder for the exported plan (see :func:`vsvkit.widgets.export.report_dir`).
    """

    def __init__(
        self,
        store,
        session_id: int,
        mirror,
        *,
        guide=None,
        lang: Lang = DEFAULT_LANG,
        n_suggestions=3,
        report_dir=None,
    ):
        self.store, self.session_id, self.lang = store, int(session_id), lang
        self.report_dir = report_dir
        self.mirror, self.instrument = mirror, mirror.instrument
        self.guide = guide or load_guide()
        self.suggestions: list[Action] = suggest_actions(
            mirror, self.guide, n_suggestions, lang=lang
        )
        self.dismissed: set[str] = set()
        self.rows: list[ActionRow] = []
        self.suggestion_box = W.VBox()
        self.suggestion_box.add_class("vsvkit-plan-suggestions")
        self.rows_box = W.VBox()
        self.rows_box.add_class("vsvkit-plan-actions")
        self.status = W.HTML(layout=W.Layout(min_height="1.5em"))
        self.status.add_class("vsvkit-plan-status")
        self.add_button = W.Button(description=t("plan_add", lang), icon="")
        self.add_button.add_class("vsvkit-plan-add")
        self.add_button.on_click(lambda _: self.add())
        self.csv_button = W.Button(description=t("plan_export_csv", lang))
        self.xlsx_button = W.Button(description=t("plan_export_xlsx", lang))
        self.csv_button.add_class("vsvkit-plan-export-csv")
        self.xlsx_button.add_class("vsvkit-plan-export-xlsx")
        self.csv_button.on_click(lambda _: self.export("csv"))
        self.xlsx_button.on_click(lambda _: self.export("xlsx"))
        self.export_result = W.HTML()
        self.export_result.add_class("vsvkit-plan-export-result")
        super().__init__(
            [
                W.HTML(GUIDE_CSS + f"<p>{t('plan_intro', lang)}</p>"),
                W.HTML(
                    f"<h3>{t('plan_suggestions', lang)}</h3>"
                    f"<p class='vsvkit-note'>{t('plan_suggestions_help', lang)}</p>"
                ),
                self.suggestion_box,
                W.HTML(f"<h3>{t('plan_actions', lang)}</h3>"),
                self.rows_box,
                self.status,
                W.HBox([self.add_button, self.csv_button, self.xlsx_button]),
                self.export_result,
            ]
        )
        self.add_class("vsvkit-plan")
        self.refresh()

    # -- state ------------------------------------------------------------------------------
    def actions(self):
        return self.store.actions(self.session_id)

    def visible_suggestions(self) -> list[Action]:
        """Suggestions whose domain has no action in the plan and that were not left out."""
        planned = set(self.actions()["domain"])
        return [
            s
            for s in self.suggestions
            if s.domain not in planned and s.domain not in self.dismissed
        ]

    def refresh(self) -> None:
        """Redraw suggestions and action rows from the store."""
        lang = self.lang
        frame = self.actions()
        planned = set(frame["domain"])
        boxes = []
        for s in self.suggestions:
            if s.domain in planned or s.domain in self.dismissed:
                continue
            accept = W.Button(description=t("plan_accept", lang), button_style="success")
            dismiss = W.Button(description=t("plan_dismiss", lang))
            accept.add_class("vsvkit-plan-accept")
            dismiss.add_class("vsvkit-plan-dismiss")
            accept.on_click(lambda _b, s=s: self.accept(s))
            dismiss.on_click(lambda _b, s=s: self.dismiss(s))
            step = self.guide.find_step(s.domain, s.what, lang)
            text = (
                f"<b>{html.escape(self.instrument.domain(s.domain).name(lang))}</b>: "
                f"{html.escape(s.what)}<br><span class='vsvkit-note'>{html.escape(s.why)}</span>"
                f"{sources_html(step, lang)}"
            )
            box = W.HBox([W.HTML(text, layout=W.Layout(flex="1")), accept, dismiss])
            box.add_class("vsvkit-plan-suggestion")
            boxes.append(box)
        if not boxes:
            boxes = [W.HTML(f"<p class='vsvkit-note'>{t('plan_no_suggestions', lang)}</p>")]
        self.suggestion_box.children = boxes
        self.rows = [
            ActionRow(self, a, n) for n, a in enumerate(frame.itertuples(index=False), start=1)
        ]
        self.rows_box.children = self.rows or [
            W.HTML(f"<p class='vsvkit-note'>{t('plan_empty', lang)}</p>")
        ]

    def report(self, text: str, *, ok: bool = True) -> None:
        css = "vsvkit-saved" if ok else "vsvkit-error"
        self.status.value = f"<span class='{css}'>{html.escape(text)}</span>"

    def _saved(self) -> None:
        self.report(t("saved_at", self.lang, time=datetime.now().strftime("%H:%M:%S")))

    # -- actions ----------------------------------------------------------------------------
    def _write(self, what: str, call) -> bool:
        try:
            call()
        except VsvkitError as err:
            log.warning("plan: %s failed for session %s: %s", what, self.session_id, err)
            self.report(t("save_failed", self.lang), ok=False)
            return False
        except Exception:  # shown to the trainer, logged on the server
            log.exception("plan: %s failed for session %s", what, self.session_id)
            self.report(t("save_failed", self.lang), ok=False)
            return False
        self._saved()
        return True

    def save(self, action_id: int, **fields) -> bool:
        """Write changed fields of one action to the store."""
        return self._write("update", lambda: self.store.update_action(action_id, **fields))

    def accept(self, suggestion: Action) -> None:
        """Add a suggested action to the plan."""
        if self._write(
            "accept", lambda: self.store.add_action(self.session_id, **suggestion.as_dict())
        ):
            self.refresh()

    def dismiss(self, suggestion: Action) -> None:
        """Leave a suggestion out (for as long as this editor is open)."""
        self.dismissed.add(suggestion.domain)
        self.refresh()

    def add(self) -> None:
        """Add an empty action (domain of the first suggestion, else the first domain)."""
        domain = self.suggestions[0].domain if self.suggestions else self.instrument.domain_codes[0]
        new = t("plan_new_action", self.lang)
        if self._write("add", lambda: self.store.add_action(self.session_id, domain, new)):
            self.refresh()

    def delete(self, action_id: int) -> None:
        if self._write("delete", lambda: self.store.delete_action(action_id)):
            self.refresh()

    def export(self, fmt: str) -> Path | None:
        """Write the plan as ``csv`` or ``xlsx`` and show a download link; returns the file."""
        session = self.store.session(self.session_id)
        slug = re.sub(r"[^A-Za-z0-9]+", "-", session.vsv).strip("-").lower() or "vsv"
        name = f"{t('plan_file', self.lang)}-{slug}-{session.date:%Y-%m-%d}.{fmt}"
        try:
            path = export_plan(
                self.actions(),
                report_dir(self.report_dir) / name,
                instrument=self.instrument,
                lang=self.lang,
            )
        except VsvkitError as err:
            log.warning("plan export failed: %s", err)
            self.export_result.value = (
                f"<p class='vsvkit-error'>{t('plan_export_failed', self.lang)}</p>"
                f"<p class='vsvkit-note'>{html.escape(err.message(self.lang))}</p>"
            )
            return None
        folder = html.escape(str(path.parent))
        self.export_result.value = (
            f"<p class='vsvkit-ok'>{t('plan_export_done', self.lang, folder=folder)} "
            f"{_download_link(path)}</p>"
        )
        return path
