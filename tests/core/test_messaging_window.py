"""Meta's messaging window (core.messaging_window) and the outbox that keeps to it: a
private Messenger or Instagram message is answered normally within 24 hours, only by a
person's reply up to 7 days, and not at all after that — then the customer's other
channels are offered instead. Time moves with the injectable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.clock import FakeClock
from socialinbox.core.messaging_window import ReplyWindow, reply_window, send_as
from socialinbox.core.outbox_service import OutboxError
from socialinbox.storage.schema import Message
from tests.helpers import batch, message

WROTE = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("later", "window"),
    [
        (timedelta(0), ReplyWindow.STANDARD),
        (timedelta(hours=23, minutes=59), ReplyWindow.STANDARD),
        (timedelta(hours=24), ReplyWindow.STANDARD),
        (timedelta(hours=24, seconds=1), ReplyWindow.HUMAN_AGENT),
        (timedelta(days=6, hours=23), ReplyWindow.HUMAN_AGENT),
        (timedelta(days=7), ReplyWindow.HUMAN_AGENT),
        (timedelta(days=7, seconds=1), ReplyWindow.CLOSED),
        (timedelta(days=40), ReplyWindow.CLOSED),
        (-timedelta(minutes=3), ReplyWindow.STANDARD),  # a clock a little behind Meta's
    ],
)
def test_the_window_after_the_customers_last_message(later, window):
    clock = FakeClock(WROTE)
    clock.advance(later)
    assert reply_window(WROTE, clock.now()).window is window


def test_a_reply_no_person_wrote_gets_no_human_agent_window():
    now = WROTE + timedelta(days=2)
    assert send_as(WROTE, now, by_person=True) is ReplyWindow.HUMAN_AGENT
    assert send_as(WROTE, now, by_person=False) is ReplyWindow.CLOSED
    assert send_as(WROTE, WROTE + timedelta(hours=1), by_person=False) is ReplyWindow.STANDARD
    assert send_as(None, now, by_person=False) is ReplyWindow.STANDARD  # the network judges


@settings(deadline=None)
@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=30)))
def test_the_window_only_narrows_as_time_passes(elapsed):
    order = [ReplyWindow.STANDARD, ReplyWindow.HUMAN_AGENT, ReplyWindow.CLOSED]
    now = reply_window(WROTE, WROTE + elapsed)
    later = reply_window(WROTE, WROTE + elapsed + timedelta(hours=1))
    assert order.index(later.window) >= order.index(now.window)
    assert now.until is None or now.until >= WROTE + elapsed


def _direct(context: AppContext, account_id: int, remote_id: str, at: datetime) -> int:
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(
            message(
                remote_id,
                at,
                channel="facebook",
                kind="direct",
                author_key="2417000001",
                author_name="Margit Hale",
                handle=None,
                text="Do you sell gift vouchers?",
                thread_remote_id="conversation:2417000001",
            )
        ),
    )
    with context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def test_after_seven_days_the_outbox_refuses_and_offers_the_customers_other_channels(
    context: AppContext, clock: FakeClock
) -> None:
    demo = context.writer.call(context.accounts.create, "demo", "Demo")
    first = _direct(context, demo.id, "m_1", clock.now())
    contact_id = context.inbox.get(first).contact_id
    assert contact_id is not None
    context.writer.call(context.contacts.link, contact_id, "email", "margit@example.com")

    clock.advance(timedelta(hours=30))
    window = context.outbox.reply_window(first)
    assert window is not None and window.window is ReplyWindow.HUMAN_AGENT
    assert [c.channel for c in context.outbox.reply_channels(first)] == ["facebook", "email"]

    clock.advance(timedelta(days=6))
    assert [c.channel for c in context.outbox.reply_channels(first)] == ["email"]
    with pytest.raises(OutboxError) as refused:
        context.writer.call(context.outbox.create_reply, first, "Yes we do!", "ann")
    assert refused.value.code == "outbox.window_closed"
    assert "7 days" in str(refused.value)
    follow_up = context.writer.call(
        context.outbox.create_reply, first, "Yes we do!", "ann", via="email"
    )
    assert follow_up.item.recipient == "margit@example.com"

    # The customer writes again: the window opens again for the whole conversation.
    _direct(context, demo.id, "m_2", clock.now())
    window = context.outbox.reply_window(first)
    assert window is not None and window.window is ReplyWindow.STANDARD
    context.writer.call(context.outbox.create_reply, first, "Yes we do!", "ann")


def test_comments_and_other_networks_have_no_window(context: AppContext, clock: FakeClock):
    demo = context.writer.call(context.accounts.create, "demo", "Demo")
    context.writer.call(
        context.ingest.store_batch,
        demo.id,
        batch(message("c_1", clock.now(), channel="facebook", kind="comment", author_key="24")),
    )
    with context.db.read() as session:
        comment = session.execute(select(Message.id).where(Message.remote_id == "c_1")).scalar_one()
    clock.advance(timedelta(days=30))
    assert context.outbox.reply_window(comment) is None
    context.writer.call(context.outbox.create_reply, comment, "Thank you!", "ann")
