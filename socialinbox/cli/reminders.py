"""``reminders [--json]``: every open reminder, including those due later; and
``reminders dismiss|done|snooze|follow-up``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    iso_moment,
    positive_int,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "reminders"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    reminders = commands.add_parser(
        NAME, help="returning customers, arrivals, follow-ups, close the loop, thank-you"
    )
    reminders.add_argument("--json", action="store_true")
    actions = reminders.add_subparsers(
        dest="reminders_command", metavar="ACTION", parser_class=Parser, required=False
    )
    for action in ("dismiss", "done", "reopen"):
        parser = actions.add_parser(action, help=f"{action} a reminder")
        parser.add_argument("reminder_id", type=positive_int, metavar="ID")
    snooze = actions.add_parser("snooze", help="hide a reminder until later")
    snooze.add_argument("reminder_id", type=positive_int, metavar="ID")
    when = snooze.add_mutually_exclusive_group(required=True)
    when.add_argument("--hour", action="store_true", help="for one hour")
    when.add_argument("--tomorrow", action="store_true", help="until tomorrow 08:00 local")
    when.add_argument("--until", type=iso_moment, metavar="TIME", help="ISO 8601 time")
    follow = actions.add_parser("follow-up", help="remind about a contact at a time")
    follow.add_argument("contact_id", type=positive_int, metavar="CONTACT_ID")
    follow.add_argument("--due", type=iso_moment, required=True, metavar="TIME")
    follow.add_argument("--reason", default="Follow up", metavar="TEXT")
    follow.add_argument("--message", type=positive_int, metavar="MESSAGE_ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.business_settings import PROPERTY_TIMEZONE
    from socialinbox.core.reminders import ReminderNotFound, property_zone, snooze_times

    zone = property_zone(context.business.get(PROPERTY_TIMEZONE))
    service = context.reminders
    try:
        command = args.reminders_command
        if command in ("dismiss", "done", "reopen"):
            context.writer.call(getattr(service, command), args.reminder_id)
            print(f"reminder {args.reminder_id}: {command}")
        elif command == "snooze":
            now = context.clock.now()
            choices = snooze_times(now, zone)
            until = choices["1h"] if args.hour else choices["tomorrow"] if args.tomorrow else None
            if until is None:
                until = args.until if args.until.tzinfo else args.until.replace(tzinfo=zone)
            context.writer.call(service.snooze, args.reminder_id, until)
            print(f"reminder {args.reminder_id} snoozed until {until.isoformat()}")
        elif command == "follow-up":
            due = args.due if args.due.tzinfo else args.due.replace(tzinfo=zone)
            context.writer.call(
                service.follow_up, args.contact_id, due, args.reason, message_id=args.message
            )
            print(f"follow-up on contact {args.contact_id} at {due.isoformat()}")
        else:
            _list(args, context)
    except (ReminderNotFound, ValueError) as exc:
        raise CommandError(str(exc)) from None
    return EXIT_OK


def _list(args: argparse.Namespace, context: AppContext) -> None:
    if not context.db.read_only:
        context.writer.call(context.reminders.wake_snoozed)
        # The 24 hours of close-the-loop pass without a sync: check before listing.
        context.writer.call(context.practice.check)
    reminders = context.reminders.shown()
    if args.json:
        print_json([r.as_json() for r in reminders])
        return
    for r in reminders:
        notes = " | ".join(r.notes)
        if r.noted_elsewhere:
            # Where she was noted before comes first (in the JSON: noted_at).
            others = [n for n in r.notes if n != r.noted]
            notes = " | ".join([r.noted_elsewhere, *others])
        print_fields(
            r.id,
            r.kind,
            r.due.isoformat(timespec="minutes"),
            r.state,
            r.reason,
            notes,
            r.suggestion or "",
        )
