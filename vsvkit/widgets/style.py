"""The app's own CSS, shipped inside the widget tree so it works under any template."""

from __future__ import annotations

from vsvkit.i18n import LANGUAGES, Lang

__all__ = ["APP_CSS", "HIDDEN_LABEL", "mark_language"]

#: CSS class of a control whose label (its ``description``) only screen readers read
HIDDEN_LABEL = "vsvkit-label-hidden"

APP_CSS = """<style>
.vsvkit-app { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: #1f2937;
  max-width: 1200px; margin: 0 auto; }
.vsvkit-session-title { font-size: 1.9em; margin: 0.2em 0 0; color: #1d3557; }
.vsvkit-session-subtitle { color: #4b5563; margin-bottom: 0.6em; }
.vsvkit-title-row { justify-content: space-between; align-items: flex-start; }
.vsvkit-who { color: #4b5563; font-size: 0.9em; margin: 0.6em 0 0; }
.vsvkit-page-title { color: #1d3557; border-bottom: 3px solid #457b9d; padding-bottom: 0.2em; }
.vsvkit-cards { display: flex; flex-wrap: wrap; gap: 0.8em; margin: 0.5em 0 1em; }
.vsvkit-card { background: #f1f5f9; border-radius: 8px; padding: 0.6em 1em; min-width: 10em; }
.vsvkit-card-label { font-size: 0.85em; color: #4b5563; }
.vsvkit-card-value { font-size: 1.8em; font-weight: bold; color: #1d3557; }
.vsvkit-card-extra { font-size: 0.9em; color: #374151; min-height: 1.2em; }
.vsvkit-table, .vsvkit-problems { border-collapse: collapse; margin: 0.5em 0; }
.vsvkit-table th, .vsvkit-table td, .vsvkit-problems th, .vsvkit-problems td {
  border-bottom: 1px solid #d1d5db; padding: 0.25em 0.8em; text-align: left; }
.vsvkit-problems { font-size: 0.95em; }
.vsvkit-error { color: #b91c1c; font-weight: bold; }
.vsvkit-ok, .vsvkit-saved { color: #166534; }
.vsvkit-note { color: #4b5563; font-size: 0.9em; }
.vsvkit-chart img, img.vsvkit-chart { max-width: 100%; height: auto; }
.vsvkit-presenter { max-width: none; }
.vsvkit-presenter .jupyter-button { width: auto; min-width: 6em; padding: 0 0.8em; }
/* the presenter view: the room's 1366x768 screen at 0.4, the agenda, the trainer's side */
.vsvkit-preview { width: 546px; height: 307px; overflow: hidden; border: 1px solid #94a3b8;
  border-radius: 4px; background: #fff; }
.vsvkit-preview-frame { width: 1366px; height: 768px; border: 0; transform: scale(0.4);
  transform-origin: 0 0; pointer-events: none; }
.vsvkit-busy .vsvkit-preview, .vsvkit-body.vsvkit-busy { opacity: 0.4; }
.vsvkit-busy { cursor: progress; }
.vsvkit-presenter-columns { gap: 1.5em; }
.vsvkit-room-link { margin: 0.3em 0 0.6em; }
.vsvkit-room-link a { font-weight: bold; color: #1d4ed8; }
.vsvkit-room-state { color: #92400e; font-weight: bold; margin: 0.3em 0; }
.vsvkit-agenda { font-size: 0.9em; }
.vsvkit-agenda caption { text-align: left; font-weight: bold; }
.vsvkit-agenda tr.vsvkit-current { background: #e0f2fe; }
.vsvkit-agenda td, .vsvkit-agenda th { padding: 0.1em 0.6em; }
.vsvkit-over { color: #b91c1c; font-weight: bold; }
.vsvkit-point { display: inline-block; padding: 0.3em 0 0.3em 0.6em; }
/* white on the success and warning buttons at 4.5:1 at least (WCAG AA); the theme's
   green #388e3c gives 4.1, its orange #f57c00 2.7 */
.vsvkit-app { --jp-success-color1: #2e7d32; --jp-success-color0: #1b5e20;
  --jp-warn-color1: #b45309; --jp-warn-color0: #92400e; }
/* a label for screen readers only, where the control shows what it is */
.vsvkit-label-hidden > .widget-label { position: absolute; width: 1px; height: 1px;
  margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  border: 0; }
</style>"""


def mark_language(widget, lang: Lang) -> None:
    """Give ``widget`` the class ``vsvkit-lang-<lang>`` and no other language's.

    The Voilà template sets the page's ``lang`` attribute from the app's class, so a screen
    reader reads the page in the language on screen.
    """
    for code in LANGUAGES:
        widget.remove_class(f"vsvkit-lang-{code}")
    widget.add_class(f"vsvkit-lang-{lang}")
