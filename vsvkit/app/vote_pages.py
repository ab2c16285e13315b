"""The phones' vote pages in the room: ``/stem`` (type the code) and ``/stem/<code>``.

A member scans the QR code on the projector (or types the short code at ``/stem``) and gets a
plain HTML form: a radio group ``vote`` (``1``-``4``; for a statement also ``dont_know``),
the profession when the trainer asked for it, and the ``_xsrf`` field. No account, no
script needed. One vote per phone per round, changeable while the round is open: the phone
keeps a random value in a cookie (``vsvkit-stem``), and the store keeps only the digest of
that value with the round's code, so the votes of one phone in two rounds are not linked;
closing the round counts the votes and deletes them (:mod:`vsvkit.store.polls`). The pages
run beside the questionnaire pages (same server, same guard, same rate limits), without the
trainer's login; nothing about the member is logged.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import tornado.web

from vsvkit.app.survey_pages import MemberPage, RateLimit
from vsvkit.errors import StoreError
from vsvkit.formatting import group_label
from vsvkit.i18n import t

__all__ = ["VOTE_PATH", "VOTER_COOKIE", "vote_handlers", "voter_digest"]

#: Where phones vote.
VOTE_PATH = "/stem"
#: The cookie with the phone's random value.
VOTER_COOKIE = "vsvkit-stem"
CODE_PATTERN = r"([A-Za-z0-9]{4,12})"


def voter_digest(secret: str, code: str) -> str:
    """What the store keeps of a phone in a round: a digest of its cookie and the round."""
    return hashlib.sha256(f"{secret}:{code.upper()}".encode()).hexdigest()


class VotePage(MemberPage):
    """``/stem`` and ``/stem/<code>``: the code form, the vote form and a vote (POST)."""

    PATH = VOTE_PATH

    @property
    def vote_path(self) -> str:
        return f"{self.prefix}{VOTE_PATH}"

    def _page(self, name: str, **context: Any) -> None:
        from vsvkit.survey.pages import render_page

        self.finish(render_page(name, self.lang, self.static_url_base, **context))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        if status_code == 429:
            self.finish(t("survey_too_many", self.lang))
            return
        self._message("survey_vote_closed_title", "survey_vote_closed_body")

    def _message(self, heading: str, body: str) -> None:
        lang = self.lang
        self._page("vote_message.html.j2", heading=t(heading, lang), body=t(body, lang))

    def _voter(self) -> str:
        secret = self.get_cookie(VOTER_COOKIE)
        if not secret or len(secret) > 64:
            secret = secrets.token_urlsafe(16)
            self.set_cookie(
                VOTER_COOKIE,
                secret,
                path=self.vote_path,
                expires_days=1,
                httponly=True,
                samesite="Lax",
            )
        return secret

    def _form(self, poll, *, chosen=None, profession=None, error=None, voted=None) -> None:
        from vsvkit.room.votes import round_question, round_subject, vote_options

        instrument = self.store.instrument(poll.session_id)
        options = vote_options(poll.kind, instrument, self.lang)
        question = round_question(poll, instrument, self.lang)
        subject = round_subject(poll, instrument, self.lang)
        roles = (
            [(r.code, group_label(r.code, instrument, self.lang)) for r in instrument.roles]
            if poll.by_profession
            else []
        )
        labels = dict(options)
        self._page(
            "vote.html.j2",
            action=f"{self.vote_path}/{poll.code}",
            xsrf_html=self.xsrf_form_html(),
            question=question,
            subject=subject,
            # the form shows the value beside the label: a level's label without its number
            options=[(v, label.removeprefix(f"{v} ")) for v, label in options],
            professions=roles,
            chosen=chosen,
            profession=profession,
            error=error,
            voted=labels.get(voted) if voted else None,
            vsv=self.store.session(poll.session_id).vsv,
        )

    def _open_round(self, code: str):
        poll = self.store.round_by_code(code)
        if poll is None:
            raise tornado.web.HTTPError(404)
        if not poll.is_open:
            raise tornado.web.HTTPError(410)
        return poll

    def get(self, code: str | None = None) -> None:
        if not self.pages.allow(self.request.remote_ip or ""):
            raise tornado.web.HTTPError(429)
        if code is None:
            typed = "".join(ch for ch in self.get_argument("code", "") if ch.isalnum())
            if typed:
                poll = self.store.round_by_code(typed)
                if poll is not None and poll.is_open:
                    self.redirect(f"{self.vote_path}/{poll.code}")
                    return
            self._page("vote_code.html.j2", action=self.vote_path, unknown=bool(typed))
            return
        poll = self._open_round(code)
        voted = self.store.voted(poll.id, voter_digest(self._voter(), poll.code))
        if voted == "":  # counted before the round was closed and reopened
            self._message("survey_vote_title", "survey_vote_counted_before")
            return
        self._form(poll, chosen=voted, voted=voted)

    def post(self, code: str | None = None) -> None:
        if code is None:
            raise tornado.web.HTTPError(405)
        if not self.posts.allow(self.request.remote_ip or ""):
            raise tornado.web.HTTPError(429)
        if len(self.request.body or b"") > 4_000:
            raise tornado.web.HTTPError(413)
        self.check_xsrf_cookie()
        poll = self._open_round(code)
        answer = self.get_body_argument("vote", "")
        profession = self.get_body_argument("profession", "") or None
        voter = voter_digest(self._voter(), poll.code)
        try:
            self.store.vote(poll.code, voter, answer, profession=profession)
        except StoreError as err:
            if err.key == "store_poll_closed":
                raise tornado.web.HTTPError(410) from err
            if err.key == "store_poll_counted":
                self.set_status(409)
                self._message("survey_vote_title", "survey_vote_counted_before")
                return
            key = (
                "survey_vote_profession"
                if err.key == "store_poll_profession"
                else "survey_vote_choose"
            )
            self.set_status(400)
            self._form(poll, chosen=answer, profession=profession, error=t(key, self.lang))
            return
        self._form(poll, chosen=answer, profession=profession, voted=answer)


def vote_handlers(store: Any, base_url: str = "/") -> list[tuple]:
    """The Tornado routes of the vote pages, on ``store``."""
    base = base_url.rstrip("/")
    limits = {"store": store, "pages": RateLimit(1200), "posts": RateLimit(600), "prefix": base}
    return [
        (f"{base}{VOTE_PATH}/?", VotePage, limits),
        (f"{base}{VOTE_PATH}/{CODE_PATTERN}/?", VotePage, limits),
    ]
