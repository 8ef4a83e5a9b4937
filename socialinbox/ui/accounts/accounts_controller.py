"""The window's accounts: the panel under the sidebar, the menu action and the dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from socialinbox.core.api_quota import budget_of
from socialinbox.core.models import AccountInfo
from socialinbox.ui.accounts.accounts_panel import AccountsPanel
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.sync_controller import SyncController
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.shell.actions import APP_SECTION, ActionSpec, ActionTable

if TYPE_CHECKING:
    from socialinbox.app import AppContext

    # Connecting (httpx) is imported when an account is added, after the first paint.
    from socialinbox.sync.connect import AccountSetup
    from socialinbox.ui.accounts.accounts_dialog import AccountsDialog


class AccountsController(QObject):
    """Signals:
    changed(): an account was added, signed in again or removed (its changes are
        published already: sync now).
    """

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        sync: SyncController,
        tasks: BackgroundTasks,
        operation: WriteOperation,
        window: QWidget,
        actions: ActionTable,
        *,
        menu: str,
    ) -> None:
        """File ▸ Accounts… goes into ``menu`` (first in it)."""
        super().__init__(window)
        self._context = context
        self._sync = sync
        self._tasks = tasks
        self._operation = operation
        self._window = window
        self.dialog: AccountsDialog | None = None
        self.panel = AccountsPanel()
        self.action = actions.add(
            ActionSpec(
                "accounts.manage",
                self.tr("&Accounts…"),
                self.open,
                menu=menu,
                shortcut="Ctrl+Shift+A",
                tip=self.tr("Add, sign in again or remove accounts (Ctrl+Shift+A)"),
                help=self.tr("add, sign in again or remove accounts"),
                section=APP_SECTION,
            )
        )
        self.panel.manage_requested.connect(self.open)
        self.panel.account_activated.connect(self.open)

    def setup(self) -> AccountSetup:
        # The sync engine's client: connecting uses the same loop and TLS setup.
        return self._context.account_setup(self._sync.engine())

    def set_accounts(self, accounts: list[AccountInfo]) -> None:
        """Show ``accounts`` (with the daily quota of those that count one, who syncs
        those another desk is syncing, and each one's property: small indexed reads)."""
        budgets = {a.id: budget_of(a.settings) for a in accounts}
        syncing = {
            account_id: lease.user
            for account_id, lease in self._context.sync_leases.held_elsewhere().items()
        }
        places = {a: place.name for a, place in self._context.properties.of_accounts().items()}
        self.panel.set_accounts(accounts, self._context.quotas.counted(budgets), syncing, places)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def open(self, account_id: int | None = None) -> AccountsDialog:
        if self.dialog is None or not self.dialog.isVisible():
            context = self._context
            # Imported when opened: no dialog is needed for the window's first paint.
            from socialinbox.ui.accounts.accounts_dialog import AccountsDialog

            self.dialog = AccountsDialog(
                context.accounts.list_accounts,
                context.registry,
                self.setup,
                self._tasks,
                self._operation,
                context.secrets,
                context.machine_settings,
                context.accounts.message_count,
                self._window,
            )
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.changed.connect(self.changed)
            self.dialog.destroyed.connect(self._forget_dialog)
            self.dialog.open()
        if account_id is not None:
            self.dialog.refresh(select_id=account_id)
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _forget_dialog(self, *_args: object) -> None:
        self.dialog = None
