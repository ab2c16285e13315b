"""A LimeSurvey survey structure file (.lss) of an instrument, whose export imports as it is.

The file is LimeSurvey's XML "survey structure" (``<LimeSurveyDocType>Survey``, the tables
``answers``, ``answer_l10ns``, ``groups``, ``group_l10ns``, ``questions``, ``subquestions``,
``question_l10ns``, ``surveys`` and ``surveys_languagesettings``, each with its ``fields``
and CDATA rows), written at :data:`DB_VERSION` as LimeSurvey 5 exports it; LimeSurvey 5 and
6 import it (Surveys > Import a survey) and upgrade it to their own version. It holds:

* Dutch and English, the base language first;
* per domain a question group: an array question (code = the domain's code) whose
  subquestions are the statements and whose answers are the scale (codes ``1``..``4``) and
  "weet niet" (code :func:`dont_know_code`, a spelling the import knows), then the desired
  situation as a list question on the same answers, then a long free-text remark question;
* a last group with the profession: a mandatory list question whose answer codes are the
  role codes (the line of care follows from the profession, as on import);
* anonymized responses, no date stamps, no IP address, no referrer URL, no timings, no
  participant tokens, no "resume later" (which asks for an e-mail address).

LimeSurvey codes hold only letters and digits: each code is the instrument's code without
its other characters (``CLI_W2`` becomes ``CLIW2``), which the import matches the same way.
The response export with "question code" headings then has the columns ``CLI[CLI6]`` (array
question code, subquestion code in brackets), ``CLIW2``, ``opmerkingCLI`` and ``beroep``
besides LimeSurvey's own ``id``, ``submitdate``, ``lastpage``, ``startlanguage`` and
``seed``; with "full question text" headings ``<question text> [<statement>]``. Answers
exported as codes or as full text both import.

Examples
--------
>>> from vsvkit.instrument import find_instrument
>>> from vsvkit.survey.limesurvey import lss_structure
>>> xml = lss_structure(find_instrument("2026.3"), lang="nl")
>>> xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
True
>>> "<title><![CDATA[CLIW2]]></title>" in xml
True
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable

from vsvkit.errors import VsvkitError
from vsvkit.i18n import DEFAULT_LANG, LANGUAGES, Lang, check_language, t
from vsvkit.instrument import Instrument, load_instrument

__all__ = ["DB_VERSION", "ls_code", "dont_know_code", "remark_code", "lss_structure"]

#: The database version the file is written at: LimeSurvey 5's, with question themes and
#: the separate translation tables; newer LimeSurvey versions upgrade it on import.
DB_VERSION = 477
#: Longest question code and answer code LimeSurvey stores.
_TITLE_LIMIT, _ANSWER_LIMIT = 20, 5
_PROFESSION = {"nl": "beroep", "en": "profession"}
_REMARK = {"nl": "opmerking", "en": "remark"}

_QUESTION_FIELDS = (
    "qid", "parent_qid", "sid", "gid", "type", "title", "preg", "other", "mandatory",
    "encrypted", "question_order", "scale_id", "same_default", "relevance",
    "question_theme_name", "modulename",
)  # fmt: skip
_THEMES = {"F": "arrays/array", "L": "listradio", "T": "longfreetext"}
_SURVEY_SETTINGS = {
    "gsid": 1, "admin": "inherit", "adminemail": "inherit", "anonymized": "Y", "format": "G",
    "savetimings": "N", "template": "inherit", "datestamp": "N", "usecookie": "N",
    "allowregister": "N", "allowsave": "N", "autoredirect": "N", "allowprev": "Y",
    "printanswers": "N", "ipaddr": "N", "ipanonymize": "Y", "refurl": "N",
    "showsurveypolicynotice": 0, "publicstatistics": "N", "publicgraphs": "N",
    "listpublic": "N", "htmlemail": "Y", "sendconfirmation": "N",
    "tokenanswerspersistence": "N", "assessments": "N", "usecaptcha": "N", "usetokens": "N",
    "tokenlength": 15, "showxquestions": "N", "showgroupinfo": "B", "shownoanswer": "N",
    "showqnumcode": "X", "bounceprocessing": "N", "showwelcome": "Y", "showprogress": "Y",
    "questionindex": 0, "navigationdelay": 0, "nokeyboard": "N",
    "alloweditaftercompletion": "N",
}  # fmt: skip


def ls_code(code: str) -> str:
    """``code`` as LimeSurvey allows it: letters and digits only (``CLI_W2`` -> ``CLIW2``)."""
    plain = unicodedata.normalize("NFKD", code)
    return re.sub(r"[^A-Za-z0-9]", "", plain)


def _checked(codes: Iterable[tuple[str, str]], what_key: str, limit: int, letter: bool) -> dict:
    """``{original: LimeSurvey code}``, each non-empty, short and unique (case-insensitive),
    starting with a letter when ``letter``."""
    found: dict[str, str] = {}
    seen: set[str] = set()
    for original, code in codes:
        bad = not code or len(code) > limit or (letter and not code[0].isalpha())
        if bad or code.casefold() in seen:
            raise VsvkitError(key="lss_bad_code", what_key=what_key, code=original, limit=limit)
        seen.add(code.casefold())
        found[original] = code
    return found


def dont_know_code(instrument: Instrument) -> str:
    """The answer code of "weet niet": the first of its spellings that is a LimeSurvey
    answer code (at most five letters and digits), e.g. ``nvt`` for "n.v.t."."""
    inst = instrument
    scale = {str(s.value) for s in inst.scale}
    for spelling in (inst.dont_know.nl, inst.dont_know.en, *inst.dont_know_aliases):
        code = ls_code(spelling).lower()
        if 0 < len(code) <= _ANSWER_LIMIT and code not in scale:
            return code
    raise VsvkitError(
        key="lss_bad_code",
        what_key="lss_what_dont_know",
        code=inst.dont_know.nl,
        limit=_ANSWER_LIMIT,
    )


def remark_code(domain: str, lang: Lang = DEFAULT_LANG) -> str:
    """The question code of a domain's remark: ``opmerkingCLI`` (``remarkCLI`` in English)."""
    return _REMARK[check_language(lang)] + ls_code(domain)


