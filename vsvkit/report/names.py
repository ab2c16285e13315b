"""File names of reports and handouts: ``verslag-vsv-voorbeeldstad-2026-10-07.pdf``.

A name says what the file is (in the report's language), for which VSV and which meeting:
the kind (``verslag`` / ``report``, ``samenvatting`` / ``summary``), the VSV name as a slug,
the session date, a tag when the same VSV met more than once that day, and ``-en`` for an
English file (Dutch is the default and has no suffix).

Light on purpose (no nbconvert, no store import): the report notebook's kernel uses it.

Examples
--------
>>> import datetime
>>> file_stem("VSV Voorbeeldstad", datetime.date(2026, 10, 7), "nl")
'verslag-vsv-voorbeeldstad-2026-10-07'
>>> file_stem("Geboortezorg Zuid-Oost", "2026-10-07", "en", kind="handout")
'summary-vsv-geboortezorg-zuid-oost-2026-10-07-en'
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable

from vsvkit.i18n import DEFAULT_LANG, Lang, t, wave_label

__all__ = ["KINDS", "file_stem", "same_day_tag", "slug", "store_file_tag", "vsv_slug"]

#: What a file can be, and the catalogue key of its word in the file name.
KINDS = {"report": "file_report", "handout": "file_handout"}

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` as ASCII lowercase words joined by hyphens ("’t Gooi" -> "t-gooi")."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return _NOT_WORD.sub("-", ascii_text.lower()).strip("-")


def vsv_slug(name: str) -> str:
    """The VSV name as a slug that starts with ``vsv``: "VSV Voorbeeldstad" -> "vsv-voorbeeldstad",
    "Geboortezorg Noord" -> "vsv-geboortezorg-noord"."""
    text = slug(name)
    if text == "vsv" or text.startswith("vsv-"):
        return text
    return f"vsv-{text}" if text else "vsv"


def _iso(date) -> str:
    if date is None or date == "":
        return ""
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date):
        return date.isoformat()
    return dt.date.fromisoformat(str(date)[:10]).isoformat()


def file_stem(
    vsv: str,
    date,
    lang: Lang = DEFAULT_LANG,
    *,
    kind: str = "report",
    tag: str = "",
) -> str:
    """The file name without extension.

    Parameters
    ----------
    vsv : str
        The VSV name as the session has it.
    date : datetime.date or ISO string, optional
        The session date (left out when None).
    lang : {"nl", "en"}
        The file's language: the kind's word in it, and ``-en`` at the end of an English file.
    kind : {"report", "handout"}
    tag : str
        Told apart from another session of the same VSV on the same date
        (:func:`same_day_tag`); "" when there is none.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {sorted(KINDS)}, got {kind!r}")
    parts = [t(KINDS[kind], lang), vsv_slug(vsv), _iso(date), slug(tag)]
    if lang != DEFAULT_LANG:
        parts.append(lang)
    return "-".join(p for p in parts if p)


def same_day_tag(session, others: Iterable, lang: Lang = DEFAULT_LANG) -> str:
    """What tells ``session``'s files apart from those of other sessions of its VSV that day.

    Parameters
    ----------
    session
        A session (``id``, ``vsv``, ``date``, ``wave``; e.g. :class:`vsvkit.store.Session`).
    others : iterable of sessions
        Sessions to compare with (e.g. all sessions of the VSV); ``session`` itself may be
        among them.
    lang : {"nl", "en"}

    Returns
    -------
    str
        "" when no other session of the same VSV has the same date; else the wave
        ("vervolgmeting") when only this session has that wave that day, else
        "sessie-<id>" / "session-<id>".
    """
    same = [
        o
        for o in others
        if o.id != session.id and o.vsv == session.vsv and _iso(o.date) == _iso(session.date)
    ]
    if not same:
        return ""
    if all(o.wave != session.wave for o in same):
        return wave_label(session.wave, lang)
    return t("file_session", lang, id=session.id)


def store_file_tag(store, session, lang: Lang = DEFAULT_LANG) -> str:
    """:func:`same_day_tag` of ``session`` among the sessions of its VSV in ``store``."""
    others = store.find_sessions(session.vsv)
    return same_day_tag(session, others.itertuples(index=False), lang)
