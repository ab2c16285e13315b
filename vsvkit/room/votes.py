"""Votes in the room: what the phones are asked and what the room answered.

After the discussion of a domain the members vote on their phones (issue 14): on the
domain's level, on one statement, or on the VSV as a whole. The store keeps a round's counts
(:mod:`vsvkit.store.polls`); this module turns them into what may be shown. Pure functions:
no widgets, no store.

Privacy (domain brief, section 5): a round with fewer than k votes shows no distribution at
all, only how many more votes are needed. A round that asked for the voters' profession
shows the per-profession distributions of the groups the privacy rules let through
(:func:`profession_groups`): a profession below k is not shown on its own; small
professions are merged into "overige beroepen" when together they reach k, and otherwise
the smallest shown profession joins them (:func:`vsvkit.privacy.visible_groups`), so that
no group can be recovered by subtracting shown groups from the room's total.

Examples
--------
>>> import vsvkit as vk
>>> from vsvkit.store.models import PollRound
>>> inst = vk.load_instrument()
>>> vote_options("domain", inst)[:2]
[('1', '1 apart'), ('2', '2 afstemming')]
>>> poll = PollRound(1, 1, "ABCDE", "domain", "COO", None, None, False, False)
>>> result = round_result(poll, {"all": {"2": 3, "3": 4}, "profession": {}}, inst, k=5)
>>> result.n, result.needed, result.chosen_level
(7, 0, 3)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.instrument import Instrument
from vsvkit.privacy import MERGED_GROUP, effective_k, visible_groups
from vsvkit.scoring.agreement import consensus as tastle_wierman
from vsvkit.store.models import POLL_KINDS, PollRound
from vsvkit.store.polls import ANSWERS, DONT_KNOW

__all__ = [
    "DONT_KNOW",
    "POLL_KINDS",
    "RoundResult",
    "answer_keys",
    "profession_groups",
    "round_question",
    "round_result",
    "round_subject",
    "vote_link",
    "vote_options",
]


def _kind(kind: str) -> str:
    if kind not in POLL_KINDS:
        raise ValueError(f"unknown kind of vote round {kind!r}; choose one of {POLL_KINDS}")
    return kind


def answer_keys(kind: str) -> list[int | str]:
    """The answers of a round in the order they are shown, as in the score tables: the ints
    1..4 and, for a statement, ``"dont_know"``."""
    return [int(a) for a in ANSWERS] + ([DONT_KNOW] if _kind(kind) == "item" else [])


def vote_options(kind: str, instrument: Instrument, lang: Lang = DEFAULT_LANG):
    """The choices on a phone: ``(value, label)`` pairs.

    A domain or the whole VSV: the four levels ("1 apart" ... "4 volledig geïntegreerd");
    a statement: the four answers of the scale and ("dont_know", "weet niet").

    Examples
    --------
    >>> import vsvkit as vk
    >>> vote_options("item", vk.load_instrument(), "en")[-2:]
    [('4', 'fully'), ('dont_know', "don't know")]
    """
    lang = check_language(lang)
    if _kind(kind) == "item":
        scale = [(str(s.value), s.label(lang)) for s in instrument.scale]
        return [*scale, (DONT_KNOW, t("dont_know", lang))]
    return [(str(lv.level), f"{lv.level} {lv.label(lang)}") for lv in instrument.levels]


def round_question(poll: PollRound, instrument: Instrument, lang: Lang = DEFAULT_LANG) -> str:
    """The question of a round: "Waar staat ons VSV nu op dit domein?", the statement's text,
    or "Waar staat ons VSV nu als geheel?"; :func:`round_subject` names what it is about."""
    if _kind(poll.kind) == "item":
        return instrument.item(poll.target).text(lang)
    return t(f"vote_question_{poll.kind}", lang)


def round_subject(poll: PollRound, instrument: Instrument, lang: Lang = DEFAULT_LANG) -> str:
    """What a round is about: the domain's name, "Stelling CLI2 · <domain>" or "Het VSV als
    geheel"."""
    if _kind(poll.kind) == "overview":
        return t("vote_subject_overview", lang)
    if poll.kind == "item":
        domain = instrument.domain(instrument.item(poll.target).domain).name(lang)
        return t("vote_subject_item", lang, code=poll.target, domain=domain)
    return instrument.domain(poll.target).name(lang)


def vote_link(server_url: str | None, path: str) -> str | None:
    """The full address of a voting page (``path`` such as ``/stem/ABCDE``) on the server
    phones reach at ``server_url``; None without a server.

    >>> vote_link("http://192.168.1.20:8866/", "/stem/ABCDE")
    'http://192.168.1.20:8866/stem/ABCDE'
    """
    if not server_url:
        return None
    parts = urlsplit(server_url)
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}{path}"


@dataclass(frozen=True)
class RoundResult:
    """What may be shown of one round.

    Attributes
    ----------
    poll : PollRound
    k : int
        The minimum group size in force (never below 3).
    n : int
        Votes cast.
    needed : int
        Votes still needed before the result may be shown (0 when ``n >= k``).
    distribution : DataFrame or None
        ``answer, n, share``: one row per answer (:func:`answer_keys`), ``share`` of all votes
        ("weet niet" included, so the shares add up to 1). None below k.
    consensus : float or None
        Tastle & Wierman consensus of the votes 1..4 ("weet niet" left out); None below k or
        when nobody voted 1..4.
    chosen_level : int or None
        The level the room chose (a domain or the whole VSV): the lower median of the votes.
        None below k and for a statement.
    by_profession : DataFrame or None
        Only for a round that asked the profession, from k votes: ``group, answer, n, share``
        for each group :func:`profession_groups` lets through (``group`` a role code or
        ``OV_MERGED``), ``share`` within the group; None otherwise.
    """

    poll: PollRound
    k: int
    n: int
    needed: int
    distribution: pd.DataFrame | None
    consensus: float | None
    chosen_level: int | None
    by_profession: pd.DataFrame | None

    @property
    def shown(self) -> bool:
        """The distribution may be shown (at least k votes)."""
        return self.distribution is not None


