"""Benchmark the room view and the presenter view of a workshop in a real Chromium.

    python benchmarks/bench_room.py [--presses 40] [--runs 5] [--db URL]

Two measurements, on ``vsvkit serve`` of the real notebooks (the app notebooks preheated, as
``vsvkit serve`` does) on a fresh demo store (``--db``: another store):

(i) **Step change -> room view updated.** The presenter view (``workshop.ipynb``, presenting
    the latest session) and the room view (``/zaal/<session>``) open side by side, as on the
    trainer's laptop and the projector. ``--presses`` times a key in the presenter's page:
    → to the last step, then ← back to the first, and so on. Each time: from the key press
    (wall clock just before Playwright sends it) to the room page's ``data-step`` changing
    (the wall clock a MutationObserver in the room page records). A short pause between
    presses, as a trainer gives. Median and p95 over all presses, and over the first visit of
    each step (the presenter draws the steps ahead in the background, from the one on
    screen on) and the later ones. Reference in the same run: a step saved straight into the
    store by this process (no kernel, no presenter page) -> the room page updated, the
    server's and the room page's share of the path. Target: <= 300 ms.

(ii) **First view.** ``--runs`` rounds, interleaved (the order of the parts turns each round):
    the presenter view at its own address (``workshop.ipynb?presentatie``, which ``vsvkit
    serve`` prints; no workshop presented: it starts presenting), the presenter view opened
    again while the workshop is presented (a reload of the trainer's window), each until the
    room preview ``.vsvkit-preview-frame`` is visible and again until its controls are there;
    the room view (a new context opens ``/zaal/<session>`` until ``.room-step`` is visible) and
    the baseline: a bare notebook of one cell (one ipywidgets HTML widget) served by stock
    ``python -m voila`` without preheating, until that widget is visible. For information, not
    the target: the app opened on its overview and its "Presentatiemodus" toggle clicked as
    soon as it is there (the app's own first view comes first). Each presenter load waits
    until the preheated pool has a kernel that has executed the notebook (the server logs
    ``PREHEAT_READY_MESSAGE``), so every load measures a preheated start; a page is left (its
    kernel shut down) before the next. Prints medians and the ratios to the bare notebook,
    and the pages' navigation timing (HTML received, DOMContentLoaded: the rest up to the
    visible view is the page's scripts, the kernel and the widgets). Target: <= 0.5× for
    the presenter view (its address and a reload) and the room view.

Prints the machine's load (``os.getloadavg``) at the start and the end: the figures of a
busy machine are slower on both sides, the ratios less so.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from _common import demo_db, percentile  # noqa: E402
from browser._app import (  # noqa: E402
    ARTIFACTS,
    launch_chromium,
    leave,
    running_server,
    stop_presenting,
)

WORKSHOP = "workshop.ipynb"
BARE = "bare.ipynb"
BARE_SELECTOR = ".bare-ready"
#: the presenter view's controls (its widgets are there)
CONTROLS = ".vsvkit-presenter-view .vsvkit-key-next"
PRESENTER = ("presenter (address)", "presenter (reload)", "presenter (toggle)")
#: the first views the target is for
TARGETED = ("presenter (address)", "presenter (reload)", "room")
VIEWPORT = {"width": 1366, "height": 768}
TIMEOUT_MS = 90_000
#: seconds between two presses once the room has changed (a trainer's pause, and the
#: presenter's page catching up with its widgets)
PAUSE = 0.3

#: records every change of the room's step with the wall clock (ms since the epoch)
_OBSERVE = """() => {
  window.__changes = [];
  const room = document.getElementById('room');
  const step = () => { const s = room.querySelector('.room-step'); return s && s.dataset.step; };
  let last = step();
  new MutationObserver(() => {
    const now = step();
    if (now !== last) { last = now; window.__changes.push([Date.now(), now]); }
  }).observe(room, {childList: true, subtree: true});
}"""


#: seconds from the navigation's start to the end of the HTML response and to DOMContentLoaded
_NAVIGATION = """() => { const n = performance.getEntriesByType('navigation')[0];
  return [n.responseEnd / 1000, n.domContentLoadedEventEnd / 1000]; }"""


# -- setup ------------------------------------------------------------------------------------


def _bare_folder() -> Path:
    """A folder with one notebook of one cell: an ipywidgets HTML widget with a class."""
    import nbformat

    folder = Path(tempfile.mkdtemp(prefix="vsvkit-bench-bare-"))
    cell = nbformat.v4.new_code_cell(
        "import ipywidgets as widgets\n\n"
        "ready = widgets.HTML('<p>VSV-integratiemeter</p>')\n"
        "ready.add_class('bare-ready')\n"
        "ready"
    )
    nb = nbformat.v4.new_notebook(cells=[cell])
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, folder / BARE)
    return folder


def _latest_session(db: str) -> int:
    from vsvkit.sessions import latest_session
    from vsvkit.store import Store

    store = Store(db)
    try:
        return latest_session(store.sessions())
    finally:
        store.close()


def _pool_ready(server, count: int, timeout: float = 120) -> None:
    """Wait until the preheated kernels of the workshop have executed it ``count`` times."""
    from vsvkit.app.kernel_manager import PREHEAT_READY_MESSAGE

    needle = PREHEAT_READY_MESSAGE % WORKSHOP
    deadline = time.monotonic() + timeout
    while server.log().count(needle) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"no preheated kernel of {WORKSHOP} ({count}) in {timeout} s")
        time.sleep(0.1)


def _fmt(values: list[float]) -> str:
    if not values:
        return "-"
    return f"median {statistics.median(values):6.0f} ms   p95 {percentile(values, 0.95):6.0f} ms"


# -- (i) step change -> room ------------------------------------------------------------------
def _open_presenter(context, server) -> object:
    page = context.new_page()
    page.goto(server.url(WORKSHOP), wait_until="commit", timeout=TIMEOUT_MS)
    page.wait_for_selector(".vsvkit-presenter-toggle", state="visible", timeout=TIMEOUT_MS)
    if page.locator(".vsvkit-presenter-view").count() == 0:
        page.locator(".vsvkit-presenter-toggle").click()
    page.wait_for_selector(".vsvkit-preview-frame", state="visible", timeout=TIMEOUT_MS)
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    return page


def _wait_change(room, seen: int, timeout: float = 30.0) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        changes = room.evaluate("() => window.__changes")
        if len(changes) > seen:
            return changes[seen]
        time.sleep(0.005)
    raise TimeoutError("the room view did not change")


def _settled(presenter, timeout: float = 30.0) -> None:
    """The presenter's page has its widgets for the step (the kernel is done with it)."""
    deadline = time.monotonic() + timeout
    while presenter.locator(".vsvkit-presenter-view.vsvkit-busy").count():
        if time.monotonic() > deadline:
            raise TimeoutError("the presenter view stayed busy")
        time.sleep(0.02)


