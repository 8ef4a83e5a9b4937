"""How the app taps the user on the shoulder.

The core only knows this interface; the GUI provides one that shows desktop
notifications through the system tray (or inside the window where there is no
tray), the CLI one that writes to the log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal, Protocol

Urgency = Literal["info", "reminder", "warning"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    body: str
    urgency: Urgency = "info"
    # What the notification is about, so a click can open it.
    message_id: int | None = None
    contact_id: int | None = None
    # The window shows this already in a place of its own (a crisis alert's banner): where
    # there is no desktop notification, nothing more is shown inside the window.
    shown_in_window: bool = False
    # What the title and body say, for the window to word them in its language (like a
    # UserError's code and params); the English title and body stay for the log.
    code: str = ""
    params: tuple[tuple[str, str], ...] = ()


class Notifier(Protocol):
    def notify(self, notification: Notification) -> None: ...


class LogNotifier:
    def notify(self, notification: Notification) -> None:
        log.info("Notification: %s — %s", notification.title, notification.body)


class RecordingNotifier:
    """Keeps every notification; for tests and headless runs."""

    def __init__(self) -> None:
        self.sent: list[Notification] = []

    def notify(self, notification: Notification) -> None:
        self.sent.append(notification)
