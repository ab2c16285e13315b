"""The printed report (A4 PDF) of a session with six domains and a plan: read back from the PDF.

Issue 13: at most 12 pages; no page less than half filled except the last page of a
section; the contents on the title page; each domain's remarks on its domain's page; chart
text at least 8 pt; the desired situation beside the current one; figures in the report's
language, the charts' too.

The session is Voorbeeldstad's follow-up (sample session 2: six domains, 47 respondents, a
previous measurement to compare with) with a workshop record and a plan of six actions
written as a trainer would, and three vote rounds in the room (a domain, a statement below k
and the VSV as a whole; tests/_workshop.py). The charts are SVG whose text stays text in
the PDF, so their words and sizes are read from the PDF like the rest.

Written for a person to look at (test-artifacts/report/): two pages of the Dutch report
(the summary and the first domain) at 60 dpi.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from _workshop import AGREED, write_votes, write_workshop
from bs4 import BeautifulSoup

from conftest import require
from vsvkit.mirror import build_mirror
from vsvkit.report import render_report
from vsvkit.report.pdf import html_to_pdf
from vsvkit.sample import sample_instrument
from vsvkit.store import Store

pytestmark = pytest.mark.slow

SESSION = 2
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "report"
#: The page's text area: A4 (297 mm) less the margins of the print CSS (18 mm, 16 mm).
TOP_MM, BOTTOM_MM, PAGE_MM = 18, 16, 297
#: A decimal point between digits (not in Dutch), a decimal comma (not in English).
POINT, COMMA = re.compile(r"\d\.\d"), re.compile(r"\d,\d")
NOT_FIGURES = re.compile(r"\b(versie|version) \d+(\.\d+)+")


def _has_browser() -> bool:
    from vsvkit.errors import ReportError
    from vsvkit.report.browser import find_browser

    try:
        find_browser()
    except ReportError:
        return False
    return True


@pytest.fixture(scope="module")
def printed(demo_db, tmp_path_factory):
    """Dutch and English report (HTML and PDF) of session 2 with a workshop record, a plan
    and votes in the room."""
    require(_has_browser(), "no Chromium/Chrome for PDF export")
    require(shutil.which("pdftoppm") is not None, "poppler-utils not installed")
    out = tmp_path_factory.mktemp("print")
    db = out / "store.sqlite"
    shutil.copy(demo_db.removeprefix("sqlite:///"), db)
    store = Store(str(db))
    write_workshop(store, SESSION)
    write_votes(store, SESSION)
    mirror = build_mirror(store, SESSION)
    store.close()
    files = {}
    for lang in ("nl", "en"):
        html, pdf = render_report(
            SESSION, db_url=f"sqlite:///{db}", lang=lang, formats=("html", "pdf"), out_dir=out
        )
        files[lang] = (html, pdf)
    return {"files": files, "mirror": mirror, "out": out}


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _first_line(page: str) -> str:
    """The first line of a page's text area (the line after the running header)."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    return lines[1] if len(lines) > 1 else ""


def _fill(pdf: Path, folder: Path, dpi: int = 40) -> list[float]:
    """Per page, how far down its text area the content reaches (0..1).

    Each page is rendered in grey; the lowest row with ink (grey < 200) between the top and
    bottom margin (the running header and footer sit in the margins) marks the end of the
    content.
    """
    folder.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", str(pdf), str(folder / "f")], check=True)
    fills = []
    for pgm in sorted(folder.glob("f-*.pgm")):
        import numpy as np

        raw = pgm.read_bytes()
        head = raw.split(b"\n", 3)
        width, height = map(int, head[1].split())
        pixels = np.frombuffer(head[3][-width * height :], dtype=np.uint8).reshape(height, width)
        top = math.ceil(height * TOP_MM / PAGE_MM)
        bottom = math.floor(height * (PAGE_MM - BOTTOM_MM) / PAGE_MM)
        rows = np.flatnonzero((pixels[top:bottom] < 200).any(axis=1))
        fills.append(0.0 if not len(rows) else (rows[-1] + 1) / (bottom - top))
    return fills


def _text_sizes(pdf: Path) -> list[tuple[str, float]]:
    """Every text run of the PDF with its size in pt (font size times the text and
    transformation matrices' scale)."""
    from pypdf import PdfReader

    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        a = tm[0] * cm[0] + tm[1] * cm[2]
        b = tm[0] * cm[1] + tm[1] * cm[3]
        c = tm[2] * cm[0] + tm[3] * cm[2]
        d = tm[2] * cm[1] + tm[3] * cm[3]
        found.append((text.strip(), round(size * math.sqrt(abs(a * d - b * c)), 2)))

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return found


def _charts_only(html_path: Path, out: Path) -> Path:
    """The report printed with only its charts visible (same layout, no header or footer):
    every text in that PDF is chart text."""
    html = html_path.read_text(encoding="utf-8")
    hide = (
        "<style>body * { visibility: hidden !important; } "
        "figure.vsv-figure, figure.vsv-figure * { visibility: visible !important; }</style>"
    )
    pdf = out / f"charts-{html_path.stem}.pdf"
    pdf.write_bytes(
        html_to_pdf(html.replace("</head>", hide + "</head>", 1), header="<span></span>")
    )
    return pdf


def _page_starts(html: str) -> list[str]:
    """The headings the print CSS puts at the top of a page: the parts marked vsv-new-page,
    each domain after the first (a domain's section ends its page; the first follows the
    heading of the domains part) and the part after the last domain."""
    soup = BeautifulSoup(html, "html.parser")
    starts = [h.get_text(" ", strip=True) for h in soup.select(".vsv-new-page")]
    domains = soup.select("section.vsv-domain-page")
    starts += [s.find("h3").get_text(" ", strip=True) for s in domains[1:]]
    after = domains[-1].find_all_next(["h2"])
    if after:
        starts.append(after[0].get_text(" ", strip=True))
    return starts


