"""Run code in a preheated Voilà kernel when a trainer opens its page.

A preheated kernel executes the app notebook before any page is requested; whatever the
notebook read then (the session list) may be stale when the page is opened minutes later.
:func:`when_page_opens` runs a callback once the request has arrived, on the kernel's main
thread, so the app can read the store again.

The wait is Voilà's ``wait_for_request`` protocol (the kernel connects to
``/voila/query/<kernel id>`` and receives the request's details when a page takes it), spoken
with the ``websockets`` client directly: importing ``voila.utils`` in the kernel imports all
of Voilà and jupyter_server (~50 MiB per kernel, and seconds of CPU beside the warm-up, during
which a page opened early was shown the stale list).

In a kernel that was started for the request itself (no preheating, or outside Voilà) the
notebook already ran at page-open time and nothing is scheduled.

The environment variables read here (``VOILA_PREHEAT``, ``VOILA_KERNEL_ID``,
``VOILA_SERVER_URL``, ...) are Voilà's own, set by Voilà in the kernel for this protocol, and
the request's details are put in the kernel's environment as ``voila.utils`` does; vsvkit's
own settings are read only by :mod:`vsvkit.app.settings`.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable

__all__ = ["is_preheated_kernel", "when_page_opens"]

log = logging.getLogger(__name__)


def is_preheated_kernel() -> bool:
    """Whether this kernel was started by Voilà ahead of a request (a pool kernel)."""
    return os.environ.get("VOILA_PREHEAT", "False") == "True"


def _on_main_thread(callback: Callable[[], None]) -> None:
    """Hand ``callback`` to the kernel's event loop (widget changes belong on that thread)."""
    try:
        from IPython import get_ipython

        loop = get_ipython().kernel.io_loop
    except Exception:  # not in an IPython kernel
        callback()
        return
    loop.add_callback(callback)


def _query_url() -> str:
    """The websocket on which Voilà sends this kernel its page request (as voila.utils)."""
    env = os.environ
    server_url = env.get("VOILA_SERVER_URL", "/")
    base = env.get("VOILA_WS_BASE_URL", server_url)
    return (
        f"{env.get('VOILA_WS_PROTOCOL', 'ws')}://{env.get('VOILA_APP_IP', '127.0.0.1')}:"
        f"{env.get('VOILA_APP_PORT', '8866')}{base}voila/query/{env['VOILA_KERNEL_ID']}"
    )


def _wait_for_request(connect) -> None:
    """Block until a page takes this kernel; put the request's details in the environment."""
    import json

    with connect(_query_url(), open_timeout=10) as ws:
        info = ws.recv()
    os.environ.update({str(k): str(v) for k, v in json.loads(info).items()})


def when_page_opens(callback: Callable[[], None]) -> threading.Thread | None:
    """Call ``callback()`` once a page has taken this preheated kernel.

    Returns the waiting thread, or None when the kernel is not a preheated one (the notebook
    then runs for the page itself and ``callback`` is not needed). Errors in ``callback`` are
    logged, never raised into the kernel.
    """
    if not is_preheated_kernel():
        return None
    # imported here, on the main thread, before the warm-up competes for the interpreter
    from websockets.sync.client import connect

    def safe() -> None:
        try:
            callback()
        except Exception:
            log.exception("page-open callback failed")

    def wait() -> None:
        try:
            _wait_for_request(connect)
        except Exception:
            log.exception("waiting for the page request failed")
            return
        _on_main_thread(safe)

    thread = threading.Thread(target=wait, name="vsvkit-page-open", daemon=True)
    thread.start()
    return thread
