"""What several benchmarks share: a fresh demo store and a percentile of timings.

A benchmark is run as a script (``python benchmarks/bench_x.py``), so its folder is on the
path and ``from _common import demo_db, percentile`` finds this module.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def demo_db(prefix: str = "vsvkit-bench-") -> str:
    """A fresh SQLite store with the six sample sessions, in a temporary folder: its URL."""
    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    path = Path(tempfile.mkdtemp(prefix=prefix)) / "demo.sqlite"
    store = Store(str(path))
    load_demo(store)
    store.close()
    return f"sqlite:///{path}"


def percentile(values: list[float], q: float) -> float:
    """The value at quantile ``q`` of ``values`` (nearest rank: one of the measured values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]
