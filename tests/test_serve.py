"""Tests of vsvkit.app.serve and its configuration (vsvkit.app.voila_config: token rules,
template lookup, kernels' environment, preheat readiness; nothing written, no environment
changed), of the reply-wait fix in vsvkit.app.kernel_client (with a fake socket that misses a
wake-up), and of a real ``vsvkit serve`` over raw HTTP: Host and Origin checks, no CORS, no
500 pages, only the apps as pages, and the kernel shutdown a closing page sends."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import tempfile
from pathlib import Path
from queue import Empty
from time import monotonic

import pytest

from vsvkit import cli
from vsvkit.app import serve as app_serve
from vsvkit.app import voila_config as srv
from vsvkit.errors import ReportError, VsvkitError
from vsvkit.paths import template_dir, template_roots
from vsvkit.report.browser import INSTALL_HINT, find_browser

REPO = Path(__file__).resolve().parents[1]


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


def test_the_presenter_views_address_carries_the_token(nbdir):
    local = srv.build_config(notebooks_dir=nbdir, port=9000)
    assert (
        srv.presenter_url(local) == "http://127.0.0.1:9000/voila/render/workshop.ipynb?presentatie"
    )
    given = srv.build_config(notebooks_dir=nbdir, host="192.168.1.5", token="geheim")
    assert srv.presenter_url(given) == (
        "http://192.168.1.5:8866/voila/render/workshop.ipynb?token=geheim&presentatie"
    )


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
    assert cli.main(["serve", "--notebooks", str(tmp_path / "weg")]) == 2
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


def test_checkout_templates_are_found_first_by_voila_lookup():
    """In a checkout, templates/ is a Jupyter data folder searched before Jupyter's own."""
    roots = template_roots()
    assert roots == [REPO / "templates"]
    link = roots[0] / "voila" / "templates" / "vsvkit"
    assert template_dir("voila", "vsvkit") == link
    conf = json.loads((link / "conf.json").read_text())
    assert conf["base_template"] == "lab"
    from voila.paths import collect_template_paths

    paths = collect_template_paths(
        ["voila", "nbconvert"], "vsvkit", prune=True, root_dirs=[str(roots[0]), *_jupyter_path()]
    )
    assert paths[0] == str(link)
    assert any(p.endswith(os.path.join("voila", "templates", "lab")) for p in paths)
    cfg = srv.build_config(notebooks_dir=REPO / "notebooks")
    assert cfg.config["VsvkitVoila"]["template_roots"] == [str(REPO / "templates")]


def test_voila_app_searches_the_template_roots_first():
    """VsvkitVoila's template and static paths (pages, error pages, static files) start in the
    configured template roots, then follow Voilà's chain (vsvkit -> lab -> base)."""
    from traitlets.config import Config
    from voila.configuration import VoilaConfiguration

    from vsvkit.app.voila_app import app_class

    cfg = srv.build_config(notebooks_dir=REPO / "notebooks")
    app = app_class()(config=Config(cfg.config))
    app.voila_configuration = VoilaConfiguration(parent=app)
    app.setup_template_dirs()
    ours = template_dir("voila", "vsvkit")
    assert app.template_paths[0] == str(ours)
    assert any(
        p.endswith(os.path.join("nbconvert", "templates", "lab")) for p in app.template_paths
    )
    assert app.static_paths[0] == str(ours / "static")
    lab_static = [p for p in app.static_paths if p.endswith(os.path.join("lab", "static"))]
    assert any(Path(p, "index.css").is_file() for p in lab_static)


def test_report_exporter_finds_the_checkout_template():
    from vsvkit.report import ReportHTMLExporter

    exporter = ReportHTMLExporter()
    assert exporter.template_name == "vsvkit_report"
    assert exporter.template_paths[0] == str(template_dir("nbconvert", "vsvkit_report"))
    assert exporter.template_paths[0].startswith(str(REPO / "templates"))


def _jupyter_path():
    from jupyter_core.paths import jupyter_path

    return jupyter_path()


