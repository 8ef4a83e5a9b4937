"""Privacy on the customer card: export everything about one customer, or erase them.

Rules: the export file is written readable by the owner only (0600), also when
it replaces an existing file; erasing asks first, naming what will go, and is
enabled only once the customer's name has been typed.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.contacts import ContactCard
from socialinbox.ui.common.formatting import network_name, translate
from socialinbox.ui.common.widgets import plain_label, scaled_font

OWNER_ONLY = 0o600


def write_export(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON to ``path``, owner-only, replacing what was there."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY)
    try:
        # An existing file keeps its old mode through O_CREAT: narrow it first.
        os.fchmod(fd, OWNER_ONLY)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            fd = -1
            handle.write(text)
            handle.write("\n")
    finally:
        if fd != -1:
            os.close(fd)


def export_file_name(card: ContactCard) -> str:
    """A file name for the export: "contact-12-maya-chen.json"."""
    slug = "".join(ch if ch.isalnum() else "-" for ch in card.summary.name.casefold())
    slug = "-".join(part for part in slug.split("-") if part)[:40]
    return f"contact-{card.id}-{slug or 'unnamed'}.json"


def erase_summary(card: ContactCard, messages: int) -> str:
    """What erasing ``card`` removes, in words."""
    lines = [
        translate("Erase", "This erases “{name}” and everything the app holds about them:").format(
            name=card.summary.name
        )
    ]
    for identity in card.identities:
        handle = identity.handle or identity.key or ""
        lines.append(f"  • {network_name(identity.channel)} {handle}".rstrip())
    lines.append(
        "  • "
        + ", ".join(
            [
                translate("Erase", "%n message(s) in and out", None, messages),
                translate("Erase", "%n note(s)", None, card.summary.notes_count),
                translate("Erase", "%n stay(s)", None, len(card.stays)),
            ]
        )
    )
    lines.append("  • " + translate("Erase", "their reminders, queued replies and search entries"))
    lines.append("")
    lines.append(
        translate("Erase", "This cannot be undone. Export the contact first to keep a copy.")
    )
    return "\n".join(lines)


class EraseDialog(QDialog):
    """Confirm erasing a customer by typing their name.

    Signals:
        erase_confirmed(int): the contact's id.
    """

    erase_confirmed = Signal(int)

    def __init__(self, card: ContactCard, messages: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._card = card
        self.setWindowTitle(self.tr("Erase {name}?").format(name=card.summary.name))
        layout = QVBoxLayout(self)
        title = plain_label(self.tr("Erase this customer for good?"))
        title.setFont(scaled_font(self.font(), 1.1, bold=True))
        layout.addWidget(title)
        self.summary_label = plain_label(erase_summary(card, messages), wrap=True, selectable=True)
        self.summary_label.setAccessibleName(self.tr("What will be erased"))
        layout.addWidget(self.summary_label)
        layout.addWidget(plain_label(self.tr("Type the customer’s name to confirm:"), wrap=True))
        self.confirm_name = QLineEdit()
        self.confirm_name.setAccessibleName(self.tr("Customer’s name, to confirm"))
        self.confirm_name.setPlaceholderText(card.summary.name)
        layout.addWidget(self.confirm_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("Erase everything"))
        self.erase_button.setAutoDefault(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self._confirm)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout.addWidget(self.buttons)
        self.confirm_name.textChanged.connect(self._update)
        self._update()
        self.resize(480, self.sizeHint().height())
        self.confirm_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _matches(self) -> bool:
        typed = " ".join(self.confirm_name.text().split()).casefold()
        return typed == " ".join(self._card.summary.name.split()).casefold()

    def _update(self) -> None:
        self.erase_button.setEnabled(self._matches())

    def _confirm(self) -> None:
        if self._matches():
            self.erase_confirmed.emit(self._card.id)
            self.accept()
