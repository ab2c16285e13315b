"""Sessions answered with different versions of the questionnaire: each is shown with its own
statements; waves and VSVs are compared on the statements they share, and say so."""

from __future__ import annotations

from pathlib import Path

import ipywidgets as W
import numpy as np
import pandas as pd
import pytest
import yaml

from vsvkit.comparison import compare_sessions
from vsvkit.instrument import Instrument, find_instrument, load_instrument
from vsvkit.mirror import build_mirror
from vsvkit.paths import sample_data_dir
from vsvkit.region.load import load_region
from vsvkit.region.tables import region_shared_note
from vsvkit.report import sections as rs
from vsvkit.sample import SAMPLE_SESSIONS, generate_session
from vsvkit.sample.export import write_csv
from vsvkit.sessions import import_session
from vsvkit.store import Store
from vsvkit.widgets import WorkshopApp, pages
from vsvkit.widgets.region import RegionApp

#: The follow-up's questionnaire: 2026.2 with two statements replaced by new ones (new codes).
NEW = {
    "CLI2": (
        "CLI7",
        "Elke cliënte heeft één vast aanspreekpunt in het VSV voor de hele zwangerschap.",
        "Every client has one fixed point of contact in the VSV for the whole pregnancy.",
    ),
    "ORG3": (
        "ORG7",
        "Het VSV-bestuur legt elk jaar verantwoording af aan alle leden.",
        "The VSV board reports to all members every year.",
    ),
}
LABELS = {"niet": 1, "gedeeltelijk": 2, "grotendeels": 3, "volledig": 4}


def _changed_instrument(path: Path) -> Instrument:
    data = yaml.safe_load(find_instrument("2026.2").content)
    data["version"] = "mod-1"
    for domain in data["domains"]:
        for item in domain["items"]:
            if item["code"] in NEW:
                code, nl, en = NEW[item["code"]]
                item.update(code=code, text={"nl": nl, "en": en})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_instrument(path)


@pytest.fixture(scope="module")
def waves(tmp_path_factory):
    """A store with VSV Voorbeeldstad's baseline (sample data, 2026.2), its follow-up answered
    with the changed questionnaire, and VSV Proefpolder (2026.2)."""
    folder = tmp_path_factory.mktemp("versions")
    mod = _changed_instrument(folder / "mod.yaml")
    store = Store(folder / "store.sqlite")
    v2 = find_instrument("2026.2")
    base_csv = sample_data_dir() / "voorbeeldstad_2025-03-12_baseline.csv"
    base = import_session(
        base_csv, store=store, vsv="VSV Voorbeeldstad", date="2025-03-12", instrument=v2
    )
    spec = SAMPLE_SESSIONS[1]
    follow_csv = folder / spec.file
    write_csv(follow_csv, mod, generate_session(spec, mod).export)
    follow = import_session(
        follow_csv, store=store, vsv=spec.vsv, date=spec.date, wave=spec.wave, instrument=mod
    )
    other_csv = sample_data_dir() / "proefpolder_2025-09-23_baseline.csv"
    other = import_session(
        other_csv, store=store, vsv="VSV Proefpolder", date="2025-09-23", instrument=v2
    )
    return {
        "store": store,
        "mod": mod,
        "ids": (base, follow, other),
        "files": (base_csv, follow_csv, other_csv),
        "folder": folder,
    }


def _shared_statements(mod: Instrument) -> dict[str, list[str]]:
    """Per domain the statements (code and Dutch text) both 2026.2 and ``mod`` ask."""
    theirs = {(i.code, i.text.nl) for i in mod.items}
    return {
        d.code: [i.code for i in d.items if (i.code, i.text.nl) in theirs]
        for d in find_instrument("2026.2").domains
    }


def _pct_by_hand(path: Path, statements: dict[str, list[str]]) -> pd.DataFrame:
    """n and percent of maximum per domain, from the CSV export itself with pandas: the mean
    of a respondent's statements answered 1..4 when at least 60% of them are answered."""
    raw = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    rows = {}
    for domain, codes in statements.items():
        columns = [next(c for c in raw.columns if c.endswith(f"[{code}]")) for code in codes]
        values = raw[columns].apply(lambda col: col.str.strip().str.lower().map(LABELS))
        person = values.mean(axis=1)[values.notna().sum(axis=1) >= 0.6 * len(codes)]
        rows[domain] = (len(person), (person.mean() - 1) / 3 * 100)
    return pd.DataFrame.from_dict(rows, orient="index", columns=["n", "pct"])


def test_waves_of_different_versions_are_compared_on_the_statements_they_share(waves):
    store, mod = waves["store"], waves["mod"]
    base, follow, _ = waves["ids"]
    comparison = compare_sessions(store, follow, base, n_boot=200)
    assert comparison.shared_only
    assert comparison.statements_compared == 28 and len(comparison.instrument.items) == 28
    assert comparison.versions == ("2026.2", "mod-1")
    assert {"CLI2", "CLI7", "ORG3", "ORG7"}.isdisjoint(i.code for i in comparison.instrument.items)

    shared = _shared_statements(mod)
    assert sum(len(c) for c in shared.values()) == 28
    before = _pct_by_hand(waves["files"][0], shared)
    after = _pct_by_hand(waves["files"][1], shared)
    change = comparison.change.set_index("domain").loc[list(shared)]
    assert change["n_before"].tolist() == before["n"].tolist()
    assert change["n_after"].tolist() == after["n"].tolist()
    np.testing.assert_allclose(change["before_pct"], before["pct"])
    np.testing.assert_allclose(change["after_pct"], after["pct"])
    np.testing.assert_allclose(change["change"], after["pct"] - before["pct"])
    # each session alone is still shown with all of its own statements
    own = build_mirror(store, follow)
    assert own.instrument.version == "mod-1" and "CLI7" in set(own.item_scores["item"])
    cli_alone = own.domain_scores.set_index("domain").loc["CLI", "pct"]
    assert cli_alone != pytest.approx(change.loc["CLI", "after_pct"])


