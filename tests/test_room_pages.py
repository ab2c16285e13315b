"""The room view over HTTP: a real ``vsvkit serve`` with a token, on 127.0.0.1.

The room page shows what the store holds for the session; its wait answers as soon as the
presenter saves a new revision; a key from the room window needs the login and the
``_xsrf`` value and reaches the presenter's page; without the login nothing is shown.
"""

from __future__ import annotations

import http.client
import json
import re
import threading
import time

import pytest

from vsvkit.sessions import latest_session
from vsvkit.store import Store

TOKEN = "zaal-geheim-123"
TINY = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "a",
            "metadata": {},
            "outputs": [],
            "source": "1",
        }
    ],
    "metadata": {},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture(scope="module")
def served(tmp_path_factory, demo_db):
    import shutil

    from browser._app import running_server

    folder = tmp_path_factory.mktemp("room")
    (folder / "tiny.ipynb").write_text(json.dumps(TINY))
    db = folder / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), db)
    url = f"sqlite:///{db}"
    with running_server(
        notebooks_dir=folder,
        preheat=(),
        apps=("tiny.ipynb",),
        token=TOKEN,
        db=url,
        name="test-room-http",
    ) as server:
        yield server, Store(url)


def _request(server, path, *, method="GET", headers=None, body=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=timeout)
    try:
        conn.request(
            method, path, body=body, headers={"Host": f"127.0.0.1:{server.port}", **(headers or {})}
        )
        res = conn.getresponse()
        return res.status, res.msg, res.read().decode()
    finally:
        conn.close()


def _auth(path: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}token={TOKEN}"


def _sid(store) -> int:
    return int(store.sessions().sort_values("id")["id"].iloc[0])


def test_without_the_login_the_room_shows_nothing(served):
    server, store = served
    sid = _sid(store)
    store.save_room(
        sid, step="overview", html="<section class='room-step'>GEHEIME SCORES</section>"
    )
    for path in (f"/zaal/{sid}", f"/zaal/{sid}/wacht?after=0", f"/zaal/{sid}/toetsen?after=0"):
        status, _, body = _request(server, path)
        assert status in (302, 403) and "GEHEIME SCORES" not in body, path


def test_the_room_page_shows_the_saved_step(served):
    server, store = served
    sid = _sid(store)
    rev = store.save_room(
        sid,
        step="domain:CLI",
        html="<section class='room-step' data-step='domain:CLI'>CLI hier</section>",
    )
    status, headers, body = _request(server, _auth(f"/zaal/{sid}"))
    assert status == 200 and "CLI hier" in body and f'data-revision="{rev}"' in body
    assert 'lang="nl"' in body and "no-store" in headers["Cache-Control"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    # /zaal leads to the session being presented
    status, headers, _ = _request(server, _auth("/zaal"))
    assert status == 302 and headers["Location"].startswith(f"/zaal/{sid}")


def test_the_wait_answers_when_the_presenter_saves(served):
    server, store = served
    sid = _sid(store)
    rev = store.save_room(sid, step="welcome", html="<p>eerst</p>")
    got = {}

    def wait():
        got["res"] = _request(server, _auth(f"/zaal/{sid}/wacht?after={rev}"))

    waiter = threading.Thread(target=wait)
    waiter.start()
    time.sleep(0.5)
    assert waiter.is_alive()  # nothing new yet: it waits
    store.save_room(sid, step="overview", html="<p>daarna</p>", black=True)
    waiter.join(30)
    status, _, body = got["res"]
    state = json.loads(body)
    assert status == 200 and state == {"revision": rev + 1, "html": "<p>daarna</p>", "black": True}
    # asked for an older revision, it answers at once
    status, _, body = _request(server, _auth(f"/zaal/{sid}/wacht?after=0"))
    assert json.loads(body)["revision"] == rev + 1


def test_a_key_from_the_room_needs_the_xsrf_value_and_reaches_the_presenter(served):
    # the room window: logged in by the cookie the token gave (the browser's way), so a POST
    # needs the page's _xsrf value (a request with the token itself needs none: a forged
    # request cannot know the token)
    server, store = served
    sid = _sid(store)
    status, headers, body = _request(server, _auth(f"/zaal/{sid}"))
    xsrf = re.search(r'data-xsrf="([^"]+)"', body).group(1)
    cookies = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie"))
    assert "username-" in cookies  # the login cookie
    _, _, first = _request(server, _auth(f"/zaal/{sid}/toetsen?after=-1"))
    start, page = json.loads(first)["after"], json.loads(first)["page"]
    form = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies}
    post = {"method": "POST", "body": "key=next"}
    refused, _, _ = _request(server, f"/zaal/{sid}/toets", headers=form, **post)
    assert refused == 403
    ok_headers = {**form, "X-XSRFToken": xsrf}
    assert _request(server, f"/zaal/{sid}/toets", headers=ok_headers, **post)[0] == 204
    bad = _request(server, f"/zaal/{sid}/toets", headers=ok_headers, method="POST", body="key=rm")
    assert bad[0] == 400
    _, _, keys = _request(server, _auth(f"/zaal/{sid}/toetsen?after={start}&page={page}"))
    assert json.loads(keys)["keys"] == ["next"]
    # a second presenter page takes over: the first is told it is stale
    _, _, second = _request(server, _auth(f"/zaal/{sid}/toetsen?after=-1"))
    assert json.loads(second)["page"] != page
    _, _, old = _request(server, _auth(f"/zaal/{sid}/toetsen?after={start}&page={page}"))
    assert json.loads(old) == {"stale": True}


