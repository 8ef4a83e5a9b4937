"""File ▸ Database… against a real throwaway PostgreSQL server: where the data is shown
without a password, a connection tested off the UI thread in one line (ok, wrong password,
no server), the choice kept without its password (the keychain has it), this computer's
data copied into an empty server database with its verified counts, a restart offered;
going back to this computer's file leaves the server's data as it is."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import qasync
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
)
from sqlalchemy.engine import make_url
from ui_helpers import run_until

from socialinbox.app import AppContext, AppOptions, remember_database
from socialinbox.paths import DATABASE_FILE, SETTINGS_FILE
from socialinbox.secrets import SecretStore
from socialinbox.settings import DATABASE_URL, MachineSettings
from socialinbox.storage.database import DatabaseUnavailable, with_password
from socialinbox.storage.server_check import check_server_database
from socialinbox.ui.main import open_context, restart_command
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.settings import database_dialog
from socialinbox.ui.settings.database_dialog import DatabaseDialog
from socialinbox.ui.shell.window import MainWindow
from tests.cli_runner import assert_no_secret_leaks
from tests.servers.postgres_server import PostgresServer

PASSWORD = "fr0nt-D3sk-\u00e9t\u00e9"
# A role can be made once per server: one name per test.
ROLES = itertools.count(1)
# A connection test waits for the server; a refused port answers at once.
SERVER_WAIT_S = 30


@pytest.fixture
def desk_role(any_postgres: PostgresServer) -> Iterator[str]:
    """The URL (no password) of an empty database owned by a role with a password."""
    url = any_postgres.password_role(f"desk{next(ROLES)}", PASSWORD)
    yield url
    any_postgres.drop_database(url)


@pytest.fixture
def dialog(
    context: AppContext, qloop: qasync.QEventLoop, qapp: QApplication
) -> Iterator[DatabaseDialog]:
    shown = DatabaseDialog(context, BackgroundTasks(qloop))
    shown.show()
    yield shown
    shown.close()
    shown.deleteLater()


def pasted(dialog: DatabaseDialog, url: str) -> None:
    """``url`` pasted in the server field, which is then left."""
    dialog.server.setChecked(True)
    dialog.host.setText(url)
    dialog.host.editingFinished.emit()


def line_of_a_test(dialog: DatabaseDialog, loop: qasync.QEventLoop) -> str:
    lines: list[str] = []
    dialog.tested.connect(lines.append)
    dialog.test_button.click()
    assert dialog.busy.isVisibleTo(dialog) and not dialog.test_button.isEnabled()
    run_until(loop, lambda: lines, timeout=SERVER_WAIT_S)
    assert not dialog.busy.isVisibleTo(dialog) and dialog.test_button.isEnabled()
    assert dialog.outcome.text() == lines[0]
    return lines[0]


def texts(dialog: DatabaseDialog) -> list[str]:
    """Every text the dialog shows, its fields' included."""
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    return shown + [field.text() for field in dialog.findChildren(QLineEdit)]


def button(box: QMessageBox, text: str) -> None:
    [found] = [b for b in box.buttons() if b.text().replace("&", "") == text]
    found.click()


def test_the_file_in_use_is_shown_and_a_pasted_address_fills_the_fields(
    dialog: DatabaseDialog, context: AppContext
):
    assert str(context.db.path) in dialog.current.text()
    assert dialog.local.isChecked() and not dialog.server_fields.isEnabled()

    pasted(dialog, f"postgresql://desk:{PASSWORD}@db.hotel.lan:6432/inbox")

    assert dialog.server_fields.isEnabled()
    assert (dialog.host.text(), dialog.port.value()) == ("db.hotel.lan", 6432)
    assert (dialog.database.text(), dialog.user.text()) == ("inbox", "desk")
    assert dialog.password.text() == PASSWORD
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password


def test_a_test_says_in_one_line_what_the_server_holds_or_why_not(
    dialog: DatabaseDialog, qloop: qasync.QEventLoop, desk_role: str
):
    address = make_url(desk_role)
    pasted(dialog, desk_role)
    dialog.password.setText("not-the-password")
    assert line_of_a_test(dialog, qloop) == "The database server refused the user name or password"

    dialog.password.setText(PASSWORD)
    version = check_server_database(with_password(desk_role, PASSWORD)).version
    assert line_of_a_test(dialog, qloop) == f"PostgreSQL {version}, empty database"

    dialog.database.setText("no_such_inbox")
    assert line_of_a_test(dialog, qloop) == "The server has no database by that name"

    # A test changes nothing: Escape may abandon it.
    dialog.test_button.click()
    dialog.reject()
    assert not dialog.isVisible() and dialog.test_button.isEnabled()
    run_until(qloop, lambda: not dialog.working)
    dialog.show()

    dialog.database.setText(str(address.database))
    dialog.port.setValue(1)
    assert line_of_a_test(dialog, qloop) == (
        "The database server cannot be reached: check its address and port"
    )
    assert all(PASSWORD not in text for text in texts(dialog) if text != dialog.password.text())


