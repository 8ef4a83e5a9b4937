"""The command line: the GUI's services without a window, for scripts and scheduled jobs.

Public interface (kept stable, documented in the README): a usage error exits
2; any other error prints one line on stderr and exits 1; JSON output never
omits a field (null instead) and ids are integers.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from socialinbox import APP_ID, __version__
from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.base import ChannelError, ConnectorContext
from socialinbox.channels.registry import UnknownKind
from socialinbox.core.accounts import AccountNotFound, config_of
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.models import AccountInfo
from socialinbox.core.timefmt import age_label
from socialinbox.storage.database import DatabaseProblem
from socialinbox.storage.dialect import UnsupportedDatabase

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """An error whose message is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sync = commands.add_parser("sync", help="fetch new messages from every account")
    sync.add_argument("--once", action="store_true", help="one round, then exit")

    inbox = commands.add_parser("inbox", help="list messages, newest first")
    inbox.add_argument("--json", action="store_true", help="print a JSON array")
    inbox.add_argument("--search", metavar="TEXT", help="full-text search")
    inbox.add_argument("--limit", type=_positive_int, default=50, metavar="N")

    accounts = commands.add_parser("accounts", help="connected accounts")
    account_commands = accounts.add_subparsers(
        dest="accounts_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    add = account_commands.add_parser("add", help="connect an account (verified first)")
    add.add_argument("kind", metavar="KIND")
    add.add_argument("--name", required=True)
    add.add_argument("--base-url", metavar="URL")
    add.add_argument("--handle", metavar="H")
    add.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", type=_key_value, dest="sets"
    )
    add.add_argument(
        "--secret-stdin", action="store_true", help="read the secret from the first input line"
    )
    listing = account_commands.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    remove = account_commands.add_parser("remove", help="remove an account and its messages")
    remove.add_argument("id", type=_positive_int, metavar="ID")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value}")
    return number


