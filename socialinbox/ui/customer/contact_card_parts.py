"""Parts of the customer card: the undo bar, one identity, one merge suggestion.

Rules: names, handles and evidence are untrusted and shown as plain text; the
parts only ask for actions through their signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.contacts import Evidence, IdentityInfo, MergeSuggestion
from socialinbox.ui.common.formatting import ago_text, full_datetime, network_name, translate
from socialinbox.ui.common.icons import channel_icon
from socialinbox.ui.common.widgets import (
    ElidedLabel,
    icon_label,
    plain_label,
    plain_tooltip,
    scaled_font,
)

UNDO_MS = 20_000


class UndoBar(QFrame):
    """ "Note deleted. [Undo]" — one undoable step at a time, hidden after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = plain_label(wrap=True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout.addWidget(self.label, 1)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self._undo)
        layout.addWidget(self.undo_button)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        layout.addWidget(close)
        self._undo_step: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.label.setText(text)
        self._undo_step = undo
        self.show()
        self._timer.start(UNDO_MS)

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo_step = None
        self.hide()

    def _undo(self) -> None:
        step = self._undo_step
        self.dismiss()
        if step is not None:
            step()


class IdentityRow(QWidget):
    """One identity: network icon, network and handle, last seen, Split out.

    Signals:
        split_requested(int): the identity's id.
    """

    split_requested = Signal(int)

    def __init__(
        self,
        identity: IdentityInfo | None,
        now: datetime,
        can_split: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.split_button: QPushButton | None = None
        if identity is None:
            label = plain_label(self.tr("No identity yet: link one to find their messages."))
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            label.setWordWrap(True)
            layout.addWidget(label, 1)
            return
        self.identity = identity
        icon = icon_label()
        icon.setPixmap(
            channel_icon(identity.channel).pixmap(QSize(16, 16), self.devicePixelRatioF())
        )
        icon.setToolTip(network_name(identity.channel))
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        handle = identity.handle or identity.key or ""
        self.handle_label = ElidedLabel(f"{network_name(identity.channel)} · {handle}")
        self.handle_label.setToolTip(plain_tooltip(handle))
        self.handle_label.setAccessibleName(network_name(identity.channel))
        texts.addWidget(self.handle_label)
        if identity.last_seen_at is not None:
            seen = self.tr("last seen {ago}").format(ago=ago_text(now, identity.last_seen_at))
        else:
            seen = self.tr("not seen yet")
        self.seen_label = plain_label(seen)
        self.seen_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.seen_label.setFont(scaled_font(self.font(), 0.9))
        if identity.last_seen_at is not None:
            self.seen_label.setToolTip(full_datetime(identity.last_seen_at))
        texts.addWidget(self.seen_label)
        layout.addLayout(texts, 1)
        if can_split:
            self.split_button = QPushButton(self.tr("Split out"))
            self.split_button.setAccessibleName(
                self.tr("Split out {network} {handle}").format(
                    network=network_name(identity.channel), handle=handle
                )
            )
            self.split_button.setToolTip(
                self.tr("Move this identity and its messages to a customer of its own")
            )
            self.split_button.clicked.connect(lambda: self.split_requested.emit(identity.id))
            layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


def evidence_text(proofs: Sequence[Evidence]) -> str:
    """A merge suggestion's evidence in the window's language ("same e-mail address: …")."""
    words = {
        "name": translate("MergeEvidence", "same name: {value}"),
        "email": translate("MergeEvidence", "same e-mail address: {value}"),
        "phone": translate("MergeEvidence", "same phone number: {value}"),
        "site": translate("MergeEvidence", "same website: {value}"),
    }
    return "; ".join(
        words[proof.kind].format(value=proof.value) if proof.kind in words else proof.english
        for proof in proofs
    )


class SuggestionBox(QFrame):
    """ "Possibly the same person as X — same e-mail: …" with a Merge… button (to the preview).

    Signals:
        merge_requested(int, tuple): the other contact's id and the evidence (Evidence).
    """

    merge_requested = Signal(int, tuple)

    def __init__(
        self, suggestion: MergeSuggestion, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        text = self.tr("Possibly the same person as {name} — {evidence}").format(
            name=name, evidence=evidence_text(suggestion.proofs)
        )
        self.label = plain_label(text, wrap=True)
        self.label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setAccessibleName(self.tr("Merge with {name}…").format(name=name))
        self.merge_button.setToolTip(self.tr("See what would move first; nothing merges yet"))
        self.merge_button.clicked.connect(
            lambda: self.merge_requested.emit(suggestion.other_id, suggestion.proofs)
        )
        row.addWidget(self.merge_button)
        row.addStretch(1)
        layout.addLayout(row)


def clear_layout(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()