def _cdata(value: object) -> str:
    return "<![CDATA[" + str(value).replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _html(text: str) -> str:
    """Plain text in a LimeSurvey HTML field (an ampersand stays as typed)."""
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _table(name: str, fields: Iterable[str], rows: list[dict]) -> list[str]:
    fields = tuple(fields)
    lines = [f" <{name}>", "  <fields>"]
    lines += [f"   <fieldname>{field}</fieldname>" for field in fields]
    lines += ["  </fields>", "  <rows>"]
    for row in rows:
        lines.append("   <row>")
        for field in fields:
            value = row.get(field, "")
            text = "" if value is None else str(value)
            lines.append(f"    <{field}>{_cdata(text)}</{field}>" if text else f"    <{field}/>")
        lines.append("   </row>")
    return [*lines, "  </rows>", f" </{name}>"]


class _Builder:
    """The rows of every table, with ids given out in order."""

    def __init__(self, sid: int, langs: tuple[Lang, ...]):
        self.sid, self.langs = sid, langs
        self.groups: list[dict] = []
        self.group_l10ns: list[dict] = []
        self.questions: list[dict] = []
        self.subquestions: list[dict] = []
        self.question_l10ns: list[dict] = []
        self.answers: list[dict] = []
        self.answer_l10ns: list[dict] = []
        self.order = 0

    def group(self, names: dict, descriptions: dict) -> int:
        gid = len(self.groups) + 1
        row = {"gid": gid, "sid": self.sid, "group_order": gid, "grelevance": 1}
        self.groups.append(row)
        for lang in self.langs:
            self.group_l10ns.append(
                {
                    **row,
                    "id": len(self.group_l10ns) + 1,
                    "group_name": _html(names[lang]),
                    "description": _html(descriptions[lang]),
                    "language": lang,
                }
            )
        return gid

    def _texts(self, qid: int, texts: dict) -> None:
        for lang in self.langs:
            self.question_l10ns.append(
                {
                    "id": len(self.question_l10ns) + 1,
                    "qid": qid,
                    "question": _html(texts[lang]),
                    "language": lang,
                }
            )

    def question(self, gid: int, kind: str, title: str, texts: dict, mandatory="N") -> int:
        qid = len(self.questions) + len(self.subquestions) + 1
        self.order += 1
        self.questions.append(
            {
                "qid": qid,
                "parent_qid": 0,
                "sid": self.sid,
                "gid": gid,
                "type": kind,
                "title": title,
                "other": "N",
                "mandatory": mandatory,
                "encrypted": "N",
                "question_order": self.order,
                "scale_id": 0,
                "same_default": 0,
                "relevance": 1,
                "question_theme_name": _THEMES[kind],
            }
        )
        self._texts(qid, texts)
        return qid

    def subquestion(self, parent: int, gid: int, order: int, title: str, texts: dict) -> None:
        qid = len(self.questions) + len(self.subquestions) + 1
        self.subquestions.append(
            {
                "qid": qid,
                "parent_qid": parent,
                "sid": self.sid,
                "gid": gid,
                "type": "T",
                "title": title,
                "other": "N",
                "mandatory": "N",
                "encrypted": "N",
                "question_order": order,
                "scale_id": 0,
                "same_default": 0,
                "relevance": 1,
            }
        )
        self._texts(qid, texts)

    def answer_options(self, qid: int, options: list[tuple[str, dict]]) -> None:
        for order, (code, texts) in enumerate(options, 1):
            aid = len(self.answers) + 1
            self.answers.append(
                {
                    "aid": aid,
                    "qid": qid,
                    "code": code,
                    "sortorder": order,
                    "assessment_value": 0,
                    "scale_id": 0,
                }
            )
            for lang in self.langs:
                self.answer_l10ns.append(
                    {
                        "id": len(self.answer_l10ns) + 1,
                        "aid": aid,
                        "answer": _html(texts[lang]),
                        "language": lang,
                    }
                )


