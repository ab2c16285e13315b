"""The region's tables for people: readable tables, notes, HTML sections, the XLSX workbook."""

from __future__ import annotations

from html import escape

import numpy as np
import openpyxl
import pandas as pd
import pytest

from vsvkit.i18n import t
from vsvkit.region import region_view
from vsvkit.region.tables import (
    export_region,
    region_alpha_table,
    region_html,
    region_named_table,
    region_notes,
    region_others_table,
)


def _table(n_others: int) -> pd.DataFrame:
    rng = np.random.default_rng(3)
    data = rng.uniform(20, 80, size=(2, n_others + 1))
    data[1, 0] = np.nan  # the focus VSV has no score in COO
    columns = ["F"] + [f"V{i}" for i in range(n_others)]
    return pd.DataFrame(data, columns=columns, index=pd.Index(["CLI", "COO"], name="domain"))


def test_named_table_reads_domain_names_and_whole_numbers(instrument):
    table = pd.DataFrame(
        {"F": [61.4, np.nan], "P": [1234.5, 49.5]},
        index=pd.Index(["CLI", "COO"], name="domain"),
    )
    view = region_view(table, "F", named=["P"])
    nl = region_named_table(view, instrument=instrument, lang="nl")
    assert nl.columns.tolist() == [t("domain", "nl"), "F", "P"]
    assert nl.iloc[:, 0].tolist() == [instrument.domain(c).name("nl") for c in ("CLI", "COO")]
    assert nl["F"].tolist() == ["61", "–"]
    assert nl["P"].tolist() == ["1.234", "50"]  # half to even: 1234.5 -> 1234, 49.5 -> 50
    en = region_named_table(view, instrument=instrument, lang="en")
    assert en["P"].tolist() == ["1,234", "50"]


@pytest.mark.parametrize("n_others", [3, 10])
def test_others_table_shows_only_what_the_view_gives(instrument, n_others):
    view = region_view(_table(n_others), "F")
    out = region_others_table(view, instrument=instrument, lang="en")
    heads = ["domain", "n_vsv", "minimum", "q1", "median", "q3", "maximum"]
    assert out.columns.tolist() == [t(h, "en") for h in heads] + [f"{t('percentile', 'en')} F"]
    dist = view.distribution
    assert out[t("n_vsv", "en")].tolist() == [str(n) for n in dist["n_vsv"]]
    median = out[t("median", "en")].tolist()
    if n_others < 5:
        assert median == ["–", "–"]
    else:
        assert median == [f"{m:.0f}" for m in dist["median"]]
    # no percentile where the focus VSV has no score
    assert out.iloc[1, -1] == "–"


def test_alpha_table_two_decimals_in_the_users_language(instrument):
    alpha = pd.DataFrame({"domain": ["CLI", "COO"], "alpha": [0.8449, np.nan], "n": [16, 0]})
    out = region_alpha_table(alpha, instrument=instrument, lang="nl")
    assert out.iloc[:, 1].tolist() == ["0,84", "–"]
    assert out.iloc[:, 2].tolist() == ["16", "0"]


def test_notes_say_why_the_others_are_hidden(instrument):
    few = region_notes(region_view(_table(3), "F"), instrument=instrument, lang="nl")
    k = instrument.effective_min_group_size(None)
    assert few["sheet_table"] == [t("region_hidden_note", "nl", k=k)]
    assert few["sheet_distribution"] == [t("region_too_few_others", "nl", n=3, spread=5)]
    seven = region_notes(region_view(_table(7), "F"), instrument=instrument, lang="nl")
    assert seven["sheet_distribution"] == [
        t("region_spread_note", "nl"),
        t("region_no_extremes", "nl", extremes=10),
    ]
    alone = region_notes(
        region_view(_table(3), "F", named=["V0"], reference="named"), instrument=instrument
    )
    assert alone["sheet_distribution"] == [t("region_no_others", "nl")]


def test_html_sections_hold_title_table_and_notes(instrument):
    view = region_view(_table(3), "F")
    alpha = pd.DataFrame({"domain": ["CLI", "COO"], "alpha": [0.7, 0.8], "n": [10, 12]})
    parts = region_html(view, alpha, instrument=instrument, lang="en")
    assert list(parts) == ["sheet_table", "sheet_distribution", "sheet_alpha"]
    table = parts["sheet_table"]
    assert table.startswith(f"<h3>{escape(t('region_table_title', 'en'))}</h3>")
    assert f'<td class="num">{view.table.iloc[0, 0]:.0f}</td>' in table
    assert escape(t("region_too_few_others", "en", n=3, spread=5)) in parts["sheet_distribution"]
    assert '<td class="num">0.80</td>' in parts["sheet_alpha"]
    # only the focus VSV is named anywhere
    assert not any(f"V{i}" in html for html in parts.values() for i in range(3))


def test_export_names_the_sheets_in_the_users_language(tmp_path):
    view = region_view(_table(3), "F")
    path = export_region(tmp_path / "regio.xlsx", view.sheets(), lang="en")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [t(k, "en") for k in view.sheets()]
    assert wb[t("sheet_table", "en")]["B2"].value == pytest.approx(view.table.iloc[0, 0])
