"""The paper questionnaire printed to PDF by the report's Chromium (vsvkit.report.pdf).

Read back with poppler (pdfinfo, pdftotext, pdftoppm): a few A4 pages, every one inked, the
statements in the text, the introduction with k, and none of a statement row split across
two pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from _introduced import introduced_file
from _pdf import inked_pixels

from conftest import require
from vsvkit.instrument import find_instrument, load_instrument
from vsvkit.paper import write_paper_questionnaire

from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _poppler(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    """Whitespace collapsed, hyphens dropped: pdftotext joins a word broken after its hyphen
    at the end of a line ("VSV-" + "basiskader" reads "VSVbasiskader")."""
    return " ".join(text.replace("-", "").split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The Dutch and English form of an instrument with an introduction, and the Dutch form of
    version 2026.1 (no introduction), as PDF."""
    require_browser()
    require(shutil.which("pdftotext") is not None, "poppler-utils not installed")
    folder = tmp_path_factory.mktemp("paper")
    inst = load_instrument(introduced_file())
    out = {}
    for name, instrument, lang in (
        ("nl", inst, "nl"),
        ("en", inst, "en"),
        ("old", find_instrument("2026.1"), "nl"),
    ):
        out[name] = write_paper_questionnaire(
            folder / f"{name}.pdf", instrument, lang=lang, k=6, vsv="VSV Voorbeeldstad"
        )
    return inst, out


@pytest.mark.parametrize("name", ["nl", "en", "old"])
def test_a_few_a4_pages_all_inked(printed, name, tmp_path):
    _, pdfs = printed
    info = _poppler("pdfinfo", str(pdfs[name]))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 3 <= pages <= 6, pages
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2  # A4: 210 x 297 mm in points
    inked = inked_pixels(pdfs[name], tmp_path, dpi=30)
    assert len(inked) == pages and min(inked) > 1500, inked  # no page with only header/footer


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_statements_and_introduction_are_in_the_pdf_text(printed, lang):
    inst, pdfs = printed
    pages = _poppler("pdftotext", str(pdfs[lang]), "-").split("\f")[:-1]
    flat = _flat(" ".join(pages))
    for item in inst.all_items:
        assert _flat(item.text(lang)) in flat, item.code
    assert _flat(inst.introduction.anonymity_for(6, lang)) in flat
    assert "VSV Voorbeeldstad" in pages[0]
    # each statement's row on one page: its whole text is on the page that has its code
    for item in inst.all_items:
        (page,) = [p for p in pages if re.search(rf"(?<!\w){item.code}(?!\w)", p)]
        assert _flat(item.text(lang)) in _flat(page), item.code
    # the profession question and the thanks close the form, on the last page
    assert inst.roles[-1].name(lang) in pages[-1]


def test_old_instrument_pdf_has_no_introduction(printed):
    _, pdfs = printed
    text = _poppler("pdftotext", str(pdfs["old"]), "-")
    assert "Vooraf" not in text and "versie 2026.1" in text
