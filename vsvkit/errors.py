"""The one exception hierarchy of vsvkit.

Every error a user can cause derives from :class:`VsvkitError`, so the CLI and the
app can show a friendly message instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsvkit.i18n import DEFAULT_LANG, Lang, t

__all__ = [
    "VsvkitError",
    "InstrumentError",
    "IntakeError",
    "Problem",
    "StoreError",
    "ReportError",
    "PrivacyError",
    "PlanError",
]


class VsvkitError(Exception):
    """Base class of all errors vsvkit raises on purpose.

    Raised with ``key`` (a key of :data:`vsvkit.i18n.STRINGS`) and the values of its
    placeholders, the error can be shown in the user's language: :meth:`message`. Its
    ``str()`` is then the English text (for logs and notebooks). A parameter whose name
    ends in ``_key`` is itself a string key, translated too (its own placeholders filled
    from the other parameters) and filled in without the suffix
    (``what_key="store_op_import"`` fills ``{what}``).

    Examples
    --------
    >>> err = StoreError(key="store_unknown_session", id=7)
    >>> err.message("nl")
    "Er is geen sessie met nummer 7; bekijk de opgeslagen sessies met 'vsvkit sessions'."
    """

    def __init__(self, *args: object, key: str | None = None, **params: object) -> None:
        self.key = key
        self.params = params
        if key is not None and not args:
            args = (self.message("en"),)
        super().__init__(*args)

    def message(self, lang: Lang = DEFAULT_LANG) -> str:
        """The message in ``lang`` (``str(self)`` when the error was raised with plain text)."""
        if self.key is None:
            return str(self)
        plain = {name: value for name, value in self.params.items() if not name.endswith("_key")}
        fmt = dict(plain)
        for name, value in self.params.items():
            if name.endswith("_key"):
                fmt[name.removesuffix("_key")] = t(str(value), lang, **plain)
        return t(self.key, lang, **fmt)


class InstrumentError(VsvkitError):
    """An instrument (questionnaire) file is missing, unreadable or inconsistent."""


class StoreError(VsvkitError):
    """The session store cannot do what was asked (unknown session, bad URL, ...)."""


class ReportError(VsvkitError):
    """A report could not be produced (no browser for PDF, execution failed, ...)."""


class PrivacyError(VsvkitError):
    """A view asks for a group the session's privacy decision does not show.

    For example a mirror filtered on a profession that is merged or hidden
    (:func:`vsvkit.mirror.build_mirror` with ``subset``).
    """


class PlanError(VsvkitError):
    """Follow-up plan input is not valid (empty 'what', bad date, unknown status or domain,
    an export to a format the plan is not written in...); see :mod:`vsvkit.plan`."""


@dataclass(frozen=True)
class Problem:
    """One problem found in an imported file, as the user sees the spreadsheet.

    ``row`` is the spreadsheet row number (the header is row 1) or None when the
    problem concerns the whole file or a column; ``column`` is the header text as
    written in the file (or None); ``rule`` says what is allowed.
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    rule: str

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "rule": self.rule,
        }


class IntakeError(VsvkitError):
    """A file could not be imported; ``problems`` lists every problem found at once."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        summary = f"{len(self.problems)} problem(s) in {first.file}" if first else "import failed"
        super().__init__(summary)

    def table(self, headers: tuple[str, ...] | list[str] | None = None) -> str:
        """The problems as a plain-text table (for the CLI).

        ``headers`` are the four column titles (row, column, value, rule) in the user's
        language. Long cells are shortened except the last (what is allowed).
        """
        headers = tuple(headers or ("row", "column", "value", "what is allowed"))
        rows = [
            (
                "" if p.row is None else str(p.row),
                p.column or "",
                "" if p.value is None else str(p.value),
                p.rule,
            )
            for p in self.problems
        ]
        widths = [
            min(50, max(len(h), *(len(r[i]) for r in rows))) if rows else len(h)
            for i, h in enumerate(headers)
        ]
        widths[-1] = (
            max(len(headers[-1]), *(len(r[-1]) for r in rows)) if rows else len(headers[-1])
        )
        lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths))]
        lines.append("  ".join("-" * w for w in widths))
        for r in rows:
            cells = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(r, widths)]
            lines.append("  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip())
        return "\n".join(lines)
