"""The main window as a frame: sidebar and page stack, menus and toolbar from the action
table, status bar, tray, start and close. The features fill it.

Rules:

- This module is the composition of the GUI: it builds the features (inbox,
  customer card, outbox, front desk, accounts, settings) and wires them to each
  other through their public methods; a feature sees only the :class:`Frame`
  surface (``ui/shell/page.py``).
- Every change set published on the bridge (ours, the sync engine's, other
  processes' through the change-feed poller) reaches every page
  (:meth:`MainWindow.apply_changes`); pages refresh only what it names.
- Reads on the UI thread are single pages or primary-key lookups; counts run in
  an executor after the first paint; every write goes through :attr:`MainWindow.operation`
  (the one :class:`~socialinbox.ui.runtime.operation.WriteOperation`).
- Geometry and splitter positions are kept in ``context.machine_settings``.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from socialinbox import APP_NAME
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.front_desk import latest_message_id
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.notify import Notification, Notifier
from socialinbox.settings import CLOSE_TO_TRAY, MAIN_WINDOW
from socialinbox.storage.database import DatabaseUnavailable
from socialinbox.ui.accounts.accounts_controller import AccountsController
from socialinbox.ui.alerts.alerts_controller import AlertsController
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import translate
from socialinbox.ui.common.icons import app_icon
from socialinbox.ui.common.networks import use_networks
from socialinbox.ui.customer.contact_card import CustomerCard, with_card
from socialinbox.ui.escalation.controller import EscalationDesk
from socialinbox.ui.front_desk.front_desk_controller import FrontDesk
from socialinbox.ui.front_desk.pages import ARRIVALS_KEY, REMINDERS_KEY
from socialinbox.ui.handover.handover import HandoverView
from socialinbox.ui.inbox.page import InboxPage, view_entries
from socialinbox.ui.insights.controller import InsightsController, insights_entry
from socialinbox.ui.outbox.page import OutboxPageController, outbox_entry
from socialinbox.ui.runtime.bridge import ChangeBridge, ChangeFeedPoller
from socialinbox.ui.runtime.counts import CountsRefresher, InboxCounts
from socialinbox.ui.runtime.interpreter import favour_the_ui_thread
from socialinbox.ui.runtime.kept_text import keep_on_disk, kept_file
from socialinbox.ui.runtime.maintenance import (
    MAINTENANCE_MS,
    maintain_database,
    score_earlier_tones,
)
from socialinbox.ui.runtime.memory import limit_malloc_arenas
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.quiet_errors import QuietWhileUnreachable
from socialinbox.ui.runtime.sync_controller import SyncController
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.shell.actions import CUSTOMERS_SECTION, LIST_SECTION, ActionTable
from socialinbox.ui.shell.app_actions import FILE_DESK, declare_menus, declare_window_actions
from socialinbox.ui.shell.geometry import restore_window, window_state
from socialinbox.ui.shell.help_menu import about_box, diagnostics_report, shortcuts_box
from socialinbox.ui.shell.lists_menu import ListsMenu
from socialinbox.ui.shell.notifier import Banner, QtNotifier
from socialinbox.ui.shell.page import Page, SidebarEntry
from socialinbox.ui.shell.sidebar import SidebarModel, SidebarView
from socialinbox.ui.shell.status import CountsLabel, DatabaseStatus, DemoBadge, SyncStatus
from socialinbox.ui.shell.tray import Tray, tray_available

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.sync.engine import AccountSyncResult

log = logging.getLogger(__name__)

DEFAULT_SPLITTER = (210, 1070)
# How long the status bar names the file of text kept while the database was away.
KEPT_STATUS_MS = 30_000


class MainWindow(QMainWindow):
    """The one window of the app (the :class:`~socialinbox.ui.shell.page.Frame` of its pages).

    Signals:
        closed(): the window has closed; the caller shuts down (see :meth:`shutdown`).
    """

    closed = Signal()

    def __init__(
        self,
        context: AppContext,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
        background_sync: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        # Every label, icon and network list of the window reads the app's catalogue.
        use_networks(context.networks)
        self._background_sync = background_sync
        # Reads on this thread fail while a shared server is away: the status bar says
        # so, nothing else (installed first: the pages below read at once).
        self._quiet_errors = QuietWhileUnreachable()
        self._quiet_errors.install()
        self.tasks = BackgroundTasks(loop, on_error=self._task_failed)
        self.bridge = ChangeBridge(self)
        self.poller = ChangeFeedPoller(context.db, self.bridge, self, origin=context.origin)
        self.sync = SyncController(context, self.bridge, self.tasks, self)
        self.operation = WriteOperation(context.writer, self.tasks, self.bridge, self.show_status)
        self.counts = CountsRefresher(
            context.inbox,
            self.tasks,
            self._channel_candidates,
            self,
            reminders_due=context.reminders.count_due,
            mine=lambda: InboxFilter("mine", user=self.inbox.mine_user()),
        )
        self._accounts = context.accounts.list_accounts()
        self._last_counts: InboxCounts | None = None
        self._background_started = False
        # Closing: no new background work. Closed: the window's close was handled.
        self._closing = False
        self._closed = False
        self._quitting = False
        # Closing to start again on another database (File ▸ Database… ▸ Restart now).
        self.restarting = False
        self._told_about_tray = False
        self._unsaved_text_kept = False
        self._page_by_key: dict[str, Page] = {}
        self._shown: Page | None = None

        title = APP_NAME
        if context.is_demo:
            title = self.tr("{app} — Demo data").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(APP_NAME)

        self.banner = Banner()
        self.tray = Tray(app_icon(), self) if tray_available() else None
        self._notifier = QtNotifier(
            self.banner, app_icon(), self, tray=self.tray.icon if self.tray else None
        )
        self.sidebar_model = SidebarModel(self)
        self.sidebar = SidebarView(self.sidebar_model)
        self.pages = QStackedWidget()
        self.actions_table = ActionTable(self)
        declare_menus(self.actions_table)
        own = declare_window_actions(self.actions_table, self)
        self.sync_action, self.settings_action, self.quit_action = own.sync, own.settings, own.quit
        self.database_action = own.database
        self.shortcuts_action, self.diagnostics_action = own.shortcuts, own.diagnostics
        self.about_action = own.about
        self.lists_menu = ListsMenu(self, self.sidebar.select_key)

        # The features, each given what it needs; they meet only here.
        self.accounts_ui = AccountsController(
            context, self.sync, self.tasks, self.operation, self, self.actions_table, menu="file"
        )
        self.inbox = InboxPage(context, self, self.sync, self.actions_table, self)
        self.inbox.set_has_accounts(bool(self._accounts))
        self.customer_card = CustomerCard(context, self.operation, self.tasks)
        self._add_customer_card()
        self.outbox = OutboxPageController(context, self, self)
        self.front_desk = FrontDesk(
            self, context, self.actions_table, menu="file", group=FILE_DESK, parent=self
        )
        self.escalation = EscalationDesk(
            self, context, self.actions_table, self._message_in_view, self
        )
        self._add_escalation()
        # Crisis alerts: banners above the pages until acknowledged.
        self.alerts_ui = AlertsController(
            context.alerts, self, self.actions_table, menu="view", parent=self
        )
        self.alerts_ui.messages_requested.connect(self.show_list)
        self.handover = HandoverView(
            self,
            context,
            self.actions_table,
            self.front_desk.show_reminders,
            self.alerts_ui.show_alert,
            {
                "new_messages": "view:all",
                "waiting_past_target": "view:needs_reply",
                "escalations": "view:escalated",
                "reminders_due": REMINDERS_KEY,
                "arrivals": ARRIVALS_KEY,
            },
            self,
        )
        self.add_page(self.inbox, view_entries())
        self.add_page(self.outbox, [outbox_entry()])
        self.front_desk.add_pages()
        self.insights = InsightsController(
            context, self, self.actions_table, self, file_group=FILE_DESK
        )
        self.add_page(self.insights, [insights_entry()])

        self.actions_table.build_menus(self.menuBar())
        self.menu("view").aboutToShow.connect(self._sync_view_menu)
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._connect()
        restore_window(self, context.machine_settings.get(MAIN_WINDOW), self._splitters())
        self._rebuild_view_menu()

        self._maintenance_timer = QTimer(self)
        self._maintenance_timer.setInterval(MAINTENANCE_MS)
        self._maintenance_timer.timeout.connect(self._spawn_maintenance)

        # The feed position is taken before the first page is read: nothing
        # written in between can be missed.
        self.poller.start()
        self.sidebar.select_key("view:all")
        self.inbox.focus_list()
        kept = kept_file(context.data_dir)
        if kept is not None:
            self.show_status(
                self.tr(
                    "Text written while the database could not be reached is kept in {path}"
                ).format(path=kept),
                KEPT_STATUS_MS,
            )

    # -- building -------------------------------------------------------------

    def _add_customer_card(self) -> None:
        """The customer card beside the conversation, its menu and its keys."""
        card, table = self.customer_card, self.actions_table
        self.inbox.add_side_pane(card, with_card, card.note_action)
        table.adopt_menu("customer", card.menu)
        table.adopt(
            "customer.note",
            card.note_action,
            help=self.tr("make a note on the customer from the message"),
            section=LIST_SECTION,
        )
        table.adopt(
            "customer.card",
            card.toggle_action,
            help=self.tr("show or hide the customer card"),
            section=CUSTOMERS_SECTION,
        )
        table.adopt(
            "customer.log",
            card.log_action,
            help=self.tr("log a phone call or a visit with the customer"),
            section=CUSTOMERS_SECTION,
        )
        self.inbox.reading_pane.log_requested.connect(card.open_log_conversation)
        self.inbox.current_message_changed.connect(card.follow_message)
        card.message_activated.connect(self.inbox.show_message)
        card.back_requested.connect(self.inbox.focus_list)

    def _message_in_view(self) -> int | None:
        """The message the inbox's reading pane shows, while the inbox is on screen."""
        return self.inbox.reading_pane.message_id if self.is_shown(self.inbox) else None

    def _add_escalation(self) -> None:
        """Escalate…, Assign… and Resolve on the list's menu; the history in the reading pane."""
        pane = self.inbox.reading_pane
        pane.add_section(self.escalation.history)
        pane.message_shown.connect(self.escalation.follow_message)
        self.inbox.list_view.addActions(list(self.escalation.actions))

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(toolbar.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio))
        self.actions_table.build_toolbar(toolbar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.inbox.search)
        toolbar.setContentsMargins(6, 2, 10, 2)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.alerts_ui.area)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.pages, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.setAccessibleName(self.tr("Sidebar and content"))
        # The sidebar's lists above, each account's state below.
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(self.accounts_ui.panel)
        self.accounts_ui.set_accounts(self._accounts)
        self.splitter.addWidget(side)
        self.splitter.addWidget(content)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(DEFAULT_SPLITTER))
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setAccessibleName(self.tr("Status bar"))
        self.counts_label = CountsLabel()
        self.sync_status = SyncStatus()
        self.sync_status.set_accounts(self._accounts)
        status.addPermanentWidget(self.counts_label)
        status.addPermanentWidget(self.sync_status)
        self.database_status = DatabaseStatus()
        status.addPermanentWidget(self.database_status)
        if self._context.is_demo:
            self.demo_badge = DemoBadge()
            status.addPermanentWidget(self.demo_badge)

    def _connect(self) -> None:
        # After the features' own listeners (connected as they were built).
        self.bridge.changes_arrived.connect(self.apply_changes)
        self.bridge.changes_arrived.connect(self.customer_card.apply_changes)
        self.accounts_ui.changed.connect(self._accounts_changed)
        self.poller.connection_changed.connect(self._database_connection_changed)
        if self.tray is not None:
            self.tray.show_requested.connect(self.bring_to_front)
            self.tray.sync_requested.connect(self.sync_now)
            self.tray.quit_requested.connect(self.quit_app)
        self.sidebar.entry_selected.connect(self._entry_selected)
        self.sidebar_model.rowsInserted.connect(self._rebuild_view_menu)
        self.sidebar_model.rowsRemoved.connect(self._rebuild_view_menu)
        # Started once the first paint is on screen, from the event loop.
        self.inbox.list_view.painted_first.connect(
            lambda: QTimer.singleShot(0, self.start_background)
        )
        self.sync.round_started.connect(self.sync_status.round_started)
        self.sync.round_started.connect(self.inbox.update_placeholder)
        self.sync.progressed.connect(self.sync_status.progressed)
        self.sync.round_finished.connect(self._round_finished)
        self.counts.counts_computed.connect(self._counts_computed)

    # -- the Frame: what features may use ------------------------------------------

    @property
    def notifier(self) -> Notifier:
        return self._notifier

    @property
    def is_closing(self) -> bool:
        return self._closing

    @property
    def context(self) -> AppContext:
        """The app's context (services, settings, the writer) the window was built on."""
        return self._context

    @property
    def last_counts(self) -> InboxCounts | None:
        """The latest counts (badges, status bar); None until the first are computed."""
        return self._last_counts

    @property
    def background_started(self) -> bool:
        """True once the first paint is on screen and counting and syncing began."""
        return self._background_started

    def add_page(self, page: Page, entries: Sequence[SidebarEntry] = ()) -> None:
        self._page_by_key[page.key] = page
        self.pages.addWidget(page.widget)
        self.sidebar_model.add_entries(entries)

    def open_page(self, key: str) -> bool:
        return self.sidebar.select_key(key)

    def is_shown(self, page: Page) -> bool:
        return self.pages.currentWidget() is page.widget

    def show_status(self, text: str, ms: int = 0) -> None:
        self.statusBar().showMessage(text, ms)

    def menu(self, menu_id: str) -> QMenu:
        """A menu of the menu bar by its id ("file", "message", "customer", "view", "help")."""
        return self.actions_table.menu(menu_id)

    def dialog_parent(self) -> QWidget:
        return self

    def on_notification_clicked(self, slot: Callable[[Notification], None]) -> None:
        self._notifier.activated.connect(slot)

    def request_counts(self) -> None:
        if self._background_started and not self._closing:
            self.counts.request(self.inbox.current_filter)

    def refresh_badges(self) -> None:
        badges: dict[str, int] = {}
        for page in self._page_by_key.values():
            badges.update(page.badges(self._last_counts))
        self.sidebar_model.set_badges(badges)

    def show_message(self, message_id: int) -> None:
        """Show a message in a list of messages (All messages if another page is shown)."""
        self._open_message_list()
        self.inbox.show_message(message_id)
        self.inbox.focus_list()

    def reply_with(self, message_id: int, text: str) -> None:
        self._open_message_list()
        self.inbox.reply_with(message_id, text)

    def show_contact(self, contact_id: int) -> None:
        db = self._context.db
        message_id = latest_message_id(db, contact_id) or latest_message_id(
            db, contact_id, inbound=False
        )
        if message_id is not None:
            self.show_message(message_id)
        else:
            self._open_message_list()
        self.customer_card.show_contact(contact_id)

    def show_list(self, title: str, flt: InboxFilter) -> None:
        """Show in the inbox a list no sidebar entry names (an alert's messages); no
        sidebar entry is current meanwhile, so choosing any shows that list again."""
        self._open_message_list()
        self.sidebar.setCurrentIndex(QModelIndex())
        self.inbox.show_list(title, flt)
        self.inbox.focus_list()

    def _open_message_list(self) -> None:
        entry = self.sidebar.current_entry()
        if entry is None or entry.filter is None:
            self.sidebar.select_key("view:all")

    def send_soon(self) -> None:
        """Send what is due in the background without fetching (after a running round)."""
        if not self._closing:
            self.sync.send_soon()

    # -- changes and counts ---------------------------------------------------------

    def apply_changes(self, change: ChangeSet) -> None:
        """Hand a change set to every page; the frame's own parts: accounts, counts."""
        for page in self._page_by_key.values():
            page.apply_changes(change)
        if change.touches(changes.ACCOUNT):
            self.refresh_accounts()
        if change.touches(changes.REMINDER):
            self.request_counts()

    def _entry_selected(self, entry: SidebarEntry) -> None:
        page = self._page_by_key.get(entry.page)
        if page is not None:
            if self._shown is not None and self._shown is not page:
                self._shown.deactivate()
            self._shown = page
            self.pages.setCurrentWidget(page.widget)
            page.activate(entry)
            self.escalation.update_actions()
        self._sync_view_menu()

    def refresh_accounts(self) -> None:
        """Read the accounts again: the status bar, the panel, the empty list's text."""
        self._accounts = self._context.accounts.list_accounts()
        self.sync_status.set_accounts(self._accounts)
        self.accounts_ui.set_accounts(self._accounts)
        self.inbox.set_has_accounts(bool(self._accounts))

    def _accounts_changed(self) -> None:
        """An account was added, signed in again or removed: sync at once.

        Its change set, published by the write operation, has refreshed what is
        shown: the accounts, or everything when a removal took its messages."""
        self.sync.sync_now()

    def _channel_candidates(self) -> Sequence[str]:
        """Networks the sidebar may list: the declared ones, then those of plug-in accounts."""
        found = self._context.networks.names()
        for account in self._accounts:
            try:
                factory = self._context.registry.get(account.kind)
            except LookupError:
                continue
            found.extend(c for c in factory.channels if c not in found)
        return found

    def _counts_computed(self, counts: InboxCounts) -> None:
        if self._closing:
            return
        self._last_counts = counts
        self.sidebar_model.set_channels(counts.channels)
        if self.tray is not None:
            self.tray.set_counts(counts.unread, counts.reminders_due)
        self.refresh_badges()
        self.counts_label.set_counts(counts, bool(self.inbox.current_filter.search))
        self.inbox.show_counts(counts)

    def _round_finished(self, results: Sequence[AccountSyncResult]) -> None:
        self.sync_status.round_finished(results)
        self.refresh_accounts()
        failed = [r for r in results if not r.ok]
        waiting = len(self._context.outbox.list_items(("approved",))) if not self._closing else 0
        if failed and waiting:
            detail = "; ".join(f"{r.name}: {r.detail}" for r in failed)
            text = translate(
                "MainWindow",
                "%n reply(ies) wait and will be sent when the network can be reached.",
                None,
                waiting,
            )
            self.show_status(f"{text} ({detail})", 15_000)
            self.banner.show_notification(
                Notification(self.tr("Replies are waiting to be sent"), f"{text}\n{detail}")
            )
        elif failed:
            self.show_status(
                translate(
                    "MainWindow",
                    "%n account(s) could not be synced; see the status bar.",
                    None,
                    len(failed),
                ),
                10_000,
            )

    # -- geometry -------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"splitter": self.splitter, "inbox_splitter": self.inbox.splitter}

    def save_geometry(self) -> None:
        self._context.machine_settings.set(MAIN_WINDOW, window_state(self, self._splitters()))

    # -- start and stop -------------------------------------------------------

    def start_background(self) -> None:
        """After the first paint: counts, the demo's first round, background sync."""
        if self._background_started or self._closing:
            return
        self._background_started = True
        favour_the_ui_thread()
        # What start-up allocated (modules, Qt wrappers) lives as long as the app:
        # keep it out of the collector's full passes, which otherwise stall the
        # event loop for 60-90 ms while messages stream in. The collector was paused
        # until now (socialinbox.__main__): it runs again.
        gc.freeze()
        gc.enable()
        # Before the worker threads start (the counts below are their first work).
        limit_malloc_arenas()
        if self._accounts:
            # The keychain opens off the UI thread before the first round needs it (see
            # SecretStore.open); not earlier: importing keyring's backends held the GIL
            # while the window painted. Without accounts it opens when one is added.
            self.tasks.loop.run_in_executor(None, self._context.secrets.open)
        self.request_counts()
        self.tasks.spawn(self._startup_sync(), "startup-sync")
        self._spawn_maintenance()
        self._maintenance_timer.start()
        self.front_desk.tick()
        self.tasks.spawn(score_earlier_tones(self._context, self.operation), "tone-upkeep")

    def _spawn_maintenance(self) -> None:
        if not self._closing:
            self.tasks.spawn(
                maintain_database(self._context, self.tasks.loop, self._notifier.notify),
                "database-check",
            )

    async def _startup_sync(self) -> None:
        if self._context.is_demo:
            # ensure_demo_account writes through the writer itself (writer.call),
            # so it runs in a worker thread, never on the writer's own thread.
            await self.tasks.loop.run_in_executor(None, self._context.ensure_demo_account)
            self.refresh_accounts()
            await self.sync.run_round()
            # The demo business's notes on its customers, now that they exist: the
            # cornbread guest's return in the demo's next round raises a reminder.
            seeded = await self.tasks.loop.run_in_executor(None, self._context.seed_demo_notes)
            if not self._closing:
                self.bridge.publish(seeded)
        if self._background_sync:
            self.sync.start_background()

    async def shutdown(self) -> None:
        """Stop timers and background work, close the network client. Idempotent."""
        self._closing = True
        self._keep_unsaved_text()
        self.poller.stop()
        self.counts.stop()
        self.inbox.stop()
        self._maintenance_timer.stop()
        self.sync.stop()
        await self.tasks.shutdown()
        await self.sync.aclose()
        self._notifier.close()
        self.handover.close()
        if self.tray is not None:
            self.tray.close()
        self._quiet_errors.remove()

    def _database_connection_changed(self, reachable: bool) -> None:
        self.database_status.setVisible(not reachable)
        if reachable:
            self.show_status(self.tr("Database connection restored."), 6_000)
            self.operation.retry_held()

    def _keep_unsaved_text(self) -> None:
        """Closing while the database is away: what the user wrote goes to a file (once)."""
        if self._unsaved_text_kept:
            return
        self._unsaved_text_kept = True
        texts = self.operation.held_texts
        if not self.poller.reachable:
            texts += self.inbox.composer.unsent_texts() + self.customer_card.open_note_texts()
        try:
            kept = keep_on_disk(self._context.data_dir, texts, self._context.clock.now())
        except OSError:
            log.exception("Could not keep the unsaved text on disk")
            return
        if kept is not None:
            log.warning("Text not saved in the database was kept in %s", kept)

    def keeps_running_in_tray(self) -> bool:
        """True if closing the window now only hides it (the tray keeps the app running)."""
        return (
            self.tray is not None
            and not self._quitting
            and not self._closing
            and self._context.machine_settings.get(CLOSE_TO_TRAY)
        )

    def bring_to_front(self) -> None:
        """Show the window over the others (another start on this data folder asked)."""
        log.info("Another start on this data folder asked for the window")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """Quit for real, even when closing the window only hides it in the tray."""
        self._quitting = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.keeps_running_in_tray():
            event.ignore()
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self._notifier.notify(
                    Notification(
                        APP_NAME,
                        self.tr("Still running in the tray. Choose Quit from its menu to stop."),
                    )
                )
            return
        if not self._closed:
            self._closed = True
            self._closing = True
            try:
                self.save_geometry()
            except OSError:
                log.warning("Could not save the window geometry", exc_info=True)
            self.closed.emit()
        event.accept()

    def _task_failed(self, name: str, error: BaseException) -> None:
        if isinstance(error, DatabaseUnavailable):
            return  # the status bar says the connection is lost (and the log has it)
        self.show_status(
            self.tr("Something went wrong ({name}): {error}").format(
                name=name, error=describe(error)
            ),
            10_000,
        )

    # -- commands ---------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.sync.sync_now():
            self.show_status(self.tr("A sync is already running."), 4_000)

    def open_settings(self) -> None:
        # Imported when opened: no dialog is needed for the window's first paint.
        from socialinbox.ui.settings.settings_controller import open_settings

        self.settings_dialog = open_settings(
            self._context,
            self,
            partial(self.operation.run, name="save-settings"),
            tray_available=self.tray is not None,
            open_database=self.open_database,
        )
        # This desk's property may have changed: the front desk reads it again.
        self.settings_dialog.applied.connect(self.front_desk.settings_applied)

    def open_database(self, over: QWidget | None = None) -> None:
        """File ▸ Database… (and Settings ▸ General, ``over`` that dialog): where the data
        is kept, and moving it (from the next start)."""
        from socialinbox.ui.settings.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self._context, self.tasks, over or self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restart_requested.connect(self.restart)
        self.database_dialog = dialog
        dialog.open()

    def restart(self) -> None:
        """Quit, then start again with the same command line (ui.main restarts the process
        once everything is closed): a new database is used from a start."""
        self.restarting = True
        self.quit_app()

    def copy_diagnostics(self) -> None:
        """Help → Copy diagnostics: a report for support, secrets left out."""
        QApplication.clipboard().setText(diagnostics_report(self._context))
        self.show_status(self.tr("Diagnostics copied to the clipboard."), 5_000)

    def show_about(self) -> None:
        self.about_box = about_box(self)

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts: generated from the action table."""
        self.shortcuts_box = shortcuts_box(self, self.actions_table.help_html())

    # -- the View menu ---------------------------------------------------------------

    def _rebuild_view_menu(self, *_args: object) -> None:
        """The View menu: its declared actions, then one entry per list (Ctrl+1 … Ctrl+9)."""
        self.actions_table.fill_menu("view")
        menu = self.menu("view")
        menu.addSeparator()
        self.lists_menu.fill(menu, self.sidebar_model.entries(), self._current_key())

    def _sync_view_menu(self) -> None:
        self.lists_menu.check(self._current_key())

    def _current_key(self) -> str | None:
        entry = self.sidebar.current_entry()
        return entry.key if entry is not None else None

    @property
    def view_group(self) -> QActionGroup:
        """The View menu's list entries (one checked: the list shown)."""
        return self.lists_menu.group
