"""``import-arrivals FILE [--date YYYY-MM-DD] [--property NAME] [--map COLUMN=FIELD …]
[--skip-invalid]``: the list is for ``--property`` (default: this desk's; none: none).

Without ``--encoding`` the encoding is detected (core.text_encoding): Excel's Unicode
Text (UTF-16), CSV UTF-8, LibreOffice's UTF-8 and legacy Windows-1252 files alike."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    desk_property,
    iso_day,
    key_value,
    printable,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "import-arrivals"
# As core.arrivals.FIELDS; that module (and rapidfuzz) loads only when the command runs,
# since every start of the app builds this parser.
FIELDS = ("name", "email", "phone", "arrival", "departure", "room", "reservation")


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="import the day's arrivals from a PMS export (CSV)")
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--date",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="the arrival day to import (default today)",
    )
    parser.add_argument(
        "--map",
        action="append",
        default=[],
        type=key_value,
        metavar="COLUMN=FIELD",
        help=f"map a column to one of: {', '.join(FIELDS)}",
    )
    parser.add_argument(
        "--skip-invalid", action="store_true", help="import the good rows, skip bad ones"
    )
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="force an encoding, e.g. cp1252 or utf-16 (default: detected)",
    )
    parser.add_argument(
        "--date-format", metavar="FORMAT", help="how dates are written, e.g. %%d/%%m/%%Y"
    )
    parser.add_argument("--region", metavar="CC", help="country of numbers without +, e.g. DE")
    parser.add_argument(
        "--property",
        dest="for_property",
        metavar="NAME",
        help="the property the list is for (default: this desk's)",
    )


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.arrivals import (
        ArrivalsError,
        ArrivalsImport,
        printable_name,
        read_arrivals_file,
    )
    from socialinbox.core.business_settings import PHONE_REGION, PROPERTY_TIMEZONE
    from socialinbox.core.properties import zone_of

    place = desk_property(context, args.for_property)
    zone = zone_of(place, context.business.get(PROPERTY_TIMEZONE))
    day = args.date or datetime.now(zone).date()
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    try:
        data = read_arrivals_file(args.file)
        parsed = importer.read(
            data,
            day,
            encoding=args.encoding,
            mapping=dict(args.map),
            date_format=args.date_format,
            region=args.region or context.business.get(PHONE_REGION),
        )
        for line, why in parsed.bad_rows:
            print(f"line {line}: {printable(why)}")
        report = context.writer.call(
            importer.apply,
            parsed,
            skip_invalid=args.skip_invalid,
            source=printable_name(args.file.name),
            property_id=place.id if place else None,
        )
    except ArrivalsError as exc:
        raise CommandError(str(exc)) from None
    at = f" at {printable(place.name)}" if place else ""
    print(
        f"{day.isoformat()}{at}: {report.imported} imported, {report.updated} updated, "
        f"{report.unchanged} unchanged; {report.matched} matched to contacts, "
        f"{report.new_contacts} new guest contacts, {report.reminders} arrival reminders; "
        f"{report.skipped_bad} bad rows skipped, {report.other_days} rows for other days "
        f"({parsed.encoding}, '{parsed.delimiter}', dates {parsed.date_format})"
    )
    for s in report.suggestions:
        print(
            f"line {s.line}: {printable(s.guest_name)} may be contact {s.contact_id} "
            f"({printable(s.contact_name)}, "
            f"name {s.score}% alike): contacts merge {s.contact_id} <new guest contact>"
        )
    return EXIT_OK
