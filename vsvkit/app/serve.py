"""Serve the workshop app (the notebooks in ``notebooks/``) with Voilà.

:func:`serve` runs Voilà in this process (:mod:`vsvkit.app.voila_app`) with the vsvkit
template (``templates/voila/vsvkit``: branding, Dutch loading text, no outside requests),
preheated kernels for the app notebooks, culling of idle kernels within minutes, tracebacks
hidden from the page, and the kernel client that fixes Voilà's render hang under CPU load
(:mod:`vsvkit.app.kernel_client`, chosen by configuration).

Only the app notebooks are pages: ``<name>.ipynb`` at ``/voila/render/<name>.ipynb``; ``/``
links to them. The server answers only its own names (:mod:`vsvkit.app.hosts`: localhost,
127.0.0.1, [::1], the bind address and names given with ``--allow-host``) and only requests
from its own pages. Closing a page shuts its kernel down. The kernels get the database URL
in the environment variable ``VSVKIT_DB``.

Examples
--------
From Python (blocks until Ctrl-C)::

    from vsvkit.app.serve import serve
    serve(port=8866, db="sqlite:////tmp/workshop.db")

From a shell (the ``vsvkit serve`` command calls the same function)::

    python -m vsvkit.app.serve --port 8866
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import secrets
import socket
import sys
import tempfile
import threading
import time
import webbrowser
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vsvkit.errors import VsvkitError
from vsvkit.paths import notebooks_dir as default_notebooks_dir
from vsvkit.paths import templates_dir

__all__ = [
    "workshop_url",
    "APP_NOTEBOOKS",
    "TEMPLATE_NAME",
    "LOCAL_HOSTS",
    "CULL_IDLE_TIMEOUT",
    "CULL_INTERVAL",
    "ServeConfig",
    "build_config",
    "voila_argv",
    "template_root",
    "PREHEAT_READY_MESSAGE",
    "serve",
    "main",
]

log = logging.getLogger(__name__)

#: The app notebooks in ``notebooks/`` that get a preheated kernel.
APP_NOTEBOOKS = ("workshop.ipynb", "regio_analyse.ipynb")
#: Name of our Voilà template (``templates/voila/vsvkit``).
TEMPLATE_NAME = "vsvkit"
#: Addresses that only this machine can reach; any other bind address needs a token.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
#: Idle kernels without an open page are shut down after this many seconds (checked every
#: CULL_INTERVAL s). A closed page normally shuts its kernel down at once; this catches pages
#: that could not say so (a crashed browser, a laptop put to sleep).
CULL_IDLE_TIMEOUT = 300
CULL_INTERVAL = 60
#: Environment variable that makes :func:`serve` use jupyter_client's stock kernel client
#: (measurement only: ``benchmarks/bench_app.py hang --stock``).
STOCK_CLIENT_ENV = "VSVKIT_STOCK_KERNEL_CLIENT"
_HOST_NAME = re.compile(
    r"^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)
#: Seconds Voilà waits after a page took the preheated kernel before it starts the next one
#: (Voilà's default is 1 s). Starting a kernel and executing the app notebook costs ~3 s of
#: CPU; started 1 s after the request it competed with drawing that page (2 cores).
REFILL_DELAY = 5.0


@dataclass(frozen=True)
class ServeConfig:
    """Everything :func:`serve` hands to Voilà, decided before anything starts.

    Attributes
    ----------
    notebooks_dir : Path
        Folder served; each notebook at ``/voila/render/<name>``.
    host, port : str, int
        Bind address.
    token : str
        Access token; empty string means no token (only allowed on a local address).
    url : str
        The address to open, with ``?token=...`` when a token is set.
    preheat : tuple of str
        Notebook names (relative to ``notebooks_dir``) with a preheated kernel.
    apps : tuple of str
        Notebook names served as pages (every other path under ``/voila/render/`` is a 404).
    allow_hosts : tuple of str
        Host names answered besides localhost, 127.0.0.1, [::1] and the bind address.
    env : dict
        Environment variables for the kernels (``VSVKIT_DB`` when a database is given).
    config : dict
        The traitlets configuration for Voilà (nested dict).
    """

    notebooks_dir: Path
    host: str
    port: int
    token: str
    url: str
    preheat: tuple[str, ...]
    apps: tuple[str, ...]
    allow_hosts: tuple[str, ...]
    env: dict
    config: dict


def _is_local(host: str) -> bool:
    return host in LOCAL_HOSTS


def _host_name(value: str) -> str:
    """``value`` as a host name for the Host check (lower case, IPv6 without brackets)."""
    import ipaddress

    name = value.strip().lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        pass
    if not _HOST_NAME.match(name):
        raise VsvkitError(
            f"Ongeldige hostnaam {value!r} (--allow-host): geef een naam zoals "
            "workshop.local of een IP-adres, zonder poort of http://."
        )
    return name


def build_config(
    *,
    port: int = 8866,
    host: str = "127.0.0.1",
    db: str | None = None,
    open_browser: bool = False,
    notebooks_dir: str | os.PathLike | None = None,
    token: str | None = None,
    preheat: Sequence[str] | None = None,
    pool_size: int = 1,
    apps: Sequence[str] | None = None,
    allow_hosts: Sequence[str] = (),
    polling_client: bool = True,
) -> ServeConfig:
    """Decide how Voilà is to be run, without starting anything.

    Parameters
    ----------
    port, host
        Bind address. A host other than 127.0.0.1/localhost/::1 needs a token.
    db
        Database URL for the app; passed to the kernels as ``VSVKIT_DB``.
    open_browser
        Open the app in the default browser once the server runs.
    notebooks_dir
        Folder to serve; default :func:`vsvkit.paths.notebooks_dir`.
    token
        Access token. ``None``: none on a local address, a fresh random one on any
        other address. ``""`` on a non-local address is refused.
    preheat
        Notebook names that get ``pool_size`` preheated kernels; default the app
        notebooks (:data:`APP_NOTEBOOKS`) that exist in the folder.
    pool_size
        Preheated kernels per notebook in ``preheat``.
    apps
        Notebook names served as pages; default the app notebooks (:data:`APP_NOTEBOOKS`)
        present in the folder plus those in ``preheat``. ``report.ipynb`` is never a page
        unless named here.
    allow_hosts
        Extra host names the server answers to (``vsvkit serve --allow-host``), e.g. the
        laptop's name on the venue network.
    polling_client
        Render with :class:`vsvkit.app.kernel_client.PollingKernelClient` (the hang fix);
        False only to measure stock behaviour.

    Returns
    -------
    ServeConfig

    Raises
    ------
    VsvkitError
        The folder does not exist, a preheat or app notebook is missing, the port is out of
        range, a host name is malformed, or a non-local address has no token.
    """
    folder = Path(notebooks_dir) if notebooks_dir is not None else default_notebooks_dir()
    folder = folder.resolve()
    if not folder.is_dir():
        raise VsvkitError(
            f"De map met notebooks bestaat niet: {folder}. "
            "Geef een bestaande map op (notebooks_dir / --notebooks)."
        )
    if not isinstance(port, int) or not 0 < port < 65536:
        raise VsvkitError(f"Ongeldige poort {port!r}: kies een getal van 1 tot en met 65535.")

    if _is_local(host):
        token = token or ""
    elif token is None:
        token = secrets.token_urlsafe(24)
    elif not token:
        raise VsvkitError(
            f"Weigering: de app zou bereikbaar zijn op {host}, maar zonder token. "
            "Geef een token op (--token) of bind aan 127.0.0.1."
        )

    if preheat is None:
        names = tuple(n for n in APP_NOTEBOOKS if (folder / n).is_file())
    else:
        names = tuple(preheat)
        missing = [n for n in names if not (folder / n).is_file()]
        if missing:
            raise VsvkitError(
                f"Notebook(s) om voor te verwarmen niet gevonden in {folder}: " + ", ".join(missing)
            )

    if apps is None:
        pages = tuple(
            dict.fromkeys((*(n for n in APP_NOTEBOOKS if (folder / n).is_file()), *names))
        )
    else:
        pages = tuple(dict.fromkeys(apps))
        missing = [n for n in pages if not (folder / n).is_file()]
        if missing:
            raise VsvkitError(f"App-notebook(s) niet gevonden in {folder}: " + ", ".join(missing))
    extra_hosts = tuple(dict.fromkeys(_host_name(h) for h in allow_hosts))

    env = {}
    if db:
        env["VSVKIT_DB"] = str(db)

    pools: dict = {"default": {"pool_size": 0}}
    for name in names:
        pools[name] = {"pool_size": int(pool_size), "kernel_env_variables": dict(env)}

    config = {
        "Voila": {
            "ip": host,
            "port": port,
            # vsvkit opens the workshop page itself (Voilà would open the landing page)
            "open_browser": False,
            "token": token,
            "root_dir": str(folder),
        },
        "VoilaConfiguration": {
            "template": TEMPLATE_NAME,
            "show_tracebacks": False,
            "preheat_kernel": bool(names),
            "default_pool_size": 0,
            "strip_sources": True,
            # our landing page (templates/voila/vsvkit/tree.html) instead of a file list
            "classic_tree": True,
        },
        "VsvkitVoila": {"apps": list(pages), "allow_hosts": list(extra_hosts)},
        "VoilaKernelManager": {
            "fill_delay": REFILL_DELAY,
            "kernel_pools_config": pools,
            "default_env_variables": dict(env),
        },
        "MappingKernelManager": {
            "cull_idle_timeout": CULL_IDLE_TIMEOUT,
            "cull_interval": CULL_INTERVAL,
            "cull_connected": False,
        },
        # the pages open in Dutch (<html lang="nl">; the template follows a switch to English)
        "VoilaExporter": {"language_code": "nl"},
        # an app notebook's own analysis cells (notebooks/regio_analyse.ipynb) are not part of
        # the page: tagged skip-execution, nbclient does not run them and the page leaves them out
        "TagRemovePreprocessor": {"remove_cell_tags": ["skip-execution"]},
        "VoilaExecutor": {
            # no cell timeout: the reply wait is fixed by the kernel client (polling)
            "timeout": 0,
            # shown in place of a stripped traceback; the details go to the server log
            "cell_error_instruction": (
                "Er ging iets mis bij het laden van dit onderdeel. "
                "De details staan in het logboek van de server."
            ),
        },
    }
    if polling_client:
        from vsvkit.app.kernel_client import CLIENT_CONFIG

        config.update(CLIENT_CONFIG)
    shown_host = "127.0.0.1" if host in ("0.0.0.0", "") else host
    if ":" in shown_host:
        shown_host = f"[{shown_host}]"
    url = f"http://{shown_host}:{port}/"
    if token:
        url += f"?token={token}"
    return ServeConfig(
        notebooks_dir=folder,
        host=host,
        port=port,
        token=token,
        url=url,
        preheat=names,
        apps=pages,
        allow_hosts=extra_hosts,
        env=env,
        config=config,
    )


def voila_argv(cfg: ServeConfig) -> list[str]:
    """Command-line arguments for ``python -m voila`` equal to ``cfg`` (for stock runs).

    Only the scalar settings are expressed as flags; pool and culling settings are
    passed as traitlets flags too. The ``VsvkitVoila`` section (app pages, extra host names)
    has no meaning for stock Voilà and is left out. :func:`serve` passes the configuration
    object directly.
    """
    import json

    argv = [str(cfg.notebooks_dir), "--no-browser"]
    for section, values in cfg.config.items():
        for key, value in values.items():
            if section == "VsvkitVoila" or (section == "Voila" and key == "root_dir"):
                continue
            if isinstance(value, (dict, list)):
                argv.append(f"--{section}.{key}={json.dumps(value)}")
            else:
                argv.append(f"--{section}.{key}={value}")
    return argv


def template_root() -> Path:
    """A Jupyter data folder in which our template is ``voila/templates/vsvkit``.

    Voilà finds templates only as ``<jupyter data dir>/voila/templates/<name>``; our
    template lives at ``templates/voila/vsvkit`` in the package. We make a small
    temporary folder with a symbolic link to it (a copy where links are impossible)
    and put that folder first on ``JUPYTER_PATH``; edits to the template are picked up
    without reinstalling.
    """
    source = templates_dir() / "voila" / TEMPLATE_NAME
    if not (source / "index.html.j2").is_file():
        raise VsvkitError(f"Voilà-template ontbreekt: {source / 'index.html.j2'}")
    root = Path(tempfile.mkdtemp(prefix="vsvkit-voila-"))
    target = root / "voila" / "templates" / TEMPLATE_NAME
    target.parent.mkdir(parents=True)
    try:
        target.symlink_to(source, target_is_directory=True)
    except OSError:
        import shutil

        shutil.copytree(source, target)
    return root


def workshop_url(cfg: ServeConfig) -> str:
    """The URL of the workshop app (with the token, if any)."""
    base, _, query = cfg.url.partition("?")
    url = f"{base}voila/render/workshop.ipynb"
    return f"{url}?{query}" if query else url


#: Logged by the server when a preheated kernel has executed the whole notebook (a page
#: opened from then on gets its output at once; "Kernel pool ... is filled" only means
#: the kernel process started).
PREHEAT_READY_MESSAGE = "Pre-heated kernel ready (notebook executed): %s"


def _log_preheat_ready() -> None:
    """Make Voilà log :data:`PREHEAT_READY_MESSAGE` when a pool kernel finishes the notebook.

    Voilà's own "Kernel pool of X is filled" is logged when the kernel *process* has started;
    the notebook may still be executing for seconds, and a page requested in that window waits
    for it. Operators (and ``benchmarks/bench_app.py``) need to know when the kernel is really
    ready. Wraps ``NotebookRenderer.generate_content_hybrid`` (the pool's render task); the
    message is only logged when the render ran to the end before any page took the kernel.
    """
    from voila.notebook_renderer import NotebookRenderer

    original = NotebookRenderer.generate_content_hybrid
    if getattr(original, "_vsvkit_wrapped", False):
        return

    async def generate_content_hybrid(self, *args, **kwargs):
        result = await original(self, *args, **kwargs)
        if not self.stop_generator:
            log.info(PREHEAT_READY_MESSAGE, self.notebook_path)
        return result

    generate_content_hybrid._vsvkit_wrapped = True
    NotebookRenderer.generate_content_hybrid = generate_content_hybrid


def _open_when_ready(url: str, port: int, timeout: float = 60.0) -> None:
    """Open ``url`` in the web browser as soon as the server accepts connections."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    webbrowser.open(url)


def _load_demo(db: str | None) -> None:
    """Put the bundled sample sessions in the store (those already there are kept)."""
    from vsvkit.sessions import load_demo
    from vsvkit.store import Store

    load_demo(Store(db))


def serve(
    *,
    port: int = 8866,
    host: str = "127.0.0.1",
    db: str | None = None,
    open_browser: bool = False,
    notebooks_dir: str | os.PathLike | None = None,
    token: str | None = None,
    demo: bool = False,
    preheat: Sequence[str] | None = None,
    apps: Sequence[str] | None = None,
    allow_hosts: Sequence[str] = (),
) -> None:
    """Serve the workshop notebooks with Voilà until interrupted (Ctrl-C).

    Parameters
    ----------
    port, host
        Bind address; default 127.0.0.1:8866 (only this machine). Any other address
        requires a token: one is generated when ``token`` is None and the URL with it
        is printed; ``token=""`` there is refused.
    db
        Database URL; the kernels get it as ``VSVKIT_DB``. Default: the store's default.
    open_browser
        Open the app in the default browser.
    notebooks_dir
        Folder to serve (default ``notebooks/`` of the package).
    token
        Access token (see ``host``).
    demo
        First make sure the sample sessions are in the store by calling
        :func:`vsvkit.sessions.load_demo`.
    preheat
        Notebook names with a preheated kernel; default the app notebooks
        (:data:`APP_NOTEBOOKS`) present in the folder.
    apps
        Notebook names served as pages (see :func:`build_config`).
    allow_hosts
        Host names answered besides the local ones (``--allow-host``).

    Raises
    ------
    VsvkitError
        Bad folder/port/token combination (see :func:`build_config`), or Voilà is
        not installed.

    Notes
    -----
    Voilà renders with :class:`vsvkit.app.kernel_client.PollingKernelClient` (configured as
    the kernel managers' ``client_class``), whose waits for a kernel message wake up every
    0.1 s. Stock Voilà waits once without a timeout and can miss the wake-up under CPU load,
    leaving the page at "Executing 1 of 2" forever.
    """
    cfg = build_config(
        port=port,
        host=host,
        db=db,
        open_browser=open_browser,
        notebooks_dir=notebooks_dir,
        token=token,
        preheat=preheat,
        apps=apps,
        allow_hosts=allow_hosts,
        polling_client=os.environ.get(STOCK_CLIENT_ENV) != "1",
    )
    if demo:
        _load_demo(db)
    try:
        import voila.app  # noqa: F401  (lazy: heavy)
        from traitlets.config import Config
    except ImportError as err:
        raise VsvkitError(
            "Voilà is not installed: pip install 'voila>=0.5.7' (or pip install vsvkit)"
        ) from err
    if "AsyncKernelManager" not in cfg.config:
        # measurement only (benchmarks/bench_app.py hang --stock)
        log.warning("%s=1: stock kernel client, the render-hang fix is OFF", STOCK_CLIENT_ENV)
    _log_preheat_ready()
    os.environ.update(cfg.env)  # kernels started without a pool inherit it too
    root = template_root()
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in (str(root), os.environ.get("JUPYTER_PATH", "")) if p
    )
    app_url = workshop_url(cfg)
    print(f"De workshop-app draait op: {app_url}", flush=True)
    if not _is_local(cfg.host):
        print("Deel deze link (met token) alleen met deelnemers.", flush=True)
    print("Stoppen: Ctrl-C.", flush=True)
    if open_browser:
        threading.Thread(
            target=_open_when_ready, args=(app_url, cfg.port), daemon=True, name="vsvkit-open"
        ).start()
    log.info(
        "serving %s on %s (pages: %s; preheated: %s; extra host names: %s)",
        cfg.notebooks_dir,
        cfg.url,
        cfg.apps,
        cfg.preheat,
        cfg.allow_hosts,
    )

    from vsvkit.app.voila_app import app_class

    app_class().launch_instance(argv=[str(cfg.notebooks_dir)], config=Config(cfg.config))


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m vsvkit.app.serve``: the same options as ``vsvkit serve``."""
    parser = argparse.ArgumentParser(prog="python -m vsvkit.app.serve", description=serve.__doc__)
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--db", default=None)
    parser.add_argument("--notebooks", default=None, help="folder with the app notebooks")
    parser.add_argument("--token", default=None)
    parser.add_argument("--open-browser", action="store_true")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument(
        "--preheat", action="append", default=None, help="notebook with a preheated kernel"
    )
    parser.add_argument(
        "--app", action="append", default=None, help="notebook served as a page (repeatable)"
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer to this host name (repeatable)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        serve(
            port=args.port,
            host=args.host,
            db=args.db,
            open_browser=args.open_browser,
            notebooks_dir=args.notebooks,
            token=args.token,
            demo=args.demo,
            preheat=args.preheat,
            apps=args.app,
            allow_hosts=args.allow_host,
        )
    except VsvkitError as err:
        print(f"Fout: {err}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
