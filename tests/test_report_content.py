"""The contents of the session report: sections, figures against `vsvkit scores`, privacy.

Fast tests call vsvkit.report.sections / vsvkit.report.method directly on the demo store; the
slow ones render real reports of sample sessions (HTML and PDF) through the report
notebook and the CLI and read them back.

Sample sessions (load_demo order): 1 Voorbeeldstad baseline, 2 Voorbeeldstad follow-up,
3 Denkbeeldig Delta baseline (XLSX), 4 Denkbeeldig Delta follow-up (XLSX), 5 Fictiefwaard
(17 respondents: 1 GP "huisarts", 2 paediatricians "kinderarts"), 6 Proefpolder.
"""

from __future__ import annotations

import base64
import csv
import dataclasses
import io
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from _pdf import inked_pixels
from bs4 import BeautifulSoup

from conftest import require
from vsvkit.cli import main as cli_main
from vsvkit.comparison import compare_sessions
from vsvkit.i18n import STRINGS
from vsvkit.mirror import build_mirror
from vsvkit.paths import sample_data_dir
from vsvkit.report import render_report, render_reports, report_path
from vsvkit.report import sections as rs
from vsvkit.report.method import method_markdown
from vsvkit.sample import sample_instrument
from vsvkit.scoring.agreement import SplitRule
from vsvkit.sessions import session_scores
from vsvkit.store import Store

FICTIEFWAARD, VOORBEELD_BASE, VOORBEELD_FOLLOW, DELTA_FOLLOW = 5, 1, 2, 4
#: VSV and date of the sample sessions (sample_data/sessions.csv): what names their files.
SAMPLES = {
    1: {"vsv": "VSV Voorbeeldstad", "date": "2025-03-12"},
    2: {"vsv": "VSV Voorbeeldstad", "date": "2026-10-07"},
    4: {"vsv": "VSV Denkbeeldig Delta", "date": "2026-05-20"},
    5: {"vsv": "VSV Fictiefwaard", "date": "2025-06-04"},
    6: {"vsv": "VSV Proefpolder", "date": "2025-09-23"},
    7: {"vsv": "VSV Eigen", "date": "2025-03-12"},
}
SMALL_NAMES = ("huisarts", "kinderarts", "general practitioner", "paediatrician")


def _has_browser() -> bool:
    from vsvkit.errors import ReportError
    from vsvkit.report.browser import find_browser

    try:
        find_browser()
    except ReportError:
        return False
    return True


def _scores_json(db: str, session: int, capsys) -> list[dict]:
    """The score rows of `vsvkit scores SESSION --format json`, as a user would run it."""
    capsys.readouterr()
    assert cli_main(["scores", str(session), "--format", "json", "--db", db]) == 0
    return json.loads(capsys.readouterr().out)["scores"]


def _desired_pct(store, session: int) -> dict[str, float]:
    """Per domain the desired situation (percent of maximum), from the raw answers by hand."""
    answers = store.answers([session])
    desired = answers[answers["desired"] & answers["value"].notna()]
    means = desired.groupby("domain", observed=True)["value"].mean()
    return {d: (m - 1) / 3 * 100 for d, m in means.items()}


def _dutch(text: str, lang: str) -> str:
    """A figure printed by Python (decimal point) as the report writes it in ``lang``."""
    return text.replace(".", ",") if lang == "nl" else text


def _level_by_hand(pct: float, lang: str = "nl") -> str:
    """The level of a percent of maximum by the cut-offs 25, 50, 75 (domain.md, section 3)."""
    level = 1 + sum(pct >= cut for cut in (25, 50, 75))
    return sample_instrument().level_label(level, lang)


def _expected_rows(records: list[dict], lang: str = "nl", desired=None) -> dict[str, tuple]:
    """Per domain: the figures table's cells, computed from the `vsvkit scores` records and,
    when given, the desired situation per domain (its score and level beside the current)."""
    inst = sample_instrument()
    out = {}
    for r in records:
        level = "geen overeenstemming" if lang == "nl" else "no agreement"
        if r["level"] is not None:
            level = inst.level_label(int(r["level"]), lang)
        cells: tuple = (f"{r['pct']:.0f}%", level)
        if desired is not None:
            wanted = desired[r["domain"]]
            cells += (f"{wanted:.0f}%", _level_by_hand(wanted, lang))
        out[r["domain"]] = cells + (
            str(r["n"]),
            _dutch(f"{r['consensus']:.2f}", lang),
            f"{100 * r['dont_know']:.0f}%",
        )
    return out


