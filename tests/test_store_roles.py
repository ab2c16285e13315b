# ruff: noqa: F811  (fixtures imported from tests._pg are parameters of the tests)
"""Roles on a shared server: users, regions, and a store held to what its user may see.

The demo store holds six sessions of four VSVs. Region Noord: Voorbeeldstad (sessions 1, 2)
and Proefpolder (6); region Zuid: Fictiefwaard (5); Denkbeeldig Delta (3, 4) is in no region.
"""

from __future__ import annotations

import inspect
import json

import pytest
from sqlalchemy import create_engine, text

import vsvkit as vk
from tests._pg import pg_database, pg_server, store_url  # noqa: F401  (fixtures)
from tests._roles import NOORD, give_roles
from vsvkit.cli import main
from vsvkit.errors import StoreError, VsvkitError
from vsvkit.i18n import t
from vsvkit.store import Store
from vsvkit.store.scope import GROUPS


def _ids(store) -> set[int]:
    return {int(i) for i in store.sessions()["id"]}


@pytest.fixture
def url(store_url):
    store = Store(store_url)
    vk.load_demo(store)
    give_roles(store)
    store.add_user("ada", "admin")
    store.close()
    return store_url


@pytest.fixture
def opened():
    """Opens stores (``opened(url, user=...)``) and closes them after the test."""
    stores: list[Store] = []

    def open_(url_, user=None):
        stores.append(Store(url_, user=user))
        return stores[-1]

    yield open_
    for store in stores:
        store.close()


def _by_vsv(url_: str) -> dict[str, set[int]]:
    """Session ids per VSV, read with plain SQL (not through the store)."""
    engine = create_engine(url_.replace("postgresql://", "postgresql+psycopg://"))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, vsv FROM sessions")).all()
    engine.dispose()
    out: dict[str, set[int]] = {}
    for sid, vsv in rows:
        out.setdefault(vsv, set()).add(int(sid))
    return out


def test_every_public_method_of_the_store_is_in_exactly_one_group():
    public = {n for n, _ in inspect.getmembers(Store, callable) if not n.startswith("_")}
    grouped = [name for group in GROUPS.values() for name in group]
    assert len(grouped) == len(set(grouped)), "a method is in two groups"
    assert public == set(grouped)


@pytest.mark.parametrize(
    "user, vsvs",
    [
        ("anna", NOORD),
        ("zoe", {"VSV Fictiefwaard"}),
        ("tom", {"VSV Fictiefwaard"}),
        ("ada", NOORD | {"VSV Fictiefwaard", "VSV Denkbeeldig Delta"}),
        ("stranger", set()),
    ],
)
def test_each_user_lists_and_reads_only_their_vsvs(url, user, vsvs, opened):
    truth = _by_vsv(url)
    mine = set().union(*(truth[v] for v in vsvs)) if vsvs else set()
    store = opened(url, user=user)
    assert _ids(store) == mine
    assert set(store.find_sessions("VSV")["id"]) == mine
    answers = store.answers()
    assert set(answers["session"]) == mine
    for sid in set().union(*truth.values()) - mine:
        for call in (store.session, store.remarks, store.domain_notes, store.actions, store.room):
            with pytest.raises(StoreError) as refused:
                call(sid)
            # refused with the very words of a session that does not exist
            assert str(refused.value) == str(StoreError(key="store_unknown_session", id=sid))
        with pytest.raises(StoreError):
            store.answers([sid])
    assert vk.load_region(store).vsvs == sorted(vsvs)


def test_a_vote_round_an_action_and_a_room_of_another_region_are_out_of_reach(url, opened):
    truth = _by_vsv(url)
    zuid = min(truth["VSV Fictiefwaard"])
    admin = opened(url)
    poll = admin.open_round(zuid, kind="overview", target="")
    action = admin.add_action(zuid, domain="CLI", what="Samen een protocol")
    admin.save_room(zuid, step="overview")
    anna = opened(url, user="anna")
    for call, arg in (
        (anna.poll_round, poll.id),
        (anna.close_round, poll.id),
        (anna.delete_round, poll.id),
        (anna.action, action),
        (anna.delete_action, action),
    ):
        with pytest.raises(StoreError):
            call(arg)
    assert anna.round_by_code(poll.code) is None
    assert anna.presenting_session() is None and anna.presenting_sessions() == []
    assert opened(url, user="zoe").presenting_session() == zuid
    assert admin.poll_round(poll.id).closed_on is None  # nothing was closed by the refused call


def test_a_user_makes_sessions_only_for_their_vsvs_and_only_an_admin_manages(url, opened):
    tom = opened(url, user="tom")
    inst = vk.load_instrument()
    with pytest.raises(StoreError, match="VSV Voorbeeldstad"):
        tom.open_survey(vsv="VSV Voorbeeldstad", date="2026-12-01", instrument=inst)
    survey = tom.open_survey(vsv="VSV Fictiefwaard", date="2026-12-01", instrument=inst)
    assert survey.session_id in _ids(tom)
    own = min(_by_vsv(url)["VSV Fictiefwaard"])
    with pytest.raises(StoreError):  # moving a session to a VSV that is not theirs
        tom.update_session(own, vsv="VSV Voorbeeldstad")
    for call in (lambda: tom.add_user("tom", "admin"), tom.users, tom.regions):
        with pytest.raises(StoreError, match="Only an admin"):
            call()
    ada = opened(url, user="ada")
    ada.add_user("tom", "trainer", vsvs=["VSV Fictiefwaard", "VSV Proefpolder"])
    assert len(ada.users()) == 4


