"""The Help menu's boxes: the keyboard shortcuts (from the action table), About, and the
diagnostics report for support."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from socialinbox import APP_NAME, __version__
from socialinbox.ui.common.formatting import translate
from socialinbox.ui.common.icons import app_icon

if TYPE_CHECKING:
    from socialinbox.app import AppContext


def shortcuts_box(parent: QWidget, help_html: str) -> QMessageBox:
    """Help ▸ Keyboard Shortcuts, opened: ``help_html`` is the action table's help."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
    # Rich text only for the table's layout: every text in it is ours, and escaped.
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(translate("Help", "Keys that work in {app}:").format(app=APP_NAME))
    box.setInformativeText(help_html)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def about_box(parent: QWidget) -> QMessageBox:
    """Help ▸ About, opened."""
    box = QMessageBox(parent)
    box.setWindowTitle(translate("Help", "About Social Inbox"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(translate("Help", "{app} {version}").format(app=APP_NAME, version=__version__))
    box.setInformativeText(
        translate(
            "Help",
            "One inbox for every channel your customers write on.\n"
            "Local first: your messages stay on this computer.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def diagnostics_report(context: AppContext) -> str:
    """Help ▸ Copy diagnostics: the report for support (secrets left out), with Qt's versions."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from socialinbox.diagnostics import diagnostics

    return diagnostics(context, {"Qt": qVersion(), "PySide6": pyside_version})
