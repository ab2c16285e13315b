"""Every failure of the CLI is a message in the user's language with exit code 2, never a
traceback (only with --debug), and the store is as it was afterwards."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests._fs import fill_disk, read_only_folder, tmpfs
from vsvkit.cli import main
from vsvkit.paths import sample_data_dir
from vsvkit.store import Store

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = str(sample_data_dir() / "proefpolder_2025-09-23_baseline.csv")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> Path:
    target = tmp_path / "src" / "demo.sqlite"
    target.parent.mkdir()
    shutil.copy(demo_db.removeprefix("sqlite:///"), target)
    return target


def test_session_id_out_of_range(capsys, demo_copy):
    before = sha(demo_copy)
    code, _, err = run(capsys, "scores", "9223372036854775808", "--db", str(demo_copy))
    assert code == 2
    assert err.strip() == (
        "Fout: '9223372036854775808' is geen sessienummer: een sessienummer is een geheel "
        "getal van 1 tot en met 2147483647."
    )
    code, _, err = run(capsys, "report", "9223372036854775808", "--db", str(demo_copy))
    assert code == 2 and "9223372036854775808" in err and "2147483647" in err
    assert sha(demo_copy) == before


def test_min_group_size_out_of_range(capsys, tmp_path):
    db = str(tmp_path / "s.sqlite")
    huge = str(10**30)
    args = ["import", SAMPLE, "--vsv", "A", "--date", "2025-09-23", "--db", db]
    code, _, err = run(capsys, *args, "--min-group-size", huge)
    assert code == 2 and huge in err and "3 tot en met 1000" in err and "privacygrens" in err
    code, _, err = run(capsys, *args, "--min-group-size", huge, "--lang", "en")
    assert code == 2 and err.startswith("Error: the minimum group size") and "from 3 to 1000" in err
    code, _, err = run(capsys, *args, "--min-group-size", "2")
    assert code == 2 and "gekregen: 2." in err
    assert json.loads(run(capsys, "sessions", "--json", "--db", db)[1]) == []


def test_report_for_an_unknown_vsv_lists_the_known_ones(capsys, demo_copy, tmp_path):
    code, out, err = run(capsys, "report", "--vsv", "Unknown", "--db", str(demo_copy))
    assert code == 2 and out == ""
    assert "Er is geen sessie van een VSV met 'Unknown' in de naam" in err
    with Store(demo_copy) as store:
        known = sorted(set(store.sessions()["vsv"]))
    assert "Bekende VSV's: " + "; ".join(known) + "." in err
    code, _, err = run(capsys, "report", "--vsv", "Unknown", "--lang", "en", "--db", str(demo_copy))
    assert code == 2 and "Known VSVs: VSV Denkbeeldig Delta;" in err
    empty = str(tmp_path / "leeg.sqlite")
    code, _, err = run(capsys, "report", "--vsv", "Unknown", "--db", empty)
    assert code == 2 and "de opslag is leeg" in err


def test_a_foreign_database_is_refused_and_unchanged(capsys, tmp_path):
    other = tmp_path / "crm.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
    conn.execute("INSERT INTO klanten VALUES (1, 'Anna')")
    conn.commit()
    conn.close()
    before = sha(other)
    for command in (["sessions"], ["import", SAMPLE, "--vsv", "A", "--date", "2025-09-23"]):
        code, _, err = run(capsys, *command, "--db", str(other))
        assert code == 2
        assert f"Fout: {other} is geen vsvkit-sessieopslag" in err and "(klanten)" in err
    assert sha(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crm.sqlite"]


def test_a_store_missing_its_answers_table(capsys, demo_copy):
    conn = sqlite3.connect(demo_copy)
    conn.execute("DROP TABLE answers")
    conn.commit()
    conn.close()
    before = sha(demo_copy)
    code, _, err = run(capsys, "scores", "1", "--db", str(demo_copy))
    assert code == 2 and "beschadigd" in err and "answers" in err and str(demo_copy) in err
    code, _, err = run(capsys, "sessions", "--db", str(demo_copy))
    assert code == 2 and "answers" in err
    assert sha(demo_copy) == before


def test_reading_commands_work_on_a_read_only_store(capsys, demo_copy, tmp_path):
    with Store(demo_copy) as store:
        listing = store.sessions().to_string(index=False)
    with read_only_folder(demo_copy, tmp_path / "ro") as path:
        before = sha(path)
        db = str(path)
        code, out, _ = run(capsys, "sessions", "--db", db)
        assert code == 0 and out.rstrip("\n") == listing
        code, out, _ = run(capsys, "scores", "1", "--format", "json", "--db", db)
        assert code == 0 and json.loads(out)["scores"][0]["domain"] == "CLI"
        code, _, err = run(
            capsys, "import", SAMPLE, "--vsv", "A", "--date", "2025-09-23", "--db", db
        )
        assert code == 2 and f"De sessieopslag {path} is alleen-lezen" in err
        assert "importeren niet" in err
        code, _, err = run(capsys, "sessions", "delete", "1", "--yes", "--db", db, "--lang", "en")
        assert code == 2 and f"the session store {path} is read-only" in err
        code, _, err = run(capsys, "sessions", "rename", "1", "--vsv", "B", "--db", db)
        assert code == 2 and "alleen-lezen" in err
        assert sha(path) == before


@pytest.mark.slow
def test_report_on_a_read_only_store(capsys, demo_copy, tmp_path):
    with read_only_folder(demo_copy, tmp_path / "ro") as path:
        out_dir = tmp_path / "out"
        code, out, err = run(capsys, "report", "1", "--db", str(path), "-o", str(out_dir))
        assert code == 0, err
        written = Path(out.strip().splitlines()[-1])
        assert written.suffix == ".html" and "VSV Voorbeeldstad" in written.read_text("utf-8")


def test_a_full_disk_during_an_import(capsys, tmp_path):
    with tmpfs(tmp_path / "small", "1m") as folder:
        db = str(folder / "store.sqlite")
        assert run(capsys, "sessions", "--db", db)[0] == 0  # creates the empty store
        filler = fill_disk(folder)
        code, _, err = run(
            capsys, "import", SAMPLE, "--vsv", "A", "--date", "2025-09-23", "--db", db
        )
        assert code == 2
        assert f"De schijf van de sessieopslag {db} is vol" in err
        assert "de opslag is niet veranderd" in err
        code, out, _ = run(capsys, "sessions", "--json", "--db", db)
        assert code == 0 and json.loads(out) == []
        filler.unlink()
        assert (
            run(capsys, "import", SAMPLE, "--vsv", "A", "--date", "2025-09-23", "--db", db)[0] == 0
        )


def test_an_unexpected_error_is_a_message_and_debug_shows_the_traceback(capsys, monkeypatch):
    import vsvkit.cli as cli

    def broken(args):
        raise RuntimeError("kapot")

    monkeypatch.setitem(cli.COMMANDS, "sessions", broken)
    code, _, err = run(capsys, "sessions")
    assert code == 2 and "RuntimeError: kapot" in err and "--debug" in err
    with pytest.raises(RuntimeError):
        main(["sessions", "--debug"])


def test_a_real_process_prints_no_traceback(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    db = str(tmp_path / "p.sqlite")
    for argv, expected in [
        (["scores", "9223372036854775808"], "geen sessienummer"),
        (["sessions", "rename", "1", "--vsv", "A\x01B"], "U+0001"),
        (["report", "--vsv", "Nergens"], "de opslag is leeg"),
    ]:
        done = subprocess.run(
            [sys.executable, "-m", "vsvkit", *argv, "--db", db],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        assert done.returncode == 2, done.stderr
        assert expected in done.stderr and "Traceback" not in done.stderr
