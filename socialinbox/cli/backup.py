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
        NAME,
        help="copy the database to DEST (a new file, or a folder to put it in); "
        "a PostgreSQL database with pg_dump",
    )
    parser.add_argument("destination", type=Path, metavar="DEST")


def run(args: argparse.Namespace, context: AppContext) -> int:
    if context.db.dialect_name == "postgresql":
        return _dump_server(args.destination, context)
    if context.db.path is None:
        raise CommandError("this database is not a file: there is nothing to copy")
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


def _dump_server(destination: Path, context: AppContext) -> int:
    """A PostgreSQL database: its server's own tool, pg_dump, writes the backup. Prints the
    file's path, then what was done and how to restore it."""
    from socialinbox.storage.server_dump import DUMP_SUFFIX, DumpError, dump_database

    if destination.is_dir():
        destination = (
            destination / Path(backup_name(context.clock.now())).with_suffix(DUMP_SUFFIX).name
        )
    try:
        result = dump_database(context.db.url, destination)
    except DumpError as exc:
        raise CommandError(str(exc)) from None
    database = context.db.url.render_as_string(hide_password=True)
    print(result.path)
    print(
        f"{result.tool} wrote a custom-format archive of {database} ({result.size} bytes; "
        f"{result.check}); restore it into an empty database with: "
        f"pg_restore --no-owner --dbname=DATABASE {result.path}"
    )
    return EXIT_OK
