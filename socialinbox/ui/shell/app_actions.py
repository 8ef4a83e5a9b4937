"""The window's own commands and its menus, declared for the action table: File ▸ Sync
Now, Settings…, Database…, Quit and the Help menu; the menus every feature adds to; the sections of
the shortcut help.

Rules: menus appear in the order declared here (File, Message, Customer, View, Help);
the File menu's groups are :data:`FILE_ACCOUNTS`, :data:`FILE_DESK`,
:data:`FILE_SETTINGS` and :data:`FILE_QUIT`, for features adding to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from socialinbox.ui.common.formatting import translate
from socialinbox.ui.shell.actions import (
    APP_SECTION,
    CUSTOMERS_SECTION,
    LIST_SECTION,
    LISTS_SECTION,
    ActionSpec,
    ActionTable,
)

FILE_ACCOUNTS, FILE_DESK, FILE_SETTINGS, FILE_QUIT = range(4)


class WindowCommands(Protocol):
    """What the window's own commands run."""

    def sync_now(self) -> None: ...
    def open_settings(self) -> None: ...
    def open_database(self, over: QWidget | None = None) -> None: ...
    def quit_app(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def copy_diagnostics(self) -> None: ...
    def show_about(self) -> None: ...


@dataclass(frozen=True, slots=True)
class WindowActions:
    """The live actions of :func:`declare_window_actions`."""

    sync: QAction
    settings: QAction
    database: QAction
    quit: QAction
    shortcuts: QAction
    diagnostics: QAction
    about: QAction


def declare_menus(table: ActionTable) -> None:
    """The menu bar's menus and the shortcut help's sections, before any action is added."""
    table.declare_menu("file", translate("MainWindow", "&File"))
    table.declare_menu("message", translate("MainWindow", "&Message"))
    table.declare_menu("customer", translate("MainWindow", "C&ustomer"))
    table.declare_menu("view", translate("MainWindow", "&View"))
    table.declare_menu("help", translate("MainWindow", "&Help"))
    table.declare_section(LIST_SECTION, translate("MainWindow", "In the message list"))
    table.declare_section(LISTS_SECTION, translate("MainWindow", "Lists and search"))
    table.declare_section(CUSTOMERS_SECTION, translate("MainWindow", "Replies and customers"))
    table.declare_section(APP_SECTION, translate("MainWindow", "Everywhere"))


def declare_window_actions(table: ActionTable, window: WindowCommands) -> WindowActions:
    """The window's own commands, and the help line of the View menu's lists."""
    add = table.add

    actions = WindowActions(
        sync=add(
            ActionSpec(
                "app.sync",
                translate("MainWindow", "&Sync Now"),
                window.sync_now,
                menu="file",
                group=FILE_ACCOUNTS,
                shortcut=QKeySequence(Qt.Key.Key_F5),
                icon="sync",
                tip=translate("MainWindow", "Fetch new messages from every account (F5)"),
                toolbar_group=0,
                help=translate("MainWindow", "sync now"),
                section=APP_SECTION,
            )
        ),
        settings=add(
            ActionSpec(
                "app.settings",
                translate("MainWindow", "S&ettings…"),
                window.open_settings,
                menu="file",
                group=FILE_SETTINGS,
                shortcut="Ctrl+,",
                icon="settings",
                role=QAction.MenuRole.PreferencesRole,
                help=translate("MainWindow", "settings"),
                section=APP_SECTION,
            )
        ),
        database=add(
            ActionSpec(
                "app.database",
                translate("MainWindow", "&Database…"),
                window.open_database,
                menu="file",
                group=FILE_SETTINGS,
                shortcut="Ctrl+Shift+B",
                icon="settings",
                tip=translate(
                    "MainWindow", "Where the data is kept: this computer or a shared server"
                ),
                help=translate("MainWindow", "database"),
                section=APP_SECTION,
            )
        ),
        quit=add(
            ActionSpec(
                "app.quit",
                translate("MainWindow", "&Quit"),
                window.quit_app,
                menu="file",
                group=FILE_QUIT,
                shortcut=QKeySequence.StandardKey.Quit,
                fallback="Ctrl+Q",
                role=QAction.MenuRole.QuitRole,
                help=translate("MainWindow", "quit"),
                section=APP_SECTION,
            )
        ),
        shortcuts=add(
            ActionSpec(
                "help.shortcuts",
                translate("MainWindow", "&Keyboard Shortcuts"),
                window.show_shortcuts,
                menu="help",
            )
        ),
        diagnostics=add(
            ActionSpec(
                "help.diagnostics",
                translate("MainWindow", "&Copy diagnostics"),
                window.copy_diagnostics,
                menu="help",
            )
        ),
        about=add(
            ActionSpec(
                "help.about",
                translate("MainWindow", "&About Social Inbox"),
                window.show_about,
                menu="help",
                group=1,
                role=QAction.MenuRole.AboutRole,
            )
        ),
    )
    table.add_help(
        LISTS_SECTION,
        translate("MainWindow", "Ctrl+1 … Ctrl+9"),
        translate("MainWindow", "switch lists"),
    )
    return actions
