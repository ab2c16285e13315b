"""What the presenter view shows the trainer beside each step of the workshop.

Per step (:class:`vsvkit.room.steps.Step`): the response (welcome), the scores table
(overview), the conversation guide with the notes, agreed level and priority (a domain), the
differences between groups and every remark (a domain's second step), the discussion points
with a button to their domain, the agreed level of every domain, and the plan editor.
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as W
import pandas as pd

from vsvkit import domain_view
from vsvkit.formatting import gap_text, response_table
from vsvkit.i18n import Lang, t
from vsvkit.room.steps import Step
from vsvkit.widgets import pages
from vsvkit.widgets.guide import GuidePanel
from vsvkit.widgets.notes import NOT_SET, DomainNotes
from vsvkit.widgets.plan import PlanEditor
from vsvkit.widgets.votes import VotePanel

__all__ = ["step_material", "AgreedLevels"]


class AgreedLevels(W.VBox):
    """The level the group agreed on, per domain, next to the measured one; saved at once."""

    def __init__(self, store, session_id: int, mirror, lang: Lang):
        self.store, self.session_id = store, session_id
        inst = mirror.instrument
        notes = store.domain_notes(session_id).set_index("domain")["agreed_level"]
        scores = mirror.domain_scores.set_index("domain")
        options = [(t("not_set", lang), NOT_SET)] + [
            (f"{lv.level} {lv.label(lang)}", lv.level) for lv in inst.levels
        ]
        self.pickers: dict[str, W.Dropdown] = {}
        rows = []
        for code in inst.domain_codes:
            level = scores.loc[code, "level"]
            measured = t("split", lang) if pd.isna(level) else inst.level_label(int(level), lang)
            saved = notes.get(code)
            picker = W.Dropdown(
                options=options,
                value=NOT_SET if saved is None or pd.isna(saved) else int(saved),
                description=f"{inst.domain(code).name(lang)} ({t('measured', lang)}: {measured})",
                style={"description_width": "22em"},
                layout=W.Layout(width="40em"),
            )
            picker.observe(lambda c, d=code: self._save(d, c["new"]), "value")
            self.pickers[code] = picker
            rows.append(picker)
        super().__init__([W.HTML(f"<h3>{t('agreed_levels', lang)}</h3>"), *rows])

    def _save(self, domain: str, value: int) -> None:
        level = None if value == NOT_SET else int(value)
        self.store.save_domain_note(self.session_id, domain, agreed_level=level)


def step_material(
    step: Step,
    *,
    store,
    session_id: int,
    mirror,
    lang: Lang,
    guide=None,
    report_dir=None,
    goto: Callable[[Step], None],
    room_changed: Callable[[], None] = lambda: None,
) -> W.Widget:
    """The trainer's widget for ``step`` (``goto`` moves the presenter view to a step;
    ``room_changed`` shows a changed vote round in the room)."""
    if mirror is None:
        return W.HTML(f"<p>{t('results_withheld_short', lang)}</p>")
    inst = mirror.instrument
    if step.kind == "welcome":
        return W.HTML(
            f"<h3>{t('response_by_profession', lang)}</h3>" + response_table(mirror, lang)
        )
    if step.kind == "overview":
        table = domain_view.scores_table_html(mirror, lang, css="vsvkit-table vsvkit-scores")
        scores = W.HTML(
            f"<h3>{t('title_domain_overview', lang)}</h3>{table}"
            + domain_view.balanced_note_html(lang)
        )
        return W.VBox([scores, VotePanel(store, session_id, mirror, step.key, lang, room_changed)])
    if step.kind == "discussion":
        return pages.discussion_page(mirror, lang=lang, goto=lambda d: goto(Step("domain", d)))
    if step.kind == "agreed":
        return AgreedLevels(store, session_id, mirror, lang)
    if step.kind == "plan":
        return PlanEditor(store, session_id, mirror, guide=guide, lang=lang, report_dir=report_dir)
    domain = str(step.domain)
    notes = DomainNotes(store, session_id, domain, inst, lang)
    if step.kind == "details":
        remarks = mirror.remarks[mirror.remarks["domain"] == domain]["text"]
        items = "".join(f"<li>{html.escape(str(r))}</li>" for r in remarks)
        listed = f"<h3>{t('remarks', lang)}</h3><ul class='vsvkit-remarks'>{items}</ul>"
        return W.VBox([W.HTML(gap_text(mirror, domain, lang) + (listed if items else "")), notes])
    agreed = notes.agreed_level.value
    panel = GuidePanel.for_domain(
        mirror,
        domain,
        guide=guide,
        agreed=None if agreed == NOT_SET else agreed,
        follow=notes.agreed_level,
        lang=lang,
    )
    note = domain_view.consensus_note_html(mirror, domain, lang)
    votes = VotePanel(store, session_id, mirror, step.key, lang, room_changed)
    return W.VBox([notes, votes, *([W.HTML(note)] if note else []), panel])
