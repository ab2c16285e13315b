"""The conversation guide ("gespreksleidraad"): frozen dataclasses and the loader of its YAML.

The ROS-adviseur uses the guide after the meeting to draw up the follow-up plan with the
VSV. Per domain it holds:

- per level of the integration continuum, a few questions that open the conversation and
  example next steps that fit that level (:meth:`Guide.entry`);
- for a *split* domain (the room is divided), questions and steps to understand why the
  disciplines see it so differently (:meth:`Guide.split`);
- for a domain with a high "weet niet" share (members do not know how things are
  arranged), questions and steps for that information task (:meth:`Guide.dont_know`).

:attr:`Guide.every_level` holds the next steps that fit every domain and level (repeat the
integratiemeter); they come after a level's own steps. Every next step (:class:`NextStep`)
names the public sources an adviser can hand over with it (:class:`Reference`: title and
publisher, no web addresses).

The bundled guide lives in ``vsvkit/guides/gespreksleidraad.yaml``; an adviser may pass an
own file. A broken file raises :class:`~vsvkit.errors.InstrumentError` naming the file and
the key. A guide in the earlier shape (version 2026.1: next steps without ``refs``, no
``references``, ``split``, ``dont_know`` or ``every_level``) still loads
(:attr:`Guide.legacy`): its steps have no references and :meth:`Guide.split` and
:meth:`Guide.dont_know` return None, so the app and the plan skip those sections.

Examples
--------
>>> from vsvkit.guide import load_guide
>>> guide = load_guide()
>>> step = guide.entry("COO", 2).next_steps[0]
>>> step("nl")
'Spreek af dat elke zwangere één coördinerend zorgverlener heeft, die zij kent'
>>> step.refs[0].cite("nl")
'Zorgstandaard Integrale Geboortezorg (College Perinatale Zorg)'
>>> guide.split("COO").questions[0]("en")
'Why do the disciplines see the coordination of care so differently?'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from vsvkit._yaml import Reader, read_yaml
from vsvkit.errors import InstrumentError
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang
from vsvkit.instrument import Instrument, Text

__all__ = [
    "Reference",
    "NextStep",
    "GuideEntry",
    "GuideLevel",
    "GuideDomain",
    "Guide",
    "load_guide",
    "default_guide_path",
]

#: The keys a next step may have.
STEP_KEYS = (*LANGUAGES, "refs")
#: The keys a reference may have.
REFERENCE_KEYS = ("title", "publisher")


def default_guide_path() -> Path:
    """The bundled guide file (``vsvkit/guides/gespreksleidraad.yaml``)."""
    return Path(__file__).resolve().parent / "guides" / "gespreksleidraad.yaml"


@dataclass(frozen=True)
class Reference:
    """A public source an adviser can hand over: its title and who publishes it."""

    id: str
    title: Text
    publisher: str

    def cite(self, lang: Lang = DEFAULT_LANG) -> str:
        """``"<title> (<publisher>)"`` in ``lang``."""
        return f"{self.title(lang)} ({self.publisher})"


@dataclass(frozen=True)
class NextStep:
    """An example next step and the sources that go with it.

    Called with a language it gives its text, as a :class:`~vsvkit.instrument.Text` does.
    """

    text: Text
    refs: tuple[Reference, ...] = ()

    def __call__(self, lang: Lang = DEFAULT_LANG) -> str:
        return self.text(lang)


@dataclass(frozen=True)
class GuideEntry:
    """Questions and next steps for one situation of a domain (split, much "weet niet")."""

    questions: tuple[Text, ...]
    next_steps: tuple[NextStep, ...]


@dataclass(frozen=True)
class GuideLevel:
    """Questions and example next steps for one domain at one level."""

    level: int
    questions: tuple[Text, ...]
    next_steps: tuple[NextStep, ...]


@dataclass(frozen=True)
class GuideDomain:
    """One domain of the guide: its levels and (from version 2026.2) its two situations."""

    code: str
    levels: tuple[GuideLevel, ...]
    split: GuideEntry | None = None
    dont_know: GuideEntry | None = None

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
    references: tuple[Reference, ...] = ()
    every_level: tuple[NextStep, ...] = ()
    checksum: str = field(default="", compare=False)

    @property
    def legacy(self) -> bool:
        """True for a guide in the 2026.1 shape (no ``references``: no sources, no situations)."""
        return not self.references

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

    def split(self, domain: str) -> GuideEntry | None:
        """The entry for a split ``domain`` (None in a legacy guide; KeyError: no domain)."""
        return self.domain(domain).split

    def dont_know(self, domain: str) -> GuideEntry | None:
        """The entry for a high "weet niet" share in ``domain`` (None in a legacy guide)."""
        return self.domain(domain).dont_know

    def reference(self, ref_id: str) -> Reference:
        for ref in self.references:
            if ref.id == ref_id:
                return ref
        raise KeyError(f"the guide has no reference {ref_id!r}")

    def find_step(self, domain: str, text: str, lang: Lang = DEFAULT_LANG) -> NextStep | None:
        """The next step of ``domain`` (or of every level) whose text in ``lang`` is ``text``.

        Used to show the sources of a suggested action; None when the text was changed.
        """
        d = self.domain(domain)
        steps = [s for lv in d.levels for s in lv.next_steps]
        for entry in (d.split, d.dont_know):
            steps += entry.next_steps if entry is not None else ()
        steps += self.every_level
        return next((s for s in steps if s(lang) == text.strip()), None)

    def check(self, instrument: Instrument, source: str = "guide") -> Guide:
        """Raise InstrumentError unless the guide covers every domain and level of ``instrument``.

        A guide in the current shape must also hold a ``split`` and a ``dont_know`` entry for
        every domain (a legacy guide has none; the app and the plan then skip them).
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
            for situation in ("split", "dont_know"):
                if not self.legacy and getattr(self.domain(code), situation) is None:
                    raise InstrumentError(
                        f"{source}: key 'domains[{code}].{situation}': is missing; a guide "
                        "with references needs a split and a dont_know entry for every domain"
                    )
        extra = [c for c in self.domain_codes if c not in instrument.domain_codes]
        if extra:
            raise InstrumentError(
                f"{source}: key 'domains': domain(s) {', '.join(extra)} are not in instrument "
                f"{instrument.name} (its domains: {', '.join(instrument.domain_codes)})"
            )
        return self


