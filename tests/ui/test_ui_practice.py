"""The response practice in the window: close-the-loop and thank-you on the Reminders
page (the suggestion goes into the composer), and View ▸ Handover (one click opens each
line's item)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select, update
from ui_helpers import dismiss_suggestions, run_until, settle, shown_window

from socialinbox.app import DEMO_ACCOUNT_NAME, AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage
from socialinbox.core.logged import LoggedConversation
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Alert, Message, Stay
from socialinbox.ui.front_desk.pages import REMINDERS_KEY
from socialinbox.ui.handover.handover import HANDOVER_SHORTCUT
from socialinbox.ui.handover.handover_dialog import TARGET_ROLE, HandoverDialog
from socialinbox.ui.shell.window import MainWindow
from tests.conftest import sync_once

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.fixture
def desk(tmp_path: Path, qapp: QApplication, memory_keyring: object) -> Iterator[AppContext]:
    clock = FakeClock(START - 2 * HOUR)
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="clerk"),
        clock=clock,
        secrets=SecretStore(memory_keyring),  # type: ignore[arg-type]
    )
    ctx.writer.call(ctx.accounts.create, "demo", DEMO_ACCOUNT_NAME)
    sync_once(ctx)
    dismiss_suggestions(ctx)
    clock.set(START)
    yield ctx
    ctx.close()


@pytest.fixture
def window(desk: AppContext, qloop: qasync.QEventLoop, qapp: QApplication) -> Iterator[MainWindow]:
    with shown_window(desk, qloop, qapp) as win:
        yield win
        win.handover.close()


def clock_of(context: AppContext) -> FakeClock:
    assert isinstance(context.clock, FakeClock)
    return context.clock


def new_review(desk: AppContext, remote_id: str, name: str, rating: int, tone: float) -> int:
    """A Google review written after the account was connected, with the tone set."""
    account_id = desk.accounts.list_accounts()[0].id
    item = FetchedMessage(
        remote_id=remote_id,
        channel="google_reviews",
        kind="review",
        author=AuthorRef("google_reviews", f"{remote_id}-author", None, name),
        text="Cold room and nobody came." if rating < 3 else "What a lovely stay!",
        created_at=desk.clock.now() - HOUR,
        rating=rating,
    )
    desk.writer.call(desk.ingest.store_batch, account_id, FetchBatch((item,), None))
    with desk.db.write() as session:
        session.execute(
            update(Message).where(Message.remote_id == remote_id).values(sentiment=tone)
        )
        return session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()


def test_close_the_loop_shows_its_suggestion_and_puts_it_in_the_composer(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    queued_before = len(desk.outbox.list_items())
    complaint = new_review(desk, "rev-bad", "Helen Ashby", 1, -0.9)
    contact = desk.inbox.get(complaint).contact_id
    assert contact is not None
    desk.writer.call(
        desk.conversation_log.log,
        LoggedConversation(contact, "phone", "Called Helen, refunded the night.", False),
    )
    clock_of(desk).advance(25 * HOUR)
    # The window's minute tick runs the check: nobody synced.
    window.front_desk.tick()
    settle(window, qloop)

    window.front_desk.show_reminders()
    page = window.front_desk.reminders_page
    [row] = [r for r in page.model.items() if r.kind == "close_loop"]
    page.select_reminder(row.id)
    assert page.suggestion.isVisible()
    assert page.suggestion.text() == (
        "Glad we could sort this out on the phone, Helen — thank you for your patience."
    )
    assert page.model.index(page.model.row_of(row.id), 2).data() == "Close the loop"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_R)
    settle(window, qloop)
    assert window.inbox.reading_pane.message_id == complaint
    assert window.inbox.composer.editor.toPlainText() == row.suggestion
    # Nothing was sent or queued by itself: the user edits and queues it.
    assert len(desk.outbox.list_items()) == queued_before


def test_handover_lists_the_shift_and_one_click_opens_each_item(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    review = new_review(desk, "rev-good", "Dana Ross", 5, 0.9)
    contact = desk.inbox.get(review).contact_id
    assert contact is not None
    now = desk.clock.now()
    desk.writer.call(desk.reminders.follow_up, contact, now - HOUR, "Send Dana the recipe")
    with desk.db.write() as session:
        session.execute(
            insert(Stay).values(
                import_key="dana-1",
                contact_id=contact,
                guest_name="Dana Ross",
                room="7",
                arrival=now.date(),
                created_at=now,
                updated_at=now,
            )
        )
        session.execute(
            insert(Alert).values(
                channel="google_reviews",
                kind="negative",
                started_at=now - HOUR,
                last_seen_at=now,
                count=6,
                usual=1.0,
                negative=5,
                created_at=now,
            )
        )

    action = window.handover.action
    assert action.shortcut() == QKeySequence(HANDOVER_SHORTCUT)
    assert action in window.menu("view").actions()
    action.trigger()
    dialog = window.handover.dialog
    assert isinstance(dialog, HandoverDialog)
    run_until(qloop, lambda: dialog.digest is not None)
    assert dialog.isVisible()
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    active = len(desk.alerts.active())  # the demo's spike and ours
    assert titles[0].startswith("New messages (") and titles[-1] == f"Alerts ({active})"
    targets = {line.data(0, TARGET_ROLE)[0]: line for line in dialog.lines()}
    assert set(targets) == {"message", "reminder", "contact", "alert", "list"}

    def click(kind: str) -> None:
        line = targets[kind]
        dialog.tree.scrollToItem(line)
        rect = dialog.tree.visualItemRect(line)
        qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        settle(window, qloop)

    [message_line] = [
        line for line in dialog.lines() if line.data(0, TARGET_ROLE) == ("message", review)
    ]
    targets["message"] = message_line
    click("message")
    assert window.inbox.reading_pane.message_id == review
    assert dialog.isVisible()  # beside the window, for the next line

    [follow_up] = [r.id for r in desk.reminders.shown() if r.reason == "Send Dana the recipe"]
    [targets["reminder"]] = [
        line for line in dialog.lines() if line.data(0, TARGET_ROLE) == ("reminder", follow_up)
    ]
    click("reminder")
    assert window.sidebar.current_entry().key == REMINDERS_KEY
    reminder = window.front_desk.reminders_page.current_item()
    assert reminder is not None and reminder.reason == "Send Dana the recipe"

    click("contact")
    assert window.customer_card.contact_id == contact

    [ours] = [a.id for a in desk.alerts.active() if a.channel == "google_reviews"]
    [targets["alert"]] = [
        line for line in dialog.lines() if line.data(0, TARGET_ROLE) == ("alert", ours)
    ]
    click("alert")
    assert window.inbox.current_filter.channel == "google_reviews"
    assert window.inbox.current_filter.since == now - HOUR

    # A long section shows its first lines; the rest is its list, one click away.
    [more] = [
        line for line in dialog.lines() if line.data(0, TARGET_ROLE) == ("list", "view:needs_reply")
    ]
    assert more.text(0).startswith("… and ")
    targets["list"] = more
    click("list")
    assert window.sidebar.current_entry().key == "view:needs_reply"


def test_the_handover_of_a_desk_at_a_property_names_it_and_leaves_out_the_others(
    window: MainWindow, desk: AppContext, qloop: qasync.QEventLoop
) -> None:
    """The demo's account is Nashville's; the desk chose Memphis in Settings."""
    from socialinbox.settings import DESK_PROPERTY

    places = {
        name: desk.writer.call(desk.properties.add, name).property.id
        for name in ("Memphis", "Nashville")
    }
    account_id = desk.accounts.list_accounts()[0].id
    desk.writer.call(desk.properties.place_account, account_id, places["Nashville"])
    nashville_review = new_review(desk, "rev-nash", "Nina Hale", 5, 0.9)
    desk.machine_settings.set(DESK_PROPERTY, places["Memphis"])

    window.handover.action.trigger()
    dialog = window.handover.dialog
    assert isinstance(dialog, HandoverDialog)
    run_until(qloop, lambda: dialog.digest is not None)
    assert dialog.heading.text().startswith("Handover at Memphis: ")
    opened = {line.data(0, TARGET_ROLE) for line in dialog.lines()}
    assert ("message", nashville_review) not in opened

    desk.machine_settings.set(DESK_PROPERTY, None)
    dialog.digest = None
    dialog.refresh()
    run_until(qloop, lambda: dialog.digest is not None)
    assert dialog.heading.text().startswith("Handover: ")
    opened = {line.data(0, TARGET_ROLE) for line in dialog.lines()}
    assert ("message", nashville_review) in opened
