"""A submitted questionnaire form in, one anonymous respondent out (or every problem).

:func:`parse_submission` checks the fields a page (or a script) sent against the form of the
instrument (:mod:`vsvkit.survey.form`) and then hands them, as a table of one row, to the
checks of an import (:func:`vsvkit.intake.parse_rows`): a submission and a one-row CSV with
the same answers give the same :class:`~vsvkit.intake.Responses`. It is all or nothing, as an
import: a form with one problem gives no answers, and the :class:`~vsvkit.errors.IntakeError`
lists every problem, each naming its field (``Problem.column``: an item code,
``profession`` or ``remark_<DOMAIN>``) so that the page shows each message beside its question.

The form is stricter than a file: a question's value is exactly one of the radio buttons'
values (``1`` .. ``4``, ``dont_know``) or blank, the profession exactly a role code, each field
at most once, no field the form does not have, a remark at most
:data:`~vsvkit.survey.form.MAX_REMARK_CHARS` characters. Blank questions are allowed, as in an
import (whether a respondent answered enough to count is scoring's rule, not intake's).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from vsvkit.errors import IntakeError, Problem
from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.instrument import Instrument
from vsvkit.intake import Responses, parse_rows
from vsvkit.survey.form import (
    DONT_KNOW,
    MAX_REMARK_CHARS,
    PASSED_FIELDS,
    PROFESSION,
    answer_values,
    question_codes,
    remark_fields,
    role_codes,
)

__all__ = ["SOURCE_NAME", "parse_submission"]

#: What a submission's problems and its Responses name as the file.
SOURCE_NAME = "vragenlijst"
#: A refused value is echoed in a problem up to this many characters.
_ECHO = 60


def _echo(value: str) -> str:
    return value if len(value) <= _ECHO else value[: _ECHO - 1] + "…"


def _newlines(text: str) -> str:
    """Line breaks as LF: a browser sends a textarea's as CR LF, which count once."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_submission(
    fields: Mapping[str, str | Sequence[str]],
    instrument: Instrument,
    *,
    lang: Lang = DEFAULT_LANG,
    source_name: str = SOURCE_NAME,
) -> Responses:
    """Validate one submitted form and return it as one anonymous respondent.

    Parameters
    ----------
    fields : mapping of str to str or sequence of str
        The form's fields as the server received them (a name may carry several values, as
        Tornado's ``request.body_arguments`` after decoding). ``_xsrf``, ``lang`` and
        ``code`` are passed over: the server reads them.
    instrument : Instrument
        The session's questionnaire.
    lang : {"nl", "en"}
        Language of the problems' texts (the page's language).
    source_name : str
        ``Problem.file`` and ``Responses.source_name``.

    Returns
    -------
    Responses
        One respondent (``respondent`` 1): profession, echelon (the profession's), every
        question of ``instrument.all_items`` (blank ones NaN), the remarks given.
        ``checksum`` is the sha256 of the answers' table: two members who give the same
        answers have the same checksum, so it says nothing about who sent what.

    Raises
    ------
    IntakeError
        Every problem, ``Problem.column`` the field's name (``row`` None), in page order:
        fields the form does not have or sent twice first, then the profession, the
        questions and the remarks.

    Examples
    --------
    >>> from vsvkit.instrument import find_instrument
    >>> inst = find_instrument("2026.3")
    >>> resp = parse_submission({"profession": "GYN", "CLI6": "3", "CLI2": "dont_know"}, inst)
    >>> resp.respondents.to_dict("records")
    [{'respondent': 1, 'profession': 'GYN', 'echelon': 'tweede_lijn'}]
    >>> try:
    ...     parse_submission({"CLI6": "5"}, inst, lang="en")
    ... except IntakeError as err:
    ...     [p.column for p in err.problems]
    ['profession', 'CLI6']
    """
    lang = check_language(lang)
    problems: list[Problem] = []

    def refuse(field: str, value: str | None, key: str, **params: object) -> None:
        rule = t(key, lang, field=_echo(field), value=value, **params)
        problems.append(Problem(source_name, None, field, value, rule))

    questions, remarks = question_codes(instrument), remark_fields(instrument)
    known = {PROFESSION, *questions, *remarks}
    given: dict[str, str] = {}
    twice: set[str] = set()
    for name, raw in fields.items():
        values = [raw] if isinstance(raw, str) else list(raw)
        if name in PASSED_FIELDS:
            continue
        if name not in known:
            refuse(name, _echo(values[0]) if values else None, "survey_unknown_field")
        elif len(values) > 1:
            refuse(name, None, "survey_duplicate_field")
            twice.add(name)
        else:
            given[name] = values[0] if values else ""

    profession = given.get(PROFESSION, "")
    if not profession and PROFESSION not in twice:
        refuse(PROFESSION, None, "survey_profession_required")
    elif profession and profession not in role_codes(instrument):
        refuse(PROFESSION, _echo(profession), "survey_unknown_profession")

    allowed = answer_values(instrument)
    labels = ", ".join(
        [f"{s.value} ({s.label(lang)})" for s in instrument.scale] + [instrument.dont_know(lang)]
    )
    for code in questions:
        value = given.get(code, "")
        if value and value not in allowed:
            refuse(code, _echo(value), "survey_bad_answer", answers=labels)

    for field in remarks:
        text = _newlines(given.get(field, "")).strip()
        given[field] = text
        if len(text) > MAX_REMARK_CHARS:
            refuse(field, None, "survey_remark_too_long", length=len(text), limit=MAX_REMARK_CHARS)

    if problems:
        raise IntakeError(problems)
    # a table of one row, as an import reads it: "weet niet" as the instrument names it
    dont_know = instrument.dont_know.nl
    headers = [*questions, PROFESSION, *remarks]
    row = [dont_know if given.get(c) == DONT_KNOW else given.get(c, "") for c in questions]
    row += [profession, *(given[f] for f in remarks)]
    return parse_rows(headers, [row], source_name, instrument, lang=lang)
