"""``accounts add|list|remove``: connected accounts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from socialinbox import APP_ID
from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    key_value,
    positive_int,
    print_fields,
    print_json,
    printable,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.core.changes import Created
    from socialinbox.sync.connect import AccountDraft

NAME = "accounts"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    accounts = commands.add_parser(NAME, help="connected accounts")
    actions = accounts.add_subparsers(
        dest="accounts_command", metavar="ACTION", parser_class=Parser, required=True
    )
    add = actions.add_parser("add", help="connect an account (verified first)")
    add.add_argument("kind", metavar="KIND")
    add.add_argument("--name", required=True)
    add.add_argument("--base-url", metavar="URL")
    add.add_argument("--handle", metavar="H")
    add.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", type=key_value, dest="sets"
    )
    add.add_argument(
        "--secret-stdin", action="store_true", help="read the secret from the first input line"
    )
    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove an account and its messages")
    remove.add_argument("id", type=positive_int, metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.accounts_command == "list":
        return _list(args, context)
    if args.accounts_command == "remove":
        return _remove(args, context)
    return _add(args, context)


def _list(args: argparse.Namespace, context: AppContext) -> int:
    accounts = context.accounts.list_accounts()
    if args.json:
        print_json([a.as_json() for a in accounts])
        return EXIT_OK
    for a in accounts:
        last = a.last_sync.isoformat(timespec="seconds") if a.last_sync else "never"
        print_fields(a.id, a.kind, a.name, a.status, last)
    return EXIT_OK


def _remove(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.core.accounts import AccountNotFound

    setup = context.account_setup(context.sync_engine())
    try:
        removed = context.writer.call(setup.remove, args.id)
    except AccountNotFound as exc:
        raise CommandError(str(exc)) from None
    print(f"removed account {args.id} ({printable(removed.account.name)})")
    return EXIT_OK


def _add(args: argparse.Namespace, context: AppContext) -> int:
    import asyncio

    from socialinbox.sync.connect import AccountDraft

    secret: str | None = None
    if args.secret_stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
        if not secret:
            raise CommandError("--secret-stdin: the first line of standard input is empty")
        # This command ends at once: a secret kept in memory only would be lost with it.
        unkept = context.secrets.cannot_keep()
        if unkept is not None:
            raise CommandError(f"{unkept}; nothing was saved")
    draft = AccountDraft(
        kind=args.kind,
        name=args.name,
        base_url=args.base_url,
        handle=args.handle,
        settings=dict(args.sets),
    )
    account = asyncio.run(_connect(context, draft, secret))
    if secret is not None and context.secrets.warning:
        print(f"{APP_ID}: warning: {context.secrets.warning}", file=sys.stderr)
    print(account.id)
    return EXIT_OK


async def _connect(context: AppContext, draft: AccountDraft, secret: str | None) -> Created:
    """Verify, then save; CommandError (one line, nothing saved) if anything is refused."""
    from socialinbox.sync.connect import SetupError

    engine = context.sync_engine()
    try:
        setup = context.account_setup(engine)
        try:
            factory = setup.factory(draft.kind)
            if factory.needs_secret and secret is None:
                raise CommandError(f"{draft.kind} accounts need a secret: pass --secret-stdin")
            return await setup.add(draft, secret)
        except SetupError as exc:
            raise CommandError(str(exc)) from None
    finally:
        await engine.aclose()