def step_changes(browser, server, db: str, session_id: int, presses: int) -> dict:
    from vsvkit.mirror import build_mirror
    from vsvkit.room import workshop_steps
    from vsvkit.store import Store

    store = Store(db)
    try:
        keys = [s.key for s in workshop_steps(build_mirror(store, session_id))]
    finally:
        store.close()
    context = browser.new_context(viewport=VIEWPORT)
    times: list[tuple[str, float, bool]] = []
    try:
        presenter = _open_presenter(context, server)
        room = context.new_page()
        room.goto(f"{server.base}/zaal/{session_id}")
        room.wait_for_selector("#room .room-step", timeout=TIMEOUT_MS)
        room.evaluate(_OBSERVE)
        at = keys.index(room.evaluate("() => document.querySelector('.room-step').dataset.step"))
        direction, visited = +1, {keys[at]}
        shown: dict[str, str] = {}  # the room's HTML of each step, for the reference
        for i in range(presses):
            if not 0 <= at + direction < len(keys):
                direction = -direction
            key = "ArrowRight" if direction > 0 else "ArrowLeft"
            pressed = time.time() * 1000
            presenter.keyboard.press(key)
            changed_at, step = _wait_change(room, i)
            at += direction
            if step != keys[at]:
                raise RuntimeError(f"the room shows {step}, expected {keys[at]}")
            times.append((step, changed_at - pressed, step not in visited))
            visited.add(step)
            shown[step] = room.evaluate("() => document.getElementById('room').innerHTML")
            _settled(presenter)
            time.sleep(PAUSE)

        # reference: the same steps (the room's HTML of each) written into the store by this
        # process -> the room; then the presenter's last state again
        leave(presenter)
        store = Store(db)
        direct = []
        last = store.room(session_id)
        try:
            seen = len(room.evaluate("() => window.__changes"))
            order = [k for k in keys if k in shown]
            for i in range(presses):
                step = order[i % len(order)]
                if step == room.evaluate("() => document.querySelector('.room-step').dataset.step"):
                    step = order[(i + 1) % len(order)]
                written = time.time() * 1000
                store.save_room(session_id, step=step, html=shown[step])
                changed_at, _ = _wait_change(room, seen)
                seen += 1
                direct.append(changed_at - written)
                time.sleep(PAUSE)
            store.save_room(
                session_id,
                step=last.step,
                revealed=last.revealed,
                black=last.black,
                html=last.html,
                used=last.used,
            )
        finally:
            store.close()
    finally:
        for page in context.pages:
            leave(page)
        context.close()
    return {"presses": times, "direct": direct}


