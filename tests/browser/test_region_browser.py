"""The region comparison page served by ``vsvkit serve``, in a real Chromium, on the sample VSVs."""

from __future__ import annotations

import pytest

from ._app import ARTIFACTS, leave, load_app, outside_requests

# the Image widget itself carries the class (vsvkit.widgets.figures.chart)
CHART = ".vsvkit-region img.vsvkit-chart"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def page(browser):
    pg = browser.new_page(viewport={"width": 1280, "height": 1600})
    yield pg
    leave(pg)
    pg.close()


def test_region_page_renders_for_the_sample_vsvs(page, app_server):
    """On the browser tests' shared server (conftest): the demo store, the page preheated."""
    ARTIFACTS.mkdir(exist_ok=True)
    server = app_server
    result = load_app(page, server.url("regio_analyse.ipynb"), timeout=60, selector=CHART)
    page.screenshot(path=str(ARTIFACTS / "region-page.png"), full_page=True)
    assert result.ok, result.error + server.log()[-2000:]
    page.wait_for_selector(".vsvkit-region .vsvkit-table", state="visible", timeout=30000)
    text = page.locator(".vsvkit-region").inner_text()
    assert "Vergelijking tussen VSV's" in text
    assert "VSV Denkbeeldig Delta" in text
    # heatmap and percentile chart
    assert page.locator(CHART).count() == 2
    # the others are not named until chosen by name
    assert "VSV Voorbeeldstad" not in page.locator(".vsvkit-body").inner_text()
    # the notebook's own analysis (cells tagged skip-execution) is not part of the page
    assert "Regioanalyse" not in page.locator("body").inner_text()
    assert page.locator("table").count() == page.locator(".vsvkit-region table").count()
    assert not outside_requests(result.requests)
