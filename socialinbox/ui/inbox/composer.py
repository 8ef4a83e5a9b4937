"""The composer under a message in the reading pane: write a reply and queue it.

Rules: the text is plain text (a QPlainTextEdit; nothing is ever rendered as
rich text); the counter measures the text exactly as the service will (the
connector's :class:`TextLimit` and :func:`measure`, graphemes for Bluesky), so
the button is disabled precisely when the service would refuse. The reply goes
out on the message's own channel, or — chosen in "Reply on ▾" — as a follow-up
on another channel of the same customer that a connected account sends on
(:meth:`Outbox.reply_channels`); the limit and counter are then that channel's.
A review on a site without a reply API (``Network.replies_on_site``: Yelp,
Tripadvisor, Booking.com) is answered on the site: for it the composer offers
*Open on the site* and *Mark answered on the site* instead of the editor (the
requests :attr:`Composer.open_site_requested` and :attr:`Composer.answered_on_site_requested`),
while follow-ups on the customer's other channels stay in "Reply on ▾". A private
message on a network with a messaging window (Messenger, Instagram:
``Network.direct_reply_window``) past its 7 days cannot be answered in place: its own
channel stays first in "Reply on ▾" with the reason, and the customer's other channels
follow; between 24 hours and 7 days the composer says that only a person's reply goes.
Queueing is a request (:attr:`Composer.queue_requested`): the window runs the
write on the writer thread and reports back with :meth:`Composer.reply_queued`
or :meth:`Composer.queue_failed`. Reads (the limit, pinned notes, channels,
earlier replies) are primary-key-sized and run on the UI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core.connector import TextLimit
from socialinbox.core.contacts import Contacts
from socialinbox.core.messaging_window import HUMAN_AGENT_WINDOW, ReplyWindow, WindowState
from socialinbox.core.models import MessageDetail
from socialinbox.core.notes import Notes
from socialinbox.core.outbox import QUEUED_OR_SENT_STATES
from socialinbox.core.outbox_service import Outbox, OutboxItemView, ReplyChannel
from socialinbox.core.templates import Template, Templates, unfilled_fields
from socialinbox.core.textlimit import measure
from socialinbox.ui.common.customer_brief import customer_brief
from socialinbox.ui.common.formatting import network_name, translate
from socialinbox.ui.common.icons import channel_icon, glyph_icon
from socialinbox.ui.common.links import web_url
from socialinbox.ui.common.networks import current_networks
from socialinbox.ui.common.outbox_states import state_name
from socialinbox.ui.common.widgets import plain_label, scaled_font

log = logging.getLogger(__name__)


def state_words(item: OutboxItemView) -> str:
    """Where a reply is, in words for the person who wrote it."""
    state = item.state
    if state == "draft" and item.review_comment:
        return translate("Composer", "Sent back by the reviewer: {comment}").format(
            comment=item.review_comment
        )
    if state == "failed" and item.last_error:
        return translate("Composer", "Failed: {error}").format(error=item.last_error)
    words = {
        "draft": translate("Composer", "Draft: not queued yet"),
        "awaiting_review": translate("Composer", "Waiting for review"),
        "approved": translate("Composer", "Will be sent when online"),
        "sending": translate("Composer", "Sending…"),
        "sent": translate("Composer", "Sent"),
        "failed": translate("Composer", "Failed"),
        "outcome_unknown": translate("Composer", "May or may not have arrived: check the Outbox"),
        "discarded": translate("Composer", "Discarded"),
    }
    return words.get(state) or state_name(state)


class ReplyEditor(QPlainTextEdit):
    """The editor; keeps to a few lines and grows a little with the text."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * 6 + 16)


