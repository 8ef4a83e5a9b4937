"""The stacked bar chart of response levels per week, painted with QPainter (Qt's chart
module is not part of PySide6-Essentials).

Rules: it paints :class:`~socialinbox.ui.insights.chart_model.LevelChartModel` and
nothing else; colours come from the palette and ``theme.level_colours`` (so a theme
change repaints it right); a segment's tooltip says its week, level and count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from socialinbox.core.insights import WAITING
from socialinbox.ui.common.formatting import number_text, translate
from socialinbox.ui.common.icons import mix
from socialinbox.ui.common.widgets import scaled_font
from socialinbox.ui.insights.chart_model import LevelChartModel
from socialinbox.ui.shell.theme import level_colours

PAD = 12
SWATCH = 12
LEGEND_GAP = 18
TICK = 4


@dataclass(frozen=True, slots=True)
class _Segment:
    rect: QRectF
    bar: int
    key: str


def level_names() -> dict[str, str]:
    """What each level means, as the legend and tooltips say it (translated)."""
    return {
        "0": translate("LevelChart", "0 · no answer"),
        "1": translate("LevelChart", "1 · days later"),
        "2": translate("LevelChart", "2 · within a day"),
        "3": translate("LevelChart", "3 · within the hour"),
        "4": translate("LevelChart", "4 · + private message or call"),
        "5": translate("LevelChart", "5 · + e-mail"),
        "6": translate("LevelChart", "6 · + in person"),
        WAITING: translate("LevelChart", "waiting"),
    }


def week_label(day: date) -> str:
    """A week's Monday as the axis shows it ("2 Mar")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class LevelChart(QWidget):
    """Bars of levels per week, a legend above, the messages axis at the left."""

    def __init__(self, model: LevelChartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._segments: list[_Segment] = []
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Response levels per week"))
        model.on_changed(self._model_changed)

    def sizeHint(self) -> QSize:
        return QSize(720, 340)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 220)

    def _model_changed(self) -> None:
        weeks = len(self.model.bars)
        messages = sum(self.model.totals())
        self.setAccessibleDescription(
            self.tr("{messages} over {weeks}").format(
                messages=translate("LevelChart", "%n message(s)", None, messages),
                weeks=translate("LevelChart", "%n week(s)", None, weeks),
            )
        )
        self.update()

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        colours = level_colours(palette)
        area = self.rect().adjusted(PAD, PAD, -PAD, -PAD)
        legend_bottom = self._paint_legend(painter, area, colours, text)
        plot_area = area.adjusted(0, legend_bottom - area.top() + PAD, 0, 0)
        self._segments = []
        if self.model.is_empty:
            painter.setPen(quiet)
            painter.drawText(
                plot_area, Qt.AlignmentFlag.AlignCenter, self.tr("No messages in this period")
            )
            return
        self._paint_bars(painter, plot_area, colours, text, quiet)

    def _paint_legend(
        self, painter: QPainter, area: QRect, colours: tuple[QColor, ...], text: QColor
    ) -> int:
        """The legend in rows across the top; returns where it ends."""
        metrics = QFontMetrics(self.font())
        names = level_names()
        x, y = area.left(), area.top()
        line = max(metrics.height(), SWATCH)
        for key, colour in zip(self.model.series, colours, strict=True):
            name = names[key]
            width = SWATCH + 6 + metrics.horizontalAdvance(name)
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + line + 6
            swatch = QRectF(x, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(text)
            painter.drawText(
                QRect(x + SWATCH + 6, y, width, line), Qt.AlignmentFlag.AlignVCenter, name
            )
            x += width + LEGEND_GAP
        return y + line

    def _paint_bars(
        self,
        painter: QPainter,
        area: QRect,
        colours: tuple[QColor, ...],
        text: QColor,
        quiet: QColor,
    ) -> None:
        metrics = QFontMetrics(self.font())
        small = scaled_font(self.font(), 0.9)
        small_metrics = QFontMetrics(small)
        ticks = self.model.ticks()
        top_value = ticks[-1]
        axis_title = self.tr("Messages")
        week_title = self.tr("Week starting")
        label_width = max(small_metrics.horizontalAdvance(str(t)) for t in ticks)
        left = area.left() + metrics.height() + 6 + label_width + TICK + 4
        bottom = area.bottom() - metrics.height() - 6 - small_metrics.height() - TICK - 2
        plot = QRectF(
            QPointF(left, area.top() + small_metrics.height() / 2), QPointF(area.right(), bottom)
        )
        grid = mix(quiet, self.palette().color(QPalette.ColorRole.Base), 0.6)

        # The value axis: gridlines, tick labels, its title turned on its side.
        painter.setFont(small)
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top_value
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(quiet)
            label = QRectF(plot.left() - TICK - 4 - label_width, y - 10, label_width, 20)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick)
            )
        painter.setFont(self.font())
        painter.setPen(text)
        painter.save()
        painter.translate(area.left(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            axis_title,
        )
        painter.restore()

        # The bars, each a stack of its levels from 0 at the bottom.
        bars = self.model.bars
        slot = plot.width() / len(bars)
        width = max(2.0, min(slot * 0.7, 56.0))
        separator = self.palette().color(QPalette.ColorRole.Base)
        every = max(1, int(small_metrics.horizontalAdvance("00 Mmm ") // max(slot, 1)) + 1)
        for index, bar in enumerate(bars):
            x = plot.left() + slot * index + (slot - width) / 2
            y = plot.bottom()
            for key, value, colour in zip(self.model.series, bar.values, colours, strict=True):
                if not value:
                    continue
                height = plot.height() * value / top_value
                rect = QRectF(x, y - height, width, height)
                painter.setPen(QPen(separator, 1))
                painter.setBrush(colour)
                painter.drawRect(rect)
                self._segments.append(_Segment(rect, index, key))
                y -= height
            if index % every == 0:
                painter.setFont(small)
                painter.setPen(quiet)
                painter.drawText(
                    QRectF(
                        x + width / 2 - slot * every / 2,
                        plot.bottom() + TICK,
                        slot * every,
                        small_metrics.height() + 2,
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    week_label(bar.week),
                )
        painter.setPen(QPen(quiet, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setFont(self.font())
        painter.setPen(text)
        painter.drawText(
            QRectF(plot.left(), area.bottom() - metrics.height(), plot.width(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            week_title,
        )

    # -- tooltips ---------------------------------------------------------------------

    def segment_at(self, x: float, y: float) -> tuple[int, str] | None:
        """The (bar, level key) painted at a point, None between bars."""
        for segment in self._segments:
            if segment.rect.contains(QPointF(x, y)):
                return segment.bar, segment.key
        return None

    def segment_rect(self, bar: int, key: str) -> QRectF | None:
        """Where the segment of level ``key`` in bar ``bar`` was painted (None: it was not)."""
        for segment in self._segments:
            if (segment.bar, segment.key) == (bar, key):
                return segment.rect
        return None

    def tooltip_text(self, bar: int, key: str) -> str:
        week = self.model.bars[bar]
        count = self.model.value(bar, key)
        share = QLocale().toString(100 * count / week.total, "f", 0) if week.total else "0"
        return self.tr("Week of {week}\n{level}: {count} ({share} % of {total})").format(
            week=QLocale().toString(
                QDate(week.week.year, week.week.month, week.week.day), QLocale.FormatType.LongFormat
            ),
            level=level_names()[key],
            count=translate("LevelChart", "%n message(s)", None, count),
            share=share,
            total=number_text(week.total),
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.segment_at(event.pos().x(), event.pos().y())
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(*found), self)
            return True
        return super().event(event)
