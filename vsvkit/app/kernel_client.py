"""The kernel client Voilà renders with: channels that never wait longer than 0.1 s at a time.

The problem
-----------
Voilà renders a notebook with nbclient, which waits for a cell's ``execute_reply`` (and its
output) with ``await kc.shell_channel.get_msg(timeout=None)``: one single
``await socket.poll(None)`` on a ``zmq.asyncio`` socket. That coroutine only wakes when the
event loop sees the ZeroMQ socket's file descriptor become readable, and that descriptor is
*edge-triggered*: a notification consumed or coalesced while the poller is (re)armed is not
repeated. The reply then sits in the socket's queue, the kernel is idle, and the page stays at
"Executing 1 of 2" forever. Under CPU load the window grows (0 of 51 loads on a quiet machine,
3 of 10 beside two busy processes; upstream Voilà issues 1446, 1395, 1428).

The fix
-------
:class:`PollingChannel` waits in slices of at most :data:`POLL_INTERVAL`; every new
``poll`` first asks libzmq directly whether a message is queued, so a missed wake-up is
recovered at the next slice (within ~0.1 s) instead of never. A timeout given by the caller is
honoured as before (``queue.Empty`` when it passes). :class:`PollingKernelClient` uses it for
every channel, and is chosen by configuration (jupyter_client's ``KernelManager.client_class``
trait, see :data:`CLIENT_CONFIG`): no Voilà or nbclient code is replaced.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from queue import Empty
from time import monotonic
from typing import Any

from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_client.channels import AsyncZMQSocketChannel
from traitlets import Type

__all__ = [
    "POLL_INTERVAL",
    "LATE_AFTER",
    "PollingChannel",
    "PollingKernelClient",
    "CLIENT_CONFIG",
    "late_messages",
]

log = logging.getLogger(__name__)

#: Longest single wait on a kernel socket, in seconds.
POLL_INTERVAL = 0.1
#: A message found only after at least one empty slice although it had waited in the queue
#: longer than this (seconds) is a wake-up the single stock wait would have missed; it is
#: logged ("recovered a missed wake-up") and counted in :data:`late_messages`.
LATE_AFTER = 0.5
late_messages: list[float] = []

#: The traitlets configuration that makes every kernel manager of the server hand out
#: :class:`PollingKernelClient` (Voilà's renderer asks the kernel manager for its client).
CLIENT_CONFIG = {
    "AsyncKernelManager": {"client_class": "vsvkit.app.kernel_client.PollingKernelClient"}
}


class PollingChannel(AsyncZMQSocketChannel):
    """An asyncio ZMQ channel whose ``get_msg`` waits in slices of ``poll_interval`` seconds."""

    poll_interval = POLL_INTERVAL

    async def get_msg(self, timeout: float | None = None) -> dict[str, Any]:  # type: ignore[override]
        """The next message; raises ``queue.Empty`` only when ``timeout`` seconds passed."""
        deadline = None if timeout is None else monotonic() + timeout
        empty_slices = 0
        while True:
            slice_ = self.poll_interval
            if deadline is not None:
                left = deadline - monotonic()
                if left < 0.001:  # jupyter_client polls whole milliseconds: 0 would spin
                    await asyncio.sleep(max(0.0, left))
                    raise Empty
                slice_ = min(slice_, left)
            try:
                msg = await super().get_msg(timeout=slice_)
            except Empty:
                if deadline is not None and monotonic() >= deadline:
                    raise
                empty_slices += 1
                continue
            if empty_slices:
                _note_late_message(msg, empty_slices)
            return msg


class PollingKernelClient(AsyncKernelClient):
    """``AsyncKernelClient`` with :class:`PollingChannel` for every ZeroMQ channel.

    When it is stopped (Voilà's executor stops its client when a render has ended) it tells
    the server's kernel manager, which logs when a preheated kernel is ready
    (:meth:`vsvkit.app.kernel_manager.KernelEnvManager.rendered`).
    """

    shell_channel_class = Type(PollingChannel)
    iopub_channel_class = Type(PollingChannel)
    stdin_channel_class = Type(PollingChannel)
    control_channel_class = Type(PollingChannel)

    def stop_channels(self) -> None:
        super().stop_channels()
        # parent: the kernel's KernelManager (it made this client); its parent: the server's
        # kernel manager, which knows the kernel by kernel_id
        km = self.parent
        rendered = getattr(getattr(km, "parent", None), "rendered", None)
        kernel_id = getattr(km, "kernel_id", None)
        if callable(rendered) and kernel_id:
            rendered(kernel_id)


def _note_late_message(msg: dict, empty_slices: int) -> None:
    date = msg.get("header", {}).get("date")
    if date is None:
        return
    if isinstance(date, str):
        date = datetime.fromisoformat(date)
    if date.tzinfo is None:
        date = date.replace(tzinfo=timezone.utc)
    waited = (datetime.now(timezone.utc) - date).total_seconds()
    if waited > LATE_AFTER:
        late_messages.append(waited)
        log.info(
            "vsvkit: recovered a missed wake-up: %s message waited %.2f s in the queue "
            "(found after %d empty poll slice(s))",
            msg.get("header", {}).get("msg_type"),
            waited,
            empty_slices,
        )
