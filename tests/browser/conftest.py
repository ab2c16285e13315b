"""Fixtures shared by the browser tests: a Chromium, and a private copy of the demo store."""

from __future__ import annotations

import shutil

import pytest
from conftest import require

from ._app import launch_chromium


def have_browser() -> bool:
    """Whether a Chromium and the Playwright package are there."""
    try:
        import playwright  # noqa: F401

        from vsvkit.report.browser import find_browser

        find_browser()
    except Exception:
        return False
    return True


def require_browser() -> None:
    require(have_browser(), "Chromium and playwright are needed for browser tests")


@pytest.fixture(scope="module")
def browser():
    require_browser()
    with launch_chromium() as b:
        yield b


@pytest.fixture(scope="module")
def db(demo_db, tmp_path_factory):
    """A copy of the demo store for this test module (its tests may write to it)."""
    copy = tmp_path_factory.mktemp("browserdb") / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"
