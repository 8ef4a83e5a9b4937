"""The Settings dialog: one tab per page, each page loads and saves its own settings.

Rules: per-machine settings go to ``context.machine_settings``; a page writes
only in :meth:`SettingsPage.apply`, so Cancel leaves everything as it was.
Later issues add pages (accounts, business rules) by appending to
:func:`default_pages`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socialinbox import APP_NAME
from socialinbox.settings import DISPLAY_NAME, LANGUAGE, SYSTEM_LANGUAGE, THEME, MachineSettings
from socialinbox.ui.common.translations import language_name
from socialinbox.ui.settings.desk_property import DeskPropertyRows
from socialinbox.ui.settings.setting_fields import SettingFields, hint_label, settings_form
from socialinbox.ui.shell.theme import Theme, normalise


class SettingsPage(Protocol):
    """A page of the dialog: a widget with a title that applies its own values."""

    def title(self) -> str: ...

    def widget(self) -> QWidget: ...

    def apply(self) -> None:
        """Store what the page shows."""
        ...


class GeneralPage(QWidget):
    """Who is at this desk, the property it is at (``desk_property``: its rows, see
    ``ui.settings.desk_property``), the colour theme and the language of the window, and
    a button to the database dialog (``open_database``, given the dialog to open over).

    The language is kept in ``computer`` (the settings of this computer, shared by every
    data folder; ``settings`` when not given) and used from the next start, as the page
    says.

    Signals:
        theme_chosen(str): applied with a theme different from before.
    """

    theme_chosen = Signal(str)

    def __init__(
        self,
        settings: MachineSettings,
        default_name: str,
        parent: QWidget | None = None,
        *,
        computer: MachineSettings | None = None,
        desk_property: DeskPropertyRows | None = None,
        open_database: Callable[[QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._computer = computer or settings
        self.desk_property = desk_property
        form = settings_form(self)
        self.fields = SettingFields(form)
        self.name = self.fields.text(
            DISPLAY_NAME,
            settings.get(DISPLAY_NAME),
            self.tr("Your &name:"),
            placeholder=default_name,
        )
        if desk_property is not None:
            desk_property.setParent(self)
            desk_property.add_to(form)
        self._initial_theme: Theme = normalise(settings.get(THEME))
        self.theme = self.fields.choice(THEME, self._initial_theme, self.tr("&Theme:"), hint=False)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), SYSTEM_LANGUAGE)
        for code in LANGUAGE.choices[1:]:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(self._computer.get(LANGUAGE)), 0))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(
            "",
            hint_label(
                self.tr("A new language is used when {app} next starts.").format(app=APP_NAME)
            ),
        )
        if open_database is not None:
            # The same dialog as File ▸ Database…, over this one.
            self.database = QPushButton(self.tr("&Database…"))
            self.database.setToolTip(
                self.tr("Where the data is kept: this computer or a shared server")
            )
            self.database.clicked.connect(lambda: open_database(self.window()))
            row = QHBoxLayout()
            row.addWidget(self.database)
            row.addStretch(1)
            form.addRow(self.tr("Data:"), row)

    def title(self) -> str:
        return self.tr("General")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        for setting, value in self.fields.values().items():
            if value != self._settings.get(setting):
                self._settings.set(setting, value)
        if self.desk_property is not None:
            self.desk_property.apply()
        language = self.language.currentData()
        if language != self._computer.get(LANGUAGE):
            self._computer.set(LANGUAGE, language)
        theme = normalise(self.theme.currentData())
        if theme != self._initial_theme:
            self._initial_theme = theme
            self.theme_chosen.emit(theme)


PageFactory = Callable[[QWidget], SettingsPage]


class SettingsDialog(QDialog):
    """Settings, as tabbed pages. OK and Apply store every page; Cancel stores nothing.

    Signals:
        applied(): the pages stored their values.
    """

    applied = Signal()

    def __init__(self, pages: list[SettingsPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.setMinimumWidth(520)
        self._pages = pages
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 14)
        layout.setSpacing(14)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        self.tabs.setDocumentMode(True)
        for page in pages:
            self.tabs.addTab(page.widget(), page.title())
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        layout.addWidget(buttons)
        self.buttons = buttons

    def pages(self) -> list[SettingsPage]:
        return list(self._pages)

    def apply(self) -> None:
        for page in self._pages:
            page.apply()
        self.applied.emit()

    def accept(self) -> None:
        self.apply()
        super().accept()