def _welcome(inst: Instrument, k: int | None, lang: Lang) -> str:
    intro = inst.introduction
    if intro is None:
        parts = [t("lss_welcome", lang, title=inst.title(lang))]
    else:
        k_shown = inst.effective_min_group_size(k)
        parts = [
            intro.purpose(lang),
            intro.duration(lang),
            intro.anonymity_for(k_shown, lang),
            intro.dont_know(lang),
            intro.desired(lang),
        ]
    return "".join(f"<p>{_html(p)}</p>" for p in parts)


def lss_structure(
    instrument: Instrument | None = None, *, lang: Lang = DEFAULT_LANG, k: int | None = None
) -> str:
    """The LimeSurvey survey structure (.lss XML) of ``instrument``, ``lang`` its base language.

    Parameters
    ----------
    instrument : Instrument, optional
        The questionnaire; the bundled one when None.
    lang : {"nl", "en"}
        The survey's base language; the other is its additional language.
    k : int, optional
        The minimum group size named in the welcome text; the instrument's when None.

    Raises
    ------
    VsvkitError
        A code of the instrument cannot become a LimeSurvey code (see :func:`ls_code`).
    """
    inst = instrument if instrument is not None else load_instrument()
    base = check_language(lang)
    langs = (base, *(other for other in LANGUAGES if other != base))
    titles = _checked(
        [(d.code, ls_code(d.code)) for d in inst.domains]
        + [(i.code, ls_code(i.code)) for i in inst.all_items]
        + [(f"{_REMARK[base]} {d.code}", remark_code(d.code, base)) for d in inst.domains]
        + [(_PROFESSION[base], _PROFESSION[base])],
        "lss_what_item",
        _TITLE_LIMIT,
        letter=False,
    )
    roles = _checked(
        [(r.code, ls_code(r.code)) for r in inst.roles], "lss_what_role", _ANSWER_LIMIT, False
    )
    scale = [(str(s.value), {g: s.label(g) for g in langs}) for s in inst.scale]
    scale.append((dont_know_code(inst), {g: inst.dont_know(g) for g in langs}))

    sid = 100000 + zlib.crc32(f"{inst.name} {inst.version}".encode()) % 900000
    b = _Builder(sid, langs)
    for domain in inst.domains:
        intro = {g: domain.intro(g) if domain.intro is not None else "" for g in langs}
        gid = b.group({g: domain.name(g) for g in langs}, intro)
        statements = {g: t("lss_statements_question", g) for g in langs}
        array = b.question(gid, "F", titles[domain.code], statements)
        for order, item in enumerate(domain.items, 1):
            b.subquestion(array, gid, order, titles[item.code], {g: item.text(g) for g in langs})
        b.answer_options(array, scale)
        if domain.desired is not None:
            desired = domain.desired
            qid = b.question(gid, "L", titles[desired.code], {g: desired.text(g) for g in langs})
            b.answer_options(qid, scale)
        remark = {g: t("lss_remark_question", g, domain=domain.name(g)) for g in langs}
        b.question(gid, "T", remark_code(domain.code, base), remark)
    gid = b.group({g: t("lss_about_group", g) for g in langs}, {g: "" for g in langs})
    ask = {g: t("lss_profession_question", g) for g in langs}
    qid = b.question(gid, "L", _PROFESSION[base], ask, mandatory="Y")
    b.answer_options(qid, [(roles[r.code], {g: r.name(g) for g in langs}) for r in inst.roles])

    survey = {**_SURVEY_SETTINGS, "sid": sid, "language": base, "additional_languages": langs[1]}
    settings = [
        {
            "surveyls_survey_id": sid,
            "surveyls_language": g,
            "surveyls_title": inst.title(g),
            "surveyls_welcometext": _welcome(inst, k, g),
            "surveyls_endtext": t("lss_end", g),
            "surveyls_dateformat": 1,
            "surveyls_numberformat": 1 if g == "nl" else 0,
        }
        for g in langs
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<document>",
        " <LimeSurveyDocType>Survey</LimeSurveyDocType>",
        f" <DBVersion>{DB_VERSION}</DBVersion>",
        " <languages>",
        *(f"  <language>{g}</language>" for g in langs),
        " </languages>",
    ]
    lines += _table(
        "answers", ("aid", "qid", "code", "sortorder", "assessment_value", "scale_id"), b.answers
    )
    lines += _table("answer_l10ns", ("id", "aid", "answer", "language"), b.answer_l10ns)
    lines += _table(
        "groups", ("gid", "sid", "group_order", "randomization_group", "grelevance"), b.groups
    )
    lines += _table(
        "group_l10ns",
        (
            "id",
            "gid",
            "group_name",
            "description",
            "language",
            "sid",
            "group_order",
            "randomization_group",
            "grelevance",
        ),
        b.group_l10ns,
    )
    lines += _table("questions", _QUESTION_FIELDS, b.questions)
    lines += _table("subquestions", _QUESTION_FIELDS, b.subquestions)
    lines += _table(
        "question_l10ns", ("id", "qid", "question", "help", "script", "language"), b.question_l10ns
    )
    lines += _table(
        "surveys", ("sid", *_SURVEY_SETTINGS, "language", "additional_languages"), [survey]
    )
    lines += _table("surveys_languagesettings", tuple(settings[0]), settings)
    return "\n".join([*lines, "</document>", ""])
