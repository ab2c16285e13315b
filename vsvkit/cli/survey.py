"""``vsvkit survey ACTION``: the questionnaire outside the workshop app.

``vsvkit survey template --format xlsx|lss|pdf`` writes an import template for a trainer
who keeps an own survey tool: the workbook with exactly the headers the import expects
(:func:`vsvkit.survey.export_templates.write_xlsx_template`), the LimeSurvey survey
structure whose response export imports as it is (:mod:`vsvkit.survey.limesurvey`), or the
paper questionnaire (:func:`vsvkit.paper.write_paper_questionnaire`, as ``vsvkit
questionnaire`` writes it), whose answers can be typed into the workbook: both carry each
statement's code.

``vsvkit survey open`` creates a session and opens its questionnaire on vsvkit's own pages
(``/vragenlijst/<token>``) and writes the invitation (A4 PDF with the QR code, the QR code as
PNG, the e-mail texts in Dutch and English, and with ``--codes N`` one-time invitation codes
for a mail merge, of which the store keeps only the digests); ``vsvkit survey status`` and
``vsvkit survey close`` follow and close it.

Each action is a function ``f(args, settings) -> exit code`` in :data:`ACTIONS`, with its
options added by one ``_add_<action>`` function in :func:`add_parser`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from vsvkit.app.settings import Settings
from vsvkit.errors import VsvkitError
from vsvkit.i18n import t

__all__ = [
    "ACTIONS",
    "FORMATS",
    "add_parser",
    "run",
    "template",
    "open_survey",
    "status",
    "close",
    "default_output",
]

#: The template formats: those of :data:`vsvkit.survey.export_templates.TEMPLATE_FORMATS`
#: (named here so that building the parser imports no workbook library) and the paper form.
FORMATS = ("xlsx", "lss", "pdf")


def _add_template(actions, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "template",
        parents=[common],
        help="an import template for an own survey tool: workbook, LimeSurvey file or paper form",
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        required=True,
        help="xlsx: a workbook to type answers into; lss: a LimeSurvey survey structure; "
        "pdf: the paper questionnaire",
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument(
        "--instrument", metavar="FILE_OR_VERSION", help="an instrument file or a bundled version"
    )
    p.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write (default: <instrument>.<format>)"
    )


def _by_profession(text: str) -> dict[str, int]:
    """``VK=20,GYN=8`` as ``{"VK": 20, "GYN": 8}``."""
    out: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        code, sep, n = part.partition("=")
        if not sep or not n.strip().isdigit():
            raise argparse.ArgumentTypeError(f"{part!r}: write CODE=NUMBER, e.g. VK=20,GYN=8")
        out[code.strip().upper()] = int(n)
    return out


def _add_open(actions, common: argparse.ArgumentParser) -> None:
    p = actions.add_parser(
        "open", parents=[common], help="create a session and open its questionnaire"
    )
    p.add_argument("--vsv", required=True, help="the VSV's name")
    p.add_argument("--date", required=True, help="the date of the meeting, YYYY-MM-DD")
    p.add_argument("--wave", choices=("baseline", "follow-up"), default="baseline")
    p.add_argument("--invited", type=int, metavar="N", help="members invited")
    p.add_argument(
        "--invited-by-profession",
        type=_by_profession,
        default={},
        metavar="VK=20,GYN=8,...",
        help="members invited per profession (role codes of the questionnaire)",
    )
    p.add_argument(
        "--closes", metavar="YYYY-MM-DD", help="last day to answer (default: the day before)"
    )
    p.add_argument("--codes", type=int, default=0, metavar="N", help="N one-time codes")
    p.add_argument("--instrument", metavar="FILE_OR_VERSION", help="default: the newest")
    p.add_argument("--min-group-size", type=int, metavar="K", help="k for this session (>= 3)")
    p.add_argument(
        "--server",
        default="http://localhost:8866",
        metavar="URL",
        help="where members reach vsvkit serve (as printed on the invitation)",
    )
    p.add_argument("--folder", metavar="DIR", help="where the invitation goes")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _add_session_action(actions, common, name: str, help_text: str) -> None:
    p = actions.add_parser(name, parents=[common], help=help_text)
    p.add_argument("session", type=int, metavar="SESSION")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """The ``survey`` command and its actions."""
    p = sub.add_parser(
        "survey", parents=[common], help="the questionnaire outside the workshop app"
    )
    actions = p.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    _add_template(actions, common)
    _add_open(actions, common)
    _add_session_action(actions, common, "status", "how many members answered")
    _add_session_action(actions, common, "close", "close a questionnaire")


def default_output(instrument, fmt: str) -> str:
    """``integratiemeter-2026.3.xlsx``: the instrument's name and version, the format."""
    return f"{instrument.name}-{instrument.version}.{fmt}"


