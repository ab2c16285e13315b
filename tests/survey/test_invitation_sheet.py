"""The invitation sheet and e-mail (vsvkit.survey.invitation), without a browser.

The QR code on the sheet is read back from its SVG path (module by module) and compared with
an independent encoding of the address by segno at error correction M. The printed PDF is
checked in tests/browser/test_invitation_pdf.py.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
import segno

from vsvkit.errors import VsvkitError
from vsvkit.instrument import find_instrument
from vsvkit.survey.invitation import (
    MERGE_CODE,
    MERGE_LINK,
    invitation_email,
    invitation_sheet,
    qr_code,
    short_link,
)

URL = "https://vsv.example.nl/vragenlijst/Ab3dE5fG7hJ9kL"
NEW = find_instrument("2026.3")  # has an introduction (how long it takes)
OLD = find_instrument("2026.2")  # has none


def svg_matrix(svg: str) -> np.ndarray:
    """The dark modules drawn by a segno SVG path (``M x y``, ``m dx dy``, ``h n``), with
    the quiet zone: a line ``h n`` at height y + 0.5 darkens n modules of row y."""
    size = int(re.search(r'viewBox="0 0 (\d+) \1"', svg).group(1))
    path = re.search(r'<path[^>]* d="([^"]+)"', svg).group(1)
    dark = np.zeros((size, size), dtype=bool)
    x = y = 0.0
    for op, args in re.findall(r"([Mmh])([-\d. ]+)", path):
        numbers = [float(v) for v in args.split()]
        if op == "M":
            x, y = numbers
        elif op == "m":
            x, y = x + numbers[0], y + numbers[1]
        else:
            (n,) = numbers
            dark[int(y - 0.5), int(x) : int(x + n)] = True
            x += n
    return dark


def expected_matrix(url: str, border: int = 4) -> np.ndarray:
    """segno's own encoding of ``url`` at error correction M, with a quiet zone."""
    code = segno.make_qr(url, error="M", boost_error=False)
    assert code.error == "M"
    return np.array(list(code.matrix_iter(border=border)), dtype=bool)


def test_the_sheet_carries_the_qr_code_of_the_address():
    html = invitation_sheet(vsv="VSV Voorbeeldstad", url=URL, closes="2026-11-13")
    (svg,) = re.findall(r"<svg.*?</svg>", html, re.S)
    drawn = svg_matrix(svg)
    assert drawn.shape == (41, 41)  # version 4 (33 modules) and a quiet zone of 4
    assert np.array_equal(drawn, expected_matrix(URL))
    # another error correction level draws another symbol: the check above sees the level
    assert not np.array_equal(expected_matrix(URL), _matrix_at(URL, "L"))
    assert 'aria-label="QR-code met de link naar de vragenlijst' in html


def _matrix_at(url: str, error: str) -> np.ndarray:
    code = segno.make_qr(url, error=error, boost_error=False)
    return np.array(list(code.matrix_iter(border=4)), dtype=bool)


def test_the_link_is_printed_without_https_and_may_wrap_after_a_slash():
    assert short_link(URL) == "vsv.example.nl/vragenlijst/Ab3dE5fG7hJ9kL"
    assert short_link("http://10.0.0.5:8866/vragenlijst/x/") == "http://10.0.0.5:8866/vragenlijst/x"
    html = invitation_sheet(vsv="V", url=URL, closes="2026-11-13")
    (shown,) = re.findall(r'<p class="i-link">(.*?)</p>', html)
    assert shown == "vsv.example.nl/<wbr>vragenlijst/<wbr>Ab3dE5fG7hJ9kL<wbr>"


