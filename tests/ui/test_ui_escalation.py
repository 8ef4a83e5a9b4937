"""Escalating and assigning in the window: the dialogs, the Escalated and Mine lists with
their counts, the history in the reading pane, the named person told once — also of an
escalation a command wrote in another process — and the VIP star on rows."""

from __future__ import annotations

from functools import partial

import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from test_accessibility import _problems
from test_contact_card import add_message, open_message
from ui_helpers import dismiss_suggestions, run_until, settle

from socialinbox.app import AppContext
from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.escalation.person_dialog import PersonDialog
from socialinbox.ui.inbox.message_model import ROW_ROLE
from socialinbox.ui.shell.sidebar import BADGE_ROLE
from socialinbox.ui.shell.window import MainWindow
from tests.cli_runner import run_cli

Loop = qasync.QEventLoop


def _dialog(window: MainWindow, qloop: Loop) -> PersonDialog:
    run_until(qloop, lambda: isinstance(window.escalation.dialog, PersonDialog))
    dialog = window.escalation.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    return dialog


def _shown(window: MainWindow, qloop: Loop, key: str) -> list[int]:
    """Open the sidebar list ``key``; the ids of its rows once loaded."""
    window.sidebar.select_key(key)
    settle(window, qloop)
    model = window.inbox.model
    return [model.message_at(i).id for i in range(model.rowCount())]  # type: ignore[union-attr]


def _team(context: AppContext) -> None:
    context.writer.call(context.users.add, "Bob Stone", "owner")
    context.writer.call(context.users.add, "Chris", "reviewer")


def test_shift_e_escalates_the_message_to_the_person_picked_with_the_reason(
    window: MainWindow, context: AppContext, qloop: Loop, qtbot: QtBot
) -> None:
    _team(context)
    message_id, contact = add_message(
        window, context, "esc-1", "Third cold breakfast this week!", author="Rita Bloom", key="r"
    )
    open_message(window, qloop, message_id, contact)
    action = window.actions_table.action("message.escalate")
    assert action.shortcut() == QKeySequence("Shift+E")
    owners = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("Shift+E")]
    assert owners == [action]
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.list_view, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(window, qloop)
    assert _problems(dialog) == []
    names = [dialog.person.itemData(i) for i in range(dialog.person.count())]
    assert names == ["Bob Stone", "Chris", context.user]  # the team, you included
    assert dialog.person.itemText(0) == "Bob Stone (owner)"
    dialog.person.setCurrentIndex(1)
    QTest.keyClicks(dialog.text, "Angry regular; wants the manager")
    dialog.ok_button.click()
    run_until(qloop, lambda: not dialog.isVisible())

    # The Escalated list has it, with its count; its row carries the mark.
    assert _shown(window, qloop, "view:escalated") == [message_id]
    run_until(qloop, lambda: window.sidebar_model.data(_row(window, "view:escalated"), BADGE_ROLE))
    assert window.sidebar_model.data(_row(window, "view:escalated"), BADGE_ROLE) == 1
    row = window.inbox.model.index(0, 0)
    assert window.inbox.model.data(row, ROW_ROLE).escalated_to == "Chris"
    assert "Escalated to Chris" in window.inbox.model.data(row, Qt.ItemDataRole.ToolTipRole)
    # The reading pane tells the story.
    window.inbox.show_message(message_id)
    history = window.escalation.history
    run_until(qloop, lambda: history.isVisible())
    lines = history.lines()
    assert lines[0].startswith(f"{context.user} escalated it to Chris, ")
    assert lines[1:] == ["Reason: Angry regular; wants the manager", "Open"]
    settle(window, qloop)


