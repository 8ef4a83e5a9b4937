"""The six levels of brand response, per message, from sequences of events: each level
reached, lifted by what follows a quick answer, and left at 0 when nothing comes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.arrivals import ArrivalsImport
from socialinbox.core.logged import LoggedConversation
from socialinbox.core.response_levels import ResponseLevels, level_for
from socialinbox.storage.schema import Message
from tests.helpers import batch, message

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
ALICE = "alice@example.social"


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


def _store(ctx: AppContext, account_id: int, *items):
    return ctx.writer.call(ctx.ingest.store_batch, account_id, batch(*items))


def _mention(remote_id: str, at: datetime, **extra: object):
    return message(remote_id, at, text="Is the terrace open tonight?", **extra)


def _reply(remote_id: str, at: datetime, to: str, *, thread: str | None = None, **extra: object):
    """The business's own message, fetched or sent (``to``: the message it answers)."""
    extra.setdefault("channel", "mastodon")
    return message(
        remote_id,
        at,
        text="Yes, until 11!",
        author_key="business@example.social",
        inbound=False,
        kind=str(extra.pop("kind", "reply")),
        thread_remote_id=thread or to,
        in_reply_to_remote_id=to,
        **extra,
    )


def _level(ctx: AppContext, account_id: int, remote_id: str) -> tuple[datetime | None, int | None]:
    message_id = ctx.inbox.message_id(account_id, remote_id)
    assert message_id is not None
    detail = ctx.inbox.get(message_id)
    assert detail is not None
    return detail.first_response_at, detail.level


def _contact_of(ctx: AppContext, account_id: int, remote_id: str) -> int:
    message_id = ctx.inbox.message_id(account_id, remote_id)
    assert message_id is not None
    detail = ctx.inbox.get(message_id)
    assert detail is not None and detail.contact_id is not None
    return detail.contact_id


def _log(ctx: AppContext, contact_id: int, channel: str, at: datetime, *, inbound: bool):
    conversation = LoggedConversation(contact_id, channel, "talked it over", inbound, at)
    return ctx.writer.call(ctx.conversation_log.log, conversation)


# -- the rule ------------------------------------------------------------------------


def test_the_scale_by_the_time_the_first_response_took():
    written = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)  # out of office hours
    later = written + 30 * DAY
    assert level_for(written, written + 59 * MINUTE, [], later) == 3
    assert level_for(written, written + HOUR, [], later) == 3
    assert level_for(written, written + HOUR + MINUTE, [], later) == 2
    assert level_for(written, written + 24 * HOUR, [], later) == 2
    assert level_for(written, written + 3 * DAY, [], later) == 1
    # The highest lift counts, and only a quick answer is lifted.
    assert level_for(written, written + 5 * MINUTE, [4, 6, 5], later) == 6
    assert level_for(written, written + 2 * HOUR, [6], later) == 2
    # Waiting: nothing until 7 days have passed, then 0.
    assert level_for(written, None, [], written + 7 * DAY - MINUTE) is None
    assert level_for(written, None, [], written + 7 * DAY) == 0


# -- levels reached from stored events --------------------------------------------------


def test_a_reply_made_elsewhere_within_the_hour_is_level_3(context, clock, account_id):
    written = clock.now() - 2 * HOUR
    _store(context, account_id, _mention("m1", written))
    assert _level(context, account_id, "m1") == (None, None)
    # The business answered on the network itself; the next sync brings the reply.
    change = _store(context, account_id, _reply("r1", written + 20 * MINUTE, "m1")).changes
    assert _level(context, account_id, "m1") == (written + 20 * MINUTE, 3)
    assert context.inbox.message_id(account_id, "m1") in change.ids(changes.MESSAGE)
    # Its JSON shows both, as inbox --json prints them.
    detail = context.inbox.get(context.inbox.message_id(account_id, "m1"))
    shown = detail.as_json()
    assert shown["first_response_at"] == (written + 20 * MINUTE).isoformat()
    assert shown["level"] == 3
    # The business's own reply has no level.
    reply = context.inbox.get(context.inbox.message_id(account_id, "r1"))
    assert (reply.first_response_at, reply.level) == (None, None)


