"""Small building blocks shared by the window's parts.

Rules: every label that may show text from the network is made with
:func:`plain_label` (``Qt.PlainText``: QLabel would otherwise guess rich text) or is
an :class:`ElidedLabel`; a text of any length (a message) is shown by
:class:`LongTextView`. None of them hands Qt more than a bounded amount of text to
lay out at once: Qt's line breaking is quadratic in the length of a run without a
break opportunity (60,000 letters take seconds, 1,000,000 a minute).
"""

from __future__ import annotations

import html
import math
import unicodedata

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from socialinbox.ui.common.formatting import translate
from socialinbox.ui.common.icons import mix

# A wrapping label shows at most this many characters, a one-line label this many
# (more never fits on a line); the rest is cut with "…".
LABEL_LIMIT = 5_000
LINE_LIMIT = 500
# Runs longer than this without a space get invisible break opportunities in labels.
BREAK_RUN = 40
_ZERO_WIDTH_SPACE = "\u200b"
# Unicode's stream-safe text format allows 30 marks in a row.
STACKED_MARKS = 30
# Characters that belong to the character before them: never break before one.
_JOINERS = frozenset("\u200c\u200d\u034f") | frozenset(chr(c) for c in range(0xFE00, 0xFE10))


def bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with "…" when it was longer."""
    return text if len(text) <= limit else text[:limit] + "…"


def elided_line(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` on one line of ``width`` pixels, cut with "…"; Qt measures at most
    :data:`LINE_LIMIT` characters of it (a 1 MB first line paints as fast as a word)."""
    return metrics.elidedText(bounded(text, LINE_LIMIT), Qt.TextElideMode.ElideRight, width)


def breakable(text: str, run: int = BREAK_RUN) -> str:
    """``text`` with a zero-width space in every ``run`` characters without a space,
    so that a label wraps a long word (a URL, a hostile message) instead of laying out
    one endless line; never inside a character and its combining marks or joiners."""
    if len(text) <= run:
        return text
    pieces: list[str] = []
    since_break = 0
    for char in text:
        if char.isspace():
            since_break = 0
        elif since_break >= run and not _clings(char):
            pieces.append(_ZERO_WIDTH_SPACE)
            since_break = 0
        pieces.append(char)
        since_break += 1
    return "".join(pieces)


def stream_safe(text: str, most: int = STACKED_MARKS) -> str:
    """``text`` with at most ``most`` marks stacked on one character (the rest dropped),
    as Unicode's stream-safe format bounds them: ten thousand stacked marks are one
    cluster that Qt lays out for seconds and that no font can draw anyway."""
    pieces: list[str] = []
    stacked = 0
    for char in text:
        stacked = stacked + 1 if _clings(char) else 0
        if stacked <= most:
            pieces.append(char)
    return "".join(pieces)


def _clings(char: str) -> bool:
    """Whether ``char`` belongs to the character before it: a combining mark, a
    joiner or variation selector, a skin-tone modifier or an emoji tag."""
    return (
        char in _JOINERS
        or unicodedata.category(char) in ("Mn", "Me", "Mc")
        or 0x1F3FB <= ord(char) <= 0x1F3FF
        or 0xE0020 <= ord(char) <= 0xE007F
    )


class PlainLabel(QLabel):
    """A label that shows its text literally and bounded; made by :func:`plain_label`.

    :meth:`text` returns the text as given; what is laid out is at most
    ``limit`` characters, with break opportunities (zero-width spaces) in long words
    when it wraps, which a copy of the selection leaves out.
    """

    def __init__(self, parent: QWidget | None = None, *, limit: int = LINE_LIMIT) -> None:
        super().__init__(parent)
        self._text = ""
        self._limit = limit

    def setText(self, text: str) -> None:
        self._text = text
        shown = bounded(text, self._limit)
        super().setText(breakable(shown) if self.wordWrap() else shown)

    def setWordWrap(self, on: bool) -> None:
        super().setWordWrap(on)
        self.setText(self._text)

    def text(self) -> str:
        return self._text

    def copy_selection(self) -> None:
        """Put the selected text on the clipboard without the added break opportunities."""
        selected = self.selectedText().replace(_ZERO_WIDTH_SPACE, "")
        if selected:
            QGuiApplication.clipboard().setText(selected)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.hasSelectedText() and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self.hasSelectedText():
            super().contextMenuEvent(event)
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Copy"), self.copy_selection)
        menu.exec(event.globalPos())


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    selectable: bool = False,
    limit: int | None = None,
) -> PlainLabel:
    """A label that shows ``text`` literally, never as rich text or a link, and never
    lays out more than ``limit`` characters (by default :data:`LABEL_LIMIT` when it
    wraps, :data:`LINE_LIMIT` when not)."""
    label = PlainLabel(parent, limit=limit or (LABEL_LIMIT if wrap else LINE_LIMIT))
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
    shown = breakable(bounded(text, LABEL_LIMIT))
    escaped = html.escape(shown, quote=False).replace("\n", "<br>")
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


