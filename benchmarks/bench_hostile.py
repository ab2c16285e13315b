"""The hostile-file corpus through the CLI, one process per file, with its counts.

    PYTHONPATH=. .venv/bin/python benchmarks/bench_hostile.py [--sample] [--seed 9]

Each file of tests/data/hostile.py is imported with
``python -m vsvkit import FILE --vsv X --date 2026-01-01 --db sqlite:///...`` into a fresh
store. Counted: accepted (exit 0), refused (exit 2 with a problem table), tracebacks (any
"Traceback" on stderr, or another exit code), partial imports (a refused file that left a
session or an answer in the store), wrong accepts (an accepted file whose stored answers
differ, respondent by respondent, from tests/data/hostile.independent_answers, or that the
judge says must be refused or cannot read), the slowest file and the largest peak memory
(maximum resident set of the import process and its child, if any).
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.data.hostile import Unreadable, corpus, independent_answers  # noqa: E402


def stored(db: Path) -> tuple[int, dict]:
    """Sessions + 1000 x respondents in the store, and {(respondent, item): (value,
    dont_know)} of its answers."""
    if not db.exists():
        return 0, {}
    con = sqlite3.connect(db)
    try:
        tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
        if "sessions" not in tables:
            return 0, {}
        n = con.execute("select count(*) from sessions").fetchone()[0]
        rows = con.execute(
            "select r.number, a.item, a.value, a.dont_know from answers a "
            "join respondents r on a.respondent_id = r.id"
        ).fetchall()
        n += con.execute("select count(*) from respondents").fetchone()[0] * 1000
    finally:
        con.close()
    return n, {(r[0], r[1]): (None if r[2] is None else float(r[2]), bool(r[3])) for r in rows}


def same(got: dict, want: dict) -> bool:
    if got.keys() != want.keys():
        return False
    for k, (v, dk) in want.items():
        gv, gdk = got[k]
        if dk != gdk or (v is None) != (gv is None or (isinstance(gv, float) and math.isnan(gv))):
            return False
        if v is not None and gv != v:
            return False
    return True


def run(case, workdir: Path) -> dict:
    path = workdir / case.name
    path.write_bytes(case.data)
    db = workdir / f"{case.name}.db"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [
            "/usr/bin/time",
            "-f",
            "peak_kb=%M",
            sys.executable,
            "-m",
            "vsvkit.cli",
            "import",
            str(path),
            "--vsv",
            "X",
            "--date",
            "2026-01-01",
            "--db",
            f"sqlite:///{db}",
        ],  # fmt: skip
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    text = err.decode("utf-8", "replace")
    text, _, peak_line = text.rstrip().rpartition("\n") if "peak_kb=" in text else (text, "", "")
    peak = int(peak_line.split("=")[1]) if peak_line.startswith("peak_kb=") else 0
    result = {"name": case.name, "kind": case.kind, "seconds": seconds, "peak_kb": peak}
    n_sessions, answers = stored(db)
    if "Traceback" in text or "Command terminated" in text or proc.returncode not in (0, 2):
        result["outcome"] = "traceback"
        result["detail"] = text[-400:]
    elif proc.returncode == 2:
        result["outcome"] = "partial" if n_sessions or answers else "refused"
    else:
        try:
            want = independent_answers(case.data)
        except Unreadable as why:
            want, result["detail"] = None, f"judge cannot read: {why}"
        ok = n_sessions == 1 + 1000 * len({k[0] for k in answers}) and want is not None
        ok = ok and same(answers, want)
        result["outcome"] = "accepted" if ok else "wrong"
    path.unlink()
    for f in workdir.glob(f"{case.name}.db*"):
        f.unlink()
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", action="store_true", help="the ~45 files of the test suite")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    cases = corpus(args.seed, size="sample" if args.sample else "full")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, case in enumerate(cases):
            r = run(case, Path(tmp))
            results.append(r)
            if r["outcome"] in ("traceback", "partial", "wrong"):
                print(f"  {r['outcome']}: {r['name']} {r.get('detail', '')}", flush=True)
            if k % 50 == 0:
                print(f"  {k}/{len(cases)}", flush=True)
    count = {o: sum(r["outcome"] == o for r in results) for o in
             ("accepted", "refused", "traceback", "partial", "wrong")}  # fmt: skip
    slow = sorted(results, key=lambda r: -r["seconds"])[:5]
    peak = sorted(results, key=lambda r: -r["peak_kb"])[:5]
    print(f"files: {len(results)}")
    for o, n in count.items():
        print(f"{o}: {n}")
    print("slowest: " + ", ".join(f"{r['seconds']:.2f} s ({r['name']})" for r in slow))
    print(
        "peak memory (the import process and its child): "
        + ", ".join(f"{r['peak_kb'] / 1024:.0f} MB ({r['name']})" for r in peak)
    )
    over = [r["name"] for r in results if r["seconds"] > 10]
    print(f"over 10 s: {len(over)} {over[:5]}")


if __name__ == "__main__":
    main()
