"""The questionnaire definition: frozen dataclasses and the loader of instrument YAML files.

The bundled instrument lives in ``vsvkit/instruments/integratiemeter.yaml``; an adviser
may pass an own file (another item, one removed, other cut-offs). A broken file raises
:class:`~vsvkit.errors.InstrumentError` naming the key and what is wrong.

Examples
--------
>>> from vsvkit.instrument import load_instrument
>>> inst = load_instrument()
>>> [d.code for d in inst.domains]
['CLI', 'COO', 'ORG', 'SUP', 'OMG', 'REF']
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from vsvkit.errors import InstrumentError
from vsvkit.i18n import DEFAULT_LANG, Lang

__all__ = [
    "Text",
    "ScalePoint",
    "Level",
    "Item",
    "Domain",
    "Role",
    "Echelon",
    "Instrument",
    "load_instrument",
    "default_instrument_path",
    "MIN_GROUP_FLOOR",
    "LEVEL_DECIMALS",
    "SplitRule",
]

log = logging.getLogger(__name__)

#: No group smaller than this is ever shown, whatever an instrument or session says.
MIN_GROUP_FLOOR = 3
LANGUAGES = ("nl", "en")
#: Percent-of-maximum values are rounded to this many decimals before they are compared with
#: the level cut-offs: a float sum that lands a hair below a cut-off (74.99999999999997) is the
#: cut-off itself (75). Real differences are far larger: a mean over n respondents with up to
#: 60 answers each moves in steps of at least 100 / (3 * 60 * n) points, 5.5e-7 at a million.
LEVEL_DECIMALS = 9


def default_instrument_path() -> Path:
    return Path(__file__).resolve().parent / "instruments" / "integratiemeter.yaml"


@dataclass(frozen=True)
class SplitRule:
    """When a group's answers are "split": camps at both ends of the scale.

    Parameters
    ----------
    pole_share : float
        At least this share of the values at each end of the scale (0 < share <= 0.5).
    pole_width : float
        A value within this distance of the scale's minimum (maximum) is at that end; 0.5
        means answer 1 (4) for items and a domain score <= 1.5 (>= 3.5) on the 1..4 scale.
    max_consensus : float or None
        When set, a consensus below it is split too, wherever the answers lie.

    The rule itself is :func:`vsvkit.scoring.agreement.split_flags`.
    """

    pole_share: float = 0.25
    pole_width: float = 0.5
    max_consensus: float | None = None

    def as_dict(self) -> dict:
        return {
            "pole_share": self.pole_share,
            "pole_width": self.pole_width,
            "max_consensus": self.max_consensus,
        }


@dataclass(frozen=True)
class Text:
    """A string users see, in Dutch and English."""

    nl: str
    en: str

    def __call__(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.en if lang == "en" else self.nl

    def as_dict(self) -> dict:
        return {"nl": self.nl, "en": self.en}


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: Text


@dataclass(frozen=True)
class Level:
    """A step on the integration continuum; ``start`` is the lowest percent of maximum."""

    level: int
    start: float
    label: Text


@dataclass(frozen=True)
class Item:
    code: str
    domain: str
    text: Text
    rainbow: str = ""
    desired: bool = False


@dataclass(frozen=True)
class Domain:
    code: str
    name: Text
    rainbow: str
    items: tuple[Item, ...]
    desired: Item | None = None

    @property
    def item_codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.items)


@dataclass(frozen=True)
class Role:
    code: str
    name: Text
    echelon: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Echelon:
    code: str
    name: Text
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Instrument:
    """A questionnaire: domains with items, the answer scale, levels and the rules of scoring."""

    name: str
    version: str
    title: Text
    scale: tuple[ScalePoint, ...]
    dont_know: Text
    dont_know_aliases: tuple[str, ...]
    levels: tuple[Level, ...]
    domains: tuple[Domain, ...]
    roles: tuple[Role, ...]
    echelons: tuple[Echelon, ...]
    min_group_size: int = 5
    min_answered_share: float = 0.6
    gap_threshold: float = 0.75
    split: SplitRule = SplitRule()
    checksum: str = field(default="", compare=False)

    # -- look-ups -------------------------------------------------------------------------
    @property
    def domain_codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.domains)

    @property
    def items(self) -> tuple[Item, ...]:
        """All scored items (not the desired-situation items), in questionnaire order."""
        return tuple(i for d in self.domains for i in d.items)

    @property
    def desired_items(self) -> tuple[Item, ...]:
        return tuple(d.desired for d in self.domains if d.desired is not None)

    @property
    def all_items(self) -> tuple[Item, ...]:
        """Scored and desired-situation items, in questionnaire order."""
        out: list[Item] = []
        for d in self.domains:
            out.extend(d.items)
            if d.desired is not None:
                out.append(d.desired)
        return tuple(out)

    def domain(self, code: str) -> Domain:
        for d in self.domains:
            if d.code == code:
                return d
        raise KeyError(code)

    def item(self, code: str) -> Item:
        for i in self.all_items:
            if i.code == code:
                return i
        raise KeyError(code)

    def role(self, code: str) -> Role:
        for r in self.roles:
            if r.code == code:
                return r
        raise KeyError(code)

    @property
    def scale_min(self) -> int:
        return self.scale[0].value

    @property
    def scale_max(self) -> int:
        return self.scale[-1].value

    def pct(self, mean):
        """Percent of maximum: (mean - min) / (max - min) x 100. Works on scalars and arrays."""
        return (mean - self.scale_min) / (self.scale_max - self.scale_min) * 100

    def level_of(self, pct):
        """The level (1..n) a percent-of-maximum score falls in: the one rule for every caller.

        A scalar gives an ``int``, or None for a missing score (None, NaN, ``pd.NA``). An array
        gives a float array of level numbers, NaN where the score is missing.

        Notes
        -----
        ``pct`` and the cut-offs are rounded to :data:`LEVEL_DECIMALS` decimals before they are
        compared, and a value exactly on a cut-off belongs to the higher level (domain brief,
        section 3): 74.99999999999997, a float sum of scores whose exact mean is 75, is level 4
        with the bundled cut-offs 0/25/50/75.

        Examples
        --------
        >>> inst = load_instrument()
        >>> inst.level_of(74.99999999999997), inst.level_of(74.99)
        (4, 3)
        """
        if np.ndim(pct) == 0:
            try:
                value = float(pct)
            except TypeError:  # None, pd.NA
                return None
            found = self._level_numbers(np.array([value]))[0]
            return None if np.isnan(found) else int(found)
        return self._level_numbers(np.asarray(pct, dtype=float))

    def _level_numbers(self, pct: np.ndarray) -> np.ndarray:
        starts = np.round([lv.start for lv in self.levels], LEVEL_DECIMALS)
        numbers = np.array([lv.level for lv in self.levels], dtype=float)
        rounded = np.round(pct, LEVEL_DECIMALS)
        missing = np.isnan(rounded)
        idx = np.searchsorted(starts, np.where(missing, -np.inf, rounded), side="right") - 1
        return np.where(missing, np.nan, numbers[np.clip(idx, 0, None)])

    def level_label(self, level: int | None, lang: Lang = DEFAULT_LANG) -> str | None:
        for lv in self.levels:
            if lv.level == level:
                return lv.label(lang)
        return None

    def effective_min_group_size(self, k: int | None = None) -> int:
        """The minimum group size in force: ``k`` if given, else the instrument's, never below 3."""
        return max(MIN_GROUP_FLOOR, int(k if k is not None else self.min_group_size))

    def as_dict(self) -> dict:
        """The instrument as plain data (what ``vsvkit instrument --json`` prints)."""

        def item(i: Item) -> dict:
            return {
                "code": i.code,
                "text": i.text.as_dict(),
                "rainbow": i.rainbow,
                "desired": i.desired,
            }

        return {
            "name": self.name,
            "version": self.version,
            "title": self.title.as_dict(),
            "domains": [
                {
                    "code": d.code,
                    "name": d.name.as_dict(),
                    "rainbow": d.rainbow,
                    "items": [item(i) for i in d.items]
                    + ([item(d.desired)] if d.desired is not None else []),
                }
                for d in self.domains
            ],
            "scale": [{"value": s.value, "label": s.label.as_dict()} for s in self.scale],
            "dont_know": {
                "label": self.dont_know.as_dict(),
                "aliases": list(self.dont_know_aliases),
            },
            "levels": [
                {"level": lv.level, "from": lv.start, "label": lv.label.as_dict()}
                for lv in self.levels
            ],
            "roles": [
                {"code": r.code, "name": r.name.as_dict(), "echelon": r.echelon} for r in self.roles
            ],
            "echelons": [{"code": e.code, "name": e.name.as_dict()} for e in self.echelons],
            "min_group_size": self.min_group_size,
            "min_answered_share": self.min_answered_share,
            "gap_threshold": self.gap_threshold,
            "split": self.split.as_dict(),
        }