def test_a_reply_fetched_before_the_message_it_answers_counts_when_the_message_comes(
    context, clock, account_id
):
    written = clock.now() - 2 * DAY
    # The business's own posts come first (a catch-up reads them first), then hers; a
    # message older than 7 days without a response is at 0 as soon as it is stored.
    _store(context, account_id, _reply("r1", written + 20 * MINUTE, "m1"))
    _store(context, account_id, _mention("m1", written), _mention("m2", written - DAY))
    assert _level(context, account_id, "m1") == (written + 20 * MINUTE, 3)
    # Another thread without a response, 3 days old: still waiting.
    assert _level(context, account_id, "m2") == (None, None)
    old = clock.now() - 9 * DAY
    _store(context, account_id, _mention("m3", old, thread_remote_id="old"))
    assert _level(context, account_id, "m3") == (None, 0)


def test_hours_later_is_level_2_and_days_later_level_1(context, clock, account_id):
    start = clock.now() - 5 * DAY
    _store(
        context,
        account_id,
        _mention("m1", start, thread_remote_id="m1"),
        _mention("m2", start, thread_remote_id="m2", author_key="bob@example.social"),
    )
    _store(
        context,
        account_id,
        _reply("r1", start + 5 * HOUR, "m1"),
        _reply("r2", start + 3 * DAY, "m2"),
    )
    assert _level(context, account_id, "m1") == (start + 5 * HOUR, 2)
    assert _level(context, account_id, "m2") == (start + 3 * DAY, 1)


def test_no_response_within_7_days_is_level_0_and_stays_0(context, clock, account_id):
    written = clock.now()
    _store(context, account_id, _mention("m1", written))
    clock.advance(7 * DAY - MINUTE)
    context.writer.call(context.levels.catch_up)
    assert _level(context, account_id, "m1") == (None, None)  # still waiting
    clock.advance(MINUTE)
    change = context.writer.call(context.levels.catch_up)
    assert _level(context, account_id, "m1") == (None, 0)
    assert change.ids(changes.MESSAGE) == {context.inbox.message_id(account_id, "m1")}
    # Settling again changes nothing; a reply on day 9 is too late to count.
    assert not context.writer.call(context.levels.catch_up)
    clock.advance(2 * DAY)
    _store(context, account_id, _reply("r1", clock.now(), "m1"))
    assert _level(context, account_id, "m1") == (None, 0)


def test_a_reply_in_a_direct_chat_answers_each_message_of_it(context, clock, account_id):
    """People write two or three lines in a row; one answer responds to all of them."""
    start = clock.now() - HOUR
    chat = {"kind": "direct", "thread_remote_id": "chat"}
    _store(
        context,
        account_id,
        _mention("d1", start, **chat),
        _mention("d2", start + 2 * MINUTE, **chat),
    )
    # Made elsewhere, quoting nothing: it stands in her chat.
    _store(
        context,
        account_id,
        _reply("r1", start + 10 * MINUTE, None, thread="chat", kind="direct"),  # type: ignore[arg-type]
    )
    assert _level(context, account_id, "d1") == (start + 10 * MINUTE, 3)
    assert _level(context, account_id, "d2") == (start + 10 * MINUTE, 3)


def test_a_logged_call_back_is_a_first_response(context, clock, account_id):
    written = clock.now() - 3 * HOUR
    _store(context, account_id, _mention("m1", written))
    contact_id = _contact_of(context, account_id, "m1")
    _log(context, contact_id, "phone", written + 2 * HOUR, inbound=False)
    assert _level(context, account_id, "m1") == (written + 2 * HOUR, 2)


def test_messages_the_scale_skips_have_no_level(context, clock, account_id):
    written = clock.now() - 10 * DAY
    _store(
        context,
        account_id,
        message("c1", written, kind="context", context_only=True, thread_remote_id="room"),
        _mention("gone", written, thread_remote_id="gone"),
    )
    _store(context, account_id, _mention("gone", written, deleted=True, thread_remote_id="gone"))
    contact_id = _contact_of(context, account_id, "c1")
    call = _log(context, contact_id, "phone", written, inbound=True)
    context.writer.call(context.levels.catch_up)
    assert _level(context, account_id, "c1") == (None, None)
    assert _level(context, account_id, "gone") == (None, None)
    logged = context.inbox.get(call.id)
    assert (logged.first_response_at, logged.level) == (None, None)


