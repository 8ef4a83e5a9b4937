"""``users list [--json]`` and ``users add NAME [--role staff|reviewer|owner]``: the people
at the desks, whom messages are escalated and assigned to (see ``core.users``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser, print_fields, print_json

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "users"
ROLES = ("staff", "reviewer", "owner")  # core.users.ROLES, without importing the service


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    users = commands.add_parser(
        NAME,
        help="the people at the desks (escalate and assign to them)",
        description="The team's list of people. You (--user, the name in Settings or your "
        "login name) join it the first time you use it; the first person is its owner.",
    )
    actions = users.add_subparsers(
        dest="users_command", metavar="ACTION", parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help="everyone on the list, with their role")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    add = actions.add_parser(
        "add", help="add a person (or, with --role, change the role of one listed)"
    )
    add.add_argument("name", metavar="NAME", help="as the team writes it (quote spaces)")
    add.add_argument("--role", metavar="|".join(ROLES), help="default: staff")


def run(args: argparse.Namespace, context: AppContext) -> int:
    users = context.users
    try:
        if args.users_command == "add":
            user = context.writer.call(users.add, args.name, args.role).user
            print_fields(user.name, user.role)
            return EXIT_OK
        if not context.db.read_only:
            context.writer.call(users.ensure)  # the person at this desk is on the list
        listed = users.list_users()
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print_json([u.as_json() for u in listed])
    else:
        for user in listed:
            you = ("(you)",) if user.name.casefold() == users.current_name.casefold() else ()
            print_fields(user.name, user.role, *you)
    return EXIT_OK
