"""``vsvkit survey template`` (vsvkit.cli.survey): the templates written from the command line."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from vsvkit.cli import main
from vsvkit.cli.survey import ACTIONS, FORMATS
from vsvkit.instrument import find_instrument, load_instrument
from vsvkit.paths import package_dir
from vsvkit.survey.export_templates import TEMPLATE_FORMATS, template_headers
from vsvkit.survey.limesurvey import lss_structure


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_formats_are_the_library_s_and_the_paper_form():
    assert (*TEMPLATE_FORMATS, "pdf") == FORMATS
    assert set(ACTIONS) == {"template", "open", "status", "close"}


def test_a_workbook_of_a_bundled_version(capsys, tmp_path):
    path = tmp_path / "sjabloon.xlsx"
    code, out, err = run(
        capsys, "survey", "template", "--format", "xlsx", "--instrument", "2026.1", "-o", str(path)
    )
    assert (code, err) == (0, "")
    assert out == f"Geschreven: {path}\n"
    sheet = load_workbook(path).worksheets[0]
    assert [c.value for c in sheet[1]] == template_headers(find_instrument("2026.1"), lang="nl")


def test_a_limesurvey_file_named_after_the_instrument(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VSVKIT_INSTRUMENT", raising=False)
    code, out, _ = run(capsys, "survey", "template", "--format", "lss", "--lang", "en")
    inst = load_instrument()
    name = f"{inst.name}-{inst.version}.lss"
    assert code == 0 and out == f"Written: {name}\n"
    assert (tmp_path / name).read_text(encoding="utf-8") == lss_structure(inst, lang="en")


def test_the_instrument_of_the_environment(capsys, tmp_path, monkeypatch):
    own = package_dir / "instruments" / "integratiemeter-2026.1.yaml"
    monkeypatch.setenv("VSVKIT_INSTRUMENT", str(own))
    path = tmp_path / "own.lss"
    code, _, _ = run(capsys, "survey", "template", "--format", "lss", "-o", str(path))
    assert code == 0
    assert path.read_text(encoding="utf-8") == lss_structure(find_instrument("2026.1"))


def test_errors_are_friendly(capsys, tmp_path):
    code, out, err = run(
        capsys, "survey", "template", "--format", "lss", "-o", str(tmp_path / "x.xlsx")
    )
    assert (code, out) == (2, "")
    assert err == f"Fout: {tmp_path / 'x.xlsx'}: een lss-sjabloon eindigt op .lss\n"
    code, _, err = run(
        capsys, "survey", "template", "--format", "pdf", "-o", str(tmp_path / "form.html")
    )
    assert code == 2 and "een pdf-sjabloon eindigt op .pdf" in err
    assert not (tmp_path / "form.html").exists()
    code, _, err = run(capsys, "survey", "template", "--format", "xlsx", "--instrument", "1999.9")
    assert code == 2 and "1999.9" in err and "2026.3" in err


@pytest.mark.parametrize("argv", [["survey"], ["survey", "template"], ["survey", "nothing"]])
def test_an_action_and_a_format_are_required(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "usage: vsvkit survey" in capsys.readouterr().err


def test_open_status_and_close_a_questionnaire(capsys, tmp_path, monkeypatch):
    import json

    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    argv = ["survey", "open", "--db", db, "--vsv", "VSV Proef", "--date", "2027-01-20"]
    argv += ["--invited", "40", "--invited-by-profession", "VK=20,GYN=8", "--codes", "3"]
    code, out, _ = run(capsys, *argv, "--json")
    assert code == 0
    opened = json.loads(out)
    assert opened["session"] == 1 and opened["url"].startswith("/vragenlijst/")
    assert opened["closes"] == "2027-01-19"  # the day before the meeting
    codes = (tmp_path / "vragenlijst-1" / "codes.csv").read_text(encoding="utf-8-sig")
    assert len(codes.strip().splitlines()) == 4  # header and three codes
    assert (tmp_path / "vragenlijst-1" / "invitation.pdf").stat().st_size > 0

    code, out, _ = run(capsys, "survey", "status", "1", "--db", db, "--json")
    status = json.loads(out)
    assert (status["answered"], status["invited"], status["still_needed"]) == (0, 40, 5)
    code, out, _ = run(capsys, "survey", "status", "1", "--db", db)
    assert "0 van 40 leden hebben geantwoord (0%)" in out and "Nog 5 antwoorden" in out
    assert run(capsys, "survey", "close", "1", "--db", db)[0] == 0
    _, out, _ = run(capsys, "survey", "status", "1", "--db", db, "--json")
    assert json.loads(out)["open"] is False


def test_status_per_profession_shows_only_what_the_privacy_decision_shows(tmp_path):
    from vsvkit.intake import parse_rows
    from vsvkit.store import Store
    from vsvkit.survey.response import survey_response

    inst = load_instrument()
    headers = ["Beroep", *[i.code for i in inst.all_items]]
    with Store(f"sqlite:///{tmp_path / 's.sqlite'}") as store:
        survey = store.open_survey(
            vsv="VSV Proef",
            date="2027-01-20",
            instrument=inst,
            invited_by_profession={"VK": 20, "GYN": 8, "KV": 3},
        )
        for role in ["VK"] * 6 + ["GYN"] * 5 + ["KV"] * 2:
            store.submit(survey.token, parse_rows(headers, [[role, *["3"] * 38]], "v", inst))
        r = survey_response(store, survey.session_id)
    assert (r.answered, r.invited, r.still_needed) == (13, 31, 0)
    # KV (2) is below k, and VK 6 + GYN 5 beside the total 13 would give KV's 2 away: the
    # session's decision merges GYN with KV ("overige beroepen", 7), as the app shows them
    assert r.by_profession == (("VK", 6, 20), ("OV_MERGED", 7, None))
