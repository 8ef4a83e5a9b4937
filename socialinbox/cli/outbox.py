"""``outbox``: list queued replies, approve, discard, retry, export the audit trail."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "outbox"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="the replies waiting to be reviewed or sent")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    actions = parser.add_subparsers(dest="outbox_action", metavar="ACTION", parser_class=Parser)
    approve = actions.add_parser("approve", help="approve replies for sending")
    approve.add_argument("ids", type=positive_int, nargs="+", metavar="ID")
    discard = actions.add_parser("discard", help="discard a reply")
    discard.add_argument("id", type=positive_int, metavar="ID")
    retry = actions.add_parser("retry", help="queue a failed or outcome-unknown reply again")
    retry.add_argument("id", type=positive_int, metavar="ID")
    audit = actions.add_parser("audit", help="the audit trail as JSON (all replies, or some)")
    audit.add_argument("ids", type=positive_int, nargs="*", metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.outbox import TransitionRefused
    from socialinbox.core.outbox_service import OutboxError

    action = args.outbox_action
    outbox = context.outbox
    try:
        if action is None:
            items = outbox.list_items()
            if args.json:
                print_json([item.as_json() for item in items])
                return EXIT_OK
            for item in items:
                first = " ".join(item.text.split())[:80]
                error = (item.last_error,) if item.last_error else ()
                print_fields(item.id, item.state, item.channel, item.author, first, *error)
        elif action == "approve":
            for item_id in args.ids:
                context.writer.call(outbox.approve, item_id, context.user)
        elif action == "discard":
            context.writer.call(outbox.discard, args.id, context.user)
        elif action == "retry":
            context.writer.call(outbox.retry, args.id, context.user)
        elif action == "audit":
            print_json(outbox.audit_trail(args.ids or None))
    except (OutboxError, TransitionRefused) as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK
