"""The command line: the GUI's services without a window, for scripts and scheduled jobs.

Public interface (kept stable, documented in the README): a usage error exits
2; any other error prints one line on stderr and exits 1; JSON output never
omits a field (null instead) and ids are integers. Each command lives in its
own module, listed in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from socialinbox import APP_ID, __version__
from socialinbox.app import AppContext, AppOptions
from socialinbox.cli import (
    accounts,
    arrivals,
    backup,
    contacts,
    erase_contact,
    export_contact,
    inbox,
    notes,
    reminders,
    sync,
)
from socialinbox.cli import outbox as outbox_cli
from socialinbox.cli import reply as reply_cli
from socialinbox.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    Command,
    CommandError,
    Parser,
    printable,
    sync_round,
)
from socialinbox.core.connector import ChannelError
from socialinbox.storage.database import DatabaseProblem

COMMANDS: tuple[Command, ...] = (sync, inbox, accounts, backup, reply_cli, outbox_cli)  # type: ignore[assignment]
# Customers, notes, reminders, the front desk's import, privacy (issue 3).
COMMANDS += (contacts, notes, reminders, arrivals, export_contact, erase_contact)  # type: ignore[assignment]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=APP_ID,
        description="Social Inbox: one inbox for every channel your customers write on. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="folder for data and logs")
    parser.add_argument("--database-url", metavar="URL", help="database URL (default: SQLite)")
    parser.add_argument("--user", metavar="NAME", help="who is recorded on notes and replies")
    parser.add_argument(
        "--demo", action="store_true", help="use a throwaway database with sample messages"
    )
    parser.add_argument("--verbose", action="store_true", help="log to the console as well")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window on demo data, check the database and resources, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


# Opens the window on these options and returns the exit code (the ui package's run_gui).
OpenWindow = Callable[[AppOptions], int]


def main(argv: Sequence[str] | None = None, open_window: OpenWindow | None = None) -> int:
    """Run one command; without a command, ``open_window`` (the entry point passes the
    GUI's, so that the command line itself never imports Qt)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    options = AppOptions(
        data_dir=args.data_dir,
        database_url=args.database_url,
        user=args.user,
        demo=args.demo or args.self_test,
        verbose=args.verbose,
        self_test=args.self_test,
    )
    if args.command is None:
        if open_window is None:
            parser.error("a command is needed")
        return open_window(options)
    try:
        return _run_command(args, options)
    except (CommandError, DatabaseProblem, ChannelError) as exc:
        print(f"{APP_ID}: error: {printable(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        # Never a traceback on the console: the details go to the log file.
        logging.getLogger(__name__).exception("Command failed")
        print(f"{APP_ID}: error: {type(exc).__name__}: {printable(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _run_command(args: argparse.Namespace, options: AppOptions) -> int:
    handlers = {command.NAME: command for command in COMMANDS}
    context = AppContext(options)
    try:
        if context.is_demo:
            context.ensure_demo_account()
            if args.command != sync.NAME:
                sync_round(context)
        return handlers[args.command].run(args, context)
    finally:
        context.close()