def test_this_computers_data_is_copied_into_an_empty_server_database(
    dialog: DatabaseDialog,
    context: AppContext,
    qloop: qasync.QEventLoop,
    desk_role: str,
    monkeypatch: pytest.MonkeyPatch,
):
    restarts: list[bool] = []
    dialog.restart_requested.connect(lambda: restarts.append(True))
    shown_progress: list[tuple[int, int]] = []
    show = database_dialog._show_progress

    def watched(progress: QProgressDialog, done: int, total: int) -> None:
        show(progress, done, total)
        shown_progress.append((progress.value(), progress.maximum()))

    monkeypatch.setattr(database_dialog, "_show_progress", watched)
    pasted(dialog, with_password(desk_role, PASSWORD))

    dialog.use_button.click()
    run_until(qloop, lambda: getattr(dialog, "empty_question", None), timeout=SERVER_WAIT_S)
    assert dialog.empty_question.text() == "The database on the server is empty."
    button(dialog.empty_question, "Copy this computer's data")
    # A copy runs to its end: neither Cancel nor Escape closes the dialog meanwhile.
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
    dialog.reject()
    assert dialog.isVisible()
    run_until(qloop, lambda: getattr(dialog, "restart_question", None), timeout=SERVER_WAIT_S)

    copied = dialog.copied
    assert copied is not None
    rows = {table.table: table.target_rows for table in copied.tables}
    assert rows["messages"] > 0 and rows["accounts"] == 1
    # The progress went table by table, copied then checked, to the end.
    assert shown_progress[-1] == (2 * len(rows), 2 * len(rows))
    assert [done for done, _total in shown_progress] == list(range(1, 2 * len(rows) + 1))
    assert dialog.restart_question.informativeText() == (
        f"Copied and checked row by row: {copied.total_rows} rows in {len(rows)} tables."
    )
    # Kept: the server's URL without its password, which the keychain holds.
    settings_file = context.data_dir / SETTINGS_FILE
    assert json.loads(settings_file.read_text())["database_url"] == desk_role
    assert PASSWORD not in settings_file.read_text()
    key = make_url(desk_role)
    kept = keyring.get_password(
        "socialinbox", f"database/{key.username}@{key.host}:{key.port}/{key.database}"
    )
    assert kept == PASSWORD
    found = check_server_database(with_password(desk_role, PASSWORD))
    assert found.messages == rows["messages"]

    shown = [text for text in texts(dialog) if text != dialog.password.text()]
    shown += [dialog.restart_question.informativeText(), dialog.restart_question.detailedText()]
    assert_no_secret_leaks(context.data_dir, shown, [PASSWORD])
    button(dialog.restart_question, "Restart now")
    assert restarts == [True] and not dialog.isVisible()

    # The next start opens the server's database, with the keychain's password.
    again = AppContext(
        AppOptions(data_dir=context.data_dir), secrets=SecretStore(keyring.get_keyring())
    )
    try:
        assert again.db.dialect_name == "postgresql"
        assert [a.name for a in again.accounts.list_accounts()] == [
            a.name for a in context.accounts.list_accounts()
        ]
    finally:
        again.close()


def test_an_empty_server_database_may_be_started_empty(
    dialog: DatabaseDialog, context: AppContext, qloop: qasync.QEventLoop, desk_role: str
):
    pasted(dialog, desk_role)
    dialog.password.setText(PASSWORD)
    dialog.use_button.click()
    run_until(qloop, lambda: getattr(dialog, "empty_question", None), timeout=SERVER_WAIT_S)
    button(dialog.empty_question, "Start empty")

    assert context.machine_settings.get(DATABASE_URL) == desk_role
    assert dialog.copied is None and dialog.restart_question.informativeText() == ""
    button(dialog.restart_question, "Later")
    assert not dialog.isVisible()
    assert check_server_database(with_password(desk_role, PASSWORD)).empty

    # Opened again: the server kept in the settings, its password in the keychain.
    again = DatabaseDialog(context, BackgroundTasks(qloop))
    assert again.local.isChecked() and again.user.text() == make_url(desk_role).username
    run_until(qloop, lambda: again.password.placeholderText() == "kept in the keychain")
    assert again.password.text() == ""
    again.deleteLater()


