"""File names of reports and handouts: kind, VSV, date, language, and never two alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from vsvkit.paths import sample_data_dir
from vsvkit.report import report_path
from vsvkit.report.names import file_stem, same_day_tag, store_file_tag, vsv_slug
from vsvkit.sessions import import_session
from vsvkit.store import Store


@dataclass
class _Session:
    id: int
    vsv: str
    date: dt.date
    wave: str


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("VSV Voorbeeldstad", "vsv-voorbeeldstad"),
        ("vsv  Zuid-Oost Brabant", "vsv-zuid-oost-brabant"),
        ("Geboortezorg Noord", "vsv-geboortezorg-noord"),  # a name without "VSV" gets it
        ("VSV 't Gooi & Vechtstreek", "vsv-t-gooi-vechtstreek"),
        ("Coöperatie Geboortezorg Friesland", "vsv-cooperatie-geboortezorg-friesland"),
        ("VSV", "vsv"),
        ("VSVerbond", "vsv-vsverbond"),  # "VSV" must be a word of its own
    ],
)
def test_vsv_slug(name, slug):
    assert vsv_slug(name) == slug


def test_names_in_the_files_language():
    date = dt.date(2026, 10, 7)
    assert file_stem("VSV Voorbeeldstad", date, "nl") == "verslag-vsv-voorbeeldstad-2026-10-07"
    assert file_stem("VSV Voorbeeldstad", date, "en") == "report-vsv-voorbeeldstad-2026-10-07-en"
    handout = file_stem("VSV Voorbeeldstad", "2026-10-07", "nl", kind="handout")
    assert handout == "samenvatting-vsv-voorbeeldstad-2026-10-07"
    english = file_stem("VSV Voorbeeldstad", date, "en", kind="handout")
    assert english == "summary-vsv-voorbeeldstad-2026-10-07-en"
    with pytest.raises(ValueError, match="kind"):
        file_stem("VSV Voorbeeldstad", date, "nl", kind="slides")


def test_report_path_from_a_session_or_what_the_notebook_told():
    session = _Session(2, "VSV Voorbeeldstad", dt.date(2026, 10, 7), "follow-up")
    assert report_path("out", session, "nl", "pdf") == Path(
        "out/verslag-vsv-voorbeeldstad-2026-10-07.pdf"
    )
    told = {"vsv": "VSV Voorbeeldstad", "date": "2026-10-07", "file_tag": "vervolgmeting"}
    assert report_path("out", told, "en", "html").name == (
        "report-vsv-voorbeeldstad-2026-10-07-vervolgmeting-en.html"
    )
    # a notebook that names no VSV: the session id keeps files apart
    assert report_path("out", {"session_id": 7}, "nl", "html").name == "verslag-sessie-7.html"
    assert report_path("out", 7, "en", "html").name == "report-session-7-en.html"


def test_same_day_sessions_are_told_apart():
    day = dt.date(2026, 10, 7)
    base = _Session(1, "VSV Voorbeeldstad", day, "baseline")
    follow = _Session(2, "VSV Voorbeeldstad", day, "follow-up")
    other_day = _Session(3, "VSV Voorbeeldstad", dt.date(2026, 10, 8), "baseline")
    other_vsv = _Session(4, "VSV Proefpolder", day, "baseline")
    everyone = [base, follow, other_day, other_vsv]
    assert same_day_tag(other_day, everyone) == ""  # alone that day
    assert same_day_tag(other_vsv, everyone) == ""  # another VSV does not count
    assert same_day_tag(base, everyone) == "nulmeting"
    assert same_day_tag(follow, everyone, "en") == "follow-up"
    second = _Session(5, "VSV Voorbeeldstad", day, "baseline")  # the same wave twice
    assert same_day_tag(second, [*everyone, second]) == "sessie-5"
    assert same_day_tag(follow, [*everyone, second]) == "vervolgmeting"
    names = {
        report_path("o", s, "nl", "pdf", tag=same_day_tag(s, [*everyone, second])).name
        for s in [*everyone, second]
    }
    assert len(names) == 5


def test_two_sessions_of_a_vsv_on_one_date_in_a_store(tmp_path):
    store = Store(str(tmp_path / "s.sqlite"))
    files = [
        sample_data_dir() / name
        for name in (
            "voorbeeldstad_2025-03-12_baseline.csv",
            "voorbeeldstad_2026-10-07_follow-up.csv",
            "proefpolder_2025-09-23_baseline.csv",
        )
    ]
    ids = [
        import_session(source, store=store, vsv="VSV Dubbel", date="2026-01-20", wave=wave)
        for source, wave in zip(files, ("baseline", "follow-up"), strict=False)
    ]
    alone = import_session(files[2], store=store, vsv="VSV Apart", date="2026-01-20")
    tags = [store_file_tag(store, store.session(i), "nl") for i in ids]
    assert tags == ["nulmeting", "vervolgmeting"]
    assert store_file_tag(store, store.session(alone), "nl") == ""
    store.close()
