"""Reading the YAML files vsvkit is configured with: the instrument and the conversation guide.

:func:`read_yaml` reads and parses one file (with a checksum of its bytes); :class:`Reader`
takes values out of the parsed data and reports every problem as an
:class:`~vsvkit.errors.InstrumentError` naming the file and the dotted key that holds it.

Private module: used by :mod:`vsvkit.instrument` and :mod:`vsvkit.guide`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from vsvkit._questionnaire import Text
from vsvkit.errors import InstrumentError
from vsvkit.i18n import LANGUAGES

__all__ = ["Reader", "read_yaml", "parse_yaml", "checksum_of"]


def read_yaml(source: Path, what: str) -> tuple[Any, str]:
    """The parsed content of ``source`` and the first 16 hex digits of its SHA-256.

    ``what`` names the kind of file in messages ("instrument", "guide").

    Raises
    ------
    InstrumentError
        The file cannot be read or is not valid YAML.
    """
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise InstrumentError(f"{source}: cannot read the {what} file ({err.strerror})") from err
    return parse_yaml(raw, source.name), checksum_of(raw)


#: PyYAML's safe loader, in C when PyYAML was built with libyaml (the wheels are): about ten
#: times as fast on an instrument, the same documents and errors
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(raw: bytes, name: str) -> Any:
    """The parsed content of the YAML bytes ``raw`` read from the file called ``name``."""
    try:
        return yaml.load(raw, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as err:
        raise InstrumentError(f"{name}: not valid YAML: {err}") from err


def checksum_of(raw: bytes) -> str:
    """The first 16 hex digits of the SHA-256 of ``raw``: how files name their version."""
    return hashlib.sha256(raw).hexdigest()[:16]


class Reader:
    """Reads one YAML document and reports problems with the dotted key that holds them.

    Parameters
    ----------
    source : str
        The file's name, the first word of every message.
    """

    def __init__(self, source: str):
        self.source = source

    def fail(self, key: str, what: str) -> InstrumentError:
        """The error for ``key`` (dotted path), to raise."""
        return InstrumentError(f"{self.source}: key '{key}': {what}")

    def mapping(self, data: Any) -> dict:
        """``data`` itself when the file holds a mapping (key: value) at the top."""
        if not isinstance(data, dict):
            raise InstrumentError(
                f"{self.source}: the file must be a YAML mapping (key: value), "
                f"not {type(data).__name__}"
            )
        return data

    def get(self, mapping: Any, key: str, where: str, kind: type | tuple = object, default=...):
        """``mapping[key]`` checked to be of ``kind``; ``default`` when absent (else an error)."""
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
        """A text in every language (``{nl: ..., en: ...}``), none of them empty."""
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
        """A list with at least one entry."""
        value = self.get(mapping, key, where, list)
        if not value:
            raise self.fail(f"{where}.{key}" if where else key, "must list at least one entry")
        return value

    def aliases(self, mapping: Any, where: str) -> tuple[str, ...]:
        """The optional ``aliases`` list, as stripped strings."""
        raw = self.get(mapping, "aliases", where, list, default=[])
        return tuple(str(a).strip() for a in raw)
