"""Reusable helpers for driving the served app in a real Chromium.

Used by the browser tests and by ``benchmarks/bench_app.py`` (which puts ``tests/`` on
``sys.path`` and imports ``browser._app``).

- :func:`free_port` -- a free TCP port on 127.0.0.1
- :class:`Server` / :func:`start_server` -- ``python -m vsvkit serve`` (our app) or stock
  ``python -m voila`` in a subprocess, its log in a file, waits until it answers
- :class:`RestartableServer` -- a server shared by many tests that one of them may restart
- :func:`launch_chromium` -- Playwright with the system Chromium (``find_browser``)
- :func:`leave` -- navigate a page away so that the server shuts its kernel down
- :func:`load_app` -- open a notebook page and time it until the chart image is visible
- :func:`change_filter` -- move the slider one step and time until the chart changed
- :func:`stop_presenting` -- no workshop presented in a store (the app opens in its pages)
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"
TEST_NOTEBOOKS = REPO / "tests" / "data" / "notebooks"
APP_SELECTOR = ".vsvkit-app"
#: a chart image: an ``Image`` widget with the class (the app) or an image inside an
#: ``Output`` with the class (the test notebook)
CHART_IMG = "img.vsvkit-chart, .vsvkit-chart img"
FILTER_HANDLE = ".vsvkit-filter .noUi-handle"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A Voilà server running in a subprocess."""

    proc: subprocess.Popen
    port: int
    log_path: Path
    token: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, notebook: str) -> str:
        url = f"{self.base}/voila/render/{notebook}"
        return f"{url}?token={self.token}" if self.token else url

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, text: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited ({self.proc.returncode}):\n{self.log()}")
            time.sleep(0.1)
        raise TimeoutError(f"{text!r} not in server log after {timeout}s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def _wait_http(url: str, proc: subprocess.Popen, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}):\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {timeout}s:\n{log_path.read_text()[-3000:]}")


def start_server(
    *,
    notebooks_dir: Path = TEST_NOTEBOOKS,
    preheat: tuple[str, ...] = ("app_demo.ipynb",),
    stock: bool = False,
    db: str | None = None,
    token: str | None = None,
    host: str | None = None,
    name: str = "server",
    env: dict | None = None,
    timeout: float = 90,
    apps: tuple[str, ...] | str | None = "all",
    allow_hosts: tuple[str, ...] = (),
) -> Server:
    """Start our app server (or stock Voilà with ``stock=True``) and wait until it answers.

    With ``preheat`` (ours only) it also waits until the kernel pool is filled, so a
    first page load measures a preheated start. ``apps`` (ours only): the notebooks served
    as pages; ``"all"`` every notebook in the folder (test notebooks are no app notebooks),
    None the server's default (the app notebooks and the preheated ones).
    """
    ARTIFACTS.mkdir(exist_ok=True)
    port = free_port()
    log_path = ARTIFACTS / f"{name}-{port}.log"
    if stock:
        cmd = [
            sys.executable,
            "-m",
            "voila",
            str(notebooks_dir),
            f"--port={port}",
            "--no-browser",
            "--Voila.ip=127.0.0.1",
        ]
    else:
        cmd = [sys.executable, "-m", "vsvkit", "serve", "--port", str(port)]
        cmd += ["--notebooks", str(notebooks_dir)]
        for nb in preheat:
            cmd += ["--preheat", nb]
        if db:
            cmd += ["--db", db]
        if token is not None:
            cmd += ["--token", token]
        if host:
            cmd += ["--host", host]
        if apps == "all":
            apps = tuple(sorted(p.name for p in Path(notebooks_dir).glob("*.ipynb")))
        for nb in apps or ():
            cmd += ["--app", nb]
        for name in allow_hosts:
            cmd += ["--allow-host", name]
    full_env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, env=full_env, cwd=str(REPO)
        )
    server = Server(proc=proc, port=port, log_path=log_path, token=token or "")
    try:
        probe = f"{server.base}/" + (f"?token={token}" if token else "")
        _wait_http(probe, proc, log_path, timeout)
        if preheat and not stock:
            for nb in preheat:
                server.wait_for_log(f"Kernel pool of {nb} is filled", timeout)
    except BaseException:
        server.stop()
        raise
    return server


