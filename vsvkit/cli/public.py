"""``vsvkit serve-public``: the members' pages as a JupyterHub service.

Runs :func:`vsvkit.app.public_service.serve_public`. Inside JupyterHub (a managed service)
the hub sets where it listens and under which prefix (``JUPYTERHUB_SERVICE_URL``,
``JUPYTERHUB_SERVICE_PREFIX``); the options win over them. Also ``python -m
vsvkit.cli.public`` (the command ``deploy/jupyterhub_config.py`` gives the hub).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from vsvkit.app.settings import Settings

__all__ = ["add_parser", "add_arguments", "listen_address", "run", "main"]

#: Where the hub tells a managed service to listen, and under which path.
SERVICE_URL_ENV = "JUPYTERHUB_SERVICE_URL"
SERVICE_PREFIX_ENV = "JUPYTERHUB_SERVICE_PREFIX"


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The options of ``serve-public``."""
    p.add_argument("--port", type=int, help="port (default: from JUPYTERHUB_SERVICE_URL, 8870)")
    p.add_argument("--host", help="address (default: from JUPYTERHUB_SERVICE_URL, 127.0.0.1)")
    p.add_argument("--prefix", help="URL path (default: JUPYTERHUB_SERVICE_PREFIX, /)")
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a public host name the pages answer to (repeat for more)",
    )


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Register ``serve-public`` on the ``vsvkit`` command line."""
    p = sub.add_parser(
        "serve-public",
        parents=[common],
        help="serve the questionnaire and vote pages for members (a JupyterHub service)",
    )
    add_arguments(p)


def listen_address(
    args: argparse.Namespace, environ: Mapping[str, str] | None = None
) -> tuple[str, int, str]:
    """``(host, port, prefix)``: the options, else the hub's service variables, else defaults.

    >>> ns = argparse.Namespace(host=None, port=None, prefix=None)
    >>> env = {"JUPYTERHUB_SERVICE_URL": "http://127.0.0.1:10101",
    ...        "JUPYTERHUB_SERVICE_PREFIX": "/services/leden/"}
    >>> listen_address(ns, env)
    ('127.0.0.1', 10101, '/services/leden/')
    """
    env = os.environ if environ is None else environ
    url = urlsplit(env.get(SERVICE_URL_ENV, ""))
    host = args.host or url.hostname or "127.0.0.1"
    port = args.port or url.port or 8870
    prefix = args.prefix or env.get(SERVICE_PREFIX_ENV) or "/"
    return host, int(port), prefix


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Serve until stopped; returns the exit code."""
    import logging

    from vsvkit.app.public_service import serve_public

    host, port, prefix = listen_address(args)
    logging.getLogger("vsvkit").setLevel(logging.INFO)
    serve_public(db=settings.db, port=port, host=host, prefix=prefix, allow_hosts=args.allow_host)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m vsvkit.cli.public [options]`` (the store from ``VSVKIT_DB``)."""
    import logging

    parser = argparse.ArgumentParser(prog="vsvkit serve-public")
    add_arguments(parser)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return run(args, Settings.from_env())
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