def _table(counts: Mapping[str, int], keys: Sequence[int | str]) -> pd.DataFrame:
    n = np.array([int(counts.get(str(a), 0)) for a in keys], dtype=np.int64)
    total = n.sum()
    return pd.DataFrame(
        {
            "answer": pd.Series(list(keys), dtype=object),
            "n": n,
            "share": n / total if total else np.full(len(n), np.nan),
        }
    )


def _lower_median(counts: Mapping[str, int]) -> int | None:
    votes = np.repeat([int(a) for a in ANSWERS], [int(counts.get(a, 0)) for a in ANSWERS])
    return int(votes[(len(votes) - 1) // 2]) if len(votes) else None


def _consensus(counts: Mapping[str, int], instrument: Instrument) -> float | None:
    votes = np.repeat([int(a) for a in ANSWERS], [int(counts.get(a, 0)) for a in ANSWERS])
    value = tastle_wierman(votes, instrument.scale_min, instrument.scale_max)
    return None if np.isnan(value) else value


def profession_groups(
    counts: Mapping[str, Mapping[str, int]],
    k: int,
    order: Sequence[str] = (),
    total: int | None = None,
) -> dict[str, dict[str, int]]:
    """The per-profession vote counts that may be shown: ``{group: {answer: n}}``.

    Parameters
    ----------
    counts : mapping
        ``{profession: {answer: n}}`` of one round (its ``round_counts()["profession"]``).
    k : int
        Minimum group size (never below 3).
    order : sequence of str
        The professions in the instrument's order (decides ties); others follow, sorted.
    total : int, optional
        The round's votes (shown as its distribution); by default those of ``counts``.

    Returns
    -------
    dict
        Groups shown on their own under their code and the merged small groups under
        ``OV_MERGED`` (counts added up). Empty when fewer than k voted.

    Notes
    -----
    Rule 1: every shown group has at least k votes. Rule 2: the total (shown as the round's
    distribution) minus any combination of shown groups leaves 0 or at least k votes. The
    primary decision (:func:`vsvkit.privacy.visible_groups`) hides the groups below k,
    merges them when they reach k together and otherwise lets the smallest shown group join
    them; every voter is then in a shown group. Should votes be counted without a
    profession, the groups are hidden smallest first until what they leave over is 0 or at
    least k.
    """
    k = effective_k(k)
    codes = [c for c in order if c in counts] + sorted(c for c in counts if c not in order)
    sizes = pd.Series({c: sum(int(v) for v in counts[c].values()) for c in codes}, dtype="int64")
    sizes = sizes[sizes > 0]
    if sizes.sum() < k:
        return {}
    decided = visible_groups(sizes, k)
    shown: dict[str, dict[str, int]] = {}
    merged: dict[str, int] = {}
    for group, as_shown in zip(decided["group"], decided["shown_as"]):
        if as_shown == group:
            shown[group] = {str(a): int(n) for a, n in counts[group].items()}
        elif as_shown == MERGED_GROUP:
            for answer, n in counts[group].items():
                merged[str(answer)] = merged.get(str(answer), 0) + int(n)
    if merged:
        shown[MERGED_GROUP] = merged  # "overige beroepen" after the professions
    # votes outside every shown group (none, unless some came without a profession): hide
    # groups, smallest first, until what they leave over is 0 or at least k
    total = int(sizes.sum()) if total is None else int(total)
    while shown:
        size = {g: sum(c.values()) for g, c in shown.items()}
        rest = total - sum(size.values())
        if rest == 0 or rest >= k:
            break
        del shown[min(size, key=lambda g: (size[g], g))]
    return shown


def round_result(
    poll: PollRound, counts: Mapping, instrument: Instrument, k: int | None
) -> RoundResult:
    """What may be shown of a round, from its counts (``store.round_counts(poll.id)``).

    Parameters
    ----------
    poll : PollRound
    counts : mapping
        ``{"all": {answer: n}, "profession": {code: {answer: n}}}`` with answers "1".."4"
        and "dont_know".
    instrument : Instrument
        The session's questionnaire (scale, levels, professions).
    k : int
        The session's minimum group size (never below 3).

    Returns
    -------
    RoundResult
    """
    k = effective_k(k)
    everybody = {str(a): int(n) for a, n in counts.get("all", {}).items()}
    keys = answer_keys(poll.kind)
    n = sum(everybody.get(str(a), 0) for a in keys)
    if n < k:
        return RoundResult(poll, k, n, k - n, None, None, None, None)
    by_profession = None
    if poll.by_profession:
        order = [r.code for r in instrument.roles]
        shown = profession_groups(counts.get("profession", {}), k, order, total=n)
        frames = [_table(c, keys).assign(group=g) for g, c in shown.items()]
        columns = ["group", "answer", "n", "share"]
        by_profession = (
            pd.concat(frames, ignore_index=True)[columns]
            if frames
            else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        )
    return RoundResult(
        poll=poll,
        k=k,
        n=n,
        needed=0,
        distribution=_table(everybody, keys),
        consensus=_consensus(everybody, instrument),
        chosen_level=None if poll.kind == "item" else _lower_median(everybody),
        by_profession=by_profession,
    )
