"""The notes on the customer card: pinned first, each with its author and time.

Rules: note text is plain text; a sensitive note shows a placeholder until the
user clicks Reveal (revealed notes are forgotten when the card shows another
customer); a note made from a message names that message and opens it when
clicked. The list only asks for changes through its signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.models import MessageDetail
from socialinbox.core.notes import NoteInfo
from socialinbox.ui.common.formatting import full_datetime, short_time
from socialinbox.ui.common.icons import mix
from socialinbox.ui.common.widgets import plain_label, scaled_font
from socialinbox.ui.customer.note_editor import day_text, source_text

# Longer notes are cut on the card (the editor shows them whole).
NOTE_SHOWN_LIMIT = 2_000


class SourceLink(QLabel):
    """The message a note was made from, as a link that wraps: click, Enter or Space opens it.

    Signals:
        activated(int): the message's id.
    """

    activated = Signal(int)

    def __init__(self, text: str, message_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message_id = message_id
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.setAccessibleName(text)
        font = scaled_font(self.font(), 0.9)
        if message_id is not None:
            font.setUnderline(True)
            self.setForegroundRole(QPalette.ColorRole.Link)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Show the message in the reading pane"))
        else:
            self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setFont(font)

    def click(self) -> None:
        if self._message_id is not None:
            self.activated.emit(self._message_id)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class NoteItem(QFrame):
    """One note.

    Signals:
        edit_requested(int), delete_requested(int): the note's id.
        pin_requested(int, bool), sensitive_requested(int, bool): the note's id, the new value.
        reveal_toggled(int): Reveal or Hide was clicked.
        source_activated(int): the message the note was made from (its id).
    """

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    pin_requested = Signal(int, bool)
    sensitive_requested = Signal(int, bool)
    reveal_toggled = Signal(int)
    source_activated = Signal(int)

    def __init__(
        self,
        note: NoteInfo,
        revealed: bool,
        source: MessageDetail | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.note = note
        self._pinned = note.pinned
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 6, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        hidden = note.sensitive and not revealed
        if hidden:
            text = self.tr("Sensitive note — hidden")
        else:
            text = note.text
            if len(text) > NOTE_SHOWN_LIMIT:
                text = text[:NOTE_SHOWN_LIMIT] + "…"
        self.text_label = plain_label(text, wrap=True, selectable=not hidden)
        self.text_label.setAccessibleName(self.tr("Note"))
        if hidden:
            self.text_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top.addWidget(self.text_label, 1)
        self.menu_button = QToolButton()
        self.menu_button.setText("⋯")
        self.menu_button.setAutoRaise(True)
        self.menu_button.setAccessibleName(self.tr("Note actions"))
        self.menu_button.setToolTip(self.tr("Edit, pin, mark sensitive or delete"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.menu_button)
        menu.addAction(self.tr("&Edit…"), lambda: self.edit_requested.emit(note.id))
        menu.addAction(
            self.tr("Un&pin") if note.pinned else self.tr("&Pin"),
            lambda: self.pin_requested.emit(note.id, not note.pinned),
        )
        menu.addAction(
            self.tr("Not &sensitive") if note.sensitive else self.tr("Mark &sensitive"),
            lambda: self.sensitive_requested.emit(note.id, not note.sensitive),
        )
        menu.addSeparator()
        menu.addAction(self.tr("&Delete"), lambda: self.delete_requested.emit(note.id))
        self.menu_button.setMenu(menu)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.reveal_button: QPushButton | None = None
        if note.sensitive:
            self.reveal_button = QPushButton(self.tr("Hide") if revealed else self.tr("Reveal"))
            self.reveal_button.setAccessibleName(
                self.tr("Hide the sensitive note") if revealed else self.tr("Reveal the note")
            )
            self.reveal_button.clicked.connect(lambda: self.reveal_toggled.emit(note.id))
            row = QHBoxLayout()
            row.addWidget(self.reveal_button)
            row.addStretch(1)
            layout.addLayout(row)

        meta = []
        if note.pinned:
            meta.append(self.tr("Pinned"))
        meta.append(note.author)
        meta.append(f"{day_text(note.created_at)}, {short_time(note.created_at)}")
        if note.updated_at > note.created_at:
            meta.append(self.tr("edited"))
        self.meta_label = plain_label(" · ".join(meta), wrap=True)
        self.meta_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta_label.setFont(scaled_font(self.font(), 0.9))
        self.meta_label.setAccessibleName(self.tr("Written by"))
        self.meta_label.setToolTip(full_datetime(note.created_at))
        layout.addWidget(self.meta_label)

        self.source_button: SourceLink | None = None
        if note.source_message_id is not None:
            if source is not None:
                label = source_text(source.kind, source.channel, source.created_at)
            else:
                label = self.tr("From a message no longer stored")
            self.source_button = SourceLink(label, note.source_message_id if source else None)
            self.source_button.activated.connect(self.source_activated)
            layout.addWidget(self.source_button)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(mix(base, text, 0.14))
        painter.setBrush(mix(base, text, 0.03))
        painter.drawRoundedRect(rect, 6, 6)
        if self._pinned:
            # Pinned notes carry an accent bar, like the business's replies elsewhere.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Accent))
            painter.drawRoundedRect(
                QRectF(rect.left(), rect.top() + 6, 4, rect.height() - 12), 2, 2
            )
        painter.end()


class NotesList(QWidget):
    """The notes of one customer, as :meth:`set_notes` gives them (pinned first).

    Signals: those of :class:`NoteItem`, forwarded (except Reveal, handled here).
    """

    edit_requested = Signal(int)
    delete_requested = Signal(int)
    pin_requested = Signal(int, bool)
    sensitive_requested = Signal(int, bool)
    source_activated = Signal(int)

    def __init__(
        self,
        message_of: Callable[[int], MessageDetail | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._message_of = message_of
        self._notes: list[NoteInfo] = []
        self._revealed: set[int] = set()
        self._contact_id: int | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.empty = plain_label(
            self.tr(
                "No notes yet. Write down what you learn (“loves the cornbread”); "
                "N on a message makes a note from it."
            ),
            wrap=True,
        )
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self.empty)
        self.items: list[NoteItem] = []

    def set_notes(self, contact_id: int, notes: Sequence[NoteInfo]) -> None:
        if contact_id != self._contact_id:
            self._revealed.clear()
            self._contact_id = contact_id
        self._notes = list(notes)
        self._rebuild()

    def is_revealed(self, note_id: int) -> bool:
        return note_id in self._revealed

    def toggle_reveal(self, note_id: int) -> None:
        self._revealed ^= {note_id}
        self._rebuild()

    def _rebuild(self) -> None:
        for item in self.items:
            item.hide()
            item.deleteLater()
        self.items = []
        self.empty.setVisible(not self._notes)
        for note in self._notes:
            source = None
            if note.source_message_id is not None:
                source = self._message_of(note.source_message_id)
            item = NoteItem(note, note.id in self._revealed, source)
            item.edit_requested.connect(self.edit_requested)
            item.delete_requested.connect(self.delete_requested)
            item.pin_requested.connect(self.pin_requested)
            item.sensitive_requested.connect(self.sensitive_requested)
            item.source_activated.connect(self.source_activated)
            item.reveal_toggled.connect(self.toggle_reveal)
            self._layout.addWidget(item)
            self.items.append(item)
