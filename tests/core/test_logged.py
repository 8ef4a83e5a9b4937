"""Conversations logged by hand: a call or a visit is a message of the customer (in) or
of the business (out), in her timeline, under the return rule, answering what waits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.accounts import AccountNotFound
from socialinbox.core.business_settings import PROPERTY_TIMEZONE
from socialinbox.core.contacts import ContactConflict, ContactNotFound
from socialinbox.core.errors import InvalidValue, Missing
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.logged import LoggedConversation, logged_channel
from socialinbox.core.outbox_service import OutboxError
from tests.helpers import batch, hand_linked_customer, message

DAY = timedelta(days=1)


def _log(ctx: AppContext, contact_id: int, text: str = "asked about the spa", **kw: object):
    conversation = LoggedConversation(
        contact_id,
        str(kw.pop("channel", "phone")),
        text,
        bool(kw.pop("inbound", True)),
        kw.pop("at", None),  # type: ignore[arg-type]
    )
    return ctx.writer.call(ctx.conversation_log.log, conversation)


@pytest.fixture
def account_id(context: AppContext, clock) -> int:
    clock.advance(-200 * DAY)
    account = context.writer.call(context.accounts.create, "demo", "Test")
    clock.advance(200 * DAY)
    return account.id


def test_an_inbound_call_is_her_message_in_her_timeline_with_who_logged_it(context, clock):
    contact_id = context.writer.call(context.contacts.create, "Laura Customer").id
    created = _log(context, contact_id, "  called to book the garden room  ")
    detail = context.inbox.get(created.id)
    assert detail is not None
    assert (detail.channel, detail.inbound, detail.contact_id) == ("phone", True, contact_id)
    assert detail.text == "called to book the garden room"
    assert detail.created_at == clock.now() and detail.logged_by == "tester"
    assert detail.author_name == "Laura Customer"
    # Handled while it happened: it waits for nobody and counts as answered at once.
    assert not detail.needs_reply and detail.read and detail.replied_at == detail.created_at
    assert context.contacts.timeline(contact_id) == [created.id]
    assert created.changes.ids(changes.MESSAGE, changes.INSERTED) == {created.id}
    # A channel like the others: the inbox filter, the JSON, search.
    [row] = context.inbox.page(InboxFilter(channel="phone"))
    assert row.id == created.id and row.logged_by == "tester"
    assert detail.as_json()["channel"] == "phone" and detail.as_json()["logged_by"] == "tester"
    assert [r.id for r in context.inbox.page(InboxFilter(search="garden"))] == [created.id]
    # The log book holding it is no account a user manages or syncs.
    assert context.accounts.list_accounts() == []


def test_a_logged_call_raises_the_return_reminder_of_a_known_customer(context, clock):
    contact_id = hand_linked_customer(context, "phone", "+49 30 1234567")
    created = _log(context, contact_id, "she is coming back in March")
    [reminder] = [r for r in context.reminders.shown() if r.kind == "return"]
    assert (reminder.contact_id, reminder.message_id) == (contact_id, created.id)
    assert reminder.reason == "Laura Customer called for the first time"
    assert created.changes.touches(changes.REMINDER)
    # The call is on her phone identity, which was heard from now.
    detail = context.inbox.get(created.id)
    [identity] = context.contacts.get(contact_id).identities
    assert detail.identity_id == identity.id and detail.author_handle == "+49301234567"


def test_a_call_soon_after_her_last_message_raises_no_second_reminder(context, clock):
    contact_id = hand_linked_customer(context, "phone", "+49 30 1234567")
    _log(context, contact_id, "first call", at=clock.now() - 2 * DAY)
    _log(context, contact_id, "second call")
    assert len([r for r in context.reminders.shown() if r.kind == "return"]) == 1


def test_a_visit_after_the_quiet_period_says_she_came_in_again(context, account_id, clock):
    context.writer.call(
        context.ingest.store_batch, account_id, batch(message("m1", clock.now() - 90 * DAY))
    )
    [row] = context.inbox.page(InboxFilter())
    contact_id = context.inbox.get(row.id).contact_id
    context.writer.call(context.notes.add, contact_id, "allergic to feathers")
    created = _log(context, contact_id, "picked up her lost scarf", channel="in_person")
    [reminder] = [r for r in context.reminders.shown() if r.kind == "return"]
    assert reminder.message_id == created.id
    assert reminder.reason == "Alice came in again after 90 days"
    assert reminder.notes == ("allergic to feathers",)


def test_a_call_back_answers_what_she_wrote_on_any_channel(context, account_id, clock):
    context.writer.call(
        context.ingest.store_batch,
        account_id,
        batch(
            message("m1", clock.now() - 3 * DAY, text="is the spa open?"),
            message("m2", clock.now() - 2 * DAY, text="hello?"),
        ),
    )
    first, second = sorted(context.inbox.page(InboxFilter(view="needs_reply")), key=lambda r: r.id)
    contact_id = context.inbox.get(first.id).contact_id
    called_back = clock.now() - DAY
    created = _log(context, contact_id, "told her: open till 9", inbound=False, at=called_back)
    assert context.inbox.page(InboxFilter(view="needs_reply")) == []
    for row, waited in ((first, 2 * DAY), (second, DAY)):
        detail = context.inbox.get(row.id)
        assert detail.replied_at == called_back and not detail.needs_reply
        assert created.changes.ids(changes.MESSAGE, changes.UPDATED) >= {row.id}
        with context.db.read() as session:
            from socialinbox.storage.schema import Message

            assert session.get(Message, row.id).response_seconds == waited.total_seconds()
    reply = context.inbox.get(created.id)
    assert (reply.inbound, reply.author_name, reply.logged_by) == (False, "tester", "tester")
    assert reply.contact_id == contact_id and created.id in context.contacts.timeline(contact_id)


def test_a_call_back_before_her_message_does_not_answer_it(context, account_id, clock):
    context.writer.call(
        context.ingest.store_batch, account_id, batch(message("m1", clock.now() - DAY))
    )
    [row] = context.inbox.page(InboxFilter(view="needs_reply"))
    contact_id = context.inbox.get(row.id).contact_id
    _log(context, contact_id, "spoke last week", inbound=False, at=clock.now() - 7 * DAY)
    assert [r.id for r in context.inbox.page(InboxFilter(view="needs_reply"))] == [row.id]


def test_a_visit_is_in_person(context):
    contact_id = context.writer.call(context.contacts.create, "Walk In").id
    created = _log(context, contact_id, "came by for the key", channel=" In Person ")
    detail = context.inbox.get(created.id)
    assert detail.channel == "in_person" and detail.identity_id is None
    assert context.networks.label("in_person") == "In person"
    assert context.networks.get("in_person").icon == "in_person"
    assert "in_person" in context.networks.names()


@pytest.mark.parametrize(
    "typed", ["phone", "PHONE", " Phone ", "in_person", "in person", "In-Person"]
)
def test_channel_names_are_accepted_as_people_type_them(typed):
    assert logged_channel(typed) in ("phone", "in_person")


def test_times_naive_ones_local_future_ones_refused(context, clock):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    context.writer.call(context.business.set, PROPERTY_TIMEZONE, "Europe/Berlin")
    naive = datetime(2026, 11, 25, 8, 30)  # 07:30 UTC in Berlin's winter
    detail = context.inbox.get(_log(context, contact_id, at=naive).id)
    assert detail.created_at == datetime(2026, 11, 25, 7, 30, tzinfo=UTC)
    # A desk's clock a minute ahead is fine; an hour ahead is a mistake.
    _log(context, contact_id, at=clock.now() + timedelta(minutes=1))
    with pytest.raises(InvalidValue, match="in the future") as refused:
        _log(context, contact_id, at=clock.now() + timedelta(hours=1))
    assert refused.value.code == "logged.future"


def test_bad_requests_are_refused_and_store_nothing(context):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    other = context.writer.call(context.contacts.create, "Laura again").id
    context.writer.call(context.contacts.merge, contact_id, other)
    with pytest.raises(ContactNotFound):
        _log(context, 999)
    with pytest.raises(ContactConflict, match="merged into"):
        _log(context, other)
    with pytest.raises(Missing):
        _log(context, contact_id, "   ")
    with pytest.raises(InvalidValue, match="phone or in_person"):
        _log(context, contact_id, channel="mastodon")
    assert context.inbox.page(InboxFilter()) == []


def test_a_logged_call_is_not_answered_in_place_but_followed_up_elsewhere(context, account_id):
    context.writer.call(
        context.ingest.store_batch, account_id, batch(message("m1", context.clock.now() - DAY))
    )
    [row] = context.inbox.page(InboxFilter())
    contact_id = context.inbox.get(row.id).contact_id
    call = _log(context, contact_id, "asked for the menu")
    with pytest.raises(OutboxError) as refused:
        context.writer.call(context.outbox.create_reply, call.id, "Here it is", "tester")
    assert refused.value.code == "outbox.logged"
    # Where she can be reached: her Mastodon, as a follow-up (never "this conversation").
    assert [(o.channel, o.same) for o in context.outbox.reply_channels(call.id)] == [
        ("mastodon", False)
    ]


def test_the_log_book_cannot_be_removed_as_an_account(context):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    created = _log(context, contact_id)
    log_book = context.inbox.get(created.id).account_id
    with pytest.raises(AccountNotFound):
        context.writer.call(context.accounts.remove, log_book)
    assert context.inbox.get(created.id) is not None
