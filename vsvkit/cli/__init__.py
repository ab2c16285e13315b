"""The ``vsvkit`` command line: one library call per command, friendly errors.

This package holds the only argument parser of vsvkit. The environment is read here, once
(:class:`vsvkit.app.settings.Settings`; ``--db``, ``--instrument`` and ``--guide`` win over
``VSVKIT_DB``, ``VSVKIT_INSTRUMENT`` and ``VSVKIT_GUIDE``), and passed down as parameters.
``--instrument`` is what a file is read with (``import``), what is printed (``instrument``) or
what the apps import files with (``serve``, ``lab``); commands that read stored sessions have
no such option: every session is scored with the instrument it was answered with, which the
store keeps.
The commands that start a server are in :mod:`vsvkit.cli.apps`, those that change a stored
session in :mod:`vsvkit.cli.sessions`, the report and the handout in
:mod:`vsvkit.cli.reports`, the paper questionnaire in :mod:`vsvkit.cli.questionnaire`, the
questionnaire outside the app (``vsvkit survey``) in :mod:`vsvkit.cli.survey`, the vote
rounds in the room (``vsvkit poll``) in :mod:`vsvkit.cli.poll`.

Tracebacks are shown only with ``--debug``; problems in an imported file are printed
as a table and the exit code is 2.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Sequence
from datetime import date as Date

from vsvkit.app.settings import Settings
from vsvkit.cli import apps, poll, public, questionnaire, reports, sessions, survey, users
from vsvkit.cli.sessions import EXIT_PROBLEMS
from vsvkit.errors import IntakeError, VsvkitError
from vsvkit.i18n import DEFAULT_LANG, Lang

__all__ = ["main", "build_parser", "COMMANDS"]

log = logging.getLogger("vsvkit")


def _date(text: str) -> Date:
    try:
        return Date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD") from err


def _common(defaults: bool) -> argparse.ArgumentParser:
    """--db and --debug, accepted before and after the command.

    Only the top-level parser sets defaults: a subparser's default would overwrite a value
    given before the command (``vsvkit --db X sessions``).
    """
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=None if defaults else argparse.SUPPRESS,
        help="database URL or SQLite file (default: VSVKIT_DB or the user data folder)",
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=False if defaults else argparse.SUPPRESS,
        help="show full tracebacks",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    """The parser of every ``vsvkit`` command."""
    common = _common(defaults=False)
    parser = argparse.ArgumentParser(
        prog="vsvkit", description="VSV-integratiemeter workshop toolkit", parents=[_common(True)]
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("instrument", parents=[common], help="print the questionnaire")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument(
        "--instrument", metavar="FILE|VERSION", help="an own instrument file or a bundled version"
    )

    p = sub.add_parser(
        "import", parents=[common], help="import a survey export (CSV/XLSX) as a session"
    )
    p.add_argument("file")
    p.add_argument("--vsv", required=True, help="name of the VSV")
    p.add_argument("--date", required=True, type=_date, help="date of the session, YYYY-MM-DD")
    p.add_argument("--wave", choices=("baseline", "follow-up"), default="baseline")
    p.add_argument(
        "--instrument",
        metavar="FILE|VERSION",
        help="the questionnaire the file answers: an own instrument file or a bundled version "
        "such as 2026.2 (default: the bundled version the file's columns fit)",
    )
    p.add_argument(
        "--min-group-size", type=int, metavar="K", help="minimum group size for this session (>= 3)"
    )
    p.add_argument("--lang", choices=("nl", "en"), default="nl", help="language of problem reports")

    sessions.add_parser(sub, common)

    p = sub.add_parser("scores", parents=[common], help="domain scores of a session")
    p.add_argument("session", type=int)
    p.add_argument("--by", choices=("profession", "echelon"))
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="table: for reading, figures in the --lang language; csv, json: for programs, "
        "raw numbers with a decimal point; csv: text cells that start like a formula "
        "(= + - @) get a ' in front",
    )
    p.add_argument(
        "--lang",
        choices=("nl", "en"),
        default="nl",
        help="language of the figures in the table (0,84 / 0.84)",
    )

    sub.add_parser("demo", parents=[common], help="load the bundled sample sessions into the store")

    _add_server_parsers(sub, common)

    reports.add_parsers(sub, common)

    questionnaire.add_parser(sub, common)
    survey.add_parser(sub, common)
    poll.add_parser(sub, common)
    users.add_parsers(sub, common)
    public.add_parser(sub, common)
    return parser


def _add_server_parsers(sub, common: argparse.ArgumentParser) -> None:
    """``vsvkit serve`` (the workshop app in Voilà) and ``vsvkit lab`` (JupyterLab)."""
    p = sub.add_parser("serve", parents=[common], help="start the workshop app (Voilà)")
    p.add_argument("--port", type=int, default=8866)
    p.add_argument(
        "--host", default="127.0.0.1", help="bind address; any other than 127.0.0.1 needs a token"
    )
    p.add_argument("--token", help="access token (one is made for a non-local --host)")
    p.add_argument("--notebooks", metavar="DIR", help="folder with the app notebooks")
    p.add_argument(
        "--preheat", action="append", metavar="NOTEBOOK", help="notebook with a preheated kernel"
    )
    p.add_argument(
        "--app", action="append", metavar="NOTEBOOK", help="notebook served as a page (repeatable)"
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer to this host name, e.g. the laptop's name on the venue network "
        "(repeatable; localhost, 127.0.0.1 and [::1] always work)",
    )
    p.add_argument(
        "--room",
        action="store_true",
        help="in the venue: serve on the laptop's network address (Wi-Fi or hotspot) so that "
        "phones can vote; the trainer's pages keep their token",
    )
    _add_app_options(p)

    p = sub.add_parser("lab", parents=[common], help="open JupyterLab on the notebooks")
    p.add_argument("--port", type=int, default=8888)
    p.add_argument("--notebooks", metavar="DIR", help="folder to open (default: the notebooks)")
    _add_app_options(p)
    p.set_defaults(open=True)


def _add_app_options(p: argparse.ArgumentParser) -> None:
    """Options of both servers: sample data, browser, own instrument and guide."""
    p.add_argument("--demo", action="store_true", help="load the sample sessions first")
    browser = p.add_mutually_exclusive_group()
    browser.add_argument(
        "--open", "--open-browser", action="store_true", help="open it in the web browser"
    )
    browser.add_argument(
        "--no-browser", dest="open", action="store_false", help="do not open a web browser"
    )
    p.add_argument("--instrument", metavar="FILE", help="an own instrument YAML file for the apps")
    p.add_argument("--guide", metavar="FILE", help="an own conversation guide YAML file")


# -- commands ----------------------------------------------------------------------------


def _store(args):
    from vsvkit.store import Store

    return Store(args.db)


def _instrument(args):
    """The instrument ``--instrument`` names (a file or a bundled version), else
    ``VSVKIT_INSTRUMENT``'s file; None when neither is given."""
    from vsvkit.instrument import find_instrument

    given = getattr(args, "instrument", None) or args.settings.instrument
    return None if given is None else find_instrument(given)


