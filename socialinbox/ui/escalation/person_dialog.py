"""The dialogs that hand a message to a person: *Escalate…*, *Assign…* and *Resolve
Escalation…* — one shape, a person picked from the team's list and/or a text.

Rules: the dialog collects what the user chose and emits it (:attr:`PersonDialog.submitted`);
the controller runs the write and closes the dialog only when it succeeded
(:meth:`PersonDialog.saved`); a refusal is shown in the dialog (:meth:`PersonDialog.refused`)
and nothing chosen or typed is lost. The OK button stays disabled until what is
required is given; Ctrl+Enter submits, Escape cancels. Names and texts are plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.users import UserInfo, name_key
from socialinbox.ui.common.widgets import plain_label
from socialinbox.ui.escalation.questions import DialogShape

TEXT_LIMIT = 2_000  # core.escalations.MAX_TEXT_LENGTH


class PersonDialog(QDialog):
    """A person from the team's list and/or a text, for one message.

    Signals:
        submitted(object, str): the person's name (None: nobody; also None without a
            picker) and the text, when the user pressed OK.
    """

    submitted = Signal(object, str)

    def __init__(
        self,
        shape: DialogShape,
        users: Sequence[UserInfo],
        *,
        preselect: str | None = None,
        leave_out: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``preselect``: the name chosen at first; ``leave_out``: a name not offered (the
        person who holds the escalation already)."""
        super().__init__(parent)
        self._shape = shape
        self._saving = False
        self.setWindowTitle(shape.title)
        self.setObjectName("person_dialog")
        self.intro = plain_label(shape.intro, wrap=True)

        form = QFormLayout()
        self.person = QComboBox()
        self.person.setAccessibleName(shape.picker.replace("&", "").rstrip(":"))
        if shape.nobody:
            self.person.addItem(shape.nobody, None)
        skip = name_key(leave_out) if leave_out else None
        for user in users:
            if name_key(user.name) != skip:
                label = self.tr("{name} ({role})").format(name=user.name, role=_role(user.role))
                self.person.addItem(label, user.name)
        if preselect is not None:
            found = self.person.findData(preselect)
            self.person.setCurrentIndex(max(found, 0))
        if shape.picker:
            form.addRow(shape.picker, self.person)
        else:
            self.person.hide()

        self.text = QPlainTextEdit()
        self.text.setAccessibleName(shape.text.replace("&", "").rstrip(":"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(70)
        self.text.setMaximumHeight(120)
        self.text.textChanged.connect(self._update_ok)
        if shape.text:
            form.addRow(shape.text, self.text)
        else:
            self.text.hide()

        self.problem = plain_label(wrap=True)
        self.problem.setAccessibleName(self.tr("Why it was not done"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            shape.ok, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._submit)
        self.setMinimumWidth(460)
        self._update_ok()
        first = self.person if shape.picker else self.text
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what was chosen --------------------------------------------------------------

    def chosen(self) -> str | None:
        data = self.person.currentData() if self._shape.picker else None
        return str(data) if data is not None else None

    def typed(self) -> str:
        return self.text.toPlainText().strip()

    # -- the write's outcome (called by the controller) ----------------------------------

    def saved(self) -> None:
        self.accept()

    def refused(self, reason: str) -> None:
        self._saving = False
        self.problem.setText(reason)
        self.problem.show()
        self._update_ok()

    # -- inside -------------------------------------------------------------------------

    def reject(self) -> None:
        # While the write runs the dialog stays: its outcome comes back to it.
        if not self._saving:
            super().reject()

    def _ready(self) -> bool:
        if self._shape.picker and self.person.currentIndex() < 0:
            return False
        typed = self.typed()
        if len(typed) > TEXT_LIMIT:
            return False
        return bool(typed) or not self._shape.text_required

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self._saving and self._ready())

    def _submit(self) -> None:
        if self._saving or not self._ready():
            return
        self.problem.hide()
        self._saving = True
        self._update_ok()
        self.submitted.emit(self.chosen(), self.typed())


def _role(role: str) -> str:
    translate = QCoreApplication.translate
    words = {
        "staff": translate("Roles", "staff"),
        "reviewer": translate("Roles", "reviewer"),
        "owner": translate("Roles", "owner"),
    }
    return words.get(role, role)
