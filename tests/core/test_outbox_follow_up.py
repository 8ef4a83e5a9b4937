"""Following up on another channel, editing a reply that was sent back, sending without a fetch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from socialinbox.app import AppContext
from socialinbox.core.business_settings import REPLIES_NEED_REVIEW
from socialinbox.core.outbox_service import OutboxError
from socialinbox.core.textlimit import TextTooLong
from socialinbox.storage.schema import Message
from tests.conftest import sync_once, with_engine
from tests.helpers import batch, message
from tests.sending.http_connector import KIND, HttpTestConnectorFactory


def complaint(context: AppContext, account_id: int) -> tuple[int, int]:
    """A public Bluesky complaint from Anna; (message id, contact id)."""
    now = context.clock.now()
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(
            message(
                "c1",
                now - timedelta(minutes=5),
                channel="bluesky",
                author_key="did:plc:anna",
                author_name="Anna Berg",
                handle="@anna.bsky.social",
                text="Cold soup again. Never coming back.",
            )
        ),
    )
    with context.db.read() as session:
        row = session.execute(
            select(Message.id, Message.contact_id).where(Message.remote_id == "c1")
        ).one()
    return row.id, row.contact_id


@pytest.fixture
def social_account(context: AppContext) -> int:
    """A Bluesky-like account (300 graphemes) that sends only on Bluesky."""
    context.registry.register(HttpTestConnectorFactory())
    account = context.writer.call(
        context.accounts.create, KIND, "Shop on Bluesky", base_url="http://127.0.0.1:9"
    )
    return account.id


def test_the_customers_other_channels_are_offered_where_an_account_sends(
    context: AppContext, social_account: int
) -> None:
    message_id, contact_id = complaint(context, social_account)
    context.writer.call(context.contacts.link, contact_id, "email", "anna@example.com")
    context.writer.call(context.contacts.update, contact_id, preferred_channel="email")
    # Only the Bluesky account is connected: e-mail cannot be sent yet.
    [own] = context.outbox.reply_channels(message_id)
    assert (own.channel, own.same, own.account_id) == ("bluesky", True, social_account)
    with pytest.raises(OutboxError, match="no connected account sends on E-mail"):
        context.writer.call(context.outbox.create_reply, message_id, "Hi", "ann", via="email")

    # With an account that sends e-mail (the demo one sends on every network): offered,
    # marked preferred, and measured by that account's connector.
    demo = context.writer.call(context.accounts.create, "demo", "Demo")
    own, mail = context.outbox.reply_channels(message_id)
    assert (own.channel, own.preferred) == ("bluesky", False)
    assert (mail.channel, mail.same, mail.preferred) == ("email", False, True)
    assert (mail.account_id, mail.recipient) == (demo.id, "anna@example.com")
    assert context.outbox.text_limit(own.account_id, own.channel).max_length == 300
    assert context.outbox.text_limit(mail.account_id, mail.channel).max_length == 500


def test_a_public_answer_then_a_follow_up_by_email_is_no_duplicate(
    context: AppContext, social_account: int
) -> None:
    message_id, contact_id = complaint(context, social_account)
    context.writer.call(context.contacts.link, contact_id, "email", "anna@example.com")
    demo = context.writer.call(context.accounts.create, "demo", "Demo")
    public = context.writer.call(
        context.outbox.create_reply,
        message_id,
        "So sorry, Anna. We will make it right.",
        "ann",
        approve=True,
    )
    follow_up = context.writer.call(
        context.outbox.create_reply,
        message_id,
        "Dear Anna, " + "we would love to invite you back. " * 10,  # over Bluesky's 300
        "ann",
        via="email",
        approve=True,
    )
    assert follow_up.warnings == ()  # another channel: not a second reply
    item = follow_up.item
    assert (item.channel, item.account_id, item.recipient) == ("email", demo.id, "anna@example.com")
    assert item.message_id == message_id and item.thread_key is None
    assert public.item.channel == "bluesky"
    again = context.writer.call(
        context.outbox.create_reply, message_id, "Did you get our mail?", "ann", via="email"
    )
    assert again.warnings and f"#{item.id}" in again.warnings[0]


def test_a_reply_sent_back_is_edited_and_resubmitted_with_its_trail(
    context: AppContext, social_account: int
) -> None:
    message_id, _ = complaint(context, social_account)
    context.writer.call(context.business.set, REPLIES_NEED_REVIEW, True)
    item_id = context.writer.call(
        context.outbox.create_reply, message_id, "Sorry.", "junior"
    ).item.id
    context.writer.call(context.outbox.send_back, item_id, "senior", "Offer a free dessert")
    resubmit = context.outbox.resubmit
    with pytest.raises(OutboxError, match=r"template field \{first_name\}"):
        context.writer.call(resubmit, item_id, "Sorry {first_name}, dessert on us", "junior")
    with pytest.raises(TextTooLong):
        context.writer.call(resubmit, item_id, "x" * 301, "junior")
    with pytest.raises(OutboxError, match="template field"):
        context.writer.call(context.outbox.edit, item_id, "Hi {first_name}", "junior")
    assert context.outbox.get(item_id).state == "draft"

    context.writer.call(resubmit, item_id, "Sorry, Anna: dessert is on us next time.", "junior")
    item = context.outbox.get(item_id)
    assert item.state == "awaiting_review" and item.text.startswith("Sorry, Anna")
    [trail] = context.outbox.audit_trail([item_id])
    assert [(e["actor"], e["event"]) for e in trail["events"]] == [
        ("junior", "created"),
        ("senior", "sent_back"),
        ("junior", "edited"),
        ("junior", "submitted"),
    ]
    assert trail["events"][1]["detail"] == "Offer a free dessert"
    assert trail["events"][2]["detail"] == "Sorry, Anna: dessert is on us next time."


def _send_due(context: AppContext) -> list:
    return with_engine(context, lambda engine: engine.send_due())


def _set_offline(context: AppContext, account_id: int, offline: bool) -> None:
    settings = {"offline": "true" if offline else "false"}
    context.writer.call(context.accounts.update_settings, account_id, settings)


def test_a_send_only_round_sends_without_fetching_and_says_when_offline(
    context: AppContext,
) -> None:
    account = context.writer.call(context.accounts.create, "demo", "Demo")
    sync_once(context)
    assert _send_due(context) == []  # nothing to send: no account is touched
    before = context.accounts.get(account.id)
    cursor = context.accounts.cursor(account.id)
    with context.db.read() as session:
        first = session.execute(select(Message.id).order_by(Message.id)).scalars().first()
        stored = session.execute(select(func.count(Message.id))).scalar_one()
    created = context.writer.call(
        context.outbox.create_reply, first, "Thank you!", "ann", approve=True
    )

    _set_offline(context, account.id, True)
    context.clock.advance(timedelta(seconds=30))
    [result] = _send_due(context)
    assert not result.ok and "offline" in result.detail and result.sent == 0
    offline = context.accounts.get(account.id)
    assert offline.status == "error" and "sending: offline" in (offline.last_error or "")
    assert offline.last_sync == before.last_sync  # no fetch happened
    assert offline.next_sync is not None and offline.next_sync < before.next_sync  # type: ignore[operator]
    assert context.outbox.get(created.item.id).state == "approved"

    _set_offline(context, account.id, False)
    [result] = _send_due(context)
    assert result.ok and result.sent == 1 and result.new == 0
    after = context.accounts.get(account.id)
    assert after.status == "ok" and after.last_error is None
    assert after.last_sync == before.last_sync
    assert context.accounts.cursor(account.id) == cursor
    assert context.outbox.get(created.item.id).state == "sent"
    with context.db.read() as session:
        # The only new message is the sent reply itself; the demo's second batch
        # (delivered by the next fetch) has not arrived.
        assert session.execute(select(func.count(Message.id))).scalar_one() == stored + 1
    assert _send_due(context) == []