def _text(html: str, drop_remarks: bool = False) -> str:
    soup = BeautifulSoup(html, "html.parser")
    if drop_remarks:
        for ul in soup.select("ul.vsv-remarks"):
            ul.decompose()
    return " ".join(soup.get_text(" ").split())


@pytest.fixture(scope="module")
def store(demo_db):
    s = Store(demo_db)
    yield s
    s.close()


# -- sections on their own ------------------------------------------------------------------
def test_domain_tables_match_vsvkit_scores(demo_db, store, capsys):
    for session in (VOORBEELD_BASE, FICTIEFWAARD):
        desired = _desired_pct(store, session)
        expected = _expected_rows(_scores_json(demo_db, session, capsys), desired=desired)
        mirror = build_mirror(store, session)
        for code, cells in expected.items():
            soup = BeautifulSoup(rs.domain_table_html(mirror, code, "nl"), "html.parser")
            got = tuple(td.get_text() for td in soup.select("td"))
            assert got == cells, (session, code)


def test_summary_names_levels_strongest_weakest_and_least_agreement(demo_db, store, capsys):
    records = _scores_json(demo_db, VOORBEELD_FOLLOW, capsys)
    inst = sample_instrument()
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    html = rs.summary_html(mirror, "nl")
    rows = [
        [td.get_text() for td in tr.select("td")]
        for tr in BeautifulSoup(html, "html.parser").select("tbody tr")
    ]
    assert [r[0] for r in rows[:6]] == [d.name("nl") for d in inst.domains]
    assert [r[1] for r in rows[:6]] == [f"{r['pct']:.0f}%" for r in records]
    assert [r[2] for r in rows[:6]] == [_level_by_hand(r["pct"]) for r in records]
    # the desired situation beside the current one, computed here from the raw answers
    desired = _desired_pct(store, VOORBEELD_FOLLOW)
    assert [r[3] for r in rows[:6]] == [f"{desired[d.code]:.0f}%" for d in inst.domains]
    assert [r[4] for r in rows[:6]] == [_level_by_hand(desired[d.code]) for d in inst.domains]
    # total = mean of the six domain scores (domain.md), computed here from the CLI output
    total = np.mean([r["pct"] for r in records])
    assert rows[6][:3] == ["Totale integratiescore", f"{total:.0f}%", _level_by_hand(total)]
    by_pct = sorted(records, key=lambda r: r["pct"])
    least = min(records, key=lambda r: r["consensus"])
    text = _text(html)
    assert f"Het verst ontwikkeld: {inst.domain(by_pct[-1]['domain']).name('nl')}" in text
    assert f"Het minst ontwikkeld: {inst.domain(by_pct[0]['domain']).name('nl')}" in text
    assert f"minst eens over: {inst.domain(least['domain']).name('nl')}" in text


def test_cover_shows_only_groups_that_may_be_shown(store):
    mirror = build_mirror(store, FICTIEFWAARD)
    text = _text(rs.cover_html(mirror, "nl"))
    # the 11 others (1 GP, 2 paediatricians, ...) merged; the 6 community midwives are not
    # shown on their own: the echelon eerste lijn (7) minus them would be the one GP
    assert "eerstelijns verloskundige 6" not in text
    assert "overige beroepen 11" in text
    assert "deelnemers 17" in text and "4 juni 2025" in text and "nulmeting" in text
    for name in SMALL_NAMES:
        assert name not in text.lower()


def test_min_group_size_changes_what_is_shown(store):
    mirror = build_mirror(store, FICTIEFWAARD, min_group_size=3)
    text = _text(rs.cover_html(mirror, "nl"))
    assert mirror.k == 3
    assert "gynaecoloog 3" in text and "kraamzorg 3" in text
    # 1 GP + 2 paediatricians + 2 clinical midwives merged into 5
    assert "overige beroepen 5" in text and "huisarts" not in text


