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
        "--secret-stdin",
        action="store_true",
        help="read the secret from the first input line (without it, a kind with a browser "
        "sign-in prints the address to open and waits for you to allow access)",
    )
    app_secret = actions.add_parser(
        "app-secret",
        help="keep this computer's OAuth app client secret (first input line) in the keychain",
    )
    app_secret.add_argument("provider", metavar="PROVIDER", help="google, meta or linkedin")
    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove an account and its messages")
    remove.add_argument("id", type=positive_int, metavar="ID")


def run(args: argparse.Namespace, context: AppContext) -> int:
    if args.accounts_command == "list":
        return _list(args, context)
    if args.accounts_command == "remove":
        return _remove(args, context)
    if args.accounts_command == "app-secret":
        return _app_secret(args, context)
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
    import asyncio

    from socialinbox.core.accounts import AccountNotFound

    engine = context.sync_engine()
    setup = context.account_setup(engine)

    async def revoke() -> str | None:
        try:
            return await setup.revoke(args.id)
        finally:
            await engine.aclose()

    try:
        problem = asyncio.run(revoke())
        removed = context.writer.call(setup.remove, args.id)
    except AccountNotFound as exc:
        raise CommandError(str(exc)) from None
    if problem is not None:
        print(f"{APP_ID}: warning: {problem}", file=sys.stderr)
    print(f"removed account {args.id} ({printable(removed.account.name)})")
    return EXIT_OK


def _app_secret(args: argparse.Namespace, context: AppContext) -> int:
    from socialinbox.channels.oauth_providers import PROVIDERS

    known = {p.name: p for p in PROVIDERS if p.needs_client_secret}
    if args.provider not in known:
        raise CommandError(
            f"no client secret is kept for {args.provider!r} (one of: {', '.join(known)})"
        )
    secret = sys.stdin.readline().strip()
    if not secret:
        raise CommandError("the first line of standard input is empty; nothing was saved")
    unkept = context.secrets.cannot_keep()
    if unkept is not None:
        raise CommandError(f"{unkept}; nothing was saved")
    context.secrets.app_secret(args.provider).save(secret)
    print(f"kept the client secret of this computer's {known[args.provider].label} app")
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
    try:
        account = asyncio.run(_connect(context, draft, secret))
    except KeyboardInterrupt:
        print(f"{APP_ID}: the sign-in was interrupted; nothing was saved", file=sys.stderr)
        raise
    if secret is not None and context.secrets.warning:
        print(f"{APP_ID}: warning: {context.secrets.warning}", file=sys.stderr)
    print(account.id)
    return EXIT_OK


async def _connect(context: AppContext, draft: AccountDraft, secret: str | None) -> Created:
    """Verify, then save; CommandError (one line, nothing saved) if anything is refused."""
    from socialinbox.core.connector import ChannelError
    from socialinbox.sync.connect import SetupError

    engine = context.sync_engine()
    try:
        setup = context.account_setup(engine)
        try:
            factory = setup.factory(draft.kind)
            if factory.needs_secret and secret is None:
                if not setup.signs_in_with_browser(draft.kind):
                    raise CommandError(f"{draft.kind} accounts need a secret: pass --secret-stdin")
                setup.check(draft, None, signing_in=True)  # before the browser opens
                secret = await setup.sign_in(draft.kind, draft.base_url, _show_address)
            return await setup.add(draft, secret)
        except SetupError as exc:
            raise CommandError(str(exc)) from None
        except ChannelError as exc:  # the browser sign-in failed: refused, timed out
            raise CommandError(f"sign-in failed: {exc}") from None
    finally:
        await engine.aclose()


def _show_address(url: str) -> None:
    """Tell the user where to allow access (standard error: standard output is the id)."""
    print(
        "Open this address in your browser and allow access (waiting up to 5 minutes, "
        f"Ctrl+C to stop):\n{url}",
        file=sys.stderr,
        flush=True,
    )
