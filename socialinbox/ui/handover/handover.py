"""View ▸ Handover… (Ctrl+Shift+H): declares the action and opens the digest's dialog.

The dialog is built (and its module imported) the first time it is opened; opening
it again brings it to the front and reads the digest afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from socialinbox.ui.shell.actions import APP_SECTION, ActionSpec, ActionTable

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.core.handover import Digest
    from socialinbox.ui.handover.handover_dialog import HandoverDialog
    from socialinbox.ui.shell.page import Frame

HANDOVER_SHORTCUT = "Ctrl+Shift+H"


class HandoverView(QObject):
    """The Handover action and its dialog; lines open through the frame."""

    def __init__(
        self,
        window: Frame,
        context: AppContext,
        actions: ActionTable,
        show_reminder: Callable[[int], None],
        show_alert: Callable[[int], None],
        lists: Mapping[str, str],
        parent: QObject | None = None,
    ) -> None:
        """``lists``: the sidebar key of each digest section's whole list (see the dialog)."""
        super().__init__(parent)
        self._lists = lists
        self._window = window
        self._context = context
        self._show_reminder = show_reminder
        self._show_alert = show_alert
        self.dialog: HandoverDialog | None = None
        self.action = actions.add(
            ActionSpec(
                "view.handover",
                self.tr("&Handover…"),
                self.open,
                menu="view",
                shortcut=HANDOVER_SHORTCUT,
                tip=self.tr(
                    "What the next shift must know: new and waiting messages, escalations, "
                    "reminders, arriving guests, alerts"
                ),
                help=self.tr("the shift handover"),
                section=APP_SECTION,
            )
        )

    def read(self, since: datetime | None) -> tuple[Digest, tzinfo]:
        """The digest and its property's timezone (runs in a worker thread)."""
        handover = self._context.handover
        return handover.digest(since), handover.zone()

    def open(self) -> HandoverDialog:
        if self.dialog is None:
            from socialinbox.ui.handover.handover_dialog import HandoverDialog

            window = self._window
            dialog = HandoverDialog(
                self.read,
                window.tasks,
                self._context.clock.now,
                self._lists,
                window.dialog_parent(),
            )
            dialog.message_requested.connect(window.show_message)
            dialog.contact_requested.connect(window.show_contact)
            dialog.reminder_requested.connect(self._show_reminder)
            dialog.alert_requested.connect(self._show_alert)
            dialog.list_requested.connect(window.open_page)
            self.dialog = dialog
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.refresh()
        return self.dialog

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
