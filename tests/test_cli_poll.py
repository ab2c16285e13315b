"""``vsvkit poll``: open, close, reopen, delete and the results of vote rounds in the room;
friendly errors with exit code 2."""

from __future__ import annotations

import json
import shutil

import pytest

from vsvkit.cli import main
from vsvkit.store import Store

SESSION = 1


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(demo_db, tmp_path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), target)
    return str(target)


def _open(capsys, db, *extra) -> dict:
    code, out, err = run(capsys, "poll", "open", str(SESSION), *extra, "--db", db, "--json")
    assert code == 0, err
    return json.loads(out)


def _vote(db, code: str, answers: str, profession=None, phones: str = "phone") -> None:
    with Store(db) as store:
        for phone, answer in enumerate(answers):
            store.vote(code, f"{phones}{phone}", answer, profession=profession)


def test_open_a_domain_round_as_json(capsys, db, monkeypatch):
    monkeypatch.delenv("VSVKIT_PUBLIC_URL", raising=False)
    data = _open(capsys, db, "--domain", "COO")
    assert data["url"] == f"/stem/{data['code']}" and data["link"] is None
    assert (data["kind"], data["target"], data["session"]) == ("domain", "COO", SESSION)
    assert data["question"] == "Waar staat ons VSV nu op dit domein?"
    with Store(db) as store:
        poll = store.poll_round(data["round"])
    assert poll.code == data["code"] and poll.is_open and not poll.by_profession


def test_the_link_from_server_or_the_environment(capsys, db, monkeypatch):
    data = _open(capsys, db, "--item", "SUP2", "--server", "http://192.168.1.20:8866/")
    assert data["link"] == f"http://192.168.1.20:8866/stem/{data['code']}"
    monkeypatch.setenv("VSVKIT_PUBLIC_URL", "http://10.0.0.7:8866")
    data = _open(capsys, db, "--overview", "--by-profession")
    assert data["link"] == f"http://10.0.0.7:8866/stem/{data['code']}"
    assert data["kind"] == "overview" and data["target"] == "" and data["by_profession"]


def test_open_as_text_says_where_to_vote(capsys, db, monkeypatch):
    monkeypatch.delenv("VSVKIT_PUBLIC_URL", raising=False)
    code, out, _ = run(capsys, "poll", "open", "1", "--domain", "REF", "--db", db)
    assert code == 0
    assert "Stemronde 1 is geopend" in out and "/stem/" in out and "--server" in out
    code, out, _ = run(
        capsys,
        "poll",
        "open",
        "1",
        "--overview",
        "--lang",
        "en",
        "--server",
        "http://x:1",
        "--db",
        db,
    )
    assert "Vote round 2 is open" in out and "http://x:1/stem/" in out and "--server" not in out


def test_close_reopen_and_delete(capsys, db):
    data = _open(capsys, db, "--domain", "COO")
    _vote(db, data["code"], "2333")
    code, out, _ = run(capsys, "poll", "close", str(data["round"]), "--db", db)
    assert code == 0 and out.strip() == f"Stemronde {data['round']} is gesloten: 4 stemmen."
    with Store(db) as store:
        assert not store.poll_round(data["round"]).is_open
    code, out, _ = run(capsys, "poll", "reopen", str(data["round"]), "--db", db, "--json")
    assert code == 0 and json.loads(out)["open"] is True
    _vote(db, data["code"], "4444", phones="late")  # other phones: the votes add up
    code, out, _ = run(capsys, "poll", "close", str(data["round"]), "--db", db, "--json")
    assert json.loads(out)["n"] == 8
    # delete: without a terminal only with --yes
    code, _, err = run(capsys, "poll", "delete", str(data["round"]), "--db", db)
    assert code == 2 and "--yes" in err
    code, out, _ = run(capsys, "poll", "delete", str(data["round"]), "--yes", "--db", db)
    assert code == 0 and "verwijderd" in out
    with Store(db) as store:
        assert store.rounds(SESSION) == []


