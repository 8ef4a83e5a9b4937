"""Paints one message row: network icon, author, tone marker, first line, age or waiting
timer, unread dot.

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
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from socialinbox.core.models import MessageRow
from socialinbox.core.tone import Tone, tone_of
from socialinbox.core.waiting import Waiting
from socialinbox.ui.common.formatting import age_text, stars, waiting_text
from socialinbox.ui.common.icons import channel_icon, glyph_icon, mix
from socialinbox.ui.common.people_marks import VIP_STAR, escalation_label, vip_colour
from socialinbox.ui.common.widgets import LINE_LIMIT, bounded, elided_line
from socialinbox.ui.inbox.message_model import ROW_ROLE, WAITING_ROLE
from socialinbox.ui.shell.theme import error_colour, positive_colour, warning_colour

# Layout, in device-independent pixels.
PAD_X = 10
PAD_Y = 9
DOT_ZONE = 16
DOT_SIZE = 8
ICON_SIZE = 28
ICON_GAP = 12
LINE_GAP = 3
STATE_ICON = 14
TONE_GAP = 7


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

        # Line 1: author (bold when unread), tone, rating; age or waiting timer on the right.
        waiting: Waiting | None = index.data(WAITING_ROLE)
        painter.setFont(self._font)
        line1 = QRect(left, top, right - left, self._line)
        if waiting is not None:
            age_width = self._paint_waiting(painter, line1, waiting, palette, selected, text)
        else:
            age = age_text(self._now(), row.created_at)
            age_width = painter.fontMetrics().horizontalAdvance(age)
            painter.setPen(text if unread and not selected else secondary)
            painter.drawText(
                line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, age
            )

        name_width = max(0, line1.width() - age_width - 12)
        name_width -= self._paint_escalation(painter, row, line1, age_width, secondary)
        name_font = self._bold if unread else self._font
        painter.setFont(name_font)
        # The VIP star and the tone marker keep their room: a long name is elided first.
        star_width = painter.fontMetrics().horizontalAdvance(VIP_STAR) + 6 if row.vip else 0
        tone = tone_of(row.sentiment)
        marker = self._marker_size() + TONE_GAP if tone in ("negative", "positive") else 0
        name = elided_line(
            painter.fontMetrics(), row.author, max(0, name_width - star_width - marker)
        )
        painter.setPen(text)
        painter.drawText(QRect(left, top, name_width, self._line), _LEFT, name)
        used = painter.fontMetrics().horizontalAdvance(name)
        if row.vip:
            painter.setPen(vip_colour(palette, selected))
            painter.drawText(QRect(left + used + 6, top, star_width, self._line), _LEFT, VIP_STAR)
            used += star_width
        if tone in ("negative", "positive") and name_width >= used + marker:
            used += TONE_GAP
            used += self._paint_tone(painter, left + used, top, tone, palette, selected, text)
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

    def _paint_waiting(
        self,
        painter: QPainter,
        line: QRect,
        waiting: Waiting,
        palette: QPalette,
        selected: bool,
        text: QColor,
    ) -> int:
        """The timer of a Needs reply row at the right of ``line``: "waiting 2 h 10 min",
        amber near its target and red past it. Returns its width."""
        label = waiting_text(waiting)
        painter.setFont(self._font)
        if selected:
            painter.setPen(text)
        elif waiting.state == "over":
            painter.setPen(error_colour(palette))
        elif waiting.state == "near":
            painter.setPen(warning_colour(palette))
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        return painter.fontMetrics().horizontalAdvance(label)

    def _paint_tone(
        self,
        painter: QPainter,
        x: int,
        top: int,
        tone: Tone,
        palette: QPalette,
        selected: bool,
        text: QColor,
    ) -> int:
        """A small face after the author's name: smiling (positive) or frowning (negative),
        in green or red. Returns the width it took (the row's tooltip says it in words)."""
        size = self._marker_size()
        colour = (
            text
            if selected
            else (error_colour(palette) if tone == "negative" else positive_colour(palette))
        )
        face = QRectF(x + 0.5, top + (self._line - size) / 2 + 0.5, size - 1, size - 1)
        painter.save()
        pen = QPen(colour, max(1.3, size / 10))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(face)
        eye = max(1.6, size / 7.5)
        painter.setBrush(colour)
        for dx in (0.34, 0.66):
            painter.drawEllipse(
                QPointF(face.left() + face.width() * dx, face.top() + face.height() * 0.38),
                eye / 2,
                eye / 2,
            )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        mouth = QRectF(
            face.left() + face.width() * 0.28,
            face.top() + face.height() * (0.42 if tone == "positive" else 0.62),
            face.width() * 0.44,
            face.height() * 0.32,
        )
        # Qt angles are in 1/16 degree: the lower half of an ellipse smiles, the upper frowns.
        if tone == "positive":
            painter.drawArc(mouth, -20 * 16, -140 * 16)
        else:
            painter.drawArc(mouth, 20 * 16, 140 * 16)
        painter.restore()
        return size + TONE_GAP

    def _marker_size(self) -> int:
        return max(11, round(self._line * 0.8))


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