@contextmanager
def running_server(**kwargs):
    server = start_server(**kwargs)
    try:
        yield server
    finally:
        server.stop()


class RestartableServer:
    """A :class:`Server` that a test may stop and start again on the same store.

    ``url``, ``base`` and ``log`` always answer for the server running now (a restart picks
    a new free port), so fixtures can hand this object to every test that shares it.
    """

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.server = start_server(**kwargs)

    @property
    def base(self) -> str:
        return self.server.base

    def url(self, notebook: str) -> str:
        return self.server.url(notebook)

    def log(self) -> str:
        return self.server.log()

    def restart(self) -> None:
        """Stop the server (waits until its process has exited), then start a new one."""
        self.server.stop()
        assert self.server.proc.poll() is not None
        self.server = start_server(**self.kwargs)

    def stop(self) -> None:
        self.server.stop()


def stop_presenting(db: str) -> None:
    """Leave no workshop presented in the store ``db`` (as the presenter toggle does when
    turned off): the app opens in its pages again. For tests that turn the presenter view on
    in a store other tests share, also when they fail half-way."""
    from vsvkit.store import Store

    store = Store(db)
    try:
        sid = store.presenting_session()
        if sid is not None:
            state = store.room(sid)
            store.save_room(
                sid,
                step=state.step,
                revealed=state.revealed,
                black=state.black,
                presenting=False,
                html=state.html,
            )
    finally:
        store.close()


@contextmanager
def launch_chromium():
    """Playwright Chromium (the system browser) with the team's flags; yields the browser."""
    from playwright.sync_api import sync_playwright

    from vsvkit.report.browser import CHROMIUM_ARGS, find_browser

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(find_browser()), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            yield browser
        finally:
            browser.close()


def leave(page) -> None:
    """Navigate ``page`` away, as closing its tab does: its ``beforeunload`` asks the server
    to shut the page's kernel down (a page closed by Playwright leaves its kernel running
    until the server culls it). A page that is already gone is left alone."""
    from playwright.sync_api import Error as PlaywrightError

    with suppress(PlaywrightError):
        page.goto("about:blank")


@dataclass
class Load:
    ok: bool
    seconds: float
    requests: list[str]
    error: str = ""


def load_app(page, url: str, *, timeout: float = 30.0, selector: str = CHART_IMG) -> Load:
    """Open ``url`` and time until ``selector`` (the chart image) is visible.

    Records every request and websocket the page makes. Never waits for network idle.
    """
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("websocket", lambda ws: requests.append(ws.url))
    t0 = time.perf_counter()
    try:
        page.goto(url, wait_until="commit", timeout=timeout * 1000)
        page.wait_for_selector(selector, state="visible", timeout=timeout * 1000)
    except Exception as err:  # playwright TimeoutError and friends
        return Load(False, time.perf_counter() - t0, requests, f"{type(err).__name__}: {err}")
    return Load(True, time.perf_counter() - t0, requests)


def change_filter(page, *, key: str = "ArrowLeft", timeout: float = 30.0) -> float:
    """Move the slider one step with the keyboard; seconds until the chart image changed."""
    img = page.locator(CHART_IMG).first
    before = img.get_attribute("src")
    t0 = time.perf_counter()
    page.locator(FILTER_HANDLE).first.press(key)
    page.wait_for_function(
        "([sel, old]) => { const i = document.querySelector(sel);"
        " return i !== null && i.getAttribute('src') !== old; }",
        arg=[CHART_IMG, before],
        timeout=timeout * 1000,
    )
    return time.perf_counter() - t0


FILTER_SELECT = ".vsvkit-filter select"

