"""The group codes and statuses of the privacy decision, and the minimum group size in force."""

from __future__ import annotations

from vsvkit.instrument import MIN_GROUP_FLOOR

__all__ = ["GROUPINGS", "MERGED_GROUP", "MERGED_ECHELON", "MERGED_CODES", "STATUSES", "effective_k"]

#: The groupings a view may break down or filter by.
GROUPINGS = ("profession", "echelon")
#: Group code of the merged small professions ("overige beroepen").
MERGED_GROUP = "OV_MERGED"
#: Group code of the merged small echelons ("overige echelons").
MERGED_ECHELON = "OV_ECHELONS"
MERGED_CODES = {"profession": MERGED_GROUP, "echelon": MERGED_ECHELON}
#: A group's status in a session: shown on its own, counted in the merged group, below k and
#: not shown, or hidden to protect smaller groups (secondary suppression).
STATUSES = ("shown", "merged", "too_few", "protected")


def effective_k(k: int | None) -> int:
    """The minimum group size in force: ``k``, never below 3 (5 when ``k`` is None)."""
    return max(MIN_GROUP_FLOOR, int(5 if k is None else k))
