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
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from socialinbox.settings import DISPLAY_NAME, THEME, MachineSettings
from socialinbox.ui.shell.theme import THEMES, Theme, normalise


class SettingsPage(Protocol):
    """A page of the dialog: a widget with a title that applies its own values."""

    def title(self) -> str: ...

    def widget(self) -> QWidget: ...

    def apply(self) -> None:
        """Store what the page shows."""
        ...


class GeneralPage(QWidget):
    """Who is at this desk, and the colour theme.

    Signals:
        theme_chosen(str): applied with a theme different from before.
    """

    theme_chosen = Signal(str)

    def __init__(
        self, settings: MachineSettings, default_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        form = QFormLayout(self)
        form.setContentsMargins(20, 20, 20, 16)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(16)

        self.name = QLineEdit(str(settings.get(DISPLAY_NAME) or ""))
        self.name.setPlaceholderText(default_name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(120)
        form.addRow(self.tr("Your &name:"), self.name)
        hint = QLabel(self.tr("Shown on notes and replies you write from this computer."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow("", hint)

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        names = {
            "system": self.tr("Same as the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.theme.addItem(names[theme], theme)
        self._initial_theme: Theme = normalise(settings.get(THEME))
        self.theme.setCurrentIndex(THEMES.index(self._initial_theme))
        form.addRow(self.tr("&Theme:"), self.theme)

    def title(self) -> str:
        return self.tr("General")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        name = " ".join(self.name.text().split())
        if name != (self._settings.get(DISPLAY_NAME) or ""):
            self._settings.set(DISPLAY_NAME, name or None)
        theme = normalise(self.theme.currentData())
        if theme != normalise(self._settings.get(THEME)):
            self._settings.set(THEME, theme)
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
