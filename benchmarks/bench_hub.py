"""Benchmark one shared JupyterHub: 10 trainers open the app while 200 members answer.

    python benchmarks/bench_hub.py [--trainers 10] [--members 200] [--spread 60]

On a real JupyterHub with ``deploy/jupyterhub_config.py`` (tests/hub/_hub.py: the proxy
from ``tests/hub/node_modules``, ``SimpleLocalProcessSpawner``), a real PostgreSQL store
(started here, or ``VSVKIT_TEST_PG_URL``) holding the sample sessions and one open
questionnaire, every trainer given the role ``trainer`` for all sample VSVs, and one Chromium:

1. **Baseline, side by side in the same run.**
   a. *One trainer alone*: logs in (the hub starts the server), opens the workshop app
      (``/user/<name>/voila/render/vsvkit/workshop.ipynb``) in Chromium; time to the first
      chart image, three times (a fresh page and kernel each).
   b. *Plain pages through the same proxy*: ``--members`` GETs of a static file of the
      members' service (``/services/leden/vragenlijst/static/survey.css``) and of a bare stock
      jupyter_server page (``/user/<name>/api``), spread as the members below are.
2. **Load.** ``--trainers`` trainers log in at once (their servers start together), then
   open the app at once (one Chromium page each); at the same time ``--members`` members
   (a cookie jar each, no JavaScript) start evenly over ``--spread`` seconds, GET the
   questionnaire through the proxy and POST a full answer.

Printed: the time to first chart (median, p95) alone and under load; p50/p95 of the
questionnaire GET and POST and of the baseline GETs; HTTP statuses and answers stored
against answers sent; per user server with the app open: RSS and PSS (proportional set
size: shared libraries split between the processes that share them) of the server and its
kernels, and the CPU seconds it used; the machine's load. From them the sizing: trainers
with an open app per GB (PSS) and per core (CPU seconds of one app opening against the time
it may take). Everything started is stopped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _common import percentile  # noqa: E402

from tests._pg import running_postgres  # noqa: E402
from tests.hub._hub import (  # noqa: E402
    HubUser,
    demo_database,
    running_hub,
    server_processes,
)

WORKSHOP = "voila/render/vsvkit/workshop.ipynb"
CHART_IMG = "img.vsvkit-chart, .vsvkit-chart img"
STATIC = "/services/leden/vragenlijst/static/survey.css"


def _line(label: str, values: list[float], unit: str = "ms", scale: float = 1000.0) -> str:
    if not values:
        return f"  {label:<44} -"
    return (
        f"  {label:<44} p50 {scale * statistics.median(values):7.0f} {unit}"
        f"   p95 {scale * percentile(values, 0.95):7.0f} {unit}   n={len(values)}"
    )


# -- the trainers' browsers --------------------------------------------------------------------
async def _open_apps(users: list[HubUser], timeout: float = 180.0) -> list[float | None]:
    """Open the workshop app of every user at once; seconds to each first chart (None: none)."""
    from playwright.async_api import async_playwright

    from vsvkit.report.browser import CHROMIUM_ARGS, find_browser

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=str(find_browser()), args=list(CHROMIUM_ARGS), headless=True
        )
        try:

            async def one(user: HubUser) -> float | None:
                context = await browser.new_context(viewport={"width": 1280, "height": 1000})
                await context.add_cookies(user.cookies())  # each with its own path
                page = await context.new_page()
                t0 = time.perf_counter()
                try:
                    await page.goto(
                        f"{user.hub.url}/user/{user.name}/{WORKSHOP}",
                        wait_until="commit",
                        timeout=timeout * 1000,
                    )
                    await page.wait_for_selector(CHART_IMG, state="visible", timeout=timeout * 1000)
                    return time.perf_counter() - t0
                except Exception as err:  # playwright's TimeoutError and friends
                    print(f"  ! {user.name}: no chart ({type(err).__name__})", flush=True)
                    return None
                finally:
                    # keep the page open for the memory reading; closed with the context
                    _OPEN.append(context)

            return list(await asyncio.gather(*(one(u) for u in users)))
        finally:
            MEMORY.update(_memory(users[0].hub))
            for context in _OPEN:
                await context.close()
            _OPEN.clear()
            await browser.close()


_OPEN: list = []
MEMORY: dict[str, tuple[float, float, float, int, float]] = {}


def _memory(hub) -> dict[str, tuple[float, float, float, int, float]]:
    """Per user: (RSS MB, PSS MB, CPU s, kernels, PSS MB of the server alone) of the server
    and its kernels."""
    import psutil

    out = {}
    for name, procs in server_processes(hub).items():
        rss = pss = cpu = server = 0.0
        kernels = 0
        for i, p in enumerate(procs):
            try:
                info = p.memory_full_info()
                rss += info.rss
                pss += getattr(info, "pss", info.rss)
                if i == 0:
                    server = getattr(info, "pss", info.rss)
                times = p.cpu_times()
                cpu += times.user + times.system
                kernels += "ipykernel" in " ".join(p.cmdline())
            except psutil.NoSuchProcess:
                continue
        out[name] = (rss / 2**20, pss / 2**20, cpu, kernels, server / 2**20)
    return out


# -- the members ------------------------------------------------------------------------------
def _member(hub_url: str, path: str, fields: dict, results: dict) -> None:
    import http.cookiejar

    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    t0 = time.perf_counter()
    try:
        with opener.open(f"{hub_url}{path}", timeout=120) as res:
            page = res.read().decode()
        results["get"].append(time.perf_counter() - t0)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({**fields, "_xsrf": xsrf}).encode()
        request = urllib.request.Request(
            f"{hub_url}{path}", data=body, method="POST", headers={"Origin": hub_url}
        )
        t1 = time.perf_counter()
        with opener.open(request, timeout=120) as res:
            res.read()
            results["status"].append(res.status)
        results["post"].append(time.perf_counter() - t1)
    except urllib.error.HTTPError as err:
        with err:
            results["status"].append(err.code)
    except Exception as err:
        results["status"].append(type(err).__name__)


def _plain_get(url: str, times: list[float]) -> None:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as res:
        res.read()
    times.append(time.perf_counter() - t0)


def _spread(n: int, seconds: float, job, *args) -> float:
    """Start ``n`` calls of ``job`` evenly over ``seconds``; the seconds it all took."""
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=32) as pool:
        for i in range(n):
            delay = t0 + i * seconds / max(n, 1) - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(job, *args)
    return time.perf_counter() - t0


def _trainers(db: str, names: list[str]) -> None:
    """Every trainer gets the role ``trainer`` with every sample VSV (as the operator would
    give it: ``vsvkit users add NAME --role trainer --vsv ...``, outside the hub)."""
    import subprocess

    from vsvkit.store import Store

    with Store(db) as store:
        vsvs = sorted(set(store.sessions()["vsv"]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
    env["VSVKIT_DB"] = db
    for name in names:
        flags = [f"--vsv={vsv}" for vsv in vsvs]
        subprocess.run(
            [sys.executable, "-m", "vsvkit", "users", "add", name, "--role", "trainer", *flags],
            env=env,
            check=True,
            capture_output=True,
        )


def _login_all(hub, names: list[str]) -> tuple[list[HubUser], float]:
    users = [HubUser(hub, n) for n in names]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(users)) as pool:
        # the app is opened in Chromium below: no page (and kernel) from the login
        list(pool.map(lambda u: u.login(open_default=False), users))
    return users, time.perf_counter() - t0


def run(args: argparse.Namespace) -> None:
    from vsvkit.instrument import load_instrument
    from vsvkit.store import Store
    from vsvkit.survey.response import survey_response

    instrument = load_instrument()
    fields = {i.code: "3" for i in instrument.all_items} | {"profession": "VK"}
    print(f"cores {os.cpu_count()}, load at start {os.getloadavg()}", flush=True)
    with running_postgres() as pg, demo_database(pg) as db:
        with Store(db) as store:
            survey = store.open_survey(
                vsv="VSV Voorbeeldstad", date="2024-01-15", instrument=instrument, invited=500
            )
        path = f"/services/leden/vragenlijst/{survey.token}"
        names = [f"trainer{i:02d}" for i in range(1, args.trainers + 1)]
        _trainers(db, ["alleen", *names])
        tmp = Path(tempfile.mkdtemp(prefix="vsvkit-bench-hub-"))
        with running_hub(tmp / "hub", db) as hub:
            # 1a. one trainer alone
            (alone,), login_alone = _login_all(hub, ["alleen"])
            alone_charts = [asyncio.run(_open_apps([alone]))[0]]
            alone_memory = MEMORY.get("alleen")  # the server and the one kernel of its page
            alone_charts += [asyncio.run(_open_apps([alone]))[0] for _ in range(2)]
            # 1b. plain pages through the same proxy
            static_times: list[float] = []
            api_times: list[float] = []
            _spread(args.members, args.spread / 4, _plain_get, f"{hub.url}{STATIC}", static_times)
            _spread(
                args.members, args.spread / 4, _plain_get, f"{hub.url}/user/alleen/api", api_times
            )

            # 2. load: trainers log in together, open the app together, members answer
            users, login_all = _login_all(hub, names)
            cpu_before = {n: m[2] for n, m in _memory(hub).items()}
            results: dict[str, list] = {"get": [], "post": [], "status": []}
            members = threading.Thread(
                target=_spread,
                args=(args.members, args.spread, _member, hub.url, path, fields, results),
            )
            t0 = time.perf_counter()
            members.start()
            charts = asyncio.run(_open_apps(users))
            trainers_done = time.perf_counter() - t0
            members.join()
            members_done = time.perf_counter() - t0
            load_end = os.getloadavg()
            with Store(db) as store:
                stored = survey_response(store, survey.session_id).answered

    shown = [c for c in charts if c is not None]
    print(f"\nJupyterHub, {args.trainers} trainers + {args.members} members in {args.spread:.0f} s")
    print(f"  login + server start, one alone            {login_alone:6.1f} s")
    print(
        f"  login + server start, {args.trainers} at once          {login_all:6.1f} s (all ready)"
    )
    print("\nTime to first chart (workshop app, Chromium)")
    print(_line("one trainer alone (3 opens)", [c for c in alone_charts if c], "s", 1.0))
    print(_line(f"{args.trainers} trainers at once, members answering", shown, "s", 1.0))
    print(
        f"  charts shown {len(shown)}/{len(charts)}; all trainers done after {trainers_done:.1f} s"
    )
    print("\nMembers' questionnaire through the proxy")
    print(_line("GET form (under load)", results["get"]))
    print(_line("POST answer (under load)", results["post"]))
    print(_line("baseline: GET static file of the service", static_times))
    print(_line("baseline: GET stock jupyter_server /api", api_times))
    statuses = {s: results["status"].count(s) for s in set(results["status"])}
    print(
        f"  statuses {statuses}; stored {stored} of {results['status'].count(200)} answered;"
        f" members done after {members_done:.1f} s"
    )
    print("\nMemory per user server (server + kernels, app page open)")
    print(
        f"  {'user':<12}{'RSS MB':>9}{'PSS MB':>9}{'server':>9}{'CPU s':>8}{'kernels':>9}"
        "   (PSS of the server alone; CPU s of opening the app)"
    )
    if alone_memory:
        rss, pss, cpu, kernels, server = alone_memory
        print(f"  {'alleen':<12}{rss:9.0f}{pss:9.0f}{server:9.0f}{cpu:8.1f}{kernels:9d}")
    loaded = {n: MEMORY[n] for n in names if n in MEMORY}
    for name, (rss, pss, cpu, kernels, server) in loaded.items():
        spent = cpu - cpu_before.get(name, 0.0)
        print(f"  {name:<12}{rss:9.0f}{pss:9.0f}{server:9.0f}{spent:8.1f}{kernels:9d}")
    print(f"  load at end {load_end}")
    if not loaded:
        return
    pss_mb = statistics.median(m[1] for m in loaded.values())
    cpu_open = statistics.median(m[2] - cpu_before.get(n, 0.0) for n, m in loaded.items())
    print("\nSizing (median trainer)")
    print(f"  memory: {pss_mb:.0f} MB PSS per open app -> {1024 / pss_mb:.1f} trainers per GB")
    print(
        f"  CPU: {cpu_open:.1f} CPU s per app opening -> {10 / cpu_open:.1f} trainers opening"
        " at once per core within 10 s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--trainers", type=int, default=10)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--spread", type=float, default=60.0, help="seconds the members take")
    run(parser.parse_args(argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
