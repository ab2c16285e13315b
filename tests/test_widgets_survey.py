"""The start page's questionnaire panel: open, follow the response, show the QR code, close."""

from __future__ import annotations

import datetime as dt

import segno

from vsvkit.i18n import t
from vsvkit.instrument import load_instrument
from vsvkit.intake import parse_rows
from vsvkit.store import Store
from vsvkit.widgets import WorkshopApp
from vsvkit.widgets.survey import SurveyPanel

INST = load_instrument()
HEADERS = ["Beroep", *[i.code for i in INST.all_items]]


def _submit(store, token: str, role: str) -> None:
    store.submit(token, parse_rows(HEADERS, [[role, *["3"] * 38]], "v", INST))


def test_open_follow_and_close_a_questionnaire(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    panel = SurveyPanel(store, server="http://workshop.local:8866", lang="nl")
    assert panel.picker.options == ()
    panel.vsv.value = "VSV Proef"
    panel.date.value = dt.date.today() + dt.timedelta(days=30)
    panel.invited.value = 45
    panel.open_survey()
    survey = store.survey(panel.picker.value)
    assert survey.closes_on == panel.date.value - dt.timedelta(days=1)  # the day before
    assert "0 van 45 leden hebben geantwoord (0%)" in panel.status.value
    assert t("survey_still_needed", "nl", n=5, k=5) in panel.status.value
    link = f"http://workshop.local:8866{survey.path}"
    assert link in panel.qr.value
    # the QR code drawn is the code of the link
    expected = segno.make(link, error="M", boost_error=False, micro=False)
    assert expected.svg_inline(scale=5, title=t("survey_qr_title", "nl")) in panel.qr.value

    for role in ["VK"] * 25 + ["GYN"] * 5 + ["KA"] * 2:
        _submit(store, survey.token, role)
    panel.refresh()
    assert "32 van 45 leden hebben geantwoord (71%)" in panel.status.value
    # VK 25 shown; GYN 5 with KA 2 merged (25 + 5 beside 32 would give KA's 2 away)
    assert "<li>eerstelijns verloskundige: 25</li>" in panel.status.value
    assert "<li>overige beroepen: 7</li>" in panel.status.value
    assert "gynaecoloog" not in panel.status.value and "kinderarts" not in panel.status.value
    assert "nodig" not in panel.status.value

    panel.close_survey()
    assert not store.survey(survey.session_id).is_open()
    assert "(gesloten)" in panel.status.value and panel.close_button.layout.display == "none"
    store.close()


def test_a_wrong_value_is_said_on_the_panel(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    panel = SurveyPanel(store, lang="en")
    panel.vsv.value = ""
    panel.open_survey()
    assert "vsvkit-error" in panel.result.value and store.surveys() == []
    store.close()


def test_the_start_page_has_the_panel_and_closing_the_page_stops_following(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 's.sqlite'}")
    app = WorkshopApp(store, public_url="http://workshop.local:8866")
    app.show("start")
    panels = [w for w in app.body.children[0].children if isinstance(w, SurveyPanel)]
    assert len(panels) == 1 and panels[0].server == "http://workshop.local:8866"
    assert not panels[0]._stop.is_set()
    app.show("start")  # the page is replaced: the old panel stops reading the store
    assert panels[0]._stop.is_set()
    store.close()