# -- lifted by what follows a quick answer --------------------------------------------


def test_a_direct_message_after_a_quick_reply_lifts_3_to_4(context, clock, account_id):
    written = clock.now() - 2 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 5 * MINUTE, "m1"))
    assert _level(context, account_id, "m1")[1] == 3
    # The next day she writes privately and the business answers in that chat.
    _store(
        context,
        account_id,
        _mention("d1", written + DAY, kind="direct", thread_remote_id="chat"),
    )
    _store(
        context,
        account_id,
        _reply("r2", written + DAY + HOUR, "d1", thread="chat"),
    )
    assert _level(context, account_id, "m1") == (written + 5 * MINUTE, 4)
    # The private message itself was answered within the hour.
    assert _level(context, account_id, "d1") == (written + DAY + HOUR, 3)


def test_a_second_answer_in_the_same_chat_lifts_nothing(context, clock, account_id):
    written = clock.now() - 2 * DAY
    chat = {"kind": "direct", "thread_remote_id": "chat"}
    _store(context, account_id, _mention("d1", written, **chat))
    _store(
        context,
        account_id,
        _reply("r1", written + 5 * MINUTE, "d1", thread="chat"),
        _reply("r2", written + DAY, "d1", thread="chat"),
    )
    assert _level(context, account_id, "d1")[1] == 3


def test_a_call_lifts_to_4_a_visit_to_6_and_the_highest_counts(context, clock, account_id):
    written = clock.now() - 3 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 30 * MINUTE, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    call = _log(context, contact_id, "phone", written + DAY, inbound=True)
    assert _level(context, account_id, "m1")[1] == 4
    assert context.inbox.message_id(account_id, "m1") in call.changes.ids(changes.MESSAGE)
    _log(context, contact_id, "in_person", written + 2 * DAY, inbound=True)
    assert _level(context, account_id, "m1")[1] == 6
    # An e-mail afterwards (level 5) does not lower it.
    context.writer.call(context.contacts.link, contact_id, "email", "alice@example.org")
    _store(
        context,
        account_id,
        message("e1", written + 2 * DAY, channel="email", author_key="alice@example.org"),
    )
    _store(context, account_id, _reply("e2", written + 2 * DAY + HOUR, "e1", channel="email"))
    assert _level(context, account_id, "m1")[1] == 6


def test_an_email_after_a_quick_reply_lifts_3_to_5(context, clock, account_id):
    written = clock.now() - 3 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 30 * MINUTE, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    context.writer.call(context.contacts.link, contact_id, "email", "alice@example.org")
    _store(
        context,
        account_id,
        message("e1", written + DAY, channel="email", author_key="alice@example.org", kind="email"),
    )
    assert _level(context, account_id, "m1")[1] == 3  # her e-mail is no answer of ours
    _store(context, account_id, _reply("e2", written + DAY + HOUR, "e1", channel="email"))
    assert _level(context, account_id, "m1")[1] == 5


def test_a_follow_up_later_than_7_days_after_the_first_response_lifts_nothing(
    context, clock, account_id
):
    written = clock.now() - 9 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 30 * MINUTE, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    _log(context, contact_id, "in_person", written + 30 * MINUTE + 7 * DAY + MINUTE, inbound=True)
    assert _level(context, account_id, "m1")[1] == 3


def test_a_slow_answer_is_never_lifted(context, clock, account_id):
    written = clock.now() - 3 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 2 * HOUR, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    _log(context, contact_id, "in_person", written + DAY, inbound=True)
    assert _level(context, account_id, "m1")[1] == 2


GUEST_LIST = "Name;E-Mail;Arrival;Departure;Room;Reservation\r\n"


