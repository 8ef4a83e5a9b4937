"""Fault injection against real HTTP servers on 127.0.0.1: 500, 429, timeouts, dropped
connections and refused sign-in, on a network with idempotency keys and one without."""

from __future__ import annotations

import asyncio
import random
from datetime import timedelta

import httpx
from sqlalchemy import select

from socialinbox.core.backoff import BackoffPolicy
from socialinbox.core.connector import OutgoingReply
from socialinbox.core.outbox import OutboxState
from socialinbox.storage.schema import Message
from socialinbox.sync.sender import Sender
from tests.conftest import sync_once
from tests.sending.conftest import add_http_account, queue_replies
from tests.sending.http_fakes import RETRY_AFTER_SECONDS

FAULTS = ("ok", "500", "timeout", "drop", "429")


def make_sender(context) -> Sender:
    return Sender(
        delivery=context.delivery,
        writer=context.writer,
        clock=context.clock,
        owner=context.origin,
        backoff=BackoffPolicy(base=timedelta(seconds=10), cap=timedelta(minutes=1)),
        random_source=random.Random(1).random,
    )


def drain(context, account_id: int):
    async def run():
        engine = context.sync_engine()
        try:
            connector = await engine.connector_for(context.accounts.get(account_id))
            return await make_sender(context).drain(account_id, connector)
        finally:
            await engine.aclose()

    return asyncio.run(run())


def by_text(context) -> dict:
    return {item.text: item for item in context.outbox.list_items()}


def queue_faulty(context, server, name: str) -> int:
    account_id = add_http_account(context, name, server, timeout=0.5)
    queue_replies(context, account_id, len(FAULTS), name)
    for n, fault in enumerate(FAULTS):
        if fault != "ok":
            server.add_fault(f"{name}-{n}", fault)
    return account_id


def test_faults_are_retried_where_safe_and_never_duplicated(
    context, idempotent_server, plain_server
):
    idem = queue_faulty(context, idempotent_server, "idem")
    plain = queue_faulty(context, plain_server, "plain")
    start = context.clock.now()

    first = {name: drain(context, account) for name, account in (("idem", idem), ("plain", plain))}
    items = by_text(context)
    for name in ("idem", "plain"):
        ok, e500, _timeout, _drop, e429 = (items[f"{name}-{n}"] for n in range(len(FAULTS)))
        assert ok.state == OutboxState.SENT and ok.remote_id and ok.sent_at
        # HTTP 500: certainly not created; backoff with jitter within the first ceiling.
        assert e500.state == OutboxState.FAILED and e500.attempts == 1
        assert "server error 500" in e500.last_error
        assert start < e500.next_attempt_at <= start + timedelta(seconds=10)
        # 429 with Retry-After: exactly that long, and the account's round stopped there.
        assert e429.state == OutboxState.FAILED
        assert e429.next_attempt_at == start + timedelta(seconds=RETRY_AFTER_SECONDS)
        assert "rate-limited" in e429.last_error and "rate-limited" in first[name].problem
    for text in ("idem-2", "idem-3"):
        # Timeout and dropped connection on the idempotent network: retried with the same key.
        assert items[text].state == OutboxState.FAILED, text
        assert "may not have arrived" in items[text].last_error
    for text in ("plain-2", "plain-3"):
        # ...on the plain network nobody can tell: a person decides.
        assert items[text].state == OutboxState.OUTCOME_UNKNOWN, text
        assert items[text].next_attempt_at is None

    # Before Retry-After has passed, the rate-limited reply is not tried again.
    context.clock.advance(timedelta(seconds=60))
    for account in (idem, plain):
        drain(context, account)
    assert by_text(context)["idem-4"].state == OutboxState.FAILED
    assert len([r for r in idempotent_server.requests() if r.text == "idem-4"]) == 1

    context.clock.advance(timedelta(seconds=RETRY_AFTER_SECONDS))
    for account in (idem, plain):
        drain(context, account)
    items = by_text(context)
    assert {t: i.state for t, i in items.items() if t.startswith("idem")} == {
        f"idem-{n}": OutboxState.SENT for n in range(len(FAULTS))
    }
    assert idempotent_server.deliveries() == {f"idem-{n}": 1 for n in range(len(FAULTS))}
    assert {t: i.state for t, i in items.items() if t.startswith("plain")} == {
        "plain-0": OutboxState.SENT,
        "plain-1": OutboxState.SENT,
        "plain-2": OutboxState.OUTCOME_UNKNOWN,
        "plain-3": OutboxState.OUTCOME_UNKNOWN,
        "plain-4": OutboxState.SENT,
    }
    assert max(plain_server.deliveries().values()) == 1
    # The idempotent server saw the timed-out reply twice, under one key.
    keys = {r.key for r in idempotent_server.requests() if r.text == "idem-2"}
    assert len([r for r in idempotent_server.requests() if r.text == "idem-2"]) == 2
    assert keys == {items["idem-2"].idempotency_key}
    trail = context.outbox.audit_trail([items["idem-2"].id])[0]["events"]
    assert [e["event"] for e in trail] == [
        "created",
        "approved",
        "attempt",
        "failed",
        "attempt",
        "sent",
    ]


