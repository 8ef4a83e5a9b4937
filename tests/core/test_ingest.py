"""The one path every fetched message takes into the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from socialinbox.app import AppContext
from socialinbox.core import changes
from socialinbox.core.connector import FetchBatch, MalformedItem
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage import dialect
from socialinbox.storage.schema import Change, Contact, Identity, Message, SetAside
from tests.helpers import batch, message


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


def _count(context: AppContext, model: type) -> int:
    with context.db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar() or 0)


def test_the_same_batch_twice_stores_each_message_once(context, account_id, clock):
    b = batch(message("1", clock.now()), message("2", clock.now()), cursor="c2")
    first = context.ingest.store_batch(account_id, b)
    second = context.ingest.store_batch(account_id, b)
    assert (first.new, second.new) == (2, 0)
    assert _count(context, Message) == 2
    assert context.accounts.cursor(account_id) == "c2"


def test_one_author_is_one_identity_and_one_contact_whatever_the_key_spelling(
    context, account_id, clock
):
    context.ingest.store_batch(
        account_id,
        batch(
            message("1", clock.now(), author_key="@Alice@Example.Social"),
            message("2", clock.now(), author_key="alice@example.social"),
        ),
    )
    with context.db.read() as session:
        keys = session.execute(select(Identity.key)).scalars().all()
        contact_ids = set(session.execute(select(Message.contact_id)).scalars())
    assert keys == ["alice@example.social"]
    assert len(contact_ids) == 1 and _count(context, Contact) == 1


def test_a_newer_edit_replaces_the_text_and_keeps_read_and_done(context, account_id, clock):
    t0 = clock.now()
    context.ingest.store_batch(account_id, batch(message("1", t0, text="first words")))
    [row] = context.inbox.page(InboxFilter())
    context.writer.call(context.actions.set_read, [row.id], True)
    context.writer.call(context.actions.set_done, [row.id], True)

    edit = message("1", t0, text="second thoughts", edited_at=t0 + timedelta(minutes=5))
    result = context.ingest.store_batch(account_id, batch(edit))
    assert result.updated == 1
    detail = context.inbox.get(row.id)
    assert detail.text == "second thoughts" and detail.read and detail.done
    assert [r.id for r in context.inbox.page(InboxFilter(search="thoughts"))] == [row.id]
    assert context.inbox.page(InboxFilter(search="first")) == []

    stale = message("1", t0, text="older edit", edited_at=t0 + timedelta(minutes=1))
    assert context.ingest.store_batch(account_id, batch(stale)).updated == 0
    assert context.inbox.get(row.id).text == "second thoughts"


def test_a_deletion_marks_the_message_and_it_stops_needing_a_reply(context, account_id, clock):
    context.ingest.store_batch(account_id, batch(message("1", clock.now())))
    [row] = context.inbox.page(InboxFilter(view="needs_reply"))
    context.ingest.store_batch(account_id, batch(message("1", clock.now(), deleted=True)))
    detail = context.inbox.get(row.id)
    assert detail.deleted_at is not None
    assert context.inbox.page(InboxFilter(view="needs_reply")) == []


def test_the_deletion_of_a_message_never_stored_changes_nothing_but_the_cursor(
    context, account_id, clock
):
    gone = message("never-seen", clock.now(), deleted=True)
    result = context.ingest.store_batch(account_id, batch(gone, cursor="c9"))
    assert (result.new, result.updated) == (0, 0)
    assert (_count(context, Message), _count(context, Contact)) == (0, 0)
    assert context.accounts.cursor(account_id) == "c9"


def test_malformed_items_are_set_aside_and_the_rest_is_stored(context, account_id, clock):
    good = message("ok", clock.now())
    bad_key = message("bad", clock.now(), channel="bluesky", author_key="not a did")
    b = FetchBatch((good, bad_key), "c1", (MalformedItem("x1", "no author", '{"id": "x1"}'),))
    result = context.ingest.store_batch(account_id, b)
    assert (result.new, result.set_aside) == (1, 2)
    with context.db.read() as session:
        errors = session.execute(select(SetAside.error)).scalars().all()
    assert any("DID" in e for e in errors) and "no author" in errors
    assert context.accounts.cursor(account_id) == "c1"


def test_a_failed_batch_stores_neither_its_messages_nor_its_cursor(
    context, account_id, clock, monkeypatch
):
    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(changes, "record", broken)
    with pytest.raises(RuntimeError):
        context.ingest.store_batch(account_id, batch(message("1", clock.now()), cursor="c9"))
    assert _count(context, Message) == 0
    assert context.accounts.cursor(account_id) is None


def test_every_write_appends_to_the_change_feed(context, account_id, clock):
    before = _count(context, Change)
    result = context.ingest.store_batch(account_id, batch(message("1", clock.now())))
    with context.db.read() as session:
        after, feed = changes.changes_since(session, before)
    assert feed.ids(changes.MESSAGE, changes.INSERTED) == result.changes.ids(
        changes.MESSAGE, changes.INSERTED
    )
    assert feed.touches(changes.CONTACT) and after > before


def test_a_handle_linked_identity_gets_its_key_on_the_first_message(context, account_id, clock):
    now = clock.now()
    with context.db.write() as session:
        contact = Contact(display_name="Maya", topics_json="[]", created_at=now, updated_at=now)
        session.add(contact)
        session.flush()
        session.add(
            Identity(channel="x", key=None, handle="@maya", contact_id=contact.id, created_at=now)
        )
        contact_id = contact.id
    context.ingest.store_batch(
        account_id, batch(message("1", now, channel="x", author_key="1458822037", handle="@maya"))
    )
    with context.db.read() as session:
        identity = session.execute(select(Identity)).scalar_one()
    assert identity.key == "1458822037" and identity.contact_id == contact_id
    assert context.inbox.get(context.inbox.page(InboxFilter())[0].id).contact_id == contact_id


def test_the_business_reply_answers_the_message_and_joins_the_timeline(context, account_id, clock):
    t0 = clock.now()
    question = message("q", t0)
    reply = message(
        "r",
        t0 + timedelta(minutes=9),
        inbound=False,
        author_key="the-business",
        in_reply_to_remote_id="q",
        thread_remote_id="q",
    )
    context.ingest.store_batch(account_id, batch(question, reply))
    [row] = context.inbox.page(InboxFilter())
    detail = context.inbox.get(row.id)
    assert detail.replied_at == t0 + timedelta(minutes=9) and not detail.needs_reply
    thread = context.inbox.thread(row.id)
    assert [r.inbound for r in thread] == [True, False]
    with context.db.read() as session:
        contacts = set(session.execute(select(Message.contact_id)).scalars())
        seconds = session.execute(select(Message.response_seconds).where(Message.id == row.id))
        assert seconds.scalar() == 540
    assert len(contacts) == 1 and _count(context, Contact) == 1


def _waiting_remote_ids(context: AppContext) -> set[str]:
    """The messages the Needs reply view lists, by their remote ids."""
    ids = {r.id for r in context.inbox.page(InboxFilter(view="needs_reply"))}
    with context.db.read() as session:
        found = session.execute(select(Message.remote_id).where(Message.id.in_(ids)))
        return set(found.scalars())


def test_a_reply_in_a_direct_chat_answers_every_earlier_message_of_that_chat(
    context, account_id, clock
):
    t0 = clock.now()

    def direct(remote_id: str, minutes: int, **extra: object):
        return message(remote_id, t0 + timedelta(minutes=minutes), kind="direct", **extra)

    chat = {"thread_remote_id": "chat-1"}
    earlier = [direct("d1", 0, **chat), direct("d2", 1, **chat), direct("d3", 2, **chat)]
    other_chat = direct("e1", 1, thread_remote_id="chat-2", author_key="bob@example.social")
    later = direct("d4", 30, **chat)
    # The owner answers from the phone, quoting only the second message.
    answer = direct(
        "r1", 10, inbound=False, author_key="the-business", in_reply_to_remote_id="d2", **chat
    )
    context.ingest.store_batch(account_id, batch(*earlier, other_chat))
    context.ingest.store_batch(account_id, batch(answer, later))

    waiting = _waiting_remote_ids(context)
    assert waiting == {"e1", "d4"}
    with context.db.read() as session:
        rows = session.execute(
            select(Message.remote_id, Message.response_seconds).where(
                Message.remote_id.in_(["d1", "d3"])
            )
        )
        seconds = {r.remote_id: r.response_seconds for r in rows}
    assert seconds == {"d1": 600, "d3": 480}


def test_a_reply_to_one_public_mention_leaves_the_others_of_the_thread_waiting(
    context, account_id, clock
):
    t0 = clock.now()
    first = message("m1", t0, thread_remote_id="m1")
    second = message(
        "m2",
        t0 + timedelta(minutes=1),
        thread_remote_id="m1",
        author_key="bob@example.social",
        in_reply_to_remote_id="m1",
    )
    answer = message(
        "r",
        t0 + timedelta(minutes=5),
        inbound=False,
        author_key="the-business",
        in_reply_to_remote_id="m1",
        thread_remote_id="m1",
    )
    context.ingest.store_batch(account_id, batch(first, second, answer))
    waiting = _waiting_remote_ids(context)
    assert waiting == {"m2"}


def test_removing_an_account_removes_its_messages_from_search(context, account_id, clock):
    context.ingest.store_batch(account_id, batch(message("1", clock.now(), text="cornbread")))
    assert context.inbox.page(InboxFilter(search="cornbread"))
    context.writer.call(context.accounts.remove, account_id)
    assert context.inbox.page(InboxFilter(search="cornbread")) == []
    with context.db.read() as session:
        # Ask the index itself: a stale entry would still be listed here.
        query = dialect.fts_query("cornbread")
        assert query is not None
        hits = dialect.search_hits(session, query, 10)
    assert hits == []


def test_an_author_is_last_seen_at_her_newest_message_new_or_known(context, account_id, clock):
    """The card's "last seen": a first batch sets it, an older message never moves it back."""
    now = clock.now()

    def last_seen():
        with context.db.read() as session:
            return session.execute(select(Identity.last_seen_at)).scalar_one()

    context.ingest.store_batch(
        account_id, batch(message("1", now - timedelta(hours=2)), message("2", now))
    )
    assert last_seen() == now
    context.ingest.store_batch(account_id, batch(message("3", now - timedelta(hours=1))))
    assert last_seen() == now
    context.ingest.store_batch(account_id, batch(message("4", now + timedelta(minutes=5))))
    assert last_seen() == now + timedelta(minutes=5)
