"""The tray where one exists, notifications inside the window where none does."""

from __future__ import annotations

import pytest
from conftest import OFFSCREEN_NOISE
from PySide6.QtWidgets import QSystemTrayIcon

from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notify import Notification
from socialinbox.settings import CLOSE_TO_TRAY
from socialinbox.ui.shell import window as window_module
from socialinbox.ui.shell.window import MainWindow


def test_without_a_tray_notifications_show_in_the_window_and_closing_quits(
    window: MainWindow,
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    assert window.tray is None
    window.notifier.notify(Notification("Maya Okafor is back", "loves cornbread"))
    assert window.banner.isVisibleTo(window)
    assert window.banner.title.text() == "Maya Okafor is back"
    assert window.banner.body.text() == "loves cornbread"
    window.context.machine_settings.set(CLOSE_TO_TRAY, True)
    assert not window.keeps_running_in_tray()


# The offscreen platform has no tray of its own: Qt warns while wiring the icon.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", OFFSCREEN_NOISE)
def test_with_a_tray_closing_hides_the_window_and_quit_really_quits(
    monkeypatch: pytest.MonkeyPatch, context, qloop, qtbot
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(window_module, "tray_available", lambda: True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, body, *a: shown.append((title, body))
    )
    window = MainWindow(context, loop=qloop, background_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window.tray is not None
    window.tray.set_counts(12, 3)
    assert window.tray.icon.toolTip() == "Social Inbox — 12 unread · 3 reminder(s)"

    window.notifier.notify(Notification("Maya Okafor is back", "loves cornbread"))
    assert shown[-1] == ("Maya Okafor is back", "loves cornbread")

    context.machine_settings.set(CLOSE_TO_TRAY, True)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    assert not window.isVisible() and not closed
    assert "Still running in the tray" in shown[-1][1]
    window.tray.show_requested.emit()
    assert window.isVisible()
    window.tray.quit_requested.emit()
    assert closed == [True]
    qloop.run_until_complete(window.shutdown())


@pytest.mark.qt_log_ignore("systemTrayWindowChanged", OFFSCREEN_NOISE)
def test_the_tray_counts_unread_messages_and_due_reminders(
    monkeypatch: pytest.MonkeyPatch, context, qloop, qtbot
) -> None:
    from datetime import UTC, datetime, timedelta

    from ui_helpers import dismiss_suggestions, run_until

    dismiss_suggestions(context)  # the demo's suggestions: this test counts its own
    monkeypatch.setattr(window_module, "tray_available", lambda: True)
    window = MainWindow(context, loop=qloop, background_sync=False)
    qtbot.addWidget(window)
    window.show()
    assert window.tray is not None
    contact_id = context.inbox.get(window.inbox.model.message_at(0).id).contact_id
    change = context.writer.call(
        context.reminders.follow_up,
        contact_id,
        datetime.now(UTC) - timedelta(minutes=1),
        "call back about the wedding",
    )
    window.bridge.publish(change)
    unread = context.inbox.count(InboxFilter(view="unread"))
    expected = f"Social Inbox — {unread} unread · 1 reminder(s)"
    run_until(qloop, lambda: window.tray.icon.toolTip() == expected, timeout=10)
    qloop.run_until_complete(window.shutdown())
