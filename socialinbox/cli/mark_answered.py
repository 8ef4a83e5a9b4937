"""``mark-answered MSG_ID``: a review on a site without replies from here (Yelp,
Tripadvisor, Booking.com) was answered on the site (see ``core.answered_on_site``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser, positive_int, print_fields

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "mark-answered"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="mark a Yelp, Tripadvisor or Booking.com review answered on the site",
        description="These sites let nobody reply from here: write the answer on the site "
        "(the review's link is in 'inbox --json', field url), then mark it answered. It stops "
        "needing a reply and counts as the business's public reply, at the time of marking.",
    )
    parser.add_argument("message_id", type=positive_int, metavar="MSG_ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    try:
        change = context.writer.call(context.answered_on_site.mark, args.message_id)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    row = context.inbox.rows([args.message_id]).get(args.message_id)
    site = context.networks.label(row.channel) if row is not None else "the site"
    if change:
        print_fields(f"message {args.message_id} marked answered on {site}")
    else:
        print_fields(f"message {args.message_id} was already answered")
    return EXIT_OK
