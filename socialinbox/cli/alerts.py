"""``alerts [--json]``: the crisis alerts nobody has acknowledged yet; ``alerts ack ID``
acknowledges one as the current user (``--user``, the settings' name or the login)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    positive_int,
    print_fields,
    print_json,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "alerts"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    alerts = commands.add_parser(
        NAME,
        help="crisis alerts: unusual spikes of messages or of negative ones",
        description="List the active crisis alerts (not yet acknowledged), newest first: "
        "id, network, kind (spike|negative), start, messages, usual messages an hour, "
        "negative messages, acknowledged by.",
    )
    alerts.add_argument("--json", action="store_true")
    actions = alerts.add_subparsers(
        dest="alerts_command", metavar="ACTION", parser_class=Parser, required=False
    )
    ack = actions.add_parser("ack", help="acknowledge an alert (it leaves every desk's banner)")
    ack.add_argument("alert_id", type=positive_int, metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    service = context.alerts
    if args.alerts_command == "ack":
        try:
            context.writer.call(service.acknowledge, args.alert_id)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        print(f"alert {args.alert_id} acknowledged by {context.user}")
        return EXIT_OK
    active = service.active()
    if args.json:
        print_json([a.as_json() for a in active])
        return EXIT_OK
    for a in active:
        print_fields(
            a.id,
            a.channel,
            a.kind,
            a.started_at.isoformat(timespec="minutes"),
            a.count,
            f"{a.usual:g}",
            a.negative,
            a.acknowledged_by or "",
        )
    return EXIT_OK
