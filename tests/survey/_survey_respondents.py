"""Generated respondents for the import template round trips (tests/survey)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from vsvkit.instrument import Instrument


@dataclass(frozen=True)
class Respondent:
    """One generated respondent: ``answers[item code]`` is 1..4, "dk" or None (blank)."""

    role: str
    echelon: str | None
    answers: dict[str, int | str | None]
    remarks: dict[str, str]


def generate(inst: Instrument, n: int = 20, seed: int = 12) -> list[Respondent]:
    """``n`` respondents: every answer kind occurs, some remarks, some lines of care given."""
    rng = np.random.default_rng(seed)
    kinds = [1, 2, 3, 4, "dk", None]
    people = []
    for r in range(n):
        role = inst.roles[r % len(inst.roles)].code
        echelon = inst.echelons[int(rng.integers(len(inst.echelons)))].code if r % 3 else None
        answers = {
            item.code: kinds[int(rng.choice(6, p=[0.2, 0.2, 0.2, 0.2, 0.1, 0.1]))]
            for item in inst.all_items
        }
        remarks = {
            d.code: f"Opmerking {r + 1} over {d.code}: overdracht & afspraken"
            for d in inst.domains
            if rng.random() < 0.3
        }
        people.append(Respondent(role, echelon, answers, remarks))
    return people


def expected_answers(inst: Instrument, people: list[Respondent]) -> pd.DataFrame:
    """What :func:`vsvkit.intake.read_responses` should give: ``Responses.answers``' shape."""
    rows = []
    for r, person in enumerate(people, 1):
        for item in inst.all_items:
            given = person.answers[item.code]
            value = float(given) if isinstance(given, int) else np.nan
            rows.append((r, item.code, value, given == "dk"))
    return pd.DataFrame(rows, columns=["respondent", "item", "value", "dont_know"])


def assert_imported(
    inst: Instrument, people: list[Respondent], responses, *, echelon_asked: bool = True
) -> None:
    """The imported ``responses`` hold exactly the generated answers, roles and remarks; the
    line of care is the one given, else (or when the file does not ask it) the profession's."""
    default = {r.code: r.echelon for r in inst.roles}
    got = responses.respondents
    assert got["profession"].tolist() == [p.role for p in people]
    given = [p.echelon if echelon_asked else None for p in people]
    assert got["echelon"].tolist() == [e or default[p.role] for e, p in zip(given, people)]
    answers = responses.answers[["respondent", "item", "value", "dont_know"]]
    want = expected_answers(inst, people)
    pd.testing.assert_frame_equal(
        answers.reset_index(drop=True).astype({"item": object}),
        want.astype({"item": object}),
        check_dtype=False,
    )
    remarks = sorted(zip(responses.remarks["domain"], responses.remarks["text"]))
    assert remarks == sorted((d, text) for p in people for d, text in p.remarks.items())
    assert len(remarks) > 0
