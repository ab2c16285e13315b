"""Benchmark: national scoring only (the scoring part of ``bench_national.py``, no import).

Run: ``.venv/bin/python benchmarks/bench_scoring.py [--sessions 1700] [--per-session 60]
[--runs 3] [--loop-sessions 25]``. Same measurements and output as ``bench_national.py
--skip-import``: full vectorised national scoring in fresh processes (wall, CPU, peak RSS, load
average) against the per-session loop of ``tests/scoring_reference.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_national import main  # noqa: E402

if __name__ == "__main__":
    sys.argv.insert(1, "--skip-import")
    main()
