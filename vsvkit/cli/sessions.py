"""``vsvkit sessions delete``, ``rename`` and ``instrument``: change one stored session."""

from __future__ import annotations

import argparse
import json
import sys

from vsvkit.i18n import t, wave_label

__all__ = ["add_parser", "delete", "rename", "attach_instrument", "EXIT_PROBLEMS"]

EXIT_PROBLEMS = 2


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """``vsvkit sessions`` (list) with ``delete``, ``rename`` and ``instrument``; a bare
    command lists."""
    p = sub.add_parser(
        "sessions", parents=[common], help="list, rename or delete the stored sessions"
    )
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="sessions_command", metavar="ACTION")
    actions.add_parser("list", parents=[common], help="list the stored sessions (default)")

    d = actions.add_parser(
        "delete", parents=[common], help="delete a session with its answers, notes and plan"
    )
    d.add_argument("id", metavar="ID", help="the session id (see: vsvkit sessions)")
    d.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    d.add_argument("--lang", choices=("nl", "en"), default="nl")

    r = actions.add_parser(
        "rename", parents=[common], help="change the VSV name, date or wave of a session"
    )
    r.add_argument("id", metavar="ID", help="the session id (see: vsvkit sessions)")
    r.add_argument("--vsv", required=True, help="the new name of the VSV")
    r.add_argument("--date", metavar="YYYY-MM-DD", help="the new date of the session")
    r.add_argument("--wave", choices=("baseline", "follow-up"), help="the new wave")
    r.add_argument("--lang", choices=("nl", "en"), default="nl")

    i = actions.add_parser(
        "instrument",
        parents=[common],
        help="give a session the questionnaire it was answered with (checked against its answers)",
    )
    i.add_argument("id", metavar="ID", help="the session id (see: vsvkit sessions)")
    i.add_argument("file", metavar="FILE|VERSION", help="an instrument file or a bundled version")
    # SUPPRESS: given before the action (vsvkit sessions --json instrument ...) it stays
    i.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="as JSON")
    i.add_argument("--lang", choices=("nl", "en"), default="nl")


def delete(args, store) -> int:
    """Delete one session of ``store`` after a confirmation on a terminal (or with --yes)."""
    lang = args.lang
    session = store.session(args.id)
    store.require_writable("store_op_delete")
    if not args.yes:
        if not sys.stdin.isatty():
            print(t("sessions_delete_needs_yes", lang, id=session.id), file=sys.stderr)
            return EXIT_PROBLEMS
        prompt = t(
            "sessions_delete_prompt",
            lang,
            id=session.id,
            vsv=session.vsv,
            date=session.date,
            wave=wave_label(session.wave, lang),
            n=session.n_respondents,
        )
        try:
            answer = input(prompt)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in t("sessions_delete_answers", lang).split(","):
            print(t("sessions_delete_cancelled", lang))
            return 1
    store.delete_session(session.id)
    print(t("sessions_deleted", lang, id=session.id, vsv=session.vsv, date=session.date))
    return 0


def rename(args, store) -> int:
    """Change the VSV name (and the date or wave, when given) of one session of ``store``."""
    changes = {"vsv": args.vsv}
    if args.date is not None:
        changes["date"] = args.date
    if args.wave is not None:
        changes["wave"] = args.wave
    session = store.update_session(args.id, **changes)
    print(
        t(
            "sessions_changed",
            args.lang,
            id=session.id,
            vsv=session.vsv,
            date=session.date,
            wave=wave_label(session.wave, args.lang),
        )
    )
    return 0


def attach_instrument(args, store) -> int:
    """Give one session of ``store`` the instrument it was answered with (a file or a bundled
    version), after checking that every stored answer, profession and echelon fits it."""
    from vsvkit.instrument import find_instrument

    store.session(args.id)  # an unknown id is named before the file is read
    instrument = find_instrument(args.file)
    store.attach_instrument(args.id, instrument)
    session = store.session(args.id)
    if args.json:
        fields = ("id", "vsv", "instrument_name", "instrument_version", "instrument_checksum")
        print(json.dumps({f: getattr(session, f) for f in fields}, ensure_ascii=False, indent=2))
        return 0
    print(
        t(
            "sessions_instrument_attached",
            args.lang,
            id=session.id,
            vsv=session.vsv,
            name=instrument.name,
            version=instrument.version,
        )
    )
    return 0
