"""Tests of vsvkit.serve (configuration, token rules, template lookup) and of the
reply-wait fix in vsvkit._voila_patch (with a fake channel that misses a wake-up)."""

from __future__ import annotations

import asyncio
import json
import os
from queue import Empty
from time import monotonic

import pytest

from vsvkit import serve as srv
from vsvkit.browser import INSTALL_HINT, find_browser
from vsvkit.errors import ReportError, VsvkitError
from vsvkit.paths import templates_dir


@pytest.fixture
def nbdir(tmp_path):
    for name in ("workshop.ipynb", "other.ipynb"):
        (tmp_path / name).write_text("{}")
    return tmp_path


def test_local_default_has_no_token_and_preheats_present_app_notebooks(nbdir):
    cfg = srv.build_config(notebooks_dir=nbdir, db="sqlite:////tmp/a.db")
    assert cfg.host == "127.0.0.1"
    assert cfg.token == ""
    assert cfg.url == "http://127.0.0.1:8866/"
    # regio_analyse.ipynb does not exist in the folder: only workshop.ipynb is preheated
    assert cfg.preheat == ("workshop.ipynb",)
    pools = cfg.config["VoilaKernelManager"]["kernel_pools_config"]
    assert pools["default"]["pool_size"] == 0
    assert pools["workshop.ipynb"]["pool_size"] == 1
    assert pools["workshop.ipynb"]["kernel_env_variables"] == {"VSVKIT_DB": "sqlite:////tmp/a.db"}
    assert cfg.env == {"VSVKIT_DB": "sqlite:////tmp/a.db"}
    vc = cfg.config["VoilaConfiguration"]
    assert vc["template"] == "vsvkit"
    assert vc["show_tracebacks"] is False
    assert vc["preheat_kernel"] is True
    mkm = cfg.config["MappingKernelManager"]
    assert mkm["cull_idle_timeout"] > 0 and mkm["cull_interval"] > 0
    assert mkm["cull_connected"] is False  # an open workshop page is never culled


def test_no_app_notebooks_means_no_preheating(tmp_path):
    (tmp_path / "x.ipynb").write_text("{}")
    cfg = srv.build_config(notebooks_dir=tmp_path)
    assert cfg.preheat == ()
    assert cfg.config["VoilaConfiguration"]["preheat_kernel"] is False
    assert "VSVKIT_DB" not in cfg.env


def test_explicit_preheat_must_exist(nbdir):
    cfg = srv.build_config(notebooks_dir=nbdir, preheat=["other.ipynb"])
    assert cfg.preheat == ("other.ipynb",)
    with pytest.raises(VsvkitError, match="nope.ipynb"):
        srv.build_config(notebooks_dir=nbdir, preheat=["nope.ipynb"])


def test_public_address_generates_token_and_url_carries_it(nbdir):
    a = srv.build_config(notebooks_dir=nbdir, host="0.0.0.0", port=9000)
    b = srv.build_config(notebooks_dir=nbdir, host="0.0.0.0", port=9000)
    assert len(a.token) >= 24 and a.token != b.token
    assert a.url == f"http://127.0.0.1:9000/?token={a.token}"
    assert a.config["Voila"]["token"] == a.token
    given = srv.build_config(notebooks_dir=nbdir, host="192.168.1.5", token="geheim")
    assert given.url == "http://192.168.1.5:8866/?token=geheim"


def test_public_address_without_token_is_refused(nbdir):
    with pytest.raises(VsvkitError, match="zonder token"):
        srv.build_config(notebooks_dir=nbdir, host="0.0.0.0", token="")


@pytest.mark.parametrize("port", [0, 70000, "80"])
def test_bad_port_and_folder(nbdir, port):
    with pytest.raises(VsvkitError, match="poort"):
        srv.build_config(notebooks_dir=nbdir, port=port)


def test_missing_folder(tmp_path):
    with pytest.raises(VsvkitError, match="bestaat niet"):
        srv.build_config(notebooks_dir=tmp_path / "weg")


def test_main_reports_errors_without_traceback(tmp_path, capsys):
    assert srv.main(["--notebooks", str(tmp_path / "weg")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout:") and "Traceback" not in err


def test_voila_argv_round_trips_pools_as_json(nbdir):
    cfg = srv.build_config(notebooks_dir=nbdir, db="sqlite://")
    argv = srv.voila_argv(cfg)
    assert argv[0] == str(nbdir.resolve())
    pools_flag = next(a for a in argv if a.startswith("--VoilaKernelManager.kernel_pools_config="))
    assert (
        json.loads(pools_flag.split("=", 1)[1])
        == cfg.config["VoilaKernelManager"]["kernel_pools_config"]
    )
    assert "--VoilaConfiguration.template=vsvkit" in argv


def test_template_root_is_found_by_voila_lookup():
    root = srv.template_root()
    link = root / "voila" / "templates" / "vsvkit"
    assert (link / "index.html.j2").read_text() == (
        templates_dir() / "voila" / "vsvkit" / "index.html.j2"
    ).read_text()
    conf = json.loads((link / "conf.json").read_text())
    assert conf["base_template"] == "lab"
    from voila.paths import collect_template_paths

    paths = collect_template_paths(
        ["voila", "nbconvert"], "vsvkit", prune=True, root_dirs=[str(root), *_jupyter_path()]
    )
    assert paths[0] == str(link)
    assert any(p.endswith(os.path.join("voila", "templates", "lab")) for p in paths)


def _jupyter_path():
    from jupyter_core.paths import jupyter_path

    return jupyter_path()


def test_template_makes_no_outside_links():
    text = (templates_dir() / "voila" / "vsvkit" / "index.html.j2").read_text()
    assert "https://" not in text and "http://" not in text
    assert "De workshop wordt geladen…" in text
    assert "VSV-integratiemeter" in text


def test_find_browser_env_and_error(monkeypatch, tmp_path):
    fake = tmp_path / "chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("VSVKIT_BROWSER", str(fake))
    assert find_browser() == fake
    monkeypatch.setenv("VSVKIT_BROWSER", str(tmp_path / "missing"))
    with pytest.raises(ReportError, match="not an executable"):
        find_browser()
    monkeypatch.delenv("VSVKIT_BROWSER")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "pw"))
    with pytest.raises(ReportError) as info:
        find_browser()
    assert INSTALL_HINT in str(info.value)
    assert "sudo apt-get install chromium" in str(info.value)