def test_discussion_points_name_domains_and_items(store):
    mirror = build_mirror(store, FICTIEFWAARD)
    inst = mirror.instrument
    soup = BeautifulSoup(rs.discussion_html(mirror, "nl"), "html.parser")
    rows = [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]
    points = mirror.discussion_points
    assert len(rows) == len(points) > 0
    for row, p in zip(rows, points.itertuples(index=False)):
        assert inst.domain(p.domain).name("nl") in row[1]
        if not pd.isna(p.item):
            assert inst.item(p.item).text("nl") in row[1]
        if p.kind == "low_score":
            assert row[2] == f"score {inst.pct(p.value):.0f}%"
        if p.kind == "dont_know":
            assert row[2] == f"{100 * p.value:.0f}% weet niet"


def test_workshop_record_and_plan(demo_store):
    demo_store.save_domain_note(1, "SUP", notes="Eén dossier kiezen", agreed_level=3, priority=1)
    demo_store.add_action(
        1, "SUP", "Dossier kiezen", why="Overdracht", who="werkgroep", due="2026-01-15"
    )
    demo_store.add_action(1, "CLI", "Geboorteplan", status="in_progress")
    mirror = build_mirror(demo_store, 1)
    notes = demo_store.domain_notes(1)
    soup = BeautifulSoup(rs.workshop_html(mirror, notes, "nl"), "html.parser")
    rows = [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]
    measured = mirror.domain_scores.set_index("domain").loc["SUP", "level"]
    assert rows == [
        [
            "Ondersteuning",
            mirror.instrument.level_label(int(measured), "nl"),
            "coördinatie",
            "1 hoog",
            "Eén dossier kiezen",
        ]
    ]
    soup = BeautifulSoup(rs.plan_html(mirror, demo_store.actions(1), "en"), "html.parser")
    rows = [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]
    assert rows[0] == [
        "Support",
        "Dossier kiezen",
        "Overdracht",
        "werkgroep",
        "15 January 2026",
        "",
        "to do",
    ]
    assert rows[1][0] == "Client-centred care" and rows[1][-1] == "in progress"
    assert rs.plan_html(mirror, demo_store.actions(3), "nl") == ""
    assert "geen aantekeningen" in rs.workshop_html(mirror, demo_store.domain_notes(3), "nl")


def test_previous_wave_and_change_table(store):
    assert rs.previous_session(store, store.session(VOORBEELD_BASE)) is None
    assert rs.previous_session(store, store.session(FICTIEFWAARD)) is None
    previous = rs.previous_session(store, store.session(VOORBEELD_FOLLOW))
    assert previous.id == VOORBEELD_BASE
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    comparison = compare_sessions(store, VOORBEELD_FOLLOW, previous.id, min_group_size=mirror.k)
    change = rs.change_scores(comparison, "nl")
    assert list(dict.fromkeys(change["wave"])) == [
        "nulmeting 12 maart 2025",
        "vervolgmeting 7 oktober 2026",
    ]
    before = session_scores(store, VOORBEELD_BASE).set_index("domain")["pct"]
    after = session_scores(store, VOORBEELD_FOLLOW).set_index("domain")["pct"]
    soup = BeautifulSoup(rs.change_table_html(comparison, "nl"), "html.parser")
    rows = [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]
    for row, code in zip(rows, mirror.instrument.domain_codes, strict=True):
        assert row[1] == f"{before[code]:.0f}%" and row[3] == f"{after[code]:.0f}%"
        assert row[5] == f"{after[code] - before[code]:+.0f}"


def test_method_appendix_describes_the_instrument_in_use():
    inst = sample_instrument()
    nl = method_markdown(inst, 5, "nl")
    for needle in (
        "versie 2026.2",
        "30 stellingen in 6 domeinen",
        "| afstemming | 25–50 |",
        "| volledig geïntegreerd | ≥ 75 |",
        "ten minste 25% van\nde antwoorden aan elk uiteinde van de schaal",
        "het antwoord 1 (niet) of\n4 (volledig)",
        "ten hoogste 1,5 of ten minste\n3,5",
        "ten minste 0,75 schaalpunt",
        "ten minste 5 deelnemers",
        "'overige beroepen'",
        "Tastle & Wierman",
        "ten minste 60%",
    ):
        assert needle in nl, needle
    assert len(inst.items) == 30
    assert "consensus lager is dan" not in nl  # the bundled rule has no consensus part
    rule = SplitRule(pole_share=0.3, pole_width=0.25, max_consensus=0.2)
    own = dataclasses.replace(inst, split=rule, version="x9")
    en = " ".join(method_markdown(own, 7, "en").split())
    assert "version x9" in en and "at least 30% of the answers lie at each end" in en
    assert "at most 1.25 or at least 3.75, or when the consensus is below 0.2;" in en
    assert "at least 7 respondents" in en and "'other professions'" in en
    assert "```" not in nl + en and "$" not in nl + en  # no code, no math for MathJax


