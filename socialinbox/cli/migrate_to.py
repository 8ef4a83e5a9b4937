"""``migrate-to URL``: copy the current database into a new, empty one on another engine
(SQLite → PostgreSQL, PostgreSQL → a new SQLite file), verified row by row.

Prints one line per table (``TABLE ROWS``) and a last line naming the target; the
original database is only read. A non-empty target is refused (exit 1).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "migrate-to"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="copy the database into an empty one at URL (PostgreSQL, or a new SQLite "
        "file), verified row by row; the original is left as it is",
    )
    parser.add_argument("url", metavar="URL")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.storage.transfer import TransferError, copy_database, open_empty_target

    try:
        # A server's password comes from the keychain when the URL has none.
        target = open_empty_target(context.with_kept_password(args.url))
        try:
            result = copy_database(context.db, target)
        finally:
            target.dispose()
    except TransferError as exc:
        raise CommandError(str(exc)) from None
    width = max(len(copy.table) for copy in result.tables)
    for copy in sorted(result.tables, key=lambda copy: copy.table):
        line = f"{copy.table:<{width}}  {copy.target_rows:>9}"
        if copy.nul_replaced:
            line += f"  ({copy.nul_replaced} NUL characters stored as U+FFFD)"
        print(line)
    print(f"copied {result.total_rows} rows into {result.target}, verified row by row")
    return EXIT_OK
