"""*Mark answered on the site*: a review on a site without a reply API (Yelp, Tripadvisor,
Booking.com) stops needing a reply and counts as the business's public reply; nothing
else can be marked so, and no reply to such a review is queued."""

from __future__ import annotations

from datetime import timedelta

import pytest

from socialinbox.app import AppContext
from socialinbox.clock import FakeClock
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage
from socialinbox.core.errors import InvalidState, NotFound
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.outbox_service import OutboxError


def review(context: AppContext, clock: FakeClock, remote_id: str, channel: str = "yelp") -> int:
    """A review of ``channel`` as the e-mail connector delivers one, written now; its id."""
    account = context.writer.call(context.accounts.create, "demo", "Reviews")
    message = FetchedMessage(
        remote_id=remote_id,
        channel=channel,
        kind="review",
        author=AuthorRef(channel, "Maria G.", "Maria G.", "Maria G."),
        text="The breakfast was cold.",
        created_at=clock.now(),
        thread_remote_id=remote_id,
        url="https://biz.yelp.com/r/x/review/1",
        rating=2,
    )
    context.writer.call(context.ingest.store_batch, account.id, FetchBatch((message,), None))
    (row,) = context.inbox.page(InboxFilter(channel=channel))  # one per test and network
    return row.id


@pytest.mark.parametrize(
    ("after", "level"),
    [(timedelta(minutes=40), 3), (timedelta(hours=5), 2), (timedelta(days=2), 1)],
)
def test_marking_answers_the_review_as_a_public_reply_at_that_time(
    context: AppContext, clock: FakeClock, after: timedelta, level: int
) -> None:
    message_id = review(context, clock, "yelp-1")
    clock.advance(after)
    changed = context.writer.call(context.answered_on_site.mark, message_id)
    assert changed
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.needs_reply is False
    assert detail.replied_at == detail.first_response_at == clock.now()
    assert detail.level == level


def test_marking_again_keeps_the_first_answer(context: AppContext, clock: FakeClock) -> None:
    message_id = review(context, clock, "booking-1", channel="booking")
    clock.advance(timedelta(minutes=10))
    context.writer.call(context.answered_on_site.mark, message_id)
    clock.advance(timedelta(days=1))
    assert not context.writer.call(context.answered_on_site.mark, message_id)
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.level == 3
    assert detail.replied_at == clock.now() - timedelta(days=1)


def test_only_a_site_review_can_be_marked_and_it_takes_no_reply_from_here(
    context: AppContext, clock: FakeClock
) -> None:
    message_id = review(context, clock, "ta-1", channel="tripadvisor")
    with pytest.raises(OutboxError, match="Tripadvisor lets nobody reply from here"):
        context.writer.call(context.outbox.create_reply, message_id, "Thank you!", "tester")
    assert [c.channel for c in context.outbox.reply_channels(message_id)] == []
    google = review(context, clock, "g-1", channel="google_reviews")
    with pytest.raises(InvalidState, match="not a review on a site"):
        context.writer.call(context.answered_on_site.mark, google)
    with pytest.raises(NotFound):
        context.writer.call(context.answered_on_site.mark, 999_999)
