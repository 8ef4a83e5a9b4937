"""The tray where one exists, notifications inside the window where none does."""

from __future__ import annotations

import pytest
from conftest import OFFSCREEN_NOISE
from PySide6.QtWidgets import QSystemTrayIcon

from socialinbox.core.notify import Notification
from socialinbox.ui import main_window as main_window_module
from socialinbox.ui.main_window import MainWindow
from socialinbox.ui.tray import CLOSE_TO_TRAY


def test_without_a_tray_notifications_show_in_the_window_and_closing_quits(
    window: MainWindow,
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    assert window.tray is None
    window.notifier.notify(Notification("Maya Okafor is back", "loves cornbread"))
    assert window.banner.isVisibleTo(window)
    assert window.banner.title.text() == "Maya Okafor is back"
    assert window.banner.body.text() == "loves cornbread"
    window._context.machine_settings.set(CLOSE_TO_TRAY, True)
    assert not window._keeps_running_in_tray()


# The offscreen platform has no tray of its own: Qt warns while wiring the icon.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged", OFFSCREEN_NOISE)
def test_with_a_tray_closing_hides_the_window_and_quit_really_quits(
    monkeypatch: pytest.MonkeyPatch, context, qloop, qtbot
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(main_window_module, "tray_available", lambda: True)
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
