"""``arrivals [--date YYYY-MM-DD] [--property NAME | --all] [--json]``: the day's arriving
guests, as the window's "Today's arrivals" lists them: this desk's property's (all when
the desk is at none), on that property's local date."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    Parser,
    desk_property,
    iso_day,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "arrivals"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME, help="today's arriving guests (returning guests with notes first)"
    )
    parser.add_argument(
        "--date", type=iso_day, metavar="YYYY-MM-DD", help="another day (default: today)"
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--property",
        dest="for_property",
        metavar="NAME",
        help="this property's guests (default: this desk's property's)",
    )
    which.add_argument("--all", action="store_true", help="every property's guests")
    parser.add_argument("--json", action="store_true", help="print a JSON array")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.arrivals import arrivals_on
    from socialinbox.core.business_settings import PROPERTY_TIMEZONE
    from socialinbox.core.properties import zone_of

    place = None if args.all else desk_property(context, args.for_property)
    zone = zone_of(place, context.business.get(PROPERTY_TIMEZONE))
    day = args.date or context.clock.now().astimezone(zone).date()
    guests = arrivals_on(context.db, day, place.id if place else None)
    if args.json:
        print_json([g.as_json() for g in guests])
        return EXIT_OK
    for g in guests:
        print_fields(
            g.stay_id,
            g.guest_name,
            g.room or "",
            g.departure.isoformat() if g.departure else "",
            "returning" if g.returning else "",
            " | ".join(g.notes),
        )
    return EXIT_OK
