"""The members' pages on a shared server: a small Tornado server, no login, no kernel.

On a JupyterHub (``deploy/``) every trainer and adviser has a server of their own behind the
hub's login, so the pages members open -- the questionnaires (:mod:`vsvkit.app.survey_pages`)
and the phones' vote pages (:mod:`vsvkit.app.vote_pages`) -- run apart from them, as a
JupyterHub *managed service*: the hub starts :func:`serve_public` and its proxy sends
``/services/<name>/`` to it, without a login. The server

- serves those two sets of pages only, with their own handlers and templates, under the
  service's prefix (``JUPYTERHUB_SERVICE_PREFIX``, e.g. ``/services/leden/``): the
  questionnaire at ``<prefix>vragenlijst/<token>``, the vote pages at ``<prefix>stem``;
- reads and writes the shared store without a user (no roles: it shows no session's
  results, only the forms of open questionnaires and vote rounds);
- answers only its own host names (:mod:`vsvkit.app.hosts`: the local names and the public
  names given), and only requests from its own pages;
- takes the member's address from the proxy's ``X-Forwarded-For`` for the rate limits
  (memory only) and logs neither address nor token.

Examples
--------
>>> app = public_app(None, prefix="/services/leden/", allow_hosts=["vsv.example.nl"])
>>> for path in sorted({r.matcher.regex.pattern.split("(")[0] for r in app.wildcard_router.rules}):
...     print(path)
/services/leden/stem/
/services/leden/stem/?$
/services/leden/vragenlijst/
/services/leden/vragenlijst/static/
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from vsvkit.app.hosts import allowed_hosts, install_guard

__all__ = ["public_app", "serve_public", "normalise_prefix"]

log = logging.getLogger(__name__)


def normalise_prefix(prefix: str | None) -> str:
    """``prefix`` as a URL path that starts and ends with ``/`` (``"/"`` for none).

    >>> normalise_prefix("services/leden"), normalise_prefix(None)
    ('/services/leden/', '/')
    """
    inner = (prefix or "").strip().strip("/")
    return f"/{inner}/" if inner else "/"


def _log_request(handler: Any) -> None:
    """The access log: method, status, the page kind and the time; no address, no token."""
    request = handler.request
    prefix = handler.settings.get("vsvkit_prefix", "/")
    rest = request.path[len(prefix) :] if request.path.startswith(prefix) else "?"
    kind = rest.split("/", 1)[0]
    log.info(
        "%d %s %s%s%s %.1fms",
        handler.get_status(),
        request.method,
        prefix,
        kind,
        "/..." if kind else "",
        1000.0 * request.request_time(),
    )


def public_app(store: Any, *, prefix: str = "/", allow_hosts: Sequence[str] = ()) -> Any:
    """The Tornado application of the members' pages on ``store``, under ``prefix``.

    Parameters
    ----------
    store
        A :class:`vsvkit.store.Store` without a user.
    prefix
        The URL path the pages live under (the JupyterHub service prefix).
    allow_hosts
        Public host names answered besides the local ones (the hub's own names).
    """
    import tornado.web

    from vsvkit.app.survey_pages import survey_handlers
    from vsvkit.app.vote_pages import vote_handlers

    base = normalise_prefix(prefix)
    app = tornado.web.Application(
        survey_handlers(store, base) + vote_handlers(store, base),
        log_function=_log_request,
        vsvkit_prefix=base,
    )
    install_guard(app, allowed_hosts("127.0.0.1", allow_hosts))
    return app


def serve_public(
    *,
    db: str | None,
    port: int,
    host: str = "127.0.0.1",
    prefix: str = "/",
    allow_hosts: Sequence[str] = (),
) -> None:
    """Serve the members' pages until interrupted (a managed service: until the hub stops it).

    Parameters
    ----------
    db
        The shared store's URL (``VSVKIT_DB``).
    port, host
        Where to listen: the address the hub's proxy sends ``prefix`` to.
    prefix, allow_hosts
        See :func:`public_app`.
    """
    import asyncio

    from vsvkit.store import Store

    app = public_app(Store(db), prefix=prefix, allow_hosts=allow_hosts)

    async def run() -> None:
        # behind the proxy: the member's address (for the rate limits) is the last one the
        # proxy added to X-Forwarded-For
        app.listen(port, address=host, xheaders=True)
        log.info("members' pages at http://%s:%d%s", host, port, normalise_prefix(prefix))
        await asyncio.Event().wait()

    asyncio.run(run())
