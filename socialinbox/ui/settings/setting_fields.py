"""Settings-form rows generated from the settings' declarations.

A page says which declared settings it shows and with which text (its own
translated label with a mnemonic); everything else comes from the declaration
(:class:`socialinbox.settings.Setting`): the widget its type calls for (a check
box for a bool, a spin box with the declared range for an int, a combo box of
the declared choices, a line edit for text), the accessible name (the label),
the hint under the row (the help text) and the value read back. Settings that
need a widget of their own (business hours, timezones, templates) stay hand-made
on their pages, in the same form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from socialinbox.settings import Setting


def declared(text: str) -> str:
    """A declaration's text (label, help, choice) as the user's language has it."""
    return QCoreApplication.translate("Setting", text)


def settings_form(page: QWidget) -> QFormLayout:
    """The form layout every settings page uses."""
    form = QFormLayout(page)
    form.setContentsMargins(20, 20, 20, 16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    return form


def hint_label(text: str) -> QLabel:
    """The quieter line under a form row that says what the row means."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingFields:
    """Rows of one form generated from declarations; :meth:`values` reads them all back."""

    def __init__(self, form: QFormLayout) -> None:
        self._form = form
        self._readers: dict[Setting[Any], Callable[[], Any]] = {}

    def check(
        self, setting: Setting[bool], value: bool, text: str, *, hint: bool = True
    ) -> QCheckBox:
        """A check box for a bool setting; ``text`` is its label (with a mnemonic)."""
        _require_kind(setting, bool)
        box = QCheckBox(text)
        box.setAccessibleName(declared(setting.label))
        box.setChecked(value)
        self._form.addRow(box)
        self._add(setting, box.isChecked, hint)
        return box

    def number(
        self, setting: Setting[int], value: int, text: str, *, suffix: str = "", hint: bool = True
    ) -> QSpinBox:
        """A spin box over the declared range of an int setting."""
        _require_kind(setting, int)
        box = QSpinBox()
        box.setRange(
            setting.minimum if setting.minimum is not None else -(2**31),
            setting.maximum if setting.maximum is not None else 2**31 - 1,
        )
        box.setSuffix(suffix)
        box.setValue(value)
        box.setAccessibleName(declared(setting.label))
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._form.addRow(text, box)
        self._add(setting, box.value, hint)
        return box

    def choice(
        self, setting: Setting[Any], value: object, text: str, *, hint: bool = True
    ) -> QComboBox:
        """A combo box of the declared choices, each shown by its declared label."""
        if not setting.choices:
            raise ValueError(f"{setting.key!r} declares no choices")
        box = QComboBox()
        box.setAccessibleName(declared(setting.label))
        labels = setting.choice_labels or tuple(str(c) for c in setting.choices)
        for choice, label in zip(setting.choices, labels, strict=True):
            box.addItem(declared(label), choice)
        box.setCurrentIndex(max(box.findData(value), 0))
        self._form.addRow(text, box)
        self._add(setting, box.currentData, hint)
        return box

    def text(
        self,
        setting: Setting[str | None],
        value: str | None,
        text: str,
        *,
        placeholder: str = "",
        hint: bool = True,
    ) -> QLineEdit:
        """A line edit for a text setting; read back with runs of spaces made one, and an
        empty field as None for an optional setting."""
        _require_kind(setting, str)
        edit = QLineEdit(value or "")
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(declared(setting.label))
        if setting.maximum is not None:
            edit.setMaxLength(setting.maximum)
        self._form.addRow(text, edit)

        def typed() -> str | None:
            cleaned = " ".join(edit.text().split())
            return None if not cleaned and setting.optional else cleaned

        self._add(setting, typed, hint)
        return edit

    def values(self) -> dict[Setting[Any], Any]:
        """What each generated row holds now, by declaration."""
        return {setting: read() for setting, read in self._readers.items()}

    def _add(self, setting: Setting[Any], read: Callable[[], Any], hint: bool) -> None:
        self._readers[setting] = read
        if hint:
            self._form.addRow("", hint_label(declared(setting.help)))


def _require_kind(setting: Setting[Any], kind: type) -> None:
    if setting.kind is not kind:
        raise TypeError(f"{setting.key!r} holds {setting.kind.__name__}, not {kind.__name__}")
