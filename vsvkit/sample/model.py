"""The answer model behind the sample data (private helper of :mod:`vsvkit.sample`).

A respondent's latent level in a domain is the VSV's domain profile plus a profession (or
echelon) effect plus respondent noise; an item answer is that level plus a fixed item offset
plus item noise, rounded and clipped to the scale. "Weet niet" and blank cells are drawn
afterwards from per-cell probabilities. Everything works on whole arrays (respondents x
items), so a national data set of 100,000 respondents takes a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from vsvkit.instrument import Instrument, find_instrument

__all__ = ["SAMPLE_VERSION", "sample_instrument"]

#: The questionnaire version the sample sessions (``sample_data/``) were answered with. It
#: stays fixed when a newer version becomes the default, so the bundled files, the demo and
#: every figure the tests check by hand keep their meaning.
SAMPLE_VERSION = "2026.2"


def sample_instrument() -> Instrument:
    """The bundled instrument of version :data:`SAMPLE_VERSION`: what the samples answer.

    Examples
    --------
    >>> sample_instrument().version
    '2026.2'
    """
    return find_instrument(SAMPLE_VERSION)


#: Seed of the fixed per-item offsets (the same items are a bit easier or harder everywhere).
ITEM_SEED = 20130601
ITEM_OFFSET_SD = 0.2
RESPONDENT_SD = 0.25  # general tendency of a respondent, shared by all domains
DOMAIN_SD = 0.35  # respondent x domain noise
ITEM_SD = 0.5  # item noise around the respondent's domain level
SPLIT_ITEM_SD = 0.35
DESIRED_STEP = 1.0  # the desired situation lies about one scale point above the current one
DONT_KNOW_BASE = 0.03
DONT_KNOW_DESIRED = 0.02
BLANK_RATE = 0.012

#: Profession/echelon effects that hold in every VSV: (domain, role or echelon code, offset).
GLOBAL_EFFECTS: tuple[tuple[str, str, float], ...] = (
    ("COO", "KZ", -0.15),
    ("ORG", "KZ", -0.2),
    ("ORG", "MGT", 0.4),
    ("REF", "MGT", 0.2),
    ("CLI", "CLI", -0.3),
)

#: Extra "weet niet" probability: (domain, role/echelon code or None, item code or None, add).
DONT_KNOW_RULES: tuple[tuple[str, str | None, str | None, float], ...] = (
    ("OMG", "KZ", None, 0.30),
    ("SUP", "KZ", None, 0.10),
    ("ORG", "KZ", None, 0.08),
    ("OMG", "eerste_lijn", None, 0.04),
    ("OMG", None, "OMG2", 0.08),
    ("OMG", None, "OMG3", 0.10),
    ("SUP", None, "SUP2", 0.04),
)


def item_layout(instrument: Instrument) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Codes of ``instrument.all_items``, the domain index of each, and a desired-item mask."""
    codes = [i.code for i in instrument.all_items]
    dom_index = {d: n for n, d in enumerate(instrument.domain_codes)}
    domain_of = np.array([dom_index[i.domain] for i in instrument.all_items])
    desired = np.array([i.desired for i in instrument.all_items])
    return codes, domain_of, desired


def item_offsets(instrument: Instrument) -> np.ndarray:
    """Fixed offsets per scored item (0 for desired items), seeded independently of any VSV."""
    codes, _, desired = item_layout(instrument)
    rng = np.random.default_rng(ITEM_SEED)
    offsets = rng.normal(0.0, ITEM_OFFSET_SD, len(codes))
    offsets[desired] = 0.0
    return offsets


def effect_matrix(
    instrument: Instrument,
    professions: np.ndarray,
    effects: Iterable[tuple[str, str, float]],
) -> np.ndarray:
    """Respondents x domains offsets from (domain, role-or-echelon code, offset) rules."""
    echelon_of = {r.code: r.echelon for r in instrument.roles}
    echelons = np.array([echelon_of[p] for p in professions], dtype=object)
    out = np.zeros((len(professions), len(instrument.domains)))
    doms = list(instrument.domain_codes)
    for domain, group, offset in effects:
        hit = (professions == group) | (echelons == group)
        out[hit, doms.index(domain)] += offset
    return out


def dont_know_probability(instrument: Instrument, professions: np.ndarray) -> np.ndarray:
    """Respondents x all-items probability of a "weet niet" answer."""
    codes, domain_of, desired = item_layout(instrument)
    echelon_of = {r.code: r.echelon for r in instrument.roles}
    echelons = np.array([echelon_of[p] for p in professions], dtype=object)
    doms = list(instrument.domain_codes)
    prob = np.where(desired, DONT_KNOW_DESIRED, DONT_KNOW_BASE)[None, :].repeat(len(professions), 0)
    for domain, group, item, add in DONT_KNOW_RULES:
        cols = (domain_of == doms.index(domain)) & ~desired
        if item is not None:
            cols &= np.array([c == item for c in codes])
        rows = (
            np.ones(len(professions), bool)
            if group is None
            else (professions == group) | (echelons == group)
        )
        prob[np.ix_(rows, cols)] += add
    return prob


def answers_from_latent(
    rng: np.random.Generator,
    instrument: Instrument,
    latent: np.ndarray,
    dont_know_prob: np.ndarray,
    *,
    split_domains: Sequence[int] = (),
    blank_rate: float = BLANK_RATE,
) -> tuple[np.ndarray, np.ndarray]:
    """Draw the answer matrix from latent domain levels.

    Parameters
    ----------
    latent : respondents x domains array of levels on the 1..4 scale.
    dont_know_prob : respondents x all-items probability of "weet niet"
        (see :func:`dont_know_probability`).
    split_domains : indices of domains whose latent levels are already piled at both ends;
        their item noise is smaller so the answers stay at the ends.

    Returns
    -------
    values : respondents x all-items float array, 1..4 or NaN.
    dont_know : respondents x all-items bool array.
    """
    lo, hi = instrument.scale_min, instrument.scale_max
    _, domain_of, desired = item_layout(instrument)
    n, n_items = latent.shape[0], len(domain_of)
    sd = np.full(n_items, ITEM_SD)
    for d in split_domains:
        sd[domain_of == d] = SPLIT_ITEM_SD
    scored = ~desired
    f32 = np.float32
    level = np.empty((n, n_items), dtype=f32)
    base = latent[:, domain_of[scored]].astype(f32)
    noise = rng.standard_normal(base.shape, dtype=f32)
    noise *= sd[scored].astype(f32)
    noise += base
    noise += item_offsets(instrument)[scored].astype(f32)
    level[:, scored] = noise
    # desired situation: about one step above the respondent's current domain level
    base = latent[:, domain_of[desired]].astype(f32)
    want = base + f32(DESIRED_STEP) + rng.standard_normal(base.shape, dtype=f32) * f32(0.3)
    level[:, desired] = np.maximum(want, base + f32(0.5))
    np.rint(level, out=level)
    np.clip(level, lo, hi, out=level)
    values = level.astype(np.float64)

    dont_know = rng.random((n, n_items), dtype=f32) < dont_know_prob
    blank = rng.random((n, n_items), dtype=f32) < f32(blank_rate)
    dont_know &= ~blank
    values[dont_know | blank] = np.nan
    return values, dont_know
