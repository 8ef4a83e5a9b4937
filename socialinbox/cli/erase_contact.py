"""``erase-contact ID --yes``: erase a contact and everything about them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    printable,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "erase-contact"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME, help="erase a contact: identities, notes, reminders, messages, search entries"
    )
    parser.add_argument("contact_id", type=positive_int, metavar="ID")
    parser.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.contacts import ContactNotFound

    try:
        card = context.contacts.get(args.contact_id)
        if not args.yes:
            raise CommandError(
                f"this erases contact {card.id} ({card.summary.name}) and everything about "
                "them for good; add --yes to confirm"
            )
        change = context.writer.call(context.contacts.erase, args.contact_id)
    except ContactNotFound as exc:
        raise CommandError(str(exc)) from None
    messages = len(change.ids("message"))
    print(f"erased contact {card.id} ({printable(card.summary.name)}) and {messages} message(s)")
    return EXIT_OK
