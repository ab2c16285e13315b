"""The questionnaire pages as HTML (vsvkit.survey.pages), read back with html.parser."""

from __future__ import annotations

import re

import pytest

from vsvkit.errors import IntakeError
from vsvkit.i18n import STRINGS
from vsvkit.instrument import find_instrument
from vsvkit.paths import package_dir
from vsvkit.survey import parse_submission
from vsvkit.survey.pages import (
    STATIC_FILES,
    render_already,
    render_closed,
    render_form,
    render_thanks,
    static_folder,
    storage_key,
    template_folder,
)

from ._html import parse

XSRF = '<input type="hidden" name="_xsrf" value="2|d1b3|77aa|1700000000">'
ACTION = "/vragenlijst/q7Kx2"
STATIC = "/vragenlijst/static/"
DOMAINS = ("CLI", "COO", "ORG", "SUP", "OMG", "REF")
ROLES = ["VK", "HA", "GYN", "KV", "OGV", "KA", "KZ", "ECHO", "MGT", "ZV", "CLI", "PH", "AMB", "OV"]


@pytest.fixture(scope="module")
def inst():
    return find_instrument("2026.3")


def _form(inst, lang="nl", **kw):
    kw = {"k": 7, "action": ACTION, "xsrf_html": XSRF, "static_url": STATIC, **kw}
    return render_form(inst, lang=lang, **kw)


def _catalogue_fragments(lang: str) -> set[str]:
    """Pieces of the survey_* texts of ``lang`` that the other language does not share."""
    other = "en" if lang == "nl" else "nl"
    found = set()
    for key, text in STRINGS[lang].items():
        if key.startswith("survey_") and text != STRINGS[other][key]:
            found |= {p.strip() for p in re.split(r"\{\w+\}", text) if len(p.strip()) >= 6}
    return found


def test_templates_are_found_in_the_checkout():
    assert template_folder() == package_dir.parent / "templates/vsvkit/templates/questionnaire"
    assert {p.name for p in static_folder().iterdir()} >= set(STATIC_FILES)


def test_one_fieldset_per_question_with_radios_by_item_code(inst):
    doc = parse(_form(inst))
    fieldsets = doc.find_all("fieldset")
    codes = [i.code for i in inst.all_items]
    assert len(fieldsets) == 38 == len(codes)
    ids = {n.get("id") for n in doc.iter() if n.get("id")}
    labels = {n.get("for"): n for n in doc.iter("label")}
    for fieldset, code in zip(fieldsets, codes):
        assert fieldset.get("id") == f"q-{code}"
        assert fieldset.find("legend").text() == inst.item(code).text.nl
        radios = fieldset.find_all("input", type="radio")
        assert [r.get("name") for r in radios] == [code] * 5
        assert [r.get("value") for r in radios] == ["1", "2", "3", "4", "dont_know"]
        assert not any("checked" in r.attrs for r in radios)
        for radio, label in zip(radios, ["niet", "gedeeltelijk", "grotendeels", "volledig"]):
            assert labels[radio.get("id")].text().endswith(label)
        assert labels[radios[4].get("id")].text() == "weet niet / n.v.t."
    # every label is bound to an element that exists; ids are unique
    assert all(target in ids for target in labels)
    all_ids = [n.get("id") for n in doc.iter() if n.get("id")]
    assert len(all_ids) == len(set(all_ids))
    # no other radio outside the questions
    assert len(doc.find_all("input", type="radio")) == 38 * 5


def test_profession_select_remarks_hidden_fields_and_one_submit(inst):
    doc = parse(_form(inst, code="K7Q2-M3XP"))
    (form,) = doc.find_all("form")
    assert (form.get("method"), form.get("action")) == ("post", ACTION)
    (select,) = form.find_all("select")
    assert select.get("name") == "profession" and select.get("id") == "f-profession"
    options = select.find_all("option")
    assert [o.get("value") for o in options] == ["", *ROLES]
    assert [o.text() for o in options][:3] == [
        "Kies uw beroep",
        "eerstelijns verloskundige",
        "huisarts",
    ]
    assert doc.find("label", for_="f-profession").text() == "Wat is uw beroep? (verplicht)"
    textareas = form.find_all("textarea")
    assert [t.get("name") for t in textareas] == [f"remark_{d}" for d in DOMAINS]
    for t in textareas:
        assert t.get("maxlength") == "2000"
        assert doc.find("label", for_=t.get("id")).text().startswith("Opmerking over dit domein")
    hidden = {i.get("name"): i.get("value") for i in form.find_all("input", type="hidden")}
    assert hidden == {"_xsrf": "2|d1b3|77aa|1700000000", "lang": "nl", "code": "K7Q2-M3XP"}
    buttons = form.find_all("button")
    assert len(buttons) == 1 and buttons[0].get("type") == "submit"
    assert buttons[0].text() == "Antwoorden versturen"
    assert "echelon" not in {n.get("name") for n in form.iter()}


