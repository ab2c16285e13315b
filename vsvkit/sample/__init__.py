"""Seeded, fictional sample data: sessions of invented VSVs and a large national data set.

The sample sessions in ``sample_data/`` are made by :func:`write_samples` from the
specifications in :data:`SAMPLE_SESSIONS`; tests, documentation and ``vsvkit demo`` use
them. All names (VSVs, people, e-mail addresses ending in ``.invalid``) are invented.

Model (see :mod:`vsvkit.sample.model`): a respondent's latent level in a domain is the
VSV's domain profile plus profession/echelon effects plus respondent noise; item answers
are that level plus a fixed item offset plus noise, rounded and clipped to 1..4; then
"weet niet" and blank cells are drawn. Every session has its own seed, so the files are
reproducible byte for byte.

Examples
--------
>>> from vsvkit.sample import SAMPLE_SESSIONS, generate_session
>>> s = generate_session(SAMPLE_SESSIONS[0])
>>> len(s.respondents) == SAMPLE_SESSIONS[0].n
True
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument
from vsvkit.sample import model as model
from vsvkit.sample.export import Export, write_csv, write_xlsx
from vsvkit.sample.model import SAMPLE_VERSION, sample_instrument
from vsvkit.sample.national import NATIONAL_MIX, NATIONAL_PROFILE, national_answers, national_export
from vsvkit.sample.text import REMARKS, contacts

__all__ = [
    "SampleSession",
    "GeneratedSession",
    "SAMPLE_SESSIONS",
    "SAMPLE_VERSION",
    "sample_instrument",
    "generate_session",
    "sample_answers",
    "write_samples",
    "read_manifest",
    "national_answers",
    "national_export",
    "NATIONAL_PROFILE",
    "NATIONAL_MIX",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SampleSession:
    """The recipe of one fictional session.

    ``profile`` gives each domain's mean latent level on the 1..4 scale; ``effects`` lists
    extra (domain, role-or-echelon code, offset) effects of this VSV on top of
    :data:`vsvkit.sample.model.GLOBAL_EFFECTS`; ``split_domain`` is a domain whose members
    are divided (half answer at the bottom, half at the top); ``dropouts`` respondents stop
    after half of the questionnaire (their later cells are blank).
    """

    slug: str
    vsv: str
    date: str
    wave: str
    fmt: str
    professions: tuple[tuple[str, int], ...]
    profile: tuple[tuple[str, float], ...]
    effects: tuple[tuple[str, str, float], ...] = ()
    split_domain: str | None = None
    dropouts: int = 0
    remark_rate: float = 0.12
    seed: int = 0

    @property
    def n(self) -> int:
        return sum(c for _, c in self.professions)

    @property
    def file(self) -> str:
        return f"{self.slug}_{self.date}_{self.wave}.{self.fmt}"

    @property
    def profession_counts(self) -> dict[str, int]:
        return dict(self.professions)


def _shift(profile: dict[str, float], **delta: float) -> tuple[tuple[str, float], ...]:
    return tuple((d, v + delta.get(d, 0.0)) for d, v in profile.items())


_VOORBEELDSTAD = {"CLI": 2.8, "COO": 2.6, "ORG": 2.4, "SUP": 1.7, "OMG": 2.2, "REF": 3.1}
_DELTA = {"CLI": 2.4, "COO": 2.9, "ORG": 2.6, "SUP": 3.0, "OMG": 2.3, "REF": 2.5}
_FICTIEFWAARD = {"CLI": 2.4, "COO": 2.2, "ORG": 1.9, "SUP": 1.5, "OMG": 1.8, "REF": 2.6}
_PROEFPOLDER = {"CLI": 2.9, "COO": 2.5, "ORG": 2.5, "SUP": 2.4, "OMG": 2.1, "REF": 2.8}
#: Second line rates ORG about 0.8 points above first line in VSV Denkbeeldig Delta.
_DELTA_ORG_GAP = (("ORG", "tweede_lijn", 0.45), ("ORG", "eerste_lijn", -0.4))

#: The bundled sample sessions, in manifest order.
SAMPLE_SESSIONS: tuple[SampleSession, ...] = (
    SampleSession(
        "voorbeeldstad", "VSV Voorbeeldstad", "2025-03-12", "baseline", "csv",
        (("VK", 13), ("GYN", 6), ("KV", 5), ("OGV", 6), ("KZ", 7), ("KA", 2), ("HA", 2),
         ("MGT", 1)),
        tuple(_VOORBEELDSTAD.items()), dropouts=1, seed=101,
    ),
    SampleSession(
        "voorbeeldstad", "VSV Voorbeeldstad", "2026-10-07", "follow-up", "csv",
        (("VK", 15), ("GYN", 7), ("KV", 6), ("OGV", 6), ("KZ", 8), ("KA", 2), ("HA", 1),
         ("MGT", 1), ("ZV", 1)),
        _shift(_VOORBEELDSTAD, SUP=0.7, ORG=0.5, COO=0.3), seed=102,
    ),
    SampleSession(
        "denkbeeldig_delta", "VSV Denkbeeldig Delta", "2024-11-19", "baseline", "xlsx",
        (("VK", 22), ("GYN", 9), ("KV", 8), ("OGV", 10), ("KZ", 10), ("KA", 3), ("HA", 2),
         ("ECHO", 1), ("MGT", 1)),
        tuple(_DELTA.items()), effects=_DELTA_ORG_GAP, dropouts=1, seed=201,
    ),
    SampleSession(
        "denkbeeldig_delta", "VSV Denkbeeldig Delta", "2026-05-20", "follow-up", "xlsx",
        (("VK", 19), ("GYN", 8), ("KV", 7), ("OGV", 9), ("KZ", 9), ("KA", 3), ("HA", 1),
         ("ECHO", 1), ("MGT", 1)),
        _shift(_DELTA, CLI=0.5, REF=0.4), effects=_DELTA_ORG_GAP, seed=202,
    ),
    SampleSession(
        "fictiefwaard", "VSV Fictiefwaard", "2025-06-04", "baseline", "csv",
        (("VK", 6), ("GYN", 3), ("KV", 2), ("KZ", 3), ("HA", 1), ("KA", 2)),
        tuple(_FICTIEFWAARD.items()), remark_rate=0.15, seed=301,
    ),
    SampleSession(
        "proefpolder", "VSV Proefpolder", "2025-09-23", "baseline", "csv",
        (("VK", 10), ("GYN", 4), ("KV", 4), ("OGV", 4), ("KZ", 5), ("KA", 1), ("HA", 1),
         ("CLI", 1), ("ZV", 1)),
        tuple(_PROEFPOLDER.items()), split_domain="COO", seed=401,
    ),
)  # fmt: skip


@dataclass(frozen=True)
class GeneratedSession:
    """A generated session: the data in the shape of ``intake.Responses`` plus the export.

    ``respondents`` (respondent, profession, echelon), ``answers`` (respondent, item, value,
    dont_know) and ``remarks`` (domain, text) follow docs/design.md; ``export`` holds the
    same answers in wide form with the fictional contact columns a survey tool adds.
    """

    spec: SampleSession
    respondents: pd.DataFrame
    answers: pd.DataFrame
    remarks: pd.DataFrame
    export: Export


def generate_session(spec: SampleSession, instrument: Instrument | None = None) -> GeneratedSession:
    """Generate one sample session from its recipe (deterministic for a given ``spec.seed``)."""
    inst = instrument or sample_instrument()
    rng = np.random.default_rng(spec.seed)
    doms = list(inst.domain_codes)
    n = spec.n
    professions = rng.permutation(np.array([p for p, c in spec.professions for _ in range(c)]))
    profile = np.array([dict(spec.profile)[d] for d in doms])
    latent = (
        profile[None, :]
        + model.effect_matrix(inst, professions, model.GLOBAL_EFFECTS + spec.effects)
        + rng.normal(0.0, model.RESPONDENT_SD, (n, 1))
        + rng.normal(0.0, model.DOMAIN_SD, (n, len(doms)))
    )
    split = []
    if spec.split_domain:
        at = doms.index(spec.split_domain)
        low = rng.permutation(n) < n // 2
        latent[:, at] = np.where(low, inst.scale_min, inst.scale_max)
        split = [at]
    dk_prob = model.dont_know_probability(inst, professions)
    values, dont_know = model.answers_from_latent(rng, inst, latent, dk_prob, split_domains=split)
    if spec.dropouts:
        _, domain_of, _ = model.item_layout(inst)
        late = domain_of >= len(doms) // 2
        for r in rng.choice(n, spec.dropouts, replace=False):
            values[r, late] = np.nan
            dont_know[r, late] = False

    remarks = np.full((n, len(doms)), "", dtype=object)
    for k, d in enumerate(doms):
        who = np.flatnonzero(rng.random(n) < spec.remark_rate)
        pool = np.array(REMARKS[d], dtype=object)
        texts = rng.permutation(pool)[: len(who)]
        if len(who) > len(pool):
            texts = np.concatenate([texts, rng.choice(pool, len(who) - len(pool))])
        remarks[who, k] = texts
    if spec.dropouts:
        remarks[np.isnan(values).all(axis=1)] = ""

    names, emails, started, completed = contacts(rng, n, dt.date.fromisoformat(spec.date))
    export = Export(professions, values, dont_know, remarks, names, emails, started, completed)
    return GeneratedSession(spec, *_tidy(inst, export), export)


def _tidy(inst: Instrument, exp: Export) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The Responses-shaped frames (respondents, answers, remarks) of a wide export."""
    n = len(exp)
    codes, _, _ = model.item_layout(inst)
    echelon_of = {r.code: r.echelon for r in inst.roles}
    respondents = pd.DataFrame(
        {
            "respondent": np.arange(1, n + 1),
            "profession": exp.professions.astype(object),
            "echelon": [echelon_of[p] for p in exp.professions],
        }
    )
    answers = pd.DataFrame(
        {
            "respondent": np.repeat(np.arange(1, n + 1), len(codes)),
            "item": np.tile(np.array(codes, dtype=object), n),
            "value": exp.values.ravel(),
            "dont_know": exp.dont_know.ravel(),
        }
    )
    rows, cols = np.nonzero(exp.remarks != "")
    remarks = pd.DataFrame(
        {
            "domain": np.array(inst.domain_codes, dtype=object)[cols],
            "text": exp.remarks[rows, cols],
        }
    )
    return respondents, answers, remarks


