"""More pages of the Settings dialog: the desktop, business rules, sync intervals and
accounts' properties.

Per-machine choices go to ``MachineSettings``; business rules and account
intervals are shared by every desk, so they are written to the database
through ``write`` (the window's writer, never blocking the UI thread).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any
from zoneinfo import available_timezones

import phonenumbers
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.accounts import MIN_SYNC_INTERVAL_S, Accounts
from socialinbox.core.business_settings import (
    BUSINESS_HOURS,
    PHONE_REGION,
    PROPERTY_TIMEZONE,
    REPLIES_NEED_REVIEW,
    REPLY_TEMPLATES,
    RETURN_QUIET_DAYS,
    TARGET_EMAIL_MINUTES,
    TARGET_REVIEWS_MINUTES,
    TARGET_SOCIAL_MINUTES,
    TARGETS_IN_BUSINESS_HOURS,
    BusinessSettings,
)
from socialinbox.core.models import AccountInfo
from socialinbox.core.properties import Properties, PropertyInfo
from socialinbox.core.templates import (
    TEMPLATE_LANGUAGES,
    Template,
    template_to_setting,
    templates_from_setting,
)
from socialinbox.settings import CLOSE_TO_TRAY, MachineSettings, Setting
from socialinbox.ui.common.translations import language_name
from socialinbox.ui.settings.setting_fields import (
    SettingFields,
    declared,
    hint_label,
    settings_form,
)

Write = Callable[..., None]


class DesktopPage(QWidget):
    """Closing to the tray; disabled, with the reason, where the desktop has no tray."""

    def __init__(
        self, settings: MachineSettings, tray_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        form = settings_form(self)
        self.fields = SettingFields(form)
        self.close_to_tray = self.fields.check(
            CLOSE_TO_TRAY,
            tray_available and settings.get(CLOSE_TO_TRAY),
            self.tr("&Keep running in the tray when the window is closed"),
            hint=False,
        )
        self.close_to_tray.setEnabled(tray_available)
        if tray_available:
            hint = declared(CLOSE_TO_TRAY.help)
        else:
            hint = self.tr(
                "Your desktop has no system tray, so closing the window quits the app. "
                "Notifications appear inside the window."
            )
        self.reason = hint_label(hint)
        form.addRow(self.reason)

    def title(self) -> str:
        return self.tr("Desktop")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        if self.close_to_tray.isEnabled():
            for setting, value in self.fields.values().items():
                if value != self._settings.get(setting):
                    self._settings.set(setting, value)


def week_order() -> list[int]:
    """The days 0 (Monday) … 6 (Sunday) in the order the locale's week runs (from Sunday
    in the United States, from Monday in most of Europe)."""
    first = QLocale().firstDayOfWeek().value - 1
    return [(first + offset) % 7 for offset in range(7)]


class RulesPage(QWidget):
    """Business rules every desk shares: reminders, review, business hours."""

    def __init__(self, business: BusinessSettings, write: Write, parent: QWidget | None = None):
        super().__init__(parent)
        self._business = business
        self._write = write
        shown: tuple[Setting[Any], ...] = (
            RETURN_QUIET_DAYS,
            REPLIES_NEED_REVIEW,
            BUSINESS_HOURS,
            PROPERTY_TIMEZONE,
            PHONE_REGION,
            TARGET_SOCIAL_MINUTES,
            TARGET_EMAIL_MINUTES,
            TARGET_REVIEWS_MINUTES,
            TARGETS_IN_BUSINESS_HOURS,
        )
        self._initial: dict[Setting[Any], Any] = {s: business.get(s) for s in shown}
        form = settings_form(self)
        self._add_property_rows(form)

        self.fields = SettingFields(form)
        self.quiet_days = self.fields.number(
            RETURN_QUIET_DAYS,
            self._initial[RETURN_QUIET_DAYS],
            self.tr("&Returning customer after:"),
            suffix=self.tr(" days"),
        )
        self.review = self.fields.check(
            REPLIES_NEED_REVIEW,
            self._initial[REPLIES_NEED_REVIEW],
            self.tr("Replies need &review before sending"),
        )

        hours = self._initial[BUSINESS_HOURS]
        days_row = QWidget()
        days_layout = QHBoxLayout(days_row)
        days_layout.setContentsMargins(0, 0, 0, 0)
        # Indexed by day number (0 is Monday), laid out in the locale's week order.
        self.days: list[QCheckBox] = []
        locale = QLocale()
        for number in range(7):
            box = QCheckBox(locale.dayName(number + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(number in hours.get("days", []))
            box.setAccessibleName(
                self.tr("Open on {day}").format(
                    day=locale.dayName(number + 1, QLocale.FormatType.LongFormat)
                )
            )
            self.days.append(box)
        for number in week_order():
            days_layout.addWidget(self.days[number])
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
        form.addRow("", hint_label(self.tr("Used by response-time reports.")))
        self._add_target_rows()

    def _add_target_rows(self) -> None:
        """Reply targets per kind of network: a Needs reply row's timer turns amber near
        its target and red past it."""
        minutes = self.tr(" min")
        self.target_social = self.fields.number(
            TARGET_SOCIAL_MINUTES,
            self._initial[TARGET_SOCIAL_MINUTES],
            self.tr("Reply target, &social networks:"),
            suffix=minutes,
        )
        self.target_email = self.fields.number(
            TARGET_EMAIL_MINUTES,
            self._initial[TARGET_EMAIL_MINUTES],
            self.tr("Reply target, &e-mail:"),
            suffix=minutes,
        )
        self.target_reviews = self.fields.number(
            TARGET_REVIEWS_MINUTES,
            self._initial[TARGET_REVIEWS_MINUTES],
            self.tr("Reply target, re&views:"),
            suffix=minutes,
        )
        self.targets_in_hours = self.fields.check(
            TARGETS_IN_BUSINESS_HOURS,
            self._initial[TARGETS_IN_BUSINESS_HOURS],
            self.tr("Count waiting in business &hours only"),
        )

    def _add_property_rows(self, form: QFormLayout) -> None:
        """Where the property is: its timezone ("today", snooze times) and phone country."""
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone.setAccessibleName(self.tr("Property timezone"))
        self.timezone.addItem(self.tr("This computer's timezone"), None)
        for name in sorted(available_timezones()):
            if "/" in name and not name.startswith(("Etc/", "SystemV/", "posix/", "right/")):
                self.timezone.addItem(name, name)
        self.timezone.setCurrentIndex(
            max(self.timezone.findData(self._initial[PROPERTY_TIMEZONE]), 0)
        )
        completer = self.timezone.completer()
        if completer is not None:  # an editable combo box has one; the stubs allow None
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        form.addRow(self.tr("Property &timezone:"), self.timezone)
        form.addRow(
            "",
            hint_label(
                self.tr(
                    "“Today” for the arrivals list and “tomorrow morning” for reminders "
                    "are the property's local time, wherever this computer is."
                )
            ),
        )
        self.phone_region = QComboBox()
        self.phone_region.setAccessibleName(self.tr("Country of local phone numbers"))
        self.phone_region.addItem(self.tr("None (numbers need +country code)"), None)
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            code = phonenumbers.country_code_for_region(region)
            self.phone_region.addItem(f"{region} (+{code})", region)
        self.phone_region.setCurrentIndex(
            max(self.phone_region.findData(self._initial[PHONE_REGION]), 0)
        )
        form.addRow(self.tr("&Phone numbers from:"), self.phone_region)
        form.addRow(
            "",
            hint_label(
                self.tr("Arrivals lists may write numbers without +49, +33…: read them as this.")
            ),
        )

    def title(self) -> str:
        return self.tr("Business rules")

    def widget(self) -> QWidget:
        return self

    def values(self) -> dict[Setting[Any], Any]:
        return {
            **self.fields.values(),
            BUSINESS_HOURS: {
                "days": [n for n, box in enumerate(self.days) if box.isChecked()],
                "start": self.start.time().toString("HH:mm"),
                "end": self.end.time().toString("HH:mm"),
            },
            PROPERTY_TIMEZONE: self._chosen_timezone(),
            PHONE_REGION: self.phone_region.currentData(),
        }

    def _chosen_timezone(self) -> str | None:
        """The chosen zone; a name typed into the box counts if it is a known zone."""
        typed = self.timezone.currentText().strip()
        if typed in available_timezones():
            return typed
        data = self.timezone.currentData()
        return data if isinstance(data, str) else None

    def apply(self) -> None:
        for setting, value in self.values().items():
            if value != self._initial[setting]:
                self._initial[setting] = value
                self._write(self._business.set, setting, value)


class SyncPage(QWidget):
    """How often each account is synced and, when the database has properties
    (``properties`` given and its list not empty), the property each account's new
    messages come to (``core.properties``): "(none)" or one of the chain's. A business
    without properties sees no property choice. Both are written on apply; a property
    removed meanwhile is refused in the user's words like any other write.
    """

    def __init__(
        self,
        accounts: Accounts,
        listed: Sequence[AccountInfo],
        write: Write,
        parent: QWidget | None = None,
        *,
        properties: Properties | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._properties = properties
        self._write = write
        form = settings_form(self)
        self.intervals: dict[int, QSpinBox] = {}
        self._initial: dict[int, int] = {}
        self.places: dict[int, QComboBox] = {}
        self._initial_places: dict[int, int | None] = {}
        chain = properties.list_properties() if properties is not None and listed else []
        placed = (
            {account: place.id for account, place in properties.of_accounts().items()}
            if properties is not None and chain
            else {}
        )
        for account in listed:
            box = QSpinBox()
            box.setRange(MIN_SYNC_INTERVAL_S // 60, 24 * 60)
            box.setSuffix(self.tr(" min"))
            box.setValue(max(1, account.sync_interval_s // 60))
            box.setAccessibleName(self.tr("Sync interval of {name}").format(name=account.name))
            box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.intervals[account.id] = box
            self._initial[account.id] = box.value()
            label = self.tr("{name}:").format(name=account.name)
            if not chain:
                form.addRow(label, box)
                continue
            place = self._place_choice(account, chain, placed.get(account.id))
            at = QLabel(self.tr("Property:"))
            at.setBuddy(place)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addSpacing(12)
            row.addWidget(at)
            row.addWidget(place)
            row.addStretch(1)
            form.addRow(label, row)
        if not listed:
            form.addRow(hint_label(self.tr("No accounts yet.")))
        else:
            form.addRow("", hint_label(self.tr("How often each account looks for new messages.")))
        if chain:
            form.addRow(
                "",
                hint_label(
                    self.tr(
                        "New messages of an account come to its property; earlier ones keep theirs."
                    )
                ),
            )

    def _place_choice(
        self, account: AccountInfo, chain: Sequence[PropertyInfo], placed: int | None
    ) -> QComboBox:
        choice = QComboBox()
        choice.setAccessibleName(self.tr("Property of {name}").format(name=account.name))
        choice.addItem(self.tr("(none)"), None)
        for place in chain:
            choice.addItem(place.name, place.id)
        choice.setCurrentIndex(max(choice.findData(placed), 0) if placed is not None else 0)
        self.places[account.id] = choice
        self._initial_places[account.id] = placed
        return choice

    def title(self) -> str:
        return self.tr("Sync")

    def widget(self) -> QWidget:
        return self

    def apply(self) -> None:
        for account_id, box in self.intervals.items():
            if box.value() != self._initial[account_id]:
                self._initial[account_id] = box.value()
                self._write(self._accounts.set_sync_interval, account_id, box.value() * 60)
        for account_id, choice in self.places.items():
            data = choice.currentData()
            place = data if isinstance(data, int) else None
            if place != self._initial_places[account_id] and self._properties is not None:
                self._initial_places[account_id] = place
                self._write(self._properties.place_account, account_id, place)


class TemplatesPage(QWidget):
    """Canned replies every desk shares, each with a text for any customer and, where the
    business wrote one, a text per language. Fields are listed beside the editor."""

    def __init__(self, business: BusinessSettings, write: Write, parent: QWidget | None = None):
        super().__init__(parent)
        self._business = business
        self._write = write
        self._items = templates_from_setting(business.get(REPLY_TEMPLATES))
        self._initial = self.templates()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 16)
        layout.setSpacing(16)

        left = QVBoxLayout()
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Templates"))
        self.names.currentRowChanged.connect(self._show)
        left.addWidget(self.names, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add a template"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the template"))
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout.addLayout(left, 1)

        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.textEdited.connect(self._edited)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the text"))
        self.language.addItem(self.tr("Any language"), "")
        for code in TEMPLATE_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Template text"))
        self.text.setTabChangesFocus(True)
        self.text.textChanged.connect(self._edited)
        right.addRow(self.tr("&Name:"), self.name)
        right.addRow(self.tr("&Language:"), self.language)
        right.addRow(self.tr("&Text:"), self.text)
        right.addRow(
            "",
            hint_label(
                self.tr(
                    "A customer whose messages are in a language with its own text gets that "
                    "text; everyone else gets the text for any language."
                )
            ),
        )
        right.addRow(
            "",
            hint_label(
                self.tr(
                    "Fields: {first_name}, {name}, {channel}, {business}, {last_message_date}, "
                    "{note:LABEL} (from a note written as “LABEL: value”). A template whose "
                    "field has no value for a customer is not used."
                )
            ),
        )
        layout.addLayout(right, 2)
        self._loading = False
        for item in self._items:
            self.names.addItem(item.name)
        if self._items:
            self.names.setCurrentRow(0)
        self._update_enabled()

    def title(self) -> str:
        return self.tr("Templates")

    def widget(self) -> QWidget:
        return self

    def _current(self) -> Template | None:
        row = self.names.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show(self, _row: int = -1) -> None:
        self._loading = True
        item = self._current() or Template("", "")
        language = self.language.currentData() or ""
        self.name.setText(item.name)
        self.text.setPlainText(dict(item.texts).get(language, "") if language else item.text)
        self._loading = False
        self._update_enabled()

    def _language_chosen(self, _index: int) -> None:
        self._show()

    def _edited(self, *_args: object) -> None:
        row = self.names.currentRow()
        item = self._current()
        if self._loading or item is None:
            return
        language = self.language.currentData() or ""
        text = self.text.toPlainText()
        if language:
            texts = {**dict(item.texts), language: text}
            own = tuple(sorted((k, v) for k, v in texts.items() if v.strip()))
            item = replace(item, name=self.name.text().strip(), texts=own)
        else:
            item = replace(item, name=self.name.text().strip(), text=text)
        self._items[row] = item
        self.names.item(row).setText(item.name or self.tr("(no name)"))

    def _update_enabled(self) -> None:
        selected = self._current() is not None
        for widget in (self.remove_button, self.name, self.language, self.text):
            widget.setEnabled(selected)

    def add(self) -> None:
        self._items.append(Template(self.tr("New template"), ""))
        self.names.addItem(self._items[-1].name)
        self.language.setCurrentIndex(0)
        self.names.setCurrentRow(len(self._items) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def remove(self) -> None:
        row = self.names.currentRow()
        if 0 <= row < len(self._items):
            del self._items[row]
            self.names.takeItem(row)
        self._update_enabled()

    def templates(self) -> list[dict[str, Any]]:
        """The edited templates as stored; nameless ones and those without a text for any
        language are dropped."""
        return [template_to_setting(t) for t in self._items if t.name.strip() and t.text.strip()]

    def apply(self) -> None:
        wanted = self.templates()
        if wanted != self._initial:
            self._initial = wanted
            self._write(self._business.set, REPLY_TEMPLATES, wanted)
