"""Small dialogs of the customer card: edit the details, link an identity, set a follow-up.

Rules: dialogs only collect what the user chose and emit it; the card runs the
write. Names, tags and topics are plain text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.contacts import ContactCard
from socialinbox.core.names import EMAIL, GUEST, IN_PERSON, PHONE
from socialinbox.ui.common.formatting import network_name
from socialinbox.ui.common.networks import offered_networks
from socialinbox.ui.common.widgets import plain_label

MORNING = time(9, 0)


def split_list(text: str) -> list[str]:
    """Comma-separated words as a list, blanks and repeats left out."""
    return list(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))


@dataclass(frozen=True, slots=True)
class ContactDetails:
    name: str
    vip: bool
    preferred_channel: str
    topics: tuple[str, ...]
    tags: tuple[str, ...]


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    accept = box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ContactDetailsDialog(QDialog):
    """Name, VIP, preferred channel, topics and tags of one customer.

    Signals:
        saved(ContactDetails): the user pressed Save.
    """

    saved = Signal(object)

    def __init__(self, card: ContactCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit {name}").format(name=card.summary.name))
        form = QFormLayout()
        self.name = QLineEdit(card.summary.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(300)
        self.vip = QCheckBox(self.tr("VIP: important; their messages come first"))
        self.vip.setChecked(card.summary.vip)
        self.preferred = QComboBox()
        self.preferred.setAccessibleName(self.tr("Preferred channel"))
        self.preferred.addItem(self.tr("Not asked yet"), "")
        own = [i.channel for i in card.identities]
        for channel in dict.fromkeys([*own, *offered_networks()]):
            if channel != GUEST:
                self.preferred.addItem(network_name(channel), channel)
        found = self.preferred.findData(card.summary.preferred_channel or "")
        self.preferred.setCurrentIndex(max(0, found))
        self.topics = QLineEdit(", ".join(card.topics))
        self.topics.setAccessibleName(self.tr("Topics they want to hear about"))
        self.topics.setPlaceholderText(self.tr("e.g. events, seasonal menu (commas between)"))
        self.tags = QLineEdit(", ".join(card.tags))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("e.g. regular, allergy (commas between)"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow("", self.vip)
        form.addRow(self.tr("&Preferred channel:"), self.preferred)
        form.addRow(self.tr("&Topics:"), self.topics)
        form.addRow(self.tr("T&ags:"), self.tags)
        layout = QVBoxLayout(self)
        hint = plain_label(
            self.tr("Ask them how they want to be contacted, and what they want to hear about."),
            wrap=True,
        )
        layout.addWidget(hint)
        layout.addLayout(form)
        self.buttons = _buttons(self, self.tr("Save"))
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.resize(460, self.sizeHint().height())

    def _update(self) -> None:
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.setEnabled(bool(self.name.text().strip()))

    def details(self) -> ContactDetails:
        return ContactDetails(
            self.name.text().strip(),
            self.vip.isChecked(),
            str(self.preferred.currentData() or ""),
            tuple(split_list(self.topics.text())),
            tuple(split_list(self.tags.text())),
        )

    def accept(self) -> None:
        if not self.name.text().strip():
            return
        self.saved.emit(self.details())
        super().accept()


class LinkIdentityDialog(QDialog):
    """An identity to link by hand: a network and a handle, e-mail address or phone number.

    Signals:
        chosen(str, str): the channel and the handle.
    """

    chosen = Signal(str, str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link an identity to {name}").format(name=name))
        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Network"))
        for channel in offered_networks():
            # A guest comes from the arrivals list; a visit has no identity to type.
            if channel not in (GUEST, IN_PERSON):
                self.channel.addItem(network_name(channel), channel)
        self.handle = QLineEdit()
        self.handle.setAccessibleName(self.tr("Handle, e-mail address or phone number"))
        self.channel.currentIndexChanged.connect(self._placeholder)
        form = QFormLayout()
        form.addRow(self.tr("&Network:"), self.channel)
        form.addRow(self.tr("&Handle:"), self.handle)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Messages from this identity will belong to this customer. "
                    "An identity of another customer cannot be linked: merge them instead."
                ),
                wrap=True,
            )
        )
        layout.addLayout(form)
        self.buttons = _buttons(self, self.tr("Link"))
        layout.addWidget(self.buttons)
        self._placeholder()
        self.resize(440, self.sizeHint().height())

    def _placeholder(self) -> None:
        channel = self.channel.currentData()
        if channel == EMAIL:
            text = self.tr("name@example.com")
        elif channel == PHONE:
            text = self.tr("+44 20 7946 0958")
        else:
            text = self.tr("@name or a profile address")
        self.handle.setPlaceholderText(text)

    def accept(self) -> None:
        handle = self.handle.text().strip()
        if not handle:
            return
        self.chosen.emit(str(self.channel.currentData()), handle)
        super().accept()


def next_weekday(now: datetime, weekday: int) -> datetime:
    """The next ``weekday`` (Monday 0) after today, in the morning, local time."""
    days = (weekday - now.weekday()) % 7 or 7
    day = (now + timedelta(days=days)).date()
    return datetime.combine(day, MORNING).astimezone()


class FollowUpDialog(QDialog):
    """When to follow up ("call back Friday") and why.

    Signals:
        chosen(datetime, str): the time (aware, local) and the reason.
    """

    chosen = Signal(object, str)

    def __init__(self, name: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow up with {name}").format(name=name))
        local = now.astimezone()
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("Follow-up date and time"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self._set(datetime.combine((local + timedelta(days=1)).date(), MORNING).astimezone())
        quick = QHBoxLayout()
        for text, target in (
            (self.tr("Tomorrow"), datetime.combine((local + timedelta(days=1)).date(), MORNING)),
            (self.tr("Friday"), next_weekday(local, 4)),
            (self.tr("Next week"), next_weekday(local, 0)),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, at=target: self._set(at.astimezone()))
            quick.addWidget(button)
        quick.addStretch(1)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. call back about the wedding booking"))
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow("", _wrap(quick))
        form.addRow(self.tr("&Why:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.buttons = _buttons(self, self.tr("Set follow-up"))
        layout.addWidget(self.buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, when: datetime) -> None:
        local = when.astimezone()
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def due(self) -> datetime:
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.astimezone()

    def accept(self) -> None:
        self.chosen.emit(self.due(), self.reason.text().strip() or self.tr("Follow up"))
        super().accept()


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget
