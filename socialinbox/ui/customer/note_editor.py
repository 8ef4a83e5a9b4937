"""The note editor: write or change a note on a customer, perhaps from one of their messages.

Rules: the text is plain text (a QPlainTextEdit); the dialog only collects what
the user wrote (:class:`NoteDraft`); the card saves it through the Notes
service. A note made from a message names it ("From their post on X of
12 March") so the link stays visible. When another desk saved the note while this
one edited it, the editor opens again with the user's text and, read-only above it,
the version the other person saved (``theirs``): nothing is overwritten unseen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.models import MessageDetail
from socialinbox.core.notes import MAX_NOTE_LENGTH, NoteInfo
from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, date_text, network_name
from socialinbox.ui.common.widgets import plain_label

# Where a note came from, per kind of message: one whole sentence each (a language may
# word each differently).
_SOURCE_SENTENCES = {
    "mention": QT_TRANSLATE_NOOP("NoteSource", "From their post on {network} of {day}"),
    "comment": QT_TRANSLATE_NOOP("NoteSource", "From their comment on {network} of {day}"),
    "review": QT_TRANSLATE_NOOP("NoteSource", "From their review on {network} of {day}"),
    "direct": QT_TRANSLATE_NOOP("NoteSource", "From their message on {network} of {day}"),
    "email": QT_TRANSLATE_NOOP("NoteSource", "From their e-mail on {network} of {day}"),
    "reply": QT_TRANSLATE_NOOP("NoteSource", "From their reply on {network} of {day}"),
}


def day_text(when: datetime) -> str:
    """A day as people say it: "12 March" this year, "12 March 2025" otherwise."""
    local = when.astimezone()
    return date_text(local.date(), year=datetime.now().astimezone().year != local.year)


def source_text(kind: str, channel: str, created_at: datetime) -> str:
    """Where a note came from: "From their post on X of 12 March"."""
    sentence = _SOURCE_SENTENCES.get(kind, _SOURCE_SENTENCES["direct"])
    return QCoreApplication.translate("NoteSource", sentence).format(
        network=network_name(channel), day=day_text(created_at)
    )


@dataclass(frozen=True, slots=True)
class NoteDraft:
    text: str
    pinned: bool
    sensitive: bool
    source_message_id: int | None


class NoteTextEdit(QPlainTextEdit):
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), 420), self.fontMetrics().lineSpacing() * 7 + 16)


class NoteEditor(QDialog):
    """Add or edit one note.

    Signals:
        saved(NoteDraft): the user pressed Save with some text.
    """

    saved = Signal(object)

    def __init__(
        self,
        contact_name: str,
        parent: QWidget | None = None,
        *,
        note: NoteInfo | None = None,
        source: MessageDetail | None = None,
        mine: NoteDraft | None = None,
    ) -> None:
        """``mine``: the user's refused draft, edited again over ``note``, the version
        another person saved meanwhile (shown read-only)."""
        super().__init__(parent)
        self._note = note
        self._source_id = source.id if source is not None else None
        if note is not None:
            self._source_id = note.source_message_id
            title = self.tr("Edit note on {name}")
        else:
            title = self.tr("New note on {name}")
        self.setWindowTitle(title.format(name=contact_name))
        layout = QVBoxLayout(self)
        self.source_label = plain_label(wrap=True)
        self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.source_label.setAccessibleName(self.tr("Made from a message"))
        if source is not None:
            self.source_label.setText(source_text(source.kind, source.channel, source.created_at))
        self.source_label.setVisible(source is not None)
        layout.addWidget(self.source_label)
        self.theirs_label = plain_label(wrap=True)
        self.theirs = QPlainTextEdit()
        self.theirs.setReadOnly(True)
        # Read-only text on the window's colour (a palette role: right in dark mode too).
        self.theirs.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.theirs.setAccessibleName(self.tr("Their version"))
        self.theirs.setMaximumHeight(self.theirs.fontMetrics().lineSpacing() * 5 + 16)
        if mine is not None and note is not None:
            self.theirs_label.setText(
                self.tr(
                    "{name} saved this note while you were editing it. Their version is "
                    "below; yours is in the editor. Save to replace theirs with yours."
                ).format(name=note.author_of_version)
            )
            self.theirs.setPlainText(note.text)
        for widget in (self.theirs_label, self.theirs):
            widget.setVisible(mine is not None)
            layout.addWidget(widget)
        self.editor = NoteTextEdit()
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(
            self.tr("What did you learn about them? e.g. loves the cornbread; prefers e-mail")
        )
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor, 1)
        self.pinned = QCheckBox(self.tr("&Pin: show it first, and above every reply"))
        self.sensitive = QCheckBox(self.tr("&Sensitive: hidden until someone clicks Reveal"))
        layout.addWidget(self.pinned)
        layout.addWidget(self.sensitive)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if mine is not None:
            self.editor.setPlainText(mine.text)
            self.pinned.setChecked(mine.pinned)
            self.sensitive.setChecked(mine.sensitive)
        elif note is not None:
            self.editor.setPlainText(note.text)
            self.pinned.setChecked(note.pinned)
            self.sensitive.setChecked(note.sensitive)
        elif source is not None and source.text:
            # The message's words are a start; the user keeps what matters.
            quoted = source.text.strip().replace("\n", " ")
            self.editor.setPlainText(quoted[:280])
            self.editor.selectAll()
        self.editor.textChanged.connect(self._update)
        self._update()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def draft(self) -> NoteDraft:
        return NoteDraft(
            self.editor.toPlainText().strip(),
            self.pinned.isChecked(),
            self.sensitive.isChecked(),
            self._source_id,
        )

    def _update(self) -> None:
        text = self.editor.toPlainText().strip()
        self.save_button.setEnabled(0 < len(text) <= MAX_NOTE_LENGTH)

    def accept(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.saved.emit(self.draft())
        super().accept()