class Composer(QFrame):
    """Writing a reply to the message given with :meth:`set_message`.

    Signals:
        queue_requested(int, str, str): queue ``text`` as a reply to the message id, on
            the channel named last ("" for the message's own channel).
    """

    queue_requested = Signal(int, str, str)
    # A review answered on its site: open the review's link / mark the message id answered.
    open_site_requested = Signal(str)
    answered_on_site_requested = Signal(int)

    def __init__(
        self,
        outbox: Outbox,
        notes: Notes,
        contacts: Contacts,
        parent: QWidget | None = None,
        templates: Templates | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._outbox = outbox
        self._notes = notes
        self._contacts = contacts
        self._detail: MessageDetail | None = None
        self._limit: TextLimit | None = None
        self._channels: list[ReplyChannel] = []
        self._window: WindowState | None = None
        self._limits: dict[tuple[int, str], TextLimit | None] = {}
        self._drafts: dict[int, str] = {}
        self._busy = False
        self._warning_text = ""
        self._duplicate = False
        self.setAccessibleName(self.tr("Reply"))
        self.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)

        title_row = QHBoxLayout()
        title_row.setSpacing(8)
        self._title = plain_label(self.tr("Reply"))
        self._title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self._title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.channel_choice = QComboBox()
        self.channel_choice.setAccessibleName(self.tr("Reply on"))
        self.channel_choice.setToolTip(
            self.tr(
                "Reply in this conversation, or follow up on another of the customer's channels"
            )
        )
        # A long address must not widen the reading pane: the box stays modest and
        # its list opens as wide as its entries (see _list_channels).
        self.channel_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.channel_choice.setMinimumContentsLength(12)
        self.channel_choice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.channel_choice.currentIndexChanged.connect(self._channel_chosen)
        title_row.addWidget(self._title, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.channel_choice, 1)
        title_row.addStretch(0)
        layout.addLayout(title_row)

        self._customer = plain_label(wrap=True)
        self._customer.setAccessibleName(self.tr("Customer notes"))
        self._customer.setForegroundRole(QPalette.ColorRole.WindowText)
        self._customer.setFont(scaled_font(self.font(), 0.95))
        layout.addWidget(self._customer)

        self.editor = ReplyEditor()
        self.editor.setAccessibleName(self.tr("Reply text"))
        self.editor.setPlaceholderText(self.tr("Write a reply…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.editor)

        self._warning = plain_label(wrap=True)
        self._warning.setAccessibleName(self.tr("Warning"))
        self._warning.setForegroundRole(QPalette.ColorRole.Link)
        layout.addWidget(self._warning)

        row = QHBoxLayout()
        row.setSpacing(12)
        self._counter = plain_label()
        self._counter.setAccessibleName(self.tr("Length"))
        self._counter.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status = plain_label(wrap=True)
        self.status.setAccessibleName(self.tr("Reply status"))
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.queue_button = QPushButton(self.tr("Queue reply"))
        self.queue_button.setAccessibleName(self.tr("Queue reply"))
        self.queue_button.setToolTip(self.tr("Queue the reply (Ctrl+Enter)"))
        self.queue_button.setDefault(False)
        self.queue_button.setAutoDefault(False)
        self.queue_button.clicked.connect(self.queue)
        self.templates_button = QToolButton()
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setAccessibleName(self.tr("Insert a template"))
        self.templates_button.setToolTip(
            self.tr("Insert a canned reply filled in for this customer")
        )
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(self._list_templates)
        self.templates_button.setMenu(self.templates_menu)
        self.templates_button.setVisible(templates is not None)
        row.addWidget(self._counter, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.status, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)
        layout.addWidget(self._build_site_box())

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.queue)
        self._update()

    def _build_site_box(self) -> QWidget:
        """What stands in for the editor on a review answered on its site."""
        self.site_box = QWidget()
        box = QVBoxLayout(self.site_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.site_note = plain_label(wrap=True)
        self.site_note.setAccessibleName(self.tr("Replying on the site"))
        box.addWidget(self.site_note)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.open_site_button = QPushButton(glyph_icon("open_link"), self.tr("Open on the site"))
        self.open_site_button.setAccessibleName(self.tr("Open on the site"))
        self.open_site_button.setToolTip(self.tr("Open the review in your browser to answer it"))
        self.open_site_button.clicked.connect(self._open_site)
        self.answered_button = QPushButton(glyph_icon("done"), self.tr("Mark answered on the site"))
        self.answered_button.setAccessibleName(self.tr("Mark answered on the site"))
        self.answered_button.setToolTip(
            self.tr("You answered on the site: it stops needing a reply (Ctrl+Shift+D)")
        )
        self.answered_button.clicked.connect(self._answered_on_site)
        for button in (self.open_site_button, self.answered_button):
            button.setAutoDefault(False)
        buttons.addWidget(self.open_site_button)
        buttons.addWidget(self.answered_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.site_box.setVisible(False)
        return self.site_box

    # -- templates ----------------------------------------------------------------

    def _list_templates(self) -> None:
        self.templates_menu.clear()
        templates = self._templates.list_templates() if self._templates is not None else []
        for template in templates:
            action = self.templates_menu.addAction(template.name)
            action.triggered.connect(lambda _checked=False, t=template: self.use_template(t))
        if not templates:
            self.templates_menu.addAction(self.tr("No templates yet")).setEnabled(False)

    def use_template(self, template: Template) -> bool:
        """Insert ``template`` filled for this message, in the customer's language when the
        template has a text for it; refuse, naming any unknown field."""
        if self._templates is None or self._detail is None:
            return False
        filled = self._templates.fill_template(template, self._detail.id)
        if filled.text is None:
            fields = ", ".join("{" + m + "}" for m in filled.missing)
            self._warning.setText(
                self.tr("“{name}” was not used: nothing is known for {fields}.").format(
                    name=template.name, fields=fields
                )
            )
            return False
        self.editor.insertPlainText(filled.text)
        self.editor.setFocus()
        return True

    def offer_text(self, text: str) -> None:
        """A suggested reply for the message shown: it fills an empty editor (a draft
        already begun is kept) and the editor takes the focus, to edit and queue."""
        if self._detail is None:
            return
        if not self.editor.toPlainText().strip():
            self.editor.setPlainText(text)
        self.editor.setFocus()
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    # -- the message ------------------------------------------------------------

    @property
    def message_id(self) -> int | None:
        return self._detail.id if self._detail is not None else None

    def set_message(self, detail: MessageDetail | None) -> None:
        """Write to ``detail`` (None: nothing). The same message again keeps the text."""
        same = detail is not None and detail.id == self.message_id
        if not same and self._detail is not None:
            text = self.editor.toPlainText()
            if text.strip():
                self._drafts[self._detail.id] = text
            else:
                self._drafts.pop(self._detail.id, None)
        self._detail = detail
        if detail is None:
            return
        self._window = self._reply_window(detail)
        if not same:
            self._warning_text = ""
            self._busy = False
            self.editor.blockSignals(True)
            self.editor.setPlainText(self._drafts.pop(detail.id, ""))
            self.editor.blockSignals(False)
            self._list_channels(detail)
            self._show_customer(detail)
        else:
            self._show_site_box()  # answered meanwhile, say
        self.refresh_status()

    # -- the channel ------------------------------------------------------------------

    def _reply_window(self, detail: MessageDetail) -> WindowState | None:
        try:
            return self._outbox.reply_window(detail.id)
        except Exception:
            log.exception("No messaging window for message %s", detail.id)
            return None

    def window_closed(self) -> bool:
        """Whether the message's messaging window has closed (no reply in place)."""
        return self._window is not None and self._window.window is ReplyWindow.CLOSED

    def _list_channels(self, detail: MessageDetail) -> None:
        """Fill "Reply on ▾": the message's channel (chosen), then the customer's others."""
        try:
            self._channels = self._outbox.reply_channels(detail.id)
        except Exception:
            log.exception("No reply channels for message %s", detail.id)
            self._channels = []
        if not self._channels or self.answered_on_site_only(detail) or self.window_closed():
            # A site review has no reply from here (the service leaves it out): its own
            # channel stands first all the same, as the way to answer on the site.
            own = ReplyChannel(detail.channel, detail.account_id, None, same=True, preferred=False)
            self._channels = [own, *(c for c in self._channels if not c.same)]
        self.channel_choice.blockSignals(True)
        self.channel_choice.clear()
        for option in self._channels:
            self.channel_choice.addItem(channel_icon(option.channel), self._option_text(option))
            self.channel_choice.setItemData(
                self.channel_choice.count() - 1,
                self._option_tip(option),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.channel_choice.setCurrentIndex(0)
        self.channel_choice.blockSignals(False)
        metrics = self.channel_choice.fontMetrics()
        icon = self.channel_choice.iconSize().width()
        widest = max(metrics.horizontalAdvance(self._option_text(o)) for o in self._channels)
        widest += icon + 32
        self.channel_choice.view().setMinimumWidth(widest)
        # As wide as the longest entry where the pane has room, narrower where it has not.
        self.channel_choice.setMaximumWidth(widest + 24)
        # One choice only: the title says it all.
        self.channel_choice.setVisible(len(self._channels) > 1)
        self._channel_chosen(0)

    @staticmethod
    def answered_on_site_only(detail: MessageDetail | None) -> bool:
        """Whether ``detail`` is a customer's review on a site without replies from here."""
        return (
            detail is not None
            and detail.inbound
            and current_networks().get(detail.channel).replies_on_site
        )

    def on_site(self) -> bool:
        """Whether the chosen way to answer is on the review's site (not the editor)."""
        chosen = self.chosen_channel()
        return chosen is not None and chosen.same and self.answered_on_site_only(self._detail)

    def _option_text(self, option: ReplyChannel) -> str:
        text = network_name(option.channel)
        if option.same and self.answered_on_site_only(self._detail):
            text = self.tr("{network} (on the site)").format(network=text)
        elif option.same and self.window_closed():
            text = self.tr("{network} (window closed)").format(network=text)
        elif option.same:
            text = self.tr("{network} (this conversation)").format(network=text)
        elif option.recipient:
            text = f"{text} · {option.recipient}"
        if option.preferred:
            text = self.tr("{choice} ★ preferred").format(choice=text)
        return text

    def _option_tip(self, option: ReplyChannel) -> str:
        if option.same and self.answered_on_site_only(self._detail):
            return self.tr("Answer on the site, where the review was written")
        if option.same:
            return self.tr("Answer in the conversation, where the customer wrote")
        return self.tr(
            "Follow up with {who} on {network}: a new message, not in this thread"
        ).format(
            who=option.recipient or self.tr("the customer"), network=network_name(option.channel)
        )

    def chosen_channel(self) -> ReplyChannel | None:
        """Where the reply will go (None: no message)."""
        index = self.channel_choice.currentIndex()
        return self._channels[index] if 0 <= index < len(self._channels) else None

    def choose_channel(self, channel: str) -> bool:
        """Choose ``channel`` in "Reply on ▾"; False if the customer cannot be reached there."""
        for index, option in enumerate(self._channels):
            if option.channel == channel:
                self.channel_choice.setCurrentIndex(index)
                return True
        return False

    def _channel_chosen(self, _index: int) -> None:
        option = self.chosen_channel()
        if option is None:
            return
        self._limit = self._limit_for(option.account_id, option.channel)
        many = len(self._channels) > 1
        if option.same:
            title = self.tr("Reply on") if many else self.tr("Reply on {network}")
        else:
            title = self.tr("Follow up via")
        self._title.setText(title.format(network=network_name(option.channel)))
        button = self.tr("Queue reply") if option.same else self.tr("Queue follow-up")
        self.queue_button.setText(button)
        self.queue_button.setAccessibleName(button)
        self.editor.setPlaceholderText(
            self.tr("Write a reply…") if option.same else self.tr("Write a follow-up…")
        )
        self._warning_text = ""
        self._show_site_box()
        self.refresh_status()

    def _show_site_box(self) -> None:
        """The editor, or for a review answered on its site the two buttons instead."""
        on_site = self.on_site()
        for widget in (self.editor, self._counter, self.status, self.queue_button):
            widget.setVisible(not on_site)
        self.templates_button.setVisible(not on_site and self._templates is not None)
        self.site_box.setVisible(on_site)
        if not on_site or self._detail is None:
            return
        network = network_name(self._detail.channel)
        self._title.setText(self.tr("Answer on {network}").format(network=network))
        self.site_note.setText(
            self.tr(
                "{network} lets nobody reply from here. Answer on the site, then mark the "
                "review answered: it stops needing a reply and counts as your public reply."
            ).format(network=network)
        )
        self.update_site_buttons()

    def update_site_buttons(self) -> None:
        """Enable *Open on the site* for a web link and *Mark answered* while it waits."""
        detail = self._detail
        self.open_site_button.setEnabled(detail is not None and web_url(detail.url) is not None)
        waiting = detail is not None and detail.replied_at is None
        self.answered_button.setEnabled(waiting)
        if detail is not None and not waiting:
            self.answered_button.setText(self.tr("Answered on the site"))
        else:
            self.answered_button.setText(self.tr("Mark answered on the site"))

    def _open_site(self) -> None:
        if self._detail is not None and self._detail.url:
            self.open_site_requested.emit(self._detail.url)

    def _answered_on_site(self) -> None:
        if self._detail is not None and self.answered_on_site_only(self._detail):
            self.answered_on_site_requested.emit(self._detail.id)

    def _limit_for(self, account_id: int, channel: str) -> TextLimit | None:
        key = (account_id, channel)
        if key not in self._limits:
            try:
                self._limits[key] = self._outbox.text_limit(account_id, channel)
            except Exception:
                log.exception("No text limit for account %s on %s", account_id, channel)
                self._limits[key] = None
        return self._limits[key]

    def _show_customer(self, detail: MessageDetail) -> None:
        lines = customer_brief(self._contacts, self._notes, detail.contact_id)
        self._customer.setText("\n".join(lines))
        self._customer.setVisible(bool(lines))

    # -- state --------------------------------------------------------------------

    def length(self) -> int:
        """The text's length as the network counts it (after trimming, as stored)."""
        unit = self._limit.unit if self._limit is not None else "characters"
        return measure(self.editor.toPlainText().strip(), unit)

    def refresh_status(self) -> None:
        """Read this message's replies again: the status line and the duplicate warning."""
        if self._detail is None:
            return
        replies = self._outbox.for_message(self._detail.id)
        if replies:
            latest = replies[0]
            if latest.channel == self._detail.channel:
                what = self.tr("Reply #{id}").format(id=latest.id)
            else:
                what = self.tr("Follow-up #{id} on {network}").format(
                    id=latest.id, network=network_name(latest.channel)
                )
            self.status.setText(f"{what}: {state_words(latest)}")
        else:
            self.status.setText("")
        chosen = self.chosen_channel()
        channel = chosen.channel if chosen is not None else self._detail.channel
        # As the service warns: a follow-up on another channel is not a second reply.
        self._duplicate = any(
            r.state in QUEUED_OR_SENT_STATES and r.channel == channel for r in replies
        )
        self._update()

    def _text_changed(self) -> None:
        self._update()

    def over_limit(self) -> bool:
        return self._limit is not None and self.length() > self._limit.max_length

    def blocked_reason(self) -> str | None:
        """Why the text cannot be queued now, or None."""
        if self._detail is None:
            return self.tr("No message is selected")
        if self._busy:
            return self.tr("Queueing…")
        if self.on_site():
            return self.tr("Answer on the site")
        chosen = self.chosen_channel()
        if chosen is not None and chosen.same and self.window_closed():
            return self.window_words()
        if not self.editor.toPlainText().strip():
            return self.tr("Write something first")
        unfilled = self.unfilled_problem()
        if unfilled:
            return unfilled
        if self._limit is not None and self.over_limit():
            chosen = self.chosen_channel()
            return self.tr("Too long for {network}: {over} {unit} over the limit").format(
                network=network_name(chosen.channel if chosen else self._detail.channel),
                over=self.length() - self._limit.max_length,
                unit=self._limit.unit,
            )
        return None

    def unfilled_problem(self) -> str | None:
        """A template field left in the text (the service refuses those), in words."""
        left = unfilled_fields(self.editor.toPlainText())
        if not left:
            return None
        return self.tr("Fill in the template field {fields} first").format(
            fields=", ".join("{" + f + "}" for f in left)
        )

    def warning_text(self) -> str:
        """The one warning shown: over the limit or an unfilled template field, else the
        service's word, else a duplicate."""
        if self.over_limit():
            return self.blocked_reason() or ""
        unfilled = self.unfilled_problem()
        if unfilled:
            return unfilled
        if self._warning_text:
            return self._warning_text
        chosen = self.chosen_channel()
        if chosen is not None and chosen.same and self._window is not None:
            if self._window.window is ReplyWindow.CLOSED:
                return self.window_words()
            if self._window.window is ReplyWindow.HUMAN_AGENT:
                return self.tr(
                    "More than 24 hours since the customer wrote: {network} takes only a "
                    "reply written by a person, until {days} days have passed."
                ).format(network=network_name(chosen.channel), days=HUMAN_AGENT_WINDOW.days)
        if self._duplicate:
            chosen = self.chosen_channel()
            if chosen is not None and not chosen.same:
                return self.tr(
                    "A follow-up on {network} is already queued or sent; "
                    "a new one would be a second."
                ).format(network=network_name(chosen.channel))
            return self.tr(
                "This message already has a reply queued or sent; "
                "a new one would be a second reply."
            )
        return ""

    def window_words(self) -> str:
        """Why a reply cannot go in place after the messaging window, and where it can."""
        network = network_name(self._detail.channel if self._detail else "")
        others = [network_name(o.channel) for o in self._channels if not o.same]
        why = self.tr(
            "{network} takes no reply to a private message more than {days} days after the "
            "customer's last one."
        ).format(network=network, days=HUMAN_AGENT_WINDOW.days)
        if others:
            where = self.tr("Follow up on another channel in “Reply on”: {channels}.").format(
                channels=", ".join(others)
            )
        else:
            where = self.tr(
                "No other channel of this customer is known: wait until they write again."
            )
        return f"{why} {where}"

    def _update(self) -> None:
        if self._limit is not None:
            length = self.length()
            self._counter.setText(f"{length} / {self._limit.max_length}")
            self._counter.setForegroundRole(
                QPalette.ColorRole.Link if self.over_limit() else QPalette.ColorRole.PlaceholderText
            )
            self._counter.setToolTip(
                self.tr("Counted in {unit}, as the network counts").format(unit=self._limit.unit)
            )
        else:
            self._counter.setText("")
        reason = self.blocked_reason()
        self.queue_button.setEnabled(reason is None)
        self.queue_button.setToolTip(reason or self.tr("Queue it (Ctrl+Enter)"))
        warning = self.warning_text()
        self._warning.setText(warning)
        self._warning.setVisible(bool(warning))

    # -- queueing -------------------------------------------------------------------

    def queue(self) -> None:
        """Ask the window to queue the text (does nothing while it cannot be queued)."""
        if self.blocked_reason() is not None or self._detail is None:
            return
        self._busy = True
        self._update()
        chosen = self.chosen_channel()
        via = chosen.channel if chosen is not None and not chosen.same else ""
        self.queue_requested.emit(self._detail.id, self.editor.toPlainText(), via)

    def reply_queued(self, message_id: int, warnings: tuple[str, ...]) -> None:
        """The reply was stored: clear the editor, show the service's warnings."""
        self._drafts.pop(message_id, None)
        if message_id != self.message_id:
            return
        self._busy = False
        self._warning_text = "\n".join(w[:1].upper() + w[1:] for w in warnings)
        self.editor.clear()
        self.refresh_status()

    def unsent_texts(self) -> list[str]:
        """What was written and not stored: the editor's text and the drafts of other
        messages (kept on disk when the window closes while the database is away)."""
        texts = [self.editor.toPlainText(), *self._drafts.values()]
        return [text for text in texts if text.strip()]

    def queue_failed(self, message_id: int, error: str) -> None:
        """The service refused: keep the text, say why."""
        if message_id != self.message_id:
            return
        self._busy = False
        self._warning_text = error[:1].upper() + error[1:]
        self._update()
