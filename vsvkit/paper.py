"""The paper questionnaire: a printable A4 form of an instrument, as HTML or PDF.

A trainer hands it out or mails it to members who do not fill in the questionnaire pages.
It holds the instrument's title, its introduction (what the questionnaire is for, how long
it takes, the anonymity promise with the session's minimum group size, what "weet niet" is
for, how the desired-situation question works), then per domain its name, its one-line
introduction, a table of its statements with four answer boxes and "weet niet", the
desired-situation question on the same scale and lines for a remark; then the profession and
echelon questions and a word of thanks. An instrument without an introduction (files before
2026.3) gets none, and no empty heading.

The page is the Jinja2 template ``questionnaire/paper.html.j2`` of our Jupyter data folder
(:func:`vsvkit.paths.template_dir`, found from a checkout and from an installed wheel); the
fixed texts are the ``paper_*`` keys of the string catalogue, the questionnaire's texts come
from the instrument. The PDF is printed by the report's headless Chromium
(:func:`vsvkit.report.pdf.html_to_pdf`).

Examples
--------
>>> from vsvkit.instrument import find_instrument
>>> from vsvkit.paper import paper_questionnaire
>>> html = paper_questionnaire(find_instrument("2026.1"), lang="en", k=6)
>>> html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
True
"""

from __future__ import annotations

from pathlib import Path

from vsvkit.errors import ReportError
from vsvkit.i18n import DEFAULT_LANG, Lang, check_language, t
from vsvkit.instrument import MIN_GROUP_FLOOR, Instrument, load_instrument
from vsvkit.paths import QUESTIONNAIRE_TEMPLATE, template_dir, template_environment

__all__ = ["PAPER_KEYS", "PAPER_FORMATS", "paper_questionnaire", "write_paper_questionnaire"]

#: The catalogue keys of the fixed texts on the paper questionnaire (``paper_how_dont_know``
#: only when the instrument has no introduction: its own ``dont_know`` text says it then).
PAPER_KEYS = (
    "paper_kicker",
    "paper_version",
    "paper_intro_title",
    "paper_how_title",
    "paper_how",
    "paper_how_dont_know",
    "paper_correct",
    "paper_no_name",
    "paper_statement",
    "paper_desired",
    "paper_remark",
    "paper_about_title",
    "paper_profession",
    "paper_echelon",
    "paper_thanks",
)

#: The file types :func:`write_paper_questionnaire` writes, by suffix.
PAPER_FORMATS = (".pdf", ".html")

_TEMPLATE = "paper.html.j2"


def _texts(instrument: Instrument, lang: Lang) -> dict[str, str]:
    """The fixed texts, by key without the ``paper_`` prefix."""
    values = {"version": instrument.version, "dont_know": instrument.dont_know(lang)}
    return {key.removeprefix("paper_"): t(key, lang, **values) for key in PAPER_KEYS}


def _page(instrument: Instrument, lang: Lang, k: int, vsv: str | None) -> dict:
    """What the template shows: plain strings and lists, in ``lang``."""
    inst = instrument
    intro = inst.introduction
    introduction = (
        [
            intro.purpose(lang),
            intro.duration(lang),
            intro.anonymity_for(k, lang),
            intro.dont_know(lang),
            intro.desired(lang),
        ]
        if intro is not None
        else []
    )
    domains = [
        {
            "number": n,
            "name": d.name(lang),
            "intro": d.intro(lang) if d.intro is not None else "",
            "items": [{"code": i.code, "text": i.text(lang)} for i in d.items],
            "desired": (
                {"code": d.desired.code, "text": d.desired.text(lang)}
                if d.desired is not None
                else None
            ),
        }
        for n, d in enumerate(inst.domains, 1)
    ]
    return {
        "lang": lang,
        "title": inst.title(lang),
        "vsv": vsv or "",
        "introduction": introduction,
        "scale": [s.label(lang) for s in inst.scale],
        "dont_know": inst.dont_know(lang),
        "domains": domains,
        "roles": [r.name(lang) for r in inst.roles],
        "echelons": [e.name(lang) for e in inst.echelons],
        "text": _texts(inst, lang),
    }


def paper_questionnaire(
    instrument: Instrument | None = None,
    *,
    lang: Lang = DEFAULT_LANG,
    k: int | None = None,
    vsv: str | None = None,
) -> str:
    """The paper questionnaire of ``instrument`` as one self-contained HTML page.

    Parameters
    ----------
    instrument : Instrument, optional
        The questionnaire; the bundled one when None.
    lang : {"nl", "en"}
        The language of every text on the form.
    k : int, optional
        The smallest group the results show, named in the anonymity promise: the session's
        minimum group size (at least 3); the instrument's when None.
    vsv : str, optional
        The VSV's name, printed under the title.

    Returns
    -------
    str
        HTML with ``<html lang=...>`` and print CSS for A4 (no outside resources).

    Raises
    ------
    ReportError
        ``k`` is not a whole number of at least 3.

    Examples
    --------
    >>> import vsvkit as vk
    >>> html = vk.paper_questionnaire(vk.load_instrument(), lang="nl", k=5)
    >>> '<html lang="nl">' in html and "Ondersteuning" in html
    True
    """
    lang = check_language(lang)
    inst = instrument if instrument is not None else load_instrument()
    if k is not None and (isinstance(k, bool) or int(k) != k or k < MIN_GROUP_FLOOR):
        raise ReportError(key="paper_bad_min_group_size", floor=MIN_GROUP_FLOOR, value=k)
    folder = template_dir("vsvkit", QUESTIONNAIRE_TEMPLATE)
    template = template_environment(str(folder)).get_template(_TEMPLATE)
    return template.render(**_page(inst, lang, inst.effective_min_group_size(k), vsv))


def write_paper_questionnaire(
    path: str | Path,
    instrument: Instrument | None = None,
    *,
    lang: Lang = DEFAULT_LANG,
    k: int | None = None,
    vsv: str | None = None,
    browser: str | Path | None = None,
    timeout: float = 120,
) -> Path:
    """Write the paper questionnaire to ``path``: a PDF (``.pdf``) or the HTML (``.html``).

    Parameters
    ----------
    path : str or Path
        The file to write; its suffix chooses the format (:data:`PAPER_FORMATS`).
    instrument, lang, k, vsv
        As for :func:`paper_questionnaire`.
    browser : path, optional
        The Chromium to print the PDF with (default
        :func:`vsvkit.report.browser.find_browser`).
    timeout : float
        Seconds allowed for starting the browser and loading the page.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    ReportError
        Another suffix, no browser, or the file cannot be written.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in PAPER_FORMATS:
        raise ReportError(key="paper_bad_suffix", path=str(target))
    html = paper_questionnaire(instrument, lang=lang, k=k, vsv=vsv)
    data: bytes
    if suffix == ".pdf":
        from vsvkit.report.pdf import html_to_pdf, page_templates

        inst = instrument if instrument is not None else load_instrument()
        header, footer = page_templates(inst.title(lang), vsv or "", t("report_page", lang))
        data = html_to_pdf(
            html,
            header=header,
            footer=footer,
            executable=str(browser) if browser else None,
            timeout=timeout,
        )
    else:
        data = html.encode("utf-8")
    try:
        target.write_bytes(data)
    except OSError as err:
        raise ReportError(
            key="paper_write_failed", path=str(target), reason=err.strerror or err
        ) from err
    return target
