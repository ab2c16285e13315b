"""The command line: one library call per command, friendly errors, documented JSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from vsvkit.cli import main
from vsvkit.paths import sample_data_dir
from vsvkit.sessions import session_scores
from vsvkit.store import Store

SAMPLE = "proefpolder_2025-09-23_baseline.csv"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.sqlite")


@pytest.fixture
def demo_copy(demo_db, tmp_path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), target)
    return str(target)


def test_instrument_json_has_the_documented_shape(capsys):
    code, out, _ = run(capsys, "instrument", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["code"] for d in data["domains"]] == ["CLI", "COO", "ORG", "SUP", "OMG", "REF"]
    first = data["domains"][0]
    assert first["name"] == {"nl": "De cliënte centraal", "en": "Client-centred care"}
    assert {"code", "text"} <= set(first["items"][0])
    assert [i["desired"] for i in first["items"]].count(True) == 1
    assert [s["value"] for s in data["scale"]] == [1, 2, 3, 4]
    assert data["dont_know"]["label"]["nl"].startswith("weet niet")


def test_instrument_text_in_english(capsys):
    code, out, _ = run(capsys, "instrument", "--lang", "en")
    assert code == 0
    assert "Client-centred care" in out and "De cliënte centraal" not in out


def test_broken_instrument_file_is_a_friendly_error(capsys, tmp_path):
    bad = tmp_path / "eigen.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    code, out, err = run(capsys, "instrument", "--instrument", str(bad))
    assert code == 2
    assert "eigen.yaml" in err and "is missing" in err
    assert "Traceback" not in err + out


def test_import_sessions_and_scores(capsys, db):
    path = sample_data_dir() / SAMPLE
    code, out, _ = run(
        capsys, "import", str(path), "--vsv", "VSV Proefpolder", "--date", "2025-09-23", "--db", db
    )
    assert code == 0 and "session 1" in out

    code, out, _ = run(capsys, "sessions", "--json", "--db", db)
    records = json.loads(out)
    assert len(records) == 1
    assert {"id", "vsv", "date", "wave", "n_respondents"} <= set(records[0])
    assert records[0]["n_respondents"] == 31 and records[0]["wave"] == "baseline"

    code, out, _ = run(capsys, "scores", "1", "--format", "json", "--db", db)
    assert code == 0
    data = json.loads(out)
    assert {"session", "by", "min_group_size", "scores", "alpha"} <= set(data)
    scores = data["scores"]
    assert [r["domain"] for r in scores] == ["CLI", "COO", "ORG", "SUP", "OMG", "REF"]
    for r in scores:
        assert {"domain", "n", "mean", "balanced_mean", "pct", "level", "consensus"} <= set(r)
        assert {"split", "dont_know"} <= set(r)
        if r["mean"] is not None:
            assert r["pct"] == pytest.approx((r["mean"] - 1) / 3 * 100)
    # Proefpolder is split on COO: no level
    coo = next(r for r in scores if r["domain"] == "COO")
    assert coo["split"] is True and coo["level"] is None
    # the same figures as the library call
    table = session_scores(Store(db), 1)
    assert [r["pct"] for r in scores] == pytest.approx(table["pct"].tolist())


def test_import_with_problems_prints_a_table_and_exits_2(capsys, db, tmp_path):
    source = (sample_data_dir() / SAMPLE).read_text(encoding="utf-8-sig").splitlines()
    header = source[0].split(";")
    row = source[1].split(";")
    row[next(i for i, h in enumerate(header) if h.endswith("[COO2]"))] = "5"
    bad = tmp_path / "kapot.csv"
    bad.write_text("\n".join([source[0], ";".join(row), *source[2:]]), encoding="utf-8")
    code, out, err = run(
        capsys, "import", str(bad), "--vsv", "X", "--date", "2025-01-01", "--db", db
    )
    assert code == 2
    assert "Er is niets geïmporteerd" in err
    lines = err.splitlines()
    assert lines[2].split() == ["rij", "kolom", "waarde", "wat", "is", "toegestaan"]
    problem = lines[4]
    assert problem.startswith("2 ")  # spreadsheet row 2: the first respondent
    assert " 5 " in problem and "1-4" in problem and not problem.endswith("…")
    assert "Traceback" not in err
    code, _, err = run(
        capsys, "import", str(bad), "--vsv", "X", "--date", "2025-01-01", "--db", db, "--lang", "en"
    )
    assert "Nothing was imported" in err and "what is allowed" in err
    code, out, _ = run(capsys, "sessions", "--json", "--db", db)
    assert json.loads(out) == []


def test_importing_the_same_file_twice_is_refused(capsys, db):
    path = str(sample_data_dir() / SAMPLE)
    assert run(capsys, "import", path, "--vsv", "A", "--date", "2025-09-23", "--db", db)[0] == 0
    code, _, err = run(capsys, "import", path, "--vsv", "A", "--date", "2025-09-23", "--db", db)
    assert code == 2 and "al geïmporteerd als sessie 1" in err
    assert "'vsvkit sessions delete 1'" in err and "Traceback" not in err
    args = ["--vsv", "A", "--date", "2025-09-23", "--db", db, "--lang", "en"]
    code, _, err = run(capsys, "import", path, *args)
    assert code == 2 and "already imported as session 1" in err
    assert "'vsvkit sessions delete 1'" in err
    assert len(Store(db).sessions()) == 1
    # the command the message names exists and makes the import possible again
    assert run(capsys, "sessions", "delete", "1", "--yes", "--db", db)[0] == 0
    assert run(capsys, "import", path, *args)[0] == 0


def test_bad_date_is_an_argument_error(capsys, db):
    with pytest.raises(SystemExit) as exit_:
        main(["import", "x.csv", "--vsv", "A", "--date", "23-09-2025", "--db", db])
    assert exit_.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_unknown_session_is_a_friendly_error(capsys, db):
    code, _, err = run(capsys, "scores", "99", "--db", db)
    assert code == 2 and "99" in err and "vsvkit sessions" in err


def test_scores_by_profession_hides_small_groups(capsys, demo_copy):
    store = Store(demo_copy)
    sessions = store.sessions()
    sid = int(sessions[sessions["vsv"] == "VSV Fictiefwaard"]["id"].iloc[0])
    code, out, _ = run(
        capsys, "scores", str(sid), "--by", "profession", "--format", "json", "--db", demo_copy
    )
    assert code == 0
    records = json.loads(out)["scores"]
    by_group = {r["group"] for r in records}
    # the single GP and the two paediatricians are never shown on their own
    for small in ("HA", "KA"):
        rows = [r for r in records if r["group"] == small]
        assert all(
            r["suppressed"] is True and set(r) == {"group", "domain", "suppressed"} for r in rows
        )
    shown = [r for r in records if not r.get("suppressed")]
    assert shown and all(r["n"] >= 5 for r in shown if r["n"] is not None)
    assert by_group


def test_scores_csv_and_table(capsys, demo_copy):
    code, out, _ = run(capsys, "scores", "1", "--format", "csv", "--db", demo_copy)
    assert code == 0
    header = "domain,n,mean,balanced_mean,pct,level,consensus,split,dont_know"
    assert out.splitlines()[0] == header
    assert len(out.splitlines()) == 7
    code, out, _ = run(capsys, "scores", "1", "--db", demo_copy)
    assert code == 0 and "CLI" in out and "REF" in out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_scores_table_in_the_users_language_json_and_csv_raw(capsys, demo_copy, lang):
    code, out, _ = run(capsys, "scores", "1", "--format", "json", "--db", demo_copy)
    records = json.loads(out)["scores"]
    code, out, _ = run(capsys, "scores", "1", "--lang", lang, "--db", demo_copy)
    assert code == 0
    header, *lines = out.splitlines()
    rows = [dict(zip(header.split(), line.split())) for line in lines]

    def cell(x) -> str:  # floats with two decimals, a decimal comma in Dutch
        if isinstance(x, float):
            text = f"{x:.2f}"
            return text.replace(".", ",") if lang == "nl" else text
        return "–" if x is None else str(x)

    assert rows == [{k: cell(v) for k, v in r.items()} for r in records]
    assert any("," in v for v in rows[0].values()) == (lang == "nl")
    # machine formats keep raw numbers with a decimal point, whatever the language
    code, out, _ = run(capsys, "scores", "1", "--format", "csv", "--db", demo_copy)
    first = next(csv.DictReader(io.StringIO(out)))
    assert float(first["pct"]) == pytest.approx(records[0]["pct"], abs=1e-9)
    assert "." in first["pct"]


def test_demo_is_idempotent(capsys, db):
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0
    n = len(Store(db).sessions())
    manifest = (sample_data_dir() / "sessions.csv").read_text(encoding="utf-8").splitlines()
    assert n == len(manifest) - 1
    assert run(capsys, "demo", "--db", db)[0] == 0
    assert len(Store(db).sessions()) == n


def test_db_from_environment(capsys, db, monkeypatch):
    monkeypatch.setenv("VSVKIT_DB", db)
    run(capsys, "import", str(sample_data_dir() / SAMPLE), "--vsv", "A", "--date", "2025-09-23")
    assert Path(db).exists()
    assert len(Store(db).sessions()) == 1


def _domain_by_hand(path: Path, codes: list[str]) -> tuple[int, float]:
    """n and mean of one domain from the sample CSV itself: the respondent mean of the
    statements ``codes`` (1..4; "weet niet" and blanks not answered) when at least 60% of them
    are answered, then the mean over respondents."""
    import pandas as pd

    raw = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    labels = {"niet": 1, "gedeeltelijk": 2, "grotendeels": 3, "volledig": 4}
    columns = [next(c for c in raw.columns if c.endswith(f"[{code}]")) for code in codes]
    values = raw[columns].apply(lambda col: col.map(labels))
    answered = values.notna().sum(axis=1)
    person = values.mean(axis=1)[answered >= 0.6 * len(codes)]
    return len(person), float(person.mean())


def test_session_imported_with_an_own_instrument_is_scored_with_it(capsys, db, tmp_path):
    import yaml

    from vsvkit.instrument import find_instrument

    data = yaml.safe_load(find_instrument("2026.2").content)
    data["domains"][0]["items"].pop()  # no CLI5
    data["version"] = "regio-1"
    own = tmp_path / "regio.yaml"
    own.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    path = str(sample_data_dir() / SAMPLE)
    args = ["--vsv", "A", "--date", "2025-09-23", "--db", db]
    assert run(capsys, "import", path, "--instrument", str(own), *args)[0] == 0
    own.unlink()  # the store keeps the file: scoring needs no option and no file

    code, out, _ = run(capsys, "scores", "1", "--format", "json", "--db", db)
    assert code == 0
    scores = {row["domain"]: row for row in json.loads(out)["scores"]}
    n, mean = _domain_by_hand(Path(path), ["CLI1", "CLI2", "CLI3", "CLI4"])
    assert scores["CLI"]["n"] == n and scores["CLI"]["mean"] == pytest.approx(mean)
    n5, mean5 = _domain_by_hand(Path(path), ["CLI1", "CLI2", "CLI3", "CLI4", "CLI5"])
    assert mean5 != pytest.approx(mean)  # the bundled file would give another figure
    n_coo, mean_coo = _domain_by_hand(Path(path), [f"COO{i}" for i in range(1, 6)])
    assert scores["COO"]["n"] == n_coo and scores["COO"]["mean"] == pytest.approx(mean_coo)
    assert Store(db).session(1).instrument_version == "regio-1"
    with pytest.raises(SystemExit):  # the option is gone from the commands that read sessions
        main(["scores", "1", "--db", db, "--instrument", "2026.2"])
    assert "unrecognized arguments: --instrument" in capsys.readouterr().err


def test_db_before_or_after_the_command(capsys, db):
    path = str(sample_data_dir() / SAMPLE)
    assert run(capsys, "--db", db, "import", path, "--vsv", "A", "--date", "2025-09-23")[0] == 0
    code, out, _ = run(capsys, "--db", db, "sessions", "--json")
    assert len(json.loads(out)) == 1
    code, out, _ = run(capsys, "sessions", "--json", "--db", db)
    assert len(json.loads(out)) == 1


def test_serve_refuses_a_broken_guide_before_starting(capsys, db, tmp_path, monkeypatch):
    import vsvkit.app.serve

    started = []
    monkeypatch.setattr(vsvkit.app.serve, "serve", lambda **kw: started.append(kw))
    bad = tmp_path / "leidraad.yaml"
    bad.write_text("name: x\n", encoding="utf-8")
    code, _, err = run(capsys, "serve", "--db", db, "--guide", str(bad))
    assert code == 2 and "leidraad.yaml" in err and started == []


# -- balanced mean and Cronbach's alpha ------------------------------------------------------

LABELS = {1: "niet", 2: "gedeeltelijk", 3: "grotendeels", 4: "volledig"}


def _two_profession_session(tmp_path) -> tuple[Path, dict, np.ndarray]:
    """12 community midwives and 6 gynaecologists (both >= k = 5, nothing merged or hidden).

    Answers 1..4 from a seeded generator with a person effect, a few "weet niet" and blanks.
    In SUP all but three members leave one statement blank: only 3 (< k) answered every SUP
    statement. In OMG everybody answers 3 to every statement. Returns the CSV, the professions
    and values[respondent, item] (NaN = not answered) in the instrument's order of scored items.
    """
    from vsvkit.sample import sample_instrument

    inst = sample_instrument()
    rng = np.random.default_rng(8)
    profs = ["VK"] * 12 + ["GYN"] * 6
    codes = [i.code for i in inst.items]
    person = rng.integers(1, 5, size=(len(profs), 1))
    values = np.clip(person + rng.integers(-1, 2, size=(len(profs), len(codes))), 1, 4).astype(
        float
    )
    cells = values.astype(int).astype(object)
    dont_know = rng.random(values.shape) < 0.04
    cells[dont_know] = "weet niet"
    values[dont_know] = np.nan
    sup = [j for j, c in enumerate(codes) if c.startswith("SUP")]
    for r in range(3, len(profs)):  # members 4.. leave one SUP statement blank
        j = sup[r % len(sup)]
        cells[r, j], values[r, j] = "", np.nan
    omg = [j for j, c in enumerate(codes) if c.startswith("OMG")]
    cells[:, omg], values[:, omg] = 3, 3.0  # everybody "grotendeels": alpha has no value
    header = (sample_data_dir() / SAMPLE).read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    names = {
        "VK": ("Eerstelijns verloskundige", "Eerste lijn"),
        "GYN": ("Gynaecoloog", "Tweede lijn"),
    }
    lines = [";".join(header)]
    for r, prof in enumerate(profs):
        row = []
        for h in header:
            code = h[h.rfind("[") + 1 : -1] if h.endswith("]") else None
            if h == "Beroep":
                row.append(names[prof][0])
            elif h.startswith("In welke lijn"):
                row.append(names[prof][1])
            elif h == "Tijdstempel":
                row.append("2026-01-12 10:00:00")
            elif code in codes:
                cell = cells[r, codes.index(code)]
                row.append(LABELS[cell] if isinstance(cell, int) else cell)
            else:
                row.append("")  # e-mail, desired situation, remarks
        lines.append(";".join(row))
    path = tmp_path / "twee_beroepen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, np.array(profs), values


def test_scores_show_balanced_mean_and_alpha_from_an_independent_computation(capsys, db, tmp_path):
    from vsvkit.sample import sample_instrument

    inst = sample_instrument()
    path, profs, values = _two_profession_session(tmp_path)
    args = ["--vsv", "VSV Twee", "--date", "2026-01-12", "--db", db]
    assert run(capsys, "import", str(path), *args)[0] == 0
    code, out, _ = run(capsys, "scores", "1", "--format", "json", "--db", db)
    assert code == 0
    data = json.loads(out)
    assert data["min_group_size"] == 5
    scores = {r["domain"]: r for r in data["scores"]}
    alpha = {r["domain"]: r for r in data["alpha"]}
    assert list(alpha) == list(inst.domain_codes)

    codes = [i.code for i in inst.items]
    for dom in inst.domains:
        block = values[:, [codes.index(i.code) for i in dom.items]]
        answered = (~np.isnan(block)).sum(axis=1)
        score = np.where(answered >= 0.6 * block.shape[1], np.nanmean(block, axis=1), np.nan)
        # mean over members; balanced: mean of the two profession means
        assert scores[dom.code]["mean"] == pytest.approx(np.nanmean(score))
        by_prof = [np.nanmean(score[profs == p]) for p in ("VK", "GYN")]
        assert scores[dom.code]["balanced_mean"] == pytest.approx(np.mean(by_prof))
        if dom.code != "OMG":  # the professions differ: the balanced mean is another figure
            assert scores[dom.code]["balanced_mean"] != pytest.approx(scores[dom.code]["mean"])
        # Cronbach's alpha over the members who answered every statement (ddof = 1)
        full = block[~np.isnan(block).any(axis=1)]
        k, total_var = full.shape[1], full.sum(axis=1).var(ddof=1)
        expected = k / (k - 1) * (1 - full.var(axis=0, ddof=1).sum() / (total_var or np.nan))
        if dom.code == "SUP":  # 3 members answered every SUP statement: 3 < k = 5
            assert len(full) == 3
            assert alpha["SUP"] == {
                "domain": "SUP",
                "alpha": None,
                "n": None,
                "reason": "n_below_k",
            }
        elif dom.code == "OMG":  # 18 members, all sums 15: no variance, alpha undefined
            assert len(full) == 18 and full.sum(axis=1).var() == 0
            assert alpha["OMG"] == {"domain": "OMG", "alpha": None, "n": 18, "reason": "undefined"}
        else:
            assert len(full) >= 5
            assert alpha[dom.code]["n"] == len(full) and alpha[dom.code]["reason"] is None
            assert alpha[dom.code]["alpha"] == pytest.approx(expected)

    # the csv and the table show the balanced mean beside the mean
    code, out, _ = run(capsys, "scores", "1", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[2:4] == ["mean", "balanced_mean"]
    for r in rows:
        assert float(r["balanced_mean"]) == pytest.approx(scores[r["domain"]]["balanced_mean"])
    code, out, _ = run(capsys, "scores", "1", "--db", db)
    head, cli = out.splitlines()[0].split(), out.splitlines()[1].split()
    assert head[2:4] == ["mean", "balanced_mean"]
    assert cli[3] == f"{scores['CLI']['balanced_mean']:.2f}".replace(".", ",")  # Dutch table
    # per group there is no balanced mean; alpha stays the session's
    code, out, _ = run(capsys, "scores", "1", "--by", "profession", "--format", "json", "--db", db)
    data = json.loads(out)
    assert all("balanced_mean" not in r for r in data["scores"])
    assert {r["domain"]: r for r in data["alpha"]} == alpha
