"""Which names the server answers to, and the tornado guard that enforces it.

A server on 127.0.0.1 is reachable from any web page the trainer opens: a page on another site
whose name resolves to 127.0.0.1 (DNS rebinding) sends ``Host: evil.example``, and any page can
open a websocket to ``ws://127.0.0.1:8866`` (its ``Origin`` is the other site). So every
request and websocket is checked before a handler sees it:

- ``Host`` must name this server: ``localhost``, ``127.0.0.1`` or ``[::1]`` (with or without a
  port), the address it is bound to, or a name given with ``vsvkit serve --allow-host NAME``.
- A request that carries an ``Origin`` (browsers send one with every websocket, every POST, PUT
  and DELETE, and every cross-site fetch) must come from the page's own origin: the Origin's
  ``host[:port]`` equals the ``Host`` header, scheme http or https. ``Origin: null`` is refused.
- No ``Access-Control-Allow-Origin`` header is ever sent (jupyter_server reflects a foreign
  Origin there for token-authenticated requests); the apps need no cross-site reads.

Refusals are ``403`` with a short plain-text message in Dutch and English.

Examples
--------
>>> names = allowed_hosts("127.0.0.1", ["workshop.local"])
>>> host_allowed("127.0.0.1:8866", names), host_allowed("[::1]", names)
(True, True)
>>> host_allowed("evil.example:8866", names)
False
>>> origin_allowed("http://127.0.0.1:8866", "127.0.0.1:8866")
True
>>> origin_allowed("http://evil.example", "127.0.0.1:8866")
False
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from vsvkit.i18n import t

__all__ = [
    "LOCAL_NAMES",
    "allowed_hosts",
    "split_host",
    "host_allowed",
    "origin_allowed",
    "refusal",
    "install_guard",
]

#: Names that only reach this machine; always allowed.
LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")
#: Bind addresses that mean "every interface" (not a name a browser uses).
_ANY_ADDRESS = ("", "0.0.0.0", "::")


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The host names (lower case, IPv6 without brackets) the server answers to.

    Parameters
    ----------
    bind_host
        The address the server listens on; a specific address is a name browsers use.
    extra
        Names given with ``--allow-host`` (a port or brackets are ignored).
    """
    names = set(LOCAL_NAMES)
    for value in (bind_host, *extra):
        parts = split_host(value)
        if parts is not None and parts[0] not in _ANY_ADDRESS:
            names.add(parts[0])
    return frozenset(names)


def split_host(value: str) -> tuple[str, str | None] | None:
    """``(name, port)`` of a ``Host`` header value, or None when it is malformed.

    >>> split_host("[::1]:8866"), split_host("LocalHost"), split_host("a:b")
    (('::1', '8866'), ('localhost', None), None)
    """
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[1:end], value[end + 1 :]
    else:
        name, sep, port = value.partition(":")
        rest = sep + port
    if rest and not (rest.startswith(":") and rest[1:].isdigit()):
        return None
    if not name:
        return None
    return name, rest[1:] or None


def host_allowed(host_header: str | None, allowed: frozenset[str]) -> bool:
    """Whether a ``Host`` header names this server (see :func:`allowed_hosts`)."""
    if not host_header:
        return False
    parts = split_host(host_header)
    return parts is not None and parts[0] in allowed


def origin_allowed(origin: str | None, host_header: str | None) -> bool:
    """Whether a request's ``Origin`` is the server's own page (same scheme-less host:port).

    No Origin (a script, curl, the kernel's own connection) is allowed: only browsers send
    one, and they always do for websockets and state-changing requests.
    """
    if origin is None:
        return True
    parts = urlsplit(origin.strip().lower())
    if parts.scheme not in ("http", "https") or not parts.netloc or not host_header:
        return False
    return parts.netloc == host_header.strip().lower()


def refusal(reason: str) -> str:
    """The plain-text body of a refusal (``reason``: ``"host"`` or ``"origin"``), NL and EN."""
    key = f"server_refused_{reason}"
    return f"{t(key, 'nl')}\n{t(key, 'en')}\n"


def install_guard(app, allowed: frozenset[str]) -> None:
    """Check Host and Origin on every request and websocket of tornado ``app``.

    A rule placed first in the application's router catches every refused request (before
    any handler, static or websocket, sees it) and answers 403; an output transform removes
    ``Access-Control-Allow-Origin`` from every response.
    """
    from tornado.routing import Matcher, Rule
    from tornado.web import OutputTransform, RequestHandler

    def reason(request) -> str | None:
        host = request.headers.get("Host")
        if not host_allowed(host, allowed):
            return "host"
        if not origin_allowed(request.headers.get("Origin"), host):
            return "origin"
        return None

    class RefusedRequest(Matcher):
        def match(self, request):
            return {} if reason(request) is not None else None

    class Refuse(RequestHandler):
        def prepare(self) -> None:
            why = reason(self.request) or "host"
            logging.getLogger(__name__).warning(
                "refused %s %s: %s (Host %r, Origin %r)",
                self.request.method,
                self.request.path,
                why,
                self.request.headers.get("Host"),
                self.request.headers.get("Origin"),
            )
            self.set_status(403)
            self.set_header("Content-Type", "text/plain; charset=utf-8")
            self.finish(refusal(why))

    class NoCors(OutputTransform):
        def transform_first_chunk(self, status_code, headers, chunk, finishing):
            headers.pop("Access-Control-Allow-Origin", None)
            return status_code, headers, chunk

    app.default_router.rules.insert(0, Rule(RefusedRequest(), Refuse))
    app.add_transform(NoCors)
