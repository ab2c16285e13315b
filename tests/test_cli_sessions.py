"""``vsvkit sessions``: list (bare), delete (asks on a terminal, --yes), rename."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from vsvkit.cli import main
from vsvkit.store import Store


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


class Terminal(io.StringIO):
    """Standard input as a terminal on which the user types ``text``."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def db(demo_db, tmp_path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), target)
    return str(target)


def _ids(db: str) -> list[int]:
    with Store(db) as store:
        return sorted(int(i) for i in store.sessions()["id"])


def test_bare_sessions_still_lists(capsys, db):
    code, out, _ = run(capsys, "sessions", "--db", db)
    assert code == 0 and "VSV Proefpolder" in out and "n_respondents" in out
    code, listed, _ = run(capsys, "sessions", "list", "--db", db)
    assert code == 0 and listed == out
    code, out, _ = run(capsys, "--db", db, "sessions", "--json")
    assert [r["id"] for r in json.loads(out)] and code == 0


def test_delete_asks_on_a_terminal(capsys, db, monkeypatch):
    before = _ids(db)
    with Store(db) as store:
        session = store.session(before[0])
        store.save_domain_note(session.id, "CLI", notes="weg ermee")
    monkeypatch.setattr("sys.stdin", Terminal("n\n"))
    code, out, _ = run(capsys, "sessions", "delete", str(session.id), "--db", db)
    assert code == 1
    assert f"Sessie {session.id} ({session.vsv}" in out and "[j/N]" in out
    assert f"{session.n_respondents} respondenten" in out and "Niet verwijderd." in out
    assert _ids(db) == before

    monkeypatch.setattr("sys.stdin", Terminal("j\n"))
    code, out, _ = run(capsys, "sessions", "delete", str(session.id), "--db", db)
    assert code == 0 and f"Sessie {session.id} ({session.vsv}, {session.date}) is verwijderd" in out
    assert _ids(db) == before[1:]

    monkeypatch.setattr("sys.stdin", Terminal("yes\n"))
    code, out, _ = run(capsys, "sessions", "delete", str(before[1]), "--lang", "en", "--db", db)
    assert code == 0 and "[y/N]" in out and f"Session {before[1]} (" in out
    assert _ids(db) == before[2:]


def test_delete_without_a_terminal_needs_yes(capsys, db, monkeypatch):
    before = _ids(db)
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))
    code, _, err = run(capsys, "sessions", "delete", str(before[0]), "--db", db)
    assert code == 2 and "--yes" in err and f"Sessie {before[0]} is niet verwijderd" in err
    assert _ids(db) == before
    code, out, _ = run(capsys, "sessions", "--db", db, "delete", str(before[0]), "--yes")
    assert code == 0 and "is verwijderd" in out
    assert _ids(db) == before[1:]
    with Store(db) as store:
        assert store.answers(before[1:]).shape[0] > 0
        assert not (store.answers()["session"] == before[0]).any()


@pytest.mark.parametrize("bad", ["99", "0", "9223372036854775808", "abc"])
def test_delete_of_a_session_that_cannot_exist(capsys, db, bad):
    before = _ids(db)
    code, out, err = run(capsys, "sessions", "delete", bad, "--yes", "--db", db)
    assert code == 2 and "Traceback" not in err + out
    assert bad in err and ("vsvkit sessions" in err or "1 tot en met 2147483647" in err)
    assert _ids(db) == before


def test_rename_changes_name_date_and_wave(capsys, db):
    sid = _ids(db)[0]
    with Store(db) as store:
        answers = store.answers([sid])
    code, out, err = run(
        capsys,
        "sessions",
        "rename",
        str(sid),
        "--vsv",
        "  VSV Nieuwe Naam ",
        "--date",
        "2026-02-03",
        "--wave",
        "follow-up",
        "--db",
        db,
    )
    assert code == 0, err
    assert out.strip() == f"Sessie {sid} is nu: VSV Nieuwe Naam, 2026-02-03, vervolgmeting."
    with Store(db) as store:
        session = store.session(sid)
        assert (session.vsv, str(session.date), session.wave) == (
            "VSV Nieuwe Naam",
            "2026-02-03",
            "follow-up",
        )
        assert store.answers([sid]).equals(answers)
    args = ["--vsv", "B", "--lang", "en", "--db", db]
    code, out, _ = run(capsys, "sessions", "rename", str(sid), *args)
    assert code == 0 and out.strip() == f"Session {sid} is now: B, 2026-02-03, follow-up."


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--vsv", "VSV\nNoord"], "positie 4"),
        (["--vsv", "x" * 10_000], "10000 tekens"),
        (["--vsv", ""], "leeg"),
        (["--vsv", "A", "--date", "03-02-2026"], "JJJJ-MM-DD"),
    ],
)
def test_rename_refuses_bad_values_and_changes_nothing(capsys, db, args, message):
    sid = _ids(db)[0]
    with Store(db) as store:
        before = store.session(sid)
    code, out, err = run(capsys, "sessions", "rename", str(sid), *args, "--db", db)
    assert code == 2 and message in err and "Traceback" not in err + out
    assert err.startswith("Fout: ")
    with Store(db) as store:
        assert store.session(sid) == before


def test_already_imported_names_the_real_command(capsys, tmp_path):
    from vsvkit.paths import sample_data_dir

    db = str(tmp_path / "s.sqlite")
    path = str(sample_data_dir() / "proefpolder_2025-09-23_baseline.csv")
    assert run(capsys, "import", path, "--vsv", "A", "--date", "2025-09-23", "--db", db)[0] == 0
    code, _, err = run(capsys, "import", path, "--vsv", "B", "--date", "2025-09-24", "--db", db)
    assert code == 2 and "vsvkit sessions delete 1" in err and "vsvkit delete" not in err
    assert "Sessies beheren" in err
