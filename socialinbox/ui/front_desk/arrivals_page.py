"""Today's arrivals: the guests arriving on the property's local date, returning guests
with notes first, and the name matches a clerk may confirm.

Rules: the list is read with :func:`arrivals_on` and the matches with
:func:`name_matches` (small reads on the UI thread) when the page is shown or a
change set names contacts, notes or messages while it is. Confirming a match
only *asks* (:attr:`ArrivalsPage.link_requested`); the window merges through
the writer (undoable like every merge). Texts are plain text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.arrivals import ArrivalInfo
from socialinbox.core.front_desk import ContactHistory, NameMatch
from socialinbox.ui.common.formatting import QT_TRANSLATE_NOOP, date_text, translate
from socialinbox.ui.common.item_table import AnyIndex, ItemTableModel, item_table_view
from socialinbox.ui.common.widgets import ElidedLabel, page_heading, plain_label, scaled_font

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Room"),
    QT_TRANSLATE_NOOP("Columns", "Guest"),
    QT_TRANSLATE_NOOP("Columns", "Notes"),
    QT_TRANSLATE_NOOP("Columns", "Customer"),
    QT_TRANSLATE_NOOP("Columns", "Departs"),
)


class ArrivalsModel(ItemTableModel[ArrivalInfo]):
    """Arriving guests as rows, in the order :func:`arrivals_on` gives."""

    columns = COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_for(index)
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return item.room or "—"
            if column == 1:
                return item.guest_name + ("  ★ VIP" if item.vip else "")
            if column == 2:
                return " · ".join(item.notes)
            if column == 3:
                if item.returning:
                    return self.tr("Returning: {name}").format(name=item.contact_name)
                return self.tr("New guest")
            if column == 4:
                departure = item.departure
                return (
                    date_text(departure, weekday=True, year=False, short=True) if departure else ""
                )
        if role == Qt.ItemDataRole.FontRole and item.returning and item.notes and column < 3:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        return None


def history_text(history: ContactHistory) -> str:
    """What a known contact has, in the window's language: "3 messages, 1 note"."""
    parts = [
        translate("Counts", "%Ln message(s)", None, history.messages) if history.messages else "",
        translate("Counts", "%Ln note(s)", None, history.notes) if history.notes else "",
        translate("Counts", "%Ln stay(s)", None, history.stays) if history.stays else "",
    ]
    return ", ".join(part for part in parts if part)


