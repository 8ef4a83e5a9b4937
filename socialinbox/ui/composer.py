"""The composer under a message in the reading pane: write a reply and queue it.

Rules: the text is plain text (a QPlainTextEdit; nothing is ever rendered as
rich text); the counter measures the text exactly as the service will (the
connector's :class:`TextLimit` and :func:`measure`, graphemes for Bluesky), so
the button is disabled precisely when the service would refuse. Queueing is a
request (:attr:`Composer.queue_requested`): the window runs the write on the
writer thread and reports back with :meth:`Composer.reply_queued` or
:meth:`Composer.queue_failed`. Reads (the limit, pinned notes, earlier
replies) are primary-key-sized and run on the UI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.channels.base import TextLimit
from socialinbox.core.contacts import ContactNotFound, Contacts
from socialinbox.core.models import MessageDetail
from socialinbox.core.notes import Notes
from socialinbox.core.outbox import QUEUED_OR_SENT_STATES
from socialinbox.core.outbox_service import Outbox, OutboxItemView
from socialinbox.core.templates import Template, Templates
from socialinbox.core.textlimit import measure
from socialinbox.ui.formatting import network_name
from socialinbox.ui.widgets import plain_label, scaled_font

log = logging.getLogger(__name__)

# Pinned notes shown above the editor (the customer card shows them all).
NOTES_SHOWN = 3
NOTE_LIMIT = 300


def state_words(item: OutboxItemView) -> str:
    """Where a reply is, in words for the person who wrote it."""
    state = item.state
    if state == "draft" and item.review_comment:
        return f"Sent back by the reviewer: {item.review_comment}"
    if state == "draft":
        return "Draft: not queued yet"
    if state == "awaiting_review":
        return "Waiting for review"
    if state == "approved":
        return "Will be sent when online"
    if state == "sending":
        return "Sending…"
    if state == "sent":
        return "Sent"
    if state == "failed":
        return f"Failed: {item.last_error}" if item.last_error else "Failed"
    if state == "outcome_unknown":
        return "May or may not have arrived: check the Outbox"
    if state == "discarded":
        return "Discarded"
    return state.replace("_", " ")


class ReplyEditor(QPlainTextEdit):
    """The editor; keeps to a few lines and grows a little with the text."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 6 + 16)