def cmd_instrument(args) -> int:
    from vsvkit.instrument import load_instrument

    inst = _instrument(args) or load_instrument()
    if args.json:
        print(json.dumps(inst.as_dict(), ensure_ascii=False, indent=2))
        return 0
    lang = args.lang
    print(
        f"{inst.title(lang)} (versie {inst.version})"
        if lang == "nl"
        else f"{inst.title(lang)} (version {inst.version})"
    )
    scale = ", ".join(f"{s.value} {s.label(lang)}" for s in inst.scale)
    print(f"{scale}, {inst.dont_know(lang)}\n")
    for d in inst.domains:
        print(f"{d.code}  {d.name(lang)}")
        for item in d.items + ((d.desired,) if d.desired else ()):
            print(f"  {item.code:<6} {item.text(lang)}")
        print()
    return 0


def cmd_import(args) -> int:
    from vsvkit.sessions import import_session, import_version_note

    store, instrument = _store(args), _instrument(args)
    session_id = import_session(
        args.file,
        store=store,
        vsv=args.vsv,
        date=args.date,
        wave=args.wave,
        instrument=instrument,
        min_group_size=args.min_group_size,
        lang=args.lang,
    )
    print(f"Imported {args.file} as session {session_id}.")
    if instrument is None:  # read with the bundled version the file fits: say which
        note = import_version_note(store.session(session_id), args.lang)
        if note:
            print(note)
    return 0


def cmd_sessions(args) -> int:
    action = getattr(args, "sessions_command", None)
    if action == "delete":
        return sessions.delete(args, _store(args))
    if action == "rename":
        return sessions.rename(args, _store(args))
    if action == "instrument":
        return sessions.attach_instrument(args, _store(args))
    table = _store(args).sessions()
    if args.json:
        print(table.to_json(orient="records", date_format="iso", force_ascii=False, indent=2))
    elif table.empty:
        print("No sessions yet. Import one with: vsvkit import FILE --vsv NAME --date YYYY-MM-DD")
    else:
        print(table.to_string(index=False))
    return 0


