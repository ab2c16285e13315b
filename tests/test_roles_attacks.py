"""Attacks on the roles of a shared server, as adviser anna (region Noord) through vsvkit's API.

The demo store holds six sessions of four VSVs. Region Noord: Voorbeeldstad (sessions 1, 2)
and Proefpolder (6); region Zuid: Fictiefwaard (5); Denkbeeldig Delta (3, 4) is in no region.
Anna wants anything of Fictiefwaard or Denkbeeldig Delta; each test is one way she tries.
"""

from __future__ import annotations

import dataclasses
import http.client
import http.server
import json
import shutil

import pandas as pd
import pytest

import vsvkit as vk
from tests._roles import give_roles
from vsvkit.errors import StoreError
from vsvkit.instrument import find_instrument
from vsvkit.intake import Responses, read_responses
from vsvkit.paths import sample_data_dir
from vsvkit.store import Store

ZUID = 5  # the session of VSV Fictiefwaard
_V2 = find_instrument("2026.2")  # the questionnaire the demo sessions were answered with
#: A notebook the test server serves (the app is not what these tests look at).
_TINY = {
    "cells": [],
    "metadata": {},
    "nbformat": 4,
    "nbformat_minor": 5,
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("roles") / "store.sqlite"
    store = Store(f"sqlite:///{path}")
    vk.load_demo(store)
    give_roles(store)
    store.close()
    return path


@pytest.fixture
def stores(template, tmp_path):
    """``stores(user)``: a store on a fresh copy of the demo store, for ``user`` (None: all)."""
    path = tmp_path / "store.sqlite"
    shutil.copy(template, path)
    opened: list[Store] = []

    def open_(user=None):
        opened.append(Store(f"sqlite:///{path}", user=user))
        return opened[-1]

    yield open_
    for store in opened:
        store.close()


def _vsvs(store) -> dict[int, str]:
    return {int(i): str(v) for i, v in zip(store.sessions()["id"], store.sessions()["vsv"])}


class _Flip(int):
    """An id that is anna's session the first time it is read as a number, and Zuid's after."""

    def __new__(cls, first: int, then: int):
        obj = super().__new__(cls, first)
        obj.reads = [first, then]
        return obj

    def __int__(self) -> int:
        return self.reads.pop(0) if len(self.reads) > 1 else self.reads[0]

    __index__ = __int__


class _Twice:
    """Session ids that are anna's when first iterated and Zuid's after."""

    def __init__(self, first, then):
        self.lists = [first, then]

    def __iter__(self):
        return iter(self.lists.pop(0) if len(self.lists) > 1 else self.lists[0])


class _Named(str):
    """A VSV name that says it is anna's when asked with str() and is Fictiefwaard inside."""

    def __str__(self) -> str:
        return "VSV Voorbeeldstad"


def test_an_id_read_once_for_the_check_and_again_for_the_work_reaches_nothing(stores):
    anna, admin = stores("anna"), stores()
    assert anna.session(_Flip(1, ZUID)).vsv == "VSV Voorbeeldstad"
    assert anna.remarks(_Flip(1, ZUID)).equals(anna.remarks(1))
    assert set(anna.answers(_Twice([1], [ZUID]))["session"]) == {1}
    assert set(anna.instruments_of(_Twice([1], [ZUID]))) == {1}
    poll = admin.open_round(ZUID, kind="overview", target="")
    mine = admin.open_round(1, kind="overview", target="")
    assert anna.close_round(_Flip(mine.id, poll.id)).id == mine.id
    assert admin.poll_round(poll.id).is_open
    action = admin.add_action(ZUID, domain="CLI", what="Samen een protocol")
    own = admin.add_action(1, domain="CLI", what="Eigen actie")
    anna.delete_action(_Flip(own, action))
    assert admin.action(action).what == "Samen een protocol"
    anna.add_action(_Flip(1, ZUID), domain="CLI", what="Nieuw")
    assert list(admin.actions(ZUID)["what"]) == ["Samen een protocol"]


def test_a_vsv_name_that_pretends_to_be_hers_writes_nothing_to_another_vsv(stores):
    anna, admin = stores("anna"), stores()
    before = _vsvs(admin)
    inst = find_instrument("2026.2")
    with pytest.raises(StoreError):
        anna.open_survey(vsv=_Named("VSV Fictiefwaard"), date="2026-12-01", instrument=inst)
    with pytest.raises(StoreError):
        anna.update_session(1, vsv=_Named("VSV Fictiefwaard"))
    read = read_responses(sample_data_dir() / "proefpolder_2025-09-23_baseline.csv", inst)
    responses = dataclasses.replace(read, checksum="a file not imported before")
    with pytest.raises(StoreError):
        anna.add_session(
            responses, vsv=_Named("VSV Denkbeeldig Delta"), date="2026-12-01", instrument=inst
        )
    assert _vsvs(admin) == before


def test_a_round_of_another_region_answers_as_a_round_that_does_not_exist(stores):
    anna, admin = stores("anna"), stores()
    poll = admin.open_round(ZUID, kind="overview", target="")
    for call, args in ((anna.voted, ("phone",)), (anna.vote_count, ()), (anna.round_counts, ())):
        outcomes = []
        for rid in (poll.id, poll.id + 1000):
            try:
                outcomes.append(("value", call(rid, *args)))
            except StoreError as err:
                outcomes.append(("error", err.message("en").replace(str(rid), "#")))
        assert outcomes[0] == outcomes[1], call.__name__


def test_importing_a_file_another_region_imported_names_nothing_of_it(stores):
    anna = stores("anna")
    path = sample_data_dir() / "fictiefwaard_2025-06-04_baseline.csv"
    with pytest.raises(StoreError) as refused:
        vk.import_session(path, store=anna, vsv="VSV Voorbeeldstad", date="2026-01-01")
    for lang in ("nl", "en"):
        said = refused.value.message(lang)
        assert "Fictiefwaard" not in said and "2025-06-04" not in said and str(ZUID) not in said
    shown = repr(refused.value.__context__) + repr(refused.value.__cause__)
    assert "Fictiefwaard" not in shown
    # her own file, imported again, is still named (she may see it)
    own = sample_data_dir() / "voorbeeldstad_2025-03-12_baseline.csv"
    with pytest.raises(StoreError, match="VSV Voorbeeldstad, 2025-03-12"):
        vk.import_session(own, store=anna, vsv="VSV Voorbeeldstad", date="2026-01-01")


def test_unknown_statements_are_named_from_her_sessions_only(stores):
    admin, anna = stores(), stores("anna")
    new = find_instrument("2026.3")
    survey = admin.open_survey(vsv="VSV Fictiefwaard", date="2026-11-01", instrument=new)
    admin.submit(survey.token, _one_member(new))  # a member of Fictiefwaard answers 2026.3
    shared = find_instrument("2026.2").shared_with(new)
    with pytest.raises(StoreError) as refused:
        anna.answers([1], instrument=shared)
    theirs = {i.code for i in new.all_items} - {i.code for i in find_instrument("2026.2").all_items}
    said = refused.value.message("en")
    assert not [code for code in theirs if code in said.replace(",", " ").split()]


def _one_member(instrument):
    """One member's answers to every statement of ``instrument`` (level 3)."""
    role, echelon = instrument.roles[0].code, instrument.echelons[0].code
    respondents = pd.DataFrame({"respondent": [1], "profession": [role], "echelon": [echelon]})
    answers = pd.DataFrame(
        {
            "respondent": 1,
            "item": [i.code for i in instrument.all_items],
            "value": 3.0,
            "dont_know": False,
        }
    )
    remarks = pd.DataFrame(columns=["domain", "text"])
    return Responses(respondents, answers, remarks, source_name="web", checksum="")


def test_presenting_her_session_leaves_another_regions_presentation_on(stores):
    tom, anna, zoe = stores("tom"), stores("anna"), stores("zoe")
    tom.save_room(ZUID, step="overview")
    assert zoe.presenting_session() == ZUID
    anna.save_room(1, step="overview")
    assert zoe.presenting_session() == ZUID
    assert anna.presenting_session() == 1


def test_a_report_or_handout_of_another_regions_session_is_refused_before_a_kernel(
    stores, tmp_path
):
    from vsvkit.report import render_reports
    from vsvkit.report.handout import render_handout

    anna, out = stores("anna"), tmp_path / "out"
    unknown = str(StoreError(key="store_unknown_session", id=ZUID))
    with pytest.raises(StoreError) as refused:
        vk.render_report(ZUID, store=anna, out_dir=out)
    assert str(refused.value) == unknown
    batch = render_reports([ZUID, 3], store=anna, out_dir=out, lang="en", progress=False)
    assert batch.ok == {} and batch.failed[ZUID] == unknown
    assert batch.failed[3] == str(StoreError(key="store_unknown_session", id=3))
    with pytest.raises(StoreError):
        render_handout(ZUID, store=anna, out_dir=out)
    assert not out.exists() or list(out.iterdir()) == []


def test_annas_server_shows_no_room_questionnaire_or_vote_of_another_region(
    stores, fake_hub, tmp_path
):
    """The room, questionnaire and vote pages of a user's server (``vsvkit serve`` with the
    server's hub token): held to her sessions; another region's are as ones that do not exist
    (this attack found no leak; it guards the path from the hub's answer to the pages)."""
    from browser._app import running_server

    admin = stores()
    admin.save_room(ZUID, step="overview", html="<p>Fictiefwaard in de zaal</p>")
    poll = admin.open_round(ZUID, kind="overview", target="")
    survey = admin.open_survey(
        vsv="VSV Fictiefwaard", date="2026-12-01", instrument=find_instrument("2026.2")
    )
    folder = tmp_path / "nb"
    folder.mkdir()
    (folder / "tiny.ipynb").write_text(json.dumps(_TINY))
    env = {"JUPYTERHUB_API_URL": fake_hub, "JUPYTERHUB_API_TOKEN": "t-anna"}
    token = "anna-server-123"
    with running_server(
        notebooks_dir=folder,
        preheat=(),
        apps=("tiny.ipynb",),
        token=token,
        db=str(admin.url),
        name="test-roles-http",
        env=env,
    ) as server:

        def get(path: str, **headers) -> tuple[int, str]:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            try:
                sep = "&" if "?" in path else "?"
                conn.request("GET", f"{path}{sep}token={token}", headers=headers)
                res = conn.getresponse()
                return res.status, res.read().decode()
            finally:
                conn.close()

        assert get("/zaal/1")[0] == 200  # hers
        for path in (
            f"/zaal/{ZUID}",
            f"/zaal/{ZUID}/wacht?after=0",
            f"/zaal/1/stemmen?round={poll.id}",
            f"/zaal/{ZUID}/stemmen?round={poll.id}",
            f"/vragenlijst/{survey.token}",
        ):
            status, body = get(path)
            assert status == 404 and "Fictiefwaard" not in body, path
        assert get("/zaal/nu") == (200, "{}")  # Fictiefwaard's room is presented, not hers
        theirs, none = get(f"/stem/{poll.code}"), get("/stem/ZZZZZZ")
        assert theirs == none


def _dump(store) -> dict[str, list]:
    """Every row of every table, read with plain SQL (not through the store)."""
    import sqlite3

    with sqlite3.connect(store.url.database) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}


