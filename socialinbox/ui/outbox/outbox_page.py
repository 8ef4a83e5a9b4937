"""The Outbox page: every reply with where it is, the review detail, and its actions.

Rules: the list is read with :meth:`Outbox.list_items` (one page, on the UI thread) and
read again when a change set names the outbox; the page only *asks* for actions
(:attr:`OutboxPage.action_requested`) and the window runs them through the
writer, so the service decides (the four-eyes rule among others) and its refusal
is shown in words. Texts are plain text throughout. The review detail shows the
message being answered, the customer in brief (name, preferred channel, pinned
notes) and the author. "Export audit trail" writes :meth:`Outbox.audit_trail` of
the selected or of all replies as JSON, readable by its owner only (0600).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.contacts import Contacts
from socialinbox.core.inbox import Inbox
from socialinbox.core.notes import Notes
from socialinbox.core.outbox import OutboxEvent, can
from socialinbox.core.outbox_service import Outbox, OutboxItemView
from socialinbox.paths import ensure_private_file
from socialinbox.ui.common.customer_brief import customer_brief
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import (
    QT_TRANSLATE_NOOP,
    full_datetime,
    network_name,
    translate,
)
from socialinbox.ui.common.icons import channel_icon
from socialinbox.ui.common.item_table import (
    AnyIndex,
    ItemTableModel,
    choose_item,
    chosen_item,
    item_table_view,
    replace_keeping_choice,
)
from socialinbox.ui.common.outbox_states import state_name
from socialinbox.ui.common.people_marks import VIP_STAR, vip_text
from socialinbox.ui.common.widgets import (
    ElidedLabel,
    page_heading,
    plain_label,
    plain_tooltip,
    scaled_font,
)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

# States a person has to look at (the sidebar badge counts them).
ATTENTION_STATES = ("awaiting_review", "failed", "outcome_unknown")

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "State"),
    QT_TRANSLATE_NOOP("Columns", "Network"),
    QT_TRANSLATE_NOOP("Columns", "Author"),
    QT_TRANSLATE_NOOP("Columns", "Reply"),
    QT_TRANSLATE_NOOP("Columns", "Problem"),
)


def write_audit_file(path: Path, trail: Sequence[dict[str, Any]]) -> None:
    """Write an audit trail as JSON, readable by its owner only (an existing file is
    made so before anything is written into it)."""
    ensure_private_file(path)
    with path.open("w", encoding="utf-8") as handle:
        json.dump(list(trail), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def first_line(text: str, limit: int = 160) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[:limit] + "…"


class OutboxModel(ItemTableModel[OutboxItemView]):
    """Outbox items as rows (newest first)."""

    columns = COLUMNS
    # The customers of the rows who are VIPs (set with the rows: see OutboxPage.refresh).
    vip_contacts: frozenset[int] = frozenset()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_for(index)
        if item is None:
            return None
        column = index.column()
        if role == ITEM_ROLE:
            return item
        vip = item.contact_id in self.vip_contacts
        if vip and column == 3 and role == Qt.ItemDataRole.DisplayRole:
            return f"{VIP_STAR} {first_line(item.text)}"
        if vip and column == 3 and role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{vip_text()}\n{first_line(item.text)}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return state_name(item.state)
            if column == 1:
                return network_name(item.channel)
            if column == 2:
                return item.author
            if column == 3:
                return first_line(item.text)
            if column == 4:
                return item.last_error or item.review_comment or ""
        if role == Qt.ItemDataRole.DecorationRole and column == 1:
            return channel_icon(item.channel)
        if role == Qt.ItemDataRole.FontRole and column == 0 and item.state in ATTENTION_STATES:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None


class OutboxPage(QWidget):
    """The list of replies, the chosen reply's review detail, and the actions on it.

    Signals:
        action_requested(str, int, str): an action ("approve", "submit", "discard",
            "retry", "mark_sent", "send_back", "edit", "resubmit") on an item id, with
            a comment (send back) or the new text (edit, resubmit).
    """

    action_requested = Signal(str, int, str)

    def __init__(
        self,
        outbox: Outbox,
        inbox: Inbox,
        user: Callable[[], str],
        parent: QWidget | None = None,
        *,
        contacts: Contacts | None = None,
        notes: Notes | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._inbox = inbox
        self._user = user
        self._contacts = contacts
        self._notes = notes
        self.setAccessibleName(self.tr("Outbox"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.subtitle = plain_label()
        heading = page_heading(ElidedLabel(self.tr("Outbox")), self.subtitle)
        layout.addWidget(heading)

        self.model = OutboxModel(self)
        # Several rows may be chosen for an export; the current row is the one shown.
        self.view = item_table_view(self.model, self.tr("Replies"), several=True)
        header = self.view.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(4, 200)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        # The review detail scrolls (a long message, many notes); its buttons stay in view.
        detail = QWidget()
        outer = QVBoxLayout(detail)
        outer.setContentsMargins(0, 0, 0, 12)
        outer.setSpacing(8)
        content = QWidget()
        content.setBackgroundRole(QPalette.ColorRole.Base)
        detail_layout = QVBoxLayout(content)
        detail_layout.setContentsMargins(20, 16, 20, 4)
        detail_layout.setSpacing(8)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(content)
        outer.addWidget(self.detail_scroll, 1)
        self.detail_title = plain_label(wrap=True)
        self.detail_title.setFont(scaled_font(self.font(), 1.08, bold=True))
        self.detail_meta = plain_label(wrap=True)
        self.detail_meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.customer = plain_label(wrap=True)
        self.customer.setAccessibleName(self.tr("Customer"))
        self.answered_label = plain_label(self.tr("In answer to"))
        self.answered_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.answered = plain_label(wrap=True, selectable=True)
        self.answered.setAccessibleName(self.tr("Message being answered"))
        self.reply_label = plain_label(self.tr("Reply"))
        self.reply_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.reply_text = plain_label(wrap=True, selectable=True)
        self.reply_text.setAccessibleName(self.tr("Reply text"))
        self.reply_text.setFont(scaled_font(self.font(), 1.05))
        self.problem = plain_label(wrap=True)
        self.problem.setForegroundRole(QPalette.ColorRole.Link)
        self.problem.setAccessibleName(self.tr("Problem"))
        for widget in (
            self.detail_title,
            self.detail_meta,
            self.customer,
            self.answered_label,
            self.answered,
            self.reply_label,
            self.reply_text,
            self.problem,
        ):
            detail_layout.addWidget(widget)
        detail_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(20, 0, 20, 0)
        buttons.setSpacing(8)
        self.approve_button = self._button(self.tr("Approve"), "approve")
        self.submit_button = self._button(self.tr("Submit for review"), "submit")
        self.send_back_button = self._button(self.tr("Send back…"), "send_back")
        self.edit_button = self._button(self.tr("Edit…"), "edit")
        self.retry_button = self._button(self.tr("Retry"), "retry")
        self.mark_sent_button = self._button(self.tr("Mark as sent"), "mark_sent")
        self.discard_button = self._button(self.tr("Discard…"), "discard")
        for button in (
            self.approve_button,
            self.submit_button,
            self.edit_button,
            self.send_back_button,
            self.retry_button,
            self.mark_sent_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export audit trail…"))
        self.export_button.setAccessibleName(self.tr("Export audit trail"))
        self.export_button.setToolTip(
            self.tr("Write who wrote, edited, approved and sent each reply to a JSON file")
        )
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.export_menu = QMenu(self.export_button)
        self.export_selected_action = self.export_menu.addAction(self.tr("Selected replies…"))
        self.export_selected_action.triggered.connect(lambda: self.export_audit(selected=True))
        self.export_all_action = self.export_menu.addAction(self.tr("All replies…"))
        self.export_all_action.triggered.connect(lambda: self.export_audit(selected=False))
        self.export_menu.aboutToShow.connect(self._name_export_actions)
        self.export_button.setMenu(self.export_menu)
        # A page action (all or the selected replies), so in the heading: the row of
        # buttons under the detail stays narrow enough for a small window.
        heading_layout = heading.layout()
        assert heading_layout is not None
        heading_layout.addWidget(self.export_button)
        buttons.addWidget(self.discard_button)
        outer.addLayout(buttons)
        self._buttons = buttons

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        # The review detail gets the larger share: it is what a reviewer reads.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 450])
        layout.addWidget(splitter, 1)
        self._show_current()

    def _button(self, text: str, action: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(lambda: self.request(action))
        return button

    # -- contents -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the outbox again, keeping the chosen reply."""
        items = self._outbox.list_items()
        if self._contacts is not None:
            contact_ids = [i.contact_id for i in items if i.contact_id is not None]
            self.model.vip_contacts = frozenset(self._contacts.vip_among(contact_ids))
        replace_keeping_choice(self.view, self.model, items)
        attention = sum(1 for i in self.model.items() if i.state in ATTENTION_STATES)
        self.subtitle.setText(
            translate("OutboxPage", "Needing attention: %Ln", None, attention) if attention else ""
        )
        self._show_current()

    def current_item(self) -> OutboxItemView | None:
        return chosen_item(self.view, self.model)

    def select_item(self, item_id: int) -> bool:
        return choose_item(self.view, self.model, item_id)

    def _show_current(self) -> None:
        item = self.current_item()
        details = (
            self.detail_title,
            self.detail_meta,
            self.customer,
            self.answered_label,
            self.answered,
            self.reply_label,
            self.reply_text,
            self.problem,
        )
        if item is None:
            for widget in details:
                widget.hide()
            self.detail_title.setText(
                self.tr("No replies yet. Write one under a message in the inbox.")
            )
            self.detail_title.show()
            self._update_buttons(None)
            return
        self.detail_title.setText(
            self.tr("Reply #{id} · {state}").format(id=item.id, state=state_name(item.state))
        )
        meta = [
            self.tr("Written by {author} on {time}").format(
                author=item.author, time=full_datetime(item.created_at)
            ),
            self.tr("to {who} on {network}").format(
                who=item.recipient or self.tr("the customer"), network=network_name(item.channel)
            ),
        ]
        if item.approved_by:
            meta.append(self.tr("approved by {user}").format(user=item.approved_by))
        if item.sent_at is not None:
            meta.append(self.tr("sent {time}").format(time=full_datetime(item.sent_at)))
        if item.attempts:
            meta.append(translate("OutboxPage", "%Ln attempt(s)", None, item.attempts))
        self.detail_meta.setText(" · ".join(meta))
        answered = self._inbox.get(item.message_id) if item.message_id is not None else None
        if answered is not None:
            who = answered.author_name or answered.author_handle or self.tr("Unknown")
            self.answered_label.setText(
                self.tr("In answer to {who}, {time}").format(
                    who=who, time=full_datetime(answered.created_at)
                )
            )
            self.answered.setText(answered.text)
        brief = (
            customer_brief(self._contacts, self._notes, item.contact_id, with_name=True)
            if self._contacts is not None and self._notes is not None
            else []
        )
        self.customer.setText("\n".join(brief))
        self.answered_label.setVisible(answered is not None)
        self.answered.setVisible(answered is not None)
        self.reply_text.setText(item.text)
        problem = ""
        if item.last_error:
            problem = self.tr("Last error: {error}").format(error=item.last_error)
        if item.review_comment and item.state == "draft":
            problem = self.tr("Sent back: {comment}").format(comment=item.review_comment)
        self.problem.setText(problem)
        for widget in details:
            widget.show()
        self.problem.setVisible(bool(problem))
        self.customer.setVisible(bool(brief))
        self._update_buttons(item)

    def _update_buttons(self, item: OutboxItemView | None) -> None:
        review = self._outbox.needs_review()
        state = item.state if item is not None else None

        def allowed(event: OutboxEvent) -> bool:
            return state is not None and can(state, event)

        own = item is not None and item.author == self._user()
        self.approve_button.setEnabled(allowed(OutboxEvent.APPROVE) and not (review and own))
        self.approve_button.setToolTip(
            self.tr("Replies need review: another person must approve your reply")
            if review and own and allowed(OutboxEvent.APPROVE)
            else self.tr("Approve the reply for sending")
        )
        self.submit_button.setVisible(review)
        self.submit_button.setEnabled(allowed(OutboxEvent.SUBMIT))
        self.send_back_button.setEnabled(allowed(OutboxEvent.SEND_BACK))
        self.edit_button.setEnabled(allowed(OutboxEvent.EDIT))
        self.edit_button.setToolTip(
            self.tr("Change the text and put it up for review again")
            if review and state == "draft"
            else self.tr("Change the text (an approved reply goes back to review)")
        )
        self.export_button.setEnabled(self.model.rowCount() > 0)
        self.retry_button.setEnabled(allowed(OutboxEvent.RETRY))
        self.retry_button.setText(
            self.tr("Send again") if state == "outcome_unknown" else self.tr("Retry")
        )
        self.mark_sent_button.setVisible(state == "outcome_unknown")
        self.mark_sent_button.setEnabled(allowed(OutboxEvent.MARK_SENT))
        self.discard_button.setEnabled(allowed(OutboxEvent.DISCARD))
        # Buttons shown or hidden while the page is not on screen leave the row's size
        # cached with them; the window's minimum width must follow what is shown.
        self._buttons.invalidate()

    # -- actions ----------------------------------------------------------------------

    def request(self, action: str) -> None:
        """Ask for ``action`` on the chosen reply (asking the user first where it matters)."""
        item = self.current_item()
        if item is None:
            return
        comment = ""
        if action == "discard":
            answer = QMessageBox.question(
                self,
                self.tr("Discard reply"),
                self.tr("Discard reply #{id}? It will not be sent.").format(id=item.id),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        elif action == "send_back":
            comment, ok = QInputDialog.getMultiLineText(
                self,
                self.tr("Send back to {author}").format(author=item.author),
                self.tr("What should change?"),
            )
            if not ok or not comment.strip():
                return
        elif action == "edit":
            resubmit = item.state == "draft" and self._outbox.needs_review()
            text = self.ask_for_edit(item, resubmit=resubmit)
            if text is None:
                return
            action, comment = ("resubmit" if resubmit else "edit"), text
        elif action == "retry" and item.state == "outcome_unknown":
            answer = QMessageBox.question(
                self,
                self.tr("Send again"),
                self.tr(
                    "Reply #{id} may already have arrived. Sending it again may post it twice."
                ).format(id=item.id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.action_requested.emit(action, item.id, comment)

    def ask_for_edit(self, item: OutboxItemView, *, resubmit: bool) -> str | None:
        """The edited text of ``item``, or None when the user cancelled."""
        try:
            limit = self._outbox.text_limit(item.account_id, item.channel)
        except Exception:
            limit = None  # the service checks again when the text is stored
        # Imported when opened: no dialog is needed for the window's first paint.
        from socialinbox.ui.outbox.reply_edit_dialog import ReplyEditDialog

        dialog = ReplyEditDialog(item, limit, resubmit=resubmit, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.text()
        finally:
            dialog.deleteLater()

    # -- the audit trail ------------------------------------------------------------------

    def selected_item_ids(self) -> list[int]:
        """The chosen replies (the selected rows, else the current one)."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        ids = [item.id for row in rows if (item := self.model.item_at(row)) is not None]
        current = self.current_item()
        if not ids and current is not None:
            ids = [current.id]
        return ids

    def _name_export_actions(self) -> None:
        count = len(self.selected_item_ids())
        self.export_selected_action.setText(
            translate("OutboxPage", "Selected reply(ies) (%n)…", None, count)
        )
        self.export_selected_action.setEnabled(count > 0)

    def export_audit(self, *, selected: bool) -> Path | None:
        """Ask where, then write the audit trail of the selected (or all) replies there."""
        ids: Collection[int] | None = self.selected_item_ids() if selected else None
        if ids is not None and not ids:
            return None
        default = Path.home() / f"outbox-audit-{date.today().isoformat()}.json"
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export audit trail"),
            str(default),
            self.tr("JSON files (*.json);;All files (*)"),
        )
        if not name:
            return None
        path = Path(name)
        try:
            trail = self._outbox.audit_trail(ids)
            write_audit_file(path, trail)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export audit trail"),
                describe(error),
            )
            return None
        self.subtitle.setText(
            translate(
                "OutboxPage", "Audit trail of %n reply(ies) written to {path}", None, len(trail)
            ).format(path=path)
        )
        return path
