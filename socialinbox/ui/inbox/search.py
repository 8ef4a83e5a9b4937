"""The search field: debounced as the user types, Escape clears.

Rule: ``search_changed`` fires :data:`DEBOUNCE_MS` after the last keystroke
(immediately on Enter or Escape), with the text stripped; an empty string means
"no search".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from socialinbox.ui.common.icons import glyph_icon

DEBOUNCE_MS = 250


class SearchField(QLineEdit):
    """The toolbar's search box.

    Signals:
        search_changed(str): the query to show (debounced); "" clears the search.
        leave_requested(): Down, Enter or Escape asked to go back to the list.
    """

    search_changed = Signal(str)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search messages"))
        self.setAccessibleName(self.tr("Search messages"))
        self.setToolTip(self.tr("Search every message (Ctrl+F). Escape clears."))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):
            # Qt's own clear button has no name; Escape does the same from the keyboard.
            button.setAccessibleName(self.tr("Clear search"))
        self.addAction(glyph_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.findChildren(QToolButton):
            if not button.accessibleName():
                button.setAccessibleName(self.tr("Search"))
        self.setMinimumWidth(260)
        self.setMaximumWidth(400)
        self._emitted = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_now)
        self.textChanged.connect(lambda _text: self._timer.start())

    @property
    def query(self) -> str:
        """The query last announced through ``search_changed``."""
        return self._emitted

    def _emit_now(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)

    def clear_search(self) -> None:
        self.clear()
        self._emit_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.text():
                self.clear_search()
            else:
                self.leave_requested.emit()
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._emit_now()
            self.leave_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Down:
            self._emit_now()
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