def test_a_refused_sign_in_stops_the_account_and_says_which(context, plain_server):
    account_id = add_http_account(context, "Plain network", plain_server)
    queue_replies(context, account_id, 2, "auth")
    plain_server.add_fault("auth-0", "401")
    (result,) = sync_once(context)
    assert not result.ok and "sign-in refused" in result.detail and result.sent == 0
    account = context.accounts.get(account_id)
    assert account.status == "error" and "re-authenticate" in account.last_error
    items = by_text(context)
    # Not sent, certainly: back in the queue, the second never tried.
    assert items["auth-0"].state == OutboxState.APPROVED
    assert "sign-in refused" in items["auth-0"].last_error
    assert items["auth-1"].state == OutboxState.APPROVED and items["auth-1"].attempts == 0
    assert plain_server.deliveries() == {}

    (result,) = sync_once(context)
    assert result.ok and result.sent == 2
    assert plain_server.deliveries() == {"auth-0": 1, "auth-1": 1}


def test_offline_replies_wait_and_go_out_when_the_network_returns(demo_context):
    context = demo_context
    (account,) = context.accounts.list_accounts()
    context.writer.call(context.accounts.update_settings, account.id, {"offline": "true"})
    with context.db.read() as session:
        target = (
            session.execute(
                select(Message)
                .where(Message.inbound.is_(True), Message.needs_reply.is_(True))
                .order_by(Message.id)
            )
            .scalars()
            .first()
        )
    created = context.writer.call(
        context.outbox.create_reply, target.id, "Thank you, see you soon!", "ann", approve=True
    )
    (result,) = sync_once(context)
    assert not result.ok and "offline" in result.detail
    item = context.outbox.get(created.item.id)
    assert item.state == OutboxState.APPROVED and "offline" in item.last_error

    context.clock.advance(timedelta(minutes=7))
    context.writer.call(context.accounts.update_settings, account.id, {"offline": "false"})
    (result,) = sync_once(context)
    assert result.ok and result.sent == 1
    item = context.outbox.get(created.item.id)
    assert item.state == OutboxState.SENT and item.remote_id.startswith("demo-reply-")
    with context.db.read() as session:
        answered = session.get(Message, target.id)
        outbound = session.execute(
            select(Message).where(Message.remote_id == item.remote_id)
        ).scalar_one()
    assert answered.replied_at == item.sent_at and not answered.needs_reply
    assert answered.response_seconds == int((item.sent_at - target.created_at).total_seconds())
    assert not outbound.inbound and outbound.thread_key == answered.thread_key
    assert outbound.in_reply_to_remote_id == answered.remote_id
    assert outbound.contact_id == answered.contact_id
    # The thread shows who wrote it ("You · <author>"), never "Unknown".
    assert outbound.author_name == item.author and item.author


def crash_mid_send(context, account_id: int):
    """A sender on another machine claims the next item and is never heard of again."""
    return context.writer.call(
        context.delivery.claim_next, account_id, owner="elsewhere:1", lease=timedelta(minutes=2)
    )


