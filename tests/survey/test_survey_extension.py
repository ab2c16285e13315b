"""The questionnaire pages in a real Jupyter server (the extension JupyterLab and JupyterHub
user servers load), on 127.0.0.1, with the store of ``VSVKIT_DB``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from vsvkit.app.survey_extension import EXTENSION
from vsvkit.instrument import load_instrument
from vsvkit.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_a_jupyter_server_with_the_extension_serves_the_questionnaire(tmp_path):
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    with Store(db) as store:
        survey = store.open_survey(vsv="VSV Proef", date="2027-01-20", instrument=load_instrument())
    port = _free_port()
    env = dict(os.environ, VSVKIT_DB=db, JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"))
    argv = [sys.executable, "-m", "jupyter_server", "--ServerApp.ip=127.0.0.1"]
    argv += [f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--no-browser"]
    argv += [f"--ServerApp.root_dir={tmp_path}", "--ServerApp.token=geheim"]
    argv += [f"--ServerApp.jpserver_extensions={EXTENSION}=True"]
    argv += ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}{survey.path}"
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as res:
                    body = res.read().decode()
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.3)
        # no token needed for the members' page; the server's own pages still need it
        assert body.count("<fieldset") == 38 and "VSV Proef" in body
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents", timeout=5)
        assert err.value.code == 403
        err.value.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
