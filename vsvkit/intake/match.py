"""Matching headers and cell values to the instrument (private helper of :mod:`vsvkit.intake`).

Everything is compared in a normalised form: Unicode-decomposed without accents, case-folded,
curly quotes made straight, and either runs of whitespace collapsed (``_loose``) or every
non-alphanumeric character removed (``_compact``). A key that would point at two different
targets is dropped from a look-up, so an ambiguous header or value is reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from vsvkit.instrument import Instrument
from vsvkit.intake.cells import Foreign, error_text

__all__: list[str] = []

AMBIGUOUS = object()
_DONT_KNOW = (float("nan"), True)
_BLANK = (float("nan"), False)  # marker in look-ups for keys that point at several targets

_ROLE_WORDS = {
    "beroep",
    "beroepen",
    "beroepsgroep",
    "rol",
    "functie",
    "discipline",
    "disciplines",
    "profession",
    "role",
    "occupation",
    "vakgebied",
}
_OTHER_WORDS = {"anders", "other", "overig", "overige", "text", "tekst"}
_ECHELON_WORDS = {"echelon", "lijn", "line", "sector"}
_REMARK_WORDS = {
    "opmerking",
    "opmerkingen",
    "toelichting",
    "remark",
    "remarks",
    "comment",
    "comments",
    "commentaar",
    "aanvulling",
    "aanvullingen",
}
_REMARK_BY_LENGTH = sorted(_REMARK_WORDS, key=lambda w: (-len(w), w))
_ID_HEADERS = {
    "id",
    "response id",
    "respondent id",
    "responseid",
    "antwoord id",
    "respons id",
    "reactie id",
    "id nummer",
}
_OTHER_PREFIX = re.compile(r"^(anders|overig|overige|other)\s*[:\-]")
_CODE_PREFIX = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_]*)\s*[-–—.:)]\s*(.+)$", re.S)
_BRACKET_END = re.compile(r"^(.*)\[([^\[\]]+)\]\s*[.:?]*\s*$", re.S)
_NUM_LABEL = re.compile(r"^(\d+)\s*[-.:=)(]*\s*(\D.*?)\)?$")
_LABEL_NUM = re.compile(r"^(\D.*?)[\s\-:=(]*(\d+)\)?$")


def _plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("\u2019", "'").replace("\u2018", "'").casefold()


def _loose(s: str) -> str:
    """Accents removed, case-folded, whitespace collapsed."""
    return " ".join(_plain(s).split())


def _visible(s: str) -> str:
    """``s`` without invisible format characters (zero-width space, a BOM pasted along,
    direction marks): "text [CODE]\ufeff" is "text [CODE]"."""
    if s.isascii():
        return s
    return "".join(ch for ch in s if unicodedata.category(ch) != "Cf")


def _tokens(s: str) -> str:
    """Words only: every run of non-alphanumeric characters becomes one space."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", _plain(s)).split())