def template(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit survey template``: write the template to ``--output``."""
    from pathlib import Path

    from vsvkit.instrument import find_instrument
    from vsvkit.survey.export_templates import write_template

    # --instrument as typed (a bundled version is no path); else VSVKIT_INSTRUMENT or the newest
    instrument = find_instrument(args.instrument or settings.instrument)
    output = args.output or default_output(instrument, args.format)
    if args.format != "pdf":
        path = write_template(output, args.format, instrument, lang=args.lang)
    elif Path(output).suffix.lower() != ".pdf":
        raise VsvkitError(key="template_bad_suffix", path=output, format="pdf")
    else:
        from vsvkit.paper import write_paper_questionnaire

        path = write_paper_questionnaire(
            output, instrument, lang=args.lang, browser=settings.browser
        )
    print(t("template_written", args.lang, path=path))
    return 0


def open_survey(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit survey open``: the session, its questionnaire, the invitation."""
    import datetime as dt
    import json
    from pathlib import Path

    from vsvkit.instrument import find_instrument
    from vsvkit.store import Store, values
    from vsvkit.survey.codes import code_digest, new_codes
    from vsvkit.survey.invitation import write_invitation

    instrument = find_instrument(args.instrument or settings.instrument)
    meeting = values.session_date(args.date)
    closes = values.session_date(args.closes) if args.closes else meeting - dt.timedelta(days=1)
    codes = new_codes(args.codes) if args.codes else []
    with Store(settings.db) as store:
        survey = store.open_survey(
            vsv=args.vsv,
            date=meeting,
            wave=args.wave,
            instrument=instrument,
            min_group_size=args.min_group_size,
            invited=args.invited,
            invited_by_profession=args.invited_by_profession,
            closes=closes,
            code_digests=[code_digest(c) for c in codes],
        )
        session = store.session(survey.session_id)
    url = args.server.rstrip("/") + survey.path
    folder = Path(args.folder or f"vragenlijst-{survey.session_id}")
    files = write_invitation(
        folder,
        vsv=session.vsv,
        url=url,
        closes=closes,
        lang_first=args.lang,
        instrument=instrument,
        k=instrument.effective_min_group_size(session.min_group_size),
        codes=codes,
        browser=settings.browser,
    )
    result = {
        "session": survey.session_id,
        "url": survey.path,
        "link": url,
        "closes": closes.isoformat(),
        "codes": len(codes),
        "files": {name: str(path) for name, path in files.items()},
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(t("survey_opened", args.lang, session=survey.session_id, url=url, closes=closes))
    print(t("survey_files", args.lang, folder=folder))
    if "localhost" in url or "127.0.0.1" in url:
        print(t("survey_local_link", args.lang))
    return 0


def status(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit survey status``: answered, invited, per profession where k allows."""
    import json

    from vsvkit.formatting import fmt_pct, group_label
    from vsvkit.store import Store
    from vsvkit.survey.response import survey_response

    with Store(settings.db) as store:
        response = survey_response(store, args.session)
        instrument = store.instrument(args.session)
    if args.json:
        print(json.dumps(response.as_dict(), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    state = t("survey_state_open" if response.is_open else "survey_state_closed", lang)
    print(t("survey_status_line", lang, session=args.session, state=state))
    if response.invited:
        rate = fmt_pct((response.rate or 0.0) * 100, lang=lang)
        print(
            t("survey_answered_of", lang, n=response.answered, invited=response.invited, pct=rate)
        )
    else:
        print(t("survey_answered", lang, n=response.answered))
    for group, n, invited in response.by_profession:
        name = group_label(group, instrument, lang)
        print(f"  {name}: {n}" + (f" / {invited}" if invited else ""))
    if response.still_needed:
        print(t("survey_still_needed", lang, n=response.still_needed, k=response.k))
    return 0


def close(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit survey close``: no answers are taken from now on."""
    import json

    from vsvkit.store import Store

    with Store(settings.db) as store:
        survey = store.close_survey(args.session)
    if args.json:
        print(json.dumps({"session": survey.session_id, "open": False}, indent=2))
        return 0
    print(t("survey_closed_now", args.lang, session=survey.session_id))
    return 0


#: What each ``vsvkit survey`` action runs.
ACTIONS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "template": template,
    "open": open_survey,
    "status": status,
    "close": close,
}


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the ``vsvkit survey`` action ``args.survey_command``."""
    action = ACTIONS.get(args.survey_command)
    if action is None:  # a parser entry without an action: a bug, said plainly
        raise VsvkitError(f"vsvkit survey {args.survey_command}: no such action")
    return action(args, settings)
