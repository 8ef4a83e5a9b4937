"""``export-contact ID``: everything the app holds about one contact, as JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser, positive_int, print_json

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "export-contact"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="print everything held about a contact as JSON")
    parser.add_argument("contact_id", type=positive_int, metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.contacts import ContactNotFound

    try:
        print_json(context.contacts.export(args.contact_id))
    except ContactNotFound as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK
