"""Merging two customers: pick the other one, see what will move, then confirm.

Rules: nothing merges without the preview page and the user's click on Merge;
the dialog only emits :attr:`MergeDialog.merge_confirmed` and the card runs the
write (which can be undone from the card). Names and handles are plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.contacts import (
    ContactConflict,
    ContactNotFound,
    Contacts,
    ContactSummary,
    Evidence,
    MergePreview,
)
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import network_name, translate
from socialinbox.ui.common.widgets import plain_label, plain_tooltip, scaled_font
from socialinbox.ui.customer.contact_card_parts import evidence_text

SEARCH_DELAY_MS = 150
CANDIDATES = 30


def identity_line(summary: ContactSummary) -> str:
    """A contact's identities in one line: "Bluesky @maya.bsky.social · E-mail maya@…"."""
    parts = [
        f"{network_name(i.channel)} {i.handle or i.key or ''}".strip() for i in summary.identities
    ]
    return " · ".join(parts) if parts else translate("Merge", "no identities")


def preview_text(preview: MergePreview) -> str:
    """What :meth:`Contacts.merge` will move, in words."""
    other, keep = preview.other, preview.keep
    lines = [
        translate("Merge", "Everything of “{other}” moves to “{keep}”:").format(
            other=other.name, keep=keep.name
        )
    ]
    for identity in other.identities:
        lines.append(
            f"  • {network_name(identity.channel)} {identity.handle or identity.key or ''}".rstrip()
        )
    counts = [
        translate("Merge", "%n message(s)", None, preview.messages),
        translate("Merge", "%n note(s)", None, preview.notes),
        translate("Merge", "%n reminder(s)", None, preview.reminders),
        translate("Merge", "%n stay(s)", None, preview.stays),
    ]
    lines.append("  • " + ", ".join(counts))
    if preview.tags:
        lines.append(
            "  • " + translate("Merge", "tags: {tags}").format(tags=", ".join(preview.tags))
        )
    lines.append("")
    lines.append(
        translate(
            "Merge",
            "“{other}” will no longer be listed. You can undo the merge from {keep}’s card.",
        ).format(other=other.name, keep=keep.name)
    )
    return "\n".join(lines)


class MergeDialog(QDialog):
    """Merge another contact into ``keep``.

    Opens on the picker (search by name, handle, e-mail, phone), or straight on
    the preview when ``other_id`` is given (a suggestion's Merge button).

    Signals:
        merge_confirmed(int, int): keep id, other id — the user confirmed the preview.
    """

    merge_confirmed = Signal(int, int)

    def __init__(
        self,
        contacts: Contacts,
        keep: ContactSummary,
        parent: QWidget | None = None,
        *,
        other_id: int | None = None,
        evidence: Sequence[Evidence] = (),
        suggested: Sequence[int] = (),
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._keep = keep
        self._other_id: int | None = None
        # Contacts the card suggests: listed first until the user searches.
        self._suggested = list(suggested)
        self.setWindowTitle(self.tr("Merge with {name}").format(name=keep.name))
        self.pages = QStackedWidget()

        picker = QWidget()
        picker_layout = QVBoxLayout(picker)
        picker_layout.setContentsMargins(0, 0, 0, 0)
        picker_layout.addWidget(
            plain_label(
                self.tr("Which customer is the same person as “{name}”?").format(name=keep.name),
                wrap=True,
            )
        )
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a customer"))
        self.search.setPlaceholderText(self.tr("Name, handle, e-mail or phone"))
        self.search.setClearButtonEnabled(True)
        picker_layout.addWidget(self.search)
        self.candidates = QListWidget()
        self.candidates.setAccessibleName(self.tr("Customers"))
        picker_layout.addWidget(self.candidates, 1)
        self.pages.addWidget(picker)

        review = QWidget()
        review_layout = QVBoxLayout(review)
        review_layout.setContentsMargins(0, 0, 0, 0)
        self.evidence_label = plain_label(wrap=True)
        self.evidence_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.preview_label = plain_label(wrap=True, selectable=True)
        self.preview_label.setAccessibleName(self.tr("What will move"))
        review_layout.addWidget(self.evidence_label)
        review_layout.addWidget(self.preview_label)
        review_layout.addStretch(1)
        self.pages.addWidget(review)

        self.error_label = plain_label(wrap=True)
        self.error_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = QPushButton(self.tr("&Back"))
        self.next_button = QPushButton(self.tr("&Preview…"))
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.back_button.clicked.connect(self.show_picker)
        self.next_button.clicked.connect(self._preview_selected)
        self.merge_button.clicked.connect(self._confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._fill_candidates)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.candidates.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.candidates.itemActivated.connect(lambda _item: self._preview_selected())
        self.resize(520, 440)

        self._fill_candidates()
        if other_id is not None:
            self.show_preview(other_id, evidence)
        else:
            self.show_picker()

    # -- the picker ------------------------------------------------------------

    def show_picker(self) -> None:
        self.pages.setCurrentIndex(0)
        self.error_label.hide()
        self._update_buttons()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_candidates(self) -> None:
        text = self.search.text().strip()
        found = self._contacts.list_contacts(search=text or None, limit=CANDIDATES + 1)
        first: list[ContactSummary] = []
        if not text:
            for contact_id in self._suggested:
                try:
                    first.append(self._contacts.get(contact_id).summary)
                except ContactNotFound:
                    continue
        self.candidates.clear()
        listed = {self._keep.id}
        for summary in [*first, *found]:
            if summary.id in listed:
                continue
            listed.add(summary.id)
            line = f"{summary.name} — {identity_line(summary)}"
            if summary in first:
                line = self.tr("{line} (suggested)").format(line=line)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setToolTip(plain_tooltip(line))
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        self._update_buttons()

    def _preview_selected(self) -> None:
        item = self.candidates.currentItem()
        if item is not None:
            self.show_preview(int(item.data(Qt.ItemDataRole.UserRole)), ())

    # -- the preview -------------------------------------------------------------

    def show_preview(self, other_id: int, evidence: Sequence[Evidence]) -> None:
        try:
            preview = self._contacts.merge_preview(self._keep.id, other_id)
        except (ContactConflict, ContactNotFound) as error:
            self.error_label.setText(describe(error))
            self.error_label.show()
            return
        self._other_id = other_id
        self.evidence_label.setVisible(bool(evidence))
        self.evidence_label.setText(
            self.tr("Possibly the same person: {evidence}").format(evidence=evidence_text(evidence))
        )
        self.preview_label.setText(preview_text(preview))
        self.error_label.hide()
        self.pages.setCurrentIndex(1)
        self._update_buttons()
        self.merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        on_preview = self.pages.currentIndex() == 1
        self.back_button.setVisible(on_preview)
        self.next_button.setVisible(not on_preview)
        self.next_button.setEnabled(self.candidates.currentItem() is not None)
        self.merge_button.setVisible(on_preview)
        self.merge_button.setDefault(on_preview)
        self.next_button.setDefault(not on_preview)

    def _confirm(self) -> None:
        if self.pages.currentIndex() != 1 or self._other_id is None:
            return
        self.merge_confirmed.emit(self._keep.id, self._other_id)
        self.accept()
