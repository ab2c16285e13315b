"""The one-page summary handout: six domains, levels, agreed levels, three discussion points.

The session is Voorbeeldstad's follow-up (sample session 2) with a workshop record written as
a trainer would (tests/_workshop.py). The PDF is read back with pdfinfo and pdftotext.
Written for a person to look at: test-artifacts/report/handout.png (60 dpi).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from _workshop import AGREED, write_workshop
from bs4 import BeautifulSoup

import vsvkit as vk
from conftest import require
from vsvkit.cli import main as cli_main
from vsvkit.mirror import build_mirror
from vsvkit.report.handout import handout_html, top_points
from vsvkit.sample import sample_instrument
from vsvkit.store import Store

SESSION = 2
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "report"


def _has_browser() -> bool:
    from vsvkit.errors import ReportError
    from vsvkit.report.browser import find_browser

    try:
        find_browser()
    except ReportError:
        return False
    return True


@pytest.fixture(scope="module")
def db(demo_db, tmp_path_factory) -> str:
    """A copy of the demo store with session 2's workshop record and plan."""
    path = tmp_path_factory.mktemp("handout") / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), path)
    store = Store(str(path))
    write_workshop(store, SESSION)
    store.close()
    return f"sqlite:///{path}"


def _level(pct: float, lang: str = "nl") -> str:
    """The level of a percent of maximum by the cut-offs 25, 50, 75 (domain.md, section 3)."""
    return sample_instrument().level_label(1 + sum(pct >= cut for cut in (25, 50, 75)), lang)


def test_top_points_take_the_first_of_each_kind_in_turn():
    points = pd.DataFrame(
        {
            "kind": ["low_score"] * 3 + ["low_agreement"] * 2 + ["dont_know"],
            "domain": ["OMG", "SUP", "ORG", "OMG", "REF", "OMG"],
            "item": [pd.NA, pd.NA, pd.NA, "OMG1", "REF3", "OMG3"],
            "value": [2.1, 2.4, 2.7, 0.53, 0.59, 0.26],
            "rank": [1, 2, 3, 1, 2, 1],
        }
    )
    top = top_points(points)
    assert list(zip(top["kind"], top["domain"], top["item"].fillna(""))) == [
        ("low_score", "OMG", ""),
        ("low_agreement", "OMG", "OMG1"),
        ("dont_know", "OMG", "OMG3"),
    ]
    assert list(top_points(points.iloc[:2])["domain"]) == ["OMG", "SUP"]  # one kind: its first two
    assert top_points(points.iloc[:0]).empty


def test_handout_shows_domains_levels_agreed_levels_and_three_points(db):
    store = Store(db)
    mirror = build_mirror(store, SESSION)
    html = handout_html(mirror, store.domain_notes(SESSION), "nl", file="verslag.pdf")
    store.close()
    soup = BeautifulSoup(html, "html.parser")
    rows = [[td.get_text() for td in tr.select("td")] for tr in soup.select("tbody tr")]
    scores = mirror.domain_scores.set_index("domain")
    inst = sample_instrument()
    for row, domain in zip(rows, inst.domains, strict=False):
        now, wanted = scores.loc[domain.code, "pct"], scores.loc[domain.code, "desired_pct"]
        agreed = inst.level_label(AGREED[domain.code][1], "nl")
        name = domain.name("nl")
        assert row == [name, f"{now:.0f}%", _level(now), f"{wanted:.0f}%", _level(wanted), agreed]
    assert len(rows) == 7 and rows[6][0] == "Totale integratiescore"
    points = [li.get_text(" ", strip=True) for li in soup.select(".vsv-handout-points li")]
    assert len(points) == 3
    # Voorbeeldstad's follow-up: lowest score, least agreed statement, most "weet niet"
    assert points[0].startswith("Lage score · Omgeving")
    assert "OMG1" in points[1] and points[1].startswith("Weinig overeenstemming")
    assert "OMG3" in points[2] and "26% weet niet" in points[2]
    assert soup.select("img")[0]["src"].startswith("data:image/svg+xml;base64,")
    assert "http" not in html.replace("http://www.w3.org", "")  # nothing from outside


@pytest.mark.slow
def test_handout_pdf_is_one_page_with_what_it_shows(db, tmp_path):
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    require(shutil.which("pdfinfo") is not None, "poppler-utils not installed")
    paths = {}
    for lang in ("nl", "en"):
        paths[lang] = vk.render_handout(SESSION, db_url=db, lang=lang, out_dir=tmp_path)
    assert [p.name for p in paths["nl"]] == [
        "samenvatting-vsv-voorbeeldstad-2026-10-07.html",
        "samenvatting-vsv-voorbeeldstad-2026-10-07.pdf",
    ]
    assert [p.name for p in paths["en"]] == [
        "summary-vsv-voorbeeldstad-2026-10-07-en.html",
        "summary-vsv-voorbeeldstad-2026-10-07-en.pdf",
    ]
    inst = sample_instrument()
    for lang in ("nl", "en"):
        pdf = paths[lang][1]
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        assert "Pages:           1\n" in info.stdout
        assert "A4" in info.stdout or "595.276 x 841.89" in info.stdout
        text = " ".join(
            subprocess.run(
                ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout.split()
        )
        for domain in inst.domains:
            assert domain.name(lang) in text
        for code, (_, level, _) in AGREED.items():
            assert inst.level_label(level, lang) in text, code
        assert (
            "Drie punten om te bespreken" if lang == "nl" else "Three points to discuss"
        ) in text
        assert ("OMG1" in text) and ("OMG3" in text)
        assert ("26% weet niet" if lang == "nl" else "26% don't know") in text
    # for a person to look at
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    png = ARTIFACTS / "handout"
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-singlefile", str(paths["nl"][1]), str(png)], check=True
    )


@pytest.mark.slow
def test_cli_handout_and_the_export_panel(db, tmp_path, capsys):
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    code = cli_main(["handout", str(SESSION), "-o", str(tmp_path / "cli"), "--db", db])
    assert code == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).name for p in printed] == [
        "samenvatting-vsv-voorbeeldstad-2026-10-07.html",
        "samenvatting-vsv-voorbeeldstad-2026-10-07.pdf",
    ]
    args = ["--vsv", "voorbeeldstad", "--format", "html", "-o", str(tmp_path / "v"), "--db", db]
    code = cli_main(["handout", *args])
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "v").iterdir()) == [
        "samenvatting-vsv-voorbeeldstad-2025-03-12.html",
        "samenvatting-vsv-voorbeeldstad-2026-10-07.html",
    ]
    from vsvkit.widgets.export import ExportPanel

    store = Store(db)
    panel = ExportPanel(store, SESSION, out_dir=tmp_path / "app")
    panel.formats.value = ("html",)
    (path,) = panel.run_handout()
    assert path.name == "samenvatting-vsv-voorbeeldstad-2026-10-07.html"
    assert "samenvatting-vsv-voorbeeldstad-2026-10-07.html" in panel.result.value
    assert not panel.button.disabled and not panel.handout_button.disabled
    store.close()