def _key_value(value: str) -> tuple[str, str]:
    key, sep, val = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {value!r}")
    return key.strip(), val


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    options = AppOptions(
        data_dir=args.data_dir,
        database_url=args.database_url,
        user=args.user,
        demo=args.demo,
        verbose=args.verbose,
    )
    if args.command is None:
        from socialinbox.ui.main import run_gui

        return run_gui(options)
    try:
        return _run_command(args, options)
    except (CommandError, DatabaseProblem, UnsupportedDatabase, ChannelError) as exc:
        print(f"{APP_ID}: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # Never a traceback on the console: the details go to the log file.
        import logging

        logging.getLogger(__name__).exception("Command failed")
        print(f"{APP_ID}: error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED


def _run_command(args: argparse.Namespace, options: AppOptions) -> int:
    handlers: dict[str, Callable[[argparse.Namespace, AppContext], int]] = {
        "sync": _cmd_sync,
        "inbox": _cmd_inbox,
        "accounts": _cmd_accounts,
    }
    context = AppContext(options)
    try:
        if context.is_demo:
            context.ensure_demo_account()
            if args.command != "sync":
                asyncio.run(_sync_round(context))
        return handlers[args.command](args, context)
    finally:
        context.close()


async def _sync_round(context: AppContext) -> list[Any]:
    engine = context.sync_engine()
    try:
        return await engine.run_once()
    finally:
        await engine.aclose()


def _cmd_sync(args: argparse.Namespace, context: AppContext) -> int:
    if not args.once:
        return asyncio.run(_sync_forever(context))
    results = asyncio.run(_sync_round(context))
    for result in results:
        print(result.as_line(), flush=True)
    failed = [r for r in results if not r.ok]
    for result in failed:
        print(f"{APP_ID}: account {result.account_id} ({result.name}) failed", file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


async def _sync_forever(context: AppContext) -> int:
    engine = context.sync_engine(
        on_change=lambda change: None,
    )
    stop = asyncio.Event()
    try:
        await engine.run_forever(stop)
    finally:
        await engine.aclose()
    return EXIT_OK


def _cmd_inbox(args: argparse.Namespace, context: AppContext) -> int:
    flt = InboxFilter(search=args.search)
    details = context.inbox.details(flt, args.limit)
    if args.json:
        _print_json([d.as_json() for d in details])
        return EXIT_OK
    now = context.clock.now()
    for d in details:
        first = " ".join(d.text.split())[:100]
        author = d.author_name or d.author_handle or ""
        print(f"{d.id}\t{d.channel}\t{age_label(now, d.created_at)}\t{author}\t{first}")
    return EXIT_OK


def _cmd_accounts(args: argparse.Namespace, context: AppContext) -> int:
    if args.accounts_command == "list":
        accounts = context.accounts.list()
        if args.json:
            _print_json([a.as_json() for a in accounts])
        else:
            for a in accounts:
                last = a.last_sync.isoformat(timespec="seconds") if a.last_sync else "never"
                print(f"{a.id}\t{a.kind}\t{a.name}\t{a.status}\t{last}")
        return EXIT_OK
    if args.accounts_command == "remove":
        try:
            account = context.accounts.get(args.id)
        except AccountNotFound as exc:
            raise CommandError(str(exc)) from None
        context.writer.call(context.accounts.remove, args.id)
        context.secrets.delete(account.uuid)
        print(f"removed account {args.id} ({account.name})")
        return EXIT_OK
    return _add_account(args, context)


def _add_account(args: argparse.Namespace, context: AppContext) -> int:
    try:
        factory = context.registry.get(args.kind)
    except UnknownKind as exc:
        raise CommandError(str(exc)) from None
    settings = dict(args.sets)
    known = {f.key for f in factory.setting_fields}
    unknown = sorted(set(settings) - known)
    if unknown:
        raise CommandError(
            f"{args.kind} accounts have no setting {', '.join(unknown)} "
            f"(known: {', '.join(sorted(known)) or 'none'})"
        )
    missing = [f.key for f in factory.setting_fields if f.required and f.key not in settings]
    if missing:
        raise CommandError(f"missing --set {'=… --set '.join(missing)}=…")
    secret: str | None = None
    if args.secret_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise CommandError("--secret-stdin: the first line of standard input is empty")
    elif factory.needs_secret:
        raise CommandError(f"{args.kind} accounts need a secret: pass --secret-stdin")

    # Verify before anything is saved: a refused secret leaves no trace.
    import uuid as uuid_module

    now = context.clock.now()
    candidate = AccountInfo(
        id=0,
        uuid=str(uuid_module.uuid4()),
        kind=args.kind,
        name=args.name,
        base_url=args.base_url,
        handle=args.handle,
        settings=settings,
        enabled=True,
        status="new",
        last_error=None,
        last_sync=None,
        next_sync=None,
        sync_interval_s=300,
        connected_at=now,
    )
    verified = asyncio.run(_verify(context, candidate, secret))
    if secret is not None:
        context.secrets.set(candidate.uuid, secret)
    account = context.writer.call(
        context.accounts.create,
        args.kind,
        args.name,
        base_url=args.base_url,
        handle=args.handle or verified,
        settings=settings,
        account_uuid=candidate.uuid,
    )
    if secret is not None and context.secrets.warning:
        print(f"{APP_ID}: warning: {context.secrets.warning}", file=sys.stderr)
    print(account.id)
    return EXIT_OK


async def _verify(context: AppContext, account: AccountInfo, secret: str | None) -> str:
    engine = context.sync_engine()
    try:
        factory = context.registry.get(account.kind)
        connector = factory.create(
            ConnectorContext(
                account=config_of(account),
                secret=secret,
                http=await engine.client(),
                clock=context.clock,
            )
        )
        verified = await connector.verify()
        return verified.handle
    except ChannelError as exc:
        raise CommandError(f"the account could not be verified: {exc}") from None
    finally:
        await engine.aclose()


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
