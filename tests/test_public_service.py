"""The members' pages as a JupyterHub service (vsvkit.app.public_service) under a prefix.

A real Tornado server on 127.0.0.1 and a real store: the questionnaire and the vote pages answer
under ``/services/leden/`` with every link, form action and cookie path below it; nothing else
is served; a foreign Host or Origin is refused.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import tornado.testing

from vsvkit.app.public_service import public_app
from vsvkit.instrument import load_instrument
from vsvkit.store import Store

INST = load_instrument()
PREFIX = "/services/leden/"


class PublicService(tornado.testing.AsyncHTTPTestCase):
    def get_app(self):
        self.store = Store("sqlite://")
        return public_app(self.store, prefix=PREFIX, allow_hosts=["vsv.example.nl"])

    def open(self):
        return self.store.open_survey(
            vsv="VSV Proef", date="2027-01-20", instrument=INST, invited=40
        )

    def test_the_questionnaire_lives_under_the_prefix(self):
        survey = self.open()
        res = self.fetch(f"{PREFIX}vragenlijst/{survey.token}")
        html = res.body.decode()
        assert res.code == 200 and html.count("<fieldset") == len(INST.all_items)
        actions = re.findall(r'<form[^>]* action="([^"]+)"', html)
        assert actions == [f"{PREFIX}vragenlijst/{survey.token}"]
        assets = re.findall(r'(?:href|src)="(/[^"]+)"', html)
        assert assets and all(a.startswith(f"{PREFIX}vragenlijst/static/") for a in assets)
        for asset in assets:
            assert self.fetch(asset).code == 200
        # the path without the prefix is not this server's
        assert self.fetch(f"/vragenlijst/{survey.token}").code == 404

    def test_a_member_answers_without_a_login(self):
        survey = self.open()
        path = f"{PREFIX}vragenlijst/{survey.token}"
        page = self.fetch(path).body.decode()
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        fields = {i.code: "3" for i in INST.all_items} | {"profession": "VK", "_xsrf": xsrf}
        res = self.fetch(
            path,
            method="POST",
            body=urlencode(fields),
            headers={
                "Cookie": f"_xsrf={xsrf}",
                "Origin": f"http://127.0.0.1:{self.get_http_port()}",
            },
        )
        assert res.code == 200
        assert f"Path={path}" in res.headers["Set-Cookie"]
        answers = self.store.answers([survey.session_id])
        assert len(answers) == len(INST.all_items) and set(answers["value"]) == {3}

    def test_the_vote_pages_live_under_the_prefix(self):
        res = self.fetch(f"{PREFIX}stem")
        html = res.body.decode()
        assert res.code == 200
        assert re.findall(r'<form[^>]* action="([^"]+)"', html) == [f"{PREFIX}stem"]

    def test_foreign_host_and_origin_are_refused(self):
        survey = self.open()
        path = f"{PREFIX}vragenlijst/{survey.token}"
        assert self.fetch(path, headers={"Host": "vsv.example.nl"}).code == 200
        assert self.fetch(path, headers={"Host": "evil.example"}).code == 403
        post = self.fetch(
            path, method="POST", body="x=1", headers={"Origin": "http://evil.example"}
        )
        assert post.code == 403

    def test_nothing_else_is_served(self):
        for path in ("/", PREFIX, f"{PREFIX}zaal/1", f"{PREFIX}voila/render/workshop.ipynb"):
            assert self.fetch(path).code == 404, path
