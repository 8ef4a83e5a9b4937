"""The form for connecting an account: questions built from the connector's factory.

Rules: nothing is saved until the network accepted the credentials (the work is
done by :class:`socialinbox.sync.connect.AccountSetup`); the secret field never
shows its text; errors are shown in words, as plain text, next to the button that
caused them; a browser sign-in opens only an http(s) address.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.channels.registry import ConnectorRegistry
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.connector import (
    ChannelError,
    ConnectorFactory,
    SignsInWithBrowser,
    access_notice,
)
from socialinbox.core.models import AccountInfo
from socialinbox.sync.connect import AccountDraft, AccountSetup, SetupError, factory_text
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import connector_text
from socialinbox.ui.common.links import open_web_url
from socialinbox.ui.common.widgets import plain_label
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.shell.theme import show_as_error

log = logging.getLogger(__name__)

# The demo connector is for the demo only; the dialog offers the real networks first.
HIDDEN_KINDS = frozenset({"demo"})
# How many characters a field shows at least ("https://matrix.example.org" and more).
FIELD_CHARACTERS = 36


class AccountForm(QDialog):
    """Add an account (``account=None``) or re-authenticate one.

    Signals:
        connected(int, ChangeSet): the account (its id) was verified and saved, which
            changed what the change set names.
    """

    connected = Signal(int, object)

    def __init__(
        self,
        registry: ConnectorRegistry,
        setup: Callable[[], AccountSetup],
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
        *,
        account: AccountInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self._registry = registry
        self._setup = setup
        self._tasks = tasks
        self._account = account
        self._task: Any = None
        self._fields: dict[str, QLineEdit] = {}
        self.notice_link: QPushButton | None = None
        self.setWindowTitle(
            self.tr("Connect an account")
            if account is None
            else self.tr("Sign in again: {name}").format(name=account.name)
        )
        self.setMinimumWidth(460)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of account"))
        kinds = [k for k in registry.kinds() if k not in HIDDEN_KINDS] or registry.kinds()
        for kind in kinds:
            self.kind.addItem(connector_text(registry.get(kind).label), kind)
        if account is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(account.kind)))
            self.kind.setEnabled(False)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.secret = QLineEdit()
        self.browser_button = QPushButton()
        self.error = plain_label(wrap=True, selectable=True)
        self.error.setAccessibleName(self.tr("Problem"))
        show_as_error(self.error)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = plain_label(wrap=True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            self.tr("Connect") if account is None else self.tr("Sign in"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Network:"), self.kind)
        layout.addLayout(top)
        layout.addWidget(self.form_host)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._rebuild)
        self._rebuild()

    # -- the questions ------------------------------------------------------------------

    def factory(self) -> ConnectorFactory:
        return self._registry.get(str(self.kind.currentData()))

    def _rebuild(self, *_args: object) -> None:
        """New questions for the chosen kind, on a fresh form (the old one is deleted)."""
        old_host = self.form_host
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.form.setContentsMargins(0, 0, 0, 0)
        self._fields = {}
        factory = self.factory()
        account = self._account
        self.notice_link = None
        if account is None:
            self._add_notice(factory)
            self._add_field("name", self.tr("Name:"), self.tr("e.g. Front desk"))
            label = factory_text(factory, "base_url_label")
            if label:
                field = self._add_field(
                    "base_url", self._field_label(connector_text(label)), "https://…"
                )
                field.setText(factory_text(factory, "default_base_url") or "")
            label = factory_text(factory, "handle_label")
            if label:
                self._add_field("handle", self._field_label(connector_text(label)), "")
            for setting in factory.setting_fields:
                # A setting with a default is filled in already: "(optional)" would
                # only puzzle (Matrix's "… (yes/no) (optional)").
                plain = setting.required or setting.default is not None
                field = self._add_field(
                    f"setting:{setting.key}",
                    self._field_label(connector_text(setting.label), optional=not plain),
                    "",
                )
                field.setText(setting.default or "")
        else:
            self.form.addRow(self.tr("Account:"), plain_label(account.name))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret_label = connector_text(factory.secret_label)
        self.secret.setAccessibleName(secret_label or self.tr("Secret"))
        self.secret.setPlaceholderText(secret_label)
        if factory.needs_secret:
            self.form.addRow(self._field_label(secret_label or self.tr("Secret")), self.secret)
            help_text = factory_text(factory, "secret_help")
            if help_text:
                hint = plain_label(connector_text(help_text))
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                self.form.addRow(hint)
        self.browser_button = QPushButton(self.tr("Sign in with the browser…"))
        self.browser_button.clicked.connect(self.sign_in_with_browser)
        if isinstance(factory, SignsInWithBrowser):
            self.form.addRow("", self.browser_button)
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):
            layout.replaceWidget(old_host, self.form_host)
            self.form_host.show()
        old_host.deleteLater()
        self.error.hide()
        if self.isVisible():
            self._grow_to_fit()
        first = next(iter(self._fields.values()), self.secret)
        first.setFocus()

    def _field_label(self, label: str, optional: bool = False) -> str:
        """A question's label (translated) as shown beside its field."""
        if optional:
            return self.tr("{label} (optional):").format(label=label)
        return self.tr("{label}:").format(label=label)

    def _add_notice(self, factory: ConnectorFactory) -> None:
        """What the network demands first (a paid plan, an app review): one sentence and
        a button to its page, above the questions, before the user starts."""
        notice = access_notice(factory)
        if notice is None:
            return
        sentence = plain_label(connector_text(notice.sentence), wrap=True, selectable=True)
        sentence.setAccessibleName(self.tr("Before you start"))
        self.form.addRow(sentence)
        link = QPushButton(self.tr("Open the &page that explains it"))
        link.setToolTip(notice.link)
        link.setAutoDefault(False)
        link.clicked.connect(partial(open_web_url, notice.link))
        self.form.addRow("", link)
        self.notice_link = link

    def _grow_to_fit(self) -> None:
        """Make room for the chosen kind's questions and help, which may need more than the
        last kind's (a dialog the user made larger stays so). Wrapped help text needs its
        height for the dialog's width, which a dialog does not claim by itself."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width(), self.sizeHint().width())
        needed = (
            layout.totalHeightForWidth(width)
            if layout.hasHeightForWidth()
            else self.sizeHint().height()
        )
        self.resize(width, max(self.height(), needed))

    def _add_field(self, key: str, label: str, placeholder: str) -> QLineEdit:
        editor = QLineEdit()
        # Room for a whole server address or user id beside a long label.
        editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * FIELD_CHARACTERS)
        editor.setPlaceholderText(placeholder)
        editor.setAccessibleName(label.rstrip(":"))
        self.form.addRow(label, editor)
        self._fields[key] = editor
        return editor

    def field(self, key: str) -> QLineEdit:
        return self._fields[key]

    def draft(self) -> AccountDraft:
        def text(key: str) -> str | None:
            editor = self._fields.get(key)
            return editor.text().strip() if editor is not None else None

        settings = {
            key.removeprefix("setting:"): editor.text().strip()
            for key, editor in self._fields.items()
            if key.startswith("setting:") and editor.text().strip()
        }
        return AccountDraft(
            kind=str(self.kind.currentData()),
            name=text("name") or "",
            base_url=text("base_url"),
            handle=text("handle"),
            settings=settings,
        )

    # -- doing it -----------------------------------------------------------------------

    @property
    def working(self) -> bool:
        return self._task is not None and not self._task.done()

    def submit(self) -> None:
        if self.working:
            return
        secret = self.secret.text() if self.factory().needs_secret else None
        if self._account is None:
            self._run(
                self._setup().add(self.draft(), secret or None),
                self.tr("Checking the account with the network…"),
                self._added,
            )
        else:
            self._run(
                self._setup().reauthenticate(self._account.id, secret or None),
                self.tr("Checking the new sign-in with the network…"),
                partial(self._connected, self._account.id),
            )

    def sign_in_with_browser(self) -> None:
        factory = self.factory()
        if self.working or not isinstance(factory, SignsInWithBrowser):
            return
        kind = str(self.kind.currentData())
        base_url = (
            self._account.base_url
            if self._account is not None
            else (self.draft().base_url or factory_text(factory, "default_base_url"))
        )
        if not base_url or not base_url.startswith(("https://", "http://")):
            self._show_error(self.tr("Enter the server address first (https://…)."))
            return

        async def sign_in() -> str:
            return await self._setup().sign_in(kind, base_url, open_web_url)

        self._run(
            sign_in(),
            self.tr("Waiting for you to allow access in the browser…"),
            self._signed_in,
        )

    def _run(self, work: Any, message: str, done: Callable[[Any], None]) -> None:
        self.error.hide()
        self.status.setText(message)
        self._set_busy(True)

        async def guarded() -> None:
            finished = False
            result: Any = None
            try:
                result = await work
                finished = True
            except (SetupError, ChannelError) as exc:
                # ChannelError: the browser sign-in was refused or the server failed.
                self._show_error(describe(exc) if isinstance(exc, ChannelError) else str(exc))
            except Exception as exc:  # a connector bug must not leave the dialog stuck
                log.exception("Connecting an account failed")
                self._show_error(
                    self.tr("Unexpected error ({kind}); see the log.").format(
                        kind=type(exc).__name__
                    )
                )
            finally:
                self._set_busy(False)
            if finished:
                self._task = None  # done() may start the next step (sign-in, then connect)
                done(result)

        self._task = self._tasks.spawn(guarded(), "connect-account")

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.connect_button.setEnabled(not busy)
        self.browser_button.setEnabled(not busy)
        self.form_host.setEnabled(not busy)
        if not busy:
            self.status.setText("")

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _added(self, created: Created) -> None:
        self._connected(created.id, created.changes)

    def _connected(self, account_id: int, change: ChangeSet) -> None:
        self.connected.emit(account_id, change)
        self.accept()

    def _signed_in(self, token: object) -> None:
        self.secret.setText(str(token))
        self.status.setText("")
        self.error.hide()
        self.submit()

    def reject(self) -> None:
        if self.working:
            self._task.cancel()
        super().reject()
