"""``inbox``: list messages newest first."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import (
    EXIT_OK,
    Parser,
    positive_int,
    print_fields,
    print_json,
    settle_levels,
)
from socialinbox.cli.json_output import JsonStream

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "inbox"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="list messages, newest first")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.add_argument("--search", metavar="TEXT", help="full-text search")
    parser.add_argument("--limit", type=positive_int, default=50, metavar="N")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.inbox import InboxFilter
    from socialinbox.core.timefmt import age_label

    if args.json:
        settle_levels(context)
    details = context.inbox.iter_details(InboxFilter(search=args.search), args.limit)
    if args.json:
        # Written as it is read: memory stays that of one chunk, whatever --limit is.
        print_json(JsonStream(d.as_json() for d in details))
        return EXIT_OK
    now = context.clock.now()
    for d in details:
        first = " ".join(d.text.split())[:100]
        author = d.author_name or d.author_handle or ""
        print_fields(d.id, d.channel, age_label(now, d.created_at), author, first)
    return EXIT_OK
