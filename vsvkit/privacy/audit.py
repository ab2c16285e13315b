"""The audit: every violating subtraction among shown sets, by a plain exhaustive search that
shares no code with the decision."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from vsvkit.privacy.codes import effective_k

__all__ = ["Violation", "audit_sets", "audit"]


@dataclass(frozen=True)
class Violation:
    """A breach: ``remainder`` respondents of ``shown`` are left after subtracting ``minus``."""

    shown: str
    minus: tuple[str, ...]
    remainder: int


def audit_sets(sets: Mapping[str, Iterable], k: int) -> list[Violation]:
    """Every breach of rules 1 and 2 among shown sets of respondents (exhaustive search).

    Parameters
    ----------
    sets : mapping of name -> respondents
        Every set shown in one context (any hashable respondent identifiers).
    k : int
        Minimum group size (never below 3).

    Returns
    -------
    list of Violation
        Empty when the sets are safe. For each shown set every combination of other shown
        sets that are pairwise disjoint and lie inside it is tried (a plain search, sharing no
        code with :func:`decide`).
    """
    k = effective_k(k)
    named = {name: frozenset(v) for name, v in sets.items()}
    named = {name: v for name, v in named.items() if v}
    out = []
    for name, a in named.items():
        if len(a) < k:
            out.append(Violation(name, (), len(a)))
            continue
        inside = [(n, b) for n, b in named.items() if n != name and b <= a and b != a]
        seen: set[frozenset[str]] = set()

        def walk(start, used, taken, a=a, name=name, inside=inside, seen=seen):
            rest = len(a) - len(used)
            if taken and 0 < rest < k and frozenset(taken) not in seen:
                seen.add(frozenset(taken))
                out.append(Violation(name, tuple(taken), rest))
            for i in range(start, len(inside)):
                n, b = inside[i]
                if not b & used:
                    walk(i + 1, used | b, [*taken, n])

        walk(0, frozenset(), [])
    return out


def audit(scores, *, contexts: Iterable[str] = ("people", "domain", "answered", "item")):
    """Every violating subtraction among the sets a score matrix shows; empty when safe.

    Parameters
    ----------
    scores : vsvkit.scoring.Scores
        The prepared answers of one or more sessions; its decision is audited.
    contexts : iterable of {"people", "domain", "answered", "item"}
        The families of contexts to audit: everybody, a domain score per domain, the domain's
        "weet niet" share per domain, a statement's distribution per statement.

    Returns
    -------
    DataFrame
        ``session, context, shown, minus, remainder``: one row per breach (``minus`` is a tuple
        of set names, empty for a set below k). Set names are ``total``,
        ``profession:<code>`` and ``echelon:<code>``.
    """
    rows = [
        (session, context, v.shown, v.minus, v.remainder)
        for session, context, k, sets in scores.shown_sets(contexts)
        for v in audit_sets(sets, k)
    ]
    return pd.DataFrame(rows, columns=["session", "context", "shown", "minus", "remainder"])
