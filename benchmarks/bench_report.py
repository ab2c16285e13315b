"""Report speed, side by side in one run (same machine, same load).

0. the real report of sample session 2 (Voorbeeldstad follow-up, a demo store in a temporary
   folder), end to end as a user waits for it: ``vsvkit report 2`` (a new process: Python,
   imports, kernel, export) and ``render_report`` called in a fresh process (what the app's
   export button runs), each against the baseline, papermill CLI + ``jupyter nbconvert --to
   html`` of a one-cell notebook; ``--rounds`` rounds, baseline and report alternating
   (target: at most 1.5x);
1. one HTML report (render_report) of the small test notebook vs the same baseline;
2. one PDF report (render_report, formats=("pdf",));
3. a batch of N (default 20) HTML reports (render_reports, 2 workers) vs a naive loop of
   papermill CLI + ``jupyter nbconvert --to html`` per session (target: at least 4x faster).

4. with ``--real``: the real report notebook on the sample sessions (a demo store in a
   temporary folder): one HTML report, one PDF, and all sample sessions as a batch against
   the naive loop of papermill CLI + ``jupyter nbconvert`` on the same notebook.

Usage: python benchmarks/bench_report.py [--n 20] [--notebook PATH] [--real] [--workers 2]
       python benchmarks/bench_report.py --one [--rounds 3]    (only 0.)
The default notebook is tests/data/report_simple.ipynb (parameters as the real report).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from vsvkit.report import render_report, render_reports

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _cli(notebook: Path, out_dir: Path, params: dict) -> None:
    executed = out_dir / (notebook.stem + "-out.ipynb")
    cmd = [
        str(BIN / "papermill"),
        "--no-progress-bar",
        "-k",
        "python3",
        str(notebook),
        str(executed),
    ]
    for key, value in params.items():
        cmd += ["-p", key, str(value)]
    subprocess.run(cmd, check=True, capture_output=True, cwd=notebook.parent)
    subprocess.run(
        [str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed)],
        check=True,
        capture_output=True,
    )


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


_IN_PROCESS = """
import sys, time
from vsvkit.report import render_report
start = time.perf_counter()
render_report(2, db_url=sys.argv[1], out_dir=sys.argv[2])
print(time.perf_counter() - start)
"""


def _one_report(tmp: Path, one_cell: Path, rounds: int) -> None:
    """(0) the real report of sample session 2 against the baseline, alternating."""
    import os
    import statistics

    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    store = Store(str(tmp / "demo.sqlite"))
    load_demo(store)
    store.close()
    url = f"sqlite:///{tmp / 'demo.sqlite'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    times: dict[str, list[float]] = {"baseline": [], "cli": [], "call": []}
    for k in range(rounds):
        times["baseline"].append(_timed(lambda: _cli(one_cell, tmp, {})))
        out = tmp / f"cli-{k}"
        command = [sys.executable, "-m", "vsvkit", "report", "2", "--db", url, "-o", str(out)]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times["cli"].append(time.perf_counter() - start)
        done = subprocess.run(
            [sys.executable, "-c", _IN_PROCESS, url, str(tmp / f"call-{k}")],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        )
        times["call"].append(float(done.stdout.strip().splitlines()[-1]))
    base = statistics.median(times["baseline"])
    print(f"(0) real report, sample session 2, {rounds} rounds (median; each round)")
    for key, label in (
        ("baseline", "papermill CLI + nbconvert CLI, one-cell notebook"),
        ("cli", "vsvkit report 2 (new process, end to end)"),
        ("call", "render_report(2) in a fresh process"),
    ):
        each = " ".join(f"{t:.2f}" for t in times[key])
        ratio = "" if key == "baseline" else f"  ratio {statistics.median(times[key]) / base:.2f}"
        print(f"    {label:50s} {statistics.median(times[key]):6.2f} s  [{each}]{ratio}")
    print("    target: ratio <= 1.5")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", action="store_true", help="only (0): the real report")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of (0)")
    parser.add_argument("--n", type=int, default=20, help="reports in the batch")
    parser.add_argument("--notebook", type=Path, default=ROOT / "tests/data/report_simple.ipynb")
    parser.add_argument("--real", action="store_true", help="also time the real report")
    parser.add_argument("--workers", type=int, default=2, help="batch worker processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        one_cell = tmp / "one_cell.ipynb"
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nb.cells = [nbformat.v4.new_code_cell("print('hello')")]
        nbformat.write(nb, one_cell)

        _one_report(tmp, one_cell, args.rounds)
        if args.one:
            return

        base = _timed(lambda: _cli(one_cell, tmp, {}))
        one = _timed(lambda: render_report(1, notebook=args.notebook, out_dir=tmp / "one"))
        print(f"(1) one HTML report            {one:6.2f} s")
        print(f"    papermill+nbconvert CLI,   {base:6.2f} s  (one-cell notebook)")
        print(f"    ratio report / baseline    {one / base:6.2f}  (target <= 1.5)")

        pdf = _timed(
            lambda: render_report(1, notebook=args.notebook, out_dir=tmp / "pdf", formats=("pdf",))
        )
        print(f"(2) one PDF report             {pdf:6.2f} s")

        ids = list(range(1, args.n + 1))
        batch = _timed(
            lambda: render_reports(
                ids,
                notebook=args.notebook,
                out_dir=tmp / "batch",
                progress=False,
                workers=args.workers,
            )
        )
        naive_dir = tmp / "naive"
        naive_dir.mkdir()

        def naive():
            for sid in ids:
                _cli(args.notebook, naive_dir, {"session_id": sid})

        loop = _timed(naive)
        print(
            f"(3) batch of {args.n} HTML reports   {batch:6.2f} s  "
            f"({args.workers} workers, kept kernels)"
        )
        print(f"    naive loop papermill+nbc.  {loop:6.2f} s")
        print(f"    speed-up                   {loop / batch:6.2f}x (target >= 4)")
        if args.real:
            _real(tmp, args.workers)


def _real(tmp: Path, workers: int) -> None:
    """The real report notebook on the sample sessions."""
    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    store = Store(str(tmp / "demo.sqlite"))
    ids = load_demo(store)
    store.close()
    url = f"sqlite:///{tmp / 'demo.sqlite'}"
    one = _timed(lambda: render_report(ids[1], db_url=url, out_dir=tmp / "real"))
    pdf = _timed(lambda: render_report(ids[1], db_url=url, out_dir=tmp / "real", formats=("pdf",)))
    batch = _timed(
        lambda: render_reports(
            ids, db_url=url, out_dir=tmp / "real-batch", progress=False, workers=workers
        )
    )
    print(f"(4) real report, one HTML      {one:6.2f} s  (sample session {ids[1]})")
    print(f"    real report, one PDF       {pdf:6.2f} s")
    print(
        f"    real reports, batch of {len(ids)}   {batch:6.2f} s  ({batch / len(ids):.2f} s each)"
    )
    notebook = ROOT / "notebooks" / "report.ipynb"
    naive_dir = tmp / "real-naive"
    naive_dir.mkdir()

    def naive_real() -> None:
        for sid in ids:
            _cli(notebook, naive_dir, {"session_id": sid, "db_url": url})

    naive = _timed(naive_real)
    print(f"    naive loop papermill+nbc.  {naive:6.2f} s  (same {len(ids)} sessions)")
    print(f"    speed-up                   {naive / batch:6.2f}x (target >= 4)")


if __name__ == "__main__":
    main()
