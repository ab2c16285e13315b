"""Every page passes axe-core's WCAG 2.1 A/AA rules without a serious or critical violation.

axe-core (npm, pinned in tests/browser/package.json; ``npm ci`` in tests/browser, which
``./dev test`` and ``.ci/run`` do) is injected into each page of a real Chromium: the
workshop app's views in Dutch and English, the region page, the landing page, a 404 page
and a session report rendered as HTML by the CLI and opened from file. The browser tests' shared
server and browser (conftest) serve the whole module.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys

import pytest

from ._app import APP_SELECTOR, CHART_IMG, REPO, change_dropdown_filter, leave, stop_presenting
from ._axe import assert_clean, require_axe, violations

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WORKSHOP = "workshop.ipynb"
REGION = "regio_analyse.ipynb"


@pytest.fixture(scope="module")
def axe_script() -> str:
    return require_axe()


@pytest.fixture(scope="module")
def server(app_server):
    """The shared app server (conftest); the plan views add actions to its store."""
    return app_server


@pytest.fixture(scope="module")
def db(app_db):
    """The shared app server's store."""
    return app_db


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, bypass_csp=True)
    pg = context.new_page()
    yield pg
    leave(pg)
    context.close()


def _assert_page_language(page, lang: str) -> None:
    """The page's ``lang`` attribute is the language on screen (WCAG 3.1.1)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # wait a moment for the template to follow the app; the assertion says what it found
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function("l => document.documentElement.lang === l", arg=lang, timeout=10_000)
    assert page.evaluate("() => document.documentElement.lang") == lang


# -- the workshop app ---------------------------------------------------------------------
def _options(page, css: str) -> list[str]:
    texts = page.eval_on_selector_all(f"{css} select option", "els => els.map(e => e.text)")
    return [s.replace("\xa0", " ") for s in texts]


def _goto_page(page, label: str) -> None:
    page.select_option(
        ".vsvkit-page-picker select", index=_options(page, ".vsvkit-page-picker").index(label)
    )
    page.wait_for_function(
        "t => document.querySelector('.vsvkit-page-title')?.textContent === t",
        arg=label,
        timeout=30_000,
    )
    # the old page stays dimmed (its text at 40% contrast) until the new one is drawn
    page.wait_for_selector(".vsvkit-body:not(.vsvkit-busy)", state="attached", timeout=30_000)


def _open_workshop(page, server, lang: str) -> None:
    page.goto(server.url(WORKSHOP), wait_until="commit", timeout=60_000)
    page.wait_for_selector(APP_SELECTOR, state="visible", timeout=60_000)
    page.wait_for_selector(CHART_IMG, state="visible", timeout=60_000)
    if lang == "en":
        page.locator(".vsvkit-lang button", has_text="EN").click()
        page.wait_for_function(
            "() => document.querySelector('.vsvkit-page-title')?.textContent === 'Overview'",
            timeout=30_000,
        )
        page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_workshop_views(page, server, db, axe_script, lang):
    """Overview, a domain, the discussion points, the plan with an action, the comparison,
    the report and import pages, the overview filtered to one group, and the presenter view
    (the room view and more steps of the presenter view: test_room_browser.py)."""
    from vsvkit.i18n import t
    from vsvkit.sample import sample_instrument

    _open_workshop(page, server, lang)
    _assert_page_language(page, lang)
    found = {"overview": violations(page)}
    _goto_page(page, sample_instrument().domain("COO").name(lang))
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    found["domain"] = violations(page)
    _goto_page(page, t("page_discussion", lang))
    found["discussion"] = violations(page)
    _goto_page(page, t("page_plan", lang))
    rows = page.locator(".vsvkit-plan-row").count()
    page.locator("button.vsvkit-plan-add").click()
    page.wait_for_function(
        "n => document.querySelectorAll('.vsvkit-plan-row').length > n", arg=rows, timeout=30_000
    )
    found["plan"] = violations(page)
    _goto_page(page, t("page_change", lang))
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    found["comparison"] = violations(page)
    _goto_page(page, t("page_report", lang))
    found["report"] = violations(page)
    # the import page has no page heading of its own: wait for the import panel
    labels = _options(page, ".vsvkit-page-picker")
    page.select_option(".vsvkit-page-picker select", index=labels.index(t("page_start", lang)))
    page.wait_for_selector("button.vsvkit-upload", state="visible", timeout=30_000)
    found["import"] = violations(page)
    _goto_page(page, t("page_overview", lang))
    page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    change_dropdown_filter(page, _options(page, ".vsvkit-filter")[1])
    found["overview, one group"] = violations(page)
    page.locator(".vsvkit-presenter-toggle").click()
    try:
        page.wait_for_selector(".vsvkit-preview-frame", state="visible", timeout=30_000)
        found["presenter view"] = violations(page)
        page.locator(".vsvkit-presenter-toggle").click()  # back to the app's pages
        page.wait_for_selector(CHART_IMG, state="visible", timeout=30_000)
    finally:
        stop_presenting(db)  # the shared store's app opens in its pages for the next test
    assert_clean({f"{lang} {view}": v for view, v in found.items()})


# -- the other pages ----------------------------------------------------------------------
def test_region_page(page, server, axe_script):
    page.goto(server.url(REGION), wait_until="commit", timeout=60_000)
    page.wait_for_selector(".vsvkit-region img.vsvkit-chart", state="visible", timeout=90_000)
    page.wait_for_selector(".vsvkit-region .vsvkit-table", state="visible", timeout=30_000)
    _assert_page_language(page, "nl")
    assert_clean({"region": violations(page)})


def test_landing_page(page, server, axe_script):
    page.goto(f"{server.base}/")
    page.wait_for_selector(".vsvkit-landing a")
    assert_clean({"landing": violations(page)})


def test_not_found_page(page, server, axe_script):
    response = page.goto(f"{server.base}/voila/render/bestaat-niet.ipynb")
    assert response.status == 404
    assert_clean({"404": violations(page)})


def test_html_report(page, db, axe_script, tmp_path):
    from vsvkit.store import Store

    store = Store(db)
    try:
        sessions = store.sessions()
        # a follow-up: its report has every section, the comparison with the baseline too
        session_id = int(sessions[sessions["wave"] == "follow-up"]["id"].iloc[0])
    finally:
        store.close()
    cmd = [sys.executable, "-m", "vsvkit", "--db", db, "report", str(session_id)]
    cmd += ["--format", "html", "-o", str(tmp_path)]
    subprocess.run(cmd, check=True, cwd=REPO, capture_output=True, timeout=300)
    (report,) = tmp_path.glob("*.html")
    page.goto(report.as_uri())
    page.wait_for_selector("img")
    assert_clean({"report": violations(page)})