def test_unknown_sessions_and_strange_hosts_are_refused(served):
    server, store = served
    assert _request(server, _auth("/zaal/999"))[0] == 404
    assert _request(server, _auth("/zaal/abc"))[0] == 404
    status, _, body = _request(
        server, _auth(f"/zaal/{_sid(store)}"), headers={"Host": "evil.example"}
    )
    assert status == 403 and "room-step" not in body


def test_the_page_speaks_the_language_of_the_step(served):
    server, store = served
    sid = _sid(store)
    store.save_room(sid, step="welcome", html="<section class='room-step' lang='en'>Hi</section>")
    _, _, body = _request(server, _auth(f"/zaal/{sid}"))
    assert '<html lang="en">' in body and "room view" in body


def test_what_the_room_shows_now_for_the_presenters_page(served):
    server, store = served
    sid = _sid(store)
    store.save_room(sid, step="plan", html="<section class='room-step'>Plan nu</section>")
    state = json.loads(_request(server, _auth("/zaal/nu"))[2])
    assert state["session"] == sid and state["html"].endswith("Plan nu</section>")
    assert ".room-step" in state["css"]
    store.save_room(sid, step="plan", presenting=False)
    assert json.loads(_request(server, _auth("/zaal/nu"))[2]) == {}
    assert _request(server, "/zaal/nu")[0] in (302, 403)  # the login first


def test_presenting_now_starts_the_workshop_the_app_opens_on(served):
    # the presenter view's own address posts /zaal/nu from the page before its widgets load
    server, store = served
    for sid in store.presenting_sessions():
        store.save_room(sid, step="welcome", presenting=False)
    latest = latest_session(store.sessions())
    status, headers, body = _request(server, _auth(f"/zaal/{latest}"))
    xsrf = re.search(r'data-xsrf="([^"]+)"', body).group(1)
    cookies = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie"))
    refused = _request(server, "/zaal/nu", method="POST", headers={"Cookie": cookies}, body="")
    assert refused[0] == 403 and store.presenting_session() is None  # no _xsrf: nothing
    assert _request(server, "/zaal/nu", method="POST", body="")[0] in (302, 403)  # no login
    assert store.presenting_session() is None
    ok = {"Cookie": cookies, "X-XSRFToken": xsrf}
    status, _, body = _request(server, "/zaal/nu", method="POST", headers=ok, body="")
    state = json.loads(body)
    assert status == 200 and state["session"] == latest and ".room-step" in state["css"]
    room = store.room(latest)
    assert room.presenting and room.step == "welcome" and state["html"] == room.html
    assert state["revision"] == room.revision
    # what /zaal/nu and the room page show from now on
    assert json.loads(_request(server, _auth("/zaal/nu"))[2])["html"] == room.html
    assert room.html in _request(server, _auth(f"/zaal/{latest}"))[2]
    # a workshop being presented is the one presented on: another session's room stays
    other = next(int(i) for i in sorted(store.sessions()["id"]) if i != latest)
    store.save_room(other, step="plan", html="<section>Plan van een ander</section>")
    status, _, body = _request(server, "/zaal/nu", method="POST", headers=ok, body="")
    assert json.loads(body)["session"] == other and store.presenting_sessions() == [other]
    store.save_room(other, step="plan", presenting=False)
