"""The View menu's lists: one checkable entry per sidebar entry, Ctrl+1 … Ctrl+9 for the
first nine, rebuilt when the sidebar's entries change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from socialinbox.ui.shell.page import SidebarEntry


class ListsMenu(QObject):
    """The list entries of a menu; ``choose(key)`` runs when the user picks one."""

    def __init__(self, window: QWidget, choose: Callable[[str], object]) -> None:
        super().__init__(window)
        self._window = window
        self._choose = choose
        self.group = QActionGroup(self)
        self.group.setExclusive(True)

    def fill(self, menu: QMenu, entries: Sequence[SidebarEntry], current: str | None) -> None:
        """Append the entries to ``menu`` (after what it holds), replacing the old ones."""
        for action in self.group.actions():
            self.group.removeAction(action)
            self._window.removeAction(action)
            action.deleteLater()
        number = 0
        for entry in entries:
            if entry.section:
                menu.addSeparator()
                continue
            action = QAction(entry.qicon(), entry.label, self._window)
            action.setCheckable(True)
            action.setData(entry.key)
            number += 1
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(partial(self._chosen, entry.key))
            self.group.addAction(action)
            menu.addAction(action)
            # Shortcuts of actions only in a menu work while the menu bar exists;
            # adding them to the window keeps them working when it is hidden.
            self._window.addAction(action)
        self.check(current)

    def check(self, current: str | None) -> None:
        """Check the entry shown now (``current`` is its key)."""
        for action in self.group.actions():
            action.setChecked(current is not None and action.data() == current)

    def _chosen(self, key: str, _checked: bool = False) -> None:
        self._choose(key)
