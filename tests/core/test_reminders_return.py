"""The return rule, clause by clause, at its edges: decided when a message is stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.business_settings import RETURN_QUIET_DAYS
from socialinbox.core.notify import RecordingNotifier
from socialinbox.core.reminders import ReminderAnnouncer
from socialinbox.storage.schema import Message
from tests.conftest import sync_once
from tests.helpers import batch, message

DAY = timedelta(days=1)
HOUR = timedelta(hours=1)


@pytest.fixture
def account_id(context: AppContext, clock) -> int:
    # Connected 200 days before "now"; earlier messages are history.
    clock.advance(-200 * DAY)
    account = context.writer.call(context.accounts.create, "demo", "Test")
    clock.advance(200 * DAY)
    return account.id


def _store(context: AppContext, account_id: int, *messages):
    return context.writer.call(context.ingest.store_batch, account_id, batch(*messages))


def _contact_of(context: AppContext, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.contact_id).where(Message.remote_id == remote_id)
        ).scalar_one()


def _with_note(context: AppContext, account_id: int, clock, first_at) -> int:
    _store(context, account_id, message("first", first_at))
    contact_id = _contact_of(context, "first")
    context.writer.call(context.notes.add, contact_id, "loves cornbread", pinned=True)
    return contact_id


def _returns(context: AppContext) -> list:
    return [r for r in context.reminders.shown() if r.kind == "return"]


def test_quiet_period_minus_one_hour_raises_nothing_plus_one_hour_raises_one(
    context, account_id, clock
):
    first = clock.now() - 100 * DAY
    _with_note(context, account_id, clock, first)
    _store(context, account_id, message("early", first + 30 * DAY - HOUR))
    assert _returns(context) == []
    # The previous message is now "early": 30 days after it, minus / plus an hour.
    _store(context, account_id, message("still-early", first + 60 * DAY - 2 * HOUR))
    assert _returns(context) == []
    _store(context, account_id, message("back", first + 60 * DAY - 2 * HOUR + 30 * DAY + HOUR))
    [reminder] = _returns(context)
    assert reminder.message_id == _message_id(context, "back")
    assert reminder.notes == ("loves cornbread",) and "after 30 days" in reminder.reason
    assert reminder.state == "open" and reminder.due == clock.now()


def test_exactly_the_quiet_period_counts_as_long_enough(context, account_id, clock):
    first = clock.now() - 100 * DAY
    _with_note(context, account_id, clock, first)
    _store(context, account_id, message("back", first + 30 * DAY))
    assert len(_returns(context)) == 1


def test_the_quiet_period_is_a_business_setting(context, account_id, clock):
    context.writer.call(context.business.set, RETURN_QUIET_DAYS, 7)
    first = clock.now() - 100 * DAY
    _with_note(context, account_id, clock, first)
    _store(context, account_id, message("back", first + 7 * DAY + HOUR))
    assert len(_returns(context)) == 1


def test_a_contact_without_notes_raises_nothing_unless_vip(context, account_id, clock):
    first = clock.now() - 100 * DAY
    _store(context, account_id, message("first", first))
    _store(context, account_id, message("back", first + 40 * DAY))
    assert _returns(context) == []
    context.writer.call(context.contacts.update, _contact_of(context, "first"), vip=True)
    _store(context, account_id, message("again", first + 80 * DAY))
    assert [r.message_id for r in _returns(context)] == [_message_id(context, "again")]


def test_a_deleted_note_does_not_count(context, account_id, clock):
    first = clock.now() - 100 * DAY
    contact_id = _with_note(context, account_id, clock, first)
    [note] = context.notes.list_notes(contact_id)
    context.writer.call(context.notes.delete, note.id)
    _store(context, account_id, message("back", first + 40 * DAY))
    assert _returns(context) == []


def test_history_from_before_the_account_was_connected_raises_nothing(context, account_id, clock):
    connected = context.accounts.get(account_id).connected_at
    first = connected - 120 * DAY
    _with_note(context, account_id, clock, first)
    _store(context, account_id, message("history", connected - HOUR))
    assert _returns(context) == []
    # The first message at or after the connection counts (its predecessor is history).
    _store(context, account_id, message("live", connected + 30 * DAY))
    assert [r.message_id for r in _returns(context)] == [_message_id(context, "live")]


def test_an_old_message_arriving_late_raises_and_withdraws_nothing(context, account_id, clock):
    first = clock.now() - 100 * DAY
    _with_note(context, account_id, clock, first)
    _store(context, account_id, message("back", first + 60 * DAY))
    [raised] = _returns(context)
    # Older than the newest stored message (c), though 40 days after "first" (d).
    _store(context, account_id, message("late", first + 40 * DAY))
    assert _returns(context) == [raised]


def test_a_note_made_on_one_network_fires_when_they_write_from_another(context, account_id, clock):
    first = clock.now() - 100 * DAY
    contact_id = _with_note(context, account_id, clock, first)  # a Mastodon author
    context.writer.call(context.contacts.link, contact_id, "email", "Alice@Example.NET")
    _store(
        context,
        account_id,
        message(
            "mail-1",
            first + 45 * DAY,
            channel="email",
            author_key="alice@example.net",
            handle="alice@example.net",
            kind="email",
        ),
    )
    assert _contact_of(context, "mail-1") == contact_id
    [reminder] = _returns(context)
    assert reminder.contact_id == contact_id and "E-mail" in reminder.reason


def test_a_hand_linked_handle_gets_its_key_and_fires_on_the_first_message(
    context, account_id, clock
):
    first = clock.now() - 100 * DAY
    contact_id = _with_note(context, account_id, clock, first)
    context.writer.call(context.contacts.link, contact_id, "x", "@alice_x")
    _store(
        context,
        account_id,
        message("x-1", first + 31 * DAY, channel="x", author_key="9912", handle="@alice_x"),
    )
    assert _contact_of(context, "x-1") == contact_id
    assert len(_returns(context)) == 1


def test_repeated_syncs_and_later_writes_never_raise_twice(context, account_id, clock):
    first = clock.now() - 100 * DAY
    contact_id = _with_note(context, account_id, clock, first)
    back = message("back", first + 50 * DAY)
    for _ in range(3):
        _store(context, account_id, back)
    context.writer.call(context.notes.add, contact_id, "second note")
    _store(context, account_id, back)
    assert len(_returns(context)) == 1


def test_within_one_batch_only_the_first_return_fires(context, account_id, clock):
    first = clock.now() - 100 * DAY
    _with_note(context, account_id, clock, first)
    _store(
        context,
        account_id,
        message("b2", first + 50 * DAY + HOUR),
        message("b1", first + 50 * DAY),
    )
    assert [r.message_id for r in _returns(context)] == [_message_id(context, "b1")]


def test_a_merge_after_the_fact_raises_nothing(context, account_id, clock):
    first = clock.now() - 100 * DAY
    keep = _with_note(context, account_id, clock, first)
    _store(context, account_id, message("bob", first + 60 * DAY, author_key="bob@ex.social"))
    before = _returns(context)
    context.writer.call(context.contacts.merge, keep, _contact_of(context, "bob"))
    assert _returns(context) == before == []


def _message_id(context: AppContext, remote_id: str) -> int:
    with context.db.read() as session:
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def test_the_demo_cornbread_guest_comes_back_with_exactly_one_reminder_and_notification(
    demo_context, clock
):
    context = demo_context
    [maya] = [c for c in context.contacts.list_contacts(search="Okafor")]
    context.writer.call(context.notes.add, maya.id, "loves cornbread — tweeted in spring")
    notifier = RecordingNotifier()
    announcer = ReminderAnnouncer(context.reminders, notifier)
    clock.advance(timedelta(minutes=10))

    async def round_() -> None:
        engine = context.sync_engine(on_change=announcer)
        try:
            await engine.run_once()
            await engine.run_once()  # nothing new: no second reminder
        finally:
            await engine.aclose()

    import asyncio

    asyncio.run(round_())
    sync_once(context)
    [reminder] = _returns(context)
    assert reminder.contact_id == maya.id
    assert reminder.notes == ("loves cornbread — tweeted in spring",)
    text = context.inbox.get(reminder.message_id).text
    assert "coming back" in text
    [note] = notifier.sent
    assert note.urgency == "reminder" and note.contact_id == maya.id
    assert "Maya Okafor" in note.title and "cornbread" in note.body


def test_the_change_feed_carries_new_reminders_to_another_view(demo_context, clock):
    context = demo_context
    [maya] = context.contacts.list_contacts(search="maya")
    context.writer.call(context.notes.add, maya.id, "prefers a quiet room")
    with context.db.read() as session:
        seen = changes.latest_change_id(session)
    clock.advance(timedelta(minutes=10))
    sync_once(context)
    with context.db.read() as session:
        _, feed = changes.changes_since(session, seen)
    notifier = RecordingNotifier()
    ReminderAnnouncer(context.reminders, notifier)(feed)
    assert len(feed.ids(changes.REMINDER, changes.INSERTED)) == 1
    assert [n.contact_id for n in notifier.sent] == [maya.id]
