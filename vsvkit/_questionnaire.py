"""The questionnaire as frozen dataclasses: :class:`Instrument` and its parts.

Private module: the names are public through :mod:`vsvkit.instrument`, which also reads them
from the instrument YAML files.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

import numpy as np

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
    "MIN_GROUP_FLOOR",
    "LEVEL_DECIMALS",
    "SplitRule",
    "Introduction",
    "INTRODUCTION_KEYS",
]

#: No group smaller than this is ever shown, whatever an instrument or session says.
MIN_GROUP_FLOOR = 3
#: Percent-of-maximum values are rounded to this many decimals before they are compared with
#: the level cut-offs: a float sum that lands a hair below a cut-off (74.99999999999997) is the
#: cut-off itself (75). Real differences are far larger: a mean over n respondents with up to
#: 60 answers each moves in steps of at least 100 / (3 * 60 * n) points, 5.5e-7 at a million.
LEVEL_DECIMALS = 9


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
class Introduction:
    """What a member reads before the first statement, in Dutch and English.

    ``anonymity`` holds ``{k}``, the smallest group the results ever show; fill it in with
    :meth:`anonymity_for`.
    """

    purpose: Text
    duration: Text
    anonymity: Text
    dont_know: Text
    desired: Text

    def anonymity_for(self, k: int, lang: Lang = DEFAULT_LANG) -> str:
        """The anonymity promise with the session's minimum group size filled in."""
        return self.anonymity(lang).replace("{k}", str(int(k)))

    def as_dict(self) -> dict:
        return {name: getattr(self, name).as_dict() for name in INTRODUCTION_KEYS}


#: The parts of an :class:`Introduction`, in the order a member reads them.
INTRODUCTION_KEYS = ("purpose", "duration", "anonymity", "dont_know", "desired")


@dataclass(frozen=True)
class Domain:
    code: str
    name: Text
    rainbow: str
    items: tuple[Item, ...]
    desired: Item | None = None
    #: One line that introduces the domain to a member (None in files before 2026.3).
    intro: Text | None = None

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
    #: What members read first (None in files before 2026.3).
    introduction: Introduction | None = None
    #: Where the statements come from, for the report's method section (None before 2026.3).
    origin: Text | None = None
    #: The first 16 hex digits of the SHA-256 of the file's bytes (:attr:`content`).
    checksum: str = field(default="", compare=False)
    #: The file as it was read (UTF-8 text): what the session store keeps with a session.
    content: str = field(default="", compare=False, repr=False)

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

    def shared_with(self, *others: Instrument) -> Instrument:
        """This instrument with only the statements that each of ``others`` asks as well.

        A statement is shared when another instrument has an item with the same code and the
        same Dutch text (a reviewed statement gets a new code, so an old answer is never read
        as an answer to a new question). Domains without a shared statement are left out;
        levels, roles and rules stay this instrument's. With identical statements the
        instrument itself is returned.
        """

        def key(i: Item) -> tuple[str, str]:
            return (i.code, i.text.nl)

        keep = {key(i) for i in self.all_items}
        for other in others:
            keep &= {key(i) for i in other.all_items}
        if len(keep) == len(self.all_items):
            return self
        domains = []
        for d in self.domains:
            items = tuple(i for i in d.items if key(i) in keep)
            if items:
                desired = d.desired if d.desired is not None and key(d.desired) in keep else None
                domains.append(replace(d, items=items, desired=desired))
        codes = ",".join(sorted(code for code, _ in keep))
        digest = hashlib.sha256(f"{self.checksum}:{codes}".encode()).hexdigest()[:16]
        return replace(self, domains=tuple(domains), checksum=digest, content="")

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
        >>> from vsvkit.instrument import load_instrument
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
            "introduction": self.introduction.as_dict() if self.introduction else None,
            "origin": self.origin.as_dict() if self.origin else None,
            "domains": [
                {
                    "code": d.code,
                    "name": d.name.as_dict(),
                    "intro": d.intro.as_dict() if d.intro else None,
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