def test_language_introduction_and_domains(inst):
    html = _form(inst, vsv="VSV Noord-Veluwe")
    doc = parse(html)
    assert doc.find("html").get("lang") == "nl"
    switch = doc.find("a", class_="lang-switch")
    assert (switch.get("href"), switch.get("lang"), switch.text()) == ("?lang=en", "en", "English")
    intro = doc.find("section", class_="intro").text()
    introduction = inst.introduction
    assert introduction.anonymity_for(7, "nl") in intro
    assert "Een groep van minder dan 7 personen wordt nooit apart getoond" in intro
    for part in (
        introduction.purpose,
        introduction.duration,
        introduction.dont_know,
        introduction.desired,
    ):
        assert " ".join(part.nl.split()) in intro
    for n, code in enumerate(DOMAINS, 1):
        section = doc.find("section", id=f"d-{code}")
        assert section.find("h2").text() == inst.domain(code).name.nl
        assert section.find("p", class_="domain-intro").text() == " ".join(
            inst.domain(code).intro.nl.split()
        )
        assert section.find("p", class_="domain-of").text() == f"Domein {n} van 6"
    assert doc.find("h1").text() == "Vragenlijst VSV-integratiemeter voor VSV Noord-Veluwe"
    assert doc.find("title").text() == "Vragenlijst VSV-integratiemeter"


def test_no_english_fixed_text_on_the_dutch_page_and_back(inst):
    # the progress text's placeholders ({answered}) are filled in by the script
    nl, en = (re.sub(r"\{\w+\}", "", _form(inst, lang=lang)) for lang in ("nl", "en"))
    for fragment in _catalogue_fragments("en"):
        assert fragment not in nl, fragment
    for fragment in _catalogue_fragments("nl"):
        assert fragment not in en, fragment
    doc = parse(_form(inst, lang="en"))
    assert doc.find("html").get("lang") == "en"
    assert doc.find("a", class_="lang-switch").get("href") == "?lang=nl"
    assert "fewer than 7 people" in doc.find("section", class_="intro").text()
    assert doc.find("section", id="d-CLI").find("h2").text() == "Client-centred care"
    assert doc.find("form").get("data-progress") == "{answered} of {total} answered"


def test_static_files_from_our_own_folder_only(inst):
    doc = parse(_form(inst))
    (css,) = doc.find_all("link", rel="stylesheet")
    (js,) = doc.find_all("script")
    assert css.get("href").startswith(f"{STATIC}survey.css?v=")
    assert js.get("src").startswith(f"{STATIC}survey.js?v=") and "defer" in js.attrs
    assert not any(s.text() for s in doc.iter("script")), "no inline script"
    assert not any("style" in n.attrs for n in doc.iter()), "no inline style"
    for name in STATIC_FILES:
        text = (static_folder() / name).read_text(encoding="utf-8")
        assert "http" not in text and "@import" not in text and "url(" not in text, name