def test_at_most_twelve_pages_and_the_contents_on_the_title_page(printed):
    for lang in ("nl", "en"):
        pages = _pages(printed["files"][lang][1])
        assert len(pages) <= 12, (lang, len(pages))
    pages = _pages(printed["files"]["nl"][1])
    # the contents end on page 1 (its last entry is the method) and page 2 is the summary
    assert "Inhoud" in pages[0] and "Verantwoording" in pages[0]
    assert _first_line(pages[1]) == "Samenvatting"


def test_pages_are_half_filled_except_where_a_section_ends(printed, tmp_path):
    """A page may be less than half full only when the next page starts a part that the
    print CSS starts on a new page (the summary, the domains, each domain, the part after
    the domains; :func:`_page_starts` reads them from the HTML), or when it is the last."""
    html, pdf = printed["files"]["nl"]
    pages = _pages(pdf)
    fills = _fill(pdf, tmp_path)
    assert len(fills) == len(pages)
    starts = _page_starts(html.read_text(encoding="utf-8"))
    assert len(starts) == 2 + 5 + 1
    section_end = [
        i == len(pages) - 1 or _first_line(pages[i + 1]) in starts for i in range(len(pages))
    ]
    # the forced breaks did happen: each of those headings heads a page
    assert sum(section_end[:-1]) == len(starts)
    short = [(i + 1, round(f, 2)) for i, f in enumerate(fills) if f < 0.5 and not section_end[i]]
    assert short == [], fills
    assert all(f > 0.1 for f in fills), fills  # no page nearly empty, section end or not


def _head(page: str, n: int = 3) -> list[str]:
    """The first ``n`` lines of a page's text area."""
    return [line.strip() for line in page.splitlines() if line.strip()][1 : 1 + n]


def test_each_domains_remarks_are_on_its_page(printed):
    mirror = printed["mirror"]
    pages = _pages(printed["files"]["nl"][1])
    for domain in mirror.instrument.domains:
        name = domain.name("nl")
        (page,) = [p for p in pages if name in _head(p)]  # the page the domain heads
        flat = " ".join(page.split())
        remarks = mirror.remarks[mirror.remarks["domain"] == domain.code]["text"]
        assert len(remarks) >= 4
        for remark in remarks:
            assert " ".join(str(remark).split())[:40] in flat, (name, remark)


def test_chart_text_is_at_least_8_pt(printed):
    out = printed["out"]
    sizes = {}
    for lang in ("nl", "en"):
        charts = _text_sizes(_charts_only(printed["files"][lang][0], out))
        # axis labels, ticks, bar labels, legends, statements of 9 charts
        assert len(charts) > 300, len(charts)
        sizes[lang] = min(size for _, size in charts)
        assert sizes[lang] >= 8.0, sorted(charts, key=lambda c: c[1])[:5]
        # and every other text of the report too (the running header and footer are 8 pt)
        every = _text_sizes(printed["files"][lang][1])
        assert min(size for _, size in every) >= 8.0, sorted(every, key=lambda c: c[1])[:5]
    print(f"smallest chart text: {sizes}")


def _level(pct: float) -> str:
    """The level of a percent of maximum by the cut-offs 25, 50, 75 (domain.md, section 3)."""
    return sample_instrument().level_label(1 + sum(pct >= cut for cut in (25, 50, 75)), "nl")


def test_the_desired_situation_beside_the_current_one(printed):
    """The summary table: per domain the current score and level, the desired score and
    level, and the level the group agreed on; the levels computed here from the scores."""
    inst = sample_instrument()
    html = printed["files"]["nl"][0].read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    body = soup.select("table.vsv-summary tbody tr")
    rows = [[td.get_text() for td in tr.select("td")] for tr in body]
    scores = printed["mirror"].domain_scores.set_index("domain")
    for row, domain in zip(rows, inst.domains, strict=False):
        now, wanted = scores.loc[domain.code, "pct"], scores.loc[domain.code, "desired_pct"]
        name = domain.name("nl")
        assert row[:5] == [name, f"{now:.0f}%", _level(now), f"{wanted:.0f}%", _level(wanted)]
        assert row[5] == inst.level_label(AGREED[domain.code][1], "nl")
    # each domain's page has the same figures in its table: current, desired, agreed
    tables = soup.select("section.vsv-domain-page table.vsv-figures")
    assert [[td.get_text() for td in t.select("td")][:5] for t in tables] == [
        row[1:6] for row in rows[:6]
    ]


def test_figures_in_the_reports_language_charts_too(printed):
    out = printed["out"]
    texts = {}
    for lang in ("nl", "en"):
        html, pdf = printed["files"][lang]
        texts[lang] = (
            NOT_FIGURES.sub("", " ".join(" ".join(_pages(pdf)).split())),
            " ".join(t for t, _ in _text_sizes(_charts_only(html, out))),
        )
    document, charts = texts["nl"]
    assert not POINT.search(document), POINT.findall(document)[:5]
    assert len(COMMA.findall(charts)) >= 30  # the consensus per statement, in the charts
    document, charts = texts["en"]
    assert not COMMA.search(document), COMMA.findall(document)[:5]
    assert len(POINT.findall(charts)) >= 30


def test_two_pages_for_a_person_to_look_at(printed):
    """test-artifacts/report/: the summary (page 2) and the first domain (page 3)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf = printed["files"]["nl"][1]
    for page in (2, 3):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), "-singlefile",
             str(pdf), str(ARTIFACTS / f"report-page-{page}")],
            check=True,
        )  # fmt: skip
        assert (ARTIFACTS / f"report-page-{page}.png").stat().st_size > 20_000
