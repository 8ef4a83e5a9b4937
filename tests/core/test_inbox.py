"""Keyset-paged lists, filters, and what users do to messages."""

from __future__ import annotations

from datetime import timedelta

from socialinbox.core.inbox import InboxFilter, PageKey
from tests.helpers import batch, message


def _all_pages(ctx, flt, size):
    rows, after = [], None
    while True:
        page = ctx.inbox.page(flt, after, limit=size)
        rows.extend(page)
        if len(page) < size:
            return rows
        after = PageKey.after(page[-1])


def test_paging_returns_every_message_once_newest_first_even_with_equal_times(context, clock):
    account = context.writer.call(context.accounts.create, "demo", "Paging")
    t0 = clock.now()
    # Groups of three messages share a timestamp; some arrive out of order.
    items = [message(f"m{i}", t0 - timedelta(minutes=i // 3)) for i in range(95)]
    items.reverse()
    context.ingest.store_batch(account.id, batch(*items))
    rows = _all_pages(context, InboxFilter(), 7)
    assert len(rows) == 95 and len({r.id for r in rows}) == 95
    keys = [(r.created_at, r.id) for r in rows]
    assert keys == sorted(keys, reverse=True)


def test_views_and_channels_filter_the_list(demo_context):
    ctx = demo_context
    everything = _all_pages(ctx, InboxFilter(), 50)
    assert len(everything) >= 50 and all(r.inbound for r in everything)
    assert len({r.channel for r in everything}) >= 6
    email = _all_pages(ctx, InboxFilter(channel="email"), 50)
    assert email and {r.channel for r in email} == {"email"}
    waiting = _all_pages(ctx, InboxFilter(view="needs_reply"), 50)
    assert 0 < len(waiting) < len(everything)
    assert ctx.inbox.count(InboxFilter(view="unread")) == len(everything)


def test_marking_read_and_done_moves_messages_between_views(demo_context):
    ctx = demo_context
    first = ctx.inbox.page(InboxFilter(view="needs_reply"), limit=1)[0]
    unread = ctx.inbox.count(InboxFilter(view="unread"))

    change = ctx.writer.call(ctx.actions.set_read, [first.id], True)
    assert change.ids("message") == {first.id}
    assert ctx.inbox.count(InboxFilter(view="unread")) == unread - 1
    assert ctx.writer.call(ctx.actions.set_read, [first.id], True).entries == frozenset()

    ctx.writer.call(ctx.actions.set_done, [first.id], True)
    assert first.id not in ctx.inbox.matches(InboxFilter(view="needs_reply"), {first.id})
    ctx.writer.call(ctx.actions.set_done, [first.id], False)
    assert first.id in ctx.inbox.matches(InboxFilter(view="needs_reply"), {first.id})


def test_the_thread_holds_the_conversation_in_order(demo_context):
    ctx = demo_context
    [hit] = [
        r
        for r in ctx.inbox.page(InboxFilter(search="cornbread unreal"), limit=5)
        if r.channel == "x"
    ] or ctx.inbox.page(InboxFilter(channel="x", search="cornbread"), limit=1)
    thread = ctx.inbox.thread(hit.id)
    assert len(thread) >= 2
    assert [r.created_at for r in thread] == sorted(r.created_at for r in thread)
    assert any(not r.inbound for r in thread)
