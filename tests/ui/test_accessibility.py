"""Every control can be reached by keyboard and has a name a screen reader can say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

from socialinbox.ui.shell.window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _problems(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QTabBar):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        parent = widget.parent()
        # Parts of a composite control: the control itself carries the name.
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QTabBar, QTableView)):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else ""
        )
        described = (
            f"{type(widget).__name__} {widget.objectName() or name!r} "
            f"in {type(parent).__name__} {parent.objectName() if parent else ''}"
        )
        if not name.replace("&", "").strip():
            found.append(f"{described}: no accessible name")
        # Tool buttons in toolbars are reached through their actions' shortcuts.
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QToolButton):
            found.append(f"{described}: not reachable by keyboard")
    return found


def test_the_main_window_controls_have_names_and_take_focus(window: MainWindow) -> None:
    assert _problems(window) == []


def test_the_settings_pages_controls_have_names_and_take_focus(window: MainWindow) -> None:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    problems = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        problems += _problems(dialog)
    dialog.reject()
    assert problems == []
