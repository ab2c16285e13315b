"""Invitation codes (vsvkit.survey.codes): alphabet, uniqueness, digest, mail-merge CSV."""

from __future__ import annotations

import hashlib
import hmac
import re

import pandas as pd
import pytest

from vsvkit.errors import VsvkitError
from vsvkit.survey.codes import (
    ALPHABET,
    code_digest,
    code_link,
    new_codes,
    normalise_code,
    write_codes_csv,
)

LOOK_ALIKES = set("0O1IL")


def test_the_alphabet_has_no_look_alikes_and_no_repeats():
    assert not LOOK_ALIKES & set(ALPHABET)
    assert len(set(ALPHABET)) == len(ALPHABET) == 31
    assert set(ALPHABET) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def test_ten_thousand_codes_are_distinct_and_well_formed():
    codes = new_codes(10_000)
    assert len(codes) == 10_000 == len(set(codes))
    pattern = re.compile(rf"^[{ALPHABET}]{{4}}-[{ALPHABET}]{{4}}$")
    assert all(pattern.match(c) for c in codes)
    # every character of the alphabet is used, and no other (80,000 draws of 31)
    assert set("".join(codes).replace("-", "")) == set(ALPHABET)


def test_no_codes_and_a_bad_count():
    assert new_codes(0) == []
    for bad in (-1, 2.5, True, "3"):
        with pytest.raises(VsvkitError) as err:
            new_codes(bad)
        assert str(bad) in err.value.message("nl")


def test_typed_codes_are_normalised():
    assert normalise_code("k7qm-3txa") == "K7QM3TXA"
    assert normalise_code("  K7QM 3TXA\n") == "K7QM3TXA"
    assert normalise_code("K7QM\u20113TXA") == "K7QM3TXA"  # a non-breaking hyphen from a mail
    assert normalise_code("ｋ７ｑｍ－３ｔｘａ") == "K7QM3TXA"  # typed in full-width forms
    assert normalise_code("K7QM-3TX") is None  # too short
    assert normalise_code("K7QM-3TX0") is None  # 0 is not in the alphabet
    assert normalise_code("") is None


def test_the_digest_ignores_case_spaces_and_the_dash():
    code = "K7QM-3TXA"
    expected = hashlib.sha256(b"vsvkit invitation code\x00K7QM3TXA").hexdigest()
    for typed in (code, "k7qm-3txa", "K7QM3TXA", "k7qm3txa", " k7qm 3txa "):
        assert code_digest(typed) == expected
    assert code_digest("K7QM-3TXB") != expected
    # the digest is not the code, and does not contain it
    assert "K7QM" not in expected.upper()


def test_a_keyed_digest_is_an_hmac():
    key = b"server secret"
    expected = hmac.new(key, b"K7QM3TXA", hashlib.sha256).hexdigest()
    assert code_digest("k7qm-3txa", key=key) == expected
    assert code_digest("K7QM-3TXA", key=b"another") != expected
    assert code_digest("K7QM-3TXA") != expected


def test_the_digest_of_something_else_is_refused():
    with pytest.raises(VsvkitError) as err:
        code_digest("hallo")
    assert "'hallo'" in err.value.message("en")


def test_links_carry_the_code():
    assert code_link("https://x.nl/vragenlijst/ab12", "K7QM-3TXA") == (
        "https://x.nl/vragenlijst/ab12?code=K7QM-3TXA"
    )
    assert code_link("https://x.nl/v?lang=en", "K7QM-3TXA") == (
        "https://x.nl/v?lang=en&code=K7QM-3TXA"
    )


def test_the_csv_opens_with_pandas_and_excel(tmp_path):
    url = "https://vsv.example.nl/vragenlijst/Xy3_9"
    codes = new_codes(25)
    path = write_codes_csv(tmp_path / "codes.csv", codes, url)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfcode;link\r\n")  # BOM: Excel reads UTF-8
    table = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str)
    assert list(table.columns) == ["code", "link"]
    assert table["code"].tolist() == codes
    assert table["link"].tolist() == [f"{url}?code={c}" for c in codes]


def test_a_csv_that_cannot_be_written(tmp_path):
    with pytest.raises(VsvkitError) as err:
        write_codes_csv(tmp_path / "missing" / "codes.csv", ["K7QM-3TXA"], "https://x.nl/v")
    assert "missing" in err.value.message("nl")
