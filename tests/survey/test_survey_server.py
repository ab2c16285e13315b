"""The questionnaire pages over HTTP: a real Tornado server on 127.0.0.1, a real store.

Each test posts as a phone would (a form with the ``_xsrf`` cookie and field), and checks what
the store holds afterwards against what was sent.
"""

from __future__ import annotations

import logging
import re

import numpy as np
import pandas as pd
import pytest
import tornado.testing
import tornado.web

from vsvkit.app.survey_pages import done_cookie, survey_handlers
from vsvkit.instrument import load_instrument
from vsvkit.intake import read_responses
from vsvkit.sessions import session_scores
from vsvkit.store import Store
from vsvkit.survey.codes import code_digest, new_codes

INST = load_instrument()


def _answers(value: str = "3", profession: str = "VK") -> dict[str, str]:
    fields = {i.code: value for i in INST.all_items}
    fields["profession"] = profession
    return fields


class SurveyServer(tornado.testing.AsyncHTTPTestCase):
    def get_app(self):
        self.store = Store("sqlite://")
        return tornado.web.Application(survey_handlers(self.store))

    def open(self, **kw):
        return self.store.open_survey(
            vsv="VSV Proef", date="2027-01-20", instrument=INST, invited=40, **kw
        )

    def form(self, path: str, cookie: str = ""):
        res = self.fetch(path, headers={"Cookie": cookie} if cookie else {})
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', res.body.decode())
        return res, (xsrf.group(1) if xsrf else None)

    def post(self, path: str, fields: dict, cookie: str = "", with_xsrf: bool = True, xsrf=None):
        if xsrf is None:
            _, xsrf = self.form(path, cookie)
        cookies = [c for c in (cookie, f"_xsrf={xsrf}" if xsrf else "") if c]
        body = dict(fields, **({"_xsrf": xsrf} if with_xsrf and xsrf else {}))
        from urllib.parse import urlencode

        return self.fetch(
            path,
            method="POST",
            body=urlencode(body, doseq=True),
            headers={"Cookie": "; ".join(cookies)},
            follow_redirects=False,
        )

    def test_the_form_of_an_open_questionnaire(self):
        survey = self.open()
        res, xsrf = self.form(survey.path)
        html = res.body.decode()
        assert res.code == 200 and xsrf
        assert html.count("<fieldset") == len(INST.all_items) == 38
        assert 'lang="nl"' in html and "minder dan 5 personen" in html
        assert "no-store" in res.headers["Cache-Control"]
        en = self.fetch(survey.path + "?lang=en").body.decode()
        assert 'lang="en"' in en and "fewer than 5 people" in en

    def test_a_submission_is_one_anonymous_respondent(self):
        survey = self.open()
        fields = _answers("3", "GYN") | {"CLI2": "dont_know", "remark_COO": "Overdracht beter"}
        res = self.post(survey.path, fields)
        assert res.code == 200 and "vsvkit-beantwoord" in res.headers.get("Set-Cookie", "")
        ans = self.store.answers([survey.session_id])
        assert len(ans) == 38 and set(ans["profession"]) == {"GYN"}
        assert ans.loc[ans["item"] == "CLI2", "dont_know"].item()
        assert (ans.loc[ans["item"] != "CLI2", "value"] == 3).all()
        assert self.store.remarks(survey.session_id)["text"].tolist() == ["Overdracht beter"]

    def test_without_the_xsrf_token_nothing_is_stored(self):
        survey = self.open()
        res = self.post(survey.path, _answers(), with_xsrf=False)
        assert res.code == 403
        assert self.store.session(survey.session_id).n_respondents == 0

    def test_a_wrong_answer_is_shown_beside_its_question_and_nothing_is_stored(self):
        survey = self.open()
        res = self.post(survey.path, _answers() | {"COO2": "5", "profession": ""})
        html = res.body.decode()
        assert res.code == 400
        assert 'id="fout-COO2"' in html or "COO2" in html
        assert "beroep" in html.lower()
        assert self.store.session(survey.session_id).n_respondents == 0
        # the member's other answers are kept in the form
        assert re.search(r'name="CLI6" value="3"[^>]*checked', html)

    def test_one_submission_per_device(self):
        survey = self.open()
        _, xsrf = self.form(survey.path)
        assert self.post(survey.path, _answers(), xsrf=xsrf).code == 200
        cookie = f"{done_cookie(survey.token)}=1"
        page = self.fetch(survey.path, headers={"Cookie": cookie}).body.decode()
        assert "<fieldset" not in page and 'lang="nl"' in page  # the "already answered" page
        # a replayed form (with a valid token) on the same device stores nothing
        again = self.post(survey.path, _answers(), cookie=cookie, xsrf=xsrf)
        assert again.code == 200 and "<fieldset" not in again.body.decode()
        assert self.store.session(survey.session_id).n_respondents == 1

    def test_an_invitation_code_is_used_once(self):
        codes = new_codes(2)
        survey = self.open(code_digests=[code_digest(c) for c in codes])
        assert self.post(survey.path, _answers() | {"code": codes[0]}).code == 200
        twice = self.post(survey.path, _answers() | {"code": codes[0]})
        assert twice.code == 400 and "al gebruikt" in twice.body.decode()
        missing = self.post(survey.path, _answers())
        assert missing.code == 400
        written = codes[1].lower().replace("-", " ")  # as a member might type it
        assert self.post(survey.path, _answers() | {"code": written}).code == 200
        assert self.store.session(survey.session_id).n_respondents == 2
        assert self.store.code_status(survey.session_id) == (2, 2)

    def test_closed_and_unknown_questionnaires_answer_with_a_friendly_page(self):
        survey = self.open()
        _, xsrf = self.form(survey.path)
        self.store.close_survey(survey.session_id)
        closed = self.fetch(survey.path)
        unknown = self.fetch("/vragenlijst/bestaatniet123")
        for res in (closed, unknown):
            body = res.body.decode()
            assert res.code in (404, 410) and "Traceback" not in body and 'lang="nl"' in body
        assert closed.code == 410
        assert self.post(survey.path, _answers(), xsrf=xsrf).code == 410
        assert self.store.session(survey.session_id).n_respondents == 0

    def test_the_log_names_no_address_and_no_token(self):
        survey = self.open()
        records: list[str] = []
        handler = logging.Handler()
        handler.emit = lambda r: records.append(r.getMessage())  # type: ignore[method-assign]
        logging.getLogger("tornado.access").addHandler(handler)
        logging.getLogger("tornado.access").setLevel(logging.INFO)
        try:
            self.post(survey.path, _answers())
        finally:
            logging.getLogger("tornado.access").removeHandler(handler)
        assert records and not any("127.0.0.1" in r or survey.token in r for r in records)

    def test_thirty_members_round_trip_to_the_scores(self):
        survey = self.open()
        rng = np.random.default_rng(7)
        roles = ["VK"] * 12 + ["GYN"] * 8 + ["KV"] * 6 + ["KZ"] * 4
        rows = []
        for role in roles:
            fields = {
                i.code: str(v) if v else "dont_know"
                for i, v in zip(INST.all_items, rng.integers(0, 5, len(INST.all_items)))
            }
            fields["profession"] = role
            assert self.post(survey.path, fields).code == 200
            rows.append(fields)
        # independent: the same answers as a CSV, through the import
        frame = pd.DataFrame(rows).replace({"dont_know": "weet niet"})
        frame = frame.rename(columns={"profession": "Beroep"})
        path = self.get_tmp_csv(frame)
        other = Store("sqlite://")
        sid = other.add_session(
            read_responses(path, INST), vsv="VSV Proef", date="2027-01-20", instrument=INST
        )
        mine = session_scores(self.store, survey.session_id)
        theirs = session_scores(other, sid)
        pd.testing.assert_frame_equal(mine, theirs)
        assert int(mine["n"].max()) >= 25

    def get_tmp_csv(self, frame: pd.DataFrame):
        import tempfile
        from pathlib import Path

        path = Path(tempfile.mkdtemp()) / "antwoorden.csv"
        frame.to_csv(path, index=False, sep=";")
        return path


@pytest.fixture(autouse=True)
def _quiet_tornado():
    yield