def _compact(s: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", _plain(s))


def _add(lookup: dict, key: str, target) -> None:
    if not key:
        return
    if key in lookup and lookup[key] != target:
        lookup[key] = AMBIGUOUS
    else:
        lookup[key] = target


# -- headers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderKind:
    """What a column holds: ``kind`` is item, remark, role, echelon, email, id or other."""

    kind: str
    target: str | None = None  # item code (item) or domain code (remark)
    conflict: tuple[str, ...] = ()  # several items or domains named: ambiguous


class HeaderMatcher:
    """Classifies header cells against one instrument."""

    def __init__(self, inst: Instrument):
        self.codes: dict[str, object] = {}
        self.texts: dict[str, object] = {}
        for item in inst.all_items:
            _add(self.codes, _compact(item.code), item.code)
            for lang in ("nl", "en"):
                _add(self.texts, _tokens(item.text(lang)), item.code)
        self.item_domain = {i.code: i.domain for i in inst.all_items}
        self.domain_codes = {_compact(d.code): d.code for d in inst.domains}
        self.domain_names = {
            _tokens(d.name(lang)): d.code for d in inst.domains for lang in ("nl", "en")
        }

    def _item_from(self, part: str) -> set[str]:
        """Item codes a header part names, by code or by full text."""
        found: set[str] = set()
        for lookup, key in ((self.codes, _compact(part)), (self.texts, _tokens(part))):
            target = lookup.get(key)
            if target is AMBIGUOUS:
                found.add("?")
            elif isinstance(target, str):
                found.add(target)
        return found

    def item_codes(self, header: str) -> set[str]:
        found = self._item_from(header)
        m = _BRACKET_END.match(header)
        if m:  # "text [CODE]", "Q1[CODE]", Google grid "title [row text]"
            inner = self._item_from(m.group(2))
            if inner:
                found |= inner
                found |= self._item_from(m.group(1)) if m.group(1).strip() else set()
        m = _CODE_PREFIX.match(header)
        code = self.codes.get(_compact(m.group(1))) if m else None
        if m and isinstance(code, str):  # neither unknown nor AMBIGUOUS
            found.add(code)
            found |= self._item_from(m.group(2))
        return found

    def classify(self, header: str) -> HeaderKind:
        header = _visible(header)
        if not header.strip():
            return HeaderKind("other")
        codes = self.item_codes(header)
        if len(codes) == 1 and "?" not in codes:
            return HeaderKind("item", next(iter(codes)))
        if codes:
            return HeaderKind("item", None, tuple(sorted(codes - {"?"})))
        words = [part for word in _tokens(header).split() for part in self._unglued(word)]
        if _REMARK_WORDS & set(words):
            return self._remark(words)
        if any(w in _ROLE_WORDS or w.startswith("beroep") for w in words):
            # LimeSurvey/Qualtrics put the free text of "other" in its own column
            return HeaderKind("other" if _OTHER_WORDS & set(words) else "role")
        if _ECHELON_WORDS & set(words):
            return HeaderKind("echelon")
        compact = _compact(header)
        if "email" in compact or "mailadres" in compact:
            return HeaderKind("email")
        if _tokens(header) in _ID_HEADERS:
            return HeaderKind("id")
        return HeaderKind("other")

    def _unglued(self, word: str) -> tuple[str, ...]:
        """A remark word glued to a domain code, as a LimeSurvey question code must be (only
        letters and digits): "opmerkingcli" is "opmerking cli", "clicomment" "cli comment"."""
        for remark in _REMARK_BY_LENGTH:
            if word.startswith(remark) and word[len(remark) :] in self.domain_codes:
                return (remark, word[len(remark) :])
            if word.endswith(remark) and word[: -len(remark)] in self.domain_codes:
                return (word[: -len(remark)], remark)
        return (word,)

    def _remark(self, words: list[str]) -> HeaderKind:
        found = set()
        padded = f" {' '.join(words)} "
        for w in words:
            if w in self.domain_codes:
                found.add(self.domain_codes[w])
            target = self.codes.get(w)
            if isinstance(target, str):  # neither unknown nor AMBIGUOUS
                found.add(self.item_domain[target])
        for name, code in self.domain_names.items():
            if f" {name} " in padded:
                found.add(code)
        if len(found) == 1:
            return HeaderKind("remark", next(iter(found)))
        return HeaderKind("remark", None, tuple(sorted(found)))


# -- cell values -----------------------------------------------------------------------------


class AnswerParser:
    """Turns one answer cell into ``(value, dont_know)``, or None when it is not allowed."""

    def __init__(self, inst: Instrument):
        self.scale = {s.value for s in inst.scale}
        self.loose: dict[str, object] = {}
        self.compact: dict[str, object] = {}
        for s in inst.scale:
            for label in (s.label.nl, s.label.en):
                _add(self.loose, _loose(label), (float(s.value), False))
                _add(self.compact, _compact(label), (float(s.value), False))
        dk = [inst.dont_know.nl, inst.dont_know.en, *inst.dont_know_aliases]
        for alias in dk:  # one shared tuple: NaN != NaN would make the key look ambiguous
            _add(self.loose, _loose(alias), _DONT_KNOW)
            _add(self.compact, _compact(alias), _DONT_KNOW)

    def _number(self, s: str) -> float | None:
        try:
            x = float(s.replace(",", ".")) if re.fullmatch(r"\d+([.,]0*)?", s) else None
        except ValueError:
            return None
        return x if x is not None and x in self.scale else None

    def _label(self, s: str):
        for lookup, key in ((self.loose, _loose(s)), (self.compact, _compact(s))):
            hit = lookup.get(key)
            if hit is not None:
                return None if hit is AMBIGUOUS else hit
        return None

    def parse_cell(self, v) -> tuple[float, bool, str | None]:
        """``(value, dont_know, problem)`` of a canonical cell (text, number or Foreign):
        ``problem`` is None for an answer, "bad" for a wrong one, or the Foreign kind."""
        if isinstance(v, Foreign):
            return (np.nan, False, v.kind)
        if isinstance(v, float):
            ok = v in self.scale
            return (v if ok else np.nan, False, None if ok else "bad")
        hit = self.parse(v)
        return (np.nan, False, "bad") if hit is None else (hit[0], hit[1], None)

    def parse(self, cell: str):
        s = cell.strip()
        if not s:
            return _BLANK
        if error_text(s):  # "#N/A" is an Excel error, not the alias "n/a"
            return None
        x = self._number(s)
        if x is not None:
            return (x, False)
        hit = self._label(s)
        if hit is not None:
            return hit
        for pattern, num, lab in ((_NUM_LABEL, 1, 2), (_LABEL_NUM, 2, 1)):
            m = pattern.match(_loose(s))
            if m:  # "3 - grotendeels", "grotendeels (3)": number and label must agree
                x, hit = self._number(m.group(num)), self._label(m.group(lab))
                if x is not None and hit is not None and hit[0] == x:
                    return hit
        return None


class CodeLookup:
    """Maps a cell to a role or echelon code by code, Dutch or English name, or alias."""

    def __init__(self, entries):
        self.loose: dict[str, object] = {}
        self.compact: dict[str, object] = {}
        for code, names in entries:
            for n in names:
                _add(self.loose, _loose(n), code)
                _add(self.compact, _compact(n), code)

    def find(self, cell: str):
        """The code, None when unknown, or :data:`AMBIGUOUS`."""
        for lookup, key in ((self.loose, _loose(cell)), (self.compact, _compact(cell))):
            hit = lookup.get(key)
            if hit is not None:
                return hit
        return None


def role_lookup(inst: Instrument) -> CodeLookup:
    return CodeLookup((r.code, (r.code, r.name.nl, r.name.en, *r.aliases)) for r in inst.roles)


def echelon_lookup(inst: Instrument) -> CodeLookup:
    return CodeLookup((e.code, (e.code, e.name.nl, e.name.en, *e.aliases)) for e in inst.echelons)


def other_role(cell: str) -> bool:
    """Google/Microsoft Forms write a free "other" answer as "Anders: ..." / "Other: ..."."""
    return bool(_OTHER_PREFIX.match(_loose(cell)))


def mask_email(value: str) -> str:
    """``jan.jansen@example.nl`` -> ``j***@example.nl``."""
    local, _, domain = value.strip().partition("@")
    return f"{local[:1]}***@{domain}"


def is_blank_remark(text: str, dont_know: set[str]) -> bool:
    c = _compact(text)
    return (
        not c
        or c in dont_know
        or c
        in {"geen", "geenopmerking", "geenopmerkingen", "nee", "none", "no", "nothing", "niets"}
    )


def compact(s: str) -> str:
    return _compact(s)