# -- (ii) first view --------------------------------------------------------------------------
def _first_view(
    browser,
    url: str,
    selector: str,
    *,
    toggle: bool = False,
    ready: list | None = None,
    then=None,
    marks: list | None = None,
) -> float:
    """Seconds from opening ``url`` in a new context to ``selector`` visible; with
    ``toggle``, the presenter toggle is clicked as soon as it is visible. ``ready`` gets the
    seconds until the presenter view's controls are there. ``then()`` is called once it is
    visible, before the page is left. ``marks`` gets the page's navigation timing: seconds
    to the end of the HTML response and to DOMContentLoaded (its scripts run)."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        t0 = time.perf_counter()
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        if toggle:
            page.wait_for_selector(".vsvkit-presenter-toggle", state="visible", timeout=TIMEOUT_MS)
            page.locator(".vsvkit-presenter-toggle").click()
        page.wait_for_selector(selector, state="visible", timeout=TIMEOUT_MS)
        seconds = time.perf_counter() - t0
        if ready is not None:
            page.wait_for_selector(CONTROLS, state="visible", timeout=TIMEOUT_MS)
            ready.append(time.perf_counter() - t0)
        if then is not None:
            then()
        if marks is not None:
            marks.append(page.evaluate(_NAVIGATION))
        return seconds
    except Exception:
        page.screenshot(path=str(ARTIFACTS / f"bench-room-fail-{int(time.time())}.png"))
        raise
    finally:
        leave(page)
        context.close()


def first_views(browser, ours, bare, db: str, session_id: int, runs: int) -> dict:
    """``runs`` rounds of: the presenter view at its address, opened again while presenting
    (a reload) and reached by the app's toggle; the room view; the bare notebook; the three
    parts in a turning order.

    A preheated kernel builds the app with the presenting state of the moment it starts
    (Voilà starts it 5 s after a page took the previous one: ``REFILL_DELAY``), and a page
    opened in the other state is built again when it opens. So the state is set when the
    previous page of the workshop is on screen: the address's page (which presents) comes
    before the reload's, and presenting is stopped as soon as the reload's and the toggle's
    pages are up, before the kernel of the next page starts.
    """
    results: dict[str, list[float]] = {name: [] for name in (*PRESENTER, "room", "bare")}
    marks: dict[str, list] = {name: [] for name in results}
    ready: dict[str, list] = {name: [] for name in PRESENTER}
    loads = 1  # pages of workshop.ipynb opened so far (the speed test's): each takes a
    # preheated kernel

    def presenter(name: str) -> None:
        nonlocal loads
        _pool_ready(ours, loads + 1)
        loads += 1
        address = name == "presenter (address)"
        seconds = _first_view(
            browser,
            ours.url(WORKSHOP) + ("?presentatie" if address else ""),
            ".vsvkit-preview-frame",
            toggle=name == "presenter (toggle)",
            ready=ready[name],
            then=None if address else lambda: stop_presenting(db),
            marks=marks[name],
        )
        results[name].append(seconds)

    def three() -> None:
        for i, name in enumerate(PRESENTER):
            if i:
                time.sleep(1.0)  # the left page's kernel shuts down
            presenter(name)

    parts = {
        "presenter": three,
        "room": lambda: results["room"].append(
            _first_view(
                browser, f"{ours.base}/zaal/{session_id}", "#room .room-step", marks=marks["room"]
            )
        ),
        "bare": lambda: results["bare"].append(
            _first_view(browser, bare.url(BARE), BARE_SELECTOR, marks=marks["bare"])
        ),
    }
    order = list(parts)
    for r in range(runs):
        for name in order[r % len(order) :] + order[: r % len(order)]:
            parts[name]()
            time.sleep(1.0)  # the left page's kernel shuts down
        print(
            f"round {r + 1}: " + "  ".join(f"{n} {v[-1]:.2f} s" for n, v in results.items()),
            flush=True,
        )
    return {"views": results, "ready": ready, "marks": marks}


# -- main -------------------------------------------------------------------------------------
def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", default=None, help="store URL (default: a fresh demo store)")
    args = parser.parse_args(argv)
    from vsvkit.app.voila_config import APP_NOTEBOOKS
    from vsvkit.paths import notebooks_dir

    ARTIFACTS.mkdir(exist_ok=True)
    db = args.db or demo_db("vsvkit-bench-room-")
    session_id = _latest_session(db)
    bare_dir = _bare_folder()
    load_start = os.getloadavg()
    try:
        with (
            launch_chromium() as browser,
            running_server(
                notebooks_dir=notebooks_dir(),
                preheat=APP_NOTEBOOKS,
                apps=None,
                db=db,
                name="bench-room",
            ) as ours,
            running_server(
                notebooks_dir=bare_dir, preheat=(), stock=True, name="bench-room-bare"
            ) as bare,
        ):
            _pool_ready(ours, 1)
            changes = step_changes(browser, ours, db, session_id, args.presses)
            opened = first_views(browser, ours, bare, db, session_id, args.runs)
    finally:
        shutil.rmtree(bare_dir, ignore_errors=True)
    load_end = os.getloadavg()

    presses = changes["presses"]
    all_ms = [ms for _, ms, _ in presses]
    first = [ms for _, ms, new in presses if new]
    again = [ms for _, ms, new in presses if not new]
    print()
    print(f"session {session_id}; db {db}")
    print(
        f"load average at start {load_start[0]:.2f} {load_start[1]:.2f} {load_start[2]:.2f}, "
        f"at end {load_end[0]:.2f} {load_end[1]:.2f} {load_end[2]:.2f}"
    )
    print(f"(i) step change -> room view updated, {len(all_ms)} presses (→ and ←):")
    print(f"    all presses            {_fmt(all_ms)}   max {max(all_ms):6.0f} ms")
    print(f"    first visit of a step  {_fmt(first)}   (n = {len(first)})")
    print(f"    later visits           {_fmt(again)}   (n = {len(again)})")
    print(f"    reference: store write -> room view   {_fmt(changes['direct'])}")
    p95 = percentile(all_ms, 0.95)
    print(
        f"    target median and p95 <= 300 ms: "
        f"{'met' if statistics.median(all_ms) <= 300 and p95 <= 300 else 'NOT met'}"
    )
    views, ready, marks = opened["views"], opened["ready"], opened["marks"]
    med = {name: statistics.median(v) for name, v in views.items()}
    print(f"(ii) first view, {args.runs} rounds interleaved (median, s):")
    for name, values in views.items():
        ratio = med[name] / med["bare"]
        tail = "" if name == "bare" else f"   ratio to bare {ratio:.2f}"
        print(f"    {name:20} {med[name]:6.2f}{tail}   all {[round(x, 2) for x in values]}")
    for name, values in ready.items():
        print(
            f"    {name:20} controls there {statistics.median(values):5.2f} s"
            f"   all {[round(x, 2) for x in values]}"
        )
    for name, values in marks.items():
        response = statistics.median(v[0] for v in values)
        loaded = statistics.median(v[1] for v in values)
        print(f"    {name:20} HTML received {response:5.2f} s, DOMContentLoaded {loaded:5.2f} s")
    worst = max(med[n] / med["bare"] for n in TARGETED)
    print(
        f"    target ratio <= 0.50 (presenter at its address and reloaded, room): "
        f"{'met' if worst <= 0.5 else 'NOT met'} (worst {worst:.2f}); the app's first view "
        f"and its toggle: {med['presenter (toggle)'] / med['bare']:.2f} (for information)"
    )
    print("json " + json.dumps({"step_changes": changes, **opened}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
