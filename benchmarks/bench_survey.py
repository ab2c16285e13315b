"""Benchmark the questionnaire pages: a room of members submitting at once.

    python benchmarks/bench_survey.py [--members 60] [--within 10] [--runs 2]

Starts ``vsvkit serve`` on 127.0.0.1 with a fresh store (the six demo sessions and one open
questionnaire), opens the workshop app page beside it (a Voilà kernel renders it), then
``--members`` concurrent clients each load the questionnaire and submit a complete form,
their starts spread evenly over ``--within`` seconds. Prints, per run: members stored (0 lost,
0 duplicated: the store's respondent count equals the number of thanks pages), p50/p95/max of
the form load and of the submission, and the server's memory (RSS, with its children)
before and after. Baseline, side by side in the same run: the same clients fetching the pages'
static CSS file (a request that touches no store and renders nothing), so the figures can be
read as a ratio on a noisy machine. Target: p95 of a submission <= 300 ms.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    proc = psutil.Process(pid)
    procs = [proc, *proc.children(recursive=True)]
    return sum(p.memory_info().rss for p in procs if p.is_running()) / 2**20


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] * 1000


def _member(base: str, path: str, fields: list, out: dict, i: int) -> None:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
    t0 = time.perf_counter()
    with opener.open(base + path, timeout=60) as res:
        html = res.read().decode()
    t1 = time.perf_counter()
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', html).group(1)
    body = urllib.parse.urlencode([("_xsrf", xsrf), *fields]).encode()
    with opener.open(urllib.request.Request(base + path, data=body), timeout=60) as res:
        thanks = res.status == 200 and "<fieldset" not in res.read().decode()
    out[i] = (t1 - t0, time.perf_counter() - t1, thanks)


def _static(base: str, out: dict, i: int) -> None:
    t0 = time.perf_counter()
    with urllib.request.urlopen(base + "/vragenlijst/static/survey.css", timeout=60) as res:
        res.read()
    out[i] = time.perf_counter() - t0


def _spread(target, n: int, within: float) -> dict:
    out: dict = {}
    threads = []
    for i in range(n):
        th = threading.Thread(target=target, args=(out, i))
        threads.append(th)
        th.start()
        time.sleep(within / n)
    for th in threads:
        th.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--members", type=int, default=60)
    ap.add_argument("--within", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    import vsvkit as vk
    from vsvkit.instrument import load_instrument

    folder = Path(tempfile.mkdtemp(prefix="bench-survey-"))
    db = f"sqlite:///{folder / 'store.sqlite'}"
    store = vk.open_store(db)
    vk.load_demo(store)
    inst = load_instrument()
    surveys = [
        store.open_survey(vsv=f"VSV Bench {r}", date="2027-01-20", instrument=inst, invited=99)
        for r in range(args.runs)
    ]
    store.close()
    port = _port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "vsvkit", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen(
        [*cmd, "--no-browser"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(base + "/vragenlijst/static/survey.css", timeout=2).close()
                break
            except OSError:
                time.sleep(0.5)
        with urllib.request.urlopen(base + "/voila/render/workshop.ipynb", timeout=120) as res:
            res.read()  # the app page open beside the members (its kernel runs)
        print(f"{args.members} members within {args.within:g} s; load {os.getloadavg()[0]:.1f}")
        fields = [("profession", "VK")] + [(i.code, "3") for i in inst.all_items]
        for run, survey in enumerate(surveys, 1):
            before = _rss_mb(server.pid)
            static = _spread(lambda out, i: _static(base, out, i), args.members, args.within)
            got = _spread(
                lambda out, i, p=survey.path: _member(base, p, fields, out, i),
                args.members,
                args.within,
            )
            after = _rss_mb(server.pid)
            with vk.open_store(db) as s:
                stored = s.session(survey.session_id).n_respondents
            loads = [v[0] for v in got.values()]
            posts = [v[1] for v in got.values()]
            thanks = sum(v[2] for v in got.values())
            base_ms = statistics.median(static.values()) * 1000
            print(
                f"run {run}: stored {stored} of {args.members} (thanks pages {thanks}; lost "
                f"{args.members - stored}, duplicated {max(0, stored - thanks)})\n"
                f"  form load  p50 {_pct(loads, 0.5):6.1f} ms  p95 {_pct(loads, 0.95):6.1f} ms  "
                f"max {max(loads) * 1000:6.1f} ms\n"
                f"  submission p50 {_pct(posts, 0.5):6.1f} ms  p95 {_pct(posts, 0.95):6.1f} ms  "
                f"max {max(posts) * 1000:6.1f} ms\n"
                f"  baseline (static CSS) p50 {base_ms:5.1f} ms; submission p50 / baseline "
                f"{_pct(posts, 0.5) / base_ms:4.1f}x\n"
                f"  server memory {before:6.0f} MB -> {after:6.0f} MB "
                f"({(after - before) / args.members:+.2f} MB per member)"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
