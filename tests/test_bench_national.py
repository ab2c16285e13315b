"""The issue-2 benchmark script runs end to end on a small national set and checks itself."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_national.py"


def _found(pattern: str, out: str) -> str:
    """The first group of ``pattern`` in the benchmark's output (which must hold it)."""
    match = re.search(pattern, out)
    assert match is not None, out
    return match.group(1)


@pytest.mark.slow
def test_bench_national_small_run():
    out = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--sessions",
            "12",
            "--per-session",
            "15",
            "--rows",
            "40",
            "--runs",
            "1",
            "--loop-sessions",
            "4",
        ],  # fmt: skip
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    # import of the same 40 respondents from XLSX and from CSV: 40 x 36 answer rows each
    imports = re.findall(r"import (XLSX|CSV) .*?\(([\d.]+) MB, 40 respondents, 1,440 answer", out)
    assert [fmt for fmt, _ in imports] == ["XLSX", "CSV"], out
    # 12 sessions x 15 = 180 respondents x 36 items; 12 x 6 session-domain rows
    assert "12 sessions x 15 = 180 respondents, 6,480 answer rows" in out, out
    assert "72 session x domain rows" in out, out
    wall = float(_found(r"full national scoring .*?best ([\d.]+) s wall", out))
    assert wall >= 0  # a figure was printed (time is the benchmark's business, not a test's)
    peak = float(_found(r"peak memory .*?: (\d+) MB;", out))
    assert 50 < peak < 1536
    # the vectorised figures equal the per-session loop's on the sessions the loop ran on
    loop = re.search(
        r"measured on 4 sessions .*?: same groups and gaps, max \|difference\| (\S+)", out
    )
    assert loop is not None, out
    assert float(loop.group(1)) < 1e-9
    assert re.search(r"speed-up vectorised vs loop: [\d,]+x", out)
