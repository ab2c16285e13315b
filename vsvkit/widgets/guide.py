"""The conversation-guide panel of a domain page: questions and next steps for its level.

For a split domain the guide's split entry comes first (why do the disciplines see it so
differently?); for a domain with a high "weet niet" share its dont_know entry (an
information task); then the level's questions and steps, and last the steps that fit every
level. Each next step names its sources ("Bron: <title> (<publisher>)").
"""

from __future__ import annotations

import html

import ipywidgets as W
import pandas as pd

from vsvkit.formatting import fmt_pct, fmt_share
from vsvkit.guide import Guide, GuideEntry, NextStep, load_guide
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.scoring import high_dont_know

__all__ = ["GuidePanel", "GUIDE_CSS", "sources_html"]

GUIDE_CSS = """<style>
.vsvkit-guide { background: #f8fafc; border-left: 4px solid #457b9d; padding: 0.2em 1em 0.6em;
  margin: 0.8em 0; }
.vsvkit-guide h4 { margin: 0.6em 0 0.2em; color: #1d3557; }
.vsvkit-guide h5 { margin: 0.4em 0 0.1em; font-size: 0.95em; color: #374151; }
.vsvkit-guide ul { margin: 0.1em 0 0.3em 1.2em; padding: 0; }
.vsvkit-guide-ref { display: block; font-size: 0.85em; color: #6b7280; }
.vsvkit-plan-row { border: 1px solid #d1d5db; border-radius: 6px; padding: 0.4em; margin: 0.4em 0; }
.vsvkit-plan-suggestion { background: #fff7ed; border-radius: 6px; padding: 0.3em 0.6em;
  margin: 0.3em 0; }
</style>"""


def sources_html(step: NextStep | None, lang: Lang = DEFAULT_LANG) -> str:
    """The line naming a next step's sources ("Bron: <title> (<publisher>)"); "" without."""
    if step is None or not step.refs:
        return ""
    key = "guide_source" if len(step.refs) == 1 else "guide_sources"
    sources = t(key, lang, sources="; ".join(ref.cite(lang) for ref in step.refs))
    return f"<span class='vsvkit-guide-ref'>{html.escape(sources)}</span>"


class GuidePanel(W.VBox):
    """Read-only guide for one domain: its questions and next steps at the measured level,
    and at the agreed level when the group agreed on another one; before them the split
    entry (a split domain) and the "weet niet" entry (a high share), after them the steps
    of every level.

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
        For a split domain (shown as "no agreement"): its percent of maximum, named in a note;
        the guide's split entry is shown first.
    dont_know_share : float, optional
        The domain's "weet niet" share (0..1); from the threshold of the discussion points
        on (:func:`vsvkit.scoring.high_dont_know`) the guide's dont_know entry is shown.
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
        dont_know_share: float | None = None,
        lang: Lang = DEFAULT_LANG,
    ):
        self.guide, self.instrument, self.domain, self.lang = guide, instrument, domain, lang
        self.measured, self.split_pct = measured, split_pct
        self.dont_know_share = dont_know_share
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

        A split domain (level NA) uses the level its percent of maximum falls in. The
        "weet niet" share is the row's ``dont_know``. With ``follow`` (the notes'
        agreed-level dropdown) the panel updates when the group changes the agreed level.
        """
        inst = mirror.instrument
        guide = guide or load_guide()
        rows = mirror.domain_scores[mirror.domain_scores["domain"] == domain]
        measured, split_pct, dont_know = None, None, None
        if len(rows) and not bool(rows["suppressed"].iloc[0]):
            row = rows.iloc[0]
            if pd.notna(row["level"]):
                measured = int(row["level"])
            elif pd.notna(row["pct"]):
                measured = inst.level_of(float(row["pct"]))
                split_pct = float(row["pct"])
            if "dont_know" in row.index and pd.notna(row["dont_know"]):
                dont_know = float(row["dont_know"])
        panel = cls(
            guide,
            inst,
            domain,
            measured=measured,
            agreed=agreed,
            split_pct=split_pct,
            dont_know_share=dont_know,
            lang=lang,
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

    @property
    def situations_shown(self) -> tuple[str, ...]:
        """The situation entries on screen, in order: ``"split"``, ``"dont_know"``."""
        shown = []
        if self.split_pct is not None and self.guide.split(self.domain) is not None:
            shown.append("split")
        share = self.dont_know_share
        if share is not None and high_dont_know(share) and self.guide.dont_know(self.domain):
            shown.append("dont_know")
        return tuple(shown)

    def _step(self, step: NextStep) -> str:
        return f"<li>{html.escape(step(self.lang))}{sources_html(step, self.lang)}</li>"

    def _block(self, heading: str, entry: GuideEntry, css: str) -> str:
        lang = self.lang
        questions = "".join(f"<li>{html.escape(q(lang))}</li>" for q in entry.questions)
        steps = "".join(self._step(s) for s in entry.next_steps)
        return (
            f"<div class='{css}'><h4>{html.escape(heading)}</h4>"
            f"<h5>{t('guide_questions', lang)}</h5><ul class='vsvkit-guide-questions'>{questions}"
            f"</ul><h5>{t('guide_next_steps', lang)}</h5><ul class='vsvkit-guide-steps'>{steps}"
            "</ul></div>"
        )

    def _section(self, level: int, key: str, css: str) -> str:
        try:
            entry = self.guide.entry(self.domain, level)
        except KeyError:
            return ""
        label = self.instrument.level_label(level, self.lang) or str(level)
        heading = t(key, self.lang, level=f"{level} {label}")
        return self._block(heading, GuideEntry(entry.questions, entry.next_steps), css)

    def _situations(self) -> list[str]:
        lang, parts = self.lang, []
        for situation in self.situations_shown:
            if situation == "split":
                entry = self.guide.split(self.domain)
                heading = t("guide_split_title", lang)
                css = "vsvkit-guide-split"
            else:
                entry = self.guide.dont_know(self.domain)
                share = fmt_share(self.dont_know_share, lang=lang)
                heading = t("guide_dont_know_title", lang, share=share)
                css = "vsvkit-guide-dontknow"
            if entry is not None:
                parts.append(self._block(heading, entry, css))
        return parts

    def _every_level(self) -> str:
        if not self.guide.every_level:
            return ""
        steps = "".join(self._step(s) for s in self.guide.every_level)
        return (
            f"<div class='vsvkit-guide-every'><h5>{t('guide_every_level', self.lang)}</h5>"
            f"<ul class='vsvkit-guide-steps'>{steps}</ul></div>"
        )

    def _draw(self) -> None:
        lang = self.lang
        parts = [f"<h3>{t('guide_title', lang)}</h3>"]
        if self.measured is None:
            parts.append(f"<p class='vsvkit-note'>{t('guide_no_score', lang)}</p>")
            parts.extend(self._situations())
        else:
            if self.split_pct is not None:
                label = self.instrument.level_label(self.measured, lang)
                key = "guide_split_first" if "split" in self.situations_shown else "guide_split"
                note = t(key, lang, pct=fmt_pct(self.split_pct, lang=lang), level=label)
                parts.append(f"<p class='vsvkit-note'>{html.escape(note)}</p>")
            parts.extend(self._situations())
            parts.append(self._section(self.measured, "guide_measured", "vsvkit-guide-measured"))
            shown = self.levels_shown
            if len(shown) == 2:
                parts.append(self._section(shown[1], "guide_agreed", "vsvkit-guide-agreed"))
            parts.append(self._every_level())
        self.content.value = "".join(parts)
