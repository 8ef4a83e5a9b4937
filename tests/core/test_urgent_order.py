"""*Most urgent first*: VIP, negative tone, open escalation, then the longest wait; the
messages not waiting follow newest first; pages join up without gaps or repeats."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event, select, update

from socialinbox.app import AppContext
from socialinbox.core.inbox import InboxFilter, PageKey, list_key
from socialinbox.storage.schema import Message
from tests.helpers import batch, message

NEGATIVE = "This is the worst service I have ever had. Awful and rude!"


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


@pytest.fixture
def inbox_of_six(context, account_id, clock):
    """Six waiting messages of different urgency and age, and two answered ones."""
    t = clock.now() - timedelta(hours=10)
    hour = timedelta(hours=1)
    context.ingest.store_batch(
        account_id,
        batch(
            message("oldest", t, author_key="ann@x.social"),
            message("plain", t + hour, author_key="bob@x.social"),
            message("angry", t + 2 * hour, text=NEGATIVE, author_key="cy@x.social"),
            message("escalated", t + 3 * hour, author_key="dee@x.social"),
            message("vip", t + 4 * hour, author_key="vip@x.social"),
            message("vip-angry", t + 5 * hour, text=NEGATIVE, author_key="vip@x.social"),
            message("answered-old", t - hour, author_key="eve@x.social"),
            message("answered-new", t + 6 * hour, author_key="eve@x.social"),
        ),
    )
    with context.db.write() as session:
        session.execute(
            update(Message).where(Message.remote_id == "escalated").values(escalated_to="owner")
        )
        session.execute(
            update(Message)
            .where(Message.remote_id.like("answered-%"))
            .values(needs_reply=False, read=True)
        )
        vip_contact = session.execute(
            select(Message.contact_id).where(Message.remote_id == "vip")
        ).scalar_one()
    context.writer.call(context.contacts.update, vip_contact, vip=True)
    return context


def _remote_ids(context, rows) -> list[str]:
    ids = [r.id for r in rows]
    with context.db.read() as session:
        remote = dict(
            session.execute(select(Message.id, Message.remote_id).where(Message.id.in_(ids))).all()
        )
    return [remote[i] for i in ids]


URGENT_ORDER = ["vip-angry", "vip", "angry", "escalated", "oldest", "plain"]


def test_needs_reply_ranks_vip_then_negative_then_escalated_then_the_longest_wait(inbox_of_six):
    context = inbox_of_six
    rows = context.inbox.page(InboxFilter("needs_reply", order="urgent"))
    assert _remote_ids(context, rows) == URGENT_ORDER
    # The newest-first order is unchanged.
    newest = context.inbox.page(InboxFilter("needs_reply"))
    assert _remote_ids(context, newest)[0] == "vip-angry"
    assert _remote_ids(context, newest)[-1] == "oldest"


def test_other_lists_show_the_waiting_first_then_the_rest_newest_first(inbox_of_six):
    context = inbox_of_six
    rows = context.inbox.page(InboxFilter("all", order="urgent"))
    assert _remote_ids(context, rows) == [*URGENT_ORDER, "answered-new", "answered-old"]


@pytest.mark.parametrize("view", ["all", "needs_reply"])
def test_pages_of_two_join_up_across_the_ranked_part_and_the_rest(inbox_of_six, view):
    context = inbox_of_six
    flt = InboxFilter(view, order="urgent")
    whole = context.inbox.page(flt)
    paged, after = [], None
    while True:
        page = context.inbox.page(flt, after=after, limit=2)
        paged += page
        if len(page) < 2:
            break
        after = PageKey.after(page[-1])
    assert [r.id for r in paged] == [r.id for r in whole]
    # The model's sort key agrees with the SQL order.
    assert sorted(whole, key=lambda r: list_key(flt, r)) == whole


def test_a_search_keeps_the_newest_first_order(inbox_of_six):
    context = inbox_of_six
    flt = InboxFilter("needs_reply", search="worst", order="urgent")
    assert not flt.ranked
    assert _remote_ids(context, context.inbox.page(flt)) == ["vip-angry", "angry"]


@pytest.mark.sqlite_only
def test_the_ranked_part_reads_the_needs_reply_index_and_the_rest_the_list_index(inbox_of_six):
    """On a large inbox only the waiting messages are sorted; the rest is walked by index."""
    context = inbox_of_six
    statements: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, *_args) -> None:
        if "FROM messages" in statement:
            statements.append((statement, parameters))

    event.listen(context.db.engine, "before_cursor_execute", keep)
    try:
        context.inbox.page(InboxFilter("all", order="urgent"))
    finally:
        event.remove(context.db.engine, "before_cursor_execute", keep)
    (ranked, ranked_args), (rest, rest_args) = statements[-2:]
    with context.db.engine.connect() as conn:

        def plan(sql: str, args: object) -> str:
            found = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, args)
            return " ".join(str(r[-1]) for r in found)

        assert "USING INDEX ix_messages_needs_reply" in plan(ranked, ranked_args)
        assert "SCAN messages " not in plan(rest, rest_args) + " "
        assert "TEMP B-TREE" not in plan(rest, rest_args)