def _other_language_strings(lang: str) -> list[str]:
    """UI strings of the other language that differ from this language's (no placeholders)."""
    other = "en" if lang == "nl" else "nl"
    mine = {v.lower() for v in STRINGS[lang].values()}
    out = []
    for key, value in STRINGS[other].items():
        if "{" in value or key == "report_vsv" or value.lower() in mine:
            continue
        if len(value) >= 4:
            out.append(value)
    return out


def _assert_no_strings(text: str, strings: list[str]) -> None:
    found = [s for s in strings if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", text, re.IGNORECASE)]
    assert found == []


def test_sections_in_english_have_no_dutch_strings(store):
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    inst = mirror.instrument
    previous = rs.previous_session(store, mirror.session)
    comparison = compare_sessions(store, mirror.session.id, previous.id, instrument=inst)
    parts = [
        rs.cover_html(mirror, "en"),
        rs.summary_html(mirror, "en"),
        rs.discussion_html(mirror, "en"),
        rs.change_table_html(comparison, "en"),
        method_markdown(inst, mirror.k, "en"),
    ]
    parts += [rs.domain_table_html(mirror, c, "en") for c in inst.domain_codes]
    parts += [rs.domain_notes_html(mirror, c, "en") for c in inst.domain_codes]
    text = _text("".join(parts), drop_remarks=True)
    _assert_no_strings(text, _other_language_strings("en"))
    dutch_names = [d.name("nl") for d in inst.domains] + [lv.label("nl") for lv in inst.levels]
    _assert_no_strings(text, dutch_names)


def _svg_of(html: str) -> str:
    data = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', html)
    assert data, html[:120]
    return base64.b64decode(data[1]).decode("utf-8")


def test_figure_html_embeds_svg_with_text_and_alt_text():
    import matplotlib.pyplot as plt

    from vsvkit import plots
    from vsvkit.report.figures import PRINT_WIDTH, print_axes, print_figures

    fig, ax = plt.subplots(figsize=(4, 2))
    ax.set_title("Integratie per domein", loc="left")
    html = rs.figure_html(ax)
    assert html.startswith('<figure class="vsv-figure"><img src="data:image/svg+xml;base64,')
    assert 'alt="Integratie per domein"' in html
    assert not plt.get_fignums()  # closed
    # text stays text (searchable, sharp, its size readable from the PDF)
    assert ">Integratie per domein</text>" in _svg_of(html)
    frame = pd.DataFrame({"domain": ["CLI"], "pct": [40.0], "level": pd.array([2], "Int64")})
    with print_figures():  # the house theme at print size, as in the report
        html = rs.figure_html(plots.plot_domain_overview(frame, lang="en", ax=print_axes(2)))
    assert 'alt="Integration per domain"' in html
    # drawn as wide as the page's text at most, and shown at that size (never scaled down)
    width = float(re.search(r'<svg[^>]*width="([\d.]+)pt"', _svg_of(html))[1])
    assert PRINT_WIDTH * 72 - 20 < width <= PRINT_WIDTH * 72 + 0.5
    assert f'style="width: {width:.1f}pt"' in html  # noqa: E231


# -- real reports ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def reports(demo_db, tmp_path_factory):
    """Dutch HTML (+PDF when a browser is there) of three sessions, English HTML of one (k=3)."""
    out = tmp_path_factory.mktemp("reports")
    formats = ("html", "pdf") if _has_browser() else ("html",)
    ids = [FICTIEFWAARD, VOORBEELD_FOLLOW, DELTA_FOLLOW]
    result = render_reports(ids, db_url=demo_db, formats=formats, out_dir=out, progress=False)
    assert result.failed == {}
    # English, with the minimum group size lowered to 3 (passed on to build_mirror)
    (en,) = render_report(FICTIEFWAARD, db_url=demo_db, lang="en", out_dir=out, min_group_size=3)
    return out, en


def _path(out: Path, session: int, lang: str = "nl", fmt: str = "html") -> Path:
    return report_path(out, SAMPLES[session], lang, fmt)


def _html(out: Path, session: int, lang: str = "nl") -> str:
    return _path(out, session, lang).read_text(encoding="utf-8")


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.slow
def test_html_report_has_sections_and_the_scores(reports, demo_db, capsys):
    out, _ = reports
    html = _html(out, VOORBEELD_FOLLOW)
    soup = BeautifulSoup(html, "html.parser")
    toc = [a.get_text() for a in soup.select("nav.vsv-toc > ol > li > a")]
    assert toc == [
        "Samenvatting",
        "De zes domeinen",
        "Verschillen tussen groepen",
        "Bespreekpunten",
        "Vervolgplan",
        "Vergelijking met vorige meting",
        "Verantwoording",
    ]
    inst = sample_instrument()
    sub = [a.get_text() for a in soup.select("nav.vsv-toc ol ol a")][:6]
    assert sub == [d.name("nl") for d in inst.domains]
    desired = _desired_pct(Store(demo_db), VOORBEELD_FOLLOW)
    expected = _expected_rows(_scores_json(demo_db, VOORBEELD_FOLLOW, capsys), desired=desired)
    tables = soup.select("table.vsv-figures")
    assert len(tables) == 6
    for table, code in zip(tables, inst.domain_codes):
        assert tuple(td.get_text() for td in table.select("td")) == expected[code]
    cover = _text(str(soup.select_one("header.vsv-cover")))
    assert "VSV Voorbeeldstad" in cover and "7 oktober 2026" in cover and "deelnemers 47" in cover
    # charts: overview, continuum, 2 per domain, heatmap, change; all with alt text
    # charts: overview, one per domain, heatmap, change; all SVG with alt text
    images = soup.select("img")
    assert len(images) == 9
    assert all(img["src"].startswith("data:image/svg+xml;base64,") for img in images)
    alts = [img.get("alt") for img in images]
    # the overview carries the desired situation beside the current one
    assert alts[0] == "Huidige en gewenste situatie per domein"
    assert alts[1] == "Antwoorden per stelling: De cliënte centraal" and all(alts)
    assert "No description has been provided" not in html
    for needle in ("import ", "build_mirror", "display(", "Traceback", "session_id"):
        assert needle not in _text(html), needle


@pytest.mark.slow
def test_pdf_report_text_and_inked_pages(reports, demo_db, capsys, tmp_path):
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    require(shutil.which("pdftoppm") is not None, "poppler-utils not installed")
    out, _ = reports
    pdf = _path(out, VOORBEELD_FOLLOW, "nl", "pdf")
    assert pdf.name == "verslag-vsv-voorbeeldstad-2026-10-07.pdf"
    text = _pdf_text(pdf)
    for title in ("Samenvatting", "De zes domeinen", "Bespreekpunten", "Verantwoording"):
        assert title in text
    flat = " ".join(text.split())
    desired = _desired_pct(Store(demo_db), VOORBEELD_FOLLOW)
    records = _scores_json(demo_db, VOORBEELD_FOLLOW, capsys)
    for code, cells in _expected_rows(records, desired=desired).items():
        assert " ".join(cells) in flat, code  # the figures table row of each domain
    pages = text.split("\f")[:-1]
    inked = inked_pixels(pdf, tmp_path, dpi=30)
    assert len(inked) == len(pages) >= 10
    assert min(inked) > 150, inked  # more than the header and footer on every page


def _sample_values(filename: str, columns: tuple[str, ...]) -> list[str]:
    path = sample_data_dir() / filename
    if path.suffix == ".csv":
        text = path.read_text(encoding="utf-8-sig")
        rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
        return [r[c] for r in rows for c in columns if c in r and r[c]]
    from openpyxl import load_workbook

    with open(path, "rb") as fh:  # a read-only workbook given a path leaves the file open
        workbook = load_workbook(fh, read_only=True)
        rows = list(workbook.active.iter_rows(values_only=True))
        workbook.close()
    idx = [rows[0].index(c) for c in columns if c in rows[0]]
    return [str(r[i]) for r in rows[1:] for i in idx if r[i] is not None]


@pytest.mark.slow
def test_no_identifiers_names_or_small_groups_leak(reports):
    out, en = reports
    fictief = _sample_values("fictiefwaard_2025-06-04_baseline.csv", ("E-mailadres", "Tijdstempel"))
    delta = _sample_values(
        "denkbeeldig_delta_2026-05-20_follow-up.xlsx", ("E-mail", "Naam", "Begintijd")
    )
    assert any("@voorbeeld.invalid" in v for v in fictief) and len(delta) > 100
    documents = {
        "fictief-nl": _html(out, FICTIEFWAARD),
        "fictief-en": en.read_text(encoding="utf-8"),
        "delta-nl": _html(out, DELTA_FOLLOW),
    }
    pdfs = [_path(out, s, "nl", "pdf") for s in (FICTIEFWAARD, DELTA_FOLLOW)]
    for pdf in (p for p in pdfs if p.exists()):
        from pypdf import PdfReader

        meta = PdfReader(pdf).metadata or {}
        documents[pdf.name] = _pdf_text(pdf) + " ".join(str(v) for v in meta.values())
        documents[pdf.name + ":raw"] = pdf.read_bytes().decode("latin-1")
    for name, doc in documents.items():
        source = fictief if "fictief" in name else delta
        leaked = [v for v in source if v in doc]
        assert leaked == [], (name, leaked[:3])
        if "fictief" in name:
            low = doc.lower()
            assert [n for n in SMALL_NAMES if n in low] == [], name
    # the small groups' sizes (1 GP, 2 paediatricians) appear in no "(n = ...)" or table cell
    for name, shown in (("fictief-nl", ["11"]), ("fictief-en", ["5", "3", "3"])):
        soup = BeautifulSoup(documents[name], "html.parser")
        counts = [tr.select("td")[-1].get_text() for tr in soup.select(".vsv-response tbody tr")]
        assert counts == shown, name  # k=5: merged 11; k=3: merged 1+2+2, GYN, KZ (VK protected)
        assert not re.search(r"n = [12]\b", soup.get_text()), name
        head = str(soup.head)
        assert all(n not in head.lower() for n in SMALL_NAMES)


@pytest.mark.slow
def test_reports_speak_one_language(reports):
    out, en = reports
    inst = sample_instrument()
    english = _text(en.read_text(encoding="utf-8"), drop_remarks=True)
    _assert_no_strings(english, _other_language_strings("en"))
    _assert_no_strings(english, [d.name("nl") for d in inst.domains])
    assert "Contents" in english and "About the method" in english
    assert "obstetrician-gynaecologist 3" in english and "minimum group size 3" in english
    dutch = _text(_html(out, FICTIEFWAARD))
    _assert_no_strings(dutch, _other_language_strings("nl"))
    _assert_no_strings(dutch, [d.name("en") for d in inst.domains])
    assert 'lang="en"' in en.read_text(encoding="utf-8")[:200]


# -- the command line ------------------------------------------------------------------------
def _two_session_store(demo_db, tmp_path, *, broken: bool) -> str:
    """A copy of the demo store with only Fictiefwaard and Proefpolder; Proefpolder's
    respondents deleted when ``broken`` (its report then fails)."""
    copy = tmp_path / "two.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), copy)
    con = sqlite3.connect(copy)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM sessions WHERE id NOT IN (5, 6)")
    if broken:
        con.execute("DELETE FROM respondents WHERE session_id = 6")
    con.commit()
    con.close()
    return f"sqlite:///{copy}"


@pytest.mark.slow
def test_cli_one_session_both_formats(demo_db, tmp_path, capsys):
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    code = cli_main(["report", "6", "--format", "both", "-o", str(tmp_path), "--db", demo_db])
    printed = capsys.readouterr().out.split()
    assert code == 0
    expected = [str(_path(tmp_path, 6, "nl", f)) for f in ("html", "pdf")]
    assert Path(expected[0]).name == "verslag-vsv-proefpolder-2025-09-23.html"
    assert printed == expected
    assert Path(expected[1]).read_bytes().startswith(b"%PDF")
    assert "VSV Proefpolder" in Path(expected[0]).read_text(encoding="utf-8")


@pytest.mark.slow
def test_cli_vsv_renders_every_session_of_that_vsv(demo_db, tmp_path, capsys):
    code = cli_main(["report", "--vsv", "voorbeeldstad", "-o", str(tmp_path), "--db", demo_db])
    captured = capsys.readouterr()
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "verslag-vsv-voorbeeldstad-2025-03-12.html",
        "verslag-vsv-voorbeeldstad-2026-10-07.html",
    ]
    assert "reports" in captured.err and "2/2" in captured.err  # tqdm progress bar


