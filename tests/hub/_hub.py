"""A real JupyterHub on 127.0.0.1 for the end-to-end test and ``benchmarks/bench_hub.py``.

:func:`running_hub` starts ``jupyterhub`` with ``deploy/jupyterhub_config.py`` itself, loaded
by a small test configuration that changes only what a test machine needs: the ports, the
hub's own files in a temporary folder, configurable-http-proxy from ``tests/hub/node_modules``
(``npm ci`` there, as ``./dev`` does), ``SimpleLocalProcessSpawner`` (every user's server as
this system user, in ``<tmp>/home/<name>``) and ``DummyAuthenticator`` (one password for all).
Everything it started -- the hub, its proxy, the members' service, every user's server and
their kernels -- is stopped when the block ends, also when a test fails.

:class:`HubUser` logs in over HTTP as a browser does (the hub's login form with its
``_xsrf``), starts the user's server and keeps the cookies.
"""

from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEPLOY_CONFIG = REPO / "deploy" / "jupyterhub_config.py"
PASSWORD = "vsvkit-e2e"
#: The hub's test-only API token for the operator (a service with the admin role).
OPERATOR_TOKEN_ENV = "VSVKIT_E2E_OPERATOR_TOKEN"

TEST_CONFIG = """
import os
c = get_config()
load_subconfig({deploy!r})
c.JupyterHub.bind_url = "http://127.0.0.1:{port}"
c.JupyterHub.hub_bind_url = "http://127.0.0.1:{hub_port}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.JupyterHub.db_url = "sqlite:///{tmp}/jupyterhub.sqlite"
c.JupyterHub.cookie_secret_file = "{tmp}/cookie_secret"
c.JupyterHub.pid_file = "{tmp}/jupyterhub.pid"
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = "{tmp}/home/{{username}}"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
c.JupyterHub.authenticator_class = "jupyterhub.auth.DummyAuthenticator"
c.DummyAuthenticator.password = {password!r}
c.Authenticator.allow_all = True
c.Authenticator.admin_users = {{"hubadmin"}}
c.JupyterHub.services = list(c.JupyterHub.services) + [
    {{"name": "operator", "api_token": os.environ[{token_env!r}]}}
]
c.JupyterHub.load_roles = [
    {{"name": "operator", "scopes": ["admin:users", "admin:servers", "tokens"],
      "services": ["operator"]}}
]
if os.geteuid() == 0:  # a container or CI: jupyter_server refuses root unless told
    c.Spawner.args = list(c.Spawner.args) + ["--allow-root"]
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def find_proxy() -> str | None:
    """configurable-http-proxy: ``tests/hub/node_modules`` (``npm ci``), else on PATH."""
    local = REPO / "tests" / "hub" / "node_modules" / ".bin" / "configurable-http-proxy"
    if local.exists():
        return str(local)
    return shutil.which("configurable-http-proxy")


@dataclass
class Hub:
    """A running JupyterHub: its public address, its operator token, its processes."""

    proc: subprocess.Popen
    url: str
    tmp: Path
    log_path: Path
    operator_token: str
    hub_api: str

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def api(self, method: str, path: str, body: dict | None = None) -> dict | list | None:
        """The hub's REST API as the operator (``/hub/api`` + ``path``)."""
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"{self.url}/hub/api{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.operator_token}"},
        )
        with urllib.request.urlopen(request, timeout=60) as res:
            text = res.read().decode()
        return json.loads(text) if text else None

    def user_token(self, name: str) -> str:
        """A new API token of user ``name`` (the user must exist in the hub)."""
        with suppress(urllib.error.HTTPError):
            self.api("POST", f"/users/{name}")
        reply = self.api("POST", f"/users/{name}/tokens", {"note": "vsvkit e2e"})
        assert isinstance(reply, dict)
        return reply["token"]

    def wait_ready(self, name: str, timeout: float = 180) -> dict:
        """Wait until the server of ``name`` is ready; its model from the hub's API."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            model = self.api("GET", f"/users/{name}")
            assert isinstance(model, dict)
            server = (model.get("servers") or {}).get("")
            if server and server.get("ready"):
                return server
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyterhub exited:\n{self.log()[-4000:]}")
            time.sleep(0.25)
        raise TimeoutError(
            f"the server of {name} was not ready in {timeout}s:\n{self.log()[-4000:]}"
        )

    def home(self, name: str) -> Path:
        return self.tmp / "home" / name


def _wait(url: str, proc: subprocess.Popen, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"jupyterhub exited ({proc.returncode}):\n{log_path.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as res:
                if res.status == 200:
                    return
        except urllib.error.HTTPError as err:
            err.close()
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer in {timeout}s:\n{log_path.read_text()[-4000:]}")


@contextmanager
def demo_database(admin_url: str) -> Iterator[str]:
    """A fresh database on the PostgreSQL server ``admin_url`` holding the sample sessions;
    its URL, for as long as the block runs (dropped after)."""
    import uuid

    import psycopg
    from sqlalchemy.engine import make_url

    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    name = f"vsvkit_hub_{uuid.uuid4().hex[:10]}"
    admin = admin_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name, drivername="postgresql+psycopg")
    db = url.render_as_string(hide_password=False)
    try:
        with Store(db) as store:
            load_demo(store)
        yield db
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_processes(hub: Hub) -> dict[str, list]:
    """Each user's server and its kernels (psutil processes), by user name.

    ``SimpleLocalProcessSpawner`` starts a server in the user's home folder; its kernels are
    its children.
    """
    import psutil

    homes = {str(p): p.name for p in (hub.tmp / "home").glob("*")}
    found: dict[str, list] = {}
    for child in _descendants(hub.proc.pid):
        with suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            if "jupyterhub-singleuser" not in " ".join(child.cmdline()):
                continue
            name = homes.get(child.cwd())
            if name is not None:
                found[name] = [child, *child.children(recursive=True)]
    return found


def kernel_count(hub: Hub, name: str) -> int:
    """How many kernels the server of ``name`` runs (a kernel that exited, not yet reaped by
    its server, does not count)."""
    import psutil

    count = 0
    for proc in server_processes(hub).get(name, [])[1:]:
        with suppress(psutil.NoSuchProcess):  # ZombieProcess is one
            if proc.status() != psutil.STATUS_ZOMBIE and "ipykernel" in " ".join(proc.cmdline()):
                count += 1
    return count


def _descendants(pid: int) -> list:
    import psutil

    with suppress(psutil.NoSuchProcess):
        return psutil.Process(pid).children(recursive=True)
    return []


@contextmanager
def running_hub(tmp: Path, db: str, *, env: dict[str, str] | None = None) -> Iterator[Hub]:
    """Start JupyterHub with the deploy configuration on store ``db``; stop all of it after."""
    import secrets

    import psutil

    proxy = find_proxy()
    if proxy is None:
        raise FileNotFoundError("configurable-http-proxy (cd tests/hub && npm ci)")
    tmp.mkdir(parents=True, exist_ok=True)
    port, hub_port, api_port = free_port(), free_port(), free_port()
    token = secrets.token_hex(16)
    config = tmp / "jupyterhub_test_config.py"
    config.write_text(
        TEST_CONFIG.format(
            deploy=str(DEPLOY_CONFIG),
            port=port,
            hub_port=hub_port,
            api_port=api_port,
            proxy=proxy,
            tmp=tmp,
            password=PASSWORD,
            token_env=OPERATOR_TOKEN_ENV,
        )
    )
    log_path = tmp / "jupyterhub.log"
    bindir = str(Path(sys.executable).parent)
    full_env = {
        **os.environ,
        # the checkout first, for the hub, its service and every user's server
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
        "PATH": os.pathsep.join([bindir, os.environ.get("PATH", "")]),
        "VSVKIT_DB": db,
        "VSVKIT_HUB_SERVICE_PORT": str(free_port()),
        OPERATOR_TOKEN_ENV: token,
        **(env or {}),
    }
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(Path(bindir) / "jupyterhub"), "-f", str(config)],
            cwd=tmp,
            env=full_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    seen: dict[int, psutil.Process] = {}
    hub = Hub(
        proc, f"http://127.0.0.1:{port}", tmp, log_path, token, f"http://127.0.0.1:{port}/hub/api"
    )
    try:
        _wait(f"{hub.url}/hub/health", proc, log_path, 90)
        yield hub
    finally:
        # every process the hub started (user servers run in sessions of their own)
        for child in _descendants(proc.pid):
            seen[child.pid] = child
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)  # the hub stops the users' servers and its proxy
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)
        for child in seen.values():
            with suppress(psutil.NoSuchProcess):
                for grandchild in child.children(recursive=True):
                    grandchild.kill()
                child.kill()


class HubUser:
    """A browser-like HTTP client of one user: the hub's cookies, the login form's _xsrf."""

    def __init__(self, hub: Hub, name: str):
        self.hub, self.name = hub, name
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str, *, timeout: float = 120) -> tuple[int, str, str]:
        """``(status, final URL, body)`` of a GET, redirects followed."""
        try:
            with self.opener.open(f"{self.hub.url}{path}", timeout=timeout) as res:
                return res.status, res.url, res.read().decode(errors="replace")
        except urllib.error.HTTPError as err:
            with err:
                return err.code, err.url, err.read().decode(errors="replace")

    def post_form(self, path: str, fields: dict) -> tuple[int, str, str]:
        data = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(f"{self.hub.url}{path}", data=data, method="POST")
        try:
            with self.opener.open(request, timeout=120) as res:
                return res.status, res.url, res.read().decode(errors="replace")
        except urllib.error.HTTPError as err:
            with err:
                return err.code, err.url, err.read().decode(errors="replace")

    def login(self, open_default: bool = True) -> tuple[int, str, str]:
        """Log in with the hub's form (its ``_xsrf`` field): the hub starts the server; once
        it is ready, the reply of the server's default page (with ``open_default`` False:
        of the server's ``/api``, which starts no kernel)."""
        status, _, page = self.get("/hub/login")
        found = re.search(r'name="_xsrf"\s+value="([^"]+)"', page)
        fields = {"username": self.name, "password": PASSWORD}
        if found:
            fields["_xsrf"] = found.group(1)
        self.post_form("/hub/login?next=", fields)
        self.hub.wait_ready(self.name)
        return self.get(f"/user/{self.name}/" if open_default else f"/user/{self.name}/api")

    def cookies(self) -> list[dict]:
        """The cookies in Playwright's form (to open the same session in a browser)."""
        return [
            {
                "name": c.name,
                "value": c.value or "",
                "domain": c.domain.lstrip("."),
                "path": c.path,
            }
            for c in self.jar
        ]
