"""Fixtures for the doctests in vsvkit/ (``--doctest-modules``); tests/ has its own conftest."""

from __future__ import annotations

import matplotlib
import pytest

matplotlib.use("Agg")


@pytest.fixture(autouse=True)
def _close_doctest_figures():
    """The examples draw figures on the sample data; none outlives its docstring."""
    yield
    import matplotlib.pyplot as plt

    plt.close("all")