def sample_answers(instrument: Instrument | None = None) -> pd.DataFrame:
    """All bundled sample sessions in the scoring input shape (docs/design.md).

    ``session`` numbers the sessions 1..n in :data:`SAMPLE_SESSIONS` order; handy for tests
    and examples that need realistic answers without a store.
    """
    inst = instrument or sample_instrument()
    desired = {i.code for i in inst.desired_items}
    domain_of = {i.code: i.domain for i in inst.all_items}
    frames = []
    for sid, spec in enumerate(SAMPLE_SESSIONS, 1):
        g = generate_session(spec, inst)
        a = g.answers.merge(g.respondents, on="respondent", how="left", validate="many_to_one")
        a.insert(0, "session", sid)
        a["domain"] = a["item"].map(domain_of)
        a["desired"] = a["item"].isin(desired)
        frames.append(a)
    cols = ["session", "respondent", "profession", "echelon", "item", "domain", "value",
            "dont_know", "desired"]  # fmt: skip
    return pd.concat(frames, ignore_index=True)[cols]


def write_samples(folder: str | Path | None = None, instrument: Instrument | None = None) -> Path:
    """(Re)generate the sample data: one export per session, ``sessions.csv`` and README.md.

    Parameters
    ----------
    folder : where to write (default: the package's ``sample_data`` folder).

    Returns
    -------
    The folder written to.
    """
    from vsvkit.paths import sample_data_dir
    from vsvkit.sample.readme import readme_text

    inst = instrument or sample_instrument()
    out = Path(folder) if folder else sample_data_dir()
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for spec in SAMPLE_SESSIONS:
        g = generate_session(spec, inst)
        path = out / spec.file
        if spec.fmt == "csv":
            write_csv(path, inst, g.export)
        else:
            stamp = dt.datetime.fromisoformat(spec.date)
            write_xlsx(path, inst, g.export, stamp=stamp)
        log.info("wrote %s (%d respondents)", path, spec.n)
        rows.append(
            {
                "file": spec.file,
                "vsv": spec.vsv,
                "date": spec.date,
                "wave": spec.wave,
                "format": spec.fmt,
                "n_respondents": spec.n,
                "instrument": inst.version,
            }  # fmt: skip
        )
    manifest = pd.DataFrame(rows)
    manifest.to_csv(out / "sessions.csv", index=False, lineterminator="\n")
    (out / "README.md").write_text(readme_text(SAMPLE_SESSIONS), encoding="utf-8", newline="\n")
    return out


def read_manifest(folder: str | Path | None = None) -> pd.DataFrame:
    """The sample manifest ``sessions.csv``: file, vsv, date, wave, format, n_respondents,
    instrument (the questionnaire version the sessions answer)."""
    from vsvkit.paths import sample_data_dir

    folder = Path(folder) if folder else sample_data_dir()
    return pd.read_csv(folder / "sessions.csv", dtype={"date": str, "instrument": str})
