"""The invitation sheet printed to PDF by the report's Chromium (vsvkit.survey.invitation).

Read back with poppler: two A4 pages, the link and the closing dates in the text, and the QR
code on page 1 sampled module by module from the page rendered at 150 dpi, then compared with
segno's own encoding of the address (no QR decoder is installed: re-encoding and comparing
the modules is the check). Page 1 rendered at 60 dpi is kept as ``page-1.png`` in the test's
folder for a look. The PNG of the QR code is compared the same way, pixel block by block.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pytest
import segno

from conftest import require
from vsvkit.instrument import find_instrument
from vsvkit.survey.invitation import QR_PNG_SCALE, write_invitation

from .conftest import require_browser

pytestmark = [pytest.mark.browser, pytest.mark.slow]

URL = "https://vsvkit.ros-netwerk.example.nl/vragenlijst/Ab3dE5fG7hJ9kLmN0pQr2s"
DPI = 150


def _poppler(*argv: str) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout


def _symbol(url: str) -> np.ndarray:
    """segno's modules of ``url`` at error correction M, without the quiet zone."""
    code = segno.make_qr(url, error="M", boost_error=False)
    return np.array(list(code.matrix_iter(border=0)), dtype=bool)


def _gray_page(pdf, folder, dpi: int, page: int = 1) -> np.ndarray:
    """Page ``page`` of ``pdf`` as a 2-D array of grey values (pdftoppm, binary PGM)."""
    stem = folder / f"grey{dpi}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page),
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    (pgm,) = folder.glob(f"grey{dpi}-*.pgm")
    raw = pgm.read_bytes()
    head = raw.split(b"\n", 3)
    w, h = map(int, head[1].split())
    return np.frombuffer(head[3][-w * h :], dtype=np.uint8).reshape(h, w)


def _bands(rows: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """Runs of True in ``rows`` (first, last index), joined over gaps shorter than ``gap``."""
    found: list[list[int]] = []
    for i in np.flatnonzero(rows):
        if found and i - found[-1][1] < gap:
            found[-1][1] = i
        else:
            found.append([i, i])
    return [(a, b) for a, b in found]


def _qr_on_page(grey: np.ndarray, modules: int) -> tuple[np.ndarray, float]:
    """The QR code on the page, sampled at the centre of each module, and its width in
    pixels.

    The code stands alone in its row of the sheet, so it is the tallest band of inked rows
    (rows joined over gaps shorter than two modules); its inked columns give its width.
    """
    dark = grey < 128
    bands = _bands(dark.any(axis=1), gap=20)
    top, bottom = max(bands, key=lambda band: band[1] - band[0])
    columns = np.flatnonzero(dark[top : bottom + 1].any(axis=0))
    left, right = columns[0], columns[-1]
    height, width = bottom - top + 1, right - left + 1
    assert abs(height - width) <= 2, (height, width)  # square
    step = width / modules
    centres = (np.arange(modules) + 0.5) * step
    ys = (top + centres).astype(int)
    xs = (left + centres).astype(int)
    return dark[np.ix_(ys, xs)], float(width)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    require_browser()
    require(shutil.which("pdftotext") is not None, "poppler-utils not installed")
    folder = tmp_path_factory.mktemp("invitation")
    files = write_invitation(
        folder,
        vsv="VSV Voorbeeldstad",
        url=URL,
        closes="2026-11-13",
        instrument=find_instrument("2026.3"),
        k=6,
    )
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(files["pdf"]),
         str(folder / "page")],
        check=True,
    )  # fmt: skip
    return folder, files


def test_the_files_are_written(written):
    folder, files = written
    assert set(files) == {"pdf", "png", "email_nl", "email_en"}
    assert {p.name for p in files.values()} == {
        "invitation.pdf",
        "invitation.png",
        "email-nl.txt",
        "email-en.txt",
    }
    assert all(p.parent == folder and p.stat().st_size > 0 for p in files.values())
    nl = files["email_nl"].read_text(encoding="utf-8")
    assert nl.startswith("Onderwerp: VSV Voorbeeldstad: vul de VSV-integratiemeter in")
    assert f"deze link:\n{URL}\n" in nl
    en = files["email_en"].read_text(encoding="utf-8")
    assert en.startswith("Subject: VSV Voorbeeldstad: please fill in")
    assert "The questionnaire closes on 13 November 2026." in en


