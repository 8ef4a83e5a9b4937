"""The sidebar: the lists a user can open, grouped under section headings.

Rules: an entry names a *page* of the window and, for the inbox page, the
:class:`InboxFilter` it shows. Pages add their entries when the frame registers
them (:meth:`SidebarModel.add_entries`), in that order; one entry per network
with messages follows under a heading. Badges are set from the pages' counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from socialinbox.core.inbox import InboxFilter
from socialinbox.ui.common.formatting import network_name, number_text, translate
from socialinbox.ui.common.icons import mix
from socialinbox.ui.common.widgets import elided_line
from socialinbox.ui.shell.page import SidebarEntry

__all__ = ["SidebarEntry", "SidebarModel", "SidebarView", "channel_entry"]

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def channel_entry(channel: str) -> SidebarEntry:
    """The entry listing one network's messages (on the inbox page)."""
    return SidebarEntry(
        f"channel:{channel}",
        network_name(channel),
        channel=channel,
        filter=InboxFilter("all", channel=channel),
    )


NETWORKS_SECTION = "section:networks"


class SidebarModel(QAbstractListModel):
    """The sidebar's entries, with a badge (a count) per entry."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pages' entries, then the networks (with their heading).
        self._entries: list[SidebarEntry] = []
        self._fixed = 0
        self._badges: dict[str, int] = {}

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._entries[index.row()].section:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        badge = self._badges.get(entry.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.label
        if role == Qt.ItemDataRole.DecorationRole:
            return None if entry.section else entry.qicon()
        if role == ENTRY_ROLE:
            return entry
        if role == BADGE_ROLE:
            return badge
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if badge:
                text = entry.badge_text or translate("Sidebar", "{label}, {count} unread")
                return text.format(label=entry.label, count=badge)
            return entry.label
        return None

    # -- entries --------------------------------------------------------------

    def entries(self) -> list[SidebarEntry]:
        return list(self._entries)

    def entry_at(self, row: int) -> SidebarEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, key: str) -> int | None:
        for row, entry in enumerate(self._entries):
            if entry.key == key:
                return row
        return None

    def add_entries(self, entries: Sequence[SidebarEntry]) -> None:
        """Entries of a page, after those added before and above the networks."""
        for entry in entries:
            self.beginInsertRows(QModelIndex(), self._fixed, self._fixed)
            self._entries.insert(self._fixed, entry)
            self._fixed += 1
            self.endInsertRows()

    def set_channels(self, channels: Sequence[str]) -> bool:
        """Show one entry per network in ``channels`` (in that order). True if anything changed."""
        wanted = [channel_entry(c) for c in channels]
        if wanted:
            wanted.insert(
                0, SidebarEntry(NETWORKS_SECTION, translate("Sidebar", "Networks"), section=True)
            )
        start = self._fixed
        current = self._entries[start:]
        if [e.key for e in current] == [e.key for e in wanted]:
            return False
        wanted_keys = {e.key for e in wanted}
        for row in range(len(self._entries) - 1, start - 1, -1):
            if self._entries[row].key not in wanted_keys:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
        for offset, entry in enumerate(wanted):
            row = start + offset
            if row < len(self._entries) and self._entries[row].key == entry.key:
                continue
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.insert(row, entry)
            self.endInsertRows()
        return True

    def set_badges(self, badges: dict[str, int]) -> None:
        """Counts to show beside entries (zero or missing shows nothing)."""
        old, self._badges = self._badges, dict(badges)
        for row, entry in enumerate(self._entries):
            if old.get(entry.key) != self._badges.get(entry.key):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)


class SidebarDelegate(QStyledItemDelegate):
    """Paints entries (icon, label, badge) and section headings from the palette."""

    ROW = 34
    SECTION = 34

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        entry: SidebarEntry | None = index.data(ENTRY_ROLE)
        height = self.SECTION if entry is not None and entry.section else self.ROW
        return QSize(160, max(height, option.fontMetrics.height() + 14))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry: SidebarEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        if entry.section:
            font = QFont(option.font)
            font.setWeight(QFont.Weight.DemiBold)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setCapitalization(QFont.Capitalization.AllUppercase)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            area = rect.adjusted(16, 10, -12, -2)
            painter.drawText(
                area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, entry.label
            )
            painter.restore()
            return

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and bool(
            option.state & QStyle.StateFlag.State_Active
        )
        pill = QRectF(rect.adjusted(6, 2, -6, -2))
        if selected:
            group = QPalette.ColorGroup.Active if focused else QPalette.ColorGroup.Inactive
            fill = palette.color(group, QPalette.ColorRole.Highlight)
            text_colour = palette.color(group, QPalette.ColorRole.HighlightedText)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, 6, 6)
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mix(palette.color(QPalette.ColorRole.Window), text_colour, 0.07))
            painter.drawRoundedRect(pill, 6, 6)

        icon_size = 18
        icon_rect = QRect(
            rect.left() + 16, rect.top() + (rect.height() - icon_size) // 2, icon_size, icon_size
        )
        mode = QIcon.Mode.Selected if selected and focused else QIcon.Mode.Normal
        entry.qicon().paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter, mode)

        badge: int | None = index.data(BADGE_ROLE)
        right = rect.right() - 14
        if badge:
            text = number_text(badge) if badge < 100_000 else number_text(99_999) + "+"
            font = QFont(option.font)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 0.85)
            font.setWeight(QFont.Weight.DemiBold)
            metrics = QFontMetrics(font)
            width = max(metrics.horizontalAdvance(text) + 12, 22)
            height = metrics.height() + 2
            badge_rect = QRectF(
                right - width, rect.top() + (rect.height() - height) / 2, width, height
            )
            if selected:
                painter.setBrush(
                    mix(text_colour, palette.color(QPalette.ColorRole.Highlight), 0.75)
                )
            else:
                painter.setBrush(mix(palette.color(QPalette.ColorRole.Window), text_colour, 0.12))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge_rect, height / 2, height / 2)
            painter.setFont(font)
            painter.setPen(text_colour)
            painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, text)
            right = int(badge_rect.left()) - 6

        painter.setFont(option.font)
        painter.setPen(text_colour)
        label_rect = QRect(
            icon_rect.right() + 11, rect.top(), right - icon_rect.right() - 11, rect.height()
        )
        label = elided_line(option.fontMetrics, entry.label, label_rect.width())
        painter.drawText(
            label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )
        painter.restore()


class SidebarView(QListView):
    """The sidebar list.

    Signals:
        entry_selected(SidebarEntry): the user (or :meth:`select_key`) chose an entry.
    """

    entry_selected = Signal(object)

    def __init__(self, model: SidebarModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(SidebarDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self.setSpacing(0)
        self.setContentsMargins(0, 6, 0, 6)
        self.setViewportMargins(0, 8, 0, 8)
        self.setAccessibleName(self.tr("Lists"))
        self.setMinimumWidth(150)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def sidebar_model(self) -> SidebarModel:
        model = self.model()
        assert isinstance(model, SidebarModel)
        return model

    def current_entry(self) -> SidebarEntry | None:
        return self.sidebar_model().entry_at(self.currentIndex().row())

    def select_key(self, key: str) -> bool:
        row = self.sidebar_model().row_of(key)
        if row is None:
            return False
        self.selectionModel().setCurrentIndex(
            self.sidebar_model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.sidebar_model().entry_at(current.row()) if current.isValid() else None
        if entry is not None and not entry.section:
            self.entry_selected.emit(entry)
