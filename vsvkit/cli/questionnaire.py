"""``vsvkit questionnaire``: the paper questionnaire as a PDF or HTML file.

Without ``--session`` the form is the instrument's (``--instrument``, a file or a bundled
version, else ``VSVKIT_INSTRUMENT`` or the newest bundled one) with its minimum group size;
with ``--session`` it is the session's questionnaire and k, so a member who answers on paper
reads the same promise as on the questionnaire pages. ``--min-group-size`` wins over both.
"""

from __future__ import annotations

import argparse

from vsvkit.app.settings import Settings
from vsvkit.i18n import t

__all__ = ["add_parser", "write"]


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """The ``questionnaire`` command's options."""
    p = sub.add_parser(
        "questionnaire", parents=[common], help="the paper questionnaire to print (PDF or HTML)"
    )
    p.add_argument(
        "--instrument", metavar="FILE_OR_VERSION", help="an instrument file or a bundled version"
    )
    p.add_argument("--session", type=int, metavar="ID", help="the questionnaire and k of a session")
    p.add_argument("--lang", choices=("nl", "en"), default="nl")
    p.add_argument(
        "--min-group-size", type=int, metavar="K", help="the smallest group the results show"
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.html")


def _session_form(args: argparse.Namespace, settings: Settings):
    """The instrument, k and VSV name of ``--session``.

    The instrument: ``--instrument`` when given, else the bundled version the session was
    imported with, else ``VSVKIT_INSTRUMENT`` or the newest bundled one. The store will hand
    out the instrument file each session was imported with (``Store.instrument(session_id)``);
    this is the one place to switch to it.
    """
    from vsvkit.instrument import bundled_instruments, find_instrument
    from vsvkit.store import Store

    with Store(settings.db) as store:
        session = store.session(args.session)
    reference = args.instrument
    if reference is None:
        versions = {i.version for i in bundled_instruments() if i.name == session.instrument_name}
        bundled = session.instrument_version in versions
        reference = session.instrument_version if bundled else settings.instrument
    return find_instrument(reference), session.min_group_size, session.vsv


def write(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit questionnaire``: write the form to ``--output``."""
    from vsvkit.instrument import find_instrument
    from vsvkit.paper import write_paper_questionnaire

    if args.session is not None:
        instrument, k, vsv = _session_form(args, settings)
    else:
        instrument, k, vsv = find_instrument(args.instrument or settings.instrument), None, None
    if args.min_group_size is not None:
        k = args.min_group_size
    path = write_paper_questionnaire(
        args.output, instrument, lang=args.lang, k=k, vsv=vsv, browser=settings.browser
    )
    print(t("paper_written", args.lang, path=path))
    return 0
