"""``vsvkit users ...`` and ``vsvkit regions ...``: who sees what on a shared server.

For the admin of a JupyterHub server (and for its operator, outside any user's server, who
adds the first admin). JupyterHub says who someone is; these commands say what they may see
(:mod:`vsvkit.store.roles`):

- ``vsvkit users add NAME --role admin|trainer|adviser [--region R] [--vsv NAME ...]``
  (a user that exists is changed to this), ``vsvkit users list [--json]``,
  ``vsvkit users remove NAME``;
- ``vsvkit regions add NAME``, ``vsvkit regions list [--json]``,
  ``vsvkit regions assign REGION VSV [VSV ...]``, ``vsvkit regions remove NAME``.

Inside a user's server only an admin may run them (the store refuses anyone else).
"""

from __future__ import annotations

import argparse
import json

from vsvkit.app.settings import Settings
from vsvkit.i18n import t
from vsvkit.store.models import ROLES

__all__ = ["add_parsers", "run_users", "run_regions"]


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    """The ``users`` and ``regions`` commands and their actions."""
    common = argparse.ArgumentParser(add_help=False, parents=[common])
    common.add_argument("--lang", choices=("nl", "en"), default="nl")
    u = sub.add_parser("users", parents=[common], help="users of a shared server and their roles")
    users = u.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = users.add_parser("add", parents=[common], help="give a JupyterHub user a role")
    add.add_argument("name", metavar="NAME", help="the JupyterHub user name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--region", metavar="R", help="an adviser's region (a trainer's: optional)")
    add.add_argument(
        "--vsv", action="append", default=[], metavar="NAME", help="a trainer's VSV (repeat)"
    )
    remove = users.add_parser("remove", parents=[common], help="take a user's role away")
    remove.add_argument("name", metavar="NAME")
    listing = users.add_parser("list", parents=[common], help="every user with role and VSVs")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")

    r = sub.add_parser("regions", parents=[common], help="regions and the VSVs in them")
    regions = r.add_subparsers(dest="regions_command", metavar="ACTION", required=True)
    regions.add_parser("add", parents=[common], help="add a region").add_argument("name")
    regions.add_parser("remove", parents=[common], help="remove a region").add_argument("name")
    assign = regions.add_parser("assign", parents=[common], help="put VSVs in a region")
    assign.add_argument("region", metavar="REGION")
    assign.add_argument("vsvs", nargs="+", metavar="VSV")
    listing = regions.add_parser("list", parents=[common], help="every region with its VSVs")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")


def _print_list(frame, as_json: bool, empty: str, line) -> None:
    """A list of users or regions: JSON records, ``empty`` when there are none, or a line
    (tab-separated) per row."""
    if as_json:
        print(json.dumps(frame.to_dict(orient="records"), ensure_ascii=False, indent=2))
    elif frame.empty:
        print(empty)
    else:
        for row in frame.itertuples():
            print(line(row))


def _names(values) -> str:
    return ", ".join(values) or "-"


def _unknown_vsvs(store, vsvs, lang) -> None:
    known = set(store.sessions()["vsv"])
    for vsv in vsvs:
        if vsv not in known:
            print(t("roles_vsv_no_sessions", lang, vsv=vsv))


def run_users(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit users ACTION``."""
    from vsvkit.store import Store

    lang = args.lang
    with Store(settings.db) as store:
        if args.users_command == "add":
            access, existed = store.add_user(
                args.name, args.role, region=args.region, vsvs=args.vsv
            )
            key = "roles_user_changed" if existed else "roles_user_added"
            print(t(key, lang, user=access.user, role=t(f"role_{access.role}", lang)))
            if not access.everything:
                print(t("roles_user_sees", lang, vsvs=_names(sorted(access.vsvs))))
            _unknown_vsvs(store, args.vsv, lang)
        elif args.users_command == "remove":
            store.remove_user(args.name)
            print(t("roles_user_removed", lang, user=args.name))
        else:
            _print_list(store.users(), args.json, t("roles_no_users", lang), _user_line)
    return 0


def _user_line(row) -> str:
    region = row.region if isinstance(row.region, str) else "-"
    return f"{row.name}\t{row.role}\t{region}\t{_names(row.vsvs)}"


def run_regions(args: argparse.Namespace, settings: Settings) -> int:
    """``vsvkit regions ACTION``."""
    from vsvkit.store import Store

    lang = args.lang
    with Store(settings.db) as store:
        if args.regions_command == "add":
            print(t("roles_region_added", lang, region=store.add_region(args.name)))
        elif args.regions_command == "remove":
            store.remove_region(args.name)
            print(t("roles_region_removed", lang, region=args.name))
        elif args.regions_command == "assign":
            chosen = store.assign_vsvs(args.region, args.vsvs)
            print(t("roles_region_assigned", lang, region=args.region, vsvs=_names(chosen)))
            _unknown_vsvs(store, chosen, lang)
        else:
            _print_list(store.regions(), args.json, t("roles_no_regions", lang), _region_line)
    return 0


def _region_line(row) -> str:
    return f"{row.name}\t{_names(row.vsvs)}\t{_names(row.advisers)}"
