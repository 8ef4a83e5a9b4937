"""``export-contact ID``: everything the app holds about one contact, as JSON."""

from __future__ import annotations

import argparse
from itertools import chain
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    print_json,
    settle_levels,
)
from socialinbox.cli.json_output import JsonFields

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "export-contact"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="print everything held about a contact as JSON")
    parser.add_argument("contact_id", type=positive_int, metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.contacts import ContactNotFound

    settle_levels(context)
    parts = context.contacts.export_parts(args.contact_id)
    try:
        first = next(parts)  # a contact that is not there is the one line on stderr
    except ContactNotFound as exc:
        raise CommandError(str(exc)) from None
    # Written as it is read: the contact's messages are never all in memory at once.
    print_json(JsonFields(chain([first], parts)))
    return EXIT_OK