# --- the reply-wait fix -------------------------------------------------------------


class _MissedWakeupChannel:
    """A shell channel whose message arrives *during* a wait and never wakes that wait.

    Like a zmq.asyncio poll whose edge-triggered notification was lost: a call that
    started before the message was queued only returns when its timeout expires
    (forever for timeout=None); a call that starts after it was queued returns it.
    """

    def __init__(self, msg, arrive_after: float):
        self.msg = msg
        self.arrive_at = monotonic() + arrive_after
        self.calls: list[float | None] = []

    async def get_msg(self, timeout=None):
        self.calls.append(timeout)
        if monotonic() >= self.arrive_at and self.msg is not None:
            msg, self.msg = self.msg, None
            return msg
        if timeout is None:
            await asyncio.sleep(3600)  # the missed wake-up: never returns in the test
        await asyncio.sleep(timeout)
        raise Empty


class _KC:
    def __init__(self, shell):
        self.shell_channel = shell


def _executor(shell):
    import nbformat

    from vsvkit import _voila_patch

    cls = _voila_patch.executor_class()
    ex = cls(nbformat.v4.new_notebook())
    ex.kc = _KC(shell)
    ex.record_timing = False
    return ex


async def _done():
    return None


def _reply(msg_id):
    return {"parent_header": {"msg_id": msg_id}, "header": {"msg_type": "execute_reply"}}


def test_polling_executor_recovers_missed_wakeup_within_100ms():
    shell = _MissedWakeupChannel(_reply("m1"), arrive_after=0.25)
    ex = _executor(shell)

    async def run():
        out, alive = asyncio.ensure_future(_done()), asyncio.ensure_future(asyncio.sleep(60))
        t0 = monotonic()
        shell.arrive_at = t0 + 0.25
        msg = await asyncio.wait_for(ex._async_poll_for_reply("m1", {}, None, out, alive), 5)
        return msg, monotonic() - t0, alive

    msg, took, alive = asyncio.run(run())
    assert msg["parent_header"]["msg_id"] == "m1"
    # arrives at 0.25 s; found at the next 0.1 s slice: well under 0.25 + 0.1 + slack
    assert 0.25 <= took < 0.5
    assert all(t is not None and t <= 0.1 for t in shell.calls)
    assert alive.cancelled()


def test_stock_executor_hangs_on_the_same_channel():
    """The same fake channel makes nbclient's stock wait (timeout=None) hang: the test
    double reproduces the failure the fix is for."""
    from nbclient.client import NotebookClient

    shell = _MissedWakeupChannel(_reply("m1"), arrive_after=0.05)
    ex = _executor(shell)

    async def run():
        out, alive = asyncio.ensure_future(_done()), asyncio.ensure_future(asyncio.sleep(60))
        shell.arrive_at = monotonic() + 0.05
        coro = NotebookClient._async_poll_for_reply(ex, "m1", {}, None, out, alive)
        try:
            await asyncio.wait_for(coro, 1.0)
        except asyncio.TimeoutError:
            return "hung"
        finally:
            alive.cancel()
        return "returned"

    assert asyncio.run(run()) == "hung"
    assert shell.calls == [None]


def test_polling_executor_skips_other_replies_and_honours_cell_timeout():
    from nbclient.exceptions import CellTimeoutError

    class Seq:
        def __init__(self):
            self.queue = [_reply("kernel-id-cell")]

        async def get_msg(self, timeout=None):
            if self.queue:
                return self.queue.pop(0)
            await asyncio.sleep(timeout)
            raise Empty

    ex = _executor(Seq())
    ex.interrupt_on_timeout = False

    async def _alive():
        return None

    ex._async_check_alive = _alive
    import nbformat

    cell = nbformat.v4.new_code_cell("x")

    async def run():
        out, alive = asyncio.ensure_future(_done()), asyncio.ensure_future(asyncio.sleep(60))
        t0 = monotonic()
        with pytest.raises(CellTimeoutError):
            await ex._async_poll_for_reply("m1", cell, 1, out, alive)
        return monotonic() - t0

    took = asyncio.run(run())
    assert 1.0 <= took < 1.5


def test_apply_replaces_renderer_executor():
    import voila.notebook_renderer

    from vsvkit import _voila_patch

    original = voila.notebook_renderer.VoilaExecutor
    try:
        cls = _voila_patch.apply()
        assert voila.notebook_renderer.VoilaExecutor is cls
        assert _voila_patch.is_applied()
        assert _voila_patch.apply() is cls  # idempotent
        assert issubclass(cls, original)
    finally:
        voila.notebook_renderer.VoilaExecutor = original
        import voila.execute

        voila.execute.VoilaExecutor = original
