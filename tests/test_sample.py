"""Tests of the seeded sample-data generator (vsvkit.sample) and the committed sample_data/."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from vsvkit.paths import sample_data_dir
from vsvkit.sample import (
    NATIONAL_MIX,
    SAMPLE_SESSIONS,
    generate_session,
    national_answers,
    national_export,
    read_manifest,
    sample_answers,
    write_samples,
)
from vsvkit.sample.text import REMARKS

SCORING_COLUMNS = [
    "session", "respondent", "profession", "echelon", "item", "domain", "value", "dont_know",
    "desired",
]  # fmt: skip
CSV_LABELS = {"niet": 1.0, "gedeeltelijk": 2.0, "grotendeels": 3.0, "volledig": 4.0}


def _spec(slug: str, wave: str = "baseline"):
    return next(s for s in SAMPLE_SESSIONS if s.slug == slug and s.wave == wave)


def _session_id(slug: str, wave: str = "baseline") -> int:
    return SAMPLE_SESSIONS.index(_spec(slug, wave)) + 1


@pytest.fixture(scope="module")
def answers():
    return sample_answers()


def _scored(answers):
    return answers[~answers["desired"]]


def _respondent_scores(answers, min_share=0.6):
    """Domain score per respondent by hand: mean of answered items, if >= 60% answered."""
    a = _scored(answers)
    g = a.groupby(["session", "respondent", "profession", "echelon", "domain"], observed=True)
    out = g["value"].agg(["mean", "count", "size"]).reset_index()
    out.loc[out["count"] < min_share * out["size"], "mean"] = np.nan
    return out.rename(columns={"mean": "score"})


# -- the recipes ---------------------------------------------------------------------------


def test_sessions_cover_four_vsvs_of_different_size_with_two_follow_ups():
    vsvs = {s.vsv for s in SAMPLE_SESSIONS}
    assert len(vsvs) >= 4
    assert all(15 <= s.n <= 70 for s in SAMPLE_SESSIONS)
    assert len({s.n for s in SAMPLE_SESSIONS}) == len(SAMPLE_SESSIONS)
    followed = [v for v in vsvs if {s.wave for s in SAMPLE_SESSIONS if s.vsv == v} == {
        "baseline", "follow-up"}]  # fmt: skip
    assert len(followed) == 2
    for v in followed:
        base = dt.date.fromisoformat(next(s.date for s in SAMPLE_SESSIONS if s.vsv == v))
        later = dt.date.fromisoformat(
            next(s.date for s in SAMPLE_SESSIONS if s.vsv == v and s.wave == "follow-up")
        )
        assert 365 <= (later - base).days <= 2 * 366
    assert sum(s.fmt == "xlsx" for s in SAMPLE_SESSIONS) >= 2
    assert all("VSV " in s.vsv for s in SAMPLE_SESSIONS)


def test_profession_mixes_are_realistic(instrument):
    codes = {r.code for r in instrument.roles}
    for s in SAMPLE_SESSIONS:
        mix = s.profession_counts
        assert set(mix) <= codes
        # community midwives are the largest group; GPs and paediatricians are few
        assert mix["VK"] == max(mix.values())
        assert mix.get("HA", 0) <= 2 and mix.get("KA", 0) <= 3
        assert {"GYN", "KV", "KZ"} <= set(mix)


# -- the generated frames ------------------------------------------------------------------


def test_generation_is_seeded_and_deterministic(instrument):
    spec = SAMPLE_SESSIONS[0]
    a, b = generate_session(spec, instrument), generate_session(spec, instrument)
    pd.testing.assert_frame_equal(a.answers, b.answers)
    pd.testing.assert_frame_equal(a.respondents, b.respondents)
    pd.testing.assert_frame_equal(a.remarks, b.remarks)
    other = generate_session(dataclasses.replace(spec, seed=999), instrument)
    assert not np.array_equal(a.export.values, other.export.values, equal_nan=True)


def test_responses_shape_follows_the_contract(instrument):
    g = generate_session(SAMPLE_SESSIONS[2], instrument)
    n, n_items = SAMPLE_SESSIONS[2].n, len(instrument.all_items)
    assert list(g.respondents.columns) == ["respondent", "profession", "echelon"]
    assert g.respondents["respondent"].tolist() == list(range(1, n + 1))
    assert list(g.answers.columns) == ["respondent", "item", "value", "dont_know"]
    assert len(g.answers) == n * n_items
    assert g.answers["value"].dropna().isin([1.0, 2.0, 3.0, 4.0]).all()
    # a "weet niet" has no value
    assert g.answers.loc[g.answers["dont_know"], "value"].isna().all()
    echelon = {r.code: r.echelon for r in instrument.roles}
    assert (g.respondents["echelon"] == g.respondents["profession"].map(echelon)).all()
    assert list(g.remarks.columns) == ["domain", "text"]


def test_scoring_input_shape(answers, instrument):
    assert list(answers.columns) == SCORING_COLUMNS
    n_items = len(instrument.all_items)
    assert len(answers) == sum(s.n for s in SAMPLE_SESSIONS) * n_items
    assert answers.groupby("session")["respondent"].nunique().tolist() == [
        s.n for s in SAMPLE_SESSIONS
    ]
    assert set(answers.loc[answers["desired"], "item"]) == {
        i.code for i in instrument.desired_items
    }


def test_small_professions_present_in_fictiefwaard(instrument):
    counts = generate_session(_spec("fictiefwaard"), instrument).respondents.value_counts(
        "profession"
    )
    assert counts["HA"] == 1
    assert counts["KA"] == 2
    assert counts["HA"] < instrument.effective_min_group_size()


def test_split_domain_is_really_split(answers, instrument):
    sid = _session_id("proefpolder")
    a = _scored(answers)
    coo = a[(a["session"] == sid) & (a["domain"] == "COO")]["value"].dropna()
    share = coo.value_counts(normalize=True)
    assert share[1.0] >= 0.35 and share[4.0] >= 0.35
    assert share.get(2.0, 0) + share.get(3.0, 0) <= 0.2
    # the instrument's split rule: at least pole_share of the answers at each end (1 and 4)
    assert min(share[1.0], share[4.0]) >= instrument.split.pole_share
    # the other domains of the same VSV are not split
    for d in ("CLI", "ORG", "REF"):
        v = a[(a["session"] == sid) & (a["domain"] == d)]["value"].dropna()
        ends = v.value_counts(normalize=True)
        assert min(ends.get(1.0, 0), ends.get(4.0, 0)) < instrument.split.pole_share


def test_dont_know_present_and_highest_for_kraamzorg_in_omg(answers):
    a = _scored(answers)
    assert (a.groupby("session")["dont_know"].sum() > 0).all()
    omg = a[a["domain"] == "OMG"]
    kz = omg.loc[omg["profession"] == "KZ", "dont_know"].mean()
    others = omg.loc[omg["profession"] != "KZ", "dont_know"].mean()
    assert kz > 0.2
    assert kz > 3 * others


def test_blanks_present_and_a_dropout(answers, instrument):
    blank = answers["value"].isna() & ~answers["dont_know"]
    assert (blank.groupby(answers["session"]).sum() > 0).all()
    assert 0.005 < blank.mean() < 0.05
    # the Voorbeeldstad dropout answered CLI..ORG but left SUP, OMG and REF blank
    a = answers[answers["session"] == _session_id("voorbeeldstad")]
    late = a["domain"].isin(["SUP", "OMG", "REF"])
    per_resp = a[late].groupby("respondent")["value"].count()
    gone = per_resp[per_resp == 0].index
    assert len(gone) == 1
    early = a[~late & (a["respondent"] == gone[0])]
    assert early["value"].notna().sum() >= 0.6 * len(early)


def test_follow_up_improves_the_improved_domains(answers):
    scores = _respondent_scores(answers)
    means = scores.groupby(["session", "domain"])["score"].mean()
    improved = {"voorbeeldstad": ("SUP", "ORG", "COO"), "denkbeeldig_delta": ("CLI", "REF")}
    for slug, domains in improved.items():
        base, follow = _session_id(slug), _session_id(slug, "follow-up")
        for d in domains:
            assert means[(follow, d)] - means[(base, d)] > 0.2, (slug, d)


def test_desired_above_current(answers):
    cur = _scored(answers).groupby(["session", "domain"])["value"].mean()
    want = answers[answers["desired"]].groupby(["session", "domain"])["value"].mean()
    assert (want - cur > 0.3).all()


def test_second_line_rates_org_higher_in_delta(answers, instrument):
    scores = _respondent_scores(answers)
    for wave in ("baseline", "follow-up"):
        s = scores[(scores["session"] == _session_id("denkbeeldig_delta", wave))]
        org = s[s["domain"] == "ORG"].groupby("echelon")["score"].mean()
        assert org["tweede_lijn"] - org["eerste_lijn"] >= instrument.gap_threshold


def test_profiles_sup_differs_most_and_no_vsv_fully_integrated(answers, instrument):
    scores = _respondent_scores(answers)
    means = scores.groupby(["session", "domain"])["score"].mean().unstack()
    baselines = [i + 1 for i, s in enumerate(SAMPLE_SESSIONS) if s.wave == "baseline"]
    spread = means.loc[baselines].max() - means.loc[baselines].min()
    assert spread.idxmax() == "SUP"
    total_pct = instrument.pct(means.mean(axis=1))
    assert (total_pct < instrument.levels[-1].start).all()
    voorbeeldstad = means.loc[_session_id("voorbeeldstad")]
    assert voorbeeldstad.idxmax() == "REF" and voorbeeldstad.idxmin() == "SUP"


def test_remarks_are_plausible_and_anonymous(instrument):
    pool = {d: set(texts) for d, texts in REMARKS.items()}
    for spec in SAMPLE_SESSIONS:
        r = generate_session(spec, instrument).remarks
        assert len(r) >= 5
        assert r["domain"].nunique() >= 4
        assert all(t in pool[d] for d, t in zip(r["domain"], r["text"]))
    everything = " ".join(t for ts in REMARKS.values() for t in ts)
    assert "@" not in everything
    assert not any(name in everything for name in ("Jansen", "de Vries", "Bakker"))


# -- the committed files -------------------------------------------------------------------


def test_committed_files_equal_a_fresh_generation(tmp_path):
    """Regenerating gives byte-identical files (CSV, XLSX, manifest, README)."""
    write_samples(tmp_path)
    fresh = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in sample_data_dir().iterdir())
    assert fresh == committed
    for name in fresh:
        assert (tmp_path / name).read_bytes() == (sample_data_dir() / name).read_bytes(), name


def test_manifest_lists_every_file():
    m = read_manifest()
    assert list(m.columns) == [
        "file",
        "vsv",
        "date",
        "wave",
        "format",
        "n_respondents",
        "instrument",
    ]
    assert set(m["instrument"]) == {"2026.2"}  # the demo names its version: no detection
    assert m["file"].tolist() == [s.file for s in SAMPLE_SESSIONS]
    assert m["n_respondents"].tolist() == [s.n for s in SAMPLE_SESSIONS]
    assert set(m["wave"]) == {"baseline", "follow-up"}
    for row in m.itertuples():
        file = str(row.file)
        assert (sample_data_dir() / file).is_file()
        assert file == f"{file.split('_20')[0]}_{row.date}_{row.wave}.{row.format}"


def _read_csv_export(path: Path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    return rows[0], rows[1:]


@pytest.mark.parametrize(
    "spec", [s for s in SAMPLE_SESSIONS if s.fmt == "csv"], ids=lambda s: s.file
)
def test_csv_export_round_trips(spec, instrument):
    header, rows = _read_csv_export(sample_data_dir() / spec.file)
    assert header[:4] == ["Tijdstempel", "E-mailadres", "Beroep", "In welke lijn werkt u?"]
    assert header[4] == f"{instrument.item('CLI1').text('nl')} [CLI1]"
    assert f"{instrument.item('CLI_W').text('nl')} [CLI_W]" in header
    assert [h for h in header if h.startswith("Opmerking ")] == [
        f"Opmerking {d}" for d in instrument.domain_codes
    ]
    assert len(rows) == spec.n
    assert all(r[1].endswith("@voorbeeld.invalid") for r in rows)
    assert len({r[1] for r in rows}) == spec.n
    g = generate_session(spec, instrument)
    for item in instrument.all_items:
        j = header.index(f"{item.text('nl')} [{item.code}]")
        cells = [r[j] for r in rows]
        assert set(cells) <= {*CSV_LABELS, "weet niet", ""}
        got = np.array([CSV_LABELS.get(c, np.nan) for c in cells])
        want = g.answers[g.answers["item"] == item.code]
        np.testing.assert_array_equal(got, want["value"].to_numpy())
        np.testing.assert_array_equal(np.array(cells) == "weet niet", want["dont_know"])


@pytest.mark.parametrize(
    "spec", [s for s in SAMPLE_SESSIONS if s.fmt == "xlsx"], ids=lambda s: s.file
)
def test_xlsx_export_round_trips(spec, instrument):
    from openpyxl import load_workbook

    # open the file ourselves: a read-only workbook given a path can leave it open
    with open(sample_data_dir() / spec.file, "rb") as fh:
        wb = load_workbook(fh, read_only=True)
        rows = list(wb.active.iter_rows(values_only=True))
        wb.close()
    header = list(rows[0])
    # empty trailing cells are not stored in the sheet: pad the rows to the header width
    body = [r + (None,) * (len(header) - len(r)) for r in rows[1:]]
    assert header[:6] == ["Id", "Begintijd", "Voltooiingstijd", "E-mail", "Naam",
                          "Wat is uw beroep?"]  # fmt: skip
    assert f"Opmerkingen: {instrument.domain('SUP').name('nl')}" in header
    assert len(body) == spec.n
    g = generate_session(spec, instrument)
    for item in instrument.all_items:
        j = header.index(item.text("nl"))
        cells = [r[j] for r in body]
        assert set(cells) <= {1, 2, 3, 4, "Weet niet / n.v.t.", None}
        got = np.array([c if isinstance(c, int) else np.nan for c in cells], dtype=float)
        want = g.answers[g.answers["item"] == item.code]
        np.testing.assert_array_equal(got, want["value"].to_numpy())
        np.testing.assert_array_equal(np.array(cells) == "Weet niet / n.v.t.", want["dont_know"])


@pytest.mark.parametrize("spec", SAMPLE_SESSIONS, ids=lambda s: s.file)
def test_every_sample_file_imports(spec, instrument):
    from vsvkit.intake import read_responses

    resp = read_responses(sample_data_dir() / spec.file, instrument)
    g = generate_session(spec, instrument)
    assert len(resp.respondents) == spec.n
    assert resp.respondents["profession"].value_counts().to_dict() == spec.profession_counts
    pd.testing.assert_series_equal(
        resp.respondents["profession"].astype(object), g.respondents["profession"],
        check_dtype=False,
    )  # fmt: skip
    merged = resp.answers.merge(g.answers, on=["respondent", "item"], suffixes=("", "_gen"))
    assert len(merged) == len(g.answers) == len(resp.answers)
    np.testing.assert_array_equal(merged["value"], merged["value_gen"])
    assert (merged["dont_know"] == merged["dont_know_gen"]).all()
    assert sorted(resp.remarks["text"]) == sorted(g.remarks["text"])
    # nothing from the contact columns survives the import
    emails = set(g.export.emails)
    for frame in (resp.respondents, resp.answers, resp.remarks):
        text = [str(v) for v in frame.to_numpy().ravel()]
        assert not emails & set(text)
        assert not any("@" in t for t in text)


# -- national data -------------------------------------------------------------------------


def test_national_answers_shape_and_determinism(instrument):
    a = national_answers(n_sessions=30, per_session=20, seed=3)
    assert list(a.columns) == SCORING_COLUMNS
    assert len(a) == 30 * 20 * len(instrument.all_items)
    assert a.groupby("session")["respondent"].nunique().eq(20).all()
    assert a["item"].iloc[: len(instrument.all_items)].tolist() == [
        i.code for i in instrument.all_items
    ]
    echelon = {r.code: r.echelon for r in instrument.roles}
    assert (a["echelon"] == a["profession"].map(echelon)).all()
    assert (a["domain"] == a["item"].map({i.code: i.domain for i in instrument.all_items})).all()
    assert a.loc[a["dont_know"], "value"].isna().all()
    assert (a["desired"] == a["item"].str.endswith("_W")).all()
    pd.testing.assert_frame_equal(a, national_answers(n_sessions=30, per_session=20, seed=3))
    assert not a["value"].equals(national_answers(n_sessions=30, per_session=20, seed=4)["value"])


def test_national_answers_is_realistic(instrument):
    """The full national set has the national mix; its speed is ``benchmarks/bench_sample.py``'s
    business (a test asserts behaviour, a benchmark measures time)."""
    a = national_answers()  # 1700 x 60 = 102,000 respondents x 36 items
    assert len(a) == 1700 * 60 * 36
    first = a.drop_duplicates(["session", "respondent"])
    share = first["profession"].value_counts(normalize=True)
    for code, p in NATIONAL_MIX.items():
        assert abs(share[code] - p / sum(NATIONAL_MIX.values())) < 0.01
    scored = a[~a["desired"]]
    per_vsv = scored.groupby(["session", "domain"])["value"].mean().unstack()
    assert per_vsv.std().idxmax() == "SUP"
    assert 0.02 < scored["dont_know"].mean() < 0.12


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_national_export_imports(tmp_path, suffix, instrument):
    from vsvkit.intake import read_responses

    path = national_export(tmp_path / f"national.{suffix}", n_rows=400, seed=5)
    resp = read_responses(path, instrument)
    assert len(resp.respondents) == 400
    assert resp.answers["dont_know"].any()
    assert set(resp.respondents["profession"]) <= set(NATIONAL_MIX)


def test_national_export_rejects_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="csv' or 'xlsx"):
        national_export(tmp_path / "national.ods", n_rows=10)


def test_scoring_finds_the_planted_features(answers, instrument):
    """The features the sample data was made for show up in vsvkit's own scoring."""
    from vsvkit.scoring import domain_scores
    from vsvkit.scoring.gaps import group_gaps

    d = domain_scores(answers, instrument).set_index(["session", "domain"])
    split = d.index[d["split"]].tolist()
    assert split == [(_session_id("proefpolder"), "COO")]
    assert d.loc[(_session_id("proefpolder"), "COO"), "level"] is pd.NA
    gap = group_gaps(answers, instrument, by="echelon")
    fired = gap[gap["discussion"]]
    for wave in ("baseline", "follow-up"):
        sid = _session_id("denkbeeldig_delta", wave)
        assert ((fired["session"] == sid) & (fired["domain"] == "ORG")).any()
    small = domain_scores(
        answers[answers["session"] == _session_id("fictiefwaard")], instrument, by="profession"
    )
    ha = small[small["group"] == "HA"]
    assert len(ha) == len(instrument.domains) and ha["suppressed"].all()
