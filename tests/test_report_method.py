"""The method appendix: consensus as computed, the privacy rule and its limits, alpha."""

from __future__ import annotations

import pandas as pd
import pytest
from _introduced import introduced_file

from vsvkit.formatting import fmt_number
from vsvkit.i18n import t
from vsvkit.instrument import find_instrument, load_instrument
from vsvkit.mirror import build_mirror
from vsvkit.report.method import alpha_markdown, method_markdown

FICTIEFWAARD = 5


def _table(markdown: str) -> dict[str, list[str]]:
    """The alpha table's rows by domain name (cells stripped)."""
    rows = {}
    for line in markdown.splitlines():
        if line.startswith("| ") and not line.startswith("| domein") and "---" not in line:
            cells = [c.strip() for c in line.strip("|").split("|")]
            rows[cells[0]] = cells[1:]
    return rows


def _alpha(k: int) -> pd.DataFrame:
    """An alpha table as cronbach_alpha(..., min_group_size=k) marks it (alpha kept in the
    suppressed rows, so that the test sees it is not shown)."""
    alpha = pd.DataFrame(
        {
            "domain": ["CLI", "COO", "ORG", "SUP", "OMG", "REF"],
            "alpha": [0.8123, 0.64, 0.9, float("nan"), -2.2e-15, 0.71],
            "n": [14, 4, 5, 9, 12, 0],
        }
    )
    return alpha.assign(suppressed=alpha["n"] < k)


def test_alpha_shown_only_when_n_reaches_k(instrument):
    rows = _table(alpha_markdown(_alpha(5), instrument, 5, "nl"))
    name = {d.code: d.name("nl") for d in instrument.domains}
    assert rows[name["CLI"]] == ["0,81", "14", ""]
    # n below k: neither alpha nor n (a group of 4), the reason instead
    assert rows[name["COO"]] == ["–", "–", "minder dan 5 deelnemers beantwoordden alle stellingen"]
    assert rows[name["ORG"]] == ["0,90", "5", ""]  # n == k is shown
    assert rows[name["SUP"]][:2] == ["–", "9"] and "geen spreiding" in rows[name["SUP"]][2]
    assert rows[name["OMG"]][0] == "0,00"  # a float zero never reads "-0,00"
    assert rows[name["REF"]][:2] == ["–", "–"]
    en = alpha_markdown(_alpha(13), instrument, 13, "en")
    assert "fewer than 13 respondents answered every statement" in en
    assert _table(en)[instrument.domain("CLI").name("en")][:2] == ["0.81", "14"]


def test_alpha_reads_the_tables_decision(instrument):
    # the suppressed column decides, not n against k again (here CLI is marked although n >= k)
    alpha = _alpha(5)
    alpha.loc[alpha["domain"] == "CLI", "suppressed"] = True
    rows = _table(alpha_markdown(alpha, instrument, 5, "nl"))
    assert rows[instrument.domain("CLI").name("nl")][:2] == ["–", "–"]
    assert rows[instrument.domain("ORG").name("nl")] == ["0,90", "5", ""]


def test_alpha_of_a_session_follows_its_k(demo_db, instrument):
    from vsvkit.store import Store

    store = Store(demo_db)
    mirror = build_mirror(store, FICTIEFWAARD)
    n = mirror.alpha.set_index("domain")["n"]
    k = int(n.median()) + 1  # some domains above, some below
    mirror = build_mirror(store, FICTIEFWAARD, min_group_size=k)  # alpha suppressed under this k
    assert mirror.alpha.set_index("domain")["n"].equals(n)
    rows = _table(method_markdown(instrument, k, "nl", alpha=mirror.alpha))
    shown = {d.code for d in instrument.domains if rows[d.name("nl")][0] != "–"}
    assert shown == {c for c in n.index if n[c] >= k}
    assert 0 < len(shown) < len(instrument.domains)
    for code in shown:
        value = mirror.alpha.set_index("domain").loc[code, "alpha"]
        assert rows[instrument.domain(code).name("nl")][:2] == [
            fmt_number(value, lang="nl", digits=2),
            str(n[code]),
        ]
    store.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_method_describes_domain_consensus_as_computed(instrument, lang):
    text = " ".join(method_markdown(instrument, 5, lang).split())
    needles = {
        "nl": [
            "log2(1 − |x − μ| / 3)",
            "Voor een domein zijn het de domeinscores van de deelnemers",
            "kan de consensus van een domein hoger zijn dan die van elk van zijn stellingen",
        ],
        "en": [
            "log2(1 − |x − μ| / 3)",
            "For a domain they are the respondents' domain scores",
            "a domain's consensus can be higher than each of its items'",
        ],
    }[lang]
    for needle in needles:
        assert needle in text, needle


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_method_states_the_privacy_rule_and_its_limits(instrument, lang):
    text = " ".join(method_markdown(instrument, 6, lang).split())
    needles = {
        "nl": [
            "Een getoonde groep telt 0 of ten minste 6 deelnemers",
            "per domein voor een domeinscore",
            "per stelling voor de verdeling van de antwoorden",
            "houdt 0 of ten minste 6 deelnemers over",
            "een echelon min de beroepsgroepen daarin",
            "alle deelnemers min één beroepsgroep en twee echelons",
            "'overige beroepen'",
            "'overige echelons'",
            "'niet apart getoond ter bescherming van kleine groepen'",
            "standaard 5, nooit minder dan 3; voor deze sessie 6",
            "in een volgorde die niets zegt over wie ze schreef",
            "geen kwartielen of mediaan van minder dan 5 VSV's",
            "geen laagste of hoogste score van minder dan 10",
            "Metingen van hetzelfde VSV op verschillende data",
            "niet tegen iemand die weet hoe alle andere leden",
            "Een opmerking kan door wat erin staat verraden wie haar schreef",
            "De trainer kiest k zelf",
        ],
        "en": [
            "A group that is shown has 0 or at least 6 respondents",
            "per domain for a domain score",
            "per item for the distribution of its answers",
            "leaves 0 or at least 6 respondents",
            "an echelon minus the professions in it",
            "all respondents minus one profession and two echelons",
            "'other professions'",
            "'other echelons'",
            "'not shown separately to protect small groups'",
            "5 by default, never below 3; 6 for this session",
            "in an order that says nothing about who wrote them",
            "no quartiles or median of fewer than 5 VSVs",
            "no lowest or highest score of fewer than 10",
            "Sessions of the same VSV at different dates",
            "not against someone who knows how all other members",
            "A remark can give away its writer by what it says",
            "The trainer chooses k",
        ],
    }[lang]
    for needle in needles:
        assert needle in text, needle
    # the old rule (one hidden group, then the smallest visible one) is gone
    assert "complementaire onderdrukking" not in text and "complementary suppression" not in text


