"""Two desks on one database (SQLite file or PostgreSQL): nothing lost when both act at once.

Each test opens a second app context — another desk, another person — on the
database of the ``context`` fixture, so the same rules are checked on both databases.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.contacts import ContactChangedElsewhere
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notes import NoteChangedElsewhere
from socialinbox.core.outbox_service import ReviewRefused
from socialinbox.core.sync_leases import SyncedElsewhere, SyncLeases
from socialinbox.secrets import SecretStore
from tests.conftest import sync_once
from tests.helpers import batch, message


@pytest.fixture
def other_desk(context: AppContext, tmp_path: Path, memory_keyring) -> Iterator[AppContext]:
    """Ben's desk, on the database of ``context`` (whose person is "tester")."""
    url = context.db.url.render_as_string(hide_password=False)
    desk = AppContext(
        AppOptions(data_dir=tmp_path / "ben", user="Ben", database_url=url),
        clock=context.clock,
        secrets=SecretStore(memory_keyring),
    )
    # Another computer's process: the leases of this test process are not Ben's.
    desk.origin = "front-desk-2:4242"
    yield desk
    desk.close()


def a_contact(ctx: AppContext, name: str = "Maya Okafor") -> int:
    return ctx.writer.call(ctx.contacts.create, name).id


def test_the_second_save_of_a_note_is_refused_with_the_first_persons_version(context, other_desk):
    contact = a_contact(context)
    note_id = context.writer.call(context.notes.add, contact, "loves cornbread").id
    mine, bens = context.notes.get(note_id), other_desk.notes.get(note_id)

    other_desk.writer.call(
        other_desk.notes.edit,
        note_id,
        text="loves cornbread, no nuts",
        expected_version=bens.version,
    )
    with pytest.raises(NoteChangedElsewhere) as refused:
        context.writer.call(
            context.notes.edit,
            note_id,
            text="loves cornbread (warm)",
            expected_version=mine.version,
        )

    theirs = refused.value.current
    assert (theirs.text, theirs.author_of_version) == ("loves cornbread, no nuts", "Ben")
    assert context.notes.get(note_id).text == "loves cornbread, no nuts"
    # Seen their version, the person saves again on top of it.
    context.writer.call(
        context.notes.edit,
        note_id,
        text="loves cornbread, no nuts (warm)",
        expected_version=theirs.version,
    )
    saved = other_desk.notes.get(note_id)
    assert (saved.text, saved.author_of_version) == ("loves cornbread, no nuts (warm)", "tester")


def test_the_second_save_of_a_contacts_card_is_refused_with_the_first_persons_card(
    context, other_desk
):
    contact = a_contact(context)
    mine, bens = context.contacts.get(contact), other_desk.contacts.get(contact)

    other_desk.writer.call(
        other_desk.contacts.update, contact, name="Maya O.", expected_version=bens.version
    )
    with pytest.raises(ContactChangedElsewhere) as refused:
        context.writer.call(
            context.contacts.update, contact, vip=True, expected_version=mine.version
        )

    assert refused.value.current.summary.name == "Maya O."
    assert refused.value.current.edited_by == "Ben"
    card = context.contacts.get(contact)
    assert (card.summary.name, card.summary.vip) == ("Maya O.", False)


def test_an_account_is_fetched_by_one_desk_while_the_other_sees_who(context, other_desk, clock):
    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    mine = context.writer.call(context.sync_leases.take, account.id)

    with pytest.raises(SyncedElsewhere) as refused:
        other_desk.writer.call(other_desk.sync_leases.take, account.id)
    assert refused.value.lease.user == "tester"
    assert other_desk.sync_leases.held_elsewhere()[account.id].user == "tester"
    assert context.sync_leases.held_elsewhere() == {}

    # Released at the end of the round: the other desk may fetch at once.
    context.writer.call(context.sync_leases.release, account.id)
    assert other_desk.writer.call(other_desk.sync_leases.take, account.id).user == "Ben"
    assert mine.until <= clock.now() + context.sync_leases.lease


