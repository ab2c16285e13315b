"""``vsvkit lab``: JupyterLab on the notebooks, on 127.0.0.1, with the store configured."""

from __future__ import annotations

import os
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from vsvkit.app import lab as app_lab
from vsvkit.app.lab import LAB_HOST, lab_launch
from vsvkit.cli import main
from vsvkit.errors import VsvkitError
from vsvkit.paths import notebooks_dir


def _option(argv: list[str], name: str) -> str:
    return next(a.split("=", 1)[1] for a in argv if a.startswith(f"--{name}="))


def test_lab_launch_binds_to_localhost_in_the_notebooks_with_the_store(tmp_path):
    before = dict(os.environ)
    launch = lab_launch(
        port=8899,
        open_browser=False,
        kernel_env={"VSVKIT_DB": "sqlite:////tmp/w.db", "VSVKIT_GUIDE": "/tmp/g.yaml"},
    )
    assert dict(os.environ) == before
    assert launch.argv[1:3] == ["-m", "jupyterlab"]
    assert _option(launch.argv, "ServerApp.ip") == LAB_HOST == "127.0.0.1"
    assert _option(launch.argv, "ServerApp.port") == "8899"
    assert _option(launch.argv, "ServerApp.root_dir") == str(notebooks_dir().resolve())
    assert _option(launch.argv, "ServerApp.open_browser") == "False"
    token = _option(launch.argv, "IdentityProvider.token")
    assert len(token) >= 24
    assert launch.url == f"http://127.0.0.1:8899/lab?token={token}"
    # the server's environment (its kernels inherit it): this one's, plus the settings
    assert launch.env["VSVKIT_DB"] == "sqlite:////tmp/w.db"
    assert launch.env["VSVKIT_GUIDE"] == "/tmp/g.yaml"
    assert launch.env["PATH"] == os.environ["PATH"]
    assert lab_launch(port=8899, token="x").url.endswith("token=x")
    assert _option(lab_launch(port=8899).argv, "ServerApp.open_browser") == "True"


def test_lab_launch_refuses_a_missing_folder_and_a_bad_port(tmp_path):
    with pytest.raises(VsvkitError, match="bestaat niet"):
        lab_launch(notebooks_dir=tmp_path / "weg")
    with pytest.raises(VsvkitError, match="poort"):
        lab_launch(notebooks_dir=tmp_path, port=0)


def test_cli_lab_passes_db_and_settings_to_the_server(capsys, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(app_lab, "run_lab", lambda launch: started.append(launch) or 0)
    monkeypatch.setenv("VSVKIT_DB", str(tmp_path / "env.sqlite"))
    db = str(tmp_path / "lab.sqlite")
    code = main(["lab", "--no-browser", "--db", db, "--notebooks", str(tmp_path), "--port", "8891"])
    assert code == 0
    [launch] = started
    # --db wins over VSVKIT_DB, and is what the kernels get
    assert launch.env["VSVKIT_DB"] == db
    assert launch.notebooks_dir == tmp_path.resolve()
    assert _option(launch.argv, "ServerApp.open_browser") == "False"
    out = capsys.readouterr().out
    assert f"JupyterLab draait op: {launch.url}" in out
    # without --db: the environment's store
    started.clear()
    assert main(["lab", "--notebooks", str(tmp_path)]) == 0
    assert started[0].env["VSVKIT_DB"] == str(tmp_path / "env.sqlite")
    assert _option(started[0].argv, "ServerApp.open_browser") == "True"


def test_cli_lab_refuses_a_broken_guide_before_starting(capsys, tmp_path, monkeypatch):
    started = []
    monkeypatch.setattr(app_lab, "run_lab", lambda launch: started.append(launch) or 0)
    bad = tmp_path / "leidraad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    code = main(["lab", "--db", str(tmp_path / "x.sqlite"), "--guide", str(bad)])
    assert code == 2 and "leidraad.yaml" in capsys.readouterr().err and started == []


@pytest.mark.slow
def test_lab_starts_on_a_free_port_and_serves_lab(tmp_path):
    """The real JupyterLab, started as ``vsvkit lab`` starts it: /lab answers with the token,
    and the server's environment (which its kernels inherit) holds the store URL."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'lab.sqlite'}"
    (tmp_path / "nb").mkdir()
    launch = lab_launch(
        notebooks_dir=tmp_path / "nb",
        port=port,
        open_browser=False,
        kernel_env={"VSVKIT_DB": db},
    )
    env = {**launch.env, "JUPYTER_CONFIG_DIR": str(tmp_path / "config")}  # no user config
    env["JUPYTER_RUNTIME_DIR"] = str(tmp_path / "runtime")
    log = tmp_path / "lab.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(launch.argv, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline, status = time.monotonic() + 90, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(launch.url, timeout=5) as resp:
                    status, body = resp.status, resp.read().decode()
                break
            except OSError:
                time.sleep(0.5)
        assert status == 200, log.read_text()
        assert "JupyterLab" in body
        environ = Path(f"/proc/{proc.pid}/environ")
        if environ.exists():
            assert f"VSVKIT_DB={db}".encode() in environ.read_bytes().split(b"\0")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
