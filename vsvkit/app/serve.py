"""Serve the workshop app (the notebooks in ``notebooks/``) with Voilà: :func:`serve`.

:func:`serve` runs Voilà in this process (:mod:`vsvkit.app.voila_app`) with the configuration
of :func:`vsvkit.app.voila_config.build_config`: the vsvkit template (branding, Dutch loading
text, no outside requests), preheated kernels for the app notebooks, culling of idle kernels
within minutes, tracebacks hidden from the page, and the kernel client that fixes Voilà's
render hang under CPU load (:mod:`vsvkit.app.kernel_client`).

Only the app notebooks are pages: ``<name>.ipynb`` at ``/voila/render/<name>.ipynb``; ``/``
links to them. The server answers only its own names (:mod:`vsvkit.app.hosts`: localhost,
127.0.0.1, [::1], the bind address and names given with ``--allow-host``) and only requests
from its own pages. Closing a page shuts its kernel down. The kernels get the database URL
in the environment variable ``VSVKIT_DB`` (and the other settings of the command line,
:meth:`vsvkit.app.settings.Settings.kernel_env`); this process's environment is not changed.

Examples
--------
From Python (blocks until Ctrl-C)::

    from vsvkit.app.serve import serve
    serve(port=8866, db="sqlite:////tmp/workshop.db")

From a shell: ``vsvkit serve --port 8866`` (or ``python -m vsvkit serve``; the command line,
:mod:`vsvkit.cli`, parses the options).
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import webbrowser
from collections.abc import Mapping, Sequence

from vsvkit.app.kernel_manager import PREHEAT_READY_MESSAGE
from vsvkit.app.settings import PUBLIC_URL_ENV
from vsvkit.app.voila_config import build_config, presenter_url, workshop_url
from vsvkit.errors import VsvkitError
from vsvkit.i18n import t

__all__ = ["PREHEAT_READY_MESSAGE", "serve"]

log = logging.getLogger(__name__)


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
    kernel_env: Mapping[str, str] | None = None,
    polling_client: bool = True,
    room: bool = False,
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
        (:data:`~vsvkit.app.voila_config.APP_NOTEBOOKS`) present in the folder.
    apps
        Notebook names served as pages (see :func:`~vsvkit.app.voila_config.build_config`).
    allow_hosts
        Host names answered besides the local ones (``--allow-host``).
    kernel_env
        More environment variables for the kernels (own instrument, guide, folders).
    polling_client
        False only to measure Voilà without the render-hang fix.
    room
        In a venue: bind to the laptop's address on the network the phones share (its Wi-Fi
        or a hotspot; :func:`vsvkit.app.venue.network_address`) instead of ``host``, and
        print the vote pages' address with its QR code; when the laptop has no such network,
        say so and stay on ``host``.

    Raises
    ------
    VsvkitError
        Bad folder/port/token combination (see :func:`~vsvkit.app.voila_config.build_config`),
        or Voilà is not installed.

    Notes
    -----
    Voilà renders with :class:`vsvkit.app.kernel_client.PollingKernelClient` (configured as
    the kernel managers' ``client_class``), whose waits for a kernel message wake up every
    0.1 s. Stock Voilà waits once without a timeout and can miss the wake-up under CPU load,
    leaving the page at "Executing 1 of 2" forever.
    """
    if room:
        from vsvkit.app.venue import network_address

        address = network_address()
        if address is None:
            print(t("serve_room_no_network"), flush=True)
            room = False
        else:
            host = address
    # where members reach the questionnaire pages: the app's start page shows its QR code
    shown_host = socket.gethostname() if host in ("", "0.0.0.0", "::") else host
    public = {PUBLIC_URL_ENV: f"http://{shown_host}:{port}"}
    kernel_env = {**public, **(kernel_env or {})}
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
        polling_client=polling_client,
        kernel_env=kernel_env,
    )
    if demo:
        from vsvkit.sessions import load_demo
        from vsvkit.store import Store

        load_demo(Store(db))
    try:
        import voila.app  # noqa: F401  (lazy: heavy)
        from traitlets.config import Config
    except ImportError as err:
        raise VsvkitError(
            "Voilà is not installed: pip install 'voila>=0.5.13,<0.6' (or pip install vsvkit)"
        ) from err
    if not polling_client:
        log.warning("stock kernel client: the render-hang fix is OFF (measurement only)")
    app_url = workshop_url(cfg)
    print(f"De workshop-app draait op: {app_url}", flush=True)
    print(f"Presentatieweergave voor de trainer: {presenter_url(cfg)}", flush=True)
    print(f"Zaalweergave voor de beamer: {workshop_url(cfg, 'zaal')}", flush=True)
    if room:
        from vsvkit.app.venue import terminal_qr

        votes = f"{kernel_env[PUBLIC_URL_ENV]}/stem"
        print(t("serve_room_votes", url=votes), flush=True)
        print(terminal_qr(votes), flush=True)
    print(f"Vragenlijsten voor de leden: {kernel_env[PUBLIC_URL_ENV]}/vragenlijst/...", flush=True)
    if not cfg.is_local:
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
