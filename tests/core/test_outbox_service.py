"""Writing and reviewing replies: limits, the four-eyes rule, threads, the audit trail."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from socialinbox.core.business_settings import REPLIES_NEED_REVIEW
from socialinbox.core.outbox import OutboxState, TransitionRefused
from socialinbox.core.outbox_service import OutboxError, ReviewRefused
from socialinbox.core.textlimit import TextTooLong, measure
from socialinbox.storage.schema import Message
from tests.helpers import batch, message
from tests.sending.http_connector import KIND, HttpTestConnectorFactory


@pytest.fixture
def shop(context):
    """A Bluesky-like account (300 graphemes) with two customer threads."""
    context.registry.register(HttpTestConnectorFactory())
    account = context.writer.call(
        context.accounts.create, KIND, "Shop", base_url="http://127.0.0.1:9"
    )
    now = context.clock.now()
    context.writer.call(
        context.ingest.store_batch,
        account.id,
        batch(
            message("a1", now - timedelta(hours=1), channel="bluesky", author_key="did:plc:a"),
            message("b1", now - timedelta(minutes=30), channel="bluesky", author_key="did:plc:b"),
        ),
    )
    return context, account.id


def message_id(context, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def reply(context, remote_id: str, text: str, author: str = "ann", **kwargs):
    return context.writer.call(
        context.outbox.create_reply, message_id(context, remote_id), text, author, **kwargs
    )


def set_review(context, on: bool) -> None:
    context.writer.call(context.business.set, REPLIES_NEED_REVIEW, on)


def test_graphemes_are_counted_as_people_see_them():
    family = "👩‍👩‍👧‍👦"  # one grapheme, seven code points
    flag = "🇫🇷"
    assert measure(family * 3 + flag, "graphemes") == 4
    assert measure(family, "characters") == 7
    assert measure("é", "bytes") == 2


def test_text_over_the_limit_is_refused_and_nothing_is_stored(shop):
    context, _ = shop
    family = "👩‍👩‍👧‍👦"
    created = reply(context, "a1", family * 300)  # 300 graphemes, 2100 code points: fits
    assert created.item.state == OutboxState.DRAFT
    with pytest.raises(TextTooLong, match=r"301 graphemes.*at most 300 graphemes \(1 too many\)"):
        reply(context, "a1", family * 301)
    assert len(context.outbox.list_items()) == 1


def test_a_reply_is_stored_first_with_a_stable_key_and_a_warning_for_a_second_one(shop):
    context, _ = shop
    first = reply(context, "a1", "Thanks!", approve=True)
    assert first.warnings == ()
    assert first.item.state == OutboxState.APPROVED and first.item.approved_by == "ann"
    assert len(first.item.idempotency_key) == 32
    second = reply(context, "a1", "Thanks again!")
    assert second.warnings and f"#{first.item.id} (approved)" in second.warnings[0]
    assert context.outbox.get(first.item.id).idempotency_key == first.item.idempotency_key
    # A discarded reply does not count.
    context.writer.call(context.outbox.discard, first.item.id, "ann")
    context.writer.call(context.outbox.discard, second.item.id, "ann")
    assert reply(context, "a1", "Third").warnings == ()


def test_with_review_on_the_author_cannot_approve_their_own_reply(shop):
    context, _ = shop
    set_review(context, True)
    created = reply(context, "a1", "Sorry about that", approve=True)
    assert created.item.state == OutboxState.AWAITING_REVIEW
    assert any("another person must approve" in w for w in created.warnings)
    with pytest.raises(ReviewRefused, match="another person must approve"):
        context.writer.call(context.outbox.approve, created.item.id, "ann")
    context.writer.call(context.outbox.approve, created.item.id, "bob")
    item = context.outbox.get(created.item.id)
    assert item.state == OutboxState.APPROVED and item.approved_by == "bob"


def test_with_review_off_the_author_approves(shop):
    context, _ = shop
    created = reply(context, "a1", "On its way")
    assert created.item.state == OutboxState.DRAFT
    context.writer.call(context.outbox.approve, created.item.id, "ann")
    assert context.outbox.get(created.item.id).state == OutboxState.APPROVED


def test_send_back_with_a_comment_returns_the_reply_to_its_author(shop):
    context, _ = shop
    set_review(context, True)
    created = reply(context, "a1", "We are sorry")
    with pytest.raises(OutboxError, match="needs a comment"):
        context.writer.call(context.outbox.send_back, created.item.id, "bob", "  ")
    context.writer.call(context.outbox.send_back, created.item.id, "bob", "Offer a refund")
    item = context.outbox.get(created.item.id)
    assert item.state == OutboxState.DRAFT and item.review_comment == "Offer a refund"
    context.writer.call(context.outbox.edit, item.id, "We are sorry: refund on its way", "ann")
    context.writer.call(context.outbox.submit, item.id, "ann")
    context.writer.call(context.outbox.approve, item.id, "bob")
    assert context.outbox.get(item.id).state == OutboxState.APPROVED


def test_discarded_and_sent_replies_cannot_be_approved(shop):
    context, _ = shop
    created = reply(context, "a1", "Bye")
    context.writer.call(context.outbox.discard, created.item.id, "ann")
    with pytest.raises(TransitionRefused, match="discarded cannot be approved"):
        context.writer.call(context.outbox.approve, created.item.id, "ann")


def test_the_customer_writing_again_returns_an_approved_reply_to_review(shop):
    context, account_id = shop
    in_thread = reply(context, "a1", "See you Friday", approve=True)
    other_thread = reply(context, "b1", "Noted", approve=True)
    now = context.clock.now()
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(
            message(
                "a2",
                now,
                channel="bluesky",
                author_key="did:plc:a",
                thread_remote_id="a1",
                in_reply_to_remote_id="a1",
                text="Actually, can we make it Saturday?",
            )
        ),
    )
    assert context.outbox.get(in_thread.item.id).state == OutboxState.AWAITING_REVIEW
    assert context.outbox.get(in_thread.item.id).approved_by is None
    assert context.outbox.get(other_thread.item.id).state == OutboxState.APPROVED
    events = context.outbox.audit_trail([in_thread.item.id])[0]["events"]
    assert events[-1]["event"] == "returned_for_review"


def test_within_a_thread_a_reply_waits_while_an_earlier_one_is_unsettled(shop):
    context, account_id = shop
    first = reply(context, "a1", "First", approve=True).item.id
    second = reply(context, "a1", "Second", approve=True).item.id
    elsewhere = reply(context, "b1", "Other thread", approve=True).item.id
    delivery = context.delivery

    claim = context.writer.call(delivery.claim_next, account_id, owner="desk-1")
    assert claim.item.id == first
    # While the first is sending, the second waits; the other thread does not.
    held = context.writer.call(
        delivery.claim_next, account_id, owner="desk-2", lease=timedelta(hours=1)
    )
    assert held.item.id == elsewhere
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-2") is None
    # Failed (due later) still blocks the thread.
    later = context.clock.now() + timedelta(minutes=5)
    context.writer.call(
        delivery.record_failed, claim, "boom", next_attempt_at=later, uncertain=False
    )
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-2") is None
    context.clock.advance(timedelta(minutes=6))
    again = context.writer.call(delivery.claim_next, account_id, owner="desk-2")
    assert again.item.id == first and again.item.attempts == 2
    context.writer.call(delivery.record_outcome_unknown, again, "no answer")
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-2") is None
    # A person decides; then the second may go.
    context.writer.call(context.outbox.mark_sent, first, "ann")
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-2").item.id == second


def test_a_live_lease_is_never_taken_and_a_lapsed_one_is_taken_for_recovery(shop):
    context, account_id = shop
    item = reply(context, "a1", "Hello", approve=True).item.id
    delivery = context.delivery
    held = context.writer.call(
        delivery.claim_next, account_id, owner="otherhost:1", lease=timedelta(minutes=2)
    )
    assert held.item.id == item and not held.uncertain
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-2") is None
    context.clock.advance(timedelta(minutes=3))
    recovered = context.writer.call(delivery.claim_next, account_id, owner="desk-2")
    assert recovered.item.id == item and recovered.uncertain and recovered.item.attempts == 1
    # The old owner's late outcome is ignored: it no longer holds the lease.
    assert not context.writer.call(
        delivery.record_failed, held, "late", next_attempt_at=None, uncertain=False
    )
    assert context.outbox.get(item).state == OutboxState.SENDING


def test_the_audit_trail_exports_every_step_as_json(shop):
    context, account_id = shop
    set_review(context, True)
    item = reply(context, "a1", "Draft one").item.id
    context.writer.call(context.outbox.send_back, item, "bob", "Be warmer")
    context.writer.call(context.outbox.edit, item, "Warm draft", "ann")
    context.writer.call(context.outbox.submit, item, "ann")
    context.writer.call(context.outbox.approve, item, "bob")
    claim = context.writer.call(context.delivery.claim_next, account_id, owner="desk-1")
    context.writer.call(
        context.delivery.record_failed,
        claim,
        "server error 500",
        next_attempt_at=None,
        uncertain=False,
    )
    trail = json.loads(json.dumps(context.outbox.audit_trail()))
    (exported,) = trail
    assert exported["author"] == "ann" and exported["approved_by"] == "bob"
    assert [(e["actor"], e["event"]) for e in exported["events"]] == [
        ("ann", "created"),
        ("bob", "sent_back"),
        ("ann", "edited"),
        ("ann", "submitted"),
        ("bob", "approved"),
        ("desk-1", "attempt"),
        ("desk-1", "failed"),
    ]
    assert exported["events"][2]["detail"] == "Warm draft"
    assert "server error 500" in exported["events"][-1]["detail"]


def test_a_follow_up_on_another_channel_needs_an_address_there(shop):
    context, _ = shop
    with pytest.raises(OutboxError, match="no known address on"):
        reply(context, "a1", "Hello by mail", via="email")
    with pytest.raises(OutboxError, match="unknown channel"):
        reply(context, "a1", "Hello", via="pigeon")


def test_a_long_blocked_thread_does_not_hide_other_threads(shop):
    context, account_id = shop
    delivery = context.delivery
    stuck = reply(context, "a1", "First", approve=True).item.id
    claim = context.writer.call(delivery.claim_next, account_id, owner="desk-1")
    assert claim.item.id == stuck
    context.writer.call(delivery.record_outcome_unknown, claim, "no answer")
    for n in range(120):
        reply(context, "a1", f"Queued behind {n}", approve=True)
    other = reply(context, "b1", "Other thread", approve=True).item.id
    assert context.writer.call(delivery.claim_next, account_id, owner="desk-1").item.id == other


def test_replies_to_one_message_and_the_review_rule_are_readable(shop):
    context, _ = shop
    assert context.outbox.for_message(message_id(context, "a1")) == []
    first = reply(context, "a1", "One")
    second = reply(context, "a1", "Two")
    reply(context, "b1", "Other")
    found = context.outbox.for_message(message_id(context, "a1"))
    assert [i.id for i in found] == [second.item.id, first.item.id]
    assert context.outbox.needs_review() is False
    set_review(context, True)
    assert context.outbox.needs_review() is True
