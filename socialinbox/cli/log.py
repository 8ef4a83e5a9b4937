"""``log CONTACT_ID --channel phone|in_person --text TEXT [--outbound] [--at TIME]``: a phone
call or a visit logged by hand (see ``core.logged``); prints the new message's id."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser, iso_moment, positive_int
from socialinbox.core.names import LOGGED_CHANNELS

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "log"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="log a phone call or a visit with a customer (prints the message's id)",
        description="Log a conversation that no channel fetches: a phone call or a visit. "
        "Without --outbound the customer called or came in; with it, you called them "
        "or spoke to them, which answers what they were waiting for.",
    )
    parser.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    parser.add_argument(
        "--channel",
        required=True,
        metavar="|".join(LOGGED_CHANNELS),
        help="phone or in_person (any case; 'in person' too)",
    )
    parser.add_argument("--text", required=True, metavar="TEXT", help="what was said")
    parser.add_argument("--outbound", action="store_true", help="you called them or spoke to them")
    parser.add_argument(
        "--at",
        type=iso_moment,
        metavar="TIME",
        help="when, ISO 8601 (default now; without an offset: the property's time)",
    )


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.logged import LoggedConversation

    conversation = LoggedConversation(
        args.contact_id, args.channel, args.text, inbound=not args.outbound, at=args.at
    )
    try:
        created = context.writer.call(context.conversation_log.log, conversation)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    print(created.id)
    return EXIT_OK
