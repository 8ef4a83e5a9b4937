"""The inbox page: the message list under its heading, the reading pane with the composer,
search, and the commands on messages (read, done, open the original).

Rules:

- Reads on the UI thread are single pages or primary-key lookups; writes go
  through the frame's write operation (:attr:`Frame.operation`) and come back as
  change sets.
- The list and the reading pane refresh only from change sets (:meth:`apply_changes`).
- Selecting a message marks it read after :data:`MARK_READ_DELAY_MS`, like mail
  clients; marking it unread by hand cancels that.
- A pane beside the conversation (the customer card) is given by the composition
  (:meth:`InboxPage.add_side_pane`); the inbox knows it only as a widget and tells
  it which message is shown through :attr:`InboxPage.current_message_changed`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter, Order
from socialinbox.core.models import MessageRow
from socialinbox.core.outbox_service import ReplyCreated
from socialinbox.core.waiting import ReplyTargets
from socialinbox.ui.common.formatting import network_name, translate
from socialinbox.ui.common.links import open_web_url
from socialinbox.ui.common.widgets import ElidedLabel, page_heading, plain_label, plain_tooltip
from socialinbox.ui.inbox.composer import Composer
from socialinbox.ui.inbox.message_delegate import MessageDelegate
from socialinbox.ui.inbox.message_list import MessageListView
from socialinbox.ui.inbox.message_model import MessageListModel
from socialinbox.ui.inbox.reading_pane import ReadingPane
from socialinbox.ui.inbox.search import SearchField
from socialinbox.ui.shell.actions import (
    CUSTOMERS_SECTION,
    LIST_SECTION,
    LISTS_SECTION,
    ActionSpec,
    ActionTable,
)
from socialinbox.ui.shell.page import Frame, SidebarEntry

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.runtime.counts import InboxCounts
    from socialinbox.ui.runtime.sync_controller import SyncController


INBOX_PAGE = "inbox"
MARK_READ_DELAY_MS = 1_500
# Ages and waiting timers in the list ("4 min", "waiting 2 h 10 min") are repainted this
# often: a repaint of the visible rows from the rows held, never a query.
AGE_REFRESH_MS = 60_000
DEFAULT_INBOX_SPLITTER = (440, 630)


def view_entries() -> list[SidebarEntry]:
    """The fixed lists at the top of the sidebar."""
    return [
        SidebarEntry(
            "view:all", translate("Sidebar", "All messages"), "all", filter=InboxFilter("all")
        ),
        SidebarEntry(
            "view:unread", translate("Sidebar", "Unread"), "unread", filter=InboxFilter("unread")
        ),
        SidebarEntry(
            "view:needs_reply",
            translate("Sidebar", "Needs reply"),
            "needs_reply",
            filter=InboxFilter("needs_reply"),
        ),
        # Whose Mine it is is filled in when the list opens (the desk's person then).
        SidebarEntry(
            "view:escalated",
            translate("Sidebar", "Escalated"),
            "escalated",
            filter=InboxFilter("escalated"),
            badge_text=translate("Sidebar", "{label}, {count} open"),
        ),
        SidebarEntry(
            "view:mine",
            translate("Sidebar", "Mine"),
            "mine",
            filter=InboxFilter("mine"),
            badge_text=translate("Sidebar", "{label}, {count} assigned to you"),
        ),
    ]


class InboxPage(QObject):
    """The inbox (a :class:`~socialinbox.ui.shell.page.Page`).

    Signals:
        current_message_changed(object): the message selected in the list (an id, or
            None when the list was reloaded); the side pane follows it.
    """

    current_message_changed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        frame: Frame,
        sync: SyncController,
        actions: ActionTable,
        parent: QObject | None = None,
    ) -> None:
        """``actions``: the window's table, which the page's commands join."""
        super().__init__(parent)
        self._context = context
        self._frame = frame
        self._sync = sync
        self._entry: SidebarEntry | None = None
        self._has_accounts = True
        self.mark_read_delay_ms = MARK_READ_DELAY_MS

        self.model = MessageListModel(context.inbox, context.clock, self)
        self.model.set_targets(ReplyTargets.read(context.business))
        self._order: Order = "newest"
        # A sync's batches are looked up off the UI thread (see the model's rules).
        self.model.look_up_in_background(frame.tasks)
        self.delegate = MessageDelegate(context.clock.now, self)
        self.list_view = MessageListView(self.delegate)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Messages"))
        self.reading_pane = ReadingPane(context.inbox, context.clock)
        self.composer = Composer(
            context.outbox, context.notes, context.contacts, templates=context.templates
        )
        self.reading_pane.set_composer(self.composer)
        self.search = SearchField()
        self._build()
        self._declare_actions(actions)
        self._connect()

        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.timeout.connect(self._auto_mark_read)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self.list_view.viewport().update)
        self._age_timer.start()

    # -- the Page protocol ----------------------------------------------------------

    @property
    def key(self) -> str:
        return INBOX_PAGE

    @property
    def title(self) -> str:
        return self.tr("Inbox")

    @property
    def widget(self) -> QWidget:
        return self.splitter

    def activate(self, entry: SidebarEntry) -> None:
        self._entry = entry
        if entry.filter is not None:
            self._show_filter(entry.filter, self.search.query)

    def deactivate(self) -> None:
        self._read_timer.stop()

    def apply_changes(self, change: ChangeSet) -> None:
        """Refresh the list rows and the reading pane a change names; the composer's
        status line after an outbox change."""
        if change.touches(changes.MESSAGE):
            self.model.apply_changes(change)
            if self.reading_pane.message_id is not None:
                self.reading_pane.refresh()
            self._frame.request_counts()
            self.update_placeholder()
            self._update_actions()
        elif change.ids(changes.CONTACT, changes.UPDATED):
            if self.model.current_filter.ranked:
                # A customer became (or stopped being) a VIP: the ranking may change
                # anywhere, rows not loaded yet included.
                self.model.reload()
            else:
                self.model.apply_contact_changes(change.ids(changes.CONTACT, changes.UPDATED))
        if change.touches(changes.OUTBOX) and not self._frame.is_closing:
            self.composer.refresh_status()
        if change.touches(changes.SETTINGS):
            # The reply targets may have changed: a few small reads, then a repaint.
            self.model.set_targets(ReplyTargets.read(self._context.business))

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        if counts is None:
            return {}
        badges = {"view:unread": counts.unread, "view:needs_reply": counts.needs_reply}
        badges.update({"view:escalated": counts.escalated, "view:mine": counts.mine})
        badges.update({f"channel:{c}": n for c, n in counts.unread_by_channel.items()})
        return badges

    # -- building -------------------------------------------------------------------

    def _declare_actions(self, table: ActionTable) -> None:
        """The commands on messages, in the Message and View menus and the toolbar, and the
        list's own keys in the shortcut help."""
        table.add_help(LIST_SECTION, self.tr("↑ ↓ or j k"), self.tr("move through the list"))
        table.add_help(
            LIST_SECTION, self.tr("Enter"), self.tr("read the message in the reading pane")
        )
        table.add_help(LIST_SECTION, self.tr("Escape"), self.tr("back to the list"))
        self.read_action = table.add(
            ActionSpec(
                "message.read",
                self.tr("Mark as &Read"),
                self.toggle_read,
                menu="message",
                shortcut="Ctrl+U",
                icon="unread",
                tip=self.tr("Mark the selected messages read or unread (U or Ctrl+U)"),
                toolbar_group=1,
                help=self.tr("mark read or unread"),
                help_keys=("u",),
                section=LIST_SECTION,
            )
        )
        self.done_action = table.add(
            ActionSpec(
                "message.done",
                self.tr("Mark as &Done"),
                self.toggle_done,
                menu="message",
                shortcut="Ctrl+D",
                icon="done",
                tip=self.tr("Mark the selected messages done (E, D or Ctrl+D)"),
                toolbar_group=1,
                help=self.tr("mark done"),
                help_keys=("e", "d"),
                section=LIST_SECTION,
            )
        )
        self.open_action = table.add(
            ActionSpec(
                "message.open_original",
                self.tr("&Open Original"),
                self.open_original,
                menu="message",
                group=1,
                shortcut="Ctrl+O",
                icon="open_link",
                tip=self.tr("Open the message on its network, in your browser (Ctrl+O)"),
                toolbar_group=1,
                help=self.tr("open the original in your browser"),
                section=LIST_SECTION,
            )
        )
        self.answered_on_site_action = table.add(
            ActionSpec(
                "message.answered_on_site",
                self.tr("Mark &Answered on the Site"),
                self.mark_answered_on_site,
                menu="message",
                group=1,
                shortcut="Ctrl+Shift+D",
                icon="done",
                tip=self.tr(
                    "A review on a site without replies from here (Yelp, Tripadvisor, "
                    "Booking.com) was answered on the site (Ctrl+Shift+D)"
                ),
                help=self.tr("mark a review answered on its site"),
                section=LIST_SECTION,
            )
        )
        self.find_action = table.add(
            ActionSpec(
                "view.search",
                self.tr("&Search Messages"),
                self.focus_search,
                menu="view",
                shortcut=QKeySequence.StandardKey.Find,
                fallback="Ctrl+F",
                icon="search",
                help=self.tr("search (Escape clears)"),
                section=LISTS_SECTION,
            )
        )
        self.urgent_action = self._declare_urgent_order(table)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_view.addActions([self.read_action, self.done_action, self.open_action])
        table.add_help(
            CUSTOMERS_SECTION, self.tr("Ctrl+Enter"), self.tr("queue the reply (in the reply box)")
        )
        self._update_actions()

    def _declare_urgent_order(self, table: ActionTable) -> QAction:
        """View → Most Urgent First: a checkable order for every list (Ctrl+Shift+R)."""
        action = QAction(self.tr("Most &Urgent First"), self)
        action.setCheckable(True)
        action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        tip = self.tr(
            "Messages waiting for a reply first, ranked: VIP customers, negative tone, "
            "escalated, then the longest wait (Ctrl+Shift+R)"
        )
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.toggled.connect(self.set_urgent_first)
        return table.adopt(
            "view.urgent_first",
            action,
            menu="view",
            help=self.tr("most urgent first / newest first"),
            section=LISTS_SECTION,
        )

    def set_urgent_first(self, urgent: bool) -> None:
        """Rank the lists most urgent first (True) or newest first (False)."""
        self._order = "urgent" if urgent else "newest"
        if self.urgent_action.isChecked() != urgent:
            self.urgent_action.setChecked(urgent)
        self._show_filter(self.model.current_filter, self.search.query)

    def _build(self) -> None:
        list_box = QWidget()
        list_box.setBackgroundRole(QPalette.ColorRole.Base)
        list_box.setAutoFillBackground(True)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(0)
        self.list_title = ElidedLabel()
        self.list_title.setAccessibleName(self.tr("List title"))
        self.list_subtitle = plain_label()
        self.list_subtitle.setAccessibleName(self.tr("List size"))
        list_layout.addWidget(page_heading(self.list_title, self.list_subtitle))
        list_layout.addWidget(self.list_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inbox_splitter")
        self.splitter.setAccessibleName(self.tr("Message list and reading pane"))
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(DEFAULT_INBOX_SPLITTER))
        list_box.setMinimumWidth(300)
        self.reading_pane.setMinimumWidth(320)

    def add_side_pane(
        self, pane: QWidget, sizes: Callable[[Sequence[int]], list[int]], note_action: QAction
    ) -> None:
        """A third pane beside the reading pane (the customer card); ``sizes`` makes room
        for it in the default splitter sizes; ``note_action`` works from the list."""
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes(sizes(DEFAULT_INBOX_SPLITTER))
        self.list_view.addAction(note_action)

    def _connect(self) -> None:
        self.search.search_changed.connect(self._search_changed)
        self.search.leave_requested.connect(self._leave_search)
        selection = self.list_view.selectionModel()
        selection.currentChanged.connect(self._current_changed)
        selection.selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._list_reset)
        self.model.rowsInserted.connect(self._list_size_changed)
        self.model.rowsRemoved.connect(self._list_size_changed)
        self.list_view.open_requested.connect(self.focus_reading_pane)
        self.list_view.toggle_read_requested.connect(self.toggle_read)
        self.list_view.done_requested.connect(self.toggle_done)
        self.list_view.doubleClicked.connect(lambda _index: self.focus_reading_pane())
        self.reading_pane.open_original_requested.connect(self.open_link)
        self.reading_pane.message_activated.connect(self._frame.show_message)
        self.reading_pane.back_requested.connect(self.focus_list)
        self.composer.queue_requested.connect(self.queue_reply)
        self.composer.open_site_requested.connect(self.open_link)
        self.composer.answered_on_site_requested.connect(self._mark_answered)

    # -- lists ----------------------------------------------------------------------

    @property
    def current_filter(self) -> InboxFilter:
        return self.model.current_filter

    def _search_changed(self, query: str) -> None:
        self._show_filter(self.model.current_filter, query)

    def _show_filter(self, base: InboxFilter, query: str) -> None:
        user = self.mine_user() if base.view == "mine" else None
        self.model.set_filter(replace(base, search=query or None, user=user, order=self._order))
        self._frame.request_counts()

    def mine_user(self) -> str:
        """Whose *Mine* list this desk shows: its person, as the users list writes them."""
        found = self._context.users.find(self._context.user)
        return found.name if found is not None else self._context.user

    def show_list(self, title: str, flt: InboxFilter) -> None:
        """Show a list no sidebar entry names (an alert's messages) under ``title``; the
        search is cleared. Choosing a sidebar entry shows that entry's list again."""
        self._entry = SidebarEntry("list:shown", title, filter=flt)
        self.search.clear_search()
        self._show_filter(flt, "")

    def _list_reset(self) -> None:
        self.model.set_current_id(None)
        self.reading_pane.show_message(None)
        self._read_timer.stop()
        flt = self.model.current_filter
        title = self._list_name()
        if flt.search:
            title = self.tr("Results for “{query}”").format(query=flt.search)
        self.list_title.setText(title)
        self.list_title.setToolTip(plain_tooltip(title))
        self.list_subtitle.setText("")
        self.update_placeholder()
        self._update_actions()
        self.current_message_changed.emit(None)

    def _list_name(self) -> str:
        return self._entry.label if self._entry is not None else ""

    def show_counts(self, counts: InboxCounts) -> None:
        """The list's size under its title, when ``counts`` are for the list shown."""
        if counts.filter != self.model.current_filter:
            return
        if self.model.current_filter.search:
            text = self.tr("{count} in {list}").format(
                count=translate("Counts", "%Ln result(s)", None, counts.shown),
                list=self._list_name(),
            )
        else:
            text = translate("Counts", "%Ln message(s)", None, counts.shown)
        if self.model.current_filter.ranked:
            text = self.tr("{count} · most urgent first").format(count=text)
        self.list_subtitle.setText(text)

    def _list_size_changed(self, *_args: object) -> None:
        self.update_placeholder()

    def set_has_accounts(self, has_accounts: bool) -> None:
        """Whether any account exists (the empty list's text says how to add one)."""
        self._has_accounts = has_accounts
        self.update_placeholder()

    def update_placeholder(self) -> None:
        self.list_view.set_placeholder_text(self._placeholder_text())

    def _placeholder_text(self) -> str:
        if self.model.rowCount() > 0:
            return ""
        flt = self.model.current_filter
        if flt.search:
            return self.tr("No messages match “{query}”.\n\nTry fewer or other words.").format(
                query=flt.search
            )
        if self._context.is_demo and (self._sync.running or not self._has_accounts):
            return self.tr("Fetching the demo messages…")
        if flt.channel is not None:
            return self.tr("No messages from {network} yet.").format(
                network=network_name(flt.channel)
            )
        if flt.view == "unread":
            return self.tr("No unread messages.\nYou are all caught up.")
        if flt.view == "needs_reply":
            return self.tr("Nothing is waiting for a reply.")
        if flt.view == "escalated":
            return self.tr(
                "No open escalations.\n\nEscalate a message to a colleague with "
                "Message ▸ Escalate… (Shift+E)."
            )
        if flt.view == "mine":
            return self.tr("Nothing is assigned to you.")
        if self._sync.running:
            return self.tr("Fetching messages…")
        if not self._has_accounts:
            return self.tr(
                "No account is connected yet.\n\nConnect one with File ▸ Accounts… "
                "(Ctrl+Shift+A),\nor from the command line: socialinbox accounts add\n\n"
                "or try the app with sample messages: socialinbox --demo"
            )
        return self.tr("Your inbox is empty.\n\nNew messages appear here as they arrive.")

    # -- the current message --------------------------------------------------------

    def current_row(self) -> MessageRow | None:
        index = self.list_view.currentIndex()
        return self.model.message_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[MessageRow]:
        """The selected messages, or the current one when nothing is selected."""
        rows = [
            row
            for index in self.list_view.selectionModel().selectedRows()
            if (row := self.model.message_at(index.row())) is not None
        ]
        if not rows and (current := self.current_row()) is not None:
            rows = [current]
        return rows

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.message_at(current.row()) if current.isValid() else None
        message_id = row.id if row is not None else None
        self.reading_pane.show_message(message_id)
        self.model.set_current_id(message_id)
        if row is not None and not row.read:
            self._read_timer.start(self.mark_read_delay_ms)
        else:
            self._read_timer.stop()
        self._update_actions()
        self.current_message_changed.emit(self.reading_pane.message_id)

    def reply_with(self, message_id: int, text: str) -> None:
        """Show a message with ``text`` offered in its composer (see Composer.offer_text)."""
        self.show_message(message_id)
        if self.composer.message_id == message_id:
            self.composer.offer_text(text)

    def show_message(self, message_id: int) -> None:
        """Show a message: select it in the list if it is there, else just in the pane."""
        index = self.model.index_of(message_id)
        if index.isValid():
            self.list_view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.list_view.scrollTo(index)
        else:
            self.reading_pane.show_message(message_id)
            self._update_actions()

    def focus_list(self) -> None:
        self.list_view.setFocus()

    def focus_reading_pane(self) -> None:
        if self.reading_pane.message_id is not None:
            self.reading_pane.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _leave_search(self) -> None:
        self.list_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.list_view.currentIndex().isValid() and self.search.query:
            self.list_view.move_by(0)

    # -- commands on messages -------------------------------------------------------

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        has_rows = bool(rows)
        self.read_action.setEnabled(has_rows)
        self.done_action.setEnabled(has_rows)
        if has_rows and all(r.read for r in rows):
            self.read_action.setText(self.tr("Mark as &Unread"))
            self.read_action.setIconText(self.tr("Unread"))
        else:
            self.read_action.setText(self.tr("Mark as &Read"))
            self.read_action.setIconText(self.tr("Read"))
        if has_rows and all(r.done for r in rows):
            self.done_action.setText(self.tr("Mark as Not &Done"))
            self.done_action.setIconText(self.tr("Not done"))
        else:
            self.done_action.setText(self.tr("Mark as &Done"))
            self.done_action.setIconText(self.tr("Done"))
        detail = self.reading_pane.detail
        self.open_action.setEnabled(detail is not None and bool(detail.url))
        self.open_action.setIconText(self.tr("Original"))
        self.answered_on_site_action.setEnabled(
            Composer.answered_on_site_only(detail)
            and detail is not None
            and detail.replied_at is None
        )

    def toggle_read(self) -> None:
        """Mark the selected messages read, or unread if all of them are read."""
        rows = self.selected_rows()
        if not rows:
            return
        self._read_timer.stop()
        make_read = not all(r.read for r in rows)
        self._frame.operation.run(
            self._context.actions.set_read, [r.id for r in rows], make_read, name="mark-read"
        )

    def toggle_done(self) -> None:
        """Mark the selected messages done, or not done if all of them are done."""
        rows = self.selected_rows()
        if not rows:
            return
        make_done = not all(r.done for r in rows)
        self._frame.operation.run(
            self._context.actions.set_done, [r.id for r in rows], make_done, name="mark-done"
        )

    def _auto_mark_read(self) -> None:
        row = self.current_row()
        if row is not None and not row.read:
            self._frame.operation.run(
                self._context.actions.set_read, [row.id], True, name="mark-read"
            )

    def open_original(self) -> None:
        detail = self.reading_pane.detail
        if detail is not None and detail.url:
            self.open_link(detail.url)

    def mark_answered_on_site(self) -> None:
        """The shown review was answered on its site (a site without replies from here)."""
        detail = self.reading_pane.detail
        if Composer.answered_on_site_only(detail) and detail is not None:
            self._mark_answered(detail.id)

    def _mark_answered(self, message_id: int) -> None:
        self._frame.operation.run(
            self._context.answered_on_site.mark,
            message_id,
            name="answered-on-site",
            done=lambda _change: self._frame.show_status(
                self.tr("Marked answered on the site."), 6_000
            ),
        )

    def open_link(self, url: str) -> None:
        """Open a message's link in the browser, for http and https addresses only."""
        result = open_web_url(url)
        if result == "refused":
            self._frame.show_status(
                self.tr("Refused to open the link: only web addresses (http, https) are opened."),
                10_000,
            )
        elif result == "failed":
            self._frame.show_status(self.tr("No web browser could open the link."), 10_000)

    def stop(self) -> None:
        """The window is closing: no more timers."""
        self._read_timer.stop()
        self._age_timer.stop()

    # -- replies --------------------------------------------------------------------

    def queue_reply(self, message_id: int, text: str, via: str = "") -> None:
        """Store a reply (from the composer) on the writer thread; approve it where allowed.
        ``via``: another of the customer's channels (a follow-up), "" for the message's own."""
        outbox = self._context.outbox

        def store(author: str) -> ReplyCreated:
            # The review rule is read on the writer's thread with the write: no read on
            # the UI thread, and a database that is away holds both.
            approve = not outbox.needs_review()
            return outbox.create_reply(message_id, text, author, approve=approve, via=via or None)

        self._frame.operation.run(
            store,
            self._context.user,
            name="queue-reply",
            done=partial(self._reply_stored, message_id),
            failed=partial(self.composer.queue_failed, message_id),
            keep=text,
        )

    def _reply_stored(self, message_id: int, created: ReplyCreated) -> None:
        self.composer.reply_queued(message_id, created.warnings)
        if created.item.state == "approved":
            self._frame.show_status(self.tr("Reply queued; sending it now."), 6_000)
            self._frame.send_soon()
        else:
            self._frame.show_status(
                self.tr("Reply stored; it waits for another person's review."), 6_000
            )