@pytest.mark.parametrize("first, second", [("nl", "en"), ("en", "nl")])
def test_both_languages_the_first_one_first(first, second):
    html = invitation_sheet(vsv="VSV Voorbeeldstad", url=URL, closes="2026-11-13", lang_first=first)
    assert f'<html lang="{first}">' in html
    order = re.findall(r'<section[^>]* lang="(nl|en)"', html)
    assert order == [first, second] * 2 + [first, second]  # poster top, bottom, e-mails
    assert "De vragenlijst sluit op 13 november 2026." in html
    assert "The questionnaire closes on 13 November 2026." in html
    headings = {
        "nl": ">Vul de VSV-integratiemeter in<",
        "en": ">Fill in the VSV integration meter<",
    }
    assert html.index(headings[first]) < html.index(headings[second])


def test_how_long_it_takes_comes_from_the_instrument():
    new = invitation_sheet(vsv="V", url=URL, closes="2026-11-13", instrument=NEW)
    assert NEW.introduction.duration("nl") in new
    assert NEW.introduction.duration("en") in new
    old = invitation_sheet(vsv="V", url=URL, closes="2026-11-13", instrument=OLD)
    assert "minuten" not in old and "minutes" not in old
    assert "<p></p>" not in old  # no empty line where the duration would be


def test_the_anonymity_line_names_the_minimum_group_size():
    html = invitation_sheet(vsv="V", url=URL, closes="2026-11-13", instrument=NEW, k=7)
    assert "een groep van minder dan 7 personen wordt nooit apart getoond" in html
    assert "a group of fewer than 7 people is never shown separately" in html
    default = invitation_sheet(vsv="V", url=URL, closes="2026-11-13", instrument=NEW)
    assert f"minder dan {NEW.min_group_size} personen" in default


def test_user_text_is_escaped():
    html = invitation_sheet(vsv="VSV <b>&</b>", url=URL, closes="2026-11-13")
    assert "VSV &lt;b&gt;&amp;&lt;/b&gt;" in html
    assert "<b>&</b>" not in html


def test_the_email_in_each_language():
    subject, body = invitation_email(
        vsv="VSV Voorbeeldstad", url=URL, closes="2026-11-13", lang="nl", instrument=NEW, k=6
    )
    assert subject == "VSV Voorbeeldstad: vul de VSV-integratiemeter in (sluit op 13 november 2026)"
    paragraphs = body.split("\n\n")
    assert paragraphs[0] == "Beste collega,"
    assert paragraphs[1].endswith("Het invullen duurt ongeveer 10 tot 15 minuten.")
    assert paragraphs[2] == f"Vul de vragenlijst in via deze link:\n{URL}"
    assert "De vragenlijst sluit op 13 november 2026." in paragraphs
    assert any("minder dan 6 personen" in p for p in paragraphs)
    subject, body = invitation_email(
        vsv="VSV Voorbeeldstad", url=URL, closes="2026-11-13", lang="en", instrument=OLD
    )
    assert subject.endswith("(closes 13 November 2026)")
    assert "minutes" not in body  # 2026.2 says nothing about how long it takes
    assert f"this link:\n{URL}" in body


def test_with_codes_the_email_has_mail_merge_fields():
    _, body = invitation_email(vsv="V", url=URL, closes="2026-11-13", lang="nl", merge=True)
    assert URL not in body
    assert f"deze link:\n{MERGE_LINK}" in body
    assert f"Uw persoonlijke code is {MERGE_CODE}" in body
    # the fields are the columns of the codes CSV
    assert (MERGE_LINK, MERGE_CODE) == ("{{link}}", "{{code}}")


@pytest.mark.parametrize("bad", ["/vragenlijst/Ab3d", "vsv.example.nl/vragenlijst/x", "ftp://x/y"])
def test_a_bare_path_is_refused(bad):
    with pytest.raises(VsvkitError) as err:
        invitation_sheet(vsv="V", url=bad, closes="2026-11-13")
    assert err.value.key == "invitation_needs_full_url"
    assert bad in err.value.message("nl")
    with pytest.raises(VsvkitError):
        qr_code(bad)


def test_an_unknown_first_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        invitation_sheet(vsv="V", url=URL, closes="2026-11-13", lang_first="de")
