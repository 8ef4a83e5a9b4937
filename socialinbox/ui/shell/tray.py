"""The system tray icon: counts at a glance, a small menu, closing to the tray.

Where the desktop has no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is
false, as on some desktops), there is no icon: notifications show inside the
window (see ``notifier.py``) and closing the window always quits, which the
Settings dialog explains.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from socialinbox import APP_NAME
from socialinbox.ui.common.icons import glyph_icon


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """The tray icon and its menu.

    Signals:
        show_requested(): the user clicked the icon or chose "Show".
        sync_requested(): the user chose "Sync now".
        quit_requested(): the user chose "Quit".
    """

    show_requested = Signal()
    sync_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.menu = QMenu()
        self.show_action = QAction(icon, self.tr("Show {app}").format(app=APP_NAME), self)
        self.sync_action = QAction(glyph_icon("sync"), self.tr("Sync now"), self)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.show_action.triggered.connect(self.show_requested)
        self.sync_action.triggered.connect(self.sync_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.show_action, self.sync_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.set_counts(None, None)
        self.icon.show()

    def set_counts(self, unread: int | None, reminders: int | None) -> None:
        """The tooltip says what waits: unread messages and open reminders."""
        waiting = []
        if unread is not None:
            waiting.append(self.tr("%n unread", "", unread))
        if reminders:
            waiting.append(self.tr("%n reminder(s)", "", reminders))
        self.icon.setToolTip(f"{APP_NAME} — {' · '.join(waiting)}" if waiting else APP_NAME)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
