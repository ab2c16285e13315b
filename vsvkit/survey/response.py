"""The response to an open questionnaire: how many members answered, of how many invited.

The total is always shown ("32 van 45 leden"); per profession only the groups the session's
privacy decision shows (:meth:`vsvkit.scoring.Scores.group_status`, all groupings at once), so
the counts per profession can be subtracted from each other and from the total without
recovering a group below k. Results of a session are shown once at least k members answered.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsvkit import scoring
from vsvkit.privacy import MERGED_GROUP

__all__ = ["Response", "survey_response"]


@dataclass(frozen=True)
class Response:
    """Answered and invited, in total and per shown profession group."""

    session_id: int
    answered: int
    invited: int | None
    k: int
    is_open: bool
    #: (group code, answered, invited or None) for each group the privacy decision shows; the
    #: merged small professions as ``OV_MERGED`` (invited: None).
    by_profession: tuple[tuple[str, int, int | None], ...]

    @property
    def rate(self) -> float | None:
        """answered / invited (None when the invited number is unknown)."""
        return self.answered / self.invited if self.invited else None

    @property
    def still_needed(self) -> int:
        """How many more answers before the session's results may be shown."""
        return max(0, self.k - self.answered)

    def as_dict(self) -> dict:
        return {
            "session": self.session_id,
            "answered": self.answered,
            "invited": self.invited,
            "rate": self.rate,
            "open": self.is_open,
            "min_group_size": self.k,
            "still_needed": self.still_needed,
            "by_profession": [
                {"profession": g, "answered": n, "invited": i} for g, n, i in self.by_profession
            ],
        }


def survey_response(store, session_id: int) -> Response:
    """The response to the questionnaire of ``session_id`` (see the module's privacy note).

    Examples
    --------
    >>> import vsvkit as vk
    >>> from vsvkit.instrument import load_instrument
    >>> store = vk.open_store("sqlite://")
    >>> s = store.open_survey(vsv="VSV Test", date="2027-01-20", instrument=load_instrument(),
    ...                       invited=45)
    >>> r = survey_response(store, s.session_id)
    >>> (r.answered, r.invited, r.still_needed, r.by_profession)
    (0, 45, 5, ())
    """
    survey = store.survey(session_id)
    session = store.session(session_id)
    instrument = store.instrument(session_id)
    k = instrument.effective_min_group_size(session.min_group_size)
    groups: list[tuple[str, int, int | None]] = []
    if session.n_respondents:
        answers = store.answers([session_id])
        status = scoring.Scores(answers, instrument, min_group_size=k).group_status()
        invited = survey.invited_by_profession
        for group, n in zip(*status[status["status"] == "shown"][["group", "n"]].T.values):
            groups.append((str(group), int(n), invited.get(str(group))))
        merged = status[status["status"] == "merged"]
        if len(merged):
            groups.append((MERGED_GROUP, int(merged["n"].sum()), None))
    return Response(
        session_id=int(session_id),
        answered=int(session.n_respondents),
        invited=survey.invited,
        k=k,
        is_open=survey.is_open(),
        by_profession=tuple(groups),
    )
