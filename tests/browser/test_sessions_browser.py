"""Session management on the app's start page, in a real browser: rename, and delete only
after the confirmation.

Its own server and store: renaming and deleting sessions would change what the tests on the
shared server (conftest) see."""

from __future__ import annotations

import time
from contextlib import suppress

import pytest

from vsvkit.paths import notebooks_dir

from ._app import APP_SELECTOR, ARTIFACTS, CHART_IMG, start_server
from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOK = "workshop.ipynb"


@pytest.fixture(scope="module")
def server(db, tmp_path_factory):
    require_browser()
    srv = start_server(
        notebooks_dir=notebooks_dir(),
        preheat=(NOTEBOOK,),
        db=db,
        name="test-sessions",
        env={"VSVKIT_REPORT_DIR": str(tmp_path_factory.mktemp("reports"))},
    )
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    yield context.new_page()
    context.close()


def _sessions(db: str) -> dict[int, str]:
    from vsvkit.store import Store

    with Store(db) as store:
        frame = store.sessions()
    return dict(zip(frame["id"].astype(int), frame["vsv"]))


def _options(page, css: str) -> list[str]:
    return [
        s.replace("\xa0", " ")
        for s in page.eval_on_selector_all(f"{css} select option", "els => els.map(e => e.text)")
    ]


def _open_start_page(page, server) -> None:
    page.goto(server.url(NOTEBOOK), wait_until="commit", timeout=60_000)
    page.wait_for_selector(APP_SELECTOR, state="visible", timeout=60_000)
    page.wait_for_selector(CHART_IMG, state="visible", timeout=60_000)
    options = _options(page, ".vsvkit-page-picker")
    page.select_option(".vsvkit-page-picker select", index=options.index("Sessie importeren"))
    page.wait_for_selector(".vsvkit-manage", state="visible", timeout=30_000)


def _pick(page, vsv: str) -> int:
    options = _options(page, ".vsvkit-manage-session")
    index = next(i for i, label in enumerate(options) if f": {vsv} –" in label)
    page.select_option(".vsvkit-manage-session select", index=index)
    page.wait_for_function(
        "v => document.querySelector('.vsvkit-manage-vsv input').value === v",
        arg=vsv,
        timeout=10_000,
    )
    return int(options[index].split(":", 1)[0])


def _wait_session_listed(page, vsv: str, listed: bool) -> None:
    """Give the app's session picker time to follow a change: the kernel shows its result
    message first and refreshes the picker just after (the assertions say what they found)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with suppress(PlaywrightTimeout):
        page.wait_for_function(
            "([sel, vsv, listed]) => [...document.querySelectorAll(sel)]"
            ".some(o => o.text.replace(/\\u00a0/g, ' ').includes(vsv)) === listed",
            arg=[".vsvkit-session select option", vsv, listed],
            timeout=30_000,
        )


def test_rename_and_delete_with_confirmation(page, server, db):
    before = _sessions(db)
    _open_start_page(page, server)

    sid = _pick(page, "VSV Proefpolder")
    field = page.locator(".vsvkit-manage-vsv input")
    field.fill("VSV Proefpolder Oost")
    field.dispatch_event("change")
    time.sleep(0.5)  # let the value reach the kernel
    page.locator("button.vsvkit-manage-save").click()
    page.wait_for_selector(".vsvkit-manage-result .vsvkit-ok", timeout=30_000)
    assert f"Sessie {sid} is nu: VSV Proefpolder Oost" in page.inner_text(".vsvkit-manage-result")
    assert _sessions(db)[sid] == "VSV Proefpolder Oost"
    _wait_session_listed(page, "VSV Proefpolder Oost", True)
    assert any("VSV Proefpolder Oost" in o for o in _options(page, ".vsvkit-session"))

    victim = _pick(page, "VSV Fictiefwaard")
    page.locator("button.vsvkit-manage-delete").click()
    question = page.locator(".vsvkit-manage-confirm")
    question.wait_for(state="visible", timeout=30_000)
    assert f"Sessie {victim} (VSV Fictiefwaard" in question.inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sessions-confirm-delete.png"), full_page=True)
    assert victim in _sessions(db)  # asking deleted nothing
    page.locator("button.vsvkit-manage-no").click()
    question.wait_for(state="hidden", timeout=30_000)
    assert victim in _sessions(db)

    page.locator("button.vsvkit-manage-delete").click()
    question.wait_for(state="visible", timeout=30_000)
    page.locator("button.vsvkit-manage-yes").click()
    page.wait_for_function(
        "() => document.querySelector('.vsvkit-manage-result').textContent"
        ".includes('is verwijderd')",
        timeout=30_000,
    )
    after = _sessions(db)
    assert victim not in after and len(after) == len(before) - 1
    _wait_session_listed(page, "VSV Fictiefwaard", False)
    assert not any("VSV Fictiefwaard" in o for o in _options(page, ".vsvkit-session"))
