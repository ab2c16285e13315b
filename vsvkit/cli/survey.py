"""``vsvkit survey ACTION``: the questionnaire outside the workshop app.

``vsvkit survey template --format xlsx|lss|pdf`` writes an import template for a trainer
who keeps an own survey tool: the workbook with exactly the headers the import expects
(:func:`vsvkit.survey.export_templates.write_xlsx_template`), the LimeSurvey survey
structure whose response export imports as it is (:mod:`vsvkit.survey.limesurvey`), or the
paper questionnaire (:func:`vsvkit.paper.write_paper_questionnaire`, as ``vsvkit
questionnaire`` writes it), whose answers can be typed into the workbook: both carry each
statement's code.

Each action is a function ``f(args, settings) -> exit code`` in :data:`ACTIONS`, with its
options added by one ``_add_<action>`` function in :func:`add_parser`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from vsvkit.app.settings import Settings
from vsvkit.errors import VsvkitError
from vsvkit.i18n import t

__all__ = ["ACTIONS", "FORMATS", "add_parser", "run", "template", "default_output"]

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


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """The ``survey`` command and its actions."""
    p = sub.add_parser(
        "survey", parents=[common], help="the questionnaire outside the workshop app"
    )
    actions = p.add_subparsers(dest="survey_command", metavar="ACTION", required=True)
    _add_template(actions, common)


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


#: What each ``vsvkit survey`` action runs.
ACTIONS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {"template": template}


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the ``vsvkit survey`` action ``args.survey_command``."""
    action = ACTIONS.get(args.survey_command)
    if action is None:  # a parser entry without an action: a bug, said plainly
        raise VsvkitError(f"vsvkit survey {args.survey_command}: no such action")
    return action(args, settings)
