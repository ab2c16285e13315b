"""The questionnaire pages as HTML: the form, thanks, closed, already answered.

Each ``render_*`` function fills one Jinja2 template (autoescaped) of the folder
``questionnaire`` in our Jupyter data folder (:func:`template_folder`: the checkout's
``templates/vsvkit/templates/questionnaire``, or the wheel's shared data) and returns the page.
The server's request handlers call them; they hand in what only the server knows: the form's
``action`` URL, the CSRF input (``xsrf_form_html``, ready HTML), the URL under which
:func:`static_folder` is served (``static_url``, ending in ``/``), the session's k and the VSV.

The pages are plain HTML that works without JavaScript, with one stylesheet and one script of
their own (``static/survey.css``, ``static/survey.js``; nothing from elsewhere, no inline
script or style, so a strict Content-Security-Policy holds). The script only improves the form:
it keeps the answers in the browser's local storage under :func:`storage_key` (cleared by the
thanks and already-answered pages), restores them after a reload, and shows the progress per
domain and in a bar that stays in view. Every fixed text is a ``survey_*`` key of the string
catalogue; the questionnaire's texts come from the instrument.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from vsvkit.errors import Problem
from vsvkit.i18n import LANGUAGES, Lang, check_language, t
from vsvkit.instrument import Instrument
from vsvkit.paths import QUESTIONNAIRE_TEMPLATE, template_dir, template_environment
from vsvkit.survey.form import (
    DONT_KNOW,
    MAX_REMARK_CHARS,
    PASSED_FIELDS,
    PROFESSION,
    SurveyForm,
    survey_form,
)

__all__ = [
    "STATIC_FILES",
    "template_folder",
    "static_folder",
    "storage_key",
    "field_id",
    "render_form",
    "render_thanks",
    "render_closed",
    "render_already",
    "render_page",
]

#: The files of :func:`static_folder` the pages load.
STATIC_FILES = ("survey.css", "survey.js")


def template_folder() -> Path:
    """The folder of the questionnaire templates (checkout or installed wheel)."""
    return template_dir("vsvkit", QUESTIONNAIRE_TEMPLATE)


def static_folder() -> Path:
    """The folder the server serves at ``static_url``: :data:`STATIC_FILES`."""
    return template_folder() / "static"


def storage_key(action: str) -> str:
    """The browser's local-storage key of a questionnaire's unsent answers: one per form URL."""
    return f"vsvkit-survey:{action}"


def field_id(field: str, value: str | None = None) -> str:
    """The ``id`` of a field's input: ``f-profession``, ``f-remark_CLI``, the radio button
    ``f-CLI6-3``. An error summary links to it (a question: its first radio button)."""
    return f"f-{field}" if value is None else f"f-{field}-{value}"


@functools.lru_cache(maxsize=4)
def _static_version(folder: str) -> str:
    """A short digest of the static files: their URLs change when the files do."""
    digest = hashlib.sha256()
    for name in STATIC_FILES:
        digest.update((Path(folder) / name).read_bytes())
    return digest.hexdigest()[:12]


def render_page(name: str, lang: Lang, static_url: str, **context: Any) -> str:
    """A page of the questionnaire templates (their base: language switch, stylesheet, script)
    in ``lang``; ``text(key)`` in the template is the string ``survey_<key>``."""
    lang = check_language(lang)
    folder = template_folder()
    other = next(code for code in LANGUAGES if code != lang)
    query = {"lang": other, **({"code": context["code"]} if context.get("code") else {})}
    page = template_environment(str(folder)).get_template(name)
    return page.render(
        lang=lang,
        other_lang=other,
        switch_href="?" + urlencode(query),
        static_url=static_url,
        static_version=_static_version(str(folder / "static")),
        text=lambda key, **values: t(f"survey_{key}", lang, **values),
        **{"code": None, "vsv": None, "storage_key": None, "title": None, **context},
    )


def _first(value: str | Sequence[str]) -> str:
    if isinstance(value, str):
        return value
    return value[0] if value else ""


def _summary(problems: Sequence[Problem], form: SurveyForm) -> list[dict[str, str | None]]:
    """The error summary: each problem's message, linked to its field when the page has it."""
    labels: dict[str, str] = {PROFESSION: t("survey_profession_label", form.lang)}
    targets = {PROFESSION: field_id(PROFESSION)}
    for domain in form.domains:
        for q in domain.questions:
            labels[q.code] = q.text
            targets[q.code] = field_id(q.code, form.answers[0].value)
        labels[domain.remark] = f"{t('survey_remark_label', form.lang)}: {domain.name}"
        targets[domain.remark] = field_id(domain.remark)
    return [
        {
            "href": targets.get(p.column or ""),
            "label": labels.get(p.column or ""),
            "message": p.rule,
        }
        for p in problems
    ]


