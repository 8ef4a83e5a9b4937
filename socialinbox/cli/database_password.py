"""``database-password URL``: keep a PostgreSQL role's password in the keychain, so that
``--database-url`` (and the desktop entry, the settings) never carries it.

The password is the first line of standard input. It is tried on the server first: a
refused password, or a server that cannot be reached, is one line and nothing is kept.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from socialinbox.cli.common import EXIT_OK, CommandError, Parser

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "database-password"
# The database this desk is set to use may need the very password given here to open.
OPENS_DATABASE = False


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(
        NAME,
        help="keep the password of a PostgreSQL database (first line of standard input) "
        "in the keychain, tried on the server first",
    )
    parser.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@HOST[:PORT]/DB")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from sqlalchemy.engine import make_url

    from socialinbox.storage.database import DatabaseProblem, server_address

    try:
        url = make_url(args.url)
    except Exception:
        raise CommandError(f"not a database URL: {args.url!r}") from None
    address = server_address(url)
    if address is None:
        raise CommandError("only a PostgreSQL database has a password: postgresql+psycopg://…")
    if url.password is not None:
        raise CommandError(
            "give the URL without its password: the password is read from standard input"
        )
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CommandError("the first line of standard input is empty; nothing was kept")
    unkept = context.secrets.cannot_keep()
    if unkept is not None:
        raise CommandError(f"{unkept}; nothing was kept")
    try:
        context.keep_database_password(args.url, password)
    except DatabaseProblem as exc:
        raise CommandError(f"{exc}; nothing was kept") from None
    print(f"kept the password of {address} in the keychain")
    return EXIT_OK
