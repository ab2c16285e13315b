"""The questionnaire definition: frozen dataclasses and the loader of instrument YAML files.

The bundled versions live in ``vsvkit/instruments/integratiemeter-<version>.yaml``; new
sessions use :data:`DEFAULT_VERSION`, and the older versions stay so that sessions answered
with them can still be read. An adviser may pass an own file (another item, one removed,
other cut-offs). A broken file raises
:class:`~vsvkit.errors.InstrumentError` naming the key and what is wrong.

Examples
--------
>>> from vsvkit.instrument import load_instrument
>>> inst = load_instrument()
>>> [d.code for d in inst.domains]
['CLI', 'COO', 'ORG', 'SUP', 'OMG', 'REF']
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

from vsvkit._questionnaire import (
    INTRODUCTION_KEYS,
    LEVEL_DECIMALS,
    MIN_GROUP_FLOOR,
    Domain,
    Echelon,
    Instrument,
    Introduction,
    Item,
    Level,
    Role,
    ScalePoint,
    SplitRule,
    Text,
)
from vsvkit._yaml import Reader, checksum_of, parse_yaml
from vsvkit.errors import InstrumentError

__all__ = [
    "Text",
    "ScalePoint",
    "Level",
    "Item",
    "Domain",
    "Role",
    "Echelon",
    "Instrument",
    "Introduction",
    "load_instrument",
    "parse_instrument",
    "bundled_instruments",
    "find_instrument",
    "default_instrument_path",
    "DEFAULT_VERSION",
    "MIN_GROUP_FLOOR",
    "LEVEL_DECIMALS",
    "SplitRule",
]

log = logging.getLogger(__name__)


#: The bundled version new sessions are answered with.
DEFAULT_VERSION = "2026.3"


def default_instrument_path() -> Path:
    """The bundled instrument file new sessions use (version :data:`DEFAULT_VERSION`)."""
    return _folder() / f"integratiemeter-{DEFAULT_VERSION}.yaml"


def _folder() -> Path:
    return Path(__file__).resolve().parent / "instruments"


def _item(r: Reader, raw: Any, where: str, domain: str, desired: bool) -> Item:
    code = r.get(raw, "code", where, str).strip()
    return Item(
        code=code,
        domain=domain,
        text=r.text(raw, "text", where),
        rainbow=r.get(raw, "rainbow", where, str, default=""),
        desired=desired,
    )


def _introduction(r: Reader, data: dict) -> Introduction | None:
    raw = r.get(data, "introduction", "", dict, default=None)
    if raw is None:
        return None
    parts = {key: r.text(raw, key, "introduction") for key in INTRODUCTION_KEYS}
    for lang in ("nl", "en"):
        if "{k}" not in parts["anonymity"](lang):
            raise r.fail(
                f"introduction.anonymity.{lang}",
                "must name the smallest group the results show as {k}",
            )
    return Introduction(**parts)


def _optional_text(r: Reader, raw: dict, key: str, where: str) -> Text | None:
    return r.text(raw, key, where) if raw.get(key) is not None else None


def _parse(data: Any, source: str, checksum: str, content: str) -> Instrument:
    r = Reader(source)
    data = r.mapping(data)

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
                intro=_optional_text(r, raw, "intro", where),
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
        introduction=_introduction(r, data),
        origin=_optional_text(r, data, "origin", ""),
        checksum=checksum,
        content=content,
    )


#: The keys of the split rule before version 2026.2, with the values the bundled file had.
_OLD_SPLIT_KEYS = {"split_window": 1.0, "split_share": 0.4}
_SPLIT_KEYS = ("pole_share", "pole_width", "max_consensus")
_SPLIT_EXAMPLE = "split: {pole_share: 0.25, pole_width: 0.5}"


def _split_rule(r: Reader, data: dict, scale_min: int, scale_max: int) -> SplitRule:
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


def _unique(r: Reader, key: str, codes: list[str]) -> None:
    seen = set()
    for c in codes:
        if c in seen:
            raise r.fail(key, f"code '{c}' is used twice; codes must be unique")
        seen.add(c)


def load_instrument(path: str | Path | None = None) -> Instrument:
    """Load and validate an instrument YAML file.

    Parameters
    ----------
    path : str or Path, optional
        An own instrument file; the bundled integratiemeter when None. (``vsvkit serve
        --instrument`` hands the apps their file in ``VSVKIT_INSTRUMENT``; the notebooks read
        it with :meth:`vsvkit.app.settings.Settings.from_env` and pass it here.)

    Raises
    ------
    InstrumentError
        When the file is missing, not YAML, or a key is missing or wrong; the message
        names the file and the key.
    """
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
    return _from_bytes(raw, source.name)


def parse_instrument(content: str, source: str = "instrument") -> Instrument:
    """The instrument written in ``content`` (the text of an instrument file).

    The session store keeps the file each session was answered with and reads it back here;
    the checksum is the file's, so ``parse_instrument(inst.content).checksum == inst.checksum``.

    Examples
    --------
    >>> inst = load_instrument()
    >>> parse_instrument(inst.content) == inst
    True
    """
    return _parse_cached(content, source)


@lru_cache(maxsize=32)
def _parse_cached(content: str, source: str) -> Instrument:
    return _from_bytes(content.encode("utf-8"), source)


def _from_bytes(raw: bytes, source: str) -> Instrument:
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InstrumentError(
            f"{source}: the file is not UTF-8 text (byte {err.start}); save it as UTF-8"
        ) from None
    return _parse(parse_yaml(raw, source), source, checksum_of(raw), content)


def bundled_instruments() -> tuple[Instrument, ...]:
    """Every version of the questionnaire that comes with vsvkit, the newest first.

    The newest is :func:`load_instrument`'s default; older versions stay so that sessions
    answered with them can be read and imported (``--instrument 2026.2``).

    Examples
    --------
    >>> [inst.version for inst in bundled_instruments()]
    ['2026.3', '2026.2', '2026.1']
    """
    found = [load_instrument(p) for p in sorted(_folder().glob("*.yaml"))]
    return tuple(sorted(found, key=lambda i: _version_key(i.version), reverse=True))


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def find_instrument(reference: str | Path | None) -> Instrument:
    """The instrument ``reference`` names: a file, or a bundled version ("2026.2").

    None is the newest bundled version. A bundled version may also be named with the
    instrument's name, as ``integratiemeter-2026.2``.

    Raises
    ------
    InstrumentError
        When ``reference`` is neither a file nor a bundled version (the message lists those).
    """
    if reference is None:
        return load_instrument()
    text = str(reference).strip()
    for inst in bundled_instruments():
        if text in (inst.version, f"{inst.name}-{inst.version}", f"{inst.name} {inst.version}"):
            return inst
    if Path(text).suffix.lower() in (".yaml", ".yml") or Path(text).exists():
        return load_instrument(text)
    versions = ", ".join(i.version for i in bundled_instruments())
    raise InstrumentError(
        f"{text}: not an instrument file and not a bundled version (bundled: {versions})"
    )
