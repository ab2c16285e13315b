"""The steps of a workshop, in the order the trainer walks through them.

A step is what the room view shows on one screen: the welcome, the overview of the six
domains, per domain its answers and agreement (and, when there is something to show, a
second step with the differences between professions and the members' remarks), the
discussion points, the agreed levels next to the measured ones, and the plan.

Examples
--------
>>> import vsvkit as vk
>>> store = vk.open_store("sqlite://")
>>> ids = vk.load_demo(store)
>>> [s.key for s in workshop_steps(vk.build_mirror(store, 1))][:4]
['welcome', 'overview', 'domain:CLI', 'details:CLI']
"""

from __future__ import annotations

from dataclasses import dataclass

from vsvkit.i18n import Lang, t
from vsvkit.mirror import Mirror

__all__ = ["Step", "workshop_steps", "step_after", "HIDDEN_KINDS"]

#: Steps whose results the room sees only after the trainer reveals them (guess first).
HIDDEN_KINDS = frozenset({"overview", "domain", "details"})


@dataclass(frozen=True)
class Step:
    """One step: ``kind`` ("welcome", "overview", "domain", "details", "discussion",
    "agreed", "plan") and, for the domain steps, the ``domain`` code."""

    kind: str
    domain: str | None = None

    @property
    def key(self) -> str:
        """The step's key: "overview", "domain:CLI", "details:CLI", ..."""
        return self.kind if self.domain is None else f"{self.kind}:{self.domain}"

    @property
    def part(self) -> str:
        """The agenda part the step belongs to (:mod:`vsvkit.room.agenda`)."""
        if self.domain is not None:
            return self.domain
        return "agreements" if self.kind == "agreed" else self.kind

    @property
    def hidden_first(self) -> bool:
        """The room sees this step's results only once they are revealed."""
        return self.kind in HIDDEN_KINDS

    def title(self, mirror: Mirror, lang: Lang) -> str:
        """The step's heading: the domain's name (with "verschillen en opmerkingen" for the
        second step of a domain) or the step's name."""
        if self.domain is None:
            return t(f"step_{self.kind}", lang)
        name = mirror.instrument.domain(self.domain).name(lang)
        return name if self.kind == "domain" else f"{name}: {t('step_details', lang)}"

    @classmethod
    def from_key(cls, key: str) -> Step:
        kind, _, domain = key.partition(":")
        return cls(kind, domain or None)


def has_details(mirror: Mirror, domain: str) -> bool:
    """A domain has a second step when professions may be compared or members left remarks."""
    by_prof = mirror.by_group["profession"]
    shown = by_prof[(by_prof["domain"] == domain) & ~by_prof["suppressed"]]
    remarks = mirror.remarks[mirror.remarks["domain"] == domain]
    return len(shown) >= 2 or len(remarks) > 0


def workshop_steps(mirror: Mirror) -> list[Step]:
    """The steps of the workshop on ``mirror`` (the whole session), in order."""
    steps = [Step("welcome"), Step("overview")]
    for code in mirror.instrument.domain_codes:
        steps.append(Step("domain", code))
        if has_details(mirror, code):
            steps.append(Step("details", code))
    return [*steps, Step("discussion"), Step("agreed"), Step("plan")]


def step_after(steps: list[Step], key: str, delta: int) -> Step:
    """The step ``delta`` places from ``key`` (kept within the list; the first when ``key``
    is not a step)."""
    keys = [s.key for s in steps]
    if key not in keys:
        return steps[0]
    return steps[max(0, min(len(steps) - 1, keys.index(key) + delta))]
