"""Issue 11, items 1 and 2 at the database: what a stranger writes never makes the data
unreadable. Impossible times are replaced by the arrival time; text that is no valid
Unicode (lone surrogates) is repaired; a value an older version stored out of range
reads back clamped instead of raising."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text

from socialinbox.app import AppContext
from socialinbox.core.connector import FetchBatch, MalformedItem
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import Message, SetAside
from socialinbox.storage.types import EARLIEST, LATEST, to_micros
from tests.helpers import batch, message

YEAR_ONE = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))
YEAR_9999 = datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


@pytest.mark.parametrize("claimed", [YEAR_ONE, YEAR_9999, datetime(2999, 1, 1, tzinfo=UTC)])
def test_an_impossible_time_is_replaced_by_the_arrival_time(context, account_id, clock, claimed):
    result = context.ingest.store_batch(
        account_id, batch(message("odd", claimed), message("normal", clock.now()))
    )
    assert result.new == 2
    details = context.inbox.details(InboxFilter(), 10)
    assert {d.remote_id: (d.created_at, d.claimed_time) for d in details} == {
        "odd": (clock.now(), claimed.isoformat()),
        "normal": (clock.now(), None),
    }
    [contact] = context.contacts.list_contacts()
    assert context.contacts.export(contact.id)["messages"]


def test_a_believable_time_is_kept(context, account_id, clock):
    earlier = clock.now() - timedelta(days=400)
    context.ingest.store_batch(account_id, batch(message("old", earlier)))
    [detail] = context.inbox.details(InboxFilter(), 10)
    assert (detail.created_at, detail.claimed_time) == (earlier, None)


def test_lone_surrogates_are_repaired_and_the_message_arrives(context, account_id, clock):
    hostile = message(
        "\ud800id",
        clock.now(),
        text="bad \ud800 text\x00",
        author_name="Name \udfff",
        subject="\udc80",
    )
    bad = MalformedItem("\ud800", "error \ud800", json.dumps({"x": "\ud800"}, ensure_ascii=False))
    result = context.ingest.store_batch(
        account_id, FetchBatch((hostile, message("2", clock.now())), "cursor", (bad,))
    )
    assert (result.new, result.set_aside) == (2, 1)
    assert context.accounts.cursor(account_id) == "cursor"
    texts = {d.remote_id: d for d in context.inbox.details(InboxFilter(), 10)}
    odd = texts["\ufffdid"]
    assert (odd.text, odd.author_name, odd.subject) == (
        "bad \ufffd text\ufffd",
        "Name \ufffd",
        "\ufffd",
    )
    with context.db.read() as session:
        [aside] = session.execute(select(SetAside)).scalars().all()
    assert aside.error == "error \ufffd" and "\ufffd" in aside.payload


def test_the_database_refuses_to_store_a_time_it_could_not_read(context, account_id, clock):
    context.ingest.store_batch(account_id, batch(message("1", clock.now())))
    [contact] = context.contacts.list_contacts()
    with pytest.raises(Exception, match="out of range"):
        context.writer.call(context.reminders.follow_up, contact.id, YEAR_ONE, "Follow up")
    assert context.contacts.list_contacts()[0].follow_up_at is None


@pytest.mark.sqlite_only
def test_a_damaged_stored_time_reads_back_clamped(context, account_id, clock):
    """A database written before this fix holds times that overflow: they read, clamped."""
    context.ingest.store_batch(
        account_id, batch(message("early", clock.now()), message("late", clock.now()))
    )
    year_one = to_micros(YEAR_ONE)
    year_10000 = to_micros(YEAR_9999)
    with context.db.write() as session:
        session.execute(
            text("UPDATE messages SET created_at = :t WHERE remote_id = 'early'"), {"t": year_one}
        )
        session.execute(
            text("UPDATE messages SET created_at = :t WHERE remote_id = 'late'"),
            {"t": year_10000},
        )
        session.execute(text("UPDATE identities SET last_seen_at = :t"), {"t": year_10000})
    times = {d.remote_id: d.created_at for d in context.inbox.details(InboxFilter(), 10)}
    assert times == {"early": EARLIEST, "late": LATEST}
    [contact] = context.contacts.list_contacts()
    exported = context.contacts.export(contact.id)
    assert len(exported["messages"]) == 2
    with context.db.read() as session:
        assert set(session.execute(select(Message.created_at)).scalars()) == {EARLIEST, LATEST}


def test_ids_names_and_links_longer_than_any_network_gives_never_stop_a_batch(
    context, account_id, clock
):
    """PostgreSQL refuses a text longer than its column (SQLite keeps it): an id that long
    is set aside as malformed, a name is cut, a link dropped — the rest of the batch is
    stored either way, on both databases."""
    now = clock.now()
    result = context.ingest.store_batch(
        account_id,
        batch(
            message("i" * 501, now, channel="demo", author_key="bob"),
            message(
                "reply", now, channel="demo", author_key="bob", in_reply_to_remote_id="r" * 501
            ),
            message("long-key", now, channel="demo", author_key="k" * 301),
            message(
                "long-names",
                now,
                channel="demo",
                author_key="carol",
                author_name="N" * 5000,
                handle="@" + "h" * 5000,
                url="https://example.test/" + "u" * 3000,
            ),
            message("normal", now, channel="demo", author_key="dave"),
        ),
    )
    assert (result.new, result.set_aside) == (2, 3)
    stored = {d.remote_id: d for d in context.inbox.details(InboxFilter(), 10)}
    assert set(stored) == {"long-names", "normal"}
    odd = stored["long-names"]
    assert odd.author_name == "N" * 300 and odd.url is None
    with context.db.read() as session:
        reasons = sorted(a.error for a in session.execute(select(SetAside)).scalars())
    assert reasons == [
        "the author's id is longer than 300 characters",
        "the item's id is longer than 500 characters",
        "the item's id is longer than 500 characters",
    ]