# -- loading ---------------------------------------------------------------------------------


class _Reader:
    """Reads one YAML file and reports problems with the dotted key that holds them."""

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, what: str) -> InstrumentError:
        return InstrumentError(f"{self.source}: key '{key}': {what}")

    def get(self, mapping: Any, key: str, where: str, kind: type | tuple = object, default=...):
        path = f"{where}.{key}" if where else key
        if not isinstance(mapping, dict):
            raise self.fail(where or "(top)", "must be a mapping of keys to values")
        if key not in mapping or mapping[key] is None:
            if default is ...:
                raise self.fail(path, "is missing")
            return default
        value = mapping[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind in (int, float)):
            names = (
                kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            )
            raise self.fail(path, f"must be a {names}, got {value!r}")
        return value

    def text(self, mapping: Any, key: str, where: str) -> Text:
        path = f"{where}.{key}" if where else key
        raw = self.get(mapping, key, where, dict)
        parts = {}
        for lang in LANGUAGES:
            value = self.get(raw, lang, path, str)
            if not value.strip():
                raise self.fail(f"{path}.{lang}", "must not be empty")
            parts[lang] = value.strip()
        return Text(**parts)

    def seq(self, mapping: Any, key: str, where: str) -> list:
        value = self.get(mapping, key, where, list)
        if not value:
            raise self.fail(f"{where}.{key}" if where else key, "must list at least one entry")
        return value

    def aliases(self, mapping: Any, where: str) -> tuple[str, ...]:
        raw = self.get(mapping, "aliases", where, list, default=[])
        return tuple(str(a).strip() for a in raw)


