"""Strings users see, in Dutch (default) and English: the language layer.

The strings themselves are in one catalogue, :mod:`vsvkit.locale.catalogue` (re-exported here
as :data:`STRINGS`); questionnaire texts (domain names, item texts, role names, level labels)
live in the instrument YAML and are reached through the :class:`~vsvkit.instrument.Instrument`.
Both languages have exactly the same keys (a test checks it).

Examples
--------
>>> from vsvkit.i18n import t
>>> t("dont_know")
'weet niet'
>>> t("dont_know", lang="en")
"don't know"
>>> t("n_respondents", n=12)
'n = 12'
"""

from __future__ import annotations

from typing import Literal

from vsvkit.locale.catalogue import STRINGS

__all__ = [
    "Lang",
    "LANGUAGES",
    "DEFAULT_LANG",
    "STRINGS",
    "t",
    "check_language",
    "wave_label",
]

#: A language users can choose: Dutch (the default) or English.
Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"


def check_language(lang: str) -> Lang:
    """Return ``lang`` if it is supported, else raise ValueError naming the choices."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    return lang


def t(key: str, lang: Lang = DEFAULT_LANG, **fmt: object) -> str:
    """The user-facing string ``key`` in ``lang``, formatted with ``fmt``.

    Parameters
    ----------
    key : str
        A key of :data:`STRINGS` (identical in every language).
    lang : {"nl", "en"}
        Language; Dutch by default.
    **fmt
        Values for ``{placeholders}`` in the string.

    Raises
    ------
    KeyError
        When ``key`` is unknown (a programming error: add the key to both languages).
    ValueError
        When ``lang`` is not supported.
    """
    table = STRINGS[check_language(lang)]
    try:
        text = table[key]
    except KeyError:
        raise KeyError(
            f"no user string {key!r}; add it to vsvkit.i18n.STRINGS (vsvkit/locale/catalogue.py)"
        ) from None
    return text.format(**fmt) if fmt else text


def wave_label(wave: str, lang: Lang = DEFAULT_LANG) -> str:
    """The name of a wave code (``baseline`` -> "nulmeting", ``follow_up`` -> "vervolgmeting")."""
    key = {"baseline": "baseline", "follow_up": "follow_up", "follow-up": "follow_up"}.get(wave)
    return t(key, lang) if key else str(wave)