def render_form(
    instrument: Instrument,
    *,
    lang: Lang,
    k: int | None,
    action: str,
    xsrf_html: str,
    static_url: str,
    values: Mapping[str, str | Sequence[str]] | None = None,
    errors: Sequence[Problem] | None = None,
    vsv: str | None = None,
    code: str | None = None,
    storage: str | None = None,
) -> str:
    """The questionnaire form of ``instrument`` (:func:`vsvkit.survey.survey_form`).

    Parameters
    ----------
    instrument : Instrument
        The session's questionnaire.
    lang : {"nl", "en"}
        The page's language; the page links to the other one (``?lang=``).
    k : int or None
        The session's minimum group size, in the anonymity promise.
    action : str
        The URL the form is posted to.
    xsrf_html : str
        The CSRF hidden input as HTML (Tornado's ``xsrf_form_html()``), put in as it is.
    static_url : str
        Where :func:`static_folder` is served, ending in ``/``.
    values : mapping, optional
        The fields as submitted, to show again beside ``errors``.
    errors : sequence of Problem, optional
        ``IntakeError.problems`` of :func:`vsvkit.survey.parse_submission`: each message is
        shown beside its field and in a summary at the top that links to the fields.
    vsv : str, optional
        The VSV's name, under the title.
    code : str, optional
        An invitation code, sent back in a hidden field and kept by the language link.
    storage : str, optional
        The local-storage key of the unsent answers; :func:`storage_key` of ``action``.
    """
    form = survey_form(instrument, lang=lang, k=k)
    given = {name: _first(v) for name, v in (values or {}).items() if name not in PASSED_FIELDS}
    by_field: dict[str, list[str]] = {}
    for p in errors or ():
        by_field.setdefault(p.column or "", []).append(p.rule)
    return render_page(
        "form.html.j2",
        form.lang,
        static_url,
        form=form,
        title=form.title,
        vsv=vsv,
        code=code,
        action=action,
        xsrf_html=xsrf_html,
        storage_key=storage or storage_key(action),
        values=given,
        errors={field: " ".join(rules) for field, rules in by_field.items()},
        summary=_summary(errors or (), form),
        dont_know=DONT_KNOW,
        profession=PROFESSION,
        max_remark=MAX_REMARK_CHARS,
        field_id=field_id,
    )


def render_thanks(
    *, lang: Lang, static_url: str, storage: str, title: str | None = None, vsv: str | None = None
) -> str:
    """The page after a stored submission; its script clears the answers kept under
    ``storage`` (:func:`storage_key` of the form's URL). ``title``: the instrument's title."""
    return render_page(
        "thanks.html.j2", lang, static_url, storage_key=storage, title=title, vsv=vsv
    )


def render_already(
    *, lang: Lang, static_url: str, storage: str, title: str | None = None, vsv: str | None = None
) -> str:
    """The page for a device that has answered this questionnaire already (its answers kept
    in the browser are cleared too)."""
    return render_page(
        "already.html.j2", lang, static_url, storage_key=storage, title=title, vsv=vsv
    )


def render_closed(*, lang: Lang, static_url: str) -> str:
    """The page for a closed or unknown questionnaire: says so, names no session."""
    return render_page("closed.html.j2", lang, static_url)
