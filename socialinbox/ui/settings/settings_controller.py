"""Opening the Settings dialog with its pages, and taking in what it applied."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from socialinbox.ui.common.translations import computer_settings
from socialinbox.ui.settings.apps_page import AppsPage
from socialinbox.ui.settings.desk_property import DeskPropertyRows
from socialinbox.ui.settings.settings_dialog import GeneralPage, SettingsDialog, SettingsPage
from socialinbox.ui.settings.settings_pages import (
    DesktopPage,
    RulesPage,
    SyncPage,
    TemplatesPage,
    Write,
)
from socialinbox.ui.shell.theme import apply_theme, normalise

if TYPE_CHECKING:
    from socialinbox.app import AppContext


def open_settings(
    context: AppContext,
    parent: QWidget,
    write: Write,
    *,
    tray_available: bool,
    open_database: Callable[[QWidget], None] | None = None,
) -> SettingsDialog:
    """The Settings dialog, opened (window-modal, deleted on close). Business settings are
    saved through ``write`` (the window's write operation); a theme is shown as soon as
    it is chosen; a new display name is used at once unless ``--user`` fixed one (the
    context's :class:`~socialinbox.core.users.DeskUser` reads the setting each time)."""
    desk_property = DeskPropertyRows(
        context.machine_settings,
        context.properties,
        context.properties.list_properties(),
        write,
        fixed=context.options.property_name,
    )
    general = GeneralPage(
        context.machine_settings,
        context.user,
        computer=computer_settings(),
        desk_property=desk_property,
        open_database=open_database,
    )
    general.theme_chosen.connect(_show_theme)
    pages: list[SettingsPage] = [
        general,
        DesktopPage(context.machine_settings, tray_available),
        RulesPage(context.business, write),
        SyncPage(
            context.accounts,
            context.accounts.list_accounts(),
            write,
            properties=context.properties,
        ),
        TemplatesPage(context.business, write),
        AppsPage(context.machine_settings),
    ]
    dialog = SettingsDialog(pages, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _show_theme(theme: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, normalise(theme))
