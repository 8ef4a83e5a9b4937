"""Editing a queued reply: after a reviewer sent it back, or while it waits for review.

Rules: the text is checked as the service will check it — the connector's limit,
counted as its network counts (:func:`measure`), and no template field left
unfilled — so "Save" is enabled exactly when the service would accept the text.
The dialog only returns the text; the window stores it through the writer.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.connector import TextLimit
from socialinbox.core.outbox_service import OutboxItemView
from socialinbox.core.templates import unfilled_fields
from socialinbox.core.textlimit import measure
from socialinbox.ui.common.formatting import network_name
from socialinbox.ui.common.widgets import plain_label


class ReplyEditDialog(QDialog):
    """Change the text of ``item``; ``resubmit`` names the button "Save and resubmit"."""

    def __init__(
        self,
        item: OutboxItemView,
        limit: TextLimit | None,
        *,
        resubmit: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._item = item
        self._limit = limit
        self._resubmit = resubmit
        self.setWindowTitle(self.tr("Edit reply #{id}").format(id=item.id))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)

        self.target = plain_label(
            self.tr("To {who} on {network}").format(
                who=item.recipient or self.tr("the customer"), network=network_name(item.channel)
            ),
            wrap=True,
        )
        self.target.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.target)

        self.comment = plain_label(wrap=True)
        self.comment.setAccessibleName(self.tr("Reviewer's comment"))
        self.comment.setForegroundRole(QPalette.ColorRole.Link)
        if item.review_comment:
            self.comment.setText(
                self.tr("The reviewer asked: {comment}").format(comment=item.review_comment)
            )
        self.comment.setVisible(bool(item.review_comment))
        layout.addWidget(self.comment)

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Reply text"))
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(item.text)
        self.editor.textChanged.connect(self._update)
        layout.addWidget(self.editor, 1)

        self.counter = plain_label()
        self.counter.setAccessibleName(self.tr("Length"))
        self.counter.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.counter)
        self.problem = plain_label(wrap=True)
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setForegroundRole(QPalette.ColorRole.Link)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(
            self.tr("Save and resubmit for review") if resubmit else self.tr("Save")
        )
        self.save_button.setAccessibleName(self.save_button.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def text(self) -> str:
        """The edited text, as it will be stored (trimmed)."""
        return self.editor.toPlainText().strip()

    def problem_text(self) -> str | None:
        """Why the text cannot be saved, or None."""
        text = self.text()
        if not text:
            return self.tr("Write something first")
        if self._limit is not None:
            over = measure(text, self._limit.unit) - self._limit.max_length
            if over > 0:
                return self.tr("Too long for {network}: {over} {unit} over the limit").format(
                    network=network_name(self._item.channel), over=over, unit=self._limit.unit
                )
        left = unfilled_fields(text)
        if left:
            fields = ", ".join("{" + f + "}" for f in left)
            return self.tr("Fill in the template field {fields} first").format(fields=fields)
        return None

    def _update(self) -> None:
        if self._limit is not None:
            length = measure(self.text(), self._limit.unit)
            self.counter.setText(f"{length} / {self._limit.max_length}")
            self.counter.setToolTip(
                self.tr("Counted in {unit}, as the network counts").format(unit=self._limit.unit)
            )
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(problem is not None and bool(self.text()))
        # Resubmitting unchanged is allowed (the comment may have been answered elsewhere).
        changed = self.text() != self._item.text
        self.save_button.setEnabled(problem is None and (changed or self._resubmit))

    def accept(self) -> None:
        if self.problem_text() is None:
            super().accept()
