"""Accounts: the list of connected accounts with add, sign in again and remove.

Removing an account deletes its messages too, so it asks first and says how many.
Where no secure keychain exists the dialog says so, and offers the unencrypted
keyring file only as an explicit choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from socialinbox.channels.registry import ConnectorRegistry
from socialinbox.core.changes import ChangeSet
from socialinbox.core.models import AccountInfo
from socialinbox.secrets import KeychainShortfall, KeychainWarning, SecretStore
from socialinbox.settings import ALLOW_PLAINTEXT_KEYRING, MachineSettings
from socialinbox.sync.connect import AccountRemoved, AccountSetup
from socialinbox.ui.accounts.account_form import AccountForm
from socialinbox.ui.accounts.accounts_panel import account_state, account_state_detail, sync_times
from socialinbox.ui.common.formatting import connector_text, short_time, translate
from socialinbox.ui.common.widgets import plain_label
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.shell.theme import show_as_error


class AccountsDialog(QDialog):
    """Signals:
    changed(): an account was added, signed in again or removed; its changes are
        published already (through the write operation), so listeners only sync.
    """

    changed = Signal()

    def __init__(
        self,
        list_accounts: Callable[[], Sequence[AccountInfo]],
        registry: ConnectorRegistry,
        setup: Callable[[], AccountSetup],
        tasks: BackgroundTasks,
        operation: WriteOperation,
        secrets: SecretStore,
        machine_settings: MachineSettings,
        message_count: Callable[[int], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._list_accounts = list_accounts
        self._registry = registry
        self._setup = setup
        self._tasks = tasks
        self._operation = operation
        self._secrets = secrets
        self._machine_settings = machine_settings
        self._message_count = message_count
        self.setWindowTitle(self.tr("Accounts"))
        self.resize(640, 380)

        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Connected accounts"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Network"), self.tr("State"), self.tr("Sync")]
        )
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 140)
        self.table.setColumnWidth(2, 150)
        self.detail = plain_label(wrap=True, selectable=True)
        self.detail.setAccessibleName(self.tr("Selected account"))
        self.empty = plain_label(
            self.tr("No account is connected yet. Press Add… to connect one."), wrap=True
        )
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.reauth_button = QPushButton(self.tr("&Sign in again…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.add_button.clicked.connect(self.add_account)
        self.reauth_button.clicked.connect(self.reauthenticate)
        self.remove_button.clicked.connect(self.remove_account)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove_account)
        self.table.itemActivated.connect(lambda *_: self.reauthenticate())
        self.table.currentItemChanged.connect(lambda *_: self._selection_changed())

        self.keychain_note = plain_label(wrap=True)
        show_as_error(self.keychain_note)
        self.plaintext = QCheckBox(
            self.tr("Store secrets in the unencrypted keyring file anyway (anyone who can read")
            + self.tr(" your files can read them)")
        )
        self.plaintext.toggled.connect(self._plaintext_chosen)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.reauth_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(self.keychain_note)
        layout.addWidget(self.plaintext)
        layout.addLayout(buttons)
        self.refresh()

    # -- showing ------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.current_id()
        self.table.clear()
        accounts = list(self._list_accounts())
        for account in accounts:
            item = QTreeWidgetItem(
                [
                    account.name,
                    self._kind_label(account.kind),
                    account_state(account),
                    sync_times(account, short_time),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account.id)
            item.setToolTip(2, account_state_detail(account))
            self.table.addTopLevelItem(item)
            if account.id == current:
                self.table.setCurrentItem(item)
        first = self.table.topLevelItem(0)
        if self.table.currentItem() is None and first is not None:
            self.table.setCurrentItem(first)
        self.empty.setVisible(not accounts)
        self.table.setVisible(bool(accounts))
        warning = self._secrets.keychain_warning
        self.keychain_note.setText(self._keychain_text(warning) if warning else "")
        self.keychain_note.setVisible(warning is not None)
        self.plaintext.setVisible(self._secrets.can_store_in_plaintext)
        self._selection_changed()

    def _keychain_text(self, warning: KeychainWarning) -> str:
        """The keychain's shortfall in the window's language (the CLI says it in English)."""
        if warning.shortfall is KeychainShortfall.UNENCRYPTED:
            text = self.tr(
                "Secrets are stored unencrypted by {backend}, as chosen in the settings."
            )
        else:
            text = self.tr(
                "No secure keychain is available (found {backend}); secrets are kept in "
                "memory until the app closes and must be entered again next time."
            )
        return text.format(backend=warning.backend)

    def _kind_label(self, kind: str) -> str:
        try:
            return connector_text(self._registry.get(kind).label)
        except LookupError:
            return kind

    def current_id(self) -> int | None:
        item = self.table.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def current_account(self) -> AccountInfo | None:
        chosen = self.current_id()
        return next((a for a in self._list_accounts() if a.id == chosen), None)

    def _selection_changed(self) -> None:
        account = self.current_account()
        self.reauth_button.setEnabled(account is not None)
        self.remove_button.setEnabled(account is not None)
        if account is None:
            self.detail.setText("")
            return
        where = account.base_url or account.handle or ""
        self.detail.setText(
            f"{account.name} ({self._kind_label(account.kind)}{', ' + where if where else ''})\n"
            f"{account_state_detail(account)}\n{sync_times(account)}"
        )

    # -- doing --------------------------------------------------------------------------

    def _form_for(self, account: AccountInfo | None) -> AccountForm:
        form = AccountForm(self._registry, self._setup, self._tasks, self, account=account)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = form
        return form

    def add_account(self) -> AccountForm:
        form = self._form_for(None)
        form.connected.connect(self._connected)
        form.open()
        return form

    def reauthenticate(self) -> AccountForm | None:
        account = self.current_account()
        if account is None:
            return None
        form = self._form_for(account)
        form.connected.connect(self._connected)
        form.open()
        return form

    def _connected(self, account_id: int, change: ChangeSet) -> None:
        self._operation.announce(change)
        self.refresh(select_id=account_id)
        self.changed.emit()

    def remove_account(self) -> QMessageBox | None:
        """Ask first (without blocking the event loop); the answer removes or keeps it."""
        account = self.current_account()
        if account is None:
            return None
        count = self._message_count(account.id)
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove account"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Remove “{name}”?").format(name=account.name))
        box.setInformativeText(
            translate(
                "AccountsDialog",
                "Its %Ln message(s) are deleted from this computer and its sign-in is "
                "forgotten. Notes and contacts stay. This cannot be undone.",
                None,
                count,
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self._removal_answered(account.id, button is remove)
        )
        box.open()
        self.confirmation = box
        return box

    def _removal_answered(self, account_id: int, confirmed: bool) -> None:
        if not confirmed:
            return
        self._operation.run(
            self._setup().remove, account_id, name="remove-account", done=self._removed
        )

    def _removed(self, _removal: AccountRemoved) -> None:
        self.refresh()
        self.changed.emit()

    def _plaintext_chosen(self, chosen: bool) -> None:
        if chosen and self._secrets.can_store_in_plaintext:
            self._machine_settings.set(ALLOW_PLAINTEXT_KEYRING, True)
            self._secrets.allow_plaintext()
            self.refresh()
