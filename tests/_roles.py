"""Roles for the tests: the demo store's regions and users, and a fake JupyterHub.

:func:`give_roles` puts the demo store's VSVs in regions and gives users their roles: region
Noord holds Voorbeeldstad and Proefpolder (adviser anna), Zuid Fictiefwaard (adviser zoe);
Denkbeeldig Delta is in no region; tom trains Fictiefwaard. The fixture ``fake_hub`` (for every
test module, through tests/conftest.py) is the part of JupyterHub's API a store asks
(``GET /hub/api/user`` with a token) on 127.0.0.1: its URL, to use as ``JUPYTERHUB_API_URL``.
Token ``t-anna`` is the user anna's, ``t-svc`` a hub service's; any other token is refused
(403), as the hub refuses an unknown one.
"""

from __future__ import annotations

import http.server
import json
import threading

import pytest

#: The VSVs of region Noord.
NOORD = {"VSV Voorbeeldstad", "VSV Proefpolder"}


def give_roles(store) -> None:
    """Regions and users for the demo sessions in ``store`` (see above)."""
    store.add_region("Noord")
    store.add_region("Zuid")
    store.assign_vsvs("Noord", sorted(NOORD))
    store.assign_vsvs("Zuid", ["VSV Fictiefwaard"])
    store.add_user("anna", "adviser", region="Noord")
    store.add_user("zoe", "adviser", region="Zuid")
    store.add_user("tom", "trainer", vsvs=["VSV Fictiefwaard"])


TOKENS = {"t-anna": {"kind": "user", "name": "anna"}, "t-svc": {"kind": "service", "name": "s"}}


class _Hub(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        model = TOKENS.get(self.headers.get("Authorization", "").removeprefix("token "))
        body = json.dumps(model or {"status": 403}).encode()
        self.send_response(200 if model and self.path == "/hub/api/user" else 403)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_hub():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Hub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hub/api"
    server.shutdown()
    server.server_close()
