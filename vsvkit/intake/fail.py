"""The one failure a reader raises (private helper of :mod:`vsvkit.intake`)."""

from __future__ import annotations

__all__: list[str] = []


class ReadFailure(Exception):
    """The file cannot be read as a spreadsheet.

    ``rule`` is a rule id of :mod:`vsvkit.intake` (its text is ``intake_<rule>`` in
    :mod:`vsvkit.i18n`); ``row``, ``column`` and ``value`` say where, when known;
    ``params`` fill the rule's placeholders.
    """

    def __init__(
        self,
        rule: str,
        value: str | None = None,
        row: int | None = None,
        column: str | None = None,
        **params,
    ):
        super().__init__(rule)
        self.rule = rule
        self.value = value
        self.row = row
        self.column = column
        self.params = params
