"""The bundled demo data and the demo connector."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from socialinbox.channels.demo import DemoConnector, load_demo_data
from socialinbox.core.connector import AccountConfig, ConnectorContext, OfflineError, OutgoingReply


def test_the_demo_data_is_rich_enough_to_try_the_app():
    data = load_demo_data()
    messages = data["messages"]
    assert len(messages) >= 60
    assert len({m["channel"] for m in messages}) >= 6
    kinds = {m["kind"] for m in messages}
    assert {"mention", "direct", "review", "email", "comment"} <= kinds
    spring = [
        m
        for m in messages
        if "cornbread" in m["text"].lower() and m["author"]["name"] == "Maya Okafor"
    ]
    assert spring and min(m["minutes_ago"] for m in spring) > 150 * 24 * 60
    assert any(m["author"]["name"] == "Maya Okafor" for m in data["second_batch"])


def _connector(clock, **settings) -> DemoConnector:
    account = AccountConfig(1, "demo-uuid-test", "demo", "Demo", settings=settings)
    return DemoConnector(ConnectorContext(account, None, None, clock))


def test_times_are_relative_to_the_first_sync(clock):
    async def first_batch():
        return [b async for b in _connector(clock).fetch(None)]

    [batch] = asyncio.run(first_batch())
    newest = max(m.created_at for m in batch.messages)
    assert clock.now() - timedelta(hours=1) < newest <= clock.now()
    assert batch.cursor is not None


def test_replies_are_idempotent_and_offline_fails_like_a_network(clock):
    reply = OutgoingReply("Thanks!", "x", "m004", "m004", None)
    connector = _connector(clock)
    first = asyncio.run(connector.send(reply, "key-1"))
    again = asyncio.run(connector.send(reply, "key-1"))
    assert first == again
    assert asyncio.run(connector.find_sent(reply, "key-1")) == first
    assert asyncio.run(connector.find_sent(reply, "key-2")) is None
    offline = _connector(clock, offline="true")
    try:
        asyncio.run(offline.send(reply, "key-3"))
    except OfflineError as exc:
        assert "offline" in str(exc)
    else:
        raise AssertionError("an offline demo network must refuse to send")