def test_resolving_with_an_outcome_empties_the_list_and_keeps_the_history(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    _team(context)
    message_id, _contact = add_message(
        window, context, "esc-2", "Where is my refund?", author="Sam Vale", key="s"
    )
    context.writer.call(context.escalations.escalate, message_id, "Chris", "refund")
    assert _shown(window, qloop, "view:escalated") == [message_id]
    window.inbox.show_message(message_id)
    resolve = window.actions_table.action("message.resolve_escalation")
    run_until(qloop, lambda: resolve.isEnabled())
    resolve.trigger()
    dialog = _dialog(window, qloop)
    assert not dialog.ok_button.isEnabled()  # an outcome is required
    QTest.keyClicks(dialog.text, "Refunded by bank transfer")
    assert dialog.ok_button.isEnabled()
    QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    run_until(qloop, lambda: not dialog.isVisible())
    # The message being read stays in view until the user moves on; reopened, it is gone.
    window.sidebar.select_key("view:all")
    assert _shown(window, qloop, "view:escalated") == []
    window.sidebar.select_key("view:all")
    settle(window, qloop)
    window.inbox.show_message(message_id)
    history = window.escalation.history
    run_until(qloop, lambda: any("Refunded" in line for line in history.lines()))
    assert history.lines()[-1].startswith(f"Resolved by {context.user}, ")
    assert history.lines()[-1].endswith(": Refunded by bank transfer")
    assert not resolve.isEnabled()


def test_assign_puts_it_in_mine_and_nobody_takes_it_out(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    _team(context)
    message_id, contact = add_message(
        window, context, "esc-3", "Can I bring my dog?", author="Ida Moss", key="i"
    )
    open_message(window, qloop, message_id, contact)
    window.inbox.focus_list()
    QTest.keyClick(window.inbox.list_view, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    dialog = _dialog(window, qloop)
    assert dialog.person.itemText(0) == "Nobody"
    assert dialog.chosen() == context.user  # yourself, at first
    dialog.ok_button.click()
    run_until(qloop, lambda: not dialog.isVisible())
    assert _shown(window, qloop, "view:mine") == [message_id]
    run_until(qloop, lambda: window.sidebar_model.data(_row(window, "view:mine"), BADGE_ROLE))
    # Another's assignment is not mine.
    window.inbox.show_message(message_id)
    assert window.escalation.history.lines() == [f"Assigned to {context.user}"]
    window.actions_table.action("message.assign").trigger()
    dialog = _dialog(window, qloop)
    dialog.person.setCurrentIndex(dialog.person.findData("Bob Stone"))
    dialog.ok_button.click()
    run_until(qloop, lambda: not dialog.isVisible())
    window.sidebar.select_key("view:all")
    assert _shown(window, qloop, "view:mine") == []
    assert context.inbox.page(InboxFilter("mine", user="Bob Stone"))[0].id == message_id


def test_a_refused_escalation_keeps_the_dialog_open_with_the_reason(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    _team(context)
    message_id, contact = add_message(
        window, context, "esc-4", "Hello?", author="Noa Park", key="n"
    )
    open_message(window, qloop, message_id, contact)
    window.actions_table.action("message.escalate").trigger()
    dialog = _dialog(window, qloop)
    dialog.person.setCurrentIndex(dialog.person.findData("Chris"))
    # Meanwhile another desk escalates it to Chris.
    context.writer.call(context.escalations.escalate, message_id, "Chris")
    QTest.keyClicks(dialog.text, "twice")
    dialog.ok_button.click()
    run_until(qloop, lambda: dialog.problem.isVisible())
    assert dialog.problem.text() == "It is escalated to Chris already"
    assert dialog.isVisible() and dialog.text.toPlainText() == "twice"
    dialog.reject()


def test_an_escalation_written_by_the_command_line_is_announced_once(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    """The named person's desk: the window's change feed (its own timer) brings the
    escalation a CLI run wrote; the notice shows once, and is recorded as seen."""
    message_id, _contact = add_message(
        window, context, "esc-5", "The shower is cold", author="Tom Reed", key="t"
    )
    run_until(qloop, lambda: context.users.find(context.user) is not None)  # joined at start
    sent = window.escalation.notices.sent
    assert sent == []
    result = run_cli(
        context.data_dir,
        "--user",
        "Anna",
        "escalate",
        str(message_id),
        "--to",
        context.user.upper(),
        "--reason",
        "Guest in room 12",
    )
    assert result.returncode == 0, result.stderr
    run_until(qloop, lambda: len(sent) == 1, timeout=10)
    [notice] = sent
    assert notice.title == "Anna escalated a message to you"
    assert notice.body == "Tom Reed: The shower is cold\nReason: Guest in room 12"
    assert window.banner.isVisible() and window.banner.title.text() == notice.title
    run_until(qloop, lambda: context.escalations.history(message_id)[0].seen_at is not None)
    # More polls, more changes: no second notice.
    for _ in range(3):
        window.poller.poll()
    settle(window, qloop)
    assert len(sent) == 1
    # A click on it shows the message.
    window.banner.clicked.emit()
    run_until(qloop, lambda: window.inbox.reading_pane.message_id == message_id)


def test_vip_customers_rows_carry_the_star(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    message_id, contact = add_message(
        window, context, "esc-6", "Booking for May", author="Lady Grey", key="lg"
    )
    # As the customer card's VIP button does it.
    window.operation.run(partial(context.contacts.update, contact, vip=True), name="vip")
    window.sidebar.select_key("view:all")
    settle(window, qloop)
    index = window.inbox.model.index_of(message_id)
    run_until(qloop, lambda: window.inbox.model.data(index, ROW_ROLE).vip)
    tip = window.inbox.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "VIP customer" in tip
    spoken = window.inbox.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "VIP customer" in spoken


def test_a_capital_e_typed_in_the_search_field_is_a_letter(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    window.inbox.focus_search()
    QTest.sendKeyEvent(
        QTest.KeyAction.Click,
        window.inbox.search,
        Qt.Key.Key_E,
        "E",
        Qt.KeyboardModifier.ShiftModifier,
    )
    settle(window, qloop)
    assert window.escalation.dialog is None
    assert window.inbox.search.text() == "E"


def _row(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    row = window.sidebar_model.row_of(key)
    assert row is not None
    return window.sidebar_model.index(row, 0)


def test_vip_customers_are_starred_on_the_reminders_and_outbox_pages(
    window: MainWindow, context: AppContext, qloop: Loop
) -> None:
    dismiss_suggestions(context)  # the demo's suggestions: this test counts its own
    message_id, contact = add_message(
        window, context, "esc-7", "Any news on my booking?", author="Lady Grey", key="lg2"
    )
    _, other = add_message(window, context, "esc-8", "Hi", author="Plain Jane", key="pj")
    for who in (contact, other):
        window.operation.run(
            partial(context.reminders.follow_up, who, context.clock.now(), "call back"),
            name="follow-up",
        )
    window.operation.run(partial(context.contacts.update, contact, vip=True), name="vip")
    window.operation.run(
        partial(context.outbox.create_reply, message_id, "Confirmed for May 3", context.user),
        name="reply",
    )
    settle(window, qloop)
    window.inbox.show_message(message_id)
    assert window.actions_table.action("message.escalate").isEnabled()
    window.open_page("page:reminders")
    settle(window, qloop)
    # Off the inbox, no message is in view to escalate.
    assert not window.actions_table.action("message.escalate").isEnabled()
    reminders = window.front_desk.reminders_page.model
    run_until(qloop, lambda: reminders.rowCount() == 2)
    names = {reminders.index(r, 1).data() for r in range(2)}
    assert names == {"Lady Grey  ★", "Plain Jane"}
    starred = next(r for r in range(2) if reminders.index(r, 1).data() == "Lady Grey  ★")
    assert "VIP customer" in reminders.index(starred, 1).data(Qt.ItemDataRole.ToolTipRole)
    window.open_page("page:outbox")
    settle(window, qloop)
    outbox = window.outbox.page.model
    run_until(qloop, lambda: outbox.rowCount() == 1)
    assert outbox.index(0, 3).data() == "★ Confirmed for May 3"
    assert "VIP customer" in outbox.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
