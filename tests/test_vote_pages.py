"""The phones' vote pages over HTTP: a real Tornado server on 127.0.0.1, a real store.

Each phone is a cookie jar; each vote is posted as the page's form would post it (the
``_xsrf`` cookie and field); what the store counts is checked after every step.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
import tornado.testing
import tornado.web

from vsvkit.app.vote_pages import VOTER_COOKIE, vote_handlers
from vsvkit.sessions import load_demo
from vsvkit.store import Store


class Phone:
    """One phone: its cookies."""

    def __init__(self):
        self.cookies: dict[str, str] = {}

    def header(self) -> dict[str, str]:
        return {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}

    def keep(self, res) -> None:
        for raw in res.headers.get_list("Set-Cookie"):
            name, _, rest = raw.partition("=")
            self.cookies[name] = rest.split(";")[0]


class VoteServer(tornado.testing.AsyncHTTPTestCase):
    def get_app(self):
        self.store = Store("sqlite://")
        load_demo(self.store)
        self.sid = int(self.store.sessions().sort_values("id")["id"].iloc[0])
        return tornado.web.Application(vote_handlers(self.store))

    def page(self, phone: Phone, path: str):
        res = self.fetch(path, headers=phone.header(), follow_redirects=False)
        phone.keep(res)
        return res

    def vote(self, phone: Phone, poll, answer: str | None, **extra):
        res = self.page(phone, poll.path)
        found = re.search(r'name="_xsrf" value="([^"]+)"', res.body.decode())
        xsrf = found.group(1) if found else phone.cookies["_xsrf"]  # a closed round: no form
        phone.cookies.setdefault("_xsrf", xsrf)
        fields = {"_xsrf": xsrf, **({"vote": answer} if answer is not None else {}), **extra}
        res = self.fetch(
            poll.path,
            method="POST",
            body=urlencode(fields),
            headers=phone.header(),
            follow_redirects=False,
        )
        phone.keep(res)
        return res

    def test_a_domain_round_asks_for_a_level_with_a_plain_form(self):
        poll = self.store.open_round(self.sid, kind="domain", target="CLI")
        phone = Phone()
        res = self.page(phone, poll.path)
        page = res.body.decode()
        assert res.code == 200 and '<form method="post"' in page
        assert re.findall(r'name="vote" value="([^"]+)"', page) == ["1", "2", "3", "4"]
        assert 'name="_xsrf"' in page and VOTER_COOKIE in phone.cookies
        assert "<script" not in page.split("</head>")[1]  # nothing needs the page's script
        item = self.store.open_round(self.sid, kind="item", target="CLI1")
        values = re.findall(
            r'name="vote" value="([^"]+)"', self.page(Phone(), item.path).body.decode()
        )
        assert values == ["1", "2", "3", "4", "dont_know"]

    def test_one_vote_per_phone_changeable_while_open(self):
        poll = self.store.open_round(self.sid, kind="domain", target="COO")
        a, b = Phone(), Phone()
        assert self.vote(a, poll, "2").code == 200
        assert self.vote(a, poll, "3").code == 200  # changed, not a second vote
        assert self.vote(b, poll, "3").code == 200
        assert self.store.round_counts(poll.id)["all"] == {"3": 2}
        again = self.page(a, poll.path).body.decode()
        assert 'value="3" checked' in again  # the phone sees its vote
        self.store.close_round(poll.id)
        assert self.vote(a, poll, "1").code == 410  # closed: nothing changes
        assert self.store.round_counts(poll.id)["all"] == {"3": 2}
        with self.store.reading() as conn:  # of a voter only the digest is kept, no answer
            rows = conn.exec_driver_sql("SELECT answer, profession FROM poll_votes").all()
        assert [tuple(r) for r in rows] == [(None, None), (None, None)]
        # reopened: a new phone adds its vote, a phone counted before cannot vote again
        self.store.reopen_round(poll.id)
        assert "al geteld" in self.page(a, poll.path).body.decode()
        assert self.vote(a, poll, "1").code == 409
        assert self.vote(Phone(), poll, "1").code == 200
        assert self.store.round_counts(poll.id)["all"] == {"3": 2, "1": 1}
        # deleted: the round and what was kept of its voters are gone
        self.store.delete_round(poll.id)
        assert self.page(Phone(), poll.path).code == 404
        with self.store.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM poll_votes").scalar() == 0

    def test_a_vote_without_the_xsrf_value_or_with_a_bad_answer_is_refused(self):
        poll = self.store.open_round(self.sid, kind="domain", target="ORG")
        phone = Phone()
        self.page(phone, poll.path)
        res = self.fetch(poll.path, method="POST", body="vote=2", headers=phone.header())
        assert res.code == 403
        for bad in ("5", "dont_know", "", None):
            res = self.vote(phone, poll, bad)
            assert res.code == 400 and "Kies een antwoord" in res.body.decode()
        assert self.store.vote_count(poll.id) == 0

    def test_the_profession_when_the_trainer_asks_for_it(self):
        poll = self.store.open_round(self.sid, kind="domain", target="SUP", by_profession=True)
        phone = Phone()
        assert self.vote(phone, poll, "2").code == 400  # no profession
        assert self.vote(phone, poll, "2", profession="VK").code == 200
        assert self.store.round_counts(poll.id)["profession"] == {"VK": {"2": 1}}

    def test_the_code_page_leads_to_the_round(self):
        poll = self.store.open_round(self.sid, kind="overview")
        res = self.page(Phone(), f"/stem?code={poll.code.lower()}")
        assert res.code == 302 and res.headers["Location"] == poll.path
        res = self.page(Phone(), "/stem?code=ZZZZZ")
        assert res.code == 200 and "kennen we niet" in res.body.decode()
        assert self.page(Phone(), "/stem/QQQQQ").code == 404
        en = self.page(Phone(), f"{poll.path}?lang=en").body.decode()
        assert 'lang="en"' in en and "Voting in the room" in en


@pytest.mark.parametrize("code", ["../x", "AB", "A" * 13])
def test_strange_codes_do_not_match(code):
    import re as _re

    pattern = vote_handlers(Store("sqlite://"))[1][0]
    assert _re.fullmatch(pattern, f"/stem/{code}") is None
