"""``vsvkit sessions delete`` and ``vsvkit sessions rename``: change one stored session."""

from __future__ import annotations

import sys

from vsvkit.i18n import t, wave_label

__all__ = ["delete", "rename", "EXIT_PROBLEMS"]

EXIT_PROBLEMS = 2


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