def test_template_makes_no_outside_links():
    text = (template_dir("voila", "vsvkit") / "index.html.j2").read_text()
    assert "https://" not in text and "http://" not in text
    assert "De workshop wordt geladen…" in text
    assert "VSV-integratiemeter" in text


def test_find_browser_env_and_error(monkeypatch, tmp_path):
    fake = tmp_path / "chrome"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    from vsvkit.app.settings import Settings

    # VSVKIT_BROWSER is read at the edges (command line, notebooks) and passed down
    monkeypatch.setenv("VSVKIT_BROWSER", str(fake))
    assert find_browser(Settings.from_env().browser) == fake
    monkeypatch.setenv("VSVKIT_BROWSER", str(tmp_path / "missing"))
    with pytest.raises(ReportError, match="not an executable"):
        find_browser(Settings.from_env().browser)
    monkeypatch.delenv("VSVKIT_BROWSER")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(tmp_path / "pw"))
    with pytest.raises(ReportError) as info:
        find_browser()
    assert INSTALL_HINT in str(info.value)
    assert "sudo apt-get install chromium" in str(info.value)


# --- the reply-wait fix (vsvkit.app.kernel_client) --------------------------------------


def _frames(msg_id: str):
    """The wire frames of an ``execute_reply`` to ``msg_id`` (a real jupyter_client Session)."""
    from jupyter_client.session import Session

    session = Session(key=b"test-key")
    msg = session.msg("execute_reply", {"status": "ok"}, parent={"msg_id": msg_id})
    msg["parent_header"] = {"msg_id": msg_id}
    return session, session.serialize(msg)


class _MissedWakeupSocket:
    """A zmq.asyncio socket whose message arrives *during* a poll and never wakes that poll.

    Like a poll whose edge-triggered notification was lost: a poll that started before the
    message was queued only returns at its timeout (never for timeout=None); a poll that
    starts after it was queued sees it at once.
    """

    def __init__(self, frames, arrive_after: float):
        self.frames = frames
        self.arrive_at = monotonic() + arrive_after
        self.polls: list[int | None] = []

    async def poll(self, timeout=None, flags=None):
        import zmq

        self.polls.append(timeout)
        if monotonic() >= self.arrive_at and self.frames is not None:
            return zmq.POLLIN
        if timeout is None:
            await asyncio.sleep(3600)  # the missed wake-up: never returns in the test
        await asyncio.sleep(timeout / 1000)
        return 0

    async def recv_multipart(self, copy=True):
        frames, self.frames = self.frames, None
        return frames


def _channel(cls, socket, session):
    """A channel of ``cls`` reading from the fake ``socket`` (jupyter_client insists on a real
    zmq.asyncio socket when the channel is made)."""
    import zmq
    import zmq.asyncio

    real = zmq.asyncio.Context.instance().socket(zmq.DEALER)
    channel = cls(real, session)
    channel.socket = socket
    real.close(linger=0)
    return channel


def test_polling_channel_recovers_missed_wakeup_at_next_slice():
    from vsvkit.app.kernel_client import POLL_INTERVAL, PollingChannel

    session, frames = _frames("m1")

    async def run():
        socket = _MissedWakeupSocket(frames, arrive_after=0.25)
        channel = _channel(PollingChannel, socket, session)
        t0 = monotonic()
        msg = await asyncio.wait_for(channel.get_msg(timeout=None), 5)
        return msg, monotonic() - t0, socket.polls

    msg, took, polls = asyncio.run(run())
    assert msg["parent_header"]["msg_id"] == "m1"
    assert msg["header"]["msg_type"] == "execute_reply"
    # queued at 0.25 s, found by the first slice that starts after it: 3 empty slices of 0.1 s
    assert took >= 0.25
    assert polls[:3] == [int(POLL_INTERVAL * 1000)] * 3
    assert all(p is not None and p <= 100 for p in polls)


