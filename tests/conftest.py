"""Shared test fixtures."""

from __future__ import annotations

import os

import matplotlib
import pytest

matplotlib.use("Agg")


#: Test modules under this folder run in one pytest-xdist worker together (see below).
BROWSER_TESTS = "tests/browser/"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` (``./dev test``), with all browser tests as one unit of work.

    pytest-xdist sends each test module to one worker, so what a module fixture builds for all
    its tests (reports rendered, a server started) is built once; the modules of tests/browser
    go to one worker together, so they share one Chromium and one app server
    (tests/browser/conftest.py). ``--dist loadgroup`` with ``xdist_group`` marks would say the
    same, but pytest-xdist 3.8 ignores the marks under pytest 9.2 (pytest-xdist issue 1386).
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserTestsTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith(BROWSER_TESTS):
                return BROWSER_TESTS
            return super()._split_scope(nodeid)

    return BrowserTestsTogether(config, log)


from tests._roles import fake_hub  # noqa: E402, F401  (a fixture for every test module)

# Run inside a JupyterHub user's server (a terminal there), every store would be opened for
# that user (vsvkit.store.identity): the tests are not a user of the hub.
for _name in ("JUPYTERHUB_API_TOKEN", "JUPYTERHUB_API_URL", "JUPYTERHUB_USER"):
    os.environ.pop(_name, None)


@pytest.fixture(autouse=True, scope="session")
def _private_chart_cache(tmp_path_factory):
    """Tests never read or fill the user's chart cache: notebooks run in kernels read
    VSVKIT_CACHE_DIR, apps built in a test use the (patched) user cache folder by default."""
    import platformdirs

    folder = tmp_path_factory.mktemp("cache")
    os.environ["VSVKIT_CACHE_DIR"] = str(folder)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(folder))
        yield


def require(condition: bool, reason: str) -> None:
    """Skip a test when ``condition`` is false, but fail instead in CI.

    CI sets VSVKIT_REQUIRE_ALL_TESTS=1 so that browser and PostgreSQL tests run, not skip.
    """
    if condition:
        return
    if os.environ.get("VSVKIT_REQUIRE_ALL_TESTS"):
        pytest.fail(f"required in CI but unavailable: {reason}")
    pytest.skip(reason)


@pytest.fixture
def instrument():
    from vsvkit.sample import sample_instrument

    return sample_instrument()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """URL of a SQLite store holding all bundled sample sessions (built once per test run)."""
    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = Store(str(path))
    load_demo(store)
    store.close()  # checkpoints the WAL, so a file copy holds everything
    return f"sqlite:///{path}"


@pytest.fixture
def demo_store(demo_db, tmp_path):
    """A private copy of the demo store (tests may write notes into it)."""
    import shutil

    from vsvkit.store import Store

    source = demo_db.removeprefix("sqlite:///")
    copy = tmp_path / "store.sqlite"
    shutil.copy(source, copy)
    return Store(str(copy))
