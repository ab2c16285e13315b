"""The questionnaire form a member fills in: what the pages show and which fields they send.

:func:`survey_form` turns an :class:`~vsvkit.instrument.Instrument` into a
:class:`SurveyForm` in one language: the introduction (with the session's minimum group size
in the anonymity promise), the domains in questionnaire order, each with its one-line
introduction, its statements, its desired-situation question and its remark field, the
answers (the scale and "weet niet") and the professions to choose from.

The field names are the contract between the page, :func:`vsvkit.survey.parse_submission`
and anyone who fills the form in by script:

=====================  ===============================================================
field                  values
=====================  ===============================================================
``<item code>``        ``1`` .. ``4`` (the scale's values), ``dont_know``, or absent /
                       blank (not answered); statements and desired-situation questions
``profession``         a role code of the instrument (``VK``, ``HA``, ...); required
``remark_<DOMAIN>``    free text, at most :data:`MAX_REMARK_CHARS` characters; optional
``_xsrf``, ``lang``,   passed on to the server (CSRF token, page language, invitation
``code``               code); not answers
=====================  ===============================================================

Echelon: every role of an instrument names its one echelon (``Role.echelon``, checked when the
instrument is read), so a member's echelon follows from the profession, as in an import
without an echelon column, and the form asks no echelon (no ``echelon`` field). An instrument
that let one role belong to several echelons would need a ``<select name="echelon">`` here.
"""

from __future__ import annotations

from dataclasses import dataclass

from vsvkit.i18n import DEFAULT_LANG, Lang, check_language
from vsvkit.instrument import Instrument

__all__ = [
    "PROFESSION",
    "DONT_KNOW",
    "REMARK_PREFIX",
    "PASSED_FIELDS",
    "MAX_REMARK_CHARS",
    "Choice",
    "Question",
    "FormDomain",
    "FormIntroduction",
    "SurveyForm",
    "survey_form",
    "remark_field",
    "answer_values",
    "question_codes",
    "remark_fields",
    "role_codes",
]

#: The field of the profession (a ``<select>``; its values are the instrument's role codes).
PROFESSION = "profession"
#: The value of the "weet niet / n.v.t." answer.
DONT_KNOW = "dont_know"
#: A domain's remark field is this prefix and the domain code: ``remark_CLI``.
REMARK_PREFIX = "remark_"
#: Fields a page sends that are not answers: the CSRF token, the page's language and an
#: invitation code (read by the server, never stored with the answers).
PASSED_FIELDS = ("_xsrf", "lang", "code")
#: The longest remark a member may write (intake has no limit of its own for a remark).
MAX_REMARK_CHARS = 2000


def remark_field(domain_code: str) -> str:
    """The name of a domain's remark field: ``remark_<DOMAIN>``."""
    return f"{REMARK_PREFIX}{domain_code}"


def answer_values(instrument: Instrument) -> tuple[str, ...]:
    """The values a question's radio buttons send: the scale's values, then ``dont_know``."""
    return (*(str(s.value) for s in instrument.scale), DONT_KNOW)


def question_codes(instrument: Instrument) -> tuple[str, ...]:
    """Every question's field name (item code), statements and desired situation, in order."""
    return tuple(i.code for i in instrument.all_items)


def remark_fields(instrument: Instrument) -> dict[str, str]:
    """Remark field name -> domain code, in domain order."""
    return {remark_field(code): code for code in instrument.domain_codes}


def role_codes(instrument: Instrument) -> tuple[str, ...]:
    """The values of the profession field: the instrument's role codes, in its order."""
    return tuple(r.code for r in instrument.roles)


@dataclass(frozen=True)
class Choice:
    """One option: the ``value`` sent and the ``label`` shown."""

    value: str
    label: str


@dataclass(frozen=True)
class Question:
    """A statement or a desired-situation question; ``code`` is its field name."""

    code: str
    text: str
    desired: bool


@dataclass(frozen=True)
class FormDomain:
    """One domain of the form, in the page's language."""

    number: int
    code: str
    name: str
    intro: str | None
    statements: tuple[Question, ...]
    desired: Question | None
    remark: str

    @property
    def questions(self) -> tuple[Question, ...]:
        """The statements, then the desired-situation question (if any)."""
        return self.statements + ((self.desired,) if self.desired is not None else ())


@dataclass(frozen=True)
class FormIntroduction:
    """What a member reads first; ``anonymity`` has the session's k filled in."""

    purpose: str
    duration: str
    anonymity: str
    dont_know: str
    desired: str


@dataclass(frozen=True)
class SurveyForm:
    """The questionnaire form of one instrument in one language (see the module's table)."""

    lang: Lang
    title: str
    version: str
    k: int
    introduction: FormIntroduction | None
    domains: tuple[FormDomain, ...]
    answers: tuple[Choice, ...]
    roles: tuple[Choice, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question of the form, in order."""
        return tuple(q for d in self.domains for q in d.questions)

    @property
    def fields(self) -> tuple[str, ...]:
        """The names of the fields that carry answers, in page order."""
        answers = tuple(q.code for q in self.questions)
        return (PROFESSION, *answers, *(d.remark for d in self.domains))


def survey_form(
    instrument: Instrument, *, lang: Lang = DEFAULT_LANG, k: int | None = None
) -> SurveyForm:
    """The form a member fills in for ``instrument``, in ``lang``.

    Parameters
    ----------
    instrument : Instrument
        The session's questionnaire.
    lang : {"nl", "en"}
        The page's language.
    k : int, optional
        The session's minimum group size, for the anonymity promise; the instrument's when
        None, never below 3 (:meth:`Instrument.effective_min_group_size`).

    Examples
    --------
    >>> from vsvkit.instrument import find_instrument
    >>> form = survey_form(find_instrument("2026.3"), lang="en", k=6)
    >>> len(form.questions), form.domains[0].remark, [a.value for a in form.answers]
    (38, 'remark_CLI', ['1', '2', '3', '4', 'dont_know'])
    >>> "fewer than 6 people" in form.introduction.anonymity
    True
    """
    lang = check_language(lang)
    k = instrument.effective_min_group_size(k)
    intro = instrument.introduction
    introduction = (
        FormIntroduction(
            purpose=intro.purpose(lang),
            duration=intro.duration(lang),
            anonymity=intro.anonymity_for(k, lang),
            dont_know=intro.dont_know(lang),
            desired=intro.desired(lang),
        )
        if intro is not None
        else None
    )
    domains = tuple(
        FormDomain(
            number=n,
            code=d.code,
            name=d.name(lang),
            intro=d.intro(lang) if d.intro is not None else None,
            statements=tuple(Question(i.code, i.text(lang), False) for i in d.items),
            desired=(
                Question(d.desired.code, d.desired.text(lang), True)
                if d.desired is not None
                else None
            ),
            remark=remark_field(d.code),
        )
        for n, d in enumerate(instrument.domains, 1)
    )
    answers = (
        *(Choice(str(s.value), s.label(lang)) for s in instrument.scale),
        Choice(DONT_KNOW, instrument.dont_know(lang)),
    )
    return SurveyForm(
        lang=lang,
        title=instrument.title(lang),
        version=instrument.version,
        k=k,
        introduction=introduction,
        domains=domains,
        answers=answers,
        roles=tuple(Choice(r.code, r.name(lang)) for r in instrument.roles),
    )
