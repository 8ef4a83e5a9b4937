"""Follow-ups, dismiss, snooze and done; the announcer tells each reminder once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from socialinbox.core.notify import RecordingNotifier
from socialinbox.core.reminders import ReminderAnnouncer, ReminderNotFound, snooze_times


def test_a_follow_up_is_shown_before_it_is_due_and_set_once(context, clock):
    contact_id = context.writer.call(context.contacts.create, "Tom Ellery").id
    due = clock.now() + timedelta(days=2)
    context.writer.call(context.reminders.follow_up, contact_id, due, "call back about the bill")
    context.writer.call(context.reminders.follow_up, contact_id, due, "call back about the bill")
    [reminder] = context.reminders.shown()
    assert (reminder.kind, reminder.due, reminder.state) == ("follow_up", due, "open")
    assert context.reminders.count_due() == 0
    assert context.contacts.get(contact_id).summary.follow_up_at == due
    clock.advance(timedelta(days=2))
    assert context.reminders.count_due() == 1


def test_snooze_hides_until_the_time_then_wakes_and_is_announced_again(context, clock):
    contact_id = context.writer.call(context.contacts.create, "Anja Fischer").id
    context.writer.call(context.reminders.follow_up, contact_id, clock.now(), "send the brochure")
    [reminder] = context.reminders.shown()
    notifier = RecordingNotifier()
    announce = ReminderAnnouncer(context.reminders, notifier)
    announce(_raised(reminder.id))
    assert len(notifier.sent) == 1
    announce(_raised(reminder.id))  # the same reminder again: not announced twice
    assert len(notifier.sent) == 1

    context.writer.call(context.reminders.snooze, reminder.id, clock.now() + timedelta(hours=1))
    assert context.reminders.get(reminder.id).state == "snoozed"
    assert context.writer.call(context.reminders.wake_snoozed).ids("reminder") == frozenset()
    clock.advance(timedelta(hours=1))
    announce(context.writer.call(context.reminders.wake_snoozed))
    assert context.reminders.get(reminder.id).state == "open" and len(notifier.sent) == 2


def test_dismiss_done_and_reopen(context, clock):
    contact_id = context.writer.call(context.contacts.create, "Miriam Brandt").id
    context.writer.call(context.reminders.follow_up, contact_id, clock.now(), "thank her")
    [reminder] = context.reminders.shown()
    context.writer.call(context.reminders.dismiss, reminder.id)
    assert context.reminders.shown() == []
    context.writer.call(context.reminders.reopen, reminder.id)
    context.writer.call(context.reminders.done, reminder.id)
    assert context.reminders.get(reminder.id).state == "done"
    with pytest.raises(ReminderNotFound):
        context.writer.call(context.reminders.done, 999)


def test_snooze_choices_are_an_hour_and_the_next_eight_oclock_at_the_property():
    now = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)
    choices = snooze_times(now, ZoneInfo("Europe/Berlin"))
    assert choices["1h"] == now + timedelta(hours=1)
    assert choices["tomorrow"] == datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    # Just after local midnight, "tomorrow morning" is the coming one, a few hours away.
    late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)  # 00:30 in Berlin on the 26th
    assert snooze_times(late, ZoneInfo("Europe/Berlin"))["tomorrow"] == choices["tomorrow"]
    early = datetime(2026, 11, 26, 7, 30, tzinfo=UTC)  # 08:30 in Berlin: past this morning's
    assert snooze_times(early, ZoneInfo("Europe/Berlin"))["tomorrow"].day == 27


def _raised(reminder_id: int):
    from socialinbox.core import changes
    from socialinbox.core.changes import ChangeSet

    return ChangeSet.of(changes.REMINDER, changes.INSERTED, [reminder_id])
