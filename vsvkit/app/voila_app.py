"""The Voilà application of ``vsvkit serve``: stock Voilà 0.5 with its routes tightened.

:func:`app_class` builds ``VsvkitVoila``, a subclass of ``voila.app.Voila`` (standalone Voilà
builds a plain ``tornado.web.Application`` from the public ``init_handlers()``), which

- serves only the app notebooks as pages (``VsvkitVoila.apps``; ``/voila/render/report.ipynb``
  is a 404), and drops the routes the apps do not use: the file tree and contents API
  (``/voila/tree``, ``/voila/api/contents``) and ``/logout``;
- sets the ``_xsrf`` cookie on the app page. Voilà's page sends its kernel shutdown request
  (``POST /voila/api/shutdown/<kernel>``, a ``sendBeacon`` on ``beforeunload``) with the value
  of that cookie as the form field ``_xsrf``; jupyter_server checks the two are equal. Stock
  Voilà never sets the cookie, so the request failed with ``403 '_xsrf' argument missing`` and
  the kernel of a closed page lived on until culling;
- answers a malformed ``/voila/templates/...`` path with 404 instead of a 500;
- renders error pages with our templates (``templates/voila/vsvkit/error.html``: no outside
  requests, no server internals);
- checks Host and Origin on every request and websocket (:mod:`vsvkit.app.hosts`), with the
  names in ``VsvkitVoila.allow_hosts`` besides the local ones.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from vsvkit.app.hosts import allowed_hosts, install_guard

__all__ = ["app_class", "DROPPED_ROUTES"]

#: Route patterns of stock Voilà that ``vsvkit serve`` does not offer.
DROPPED_ROUTES = (r"/voila/tree", r"/voila/api/contents", r"/logout")
#: Templates jupyter_server renders for an error (``<status>.html``, then ``error.html``).
ERROR_PAGES = ("error.html", "404.html", "403.html", "500.html")


@cache
def app_class() -> type:
    """The ``VsvkitVoila`` class (built on first use: importing Voilà takes a second)."""
    import jinja2
    import tornado.web
    from traitlets import List, Unicode
    from voila.app import Voila
    from voila.static_file_handler import TemplateStaticFileHandler
    from voila.tornado.handler import TornadoVoilaHandler

    from vsvkit.paths import templates_dir

    class AppPage(TornadoVoilaHandler):
        """A Voilà page, for the app notebooks only; sets the ``_xsrf`` cookie."""

        def initialize(self, apps=(), **kwargs):
            self.apps = frozenset(apps)
            super().initialize(**kwargs)

        @tornado.web.authenticated
        async def get(self, path=None):
            if path not in self.apps:
                raise tornado.web.HTTPError(404)
            # the page's JavaScript sends this cookie's value with the kernel shutdown request
            self.xsrf_token  # noqa: B018  (reading it sets the cookie)
            await super().get(path)

    class TemplateStatic(TemplateStaticFileHandler):
        """Static files of the template chain; anything else is a 404 (stock: 500)."""

        def initialize(self, templates=()):
            self.templates = frozenset(templates)
            super().initialize()

        def parse_url_path(self, path):
            parts = path.split("/", 2)
            if len(parts) != 3 or parts[1] != "static" or not parts[2]:
                raise tornado.web.HTTPError(404)
            if parts[0] not in self.templates:
                raise tornado.web.HTTPError(404)
            return super().parse_url_path(path)

    class VsvkitVoila(Voila):
        """Voilà for the workshop apps (see :mod:`vsvkit.app.voila_app`)."""

        name = "vsvkit-voila"
        apps = List(Unicode(), config=True, help="Notebooks served as pages.")
        allow_hosts = List(
            Unicode(), config=True, help="Host names answered besides localhost and loopback."
        )

        def init_settings(self):
            settings = super().init_settings()
            # error pages of jupyter_server's handlers: our error.html (stock: a page.html that
            # needs a static_path Voilà does not set, so a 404 became an empty page or a 500)
            error_page = templates_dir() / "voila" / "vsvkit" / "error.html"

            def load(name):
                return error_page.read_text(encoding="utf-8") if name in ERROR_PAGES else None

            env = settings["jinja2_env"]
            env.loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(load), env.loader])
            return settings

        def init_handlers(self):
            handlers = []
            templates = [Path(p).name for p in self.template_paths]
            for spec in super().init_handlers():
                pattern, handler = spec[0], spec[1]
                if any(re.search(re.escape(d) + r"(\b|$)", pattern) for d in DROPPED_ROUTES):
                    continue
                if handler is TornadoVoilaHandler:
                    spec = (pattern, AppPage, {**spec[2], "apps": list(self.apps)})
                elif handler is TemplateStaticFileHandler:
                    spec = (pattern, TemplateStatic, {"templates": templates})
                handlers.append(spec)
            return handlers

        def listen(self):
            install_guard(self.app, allowed_hosts(self.ip, self.allow_hosts))
            super().listen()

    return VsvkitVoila
