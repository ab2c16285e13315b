"""The follow-up plan in the served app, in a real Chromium: accept a suggestion, edit it,
reload, it is still there; the CSV and XLSX downloads hold what the screen showed.

Its own server and store: the test counts the actions of the newest session, which the
accessibility test (on the shared server) adds to."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from vsvkit.paths import notebooks_dir

from ._app import APP_SELECTOR, ARTIFACTS, running_server
from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NEW_WHAT = "Gezamenlijk intakeformulier in alle praktijken – test ë"
DUE = "2026-07-01"


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    require_browser()
    reports = tmp_path_factory.mktemp("reports")
    with running_server(
        notebooks_dir=notebooks_dir(),
        preheat=("workshop.ipynb",),
        db=db,
        name="test-plan",
        env={"VSVKIT_REPORT_DIR": str(reports)},
    ) as s:
        yield s


def _open_plan(page, server):
    page.goto(server.url("workshop.ipynb"), wait_until="commit", timeout=60_000)
    page.wait_for_selector(APP_SELECTOR, state="visible", timeout=60_000)
    page.select_option(".vsvkit-page-picker select", label="Vervolgplan")
    page.wait_for_selector(".vsvkit-plan", state="visible", timeout=30_000)


def _wait_store(db, predicate, timeout=15.0):
    from vsvkit.store import Store

    store = Store(db)
    try:
        deadline = time.monotonic() + timeout
        while True:
            sid = int(store.sessions().sort_values(["date", "id"]).iloc[-1]["id"])
            frame = store.actions(sid)
            if predicate(frame) or time.monotonic() > deadline:
                return frame
            time.sleep(0.2)
    finally:
        store.close()


def _screen_rows(page) -> dict:
    def values(css):
        return page.eval_on_selector_all(css, "els => els.map(e => e.value)")

    return {
        "domain": page.eval_on_selector_all(
            ".vsvkit-plan-domain select", "els => els.map(e => e.options[e.selectedIndex].text)"
        ),
        "what": values(".vsvkit-plan-what input"),
        "who": values(".vsvkit-plan-who input"),
        "due": values(".vsvkit-plan-due input"),
        "measure": values(".vsvkit-plan-measure textarea"),
        "status": page.eval_on_selector_all(
            ".vsvkit-plan-status select", "els => els.map(e => e.options[e.selectedIndex].text)"
        ),
    }


@pytest.fixture
def page(browser):
    pg = browser.new_page(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    yield pg
    pg.close()


def test_accept_edit_reload_and_export(page, server, db, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    _open_plan(page, server)
    n_suggestions = page.locator("button.vsvkit-plan-accept").count()
    assert n_suggestions == 3
    suggestion_text = page.locator(".vsvkit-plan-suggestion").first.inner_text()
    page.locator("button.vsvkit-plan-accept").first.click()
    page.wait_for_selector(".vsvkit-plan-what input", timeout=15_000)
    assert page.locator("button.vsvkit-plan-accept").count() == n_suggestions - 1
    accepted_what = page.locator(".vsvkit-plan-what input").first.input_value()
    assert accepted_what in suggestion_text

    page.locator(".vsvkit-plan-what input").first.fill(NEW_WHAT)
    page.locator(".vsvkit-plan-who input").first.fill("Eva (VK)")
    page.locator(".vsvkit-plan-due input").first.fill(DUE)
    page.locator(".vsvkit-plan-due input").first.dispatch_event("change")
    stored = _wait_store(
        db, lambda f: len(f) == 1 and f["what"].iloc[0] == NEW_WHAT and f["due"].iloc[0] is not None
    )
    assert stored["what"].tolist() == [NEW_WHAT]
    assert stored["who"].tolist() == ["Eva (VK)"]
    assert str(stored["due"].iloc[0]) == DUE

    page.reload(wait_until="commit")
    page.wait_for_selector(APP_SELECTOR, state="visible", timeout=60_000)
    page.select_option(".vsvkit-page-picker select", label="Vervolgplan")
    page.wait_for_selector(".vsvkit-plan-what input", timeout=30_000)
    screen = _screen_rows(page)
    assert screen["what"] == [NEW_WHAT]
    assert screen["who"] == ["Eva (VK)"]
    assert screen["due"] == [DUE]
    assert page.locator("button.vsvkit-plan-accept").count() == n_suggestions - 1
    page.screenshot(path=str(ARTIFACTS / "plan-page.png"), full_page=True)

    files = {}
    for fmt in ("csv", "xlsx"):
        page.locator(f"button.vsvkit-plan-export-{fmt}").click()
        link = page.locator(f"a.vsvkit-plan-download[download$='.{fmt}']")
        link.wait_for(timeout=30_000)
        with page.expect_download() as info:
            link.click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        files[fmt] = target

    csv = pd.read_csv(files["csv"], sep=";", encoding="utf-8-sig", keep_default_na=False, dtype=str)
    xlsx = pd.read_excel(files["xlsx"], dtype=str, keep_default_na=False, engine="openpyxl")
    for table in (csv, xlsx):
        assert table["Wat"].tolist() == screen["what"]
        assert table["Domein"].tolist() == screen["domain"]
        assert table["Wie (trekker)"].tolist() == screen["who"]
        assert table["Hoe weten we dat het werkt"].tolist() == screen["measure"]
        assert table["Status"].tolist() == screen["status"]
    assert csv["Klaar op"].tolist() == screen["due"]
    assert [v[:10] for v in xlsx["Klaar op"]] == screen["due"]
