"""``vsvkit poll ACTION``: vote rounds in the room, for scripts and tests.

``vsvkit poll open SESSION (--domain CODE | --item CODE | --overview)`` opens a round (any
other open round of the session closes) and prints its number, code and the voting page
(``/stem/<code>``; with ``--server`` or ``VSVKIT_PUBLIC_URL`` the full link);
``close``, ``reopen`` and ``delete`` take the round's number; ``results SESSION`` prints
every round of a session with the questionnaire beside it (:mod:`vsvkit.room.before_after`):
a round with fewer than k votes shows no distribution, only how many more votes it needs.

Each action is a function ``f(args, settings) -> exit code`` in :data:`ACTIONS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from vsvkit.app.settings import Settings
from vsvkit.errors import VsvkitError
from vsvkit.i18n import t

__all__ = ["ACTIONS", "add_parser", "run", "open_round", "close", "reopen", "delete", "results"]

EXIT_PROBLEMS = 2


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """The ``poll`` command and its actions."""
    p = sub.add_parser("poll", parents=[common], help="vote rounds in the room (phones vote)")
    actions = p.add_subparsers(dest="poll_command", metavar="ACTION", required=True)

    o = actions.add_parser("open", parents=[common], help="open a vote round of a session")
    o.add_argument("session", type=int, metavar="SESSION")
    about = o.add_mutually_exclusive_group(required=True)
    about.add_argument("--domain", metavar="CODE", help="vote on a domain's level")
    about.add_argument("--item", metavar="CODE", help="vote on one statement")
    about.add_argument("--overview", action="store_true", help="vote on the VSV as a whole")
    o.add_argument(
        "--by-profession",
        action="store_true",
        help="phones also give their profession (shown only as the session's privacy rules allow)",
    )
    o.add_argument(
        "--server",
        metavar="URL",
        help="where phones reach vsvkit serve (default: VSVKIT_PUBLIC_URL), for the full link",
    )
    _options(o)

    for name, text in (
        ("close", "close a vote round: its votes are counted into it"),
        ("reopen", "open a closed vote round again"),
        ("delete", "delete a vote round and its votes"),
    ):
        a = actions.add_parser(name, parents=[common], help=text)
        a.add_argument("round", type=int, metavar="ROUND")
        if name == "delete":
            a.add_argument("--yes", action="store_true", help="do not ask for confirmation")
        _options(a)

    r = actions.add_parser(
        "results", parents=[common], help="every vote round of a session beside the questionnaire"
    )
    r.add_argument("session", type=int, metavar="SESSION")
    _options(r)


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def open_round(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit poll open``: a new round; prints its number, code and voting page."""
    from vsvkit.room.votes import round_question, round_subject, vote_link
    from vsvkit.store import Store

    kind, target = (
        ("domain", args.domain)
        if args.domain
        else ("item", args.item)
        if args.item
        else ("overview", "")
    )
    with Store(settings.db) as store:
        store.session(args.session)  # an unknown session is named as such
        poll = store.open_round(
            args.session, kind=kind, target=target, by_profession=args.by_profession
        )
        instrument = store.instrument(args.session)
    link = vote_link(args.server or settings.public_url, poll.path)
    question = round_question(poll, instrument, args.lang)
    subject = round_subject(poll, instrument, args.lang)
    if args.json:
        _print_json(
            {
                "round": poll.id,
                "session": poll.session_id,
                "code": poll.code,
                "url": poll.path,
                "link": link,
                "kind": poll.kind,
                "target": poll.target,
                "by_profession": poll.by_profession,
                "subject": subject,
                "question": question,
            }
        )
        return 0
    print(
        t("poll_opened", args.lang, id=poll.id, code=poll.code, subject=subject, question=question)
    )
    print(t("poll_vote_at", args.lang, link=link or poll.path))
    if link is None:
        print(t("poll_local_link", args.lang))
    return 0


