"""The command line: the GUI's services without a window, for scripts and scheduled jobs.

Public interface (kept stable, documented in the README): a usage error exits
2; any other error prints one line on stderr and exits 1; JSON output never
omits a field (null instead) and ids are integers. Each command lives in its
own module, listed in :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

from socialinbox import APP_ID, __version__
from socialinbox.app import AppContext, AppOptions, damaged_database
from socialinbox.cli import (
    accounts,
    alerts,
    arrivals,
    arrivals_today,
    assign,
    backup,
    contacts,
    database_password,
    erase_contact,
    escalate,
    export_contact,
    inbox,
    log,
    mark_answered,
    migrate_to,
    notes,
    properties,
    reminders,
    report,
    sync,
    users,
)
from socialinbox.cli import digest as digest_cli
from socialinbox.cli import outbox as outbox_cli
from socialinbox.cli import reply as reply_cli
from socialinbox.cli.common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Command,
    CommandError,
    Parser,
    desk_property,
    folder,
    printable,
    sync_round,
)
from socialinbox.core.connector import ChannelError
from socialinbox.paths import DataFolderUnusable
from socialinbox.storage.database import DatabaseProblem, DatabaseUnreadable

COMMANDS: tuple[Command, ...] = (sync, inbox, accounts, backup, reply_cli, outbox_cli)  # type: ignore[assignment]
# Customers, notes, reminders, the front desk's import, privacy (issue 3).
COMMANDS += (contacts, notes, reminders, arrivals, export_contact, erase_contact)  # type: ignore[assignment]
# Calls and visits logged by hand (issue 12).
COMMANDS += (log,)  # type: ignore[assignment]
# The people at the desks, escalations and assignments (issue 15, part 5).
COMMANDS += (users, escalate, assign)  # type: ignore[assignment]
# Crisis alerts (issue 15, part 6).
COMMANDS += (alerts,)  # type: ignore[assignment]
# The response practice: the shift handover (issue 15).
COMMANDS += (digest_cli,)  # type: ignore[assignment]
# Where the business stands on the six response levels (issue 15).
COMMANDS += (report,)  # type: ignore[assignment]
# Reviews on sites without a reply API, answered on the site (issue 13, part 7).
COMMANDS += (mark_answered,)  # type: ignore[assignment]
# Moving between SQLite and a shared PostgreSQL database (issue 14, part 5).
COMMANDS += (migrate_to, database_password)  # type: ignore[assignment]
# The chain's properties (branches) on one shared database (issue 14, part 4).
COMMANDS += (properties, arrivals_today)  # type: ignore[assignment]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=APP_ID,
        description="Social Inbox: one inbox for every channel your customers write on. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=folder, metavar="DIR", help="folder for data and logs")
    parser.add_argument("--database-url", metavar="URL", help="database URL (default: SQLite)")
    parser.add_argument("--user", metavar="NAME", help="who is recorded on notes and replies")
    parser.add_argument(
        "--property",
        metavar="NAME",
        help="the property (branch) this desk is at (default: the one set in Settings)",
    )
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
        property_name=args.property,
        demo=args.demo or args.self_test,
        verbose=args.verbose,
        self_test=args.self_test,
    )
    if args.command is None:
        if open_window is None:
            parser.error("a command is needed")
        return open_window(options)
    # The start's objects are kept out of the collector's passes; it runs again (see
    # socialinbox.__main__).
    gc.freeze()
    gc.enable()
    try:
        return _run_command(args, options)
    except DatabaseUnreadable as exc:
        _fail(f"{exc}{_restore_hint(options)}")
        return EXIT_FAILED
    except (CommandError, DatabaseProblem, ChannelError, DataFolderUnusable) as exc:
        _fail(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped reading (`socialinbox inbox | head -1`): it has what it
        # wanted, which is no error. Point stdout at nothing so that the interpreter's
        # last flush does not fail again on the closed pipe.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        # Never a traceback on the console: the details go to the log file (when
        # logging is set up; without a handler Python would print them).
        if logging.getLogger().handlers:
            logging.getLogger(__name__).exception("Command failed")
        _fail(f"{type(exc).__name__}: {exc}")
        return EXIT_FAILED


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no file descriptor behind stdout (tests capture it): nothing to flush


def _fail(message: str) -> None:
    """The one line of a failed command (a message's further lines are the log's)."""
    first = message.strip().splitlines()[0] if message.strip() else "failed"
    print(f"{APP_ID}: error: {printable(first)}", file=sys.stderr)


def _restore_hint(options: AppOptions) -> str:
    """Where the latest good backup of a damaged database is, said to the user."""
    damaged = damaged_database(options)
    if damaged is None:
        return ""
    database, backup = damaged
    if backup is None:
        return "; there is no backup to restore, and the file has not been changed"
    return (
        f"; the latest good backup is {backup}: with Social Inbox closed, move the "
        f"damaged file aside and copy the backup to {database}"
    )


def _run_command(args: argparse.Namespace, options: AppOptions) -> int:
    handlers = {command.NAME: command for command in COMMANDS}
    # A command that opens no database (database-password: the password a database
    # this desk is set to use needs before it opens) says so.
    opens_database = getattr(handlers[args.command], "OPENS_DATABASE", True)
    context = AppContext(options, open_database=opens_database)
    try:
        if options.property_name and opens_database:
            desk_property(context)  # a property named but unknown: said before anything runs
        if context.is_demo:
            context.ensure_demo_account()
            if args.command != sync.NAME:
                sync_round(context)
                # What the window's demo keeps beyond its messages (notes, logged calls
                # and visits, the team and its escalations): the same demo in both.
                context.seed_demo_notes()
        status = handlers[args.command].run(args, context)
        if opens_database and context.db.read_only_reason is not None:
            print(
                f"{APP_ID}: note: {context.db.read_only_reason}: shown as it is, "
                "nothing was changed",
                file=sys.stderr,
            )
        return status
    finally:
        context.close()
