"""Canary: the code paths of Voilà, nbclient, jupyter_client and jupyter_server that vsvkit's
serving relies on are still there, with the names and signatures we configure or override.

vsvkit changes none of their code; it configures classes of its own into them:

- the reply-wait fix: jupyter_client's ``KernelManager.client_class`` ->
  ``vsvkit.app.kernel_client.PollingKernelClient``, whose channels wait in 0.1 s slices;
  nbclient's executor must create its client through the kernel manager and wait for replies
  and output through the client's channels' ``get_msg``;
- every kernel's environment and the "preheated kernel ready" log line: Voilà's
  ``VoilaConfiguration.multi_kernel_manager_class`` -> ``vsvkit.app.kernel_manager``;
- the template folders of a development checkout: ``vsvkit.app.voila_app`` overrides
  ``Voila.setup_template_dirs`` and the static file handler's lookup.

Fast and without a browser. When one of these fails after an upgrade, the message says what
to re-check; then run ``python benchmarks/bench_app.py hang --loads 50`` (the fix: 50 of 50
renders complete under CPU load) and ``pytest tests/test_serve.py tests/browser`` before
widening the pins in pyproject.toml.
"""

from __future__ import annotations

import inspect
import re
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

REPO = Path(__file__).resolve().parents[1]
RECHECK = (
    " -- re-check {what}, then run `python benchmarks/bench_app.py hang --loads 50` and the "
    "serve tests before widening the pin in pyproject.toml"
)
FIX = "vsvkit/app/kernel_client.py (the reply-wait fix)"
MANAGER = "vsvkit/app/kernel_manager.py (kernels' environment, preheat readiness)"
TEMPLATES = "vsvkit/app/voila_app.py (template folders of a checkout)"


def _recheck(what: str) -> str:
    return RECHECK.format(what=what)


def _source(obj) -> str:
    return inspect.getsource(obj)


def _pins() -> dict[str, Requirement]:
    """The [project] dependencies of pyproject.toml (read as text: tomllib is Python 3.11+)."""
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.S | re.M)
    assert block is not None
    reqs = [Requirement(r) for r in re.findall(r'^\s*"([^"]+)",', block.group(1), re.M)]
    return {r.name.replace("-", "_").lower(): r for r in reqs}


@pytest.mark.parametrize("package", ["voila", "nbclient", "jupyter_client", "jupyter_server"])
def test_installed_versions_are_the_pinned_proven_ones(package):
    pin = _pins()[package]
    assert pin.specifier, f"{package} must be pinned to the range the fix was proven with"
    installed = version(package)
    assert pin.specifier.contains(installed, prereleases=True), (
        f"{package} {installed} is outside {pin}" + _recheck(f"{FIX}, {MANAGER}, {TEMPLATES}")
    )


# -- the reply-wait fix --------------------------------------------------------------------


def test_channel_get_msg_is_a_timed_poll_raising_empty():
    """PollingChannel.get_msg calls the stock get_msg with a short timeout and relies on it
    raising queue.Empty when nothing came (a poll of whole milliseconds)."""
    from jupyter_client.channels import AsyncZMQSocketChannel

    get_msg = AsyncZMQSocketChannel.get_msg
    assert inspect.iscoroutinefunction(get_msg), "get_msg is no longer async" + _recheck(FIX)
    assert "timeout" in inspect.signature(get_msg).parameters, _recheck(FIX)
    src = _source(get_msg)
    assert "poll(" in src and "Empty" in src and "1000" in src, (
        "AsyncZMQSocketChannel.get_msg no longer polls the socket with a timeout in ms and "
        "raises Empty" + _recheck(FIX)
    )


def test_kernel_client_channels_are_configurable_classes():
    from jupyter_client.asynchronous.client import AsyncKernelClient
    from traitlets import Type

    from vsvkit.app.kernel_client import PollingChannel, PollingKernelClient

    traits = AsyncKernelClient.class_traits()
    for name in ("shell", "iopub", "stdin", "control"):
        trait = traits.get(f"{name}_channel_class")
        assert isinstance(trait, Type), f"AsyncKernelClient.{name}_channel_class" + _recheck(FIX)
        assert PollingKernelClient.class_traits()[f"{name}_channel_class"].default_value is (
            PollingChannel
        )
    assert "stop_channels" in vars(PollingKernelClient)
    assert not inspect.iscoroutinefunction(AsyncKernelClient.stop_channels), (
        "KernelClient.stop_channels became async" + _recheck(MANAGER)
    )


def test_kernel_managers_make_clients_from_client_class(tmp_path):
    """The servers' kernel managers are AsyncKernelManagers (the section CLIENT_CONFIG
    configures) and hand out ``client_class`` through ``client()`` with themselves as parent."""
    from jupyter_client.manager import AsyncKernelManager, KernelManager
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
    from traitlets.config import Config

    from vsvkit.app.kernel_client import CLIENT_CONFIG, PollingKernelClient

    assert "client_class" in KernelManager.class_traits(), _recheck(FIX)
    src = _source(KernelManager.client)
    assert "client_factory(" in src and '"parent": self' in src, (
        "KernelManager.client() no longer builds client_factory(parent=self)" + _recheck(FIX)
    )
    mkm = AsyncMappingKernelManager(config=Config(CLIENT_CONFIG))
    km = mkm.kernel_manager_factory(
        parent=mkm, connection_file=str(tmp_path / "k.json"), kernel_name="python3"
    )
    assert isinstance(km, AsyncKernelManager), (
        f"jupyter_server's kernel manager {type(km).__name__} is no AsyncKernelManager"
        + _recheck(f"CLIENT_CONFIG in {FIX}")
    )
    assert km.client_factory is PollingKernelClient, _recheck(FIX)
    assert km.client().parent is km, _recheck(MANAGER)


