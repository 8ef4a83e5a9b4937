"""Replies in the window: the composer, the Outbox page, sending after approval."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update
from test_accessibility import _problems
from ui_helpers import run_until, settle

from socialinbox.app import AppContext
from socialinbox.core.business_settings import REPLIES_NEED_REVIEW
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.outbox import OutboxState
from socialinbox.core.outbox_service import ReplyCreated
from socialinbox.storage.schema import Message, OutboxItem
from socialinbox.ui.common.formatting import network_name
from socialinbox.ui.inbox.composer import Composer
from socialinbox.ui.outbox.outbox_page import OutboxModel
from socialinbox.ui.outbox.page import OUTBOX_KEY
from socialinbox.ui.shell.sidebar import BADGE_ROLE
from socialinbox.ui.shell.window import MainWindow
from tests.helpers import batch, message
from tests.sending.http_connector import KIND, HttpTestConnectorFactory


def open_first_inbound(window: MainWindow, qloop: qasync.QEventLoop) -> int:
    """Select the first received message in the list; its id."""
    rows = (window.inbox.model.message_at(row) for row in range(window.inbox.model.rowCount()))
    wanted = next(m.id for m in rows if m is not None and m.inbound)
    window.inbox.show_message(wanted)
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == wanted)
    return wanted


def set_offline(context: AppContext, offline: bool) -> None:
    account = context.accounts.list_accounts()[0]
    settings = dict(account.settings) | {"offline": "true" if offline else "false"}
    context.writer.call(context.accounts.update_settings, account.id, settings)


def type_reply(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.inbox.composer.editor
    editor.setFocus()
    qtbot.keyClicks(editor, text)


def composer_on_bluesky_message(
    context: AppContext, qtbot: QtBot, remote_id: str
) -> tuple[Composer, int]:
    """A composer, outside any window, on one message received on a Bluesky-like account
    (300 graphemes); the message's id."""
    context.registry.register(HttpTestConnectorFactory())
    account = context.writer.call(
        context.accounts.create, KIND, "Shop", base_url="http://127.0.0.1:9"
    )
    received = message(
        remote_id, datetime.now(UTC), channel="bluesky", author_key=f"did:plc:{remote_id}"
    )
    context.writer.call(context.ingest.store_batch, account.id, batch(received))
    with context.db.read() as session:
        message_id = session.execute(
            select(Message.id).where(Message.remote_id == remote_id)
        ).scalar_one()
    composer = Composer(context.outbox, context.notes, context.contacts)
    qtbot.addWidget(composer)
    composer.set_message(context.inbox.get(message_id))
    return composer, message_id


def outbox_badge(window: MainWindow) -> int | None:
    row = window.sidebar_model.row_of(OUTBOX_KEY)
    assert row is not None
    return window.sidebar_model.index(row, 0).data(BADGE_ROLE)


