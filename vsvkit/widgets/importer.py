"""Upload a survey export in the app: validated and imported, or a table of every problem."""

from __future__ import annotations

import html
import logging
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import ipywidgets as W

from vsvkit.errors import IntakeError, VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang, t

__all__ = ["ImportPanel", "problems_html"]

log = logging.getLogger(__name__)


def problems_html(problems, lang: Lang = DEFAULT_LANG) -> str:
    """The problems of an :class:`IntakeError` as an HTML table (row, column, value, rule)."""
    head = "".join(
        f"<th>{t(key, lang)}</th>"
        for key in ("problem_row", "problem_column", "problem_value", "problem_rule")
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape('' if cell is None else str(cell))}</td>"
            for cell in (p.row, p.column, p.value, p.rule)
        )
        + "</tr>"
        for p in problems
    )
    return (
        f"<p class='vsvkit-error'>{t('import_failed', lang, n=len(problems))}</p>"
        f"<table class='vsvkit-problems'><thead><tr>{head}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


class ImportPanel(W.VBox):
    """FileUpload plus session details; calls ``on_imported(session_id)`` after a good import.

    Nothing is stored when the file has problems: the panel shows them as a table.
    """

    def __init__(
        self,
        store,
        instrument,
        *,
        lang: Lang = DEFAULT_LANG,
        on_imported: Callable[[int], None] | None = None,
    ):
        self.store, self.instrument, self.lang = store, instrument, lang
        self.on_imported = on_imported
        self.upload = W.FileUpload(
            accept=".csv,.xlsx,.xls,.ods,.txt,.tsv",
            multiple=False,
            description=t("choose_file", lang),
        )
        self.upload.add_class("vsvkit-upload")
        self.vsv = W.Text(description=t("vsv_name", lang), style={"description_width": "initial"})
        self.date = W.DatePicker(
            value=date.today(),
            description=t("session_date", lang),
            style={"description_width": "initial"},
        )
        self.wave = W.ToggleButtons(
            options=[(t("baseline", lang), "baseline"), (t("follow_up", lang), "follow-up")],
            value="baseline",
        )
        self.button = W.Button(
            description=t("import_button", lang), button_style="primary", icon=""
        )
        self.button.add_class("vsvkit-import-button")
        self.result = W.HTML()
        self.result.add_class("vsvkit-import-result")
        self.button.on_click(lambda _: self.run())
        super().__init__(
            [
                W.HTML(f"<h3>{t('import_title', lang)}</h3><p>{t('import_help', lang)}</p>"),
                self.upload,
                W.HBox([self.vsv, self.date]),
                self.wave,
                self.button,
                self.result,
            ]
        )
        self.add_class("vsvkit-import")

    def run(self) -> int | None:
        """Import the uploaded file; returns the new session id, or None after a problem."""
        lang = self.lang
        if not self.upload.value:
            self.result.value = f"<p class='vsvkit-error'>{t('import_no_file', lang)}</p>"
            return None
        if not self.vsv.value.strip() or self.date.value is None:
            self.result.value = f"<p class='vsvkit-error'>{t('import_need_details', lang)}</p>"
            return None
        upload = self.upload.value[0]
        from vsvkit.sessions import import_session, import_version_note

        with tempfile.TemporaryDirectory() as folder:
            # keep the user's file name: problems name the file as the user knows it
            path = Path(folder) / Path(upload["name"]).name
            path.write_bytes(bytes(upload["content"]))
            try:
                session_id = import_session(
                    path,
                    store=self.store,
                    vsv=self.vsv.value.strip(),
                    date=self.date.value,
                    wave=self.wave.value,
                    instrument=self.instrument,
                    lang=lang,
                )
            except IntakeError as err:
                self.result.value = problems_html(err.problems, lang)
                return None
            except VsvkitError as err:
                log.info("import refused: %s", err)
                self.result.value = f"<p class='vsvkit-error'>{html.escape(err.message(lang))}</p>"
                return None
        done = t("import_done", lang, id=session_id)
        if self.instrument is None:  # read with the bundled version the file fits: say which
            done += " " + import_version_note(self.store.session(session_id), lang)
        self.result.value = f"<p class='vsvkit-ok'>{html.escape(done.strip())}</p>"
        self.upload.value = ()
        if self.on_imported:
            self.on_imported(session_id)
        return session_id
