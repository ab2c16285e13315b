"""The start page's questionnaire panel: open a questionnaire, follow the response, close it.

The trainer opens a session's questionnaire on vsvkit's own pages (VSV, date, members
invited, last day to answer), sees "32 van 45 leden (71%)" grow (read again every few
seconds while the panel is on screen), shows the QR code to the room, and closes it. The
figures come from :func:`vsvkit.survey.response.survey_response` (per profession only what the
session's privacy decision shows); this module only shows them.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import threading

import ipywidgets as W

from vsvkit.errors import VsvkitError
from vsvkit.formatting import fmt_pct, group_label
from vsvkit.i18n import DEFAULT_LANG, Lang, t
from vsvkit.instrument import Instrument, load_instrument

__all__ = ["SurveyPanel", "response_html", "REFRESH_SECONDS"]

log = logging.getLogger(__name__)

#: How often the response is read again while the panel is shown.
REFRESH_SECONDS = 5.0


def response_html(response, instrument: Instrument, lang: Lang) -> str:
    """ "32 van 45 leden (71%)", open or closed, per shown profession, what is still needed."""
    if response.invited:
        pct = fmt_pct((response.rate or 0.0) * 100, lang=lang)
        line = t("survey_answered_of", lang, n=response.answered, invited=response.invited, pct=pct)
    else:
        line = t("survey_answered", lang, n=response.answered)
    state = t("survey_state_open" if response.is_open else "survey_state_closed", lang)
    parts = [f"<p class='vsvkit-survey-count'><strong>{html.escape(line)}</strong> ({state})</p>"]
    if response.by_profession:
        items = "".join(
            f"<li>{html.escape(group_label(g, instrument, lang))}: {n}{f' / {i}' if i else ''}</li>"
            for g, n, i in response.by_profession
        )
        parts.append(f"<ul class='vsvkit-survey-groups'>{items}</ul>")
    if response.still_needed:
        needed = t("survey_still_needed", lang, n=response.still_needed, k=response.k)
        parts.append(f"<p class='vsvkit-note'>{html.escape(needed)}</p>")
    return "".join(parts)


class SurveyPanel(W.VBox):
    """Open, follow and close the questionnaires of ``store`` (see the module docstring).

    ``server`` is the address members reach the server at (for the link and the QR code);
    with ``follow`` the response is read again every :data:`REFRESH_SECONDS` until closed.
    """

    def __init__(
        self,
        store,
        *,
        instrument: Instrument | None = None,
        server: str | None = None,
        lang: Lang = DEFAULT_LANG,
        follow: bool = False,
    ):
        self.store, self.lang = store, lang
        self.server = (server or "http://localhost:8866").rstrip("/")
        self.instrument = instrument or load_instrument()
        wide = {"description_width": "initial"}
        self.vsv = W.Text(description=t("vsv_name", lang), style=wide)
        self.date = W.DatePicker(description=t("session_date", lang), style=wide)
        self.invited = W.BoundedIntText(
            value=0, min=0, max=100_000, description=t("survey_invited_label", lang), style=wide
        )
        self.closes = W.DatePicker(description=t("survey_closes_label", lang), style=wide)
        self.open_button = W.Button(
            description=t("survey_open_button", lang), button_style="primary"
        )
        self.open_button.add_class("vsvkit-survey-open")
        self.picker = W.Dropdown(description=t("survey_pick", lang), style=wide)
        self.status = W.HTML()
        self.status.add_class("vsvkit-survey-status")
        self.qr = W.HTML()
        self.close_button = W.Button(description=t("survey_close_button", lang))
        self.close_button.add_class("vsvkit-survey-close")
        self.result = W.HTML()
        self.open_button.on_click(lambda _: self.open_survey())
        self.close_button.on_click(lambda _: self.close_survey())
        self.picker.observe(lambda _: self.refresh(), "value")
        super().__init__(
            [
                W.HTML(f"<h3>{t('survey_panel_title', lang)}</h3>"),
                W.HBox([self.vsv, self.date]),
                W.HBox([self.invited, self.closes, self.open_button]),
                self.result,
                self.picker,
                W.HBox([W.VBox([self.status, self.close_button]), self.qr]),
            ]
        )
        self.add_class("vsvkit-survey-panel")
        self._stop = threading.Event()
        self.load()
        if follow:
            self.follow()

    def load(self, select: int | None = None) -> None:
        """Read the questionnaires again (newest first) and show ``select`` or the newest."""
        surveys = self.store.surveys()
        options = []
        for s in surveys:
            session = self.store.session(s.session_id)
            options.append((f"{session.vsv}, {session.date.isoformat()}", s.session_id))
        self.picker.options = options
        if options:
            self.picker.value = select if select is not None else options[0][1]
        self.refresh()

    def refresh(self) -> None:
        """Show the response and the QR code of the chosen questionnaire."""
        from vsvkit.survey.invitation import qr_code
        from vsvkit.survey.response import survey_response

        sid = self.picker.value
        if sid is None:
            self.status.value, self.qr.value = "", ""
            self.close_button.layout.display = "none"
            return
        survey = self.store.survey(sid)
        response = survey_response(self.store, sid)
        self.status.value = response_html(response, self.store.instrument(sid), self.lang)
        link = self.server + survey.path
        svg = qr_code(link).svg_inline(scale=5, title=t("survey_qr_title", self.lang))
        self.qr.value = f"{svg}<p class='vsvkit-survey-link'>{html.escape(link)}</p>"
        self.close_button.layout.display = "" if survey.is_open() else "none"

    def open_survey(self) -> None:
        try:
            closes = self.closes.value or (
                self.date.value - dt.timedelta(days=1) if self.date.value else None
            )
            survey = self.store.open_survey(
                vsv=self.vsv.value,
                date=self.date.value,
                instrument=self.instrument,
                invited=self.invited.value or None,
                closes=closes,
            )
        except VsvkitError as err:
            self.result.value = f"<p class='vsvkit-error'>{html.escape(err.message(self.lang))}</p>"
            return
        self.result.value = ""
        self.load(select=survey.session_id)

    def close_survey(self) -> None:
        if self.picker.value is not None:
            self.store.close_survey(self.picker.value)
            self.refresh()

    def follow(self, seconds: float = REFRESH_SECONDS) -> threading.Thread:
        """Read the response again every ``seconds`` until :meth:`stop` (a daemon thread)."""

        def loop() -> None:
            while not self._stop.wait(seconds):
                try:
                    self.refresh()
                except Exception:  # a closed store or a dropped database: stop quietly
                    log.exception("the questionnaire panel stopped following")
                    return

        thread = threading.Thread(target=loop, daemon=True, name="vsvkit-survey-follow")
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

    def close(self) -> None:
        self.stop()
        super().close()
