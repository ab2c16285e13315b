"""What may be shown: the one place that decides, over all groupings at once, and its audit.

Every figure vsvkit shows is a *set of respondents*: the whole session, a profession, an
echelon, a merged group, each counted over the respondents who contribute to that figure (a
*context*: everybody for counts, those with a score in a domain for a domain score, those who
answered a statement for its answer distribution). For one session and every context the rule
(domain brief, section 5) is:

1. every shown set has 0 or at least ``k`` respondents (``k`` never below 3);
2. for every shown set ``A`` and every combination of other shown sets that are disjoint and lie
   inside ``A``, the remainder has 0 or at least ``k`` respondents. Groupings cross: an echelon
   minus the professions inside it, the total minus one profession and two echelons.

How the decision is made (:func:`decide`), per session:

* *Primary, per grouping* (:func:`visible_groups`): a group below ``k`` is hidden; hidden groups
  that together reach ``k`` are shown as one merged group ("overige beroepen" /
  "overige echelons"); if they stay below ``k``, the smallest visible group joins them
  (complementary suppression) so that the merged group reaches ``k``.
* *Secondary, all groupings at once*: the shown sets (the total, the professions and merged
  professions, the echelons and merged echelons) are audited on the respondents of the session;
  while a subtraction breaks rule 2 (or a set breaks rule 1), the smallest set taking part in
  it is hidden (never the total), i.e. the fewest respondents; hiding only removes figures, so
  this ends with a pattern that passes, and the total always stays. Groups hidden here are
  ``protected`` ("niet apart getoond ter bescherming van kleine groepen").
* *Per context*: the same audit and hiding are repeated with the respondents who contribute in
  each domain, statement and "weet niet" share, starting from the session's shown sets; only
  contexts where somebody does not contribute differ from the session's decision.

Every score table of :mod:`vsvkit.scoring` reads this decision (its ``suppressed`` column per
row), and so do the mirror, the change page, the report and the CLI; filters offer only the
groups shown. :func:`audit` lists every shown set and every violating subtraction, by a plain
exhaustive search that shares no code with the decision.

Known limits: sessions of the same VSV at different dates are different people and are not
checked against each other; figures of different contexts (a domain score and a statement's
distribution) are not combined with each other.
"""

from __future__ import annotations

from vsvkit.privacy.audit import Violation, audit, audit_sets
from vsvkit.privacy.codes import (
    GROUPINGS,
    MERGED_CODES,
    MERGED_ECHELON,
    MERGED_GROUP,
    STATUSES,
    effective_k,
)
from vsvkit.privacy.decision import Disclosure, decide
from vsvkit.privacy.primary import visible_groups

__all__ = [
    "GROUPINGS",
    "MERGED_GROUP",
    "MERGED_ECHELON",
    "MERGED_CODES",
    "STATUSES",
    "Disclosure",
    "Violation",
    "effective_k",
    "visible_groups",
    "decide",
    "audit",
    "audit_sets",
]