def test_after_a_crash_an_idempotent_network_gets_the_same_key_within_its_window(
    context, idempotent_server
):
    account_id = add_http_account(context, "Idempotent network", idempotent_server)
    queue_replies(context, account_id, 2, "window")
    crashed = crash_mid_send(context, account_id)
    # The crashed sender's request did arrive; its answer was lost with the process.
    httpx.post(
        f"{idempotent_server.url}/api/v1/statuses",
        json={"status": crashed.item.text},
        headers={"Idempotency-Key": crashed.item.idempotency_key},
    )
    drain(context, account_id)  # the live lease is respected: only the other item goes
    assert by_text(context)[crashed.item.text].state == OutboxState.SENDING
    context.clock.advance(timedelta(minutes=3))
    drain(context, account_id)
    item = by_text(context)[crashed.item.text]
    assert item.state == OutboxState.SENT and item.attempts == 1
    events = [e["event"] for e in context.outbox.audit_trail([item.id])[0]["events"]]
    assert events == ["created", "approved", "attempt", "recovering", "sent"]
    # Sent again under the same key, and the network kept one post.
    assert [r.key for r in idempotent_server.requests() if r.text == item.text] == [
        item.idempotency_key
    ] * 2
    assert idempotent_server.deliveries()[item.text] == 1


def test_a_reply_in_sending_longer_than_the_idempotency_window_is_never_resent(
    context, idempotent_server
):
    account_id = add_http_account(context, "Idempotent network", idempotent_server)
    queue_replies(context, account_id, 1, "old")
    crashed = crash_mid_send(context, account_id)
    context.clock.advance(timedelta(hours=1, minutes=1))
    drain(context, account_id)
    item = context.outbox.get(crashed.item.id)
    assert item.state == OutboxState.OUTCOME_UNKNOWN
    assert "idempotency window" in item.last_error
    assert idempotent_server.requests() == []


def test_after_a_crash_a_look_up_decides_instead_of_resending(demo_context):
    context = demo_context
    (account,) = context.accounts.list_accounts()
    with context.db.read() as session:
        targets = (
            session.execute(
                select(Message.id)
                .where(Message.inbound.is_(True), Message.needs_reply.is_(True))
                .order_by(Message.id)
            )
            .scalars()
            .all()[:2]
        )
    for n, target in enumerate(targets):
        context.writer.call(context.outbox.create_reply, target, f"Reply {n}", "ann", approve=True)
    arrived = crash_mid_send(context, account.id)
    lost = crash_mid_send(context, account.id)

    async def deliver_first_before_the_crash():
        engine = context.sync_engine()
        try:
            connector = await engine.connector_for(account)
            reply = OutgoingReply(arrived.item.text, arrived.item.channel, None, None, None)
            await connector.send(reply, arrived.item.idempotency_key)
        finally:
            await engine.aclose()

    asyncio.run(deliver_first_before_the_crash())
    context.clock.advance(timedelta(minutes=3))
    drain(context, account.id)
    for claim, last_event in ((arrived, "found_sent"), (lost, "sent")):
        item = context.outbox.get(claim.item.id)
        assert item.state == OutboxState.SENT
        assert item.remote_id == f"demo-reply-{item.idempotency_key}"
        events = context.outbox.audit_trail([item.id])[0]["events"]
        assert [e["event"] for e in events][-2:] == ["recovering", last_event]


def test_a_certain_failure_does_not_clear_an_earlier_doubt(context, idempotent_server):
    account_id = add_http_account(context, "Idempotent network", idempotent_server, timeout=0.5)
    queue_replies(context, account_id, 1, "doubt")
    idempotent_server.add_fault("doubt-0", "timeout", "500")
    drain(context, account_id)  # timeout: may have arrived
    context.clock.advance(timedelta(minutes=10))
    drain(context, account_id)  # within the window, same key again: HTTP 500
    (item,) = context.outbox.list_items()
    assert item.state == OutboxState.FAILED and "500" in item.last_error
    # Past the window the first attempt's fate still counts: no third request.
    context.clock.advance(timedelta(hours=1))
    drain(context, account_id)
    (item,) = context.outbox.list_items()
    assert item.state == OutboxState.OUTCOME_UNKNOWN
    assert len(idempotent_server.requests()) == 2