def test_stock_channel_hangs_on_the_same_socket():
    """jupyter_client's channel waits once (timeout=None) and never returns: the test double
    reproduces the failure the fix is for."""
    from jupyter_client.channels import AsyncZMQSocketChannel

    session, frames = _frames("m1")

    async def run():
        socket = _MissedWakeupSocket(frames, arrive_after=0.05)
        channel = _channel(AsyncZMQSocketChannel, socket, session)
        try:
            await asyncio.wait_for(channel.get_msg(timeout=None), 1.0)
        except asyncio.TimeoutError:
            return "hung", socket.polls
        return "returned", socket.polls

    assert asyncio.run(run()) == ("hung", [None])


def test_polling_channel_honours_a_timeout():
    from vsvkit.app.kernel_client import PollingChannel

    session, _ = _frames("m1")

    async def run():
        channel = _channel(PollingChannel, _MissedWakeupSocket(None, arrive_after=0), session)
        t0 = monotonic()
        with pytest.raises(Empty):
            await channel.get_msg(timeout=0.35)
        return monotonic() - t0, channel.socket.polls

    took, polls = asyncio.run(run())
    assert took >= 0.35
    # slices of 0.1 s and then what is left (whole ms, as jupyter_client passes it): on a quiet
    # machine 100, 100, 100, 50; never a 0 ms poll, which would spin. A busy machine oversleeps
    # a slice: then fewer and shorter slices, never more
    assert polls[0] == 100 and len(polls) <= 5
    assert all(1 <= p <= 100 for p in polls)


def test_polling_client_is_chosen_by_configuration(nbdir):
    """build_config makes every kernel manager of the server hand out the polling client,
    whose channels are all polling ones; with polling_client=False the stock client."""
    from jupyter_client.asynchronous.client import AsyncKernelClient
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager
    from traitlets.config import Config

    from vsvkit.app.kernel_client import PollingChannel, PollingKernelClient

    def client_factory(config):
        mkm = AsyncMappingKernelManager(config=Config(config))
        km = mkm.kernel_manager_factory(
            parent=mkm, connection_file=str(nbdir / "k.json"), kernel_name="python3"
        )
        return km.client_factory

    cfg = srv.build_config(notebooks_dir=nbdir)
    factory = client_factory(cfg.config)
    assert factory is PollingKernelClient
    for name in ("shell", "iopub", "stdin", "control"):
        assert getattr(factory, f"{name}_channel_class").default_value is PollingChannel
    stock = srv.build_config(notebooks_dir=nbdir, polling_client=False)
    assert "AsyncKernelManager" not in stock.config
    assert client_factory(stock.config) is AsyncKernelClient


# --- nothing written, no environment changed; the kernels' environment -----------------


def test_serve_leaves_no_temp_folder_and_does_not_change_the_environment(
    nbdir, tmp_path, monkeypatch
):
    """serve() builds the configuration and launches Voilà (stubbed here): no file or folder
    is made (templates are found by configuration, not a linked temporary folder) and
    os.environ (JUPYTER_PATH, VSVKIT_DB, ...) is the same afterwards; the kernels' settings
    travel in the configuration."""
    import vsvkit.app.voila_app as voila_app

    launched = []

    class FakeVoila:
        @classmethod
        def launch_instance(cls, argv=None, config=None):
            launched.append((argv, config))

    monkeypatch.setattr(voila_app, "app_class", lambda: FakeVoila)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    before = dict(os.environ)
    files = sorted(nbdir.iterdir())
    app_serve.serve(
        notebooks_dir=nbdir,
        db="sqlite:////tmp/a.db",
        kernel_env={"VSVKIT_GUIDE": "/tmp/leidraad.yaml"},
    )
    assert dict(os.environ) == before
    assert list(tmp.iterdir()) == []
    assert sorted(nbdir.iterdir()) == files
    [(argv, config)] = launched
    assert argv == [str(nbdir.resolve())]
    assert config.KernelEnvManager.kernel_env == {
        # where members reach the questionnaire pages: the app shows it as a link and QR code
        "VSVKIT_PUBLIC_URL": "http://127.0.0.1:8866",
        "VSVKIT_GUIDE": "/tmp/leidraad.yaml",
        "VSVKIT_DB": "sqlite:////tmp/a.db",
    }
    assert config.VsvkitVoila.store_url == "sqlite:////tmp/a.db"
    assert config.VsvkitVoila.template_roots == [str(REPO / "templates")]