def test_the_report_and_the_app_say_what_was_compared(waves):
    store = waves["store"]
    base, follow, _ = waves["ids"]
    comparison = compare_sessions(store, follow, base, n_boot=200)
    nl = rs.change_table_html(comparison, "nl")
    assert (
        "Vergeleken op de 28 stellingen die beide vragenlijsten (versie 2026.2 en mod-1) "
        "gemeenschappelijk hebben;" in nl
    )
    page = pages.comparison_page(comparison, lang="en", render=lambda key, draw: W.HTML(""))
    text = " ".join(w.value for w in page.children if isinstance(w, W.HTML))
    assert (
        "Compared on the 28 statements both questionnaires (versions 2026.2 and mod-1) have in "
        "common;" in text
    )


def test_a_comparison_of_one_version_says_nothing_about_statements(demo_db):
    comparison = compare_sessions(Store(demo_db), 2, 1, n_boot=100)
    assert not comparison.shared_only and comparison.versions == ("2026.2", "2026.2")
    assert comparison.statements_compared == 30
    assert "Vergeleken op" not in rs.change_table_html(comparison, "nl")


def _item_labels(app, page: str, monkeypatch) -> str:
    """The y tick labels of every chart the app draws for ``page``."""
    from vsvkit.widgets import app as app_module

    labels = []
    real = app_module.figure_png

    def drawing(draw, **kwargs):
        return real(lambda: _keep(draw(), labels), **kwargs)

    monkeypatch.setattr(app_module, "figure_png", drawing)
    app.show(page)
    return " ".join(labels)


def _keep(ax, labels: list[str]):
    labels.extend(" ".join(t.get_text().split()) for t in ax.get_yticklabels())
    return ax


def test_the_app_shows_a_session_with_its_own_statements(waves, tmp_path, monkeypatch):
    store = waves["store"]
    base, follow, _ = waves["ids"]
    app = WorkshopApp(store, session_id=follow, cache_dir=tmp_path)
    assert app.session_instrument.version == "mod-1"
    shown = _item_labels(app, "CLI", monkeypatch)
    assert "CLI7 " + NEW["CLI2"][1] in shown and "CLI2" not in shown
    app.show("change")
    html = " ".join(w.value for w in _walk(app.body) if isinstance(w, W.HTML))
    assert "Vergeleken op de 28 stellingen" in html
    # the baseline, answered with 2026.2, shows CLI2 with its text
    app.session_picker.value = base
    shown = _item_labels(app, "CLI", monkeypatch)
    assert "CLI2 " + find_instrument("2026.2").item("CLI2").text("nl") in shown


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def test_vsvs_of_different_versions_are_compared_on_the_statements_they_share(waves):
    store, mod = waves["store"], waves["mod"]
    region = load_region(store)  # per VSV its latest session: the follow-up and Proefpolder
    assert sorted(region.sessions["id"]) == sorted(waves["ids"][1:])
    assert region.shared_only and region.versions == ("2026.2", "mod-1")
    assert len(region.instrument.items) == 28
    shared = _shared_statements(mod)
    for vsv, path in (("VSV Voorbeeldstad", waves["files"][1]), ("VSV Proefpolder", None)):
        expected = _pct_by_hand(path or waves["files"][2], shared)["pct"]
        np.testing.assert_allclose(region.table[vsv].loc[list(shared)], expected)
    note = region_shared_note(region, lang="nl")
    assert note.startswith(
        "De VSV's zijn vergeleken op de 28 stellingen die hun vragenlijsten (versie 2026.2 en "
        "mod-1) gemeenschappelijk hebben;"
    )
    app = RegionApp(store)
    html = " ".join(w.value for w in _walk(app) if isinstance(w, W.HTML))
    assert note in html.replace("&#x27;", "'")


def test_the_app_imports_a_file_with_the_version_it_fits_and_says_so(tmp_path):
    from datetime import datetime, timezone

    from vsvkit.instrument import DEFAULT_VERSION
    from vsvkit.widgets import ImportPanel

    version = "2026.3" if DEFAULT_VERSION != "2026.3" else "2026.2"  # not the default
    inst = find_instrument(version)
    source = tmp_path / "export.csv"
    write_csv(source, inst, generate_session(SAMPLE_SESSIONS[4], inst).export)
    store = Store(tmp_path / "s.sqlite")
    panel = ImportPanel(store, None, lang="en")  # no own instrument: the version it fits
    data = source.read_bytes()
    panel.upload.value = (
        {
            "name": source.name,
            "type": "",
            "size": len(data),
            "content": memoryview(data),
            "last_modified": datetime.now(timezone.utc),
        },
    )
    panel.vsv.value = "VSV Fictiefwaard"
    sid = panel.run()
    assert sid is not None and store.session(sid).instrument_checksum == inst.checksum
    assert panel.result.value == (
        f"<p class='vsvkit-ok'>Imported as session 1. The file does not fit questionnaire "
        f"version {DEFAULT_VERSION} but fits version {version}; it was read with version "
        f"{version}.</p>"
    )