class _Parser:
    """Reads one guide file; remembers every text so that a repeated one is named."""

    def __init__(self, source: str):
        self.r = Reader(source)
        self.refs: dict[str, Reference] = {}
        self.seen: dict[tuple[str, str, str], str] = {}  # (kind, lang, text) -> first key

    def unique(self, kind: str, text: Text, path: str) -> Text:
        for lang in LANGUAGES:
            key = (kind, lang, " ".join(text(lang).split()).casefold())
            if key in self.seen:
                raise self.r.fail(
                    path,
                    f"repeats the {lang} text of '{self.seen[key]}' ({text(lang)!r}); "
                    f"every {kind} in the guide must be distinct",
                )
            self.seen[key] = path
        return text

    def text(self, raw: Any, path: str) -> Text:
        try:
            return self.r.text({"text": raw}, "text", path)
        except InstrumentError as err:
            # the helper names "<path>.text"; the file has no 'text' key, so name "<path>"
            raise InstrumentError(str(err).replace(f"{path}.text", path)) from None

    def questions(self, raw: Any, where: str) -> tuple[Text, ...]:
        path = f"{where}.questions"
        return tuple(
            self.unique("question", self.text(q, f"{path}[{n}]"), f"{path}[{n}]")
            for n, q in enumerate(self.r.seq(raw, "questions", where), 1)
        )

    def step(self, raw: Any, path: str) -> NextStep:
        text = self.unique("next step", self.text(raw, path), path)
        unknown = [k for k in raw if k not in STEP_KEYS]
        if unknown:
            raise self.r.fail(
                path,
                f"unknown key(s) {', '.join(map(str, unknown))}; a next step has "
                f"{', '.join(STEP_KEYS)}",
            )
        ids = self.r.get(raw, "refs", path, list, default=[])
        if self.refs and not ids:
            raise self.r.fail(
                f"{path}.refs",
                "is missing; name at least one source of 'references' "
                f"(one of {', '.join(self.refs)})",
            )
        refs = []
        for ref_id in ids:
            if not isinstance(ref_id, str) or ref_id not in self.refs:
                have = f"one of {', '.join(self.refs)}" if self.refs else "the file lists none"
                raise self.r.fail(f"{path}.refs", f"unknown reference {ref_id!r} ({have})")
            refs.append(self.refs[ref_id])
        return NextStep(text=text, refs=tuple(refs))

    def steps(self, raw: Any, where: str, key: str = "next_steps") -> tuple[NextStep, ...]:
        path = f"{where}.{key}" if where else key
        return tuple(
            self.step(s, f"{path}[{n}]") for n, s in enumerate(self.r.seq(raw, key, where), 1)
        )

    def references(self, data: dict) -> None:
        raw = self.r.get(data, "references", "", dict, default={})
        if "references" in data and not raw:
            raise self.r.fail("references", "must list at least one source")
        for ref_id, body in raw.items():
            path = f"references.{ref_id}"
            unknown = [
                k for k in (body if isinstance(body, dict) else {}) if k not in REFERENCE_KEYS
            ]
            if unknown:
                raise self.r.fail(
                    path,
                    f"unknown key(s) {', '.join(map(str, unknown))}; "
                    "a reference has a title (nl, en) and a publisher",
                )
            title = self.r.text(body, "title", path)
            publisher = self.r.get(body, "publisher", path, str).strip()
            if not publisher:
                raise self.r.fail(f"{path}.publisher", "must not be empty")
            for value in (title.nl, title.en, publisher):
                if "://" in value or "www." in value.lower():
                    raise self.r.fail(
                        path, f"holds a web address ({value!r}); name the title and publisher only"
                    )
            self.refs[str(ref_id)] = Reference(id=str(ref_id), title=title, publisher=publisher)

    def entry(self, raw: Any, where: str, key: str) -> GuideEntry | None:
        body = self.r.get(raw, key, where, dict, default=None)
        if body is None:
            if self.refs:
                raise self.r.fail(
                    f"{where}.{key}",
                    "is missing; a guide with references needs a split and a dont_know entry "
                    "for every domain",
                )
            return None
        path = f"{where}.{key}"
        return GuideEntry(questions=self.questions(body, path), next_steps=self.steps(body, path))

    def domain(self, raw: Any, code: str) -> GuideDomain:
        where = f"domains[{code}]"
        split = self.entry(raw, where, "split")
        dont_know = self.entry(raw, where, "dont_know")
        levels: list[GuideLevel] = []
        for m, lraw in enumerate(self.r.seq(raw, "levels", where), 1):
            level = self.r.get(lraw, "level", f"{where}.levels[{m}]", int)
            lwhere = f"{where}.levels[{level}]"
            if level in {lv.level for lv in levels}:
                raise self.r.fail(f"{where}.levels", f"level {level} is listed twice")
            levels.append(
                GuideLevel(
                    level=level,
                    questions=self.questions(lraw, lwhere),
                    next_steps=self.steps(lraw, lwhere),
                )
            )
        return GuideDomain(
            code=code,
            levels=tuple(sorted(levels, key=lambda lv: lv.level)),
            split=split,
            dont_know=dont_know,
        )

    def guide(self, data: Any, checksum: str) -> Guide:
        r = self.r
        data = r.mapping(data)
        self.references(data)
        every = self.steps(data, "", "every_level") if data.get("every_level") is not None else ()
        domains: list[GuideDomain] = []
        for n, raw in enumerate(r.seq(data, "domains", ""), 1):
            code = r.get(raw, "code", f"domains[{n}]", str).strip()
            if code in {d.code for d in domains}:
                raise r.fail("domains", f"domain '{code}' is listed twice; codes must be unique")
            domains.append(self.domain(raw, code))
        return Guide(
            name=r.get(data, "name", "", str),
            version=str(r.get(data, "version", "", (str, int, float))),
            title=r.text(data, "title", ""),
            domains=tuple(domains),
            references=tuple(self.refs.values()),
            every_level=every,
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
        When given, the guide must cover exactly its domains and all its levels
        (:meth:`Guide.check`).

    Raises
    ------
    InstrumentError
        When the file is missing, not YAML, or a key is missing or wrong: a text without one
        of its languages, a next step naming an unknown reference (or, in a guide with
        ``references``, none), a domain without ``split`` or ``dont_know`` in a guide with
        ``references``, a question or step that repeats another. The message names the file
        and the key.
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
    return _Parser(source.name).guide(data, checksum)
