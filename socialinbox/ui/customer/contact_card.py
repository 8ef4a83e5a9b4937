"""The customer card beside the conversation: who wrote, what we know, every message.

Rules:

- The card follows the selected message's contact (:meth:`CustomerCard.follow_message`)
  or shows one contact on request (:meth:`CustomerCard.show_contact`). Reads are
  primary-key lookups and one index-backed timeline query on the UI thread;
  merge suggestions (which scan) and the export run in a worker thread.
- Writes go through the write operation (on the writer thread); their change
  sets are published, and the
  card (like every view) refreshes only from change sets, ours or other
  processes' (:meth:`CustomerCard.apply_changes`). Hidden, it only remembers
  that it is out of date.
- Names, handles, notes and messages are untrusted: plain-text labels only.
- Nothing destructive happens without a preview or a confirmation, and what
  can be undone (deleting a note, a merge, a split) offers Undo in the card.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.contacts import ContactCard, ContactNotFound, MergeSuggestion
from socialinbox.core.models import MessageDetail
from socialinbox.core.notes import NoteInfo
from socialinbox.settings import CUSTOMER_CARD_VISIBLE, CUSTOMER_CARD_WIDTH_SETTLED
from socialinbox.ui.common.formatting import full_datetime, network_name, translate
from socialinbox.ui.common.widgets import ElidedLabel, plain_label, plain_tooltip, scaled_font
from socialinbox.ui.customer.contact_card_actions import CardActions
from socialinbox.ui.customer.contact_card_parts import (
    IdentityRow,
    SuggestionBox,
    UndoBar,
    clear_layout,
)
from socialinbox.ui.customer.contact_notes import NotesList
from socialinbox.ui.customer.contact_timeline import TIMELINE_LIMIT, TimelineModel, TimelineView
from socialinbox.ui.customer.note_editor import day_text
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.tasks import BackgroundTasks

if TYPE_CHECKING:
    from socialinbox.app import AppContext

log = logging.getLogger(__name__)

# Bursts of change sets (a sync) are read once.
RELOAD_DELAY_MS = 60
CARD_WIDTH = 300
# Narrower than this, the card is given its natural width back when shown.
USEFUL_WIDTH = 160
# The details keep at least this share of the card's height; the timeline takes what its
# rows need of the rest.
DETAILS_SHARE = 0.6


def with_card(sizes: Sequence[int], card: int = CARD_WIDTH) -> list[int]:
    """Splitter sizes for list and reading pane, with room made for the card beside them:
    a third of its width from the list, the rest from the reading pane."""
    list_width, pane_width = sizes
    return [list_width - card // 3, pane_width - card + card // 3, card]


class CustomerCard(CardActions):
    """The third pane of the inbox.

    Signals:
        message_activated(int): show this message in the reading pane.
        back_requested(): give the focus back to the message list (Escape, Ctrl+I).
    """

    message_activated = Signal(int)
    back_requested = Signal()

    def __init__(
        self,
        context: AppContext,
        operation: WriteOperation,
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._contacts = context.contacts
        self._notes = context.notes
        self._inbox = context.inbox
        self._tasks = tasks
        self._operation = operation
        self._message_id: int | None = None
        self._wanted_contact: int | None = None
        self._contact_id: int | None = None
        self._card: ContactCard | None = None
        self._notes_shown: list[NoteInfo] = []
        self._stale = False
        # The user moved the handle between details and timeline: keep their choice.
        self._user_sized = False
        self._full_reload = False
        # Suggestions scan every contact: look again only when this one's data changed.
        self._suggest_again = False
        self._suggest_for: int | None = None
        self._suggestion_generation = 0
        self.suggestions: list[tuple[MergeSuggestion, str]] = []
        self.dialog: QWidget | None = None
        self.setObjectName("customer_card")
        self.setAccessibleName(self.tr("Customer card"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A narrow window squeezes the card rather than growing past the screen; its
        # natural width is CARD_WIDTH (sizeHint), and Ctrl+I hides it.
        self.setMinimumWidth(1)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

        self._build_actions()
        self._build()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self._reload_now)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.status_label.hide)
        self._show_empty(self.tr("Select a message to see who wrote it."))
        visible = context.machine_settings.get(CUSTOMER_CARD_VISIBLE)
        # Hidden before it has a parent stays hidden in the splitter (never a window).
        if not visible:
            self.hide()
        self.visible_action.blockSignals(True)
        self.visible_action.setChecked(visible)
        self.visible_action.blockSignals(False)

    # -- building -------------------------------------------------------------

    def _build_actions(self) -> None:
        self.visible_action = QAction(self.tr("Show Customer &Card"), self)
        self.visible_action.setCheckable(True)
        self.visible_action.toggled.connect(self._toggled)
        # Ctrl+I: to the card (showing it if hidden); from inside it, hide it again.
        self.toggle_action = QAction(self.tr("&Go to Customer Card"), self)
        self.toggle_action.setShortcut(QKeySequence("Ctrl+I"))
        self.toggle_action.setToolTip(self.tr("Go to the customer card, or hide it (Ctrl+I)"))
        self.toggle_action.triggered.connect(lambda _checked=False: self.go_to_or_hide())
        self.note_action = QAction(self.tr("&Note from Message…"), self)
        self.note_action.setShortcut(QKeySequence("N"))
        # A letter: active only where the action was added (the message list, the menu).
        self.note_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.note_action.setToolTip(self.tr("Make a note on the customer from this message (N)"))
        self.note_action.triggered.connect(lambda _checked=False: self.note_from_message())
        # Ctrl+L: a call or visit with the customer shown (the selected message's).
        self.log_action = QAction(self.tr("&Log a Call or Visit…"), self)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.log_action.setToolTip(
            self.tr("Write down a phone call or a visit with this customer (Ctrl+L)")
        )
        self.log_action.triggered.connect(lambda _checked=False: self.open_log_conversation())
        self.add_note_action = QAction(self.tr("&Add Note…"), self)
        self.add_note_action.triggered.connect(lambda _checked=False: self.add_note())
        self.merge_action = QAction(self.tr("&Merge with…"), self)
        self.merge_action.triggered.connect(lambda _checked=False: self.open_merge())
        self.link_action = QAction(self.tr("&Link Identity…"), self)
        self.link_action.triggered.connect(lambda _checked=False: self.open_link_identity())
        self.follow_up_action = QAction(self.tr("&Follow Up…"), self)
        self.follow_up_action.triggered.connect(lambda _checked=False: self.open_follow_up())
        self.edit_action = QAction(self.tr("&Edit Details…"), self)
        self.edit_action.triggered.connect(lambda _checked=False: self.open_details())
        self.export_action = QAction(self.tr("E&xport Contact…"), self)
        self.export_action.triggered.connect(lambda _checked=False: self.open_export())
        self.erase_action = QAction(self.tr("E&rase Contact…"), self)
        self.erase_action.triggered.connect(lambda _checked=False: self.open_erase())
        self.contact_actions = (
            self.add_note_action,
            self.edit_action,
            self.follow_up_action,
            self.link_action,
            self.merge_action,
            self.export_action,
            self.erase_action,
        )
        self.menu = QMenu(self.tr("C&ustomer"))
        self.menu.addAction(self.visible_action)
        self.menu.addAction(self.toggle_action)
        self.menu.addAction(self.note_action)
        self.menu.addSeparator()
        self.menu.addAction(self.log_action)
        for action in self.contact_actions[:5]:
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.erase_action)
        self.menu.aboutToShow.connect(self._update_actions)
        # Ctrl+I works wherever the focus is, also with the menu bar hidden.
        self.toggle_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.undo_bar = UndoBar()
        self.status_label = plain_label(wrap=True)
        self.status_label.setContentsMargins(16, 6, 16, 6)
        self.status_label.setAccessibleName(self.tr("Card status"))
        self.status_label.hide()
        outer.addWidget(self.undo_bar)
        outer.addWidget(self.status_label)

        self.empty_label = plain_label(wrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_label.setContentsMargins(24, 60, 24, 24)
        outer.addWidget(self.empty_label, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("customer_card_splitter")
        self.splitter.setAccessibleName(self.tr("Customer details and timeline"))
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll.setBackgroundRole(QPalette.ColorRole.Base)
        page = QWidget()
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        self._page = QVBoxLayout(page)
        self._page.setContentsMargins(16, 14, 14, 14)
        self._page.setSpacing(8)
        self.details_scroll.setWidget(page)
        self.splitter.addWidget(self.details_scroll)

        # Header: the name, then the card's buttons.
        self.name_label = ElidedLabel()
        self.name_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.name_label.setAccessibleName(self.tr("Customer name"))
        self._page.addWidget(self.name_label)
        self.subtitle = plain_label(wrap=True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle.setAccessibleName(self.tr("Tags"))
        self._page.addWidget(self.subtitle)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Name, tags, VIP, preferred channel and topics"))
        self.edit_button.clicked.connect(self.open_details)
        self.vip_button = QPushButton(self.tr("★ VIP"))
        self.vip_button.setCheckable(True)
        self.vip_button.setAccessibleName(self.tr("VIP"))
        self.vip_button.setToolTip(self.tr("Mark as VIP: important; their messages come first"))
        self.vip_button.clicked.connect(self._vip_clicked)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More customer actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        more = QMenu(self.more_button)
        for action in (
            self.follow_up_action,
            self.link_action,
            self.merge_action,
            None,
            self.export_action,
            self.erase_action,
        ):
            if action is None:
                more.addSeparator()
            else:
                more.addAction(action)
        self.more_button.setMenu(more)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.vip_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        self._page.addLayout(buttons)

        # Possible duplicates and undoable merges.
        self.suggestion_box = QWidget()
        self._suggestions_layout = QVBoxLayout(self.suggestion_box)
        self._suggestions_layout.setContentsMargins(0, 4, 0, 0)
        self._suggestions_layout.setSpacing(6)
        self._page.addWidget(self.suggestion_box)
        self.merges_box = QWidget()
        self._merges_layout = QVBoxLayout(self.merges_box)
        self._merges_layout.setContentsMargins(0, 0, 0, 0)
        self._merges_layout.setSpacing(4)
        self._page.addWidget(self.merges_box)

        # Notes first (pinned first): what the business knows is what matters most here.
        notes, notes_layout = self._section(self.tr("Notes"))
        self.add_note_button = QPushButton(self.tr("Add note…"))
        self.add_note_button.clicked.connect(self.add_note)
        self.notes_list = NotesList(self._inbox.get)
        self.notes_list.edit_requested.connect(self.edit_note)
        self.notes_list.delete_requested.connect(self.delete_note)
        self.notes_list.pin_requested.connect(
            lambda note_id, value: self._write(partial(self._notes.edit, note_id, pinned=value))
        )
        self.notes_list.sensitive_requested.connect(
            lambda note_id, value: self._write(partial(self._notes.edit, note_id, sensitive=value))
        )
        self.notes_list.source_activated.connect(self.message_activated)
        notes_layout.addWidget(self.notes_list)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_note_button)
        add_row.addStretch(1)
        notes_layout.addLayout(add_row)
        self._page.addWidget(notes)

        # How to reach them.
        reach, reach_layout = self._section(self.tr("How to reach them"))
        self.reach_label = plain_label(wrap=True)
        self.reach_label.setAccessibleName(self.tr("Preferred channel and topics"))
        reach_layout.addWidget(self.reach_label)
        self.follow_up_label = plain_label(wrap=True)
        self.follow_up_label.setAccessibleName(self.tr("Follow-up"))
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up_label, 1)
        self.follow_up_button = QPushButton(self.tr("Follow up…"))
        self.follow_up_button.setToolTip(self.tr("A date to get back to them (“call back Friday”)"))
        self.follow_up_button.clicked.connect(self.open_follow_up)
        follow.addWidget(self.follow_up_button, 0, Qt.AlignmentFlag.AlignTop)
        reach_layout.addLayout(follow)
        self._page.addWidget(reach)

        # Identities, with the last time each was seen.
        identities, self._identities_layout = self._section(self.tr("Identities"))
        self.identity_rows: list[IdentityRow] = []
        self.link_button = QPushButton(self.tr("Link identity…"))
        self.link_button.setToolTip(self.tr("Add a handle, e-mail address or phone number by hand"))
        self.link_button.clicked.connect(self.open_link_identity)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_button)
        link_row.addStretch(1)
        self._identities_layout.addLayout(link_row)
        self._page.addWidget(identities)

        self.stays_label = plain_label(wrap=True)
        self.stays_label.setAccessibleName(self.tr("Stays"))
        stays, stays_layout = self._section(self.tr("Stays"))
        stays_layout.addWidget(self.stays_label)
        self.stays_section = stays
        self._page.addWidget(stays)
        self._page.addStretch(1)

        # The timeline: every message, in and out, every channel.
        timeline = QWidget()
        timeline.setBackgroundRole(QPalette.ColorRole.Base)
        timeline.setAutoFillBackground(True)
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.setContentsMargins(0, 8, 0, 0)
        timeline_layout.setSpacing(4)
        self.timeline_title = plain_label()
        self.timeline_title.setContentsMargins(16, 0, 14, 0)
        self.timeline_title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.timeline_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        timeline_header = QHBoxLayout()
        timeline_header.setContentsMargins(0, 0, 14, 0)
        timeline_header.addWidget(self.timeline_title, 1)
        self.log_button = QPushButton(self.tr("Log call or visit…"))
        self.log_button.setToolTip(self.log_action.toolTip())
        self.log_button.clicked.connect(lambda _checked=False: self.open_log_conversation())
        timeline_header.addWidget(self.log_button)
        timeline_layout.addLayout(timeline_header)
        self.timeline_model = TimelineModel(self._context.clock.now, self)
        self.timeline = TimelineView(self.timeline_model)
        self.timeline.message_activated.connect(self._timeline_activated)
        self.timeline.back_requested.connect(self.back_requested)
        timeline_layout.addWidget(self.timeline, 1)
        self.splitter.addWidget(timeline)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.splitterMoved.connect(self._handle_moved)

    def _section(self, title: str) -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(6)
        heading = plain_label(title)
        heading.setFont(scaled_font(self.font(), 0.95, bold=True))
        heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(heading)
        return box, layout

    def sizeHint(self) -> QSize:
        return QSize(CARD_WIDTH, super().sizeHint().height())

    # -- what is shown ---------------------------------------------------------

    @property
    def contact_id(self) -> int | None:
        return self._contact_id

    @property
    def card(self) -> ContactCard | None:
        return self._card

    @property
    def message_id(self) -> int | None:
        return self._message_id

    def follow_message(self, message_id: int | None) -> None:
        """Show the contact of this message (None: nothing selected)."""
        self._message_id = message_id
        self._wanted_contact = None
        self._refresh(full=False)

    def show_contact(self, contact_id: int) -> None:
        """Show one contact, whatever message is selected (e.g. from a lookup)."""
        self._message_id = None
        self._wanted_contact = contact_id
        self._refresh(full=False)
        if not self.isVisible():
            self.visible_action.setChecked(True)

    def _refresh(self, *, full: bool) -> None:
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        contact_id = self._wanted_contact
        detail: MessageDetail | None = None
        if self._message_id is not None:
            detail = self._inbox.get(self._message_id)
            contact_id = detail.contact_id if detail is not None else None
        if contact_id is None:
            self._show_empty(
                self.tr("This message belongs to no customer.")
                if detail is not None
                else self.tr("Select a message to see who wrote it.")
            )
            return
        if contact_id != self._contact_id or full:
            self._load(contact_id)
        else:
            self._select_current_message()

    def _show_empty(self, text: str) -> None:
        self._contact_id = None
        self._card = None
        self.empty_label.setText(text)
        self.empty_label.show()
        self.splitter.hide()
        self._update_actions()

    def _load(self, contact_id: int) -> None:
        try:
            card = self._contacts.get(contact_id)
            # A contact merged away (by another desk, say): show the one it went to.
            for _ in range(5):
                if card.merged_into_id is None:
                    break
                card = self._contacts.get(card.merged_into_id)
        except ContactNotFound:
            self._show_empty(self.tr("This customer was erased."))
            return
        switched = card.id != self._contact_id
        if switched:
            if self._contact_id is not None:
                # Undo belongs to what was done on the customer shown before.
                self.undo_bar.dismiss()
            self.details_scroll.verticalScrollBar().setValue(0)
        self._contact_id = card.id
        self._card = card
        self.empty_label.hide()
        self.splitter.show()
        self._fill(card)
        self._notes_shown = self._notes.list_notes(card.id)
        self.notes_list.set_notes(card.id, self._notes_shown)
        self._fill_merges(card.id)
        self._load_timeline()
        if switched or self._suggest_for != card.id or self._suggest_again:
            self._suggest_again = False
            self._request_suggestions(card.id)
        self._update_actions()

    def _fill(self, card: ContactCard) -> None:
        summary = card.summary
        self.name_label.setText(summary.name)
        self.name_label.setToolTip(plain_tooltip(summary.name))
        bits = []
        if summary.vip:
            bits.append(self.tr("★ VIP"))
        if card.tags:
            bits.append(" · ".join(f"#{tag}" for tag in card.tags))
        self.subtitle.setText("   ".join(bits))
        self.subtitle.setVisible(bool(bits))
        self.vip_button.setChecked(summary.vip)

        reach = []
        if summary.preferred_channel:
            reach.append(
                self.tr("Prefers {network}").format(network=network_name(summary.preferred_channel))
            )
        if card.topics:
            reach.append(
                self.tr("Wants to hear about: {topics}").format(topics=", ".join(card.topics))
            )
        if reach:
            self.reach_label.setText("\n".join(reach))
            self.reach_label.setForegroundRole(QPalette.ColorRole.Text)
        else:
            self.reach_label.setText(
                self.tr(
                    "Ask them how they want to be contacted, and what they want to hear "
                    "about (Edit… keeps the answer)."
                )
            )
            self.reach_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        if summary.follow_up_at is not None:
            self.follow_up_label.setText(
                self.tr("Follow up: {when}").format(when=full_datetime(summary.follow_up_at))
            )
            self.follow_up_label.setForegroundRole(QPalette.ColorRole.Text)
        else:
            self.follow_up_label.setText(self.tr("No follow-up set."))
            self.follow_up_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        for row in self.identity_rows:
            row.hide()
            row.deleteLater()
        self.identity_rows = []
        now = self._context.clock.now()
        can_split = len(card.identities) > 1
        for number, identity in enumerate(card.identities):
            row = IdentityRow(identity, now, can_split)
            row.split_requested.connect(self.split_identity)
            self._identities_layout.insertWidget(1 + number, row)
            self.identity_rows.append(row)
        if not card.identities:
            row = IdentityRow(None, now, False)
            self._identities_layout.insertWidget(1, row)
            self.identity_rows.append(row)

        self.stays_section.setVisible(bool(card.stays))
        self.stays_label.setText(
            "\n".join(
                " · ".join(
                    part
                    for part in (
                        self.tr("Room {room}").format(room=s.room) if s.room else "",
                        f"{s.arrival} → {s.departure}" if s.departure else s.arrival,
                        s.reservation or "",
                    )
                    if part
                )
                for s in card.stays[:10]
            )
        )

    def _fill_merges(self, contact_id: int) -> None:
        clear_layout(self._merges_layout)
        merges = self._contacts.merges_of(contact_id)[:5]
        names = self._contacts.names(other_id for _, other_id, _ in merges)
        for merge_id, other_id, when in merges:
            other_name = names.get(other_id)
            if other_name is None:  # erased since
                continue
            row = QHBoxLayout()
            label = plain_label(
                self.tr("Merged in: {name} ({day})").format(name=other_name, day=day_text(when)),
                wrap=True,
            )
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            row.addWidget(label, 1)
            undo = QPushButton(self.tr("Undo merge"))
            undo.setAccessibleName(self.tr("Undo the merge with {name}").format(name=other_name))
            undo.clicked.connect(partial(self.undo_merge, merge_id))
            row.addWidget(undo, 0, Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            row.setContentsMargins(0, 0, 0, 0)
            holder.setLayout(row)
            self._merges_layout.addWidget(holder)
        self.merges_box.setVisible(bool(merges))

    def _load_timeline(self) -> None:
        if self._contact_id is None:
            return
        rows = self._inbox.contact_rows(self._contact_id, TIMELINE_LIMIT)
        self.timeline_model.set_rows(rows)
        shown = len(rows)
        title = translate("CustomerCard", "Every message · %Ln", None, shown)
        if shown >= TIMELINE_LIMIT:
            title = translate("CustomerCard", "The latest %Ln messages", None, shown)
        self.timeline_title.setText(title)
        self._select_current_message()
        self._fit_timeline()

    def _fit_timeline(self) -> None:
        """Give the timeline the height its rows need (up to a share of the card), until
        the user moves the handle between details and timeline themselves."""
        height = self.splitter.height()
        if self._user_sized or height < 200:
            return
        rows = max(2, min(self.timeline_model.rowCount(), 12))
        row_height = self.timeline.sizeHintForRow(0) if self.timeline_model.rowCount() else 40
        wanted = self.timeline_title.sizeHint().height() + rows * max(row_height, 30) + 24
        timeline = min(wanted, int(height * (1 - DETAILS_SHARE)))
        self.splitter.setSizes([height - timeline, timeline])

    def _handle_moved(self, *_args: object) -> None:
        self._user_sized = True

    def _timeline_activated(self, message_id: int) -> None:
        # The window shows it; it may not be in the list, so remember it here.
        self._message_id = message_id
        self.message_activated.emit(message_id)

    def _select_current_message(self) -> None:
        row = self.timeline_model.row_of(self._message_id)
        if row is None:
            self.timeline.clearSelection()
            return
        index = self.timeline_model.index(row, 0)
        self.timeline.setCurrentIndex(index)
        self.timeline.scrollTo(index)

    # -- suggestions -------------------------------------------------------------

    def _request_suggestions(self, contact_id: int) -> None:
        self._suggest_for = contact_id
        self._suggestion_generation += 1
        self._fill_suggestions([])
        self._tasks.spawn(
            self._find_suggestions(contact_id, self._suggestion_generation), "contact-suggestions"
        )

    async def _find_suggestions(self, contact_id: int, generation: int) -> None:
        loop = asyncio.get_running_loop()
        try:
            found = await loop.run_in_executor(None, self._suggestions_with_names, contact_id)
        except Exception:
            # Merged or erased meanwhile: the next change set loads the card again.
            log.debug("No suggestions for contact %s", contact_id, exc_info=True)
            found = []
        if generation == self._suggestion_generation and contact_id == self._contact_id:
            self._fill_suggestions(found)

    def _suggestions_with_names(self, contact_id: int) -> list[tuple[MergeSuggestion, str]]:
        named = []
        for suggestion in self._contacts.suggestions(contact_id):
            try:
                name = self._contacts.get(suggestion.other_id).summary.name
            except ContactNotFound:
                continue
            named.append((suggestion, name))
        return named

    def _fill_suggestions(self, found: Sequence[tuple[MergeSuggestion, str]]) -> None:
        self.suggestions = list(found)
        clear_layout(self._suggestions_layout)
        for suggestion, name in found[:3]:
            box = SuggestionBox(suggestion, name)
            box.merge_requested.connect(self.open_merge)
            self._suggestions_layout.addWidget(box)
        self.suggestion_box.setVisible(bool(found))

    # -- changes --------------------------------------------------------------------

    def apply_changes(self, change: ChangeSet) -> None:
        """Refresh from a change set: the card when the contact, its notes or identities
        may have changed; the timeline when messages did."""
        if self._message_id is None and self._wanted_contact is None:
            return
        if (
            change.touches(changes.CONTACT)
            or change.touches(changes.NOTE)
            or change.touches(changes.IDENTITY)
            or change.touches(changes.REMINDER)
        ):
            self._full_reload = True
            self._suggest_again = self._suggest_again or (
                change.reset
                or change.touches(changes.IDENTITY)
                or self._contact_id in change.ids(changes.CONTACT)
            )
        elif not change.touches(changes.MESSAGE):
            return
        self._reload_timer.start()

    def _reload_now(self) -> None:
        full = self._full_reload
        if not self.isVisible():
            self._stale = True
            return
        if full:
            self._refresh(full=True)
            self._full_reload = False
        elif self._contact_id is not None:
            self._load_timeline()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape anywhere in the card (keys its controls leave) goes back to the list.
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timeline()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._context.machine_settings.get(CUSTOMER_CARD_WIDTH_SETTLED):
            # The first time on this computer (a window state saved before the card
            # existed squeezes it to a sliver): once the splitter has laid the panes out.
            QTimer.singleShot(0, self._ensure_width)
        self._fit_timeline()
        if self._stale:
            self._full_reload = True
            self._suggest_again = True
            self._reload_timer.start(0)

    def _ensure_width(self) -> None:
        """A card squeezed to a sliver gets its natural width back from the widest pane."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or not self.isVisible():
            return
        if self.width() >= USEFUL_WIDTH:
            self._context.machine_settings.set(CUSTOMER_CARD_WIDTH_SETTLED, True)
            return
        sizes = splitter.sizes()
        here = splitter.indexOf(self)
        widest = max((i for i in range(len(sizes)) if i != here), key=lambda i: sizes[i])
        give = min(CARD_WIDTH - sizes[here], sizes[widest] - 2 * USEFUL_WIDTH)
        if give > 0:
            sizes[widest] -= give
            sizes[here] += give
            splitter.setSizes(sizes)
            self._context.machine_settings.set(CUSTOMER_CARD_WIDTH_SETTLED, True)

    def go_to_or_hide(self) -> None:
        """Ctrl+I: focus the card (shown first if hidden); from within the card, hide it."""
        focus = QApplication.focusWidget()
        if self.isVisible() and focus is not None and self.isAncestorOf(focus):
            self.visible_action.setChecked(False)
        elif not self.isVisible():
            self.visible_action.setChecked(True)
        else:
            self._focus_first()

    def _focus_first(self) -> None:
        target = self.edit_button if self._card is not None else self.timeline
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _toggled(self, visible: bool) -> None:
        self.setVisible(visible)
        self._context.machine_settings.set(CUSTOMER_CARD_VISIBLE, visible)
        if visible:
            # Asked for by the user: make sure there is something to see.
            QTimer.singleShot(0, self._ensure_width)
            self._focus_first()
        else:
            self.back_requested.emit()

    def _update_actions(self) -> None:
        has_card = self._card is not None
        for action in self.contact_actions:
            action.setEnabled(has_card)