def test_results_below_k_show_no_distribution(capsys, db):
    data = _open(capsys, db, "--item", "SUP2")
    _vote(db, data["code"], ["1", "dont_know", "4"])
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db, "--json")
    assert code == 0
    (record,) = json.loads(out)["rounds"]
    assert (record["n"], record["needed"], record["k"]) == (3, 2, 5)
    assert record["distribution"] is None and record["consensus"] is None
    assert record["questionnaire"]["distribution"] is not None  # the questionnaire: 40+
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db)
    assert "3 stemmen; nog 2 nodig" in out
    assert "zaal (" not in out  # no distribution line


def test_results_side_by_side(capsys, db):
    data = _open(capsys, db, "--domain", "COO")
    _vote(db, data["code"], "2233333")
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db, "--json")
    (record,) = json.loads(out)["rounds"]
    for key in ("id", "code", "kind", "target", "question", "opened_on", "closed_on", "n"):
        assert key in record
    assert [d["n"] for d in record["distribution"]] == [0, 2, 5, 0]
    assert [d["answer"] for d in record["distribution"]] == ["1", "2", "3", "4"]
    assert record["chosen_level"] == 3 and record["closed_on"] is None
    before = record["questionnaire"]
    assert sum(d["n"] for d in before["distribution"]) == before["n"] > 5
    assert before["measured_level"] in (1, 2, 3, 4)
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db, "--lang", "en")
    assert "room (7 votes): 1 separate 0% · 2 alignment 29% · 3 coordination 71%" in out
    assert "questionnaire (" in out and "consensus: questionnaire 0." in out
    assert "chosen in the room coordination" in out


def test_results_per_profession_only_shown_groups(capsys, db):
    data = _open(capsys, db, "--domain", "REF", "--by-profession")
    _vote(db, data["code"], "33333333", profession="VK")
    with Store(db) as store:
        store.vote(data["code"], "gp", "1", profession="HA")
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db, "--json")
    (record,) = json.loads(out)["rounds"]
    groups = {d["group"] for d in record["profession_distribution"]}
    assert groups == {"OV_MERGED"}  # the one GP is never recoverable: VK joins the merged group
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db)
    assert "overige beroepen (9 stemmen)" in out and "huisarts" not in out


def test_a_session_without_rounds(capsys, db):
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db)
    assert code == 0 and "nog geen stemrondes" in out
    code, out, _ = run(capsys, "poll", "results", "1", "--db", db, "--json")
    assert json.loads(out)["rounds"] == []


@pytest.mark.parametrize(
    "argv, message",
    [
        (["poll", "open", "1", "--domain", "XYZ"], "bestaat niet in de vragenlijst"),
        (["poll", "open", "1", "--item", "NOPE1"], "bestaat niet in de vragenlijst"),
        (["poll", "open", "99", "--overview"], "Er is geen sessie met nummer 99"),
        (["poll", "close", "42"], "Er is geen stemronde met nummer 42"),
        (["poll", "reopen", "42"], "Er is geen stemronde met nummer 42"),
        (["poll", "delete", "42", "--yes"], "Er is geen stemronde met nummer 42"),
        (["poll", "results", "99"], "Er is geen sessie met nummer 99"),
        (["poll", "close", "42", "--lang", "en"], "There is no vote round with id 42"),
    ],
)
def test_errors_are_friendly_with_exit_code_2(capsys, db, argv, message):
    code, out, err = run(capsys, *argv, "--db", db)
    assert code == 2
    assert message in err and "Traceback" not in err


def test_open_needs_exactly_one_subject(capsys, db):
    with pytest.raises(SystemExit) as exit_:
        main(["poll", "open", "1", "--domain", "COO", "--overview", "--db", db])
    assert exit_.value.code == 2
    with pytest.raises(SystemExit):
        main(["poll", "open", "1", "--db", db])
    capsys.readouterr()
