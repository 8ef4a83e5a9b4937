"""Tapping the user on the shoulder: the GUI's :class:`~socialinbox.core.notify.Notifier`.

Rules: a desktop notification through the system tray where one exists,
otherwise a banner inside the window (unless the window shows the matter in a
place of its own: ``Notification.shown_in_window``). Notification text may come from the
network: the banner shows it as plain text; on freedesktop systems, where
notification servers may interpret a subset of HTML, it is escaped first.
"""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.notify import Notification
from socialinbox.ui.common.formatting import translate
from socialinbox.ui.common.reasons import reason_text, worded_noted_at
from socialinbox.ui.common.widgets import plain_label, scaled_font

TRAY_MESSAGE_MS = 10_000
BANNER_MS = 15_000


class Banner(QFrame):
    """A dismissible notice at the top of the window, in palette colours.

    Signals:
        clicked(): the banner's text was clicked.
        dismissed(): the close button was pressed or the banner timed out.
    """

    clicked = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notification"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = plain_label()
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.title.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.body = plain_label(wrap=True)
        self.body.setForegroundRole(QPalette.ColorRole.ToolTipText)
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        layout.addLayout(texts, 1)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dismiss notification"))
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_notification(self, notification: Notification, timeout_ms: int = BANNER_MS) -> None:
        notification = worded(notification)
        self.title.setText(notification.title)
        self.body.setText(notification.body)
        self.body.setVisible(bool(notification.body))
        self.show()
        if timeout_ms > 0:
            self._timer.start(timeout_ms)

    def dismiss(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.hide()
            self.dismissed.emit()

    def mousePressEvent(self, event: object) -> None:
        self.clicked.emit()


class QtNotifier(QObject):
    """Shows notifications in the system tray, or in the window's banner without a tray.

    Signals:
        activated(Notification): the user clicked a notification (open what it is about).
    """

    activated = Signal(object)

    def __init__(
        self,
        banner: Banner,
        icon: QIcon,
        parent: QObject | None = None,
        tray: QSystemTrayIcon | None = None,
    ) -> None:
        super().__init__(parent)
        self._banner = banner
        self._icon = icon
        self._tray: QSystemTrayIcon | None = tray
        if tray is not None:
            tray.messageClicked.connect(self._clicked)
        self._last: Notification | None = None
        banner.clicked.connect(self._clicked)

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def notify(self, notification: Notification) -> None:
        notification = worded(notification)
        self._last = notification
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._ensure_tray()
            kind = (
                QSystemTrayIcon.MessageIcon.Warning
                if notification.urgency == "warning"
                else QSystemTrayIcon.MessageIcon.Information
            )
            tray.showMessage(
                _for_desktop(notification.title),
                _for_desktop(notification.body),
                kind,
                TRAY_MESSAGE_MS,
            )
        elif not notification.shown_in_window:
            self._banner.show_notification(notification)

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._icon, self)
            self._tray.setToolTip(self.tr("Social Inbox"))
            self._tray.messageClicked.connect(self._clicked)
            self._tray.show()
        return self._tray

    def _clicked(self) -> None:
        if self._last is not None:
            self.activated.emit(self._last)

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()


def _for_desktop(text: str) -> str:
    """Freedesktop notification servers may render markup in the body: escape it there."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return html.escape(text, quote=False)
    return text


def worded(notification: Notification) -> Notification:
    """A notification from the core with its title (and its own lines) in the window's
    language, by its code (:data:`NOTIFICATION_WORDING`); one without a code, or of a code
    not known here, as it is."""
    wording = NOTIFICATION_WORDING.get(notification.code)
    return notification if wording is None else wording(notification, dict(notification.params))


def _reminder_due(notification: Notification, params: dict[str, str]) -> Notification:
    title = translate("Notifications", "Reminder: {name}").format(**params)
    body = notification.body
    reason = params.get("reason", "")
    if reason and body.startswith(reason):
        body = reason_text(params.get("kind", ""), reason) + body[len(reason) :]
    body = worded_noted_at(body, params.get("noted_at", ""), params.get("noted", ""))
    return replace(notification, title=title, body=body)


def _escalation_new(notification: Notification, params: dict[str, str]) -> Notification:
    title = translate("Notifications", "{by} escalated a message to you").format(**params)
    lines = [params.get("message", "")]
    if params.get("reason"):
        lines.append(translate("Notifications", "Reason: {reason}").format(**params))
    return replace(notification, title=title, body="\n".join(line for line in lines if line))


# One entry per code of a core notification (core/reminders.py, core/escalations.py).
NOTIFICATION_WORDING: dict[str, Callable[[Notification, dict[str, str]], Notification]] = {
    "reminder.due": _reminder_due,
    "escalation.new": _escalation_new,
}