def test_the_composer_counts_refuses_over_the_limit_and_keeps_list_keys_out(
    window: MainWindow, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    composer = window.inbox.composer
    open_first_inbound(window, qloop)
    current = window.inbox.list_view.currentIndex().row()
    assert composer.isVisible()
    assert _problems(window) == []
    assert not composer.queue_button.isEnabled()  # nothing written yet
    # j, k, u, e, d are the list's keys: in the composer they are just letters.
    type_reply(qtbot, window, "jkued")
    assert composer.editor.toPlainText() == "jkued"
    assert window.inbox.list_view.currentIndex().row() == current
    assert composer._counter.text() == "5 / 500"
    assert composer.queue_button.isEnabled()
    composer.editor.setPlainText("x" * 501)
    assert composer._counter.text() == "501 / 500"
    assert not composer.queue_button.isEnabled()
    assert "1 characters over the limit" in composer.queue_button.toolTip()
    assert composer._warning.isVisibleTo(composer)
    # Ctrl+Enter does nothing while the text is too long.
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(window, qloop)
    assert window.context.outbox.list_items() == []
    # Rich text stays text.
    composer.editor.setPlainText("<b>bold</b>")
    assert composer.editor.toPlainText() == "<b>bold</b>"


def test_pinned_notes_and_the_preferred_channel_are_shown_while_writing(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop
) -> None:
    message_id = open_first_inbound(window, qloop)
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.contact_id is not None
    context.writer.call(context.notes.add, detail.contact_id, "Allergic to nuts", pinned=True)
    context.writer.call(context.notes.add, detail.contact_id, "Not pinned")
    context.writer.call(context.contacts.update, detail.contact_id, preferred_channel="email")
    window.inbox.show_message(message_id)
    window.inbox.composer.set_message(None)
    window.inbox.composer.set_message(context.inbox.get(message_id))
    text = window.inbox.composer._customer.text()
    assert "Allergic to nuts" in text
    assert f"Prefers {network_name('email')}" in text
    assert "Not pinned" not in text


def test_queueing_sends_at_once_and_warns_about_a_second_reply(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    message_id = open_first_inbound(window, qloop)
    type_reply(qtbot, window, "Thank you, see you soon!")
    qtbot.keyClick(
        window.inbox.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    run_until(qloop, lambda: [i.state for i in context.outbox.for_message(message_id)] == ["sent"])
    run_until(qloop, lambda: "Sent" in window.inbox.composer.status.text())
    assert window.inbox.composer.editor.toPlainText() == ""
    settle(window, qloop)
    # A second reply to the same message: warned before and after queueing.
    assert "already has a reply" in window.inbox.composer.warning_text()
    type_reply(qtbot, window, "And one more thing")
    window.inbox.composer.queue_button.click()
    run_until(qloop, lambda: len(context.outbox.for_message(message_id)) == 2)
    run_until(
        qloop, lambda: "already has a reply queued or sent" in window.inbox.composer.warning_text()
    )
    settle(window, qloop)


def test_the_outbox_model_passes_the_model_tester(
    context: AppContext, qtmodeltester: ModelTester
) -> None:
    inbox = context.inbox.page(InboxFilter("all"), limit=3)
    for row in inbox:
        context.writer.call(context.outbox.create_reply, row.id, f"Reply to {row.id}", "ann")
    model = OutboxModel()
    model.set_items(context.outbox.list_items())
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_written_offline_approved_by_another_person_and_sent_when_back_online(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop, qtbot: QtBot
) -> None:
    """The issue's test: offline, review on, approve as a second person, back online, sent."""
    context.writer.call(context.business.set, REPLIES_NEED_REVIEW, True)
    set_offline(context, True)
    context.user = "junior"
    message_id = open_first_inbound(window, qloop)
    type_reply(qtbot, window, "We are so sorry, the room will be ready at noon.")
    window.inbox.composer.queue_button.click()
    run_until(qloop, lambda: len(context.outbox.for_message(message_id)) == 1)
    item = context.outbox.for_message(message_id)[0]
    assert item.state == "awaiting_review" and item.author == "junior"
    run_until(qloop, lambda: "Waiting for review" in window.inbox.composer.status.text())
    run_until(qloop, lambda: outbox_badge(window) == 1)

    # The Outbox page: the author cannot approve; the review detail shows who and what.
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    assert window.pages.currentWidget() is page
    assert page.current_item() is not None and page.current_item().id == item.id  # type: ignore[union-attr]
    assert not page.approve_button.isEnabled()
    answered = context.inbox.get(message_id)
    assert answered is not None and page.answered.text() == answered.text
    assert "junior" in page.detail_meta.text()
    assert _problems(window) == []  # every control named and reachable by keyboard
    # Forced anyway, the service refuses and the status bar says why.
    window.outbox.run_action("approve", item.id)
    settle(window, qloop)
    assert "another person must approve" in window.statusBar().currentMessage()

    # The second person approves; the network is down, so the reply waits.
    context.user = "senior"
    page.refresh()
    assert page.approve_button.isEnabled()
    page.approve_button.click()
    run_until(
        qloop,
        lambda: context.outbox.get(item.id).approved_by == "senior" and window.tasks.pending == 0,
    )
    run_until(
        qloop, lambda: not window.sync.running and context.outbox.get(item.id).state == "approved"
    )
    settle(window, qloop)
    assert context.outbox.get(item.id).state == "approved"
    assert "network" in window.statusBar().currentMessage()
    # The status bar keeps saying which account cannot reach its network.
    assert "cannot be reached" in window.sync_status.label.text()
    assert outbox_badge(window) in (0, None)
    window.inbox.show_message(message_id)
    # The app keeps working offline: reading and marking messages.
    window.sidebar.select_key("view:all")
    reading = open_first_inbound(window, qloop)
    window.inbox.toggle_done()
    run_until(qloop, lambda: context.inbox.get(reading).done)  # type: ignore[union-attr]
    settle(window, qloop)

    # Back online: a round (Sync now) sends it.
    set_offline(context, False)
    window.sidebar.select_key("view:all")
    window.inbox.show_message(message_id)
    window.sync_now()
    # Waiting for every task to end too: qasync steps pending tasks once more after
    # run_until returns, outside the loop, where a task under way cannot reach the writer.
    run_until(
        qloop,
        lambda: context.outbox.get(item.id).state == "sent" and window.tasks.pending == 0,
        timeout=10,
    )
    settle(window, qloop)
    sent = context.outbox.get(item.id)
    assert sent.remote_id and sent.sent_at is not None
    detail = context.inbox.get(message_id)
    assert detail is not None and detail.replied_at is not None
    thread = context.inbox.thread(message_id)
    assert any(not r.inbound and r.preview.startswith("We are so sorry") for r in thread)
    run_until(qloop, lambda: "Sent" in window.inbox.composer.status.text())
    assert window.inbox.composer.message_id == message_id
    assert "cannot be reached" not in window.sync_status.label.text()

    # Exactly once: another round neither sends it again nor shows it twice.
    window.sync_now()
    run_until(qloop, lambda: window.tasks.pending == 0)
    settle(window, qloop)
    copies = [r for r in context.inbox.thread(message_id) if not r.inbound]
    assert [r.preview for r in copies].count(sent.text) == 1
    [trail] = context.outbox.audit_trail([item.id])
    assert [e["event"] for e in trail["events"]].count("sent") == 1


def reply_awaiting_review(
    window: MainWindow, context: AppContext, qloop: qasync.QEventLoop, *, author: str
) -> ReplyCreated:
    """With review on, ``author`` replies "Hello" to the first inbound message."""
    message_id = open_first_inbound(window, qloop)
    context.writer.call(context.business.set, REPLIES_NEED_REVIEW, True)
    created = context.writer.call(context.outbox.create_reply, message_id, "Hello", author)
    window.bridge.publish(created.changes)
    return created


def test_discard_asks_first(
    window: MainWindow,
    context: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = reply_awaiting_review(window, context, qloop, author="ann")
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
    page.discard_button.click()
    settle(window, qloop)
    assert context.outbox.get(created.item.id).state == "awaiting_review"
    page.discard_button.click()
    run_until(qloop, lambda: context.outbox.get(created.item.id).state == "discarded")
    settle(window, qloop)
    assert page.model.item_at(0).state == "discarded"  # type: ignore[union-attr]
    assert not page.discard_button.isEnabled()


def test_send_back_with_a_comment_returns_the_reply_to_its_author(
    window: MainWindow,
    context: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    created = reply_awaiting_review(window, context, qloop, author="junior")
    context.user = "senior"
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *_args: ("Please greet by name", True)
    )
    page.send_back_button.click()
    run_until(qloop, lambda: context.outbox.get(created.item.id).state == "draft")
    settle(window, qloop)
    assert context.outbox.get(created.item.id).review_comment == "Please greet by name"
    assert "Sent back: Please greet by name" in page.problem.text()
    assert page.submit_button.isEnabled()
    run_until(qloop, lambda: "Please greet by name" in window.inbox.composer.status.text())


def test_the_counter_counts_graphemes_where_the_network_does(
    context: AppContext, qtbot: QtBot
) -> None:
    """A Bluesky-like account (300 graphemes): an emoji family is one, as people see it."""
    composer, _ = composer_on_bluesky_message(context, qtbot, "g1")
    family = "👩‍👩‍👧‍👦"
    composer.editor.setPlainText(family * 300)
    assert composer._counter.text() == "300 / 300"
    assert composer.queue_button.isEnabled()
    composer.editor.setPlainText(family * 301)
    assert composer._counter.text() == "301 / 300"
    assert not composer.queue_button.isEnabled()
    assert "1 graphemes over the limit" in composer.warning_text()


def test_an_uncertain_reply_can_be_marked_sent_or_sent_again(
    window: MainWindow,
    context: AppContext,
    qloop: qasync.QEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    message_id = open_first_inbound(window, qloop)
    created = context.writer.call(context.outbox.create_reply, message_id, "Hello", "ann")
    with context.db.write() as session:  # as the sender leaves it after a lost answer
        session.execute(
            update(OutboxItem)
            .where(OutboxItem.id == created.item.id)
            .values(state=OutboxState.OUTCOME_UNKNOWN, last_error="the connection dropped")
        )
    window.sidebar.select_key(OUTBOX_KEY)
    page = window.outbox.page
    assert page.current_item().state == "outcome_unknown"  # type: ignore[union-attr]
    assert page.mark_sent_button.isVisibleTo(page) and page.mark_sent_button.isEnabled()
    assert page.retry_button.text() == "Send again"
    assert "the connection dropped" in page.problem.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    page.retry_button.click()
    settle(window, qloop)
    assert context.outbox.get(created.item.id).state == "outcome_unknown"
    page.mark_sent_button.click()
    run_until(qloop, lambda: context.outbox.get(created.item.id).state == "sent")
    settle(window, qloop)


def test_a_template_is_filled_for_the_customer_or_refused_naming_the_field(
    window: MainWindow, qloop: qasync.QEventLoop
) -> None:
    from socialinbox.core.templates import Template

    row = next(
        window.inbox.model.message_at(i)
        for i in range(window.inbox.model.rowCount())
        if window.inbox.model.message_at(i).author_name == "Maya Okafor"
    )
    window.inbox.show_message(row.id)
    run_until(qloop, lambda: window.inbox.composer.message_id == row.id)
    composer = window.inbox.composer
    assert composer.templates_button.isVisible()
    composer.templates_menu.aboutToShow.emit()
    names = [a.text() for a in composer.templates_menu.actions()]
    assert "Welcome back" in names and "Thank you" in names

    assert composer.use_template(Template("Thanks", "Thank you, {first_name}!"))
    assert composer.editor.toPlainText() == "Thank you, Maya!"

    composer.editor.clear()
    refused = Template("Dish", "Your {note:favourite} is ready, {first_name}.")
    assert not composer.use_template(refused)
    assert composer.editor.toPlainText() == ""
    assert "{note:favourite}" in composer._warning.text()
