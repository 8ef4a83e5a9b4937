"""The escalation history of the message in the reading pane: whom it is assigned to,
every escalation (by whom, to whom, why, when) and how each was settled.

Rules: reads are one primary-key lookup and one index-backed query per message shown
(cheap enough for the UI thread); every name, reason and outcome is plain text; the
section hides itself when there is nothing to tell.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from socialinbox.core.escalations import EscalationInfo, Escalations
from socialinbox.core.inbox import Inbox
from socialinbox.ui.common.formatting import full_datetime
from socialinbox.ui.common.widgets import PlainLabel, plain_label, scaled_font

# A message escalated more often than this shows its latest escalations.
HISTORY_LIMIT = 20


class EscalationHistory(QWidget):
    """The reading pane's section about who handles the message (see the module's rules)."""

    def __init__(
        self, escalations: Escalations, inbox: Inbox, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._escalations = escalations
        self._inbox = inbox
        self._message_id: int | None = None
        self._shown: object = None
        self.setAccessibleName(self.tr("Escalation history"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(4)
        self.title = plain_label(self.tr("Escalations"))
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(self.title)
        self._lines: list[PlainLabel] = []
        self.hide()

    @property
    def message_id(self) -> int | None:
        return self._message_id

    def show_message(self, message_id: int | None) -> None:
        self._message_id = message_id
        self.refresh()

    def refresh(self) -> None:
        """Read the shown message's assignment and escalations again."""
        if self._message_id is None:
            self._show([], None)
            return
        row = self._inbox.rows([self._message_id]).get(self._message_id)
        history = self._escalations.history(self._message_id)[-HISTORY_LIMIT:]
        self._show(history, row.assigned_to if row is not None else None)

    def lines(self) -> list[str]:
        """The texts shown, top to bottom (for tests and screen readers)."""
        return [label.text() for label in self._lines]

    def _show(self, history: list[EscalationInfo], assigned_to: str | None) -> None:
        if (history, assigned_to) == self._shown:
            return
        self._shown = (history, assigned_to)
        for widget in self._lines:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self._lines = []
        if assigned_to:
            self._add(self.tr("Assigned to {name}").format(name=assigned_to), bold=True)
        for escalation in reversed(history):
            self._add(self._headline(escalation), bold=escalation.open)
            if escalation.reason:
                self._add(self.tr("Reason: {reason}").format(reason=escalation.reason))
            if escalation.open:
                self._add(self.tr("Open"), quiet=True)
            else:
                self._add(
                    self.tr("Resolved by {name}, {time}: {outcome}").format(
                        name=escalation.resolved_by or "",
                        time=full_datetime(escalation.resolved_at or escalation.created_at),
                        outcome=escalation.outcome or "",
                    ),
                    quiet=True,
                )
        self.title.setVisible(bool(history))
        self.setVisible(bool(history) or bool(assigned_to))

    def _headline(self, escalation: EscalationInfo) -> str:
        return self.tr("{by} escalated it to {to}, {time}").format(
            by=escalation.by_user,
            to=escalation.to_user,
            time=full_datetime(escalation.created_at),
        )

    def _add(self, text: str, *, bold: bool = False, quiet: bool = False) -> None:
        label = plain_label(text, wrap=True, selectable=True)
        if bold:
            label.setFont(scaled_font(self.font(), 1.0, bold=True))
        if quiet:
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._layout.addWidget(label)
        self._lines.append(label)
