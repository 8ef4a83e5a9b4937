"""``report levels [--since ISO] [--until ISO] [--json]``: where the business stands on the
six-level scale, per channel (core/insights.py). ``report`` takes one report a subcommand,
so that later reports join it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING

from socialinbox import APP_ID
from socialinbox.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Parser,
    iso_moment,
    print_fields,
    print_json,
    settle_levels,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.core.insights import ChannelLevels

NAME = "report"
LEVELS_REPORT = "levels"


@dataclass(frozen=True, slots=True)
class TypedTime:
    """A time as typed: a whole day (``2026-03-01``) or a moment, with or without offset."""

    moment: datetime
    whole_day: bool

    def start(self, zone: tzinfo) -> datetime:
        """The first instant it names (a time without offset is the property's)."""
        return self.moment if self.moment.tzinfo else self.moment.replace(tzinfo=zone)

    def end(self, zone: tzinfo) -> datetime:
        """The instant it ends: a whole day ends at the next midnight (``--until
        2026-03-31`` keeps the 31st), a moment where it is."""
        if not self.whole_day:
            return self.start(zone)
        next_day = self.moment.date() + timedelta(days=1)
        return datetime.combine(next_day, time(), self.moment.tzinfo or zone)


def typed_time(value: str) -> TypedTime:
    """``--since``/``--until`` as users type them: ``2026-03-01``, ``2026-03-01 09:30``,
    ``2026-03-01T09:30:00+01:00``, ``…Z`` (a usage error, exit 2, for anything else)."""
    moment = iso_moment(value)
    try:
        date.fromisoformat(value.strip())
    except ValueError:
        return TypedTime(moment, whole_day=False)
    return TypedTime(moment, whole_day=True)


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    report = commands.add_parser(NAME, help="reports on how the business answers")
    reports = report.add_subparsers(
        dest="report_command", metavar="REPORT", parser_class=Parser, required=True
    )
    levels = reports.add_parser(
        LEVELS_REPORT,
        help="messages per response level (0–6) and first-response times, per channel",
        description="Per channel: how many customers' messages reached each response "
        "level (null: still waiting), and the median and p90 time to the first response. "
        "Times without an offset are the property's; a date alone is the whole day.",
    )
    levels.add_argument("--since", type=typed_time, metavar="ISO", help="from this date or time")
    levels.add_argument(
        "--until", type=typed_time, metavar="ISO", help="up to this date (included) or time"
    )
    levels.add_argument("--json", action="store_true", help="print a JSON array")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.business_settings import PROPERTY_TIMEZONE
    from socialinbox.core.insights import read_insights
    from socialinbox.core.reminders import property_zone

    zone = property_zone(context.business.get(PROPERTY_TIMEZONE))
    since = args.since.start(zone) if args.since else None
    until = args.until.end(zone) if args.until else None
    if since is not None and until is not None and since >= until:
        print(
            f"{APP_ID} {NAME} {LEVELS_REPORT}: error: --since must come before --until",
            file=sys.stderr,
        )
        return EXIT_USAGE
    settle_levels(context)
    insights = read_insights(context.db, context.business, context.clock.now(), since, until)
    if args.json:
        print_json([row.as_json() for row in insights.channels])
        return EXIT_OK
    _print_table(insights.channels, insights.overall)
    return EXIT_OK


def _print_table(channels: tuple[ChannelLevels, ...], overall: ChannelLevels) -> None:
    from socialinbox.core.insights import LEVEL_KEYS
    from socialinbox.core.waiting import duration_label

    def seconds(value: int | None) -> str:
        return "-" if value is None else duration_label(value)

    header = ["channel", "messages", *LEVEL_KEYS, "median", "p90"]
    rows = [
        [
            row.channel or "all",
            str(row.messages),
            *(str(count) for count in row.levels.counts),
            seconds(row.median_first_response_s),
            seconds(row.p90_first_response_s),
        ]
        for row in (*channels, overall)
    ]
    widths = [max(len(cells[i]) for cells in (header, *rows)) for i in range(len(header))]
    for cells in (header, *rows):
        # The channel left-aligned, the figures right-aligned under their heading.
        line = [cells[0].ljust(widths[0])]
        line += [cell.rjust(width) for cell, width in zip(cells[1:], widths[1:], strict=True)]
        print_fields("  ".join(line))
    print_fields(overall.reading)
