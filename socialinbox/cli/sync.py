"""``sync --once`` and ``sync``: fetch from every account."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from socialinbox import APP_ID
from socialinbox.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Parser,
    print_fields,
    printable,
    sync_round,
)

if TYPE_CHECKING:
    from socialinbox.app import AppContext

NAME = "sync"


def add_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    parser = commands.add_parser(NAME, help="fetch new messages from every account")
    parser.add_argument("--once", action="store_true", help="one round, then exit")


def run(args: argparse.Namespace, context: AppContext) -> int:
    import asyncio

    if not args.once:
        return asyncio.run(_forever(context))
    results = sync_round(context)
    for result in results:
        print_fields(*result.as_line().split("\t"))
        sys.stdout.flush()
    for result in results:
        name = printable(result.name)
        if not result.ok:
            print(f"{APP_ID}: account {result.account_id} ({name}) failed", file=sys.stderr)
        elif result.sending_failed:
            print(
                f"{APP_ID}: account {result.account_id} ({name}): "
                "a reply was not sent (see the outbox)",
                file=sys.stderr,
            )
    # Exit 1 when an account failed or a due reply was not sent in this round.
    failed = any(not r.ok or r.sending_failed for r in results)
    return EXIT_FAILED if failed else EXIT_OK


async def _forever(context: AppContext) -> int:
    import asyncio

    engine = context.sync_engine()
    try:
        await engine.run_forever(asyncio.Event())
    finally:
        await engine.aclose()
    return EXIT_OK