# -- where the statements come from, what the members read first ------------------------------


@pytest.fixture(scope="module")
def introduced():
    """The bundled instrument file with an introduction and an origin (2026.3 on)."""
    return introduced_file()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_method_names_the_origin_and_quotes_the_introduction(introduced, lang):
    inst = load_instrument(introduced)
    text = method_markdown(inst, 7, lang)
    heads = {
        "nl": ("### De vragenlijst", "### Waar de stellingen vandaan komen",
               "### Wat de leden vooraf lazen", "### Scores"),
        "en": ("### The questionnaire", "### Where the statements come from",
               "### What members read first", "### Scores"),
    }[lang]  # fmt: skip
    at = [text.index(head + "\n") for head in heads]
    assert at == sorted(at)  # after the questionnaire, before the scores
    assert text[at[1] :].startswith(f"{heads[1]}\n{inst.origin(lang)}\n")
    intro = inst.introduction
    quoted = [line[2:] for line in text[at[2] : at[3]].splitlines() if line.startswith("> ")]
    assert quoted == [
        intro.purpose(lang),
        intro.duration(lang),
        intro.anonymity_for(7, lang),
        intro.dont_know(lang),
        intro.desired(lang),
    ]
    assert "7" in intro.anonymity_for(7, lang) and "{k}" not in text
    assert (t("method_introduction", lang, k=7, text="")).split("\n")[1] in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_method_of_an_older_instrument_says_where_the_statements_come_from(lang):
    old = find_instrument("2026.1")
    text = " ".join(method_markdown(old, 5, lang).split())
    sentence = {
        "nl": "De stellingen van deze vragenlijst (integratiemeter, versie 2026.1) zijn voor "
        "vsvkit geschreven, op de dimensies van het Rainbow Model of Integrated Care. Het is "
        "niet de oorspronkelijke tekst van de integratiemeter; die is niet openbaar.",
        "en": "The statements of this questionnaire (integratiemeter, version 2026.1) were written "
        "for vsvkit, on the dimensions of the Rainbow Model of Integrated Care. They are not the "
        "original wording of the integratiemeter, which is not public.",
    }[lang]
    assert sentence in text
    assert ("Wat de leden vooraf lazen" if lang == "nl" else "What members read first") not in text
    assert "> " not in method_markdown(old, 5, lang)


@pytest.mark.slow
def test_report_shows_the_origin_and_the_introduction_with_its_k(introduced, tmp_path, monkeypatch):
    """A real report of a session answered with the instrument that has an introduction (a
    sample session generated for it); the report notebook reads VSVKIT_INSTRUMENT; k = 4."""
    from bs4 import BeautifulSoup

    from vsvkit.report import render_report
    from vsvkit.sample import SAMPLE_SESSIONS, generate_session
    from vsvkit.sample.export import write_csv
    from vsvkit.sessions import import_session
    from vsvkit.store import Store

    inst = load_instrument(introduced)
    spec = SAMPLE_SESSIONS[FICTIEFWAARD - 1]
    export = tmp_path / spec.file
    write_csv(export, inst, generate_session(spec, inst).export)
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    with Store(db) as store:
        sid = import_session(export, store=store, vsv=spec.vsv, date=spec.date, instrument=inst)
    monkeypatch.setenv("VSVKIT_INSTRUMENT", str(introduced))
    (html,) = render_report(sid, db_url=db, out_dir=tmp_path, min_group_size=4)
    soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
    for anchor in soup.select("a.anchor-link"):
        anchor.decompose()
    heads = [h.get_text(strip=True) for h in soup.select("h3")]
    at = heads.index("Waar de stellingen vandaan komen")
    assert heads[at - 1 : at + 3] == [
        "De vragenlijst",
        "Waar de stellingen vandaan komen",
        "Wat de leden vooraf lazen",
        "Scores",
    ]
    text = " ".join(soup.get_text(" ").split())
    assert inst.origin("nl") in text and f"versie {inst.version}" in text
    quote = [" ".join(p.get_text(" ").split()) for p in soup.select("blockquote p")]
    assert quote == [
        inst.introduction.purpose("nl"),
        inst.introduction.duration("nl"),
        inst.introduction.anonymity_for(4, "nl"),
        inst.introduction.dont_know("nl"),
        inst.introduction.desired("nl"),
    ]
