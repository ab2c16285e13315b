"""One-time invitation codes: made, normalised, digested, and written for a mail merge.

A code is eight characters from an alphabet without look-alikes (no ``0 O 1 I L``), drawn
with :mod:`secrets` and shown in two groups of four, ``"K7QM-3TXA"``: easy to read on paper
and to type on a phone. The store keeps only :func:`code_digest` of a code, never the code,
and never next to the answers (docs/domain.md, section 5): the digest says whether a code is
valid and still unused, nothing more.

Examples
--------
>>> from vsvkit.survey.codes import code_digest, new_codes, normalise_code
>>> codes = new_codes(3)
>>> len(set(codes)) == 3 and all(len(c) == 9 and c[4] == "-" for c in codes)
True
>>> normalise_code(" k7qm 3txa ")
'K7QM3TXA'
>>> code_digest("K7QM-3TXA") == code_digest("k7qm3txa")
True
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from vsvkit.errors import VsvkitError

__all__ = [
    "ALPHABET",
    "CODE_LENGTH",
    "CODES_CSV_COLUMNS",
    "new_codes",
    "normalise_code",
    "format_code",
    "code_digest",
    "code_link",
    "write_codes_csv",
]

#: The characters of a code: capitals and digits without 0, O, 1, I and L.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: Characters in a code (without the dash): 31**8 (about 8.5e11) possible codes.
CODE_LENGTH = 8
#: The columns of the mail-merge file.
CODES_CSV_COLUMNS = ("code", "link")
#: Domain separation of the plain digest: a digest of a code is no digest of anything else.
_DIGEST_PREFIX = b"vsvkit invitation code\x00"
_ALLOWED = frozenset(ALPHABET)


def format_code(raw: str) -> str:
    """``"K7QM3TXA"`` as it is shown and mailed: ``"K7QM-3TXA"``."""
    half = len(raw) // 2
    return f"{raw[:half]}-{raw[half:]}"


def new_codes(n: int) -> list[str]:
    """``n`` distinct codes, e.g. ``"K7QM-3TXA"``, from a cryptographically strong source.

    Raises
    ------
    VsvkitError
        ``n`` is negative or not a whole number.
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise VsvkitError(key="codes_bad_count", value=n)
    made: dict[str, None] = {}  # insertion-ordered set
    while len(made) < n:
        made.setdefault("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))
    return [format_code(code) for code in made]


def normalise_code(text: str) -> str | None:
    """The code a member typed, as stored characters: upper case, without spaces or dashes.

    None when what is left is not a code (a wrong length or a character outside
    :data:`ALPHABET`).
    """
    plain = unicodedata.normalize("NFKC", str(text)).upper()
    kept = "".join(ch for ch in plain if ch.isalnum())
    if len(kept) != CODE_LENGTH or not set(kept) <= _ALLOWED:
        return None
    return kept


def code_digest(code: str, key: bytes | None = None) -> str:
    """The hex SHA-256 digest the store keeps of ``code`` (normalised first).

    Parameters
    ----------
    code : str
        A code as made or as typed: case, spaces and the dash do not matter.
    key : bytes, optional
        A server secret: the digest is then an HMAC-SHA256, which nobody without the key
        can compute for a guessed code.

    Raises
    ------
    VsvkitError
        ``code`` is not a code (see :func:`normalise_code`).
    """
    plain = normalise_code(code)
    if plain is None:
        raise VsvkitError(key="codes_not_a_code", value=code)
    data = plain.encode("ascii")
    if key is not None:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(_DIGEST_PREFIX + data).hexdigest()


def code_link(url: str, code: str) -> str:
    """The questionnaire's ``url`` with ``code`` filled in: ``url?code=K7QM-3TXA``."""
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}code={code}"


def write_codes_csv(path: str | Path, codes: Iterable[str], url: str) -> Path:
    """Write the codes with their links for a mail merge: columns ``code`` and ``link``.

    ``;``-separated, UTF-8 with a byte-order mark and CRLF line ends, as the plan's CSV
    (Excel in a Dutch locale opens it in columns); one code per row, in the order given.

    Raises
    ------
    VsvkitError
        The file cannot be written.
    """
    target = Path(path)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
            writer.writerow(CODES_CSV_COLUMNS)
            writer.writerows((code, code_link(url, code)) for code in codes)
    except OSError as err:
        raise VsvkitError(
            key="codes_write_failed", path=str(target), reason=err.strerror or err
        ) from err
    return target
