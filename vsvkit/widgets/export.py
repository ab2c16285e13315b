"""The "Export report" panel: the same report as ``vsvkit report`` for the session on screen,
and the one-page handout of ``vsvkit handout``."""

from __future__ import annotations

import base64
import html
import logging
import os
from pathlib import Path

import ipywidgets as W
import platformdirs

from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang, t

__all__ = ["ExportPanel", "report_dir"]

log = logging.getLogger(__name__)

_MIME = {".html": "text/html", ".pdf": "application/pdf"}


def report_dir(folder: str | os.PathLike | None = None) -> Path:
    """Folder for reports made in the app: ``folder``, else ``reports`` in the user data folder.

    The notebooks pass ``VSVKIT_REPORT_DIR`` (:class:`vsvkit.app.settings.Settings`) as
    ``folder`` through the app's ``report_dir``.
    """
    if folder:
        return Path(folder)
    return Path(platformdirs.user_data_dir("vsvkit")) / "reports"


def _download_link(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    mime = _MIME.get(path.suffix, "application/octet-stream")
    name = html.escape(path.name)
    return (
        f"<a class='vsvkit-download' download='{name}' href='data:{mime};base64,{data}'>{name}</a>"
    )


class ExportPanel(W.VBox):
    """Buttons that render the session report or its one-page handout (HTML and/or PDF) and
    offer the files for download.

    Parameters
    ----------
    store, session_id
        The session to report on.
    lang : {"nl", "en"}
    out_dir : path, optional
        Folder for the files (see :func:`report_dir`).
    browser : path, optional
        The browser that prints the PDF (see :func:`vsvkit.report.browser.find_browser`).
    """

    def __init__(
        self,
        store,
        session_id: int,
        *,
        lang: Lang = DEFAULT_LANG,
        out_dir: str | os.PathLike | None = None,
        browser: str | os.PathLike | None = None,
    ):
        self.store, self.session_id, self.lang = store, session_id, lang
        self.out_dir, self.browser = out_dir, browser
        self.formats = W.ToggleButtons(
            options=[("HTML + PDF", ("html", "pdf")), ("HTML", ("html",)), ("PDF", ("pdf",))],
            value=("html", "pdf"),
        )
        self.button = W.Button(description=t("export_button", lang), button_style="primary")
        self.button.add_class("vsvkit-export-button")
        self.handout_button = W.Button(description=t("export_handout_button", lang))
        self.handout_button.add_class("vsvkit-handout-button")
        self.result = W.HTML()
        self.result.add_class("vsvkit-export-result")
        self.button.on_click(lambda _: self.run())
        self.handout_button.on_click(lambda _: self.run_handout())
        super().__init__(
            [
                W.HTML(f"<p>{t('export_help', lang)}</p>"),
                self.formats,
                W.HBox([self.button, self.handout_button]),
                self.result,
            ]
        )
        self.add_class("vsvkit-export")

    def run(self) -> list[Path]:
        """Render the report; returns the files written (empty after a failure)."""
        from vsvkit.report import render_report

        return self._render(render_report, "export_busy")

    def run_handout(self) -> list[Path]:
        """Render the one-page handout; returns the files written (empty after a failure)."""
        from vsvkit.report.handout import render_handout

        return self._render(render_handout, "export_handout_busy")

    def _render(self, render, busy: str) -> list[Path]:
        buttons = (self.button, self.handout_button)
        for button in buttons:
            button.disabled = True
        self.result.value = f"<p>{t(busy, self.lang)}</p>"
        try:
            paths = render(
                self.session_id,
                store=self.store,
                lang=self.lang,
                formats=self.formats.value,
                out_dir=report_dir(self.out_dir),
                browser=self.browser,
            )
        except VsvkitError as err:
            log.warning("export failed: %s", err)
            self.result.value = (
                f"<p class='vsvkit-error'>{t('export_failed', self.lang)}</p>"
                f"<p class='vsvkit-note'>{html.escape(err.message(self.lang))}</p>"
            )
            return []
        finally:
            for button in buttons:
                button.disabled = False
        links = " ".join(_download_link(p) for p in paths)
        folder = html.escape(str(paths[0].parent))
        self.result.value = (
            f"<p class='vsvkit-ok'>{t('export_done', self.lang, folder=folder)}</p><p>{links}</p>"
        )
        return paths
