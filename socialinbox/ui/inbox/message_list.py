"""The message list view: fixed-height rows, keyboard commands, an empty-state text.

Rules: single-key commands (j, k, u, e, d) are handled in this view's
``keyPressEvent``, so they act only when the list has focus — never while the
user types in the search field. The empty state is painted from the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from socialinbox.ui.inbox.message_delegate import MessageDelegate


class MessageListView(QListView):
    """The message list.

    Keys (only while the list has focus): Up/Down and j/k move (keeping the next
    row in view); Enter opens the message in the reading pane; u toggles read;
    e or d marks done. Shift and Ctrl with the arrows select as usual.

    Signals:
        open_requested(): Enter or Return was pressed.
        toggle_read_requested(): ``u`` was pressed.
        done_requested(): ``e`` or ``d`` was pressed.
        painted_first(): the view painted for the first time (start background work now).
        rows_painted_first(): the first paint that drew at least one row (the benchmark hook).
    """

    open_requested = Signal()
    toggle_read_requested = Signal()
    done_requested = Signal()
    painted_first = Signal()
    rows_painted_first = Signal()

    def __init__(self, delegate: MessageDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.setItemDelegate(delegate)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._placeholder = ""
        self._painted = False
        self._painted_rows = False

    # -- the empty state ------------------------------------------------------

    def placeholder_text(self) -> str:
        return self._placeholder

    def set_placeholder_text(self, text: str) -> None:
        """What the list says when it has no rows (plain text, centred)."""
        if text != self._placeholder:
            self._placeholder = text
            self.setAccessibleDescription(text)
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        has_rows = model is not None and model.rowCount() > 0
        if not has_rows and self._placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 0, -24, 0)
            area = QRect(area.left(), area.top() + 48, area.width(), area.height() - 48)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            painter.end()
        if not self._painted:
            self._painted = True
            self.painted_first.emit()
        if has_rows and not self._painted_rows:
            self._painted_rows = True
            self.rows_painted_first.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._delegate.set_font(self.font())
        super().changeEvent(event)

    # -- keyboard -------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        selection = self.selectionModel()
        if selection is None or self.currentIndex().isValid():
            super().focusInEvent(event)
            return
        # Qt makes the first row current on focus without selecting it; then the
        # first Down would skip it. Nothing is current until the user moves, and
        # nobody hears of Qt's choice: the reading pane would load that message
        # (and its customer) only to be cleared again, before the first paint.
        blocked = selection.blockSignals(True)
        try:
            super().focusInEvent(event)
            current = self.currentIndex()
            if current.isValid() and not self.selectedIndexes():
                selection.clearCurrentIndex()
                current = QModelIndex()
        finally:
            selection.blockSignals(blocked)
        if current.isValid():
            selection.currentChanged.emit(current, QModelIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not (
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.currentIndex().isValid():
                self.open_requested.emit()
            event.accept()
            return
        no_modifiers = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if (plain and key == Qt.Key.Key_J) or (no_modifiers and key == Qt.Key.Key_Down):
            self.move_by(1)
        elif (plain and key == Qt.Key.Key_K) or (no_modifiers and key == Qt.Key.Key_Up):
            self.move_by(-1)
        elif plain and key == Qt.Key.Key_U:
            self.toggle_read_requested.emit()
        elif plain and key in (Qt.Key.Key_E, Qt.Key.Key_D):
            self.done_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_by(self, delta: int) -> None:
        """Make the row ``delta`` away from the current one current and selected."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        current = self.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        if row >= model.rowCount() and model.canFetchMore(self.rootIndex()):
            model.fetchMore(self.rootIndex())
        row = max(0, min(row, model.rowCount() - 1))
        index = model.index(row, 0)
        self.setCurrentIndex(index)
        # Keep one more row in view in the direction of travel, as context.
        ahead = row + (1 if delta >= 0 else -1)
        if 0 <= ahead < model.rowCount():
            self.scrollTo(model.index(ahead, 0))
        self.scrollTo(index)

    def keyboardSearch(self, search: str) -> None:
        # Letters are commands here (j, k, u, e, d); jumping by typed prefix would
        # make the others surprising. Search has its own field (Ctrl+F).
        return
