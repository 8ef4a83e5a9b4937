"""Paints one message row: network icon, author, first line, age, unread dot.

Rules: every row has the same height (``sizeHint`` is a constant computed once
from the font), so a list of any length lays out instantly; painting reads only
the row's :class:`MessageRow` and the palette — no queries, no rich text — and
measures a bounded part of each text (:func:`elided_line`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from socialinbox.core.models import MessageRow
from socialinbox.ui.common.formatting import age_text, stars
from socialinbox.ui.common.icons import channel_icon, glyph_icon, mix
from socialinbox.ui.common.people_marks import VIP_STAR, escalation_label, vip_colour
from socialinbox.ui.common.widgets import LINE_LIMIT, bounded, elided_line
from socialinbox.ui.inbox.message_model import ROW_ROLE

# Layout, in device-independent pixels.
PAD_X = 10
PAD_Y = 9
DOT_ZONE = 16
DOT_SIZE = 8
ICON_SIZE = 28
ICON_GAP = 12
LINE_GAP = 3
STATE_ICON = 14


class MessageDelegate(QStyledItemDelegate):
    """Draws message rows; ``now`` gives the time ages are measured from."""

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._font = QFont()
        self._size = QSize()
        self.set_font(QApplication.font())

    def set_font(self, font: QFont) -> None:
        """Recompute the fixed row height for ``font`` (call on a font change)."""
        self._font = QFont(font)
        self._bold = QFont(font)
        self._bold.setWeight(QFont.Weight.Bold)
        self._italic = QFont(font)
        self._italic.setItalic(True)
        self._small = QFont(font)
        if font.pointSizeF() > 0:
            self._small.setPointSizeF(font.pointSizeF() * 0.92)
        metrics = QFontMetrics(self._bold)
        line = max(metrics.height(), QFontMetrics(font).height())
        self._line = line
        self._size = QSize(320, PAD_Y * 2 + line * 2 + LINE_GAP)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return self._size

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: MessageRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        painter.save()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        active = bool(option.state & QStyle.StateFlag.State_Active)
        group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
        if selected:
            text = palette.color(group, QPalette.ColorRole.HighlightedText)
            secondary = mix(text, palette.color(group, QPalette.ColorRole.Highlight), 0.25)
        else:
            text = palette.color(group, QPalette.ColorRole.Text)
            secondary = palette.color(group, QPalette.ColorRole.PlaceholderText)
            separator = mix(palette.color(group, QPalette.ColorRole.Base), text, 0.09)
            painter.setPen(separator)
            bottom = option.rect.bottom()
            painter.drawLine(option.rect.left() + DOT_ZONE, bottom, option.rect.right(), bottom)

        rect = option.rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unread = not row.read
        if unread:
            dot = text if selected else palette.color(group, QPalette.ColorRole.Accent)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(dot)
            cy = rect.top() + PAD_Y + self._line // 2
            painter.drawEllipse(
                rect.left() + (DOT_ZONE - DOT_SIZE) // 2 + 2, cy - DOT_SIZE // 2, DOT_SIZE, DOT_SIZE
            )

        icon_left = rect.left() + DOT_ZONE + 2
        icon_rect = QRect(
            icon_left, rect.top() + (rect.height() - ICON_SIZE) // 2, ICON_SIZE, ICON_SIZE
        )
        channel_icon(row.channel).paint(painter, icon_rect)

        left = icon_rect.right() + 1 + ICON_GAP
        right = rect.right() - PAD_X
        top = rect.top() + PAD_Y

        # Line 1: author (bold when unread), rating, age on the right.
        age = age_text(self._now(), row.created_at)
        painter.setFont(self._font)
        age_width = painter.fontMetrics().horizontalAdvance(age)
        painter.setPen(text if unread and not selected else secondary)
        line1 = QRect(left, top, right - left, self._line)
        painter.drawText(line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age)

        name_width = max(0, line1.width() - age_width - 12)
        name_width -= self._paint_escalation(painter, row, line1, age_width, secondary)
        name_font = self._bold if unread else self._font
        painter.setFont(name_font)
        star_width = painter.fontMetrics().horizontalAdvance(VIP_STAR) + 6 if row.vip else 0
        name = elided_line(painter.fontMetrics(), row.author, max(0, name_width - star_width))
        painter.setPen(text)
        painter.drawText(QRect(left, top, name_width, self._line), _LEFT, name)
        used = painter.fontMetrics().horizontalAdvance(name)
        if row.vip:
            painter.setPen(vip_colour(palette, selected))
            painter.drawText(QRect(left + used + 6, top, star_width, self._line), _LEFT, VIP_STAR)
            used += star_width
        rating = stars(row.rating)
        if rating:
            used += 8
            painter.setFont(self._small)
            painter.setPen(secondary)
            room = name_width - used
            if room > painter.fontMetrics().horizontalAdvance(rating):
                painter.drawText(QRect(left + used, top, room, self._line), _LEFT, rating)

        # Line 2: subject and first line; a check mark on the right when done.
        top2 = top + self._line + LINE_GAP
        preview_rect = QRect(left, top2, right - left, self._line)
        if row.done:
            preview_rect.setRight(right - STATE_ICON - 6)
            mark = QRect(
                right - STATE_ICON + 1,
                top2 + (self._line - STATE_ICON) // 2,
                STATE_ICON,
                STATE_ICON,
            )
            mode = QIcon.Mode.Selected if selected else QIcon.Mode.Normal
            glyph_icon("done").paint(painter, mark, Qt.AlignmentFlag.AlignCenter, mode)
        if row.deleted:
            painter.setFont(self._italic)
            painter.setPen(secondary)
            label = QCoreApplication.translate("MessageDelegate", "This message was deleted")
            painter.drawText(preview_rect, _LEFT, label)
        else:
            preview = row.preview
            if row.subject:
                preview = f"{row.subject} — {preview}" if preview else row.subject
            # Bounded before the split: a subject may be as long as anyone likes.
            preview = " ".join(bounded(preview, LINE_LIMIT).split())
            painter.setFont(self._font)
            # Read messages step back: their first line is between text and secondary.
            painter.setPen(text if unread or selected else mix(text, secondary, 0.45))
            elided = elided_line(painter.fontMetrics(), preview, preview_rect.width())
            painter.drawText(preview_rect, _LEFT, elided)
        painter.restore()

    def _paint_escalation(
        self, painter: QPainter, row: MessageRow, line: QRect, age_width: int, colour: QColor
    ) -> int:
        """The open escalation's mark ("⇡ Bob") left of the age; the width it took."""
        if not row.escalated_to:
            return 0
        painter.setFont(self._small)
        metrics = painter.fontMetrics()
        mark = elided_line(metrics, escalation_label(row.escalated_to), line.width() // 3)
        width = metrics.horizontalAdvance(mark)
        area = QRect(line.right() - age_width - 12 - width, line.top(), width, line.height())
        painter.setPen(colour)
        painter.drawText(area, _LEFT, mark)
        return width + 10


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