def test_a_changed_role_is_seen_after_the_access_is_read_again(url, monkeypatch, opened):
    import vsvkit.store.repository as repository

    monkeypatch.setattr(repository, "ACCESS_TTL_S", 0.0)
    tom = opened(url, user="tom")
    before = _ids(tom)
    opened(url).add_user("tom", "trainer", vsvs=["VSV Proefpolder"])
    assert _ids(tom) == _by_vsv(url)["VSV Proefpolder"] != before


def test_role_rules_are_explained(url, opened):
    store = opened(url)
    cases = [
        (lambda: store.add_user("x", "boss"), "Onbekende rol 'boss'"),
        (lambda: store.add_user("x", "adviser"), "hoort bij een regio"),
        (lambda: store.add_user("x", "admin", region="Noord"), "ziet alle VSV"),
        (lambda: store.add_user("x", "trainer", region="Oost"), "Er is geen regio 'Oost'"),
        (lambda: store.add_region("Noord"), "bestaat al"),
        (lambda: store.remove_region("Noord"), "anna"),
        (lambda: store.remove_user("nobody"), "Er is geen gebruiker 'nobody'"),
        (lambda: store.add_user("", "admin"), "Ongeldige naam voor een gebruiker: ''"),
        (lambda: store.add_region("x" * 300), f"voor een regio: '{'x' * 60}...'"),
    ]
    for call, words in cases:
        with pytest.raises(StoreError) as err:
            call()
        assert words in err.value.message("nl")
    assert len(store.users()) == 4  # nothing was written by a refused call


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_inside_jupyterhub_the_hub_says_who_the_store_is_for(
    url, fake_hub, monkeypatch, opened, capsys
):
    monkeypatch.setenv("JUPYTERHUB_API_URL", fake_hub)
    monkeypatch.setenv("JUPYTERHUB_USER", "ada")  # a variable anyone can set: not believed
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "t-anna")
    store = opened(url, user="ada")  # nor the caller
    assert store.user == "anna"
    assert set(store.sessions()["vsv"]) == NOORD
    with pytest.raises(AttributeError):
        store.user = None  # type: ignore[misc]
    # the command line inside anna's server: her sessions only; another's is not there
    assert main(["--db", url, "sessions"]) == 0
    listed = capsys.readouterr().out
    assert "Voorbeeldstad" in listed and "Fictiefwaard" not in listed
    zuid = min(_by_vsv(url)["VSV Fictiefwaard"])
    assert main(["--db", url, "scores", str(zuid)]) == 2
    assert f"geen sessie met nummer {zuid}" in capsys.readouterr().err
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "t-svc")  # a hub service: the public pages
    assert opened(url).user is None
    monkeypatch.setenv("JUPYTERHUB_API_TOKEN", "t-unknown")
    with pytest.raises(StoreError, match="does not answer who you are"):
        opened(url)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_cli_users_and_regions(url, capsys, monkeypatch):
    monkeypatch.delenv("JUPYTERHUB_API_TOKEN", raising=False)
    assert main(["--db", url, "regions", "add", "Oost"]) == 0
    assert main(["--db", url, "regions", "assign", "Oost", "VSV Denkbeeldig Delta"]) == 0
    assert main(["--db", url, "users", "add", "piet", "--role", "adviser", "--region", "Oost"]) == 0
    out = capsys.readouterr().out
    assert "Ziet de VSV's: VSV Denkbeeldig Delta" in out
    assert main(["--db", url, "users", "list", "--json"]) == 0
    listed = {u["name"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["piet"]["region"] == "Oost" and listed["tom"]["vsvs"] == ["VSV Fictiefwaard"]
    assert main(["--db", url, "users", "add", "x", "--role", "adviser"]) == 2
    assert "hoort bij een regio" in capsys.readouterr().err
    assert main(["--db", url, "users", "remove", "piet"]) == 0
    assert main(["--db", url, "regions", "list", "--json"]) == 0
    regions = {r["name"]: r for r in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
    assert regions["Oost"] == {"name": "Oost", "vsvs": ["VSV Denkbeeldig Delta"], "advisers": []}
    # the lists as text: a line per row, tab-separated; "-" for nothing
    assert main(["--db", url, "users", "list"]) == 0
    assert "tom\ttrainer\t-\tVSV Fictiefwaard\n" in capsys.readouterr().out
    assert main(["--db", url, "regions", "list"]) == 0
    assert "Oost\tVSV Denkbeeldig Delta\t-\n" in capsys.readouterr().out
    empty = url.replace(".sqlite", "-leeg.sqlite")
    assert main(["--db", empty, "regions", "list"]) == 0
    assert capsys.readouterr().out.strip().endswith(t("roles_no_regions", "nl"))
    assert isinstance(StoreError(key="roles_admin_only", user="x"), VsvkitError)


@pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)
def test_the_apps_show_who_they_run_for_and_only_their_vsvs(url, opened):
    from vsvkit.widgets.app import WorkshopApp
    from vsvkit.widgets.region import RegionApp

    def shown(widget) -> str:
        own = str(getattr(widget, "value", "")) if hasattr(widget, "value") else ""
        return own + "".join(shown(c) for c in getattr(widget, "children", ()))

    anna = WorkshopApp(opened(url, user="anna"))
    listed = {label for label, sid in anna.session_picker.options if sid is not None}
    assert listed and all("Voorbeeldstad" in x or "Proefpolder" in x for x in listed)
    assert "Ingelogd als anna · ROS-adviseur · Noord" in shown(anna)
    region = RegionApp(opened(url, user="anna"))
    assert list(region.focus_picker.options) == sorted(NOORD)
    assert region.reference_picker.options[0] == ("al uw VSV's", "all")
    stranger = RegionApp(opened(url, user="stranger"))
    assert "U hebt nog geen rol in vsvkit" in shown(stranger)
    assert "Ingelogd" not in shown(WorkshopApp(opened(url)))  # a laptop: no roles, no line
