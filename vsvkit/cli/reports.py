"""``vsvkit report`` and ``vsvkit handout``: the session report and the one-page handout.

Both take one session, ``--vsv NAME`` (every session of that VSV) or ``--all``, write into
``-o DIR`` and print the files written, named ``verslag-vsv-<name>-<date>.html`` /
``samenvatting-vsv-<name>-<date>.pdf`` (:func:`vsvkit.report.report_path`). Reports of many
sessions run on kept-alive kernels (:func:`vsvkit.report.render_reports`), one session's in
this process (:func:`vsvkit.report.render_report`); handouts are made in this process, one
after the other.
"""

from __future__ import annotations

import argparse
import sys

from vsvkit.cli.sessions import EXIT_PROBLEMS

__all__ = ["add_parsers", "handout", "ids_of_vsv", "report"]


def _selection(p: argparse.ArgumentParser, *, default_format: str) -> None:
    p.add_argument("session", type=int, nargs="?")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="all sessions in the store")
    which.add_argument("--vsv", help="all sessions of this VSV")
    p.add_argument("--format", choices=("html", "pdf", "both"), default=default_format)
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument("-o", "--out", default=".", metavar="DIR", help="output folder")


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """The ``report`` and ``handout`` commands' options."""
    p = sub.add_parser("report", parents=[common], help="export session reports (HTML/PDF)")
    _selection(p, default_format="html")
    p = sub.add_parser(
        "handout",
        parents=[common],
        help="the one-page summary handout of a session (HTML/PDF)",
        description="One A4 page per session: the six domains, current and desired level, "
        "the agreed levels and the three discussion points that head the list.",
    )
    _selection(p, default_format="both")


def _ids(args, store) -> list[int] | None:
    if args.all:
        return [int(i) for i in store.sessions()["id"]]
    if args.vsv:
        return ids_of_vsv(store, args.vsv)
    if args.session is not None:
        return [store.session(args.session).id]
    print("Name a session, or use --all or --vsv NAME.", file=sys.stderr)
    return None


def _formats(args) -> tuple[str, ...]:
    return ("html", "pdf") if args.format == "both" else (args.format,)


def _failed(failed: dict, what: str) -> int:
    if not failed:
        return 0
    print(f"\n{len(failed)} {what}(s) failed:", file=sys.stderr)
    for sid, why in failed.items():
        print(f"  session {sid}: {why}", file=sys.stderr)
    return 1


def report(args, open_store) -> int:
    """``vsvkit report``: the reports of the chosen sessions (``open_store()`` opens the store).

    One session is rendered here: its kernel is started first and boots while the store is
    opened, the session checked and the export prepared. Several sessions run in worker
    processes with kept-alive kernels.
    """
    from vsvkit.errors import ReportError
    from vsvkit.report.run import render_report, start_kernel

    one = args.session is not None and not (args.all or args.vsv)
    kernel = start_kernel() if one else None
    try:
        store = open_store()
        ids = _ids(args, store)
    except BaseException:
        if kernel is not None:
            kernel.close()
        raise
    if ids is None:
        return EXIT_PROBLEMS
    options = {
        "db_url": store.url,
        "lang": args.lang,
        "formats": _formats(args),
        "out_dir": args.out,
        "browser": args.settings.browser,
    }
    if len(ids) == 1:
        try:
            written = {ids[0]: render_report(ids[0], kernel=kernel, **options)}
        except ReportError as err:
            return _failed({ids[0]: str(err)}, "report")
        failed: dict = {}
    else:
        from vsvkit.report import render_reports

        result = render_reports(ids, **options)
        written, failed = result.ok, result.failed
    for paths in written.values():
        for path in paths:
            print(path)
    return _failed(failed, "report")


def handout(args, store) -> int:
    """``vsvkit handout``: the one-page handouts of the chosen sessions."""
    from vsvkit.errors import VsvkitError
    from vsvkit.report.handout import render_handout

    ids = _ids(args, store)
    if ids is None:
        return EXIT_PROBLEMS
    failed = {}
    for sid in ids:
        try:
            paths = render_handout(
                sid,
                store=store,
                lang=args.lang,
                formats=_formats(args),
                out_dir=args.out,
                browser=args.settings.browser,
            )
        except VsvkitError as err:
            if len(ids) == 1:
                raise
            failed[sid] = err.message(args.lang)
            continue
        for path in paths:
            print(path)
    return _failed(failed, "handout")


def ids_of_vsv(store, vsv: str) -> list[int]:
    """Ids of the sessions whose VSV name contains ``vsv``; a StoreError listing the known
    VSVs when there is none."""
    from vsvkit.errors import StoreError

    ids = [int(i) for i in store.find_sessions(vsv=vsv)["id"]]
    if ids:
        return ids
    known = sorted(set(store.sessions()["vsv"]), key=str.lower)
    if not known:
        raise StoreError(key="report_no_vsv_empty", vsv=vsv)
    shown = "; ".join(known[:30]) + (f"; … (+{len(known) - 30})" if len(known) > 30 else "")
    raise StoreError(key="report_no_vsv", vsv=vsv, known=shown)
