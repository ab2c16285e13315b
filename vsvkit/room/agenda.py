"""The agenda of the two hours: its parts, the minutes planned for each and the time used.

Parts: welcome, overview, each domain, discussion points, agreements, plan. The trainer
plans minutes per part (kept with the session, :meth:`vsvkit.store.Store.set_agenda`); the
presenter view counts the time each part is on screen.

Examples
--------
>>> a = Agenda(("CLI", "COO"), planned={"CLI": 20}, used={"welcome": 300.0, "CLI": 1500.0})
>>> a.minutes("CLI"), a.minutes("COO")
(20, 10)
>>> a.left("CLI")  # five minutes over
-300.0
>>> a.total_planned(), round(a.total_left())
(90, 3600)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from vsvkit.i18n import Lang, t

__all__ = ["Agenda", "DEFAULT_MINUTES", "agenda_parts"]

#: Minutes planned by default: two hours for six domains.
DEFAULT_MINUTES = {
    "welcome": 10,
    "overview": 15,
    "domain": 10,
    "discussion": 10,
    "agreements": 10,
    "plan": 15,
}


def agenda_parts(domains) -> tuple[str, ...]:
    """The agenda's parts in order: welcome, overview, the domain codes, discussion,
    agreements, plan."""
    return ("welcome", "overview", *domains, "discussion", "agreements", "plan")


@dataclass(frozen=True)
class Agenda:
    """Planned minutes and seconds used per part of one workshop.

    Parameters
    ----------
    domains : sequence of str
        The session's domain codes (each is a part).
    planned : mapping, optional
        Minutes per part as the trainer set them; a part not in it has its default.
    used : mapping, optional
        Seconds each part was on screen.
    """

    domains: tuple[str, ...]
    planned: Mapping[str, int] = field(default_factory=dict)
    used: Mapping[str, float] = field(default_factory=dict)

    @property
    def parts(self) -> tuple[str, ...]:
        return agenda_parts(self.domains)

    def minutes(self, part: str) -> int:
        """Minutes planned for ``part``."""
        if part in self.planned:
            return int(self.planned[part])
        return DEFAULT_MINUTES["domain" if part in self.domains else part]

    def seconds_used(self, part: str) -> float:
        return float(self.used.get(part, 0.0))

    def left(self, part: str) -> float:
        """Seconds left for ``part`` (negative when over time)."""
        return self.minutes(part) * 60.0 - self.seconds_used(part)

    def total_planned(self) -> int:
        """Minutes planned for the whole workshop."""
        return sum(self.minutes(p) for p in self.parts)

    def total_used(self) -> float:
        return sum(self.seconds_used(p) for p in self.parts)

    def total_left(self) -> float:
        """Seconds left of the whole workshop (negative when over time)."""
        return self.total_planned() * 60.0 - self.total_used()

    def with_time(self, part: str, seconds: float) -> Agenda:
        """This agenda with ``seconds`` more used on ``part``."""
        used = dict(self.used)
        used[part] = used.get(part, 0.0) + max(0.0, seconds)
        return Agenda(self.domains, self.planned, used)

    def part_name(self, part: str, domain_names: Mapping[str, str], lang: Lang) -> str:
        """The name of ``part`` in ``lang`` (a domain's name for a domain code)."""
        return domain_names[part] if part in self.domains else t(f"part_{part}", lang)