def cmd_scores(args) -> int:
    from vsvkit.sessions import session_alpha, session_scores

    store = _store(args)  # each session is scored with the instrument it was answered with
    table = session_scores(store, args.session, by=args.by)
    if args.format == "json":
        alpha = session_alpha(store, args.session)
        data = {
            "session": args.session,
            "by": args.by,
            "min_group_size": alpha.attrs["min_group_size"],
            "scores": [_record(row) for row in table.to_dict(orient="records")],
            "alpha": [
                {k: _plain(v) for k, v in row.items()} for row in alpha.to_dict(orient="records")
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        from vsvkit.safe_cells import csv_safe

        csv_safe(table).to_csv(sys.stdout, index=False)
    else:
        from vsvkit.formatting import format_table

        print(format_table(table, lang=args.lang).to_string(index=False))
    return 0


def _record(row: dict) -> dict:
    """One JSON record; a suppressed group keeps only its name and domain."""
    if row.get("suppressed"):
        return {"group": row["group"], "domain": row["domain"], "suppressed": True}
    return {k: _plain(v) for k, v in row.items()}


def _plain(value):
    """JSON-safe scalars: NaN/NA -> None, numpy numbers -> Python numbers."""
    if value is None:
        return None
    try:
        if value != value or (isinstance(value, float) and math.isnan(value)):
            return None
    except (TypeError, ValueError):
        return None  # pandas.NA
    if hasattr(value, "item"):
        return value.item()
    return value


def cmd_demo(args) -> int:
    from vsvkit.sessions import load_demo

    ids = load_demo(_store(args))
    print(
        f"The sample sessions are in the store ({len(ids)} sessions). "
        "List them with: vsvkit sessions"
    )
    return 0


def cmd_serve(args) -> int:
    return apps.serve(args, args.settings)


def cmd_lab(args) -> int:
    return apps.lab(args, args.settings)


def cmd_report(args) -> int:
    return reports.report(args, lambda: _store(args))


def cmd_handout(args) -> int:
    return reports.handout(args, _store(args))


def cmd_questionnaire(args) -> int:
    return questionnaire.write(args, args.settings)


def cmd_survey(args) -> int:
    return survey.run(args, args.settings)


def cmd_poll(args) -> int:
    return poll.run(args, args.settings)


def cmd_serve_public(args) -> int:
    return public.run(args, args.settings)


def cmd_users(args) -> int:
    return users.run_users(args, args.settings)


def cmd_regions(args) -> int:
    return users.run_regions(args, args.settings)


COMMANDS = {
    "instrument": cmd_instrument,
    "import": cmd_import,
    "sessions": cmd_sessions,
    "scores": cmd_scores,
    "demo": cmd_demo,
    "serve": cmd_serve,
    "lab": cmd_lab,
    "report": cmd_report,
    "handout": cmd_handout,
    "questionnaire": cmd_questionnaire,
    "survey": cmd_survey,
    "poll": cmd_poll,
    "serve-public": cmd_serve_public,
    "users": cmd_users,
    "regions": cmd_regions,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``vsvkit ARGS``; returns the exit code (0 ok, 1 failed, 2 a problem reported)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    lang: Lang = getattr(args, "lang", None) or DEFAULT_LANG
    try:
        # the environment, read once; the options win over it
        args.settings = Settings.from_env().replace(
            db=args.db,
            instrument=getattr(args, "instrument", None),
            guide=getattr(args, "guide", None),
        )
        args.db = args.settings.db
        return COMMANDS[args.command](args)
    except IntakeError as err:
        if args.debug:
            raise
        from vsvkit.i18n import t

        headers = [
            t(k, lang) for k in ("problem_row", "problem_column", "problem_value", "problem_rule")
        ]
        print(t("import_failed", lang, n=len(err.problems)) + "\n", file=sys.stderr)
        print(err.table(headers), file=sys.stderr)
        return EXIT_PROBLEMS
    except VsvkitError as err:
        if args.debug:
            raise
        from vsvkit.i18n import t

        print(f"{t('error', lang)}: {err.message(lang)}", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into e.g. head
        sys.stderr.close()
        return 0
    except Exception as err:  # a bug or an unforeseen failure: a message, no traceback
        if args.debug:
            raise
        from vsvkit.i18n import t

        log.debug("unexpected error", exc_info=True)
        print(t("unexpected_error", lang, error=_one_line(err)), file=sys.stderr)
        return EXIT_PROBLEMS


def _one_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else ""
    return f"{type(err).__name__}: {text}" if text else type(err).__name__


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