def test_back_to_this_computer_leaves_the_servers_data_as_it_is(
    any_postgres: PostgresServer, qloop: qasync.QEventLoop, tmp_path: Path, qapp: QApplication
):
    url = any_postgres.fresh_database()
    data = tmp_path / "desk"
    try:
        remember_database(MachineSettings(data / SETTINGS_FILE), url)
        context = AppContext(AppOptions(data_dir=data), secrets=SecretStore(keyring.get_keyring()))
        try:
            context.writer.call(context.accounts.create, "demo", "Shared desk")
            dialog = DatabaseDialog(context, BackgroundTasks(qloop))
            where = make_url(url)
            assert dialog.current.text() == (
                f"On the server {where.host}, port {where.port}: database {where.database}, "
                f"user {where.username}"
            )
            assert dialog.server.isChecked() and dialog.database.text() == where.database

            dialog.local.setChecked(True)
            dialog.use_button.click()
            button(dialog.restart_question, "Later")
            assert context.machine_settings.get(DATABASE_URL) is None
            dialog.deleteLater()
        finally:
            context.close()
        found = check_server_database(url)
        assert found.schema is not None
        listed = AppContext(AppOptions(data_dir=tmp_path / "other", database_url=url))
        try:
            assert [a.name for a in listed.accounts.list_accounts()] == ["Shared desk"]
        finally:
            listed.close()
    finally:
        any_postgres.drop_database(url)


def test_the_window_opens_the_dialog_and_restarts_when_asked(window: MainWindow):
    window.database_action.trigger()
    dialog = window.database_dialog
    assert isinstance(dialog, DatabaseDialog) and dialog.isVisible()
    assert window.database_action.shortcut().toString() == "Ctrl+Shift+B"

    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    dialog.restart_requested.emit()

    assert window.restarting and closed == [True]


def test_settings_general_opens_the_same_dialog_over_itself(window: MainWindow):
    window.open_settings()
    settings = window.settings_dialog
    general = settings.pages()[0]
    general.database.click()

    dialog = window.database_dialog
    assert isinstance(dialog, DatabaseDialog) and dialog.isVisible()
    # Over the Settings dialog, which stays open with what was typed in it.
    assert dialog.parent() is settings and settings.isVisible()
    dialog.reject()
    settings.reject()


def test_a_restart_runs_the_same_command_line_again(tmp_path: Path):
    command = restart_command()
    assert command[0] == sys.executable
    assert command[1:] == sys.orig_argv[1:]
    # The real thing: a process that restarts itself once, with its arguments.
    script = tmp_path / "restarts.py"
    script.write_text(
        "import os, sys\n"
        "from socialinbox.ui.main import restart_process\n"
        "if 'RESTARTED' not in os.environ:\n"
        "    os.environ['RESTARTED'] = str(os.getpid())\n"
        "    print('first', flush=True)\n"
        "    sys.exit(restart_process())\n"
        "print('again', os.environ['RESTARTED'] == str(os.getpid()), sys.argv[1:])\n"
    )
    ran = subprocess.run(
        [sys.executable, str(script), "--data-dir", "X"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["first", "again True ['--data-dir', 'X']"]


def test_a_server_away_at_start_may_be_left_for_this_computers_database(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
):
    data = tmp_path / "data"
    remember_database(MachineSettings(data / SETTINGS_FILE), "postgresql://desk@127.0.0.1:1/inbox")
    answers = ["Try again", "Use this computer's database"]
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(f"{box.text()} {box.informativeText()}")
        button(box, answers.pop(0))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    context = open_context(AppOptions(data_dir=data))
    try:
        assert context.db.path == data / DATABASE_FILE
        assert MachineSettings(data / SETTINGS_FILE).get(DATABASE_URL) is None
    finally:
        context.close()
    assert len(asked) == 2 and "cannot be reached" in asked[0]

    # Quitting leaves the choice as it was; a --database-url's problem is not asked about.
    remember_database(MachineSettings(data / SETTINGS_FILE), "postgresql://desk@127.0.0.1:1/inbox")
    answers[:] = ["Quit"]
    with pytest.raises(DatabaseUnavailable):
        open_context(AppOptions(data_dir=data))
    with pytest.raises(DatabaseUnavailable):
        open_context(AppOptions(data_dir=data, database_url="postgresql://x@127.0.0.1:1/y"))
    assert len(asked) == 3
    assert MachineSettings(data / SETTINGS_FILE).get(DATABASE_URL) is not None
