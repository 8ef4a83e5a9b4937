"""Small building blocks shared by the window's parts.

Rule: every label that may show text from the network is made with
:func:`plain_label` (``Qt.PlainText``: QLabel would otherwise guess rich text).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from socialinbox.ui.common.icons import mix


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    selectable: bool = False,
) -> QLabel:
    """A QLabel that shows ``text`` literally, never as rich text or a link."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        if selectable
        else Qt.TextInteractionFlag.NoTextInteraction
    )
    if wrap:
        label.setWordWrap(True)
        # A long unbroken word (a URL) must not widen the whole pane.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(40)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (Qt guesses rich text in tooltips too)."""
    escaped = html.escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>" if text else ""


def icon_label(parent: QWidget | None = None) -> QLabel:
    """A label for a pixmap (plain text too, so no label here ever guesses rich text)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


class ElidedLabel(QLabel):
    """A one-line plain-text label that shortens its text with "…" instead of growing."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(20, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)
        painter.end()


class Chip(QLabel):
    """A small rounded label for a state ("Needs reply", "Done"), in palette colours."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setContentsMargins(8, 2, 8, 2)
        self.setFont(scaled_font(self.font(), 0.9))
        self.setForegroundRole(QPalette.ColorRole.WindowText)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = mix(
            palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Text), 0.1
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.end()
        super().paintEvent(event)


def page_heading(title: QLabel, subtitle: QLabel) -> QWidget:
    """The heading of a page: a large title, and a quieter line (counts) at its right."""
    title.setFont(scaled_font(title.font(), 1.25, bold=True))
    subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    heading = QWidget()
    layout = QHBoxLayout(heading)
    layout.setContentsMargins(16, 12, 14, 8)
    layout.addWidget(title, 1)
    layout.addWidget(subtitle, 0, Qt.AlignmentFlag.AlignBottom)
    return heading
