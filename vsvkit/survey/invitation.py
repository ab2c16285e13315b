"""The invitation sheet of an open questionnaire: QR code, link, closing date, e-mail texts.

A trainer who opens the questionnaire pages hands members one A4 page (to mail, print or
show on a slide): its first page has the QR code (error correction M, drawn as SVG so it
stays sharp on paper), the link in large type, the closing date, how long it takes and the
anonymity promise in one line, in Dutch and in English; its second page has a ready e-mail
(subject and body) in both languages, to copy. :func:`write_invitation` writes the sheet as
PDF (printed by the report's Chromium, :func:`vsvkit.report.pdf.html_to_pdf`), the QR code as
PNG and each e-mail as a text file.

The page is the Jinja2 template ``questionnaire/invitation.html.j2`` of our Jupyter data
folder (:func:`vsvkit.paths.template_dir`); the fixed texts are the ``invitation_*`` keys of
the string catalogue, the closing date is written by :func:`vsvkit.formatting.fmt_date`.

Examples
--------
>>> from vsvkit.survey.invitation import invitation_email
>>> subject, body = invitation_email(
...     vsv="VSV Voorbeeldstad", url="https://vsv.example.nl/vragenlijst/Ab3d",
...     closes="2026-11-13", lang="en")
>>> subject
'VSV Voorbeeldstad: please fill in the VSV integration meter (closes 13 November 2026)'
>>> "https://vsv.example.nl/vragenlijst/Ab3d" in body
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path
from urllib.parse import urlsplit

import segno
from markupsafe import Markup

from vsvkit.errors import ReportError, VsvkitError
from vsvkit.formatting import fmt_date
from vsvkit.i18n import LANGUAGES, Lang, check_language, t
from vsvkit.instrument import Instrument, load_instrument
from vsvkit.paths import QUESTIONNAIRE_TEMPLATE, template_dir, template_environment
from vsvkit.survey.codes import write_codes_csv

__all__ = [
    "QR_ERROR",
    "QR_BORDER",
    "QR_PNG_SCALE",
    "MERGE_LINK",
    "MERGE_CODE",
    "INVITATION_FILES",
    "qr_code",
    "short_link",
    "invitation_email",
    "invitation_sheet",
    "write_invitation",
]

#: Error correction of the QR code: M restores up to 15% of a smudged or folded print.
QR_ERROR = "m"
#: Quiet zone around the code, in modules (the QR standard's minimum).
QR_BORDER = 4
#: Pixels per module of the PNG: a version-4 code (a link of about 50 characters) is 410
#: pixels wide, sharp on a slide and in a mail.
QR_PNG_SCALE = 10
#: Mail-merge fields the e-mail uses instead of the link when every member gets a code: the
#: columns of :func:`vsvkit.survey.codes.write_codes_csv`.
MERGE_LINK = "{{link}}"
MERGE_CODE = "{{code}}"
#: The files :func:`write_invitation` writes, by role (``codes`` only with codes).
INVITATION_FILES = {
    "pdf": "invitation.pdf",
    "png": "invitation.png",
    "email_nl": "email-nl.txt",
    "email_en": "email-en.txt",
    "codes": "codes.csv",
}

_TEMPLATE = "invitation.html.j2"


def _check_url(url: str) -> str:
    """``url`` when it is a whole web address (a QR code of a bare path opens nothing)."""
    parts = urlsplit(str(url).strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise VsvkitError(key="invitation_needs_full_url", url=url)
    return str(url).strip()


def qr_code(url: str) -> segno.QRCode:
    """The QR code of ``url``: error correction M exactly, never a Micro QR code.

    Raises
    ------
    VsvkitError
        ``url`` is not an http(s) address with a host.
    """
    return segno.make(_check_url(url), error=QR_ERROR, boost_error=False, micro=False)


def short_link(url: str) -> str:
    """The link as people type it: an ``https://`` address without its scheme.

    A browser adds ``https://`` itself; an ``http://`` address keeps its scheme (typed
    without it, a browser would try https first).
    """
    url = _check_url(url)
    return url.removeprefix("https://").rstrip("/")


@dataclass(frozen=True)
class _Facts:
    """What the sheet and the e-mails say, in one language."""

    lang: Lang
    title: str
    closes: str
    duration: str
    anonymity: str


def _facts(inst: Instrument, closes: Date | str, k: int | None, lang: Lang) -> _Facts:
    intro = inst.introduction
    return _Facts(
        lang=lang,
        title=inst.title(lang),
        closes=fmt_date(closes, lang=lang),
        duration=intro.duration(lang) if intro is not None else "",
        anonymity=t("invitation_anonymity", lang, k=inst.effective_min_group_size(k)),
    )


def _email(facts: _Facts, vsv: str, link: str, merge: bool) -> tuple[str, str]:
    lang = facts.lang
    subject = t("invitation_email_subject", lang, vsv=vsv, title=facts.title, date=facts.closes)
    intro = t("invitation_email_intro", lang, vsv=vsv, title=facts.title)
    paragraphs = [
        t("invitation_email_greeting", lang),
        f"{intro} {facts.duration}".strip(),
        t("invitation_email_link", lang) + "\n" + (MERGE_LINK if merge else link),
    ]
    if merge:
        paragraphs.append(t("invitation_email_code", lang, code=MERGE_CODE))
    paragraphs += [
        t("invitation_closes", lang, date=facts.closes),
        facts.anonymity,
        t("invitation_email_thanks", lang),
    ]
    return subject, "\n\n".join(paragraphs) + "\n"


def invitation_email(
    *,
    vsv: str,
    url: str,
    closes: Date | str,
    lang: Lang,
    instrument: Instrument | None = None,
    k: int | None = None,
    merge: bool = False,
) -> tuple[str, str]:
    """The e-mail that invites the members: ``(subject, body)`` in ``lang``.

    Parameters
    ----------
    vsv : str
        The VSV's name.
    url : str
        The questionnaire's whole address (``https://host/vragenlijst/<token>``).
    closes : date or str
        The day the questionnaire closes (a date or ``"YYYY-MM-DD"``).
    lang : {"nl", "en"}
    instrument : Instrument, optional
        Its title and how long it takes; the bundled one when None.
    k : int, optional
        The session's minimum group size, named in the anonymity line; the instrument's
        when None.
    merge : bool
        Every member gets a one-time code: the body holds the mail-merge fields
        :data:`MERGE_LINK` and :data:`MERGE_CODE` (the columns of the codes CSV) instead of
        the link.
    """
    inst = instrument if instrument is not None else load_instrument()
    facts = _facts(inst, closes, k, check_language(lang))
    return _email(facts, vsv, _check_url(url), merge)


def _languages(lang_first: Lang) -> tuple[Lang, ...]:
    first = check_language(lang_first)
    return (first, *(lang for lang in LANGUAGES if lang != first))


def invitation_sheet(
    *,
    vsv: str,
    url: str,
    closes: Date | str,
    lang_first: Lang = "nl",
    instrument: Instrument | None = None,
    k: int | None = None,
    merge: bool = False,
) -> str:
    """The invitation sheet as one self-contained A4 HTML page, in Dutch and English.

    Parameters
    ----------
    vsv, url, closes, instrument, k, merge
        As for :func:`invitation_email`.
    lang_first : {"nl", "en"}
        The language the sheet starts with (its ``<html lang>``); the other follows.

    Returns
    -------
    str
        HTML with the QR code as inline SVG and print CSS for A4 (no outside resources).
    """
    inst = instrument if instrument is not None else load_instrument()
    langs = _languages(lang_first)
    link = _check_url(url)
    svg = qr_code(link).svg_inline(scale=1, border=QR_BORDER, omitsize=True, svgclass="qr")
    texts = []
    for lang in langs:
        facts = _facts(inst, closes, k, lang)
        subject, body = _email(facts, vsv, link, merge)
        texts.append(
            {
                "lang": lang,
                "heading": t("invitation_heading", lang, title=facts.title),
                "why": t("invitation_why", lang, vsv=vsv),
                "scan": t("invitation_scan", lang),
                "closes": t("invitation_closes", lang, date=facts.closes),
                "duration": facts.duration,
                "anonymity": facts.anonymity,
                "email_heading": t("invitation_email_heading", lang),
                "subject_label": t("invitation_subject_label", lang),
                "subject": subject,
                "body": body,
            }
        )
    folder = template_dir("vsvkit", QUESTIONNAIRE_TEMPLATE)
    template = template_environment(str(folder)).get_template(_TEMPLATE)
    return template.render(
        lang=langs[0],
        vsv=vsv,
        title=" / ".join(dict.fromkeys(inst.title(lang) for lang in langs)),
        kicker=" / ".join(t("invitation_kicker", lang) for lang in langs),
        qr_label=" / ".join(t("invitation_qr_label", lang) for lang in langs),
        qr_svg=Markup(svg),  # segno's SVG of the address: no text of ours inside
        link_parts=_link_parts(short_link(link)),
        texts=texts,
    )


def _link_parts(link: str) -> list[str]:
    """The link cut after each ``/``: where a long link may wrap onto the next line."""
    parts = link.split("/")
    return [part + "/" for part in parts[:-1]] + [parts[-1]]


def _write(path: Path, data: bytes | str) -> Path:
    try:
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
    except OSError as err:
        raise ReportError(
            key="invitation_write_failed", path=str(path), reason=err.strerror or err
        ) from err
    return path


def write_invitation(
    folder: str | Path,
    *,
    vsv: str,
    url: str,
    closes: Date | str,
    lang_first: Lang = "nl",
    instrument: Instrument | None = None,
    k: int | None = None,
    codes: Sequence[str] = (),
    browser: str | Path | None = None,
    timeout: float = 120,
) -> dict[str, Path]:
    """Write the invitation into ``folder`` (made when missing).

    Parameters
    ----------
    folder : str or Path
        Where the files go (:data:`INVITATION_FILES`).
    vsv, url, closes, lang_first, instrument, k
        As for :func:`invitation_sheet`.
    codes : sequence of str
        One-time invitation codes (:func:`vsvkit.survey.codes.new_codes`), one per member:
        written with their links to ``codes.csv`` for a mail merge, and the e-mails then hold
        the merge fields instead of the link. The caller keeps only their digests.
    browser : path, optional
        The Chromium that prints the PDF (default :func:`vsvkit.report.browser.find_browser`).
    timeout : float
        Seconds allowed for starting the browser and loading the page.

    Returns
    -------
    dict of str to Path
        The files written: ``pdf`` (the sheet), ``png`` (the QR code alone, with its quiet
        zone), ``email_nl`` and ``email_en`` (subject line, blank line, body; UTF-8), and
        ``codes`` when there are codes.

    Raises
    ------
    VsvkitError
        ``url`` is not a whole web address, or the codes cannot be written.
    ReportError
        No browser, printing failed, or a file cannot be written.
    """
    from vsvkit.report.pdf import html_to_pdf

    inst = instrument if instrument is not None else load_instrument()
    merge = len(codes) > 0
    qr = qr_code(url)
    html = invitation_sheet(
        vsv=vsv, url=url, closes=closes, lang_first=lang_first, instrument=inst, k=k, merge=merge
    )
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ReportError(
            key="invitation_write_failed", path=str(target), reason=err.strerror or err
        ) from err
    pdf = html_to_pdf(html, executable=str(browser) if browser else None, timeout=timeout)
    written = {"pdf": _write(target / INVITATION_FILES["pdf"], pdf)}
    png = target / INVITATION_FILES["png"]
    try:
        qr.save(str(png), kind="png", scale=QR_PNG_SCALE, border=QR_BORDER)
    except OSError as err:
        raise ReportError(
            key="invitation_write_failed", path=str(png), reason=err.strerror or err
        ) from err
    written["png"] = png
    for lang in LANGUAGES:
        subject, body = invitation_email(
            vsv=vsv, url=url, closes=closes, lang=lang, instrument=inst, k=k, merge=merge
        )
        name = f"email_{lang}"
        text = f"{t('invitation_subject_label', lang)}: {subject}\n\n{body}"
        written[name] = _write(target / INVITATION_FILES[name], text)
    if merge:
        written["codes"] = write_codes_csv(target / INVITATION_FILES["codes"], codes, url)
    return written
