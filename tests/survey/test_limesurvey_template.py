"""The LimeSurvey survey structure (vsvkit.survey.limesurvey) and the import of its export.

The response export is built here from the .lss file itself, as LimeSurvey writes it
(application/helpers/admin/export/Writer.php of LimeSurvey 5/6):

* "question code" headings (``getHeadingCode`` -> ``viewHelper::getFieldCode``): a question's
  code, and for an array subquestion ``<question code>[<subquestion code>]``;
* "full question text" headings (``getFullHeading``): the question text, and for an array
  subquestion ``<question text> [<subquestion text>]``;
* answers as codes (the ``answers.code`` of the .lss) or as full text (the answer's text in
  the export language);
* LimeSurvey's own columns first: ``id``, ``submitdate`` (1980-01-01 00:00:00 when the survey
  keeps no date stamps), ``lastpage``, ``startlanguage``, ``seed``; no ``ipaddr``,
  ``refurl``, ``startdate`` or ``datestamp`` column, which the survey settings switch off;
* CSV with a comma, every field quoted, UTF-8 with a byte-order mark.

Twenty generated respondents go through that export and vsvkit.intake.read_responses.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from vsvkit.errors import VsvkitError
from vsvkit.instrument import find_instrument
from vsvkit.intake import read_responses
from vsvkit.intake.match import HeaderMatcher
from vsvkit.survey.export_templates import write_template
from vsvkit.survey.limesurvey import DB_VERSION, dont_know_code, lss_structure

from ._survey_respondents import assert_imported, generate

NEW = find_instrument("2026.3")
OLD = find_instrument("2026.1")


def table(root: ET.Element, name: str) -> list[dict[str, str]]:
    """The rows of one table of the .lss, every field as text ("" when empty)."""
    element = root.find(name)
    fields = [f.text for f in element.find("fields")]
    return [{f: (row.findtext(f) or "") for f in fields} for row in element.find("rows")]


def texts(root: ET.Element, name: str, key: str, lang: str) -> dict[str, str]:
    column = {"question_l10ns": "question", "answer_l10ns": "answer"}[name]
    return {r[key]: r[column] for r in table(root, name) if r["language"] == lang}


def plain(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", code)


def test_the_survey_settings_keep_members_anonymous():
    root = ET.fromstring(lss_structure(NEW, lang="nl", k=6))
    assert root.findtext("LimeSurveyDocType") == "Survey"
    assert root.findtext("DBVersion") == str(DB_VERSION)
    assert [e.text for e in root.find("languages")] == ["nl", "en"]
    (survey,) = table(root, "surveys")
    assert survey["language"] == "nl" and survey["additional_languages"] == "en"
    assert survey["anonymized"] == "Y"  # responses not linked to participants
    for off in ("datestamp", "ipaddr", "refurl", "savetimings", "usetokens", "allowsave"):
        assert survey[off] == "N", off
    assert survey["ipanonymize"] == "Y"
    settings = {r["surveyls_language"]: r for r in table(root, "surveys_languagesettings")}
    assert settings["nl"]["surveyls_title"] == "VSV-integratiemeter"
    assert settings["en"]["surveyls_title"] == "VSV integration meter"
    assert "minder dan 6 personen" in settings["nl"]["surveyls_welcometext"]
    assert "fewer than 6 people" in settings["en"]["surveyls_welcometext"]
    english = ET.fromstring(lss_structure(NEW, lang="en"))
    assert [e.text for e in english.find("languages")] == ["en", "nl"]


def test_one_array_per_domain_with_the_statements():
    root = ET.fromstring(lss_structure(NEW, lang="nl"))
    questions = table(root, "questions")
    subs = table(root, "subquestions")
    by_title = {q["title"]: q for q in questions}
    nl = texts(root, "question_l10ns", "qid", "nl")
    en = texts(root, "question_l10ns", "qid", "en")
    for domain in NEW.domains:
        array = by_title[domain.code]
        assert array["type"] == "F" and array["question_theme_name"] == "arrays/array"
        assert array["mandatory"] == "N"
        rows = sorted(
            (s for s in subs if s["parent_qid"] == array["qid"]),
            key=lambda s: int(s["question_order"]),
        )
        assert [s["title"] for s in rows] == [plain(i.code) for i in domain.items]
        assert [nl[s["qid"]] for s in rows] == [i.text("nl") for i in domain.items]
        assert [en[s["qid"]] for s in rows] == [i.text("en") for i in domain.items]
        desired = by_title[plain(domain.desired.code)]
        assert desired["type"] == "L" and desired["gid"] == array["gid"]
        assert nl[desired["qid"]] == domain.desired.text("nl")
        remark = by_title[f"opmerking{domain.code}"]
        assert remark["type"] == "T" and remark["gid"] == array["gid"]
    profession = by_title["beroep"]
    assert profession["type"] == "L" and profession["mandatory"] == "Y"
    # LimeSurvey codes: letters and digits, a question code starts with a letter, unique
    titles = [q["title"] for q in questions]
    assert len(set(titles)) == len(titles)
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,19}", title) for title in titles)
    assert all(re.fullmatch(r"[A-Za-z0-9]{1,20}", s["title"]) for s in subs)
    # every question, subquestion and group in both languages
    ids = [q["qid"] for q in questions + subs]
    assert len(set(ids)) == len(ids)
    assert set(nl) == set(en) == set(ids)
    groups = table(root, "group_l10ns")
    assert sorted((g["gid"], g["language"]) for g in groups) == sorted(
        (g["gid"], lang) for g in table(root, "groups") for lang in ("nl", "en")
    )


def test_the_answers_are_the_scale_weet_niet_and_the_roles():
    root = ET.fromstring(lss_structure(NEW, lang="nl"))
    questions = {q["qid"]: q for q in table(root, "questions")}
    answers = table(root, "answers")
    nl = texts(root, "answer_l10ns", "aid", "nl")
    en = texts(root, "answer_l10ns", "aid", "en")
    assert set(nl) == set(en) == {a["aid"] for a in answers}
    by_question: dict[str, list[dict]] = {}
    for a in answers:
        by_question.setdefault(questions[a["qid"]]["title"], []).append(a)
    scale = ["1", "2", "3", "4", "nvt"]
    for title, options in by_question.items():
        codes = [a["code"] for a in sorted(options, key=lambda a: int(a["sortorder"]))]
        if title == "beroep":
            assert codes == [r.code for r in NEW.roles]
            assert [nl[a["aid"]] for a in options] == [r.name("nl") for r in NEW.roles]
        else:
            assert codes == scale, title
            assert [en[a["aid"]] for a in options] == [
                "not at all", "partly", "largely", "fully", "don't know / not applicable"
            ]  # fmt: skip
    assert all(re.fullmatch(r"[A-Za-z0-9]{1,5}", a["code"]) for a in answers)
    assert dont_know_code(NEW) == "nvt"


def export_columns(root: ET.Element, headings: str, lang: str):
    """The response export's columns: ``(header, kind, key, options)`` per question field.

    ``kind`` is item (``key`` = the LimeSurvey code of the statement), remark (``key`` = the
    domain's code) or role; ``options`` maps an answer code to its text in ``lang``.
    """
    questions = table(root, "questions")
    subs = table(root, "subquestions")
    group_order = {g["gid"]: int(g["group_order"]) for g in table(root, "groups")}
    text = texts(root, "question_l10ns", "qid", lang)
    answer_text = texts(root, "answer_l10ns", "aid", lang)
    options: dict[str, dict[str, str]] = {}
    for a in table(root, "answers"):
        options.setdefault(a["qid"], {})[a["code"]] = answer_text[a["aid"]]
    columns = []
    ordered = sorted(questions, key=lambda q: (group_order[q["gid"]], int(q["question_order"])))
    for q in ordered:
        if q["type"] == "F":
            rows = sorted(
                (s for s in subs if s["parent_qid"] == q["qid"]),
                key=lambda s: int(s["question_order"]),
            )
            for s in rows:
                header = (
                    f"{q['title']}[{s['title']}]"
                    if headings == "code"
                    else f"{text[q['qid']]} [{text[s['qid']]}]"
                )
                columns.append((header, "item", s["title"], options[q["qid"]]))
            continue
        header = q["title"] if headings == "code" else text[q["qid"]]
        if q["type"] == "T":
            domain = q["title"].removeprefix("opmerking").removeprefix("remark")
            columns.append((header, "remark", domain, {}))
        elif q["title"] in ("beroep", "profession"):
            columns.append((header, "role", "", options[q["qid"]]))
        else:
            columns.append((header, "item", q["title"], options[q["qid"]]))
    return columns


def write_export(path, root, inst, people, *, headings: str, answers: str, lang: str):
    """The CSV LimeSurvey writes for ``people`` (see the module's description)."""
    columns = export_columns(root, headings, lang)
    item_by_code = {plain(i.code): i.code for i in inst.all_items}
    n_groups = len(table(root, "groups"))
    header = ["id", "submitdate", "lastpage", "startlanguage", "seed"]
    header += [c[0] for c in columns]
    lines = [header]
    for r, person in enumerate(people, 1):
        row = [str(r), "1980-01-01 00:00:00", str(n_groups), lang, str(1000 + 37 * r)]
        for _, kind, key, options in columns:
            if kind == "remark":
                row.append(person.remarks.get(key, ""))
                continue
            if kind == "role":
                code = person.role
            else:
                given = person.answers[item_by_code[key]]
                code = "" if given is None else "nvt" if given == "dk" else str(given)
            row.append(options[code] if answers == "full" and code else code)
        lines.append(row)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(lines)
    return header


@pytest.mark.parametrize(
    "inst, headings, answers, lang",
    [
        (NEW, "code", "short", "nl"),
        (NEW, "full", "full", "nl"),
        (NEW, "full", "short", "en"),
        (NEW, "code", "full", "en"),
        (OLD, "code", "short", "nl"),
    ],
)
def test_the_response_export_imports_without_a_change(tmp_path, inst, headings, answers, lang):
    root = ET.fromstring(lss_structure(inst, lang=lang))
    people = generate(inst, 20, seed=len(headings) + len(answers))
    path = tmp_path / "results-survey123456.csv"
    header = write_export(path, root, inst, people, headings=headings, answers=answers, lang=lang)
    if headings == "code" and inst is NEW:
        assert "CLI[CLI6]" in header and "CLIW2" in header
        assert {"nl": "beroep", "en": "profession"}[lang] in header
        assert {"nl": "opmerkingCLI", "en": "remarkCLI"}[lang] in header
    # the survey asks no line of care: it follows from the profession, as on import
    assert_imported(inst, people, read_responses(path, inst), echelon_asked=False)


def test_the_written_file_is_the_structure(tmp_path):
    path = write_template(tmp_path / "integratiemeter.lss", "lss", NEW, lang="en", k=7)
    assert path.read_text(encoding="utf-8") == lss_structure(NEW, lang="en", k=7)


def test_the_import_reads_limesurvey_codes():
    matcher = HeaderMatcher(NEW)
    cases = {
        "CLI[CLI6]": ("item", "CLI6"),
        "CLI[CLIW2]": ("item", "CLI_W2"),
        "CLIW2": ("item", "CLI_W2"),
        "opmerkingCLI": ("remark", "CLI"),
        "REFopmerking": ("remark", "REF"),
        "remarkSUP": ("remark", "SUP"),
        "OMGcomments": ("remark", "OMG"),
        "beroep": ("role", None),
        "profession": ("role", None),
        "submitdate": ("other", None),
        "opmerkingXYZ": ("other", None),  # glued to no domain code: not taken apart
    }
    for header, (kind, target) in cases.items():
        found = matcher.classify(header)
        assert (found.kind, found.target) == (kind, target), header


def test_a_code_limesurvey_cannot_hold_is_refused():
    role = dataclasses.replace(NEW.roles[0], code="VERLOSK")  # answer codes: at most 5
    inst = dataclasses.replace(NEW, roles=(role, *NEW.roles[1:]))
    with pytest.raises(VsvkitError) as err:
        lss_structure(inst)
    assert err.value.key == "lss_bad_code"
    assert "Het beroep 'VERLOSK'" in err.value.message("nl")
    clash = dataclasses.replace(NEW.roles[1], code="V-K")  # VK twice once "-" is gone
    inst = dataclasses.replace(NEW, roles=(NEW.roles[0], clash, *NEW.roles[2:]))
    with pytest.raises(VsvkitError, match="'V-K'"):
        lss_structure(inst)