def _item(r: _Reader, raw: Any, where: str, domain: str, desired: bool) -> Item:
    code = r.get(raw, "code", where, str).strip()
    return Item(
        code=code,
        domain=domain,
        text=r.text(raw, "text", where),
        rainbow=r.get(raw, "rainbow", where, str, default=""),
        desired=desired,
    )


def _parse(data: Any, source: str, checksum: str) -> Instrument:
    r = _Reader(source)
    if not isinstance(data, dict):
        raise InstrumentError(
            f"{source}: the file must be a YAML mapping (key: value), not {type(data).__name__}"
        )

    scale = []
    for n, raw in enumerate(r.seq(data, "scale", ""), 1):
        where = f"scale[{n}]"
        scale.append(
            ScalePoint(value=r.get(raw, "value", where, int), label=r.text(raw, "label", where))
        )
    values = [s.value for s in scale]
    if len(scale) < 2 or values != list(range(values[0], values[0] + len(values))):
        raise r.fail("scale", f"values must be consecutive whole numbers, got {values}")

    dk = r.get(data, "dont_know", "", dict)
    levels = []
    for n, raw in enumerate(r.seq(data, "levels", ""), 1):
        where = f"levels[{n}]"
        start = r.get(raw, "from", where, float)
        if not 0 <= start <= 100:
            raise r.fail(f"{where}.from", f"must be between 0 and 100, got {start}")
        levels.append(
            Level(
                level=r.get(raw, "level", where, int),
                start=start,
                label=r.text(raw, "label", where),
            )
        )
    starts = [lv.start for lv in levels]
    if starts[0] != 0 or starts != sorted(set(starts)):
        raise r.fail("levels", f"'from' must start at 0 and increase, got {starts}")
    if [lv.level for lv in levels] != list(range(1, len(levels) + 1)):
        raise r.fail("levels", "levels must be numbered 1, 2, 3, ... in order")

    echelons = []
    for n, raw in enumerate(r.seq(data, "echelons", ""), 1):
        where = f"echelons[{n}]"
        echelons.append(
            Echelon(
                code=r.get(raw, "code", where, str),
                name=r.text(raw, "name", where),
                aliases=r.aliases(raw, where),
            )
        )
    echelon_codes = {e.code for e in echelons}

    roles = []
    for n, raw in enumerate(r.seq(data, "roles", ""), 1):
        where = f"roles[{n}]"
        echelon = r.get(raw, "echelon", where, str)
        if echelon not in echelon_codes:
            raise r.fail(
                f"{where}.echelon",
                f"'{echelon}' is not one of the echelons {sorted(echelon_codes)}",
            )
        roles.append(
            Role(
                code=r.get(raw, "code", where, str),
                name=r.text(raw, "name", where),
                echelon=echelon,
                aliases=r.aliases(raw, where),
            )
        )
    _unique(r, "roles", [x.code for x in roles])

    domains = []
    for n, raw in enumerate(r.seq(data, "domains", ""), 1):
        where = f"domains[{n}]"
        code = r.get(raw, "code", where, str).strip()
        where = f"domains[{code}]"
        items = tuple(
            _item(r, item, f"{where}.items[{m}]", code, False)
            for m, item in enumerate(r.seq(raw, "items", where), 1)
        )
        desired_raw = r.get(raw, "desired", where, dict, default=None)
        desired = _item(r, desired_raw, f"{where}.desired", code, True) if desired_raw else None
        domains.append(
            Domain(
                code=code,
                name=r.text(raw, "name", where),
                rainbow=r.get(raw, "rainbow", where, str, default=""),
                items=items,
                desired=desired,
            )
        )
    _unique(r, "domains", [d.code for d in domains])
    _unique(
        r,
        "domains[].items",
        [i.code for d in domains for i in d.items] + [d.desired.code for d in domains if d.desired],
    )

    min_group = r.get(data, "min_group_size", "", int, default=5)
    if min_group < 3:
        raise r.fail("min_group_size", f"must be at least 3 (privacy floor), got {min_group}")
    share = r.get(data, "min_answered_share", "", float, default=0.6)
    if not 0 < share <= 1:
        raise r.fail("min_answered_share", f"must be above 0 and at most 1, got {share}")

    return Instrument(
        name=r.get(data, "name", "", str),
        version=str(r.get(data, "version", "", (str, int, float))),
        title=r.text(data, "title", ""),
        scale=tuple(scale),
        dont_know=r.text(dk, "label", "dont_know"),
        dont_know_aliases=r.aliases(dk, "dont_know"),
        levels=tuple(levels),
        domains=tuple(domains),
        roles=tuple(roles),
        echelons=tuple(echelons),
        min_group_size=min_group,
        min_answered_share=share,
        gap_threshold=r.get(data, "gap_threshold", "", float, default=0.75),
        split=_split_rule(r, data, scale[0].value, scale[-1].value),
        checksum=checksum,
    )


