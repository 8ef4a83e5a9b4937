"""``properties list [--json]``, ``properties add NAME [--timezone ZONE]``,
``properties rename NAME NEW_NAME`` and ``properties account ACCOUNT_ID NAME|none``: the
chain's properties (branches) on one shared database (see ``core.properties``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    desk_property,
    positive_int,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "properties"
NONE = "none"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    properties = commands.add_parser(
        NAME,
        help="the chain's properties (branches): desks, arrivals and notes belong to one",
        description="A chain's properties on one shared database. A desk says which it is "
        "at with --property NAME or in Settings; without properties nothing changes.",
    )
    actions = properties.add_subparsers(
        dest="properties_command", metavar="ACTION", parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help="every property, with its timezone")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    add = actions.add_parser("add", help="add a property (or set the timezone of one listed)")
    add.add_argument("name", metavar="NAME", help="as the chain writes it (quote spaces)")
    add.add_argument("--timezone", metavar="ZONE", help="its IANA timezone, e.g. America/Chicago")
    rename = actions.add_parser("rename", help="give a property a new name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")
    account = actions.add_parser(
        "account", help="the property an account's new messages come to ('none': none)"
    )
    account.add_argument("account_id", type=positive_int, metavar="ACCOUNT_ID")
    account.add_argument("name", metavar="NAME|none")


def run(args: argparse.Namespace, context: AppContext) -> int:
    properties = context.properties
    command = args.properties_command
    try:
        if command == "add":
            saved = context.writer.call(properties.add, args.name, args.timezone).property
            print_fields(saved.id, saved.name, saved.timezone or "")
        elif command == "rename":
            place = desk_property(context, args.name)
            assert place is not None
            saved = context.writer.call(properties.rename, place.id, args.new_name).property
            print_fields(saved.id, saved.name, saved.timezone or "")
        elif command == "account":
            wanted = None if args.name.strip().lower() == NONE else args.name
            place = desk_property(context, wanted) if wanted else None
            context.writer.call(
                properties.place_account, args.account_id, place.id if place else None
            )
            print(f"account {args.account_id}: {place.name if place else 'no property'}")
        else:
            _list(args, context)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


def _list(args: argparse.Namespace, context: AppContext) -> None:
    listed = context.properties.list_properties()
    if args.json:
        print_json([p.as_json() for p in listed])
        return
    here = desk_property(context)
    for place in listed:
        this_desk = ("(this desk)",) if here is not None and here.id == place.id else ()
        print_fields(place.id, place.name, place.timezone or "", *this_desk)
