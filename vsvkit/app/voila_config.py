"""What ``vsvkit serve`` hands to Voilà, decided before anything starts: :func:`build_config`.

The result, a :class:`ServeConfig`, holds the traitlets configuration of the server
(:mod:`vsvkit.app.voila_app`): the vsvkit template (searched first in a development
checkout's ``templates/``, :func:`vsvkit.paths.template_roots`), preheated kernels for the
app notebooks, culling of idle kernels, tracebacks hidden from the page, the kernel manager
that gives every kernel its environment and logs when a preheated kernel is ready
(:mod:`vsvkit.app.kernel_manager`), and the kernel client that fixes Voilà's render hang
under CPU load (:mod:`vsvkit.app.kernel_client`). Everything is configuration: no Voilà or
jupyter_client code is replaced, no environment variable of this process is changed and no
file is written.

Examples
--------
>>> cfg = build_config(db="sqlite:////tmp/workshop.db")
>>> cfg.url, cfg.env
('http://127.0.0.1:8866/', {'VSVKIT_DB': 'sqlite:////tmp/workshop.db'})
"""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vsvkit.app.settings import DB_ENV
from vsvkit.errors import VsvkitError
from vsvkit.paths import VOILA_TEMPLATE, template_roots
from vsvkit.paths import notebooks_dir as default_notebooks_dir

__all__ = [
    "APP_NOTEBOOKS",
    "TEMPLATE_NAME",
    "LOCAL_HOSTS",
    "CULL_IDLE_TIMEOUT",
    "CULL_INTERVAL",
    "REFILL_DELAY",
    "ServeConfig",
    "build_config",
    "voila_argv",
    "workshop_url",
    "presenter_url",
]

#: The app notebooks in ``notebooks/`` that get a preheated kernel.
APP_NOTEBOOKS = ("workshop.ipynb", "regio_analyse.ipynb")
#: Name of our Voilà template (``voila/templates/vsvkit`` in a Jupyter data folder).
TEMPLATE_NAME = VOILA_TEMPLATE
#: Addresses that only this machine can reach; any other bind address needs a token.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
#: Idle kernels without an open page are shut down after this many seconds (checked every
#: CULL_INTERVAL s). A closed page normally shuts its kernel down at once; this catches pages
#: that could not say so (a crashed browser, a laptop put to sleep).
CULL_IDLE_TIMEOUT = 300
CULL_INTERVAL = 60
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

    @property
    def is_local(self) -> bool:
        """Whether only this machine can reach the server."""
        return _is_local(self.host)


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
    kernel_env: Mapping[str, str] | None = None,
) -> ServeConfig:
    """Decide how Voilà is to be run, without starting anything.

    Parameters
    ----------
    port, host
        Bind address. A host other than 127.0.0.1/localhost/::1 needs a token.
    db
        Database URL for the app; passed to the kernels as ``VSVKIT_DB``.
    kernel_env
        More environment variables for the kernels: the settings of the command line
        (:meth:`vsvkit.app.settings.Settings.kernel_env`: own instrument, guide, folders).
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

    env = {str(k): str(v) for k, v in (kernel_env or {}).items()}
    if db:
        env[DB_ENV] = str(db)

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
            # our landing page (our template's tree.html) instead of a file list
            "classic_tree": True,
            # every kernel gets ``env`` (pooled or started for a page), and a preheated
            # kernel's finished render is logged: see KernelEnvManager
            "multi_kernel_manager_class": "vsvkit.app.kernel_manager.KernelEnvManager",
        },
        "KernelEnvManager": {"kernel_env": dict(env)},
        "VsvkitVoila": {
            "apps": list(pages),
            "allow_hosts": list(extra_hosts),
            # a development checkout's templates/ before Jupyter's data path
            "template_roots": [str(root) for root in template_roots()],
            # the questionnaire pages read and write this store ("": the default store)
            "store_url": str(db) if db else "",
        },
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
    passed as traitlets flags too. The ``VsvkitVoila`` section (app pages, extra host names,
    template folders) has no meaning for stock Voilà and is left out. :func:`serve` passes the
    configuration object directly.
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


def workshop_url(cfg: ServeConfig, page: str = "voila/render/workshop.ipynb") -> str:
    """The URL of the workshop app (with the token, if any); of another ``page`` of the
    server (``"zaal"``: the room view) with ``page``."""
    base, _, query = cfg.url.partition("?")
    url = f"{base}{page}"
    return f"{url}?{query}" if query else url


def presenter_url(cfg: ServeConfig) -> str:
    """The presenter view's own address: the workshop app, which starts presenting at once
    (the session being presented, else the latest) and shows what the room sees while its
    widgets load."""
    url = workshop_url(cfg)
    return f"{url}{'&' if '?' in url else '?'}presentatie"
