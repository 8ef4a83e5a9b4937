"""*Log a call or visit…*: a phone call or a visit with a customer, written down by hand.

Rules: the dialog collects what the user chose and emits it as a
:class:`~socialinbox.core.logged.LoggedConversation`; the card runs the write and
closes the dialog only when the write succeeded (:meth:`LogConversationDialog.saved`).
A refused or failed write is shown in the dialog (:meth:`LogConversationDialog.refused`)
and nothing typed is lost. Save stays disabled until there is some text; Ctrl+Enter
saves, Escape cancels.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.logged import FUTURE_TOLERANCE, LoggedConversation
from socialinbox.core.names import IN_PERSON, PHONE
from socialinbox.ui.common.formatting import network_name
from socialinbox.ui.common.icons import channel_icon
from socialinbox.ui.common.widgets import plain_label


def _qt_time(when: datetime) -> QDateTime:
    local = when.astimezone()
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )


class LogConversationDialog(QDialog):
    """Channel (Phone / In person), who got in touch, when (now by default) and what was said.

    Signals:
        submitted(LoggedConversation): the user pressed Save; the dialog stays open
            until :meth:`saved` (or shows :meth:`refused`).
    """

    submitted = Signal(object)

    def __init__(
        self, contact_id: int, name: str, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._contact_id = contact_id
        self._saving = False
        self.setWindowTitle(self.tr("Log a call or visit with {name}").format(name=name))
        self.setObjectName("log_conversation_dialog")

        self.channel = QComboBox()
        self.channel.setAccessibleName(self.tr("Channel"))
        for channel in (PHONE, IN_PERSON):
            self.channel.addItem(channel_icon(channel), network_name(channel), channel)
        self.channel.currentIndexChanged.connect(self._channel_changed)

        self.they = QRadioButton()
        self.we = QRadioButton()
        self.they.setChecked(True)
        self._direction = QButtonGroup(self)
        self._direction.addButton(self.they)
        self._direction.addButton(self.we)
        direction = QVBoxLayout()
        direction.setContentsMargins(0, 0, 0, 0)
        direction.setSpacing(2)
        direction.addWidget(self.they)
        direction.addWidget(self.we)
        direction_box = QWidget()
        direction_box.setLayout(direction)

        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("Date and time of the conversation"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        self.when.setDateTime(_qt_time(now))
        # Later than now is refused: the conversation has happened.
        self.when.setMaximumDateTime(_qt_time(now + FUTURE_TOLERANCE))

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("What was said"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.textChanged.connect(self._update_save)

        self.problem = plain_label(wrap=True)
        self.problem.setAccessibleName(self.tr("Why it was not saved"))
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Channel:"), self.channel)
        form.addRow(self.tr("Who:"), direction_box)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&What was said:"), self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # Enter starts a new line in the text; Ctrl+Enter saves, as in the reply box.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self._channel_changed()
        self._update_save()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what was chosen --------------------------------------------------------------

    def chosen_channel(self) -> str:
        return str(self.channel.currentData())

    def conversation(self) -> LoggedConversation:
        """What the dialog holds now, as the core logs it (the time aware, local)."""
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return LoggedConversation(
            self._contact_id,
            self.chosen_channel(),
            self.text.toPlainText(),
            inbound=self.they.isChecked(),
            at=value.astimezone(),
        )

    # -- the write's outcome (called by the card) ----------------------------------------

    def saved(self) -> None:
        """The conversation is stored: close."""
        self.accept()

    def refused(self, reason: str) -> None:
        """The write was refused or failed: say why, keep everything as typed."""
        self._saving = False
        self.problem.setText(reason)
        self.problem.show()
        self._update_save()

    # -- inside ---------------------------------------------------------------------------

    def reject(self) -> None:
        # While the write runs the dialog must stay: its outcome comes back to it.
        if not self._saving:
            super().reject()

    def _channel_changed(self, _index: int = 0) -> None:
        if self.chosen_channel() == IN_PERSON:
            self.they.setText(self.tr("&They came in"))
            self.we.setText(self.tr("We &spoke to them"))
        else:
            self.they.setText(self.tr("&They called"))
            self.we.setText(self.tr("We &called them"))

    def _update_save(self) -> None:
        self.save_button.setEnabled(not self._saving and bool(self.text.toPlainText().strip()))

    def _submit(self) -> None:
        if self._saving or not self.text.toPlainText().strip():
            return
        self.problem.hide()
        # One save at a time: a second press would log the conversation twice.
        self._saving = True
        self._update_save()
        self.submitted.emit(self.conversation())
