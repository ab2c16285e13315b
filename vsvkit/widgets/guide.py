"""The conversation-guide panel of a domain page: questions and next steps for its level."""

from __future__ import annotations

import html

import ipywidgets as W
import pandas as pd

from vsvkit.formatting import fmt_pct
from vsvkit.guide import Guide, load_guide
from vsvkit.i18n import DEFAULT_LANG, Lang, t

__all__ = ["GuidePanel", "GUIDE_CSS"]

GUIDE_CSS = """<style>
.vsvkit-guide { background: #f8fafc; border-left: 4px solid #457b9d; padding: 0.2em 1em 0.6em;
  margin: 0.8em 0; }
.vsvkit-guide h4 { margin: 0.6em 0 0.2em; color: #1d3557; }
.vsvkit-guide h5 { margin: 0.4em 0 0.1em; font-size: 0.95em; color: #374151; }
.vsvkit-guide ul { margin: 0.1em 0 0.3em 1.2em; padding: 0; }
.vsvkit-plan-row { border: 1px solid #d1d5db; border-radius: 6px; padding: 0.4em; margin: 0.4em 0; }
.vsvkit-plan-suggestion { background: #fff7ed; border-radius: 6px; padding: 0.3em 0.6em;
  margin: 0.3em 0; }
</style>"""


class GuidePanel(W.VBox):
    """Read-only guide for one domain: its questions and next steps at the measured level,
    and at the agreed level when the group agreed on another one.

    Parameters
    ----------
    guide : Guide
    instrument : Instrument
        For the level labels.
    domain : str
        Domain code.
    measured : int or None
        The level the guide follows for the measured score (None: no score, nothing shown).
    agreed : int or None
        The level the group agreed on after discussion.
    split_pct : float, optional
        For a split domain (shown as "no agreement"): its percent of maximum, named in a note.
    lang : {"nl", "en"}
    """

    def __init__(
        self,
        guide: Guide,
        instrument,
        domain: str,
        *,
        measured: int | None,
        agreed: int | None = None,
        split_pct: float | None = None,
        lang: Lang = DEFAULT_LANG,
    ):
        self.guide, self.instrument, self.domain, self.lang = guide, instrument, domain, lang
        self.measured, self.split_pct = measured, split_pct
        self.agreed = agreed
        self.content = W.HTML()
        super().__init__([W.HTML(GUIDE_CSS), self.content])
        self.add_class("vsvkit-guide")
        self._draw()

    @classmethod
    def for_domain(
        cls,
        mirror,
        domain: str,
        *,
        guide: Guide | None = None,
        agreed: int | None = None,
        follow: W.ValueWidget | None = None,
        lang: Lang = DEFAULT_LANG,
    ) -> GuidePanel:
        """The panel for ``domain`` of a mirror; its measured level from ``domain_scores``.

        A split domain (level NA) uses the level its percent of maximum falls in. With
        ``follow`` (the notes' agreed-level dropdown) the panel updates when the group
        changes the agreed level.
        """
        inst = mirror.instrument
        guide = guide or load_guide()
        rows = mirror.domain_scores[mirror.domain_scores["domain"] == domain]
        measured, split_pct = None, None
        if len(rows) and not bool(rows["suppressed"].iloc[0]):
            row = rows.iloc[0]
            if pd.notna(row["level"]):
                measured = int(row["level"])
            elif pd.notna(row["pct"]):
                measured = inst.level_of(float(row["pct"]))
                split_pct = float(row["pct"])
        panel = cls(
            guide, inst, domain, measured=measured, agreed=agreed, split_pct=split_pct, lang=lang
        )
        if follow is not None:
            follow.observe(lambda c: panel.set_agreed(c["new"]), "value")
        return panel

    def set_agreed(self, level: int | None) -> None:
        """Show (or hide) the section of the agreed level."""
        self.agreed = None if level is None else int(level)
        self._draw()

    @property
    def levels_shown(self) -> tuple[int, ...]:
        """The levels whose questions and steps are on screen, measured first."""
        if self.measured is None:
            return ()
        if self.agreed is not None and self.agreed != self.measured:
            return (self.measured, self.agreed)
        return (self.measured,)

    def _section(self, level: int, key: str, css: str) -> str:
        lang = self.lang
        try:
            entry = self.guide.entry(self.domain, level)
        except KeyError:
            return ""
        label = self.instrument.level_label(level, lang) or str(level)
        questions = "".join(f"<li>{html.escape(q(lang))}</li>" for q in entry.questions)
        steps = "".join(f"<li>{html.escape(s(lang))}</li>" for s in entry.next_steps)
        return (
            f"<div class='{css}'><h4>{html.escape(t(key, lang, level=f'{level} {label}'))}</h4>"
            f"<h5>{t('guide_questions', lang)}</h5><ul class='vsvkit-guide-questions'>{questions}"
            f"</ul><h5>{t('guide_next_steps', lang)}</h5><ul class='vsvkit-guide-steps'>{steps}"
            "</ul></div>"
        )

    def _draw(self) -> None:
        lang = self.lang
        parts = [f"<h3>{t('guide_title', lang)}</h3>"]
        if self.measured is None:
            parts.append(f"<p class='vsvkit-note'>{t('guide_no_score', lang)}</p>")
        else:
            if self.split_pct is not None:
                label = self.instrument.level_label(self.measured, lang)
                note = t("guide_split", lang, pct=fmt_pct(self.split_pct, lang=lang), level=label)
                parts.append(f"<p class='vsvkit-note'>{html.escape(note)}</p>")
            parts.append(self._section(self.measured, "guide_measured", "vsvkit-guide-measured"))
            shown = self.levels_shown
            if len(shown) == 2:
                parts.append(self._section(shown[1], "guide_agreed", "vsvkit-guide-agreed"))
        self.content.value = "".join(parts)