#: The keys of the split rule before version 2026.2, with the values the bundled file had.
_OLD_SPLIT_KEYS = {"split_window": 1.0, "split_share": 0.4}
_SPLIT_KEYS = ("pole_share", "pole_width", "max_consensus")
_SPLIT_EXAMPLE = "split: {pole_share: 0.25, pole_width: 0.5}"


def _split_rule(r: _Reader, data: dict, scale_min: int, scale_max: int) -> SplitRule:
    """The ``split`` section; the old keys ``split_window``/``split_share`` are migrated.

    A file copied from the bundled instrument before 2026.2 holds the old keys with the old
    bundled values: it gets the bundled rule of today. Other old values were an adviser's own
    choice for a rule that no longer exists: an error says what to write instead.
    """
    old = {key: data[key] for key in _OLD_SPLIT_KEYS if data.get(key) is not None}
    if "split" in data and old:
        raise r.fail(
            next(iter(old)),
            "the split rule is now set in 'split' alone; remove 'split_window' and 'split_share'",
        )
    if old:
        key = next(iter(old))
        own = {k: v for k, v in old.items() if v != _OLD_SPLIT_KEYS[k]}
        if own:
            raise r.fail(
                next(iter(own)),
                "the split rule changed: an item or domain is split when at least a share of "
                "the answers lies at each end of the scale ('split_window' and 'split_share' "
                f"are no longer read); write instead, for example: {_SPLIT_EXAMPLE}",
            )
        log.info(
            "%s: '%s' holds the old bundled split rule; using the bundled rule of today (%s)",
            r.source,
            key,
            _SPLIT_EXAMPLE,
        )
        return SplitRule()
    raw = r.get(data, "split", "", dict, default=None)
    if raw is None:
        return SplitRule()
    unknown = sorted(set(raw) - set(_SPLIT_KEYS))
    if unknown:
        raise r.fail(
            f"split.{unknown[0]}", f"is not a key of the split rule; use {', '.join(_SPLIT_KEYS)}"
        )
    default = SplitRule()
    share = r.get(raw, "pole_share", "split", float, default=default.pole_share)
    if not 0 < share <= 0.5:
        raise r.fail("split.pole_share", f"must be above 0 and at most 0.5, got {share}")
    width = r.get(raw, "pole_width", "split", float, default=default.pole_width)
    half = (scale_max - scale_min) / 2
    if not 0 <= width < half:
        raise r.fail(
            "split.pole_width",
            f"must be at least 0 and below half the scale ({half:g}), got {width}",
        )
    cns = r.get(raw, "max_consensus", "split", float, default=None)
    if cns is not None and not 0 < cns <= 1:
        raise r.fail("split.max_consensus", f"must be above 0 and at most 1, got {cns}")
    return SplitRule(pole_share=share, pole_width=width, max_consensus=cns)


