"""The served app in a real Chromium: branding, local-only requests, VSVKIT_DB, filter,
hidden tracebacks, and repeated loads under CPU load (the render hang)."""

from __future__ import annotations

import shutil
import statistics
from pathlib import Path

import nbformat
import pytest

from ._app import (
    APP_SELECTOR,
    ARTIFACTS,
    TEST_NOTEBOOKS,
    change_filter,
    cpu_burners,
    load_app,
    outside_requests,
    running_server,
)
from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def notebooks(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("notebooks")
    shutil.copy(TEST_NOTEBOOKS / "app_demo.ipynb", folder / "app_demo.ipynb")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nb.cells = [
        nbformat.v4.new_code_cell("print('voor de fout')"),
        nbformat.v4.new_code_cell("raise ValueError('GEHEIM-DETAIL-123')"),
    ]
    nbformat.write(nb, folder / "broken.ipynb")
    return folder


@pytest.fixture(scope="module")
def server(notebooks):
    require_browser()
    with running_server(
        notebooks_dir=notebooks, db="sqlite:////tmp/vsvkit-browser-test.db", name="test-serve"
    ) as s:
        yield s


def test_app_page_is_branded_local_only_and_gets_db(browser, server):
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    result = load_app(page, server.url("app_demo.ipynb"))
    page.screenshot(path=str(ARTIFACTS / "serve-app.png"))
    assert result.ok, result.error
    assert page.locator(APP_SELECTOR).count() == 1
    assert page.locator(".vsvkit-header").inner_text().startswith("VSV-integratiemeter")
    # loading state gone once rendered
    assert page.locator("#loading").count() == 0
    # every request (pages, scripts, styles, fonts, websockets) stays on this machine
    assert len(result.requests) > 5
    assert outside_requests(result.requests) == []
    assert page.locator(".vsvkit-db").inner_text() == "sqlite:////tmp/vsvkit-browser-test.db"
    # the filter redraws the chart
    seconds = change_filter(page)
    assert seconds < 10
    assert outside_requests(result.requests) == []
    page.close()


def test_loading_text_is_dutch(browser, server):
    page = browser.new_page()
    page.goto(server.url("app_demo.ipynb"), wait_until="commit")
    # the loading element is in the first bytes of the page, before any cell runs
    page.wait_for_selector("#loading_text", state="attached", timeout=10_000)
    text = page.locator("#loading_text").inner_text()
    page.screenshot(path=str(ARTIFACTS / "serve-loading.png"))
    page.close()
    assert text.startswith("De workshop wordt geladen…")


def test_tracebacks_are_not_shown(browser, server):
    page = browser.new_page()
    page.goto(server.url("broken.ipynb"), wait_until="commit")
    page.wait_for_selector("#rendered_cells", state="visible", timeout=30_000)
    html = page.content()
    page.screenshot(path=str(ARTIFACTS / "serve-broken.png"))
    page.close()
    assert "voor de fout" in html  # the cell before the error ran
    assert "GEHEIM-DETAIL-123" not in html
    assert "Traceback" not in html


def test_loads_under_cpu_load_all_complete(browser, notebooks):
    """10 loads in a row beside two CPU burners; every render completes (the hang fix).

    ``benchmarks/bench_app.py hang`` runs the full 50-load version.
    """
    times = []
    with running_server(notebooks_dir=notebooks, preheat=(), name="test-hang") as s:  # noqa: SIM117
        with cpu_burners(2):
            for i in range(10):
                page = browser.new_page()
                result = load_app(page, s.url("app_demo.ipynb"), timeout=45)
                if not result.ok:
                    page.screenshot(path=str(ARTIFACTS / f"serve-hang-{i}.png"))
                page.close()
                assert result.ok, f"load {i} did not render: {result.error}"
                times.append(result.seconds)
    assert len(times) == 10
    assert max(times) < 45
    print(
        f"10 loads under CPU load: median {statistics.median(times):.2f} s, max {max(times):.2f} s"
    )
