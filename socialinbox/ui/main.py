"""Starting the GUI: QApplication, the qasync event loop, the main window.

Rules: nothing slow happens before the first paint — the database is opened
(one version query), the first page of the list is read (one keyset query) and
the window is shown; counts and sync start after that. A database that cannot
be used is reported in a message box and the process exits with status 1.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from datetime import UTC, datetime
from enum import Enum

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from socialinbox import APP_ID, APP_NAME
from socialinbox.app import (
    AppContext,
    AppOptions,
    chosen_database_url,
    damaged_database,
    remember_database,
)
from socialinbox.core.backup import BackupError, restore_backup
from socialinbox.core.notify import Notification
from socialinbox.paths import SETTINGS_FILE, DataFolderUnusable, default_data_dir
from socialinbox.settings import DATABASE_URL, LANGUAGE, THEME, MachineSettings
from socialinbox.storage.database import DatabaseProblem, DatabaseUnreadable
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import full_datetime
from socialinbox.ui.common.icons import app_icon
from socialinbox.ui.common.translations import computer_settings, install_translations
from socialinbox.ui.shell.bench import FirstPaintReporter
from socialinbox.ui.shell.single_instance import InstanceServer, hand_over
from socialinbox.ui.shell.theme import apply_theme, normalise
from socialinbox.ui.shell.window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
# What run_window returns when the window closed to start again (File ▸ Database…);
# never a process's exit status: run_gui restarts the process instead.
EXIT_RESTART = -1


def run_gui(options: AppOptions) -> int:
    """Run the app until its window closes; the process's exit status."""
    bench = FirstPaintReporter.from_environment()
    app = application()
    instance: InstanceServer | None = None
    if not (options.demo or options.self_test or bench):
        data_dir = options.data_dir or default_data_dir()
        if hand_over(data_dir):
            print(
                f"{APP_NAME} is already running on {data_dir}: its window was brought to the front."
            )
            return EXIT_OK
        instance = InstanceServer(data_dir, app)
    try:
        status = _run(app, options, bench, instance)
    finally:
        if instance is not None:
            instance.close()
            instance.deleteLater()
    if status == EXIT_RESTART:
        return restart_process()
    return status