def test_two_a4_pages(written):
    _, files = written
    info = _poppler("pdfinfo", str(files["pdf"]))
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == 2
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
    assert abs(width - 595.3) < 2 and abs(height - 841.9) < 2


def test_the_link_and_the_closing_date_are_in_the_text(written):
    _, files = written
    pages = _poppler("pdftotext", str(files["pdf"]), "-").split("\f")
    poster, mails = pages[0], pages[1]
    assert "vsvkit.ros-netwerk.example.nl/vragenlijst/Ab3dE5fG7hJ9kLmN0pQr2s" in "".join(
        poster.split()
    )  # the link may wrap after a slash
    assert "De vragenlijst sluit op 13 november 2026." in " ".join(poster.split())
    assert "The questionnaire closes on 13 November 2026." in " ".join(poster.split())
    assert "Het invullen duurt ongeveer 10 tot 15 minuten." in " ".join(poster.split())
    assert "minder dan 6 personen" in " ".join(poster.split())
    assert URL in mails  # the e-mails carry the whole address, on one line
    assert "Onderwerp:" in mails and "Subject:" in mails


def test_the_printed_qr_code_is_the_address(written, tmp_path):
    _, files = written
    symbol = _symbol(URL)
    printed, width = _qr_on_page(_gray_page(files["pdf"], tmp_path, DPI), len(symbol))
    assert printed.shape == symbol.shape == (37, 37)  # version 5 for this address at M
    assert np.array_equal(printed, symbol), int((printed != symbol).sum())
    other = _symbol(URL.replace("Ab3d", "Ab3e"))  # one character else: same size, other code
    assert other.shape == symbol.shape and not np.array_equal(printed, other)
    # a module on paper is about 1.7 mm, far above the 0.5 mm a phone camera needs
    module_mm = width / len(symbol) / DPI * 25.4
    assert 1.5 < module_mm < 2.0, module_mm


def test_the_png_is_the_qr_code_alone(written):
    from PIL import Image

    _, files = written
    symbol = _symbol(URL)
    with Image.open(files["png"]) as image:
        pixels = np.asarray(image.convert("L"))
    side = (len(symbol) + 2 * 4) * QR_PNG_SCALE
    assert pixels.shape == (side, side)
    half = QR_PNG_SCALE // 2
    centres = 4 * QR_PNG_SCALE + np.arange(len(symbol)) * QR_PNG_SCALE + half
    assert np.array_equal(pixels[np.ix_(centres, centres)] < 128, symbol)
    border = np.ones((side, side), dtype=bool)
    border[4 * QR_PNG_SCALE : -4 * QR_PNG_SCALE, 4 * QR_PNG_SCALE : -4 * QR_PNG_SCALE] = False
    assert (pixels[border] > 200).all()  # the quiet zone is white


def test_with_codes_the_mails_have_merge_fields_and_the_codes_a_csv(tmp_path):
    import pandas as pd

    from vsvkit.survey.codes import new_codes

    require_browser()
    codes = new_codes(12)
    files = write_invitation(
        tmp_path, vsv="VSV Proefpolder", url=URL, closes="2026-12-01", codes=codes
    )
    assert set(files) == {"pdf", "png", "email_nl", "email_en", "codes"}
    table = pd.read_csv(files["codes"], sep=";", encoding="utf-8-sig", dtype=str)
    assert table["code"].tolist() == codes
    assert table["link"].tolist() == [f"{URL}?code={c}" for c in codes]
    nl = files["email_nl"].read_text(encoding="utf-8")
    assert "deze link:\n{{link}}\n" in nl and "{{code}}" in nl and URL not in nl
    # the sheet for everybody still shows the plain link and the QR code of it
    poster = _poppler("pdftotext", str(files["pdf"]), "-").split("\f")[0]
    assert URL.removeprefix("https://") in "".join(poster.split())


def test_page_one_for_a_look(written):
    folder, _ = written
    look = folder / "page-1.png"
    assert look.exists() and look.stat().st_size > 10_000
