"""End to end on a real JupyterHub (issue 15): deploy/jupyterhub_config.py, a real PostgreSQL
store, configurable-http-proxy, a local-process spawner and the hub's test authenticator.

One hub for the module (tests/hub/_hub.py), on a fresh PostgreSQL database holding the sample
sessions. The operator (the command line outside any user's server) makes ``hubadmin`` an
admin; the admin, with a hub token of their own as in a terminal of their server, makes two
regions, two advisers (one per region) and a trainer. Each logs in over HTTP with the hub's
login form; their server opens the workshop app in Voilà, which a real Chromium shows with the
user's cookies: each sees only their own VSVs there and in the region app, and another
region's session is refused by the room page and by the command line in their server. A member
answers the public questionnaire through the hub's proxy without logging in, and the trainer of
that VSV sees the answer counted. Everything started here is stopped at the end, also when a
test fails.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

from tests._pg import pg_server  # noqa: F401  (fixture)
from tests.conftest import require
from tests.hub._hub import HubUser, demo_database, find_proxy, kernel_count, running_hub

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.browser]

WORKSHOP = "voila/render/vsvkit/workshop.ipynb"
REGION = "voila/render/vsvkit/regio_analyse.ipynb"
#: regions of the sample VSVs, and the users the admin makes
NOORD = ("VSV Voorbeeldstad", "VSV Proefpolder")
ZUID = ("VSV Denkbeeldig Delta", "VSV Fictiefwaard")
TRAINER_VSV = "VSV Fictiefwaard"
SEES = {"anna": set(NOORD), "bert": set(ZUID), "tom": {TRAINER_VSV}}


def _have_browser() -> bool:
    try:
        import playwright  # noqa: F401

        from vsvkit.report.browser import find_browser

        find_browser()
    except Exception:
        return False
    return True


@pytest.fixture(scope="module")
def store_db(pg_server):  # noqa: F811
    """A fresh PostgreSQL database with the sample sessions; dropped after the module."""
    with demo_database(pg_server) as db:
        yield db


@pytest.fixture(scope="module")
def hub(store_db, tmp_path_factory):
    require(find_proxy() is not None, "configurable-http-proxy (cd tests/hub && npm ci)")
    with running_hub(tmp_path_factory.mktemp("hub"), store_db) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    require(_have_browser(), "Chromium and playwright are needed for the hub's browser checks")
    from tests.browser._app import launch_chromium

    with launch_chromium() as b:
        yield b


def vsvkit_cli(args: list[str], db: str, hub=None, user: str | None = None):
    """``vsvkit ARGS`` as a terminal runs it: in ``user``'s server (the hub's variables, a
    token of that user) or, with ``user`` None, as the operator outside any user's server."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
    env["VSVKIT_DB"] = db
    if user is not None:
        env["JUPYTERHUB_API_TOKEN"] = hub.user_token(user)
        env["JUPYTERHUB_API_URL"] = hub.hub_api
        env["JUPYTERHUB_USER"] = user
    return subprocess.run(
        [sys.executable, "-m", "vsvkit", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def sessions(store_db) -> dict[str, list[int]]:
    """The sample sessions' ids by VSV."""
    from vsvkit.store import Store

    with Store(store_db) as store:
        frame = store.sessions()
    out: dict[str, list[int]] = {}
    for sid, vsv in zip(frame["id"].astype(int), frame["vsv"]):
        out.setdefault(vsv, []).append(sid)
    return out


@pytest.fixture(scope="module")
def roles(hub, store_db):
    """The operator makes the first admin; the admin makes the regions and the users."""
    ok(vsvkit_cli(["users", "add", "hubadmin", "--role", "admin"], store_db))

    def admin(*args: str) -> str:
        return ok(vsvkit_cli(list(args), store_db, hub, "hubadmin"))

    admin("regions", "add", "Noord")
    admin("regions", "add", "Zuid")
    admin("regions", "assign", "Noord", *NOORD)
    admin("regions", "assign", "Zuid", *ZUID)
    admin("users", "add", "anna", "--role", "adviser", "--region", "Noord")
    admin("users", "add", "bert", "--role", "adviser", "--region", "Zuid")
    admin("users", "add", "tom", "--role", "trainer", "--vsv", TRAINER_VSV)
    return json.loads(admin("users", "list", "--json"))


def _open(browser, user: HubUser, path: str, ready: str):
    """A Chromium page of ``path`` of the user's server, with the user's login, once
    ``ready`` is visible; the caller closes its context."""
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    # each cookie with its own path: the server's login and _xsrf cookies live under
    # /user/NAME/; a copy at "/" is sent beside the one the server sets later and, read last,
    # wins (a stale login: every request of the page is sent back to the hub's login)
    context.add_cookies(user.cookies())
    page = context.new_page()
    page.goto(f"{user.hub.url}/user/{user.name}/{path}", wait_until="commit", timeout=90_000)
    page.wait_for_selector(ready, state="visible", timeout=90_000)
    return context, page


def _options(page, css: str) -> list[str]:
    return [
        o.replace("\xa0", " ")
        for o in page.eval_on_selector_all(f"{css} select option", "els => els.map(e => e.text)")
    ]


def test_the_admin_makes_regions_and_users(hub, roles, store_db):
    by_name = {u["name"]: u for u in roles}
    assert {n: by_name[n]["role"] for n in ("hubadmin", "anna", "bert", "tom")} == {
        "hubadmin": "admin",
        "anna": "adviser",
        "bert": "adviser",
        "tom": "trainer",
    }
    regions = json.loads(ok(vsvkit_cli(["regions", "list", "--json"], store_db, hub, "hubadmin")))
    assert {r["name"]: set(r["vsvs"]) for r in regions} == {"Noord": set(NOORD), "Zuid": set(ZUID)}
    # in an adviser's server the same commands are refused
    refused = vsvkit_cli(["users", "add", "anna", "--role", "admin"], store_db, hub, "anna")
    assert refused.returncode != 0
    assert {u["name"]: u["role"] for u in roles}["anna"] == "adviser"


def test_a_user_server_opens_the_workshop_app_and_has_jupyterlab(hub, roles):
    user = HubUser(hub, "tom")
    status, url, page = user.login()
    assert status == 200
    assert url == f"{hub.url}/user/tom/{WORKSHOP}"
    assert '<html lang="nl">' in page and "<title>workshop</title>" in page
    # the app notebooks in the user's own folder: the installed apps, and an own copy
    home = hub.home("tom")
    assert sorted(p.name for p in (home / "vsvkit").iterdir()) == [
        "regio_analyse.ipynb",
        "workshop.ipynb",
    ]
    assert (home / "regio_analyse.ipynb").is_file()
    status, url, page = user.get("/user/tom/lab")
    assert status == 200 and url.endswith("/user/tom/lab") and "JupyterLab" in page


@pytest.mark.parametrize("name", sorted(SEES))
def test_each_user_sees_only_their_vsvs_in_the_app(hub, roles, browser, sessions, name):
    from tests.browser._app import CHART_IMG

    user = HubUser(hub, name)
    user.login(open_default=False)
    context, page = _open(browser, user, WORKSHOP, CHART_IMG)
    try:
        labels = _options(page, ".vsvkit-session")
        who = page.inner_text(".vsvkit-who")
    finally:
        context.close()
    shown = {vsv for vsv in sessions if any(vsv in label for label in labels)}
    assert shown == SEES[name]
    assert len(labels) == sum(len(sessions[v]) for v in SEES[name])
    assert name in who


@pytest.mark.parametrize("name", ["anna", "bert"])
def test_an_adviser_compares_only_their_region(hub, roles, browser, name):
    user = HubUser(hub, name)
    user.login(open_default=False)
    context, page = _open(browser, user, REGION, ".vsvkit-region-focus select")
    try:
        focus = _options(page, ".vsvkit-region-focus")
        text = page.inner_text(".vsvkit-region")
    finally:
        context.close()
    assert set(focus) == SEES[name]
    others = set(NOORD + ZUID) - SEES[name]
    assert not any(vsv in text for vsv in others)


def test_the_presenter_views_address_presents_the_trainers_own_workshop(
    hub, roles, browser, store_db
):
    """``workshop.ipynb?presentatie`` in tom's server: the page's early request (under
    /user/tom/, with that server's _xsrf cookie) presents the latest session of his own VSV,
    and the presenter view opens on it."""
    from tests.browser._app import stop_presenting
    from vsvkit.sessions import latest_session
    from vsvkit.store import Store

    user = HubUser(hub, "tom")
    user.login(open_default=False)
    controls = ".vsvkit-presenter-view .vsvkit-key-next"
    context, page = _open(browser, user, f"{WORKSHOP}?presentatie", controls)
    try:
        shown = int(page.locator(".vsvkit-room-link").get_attribute("data-session"))
    finally:
        context.close()
    with Store(store_db) as store:
        frame = store.sessions()
        expected = latest_session(frame[frame["vsv"] == TRAINER_VSV])
        presenting = store.presenting_sessions()
    stop_presenting(store_db)
    assert presenting == [expected] and shown == expected


def test_another_regions_session_is_refused(hub, roles, store_db, sessions):
    anna = HubUser(hub, "anna")
    anna.login(open_default=False)
    own, other = sessions[NOORD[0]][0], sessions[ZUID[0]][0]
    status, _, page = anna.get(f"/user/anna/zaal/{own}")
    assert status == 200 and "<html" in page
    status, _, _ = anna.get(f"/user/anna/zaal/{other}")
    assert status == 404
    # the command line in her server: her session's scores, not another region's
    mine = vsvkit_cli(["scores", str(own), "--format", "json"], store_db, hub, "anna")
    assert mine.returncode == 0, mine.stderr
    theirs = vsvkit_cli(["scores", str(other), "--format", "json"], store_db, hub, "anna")
    assert theirs.returncode != 0 and not theirs.stdout
    listed = json.loads(ok(vsvkit_cli(["sessions", "--json"], store_db, hub, "anna")))
    assert {s["vsv"] for s in listed} == set(NOORD)


def test_a_member_answers_and_the_trainer_sees_it(hub, roles, store_db):
    from vsvkit.instrument import load_instrument
    from vsvkit.store import Store

    instrument = load_instrument()
    with Store(store_db) as store:
        # dated before the sample sessions: the apps keep opening on the newest one
        survey = store.open_survey(
            vsv=TRAINER_VSV, date="2024-01-15", instrument=instrument, invited=30
        )
    path = f"/services/leden/vragenlijst/{survey.token}"
    member = HubUser(hub, "nobody")  # a fresh cookie jar: no login
    status, url, page = member.get(path)
    assert status == 200 and url == f"{hub.url}{path}", url
    assert re.findall(r'<form[^>]* action="([^"]+)"', page) == [path]
    xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page).group(1)
    fields = {i.code: "4" for i in instrument.all_items} | {"profession": "HA", "_xsrf": xsrf}
    request = urllib.request.Request(
        f"{hub.url}{path}",
        data=urllib.parse.urlencode(fields).encode(),
        method="POST",
        headers={"Origin": hub.url},
    )
    with member.opener.open(request, timeout=60) as res:
        assert res.status == 200
    status_args = ["survey", "status", str(survey.session_id), "--json"]
    seen = json.loads(ok(vsvkit_cli(status_args, store_db, hub, "tom")))
    assert seen["answered"] == 1
    # an adviser of the other region is refused the same questionnaire
    assert vsvkit_cli(status_args, store_db, hub, "anna").returncode != 0
    with Store(store_db) as store:
        answers = store.answers([survey.session_id])
    assert len(answers) == len(instrument.all_items) and set(answers["value"]) == {4}
    # a foreign host name is refused by the service itself
    refused = urllib.request.Request(f"{hub.url}{path}", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(refused, timeout=30)
    err.value.close()
    assert err.value.code == 403


def test_closing_the_app_shuts_its_kernel_down(hub, roles, browser):
    """Memory on a shared server: a page left frees its kernel (Voilà's shutdown request with
    the server's _xsrf cookie), not only the idle culler minutes later."""
    import time

    from tests.browser._app import CHART_IMG

    def kernels() -> int:
        return kernel_count(hub, "bert")

    user = HubUser(hub, "bert")
    user.login(open_default=False)
    before = kernels()
    context, page = _open(browser, user, WORKSHOP, CHART_IMG)
    try:
        assert kernels() == before + 1
        page.goto("about:blank")
        deadline = time.monotonic() + 60
        while kernels() > before and time.monotonic() < deadline:
            time.sleep(0.2)
        assert kernels() == before
    finally:
        context.close()