_CHARTS_REPLACED = """([sel, old, n]) => {
  const imgs = [...document.querySelectorAll(sel)];
  return imgs.length >= n && imgs.every(i => !old.includes(i.getAttribute('src'))
    && i.complete && i.naturalWidth > 0);
}"""


def chart_sources(page) -> list[str]:
    """The ``src`` of every chart image on the page, in page order."""
    return page.eval_on_selector_all(CHART_IMG, "els => els.map(e => e.getAttribute('src'))")


def change_dropdown_filter(
    page, label_prefix: str, *, min_charts: int = 2, timeout: float = 30.0
) -> float:
    """Choose the first filter option starting with ``label_prefix`` (the app's Dropdown).

    Seconds from choosing until there are at least ``min_charts`` chart images and every
    one is a new, loaded image (the app replaces each chart by a new Image widget for the
    new group; the overview of one group has its overview and continuum chart, the
    profession heatmap only when two professions can be shown).
    """
    labels = page.eval_on_selector_all(
        f"{FILTER_SELECT} option", "els => els.map(e => e.text.replace(/\\u00a0/g, ' '))"
    )
    index = next(i for i, text in enumerate(labels) if text.startswith(label_prefix))
    before = chart_sources(page)
    t0 = time.perf_counter()
    page.select_option(FILTER_SELECT, index=index)
    page.wait_for_function(
        _CHARTS_REPLACED, arg=[CHART_IMG, before, min_charts], timeout=timeout * 1000
    )
    return time.perf_counter() - t0


def outside_requests(urls: list[str]) -> list[str]:
    """The URLs that do not go to this machine (127.0.0.1); data:/blob: URLs are local."""
    from urllib.parse import urlsplit

    bad = []
    for u in urls:
        parts = urlsplit(u)
        if parts.scheme in ("data", "blob", "about"):
            continue
        if parts.hostname != "127.0.0.1":
            bad.append(u)
    return bad


@contextmanager
def cpu_burners(n: int = 2):
    """``n`` CPU-bound processes beside the test (busy loops), stopped on exit."""
    procs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(n)]
    try:
        yield procs
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()


#: what one room step looks like: scroll, what lies outside the window, the smallest HTML
#: and chart text, the controls on the page, its text (SVG text included) and HTML
ROOM_MEASURE = """() => {
  const vh = innerHeight, vw = innerWidth;
  const main = document.querySelector('#room .room-main');
  const out = {scroll: document.documentElement.scrollHeight - vh,
               mainOverflow: main ? main.scrollHeight - main.clientHeight : 0,
               outside: [], html: [1e9, ''], chart: [1e9, ''], chartTexts: 0, charts: 0,
               controls: document.querySelectorAll(
                 'button, select, input, textarea, [contenteditable], a[href]').length,
               text: document.getElementById('room').textContent,
               markup: document.getElementById('room').innerHTML};
  const said = el => el.tagName + ' ' + el.textContent.trim().slice(0, 40);
  out.charts = document.querySelectorAll('#room svg').length;
  for (const el of document.querySelectorAll('#room *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.bottom > vh + 1 || r.right > vw + 1 || r.top < -1 || r.left < -1)
      out.outside.push(said(el));
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    if (el instanceof SVGElement) {
      if (el.tagName !== 'text' && el.tagName !== 'tspan') continue;
      const m = el.getScreenCTM();
      const px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b);
      out.chartTexts++;
      if (px < out.chart[0]) out.chart = [px, said(el)];
    } else {
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < out.html[0]) out.html = [px, said(el)];
    }
  }
  return out;
}"""


@contextmanager
def running_app_server(db: str, name: str):
    """``vsvkit serve`` of the real app notebooks (preheated, as ``vsvkit serve`` does) on
    ``db``, stopped afterwards."""
    from vsvkit.app.voila_config import APP_NOTEBOOKS
    from vsvkit.paths import notebooks_dir

    with running_server(
        notebooks_dir=notebooks_dir(), preheat=APP_NOTEBOOKS, apps=None, db=db, name=name
    ) as server:
        yield server
