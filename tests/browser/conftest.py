"""Fixtures shared by the browser tests: one Chromium and one app server for all of them.

Starting a Chromium or a ``vsvkit serve`` with its preheated kernels costs seconds of CPU, so
the browser tests share them: ``browser`` and ``app_server`` live as long as the browser tests
run (package scope: set up by the first test of ``tests/browser`` that asks, torn down after
the last one; under pytest-xdist once per worker that runs browser tests).

``app_server`` serves the real notebooks as ``vsvkit serve`` does (the app notebooks, each
with a preheated kernel) on ``app_db``, a copy of the demo store. Tests that share it may
write to that store only what no other test of it reads: notes of one domain, plan actions
(the workshop and accessibility tests). A test that changes the sessions, or counts what a
session holds, or counts the server's kernels, has its own store and server (``db``: a copy
of the demo store per module).
"""

from __future__ import annotations

import shutil

import pytest

from conftest import require

from ._app import RestartableServer, launch_chromium


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


@pytest.fixture(scope="package")
def browser():
    """One Chromium for all browser tests; each test opens (and closes) its own pages."""
    require_browser()
    with launch_chromium() as b:
        yield b


@pytest.fixture(scope="module")
def db(demo_db, tmp_path_factory):
    """A copy of the demo store for this test module (its tests may write to it)."""
    copy = tmp_path_factory.mktemp("browserdb") / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="package")
def app_db(demo_db, tmp_path_factory):
    """The store of ``app_server``: a copy of the demo store (six sample sessions)."""
    copy = tmp_path_factory.mktemp("appdb") / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), copy)
    return f"sqlite:///{copy}"


@pytest.fixture(scope="package")
def app_server(app_db, tmp_path_factory):
    """``vsvkit serve`` of the real notebooks on ``app_db``, every app notebook preheated.

    A :class:`RestartableServer`: a test may restart it (the workshop's notes test does).
    """
    from vsvkit.app.voila_config import APP_NOTEBOOKS
    from vsvkit.paths import notebooks_dir

    require_browser()
    server = RestartableServer(
        notebooks_dir=notebooks_dir(),
        preheat=APP_NOTEBOOKS,
        apps=None,
        db=app_db,
        name="test-app",
        env={"VSVKIT_REPORT_DIR": str(tmp_path_factory.mktemp("reports"))},
    )
    try:
        yield server
    finally:
        server.stop()