def close(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit poll close``: the round's votes are counted into it."""
    from vsvkit.store import Store

    with Store(settings.db) as store:
        poll = store.close_round(args.round)
        n = store.vote_count(poll.id)
    if args.json:
        _print_json({"round": poll.id, "open": False, "closed_on": str(poll.closed_on), "n": n})
        return 0
    print(t("poll_closed_now", args.lang, id=poll.id, n=n))
    return 0


def reopen(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit poll reopen``: phones vote again (other open rounds of the session close)."""
    from vsvkit.store import Store

    with Store(settings.db) as store:
        poll = store.reopen_round(args.round)
    if args.json:
        _print_json({"round": poll.id, "open": True, "code": poll.code, "url": poll.path})
        return 0
    print(t("poll_reopened", args.lang, id=poll.id, code=poll.code))
    return 0


def delete(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit poll delete``: after a confirmation on a terminal (or with --yes)."""
    from vsvkit.room.votes import round_subject
    from vsvkit.store import Store

    lang = args.lang
    with Store(settings.db) as store:
        poll = store.poll_round(args.round)
        if not args.yes:
            if not sys.stdin.isatty():
                print(t("poll_delete_needs_yes", lang, id=poll.id), file=sys.stderr)
                return EXIT_PROBLEMS
            subject = round_subject(poll, store.instrument(poll.session_id), lang)
            n = store.vote_count(poll.id)
            try:
                answer = input(t("poll_delete_prompt", lang, id=poll.id, subject=subject, n=n))
            except EOFError:
                answer = ""
            if answer.strip().lower() not in t("sessions_delete_answers", lang).split(","):
                print(t("sessions_delete_cancelled", lang))
                return 1
        store.delete_round(poll.id)
    if args.json:
        _print_json({"round": poll.id, "deleted": True})
        return 0
    print(t("poll_deleted", lang, id=poll.id))
    return 0


def results(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit poll results``: every round of a session beside the questionnaire."""
    from vsvkit.mirror import build_mirror
    from vsvkit.room.before_after import round_record, session_rounds
    from vsvkit.store import Store

    lang = args.lang
    with Store(settings.db) as store:
        store.session(args.session)
        mirror = build_mirror(store, args.session)
        rounds = session_rounds(store, mirror)
    records = [round_record(r, mirror, lang) for r in rounds]
    if args.json:
        _print_json({"session": args.session, "k": mirror.k, "rounds": records})
        return 0
    if not records:
        print(t("poll_no_rounds", lang, session=args.session))
        return 0
    for r, record in zip(rounds, records):
        print("\n".join(_round_lines(r, record, mirror, lang)) + "\n")
    return 0


def _answers(rows, labels: dict[str, str], lang) -> str:
    from vsvkit.formatting import fmt_share

    return " · ".join(
        f"{labels[row['answer']]} {fmt_share(row['share'], lang=lang)}" for row in rows
    )


def _round_lines(vote_round, record: dict, mirror, lang) -> list[str]:
    """A round for reading: its line, the room's and the questionnaire's answers, consensus
    and levels; below k only how many more votes were needed."""
    from vsvkit.formatting import fmt_date, fmt_number, group_label, level_text
    from vsvkit.room.votes import vote_options

    poll = vote_round.poll
    state = (
        t("poll_state_open", lang, date=fmt_date(poll.opened_on, lang=lang))
        if poll.is_open
        else t("poll_state_closed", lang, date=fmt_date(poll.closed_on, lang=lang))
    )
    lines = [
        t(
            "poll_round_line",
            lang,
            id=poll.id,
            code=poll.code,
            state=state,
            subject=record["subject"],
        ),
        f"  {record['question']}",
    ]
    if record["distribution"] is None:
        return [*lines, "  " + t("votes_needed", lang, n=record["n"], needed=record["needed"])]
    labels = dict(vote_options(poll.kind, mirror.instrument, lang))
    lines.append(
        "  "
        + t(
            "poll_room_line",
            lang,
            n=record["n"],
            answers=_answers(record["distribution"], labels, lang),
        )
    )
    groups: dict[str, list[dict]] = {}
    for row in record["profession_distribution"] or []:
        groups.setdefault(row["group"], []).append(row)
    for group, rows in groups.items():
        name = group_label(group, mirror.instrument, lang)
        n = sum(row["n"] for row in rows)
        answers = _answers(rows, labels, lang)
        lines.append("    " + t("poll_group_line", lang, group=name, n=n, answers=answers))
    before = record["questionnaire"]
    if before["distribution"] is None:
        lines.append("  " + t("poll_questionnaire_hidden", lang))
    else:
        answers = _answers(before["distribution"], labels, lang)
        lines.append("  " + t("poll_questionnaire_line", lang, n=before["n"], answers=answers))

    lines.append(
        "  "
        + t(
            "poll_consensus_line",
            lang,
            before=fmt_number(before["consensus"], lang=lang),
            after=fmt_number(record["consensus"], lang=lang),
        )
    )
    if poll.kind != "item":
        measured = (
            level_text(mirror.instrument, before["measured_level"], lang)
            if before["distribution"] is not None
            else "–"
        )
        chosen = level_text(mirror.instrument, record["chosen_level"], lang)
        lines.append("  " + t("poll_levels_line", lang, measured=measured, chosen=chosen))
    return lines


#: What each ``vsvkit poll`` action runs.
ACTIONS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "open": open_round,
    "close": close,
    "reopen": reopen,
    "delete": delete,
    "results": results,
}


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the ``vsvkit poll`` action ``args.poll_command``."""
    action = ACTIONS.get(args.poll_command)
    if action is None:  # a parser entry without an action: a bug, said plainly
        raise VsvkitError(f"vsvkit poll {args.poll_command}: no such action")
    return action(args, settings)
