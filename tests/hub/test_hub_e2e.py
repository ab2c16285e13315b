"""End to end on a real JupyterHub (issue 15): deploy/jupyterhub_config.py, a real PostgreSQL
store, configurable-http-proxy, a local-process spawner and the hub's test authenticator.

One hub for the module (tests/hub/_hub.py), on a fresh PostgreSQL database holding the sample
sessions. Users log in over HTTP with the hub's login form; their server opens the workshop
app in Voilà, which a real Chromium shows with the user's cookies. A member answers the public
questionnaire through the hub's proxy without logging in, and the answer is in the store.
Everything started here is stopped at the end, also when a test fails.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

from tests._pg import pg_server  # noqa: F401  (fixture)
from tests.conftest import require
from tests.hub._hub import HubUser, demo_database, find_proxy, running_hub

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.browser]

WORKSHOP = "voila/render/vsvkit/workshop.ipynb"
REGION = "voila/render/vsvkit/regio_analyse.ipynb"


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


def vsvkit_cli(args: list[str], db: str, token: str | None = None, hub=None) -> str:
    """``vsvkit ARGS`` as a user's terminal runs it: inside the hub with the user's token,
    or as the operator outside any user's server (``token`` None)."""
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
    env["VSVKIT_DB"] = db
    if token is not None:
        env["JUPYTERHUB_API_TOKEN"] = token
        env["JUPYTERHUB_API_URL"] = hub.hub_api
    done = subprocess.run(
        [sys.executable, "-m", "vsvkit", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _app_sessions(browser, user: HubUser, path: str) -> list[str]:
    """Open ``path`` of the user's server in Chromium with the user's login; the labels of
    the app's session picker once its first chart is drawn."""
    from tests.browser._app import APP_SELECTOR, CHART_IMG

    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    try:
        context.add_cookies([{**c, "url": user.hub.url} for c in _plain(user.cookies())])
        page = context.new_page()
        page.goto(f"{user.hub.url}/user/{user.name}/{path}", wait_until="commit", timeout=90_000)
        page.wait_for_selector(APP_SELECTOR, state="visible", timeout=90_000)
        page.wait_for_selector(CHART_IMG, state="visible", timeout=90_000)
        return [
            o.replace("\xa0", " ")
            for o in page.eval_on_selector_all(
                ".vsvkit-session select option", "els => els.map(e => e.text)"
            )
        ]
    finally:
        context.close()


def _plain(cookies: list[dict]) -> list[dict]:
    # Playwright takes either a url or a domain+path; the url (the hub's) is enough here
    return [{"name": c["name"], "value": c["value"]} for c in cookies]


def test_a_user_server_opens_the_workshop_app_and_has_jupyterlab(hub):
    user = HubUser(hub, "trainer1")
    status, url, page = user.login()
    assert status == 200
    assert url == f"{hub.url}/user/trainer1/{WORKSHOP}"
    assert '<html lang="nl">' in page and "<title>workshop</title>" in page
    # the app notebooks in the user's own folder: the installed apps, and an own copy
    home = hub.home("trainer1")
    assert sorted(p.name for p in (home / "vsvkit").iterdir()) == [
        "regio_analyse.ipynb",
        "workshop.ipynb",
    ]
    assert (home / "regio_analyse.ipynb").is_file()
    status, url, page = user.get("/user/trainer1/lab")
    assert status == 200 and url.endswith("/user/trainer1/lab") and "JupyterLab" in page


def test_the_app_lists_the_store_sessions(hub, browser, store_db):
    from vsvkit.store import Store

    with Store(store_db) as store:
        vsvs = set(store.sessions()["vsv"])
    user = HubUser(hub, "trainer1")
    user.login()
    labels = _app_sessions(browser, user, WORKSHOP)
    assert labels, "the session picker is empty"
    assert {vsv for vsv in vsvs if any(vsv in label for label in labels)} == vsvs


def test_a_member_answers_the_public_questionnaire_without_a_login(hub, store_db):
    from vsvkit.instrument import load_instrument
    from vsvkit.store import Store

    instrument = load_instrument()
    with Store(store_db) as store:
        survey = store.open_survey(
            vsv="VSV Voorbeeldstad", date="2024-01-15", instrument=instrument, invited=30
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
    status = json.loads(
        vsvkit_cli(["survey", "status", str(survey.session_id), "--json"], store_db)
    )
    assert status["answered"] == 1
    with Store(store_db) as store:
        answers = store.answers([survey.session_id])
    assert len(answers) == len(instrument.all_items) and set(answers["value"]) == {4}
    # a foreign host name is refused by the service itself
    refused = urllib.request.Request(f"{hub.url}{path}", headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(refused, timeout=30)
    err.value.close()
    assert err.value.code == 403
