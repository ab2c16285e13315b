"""The questionnaire pages on the server: Tornado handlers, no kernel per member.

``GET /vragenlijst/<token>`` shows the questionnaire of an open session
(:func:`vsvkit.survey.render_form`), ``POST`` checks a submission by the rules of an import
(:func:`vsvkit.survey.parse_submission`) and stores it as one anonymous respondent
(:meth:`vsvkit.store.Store.submit`); the page's CSS and script are served from
``/vragenlijst/static/``. The same handlers run in ``vsvkit serve`` (added to Voilà's
application, behind its Host/Origin guard) and as a jupyter_server extension
(:mod:`vsvkit.app.survey_extension`).

What a member's visit leaves behind: the answers, and a cookie on the member's own device that
says this questionnaire was answered there (a fixed value, not personal). No IP address, no
user agent and no time is stored; the request log names neither the address nor the token.
A closed, past or unknown questionnaire answers with a friendly page (HTTP 404 or 410), a
refused submission with the form again, every answer kept and each problem beside its
question. Requests are counted per address in memory only, to stop a script from flooding
the store.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict, deque
from typing import Any

import tornado.web

from vsvkit.errors import IntakeError, Problem, StoreError
from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t

__all__ = [
    "MemberPage",
    "SURVEY_PATH",
    "STATIC_PATH",
    "RateLimit",
    "survey_handlers",
    "done_cookie",
]

log = logging.getLogger(__name__)

#: Where the questionnaires live on the server.
SURVEY_PATH = "/vragenlijst"
#: Where their CSS and script are served.
STATIC_PATH = f"{SURVEY_PATH}/static/"
#: A submission larger than this is refused before it is read (a full form is ~3 KB).
MAX_BODY_BYTES = 200_000
#: A token: the URL-safe characters of :func:`vsvkit.store.surveys.new_token`.
TOKEN_PATTERN = r"([A-Za-z0-9_-]{10,64})"


class RateLimit:
    """At most ``limit`` requests per ``window`` seconds from one address (memory only).

    A venue's Wi-Fi puts a whole room behind one address, so the limits are set for a room,
    not for one phone: they stop a script, not a meeting.
    """

    def __init__(self, limit: int, window: float = 60.0):
        self.limit, self.window = int(limit), float(window)
        self.seen: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, address: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        hits = self.seen[address]
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        if len(self.seen) > 10_000:  # forget quiet addresses; never grow without bound
            for key in [k for k, v in self.seen.items() if not v]:
                del self.seen[key]
        return True


def done_cookie(token: str) -> str:
    """The name of the cookie that marks a questionnaire as answered on this device."""
    return f"vsvkit-beantwoord-{token[:12]}"


class MemberPage(tornado.web.RequestHandler):
    """What every page for members has (the questionnaire's, the phones' vote pages): the
    store and rate limits it is given, its base URL, headers that keep it to itself, its
    language, and an access log line with no address and no token or code."""

    #: The pages' path below the base URL (the access log names only this).
    PATH = ""

    def initialize(self, store: Any, pages: RateLimit, posts: RateLimit, prefix: str = "") -> None:
        self.store, self.pages, self.posts = store, pages, posts
        #: the server's base URL without its last slash ("" at the root): every link,
        #: form action and cookie path of the page starts with it
        self.prefix = prefix

    @property
    def static_url_base(self) -> str:
        return f"{self.prefix}{STATIC_PATH}"

    def _request_summary(self) -> str:  # tornado's access log: no address, no token
        return f"{self.request.method} {self.PATH}/..."

    def set_default_headers(self) -> None:
        self.set_header("Cache-Control", "no-store")
        self.set_header("Referrer-Policy", "same-origin")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.set_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        )

    @property
    def lang(self) -> Lang:
        raw = self.get_argument("lang", DEFAULT_LANG)
        try:
            return check_language(raw)
        except ValueError:
            return DEFAULT_LANG


class SurveyPage(MemberPage):
    """One questionnaire: the form (GET) and a member's submission (POST)."""

    PATH = SURVEY_PATH

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        from vsvkit.survey import render_closed

        if status_code == 429:
            self.finish(t("survey_too_many", self.lang))
            return
        self.finish(render_closed(lang=self.lang, static_url=self.static_url_base))

    # -- the pages --------------------------------------------------------------------------
    def _open_survey(self, token: str):
        survey = self.store.survey_by_token(token)
        if survey is None:
            raise tornado.web.HTTPError(404)
        if not survey.is_open():
            raise tornado.web.HTTPError(410)
        return survey

    def _form(self, survey, token: str, **extra: Any) -> str:
        from vsvkit.survey import render_form, storage_key

        session = self.store.session(survey.session_id)
        instrument = self.store.instrument(survey.session_id)
        action = f"{self.prefix}{SURVEY_PATH}/{token}"
        return render_form(
            instrument,
            lang=self.lang,
            k=instrument.effective_min_group_size(session.min_group_size),
            action=action,
            xsrf_html=self.xsrf_form_html(),
            static_url=self.static_url_base,
            vsv=session.vsv,
            code=self.get_argument("code", None),
            storage=storage_key(action),
            **extra,
        )

    def _answered_here(self, survey, token: str) -> bool:
        return not survey.uses_codes and self.get_cookie(done_cookie(token)) is not None

    def _already(self, survey, token: str) -> None:
        from vsvkit.survey import render_already, storage_key

        session = self.store.session(survey.session_id)
        self.finish(
            render_already(
                lang=self.lang,
                static_url=self.static_url_base,
                storage=storage_key(f"{self.prefix}{SURVEY_PATH}/{token}"),
                vsv=session.vsv,
            )
        )

    def get(self, token: str) -> None:
        if not self.pages.allow(self.request.remote_ip or ""):
            raise tornado.web.HTTPError(429)
        survey = self._open_survey(token)
        if self._answered_here(survey, token):
            self._already(survey, token)
            return
        self.finish(self._form(survey, token))

    def post(self, token: str) -> None:
        from vsvkit.survey import parse_submission, render_thanks, storage_key
        from vsvkit.survey.codes import code_digest

        if not self.posts.allow(self.request.remote_ip or ""):
            raise tornado.web.HTTPError(429)
        if len(self.request.body or b"") > MAX_BODY_BYTES:
            raise tornado.web.HTTPError(413)
        self.check_xsrf_cookie()
        survey = self._open_survey(token)
        if self._answered_here(survey, token):
            self._already(survey, token)
            return
        fields = {
            name: [v.decode("utf-8", "replace") for v in values]
            for name, values in self.request.body_arguments.items()
        }
        instrument = self.store.instrument(survey.session_id)
        code = self.get_body_argument("code", None)
        try:
            responses = parse_submission(fields, instrument, lang=self.lang)
            digest = code_digest(code) if code else None
            self.store.submit(token, responses, code_digest=digest)
        except IntakeError as err:
            self.set_status(400)
            self.finish(self._form(survey, token, values=fields, errors=err.problems))
            return
        except StoreError as err:
            if err.key != "store_survey_code":
                raise
            problem = Problem("vragenlijst", None, "code", code, err.message(self.lang))
            self.set_status(400)
            self.finish(self._form(survey, token, values=fields, errors=[problem]))
            return
        if not survey.uses_codes:
            self.set_cookie(
                done_cookie(token),
                "1",
                path=f"{self.prefix}{SURVEY_PATH}/{token}",
                expires_days=365,
                httponly=True,
                samesite="Lax",
            )
        session = self.store.session(survey.session_id)
        self.finish(
            render_thanks(
                lang=self.lang,
                static_url=self.static_url_base,
                storage=storage_key(f"{self.prefix}{SURVEY_PATH}/{token}"),
                vsv=session.vsv,
            )
        )


class SurveyStatic(tornado.web.StaticFileHandler):
    """The questionnaire pages' CSS and script; the log names no address."""

    def _request_summary(self) -> str:
        return f"{self.request.method} {STATIC_PATH}..."


def survey_handlers(store: Any, base_url: str = "/") -> list[tuple]:
    """The Tornado routes of the questionnaire pages, reading and writing ``store``."""
    from vsvkit.survey import static_folder

    base = base_url.rstrip("/")
    limits = {"pages": RateLimit(600), "posts": RateLimit(240)}
    page = {"store": store, "prefix": base, **limits}
    return [
        (f"{base}{STATIC_PATH}(.*)", SurveyStatic, {"path": str(static_folder())}),
        (f"{base}{SURVEY_PATH}/{TOKEN_PATTERN}/?", SurveyPage, page),
    ]
