"""``accounts add|list|remove``: connected accounts."""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid

from socialinbox import APP_ID
from socialinbox.app import AppContext
from socialinbox.channels.base import ChannelError, ConnectorContext, VerifiedAccount
from socialinbox.channels.registry import UnknownKind
from socialinbox.cli.common import (
    EXIT_OK,
    CommandError,
    Parser,
    key_value,
    positive_int,
    print_json,
)
from socialinbox.core.accounts import AccountNotFound, config_of
from socialinbox.core.models import AccountInfo

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
    accounts = context.accounts.list()
    if args.json:
        print_json([a.as_json() for a in accounts])
        return EXIT_OK
    for a in accounts:
        last = a.last_sync.isoformat(timespec="seconds") if a.last_sync else "never"
        print(f"{a.id}\t{a.kind}\t{a.name}\t{a.status}\t{last}")
    return EXIT_OK


def _remove(args: argparse.Namespace, context: AppContext) -> int:
    try:
        account = context.accounts.get(args.id)
    except AccountNotFound as exc:
        raise CommandError(str(exc)) from None
    context.writer.call(context.accounts.remove, args.id)
    context.secrets.delete_account(account.uuid)
    print(f"removed account {args.id} ({account.name})")
    return EXIT_OK


def _add(args: argparse.Namespace, context: AppContext) -> int:
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
    candidate = AccountInfo(
        id=0,
        uuid=str(uuid.uuid4()),
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
        connected_at=context.clock.now(),
    )
    verified = asyncio.run(_verify(context, candidate, secret))
    settings = {**verified.settings, **settings}
    if secret is not None:
        context.secrets.set(candidate.uuid, secret)
    account = context.writer.call(
        context.accounts.create,
        args.kind,
        args.name,
        base_url=args.base_url,
        handle=args.handle or verified.handle,
        settings=settings,
        account_uuid=candidate.uuid,
    )
    if secret is not None and context.secrets.warning:
        print(f"{APP_ID}: warning: {context.secrets.warning}", file=sys.stderr)
    print(account.id)
    return EXIT_OK


async def _verify(context: AppContext, account: AccountInfo, secret: str | None) -> VerifiedAccount:
    """Who the credentials belong to, as the network says; CommandError if refused."""
    engine = context.sync_engine()
    try:
        factory = context.registry.get(account.kind)
        connector = factory.create(
            ConnectorContext(
                account=config_of(account),
                secret=secret,
                http=await engine.client(),
                clock=context.clock,
                session=context.secrets.slot(account.uuid, "session"),
            )
        )
        return await connector.verify()
    except ChannelError as exc:
        raise CommandError(f"the account could not be verified: {exc}") from None
    finally:
        await engine.aclose()
