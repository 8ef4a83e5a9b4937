"""The Reminders page: who came back, who arrives, whom to call back — and why.

Rules: the list is read with :meth:`Reminders.shown` (one small query on the UI
thread) and read again when a change set names reminders, notes or contacts.
Snoozed reminders are hidden until they wake (the window's timer wakes them).
The page only *asks* for actions (:attr:`RemindersPage.action_requested`); the
window runs them through the writer. Times are shown in the property's
timezone; every text is plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QObject,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.inbox import Inbox
from socialinbox.core.reminders import (
    ARRIVAL,
    CLOSE_LOOP,
    FOLLOW_UP,
    OPEN,
    RETURN,
    THANK_YOU,
    ReminderInfo,
    Reminders,
    snooze_times,
)
from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, network_name, translate, when_text
from socialinbox.ui.common.item_table import (
    AnyIndex,
    ItemTableModel,
    choose_item,
    chosen_item,
    item_table_view,
    replace_keeping_choice,
)
from socialinbox.ui.common.people_marks import vip_text, with_vip_star
from socialinbox.ui.common.reasons import note_lines, reason_text
from socialinbox.ui.common.widgets import (
    ElidedLabel,
    page_heading,
    plain_label,
    plain_tooltip,
    scaled_font,
)

KIND_NAMES = {
    RETURN: QT_TRANSLATE_NOOP("ReminderKind", "Returning customer"),
    ARRIVAL: QT_TRANSLATE_NOOP("ReminderKind", "Arriving guest"),
    FOLLOW_UP: QT_TRANSLATE_NOOP("ReminderKind", "Follow-up"),
    CLOSE_LOOP: QT_TRANSLATE_NOOP("ReminderKind", "Close the loop"),
    THANK_YOU: QT_TRANSLATE_NOOP("ReminderKind", "Say thank you"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Due"),
    QT_TRANSLATE_NOOP("Columns", "Customer"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
    QT_TRANSLATE_NOOP("Columns", "Notes"),
)


def kind_name(kind: str) -> str:
    """A reminder's kind as the page shows it ("Returning customer")."""
    return QCoreApplication.translate("ReminderKind", KIND_NAMES.get(kind, kind))


def local_text(when: datetime, zone: tzinfo, now: datetime | None = None) -> str:
    """A time in the property's timezone: the time alone today, else the day and time."""
    today = now.astimezone(zone).date() if now is not None else None
    return when_text(when.astimezone(zone), today)


class RemindersModel(ItemTableModel[ReminderInfo]):
    """Open reminders as rows: due ones first, then those due later."""

    columns = COLUMNS

    def __init__(
        self,
        now: Callable[[], datetime],
        zone: Callable[[], tzinfo],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._zone = zone

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_for(index)
        if item is None:
            return None
        column = index.column()
        now = self._now()
        if role == Qt.ItemDataRole.ToolTipRole and column == 1 and item.vip:
            return plain_tooltip(f"{item.contact_name}\n{vip_text()}")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                if item.due <= now:
                    return self.tr("Now")
                return local_text(item.due, self._zone(), now)
            if column == 1:
                return with_vip_star(item.contact_name, item.vip)
            if column == 2:
                return kind_name(item.kind)
            if column == 3:
                return reason_text(item.kind, item.reason)
            if column == 4:
                return " · ".join(note_lines(item))
        if role == Qt.ItemDataRole.FontRole and column == 1 and item.due <= now:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and item.due > now:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None


class SnoozeDialog(QDialog):
    """ "Choose a time…": a date and time in the property's timezone."""

    def __init__(self, start: datetime, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self._zone = zone
        layout = QVBoxLayout(self)
        zone_name = getattr(zone, "key", None) or start.astimezone(zone).tzname() or ""
        layout.addWidget(
            plain_label(self.tr("Show the reminder again at ({zone} time):").format(zone=zone_name))
        )
        local = start.astimezone(zone)
        self.edit = QDateTimeEdit()
        self.edit.setAccessibleName(self.tr("Snooze until"))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("ddd dd MMM yyyy  HH:mm")
        # The edit holds the property's wall-clock time (as UTC fields, so that neither
        # the machine's zone nor its daylight-saving gaps shift it).
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDateTime(_naive_qt(local))
        self.edit.setMinimumDateTime(_naive_qt(local))
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Snooze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        """The chosen wall-clock time at the property, as an aware datetime."""
        value = self.edit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self._zone)


def _naive_qt(local: datetime) -> QDateTime:
    """A QDateTime holding ``local``'s wall-clock fields (in UTC, so no zone shifts them)."""
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
    )


