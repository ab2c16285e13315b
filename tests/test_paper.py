"""The paper questionnaire (vsvkit.paper) and ``vsvkit questionnaire``: what is on the form.

The PDF printed by Chromium is checked in tests/browser/test_paper_pdf.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from _introduced import introduced_file
from bs4 import BeautifulSoup

import vsvkit as vk
from vsvkit.cli import main as cli_main
from vsvkit.errors import ReportError
from vsvkit.i18n import STRINGS, t
from vsvkit.instrument import (
    Instrument,
    bundled_instruments,
    default_instrument_path,
    find_instrument,
    load_instrument,
)
from vsvkit.paper import PAPER_KEYS, paper_questionnaire, write_paper_questionnaire
from vsvkit.paths import sample_data_dir


@pytest.fixture(scope="module")
def inst_path() -> Path:
    """The bundled instrument file with an introduction, domain intros and an origin."""
    return introduced_file()


@pytest.fixture(scope="module")
def inst(inst_path) -> Instrument:
    return load_instrument(inst_path)


def _soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def _flat(html: str) -> str:
    """The text a reader sees, whitespace collapsed."""
    return " ".join(_soup(html).body.get_text(" ").split())


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))


def _instrument_texts(inst: Instrument, lang: str) -> list[str]:
    """Every text of the instrument in ``lang`` that the form may show."""
    texts = [inst.title(lang), inst.dont_know(lang)]
    texts += [s.label(lang) for s in inst.scale]
    texts += [r.name(lang) for r in inst.roles] + [e.name(lang) for e in inst.echelons]
    for d in inst.domains:
        texts += [d.name(lang)] + ([d.intro(lang)] if d.intro else [])
    texts += [i.text(lang) for i in inst.all_items] + [i.code for i in inst.all_items]
    if inst.introduction is not None:
        texts += [inst.introduction.as_dict()[key][lang] for key in inst.introduction.as_dict()]
    return texts


def _fixed_texts(inst: Instrument, lang: str) -> list[str]:
    """The catalogue texts on the form (the "weet niet" line only without an introduction)."""
    values = {"version": inst.version, "dont_know": inst.dont_know(lang)}
    keys = [k for k in PAPER_KEYS if k != "paper_how_dont_know" or inst.introduction is None]
    return [t(key, lang, **values) for key in keys]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_statement_once_in_the_chosen_language(inst, lang):
    html = paper_questionnaire(inst, lang=lang, k=6)
    soup = _soup(html)
    assert soup.html["lang"] == lang
    # the statement cells, in questionnaire order: scored items, then each domain's desired one
    cells = [" ".join(td.get_text().split()) for td in soup.select("tr.q-item td.q-text")]
    assert cells == [i.text(lang) for i in inst.all_items]
    assert len(cells) == len(inst.items) + len(inst.domains)  # each domain asks the desired one
    flat = _flat(html)
    other = "en" if lang == "nl" else "nl"
    for item in inst.all_items:
        assert flat.count(item.text(lang)) == 1, item.code
        assert item.text(other) not in flat, item.code
    # four answer boxes and "weet niet" in every statement row, nowhere a fifth answer
    for row in soup.select("tr.q-item"):
        assert len(row.select("td.q-box span.q-tick")) == len(inst.scale) + 1 == 5
    heads = [" ".join(th.get_text(" ").split()) for th in soup.select("table.q-items")[0]("th")]
    labels = [f"{s.value} {s.label(lang)}" for s in inst.scale]
    assert heads == ["", t("paper_statement", lang), *labels, inst.dont_know(lang)]
    # per domain its number and name, and its one-line intro
    names = [" ".join(h.get_text().split()) for h in soup.select("section.q-domain h2")]
    assert names == [f"{n}. {d.name(lang)}" for n, d in enumerate(inst.domains, 1)]
    intros = [p.get_text() for p in soup.select("section.q-domain p.q-domain-intro")]
    assert intros == [d.intro(lang) for d in inst.domains]
    # the desired situation: one row per domain under its own heading, then remark lines
    for section, domain in zip(soup.select("section.q-domain"), inst.domains, strict=True):
        desired = section.select_one("tbody.q-desired")
        assert desired.select_one("tr.q-desired-head").get_text(strip=True) == t(
            "paper_desired", lang
        )
        assert desired.select_one("tr.q-item td.q-code").get_text() == domain.desired.code
        assert len(section.select(".q-remark .q-line")) == 3


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_bundled_version_has_each_statement_once(lang):
    for version in bundled_instruments():
        flat = _flat(paper_questionnaire(version, lang=lang))
        assert f"{version.version}" in flat
        for item in version.all_items:
            assert flat.count(item.text(lang)) == 1, (version.version, item.code)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_introduction_with_k_filled_in(inst, lang):
    intro = inst.introduction
    html = paper_questionnaire(inst, lang=lang, k=7)
    paragraphs = [p.get_text() for p in _soup(html).select("section.q-intro p")]
    assert paragraphs == [
        intro.purpose(lang),
        intro.duration(lang),
        intro.anonymity_for(7, lang),
        intro.dont_know(lang),
        intro.desired(lang),
    ]
    assert " 7 " in paragraphs[2] and "{k}" not in html
    assert _soup(html).select_one("section.q-intro h2").get_text() == t("paper_intro_title", lang)
    # without k: the instrument's minimum group size
    default = paper_questionnaire(inst, lang=lang)
    assert intro.anonymity_for(inst.min_group_size, lang) in _flat(default)
    assert intro.anonymity_for(3, lang) in _flat(paper_questionnaire(inst, lang=lang, k=3))


@pytest.mark.parametrize("k", [2, 0, 4.5, True])
def test_a_minimum_group_size_below_three_or_not_whole_is_refused(inst, k):
    with pytest.raises(ReportError) as err:
        paper_questionnaire(inst, k=k)
    assert err.value.key == "paper_bad_min_group_size"
    assert "ten minste 3" in err.value.message("nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_profession_and_echelon_questions_list_the_instruments_roles(inst, lang):
    soup = _soup(paper_questionnaire(inst, lang=lang))
    roles = [li.get_text(strip=True) for li in soup.select("ul.q-roles li")]
    assert roles == [r.name(lang) for r in inst.roles] and len(roles) == len(inst.roles) > 10
    echelons = [li.get_text(strip=True) for li in soup.select("ul.q-echelons li")]
    assert echelons == [e.name(lang) for e in inst.echelons]
    questions = [p.get_text() for p in soup.select("section.q-about p.q-question")]
    assert questions == [t("paper_profession", lang), t("paper_echelon", lang)]
    assert soup.select("p.q-thanks")[0].get_text() == t("paper_thanks", lang)
    # the about section comes after the last domain
    sections = [s["class"][0] for s in soup.select("main > section")]
    assert sections == ["q-intro", "q-how", *["q-domain"] * 6, "q-about"]


def test_dutch_form_has_only_dutch_fixed_texts(inst):
    html = paper_questionnaire(inst, lang="nl", k=5, vsv="VSV Voorbeeldstad")
    flat = _flat(html)
    fixed = _fixed_texts(inst, "nl")
    for text in fixed:  # every fixed text is the catalogue's Dutch text
        assert text in flat, text
    # every word on the form comes from the Dutch catalogue texts or the instrument's Dutch texts
    allowed = _words(" ".join(fixed + _instrument_texts(inst, "nl") + ["VSV Voorbeeldstad"]))
    assert _words(flat) - allowed == set()
    # and no word that only the English texts use
    dutch = _words(" ".join(STRINGS["nl"].values()) + " ".join(_instrument_texts(inst, "nl")))
    english = _words(" ".join(_fixed_texts(inst, "en") + _instrument_texts(inst, "en")))
    assert _words(flat) & (english - dutch) == set()
    assert {"statement", "questionnaire", "tick", "thank"} <= english - dutch  # a real check


def test_english_form_has_only_english_fixed_texts(inst):
    flat = _flat(paper_questionnaire(inst, lang="en"))
    fixed = _fixed_texts(inst, "en")
    for text in fixed:
        assert text in flat, text
    allowed = _words(" ".join(fixed + _instrument_texts(inst, "en")))
    assert _words(flat) - allowed == set()


def test_an_instrument_without_introduction_gets_no_introduction_heading():
    old = find_instrument("2026.1")
    assert old.introduction is None and old.origin is None
    html = paper_questionnaire(old, lang="nl")
    soup = _soup(html)
    assert soup.select("section.q-intro") == [] and soup.select("p.q-domain-intro") == []
    headings = [" ".join(h.get_text().split()) for h in soup.select("h2")]
    assert headings == [
        t("paper_how_title", "nl"),
        *[f"{n}. {d.name('nl')}" for n, d in enumerate(old.domains, 1)],
        t("paper_about_title", "nl"),
    ]
    assert t("paper_intro_title", "nl") not in _flat(html)
    assert all(p.get_text(strip=True) for p in soup.select("p"))  # no empty paragraph
    assert "versie 2026.1" in _flat(html)


def test_texts_are_escaped(inst):
    soup = _soup(paper_questionnaire(inst, vsv="<b>VSV</b> & co"))
    assert soup.select_one("p.q-vsv").get_text() == "<b>VSV</b> & co"
    assert soup.select("b") == []


def test_write_html_and_refuse_other_suffixes(inst, tmp_path):
    path = write_paper_questionnaire(tmp_path / "form.HTML", inst, lang="en", k=4)
    assert path.read_text(encoding="utf-8") == paper_questionnaire(inst, lang="en", k=4)
    with pytest.raises(ReportError) as err:
        write_paper_questionnaire(tmp_path / "form.docx", inst)
    assert err.value.message("nl").endswith("eindigt op .pdf of .html")
    assert not (tmp_path / "form.docx").exists()
    with pytest.raises(ReportError) as err:
        write_paper_questionnaire(tmp_path / "missing" / "form.html", inst)
    assert err.value.key == "paper_write_failed"


def test_public_api_gives_the_paper_questionnaire(inst, tmp_path):
    assert vk.paper_questionnaire is paper_questionnaire
    assert vk.write_paper_questionnaire is write_paper_questionnaire


# -- the command line ------------------------------------------------------------------------


def _import(db: str, tmp_path: Path, *extra: str) -> None:
    sample = sample_data_dir() / "fictiefwaard_2025-06-04_baseline.csv"
    argv = ["import", str(sample), "--vsv", "VSV Fictiefwaard", "--date", "2025-06-04"]
    assert cli_main([*argv, "--db", db, *extra]) == 0


def test_cli_writes_the_form_of_a_bundled_version(tmp_path, capsys):
    out = tmp_path / "vragenlijst.html"
    argv = ["questionnaire", "--instrument", "2026.1", "--lang", "en", "--min-group-size", "7"]
    assert cli_main([*argv, "--output", str(out)]) == 0
    assert capsys.readouterr().out.strip() == t("paper_written", "en", path=out)
    html = out.read_text(encoding="utf-8")
    assert html == paper_questionnaire(find_instrument("2026.1"), lang="en", k=7)
    assert "version 2026.1" in _flat(html)


def test_cli_uses_the_sessions_questionnaire_and_k(inst, inst_path, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    old_file = default_instrument_path().with_name("integratiemeter-2026.1.yaml")
    _import(db, tmp_path, "--min-group-size", "8", "--instrument", str(old_file))
    out = tmp_path / "form.html"
    assert cli_main(["questionnaire", "--session", "1", "--db", db, "-o", str(out)]) == 0
    flat = _flat(out.read_text(encoding="utf-8"))
    assert "versie 2026.1" in flat and "VSV Fictiefwaard" in flat  # the session's version
    # an instrument named on the command line wins; k stays the session's
    argv = ["questionnaire", "--session", "1", "--db", db, "--instrument", str(inst_path)]
    assert cli_main([*argv, "-o", str(out)]) == 0
    flat = _flat(out.read_text(encoding="utf-8"))
    assert inst.introduction.anonymity_for(8, "nl") in flat
    # --min-group-size wins over the session's k
    assert cli_main([*argv, "--min-group-size", "11", "-o", str(out)]) == 0
    assert inst.introduction.anonymity_for(11, "nl") in _flat(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "form.docx"], "eindigt op .pdf of .html"),
        (["-o", "form.html", "--min-group-size", "2"], "ten minste 3"),
        (["-o", "form.html", "--instrument", "2025.9"], "not a bundled version"),
        (["-o", "form.html", "--session", "99"], "Er is geen sessie met nummer 99"),
    ],
)
def test_cli_errors_are_messages_with_exit_code_2(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "empty.sqlite")
    assert cli_main(["questionnaire", *argv, "--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "form.html").exists() and not (tmp_path / "form.docx").exists()
