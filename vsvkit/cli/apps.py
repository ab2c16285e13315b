"""``vsvkit serve`` and ``vsvkit lab``: the commands that start a server.

Both check an own instrument and guide before anything starts (a broken file is an error
now, not a blank page later), can load the sample sessions first, and hand the settings to
the server's kernels (:meth:`vsvkit.app.settings.Settings.kernel_env`).
"""

from __future__ import annotations

import argparse
import logging

from vsvkit.app.settings import Settings
from vsvkit.i18n import t

__all__ = ["serve", "lab"]


def _prepare(args: argparse.Namespace, settings: Settings) -> None:
    """Check the own instrument and guide; load the sample sessions with ``--demo``."""
    from vsvkit.guide import load_guide
    from vsvkit.instrument import load_instrument

    instrument = load_instrument(settings.instrument)
    if settings.guide:
        load_guide(settings.guide, instrument)
    if args.demo:
        from vsvkit.sessions import load_demo
        from vsvkit.store import Store

        load_demo(Store(settings.db))
    if not args.debug:
        # the server's log: which pages, preheated kernels ready, recovered wake-ups
        logging.getLogger("vsvkit").setLevel(logging.INFO)


def serve(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit serve``: the workshop app in Voilà (:func:`vsvkit.app.serve.serve`)."""
    from vsvkit.app import serve as app_serve

    _prepare(args, settings)
    app_serve.serve(
        port=args.port,
        host=args.host,
        db=settings.db,
        open_browser=args.open,
        notebooks_dir=args.notebooks,
        token=args.token,
        preheat=args.preheat,
        apps=args.app,
        allow_hosts=args.allow_host,
        kernel_env=settings.kernel_env(),
        polling_client=not settings.stock_kernel_client,
        room=args.room,
    )
    return 0


def lab(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit lab``: JupyterLab on the notebooks (:mod:`vsvkit.app.lab`)."""
    from vsvkit.app import lab as app_lab

    _prepare(args, settings)
    launch = app_lab.lab_launch(
        notebooks_dir=args.notebooks,
        port=args.port,
        open_browser=args.open,
        kernel_env=settings.kernel_env(),
    )
    print(t("lab_running", url=launch.url), flush=True)
    print(t("server_stop"), flush=True)
    return app_lab.run_lab(launch)
