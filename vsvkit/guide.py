"""The conversation guide ("gespreksleidraad"): frozen dataclasses and the loader of its YAML.

The ROS-adviseur uses the guide after the meeting to draw up the follow-up plan with the
VSV. Per domain and per level of the integration continuum it holds a few questions that
open the conversation and example next steps that fit that level. The bundled guide lives
in ``vsvkit/guides/gespreksleidraad.yaml``; an adviser may pass an own file. A broken file
raises :class:`~vsvkit.errors.InstrumentError` naming the file and the key.

Examples
--------
>>> from vsvkit.guide import load_guide
>>> guide = load_guide()
>>> guide.entry("COO", 2).next_steps[0]("nl")
'Spreek per zorgpad één coördinerend zorgverlener af'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vsvkit._yaml import Reader, read_yaml
from vsvkit.errors import InstrumentError
from vsvkit.instrument import Instrument, Text

__all__ = ["GuideLevel", "GuideDomain", "Guide", "load_guide", "default_guide_path"]


def default_guide_path() -> Path:
    """The bundled guide file (``vsvkit/guides/gespreksleidraad.yaml``)."""
    return Path(__file__).resolve().parent / "guides" / "gespreksleidraad.yaml"


@dataclass(frozen=True)
class GuideLevel:
    """Questions and example next steps for one domain at one level."""

    level: int
    questions: tuple[Text, ...]
    next_steps: tuple[Text, ...]


@dataclass(frozen=True)
class GuideDomain:
    code: str
    levels: tuple[GuideLevel, ...]

    def level(self, level: int) -> GuideLevel:
        for lv in self.levels:
            if lv.level == level:
                return lv
        raise KeyError(f"the guide has no level {level} for domain {self.code}")


@dataclass(frozen=True)
class Guide:
    """A conversation guide: per domain and level, opening questions and next steps."""

    name: str
    version: str
    title: Text
    domains: tuple[GuideDomain, ...]
    checksum: str = field(default="", compare=False)

    @property
    def domain_codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.domains)

    def domain(self, code: str) -> GuideDomain:
        for d in self.domains:
            if d.code == code:
                return d
        raise KeyError(f"the guide has no domain {code!r}")

    def entry(self, domain: str, level: int) -> GuideLevel:
        """Questions and next steps of ``domain`` at ``level`` (KeyError when absent)."""
        return self.domain(domain).level(int(level))

    def check(self, instrument: Instrument, source: str = "guide") -> Guide:
        """Raise InstrumentError unless the guide covers every domain and level of ``instrument``.

        Returns the guide itself, so ``load_guide(...).check(inst)`` reads naturally.
        """
        levels = [lv.level for lv in instrument.levels]
        for code in instrument.domain_codes:
            if code not in self.domain_codes:
                raise InstrumentError(
                    f"{source}: key 'domains': domain {code} of instrument {instrument.name} "
                    f"is missing; the guide has {', '.join(self.domain_codes)}"
                )
            have = [lv.level for lv in self.domain(code).levels]
            missing = [lv for lv in levels if lv not in have]
            if missing:
                raise InstrumentError(
                    f"{source}: key 'domains[{code}].levels': level(s) "
                    f"{', '.join(map(str, missing))} missing; the instrument has levels "
                    f"{', '.join(map(str, levels))}"
                )
        extra = [c for c in self.domain_codes if c not in instrument.domain_codes]
        if extra:
            raise InstrumentError(
                f"{source}: key 'domains': domain(s) {', '.join(extra)} are not in instrument "
                f"{instrument.name} (its domains: {', '.join(instrument.domain_codes)})"
            )
        return self


def _texts(r: Reader, raw: Any, key: str, where: str) -> tuple[Text, ...]:
    path = f"{where}.{key}"
    entries = r.seq(raw, key, where)
    out = []
    for n, entry in enumerate(entries, 1):
        holder = {"text": entry}
        try:
            out.append(r.text(holder, "text", f"{path}[{n}]"))
        except InstrumentError as err:
            # the helper names "<path>[n].text"; the file has no 'text' key, so name "<path>[n]"
            raise InstrumentError(str(err).replace(f"{path}[{n}].text", f"{path}[{n}]")) from None
    return tuple(out)


def _parse(data: Any, source: str, checksum: str) -> Guide:
    r = Reader(source)
    data = r.mapping(data)
    domains = []
    seen: set[str] = set()
    for n, raw in enumerate(r.seq(data, "domains", ""), 1):
        code = r.get(raw, "code", f"domains[{n}]", str).strip()
        where = f"domains[{code}]"
        if code in seen:
            raise r.fail("domains", f"domain '{code}' is listed twice; codes must be unique")
        seen.add(code)
        levels: list[GuideLevel] = []
        for m, lraw in enumerate(r.seq(raw, "levels", where), 1):
            lwhere = f"{where}.levels[{m}]"
            level = r.get(lraw, "level", lwhere, int)
            lwhere = f"{where}.levels[{level}]"
            if level in {lv.level for lv in levels}:
                raise r.fail(f"{where}.levels", f"level {level} is listed twice")
            levels.append(
                GuideLevel(
                    level=level,
                    questions=_texts(r, lraw, "questions", lwhere),
                    next_steps=_texts(r, lraw, "next_steps", lwhere),
                )
            )
        domains.append(
            GuideDomain(code=code, levels=tuple(sorted(levels, key=lambda lv: lv.level)))
        )
    return Guide(
        name=r.get(data, "name", "", str),
        version=str(r.get(data, "version", "", (str, int, float))),
        title=r.text(data, "title", ""),
        domains=tuple(domains),
        checksum=checksum,
    )


def load_guide(path: str | Path | None = None, instrument: Instrument | None = None) -> Guide:
    """Load and validate a conversation guide (the bundled gespreksleidraad by default).

    Parameters
    ----------
    path : str or Path, optional
        An own guide file; the bundled gespreksleidraad when None. (``vsvkit serve --guide``
        hands the apps their file in ``VSVKIT_GUIDE``; the notebooks read it with
        :meth:`vsvkit.app.settings.Settings.from_env` and pass it here.)
    instrument : Instrument, optional
        When given, the guide must cover exactly its domains and all its levels.

    Raises
    ------
    InstrumentError
        When the file is missing, not YAML, or a key is missing or wrong; the message names
        the file and the key.
    """
    source = Path(path).resolve() if path else default_guide_path()
    try:
        stamp = source.stat().st_mtime_ns
    except OSError as err:
        raise InstrumentError(f"{source}: cannot read the guide file ({err.strerror})") from err
    guide = _load_cached(str(source), stamp)
    if instrument is not None:
        guide.check(instrument, source.name)
    return guide


@lru_cache(maxsize=8)
def _load_cached(path: str, stamp: int) -> Guide:
    source = Path(path)
    data, checksum = read_yaml(source, "guide")
    return _parse(data, source.name, checksum)