def test_every_kernel_gets_the_configured_environment(nbdir):
    """Pool kernels and page kernels are started through the configured kernel manager, whose
    kernel_env wins over the server's environment (Voilà's pool variables do not)."""
    from traitlets.config import Config

    from vsvkit.app.kernel_manager import KernelEnvManager

    cfg = srv.build_config(notebooks_dir=nbdir, db="sqlite:////tmp/a.db")
    vc = cfg.config["VoilaConfiguration"]
    assert vc["multi_kernel_manager_class"] == "vsvkit.app.kernel_manager.KernelEnvManager"
    assert cfg.config["KernelEnvManager"]["kernel_env"] == {"VSVKIT_DB": "sqlite:////tmp/a.db"}

    started = []

    async def record(self, **kwargs):
        started.append(kwargs)
        return "k1"

    # what the manager hands jupyter_server's start_kernel: the merged env
    mgr = KernelEnvManager(config=Config(cfg.config))
    import jupyter_server.services.kernels.kernelmanager as jskm

    original = jskm.AsyncMappingKernelManager.start_kernel
    try:
        jskm.AsyncMappingKernelManager.start_kernel = record
        asyncio.run(mgr.start_kernel(kernel_name="python3", env={"A": "1", "VSVKIT_DB": "old"}))
        asyncio.run(mgr.start_kernel(kernel_name="python3"))
    finally:
        jskm.AsyncMappingKernelManager.start_kernel = original
    assert started[0]["env"] == {"A": "1", "VSVKIT_DB": "sqlite:////tmp/a.db"}
    assert started[0]["kernel_name"] == "python3"
    assert started[1]["env"]["VSVKIT_DB"] == "sqlite:////tmp/a.db"
    assert started[1]["env"]["PATH"] == os.environ["PATH"]


def test_a_preheated_kernel_is_logged_ready_once_when_its_render_ends(nbdir, caplog):
    """Voilà's executor stops its kernel client when a render has ended; the client tells the
    server's kernel manager, which logs PREHEAT_READY_MESSAGE for a kernel Voilà started for
    its pool (VOILA_PREHEAT=True), once, with the notebook's name; not for a page's kernel."""
    from traitlets.config import Config

    from vsvkit.app.kernel_manager import PREHEAT_READY_MESSAGE, KernelEnvManager

    cfg = srv.build_config(notebooks_dir=nbdir)
    mgr = KernelEnvManager(config=Config(cfg.config))
    ids = iter(["pool-1", "page-1"])

    async def fake_start(self, **kwargs):
        return next(ids)

    import jupyter_server.services.kernels.kernelmanager as jskm

    original = jskm.AsyncMappingKernelManager.start_kernel
    try:
        jskm.AsyncMappingKernelManager.start_kernel = fake_start
        asyncio.run(mgr.start_kernel(kernel_name="python3", env={"VOILA_PREHEAT": "True"}))
        asyncio.run(mgr.start_kernel(kernel_name="python3", env={"VOILA_PREHEAT": "False"}))
    finally:
        jskm.AsyncMappingKernelManager.start_kernel = original
    # Voilà's pooling manager (a subclass of ours) records the notebook of each pool kernel
    mgr.notebook_data = {"workshop.ipynb": {"kernel_ids": {"pool-1"}}}

    def client_of(kernel_id):
        km = mgr.kernel_manager_factory(
            parent=mgr,
            connection_file=str(nbdir / f"{kernel_id}.json"),
            kernel_name="python3",
            kernel_id=kernel_id,
        )
        return km.client()

    with caplog.at_level(logging.INFO, logger="vsvkit.app.serve"):
        client_of("page-1").stop_channels()
        assert caplog.messages == []
        client_of("pool-1").stop_channels()
        client_of("pool-1").stop_channels()  # a later render in the same kernel
    assert caplog.messages == [PREHEAT_READY_MESSAGE % "workshop.ipynb"]


# --- pages, host names ------------------------------------------------------------------


