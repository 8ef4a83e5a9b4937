"""Fixtures of the sending tests: recording servers and a data folder with queued replies."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext, AppOptions
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message
from tests.helpers import batch, message
from tests.sending.http_connector import KIND, HttpTestConnectorFactory
from tests.sending.http_fakes import RecordingServer


@pytest.fixture
def real_context(tmp_path, memory_keyring) -> Iterator[AppContext]:
    """A context on the system clock, for tests that share the database with other processes."""
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester"), secrets=SecretStore(memory_keyring)
    )
    ctx.registry.register(HttpTestConnectorFactory())
    yield ctx
    ctx.close()


@pytest.fixture
def idempotent_server() -> Iterator[RecordingServer]:
    server = RecordingServer(idempotent=True).start()
    yield server
    server.stop()


@pytest.fixture
def plain_server() -> Iterator[RecordingServer]:
    server = RecordingServer(idempotent=False).start()
    yield server
    server.stop()


def add_http_account(
    context: AppContext, name: str, server: RecordingServer, timeout: float = 10.0
) -> int:
    if KIND not in context.registry.kinds():
        context.registry.register(HttpTestConnectorFactory())
    account = context.writer.call(
        context.accounts.create,
        KIND,
        name,
        base_url=server.url,
        settings={"idempotent": str(server.idempotent).lower(), "timeout": timeout},
    )
    return account.id


def queue_replies(context: AppContext, account_id: int, count: int, prefix: str) -> list[int]:
    """``count`` customer messages, each in its own thread, each with an approved reply
    whose text is ``f"{prefix}-{n}"``. Returns the outbox ids."""
    start = context.clock.now() - timedelta(hours=2)
    messages = [
        message(
            f"{prefix}-in-{n}",
            start + timedelta(seconds=n),
            channel="bluesky",
            author_key=f"did:plc:{prefix}{n}",
            handle=f"{prefix}{n}.bsky.social",
            text=f"question {n}",
        )
        for n in range(count)
    ]
    context.writer.call(context.ingest.store_batch, account_id, batch(*messages))
    with context.db.read() as session:
        ids = dict(
            session.execute(
                select(Message.remote_id, Message.id).where(Message.account_id == account_id)
            ).all()
        )
    outbox_ids = []
    for n in range(count):
        created = context.writer.call(
            context.outbox.create_reply,
            ids[f"{prefix}-in-{n}"],
            f"{prefix}-{n}",
            "writer",
            approve=True,
        )
        outbox_ids.append(created.item.id)
    return outbox_ids
