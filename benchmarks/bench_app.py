"""Benchmark the served workshop app in a real Chromium.

Three measurements::

    python benchmarks/bench_app.py compare [--notebook PATH] [--db URL] [--loads N]
    python benchmarks/bench_app.py hang [--notebook PATH] [--loads 50] [--stock] [--no-preheat]
    python benchmarks/bench_app.py lifecycle [--loads 100] [--baseline REF] [--baseline-loads 30]

``compare`` (the issue's requirement), side by side in one run:

(a) time from opening the URL to the first chart visible, and
(b) time from changing the filter to the updated charts,

for our served app (``vsvkit serve``: vsvkit template, preheated kernel, reply-wait fix)
versus a bare notebook (one ipywidgets slider, one seaborn chart) served by stock
``voila`` without preheating. Prints medians over N loads and the ratio; the targets are
time-to-first-chart(ours, preheated) <= 0.6 x time-to-first-chart(bare, stock) and a
median filter change under 300 ms.

``--notebook`` is the app notebook, by default the real workshop app
``notebooks/workshop.ipynb`` on the demo store (``--db``, default a fresh store with the
six sample sessions): its filter is the profession Dropdown (``--group``, the first
option starting with that text, default "beroepsgroep: gynaecoloog"), and (b) ends when
every chart of the overview is a new, loaded image. Any other notebook (e.g. the test
notebook ``tests/data/notebooks/app_demo.ipynb``) needs a ``.vsvkit-chart`` image and a
``.vsvkit-filter`` slider, moved one step.

``hang`` loads the app page N times in a row with two CPU-burning processes beside it
and counts the renders that complete (chart image visible within ``--timeout`` s), with
the max render time. ``--stock`` makes the server render with jupyter_client's stock kernel
client (VSVKIT_STOCK_KERNEL_CLIENT=1, read by the command line: vsvkit.app.settings) instead
of vsvkit's polling one, so the same server can be compared with and without the fix.

``lifecycle`` opens the workshop app N times in a row and leaves each page (navigating away
fires the page's ``beforeunload``, as closing a tab does, and with it Voilà's kernel shutdown
request), and prints the number of kernel processes and the memory of the server (RSS of the
server process and all its kernel children) at the start (pool ready) and at the end. The
target: kernels <= preheated pool + open pages (0 open at the end), memory back within 10 %
of the start. With ``--baseline REF`` (default ``main``) the same is measured, in the same run,
for the code of that git ref (``git archive`` into a temporary folder, served on another port;
``--baseline-loads`` loads, fewer by default: before the fix every load leaves a kernel of
~150 MiB behind).

Between loads (``compare``) the page is closed and the next load waits until the
preheated pool is refilled and its kernel has executed the notebook (the server logs
``vsvkit.app.serve.PREHEAT_READY_MESSAGE``, see vsvkit.app.kernel_manager), so every "ours"
load measures a preheated start.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from _common import demo_db  # noqa: E402
from browser._app import (  # noqa: E402
    ARTIFACTS,
    FILTER_SELECT,
    TEST_NOTEBOOKS,
    change_dropdown_filter,
    change_filter,
    cpu_burners,
    launch_chromium,
    load_app,
    running_server,
)

BARE_NOTEBOOK = TEST_NOTEBOOKS / "app_demo.ipynb"
WORKSHOP_NOTEBOOK = REPO / "notebooks" / "workshop.ipynb"
DEFAULT_GROUP = "beroepsgroep: gynaecoloog"


def _change(page, group: str) -> float:
    """Change the page's filter: the app's Dropdown when it has one, else the slider."""
    if page.locator(FILTER_SELECT).count():
        return change_dropdown_filter(page, group)
    return change_filter(page)


def _folder_with(notebook: Path) -> Path:
    """A temporary folder holding only ``notebook`` (so preheating targets just it)."""
    folder = Path(tempfile.mkdtemp(prefix="vsvkit-bench-"))
    shutil.copy(notebook, folder / notebook.name)
    return folder


def _wait_pool_refilled(server, notebook: str, count: int, timeout: float = 60) -> None:
    """Wait until a preheated kernel of ``notebook`` has executed the notebook ``count`` times.

    Voilà's "Kernel pool of X is filled" only means the kernel process started; the notebook
    can still be executing for seconds, and a page opened then waits for it (that measured
    the notebook's execution, not a preheated start). ``vsvkit.app.serve`` logs
    ``PREHEAT_READY_MESSAGE`` when the pool kernel has run the whole notebook.
    """
    from vsvkit.app.serve import PREHEAT_READY_MESSAGE

    deadline = time.monotonic() + timeout
    needle = PREHEAT_READY_MESSAGE.split("%s")[0]
    while time.monotonic() < deadline:
        log = server.log()
        if (
            sum(line.rstrip().endswith(notebook) for line in log.splitlines() if needle in line)
            >= count
        ):
            return
        time.sleep(0.1)
    raise TimeoutError(f"pool of {notebook} not ready ({count}) in {timeout}s")


def _run_loads(
    browser, server, notebook: str, loads: int, *, preheated: bool, group: str = DEFAULT_GROUP
) -> dict:
    first, update = [], []
    for i in range(loads):
        if preheated:
            _wait_pool_refilled(server, notebook, i + 1)
        else:
            time.sleep(1.0)  # let the previous kernel shut down
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        result = load_app(page, server.url(notebook))
        if not result.ok:
            page.screenshot(path=str(ARTIFACTS / f"bench-fail-{notebook}-{i}.png"))
            page.close()
            raise RuntimeError(f"load {i} of {notebook} failed: {result.error}")
        first.append(result.seconds)
        update.append(_change(page, group))
        page.close()
    return {"first": first, "update": update}


def compare(args) -> int:
    notebook = Path(args.notebook).resolve()
    ours_dir = _folder_with(notebook)
    bare_dir = _folder_with(BARE_NOTEBOOK)
    db = args.db or demo_db("vsvkit-bench-db-")
    with launch_chromium() as browser:
        with running_server(
            notebooks_dir=ours_dir, preheat=(notebook.name,), db=db, name="bench-ours"
        ) as server:
            ours = _run_loads(
                browser, server, notebook.name, args.loads, preheated=True, group=args.group
            )
        with running_server(
            notebooks_dir=bare_dir, preheat=(), stock=True, name="bench-bare"
        ) as server:
            bare = _run_loads(browser, server, BARE_NOTEBOOK.name, args.loads, preheated=False)
    med = {k: {m: statistics.median(v[m]) for m in v} for k, v in (("ours", ours), ("bare", bare))}
    ratio = med["ours"]["first"] / med["bare"]["first"]
    print(f"loads per side: {args.loads}   (app notebook: {notebook}; db: {db})")
    print(f"{'':32}{'ours (preheated)':>18}{'bare stock voila':>18}")
    print(
        f"{'(a) open URL -> first chart, s':32}"
        f"{med['ours']['first']:>18.2f}{med['bare']['first']:>18.2f}"
    )
    print(
        f"{'(b) filter -> updated chart, s':32}"
        f"{med['ours']['update']:>18.2f}{med['bare']['update']:>18.2f}"
    )
    print(
        f"ratio first chart ours/bare: {ratio:.2f}  (target <= 0.60: "
        f"{'met' if ratio <= 0.6 else 'NOT met'})"
    )
    upd = med["ours"]["update"] * 1000
    print(
        f"filter change ours: median {upd:.0f} ms  (target < 300 ms: "
        f"{'met' if upd < 300 else 'NOT met'})"
    )
    for side, data in (("ours", ours), ("bare", bare)):
        for m in ("first", "update"):
            print(f"all ({'a' if m == 'first' else 'b'}) {side}:", [round(x, 2) for x in data[m]])
    return 0


def hang(args) -> int:
    notebook = Path(args.notebook).resolve()
    folder = _folder_with(notebook)
    preheat = () if args.no_preheat else (notebook.name,)
    env = {"VSVKIT_STOCK_KERNEL_CLIENT": "1"} if args.stock else {}
    label = "stock kernel client" if args.stock else "polling kernel client (vsvkit)"
    times, failures = [], []
    with (
        launch_chromium() as browser,
        running_server(
            notebooks_dir=folder,
            preheat=preheat,
            env=env,
            db=args.db or demo_db("vsvkit-bench-db-"),
            name="bench-hang",
        ) as server,
    ):
        with cpu_burners(args.burners):
            for i in range(args.loads):
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                result = load_app(page, server.url(notebook.name), timeout=args.timeout)
                if result.ok:
                    times.append(result.seconds)
                else:
                    failures.append(i)
                    page.screenshot(path=str(ARTIFACTS / f"hang-{i}.png"))
                print(
                    f"load {i + 1:>3}: {'ok ' if result.ok else 'HUNG'} {result.seconds:6.2f} s",
                    flush=True,
                )
                page.close()
                time.sleep(0.5)
        log = server.log()
    recovered = log.count("recovered a missed wake-up")
    print(
        f"{label}, preheat={'on' if preheat else 'off'}, {args.burners} CPU burners: "
        f"{len(times)}/{args.loads} renders completed, {len(failures)} hung "
        f"(> {args.timeout:.0f} s); max completed render {max(times, default=float('nan')):.2f} s, "
        f"median {statistics.median(times) if times else float('nan'):.2f} s; "
        f"missed wake-ups recovered by polling (server log): {recovered}"
    )
    return 0 if not failures else 1


def _server_footprint(server) -> tuple[int, float]:
    """(kernel processes, MiB of RSS of the server process and all its children)."""
    import psutil

    proc = psutil.Process(server.proc.pid)
    children = proc.children(recursive=True)
    kernels = sum("ipykernel" in " ".join(c.cmdline()) for c in children)
    rss = 0
    for p in (proc, *children):
        with contextlib.suppress(psutil.NoSuchProcess):
            rss += p.memory_info().rss
    return kernels, rss / 2**20


def _baseline_checkout(ref: str) -> Path:
    """The tree of git ``ref`` in a temporary folder (``git archive``; the repo is untouched)."""
    import subprocess

    folder = Path(tempfile.mkdtemp(prefix=f"vsvkit-baseline-{ref}-"))
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", ref], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _lifecycle_run(browser, *, label, loads, notebook, db, settle, code_root=None) -> dict:
    """Serve ``notebook`` (preheated), load and leave it ``loads`` times; footprints."""
    from vsvkit.app.serve import PREHEAT_READY_MESSAGE

    folder = _folder_with(notebook)
    env, extra = {}, {}
    if code_root is not None:
        # the baseline's own package: on PYTHONPATH, and the cwd not first on sys.path
        env = {"PYTHONPATH": str(code_root), "PYTHONSAFEPATH": "1"}
        extra = {"apps": None}
    with running_server(
        notebooks_dir=folder,
        preheat=(notebook.name,),
        db=db,
        env=env,
        name=f"bench-lifecycle-{label}",
        **extra,
    ) as server:
        server.wait_for_log(PREHEAT_READY_MESSAGE % notebook.name, 120)
        time.sleep(2)
        start = _server_footprint(server)
        pool = start[0]
        print(f"[{label}] start: {start[0]} kernel(s), {start[1]:.0f} MiB", flush=True)
        failures, peak = 0, start
        for i in range(loads):
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            result = load_app(page, server.url(notebook.name), timeout=60)
            failures += not result.ok
            now = _server_footprint(server)
            peak = max(peak, now, key=lambda f: f[1])
            page.goto("about:blank")  # leaving the page: beforeunload, Voila's shutdown beacon
            page.close()
            if (i + 1) % 10 == 0:
                print(
                    f"[{label}] after {i + 1:>3} loads: {now[0]} kernel(s) with the page open, "
                    f"{now[1]:.0f} MiB",
                    flush=True,
                )
            time.sleep(0.5)
        # the end: closed pages' kernels gone, and the refilled pool kernel has executed the
        # notebook (as at the start; a kernel still starting would flatter the memory figure)
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            log = server.log()
            ready = log.rfind(PREHEAT_READY_MESSAGE % notebook.name)
            if _server_footprint(server)[0] <= pool and ready > log.rfind("is filled with"):
                break
            time.sleep(1)
        time.sleep(2)
        end = _server_footprint(server)
        shutdowns = server.log().count("Kernel shutdown")
        refused = server.log().count("'_xsrf' argument missing")
    return {
        "label": label,
        "loads": loads,
        "failures": failures,
        "start": start,
        "end": end,
        "peak": peak,
        "pool": pool,
        "shutdowns": shutdowns,
        "xsrf_refused": refused,
    }


def lifecycle(args) -> int:
    notebook = Path(args.notebook).resolve()
    runs = []
    with launch_chromium() as browser:
        if args.baseline:
            root = _baseline_checkout(args.baseline)
            runs.append(
                _lifecycle_run(
                    browser,
                    label=f"before ({args.baseline})",
                    loads=args.baseline_loads,
                    notebook=root / "notebooks" / notebook.name,
                    db=demo_db("vsvkit-bench-db-"),
                    settle=args.settle,
                    code_root=root,
                )
            )
        runs.append(
            _lifecycle_run(
                browser,
                label="after (this tree)",
                loads=args.loads,
                notebook=notebook,
                db=demo_db("vsvkit-bench-db-"),
                settle=args.settle,
            )
        )
    print()
    print(
        f"{'':22}{'loads':>6}{'failed':>7}{'kernels start':>14}{'kernels end':>12}"
        f"{'MiB start':>10}{'MiB peak':>9}{'MiB end':>9}{'end/start':>10}"
        f"{'shutdowns':>10}{'xsrf 403':>9}"
    )
    ok = True
    for r in runs:
        ratio = r["end"][1] / r["start"][1]
        print(
            f"{r['label']:22}{r['loads']:>6}{r['failures']:>7}{r['start'][0]:>14}"
            f"{r['end'][0]:>12}{r['start'][1]:>10.0f}{r['peak'][1]:>9.0f}{r['end'][1]:>9.0f}"
            f"{ratio:>10.2f}{r['shutdowns']:>10}{r['xsrf_refused']:>9}"
        )
    mine = runs[-1]
    kernels_ok = mine["end"][0] <= mine["pool"]
    memory_ok = mine["end"][1] <= 1.10 * mine["start"][1]
    print(
        f"target kernels at the end <= preheated pool ({mine['pool']}) + open pages (0): "
        f"{'met' if kernels_ok else 'NOT met'}; memory within 10 % of the start: "
        f"{'met' if memory_ok else 'NOT met'}"
    )
    ok = kernels_ok and memory_ok and not mine["failures"]
    return 0 if ok else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("compare", help="time to first chart and to updated chart")
    p.add_argument("--notebook", default=str(WORKSHOP_NOTEBOOK))
    p.add_argument("--db", default=None, help="store URL (default: a fresh demo store)")
    p.add_argument("--group", default=DEFAULT_GROUP, help="filter option (label prefix)")
    p.add_argument("--loads", type=int, default=10)
    p.set_defaults(func=compare)
    h = sub.add_parser("hang", help="N loads under CPU load; count completed renders")
    h.add_argument("--notebook", default=str(BARE_NOTEBOOK))
    h.add_argument("--db", default=None, help="store URL (default: a fresh demo store)")
    h.add_argument("--loads", type=int, default=50)
    h.add_argument("--timeout", type=float, default=30.0)
    h.add_argument("--burners", type=int, default=2)
    h.add_argument("--stock", action="store_true", help="turn the reply-wait fix off")
    h.add_argument("--no-preheat", action="store_true")
    h.set_defaults(func=hang)
    lc = sub.add_parser("lifecycle", help="N page loads and leaves: kernels and memory")
    lc.add_argument("--notebook", default=str(WORKSHOP_NOTEBOOK))
    lc.add_argument("--loads", type=int, default=100)
    lc.add_argument("--baseline", default="main", help="git ref to compare with ('' for none)")
    lc.add_argument("--baseline-loads", type=int, default=30)
    lc.add_argument("--settle", type=float, default=90.0, help="max s to wait at the end")
    lc.set_defaults(func=lifecycle)
    args = parser.parse_args(argv)
    ARTIFACTS.mkdir(exist_ok=True)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
