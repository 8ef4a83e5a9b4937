"""A sending process for the crash tests: ``python -m tests.sending.runner DATA_DIR``.

It opens the data folder like the app does, registers the test HTTP connector,
and runs sync rounds (fetch, then send) until nothing is left to send: no item
``approved``, ``sending``, or ``failed`` with a next attempt. Short leases and
backoff keep the test fast; everything else is the production code path.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, or_, select

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.backoff import BackoffPolicy
from socialinbox.core.outbox import OutboxState
from socialinbox.storage.schema import OutboxItem
from socialinbox.sync.engine import SyncEngine
from socialinbox.sync.sender import Sender
from tests.sending.http_connector import HttpTestConnectorFactory

TEST_BACKOFF = BackoffPolicy(
    base=timedelta(milliseconds=100), cap=timedelta(seconds=1), max_attempts=50
)
TEST_LEASE = timedelta(seconds=5)


def pending(context: AppContext) -> int:
    """Items some sender still has to act on."""
    with context.db.read() as session:
        return int(
            session.execute(
                select(func.count(OutboxItem.id)).where(
                    or_(
                        OutboxItem.state.in_([OutboxState.APPROVED, OutboxState.SENDING]),
                        (OutboxItem.state == OutboxState.FAILED)
                        & OutboxItem.next_attempt_at.is_not(None),
                    )
                )
            ).scalar_one()
        )


async def run_until_idle(context: AppContext) -> None:
    sender = Sender(
        delivery=context.delivery,
        writer=context.writer,
        clock=context.clock,
        owner=context.origin,
        backoff=TEST_BACKOFF,
        lease=TEST_LEASE,
    )
    engine = SyncEngine(
        accounts=context.accounts,
        ingest=context.ingest,
        writer=context.writer,
        registry=context.registry,
        secrets=context.secrets,
        clock=context.clock,
        sender=sender,
    )
    try:
        while True:
            results = await engine.run_once()
            if not pending(context):
                break
            sent = sum(r.sent for r in results)
            # Others' leases or backoff: look again shortly.
            await asyncio.sleep(0 if sent else 0.1)
    finally:
        await engine.aclose()


def main(argv: list[str]) -> int:
    context = AppContext(AppOptions(data_dir=Path(argv[0]), user="runner"))
    context.registry.register(HttpTestConnectorFactory())
    try:
        asyncio.run(run_until_idle(context))
    finally:
        context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
