"""Fix for Voilà's intermittent render hang under CPU load (applied by :mod:`vsvkit.serve`).

The problem
-----------
Voilà renders a notebook with :class:`voila.execute.VoilaExecutor`, a subclass of
:class:`nbclient.NotebookClient`. For every cell, ``NotebookClient.async_execute_cell``
starts ``_async_poll_for_reply``, which waits for the kernel's ``execute_reply`` with::

    msg = await self.kc.shell_channel.get_msg(timeout=new_timeout)

``new_timeout`` is the cell timeout, which is ``None`` by default in Voilà. With
``timeout=None`` the wait is one single ``await socket.poll(None)`` on a
``zmq.asyncio`` socket: the coroutine only wakes when the event loop sees the ZeroMQ
socket's file descriptor become readable. That descriptor is *edge-triggered*
(libzmq signals a change of state, not "there is data"), so a notification that is
consumed or coalesced while the poller is (re)armed is never repeated: the reply sits
in the socket's queue, the kernel is idle, and the page stays at "Executing 1 of 2"
forever. Under CPU load the window between arming and waiting grows, which is why the
hang shows up with busy neighbours and (almost) never on a quiet machine. The same
one-shot wait (``timeout=None``) is used for the IOPub messages in
``_async_poll_output_msg``.

The fix
-------
Never wait on the socket for longer than :data:`POLL_INTERVAL` (0.1 s) at a time. Each
new ``poll`` first asks libzmq directly whether a message is queued (a non-blocking
``zmq_poll``), so a missed wake-up is recovered at the next short poll, i.e. within
~100 ms, instead of never. The cell timeout (if one is configured) is still honoured
exactly as before, and the kernel-alive check keeps running. Messages are consumed
in the same order and by the same code paths as upstream, so outputs are unchanged.

:func:`apply` installs ``PollingVoilaExecutor`` (:func:`executor_class`) in place of
``VoilaExecutor`` where the renderer looks it up (``voila.notebook_renderer.VoilaExecutor``). It is
idempotent and only ever called inside the process that runs the Voilà server.
"""

from __future__ import annotations

import asyncio
import logging
import typing as t
from queue import Empty
from time import monotonic

__all__ = ["POLL_INTERVAL", "executor_class", "apply", "is_applied"]

log = logging.getLogger(__name__)

#: Longest single wait on a kernel socket, in seconds.
POLL_INTERVAL = 0.1

_EXECUTOR_CLASS: type | None = None