class Composer(QFrame):
    """Writing a reply to the message given with :meth:`set_message`.

    Signals:
        queue_requested(int, str): queue ``text`` as a reply to the message id.
    """

    queue_requested = Signal(int, str)

    def __init__(
        self,
        outbox: Outbox,
        notes: Notes,
        contacts: Contacts,
        parent: QWidget | None = None,
        templates: Templates | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._outbox = outbox
        self._notes = notes
        self._contacts = contacts
        self._detail: MessageDetail | None = None
        self._limit: TextLimit | None = None
        self._limits: dict[int, TextLimit | None] = {}
        self._drafts: dict[int, str] = {}
        self._busy = False
        self._warning_text = ""
        self._duplicate = False
        self.setAccessibleName(self.tr("Reply"))
        self.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)

        self._title = plain_label(self.tr("Reply"))
        self._title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self._title)

        self._customer = plain_label(wrap=True)
        self._customer.setAccessibleName(self.tr("Customer notes"))
        self._customer.setForegroundRole(QPalette.ColorRole.WindowText)
        self._customer.setFont(scaled_font(self.font(), 0.95))
        layout.addWidget(self._customer)

        self.editor = ReplyEditor()
        self.editor.setAccessibleName(self.tr("Reply text"))
        self.editor.setPlaceholderText(self.tr("Write a reply…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.editor)

        self._warning = plain_label(wrap=True)
        self._warning.setAccessibleName(self.tr("Warning"))
        self._warning.setForegroundRole(QPalette.ColorRole.Link)
        layout.addWidget(self._warning)

        row = QHBoxLayout()
        row.setSpacing(12)
        self._counter = plain_label()
        self._counter.setAccessibleName(self.tr("Length"))
        self._counter.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = plain_label(wrap=True)
        self.status.setAccessibleName(self.tr("Reply status"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.queue_button = QPushButton(self.tr("Queue reply"))
        self.queue_button.setAccessibleName(self.tr("Queue reply"))
        self.queue_button.setToolTip(self.tr("Queue the reply (Ctrl+Enter)"))
        self.queue_button.setDefault(False)
        self.queue_button.setAutoDefault(False)
        self.queue_button.clicked.connect(self.queue)
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setAccessibleName(self.tr("Insert a template"))
        self.templates_button.setToolTip(
            self.tr("Insert a canned reply filled in for this customer")
        )
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(self._list_templates)
        self.templates_button.setMenu(self.templates_menu)
        self.templates_button.setVisible(templates is not None)
        row.addWidget(self._counter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.queue)
        self._update()

    # -- templates ----------------------------------------------------------------

    def _list_templates(self) -> None:
        self.templates_menu.clear()
        templates = self._templates.list() if self._templates is not None else []
        for template in templates:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _checked=False, t=template: self.use_template(t))
        if not templates:
            self.templates_menu.addAction(self.tr("No templates yet")).setEnabled(False)

    def use_template(self, template: Template) -> bool:
        """Insert ``template`` filled for this message; refuse, naming any unknown field."""
        if self._templates is None or self._detail is None:
            return False
        filled = self._templates.fill_for_message(template.text, self._detail.id)
        if filled.text is None:
            fields = ", ".join("{" + m + "}" for m in filled.missing)
            self._warning.setText(
                self.tr("“{name}” was not used: nothing is known for {fields}.").format(
                    name=template.name, fields=fields
                )
            )
            return False
        self.editor.insertPlainText(filled.text)
        self.editor.setFocus()
        return True

    # -- the message ------------------------------------------------------------

    @property
    def message_id(self) -> int | None:
        return self._detail.id if self._detail is not None else None

    def set_message(self, detail: MessageDetail | None) -> None:
        """Write to ``detail`` (None: nothing). The same message again keeps the text."""
        same = detail is not None and detail.id == self.message_id
        if not same and self._detail is not None:
            text = self.editor.toPlainText()
            if text.strip():
                self._drafts[self._detail.id] = text
            else:
                self._drafts.pop(self._detail.id, None)
        self._detail = detail
        if detail is None:
            return
        if not same:
            self._limit = self._limit_for(detail.account_id)
            self._warning_text = ""
            self._busy = False
            self.editor.blockSignals(True)
            self.editor.setPlainText(self._drafts.pop(detail.id, ""))
            self.editor.blockSignals(False)
            self._title.setText(
                self.tr("Reply on {network}").format(network=network_name(detail.channel))
            )
            self._show_customer(detail)
        self.refresh_status()

    def _limit_for(self, account_id: int) -> TextLimit | None:
        if account_id not in self._limits:
            try:
                self._limits[account_id] = self._outbox.text_limit(account_id)
            except Exception:
                log.exception("No text limit for account %s", account_id)
                self._limits[account_id] = None
        return self._limits[account_id]

    def _show_customer(self, detail: MessageDetail) -> None:
        lines: list[str] = []
        if detail.contact_id is not None:
            try:
                card = self._contacts.get(detail.contact_id)
            except ContactNotFound:
                card = None
            if card is not None and card.summary.preferred_channel:
                lines.append(
                    self.tr("Prefers {network}").format(
                        network=network_name(card.summary.preferred_channel)
                    )
                )
            pinned = [n for n in self._notes.list(detail.contact_id) if n.pinned]
            for note in pinned[:NOTES_SHOWN]:
                text = " ".join(note.text.split())
                if len(text) > NOTE_LIMIT:
                    text = text[:NOTE_LIMIT] + "…"
                lines.append("📌 " + text)
            if len(pinned) > NOTES_SHOWN:
                lines.append(
                    self.tr("…and {count} more pinned notes").format(
                        count=len(pinned) - NOTES_SHOWN
                    )
                )
        self._customer.setText("\n".join(lines))
        self._customer.setVisible(bool(lines))

    # -- state --------------------------------------------------------------------

    def length(self) -> int:
        """The text's length as the network counts it (after trimming, as stored)."""
        unit = self._limit.unit if self._limit is not None else "characters"
        return measure(self.editor.toPlainText().strip(), unit)

    def refresh_status(self) -> None:
        """Read this message's replies again: the status line and the duplicate warning."""
        if self._detail is None:
            return
        replies = self._outbox.for_message(self._detail.id)
        if replies:
            latest = replies[0]
            self.status.setText(
                self.tr("Reply #{id}: {state}").format(id=latest.id, state=state_words(latest))
            )
        else:
            self.status.setText("")
        self._duplicate = any(r.state in QUEUED_OR_SENT_STATES for r in replies)
        self._update()

    def _text_changed(self) -> None:
        self._update()

    def over_limit(self) -> bool:
        return self._limit is not None and self.length() > self._limit.max_length

    def blocked_reason(self) -> str | None:
        """Why the text cannot be queued now, or None."""
        if self._detail is None:
            return self.tr("No message is selected")
        if self._busy:
            return self.tr("Queueing…")
        if not self.editor.toPlainText().strip():
            return self.tr("Write something first")
        if self._limit is not None and self.over_limit():
            return self.tr("Too long for {network}: {over} {unit} over the limit").format(
                network=network_name(self._detail.channel),
                over=self.length() - self._limit.max_length,
                unit=self._limit.unit,
            )
        return None

    def warning_text(self) -> str:
        """The one warning shown: over the limit, else the service's word, else a duplicate."""
        if self.over_limit():
            return self.blocked_reason() or ""
        if self._warning_text:
            return self._warning_text
        if self._duplicate:
            return self.tr(
                "This message already has a reply queued or sent; "
                "a new one would be a second reply."
            )
        return ""

    def _update(self) -> None:
        if self._limit is not None:
            length = self.length()
            self._counter.setText(f"{length} / {self._limit.max_length}")
            self._counter.setForegroundRole(
                QPalette.ColorRole.Link if self.over_limit() else QPalette.ColorRole.PlaceholderText
            )
            self._counter.setToolTip(
                self.tr("Counted in {unit}, as the network counts").format(unit=self._limit.unit)
            )
        else:
            self._counter.setText("")
        reason = self.blocked_reason()
        self.queue_button.setEnabled(reason is None)
        self.queue_button.setToolTip(reason or self.tr("Queue the reply (Ctrl+Enter)"))
        warning = self.warning_text()
        self._warning.setText(warning)
        self._warning.setVisible(bool(warning))

    # -- queueing -------------------------------------------------------------------

    def queue(self) -> None:
        """Ask the window to queue the text (does nothing while it cannot be queued)."""
        if self.blocked_reason() is not None or self._detail is None:
            return
        self._busy = True
        self._update()
        self.queue_requested.emit(self._detail.id, self.editor.toPlainText())

    def reply_queued(self, message_id: int, warnings: tuple[str, ...]) -> None:
        """The reply was stored: clear the editor, show the service's warnings."""
        self._drafts.pop(message_id, None)
        if message_id != self.message_id:
            return
        self._busy = False
        self._warning_text = "\n".join(w[:1].upper() + w[1:] for w in warnings)
        self.editor.clear()
        self.refresh_status()

    def queue_failed(self, message_id: int, error: str) -> None:
        """The service refused: keep the text, say why."""
        if message_id != self.message_id:
            return
        self._busy = False
        self._warning_text = error[:1].upper() + error[1:]
        self._update()
