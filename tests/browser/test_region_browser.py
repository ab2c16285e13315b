"""The region comparison page served by ``vsvkit serve``, in a real Chromium, on the sample VSVs."""

from __future__ import annotations

import pytest

from vsvkit.paths import notebooks_dir

from ._app import ARTIFACTS, launch_chromium, load_app, outside_requests, running_server
from .conftest import require_browser

# the Image widget itself carries the class (vsvkit.widgets.figures.chart)
CHART = ".vsvkit-region img.vsvkit-chart"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_region_page_renders_for_the_sample_vsvs(demo_db):
    require_browser()
    ARTIFACTS.mkdir(exist_ok=True)
    with (
        running_server(
            notebooks_dir=notebooks_dir(),
            preheat=("regio_analyse.ipynb",),
            db=demo_db,
            name="test-region",
        ) as server,
        launch_chromium() as browser,
    ):
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
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
