"""Settings ▸ General: which property (branch) this desk is at, and the chain's list of
properties (add, rename; never delete: rows keep naming theirs). See ``core.properties``.

Rules: the desk's choice is a machine setting (:data:`~socialinbox.settings.DESK_PROPERTY`,
the property's id), stored in :meth:`DeskPropertyRows.apply` like the page's other fields;
``--property`` on the command line wins, and the choice is then shown but disabled.
Adding and renaming are database writes, made at once through ``write`` (the window's
write operation) — the list is the chain's, not this desk's — and shown when done.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.properties import Properties, PropertyInfo, PropertySaved, named
from socialinbox.settings import DESK_PROPERTY, MachineSettings
from socialinbox.ui.settings.setting_fields import declared, hint_label

Write = Callable[..., None]
ID_ROLE = Qt.ItemDataRole.UserRole


class DeskPropertyRows(QObject):
    """The rows of the General page about properties (see the module's rules)."""

    def __init__(
        self,
        settings: MachineSettings,
        properties: Properties,
        listed: Sequence[PropertyInfo],
        write: Write,
        *,
        fixed: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``fixed``: the name ``--property`` gave (the choice cannot change then)."""
        super().__init__(parent)
        self._settings = settings
        self._properties = properties
        self._write = write
        self._listed: dict[int, PropertyInfo] = {p.id: p for p in listed}
        self.choice = QComboBox()
        self.choice.setAccessibleName(declared(DESK_PROPERTY.label))
        self.choice.setEnabled(fixed is None)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Properties"))
        self.names.setMaximumHeight(96)
        self.names.currentItemChanged.connect(self._selected)
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("A property's name, e.g. Nashville"))
        self.name_field.setAccessibleName(self.name_field.placeholderText())
        self.name_field.setMaxLength(200)
        self.name_field.textChanged.connect(self._update_buttons)
        self.name_field.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("A&dd"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(self.tr("Rena&me"))
        self.rename_button.setAutoDefault(False)
        self.rename_button.clicked.connect(self.rename)
        self.status = hint_label("")
        self.status.hide()
        self._fixed = fixed
        self._fill(settings.get(DESK_PROPERTY))

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.tr("This desk's &property:"), self.choice)
        hint = declared(DESK_PROPERTY.help)
        if self._fixed is not None:
            named = self.choice.currentText() if self.chosen() is not None else self._fixed
            hint = self.tr("Given on the command line (--property {name}).").format(
                name=" ".join(named.split())
            )
        form.addRow("", hint_label(hint))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.names)
        row = QHBoxLayout()
        row.addWidget(self.name_field, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        column.addLayout(row)
        column.addWidget(self.status)
        # As tall as its rows: the page's spare height stays below the form.
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        form.addRow(self.tr("Properties:"), box)

    # -- the list -----------------------------------------------------------------------

    def _fill(self, chosen: object) -> None:
        self.choice.clear()
        self.choice.addItem(self.tr("None (every property)"), None)
        self.names.clear()
        for place in sorted(self._listed.values(), key=lambda p: (p.name.casefold(), p.id)):
            self.choice.addItem(place.name, place.id)
            item = QListWidgetItem(place.name)
            item.setData(ID_ROLE, place.id)
            if place.timezone:
                item.setToolTip(place.timezone)
            self.names.addItem(item)
        if self._fixed is not None:
            # The command line's property is the one this desk is at: shown (greyed).
            fixed = named(list(self._listed.values()), self._fixed)
            chosen = fixed.id if fixed is not None else None
        self.choice.setCurrentIndex(max(self.choice.findData(chosen), 0))
        self._update_buttons()

    def _selected(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        if current is not None:
            self.name_field.setText(current.text())
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        typed = " ".join(self.name_field.text().split())
        current = self.names.currentItem()
        self.add_button.setEnabled(bool(typed))
        self.rename_button.setEnabled(
            bool(typed) and current is not None and typed != current.text()
        )

    def add(self) -> None:
        typed = self.name_field.text()
        if typed.strip():
            self._write(self._properties.add, typed, None, done=self._saved, failed=self._refused)

    def rename(self) -> None:
        current = self.names.currentItem()
        if current is not None and self.rename_button.isEnabled():
            self._write(
                self._properties.rename,
                int(current.data(ID_ROLE)),
                self.name_field.text(),
                done=self._saved,
                failed=self._refused,
            )

    def _saved(self, saved: PropertySaved) -> None:
        kept = self.choice.currentData()
        self._listed[saved.property.id] = saved.property
        self._fill(kept)
        self.name_field.clear()
        self.status.hide()

    def _refused(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    # -- the desk's choice --------------------------------------------------------------

    def chosen(self) -> int | None:
        data = self.choice.currentData()
        return data if isinstance(data, int) else None

    def apply(self) -> bool:
        """Store the desk's choice; True when it changed."""
        if self._fixed is not None or self.chosen() == self._settings.get(DESK_PROPERTY):
            return False
        self._settings.set(DESK_PROPERTY, self.chosen())
        return True
