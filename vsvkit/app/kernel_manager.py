"""The server's kernel manager: every kernel's environment, and a log line when a preheated
kernel is ready.

:class:`KernelEnvManager` is selected through Voilà's configuration
(``VoilaConfiguration.multi_kernel_manager_class``: the base class of Voilà's pooling kernel
manager); no Voilà code is replaced.

The environment
---------------
A kernel of the app reads its settings (the store URL, an own instrument or guide, folders)
from its environment (:class:`vsvkit.app.settings.Settings`). Voilà starts a kernel for the
pool with ``os.environ`` plus ``kernel_pools_config``'s variables (those of ``os.environ``
win), and a kernel for a page with ``os.environ`` only. :class:`KernelEnvManager` gives every
kernel ``kernel_env`` on top of the server's environment, without changing that environment.

Ready
-----
Voilà's own "Kernel pool of X is filled" is logged when the kernel *process* has started; the
notebook may still be executing for seconds, and a page requested in that window waits for
it. Operators (and ``benchmarks/bench_app.py``) need to know when the kernel is really ready:
:data:`PREHEAT_READY_MESSAGE`, logged once per preheated kernel (Voilà starts those with
``VOILA_PREHEAT=True`` in their environment) when the render of its notebook has ended --
Voilà's executor then stops its kernel client, and our client
(:class:`vsvkit.app.kernel_client.PollingKernelClient`) calls :meth:`KernelEnvManager.rendered`.
A page that takes the kernel while its last cells still run gets the log line too, once the
render has ended. (Served with jupyter_client's stock client -- a measurement without the
fix, ``VSVKIT_STOCK_KERNEL_CLIENT=1`` -- the line is not logged.)
"""

from __future__ import annotations

import logging
import os
from typing import Any

from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
from traitlets import Dict, Unicode

__all__ = ["KernelEnvManager", "PREHEAT_READY_MESSAGE"]

log = logging.getLogger("vsvkit.app.serve")

#: Logged by the server when a preheated kernel has executed the whole notebook (a page
#: opened from then on gets its output at once).
PREHEAT_READY_MESSAGE = "Pre-heated kernel ready (notebook executed): %s"


class KernelEnvManager(AsyncMappingKernelManager):
    """jupyter_server's kernel manager; every kernel gets ``kernel_env`` in its environment."""

    kernel_env = Dict(
        key_trait=Unicode(),
        value_trait=Unicode(),
        config=True,
        help="Environment variables of every kernel, over the server's own environment.",
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.preheating: set[str] = set()

    async def start_kernel(self, **kwargs: Any) -> str:  # type: ignore[override]
        """Start a kernel (see jupyter_server) with ``kernel_env`` added to ``env``."""
        env = kwargs.get("env")
        env = {**(os.environ if env is None else env), **self.kernel_env}
        kwargs["env"] = env
        kernel_id = await super().start_kernel(**kwargs)
        if env.get("VOILA_PREHEAT") == "True":  # Voilà's mark of a pool kernel
            self.preheating.add(kernel_id)
        return kernel_id

    def rendered(self, kernel_id: str) -> None:
        """The render in kernel ``kernel_id`` has ended: log :data:`PREHEAT_READY_MESSAGE`
        once when it is a preheated kernel."""
        if kernel_id not in self.preheating:
            return
        self.preheating.discard(kernel_id)
        # Voilà's pooling manager (our subclass) records each notebook's kernels
        notebooks = getattr(self, "notebook_data", {})
        name = next((nb for nb, d in notebooks.items() if kernel_id in d["kernel_ids"]), None)
        log.info(PREHEAT_READY_MESSAGE, name)
