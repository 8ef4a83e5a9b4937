"""``digest [--since ISO] [--json]``: the shift handover (see ``core.handover``).

Without ``--since`` the digest covers the current shift: the last 8 hours. The text
output is one heading per section with its count, then one tab-separated line per
item that starts with what opens it (``message ID``, ``reminder ID``, ``contact ID``,
``alert ID``). A desk at a property gets its property's digest (``core.handover``), and
the heading names it: "Handover at Nashville from … to …"."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, Parser, iso_moment, print_fields, print_json

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.core.handover import Digest

NAME = "digest"

# The sections' headings in the text output, in the digest's order.
HEADINGS = {
    "new_messages": "New messages",
    "waiting_past_target": "Waiting past target",
    "escalations": "Escalations",
    "reminders_due": "Reminders due",
    "arrivals": "Returning guests arriving",
    "alerts": "Alerts",
}


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="the shift handover: new, waiting, escalated, reminders, arrivals, alerts",
        description="What the next shift must know. Covers the messages since --since "
        "(default: the last 8 hours, the current shift); escalations, reminders, "
        "arrivals and alerts are those open now. A desk at a property (--property or "
        "Settings) gets that property's handover: its messages and those at no "
        "property, its reminders, its arrivals.",
    )
    parser.add_argument(
        "--since",
        type=iso_moment,
        metavar="TIME",
        help="start of the shift, ISO 8601 (without an offset: the property's time)",
    )
    parser.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.business_settings import PROPERTY_TIMEZONE
    from socialinbox.core.reminders import property_zone

    since = args.since
    if since is not None and since.tzinfo is None:
        since = since.replace(tzinfo=property_zone(context.business.get(PROPERTY_TIMEZONE)))
    digest = context.handover.digest(since)
    if args.json:
        print_json(digest.as_json())
    else:
        _print(digest, context)
    return EXIT_OK


def _print(digest: Digest, context: AppContext) -> None:
    from socialinbox.core.handover import (
        AlertLine,
        ArrivalLine,
        EscalationLine,
        MessageLine,
    )
    from socialinbox.core.reminders import ReminderInfo
    from socialinbox.core.waiting import duration_label

    label = context.networks.label
    at = f" at {digest.property}" if digest.property is not None else ""
    print(
        f"Handover{at} from {digest.since.isoformat(timespec='seconds')} "
        f"to {digest.until.isoformat(timespec='seconds')}"
    )
    for name, section in digest.sections():
        print(f"{HEADINGS[name]}: {section.count}")
        for item in section.items:
            fields: tuple[object, ...]
            if isinstance(item, MessageLine):
                when = (
                    f"waiting {duration_label(item.waiting_s)}"
                    if name == "waiting_past_target"
                    else item.created_at.isoformat(timespec="minutes")
                )
                fields = (
                    f"message {item.id}",
                    when,
                    label(item.channel),
                    item.author,
                    item.preview,
                )
            elif isinstance(item, EscalationLine):
                fields = (
                    f"message {item.message_id}",
                    f"to {item.to_user} by {item.by_user}",
                    item.reason or "",
                    item.author,
                    item.preview,
                )
            elif isinstance(item, ReminderInfo):
                fields = (f"reminder {item.id}", item.kind, item.contact_name, item.reason)
            elif isinstance(item, ArrivalLine):
                guest = item.guest
                fields = (
                    f"contact {guest.contact_id}",
                    item.arrival.isoformat(),
                    f"room {guest.room}" if guest.room else "",
                    guest.contact_name,
                    " | ".join(guest.notes),
                )
            else:
                assert isinstance(item, AlertLine)
                fields = (
                    f"alert {item.id}",
                    item.kind,
                    label(item.channel),
                    item.started_at.isoformat(timespec="minutes"),
                    f"{item.count} messages (usual {item.usual:g}, negative {item.negative})",
                )
            print_fields("", *fields)