def test_a_lease_of_a_desk_that_vanished_is_taken_over_when_its_time_runs_out(context, clock):
    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    # A desk on another computer, switched off mid-round: its lease only expires by time.
    far_desk = SyncLeases(context.db, clock, "front-desk-2:4242", "Anna")
    context.writer.call(far_desk.take, account.id)

    with pytest.raises(SyncedElsewhere):
        context.writer.call(context.sync_leases.take, account.id)
    clock.advance(far_desk.lease - timedelta(seconds=1))
    with pytest.raises(SyncedElsewhere):
        context.writer.call(context.sync_leases.take, account.id)
    clock.advance(timedelta(seconds=1))
    assert context.writer.call(context.sync_leases.take, account.id).holder == context.origin


def test_a_lease_of_a_dead_process_on_this_computer_is_taken_over_at_once(context, clock):
    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    dead = SyncLeases(context.db, clock, f"{context.origin.rpartition(':')[0]}:999999", "Anna")
    context.writer.call(dead.take, account.id)
    assert context.writer.call(context.sync_leases.take, account.id).user == "tester"


def test_a_desk_does_not_fetch_an_account_another_desk_is_syncing(context, other_desk):
    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    context.writer.call(context.sync_leases.take, account.id)

    [result] = sync_once(other_desk)

    assert (result.ok, result.new) == (True, 0)
    assert "being synced by tester" in result.detail
    assert other_desk.accounts.get(account.id).last_sync is None
    context.writer.call(context.sync_leases.release, account.id)
    [result] = sync_once(other_desk)
    assert result.new > 0 and other_desk.sync_leases.held_elsewhere() == {}


def test_the_author_of_a_reply_cannot_approve_it_at_another_desk_but_a_colleague_can(
    context, other_desk
):
    from socialinbox.core.business_settings import REPLIES_NEED_REVIEW

    account = context.writer.call(context.accounts.create, "demo", "Linden House")
    context.writer.call(
        context.ingest.store_batch,
        account.id,
        batch(message("m1", context.clock.now() - timedelta(minutes=5), text="cornbread?")),
    )
    [row] = context.inbox.page(InboxFilter(), limit=1)
    context.writer.call(context.business.set, REPLIES_NEED_REVIEW, True)
    created = context.writer.call(context.outbox.create_reply, row.id, "Yes!", author="tester")

    with pytest.raises(ReviewRefused):
        context.writer.call(context.outbox.approve, created.item.id, "tester")
    other_desk.writer.call(other_desk.outbox.approve, created.item.id, "Ben")
    item = context.outbox.get(created.item.id)
    assert (item.state, item.author, item.approved_by) == ("approved", "tester", "Ben")


def test_a_reminder_is_announced_once_at_each_desk_and_done_for_everyone(
    context, other_desk, clock
):
    from socialinbox.core import changes
    from socialinbox.core.notify import RecordingNotifier
    from socialinbox.core.reminders import ReminderAnnouncer

    with context.db.read() as session:
        seen = dict.fromkeys((context, other_desk), changes.latest_change_id(session))
    heard = {desk: RecordingNotifier() for desk in seen}
    announcers = {desk: ReminderAnnouncer(desk.reminders, heard[desk]) for desk in seen}
    contact = a_contact(context, "Anja Fischer")
    raised = context.writer.call(context.reminders.follow_up, contact, clock.now(), "call back")
    # This desk hears of its own write at once, then through the feed, twice over.
    announcers[context](raised)
    for _ in range(2):
        for desk in seen:
            with desk.db.read() as session:
                seen[desk], feed = changes.changes_since(session, seen[desk])
            announcers[desk](feed)
    assert [n.contact_id for n in heard[context].sent] == [contact]
    assert [n.contact_id for n in heard[other_desk].sent] == [contact]

    [reminder] = other_desk.reminders.shown()
    other_desk.writer.call(other_desk.reminders.done, reminder.id)
    assert context.reminders.shown() == [] and context.reminders.count_due() == 0
    assert context.reminders.get(reminder.id).state == "done"