class RemindersPage(QWidget):
    """The list of open reminders, the chosen one's detail, and its actions.

    Signals:
        action_requested(str, int, object): "done", "dismiss" or "snooze" on a reminder id;
            for "snooze" the time (an aware datetime), else None.
        message_requested(int): show this message in the inbox.
        reply_requested(int, str): open this message with this suggested reply in the
            composer (it still goes through the outbox and its review).
        contact_requested(int): open this customer.
    """

    action_requested = Signal(str, int, object)
    message_requested = Signal(int)
    reply_requested = Signal(int, str)
    contact_requested = Signal(int)

    def __init__(
        self,
        reminders: Reminders,
        inbox: Inbox,
        zone: Callable[[], tzinfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._inbox = inbox
        self._zone = zone
        self._message_id: int | None = None
        self.setAccessibleName(self.tr("Reminders"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.subtitle = plain_label()
        layout.addWidget(page_heading(ElidedLabel(self.tr("Reminders")), self.subtitle))

        self.model = RemindersModel(reminders.now, zone, self)
        self.view = item_table_view(self.model, self.tr("Open reminders"))
        header = self.view.horizontalHeader()
        for column, width in ((0, 110), (1, 170), (2, 150), (4, 220)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.doubleClicked.connect(lambda _index: self.show_message())

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(20, 16, 20, 16)
        detail_layout.setSpacing(8)
        self.title = plain_label(wrap=True)
        self.title.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.title.setAccessibleName(self.tr("Customer"))
        self.reason = plain_label(wrap=True)
        self.reason.setAccessibleName(self.tr("Why it fired"))
        self.meta = plain_label(wrap=True)
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notes_label = plain_label(self.tr("Notes"))
        self.notes_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.notes = plain_label(wrap=True, selectable=True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFont(scaled_font(self.font(), 1.05))
        self.message_label = plain_label()
        self.message_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.message = plain_label(wrap=True, selectable=True)
        self.message.setAccessibleName(self.tr("Message that raised the reminder"))
        self.suggestion_label = plain_label(self.tr("Suggested reply"))
        self.suggestion_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.suggestion = plain_label(wrap=True, selectable=True)
        self.suggestion.setAccessibleName(self.tr("Suggested reply"))
        self.suggestion.setFont(scaled_font(self.font(), 1.05))
        for widget in (
            self.title,
            self.reason,
            self.meta,
            self.notes_label,
            self.notes,
            self.message_label,
            self.message,
            self.suggestion_label,
            self.suggestion,
        ):
            detail_layout.addWidget(widget)
        detail_layout.addStretch(1)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.done_action = self._action(self.tr("Done"), "D", lambda: self.request("done"))
        self.dismiss_action = self._action(
            self.tr("Dismiss"), "Delete", lambda: self.request("dismiss")
        )
        self.hour_action = self._action(self.tr("1 hour"), "H", lambda: self.snooze("1h"))
        self.morning_action = self._action(
            self.tr("Tomorrow morning"), "T", lambda: self.snooze("tomorrow")
        )
        self.choose_action = self._action(
            self.tr("Choose a time…"), "S", lambda: self.snooze("choose")
        )
        self.show_action = self._action(self.tr("Show message"), "Return", self.show_message)
        self.customer_action = self._action(self.tr("Open customer"), "C", self.open_customer)
        self.reply_action = self._action(
            self.tr("Reply with suggestion"), "R", self.reply_with_suggestion
        )
        self.done_button = self._button(self.done_action)
        self.reply_button = self._button(self.reply_action)
        self.customer_button = self._button(self.customer_action)
        self.dismiss_button = self._button(self.dismiss_action)
        self.show_button = self._button(self.show_action)
        self.snooze_menu = QMenu(self)
        for action in (self.hour_action, self.morning_action, self.choose_action):
            self.snooze_menu.addAction(action)
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setAccessibleName(self.tr("Snooze"))
        self.snooze_button.setToolTip(
            self.tr("1 hour (H), tomorrow morning (T) or a time you choose (S)")
        )
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(self.snooze_menu)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_button.setMinimumHeight(self.done_button.sizeHint().height())
        # Under the suggestion it sends (a row of its own keeps the action row narrow).
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_button)
        reply_row.addStretch(1)
        detail_layout.insertLayout(detail_layout.count() - 1, reply_row)
        for control in (
            self.done_button,
            self.snooze_button,
            self.show_button,
            self.customer_button,
        ):
            buttons.addWidget(control)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self._show_current()

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        # Single keys act only while the page has focus (the inbox has its own).
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QPushButton:
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button = QPushButton(action.text())
        button.setAccessibleName(action.text())
        button.setToolTip(self.tr("{action} ({key})").format(action=action.text(), key=key))
        button.clicked.connect(action.trigger)
        return button

    # -- contents -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open reminders again, keeping the chosen one."""
        shown = self._reminders.shown()
        visible = [r for r in shown if r.state == OPEN]
        snoozed = len(shown) - len(visible)
        replace_keeping_choice(self.view, self.model, visible)
        now = self._reminders.now()
        due = sum(1 for r in visible if r.due <= now)
        parts = [translate("Reminders", "%n due now", None, due)] if due else []
        if snoozed:
            parts.append(translate("Reminders", "%n snoozed", None, snoozed))
        self.subtitle.setText(" · ".join(parts))
        self._show_current()

    def current_item(self) -> ReminderInfo | None:
        return chosen_item(self.view, self.model)

    def select_reminder(self, reminder_id: int) -> bool:
        return choose_item(self.view, self.model, reminder_id)

    def _show_current(self) -> None:
        item = self.current_item()
        details: tuple[QLabel, ...] = (
            self.reason,
            self.meta,
            self.notes_label,
            self.notes,
            self.message_label,
            self.message,
            self.suggestion_label,
            self.suggestion,
        )
        self._message_id = None
        if item is None:
            for widget in details:
                widget.hide()
            self.title.setText(
                self.tr(
                    "No reminders. When a customer with notes writes again, a guest with "
                    "notes is on the arrivals list, a follow-up is due, a complaint settled "
                    "in private needs a public word, or praise waits for a thank-you, it "
                    "shows here."
                )
            )
            self._update_actions(None)
            return
        zone = self._zone()
        now = self._reminders.now()
        self.title.setText(item.contact_name)
        self.reason.setText(reason_text(item.kind, item.reason))
        meta = [kind_name(item.kind)]
        meta.append(
            self.tr("due now")
            if item.due <= now
            else self.tr("due {time}").format(time=local_text(item.due, zone, now))
        )
        meta.append(self.tr("raised {time}").format(time=local_text(item.created_at, zone, now)))
        if now.astimezone(zone).utcoffset() != now.astimezone().utcoffset():
            # The desk's computer is elsewhere: say whose clock the times are.
            meta.append(
                self.tr("times at the property ({zone})").format(
                    zone=getattr(zone, "key", None) or now.astimezone(zone).tzname()
                )
            )
        self.meta.setText(" · ".join(meta))
        self.notes.setText("\n".join(f"• {n}" for n in note_lines(item)))
        self.notes_label.setVisible(bool(item.notes))
        self.notes.setVisible(bool(item.notes))
        self.reason.show()
        self.meta.show()
        detail = self._inbox.get(item.message_id) if item.message_id is not None else None
        if detail is not None:
            self._message_id = detail.id
            who = detail.author_name or detail.author_handle or self.tr("Unknown")
            self.message_label.setText(
                self.tr("{who} on {network}, {time}").format(
                    who=who,
                    network=network_name(detail.channel),
                    time=local_text(detail.created_at, zone, now),
                )
            )
            self.message.setText(detail.text)
        self.message_label.setVisible(detail is not None)
        self.message.setVisible(detail is not None)
        self.suggestion.setText(item.suggestion or "")
        self.suggestion_label.setVisible(bool(item.suggestion))
        self.suggestion.setVisible(bool(item.suggestion))
        self._update_actions(item)

    def _update_actions(self, item: ReminderInfo | None) -> None:
        has = item is not None
        for action in (
            self.done_action,
            self.dismiss_action,
            self.hour_action,
            self.morning_action,
            self.choose_action,
            self.customer_action,
        ):
            action.setEnabled(has)
        for button in (
            self.done_button,
            self.dismiss_button,
            self.snooze_button,
            self.customer_button,
        ):
            button.setEnabled(has)
        self.show_action.setEnabled(self._message_id is not None)
        self.show_button.setEnabled(self._message_id is not None)
        self.show_button.setVisible(self._message_id is not None)
        can_reply = self._message_id is not None and item is not None and bool(item.suggestion)
        self.reply_action.setEnabled(can_reply)
        self.reply_button.setEnabled(can_reply)
        self.reply_button.setVisible(can_reply)

    # -- actions ----------------------------------------------------------------------

    def request(self, action: str, until: datetime | None = None) -> None:
        item = self.current_item()
        if item is not None:
            self.action_requested.emit(action, item.id, until)

    def snooze(self, choice: str) -> None:
        """Snooze the chosen reminder: "1h", "tomorrow", or "choose" (asks for a time)."""
        item = self.current_item()
        if item is None:
            return
        now = self._reminders.now()
        zone = self._zone()
        if choice == "choose":
            dialog = SnoozeDialog(snooze_times(now, zone)["tomorrow"], zone, self)
            self.snooze_dialog = dialog
            dialog.accepted.connect(lambda: self.request("snooze", dialog.chosen()))
            dialog.open()
            return
        self.request("snooze", snooze_times(now, zone)[choice])

    def open_customer(self) -> None:
        item = self.current_item()
        if item is not None:
            self.contact_requested.emit(item.contact_id)

    def show_message(self) -> None:
        if self._message_id is not None:
            self.message_requested.emit(self._message_id)

    def reply_with_suggestion(self) -> None:
        """Open the message with the suggested reply in the composer, to edit and queue."""
        item = self.current_item()
        if item is not None and item.suggestion and self._message_id is not None:
            self.reply_requested.emit(self._message_id, item.suggestion)
