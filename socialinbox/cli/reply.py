"""``reply MESSAGE_ID TEXT``: write a reply into the outbox and print its id."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from socialinbox import APP_ID
from socialinbox.cli.common import EXIT_OK, CommandError, Parser, positive_int, printable

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "reply"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME, help="write a reply to a message; it waits in the outbox until sent"
    )
    parser.add_argument("message_id", type=positive_int, metavar="MESSAGE_ID")
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument(
        "--approve",
        action="store_true",
        help="approve it at once (where replies need no review by another person)",
    )
    parser.add_argument(
        "--via", metavar="CHANNEL", help="follow up on another of the customer's channels"
    )


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.outbox import OutboxState
    from socialinbox.core.outbox_service import OutboxError
    from socialinbox.core.textlimit import TextTooLong

    try:
        created = context.writer.call(
            context.outbox.create_reply,
            args.message_id,
            args.text,
            context.user,
            via=args.via,
            approve=args.approve,
        )
    except (OutboxError, TextTooLong) as exc:
        raise CommandError(str(exc)) from None
    for warning in created.warnings:
        print(f"{APP_ID}: warning: {printable(warning)}", file=sys.stderr)
    print(created.item.id)
    if created.item.state == OutboxState.APPROVED:
        print(f"{APP_ID}: approved; `sync --once` sends it", file=sys.stderr)
    return EXIT_OK
