"""File ▸ Database…: where this computer's data lives — the data folder's own file or a
shared PostgreSQL server — and moving to another.

Rules: the dialog shows the database in use without its password; every step that talks
to a server (test, keeping the password, copying) runs off the UI thread, with the busy
bar shown and the buttons disabled, and ends in one line of plain text (a problem worded
by :func:`~socialinbox.ui.common.errors.describe`). A password typed here goes to the
keychain (``AppContext.keep_database_password``, as ``database-password`` does) and
never into the settings, which keep the server's URL only (``app.remember_database``).
The choice is used from the next start: the dialog offers to restart now
(``restart_requested``) or later. An empty server database may first receive a copy of
this computer's data (``storage.transfer``, verified row by row); the database left
behind is never changed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from socialinbox import APP_NAME
from socialinbox.app import remember_database
from socialinbox.settings import DATABASE_URL
from socialinbox.storage.database import DatabaseProblem, with_password
from socialinbox.storage.server_check import (
    DEFAULT_PORT,
    ServerAddress,
    ServerDatabase,
    check_server_database,
)
from socialinbox.storage.transfer import (
    TransferError,
    TransferResult,
    copy_database,
    open_empty_target,
)
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import number_text, translate
from socialinbox.ui.common.widgets import plain_label
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.settings.setting_fields import hint_label
from socialinbox.ui.shell.theme import show_as_error

if TYPE_CHECKING:
    from socialinbox.app import AppContext

log = logging.getLogger(__name__)

CONTEXT = "DatabaseDialog"
# The widest text a server field needs to show at once ("db.branch.example.org").
FIELD_CHARACTERS = 32


class PasswordNotKept(Exception):
    """This computer has no keychain that outlives the app: a server's password typed now
    would be gone at the restart that uses it."""


class DatabaseDialog(QDialog):
    """Choose this computer's database (see the module's rules).

    Signals:
        tested(str): a test ended with this line (what the server holds), or a step with
            this problem.
        saved(str): the choice was kept: the server's URL, "" for this computer's file.
        restart_requested(): the person chose to restart now to use the new database.
    """

    tested = Signal(str)
    saved = Signal(str)
    restart_requested = Signal()

    def __init__(
        self, context: AppContext, tasks: BackgroundTasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._tasks = tasks
        self._task: asyncio.Task[None] | None = None
        self._abandonable = False
        self._keychain: asyncio.Task[None] | None = None
        self.copied: TransferResult | None = None
        self.setWindowTitle(self.tr("Database"))
        self.setAccessibleName(self.tr("Database"))
        self.setMinimumWidth(560)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 14)
        layout.setSpacing(12)

        now = QGroupBox(self.tr("Where the data is now"))
        now_layout = QVBoxLayout(now)
        self.current = plain_label(self._where_now(), wrap=True, selectable=True)
        self.current.setAccessibleName(self.tr("Where the data is now"))
        now_layout.addWidget(self.current)
        if context.options.database_url is not None:
            now_layout.addWidget(
                hint_label(
                    self.tr(
                        "This window was started with --database-url, which is used instead "
                        "of the choice below."
                    )
                )
            )
        layout.addWidget(now)

        choice = QGroupBox(self.tr("Where to keep it"))
        choice_layout = QVBoxLayout(choice)
        self.local = QRadioButton(self.tr("On this &computer (SQLite)"))
        self.server = QRadioButton(self.tr("Shared &server (PostgreSQL)"))
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.local)
        self._kinds.addButton(self.server)
        choice_layout.addWidget(self.local)
        choice_layout.addWidget(self.server)

        self.server_fields = QWidget()
        form = QFormLayout(self.server_fields)
        form.setContentsMargins(24, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("db.example.org, or paste a postgresql:// address"))
        self.host.setMinimumWidth(self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS)
        self.host.editingFinished.connect(self._take_pasted_url)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Ser&ver:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("Use&r:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        form.addRow("", self.test_button)
        choice_layout.addWidget(self.server_fields)
        choice_layout.addWidget(
            hint_label(
                self.tr(
                    "The password is kept in this computer's keychain. Moving to another "
                    "database leaves the one in use now as it is."
                )
            )
        )
        layout.addWidget(choice)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.hide()
        layout.addWidget(self.busy)
        self.outcome = plain_label(wrap=True, selectable=True)
        self.outcome.setAccessibleName(self.tr("Result"))
        self.outcome.hide()
        self._result_palette = self.outcome.palette()
        layout.addWidget(self.outcome)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("&Use this database"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setDefault(True)
        self.buttons.accepted.connect(self.use_database)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._kinds.buttonToggled.connect(lambda _button, _on: self._show_kind())
        self._fill_from_current()

    # -- what is shown ------------------------------------------------------------------

    def _where_now(self) -> str:
        db = self._context.db
        if db.path is not None:
            return self.tr("On this computer, in the file {path}").format(path=db.path)
        address = ServerAddress.of(db.url)
        if address is None:  # an in-memory or URI SQLite database (tests, tools)
            return db.url.render_as_string(hide_password=True)
        return self.tr(
            "On the server {host}, port {port}: database {database}, user {user}"
        ).format(host=address.host, port=address.port, database=address.database, user=address.user)

    def _fill_from_current(self) -> None:
        """The fields show the server in use, else the one the settings keep."""
        kept = self._context.machine_settings.get(DATABASE_URL)
        address = ServerAddress.of(self._context.db.url)
        if address is None and kept is not None:
            address = ServerAddress.parse(kept)[0]
        if address is not None:
            self._show_address(address)
            self._keychain = self._tasks.spawn(
                self._say_if_kept(address), "database-dialog-keychain"
            )
        on_server = self._context.db.dialect_name == "postgresql"
        (self.server if on_server else self.local).setChecked(True)
        self._show_kind()

    def _show_address(self, address: ServerAddress) -> None:
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)

    async def _say_if_kept(self, address: ServerAddress) -> None:
        """Say in the password field when the keychain holds the server's password (read
        off the UI thread: a keychain may take a while to answer)."""
        secrets = self._context.secrets

        def kept() -> bool:
            slot = secrets.database_password(address.keychain_key())
            return secrets.persistent and slot.load() is not None

        if await self._in_thread(kept):
            self.password.setPlaceholderText(self.tr("kept in the keychain"))

    def _show_kind(self) -> None:
        self.server_fields.setEnabled(self.server.isChecked())

    def _take_pasted_url(self) -> None:
        """A whole ``postgresql://USER@HOST:PORT/DB`` pasted (or typed) in the server field
        fills every field once the field is left (a password in it goes to the password
        field only)."""
        text = self.host.text()
        if "://" not in text:
            return
        try:
            address, password = ServerAddress.parse(text)
        except ValueError:
            return
        self._show_address(address)
        if password is not None:
            self.password.setText(password)

    def address(self) -> ServerAddress | None:
        """The server the fields name; None (and the problem shown) when one is missing."""
        self._take_pasted_url()
        host, database = self.host.text().strip(), self.database.text().strip()
        if not host or not database:
            self._show_result(self.tr("Give the server and the database."), problem=True)
            return None
        return ServerAddress(host, database, self.user.text().strip(), self.port.value())

    def _show_result(self, text: str, *, problem: bool = False) -> None:
        self.outcome.setText(text)
        self.outcome.setPalette(self._result_palette)
        if problem:
            show_as_error(self.outcome)
        self.outcome.show()

    # -- test ---------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Sign in to the server the fields name and say in one line what it holds."""
        address = self.address()
        if address is None:
            return

        typed = self.password.text()

        async def test() -> ServerDatabase:
            url = await self._in_thread(self._connect_url, address, typed)
            return await self._in_thread(check_server_database, url)

        self._run(test, self._tested, abandonable=True)

    def _tested(self, found: ServerDatabase) -> None:
        line = found_text(found)
        self._show_result(line)
        self.tested.emit(line)

    def _connect_url(self, address: ServerAddress, typed: str) -> str:
        """The URL to connect with: the ``typed`` password, else the one the keychain
        keeps (read on a worker thread: no widget is touched here)."""
        if typed:
            return with_password(address.url(), typed)
        return self._context.with_kept_password(address.url())

    # -- use ----------------------------------------------------------------------------

    def use_database(self) -> None:
        """Keep the choice (after checking a server and keeping its password), offer a
        copy into an empty server database, then offer to restart."""
        if self.local.isChecked():
            unchanged = self._context.machine_settings.get(DATABASE_URL) is None
            if unchanged and self._context.db.path is not None:
                self.accept()  # the data folder's file is in use, and stays so
                return
            self._keep(None)
            return
        address = self.address()
        if address is None:
            return
        typed = self.password.text()

        async def check_and_keep() -> ServerDatabase:
            url = await self._in_thread(self._connect_url, address, typed)
            found = await self._in_thread(check_server_database, url)
            if typed:
                unkept = await self._in_thread(self._context.secrets.cannot_keep)
                if unkept is not None:
                    raise PasswordNotKept(unkept)
                await self._in_thread(self._context.keep_database_password, address.url(), typed)
            return found

        self._run(check_and_keep, lambda found: self._checked_for_use(address, found))

    def _checked_for_use(self, address: ServerAddress, found: ServerDatabase) -> None:
        self._show_result(found_text(found))
        if not found.empty:
            self._keep(address)
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Database"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("The database on the server is empty."))
        box.setInformativeText(
            self.tr(
                "Copy this computer's data into it (checked row by row; the data here stays "
                "as it is), or start with an empty database?"
            )
        )
        copy = box.addButton(
            self.tr("&Copy this computer's data"), QMessageBox.ButtonRole.AcceptRole
        )
        empty = box.addButton(self.tr("Start &empty"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)

        def answered() -> None:
            if box.clickedButton() is copy:
                self._copy_into(address)
            elif box.clickedButton() is empty:
                self._keep(address)

        box.finished.connect(lambda _result: answered())
        self.empty_question = box
        box.open()

    def _copy_into(self, address: ServerAddress) -> None:
        progress = QProgressDialog(self.tr("Copying this computer's data…"), "", 0, 0, self)
        progress.setWindowTitle(self.tr("Database"))
        progress.setCancelButton(None)  # one transaction: it ends, or nothing is kept
        progress.setMinimumDuration(0)
        # Not modal: a modal one's setValue() runs the event loop inside this callback.
        # The dialog's buttons wait meanwhile (busy), and the window stays usable.
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.copy_progress = progress
        loop = self._tasks.loop
        typed = self.password.text()

        def advanced(done: int, total: int) -> None:  # on the copying thread
            loop.call_soon_threadsafe(_show_progress, progress, done, total)

        async def copy() -> TransferResult:
            url = await self._in_thread(self._connect_url, address, typed)
            target = await self._in_thread(open_empty_target, url)
            try:
                return await self._in_thread(copy_database, self._context.db, target, advanced)
            finally:
                target.dispose()

        def copied(result: TransferResult) -> None:
            self.copied = result
            self._keep(address)

        progress.show()
        self._run(copy, copied, finished=progress.close)

    def _keep(self, address: ServerAddress | None) -> None:
        """Keep the choice in this computer's settings and offer to restart."""
        url = address.url() if address is not None else None
        remember_database(self._context.machine_settings, url)
        self.saved.emit(url or "")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Database"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("{app} uses the new database from its next start.").format(app=APP_NAME)
        )
        if self.copied is not None:
            box.setInformativeText(copied_text(self.copied))
            box.setDetailedText(
                "\n".join(
                    f"{table.table}: {number_text(table.target_rows)}"
                    for table in sorted(self.copied.tables, key=lambda table: table.table)
                )
            )
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)

        def answered() -> None:
            if box.clickedButton() is restart:
                self.restart_requested.emit()
            self.accept()

        box.finished.connect(lambda _result: answered())
        self.restart_question = box
        box.open()

    # -- background work ----------------------------------------------------------------

    async def _in_thread(self, fn: Callable[..., Any], *args: Any) -> Any:
        return await self._tasks.loop.run_in_executor(None, fn, *args)

    @property
    def working(self) -> bool:
        return self._task is not None and not self._task.done()

    def _run(
        self,
        work: Callable[[], Coroutine[Any, Any, Any]],
        done: Callable[[Any], None],
        finished: Callable[[], object] | None = None,
        *,
        abandonable: bool = False,
    ) -> None:
        """Run ``work()`` as a task with the busy bar shown; ``done`` gets its result, a
        problem is shown in the result line; ``finished`` runs either way. Only
        ``abandonable`` work (a test, which changes nothing) lets the dialog close
        meanwhile: a step that keeps or copies something runs to its end."""
        if self.working:
            return
        self.outcome.hide()
        self._abandonable = abandonable
        self._set_busy(True)

        async def guarded() -> None:
            try:
                result = await work()
            except asyncio.CancelledError:
                raise  # the dialog closed: none of its widgets is touched
            except Exception as exc:
                self._ended(finished)
                self._show_problem(exc)
                return
            self._ended(finished)
            done(result)

        self._task = self._tasks.spawn(guarded(), "database-dialog")

    def _ended(self, finished: Callable[[], object] | None) -> None:
        self._set_busy(False)
        if finished is not None:
            finished()

    def _show_problem(self, exc: Exception) -> None:
        """Why a step failed, in one line (never a traceback: the log has it)."""
        if isinstance(exc, DatabaseProblem | TransferError):
            log.info("The database chosen cannot be used: %s", exc)
            text = describe(exc)
        elif isinstance(exc, PasswordNotKept):
            log.info("%s", exc)
            text = self.tr(
                "This computer has no keychain to keep the password in: set one up "
                "(or allow the unencrypted one), or use ~/.pgpass."
            )
        else:
            log.error("The database step failed", exc_info=exc)
            text = translate("errors", "Something went wrong; the details are in the log")
        self._show_result(text, problem=True)
        self.tested.emit(text)

    def done(self, result: int) -> None:
        if self._keychain is not None:
            self._keychain.cancel()  # the dialog closes: its fields are no longer shown
        super().done(result)

    def reject(self) -> None:
        """Cancel, Escape or the window's close: not while a step keeps or copies
        something (its button is disabled then); a test under way is abandoned."""
        if self.working:
            if not self._abandonable:
                return
            assert self._task is not None
            self._task.cancel()
            self._set_busy(False)
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setEnabled(not busy or self._abandonable)
        self.test_button.setEnabled(not busy)
        self.use_button.setEnabled(not busy)
        self.local.setEnabled(not busy)
        self.server.setEnabled(not busy)


def _show_progress(progress: QProgressDialog, done: int, total: int) -> None:
    progress.setMaximum(total)
    progress.setValue(done)


def found_text(found: ServerDatabase) -> str:
    """A server database that can be used, in one line."""
    if found.empty:
        return translate(CONTEXT, "PostgreSQL {version}, empty database").format(
            version=found.version
        )
    return translate(
        CONTEXT,
        "PostgreSQL {version}, Social Inbox database (schema {schema}): {messages}, {people}",
    ).format(
        version=found.version,
        schema=found.schema,
        messages=translate(CONTEXT, "%Ln message(s)", None, found.messages),
        people=translate(CONTEXT, "%Ln team member(s)", None, found.people),
    )


def copied_text(result: TransferResult) -> str:
    """A verified copy's counts, in one sentence."""
    return translate(CONTEXT, "Copied and checked row by row: {rows} in {tables}.").format(
        rows=translate(CONTEXT, "%Ln row(s)", None, result.total_rows),
        tables=translate(CONTEXT, "%Ln table(s)", None, len(result.tables)),
    )
