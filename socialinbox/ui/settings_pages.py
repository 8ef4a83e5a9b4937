"""More pages of the Settings dialog: the desktop, business rules, sync intervals.

Per-machine choices go to ``MachineSettings``; business rules and account
intervals are shared by every desk, so they are written to the database
through ``write`` (the window's writer, never blocking the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from socialinbox.core.accounts import MIN_SYNC_INTERVAL_S, Accounts
from socialinbox.core.models import AccountInfo
from socialinbox.settings import BusinessSettings, MachineSettings
from socialinbox.ui.tray import CLOSE_TO_TRAY

Write = Callable[..., None]


def _form(widget: QWidget) -> QFormLayout:
    form = QFormLayout(widget)
    form.setContentsMargins(20, 20, 20, 16)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(12)
    form.setHorizontalSpacing(16)
    return form


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class DesktopPage(QWidget):
    """Closing to the tray; disabled, with the reason, where the desktop has no tray."""

    def __init__(
        self, settings: MachineSettings, tray_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        form = _form(self)
        self.close_to_tray = QCheckBox(
            self.tr("&Keep running in the tray when the window is closed")
        )
        self.close_to_tray.setAccessibleName(self.tr("Keep running in the tray"))
        self.close_to_tray.setChecked(tray_available and bool(settings.get(CLOSE_TO_TRAY, False)))
        self.close_to_tray.setEnabled(tray_available)
        form.addRow(self.close_to_tray)
        if tray_available:
            hint = self.tr("New messages and reminders still reach you while the window is closed.")
        else:
            hint = self.tr(
                "Your desktop has no system tray, so closing the window quits the app. "
                "Notifications appear inside the window."
            )
        self.reason = _hint(hint)
        form.addRow(self.reason)

    def title(self) -> str:
        return self.tr("Desktop")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        if self.close_to_tray.isEnabled():
            wanted = self.close_to_tray.isChecked()
            if wanted != bool(self._settings.get(CLOSE_TO_TRAY, False)):
                self._settings.set(CLOSE_TO_TRAY, wanted)


DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class RulesPage(QWidget):
    """Business rules every desk shares: reminders, review, business hours."""

    def __init__(self, business: BusinessSettings, write: Write, parent: QWidget | None = None):
        super().__init__(parent)
        self._business = business
        self._write = write
        self._initial: dict[str, Any] = {
            key: business.get(key)
            for key in ("return_quiet_days", "replies_need_review", "business_hours")
        }
        form = _form(self)

        self.quiet_days = QSpinBox()
        self.quiet_days.setRange(1, 3650)
        self.quiet_days.setSuffix(self.tr(" days"))
        self.quiet_days.setValue(int(self._initial["return_quiet_days"]))
        self.quiet_days.setAccessibleName(self.tr("Quiet period before a return reminder"))
        self.quiet_days.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("&Returning customer after:"), self.quiet_days)
        form.addRow(
            "",
            _hint(
                self.tr("A customer with notes who writes again after this long raises a reminder.")
            ),
        )

        self.review = QCheckBox(self.tr("Replies need &review before sending"))
        self.review.setAccessibleName(self.tr("Replies need review before sending"))
        self.review.setChecked(bool(self._initial["replies_need_review"]))
        form.addRow(self.review)
        form.addRow(
            "", _hint(self.tr("Another person must approve each reply before it goes out."))
        )

        hours = self._initial["business_hours"]
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for number, name in enumerate(DAY_NAMES):
            box = QCheckBox(self.tr(name))
            box.setChecked(number in hours.get("days", []))
            box.setAccessibleName(self.tr("Open on {day}").format(day=self.tr(name)))
            self.days.append(box)
            days_layout.addWidget(box)
        days_layout.addStretch(1)
        form.addRow(self.tr("Open on:"), days_row)
        self.start = QTimeEdit(QTime.fromString(hours.get("start", "09:00"), "HH:mm"))
        self.end = QTimeEdit(QTime.fromString(hours.get("end", "17:00"), "HH:mm"))
        for edit, name in ((self.start, self.tr("Opens at")), (self.end, self.tr("Closes at"))):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        times = QWidget()
        times_layout = QHBoxLayout(times)
        times_layout.setContentsMargins(0, 0, 0, 0)
        times_layout.addWidget(self.start)
        times_layout.addWidget(QLabel("–"))
        times_layout.addWidget(self.end)
        times_layout.addStretch(1)
        form.addRow(self.tr("&Business hours:"), times)
        form.addRow("", _hint(self.tr("Used by response-time reports.")))

    def title(self) -> str:
        return self.tr("Business rules")

    def widget(self) -> QWidget:
        return self

    def values(self) -> dict[str, Any]:
        return {
            "return_quiet_days": self.quiet_days.value(),
            "replies_need_review": self.review.isChecked(),
            "business_hours": {
                "days": [n for n, box in enumerate(self.days) if box.isChecked()],
                "start": self.start.time().toString("HH:mm"),
                "end": self.end.time().toString("HH:mm"),
            },
        }

    def apply(self) -> None:
        for key, value in self.values().items():
            if value != self._initial[key]:
                self._initial[key] = value
                self._write(self._business.set, key, value)


class SyncPage(QWidget):
    """How often each account is synced."""

    def __init__(
        self,
        accounts: Accounts,
        listed: Sequence[AccountInfo],
        write: Write,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._write = write
        form = _form(self)
        self.intervals: dict[int, QSpinBox] = {}
        self._initial: dict[int, int] = {}
        for account in listed:
            box = QSpinBox()
            box.setRange(MIN_SYNC_INTERVAL_S // 60, 24 * 60)
            box.setSuffix(self.tr(" min"))
            box.setValue(max(1, account.sync_interval_s // 60))
            box.setAccessibleName(self.tr("Sync interval of {name}").format(name=account.name))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.intervals[account.id] = box
            self._initial[account.id] = box.value()
            form.addRow(self.tr("{name}:").format(name=account.name), box)
        if not listed:
            form.addRow(_hint(self.tr("No accounts yet.")))
        else:
            form.addRow("", _hint(self.tr("How often each account looks for new messages.")))

    def title(self) -> str:
        return self.tr("Sync")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        for account_id, box in self.intervals.items():
            if box.value() != self._initial[account_id]:
                self._initial[account_id] = box.value()
                self._write(self._accounts.set_sync_interval, account_id, box.value() * 60)
