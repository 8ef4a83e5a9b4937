"""``escalate MSG_ID --to USER [--reason TEXT]``, ``escalate MSG_ID --resolve OUTCOME`` and
``escalate MSG_ID --history [--json]``: hand a message up the chain, settle it, read its
escalations (see ``core.escalations``)."""

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

NAME = "escalate"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="escalate a message to a person, resolve its escalation, or show its history",
        description="Hand a message to a person on the users list (see 'users list'); "
        "their desk is notified. Escalating an escalated message to someone else hands "
        "it on. Names are matched without regard to case.",
    )
    parser.add_argument("message_id", type=positive_int, metavar="MSG_ID")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--to", metavar="USER", help="the person to escalate it to")
    what.add_argument(
        "--resolve", metavar="OUTCOME", help="settle the open escalation: what came of it"
    )
    what.add_argument("--history", action="store_true", help="the message's escalations")
    parser.add_argument("--reason", metavar="TEXT", help="why (with --to)")
    parser.add_argument("--json", action="store_true", help="with --history: a JSON array")


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.reason is not None and args.to is None:
        raise CommandError("--reason goes with --to")
    if args.json and not args.history:
        raise CommandError("--json goes with --history")
    escalations = context.escalations
    try:
        if args.to is not None:
            created = context.writer.call(
                escalations.escalate, args.message_id, args.to, args.reason
            )
            [escalation] = escalations.get_many([created.id])
            print_fields(f"message {args.message_id} escalated to {escalation.to_user}")
        elif args.resolve is not None:
            context.writer.call(escalations.resolve, args.message_id, args.resolve)
            print_fields(f"escalation of message {args.message_id} resolved")
        else:
            if context.inbox.get(args.message_id) is None:
                raise CommandError(f"no message with id {args.message_id}")
            history = escalations.history(args.message_id)
            if args.json:
                print_json([e.as_json() for e in history])
            for e in history if not args.json else ():
                print_fields(
                    e.created_at.isoformat(),
                    f"{e.by_user} → {e.to_user}",
                    e.reason or "",
                    f"resolved by {e.resolved_by}: {e.outcome}" if not e.open else "open",
                )
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK
