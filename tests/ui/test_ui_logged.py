"""*Log a call or visit…* in the window: from the reading pane, the card and Ctrl+L; the
log shows in the customer's timeline with who logged it; a failed save loses nothing."""

from __future__ import annotations

import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from test_accessibility import _problems
from test_contact_card import add_message, open_message
from ui_helpers import run_until, settle

from socialinbox.app import AppContext
from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.customer.contact_timeline import who_wrote
from socialinbox.ui.customer.log_dialog import LogConversationDialog
from socialinbox.ui.shell.window import MainWindow

Loop = qasync.QEventLoop


def _dialog(window: MainWindow, qloop: Loop) -> LogConversationDialog:
    run_until(qloop, lambda: isinstance(window.customer_card.dialog, LogConversationDialog))
    dialog = window.customer_card.dialog
    assert isinstance(dialog, LogConversationDialog)
    return dialog


def test_a_visit_logged_from_the_reading_pane_answers_her_and_shows_in_her_timeline(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(
        window, context, "lg-1", "Is the spa open late?", author="Maya Chen", key="maya"
    )
    card = open_message(window, qloop, message_id, contact)
    pane = window.inbox.reading_pane
    run_until(qloop, lambda: pane.message_id == message_id)
    assert pane.log_button.isVisible()
    pane.log_button.click()
    dialog = _dialog(window, qloop)
    assert "Maya Chen" in dialog.windowTitle()
    # Every control has a name and takes the focus; nothing to save until something is written.
    assert _problems(dialog) == []
    assert not dialog.save_button.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("in_person"))
    assert dialog.they.text().replace("&", "") == "They came in"
    dialog.we.setChecked(True)
    QTest.keyClicks(dialog.text, "Told her at the desk: open till nine")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    run_until(qloop, lambda: card.dialog is None)
    run_until(qloop, lambda: len(card.timeline_model.rows()) == 2)
    logged = card.timeline_model.rows()[0]
    assert (logged.channel, logged.inbound, logged.logged_by) == ("in_person", False, context.user)
    assert who_wrote(logged) == f"You spoke to them · {context.user}"
    tip = card.timeline_model.data(card.timeline_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert f"logged by {context.user}" in str(tip)
    # Speaking to her answered what she wrote.
    detail = context.inbox.get(message_id)
    assert detail is not None and not detail.needs_reply
    settle(window, qloop)


def test_ctrl_l_logs_a_call_with_the_selected_messages_customer_even_with_the_card_hidden(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    action = window.actions_table.action("customer.log")
    assert action.shortcut() == QKeySequence("Ctrl+L")
    # The one action with Ctrl+L in the window.
    owners = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Ctrl+L")]
    assert owners == [action]
    message_id, contact = add_message(
        window, context, "lg-2", "Table for two?", author="Ola Berg", key="ola"
    )
    open_message(window, qloop, message_id, contact)
    window.customer_card.visible_action.setChecked(False)
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.list_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(window, qloop)
    assert "Ola Berg" in dialog.windowTitle()
    assert dialog.chosen_channel() == "phone" and dialog.they.isChecked()
    QTest.keyClicks(dialog.text, "Booked the table")
    QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    run_until(qloop, lambda: window.customer_card.dialog is None)
    [call] = context.inbox.page(InboxFilter(channel="phone"))
    detail = context.inbox.get(call.id)
    assert detail is not None
    assert (detail.contact_id, detail.inbound, detail.text) == (contact, True, "Booked the table")
    assert detail.logged_by == context.user
    # The call shows in the reading pane as a call, with no reply box.
    window.inbox.show_message(call.id)
    pane = window.inbox.reading_pane
    run_until(qloop, lambda: pane.message_id == call.id)
    assert f"called · logged by {context.user}" in pane._meta.text()
    assert pane._composer is not None and pane._composer.isHidden()
    settle(window, qloop)


def test_a_refused_save_keeps_what_was_typed_and_escape_cancels(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(
        window, context, "lg-3", "Hello", author="Tia Moss", key="tia"
    )
    open_message(window, qloop, message_id, contact)
    window.customer_card.log_button.click()
    dialog = _dialog(window, qloop)
    QTest.keyClicks(dialog.text, "She asked for a late check-out")
    # Meanwhile another desk erases the customer: the save is refused.
    context.writer.call(context.contacts.erase, contact)
    dialog.save_button.click()
    run_until(qloop, lambda: dialog.problem.isVisible())
    assert "no contact" in dialog.problem.text().lower()
    assert window.customer_card.dialog is dialog and dialog.isVisible()
    assert dialog.text.toPlainText() == "She asked for a late check-out"
    assert dialog.save_button.isEnabled()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    run_until(qloop, lambda: window.customer_card.dialog is None)
    assert context.inbox.page(InboxFilter(channel="phone")) == []
    settle(window, qloop)


def test_ctrl_l_without_a_customer_says_what_to_do(window: MainWindow, qloop: Loop) -> None:
    window.inbox.show_message(None)
    window.customer_card.log_action.trigger()
    card = window.customer_card
    assert card.dialog is None
    assert "Select a message from a customer" in card.status_label.text()
    settle(window, qloop)


def test_ctrl_l_after_a_lookup_logs_a_visit_of_the_guest_found(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    guest = context.writer.call(context.contacts.create, "Maya Okafor").id
    # What the front desk's Ctrl+K does with the customer chosen.
    window.customer_card.show_contact(guest)
    window.customer_card.log_action.trigger()
    dialog = _dialog(window, qloop)
    assert "Maya Okafor" in dialog.windowTitle()
    dialog.channel.setCurrentIndex(dialog.channel.findData("in_person"))
    QTest.keyClicks(dialog.text, "Checked in early, asked about the cornbread")
    dialog.save_button.click()
    run_until(qloop, lambda: window.customer_card.dialog is None)
    [visit] = context.inbox.page(InboxFilter(channel="in_person"))
    assert context.contacts.timeline(guest) == [visit.id]
    card = window.customer_card
    run_until(qloop, lambda: [r.id for r in card.timeline_model.rows()] == [visit.id])
    assert who_wrote(card.timeline_model.rows()[0]) == f"Maya Okafor came in · {context.user}"
    settle(window, qloop)
