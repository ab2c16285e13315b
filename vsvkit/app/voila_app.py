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
- serves the questionnaire pages members answer (:mod:`vsvkit.app.survey_pages`: no token,
  no kernel per member) and the room view the projector shows (:mod:`vsvkit.app.room_pages`:
  the app's login), on the store in ``VsvkitVoila.store_url``;
- renders error pages with our templates (``error.html`` of our template: no outside
  requests, no server internals);
- checks Host and Origin on every request and websocket (:mod:`vsvkit.app.hosts`), with the
  names in ``VsvkitVoila.allow_hosts`` besides the local ones;
- looks for templates in ``VsvkitVoila.template_roots`` (Jupyter data folders: a development
  checkout's ``templates/``) before Jupyter's data path, for the pages and their static files.
  Installed from a wheel, our template is shared data on that path and the list is empty.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path
from typing import Any

from vsvkit.app.hosts import allowed_hosts, install_guard

__all__ = ["app_class", "DROPPED_ROUTES", "TEMPLATE_APPS"]

#: Route patterns of stock Voilà that ``vsvkit serve`` does not offer.
DROPPED_ROUTES = (r"/voila/tree", r"/voila/api/contents", r"/logout")
#: Templates jupyter_server renders for an error (``<status>.html``, then ``error.html``).
ERROR_PAGES = ("error.html", "404.html", "403.html", "500.html")
#: The Jupyter data subfolders Voilà takes a template chain from.
TEMPLATE_APPS = ("voila", "nbconvert")


@cache
def app_class() -> Any:
    """The ``VsvkitVoila`` class (built on first use: importing Voilà takes a second)."""
    import jinja2
    import tornado.web
    from jupyter_core.paths import jupyter_path
    from jupyter_server import DEFAULT_STATIC_FILES_PATH
    from traitlets import List, Unicode
    from voila.app import Voila
    from voila.paths import collect_static_paths, collect_template_paths
    from voila.static_file_handler import TemplateStaticFileHandler
    from voila.tornado.handler import TornadoVoilaHandler

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
        """Static files of the template chain, found in ``root_dirs`` (our template roots,
        then Jupyter's data path); anything else is a 404 (stock: 500)."""

        def initialize(self, templates=(), root_dirs=()):
            self.templates = frozenset(templates)
            self.root_dirs = list(root_dirs)
            super().initialize()

        def parse_url_path(self, path):
            parts = path.split("/", 2)
            if len(parts) != 3 or parts[1] != "static" or not parts[2]:
                raise tornado.web.HTTPError(404)
            if parts[0] not in self.templates:
                raise tornado.web.HTTPError(404)
            # stock Voilà searches Jupyter's data path only
            self.roots = collect_static_paths(TEMPLATE_APPS, parts[0], root_dirs=self.root_dirs)
            return tornado.web.StaticFileHandler.parse_url_path(self, path)

        def get_absolute_path(self, root, path):
            # an instance method (stock: a classmethod that searches Jupyter's data path)
            relpath = os.path.normpath(path).split(os.path.sep, 2)[2]
            candidates = [os.path.abspath(os.path.join(r, relpath)) for r in self.roots]
            return next((c for c in candidates if os.path.exists(c)), candidates[-1])

    class VsvkitVoila(Voila):
        """Voilà for the workshop apps (see :mod:`vsvkit.app.voila_app`)."""

        name = "vsvkit-voila"
        apps = List(Unicode(), config=True, help="Notebooks served as pages.")
        allow_hosts = List(
            Unicode(), config=True, help="Host names answered besides localhost and loopback."
        )
        store_url = Unicode(
            "",
            config=True,
            help="The session store the questionnaire pages use (empty: the default store).",
        )
        template_roots = List(
            Unicode(),
            config=True,
            help="Jupyter data folders searched for templates before Jupyter's data path "
            "(a development checkout's templates/).",
        )

        def template_root_dirs(self) -> list[str]:
            """Where templates are looked for: ``template_roots``, then Jupyter's data path."""
            return [*self.template_roots, *jupyter_path()]

        def setup_template_dirs(self):
            """Voilà's template and static paths, with ``template_roots`` searched first."""
            if not self.template_roots:
                return super().setup_template_dirs()
            name, roots = self.voila_configuration.template, self.template_root_dirs()
            self.template_paths = collect_template_paths(
                TEMPLATE_APPS, name, prune=True, root_dirs=roots
            )
            self.static_paths = [
                *collect_static_paths(TEMPLATE_APPS, name, root_dirs=roots),
                DEFAULT_STATIC_FILES_PATH,
            ]
            self.log.debug("template paths:\n\t%s", "\n\t".join(self.template_paths))

        def init_settings(self):
            settings = super().init_settings()
            # error pages of jupyter_server's handlers: our error.html (stock: a page.html that
            # needs a static_path Voilà does not set, so a 404 became an empty page or a 500)
            error_page = next(
                Path(p) / "error.html"
                for p in self.template_paths
                if (Path(p) / "error.html").is_file()
            )

            def load(name):
                return error_page.read_text(encoding="utf-8") if name in ERROR_PAGES else None

            env = settings["jinja2_env"]
            env.loader = jinja2.ChoiceLoader([jinja2.FunctionLoader(load), env.loader])
            return settings

        def init_handlers(self):
            from vsvkit.app.room_pages import room_handlers
            from vsvkit.app.survey_pages import survey_handlers
            from vsvkit.app.vote_pages import vote_handlers
            from vsvkit.store import Store

            # the questionnaire pages: no token, no kernel; behind the same Host/Origin guard
            store = Store(self.store_url or None)
            handlers = survey_handlers(store, self.base_url) + vote_handlers(store, self.base_url)
            # the room view: the trainer's login, like the app
            handlers += room_handlers(store, self.base_url)
            templates = [Path(p).name for p in self.template_paths]
            for spec in super().init_handlers():
                pattern, handler = spec[0], spec[1]
                if any(re.search(re.escape(d) + r"(\b|$)", pattern) for d in DROPPED_ROUTES):
                    continue
                if handler is TornadoVoilaHandler:
                    spec = (pattern, AppPage, {**spec[2], "apps": list(self.apps)})
                elif handler is TemplateStaticFileHandler:
                    spec = (
                        pattern,
                        TemplateStatic,
                        {"templates": templates, "root_dirs": self.template_root_dirs()},
                    )
                handlers.append(spec)
            return handlers

        def listen(self):
            install_guard(self.app, allowed_hosts(self.ip, self.allow_hosts))
            super().listen()

    return VsvkitVoila