def test_pages_default_to_app_notebooks_and_preheated_ones(tmp_path):
    for name in ("workshop.ipynb", "regio_analyse.ipynb", "report.ipynb", "x.ipynb"):
        (tmp_path / name).write_text("{}")
    cfg = srv.build_config(notebooks_dir=tmp_path)
    assert cfg.apps == ("workshop.ipynb", "regio_analyse.ipynb")
    assert cfg.config["VsvkitVoila"]["apps"] == ["workshop.ipynb", "regio_analyse.ipynb"]
    with_x = srv.build_config(notebooks_dir=tmp_path, preheat=["x.ipynb"])
    assert with_x.apps == ("workshop.ipynb", "regio_analyse.ipynb", "x.ipynb")
    only = srv.build_config(notebooks_dir=tmp_path, apps=["x.ipynb"])
    assert only.apps == ("x.ipynb",)
    with pytest.raises(VsvkitError, match="nope.ipynb"):
        srv.build_config(notebooks_dir=tmp_path, apps=["nope.ipynb"])


def test_allow_host_names_are_normalised_and_checked(nbdir):
    cfg = srv.build_config(
        notebooks_dir=nbdir,
        allow_hosts=["Workshop.Local", "[fe80::1]", "10.0.0.7", "workshop.local"],
    )
    assert cfg.allow_hosts == ("workshop.local", "fe80::1", "10.0.0.7")
    assert cfg.config["VsvkitVoila"]["allow_hosts"] == ["workshop.local", "fe80::1", "10.0.0.7"]
    for bad in ("http://evil.example", "evil.example:80", "", "a b", "-x.example"):
        with pytest.raises(VsvkitError, match="--allow-host"):
            srv.build_config(notebooks_dir=nbdir, allow_hosts=[bad])


def test_voila_argv_leaves_out_our_own_section(nbdir):
    argv = srv.voila_argv(srv.build_config(notebooks_dir=nbdir, allow_hosts=["a.example"]))
    assert not any(a.startswith("--VsvkitVoila.") for a in argv)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1", True),
        ("127.0.0.1:8866", True),
        ("localhost", True),
        ("LOCALHOST:8866", True),
        ("[::1]", True),
        ("[::1]:8866", True),
        ("workshop.local:8866", True),
        ("evil.example", False),
        ("evil.example:8866", False),
        ("127.0.0.1.evil.example", False),
        ("localhost:abc", False),
        ("[::1", False),
        ("", False),
        (None, False),
    ],
)
def test_host_rule(host, allowed):
    from vsvkit.app.hosts import allowed_hosts, host_allowed

    assert host_allowed(host, allowed_hosts("127.0.0.1", ["workshop.local"])) is allowed


def test_allowed_hosts_include_a_specific_bind_address_only():
    from vsvkit.app.hosts import LOCAL_NAMES, allowed_hosts

    assert allowed_hosts("0.0.0.0") == frozenset(LOCAL_NAMES)
    assert allowed_hosts("192.168.1.5") == frozenset({*LOCAL_NAMES, "192.168.1.5"})


@pytest.mark.parametrize(
    ("origin", "host", "allowed"),
    [
        (None, "127.0.0.1:8866", True),
        ("http://127.0.0.1:8866", "127.0.0.1:8866", True),
        ("HTTP://LOCALHOST:8866", "localhost:8866", True),
        ("https://workshop.local", "workshop.local", True),
        ("http://evil.example", "127.0.0.1:8866", False),
        ("http://127.0.0.1:9999", "127.0.0.1:8866", False),  # another local site
        ("http://localhost:8866", "127.0.0.1:8866", False),  # not the page's own origin
        ("null", "127.0.0.1:8866", False),
        ("file://", "127.0.0.1:8866", False),
    ],
)
def test_origin_rule(origin, host, allowed):
    from vsvkit.app.hosts import origin_allowed

    assert origin_allowed(origin, host) is allowed


# --- a real server over raw HTTP ----------------------------------------------------------

