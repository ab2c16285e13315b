"""Running a report notebook in a Jupyter kernel: its parameters, its cells, their outputs.

What papermill and nbclient do for a report, in the few lines a report needs, with
:mod:`jupyter_client` alone: a kernel is started as soon as :class:`Kernel` is made (so the
caller can prepare the export while the kernel boots and imports), the ``parameters`` cell
gets an ``injected-parameters`` cell after it (as papermill writes it), and every code cell
runs in turn; its outputs are kept in nbformat's JSON shape. A kernel can run notebook after
notebook (the batch workers of :mod:`vsvkit.report.kernels` keep one alive).

Nothing here imports nbformat or nbconvert: a notebook is the dict its JSON file holds.
"""

from __future__ import annotations

import copy
import json
import logging
import queue
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = ["CellError", "Kernel", "parameterize", "read_notebook"]

log = logging.getLogger(__name__)


class CellError(Exception):
    """A cell raised: the kernel's error name, value and traceback (as nbclient reports it)."""

    def __init__(self, ename: str, evalue: str, traceback: list[str] | None = None):
        super().__init__(f"{ename}: {evalue}")
        self.ename, self.evalue, self.traceback = ename, evalue, traceback or []


def read_notebook(path: str | Path) -> dict:
    """The notebook at ``path`` as the dict of its JSON, each cell's source one string (as
    nbformat reads it)."""
    nb = json.loads(Path(path).read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        cell["source"] = _source(cell)
    return nb


def _tags(cell: Mapping) -> list:
    return list(cell.get("metadata", {}).get("tags", []))


def parameterize(nb: Mapping, parameters: Mapping[str, Any]) -> dict:
    """A copy of ``nb`` with the ``parameters`` set, as papermill does it.

    A code cell tagged ``injected-parameters`` with ``name = value`` lines (``repr`` of each
    value: numbers, strings, None, lists, dicts) goes right after the cell tagged
    ``parameters`` (at the top when there is none); an earlier injected cell is replaced.
    """
    out = copy.deepcopy(dict(nb))
    cells = [c for c in out["cells"] if "injected-parameters" not in _tags(c)]
    lines = ["# Parameters"] + [f"{name} = {_literal(value)}" for name, value in parameters.items()]
    injected: dict[str, Any] = {
        "cell_type": "code",
        "execution_count": None,
        "id": "injected-parameters",
        "metadata": {"tags": ["injected-parameters"]},
        "outputs": [],
        "source": "\n".join(lines) + "\n",
    }
    at = next((i + 1 for i, c in enumerate(cells) if "parameters" in _tags(c)), 0)
    cells.insert(at, injected)
    out["cells"] = cells
    return out


def _literal(value: Any) -> str:
    """``value`` as Python source: numbers, strings, None, lists and dicts as they are,
    anything else as its text (papermill's rule)."""
    if value is None or isinstance(value, (bool, int, float, str, list, dict, tuple)):
        return repr(value)
    return repr(str(value))


def _source(cell: Mapping) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


class Kernel:
    """A Jupyter kernel that runs notebooks; started when made, stopped by :meth:`close`.

    Parameters
    ----------
    kernel_name : str
        The kernel spec (the notebook's ``metadata.kernelspec.name``).
    cwd : path, optional
        The kernel's working folder (the notebook's own folder, as papermill runs it).
    """

    def __init__(self, kernel_name: str = "python3", cwd: str | Path | None = None):
        self.kernel_name = kernel_name
        self.cwd = None if cwd is None else str(cwd)
        self._modules: tuple[str, ...] = ()
        self._ready = False
        self._start()

    def _start(self) -> None:
        from jupyter_client.manager import KernelManager

        self.manager = KernelManager(kernel_name=self.kernel_name)
        self.manager.start_kernel(cwd=self.cwd)
        self.client = self.manager.client()
        self.client.start_channels()

    def preload(self, modules: tuple[str, ...]) -> None:
        """Have the kernel import ``modules`` now, without waiting for it: work it does
        while the caller is busy elsewhere. No name is bound in the kernel's namespace."""
        self._modules = modules
        if modules:
            self.client.execute(
                f"for _m in {list(modules)!r}: __import__(_m)\ndel _m",
                silent=True,
                store_history=False,
            )

    def wait_ready(self, timeout: float = 60) -> None:
        """Wait until the kernel answers (the first run does it).

        A kernel that died before answering is started once more: the ports a kernel is
        given are free when chosen, and another process (a second report, a test running
        beside this one) can take one before the kernel binds it.
        """
        if self._ready:
            return
        try:
            self.client.wait_for_ready(timeout=timeout)
        except RuntimeError:
            if self.alive:
                raise
            log.warning("the kernel died while starting; starting it once more")
            self.close()
            self._start()
            self.preload(self._modules)
            self.client.wait_for_ready(timeout=timeout)
        self._ready = True

    @property
    def alive(self) -> bool:
        return bool(self.manager.is_alive())

    def run(self, nb: Mapping, timeout: float = 600) -> dict:
        """Run every code cell of ``nb`` (a copy is returned with the outputs).

        Raises
        ------
        CellError
            A cell raised; the cells after it do not run.
        TimeoutError
            A cell ran longer than ``timeout`` seconds.
        RuntimeError
            The kernel died.
        """
        self.wait_ready()
        out = copy.deepcopy(dict(nb))
        count = 0
        for cell in out["cells"]:
            if cell.get("cell_type") != "code":
                continue
            source = _source(cell)
            if not source.strip():
                cell["outputs"] = []
                continue
            count += 1
            cell["execution_count"] = count
            cell["outputs"] = self.execute(source, timeout=timeout, count=count)
        return out

    def execute(self, code: str, *, timeout: float = 600, count: int | None = None) -> list[dict]:
        """Run ``code``; its outputs in nbformat's JSON shape. Raises as :meth:`run`."""
        msg_id = self.client.execute(code, store_history=False, allow_stdin=False)
        deadline = time.monotonic() + timeout
        outputs: list[dict] = []
        error = None
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                self.manager.interrupt_kernel()
                raise TimeoutError(f"a cell ran longer than {timeout:g} s")
            try:
                msg = self.client.get_iopub_msg(timeout=min(left, 1.0))
            except queue.Empty:
                if not self.alive:
                    raise RuntimeError("the kernel died while running the report") from None
                continue
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "status" and content.get("execution_state") == "idle":
                break
            if kind == "error":
                error = content
            elif kind == "clear_output":
                outputs.clear()
            else:
                _add_output(outputs, kind, content, count)
        self._drain_reply(msg_id)
        if error is not None:
            raise CellError(error.get("ename", ""), error.get("evalue", ""), error.get("traceback"))
        return outputs

    def _drain_reply(self, msg_id: str, wait: float = 5.0) -> None:
        """Take the execute reply off the shell channel. The idle status has come, so the
        outputs are complete; a reply that is late is not waited for longer than ``wait``."""
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                reply = self.client.get_shell_msg(timeout=0.2)
            except queue.Empty:
                continue
            if reply.get("parent_header", {}).get("msg_id") == msg_id:
                return
        log.debug("no execute reply within %.1f s; the outputs were complete", wait)

    def close(self) -> None:
        """Stop the kernel and its channels."""
        try:
            self.client.stop_channels()
        finally:
            if self.manager.has_kernel:
                self.manager.shutdown_kernel(now=True)


def _add_output(outputs: list[dict], kind: str, content: dict, count: int | None) -> None:
    if kind == "stream":
        last = outputs[-1] if outputs else {}
        if last.get("output_type") == "stream" and last.get("name") == content["name"]:
            last["text"] += content["text"]
            return
        outputs.append({"output_type": "stream", "name": content["name"], "text": content["text"]})
    elif kind == "display_data":
        outputs.append(
            {
                "output_type": "display_data",
                "data": content.get("data", {}),
                "metadata": content.get("metadata", {}),
            }
        )
    elif kind == "execute_result":
        outputs.append(
            {
                "output_type": "execute_result",
                "data": content.get("data", {}),
                "metadata": content.get("metadata", {}),
                "execution_count": count,
            }
        )