def test_nbclient_waits_through_the_client_channels():
    """nbclient creates its client through the kernel manager and waits for the reply and the
    output with the channels' get_msg (no socket of its own)."""
    from nbclient import NotebookClient

    start = _source(NotebookClient.async_start_new_kernel_client)
    assert "self.km.client(" in start, (
        "nbclient no longer asks the kernel manager for its client" + _recheck(FIX)
    )
    reply = _source(NotebookClient._async_poll_for_reply)
    output = _source(NotebookClient._async_poll_output_msg)
    assert "shell_channel.get_msg(" in reply, "execute_reply wait" + _recheck(FIX)
    assert "iopub_channel.get_msg(" in output, "output wait" + _recheck(FIX)
    timeout = _source(NotebookClient._get_timeout)
    assert re.search(r"if not timeout or timeout < 0:\s*\n\s*timeout = None", timeout), (
        "VoilaExecutor.timeout = 0 no longer means 'no cell timeout'"
        + _recheck("vsvkit/app/voila_config.py")
    )


def test_voila_renders_with_an_nbclient_executor_that_starts_and_stops_its_client():
    from nbclient import NotebookClient
    from voila.execute import VoilaExecutor
    from voila.notebook_renderer import NotebookRenderer

    assert issubclass(VoilaExecutor, NotebookClient), _recheck(FIX)
    start = _source(NotebookRenderer._jinja_kernel_start)
    assert "VoilaExecutor(" in start and "async_start_new_kernel_client" in start, (
        "Voilà no longer makes its kernel client through nbclient (client_class)" + _recheck(FIX)
    )
    assert "kc.stop_channels()" in _source(NotebookRenderer._cleanup_resources), (
        "Voilà no longer stops the client when a render ends" + _recheck(MANAGER)
    )
    assert "executor.execute_cell(" in _source(NotebookRenderer._jinja_cell_generator)


# -- the kernels' environment and preheat readiness ------------------------------------------


def test_voila_builds_its_kernel_manager_on_the_configured_class():
    from voila.app import Voila
    from voila.configuration import VoilaConfiguration
    from voila.voila_kernel_manager import voila_kernel_manager_factory

    from vsvkit.app.kernel_manager import KernelEnvManager

    assert "multi_kernel_manager_class" in VoilaConfiguration.class_traits(), _recheck(MANAGER)
    assert "voila_configuration.multi_kernel_manager_class" in _source(Voila.init_settings), (
        "Voilà no longer builds its kernel manager on multi_kernel_manager_class"
        + _recheck(MANAGER)
    )
    for preheat in (True, False):
        cls = voila_kernel_manager_factory(KernelEnvManager, preheat, 0)
        assert issubclass(cls, KernelEnvManager), _recheck(MANAGER)
        assert "start_kernel" not in vars(cls), (
            "Voilà's kernel manager overrides start_kernel" + _recheck(MANAGER)
        )


def test_voila_starts_every_kernel_through_start_kernel_with_env():
    """Pool kernels: fill_if_needed marks them VOILA_PREHEAT=True in env, _initialize starts
    them with super().start_kernel and records them in notebook_data; page kernels: the
    handler calls start_kernel with env."""
    from voila.handler import VoilaHandler
    from voila.voila_kernel_manager import voila_kernel_manager_factory

    from vsvkit.app.kernel_manager import KernelEnvManager

    cls = voila_kernel_manager_factory(KernelEnvManager, True, 0)
    fill = _source(cls.fill_if_needed)
    assert 'VOILA_PREHEAT] = "True"' in fill and 'kwargs["env"] = kernel_env' in fill, _recheck(
        MANAGER
    )
    init = _source(cls._initialize)
    assert "super().start_kernel(" in init and "notebook_data" in init, _recheck(MANAGER)
    assert '["kernel_ids"]' in init, "notebook_data[...]['kernel_ids']" + _recheck(MANAGER)
    get = _source(VoilaHandler.get_generator)
    assert "kernel_manager.start_kernel(" in get and "env=kernel_env" in get, _recheck(MANAGER)


def test_jupyter_server_start_kernel_takes_env_in_kwargs():
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    params = inspect.signature(AsyncMappingKernelManager.start_kernel).parameters
    assert any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()), _recheck(MANAGER)
    from jupyter_client.manager import KernelManager

    assert "kernel_id" in KernelManager.class_traits(), _recheck(MANAGER)


# -- template folders of a development checkout ----------------------------------------------


def test_voila_template_lookup_takes_root_dirs():
    from voila.app import Voila
    from voila.paths import collect_static_paths, collect_template_paths
    from voila.static_file_handler import TemplateStaticFileHandler
    from voila.utils import create_include_assets_functions

    for fn in (collect_template_paths, collect_static_paths):
        assert "root_dirs" in inspect.signature(fn).parameters, _recheck(TEMPLATES)
    setup = _source(Voila.setup_template_dirs)
    assert "self.template_paths = collect_template_paths(" in setup, _recheck(TEMPLATES)
    assert "self.static_paths = collect_static_paths(" in setup, _recheck(TEMPLATES)
    assert "self.setup_template_dirs()" in _source(Voila.initialize), _recheck(TEMPLATES)
    assert "self.roots" in _source(TemplateStaticFileHandler.validate_absolute_path), _recheck(
        TEMPLATES
    )
    assert isinstance(
        inspect.getattr_static(TemplateStaticFileHandler, "get_absolute_path"), classmethod
    ), _recheck(TEMPLATES)
    # templates/voila/templates/vsvkit/index.html.j2 replaces these two with its own macros
    assert {"include_css", "include_js"} <= set(create_include_assets_functions("t", "/")), (
        _recheck("templates/voila/templates/vsvkit/index.html.j2")
    )