def restart_command() -> list[str]:
    """The command line this process was started with, to start it again: the frozen
    app's own program, else the interpreter with its options and ``-m socialinbox`` (or
    the script) and every argument."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def restart_process() -> int:
    """Replace this process with a new start of the app (everything of the old one is
    closed by now: the database, the single-instance socket, the window). Returns only
    when the new start could not be made: then the app has quit, as the log says."""
    command = restart_command()
    log.info("Restarting: %s", command)
    for handler in logging.getLogger().handlers:
        handler.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        os.execv(command[0], command)
    except OSError:
        log.exception("Could not restart; start Social Inbox again by hand")
    return EXIT_FAILED


def _run(
    app: QApplication,
    options: AppOptions,
    bench: FirstPaintReporter | None,
    instance: InstanceServer | None,
) -> int:
    try:
        context = open_context(options)
    except DatabaseUnreadable as problem:
        if not offer_backup(options, problem):
            return EXIT_FAILED
        try:
            context = AppContext(options)
        except DatabaseProblem as again:
            show_startup_error(again)
            return EXIT_FAILED
    except (DatabaseProblem, DataFolderUnusable) as problem:
        show_startup_error(problem)
        return EXIT_FAILED
    try:
        apply_theme(app, normalise(context.machine_settings.get(THEME)))
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            if options.self_test:
                from socialinbox.ui.shell.selftest import run_self_test

                return runner.run(run_self_test(context))
            return runner.run(run_window(context, bench, instance))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except RuntimeError as exc:
        # Qt's loop ended under us (e.g. the X server died): no traceback, exit 1.
        if "Event loop stopped" not in str(exc):
            raise
        log.warning("The event loop stopped before the window closed: %s", exc)
        return EXIT_FAILED
    finally:
        context.close()


def open_context(options: AppOptions) -> AppContext:
    """The app's context; when the shared server this computer is set to use (File ▸
    Database…) cannot be opened, the person may try again or go back to this computer's
    own database (the server's data stays as it is). Raises the problem otherwise."""
    while True:
        try:
            return AppContext(options)
        except DatabaseProblem as problem:
            data_dir = options.data_dir or default_data_dir()
            settings = MachineSettings(data_dir / SETTINGS_FILE)
            kept = settings.get(DATABASE_URL)
            if kept is None or chosen_database_url(options, settings) != kept:
                raise  # not the settings' server: the command line's, or the file
            choice = ask_about_server(problem)
            if choice is ServerChoice.QUIT:
                raise
            if choice is ServerChoice.OWN_DATABASE:
                log.warning(
                    "The server could not be opened (%s): back to the own database", problem
                )
                remember_database(settings, None)


class ServerChoice(Enum):
    """What to do when the settings' server cannot be opened at start."""

    TRY_AGAIN = "try_again"
    OWN_DATABASE = "own_database"
    QUIT = "quit"


def ask_about_server(problem: DatabaseProblem) -> ServerChoice:
    """Ask whether to try the server again, use this computer's own database, or quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QApplication.translate("Startup", "{app} cannot open the shared database.").format(
            app=APP_NAME
        )
    )
    box.setInformativeText(
        describe(problem)
        + "\n\n"
        + QApplication.translate(
            "Startup",
            "You can try again, or use this computer's own database until the server is "
            "back (File ▸ Database… goes back to it; its data stays as it is).",
        )
    )
    box.setDetailedText(str(problem))
    again = box.addButton(
        QApplication.translate("Startup", "Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    own = box.addButton(
        QApplication.translate("Startup", "Use this computer's database"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is again:
        return ServerChoice.TRY_AGAIN
    if box.clickedButton() is own:
        return ServerChoice.OWN_DATABASE
    return ServerChoice.QUIT


def application() -> QApplication:
    """The QApplication, created once, named and with translations installed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Our own arguments were parsed already; Qt sees only the program name.
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # The window closes the loop itself, after shutting down background work.
    app.setQuitOnLastWindowClosed(False)
    install_translations(app, computer_settings().get(LANGUAGE))
    return app


def offer_backup(options: AppOptions, problem: DatabaseProblem) -> bool:
    """A damaged database: offer the latest good backup. True if it was put in place.

    Never starts empty over the user's data: without a backup, or if the user
    declines, the app says so and quits with the file untouched.
    """
    damaged = damaged_database(options)
    if damaged is None:
        show_startup_error(problem)
        return False
    database, backup = damaged
    if backup is None:
        show_startup_error(
            problem,
            QApplication.translate(
                "Startup", "There is no backup to restore. The file has not been changed."
            ),
        )
        return False
    taken = full_datetime(datetime.fromtimestamp(backup.stat().st_mtime).astimezone())
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QApplication.translate("Startup", "{app} cannot read its database.").format(app=APP_NAME)
    )
    box.setDetailedText(str(problem))
    box.setInformativeText(
        describe(problem)
        + "\n\n"
        + QApplication.translate(
            "Startup",
            "The latest good backup is from {taken}. Restore it? The damaged file is kept "
            "beside it, renamed, so nothing is deleted.",
        ).format(taken=taken)
    )
    restore = box.addButton(
        QApplication.translate("Startup", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        aside = restore_backup(backup, database, datetime.now(UTC))
    except (BackupError, OSError) as exc:
        show_startup_error(exc)
        return False
    log.warning("Restored %s; the damaged database was kept as %s", backup.name, aside.name)
    return True


def show_startup_error(problem: Exception, more: str = "") -> None:
    """Why the app cannot start, in words (``more`` after it); the English detail behind
    *Show Details*."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QApplication.translate("Startup", "{app} cannot open its database.").format(app=APP_NAME)
    )
    box.setInformativeText(describe(problem) + (f"\n\n{more}" if more else ""))
    box.setDetailedText(str(problem))
    box.exec()


def read_only_notice(reason: str) -> Notification:
    """The banner of a window open on a database that cannot be written."""
    return Notification(
        QApplication.translate("Startup", "Read only: nothing can be changed"),
        QApplication.translate(
            "Startup",
            "{reason}. The messages can be read; syncing, replies, notes and other "
            "changes are refused.",
        ).format(reason=reason[:1].upper() + reason[1:]),
        urgency="warning",
    )


async def run_window(
    context: AppContext,
    bench: FirstPaintReporter | None = None,
    instance: InstanceServer | None = None,
) -> int:
    """Show the main window and wait until it closes, then stop its background work."""
    loop = asyncio.get_running_loop()
    # A database that cannot be written is shown as it is: no syncing (nothing
    # fetched could be stored), a banner that stays, and every write refused
    # (WriteOperation words DatabaseReadOnly).
    read_only = context.db.read_only_reason
    window = MainWindow(context, loop=loop, background_sync=read_only is None)
    if read_only is not None:
        window.banner.show_notification(read_only_notice(read_only), timeout_ms=0)
    if instance is not None:
        instance.activation_requested.connect(window.bring_to_front)
    closed: asyncio.Future[None] = loop.create_future()

    def window_closed() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(window_closed)
    # Qt may quit on its own (the session ends, the display goes away): stop
    # cleanly then too, instead of leaving this coroutine unfinished.
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(window_closed)
    if bench is not None:
        window.inbox.list_view.rows_painted_first.connect(
            lambda: bench.report(lambda: QTimer.singleShot(0, window.close))
        )
    window.show()
    log.info("Main window shown on %s", context.data_dir)
    # Without a window manager (kiosks, remote sessions) nothing else activates it,
    # and window-wide shortcuts only work in the active window.
    window.raise_()
    window.activateWindow()
    try:
        await closed
    finally:
        await window.shutdown()
        window.deleteLater()
    return EXIT_RESTART if window.restarting else EXIT_OK
