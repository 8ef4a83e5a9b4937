"""The front desk's pages as the frame sees them: Reminders and Today's arrivals.

Rules: a page on screen is read again when a change set names what it shows
(:attr:`DeskPage.refresh_on`); a hidden page is read when it is opened. The
Reminders entry's badge is the number of reminders due now, from the window's counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.ui.common.formatting import translate
from socialinbox.ui.shell.page import Frame, SidebarEntry

if TYPE_CHECKING:
    from socialinbox.ui.runtime.counts import InboxCounts

REMINDERS_PAGE = "reminders"
REMINDERS_KEY = "page:reminders"
ARRIVALS_PAGE = "arrivals"
ARRIVALS_KEY = "page:arrivals"


def reminders_entry() -> SidebarEntry:
    return SidebarEntry(
        REMINDERS_KEY,
        translate("Sidebar", "Reminders"),
        "reminders",
        page=REMINDERS_PAGE,
        badge_text=translate("Sidebar", "{label}, {count} due"),
    )


def arrivals_entry() -> SidebarEntry:
    return SidebarEntry(
        ARRIVALS_KEY, translate("Sidebar", "Today's arrivals"), "guest", page=ARRIVALS_PAGE
    )


class DeskPage:
    """A front-desk widget as a :class:`~socialinbox.ui.shell.page.Page`.

    ``opened`` runs when the user opens the page, ``refresh`` when a change set
    naming one of ``refresh_on`` arrives while it is shown; ``badge_key`` (if any)
    shows the due reminders.
    """

    def __init__(
        self,
        key: str,
        title: str,
        widget: QWidget,
        frame: Frame,
        *,
        opened: Callable[[], None],
        refresh: Callable[[], None],
        refresh_on: tuple[str, ...],
        badge_key: str = "",
    ) -> None:
        self._key = key
        self._title = title
        self._widget = widget
        self._frame = frame
        self._opened = opened
        self._refresh = refresh
        self.refresh_on = refresh_on
        self._badge_key = badge_key

    @property
    def key(self) -> str:
        return self._key

    @property
    def title(self) -> str:
        return self._title

    @property
    def widget(self) -> QWidget:
        return self._widget

    def activate(self, entry: SidebarEntry) -> None:
        self._opened()

    def deactivate(self) -> None:
        pass

    def apply_changes(self, change: ChangeSet) -> None:
        if self._frame.is_shown(self) and any(change.touches(kind) for kind in self.refresh_on):
            self._refresh()

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        if not self._badge_key or counts is None:
            return {}
        return {self._badge_key: counts.reminders_due}


REMINDERS_REFRESH_ON = (changes.REMINDER, changes.NOTE, changes.CONTACT)
ARRIVALS_REFRESH_ON = (changes.CONTACT, changes.NOTE, changes.MESSAGE, changes.SETTINGS)
