"""Drawing the workshop app's charts ahead, in a background thread.

A filter change then only swaps cached images. Only PNG bytes are made in the thread; widgets
are created on the main thread when a page is shown.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from collections.abc import Callable

from vsvkit.mirror import filter_options
from vsvkit.widgets import pages
from vsvkit.widgets.views import SessionViews

__all__ = ["WarmUp", "warm_overviews"]

log = logging.getLogger(__name__)

#: Warm-ups that may still run; stopped before the interpreter exits (a thread killed inside
#: matplotlib at exit aborts the process).
RUNNING: weakref.WeakSet = weakref.WeakSet()


@atexit.register
def stop_all() -> None:
    """Stop every warm-up still running (at interpreter exit)."""
    for warm_up in list(RUNNING):
        warm_up.stop()


def wait_for_page() -> None:
    """Under Voilà, wait until a trainer opens the page (a preheated kernel waits in a pool)."""
    try:
        from voila.utils import wait_for_request

        wait_for_request()
    except Exception:  # not under Voilà, or the request info never came
        log.debug("warm-up without waiting for the page", exc_info=True)


class WarmUp:
    """At most one background warm-up at a time, with a way to stop it."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None
        self.stop_event = threading.Event()

    def start(
        self, work: Callable[[threading.Event], None], *, wait: bool = True
    ) -> threading.Thread:
        """Stop a running warm-up, then run ``work(stop_event)`` in a daemon thread (after
        :func:`wait_for_page` with ``wait``)."""
        self.stop()
        stop = self.stop_event = threading.Event()

        def run() -> None:
            if wait:
                wait_for_page()
            work(stop)

        thread = self.thread = threading.Thread(target=run, name="vsvkit-warm-up", daemon=True)
        RUNNING.add(self)
        thread.start()
        return thread

    def stop(self, timeout: float = 30.0) -> None:
        """Stop a running warm-up after the chart it is drawing (and wait for it)."""
        if self.thread is not None and self.thread.is_alive():
            self.stop_event.set()
            self.thread.join(timeout)


def warm_overviews(
    views: SessionViews,
    view: tuple,
    png: Callable,
    agreed: dict,
    stop: threading.Event,
) -> None:
    """Draw the overview charts of every filter the session of ``view`` offers.

    ``view`` is the app's ``(session_id, subset, lang, presenter)``; ``png(view, key, draw)``
    draws a chart into the app's caches. Nothing is done for a session whose answers are not
    read yet (its overview was never shown). A failing filter is logged, the others go on.
    """
    session_id, _, lang, presenter = view
    if session_id is None or session_id not in views.answers:
        return
    for grouping, group, status in filter_options(views.mirror(session_id).groups):
        if stop.is_set():
            return
        if status != "shown":
            continue
        try:
            mirror = views.mirror(session_id, (grouping, group))
            subview = (session_id, (grouping, group), lang, presenter)
            for key, draw in pages.overview_charts(mirror, lang=lang, agreed=agreed):
                png(subview, key, draw)
        except Exception:
            log.exception("warming the overview of %s %s failed", grouping, group)