TINY = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "c1",
            "metadata": {},
            "outputs": [],
            "source": ["print(6 * 7)"],
        }
    ],
    "metadata": {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture(scope="module")
def raw_server(tmp_path_factory):
    """``python -m vsvkit serve`` on a free port: tiny.ipynb is the only page (report.ipynb is
    in the folder too), no preheating, ``--allow-host workshop.local``."""
    from browser._app import running_server

    folder = tmp_path_factory.mktemp("served")
    (folder / "tiny.ipynb").write_text(json.dumps(TINY))
    (folder / "report.ipynb").write_text(json.dumps(TINY))
    with running_server(
        notebooks_dir=folder,
        preheat=(),
        apps=("tiny.ipynb",),
        allow_hosts=("workshop.local",),
        name="test-raw-http",
    ) as server:
        yield server


def _request(server, path, *, method="GET", headers=None, body=None):
    """(status, headers, body text) of one raw HTTP request to ``server``."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        headers = {"Host": f"127.0.0.1:{server.port}", **(headers or {})}
        for key, value in headers.items():
            if value is not None:
                conn.putheader(key, value)
        if body is not None:
            conn.putheader("Content-Length", str(len(body)))
        conn.endheaders(body.encode() if body is not None else None)
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def _websocket_status(server, path, headers) -> int:
    """HTTP status of a websocket handshake (101 when it was accepted)."""
    status, _, _ = _request(
        server,
        path,
        headers={
            "Upgrade": "websocket",
            "Connection": "Upgrade",
            "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
            "Sec-WebSocket-Version": "13",
            **headers,
        },
    )
    return status


@pytest.mark.slow
@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("evil.example", 403),
        ("evil.example:{port}", 403),
        ("127.0.0.1:{port}", 200),
        ("localhost:{port}", 200),
        ("localhost", 200),
        ("[::1]:{port}", 200),
        ("workshop.local", 200),  # --allow-host
        ("workshop.local:{port}", 200),
        ("other.local", 403),
    ],
)
def test_raw_host_check(raw_server, host, status):
    got, headers, body = _request(
        raw_server, "/", headers={"Host": host.format(port=raw_server.port)}
    )
    assert got == status
    if status == 403:
        assert headers["Content-Type"].startswith("text/plain")
        assert body.startswith("Geweigerd:") and "Refused:" in body
        assert len(body) < 200


@pytest.mark.slow
def test_raw_host_check_covers_static_files_and_api(raw_server):
    for path in (
        "/voila/static/voila.js",
        "/voila/api/shutdown/x",
        "/voila/templates/lab/static/x",
    ):
        assert _request(raw_server, path, headers={"Host": "evil.example"})[0] == 403


@pytest.mark.slow
def test_raw_websocket_refused_for_foreign_host_or_origin(raw_server):
    port = raw_server.port
    path = "/api/kernels/00000000-0000-0000-0000-000000000000/channels"
    own = {"Host": f"127.0.0.1:{port}", "Origin": f"http://127.0.0.1:{port}"}
    assert (
        _websocket_status(
            raw_server, path, {"Host": "evil.example", "Origin": "http://evil.example"}
        )
        == 403
    )
    assert _websocket_status(raw_server, path, {**own, "Origin": "http://evil.example"}) == 403
    assert _websocket_status(raw_server, path, {**own, "Host": "evil.example"}) == 403
    # the page's own origin passes the check (and then meets the handler: no such kernel)
    assert _websocket_status(raw_server, path, own) == 404


@pytest.mark.slow
def test_raw_state_changing_requests_need_the_own_origin(raw_server):
    port = raw_server.port
    for method in ("POST", "PUT", "DELETE"):
        status, _, body = _request(
            raw_server,
            "/voila/api/shutdown/x",
            method=method,
            headers={"Origin": "http://evil.example"},
            body="",
        )
        assert status == 403 and body.startswith("Geweigerd:"), method
    status, _, _ = _request(
        raw_server,
        "/voila/api/shutdown/x",
        method="POST",
        headers={"Origin": f"http://127.0.0.1:{port}"},
        body="",
    )
    assert status == 403  # passes the Origin check; refused by the XSRF check (no cookie)


@pytest.mark.slow
def test_raw_no_500_pages_and_only_apps(raw_server):
    expected = {
        "/logout": 404,
        "/voila/templates/x": 404,
        "/voila/templates/lab/x.css": 404,
        "/voila/templates/nope/static/x.css": 404,
        "/voila/render/report.ipynb": 404,
        "/voila/render/nope.ipynb": 404,
        "/voila/tree": 404,
        "/voila/tree/report.ipynb": 404,
        "/voila/api/contents": 404,
        "/nope": 404,
        "/": 200,
    }
    got = {path: _request(raw_server, path)[0] for path in expected}
    assert got == expected
    status, _, body = _request(raw_server, "/voila/render/report.ipynb")
    assert "print(6 * 7)" not in body and "Deze pagina bestaat niet" in body
    assert "Traceback" not in raw_server.log()


def _render(server):
    """GET the tiny app page: (kernel id, _xsrf cookie value, body)."""
    import re
    from http.cookies import SimpleCookie

    status, headers, body = _request(server, "/voila/render/tiny.ipynb")
    assert status == 200 and "42" in body
    cookies = SimpleCookie()
    for value in headers.get_all("Set-Cookie") or []:
        cookies.load(value)
    kernel_id = re.search(r'"kernelId": "([0-9a-f-]{36})"', body).group(1)
    return kernel_id, cookies["_xsrf"].value, body


@pytest.mark.slow
def test_raw_closing_page_shuts_its_kernel_down(raw_server):
    """The page sets the _xsrf cookie; the shutdown request Voilà's page sends on leaving
    (form field _xsrf = the cookie's value, same origin) now shuts the kernel down."""
    port = raw_server.port
    kernel_id, xsrf, _ = _render(raw_server)
    assert _request(raw_server, f"/api/kernels/{kernel_id}")[0] == 200
    origin = {"Origin": f"http://127.0.0.1:{port}"}
    form = {"Content-Type": "application/x-www-form-urlencoded", **origin}
    # without the cookie (stock Voilà's situation): refused, the kernel lives on
    status, _, body = _request(
        raw_server, f"/voila/api/shutdown/{kernel_id}", method="POST", headers=form, body="_xsrf="
    )
    assert status == 403 and "_xsrf" in body
    assert _request(raw_server, f"/api/kernels/{kernel_id}")[0] == 200
    # as the page sends it
    status, _, _ = _request(
        raw_server,
        f"/voila/api/shutdown/{kernel_id}",
        method="POST",
        headers={**form, "Cookie": f"_xsrf={xsrf}"},
        body=f"_xsrf={xsrf}",
    )
    assert status == 204
    assert _request(raw_server, f"/api/kernels/{kernel_id}")[0] == 404


@pytest.fixture(scope="module")
def token_server(tmp_path_factory):
    from browser._app import running_server

    folder = tmp_path_factory.mktemp("served-token")
    (folder / "tiny.ipynb").write_text(json.dumps(TINY))
    with running_server(
        notebooks_dir=folder, preheat=(), apps=("tiny.ipynb",), token="geheim", name="test-cors"
    ) as server:
        yield server


@pytest.mark.slow
def test_raw_no_cors_with_a_token(token_server):
    """jupyter_server reflects a foreign Origin in Access-Control-Allow-Origin for
    token-authenticated requests; here a foreign Origin is refused and no response carries
    the header."""
    port = token_server.port
    status, headers, _ = _request(
        token_server,
        "/voila/render/tiny.ipynb?token=geheim",
        headers={"Origin": "http://evil.example"},
    )
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    kernel_id, _, _ = _render_token(token_server)
    status, headers, _ = _request(
        token_server,
        f"/api/kernels/{kernel_id}?token=geheim",
        headers={"Origin": f"http://127.0.0.1:{port}"},
    )
    assert status == 200 and "Access-Control-Allow-Origin" not in headers


def _render_token(server):
    import re

    status, _, body = _request(server, "/voila/render/tiny.ipynb?token=geheim")
    assert status == 200
    return re.search(r'"kernelId": "([0-9a-f-]{36})"', body).group(1), None, body
