"""Issue 16, item 3 in the window: the customer card (with its timeline) and the Outbox page
read with a constant number of statements on the UI thread, however many rows they show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import qasync
from ui_helpers import fetched, run_until, settle, store

from socialinbox.app import AppContext
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.messaging_window import ReplyWindow, WindowState
from socialinbox.ui.outbox.page import OUTBOX_KEY
from socialinbox.ui.shell.window import MainWindow
from tests.sql_counter import counted_statements

Loop = qasync.QEventLoop


def customer_with(context: AppContext, key: str, count: int) -> int:
    """A customer who wrote ``count`` messages; their contact id."""
    start = datetime.now(UTC) - timedelta(days=30)
    for first in range(0, count, 200):
        store(
            context,
            *(
                fetched(
                    f"{key}-{n}",
                    f"Message {n} from {key}",
                    created_at=start + timedelta(minutes=n),
                    author=key.title(),
                    key=key,
                )
                for n in range(first, min(count, first + 200))
            ),
        )
    account_id = context.accounts.list_accounts()[0].id
    message_id = context.inbox.message_id(account_id, f"{key}-0")
    assert message_id is not None
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.contact_id is not None
    return detail.contact_id


def card_statements(window: MainWindow, qloop: Loop, contact_id: int) -> int:
    card = window.customer_card
    with counted_statements(window.context.db, ui_thread_only=True) as seen:
        card.show_contact(contact_id)
        run_until(qloop, lambda: card.contact_id == contact_id and card.card is not None)
    return len(seen)


def test_the_customer_card_reads_as_much_for_500_messages_as_for_5(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    """The timeline, and the merges the card lists with the merged contacts' names."""
    warm_up = customer_with(context, "wendy", 2)
    few = customer_with(context, "fiona", 5)
    many = customer_with(context, "marta", 500)
    for keep, merged in ((few, 1), (many, 5)):
        for n in range(merged):
            other = customer_with(context, f"other{keep}x{n}", 1)
            context.writer.call(context.contacts.merge, keep, other)
    settle(window, qloop)
    card_statements(window, qloop, warm_up)
    counts = [card_statements(window, qloop, few), card_statements(window, qloop, many)]
    assert window.customer_card.timeline_model.rowCount() == 200  # the latest 200 shown
    assert window.customer_card.merges_box.isVisibleTo(window.customer_card)
    assert counts[0] == counts[1], counts


OPEN = WindowState(ReplyWindow.STANDARD, None)


def test_the_outbox_page_reads_as_much_for_100_replies_as_for_10(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    customer_with(context, "olga", 100)
    # A review answered on its site (the demo's Yelp review) takes no reply from here, nor
    # does a private message past Meta's messaging window (the demo's older Facebook ones).
    answerable = context.inbox.details(InboxFilter(), 200)
    messages = [
        m
        for m in answerable
        if not context.networks.get(m.channel).replies_on_site
        and (context.outbox.reply_window(m.id) or OPEN).window is not ReplyWindow.CLOSED
    ][:100]
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    counts = []
    for wanted in (10, 100):
        for m in messages[len(page.model.items()) : wanted]:
            context.writer.call(context.outbox.create_reply, m.id, f"Thanks {m.id}", "ann")
        settle(window, qloop)
        with counted_statements(context.db, ui_thread_only=True) as seen:
            page.refresh()
        assert len(page.model.items()) == wanted
        counts.append(len(seen))
    assert counts[0] == counts[1], counts
