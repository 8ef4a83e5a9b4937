"""The Outbox as a page of the window: its sidebar entry and badge, and the actions its
buttons ask for, run on the writer.

Rules: the badge counts replies that need someone (:data:`ATTENTION_STATES`),
counted after the first paint and again on every change set that names the
outbox; the list on screen is read again on such a change too. An action the
service refuses (the four-eyes rule, a state that moved on) is shown in words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.ui.outbox.outbox_page import ATTENTION_STATES, OutboxPage
from socialinbox.ui.shell.page import Frame, SidebarEntry

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.runtime.counts import InboxCounts


OUTBOX_PAGE = "outbox"
OUTBOX_KEY = "page:outbox"


def outbox_entry() -> SidebarEntry:
    return SidebarEntry(
        OUTBOX_KEY,
        QCoreApplication.translate("Sidebar", "Outbox"),
        "outbox",
        page=OUTBOX_PAGE,
        badge_text=QCoreApplication.translate("Sidebar", "{label}, {count} need attention"),
    )


class OutboxPageController(QObject):
    """The Outbox page (a :class:`~socialinbox.ui.shell.page.Page`) and its actions."""

    def __init__(self, context: AppContext, frame: Frame, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._frame = frame
        self._attention: int | None = None
        self.page = OutboxPage(
            context.outbox,
            context.inbox,
            lambda: self._context.user,
            contacts=context.contacts,
            notes=context.notes,
        )
        self.page.action_requested.connect(self.run_action)

    # -- the Page protocol ----------------------------------------------------------

    @property
    def key(self) -> str:
        return OUTBOX_PAGE

    @property
    def title(self) -> str:
        return self.tr("Outbox")

    @property
    def widget(self) -> QWidget:
        return self.page

    def activate(self, entry: SidebarEntry) -> None:
        self.page.refresh()

    def deactivate(self) -> None:
        pass

    def apply_changes(self, change: ChangeSet) -> None:
        if not change.touches(changes.OUTBOX) or self._frame.is_closing:
            return
        self._count_attention()
        if self._frame.is_shown(self):
            self.page.refresh()

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        if counts is None:
            return {}
        if self._attention is None:
            # The first count waits for the first paint, like every count.
            self._attention = len(self._context.outbox.list_items(ATTENTION_STATES))
        return {OUTBOX_KEY: self._attention}

    def _count_attention(self) -> None:
        self._attention = len(self._context.outbox.list_items(ATTENTION_STATES))
        self._frame.refresh_badges()

    # -- actions --------------------------------------------------------------------

    def run_action(self, action: str, item_id: int, comment: str = "") -> None:
        """Run an action of the Outbox page on the writer; approving or retrying sends soon."""
        outbox = self._context.outbox
        user = self._context.user
        steps: dict[str, Callable[[], ChangeSet]] = {
            "approve": partial(outbox.approve, item_id, user),
            "submit": partial(outbox.submit, item_id, user),
            "discard": partial(outbox.discard, item_id, user),
            "retry": partial(outbox.retry, item_id, user),
            "mark_sent": partial(outbox.mark_sent, item_id, user),
            "send_back": partial(outbox.send_back, item_id, user, comment),
            "edit": partial(outbox.edit, item_id, comment, user),
            "resubmit": partial(outbox.resubmit, item_id, comment, user),
        }
        sends = action in ("approve", "retry")
        self._frame.operation.run(
            steps[action],
            name=f"outbox-{action}",
            done=(lambda _change: self._frame.send_soon()) if sends else None,
        )
