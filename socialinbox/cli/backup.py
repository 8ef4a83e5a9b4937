"""``backup DEST``: a consistent, checked copy of the database, safe while the app runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_FAILED, EXIT_OK, CommandError, Parser
from socialinbox.core.backup import BackupError, backup_database, backup_name

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "backup"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME, help="copy the database to DEST (a new file, or a folder to put it in)"
    )
    parser.add_argument("destination", type=Path, metavar="DEST")


def run(args: argparse.Namespace, context: AppContext) -> int:
    if context.db.dialect_name != "sqlite" or context.db.path is None:
        raise CommandError(
            "this database is not a SQLite file: back it up with the database's own tool "
            "(for PostgreSQL, pg_dump)"
        )
    destination: Path = args.destination
    if destination.is_dir():
        destination = destination / backup_name(context.clock.now())
    try:
        result = backup_database(context.db.path, destination)
    except BackupError as exc:
        raise CommandError(str(exc)) from None
    if not result.check_passed:
        print(f"{result.path}: written, but its integrity check failed: {result.check_detail}")
        return EXIT_FAILED
    print(result.path)
    return EXIT_OK
