"""Shared test fixtures."""

from __future__ import annotations

import os

import matplotlib
import pytest

matplotlib.use("Agg")


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
    from vsvkit.instrument import load_instrument

    return load_instrument()


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