def _own_statement_instrument(demo_db, tmp_path) -> tuple[Path, str]:
    """An own instrument file: 2026.2 with another Dutch text for the first statement among
    Voorbeeldstad's baseline discussion points (so its report names it); and that text."""
    import yaml

    points = build_mirror(Store(demo_db), VOORBEELD_BASE).discussion_points
    codes = [i.code for i in sample_instrument().items]
    code = str(points[points["item"].isin(codes)]["item"].iloc[0])
    own_text = f"Onze eigen stelling {code}: het VSV bespreekt dit elk kwartaal."
    data = yaml.safe_load(sample_instrument().content)
    data["version"] = "eigen-1"
    for domain in data["domains"]:
        for item in domain["items"]:
            if item["code"] == code:
                item["text"]["nl"] = own_text
    path = tmp_path / "eigen.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path, own_text


@pytest.mark.slow
def test_cli_all_lists_a_failing_session_and_exits_non_zero(demo_db, tmp_path, capsys):
    db = _two_session_store(demo_db, tmp_path, broken=True)
    # session 7, imported with an own instrument (one statement's text differs): its report
    # is scored and written with that instrument, which the store keeps; no option needed
    own, own_text = _own_statement_instrument(demo_db, tmp_path)
    source = str(sample_data_dir() / "voorbeeldstad_2025-03-12_baseline.csv")
    args = ["--vsv", "VSV Eigen", "--date", "2025-03-12", "--instrument", str(own), "--db", db]
    assert cli_main(["import", source, *args]) == 0
    own.unlink()
    out = tmp_path / "out"
    code = cli_main(["report", "--all", "-o", str(out), "--db", db])
    captured = capsys.readouterr()
    assert code == 1
    assert sorted(p.name for p in out.iterdir()) == [
        "verslag-vsv-eigen-2025-03-12.html",
        "verslag-vsv-fictiefwaard-2025-06-04.html",
    ]
    assert own_text in _html(out, 7)
    assert "3/3" in captured.err
    tail = captured.err.strip().splitlines()
    assert tail[-2] == "1 report(s) failed:"
    assert tail[-1] == (
        "  session 6: Report for session 6 could not be made: "
        "ReportError: session 6 has no respondents; import its answers first"
    )


def test_change_detail_has_the_bootstrap_interval_and_participation(demo_db):
    from vsvkit.change import domain_change

    store = Store(demo_db)
    mirror = build_mirror(store, VOORBEELD_FOLLOW)
    previous = rs.previous_session(store, mirror.session)
    comparison = compare_sessions(store, mirror.session.id, previous.id)
    soup = BeautifulSoup(rs.change_detail_html(comparison, "nl"), "html.parser")
    change_rows = [
        [td.get_text() for td in tr.select("td")]
        for tr in soup.select("table.vsvkit-change-table tbody tr")
    ]
    inst = mirror.instrument
    expected = domain_change(
        store.answers([previous.id], instrument=inst),
        store.answers([VOORBEELD_FOLLOW], instrument=inst),
        inst,
    ).set_index("domain")
    assert [r[0] for r in change_rows] == [d.name("nl") for d in inst.domains]
    for row, code in zip(change_rows, inst.domain_codes, strict=True):
        e = expected.loc[code]
        assert row[3] == f"{e['change']:+.0f}"
        assert row[4] == f"{e['ci_low']:+.0f} … {e['ci_high']:+.0f}"
    participants = soup.select("table.vsvkit-participation tbody tr")
    assert participants and "huisarts" not in soup.get_text()