def test_a_trainer_writes_nothing_to_another_vsv_and_is_told_nothing_of_it(stores):
    admin, tom = stores(), stores("tom")  # tom trains Fictiefwaard only
    noord = 1
    survey = admin.open_survey(vsv="VSV Voorbeeldstad", date="2026-12-01", instrument=_V2)
    poll = admin.open_round(noord, kind="overview", target="")
    action = admin.add_action(noord, domain="CLI", what="Eigen actie")
    before = _dump(admin)
    read = read_responses(sample_data_dir() / "proefpolder_2025-09-23_baseline.csv", _V2)
    fresh = dataclasses.replace(read, checksum="a file not imported before")
    writes = {
        "add_session": lambda: tom.add_session(
            fresh, vsv="VSV Voorbeeldstad", date="2026-12-01", instrument=_V2
        ),
        "open_survey": lambda: tom.open_survey(
            vsv="VSV Proefpolder", date="2026-12-01", instrument=_V2
        ),
        "move": lambda: tom.update_session(noord, date="2026-01-01"),
        "move_own_away": lambda: tom.update_session(ZUID, vsv="VSV Voorbeeldstad"),
        "add_action": lambda: tom.add_action(noord, domain="CLI", what="x"),
        "update_action": lambda: tom.update_action(action, what="x"),
        "delete_action": lambda: tom.delete_action(action),
        "note": lambda: tom.save_domain_note(noord, "CLI", notes="x"),
        "open_round": lambda: tom.open_round(noord, kind="overview", target=""),
        "close_round": lambda: tom.close_round(poll.id),
        "reveal_round": lambda: tom.reveal_round(poll.id),
        "delete_round": lambda: tom.delete_round(poll.id),
        "save_room": lambda: tom.save_room(noord, step="overview"),
        "agenda": lambda: tom.set_agenda(noord, {"overview": 10}),
        "room_time": lambda: tom.save_room_time(noord, {"overview": 10.0}),
        "close_survey": lambda: tom.close_survey(survey.session_id),
        "reopen_survey": lambda: tom.reopen_survey(survey.session_id),
        "attach": lambda: tom.attach_instrument(noord, _V2),
        "delete": lambda: tom.delete_session(noord),
        "vote": lambda: tom.vote(poll.code, "phone", "3"),
        "submit": lambda: tom.submit(survey.token, _one_member(_V2)),
    }
    for name, write in writes.items():
        with pytest.raises(StoreError) as refused:
            write()
        said = refused.value.message("nl") + refused.value.message("en")
        assert "Voorbeeldstad" not in said or name in ("add_session", "move_own_away"), name
        assert "Proefpolder" not in said or name == "open_survey", name
    assert _dump(admin) == before
