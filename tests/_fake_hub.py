"""The part of JupyterHub's API a store asks (``GET /hub/api/user`` with a token), on 127.0.0.1.

``from tests._fake_hub import fake_hub`` gives a test the fixture: the URL to use as
``JUPYTERHUB_API_URL``. Token ``t-anna`` is the user anna's, ``t-svc`` a hub service's; any
other token is refused (403), as the hub refuses an unknown one.
"""

from __future__ import annotations

import http.server
import json
import threading

import pytest

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