def test_answers_and_errors_shown_again(inst):
    fields = {"lang": "nl", "CLI6": "3", "CLI2": "5", "COO6": "dont_know", "remark_SUP": "x" * 2001,
              "remark_CLI": "Overdracht <b>kan</b> beter", "foo": "bar"}  # fmt: skip
    with pytest.raises(IntakeError) as info:
        parse_submission(fields, inst, lang="nl")
    html = _form(inst, values=fields, errors=info.value.problems)
    doc = parse(html)
    assert doc.find("input", id="f-CLI6-3").attrs.get("checked", "x") is None
    assert "checked" in doc.find("input", id="f-COO6-dont_know").attrs
    assert not any("checked" in r.attrs for r in doc.find("fieldset", id="q-CLI2").iter("input"))
    # the remark is shown as text, escaped
    assert doc.find("textarea", id="f-remark_CLI").text() == "Overdracht <b>kan</b> beter"
    assert "<b>kan</b>" not in html
    # the summary at the top links to the fields; each message is beside its field
    summary = doc.find("div", id="error-summary")
    assert summary.get("role") == "alert"
    items = summary.find_all("li")
    assert len(items) == 4
    assert [a.get("href") for a in summary.find_all("a")] == [
        "#f-profession", "#f-CLI2-1", "#f-remark_SUP",
    ]  # fmt: skip
    assert items[0].text() == "Dit formulier kent het veld 'foo' niet."
    ids = {n.get("id") for n in doc.iter() if n.get("id")}
    assert all(a.get("href")[1:] in ids for a in summary.find_all("a"))
    error = doc.find("p", id="err-CLI2")
    assert error.text().startswith("Fout: '5' is geen antwoord op deze vraag")
    assert error.parent.get("id") == "q-CLI2"
    for radio in doc.find("fieldset", id="q-CLI2").find_all("input"):
        assert radio.get("aria-describedby") == "err-CLI2"
    select = doc.find("select", id="f-profession")
    assert (select.get("aria-invalid"), select.get("aria-describedby")) == (
        "true",
        "err-profession",
    )
    textarea = doc.find("textarea", id="f-remark_SUP")
    assert textarea.get("aria-describedby") == "hint-remark_SUP err-remark_SUP"
    assert doc.find("p", id="err-remark_SUP").text().startswith("Fout: Uw opmerking is 2001 tekens")
    assert len(doc.find_all("p", class_="error")) == 3
    assert doc.find("title").text().startswith("Controleer uw antwoorden")


def test_selected_profession_is_kept(inst):
    doc = parse(_form(inst, values={"profession": ["GYN"]}))
    selected = [o.get("value") for o in doc.find("select").iter("option") if "selected" in o.attrs]
    assert selected == ["GYN"]


def test_vsv_name_and_code_are_escaped(inst):
    html = _form(inst, vsv='<script>alert("x")</script>', code='"><img src=x>')
    assert "<script>alert" not in html and "<img src=x>" not in html
    doc = parse(html)
    assert doc.find("input", type="hidden", name="code").get("value") == '"><img src=x>'
    assert (
        doc.find("a", class_="lang-switch").get("href") == "?lang=en&code=%22%3E%3Cimg+src%3Dx%3E"
    )


def test_storage_key_per_questionnaire(inst):
    assert parse(_form(inst)).find("body").get("data-storage-key") == storage_key(ACTION)
    assert storage_key("/vragenlijst/a") != storage_key("/vragenlijst/b")
    assert parse(_form(inst, storage="k1")).find("body").get("data-storage-key") == "k1"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_thanks_already_and_closed_pages(lang):
    key = storage_key(ACTION)
    thanks = parse(render_thanks(lang=lang, static_url=STATIC, storage=key, title="T", vsv="V"))
    already = parse(render_already(lang=lang, static_url=STATIC, storage=key))
    closed = parse(render_closed(lang=lang, static_url=STATIC))
    strings = STRINGS[lang]
    for doc, page in ((thanks, "thanks"), (already, "already"), (closed, "closed")):
        assert doc.find("html").get("lang") == lang
        assert doc.find("h1").text() == strings[f"survey_{page}_title"]
        assert doc.find("title").text() == strings[f"survey_{page}_title"]
        assert not doc.find_all("form")
    for doc in (thanks, already):  # the answers kept in the browser are forgotten
        body = doc.find("body")
        assert (body.get("data-storage-key"), body.get("data-clear-storage")) == (key, "true")
    assert "data-storage-key" not in closed.find("body").attrs
    assert strings["survey_closed_body"] in closed.find("main").text()
    assert "Traceback" not in render_closed(lang=lang, static_url=STATIC)
    assert thanks.find("p", class_="site-title").text() == "T · V"


def test_an_instrument_without_introduction_still_explains_the_answers():
    old = find_instrument("2026.1")
    doc = parse(_form(old))
    assert len(doc.find_all("fieldset")) == len(old.all_items)
    intro = doc.find("section", class_="intro")
    assert intro.find("h2").text() == "Zo vult u de vragenlijst in"
    assert [li.text() for li in intro.find_all("li")][-1] == "weet niet / n.v.t."
