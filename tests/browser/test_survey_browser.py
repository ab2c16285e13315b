"""The questionnaire pages in a real Chromium at a phone's size (390 x 844).

The pages of :mod:`vsvkit.survey` are served by a tiny HTTP server on 127.0.0.1 in this module
(the form, its static files, a POST that runs :func:`vsvkit.survey.parse_submission` and
answers with the thanks page or the form with its errors), standing in for the server's
handlers. Checked: answers kept in local storage survive a reload and are forgotten after
sending; the progress per domain and in the bar; the form without JavaScript; the keyboard;
axe-core's WCAG 2.1 A/AA rules; touch targets and no sideways scrolling. Screenshots go to
``test-artifacts/survey/``.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from vsvkit.errors import IntakeError
from vsvkit.instrument import find_instrument
from vsvkit.survey import pages, parse_submission

from ._app import ARTIFACTS
from ._axe import assert_clean, require_axe, violations

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ACTION = "/vragenlijst/q7Kx2"
STATIC = "/vragenlijst/static/"
PHONE = {"width": 390, "height": 844}
SHOTS = ARTIFACTS / "survey"
INST = find_instrument("2026.3")
CODES = [i.code for i in INST.all_items]
#: the first 19 questions (CLI, COO, ORG and the first of SUP), answered 1, 2, 3, 4, weet niet...
REMARK = "De overdracht 's nachts kan beter."
HALF = {code: ("1", "2", "3", "4", "dont_know")[k % 5] for k, code in enumerate(CODES[:19])}


class _Handler(BaseHTTPRequestHandler):
    received: list = []

    def log_message(self, *args):  # quiet
        pass

    def _send(self, body: str | bytes, ctype: str = "text/html; charset=utf-8") -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlsplit(self.path)
        lang = parse_qs(url.query).get("lang", ["nl"])[0]
        if url.path.startswith(STATIC):
            name = url.path.removeprefix(STATIC)
            if name not in pages.STATIC_FILES:
                self.send_error(404)
                return
            kind = "text/css" if name.endswith(".css") else "text/javascript"
            self._send((pages.static_folder() / name).read_bytes(), f"{kind}; charset=utf-8")
        elif url.path == ACTION:
            self._send(self._form(lang))
        elif url.path == "/already":
            self._send(pages.render_already(lang=lang, static_url=STATIC, storage="x"))
        else:
            self._send(pages.render_closed(lang=lang, static_url=STATIC))

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        fields = parse_qs(body, keep_blank_values=True)
        lang = fields.get("lang", ["nl"])[0]
        try:
            responses = parse_submission(fields, INST, lang=lang)
        except IntakeError as err:
            self._send(self._form(lang, values=fields, errors=err.problems))
            return
        self.received.append(responses)
        key = pages.storage_key(ACTION)
        self._send(pages.render_thanks(lang=lang, static_url=STATIC, storage=key, title="VSV"))

    @staticmethod
    def _form(lang, **kw):
        xsrf = '<input type="hidden" name="_xsrf" value="2|test|token|1">'
        return pages.render_form(
            INST, lang=lang, k=5, action=ACTION, xsrf_html=xsrf, static_url=STATIC,
            vsv="VSV Noord-Veluwe", **kw,
        )  # fmt: skip


@pytest.fixture(scope="module")
def site():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Handler.received = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    yield context
    context.close()


def _answer(page, answers: dict[str, str]) -> None:
    for code, value in answers.items():
        page.click(f"label[for=f-{code}-{value}]")


def _checked(page) -> dict[str, str]:
    return page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('input[type=radio]:checked')]"
        ".map(el => [el.name, el.value]))"
    )


def _progress(page) -> tuple[str, list[str]]:
    bar = page.inner_text("#progress .progress-text")
    domains = page.eval_on_selector_all(".domain-progress", "els => els.map(e => e.textContent)")
    return bar, domains


def test_answers_survive_a_reload_and_are_forgotten_after_sending(site, phone):
    page = phone.new_page()
    page.goto(site + ACTION)
    none = ["0 van 6 beantwoord"] * 4 + ["0 van 7 beantwoord"] * 2
    assert _progress(page) == ("0 van 38 beantwoord", none)
    _answer(page, HALF)
    page.select_option("#f-profession", "KV")
    page.fill("#f-remark_COO", REMARK)
    expected = ("19 van 38 beantwoord", [
        "6 van 6 beantwoord", "6 van 6 beantwoord", "6 van 6 beantwoord", "1 van 6 beantwoord",
        "0 van 7 beantwoord", "0 van 7 beantwoord",
    ])  # fmt: skip
    assert _progress(page) == expected

    page.reload()
    assert _checked(page) == HALF
    assert page.input_value("#f-profession") == "KV"
    assert page.input_value("#f-remark_COO") == REMARK
    assert _progress(page) == expected
    # a new tab after the connection dropped: the same answers
    again = phone.new_page()
    again.goto(site + ACTION + "?lang=en")
    assert _checked(again) == HALF and again.input_value("#f-profession") == "KV"
    assert _progress(again)[0] == "19 of 38 answered"
    stored = again.evaluate("k => JSON.parse(localStorage.getItem(k))", pages.storage_key(ACTION))
    assert stored == {"v": 1, "fields": {**HALF, "profession": "KV", "remark_COO": REMARK}}
    again.close()

    before = len(_Handler.received)
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Bedankt!')")
    assert page.evaluate("k => localStorage.getItem(k)", pages.storage_key(ACTION)) is None
    (responses,) = _Handler.received[before:]
    sent = parse_submission({**HALF, "profession": "KV", "remark_COO": REMARK}, INST)
    assert responses.answers.equals(sent.answers) and responses.remarks.equals(sent.remarks)
    assert responses.remarks.values.tolist() == [["COO", REMARK]]
    assert responses.respondents.to_dict("records") == [
        {"respondent": 1, "profession": "KV", "echelon": "tweede_lijn"}
    ]
    page.goto(site + ACTION)
    assert _checked(page) == {} and page.input_value("#f-profession") == ""


def test_the_form_works_without_javascript(site, browser):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site + ACTION)
        assert page.is_hidden("#progress")
        _answer(page, {"CLI6": "4", "REF5": "dont_know"})
        page.click("button[type=submit]")  # no profession: the form again, answers kept
        assert page.inner_text("#error-summary h2") == "Controleer uw antwoorden"
        message = " ".join(page.text_content("#err-profession").split())
        assert message.startswith("Fout: Kies uw beroep")
        assert _checked(page) == {"CLI6": "4", "REF5": "dont_know"}
        page.click("#error-summary a[href='#f-profession']")
        assert page.evaluate("() => location.hash") == "#f-profession"
        before = len(_Handler.received)
        page.select_option("#f-profession", "HA")
        page.click("button[type=submit]")
        page.wait_for_selector("h1:has-text('Bedankt!')")
        (responses,) = _Handler.received[before:]
        answers = responses.answers.set_index("item")
        assert answers.loc["CLI6", "value"] == 4.0 and answers.loc["REF5", "dont_know"]
        assert answers["value"].notna().sum() == 1
    finally:
        context.close()


def test_keyboard_moves_through_the_answers(site, phone):
    page = phone.new_page()
    page.goto(site + ACTION)
    page.focus("#f-profession")
    page.keyboard.press("Tab")  # from the profession to the first question
    assert page.evaluate("() => document.activeElement.name") == "CLI6"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert _checked(page) == {"CLI6": "3"}
    outline = page.evaluate(
        "() => getComputedStyle(document.querySelector('label[for=f-CLI6-3]')).outlineStyle"
    )
    assert outline == "solid"  # the focus is visible on the label of the focused radio
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "CLI2"
    # the focused question is scrolled into view, not under the sticky progress bar
    page.wait_for_function(
        "() => { const r = document.querySelector('label[for=f-CLI2-1]')"
        ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"
    )
    bar = page.eval_on_selector("#progress", "el => el.getBoundingClientRect()")
    top = page.eval_on_selector("label[for=f-CLI2-1]", "el => el.getBoundingClientRect().top")
    assert bar["top"] == 0 and top >= bar["bottom"]


def test_touch_targets_and_no_sideways_scrolling(site, phone):
    page = phone.new_page()
    for url in (ACTION, ACTION + "?lang=en"):
        page.goto(site + url)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
        sizes = page.eval_on_selector_all(
            ".scale-option, select, textarea, button, .lang-switch",
            "els => els.map(e => { const r = e.getBoundingClientRect();"
            " return [e.className || e.tagName, r.width, r.height]; })",
        )
        assert len(sizes) == 38 * 5 + 1 + 6 + 1 + 1
        small = [s for s in sizes if s[1] < 44 or s[2] < 44]
        assert not small, small[:5]
        # the four answers of a question in two rows of two, "weet niet" across below them
        boxes = page.eval_on_selector_all(
            "#q-CLI6 .scale-option",
            "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top]; })",
        )
        assert boxes[0][1] == boxes[1][1] < boxes[2][1] == boxes[3][1] < boxes[4][1]
        assert boxes[0][0] == boxes[2][0] == boxes[4][0] < boxes[1][0] == boxes[3][0]
        # no text cut off: every label's text fits its box
        overflow = page.eval_on_selector_all(
            ".scale-option, .lang-switch, .send-button",
            "els => els.filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)",
        )
        assert overflow == []


def test_screenshots_at_phone_size(site, phone):
    """Written for a person to look at (test-artifacts/survey/): the first screen, the whole
    page, a domain with answers and the form with errors."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = phone.new_page()
    page.goto(site + ACTION)
    page.evaluate("() => localStorage.clear()")
    page.reload()
    page.screenshot(path=SHOTS / "form-390-first.png")
    page.screenshot(path=SHOTS / "form-390-full.png", full_page=True)
    _answer(page, {"CLI6": "3", "CLI2": "dont_know"})
    page.focus("#f-CLI7-2")
    page.eval_on_selector("#q-CLI6", "el => el.scrollIntoView()")
    page.evaluate("() => window.scrollBy(0, -90)")
    page.screenshot(path=SHOTS / "domain-390.png")
    page.click("button[type=submit]")
    page.wait_for_selector("#error-summary")
    page.screenshot(path=SHOTS / "errors-390-first.png")
    page.goto(site + "/closed")
    page.screenshot(path=SHOTS / "closed-390.png")
    for name in ("form-390-first", "form-390-full", "domain-390", "errors-390-first", "closed-390"):
        assert (SHOTS / f"{name}.png").stat().st_size > 5000
    page.evaluate("() => localStorage.clear()")


def test_axe_finds_no_serious_violation(site, phone):
    require_axe()
    page = phone.new_page()
    found = {}
    for name, url in (("form nl", ACTION), ("form en", ACTION + "?lang=en"),
                      ("closed", "/closed"), ("already", "/already?lang=en")):  # fmt: skip
        page.goto(site + url)
        found[name] = violations(page)
    page.goto(site + ACTION)
    _answer(page, {"CLI6": "2"})
    page.click("button[type=submit]")
    page.wait_for_selector("#error-summary")
    found["errors"] = violations(page)
    page.select_option("#f-profession", "OV")
    page.click("button[type=submit]")
    page.wait_for_selector("h1:has-text('Bedankt!')")
    found["thanks"] = violations(page)
    assert_clean(found)
