"""The customer card's timeline: every message of one contact, in and out, every channel.

Rules: rows are the service's frozen :class:`MessageRow` values, newest first
(at most :data:`TIMELINE_LIMIT`, one index-backed read); texts are painted as
plain text; rows have one fixed height, so the view lays out instantly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from socialinbox.core.models import MessageRow
from socialinbox.ui.common.formatting import (
    age_text,
    full_datetime,
    logged_by_text,
    logged_what,
    network_name,
)
from socialinbox.ui.common.icons import channel_icon
from socialinbox.ui.common.widgets import elided_line, scaled_font

TIMELINE_LIMIT = 200
MESSAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
INBOUND_ROLE = Qt.ItemDataRole.UserRole + 2
AGE_ROLE = Qt.ItemDataRole.UserRole + 3
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 4
_ICON = 16

Index = QModelIndex | QPersistentModelIndex


def who_wrote(row: MessageRow) -> str:
    """The row's first line: the author, or that the business replied; for a call or visit
    logged by hand, what happened and who logged it ("Maya called · Anna", "You called them
    · Anna")."""
    if row.logged_by is not None:
        # Who logged it comes last, as on a reply ("You · Anna"); the tooltip says it in words.
        what = logged_what(row.channel, row.inbound)
        if row.inbound:
            what = QCoreApplication.translate("Timeline", "{who} {what}").format(
                who=row.author, what=what
            )
        return f"{what[:1].upper()}{what[1:]} · {row.logged_by}"
    if row.inbound:
        return row.author
    return QCoreApplication.translate("Timeline", "You replied")


class TimelineModel(QAbstractListModel):
    """One contact's messages as a flat list (newest first)."""

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._rows: list[MessageRow] = []

    def set_rows(self, rows: Sequence[MessageRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[MessageRow]:
        return list(self._rows)

    def row_of(self, message_id: int | None) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == message_id:
                return number
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # Also what a screen reader says for the row.
            return f"{who_wrote(row)}, {network_name(row.channel)}: {row.preview}"
        if role == Qt.ItemDataRole.DecorationRole:
            return channel_icon(row.channel)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{network_name(row.channel)} · {full_datetime(row.created_at)}"
            if row.logged_by is not None:
                tip = f"{tip} · {logged_by_text(row.logged_by)}"
            return tip
        if role == MESSAGE_ID_ROLE:
            return row.id
        if role == INBOUND_ROLE:
            return row.inbound
        if role == AGE_ROLE:
            return age_text(self._now(), row.created_at)
        if role == PREVIEW_ROLE:
            return row.preview
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Two lines per message: who (or "You replied") and its age, then the first line."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        icon = QIcon(option.icon)
        widget = option.widget
        style = widget.style() if widget is not None else None
        painter.save()
        if style is not None:
            # The background (selection, hover) as the style draws it; the rest is ours.
            option.text = ""
            option.icon = QIcon()
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = option.rect.adjusted(8, 6, -8, -6)
        line = option.fontMetrics.lineSpacing()
        icon_rect = QRect(rect.left(), rect.top() + (line - _ICON) // 2, _ICON, _ICON)
        icon.paint(painter, icon_rect)
        inbound = bool(index.data(INBOUND_ROLE))
        left = rect.left() + _ICON + 8
        if not inbound:
            # The business's own replies are set apart by an accent bar.
            bar = QRect(option.rect.left() + 2, rect.top(), 3, rect.height())
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Accent))
        age = str(index.data(AGE_ROLE) or "")
        bold = scaled_font(option.font, 1.0, bold=True)
        painter.setFont(option.font)
        age_width = option.fontMetrics.horizontalAdvance(age)
        painter.setPen(palette.color(quiet_role))
        painter.drawText(
            QRect(rect.right() - age_width, rect.top(), age_width, line),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            age,
        )
        row_model = index.model()
        first = ""
        if isinstance(row_model, TimelineModel):
            first = who_wrote(row_model.rows()[index.row()])
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        name_width = max(0, rect.right() - age_width - 8 - left)
        painter.drawText(
            QRect(left, rect.top(), name_width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided_line(painter.fontMetrics(), first, name_width),
        )
        painter.setFont(option.font)
        painter.setPen(palette.color(quiet_role))
        preview = str(index.data(PREVIEW_ROLE) or "")
        width = max(0, rect.right() - left)
        painter.drawText(
            QRect(left, rect.top() + line, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            elided_line(option.fontMetrics, preview, width),
        )
        painter.restore()


class TimelineView(QListView):
    """The timeline list.

    Signals:
        message_activated(int): a message was clicked or chosen with Enter (its id).
        back_requested(): Escape was pressed.
    """

    message_activated = Signal(int)
    back_requested = Signal()

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Every message of this customer"))
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def _chosen(self, index: QModelIndex) -> None:
        message_id = index.data(MESSAGE_ID_ROLE)
        if isinstance(message_id, int):
            self.message_activated.emit(message_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        # Single letters are the window's commands elsewhere; no jumping by prefix.
        return