def test_her_arrival_within_7_days_lifts_3_to_6(context, clock, account_id):
    written = clock.now() - 2 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 10 * MINUTE, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    context.writer.call(context.contacts.link, contact_id, "email", "alice@example.org")
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    today = clock.now().date()
    tomorrow = (clock.now() + DAY).date()
    # A stay still to come is no stay yet.
    later = f"Alice Example;alice@example.org;{tomorrow:%d.%m.%Y};;12;R-2\r\n"
    parsed = importer.read((GUEST_LIST + later).encode(), tomorrow)
    context.writer.call(importer.apply, parsed)
    assert _level(context, account_id, "m1")[1] == 3
    # She arrives today: the arrivals list lifts the quick answer to level 6.
    row = f"Alice Example;alice@example.org;{today:%d.%m.%Y};;12;R-1\r\n"
    parsed = importer.read((GUEST_LIST + row).encode(), today)
    report = context.writer.call(importer.apply, parsed)
    assert _level(context, account_id, "m1")[1] == 6
    assert context.inbox.message_id(account_id, "m1") in report.changes.ids(changes.MESSAGE)


def test_the_day_of_a_stay_imported_ahead_lifts_it_when_it_comes(context, clock, account_id):
    written = clock.now() - 2 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 10 * MINUTE, "m1"))
    contact_id = _contact_of(context, account_id, "m1")
    context.writer.call(context.contacts.link, contact_id, "email", "alice@example.org")
    importer = ArrivalsImport(context.db, context.clock, context.origin)
    tomorrow = (clock.now() + DAY).date()
    row = f"Alice Example;alice@example.org;{tomorrow:%d.%m.%Y};;12;R-2\r\n"
    context.writer.call(importer.apply, importer.read((GUEST_LIST + row).encode(), tomorrow))
    assert _level(context, account_id, "m1")[1] == 3
    clock.advance(DAY)
    context.writer.call(context.levels.catch_up)
    assert _level(context, account_id, "m1")[1] == 6


# -- rows written before the columns existed --------------------------------------------


def test_catch_up_fills_rows_that_predate_the_levels(context, clock, account_id):
    old = clock.now() - 40 * DAY
    _store(
        context,
        account_id,
        _mention("m1", old, thread_remote_id="m1"),
        _mention("m2", old, thread_remote_id="m2", author_key="bob@example.social"),
        _mention("m3", clock.now() - HOUR, thread_remote_id="m3", author_key="eve@example.net"),
    )
    _store(context, account_id, _reply("r1", old + 3 * HOUR, "m1"))
    # As a database from before migration 0007 holds them: no level anywhere.
    with context.db.write() as session:
        session.execute(update(Message).values(first_response_at=None, level=None))
    context.writer.call(context.levels.catch_up)
    assert _level(context, account_id, "m1") == (old + 3 * HOUR, 2)
    assert _level(context, account_id, "m2") == (None, 0)
    assert _level(context, account_id, "m3") == (None, None)


def test_catch_up_works_through_more_rows_than_one_slice(context, clock, account_id):
    old = clock.now() - 30 * DAY
    items = [_mention(f"m{i}", old + i * MINUTE, thread_remote_id=f"m{i}") for i in range(25)]
    _store(context, account_id, *items)
    with context.db.write() as session:
        session.execute(update(Message).values(first_response_at=None, level=None))
    levels = ResponseLevels(context.db, clock, context.origin, slice_size=10)
    change = context.writer.call(levels.catch_up)
    assert len(change.ids(changes.MESSAGE)) == 25
    assert {_level(context, account_id, f"m{i}")[1] for i in range(25)} == {0}


def test_merging_two_cards_of_one_customer_lifts_and_undoing_lowers_again(
    context, clock, account_id
):
    """Her Mastodon mention was answered in minutes; our e-mail to her next day sat on a
    card of its own until the front desk saw both were her."""
    written = clock.now() - 2 * DAY
    _store(context, account_id, _mention("m1", written))
    _store(context, account_id, _reply("r1", written + 10 * MINUTE, "m1"))
    _store(
        context,
        account_id,
        message("e1", written + DAY, channel="email", author_key="alice@example.org", kind="email"),
    )
    _store(context, account_id, _reply("e2", written + DAY + HOUR, "e1", channel="email"))
    assert _level(context, account_id, "m1")[1] == 3
    keep = _contact_of(context, account_id, "m1")
    other = _contact_of(context, account_id, "e1")
    merged = context.writer.call(context.contacts.merge, keep, other)
    assert _level(context, account_id, "m1")[1] == 5
    assert context.inbox.message_id(account_id, "m1") in merged.changes.ids(changes.MESSAGE)
    context.writer.call(context.contacts.undo_merge, merged.id)
    assert _level(context, account_id, "m1")[1] == 3