def _build_executor_class() -> type:
    from jupyter_core.utils import ensure_async
    from nbclient.exceptions import CellTimeoutError
    from voila.execute import VoilaExecutor

    class PollingVoilaExecutor(VoilaExecutor):
        """``VoilaExecutor`` whose reply and output waits wake up every ``POLL_INTERVAL``."""

        poll_interval = POLL_INTERVAL

        async def _async_get_msg(self, channel, deadline: float | None) -> dict[str, t.Any]:
            """Next message of ``channel``; polls in short slices until ``deadline``.

            Raises ``queue.Empty`` only when ``deadline`` (monotonic seconds) passed.
            """
            empty_slices = 0
            while True:
                slice_ = self.poll_interval
                if deadline is not None:
                    remaining = deadline - monotonic()
                    if remaining <= 0:
                        raise Empty
                    slice_ = min(slice_, remaining)
                try:
                    msg = await ensure_async(channel.get_msg(timeout=slice_))
                except Empty:
                    empty_slices += 1
                    continue
                if empty_slices:
                    _note_late_message(log, msg, empty_slices)
                return msg

        async def _async_poll_for_reply(
            self,
            msg_id: str,
            cell,
            timeout: int | None,
            task_poll_output_msg: asyncio.Future,
            task_poll_kernel_alive: asyncio.Future,
        ) -> dict[str, t.Any]:
            assert self.kc is not None
            deadline = None if timeout is None else monotonic() + timeout
            error_on_timeout_execute_reply = None
            while True:
                try:
                    if error_on_timeout_execute_reply:
                        msg = error_on_timeout_execute_reply
                        msg["parent_header"] = {"msg_id": msg_id}
                    else:
                        msg = await self._async_get_msg(self.kc.shell_channel, deadline)
                    if msg["parent_header"].get("msg_id") != msg_id:
                        continue  # a reply to an earlier request (e.g. Voilà's kernel-id cell)
                    if self.record_timing:
                        from nbclient.client import timestamp

                        cell["metadata"]["execution"]["shell.execute_reply"] = timestamp(msg)
                    try:
                        await asyncio.wait_for(task_poll_output_msg, self.iopub_timeout)
                    except (asyncio.TimeoutError, Empty):
                        if self.raise_on_iopub_timeout:
                            task_poll_kernel_alive.cancel()
                            raise CellTimeoutError.error_from_timeout_and_cell(
                                "Timeout waiting for IOPub output", self.iopub_timeout, cell
                            ) from None
                        self.log.warning("Timeout waiting for IOPub output")
                    task_poll_kernel_alive.cancel()
                    return msg
                except Empty:
                    # only reached when a cell timeout is configured and has passed
                    assert timeout is not None
                    task_poll_kernel_alive.cancel()
                    await self._async_check_alive()
                    error_on_timeout_execute_reply = await self._async_handle_timeout(timeout, cell)

        async def _async_poll_output_msg(self, parent_msg_id: str, cell, cell_index: int) -> None:
            from nbclient.exceptions import CellExecutionComplete

            assert self.kc is not None
            while True:
                msg = await self._async_get_msg(self.kc.iopub_channel, None)
                if msg["parent_header"].get("msg_id") == parent_msg_id:
                    try:
                        # raises CellExecutionComplete when the kernel reports idle
                        self.process_message(msg, cell, cell_index)
                    except CellExecutionComplete:
                        return

    return PollingVoilaExecutor


#: Messages found only after at least one empty poll slice although they had been
#: waiting in the socket's queue longer than ``LATE_AFTER`` seconds: the wake-ups the
#: stock single wait would have missed. Counted for diagnostics and the benchmark.
LATE_AFTER = 0.5
late_messages: list[float] = []


def _note_late_message(logger, msg: dict, empty_slices: int) -> None:
    date = msg.get("header", {}).get("date")
    if date is None:
        return
    from datetime import datetime, timezone

    if isinstance(date, str):
        date = datetime.fromisoformat(date)
    if date.tzinfo is None:
        date = date.replace(tzinfo=timezone.utc)
    waited = (datetime.now(timezone.utc) - date).total_seconds()
    if waited > LATE_AFTER:
        late_messages.append(waited)
        logger.info(
            "vsvkit: recovered a missed wake-up: %s message waited %.2f s in the queue "
            "(found after %d empty poll slice(s))",
            msg.get("header", {}).get("msg_type"),
            waited,
            empty_slices,
        )


def executor_class() -> type:
    """The ``PollingVoilaExecutor`` class (built on first use: importing Voilà is slow)."""
    global _EXECUTOR_CLASS
    if _EXECUTOR_CLASS is None:
        _EXECUTOR_CLASS = _build_executor_class()
    return _EXECUTOR_CLASS


def apply() -> type:
    """Make Voilà render with :class:`PollingVoilaExecutor`; return that class.

    Idempotent. Voilà's renderer looks the executor class up as a module global
    (``voila.notebook_renderer.VoilaExecutor``), so replacing that name is enough;
    ``voila.execute.executenb`` is switched too.
    """
    import voila.execute
    import voila.notebook_renderer

    cls = executor_class()
    if voila.notebook_renderer.VoilaExecutor is not cls:
        voila.notebook_renderer.VoilaExecutor = cls
        voila.execute.VoilaExecutor = cls
        log.debug("Voilà executor replaced by %s (poll interval %.2f s)", cls, POLL_INTERVAL)
    return cls


def is_applied() -> bool:
    """True when Voilà in this process renders with the polling executor."""
    import voila.notebook_renderer

    return voila.notebook_renderer.VoilaExecutor is _EXECUTOR_CLASS is not None