class NameMatchList(QWidget):
    """Guests whose name is like a known customer's: one line each with a "Link" button.

    Signals:
        link_requested(int, int): merge the guest contact (first) into the customer (second).
    """

    link_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Possible matches to confirm"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.heading = plain_label(
            self.tr("Same person? Confirm to link the guest to the customer")
        )
        self.heading.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._layout.addWidget(self.heading)
        self._rows: list[QWidget] = []
        self.buttons: list[QPushButton] = []
        self.setVisible(False)

    def set_matches(self, matches: Sequence[NameMatch]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        self.buttons = []
        for match in matches:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            evidence = history_text(match.history) or self.tr("no history")
            label = plain_label(
                self.tr("{guest} may be {name} ({evidence}; names {score}% alike)").format(
                    guest=match.guest_name,
                    name=match.contact_name,
                    evidence=evidence,
                    score=match.score,
                ),
                wrap=True,
            )
            button = QPushButton(self.tr("Link"))
            button.setAccessibleName(
                self.tr("Link {guest} to {name}").format(
                    guest=match.guest_name, name=match.contact_name
                )
            )
            button.setToolTip(
                self.tr("Merge the guest record into {name} (can be undone)").format(
                    name=match.contact_name
                )
            )
            button.clicked.connect(
                lambda _checked=False, m=match: self.link_requested.emit(
                    m.guest_contact_id, m.contact_id
                )
            )
            line.addWidget(label, 1)
            line.addWidget(button)
            self._layout.addWidget(row)
            self._rows.append(row)
            self.buttons.append(button)
        self.setVisible(bool(matches))


class ArrivalsPage(QWidget):
    """The day's arriving guests (default: the property's local today).

    Signals:
        import_requested(): the user wants to import an arrivals file.
        contact_requested(int): open this contact (double click on a guest).
        link_requested(int, int): merge a guest contact into a customer (a confirmed match).
    """

    import_requested = Signal()
    contact_requested = Signal(int)
    link_requested = Signal(int, int)

    def __init__(
        self,
        arrivals: Callable[[date], Sequence[ArrivalInfo]],
        matches: Callable[[date], Sequence[NameMatch]],
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        place_name: Callable[[], str | None] = lambda: None,
    ) -> None:
        """``arrivals``: the day's guests at the desk's property (all for none), whose
        name ``place_name`` gives (None: none)."""
        super().__init__(parent)
        self._arrivals = arrivals
        self._place_name = place_name
        self._matches = matches
        self._today = today
        self._day: date | None = None
        self.setAccessibleName(self.tr("Today's arrivals"))
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.title = ElidedLabel(self.tr("Today's arrivals"))
        self.subtitle = plain_label()
        layout.addWidget(page_heading(self.title, self.subtitle))

        bar = QHBoxLayout()
        bar.setContentsMargins(16, 0, 14, 8)
        self.previous = QToolButton()
        self.previous.setText("◀")
        self.previous.setAccessibleName(self.tr("Previous day"))
        self.previous.clicked.connect(lambda: self.show_day(self.day() - timedelta(days=1)))
        self.date_edit = QDateEdit()
        self.date_edit.setAccessibleName(self.tr("Arrival day"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd MMM yyyy")
        self.date_edit.dateChanged.connect(lambda value: self.show_day(value.toPython()))
        self.next = QToolButton()
        self.next.setText("▶")
        self.next.setAccessibleName(self.tr("Next day"))
        self.next.clicked.connect(lambda: self.show_day(self.day() + timedelta(days=1)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self._today()))
        self.import_button = QPushButton(self.tr("Import arrivals…"))
        self.import_button.setToolTip(
            self.tr("Import the day's arrivals from your property-management system (CSV)")
        )
        self.import_button.clicked.connect(self.import_requested)
        for widget in (self.previous, self.date_edit, self.next, self.today_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        layout.addLayout(bar)

        self.model = ArrivalsModel(self)
        self.view = item_table_view(self.model, self.tr("Arriving guests"))
        header = self.view.horizontalHeader()
        for column, width in ((0, 70), (1, 190), (3, 220), (4, 110)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(self._activated)
        layout.addWidget(self.view, 1)

        self.placeholder = plain_label(wrap=True)
        self.placeholder.setContentsMargins(16, 8, 16, 8)
        self.placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.placeholder)
        self.match_list = NameMatchList()
        self.match_list.link_requested.connect(self.link_requested)
        match_box = QWidget()
        match_layout = QVBoxLayout(match_box)
        match_layout.setContentsMargins(16, 8, 16, 12)
        match_layout.addWidget(self.match_list)
        layout.addWidget(match_box)

    def day(self) -> date:
        return self._day or self._today()

    def show_day(self, day: date) -> None:
        self._day = day
        if self.date_edit.date().toPython() != day:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.date_edit.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Read the day's arrivals and matches again."""
        day = self.day()
        if self._day is None:
            self.show_day(day)
            return
        items = self._arrivals(day)
        self.model.set_items(items)
        today = self._today()
        self.title.setText(
            self.tr("Today's arrivals")
            if day == today
            else self.tr("Arrivals on {day}").format(day=date_text(day, weekday=True, short=True))
        )
        returning = sum(1 for a in items if a.returning)
        parts = [
            date_text(day, weekday=True, year=False, short=True),
            translate("Arrivals", "%n guest(s)", None, len(items)),
        ]
        place = self._place_name()
        if place:
            parts.insert(0, place)
        if returning:
            parts.append(translate("Arrivals", "%n returning", None, returning))
        self.subtitle.setText(" · ".join(parts))
        self.placeholder.setText(
            ""
            if items
            else self.tr(
                "No arrivals imported for this day. Import the arrivals list exported by "
                "your property-management system (File ▸ Import arrivals…)."
            )
        )
        self.placeholder.setVisible(not items)
        self.match_list.set_matches(self._matches(day))

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None:
            self.contact_requested.emit(item.contact_id)
