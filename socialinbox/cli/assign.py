"""``assign MSG_ID --to USER`` and ``assign MSG_ID --none``: whose message it is (the
*Mine* view of that person; see ``core.escalations``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser, positive_int, print_fields

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "assign"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="assign a message to a person (or to nobody with --none)",
        description="Assign a message to a person on the users list (see 'users list'); "
        "it shows in their Mine list. Names are matched without regard to case.",
    )
    parser.add_argument("message_id", type=positive_int, metavar="MSG_ID")
    whom = parser.add_mutually_exclusive_group(required=True)
    whom.add_argument("--to", metavar="USER", help="the person")
    whom.add_argument("--none", action="store_true", help="assign it to nobody")


def run(args: argparse.Namespace, context: AppContext) -> int:
    try:
        context.writer.call(context.escalations.assign, args.message_id, args.to)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    assigned = context.inbox.rows([args.message_id]).get(args.message_id)
    if assigned is None or assigned.assigned_to is None:
        print_fields(f"message {args.message_id} is assigned to nobody")
    else:
        print_fields(f"message {args.message_id} assigned to {assigned.assigned_to}")
    return EXIT_OK