class ElidedLabel(PlainLabel):
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
        text = elided_line(self.fontMetrics(), QLabel.text(self), rect.width())
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


# The reading view lays out this many characters at first, and this many more for
# each "Show more"; each page is its own paragraph, so Qt lays out only what is new.
FIRST_PAGE = 10_000
PAGE = 10_000
PAGES_PER_STEP = 4


class LongTextView(QWidget):
    """Plain text of any length, selectable, wrapped anywhere a line must break.

    It shows the first :data:`FIRST_PAGE` characters and a "Show more" button for the
    rest, which adds :data:`PAGES_PER_STEP` pages at a time. Pages are cut after a
    line break where one is near, else exactly: a cut may start a new line early
    (a copy then holds a line break there). More than :data:`STACKED_MARKS` marks on
    one character are not shown. Never rich text, never a link.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._shown = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._view = _FittedTextEdit()
        self._more = QPushButton()
        self._more.clicked.connect(self.show_more)
        self._more.hide()
        layout.addWidget(self._view)
        layout.addWidget(self._more, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)

    def text(self) -> str:
        """The whole text, as given."""
        return self._text

    def shown_text(self) -> str:
        """The part laid out so far (pages joined by line breaks)."""
        return self._view.toPlainText()

    def shown_length(self) -> int:
        """How many characters of :meth:`text` are shown."""
        return self._shown

    def more_button(self) -> QPushButton:
        return self._more

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self._view.setAccessibleName(name)

    def setForegroundRole(self, role: QPalette.ColorRole) -> None:
        super().setForegroundRole(role)
        palette = self._view.palette()
        palette.setColor(QPalette.ColorRole.Text, self.palette().color(role))
        self._view.setPalette(palette)

    def set_text(self, text: str) -> None:
        """Show ``text`` from its beginning (one page of it)."""
        self._text = text
        self._shown = 0
        self._view.clear()
        self._append(FIRST_PAGE)

    def show_more(self) -> None:
        """Lay out the next pages of the text."""
        self._append(PAGE * PAGES_PER_STEP)

    def _append(self, budget: int) -> None:
        cursor = QTextCursor(self._view.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        end = min(len(self._text), self._shown + budget)
        while self._shown < end:
            stop = _page_end(self._text, self._shown, min(end, self._shown + PAGE))
            page = self._text[self._shown : stop]
            if self._shown > 0:
                # A new paragraph: in place of the line break the page ended with, or
                # a forced one, so that Qt lays out this page alone.
                cursor.insertBlock()
            cursor.insertText(stream_safe(page[:-1] if page.endswith("\n") else page))
            self._shown = stop
        self._view.fit()
        left = len(self._text) - self._shown
        self._more.setVisible(left > 0)
        if left > 0:
            self._more.setText(
                translate("LongTextView", "Show more (%Ln more character(s))", None, left)
            )


def _page_end(text: str, start: int, limit: int) -> int:
    """Where a page from ``start`` ends (after ``start``, at most at ``limit``): after
    the last line break in its second half, else at ``limit`` moved back before the
    marks that belong to a character."""
    if limit >= len(text):
        return len(text)
    newline = text.rfind("\n", (start + limit) // 2, limit)
    if newline >= 0:
        return newline + 1
    stop = limit
    while stop > max(start + 1, limit - STACKED_MARKS) and _clings(text[stop]):
        stop -= 1
    # Marks stacked deeper than that are dropped anyway (see stream_safe).
    return stop if not _clings(text[stop]) else limit


class _FittedTextEdit(QTextEdit):
    """A read-only plain-text view as tall as its text: the page scrolls, not the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextEdit { background: transparent; }")

    def fit(self) -> None:
        """Take the height of the laid-out text (call after changing the text)."""
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # lays the text out again for the new width
        if event.size().width() != event.oldSize().width():
            self.fit()

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.height())

    def sizeHint(self) -> QSize:
        return QSize(200, self.height())

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Nothing to scroll here: the page around it scrolls.
        event.ignore()