def _unique(r: _Reader, key: str, codes: list[str]) -> None:
    seen = set()
    for c in codes:
        if c in seen:
            raise r.fail(key, f"code '{c}' is used twice; codes must be unique")
        seen.add(c)


def load_instrument(path: str | Path | None = None) -> Instrument:
    """Load and validate an instrument YAML file.

    Without ``path``: the file named by the environment variable ``VSVKIT_INSTRUMENT`` (how
    ``vsvkit serve --instrument`` hands a regional instrument to the app), else the bundled
    integratiemeter.

    Raises
    ------
    InstrumentError
        When the file is missing, not YAML, or a key is missing or wrong; the message
        names the file and the key.
    """
    path = path or os.environ.get("VSVKIT_INSTRUMENT")
    source = Path(path).resolve() if path else default_instrument_path()
    try:
        stamp = source.stat().st_mtime_ns
    except OSError as err:
        raise InstrumentError(
            f"{source}: cannot read the instrument file ({err.strerror})"
        ) from err
    return _load_cached(str(source), stamp)


@lru_cache(maxsize=16)
def _load_cached(path: str, stamp: int) -> Instrument:
    source = Path(path)
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise InstrumentError(
            f"{source}: cannot read the instrument file ({err.strerror})"
        ) from err
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as err:
        raise InstrumentError(f"{source.name}: not valid YAML: {err}") from err
    return _parse(data, source.name, hashlib.sha256(raw).hexdigest()[:16])
