"""The reading pane: one whole message as plain text, with its conversation.

Rules: message text, names and subjects are untrusted and shown only as plain
text, bounded before Qt lays them out (the text in a :class:`LongTextView`, a page
at a time; names and subjects in bounded labels); the original is opened by the
window after checking its scheme (see :mod:`socialinbox.ui.common.links`), never
by this widget. Reads are a primary-key lookup and one thread query: cheap enough for the UI thread.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from socialinbox.clock import Clock
from socialinbox.core.inbox import Inbox
from socialinbox.core.models import MessageDetail, MessageRow
from socialinbox.core.names import PHONE
from socialinbox.ui.common.formatting import (
    age_text,
    full_datetime,
    logged_by_text,
    logged_what,
    network_name,
    stars,
    translate,
)
from socialinbox.ui.common.icons import channel_icon, glyph_icon, mix
from socialinbox.ui.common.links import web_url
from socialinbox.ui.common.widgets import (
    Chip,
    LongTextView,
    bounded,
    icon_label,
    plain_label,
    scaled_font,
)
from socialinbox.ui.inbox.composer import Composer

# The conversation shows at most this many other messages (the newest ones).
THREAD_LIMIT = 50
# A card of the conversation shows the beginning of its message (the click opens it).
CARD_LIMIT = 1_000
# A name or handle longer than this is a prank; a subject longer than this, too.
NAME_LIMIT = 100
SUBJECT_LIMIT = 1_000
HEADER_ICON = 40


class ReadingPane(QScrollArea):
    """Shows the message chosen with :meth:`show_message`.

    Signals:
        open_original_requested(str): the user asked to open the original (its URL, unchecked).
        message_activated(int): a message of the conversation was clicked.
        back_requested(): Escape was pressed (return focus to the list).
        log_requested(int): *Log a call or visit…* with this contact (the message's).
        message_shown(object): the pane now shows this message (an id; None: none).
    """

    open_original_requested = Signal(str)
    log_requested = Signal(int)
    message_activated = Signal(int)
    back_requested = Signal()
    message_shown = Signal(object)

    def __init__(self, inbox: Inbox, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inbox = inbox
        self._clock = clock
        self._detail: MessageDetail | None = None
        self._signature: object = None
        self.setAccessibleName(self.tr("Reading pane"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)

        page = QWidget()
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        self._layout = QVBoxLayout(page)
        self._layout.setContentsMargins(28, 22, 28, 28)
        self._layout.setSpacing(10)
        self.setWidget(page)

        self._empty = plain_label(
            self.tr(
                "Select a message to read it.\n\n↑ ↓ or j k move through the list, Enter opens."
            ),
            wrap=True,
        )
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._empty.setAccessibleName(self.tr("No message selected"))

        # Header: icon, author, network and time, the Open original button.
        self._header = QWidget()
        header = QHBoxLayout(self._header)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(14)
        self._icon = icon_label()
        self._icon.setFixedSize(HEADER_ICON, HEADER_ICON)
        self._icon.setAccessibleName(self.tr("Network"))
        header.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        who = QVBoxLayout()
        who.setSpacing(2)
        self._author = plain_label(wrap=True, selectable=True, limit=NAME_LIMIT)
        self._author.setFont(scaled_font(self.font(), 1.3, bold=True))
        self._author.setAccessibleName(self.tr("Author"))
        self._meta = plain_label(wrap=True, selectable=True, limit=NAME_LIMIT)
        self._meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._meta.setAccessibleName(self.tr("Network and handle"))
        self._time = plain_label(wrap=True)
        self._time.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._time.setAccessibleName(self.tr("Time"))
        who.addWidget(self._author)
        who.addWidget(self._meta)
        who.addWidget(self._time)
        header.addLayout(who, 1)
        self._open = QPushButton(glyph_icon("open_link"), self.tr("Open original"))
        self._open.setAccessibleName(self.tr("Open original"))
        self._open.clicked.connect(self._request_open)
        self.log_button = QPushButton(channel_icon(PHONE), self.tr("Log call or visit…"))
        self.log_button.setAccessibleName(self.tr("Log a call or visit"))
        self.log_button.setToolTip(
            self.tr("Write down a phone call or a visit with this customer (Ctrl+L)")
        )
        self.log_button.clicked.connect(self._request_log)
        # One above the other: side by side they would squeeze the author's name.
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self._open)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        header.addLayout(buttons)

        self._chips = QWidget()
        chips = QHBoxLayout(self._chips)
        chips.setContentsMargins(0, 0, 0, 0)
        chips.setSpacing(6)
        chips.addStretch(1)
        self._chip_widgets: list[Chip] = []
        self._chips_layout = chips

        self._subject = plain_label(wrap=True, selectable=True, limit=SUBJECT_LIMIT)
        self._subject.setFont(scaled_font(self.font(), 1.08, bold=True))
        self._subject.setAccessibleName(self.tr("Subject"))
        # Any length, laid out a page at a time: a message of 1,000,000 letters without
        # a space shows at once (a label took minutes).
        self._body = LongTextView()
        self._body.setFont(scaled_font(self.font(), 1.05))
        self._body.setAccessibleName(self.tr("Message text"))

        self._thread_title = plain_label()
        self._thread_title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._thread_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._thread_box = QWidget()
        self._thread_layout = QVBoxLayout(self._thread_box)
        self._thread_layout.setContentsMargins(0, 0, 0, 0)
        self._thread_layout.setSpacing(10)

        self._rule = _rule()
        self._thread_rule = _rule()

        # Everything a message shows, top to bottom; hidden together when none is.
        self._content: tuple[QWidget, ...] = (
            self._header,
            self._chips,
            self._rule,
            self._subject,
            self._body,
            self._thread_rule,
            self._thread_title,
            self._thread_box,
        )
        for widget in (self._empty, *self._content):
            self._layout.addWidget(widget)
        self._layout.addStretch(1)
        self._composer: Composer | None = None
        self._composer_rule = _rule()
        self._show_empty()

    # -- what is shown --------------------------------------------------------

    @property
    def message_id(self) -> int | None:
        return self._detail.id if self._detail is not None else None

    @property
    def detail(self) -> MessageDetail | None:
        return self._detail

    def body_view(self) -> LongTextView:
        return self._body

    def set_composer(self, composer: Composer) -> None:
        """Show ``composer`` under each received message (once, at start-up)."""
        at = self._layout.indexOf(self._body) + 1
        self._layout.insertWidget(at, self._composer_rule)
        self._layout.insertWidget(at + 1, composer)
        self._composer = composer
        self._content = (*self._content, self._composer_rule, composer)
        composer.hide()
        self._composer_rule.hide()

    def add_section(self, section: QWidget) -> None:
        """A section under the message's text (above the reply box) that another feature
        fills for the message shown (see :attr:`message_shown`); it shows and hides itself."""
        self._layout.insertWidget(self._layout.indexOf(self._body) + 1, section)

    def show_message(self, message_id: int | None) -> None:
        """Show a message from the top, or the empty state for None."""
        if message_id is None:
            self._detail = None
            self._signature = None
            self._show_empty()
            self.message_shown.emit(None)
            return
        self._load(message_id)
        self.verticalScrollBar().setValue(0)
        self.message_shown.emit(self.message_id)

    def refresh(self) -> None:
        """Read the shown message again; rebuild only if what is shown changed."""
        if self._detail is not None:
            scroll = self.verticalScrollBar().value()
            self._load(self._detail.id)
            self.verticalScrollBar().setValue(scroll)

    def _load(self, message_id: int) -> None:
        detail = self._inbox.get(message_id)
        if detail is None:
            self._detail = None
            self._signature = None
            self._show_empty()
            return
        thread = [r for r in self._inbox.thread(message_id) if r.id != message_id][-THREAD_LIMIT:]
        # Reading a message changes nothing that is shown here.
        signature = (
            replace(detail, read=False),
            tuple(replace(r, read=False) for r in thread),
        )
        self._detail = detail
        if signature == self._signature:
            return
        self._signature = signature
        self._fill(detail, thread)

    def _show_empty(self) -> None:
        for widget in self._content:
            widget.hide()
        if self._composer is not None:
            self._composer.set_message(None)
        self._empty.show()
        self._body.set_text("")
        self._empty.setMinimumHeight(max(200, self.viewport().height() - 120))

    def _fill(self, d: MessageDetail, thread: list[MessageRow]) -> None:
        self._empty.hide()
        ratio = self.devicePixelRatioF()
        self._icon.setPixmap(channel_icon(d.channel).pixmap(QSize(HEADER_ICON, HEADER_ICON), ratio))
        self._icon.setToolTip(network_name(d.channel))
        self._author.setText(d.author_name or d.author_handle or self.tr("Unknown"))
        meta = [network_name(d.channel)]
        if d.author_handle and d.author_handle != d.author_name:
            meta.insert(0, d.author_handle)
        if d.logged_by is not None:
            meta += [logged_what(d.channel, d.inbound), logged_by_text(d.logged_by)]
        else:
            kind = _kind_label(d.kind)
            if kind.casefold() != meta[-1].casefold():
                meta.append(kind)
            if not d.inbound:
                meta.append(self.tr("sent by you"))
        if d.property_name:
            # A chain's desks share one inbox: which property the message came to.
            meta.append(self.tr("at {property}").format(property=d.property_name))
        self._meta.setText(" · ".join(meta))
        when = full_datetime(d.created_at)
        if d.edited_at is not None:
            when = self.tr("{time} (edited {edited})").format(
                time=when, edited=full_datetime(d.edited_at)
            )
        if d.claimed_time is not None:
            when = self.tr("{time} (arrival: the time the sender gave, {claimed}, was impossible)")
            when = when.format(time=full_datetime(d.created_at), claimed=d.claimed_time)
        self._time.setText(when)

        self._open.setVisible(bool(d.url))
        self.log_button.setVisible(d.contact_id is not None)
        if d.url:
            url = web_url(d.url)
            self._open.setToolTip(
                self.tr("Open the original on {host} in your browser").format(host=url.host())
                if url is not None
                else self.tr("This link is not a web address and will not be opened")
            )

        self._set_chips(d)
        self._subject.setVisible(bool(d.subject))
        self._subject.setText(d.subject or "")
        if d.deleted_at is not None:
            self._body.set_text(self.tr("This message was deleted on the network."))
            self._body.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            self._body.set_text(d.text)
            self._body.setForegroundRole(QPalette.ColorRole.Text)
        for widget in (self._header, self._chips, self._rule, self._body):
            widget.show()
        self._chips.setVisible(bool(self._chip_widgets))
        if self._composer is not None:
            # A call or visit logged by hand is answered by calling back (logged too).
            can_reply = d.inbound and d.deleted_at is None and d.logged_by is None
            self._composer.set_message(d if can_reply else None)
            self._composer.setVisible(can_reply)
            self._composer_rule.setVisible(can_reply)
        self._fill_thread(thread)

    def _set_chips(self, d: MessageDetail) -> None:
        for chip in self._chip_widgets:
            chip.hide()
            chip.deleteLater()
        self._chip_widgets = []
        labels: list[str] = []
        if d.rating is not None:
            labels.append(stars(d.rating))
        if d.needs_reply:
            labels.append(self.tr("Needs reply"))
        if d.done:
            labels.append(self.tr("Done"))
        # A call or visit logged by hand was answered as it happened: nothing to point out.
        if d.replied_at is not None and not (d.logged_by and d.replied_at == d.created_at):
            labels.append(self.tr("Replied"))
        if d.edited_at is not None:
            labels.append(self.tr("Edited"))
        if d.deleted_at is not None:
            labels.append(self.tr("Deleted"))
        for text in labels:
            chip = Chip(text)
            # Chips go before the trailing stretch, so they line up on the left.
            self._chips_layout.insertWidget(self._chips_layout.count() - 1, chip)
            self._chip_widgets.append(chip)

    def _fill_thread(self, thread: list[MessageRow]) -> None:
        while self._thread_layout.count():
            item = self._thread_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        has_thread = bool(thread)
        self._thread_rule.setVisible(has_thread)
        self._thread_title.setVisible(has_thread)
        self._thread_box.setVisible(has_thread)
        if not has_thread:
            return
        self._thread_title.setText(
            translate("ReadingPane", "Conversation · %Ln other message(s)", None, len(thread))
        )
        now = self._clock.now()
        groups: list[tuple[str | None, list[MessageRow]]] = [(None, thread)]
        if self._detail is not None:
            here = (self._detail.created_at, self._detail.id)
            earlier = [r for r in thread if (r.created_at, r.id) < here]
            later = [r for r in thread if (r.created_at, r.id) > here]
            if earlier and later:
                groups = [(self.tr("Earlier"), earlier), (self.tr("Later"), later)]
            elif later:
                groups = [(self.tr("Later replies"), later)]
        for heading, rows in groups:
            if heading is not None:
                label = plain_label(heading)
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                label.setFont(scaled_font(self.font(), 0.92))
                self._thread_layout.addWidget(label)
            for row in rows:
                card = ThreadCard(row, self._inbox.get(row.id), now)
                card.clicked.connect(self.message_activated)
                self._thread_layout.addWidget(card)

    def _request_open(self) -> None:
        if self._detail is not None and self._detail.url:
            self.open_original_requested.emit(self._detail.url)

    def _request_log(self) -> None:
        if self._detail is not None and self._detail.contact_id is not None:
            self.log_requested.emit(self._detail.contact_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ThreadCard(QFrame):
    """One other message of the conversation; the business's own replies are set apart
    (indented, tinted, an accent bar) so who said what is clear at a glance.

    Signals:
        clicked(int): the card was clicked (the message id).
    """

    clicked = Signal(int)

    def __init__(
        self,
        row: MessageRow,
        detail: MessageDetail | None,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._row = row
        self._ours = not row.inbound
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        left = 16 if not self._ours else 20
        layout.setContentsMargins(left, 10, 14, 12)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.setSpacing(8)
        icon = icon_label()
        icon.setPixmap(channel_icon(row.channel).pixmap(QSize(16, 16), self.devicePixelRatioF()))
        heading.addWidget(icon)
        author = row.author
        if self._ours:
            author = self.tr("You · {name}").format(name=author)
        name = plain_label(author)
        name.setFont(scaled_font(self.font(), 1.0, bold=True))
        heading.addWidget(name, 1)
        age = plain_label(age_text(now, row.created_at))
        age.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        age.setToolTip(full_datetime(row.created_at))
        heading.addWidget(age)
        layout.addLayout(heading)
        if detail is not None and detail.deleted_at is None:
            text = detail.text
        elif detail is not None:
            text = self.tr("This message was deleted on the network.")
        else:
            text = row.preview
        body = plain_label(bounded(text, CARD_LIMIT), wrap=True, selectable=False)
        layout.addWidget(body)
        kind = self.tr("your reply") if self._ours else self.tr("message")
        self.setAccessibleName(self.tr("{kind} from {author}").format(kind=kind, author=row.author))
        if self._ours:
            self.setContentsMargins(48, 0, 0, 0)
        else:
            self.setContentsMargins(0, 0, 48, 0)

    @property
    def ours(self) -> bool:
        return self._ours

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        rect = QRectF(self.contentsRect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self._ours:
            accent = palette.color(QPalette.ColorRole.Accent)
            fill = mix(base, accent, 0.08)
            border = mix(base, accent, 0.35)
        else:
            fill = mix(base, text, 0.03)
            border = mix(base, text, 0.14)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        if self._ours:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Accent))
            bar = QRectF(rect.left(), rect.top() + 8, 4, rect.height() - 16)
            painter.drawRoundedRect(bar, 2, 2)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self._row.id)
            event.accept()
            return
        super().mousePressEvent(event)


def _rule() -> QFrame:
    """A thin horizontal line in the palette's mid colour."""
    rule = QFrame()
    rule.setFrameShape(QFrame.Shape.HLine)
    rule.setFrameShadow(QFrame.Shadow.Plain)
    rule.setForegroundRole(QPalette.ColorRole.Mid)
    return rule


def _kind_label(kind: str) -> str:
    labels = {
        "mention": QCoreApplication.translate("MessageKind", "mention"),
        "direct": QCoreApplication.translate("MessageKind", "direct message"),
        "comment": QCoreApplication.translate("MessageKind", "comment"),
        "review": QCoreApplication.translate("MessageKind", "review"),
        "email": QCoreApplication.translate("MessageKind", "e-mail"),
        "reply": QCoreApplication.translate("MessageKind", "reply"),
    }
    return labels.get(kind, kind)
