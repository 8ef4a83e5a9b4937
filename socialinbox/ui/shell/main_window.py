"""The main window: sidebar, message list and reading pane, menus, toolbar, status bar.

Rules:

- Reads on the UI thread are single pages or primary-key lookups; counts run in
  an executor after the first paint; writes go through ``context.writer`` as
  asyncio tasks, and every write's change set is published on the bridge.
- The list, the reading pane, the sidebar badges and the status bar refresh
  only from change sets (ours, the sync engine's, other processes').
- Selecting a message marks it read after :data:`MARK_READ_DELAY_MS`, like mail
  clients; marking it unread by hand cancels that.
- Geometry and splitter positions are kept in ``context.machine_settings``.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import logging
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from socialinbox import APP_NAME, __version__
from socialinbox.core import changes
from socialinbox.core.backup import (
    BACKUP_DIR,
    BackupError,
    backup_due,
    make_scheduled_backup,
    quick_check,
)
from socialinbox.core.changes import ChangeSet
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.models import MessageRow
from socialinbox.core.names import CHANNELS
from socialinbox.core.notify import Notification
from socialinbox.core.outbox_service import ReplyCreated
from socialinbox.settings import CLOSE_TO_TRAY, DISPLAY_NAME, MAIN_WINDOW
from socialinbox.ui.accounts.accounts_controller import AccountsController
from socialinbox.ui.common.formatting import count_text, network_name
from socialinbox.ui.common.icons import app_icon, glyph_icon
from socialinbox.ui.common.links import open_web_url
from socialinbox.ui.common.widgets import (
    ElidedLabel,
    page_heading,
    plain_label,
    plain_tooltip,
)
from socialinbox.ui.customer.contact_card import CustomerCard, with_card
from socialinbox.ui.inbox.composer import Composer
from socialinbox.ui.inbox.message_delegate import MessageDelegate
from socialinbox.ui.inbox.message_list import MessageListView
from socialinbox.ui.inbox.message_model import MessageListModel
from socialinbox.ui.inbox.reading_pane import ReadingPane
from socialinbox.ui.inbox.search import SearchField
from socialinbox.ui.outbox.outbox_page import ATTENTION_STATES, OutboxPage
from socialinbox.ui.runtime.bridge import ChangeBridge, ChangeFeedPoller
from socialinbox.ui.runtime.counts import CountsRefresher, InboxCounts
from socialinbox.ui.runtime.operation import WriteOperation
from socialinbox.ui.runtime.sync_controller import SyncController
from socialinbox.ui.runtime.tasks import BackgroundTasks
from socialinbox.ui.settings.settings_dialog import GeneralPage, SettingsDialog, SettingsPage
from socialinbox.ui.settings.settings_pages import DesktopPage, RulesPage, SyncPage, TemplatesPage
from socialinbox.ui.shell.notifier import Banner, QtNotifier
from socialinbox.ui.shell.sidebar import (
    INBOX_PAGE,
    OUTBOX_KEY,
    OUTBOX_PAGE,
    SidebarEntry,
    SidebarModel,
    SidebarView,
)
from socialinbox.ui.shell.status import CountsLabel, DemoBadge, SyncStatus
from socialinbox.ui.shell.theme import apply_theme, normalise
from socialinbox.ui.shell.tray import Tray, tray_available

if TYPE_CHECKING:
    from socialinbox.app import AppContext

log = logging.getLogger(__name__)

# How often the database is checked and, once a day, backed up.
MAINTENANCE_MS = 60 * 60 * 1000

T = TypeVar("T")

MARK_READ_DELAY_MS = 1_500
# Ages in the list ("4 min") are repainted this often.
AGE_REFRESH_MS = 60_000
DEFAULT_SIZE = (1320, 840)
DEFAULT_SPLITTER = (210, 1070)
DEFAULT_INBOX_SPLITTER = (440, 630)


class MainWindow(QMainWindow):
    """The one window of the app.

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
        self._background_sync = background_sync
        self.mark_read_delay_ms = MARK_READ_DELAY_MS
        self.tasks = BackgroundTasks(loop, on_error=self._task_failed)
        self.bridge = ChangeBridge(self)
        self.poller = ChangeFeedPoller(context.db, self.bridge, self, origin=context.origin)
        self.sync = SyncController(context, self.bridge, self.tasks, self)
        self.operation = WriteOperation(
            context.writer, self.tasks, self.bridge, self.statusBar().showMessage
        )
        self.accounts_ui = AccountsController(context, self.sync, self.tasks, self.operation, self)
        self.counts = CountsRefresher(
            context.inbox,
            self.tasks,
            self._channel_candidates,
            self,
            reminders_due=context.reminders.count_due,
        )
        self._accounts = context.accounts.list()
        self._last_counts: InboxCounts | None = None
        self._background_started = False
        # Closing: no new background work. Closed: the window's close was handled.
        self._closing = False
        self._closed = False

        title = APP_NAME
        if context.is_demo:
            title = self.tr("{app} — Demo data").format(app=APP_NAME)
        self.setWindowTitle(title)
        self.setWindowIcon(app_icon())
        self.setAccessibleName(APP_NAME)

        self.model = MessageListModel(context.inbox, context.clock, self)
        self.delegate = MessageDelegate(context.clock.now, self)
        self.list_view = MessageListView(self.delegate)
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Messages"))
        self.reading_pane = ReadingPane(context.inbox, context.clock)
        self.composer = Composer(
            context.outbox, context.notes, context.contacts, templates=context.templates
        )
        self.reading_pane.set_composer(self.composer)
        self.customer_card = CustomerCard(context, self.operation, self.tasks)
        self.outbox_page = OutboxPage(
            context.outbox,
            context.inbox,
            lambda: self._context.user,
            contacts=context.contacts,
            notes=context.notes,
        )
        self._inbox_badges: dict[str, int] = {}
        self._outbox_attention = 0
        self.sidebar_model = SidebarModel(self)
        self.sidebar = SidebarView(self.sidebar_model)
        self.search = SearchField()
        self.banner = Banner()
        self.tray = Tray(app_icon(), self) if tray_available() else None
        self.notifier = QtNotifier(
            self.banner, app_icon(), self, tray=self.tray.icon if self.tray else None
        )
        self._quitting = False
        self._told_about_tray = False

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._connect()
        self._restore_geometry()
        # Reminders, Ctrl+K and today's arrivals: pages, menu entries, announcements.
        from socialinbox.ui.front_desk.front_desk_controller import FrontDesk

        self.front_desk = FrontDesk(self, context)

        self._read_timer = QTimer(self)
        self._read_timer.setSingleShot(True)
        self._read_timer.timeout.connect(self._auto_mark_read)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self.list_view.viewport().update)
        self._age_timer.start()
        self._maintenance_timer = QTimer(self)
        self._maintenance_timer.setInterval(MAINTENANCE_MS)
        self._maintenance_timer.timeout.connect(
            lambda: self.tasks.spawn(self._maintain_database(), "database-check")
        )

        # The feed position is taken before the first page is read: nothing
        # written in between can be missed.
        self.poller.start()
        self.sidebar.select_key("view:all")
        self.list_view.setFocus()
        self._update_actions()

    # -- building -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        *,
        shortcut: QKeySequence | str | QKeySequence.StandardKey | None = None,
        icon: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(glyph_icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.sync_action = self._action(
            self.tr("&Sync Now"),
            self.sync_now,
            shortcut=QKeySequence(Qt.Key.Key_F5),
            icon="sync",
            tip=self.tr("Fetch new messages from every account (F5)"),
        )
        self.settings_action = self._action(
            self.tr("S&ettings…"), self.open_settings, shortcut="Ctrl+,", icon="settings"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(
            self.tr("&Quit"), self.quit_app, shortcut=QKeySequence.StandardKey.Quit
        )
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.read_action = self._action(
            self.tr("Mark as &Read"),
            self.toggle_read,
            shortcut="Ctrl+U",
            icon="unread",
            tip=self.tr("Mark the selected messages read or unread (U or Ctrl+U)"),
        )
        self.done_action = self._action(
            self.tr("Mark as &Done"),
            self.toggle_done,
            shortcut="Ctrl+D",
            icon="done",
            tip=self.tr("Mark the selected messages done (E, D or Ctrl+D)"),
        )
        self.open_action = self._action(
            self.tr("&Open Original"),
            self.open_original,
            shortcut="Ctrl+O",
            icon="open_link",
            tip=self.tr("Open the message on its network, in your browser (Ctrl+O)"),
        )
        self.find_action = self._action(
            self.tr("&Search Messages"),
            self.focus_search,
            shortcut=QKeySequence.StandardKey.Find,
            icon="search",
        )
        if self.find_action.shortcut().isEmpty():
            self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.diagnostics_action = self._action(self.tr("&Copy diagnostics"), self.copy_diagnostics)
        self.about_action = self._action(self.tr("&About Social Inbox"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self.accounts_ui.action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        message_menu = bar.addMenu(self.tr("&Message"))
        message_menu.addAction(self.read_action)
        message_menu.addAction(self.done_action)
        message_menu.addSeparator()
        message_menu.addAction(self.open_action)
        bar.addMenu(self.customer_card.menu)
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.aboutToShow.connect(self._sync_view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.diagnostics_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._rebuild_view_menu()

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(toolbar.iconSize().scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio))
        toolbar.addAction(self.sync_action)
        toolbar.addSeparator()
        toolbar.addAction(self.read_action)
        toolbar.addAction(self.done_action)
        toolbar.addAction(self.open_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search)
        toolbar.setContentsMargins(6, 2, 10, 2)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        # The inbox page: a heading over the list, the reading pane beside it.
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

        self.inbox_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.inbox_splitter.setObjectName("inbox_splitter")
        self.inbox_splitter.setAccessibleName(self.tr("Message list and reading pane"))
        self.inbox_splitter.addWidget(list_box)
        self.inbox_splitter.addWidget(self.reading_pane)
        self.inbox_splitter.setChildrenCollapsible(False)
        self.inbox_splitter.setStretchFactor(0, 0)
        self.inbox_splitter.setStretchFactor(1, 1)
        self.inbox_splitter.setSizes(list(DEFAULT_INBOX_SPLITTER))
        list_box.setMinimumWidth(300)
        self.reading_pane.setMinimumWidth(320)
        # The customer card, a third pane beside the reading pane (Ctrl+I shows or hides it).
        self.inbox_splitter.addWidget(self.customer_card)
        self.inbox_splitter.setStretchFactor(2, 0)
        self.inbox_splitter.setSizes(with_card(DEFAULT_INBOX_SPLITTER))

        # One page per kind of sidebar entry; later issues add pages here.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.inbox_splitter)
        self.pages.addWidget(self.outbox_page)
        self._page_widgets: dict[str, QWidget] = {
            INBOX_PAGE: self.inbox_splitter,
            OUTBOX_PAGE: self.outbox_page,
        }

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
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
        if self._context.is_demo:
            self.demo_badge = DemoBadge()
            status.addPermanentWidget(self.demo_badge)

    def _connect(self) -> None:
        self.bridge.changes_arrived.connect(self.apply_changes)
        self.accounts_ui.changed.connect(self._accounts_changed)
        if self.tray is not None:
            self.tray.show_requested.connect(self.bring_to_front)
            self.tray.sync_requested.connect(self.sync_now)
            self.tray.quit_requested.connect(self.quit_app)
        self.sidebar.entry_selected.connect(self._entry_selected)
        self.sidebar_model.rowsInserted.connect(self._rebuild_view_menu)
        self.sidebar_model.rowsRemoved.connect(self._rebuild_view_menu)
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
        # Started once the first paint is on screen, from the event loop.
        self.list_view.painted_first.connect(lambda: QTimer.singleShot(0, self.start_background))
        self.list_view.doubleClicked.connect(lambda _index: self.focus_reading_pane())
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_view.addActions([self.read_action, self.done_action, self.open_action])
        self.reading_pane.open_original_requested.connect(self.open_link)
        self.reading_pane.message_activated.connect(self.show_message)
        self.reading_pane.back_requested.connect(self.list_view.setFocus)
        self.composer.queue_requested.connect(self.queue_reply)
        # The customer card follows the selected message and refreshes from change sets.
        card = self.customer_card
        pane = self.reading_pane
        selection.currentChanged.connect(lambda *_: card.follow_message(pane.message_id))
        self.model.modelReset.connect(lambda: card.follow_message(None))
        self.bridge.changes_arrived.connect(card.apply_changes)
        card.message_activated.connect(self.show_message)
        card.back_requested.connect(self.list_view.setFocus)
        self.list_view.addAction(card.note_action)
        self.addAction(card.toggle_action)
        self.outbox_page.action_requested.connect(self.outbox_action)
        self.sync.round_started.connect(self.sync_status.round_started)
        self.sync.round_started.connect(self._update_placeholder)
        self.sync.progressed.connect(self.sync_status.progressed)
        self.sync.round_finished.connect(self._round_finished)
        self.counts.counts_computed.connect(self._counts_computed)

    # -- geometry -------------------------------------------------------------

    def _restore_geometry(self) -> None:
        saved = self._context.machine_settings.get(MAIN_WINDOW)
        if not isinstance(saved, dict) or not self.restoreGeometry(_decode(saved.get("geometry"))):
            self._default_geometry()
        if isinstance(saved, dict):
            self.restoreState(_decode(saved.get("state")))
            self.splitter.restoreState(_decode(saved.get("splitter")))
            self.inbox_splitter.restoreState(_decode(saved.get("inbox_splitter")))

    def _default_geometry(self) -> None:
        """A comfortable size on the current screen, centred."""
        width, height = DEFAULT_SIZE
        screen = self.screen()
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, int(area.width() * 0.92))
            height = min(height, int(area.height() * 0.92))
            self.setGeometry(
                area.left() + (area.width() - width) // 2,
                area.top() + (area.height() - height) // 2,
                width,
                height,
            )
        else:
            self.resize(width, height)

    def save_geometry(self) -> None:
        self._context.machine_settings.set(
            MAIN_WINDOW,
            {
                "geometry": _encode(self.saveGeometry()),
                "state": _encode(self.saveState()),
                "splitter": _encode(self.splitter.saveState()),
                "inbox_splitter": _encode(self.inbox_splitter.saveState()),
            },
        )

    # -- start and stop -------------------------------------------------------

    def start_background(self) -> None:
        """After the first paint: counts, the demo's first round, background sync."""
        if self._background_started or self._closing:
            return
        self._background_started = True
        # What start-up allocated (modules, Qt wrappers) lives as long as the app:
        # keep it out of the collector's full passes, which otherwise stall the
        # event loop for 60-90 ms while messages stream in.
        gc.freeze()
        self.counts.request(self.model.current_filter)
        self._refresh_outbox()
        self.tasks.spawn(self._startup_sync(), "startup-sync")
        self.tasks.spawn(self._maintain_database(), "database-check")
        self._maintenance_timer.start()

    async def _startup_sync(self) -> None:
        if self._context.is_demo:
            # ensure_demo_account writes through the writer itself (writer.call),
            # so it runs in a worker thread, never on the writer's own thread.
            await self.tasks.loop.run_in_executor(None, self._context.ensure_demo_account)
            self._refresh_accounts()
            await self.sync.run_round()
            # The demo business's notes on its customers, now that they exist: the
            # cornbread guest's return in the demo's next round raises a reminder.
            seeded = await self.tasks.loop.run_in_executor(None, self._context.seed_demo_notes)
            if not self._closing:
                self.bridge.publish(seeded)
        if self._background_sync:
            self.sync.start_background()

    async def _maintain_database(self) -> None:
        """After the first paint and hourly: quick_check, then the daily backup if one is due.

        Both run in a worker thread; a failed check is shown to the user and stops
        the backup, so that a damaged database never replaces a good backup.
        """
        path = self._context.db.path
        if path is None or self._context.is_demo or self._closing:
            return
        loop = self.tasks.loop
        passed, detail = await loop.run_in_executor(None, quick_check, path)
        if not passed:
            log.error("The database failed its integrity check: %s", detail)
            self.notifier.notify(
                Notification(
                    self.tr("The database reports damage"),
                    self.tr(
                        "Quit the app and restore the latest backup (see the README). "
                        "Details: {detail}"
                    ).format(detail=detail),
                    urgency="warning",
                )
            )
            return
        folder = self._context.data_dir / BACKUP_DIR
        now = self._context.clock.now()
        if not await loop.run_in_executor(None, backup_due, folder, now):
            return
        try:
            result = await loop.run_in_executor(None, make_scheduled_backup, path, folder, now)
        except BackupError as exc:
            log.error("The daily backup failed: %s", exc)
            self.notifier.notify(
                Notification(self.tr("The daily backup failed"), str(exc), urgency="warning")
            )
            return
        log.info("Daily backup written: %s (%d bytes)", result.path.name, result.size)

    async def shutdown(self) -> None:
        """Stop timers and background work, close the network client. Idempotent."""
        self._closing = True
        self.poller.stop()
        self.counts.stop()
        self._read_timer.stop()
        self._age_timer.stop()
        self._maintenance_timer.stop()
        self.sync.stop()
        await self.tasks.shutdown()
        await self.sync.aclose()
        self.notifier.close()
        if self.tray is not None:
            self.tray.close()

    def _keeps_running_in_tray(self) -> bool:
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
        if self._keeps_running_in_tray():
            event.ignore()
            self.hide()
            if not self._told_about_tray:
                self._told_about_tray = True
                self.notifier.notify(
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
        self.statusBar().showMessage(
            self.tr("Something went wrong ({name}): {error}").format(name=name, error=error), 10_000
        )

    # -- lists ------------------------------------------------------------------

    def _entry_selected(self, entry: SidebarEntry) -> None:
        page = self._page_widgets.get(entry.page)
        if page is not None:
            self.pages.setCurrentWidget(page)
        if entry.page == OUTBOX_PAGE:
            self.outbox_page.refresh()
        if entry.filter is not None:
            self._show_filter(entry.filter, self.search.query)
        self._sync_view_menu()

    def _search_changed(self, query: str) -> None:
        self._show_filter(self.model.current_filter, query)

    def _show_filter(self, base: InboxFilter, query: str) -> None:
        flt = InboxFilter(base.view, base.channel, query or None)
        self.model.set_filter(flt)
        if self._background_started:
            self.counts.request(flt)

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
        self._update_placeholder()
        self._update_actions()

    def _list_name(self) -> str:
        entry = self.sidebar.current_entry()
        return entry.label if entry is not None else ""

    def _list_size_changed(self, *_args: object) -> None:
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        self.list_view.set_placeholder_text(self._placeholder_text())

    def _placeholder_text(self) -> str:
        if self.model.rowCount() > 0:
            return ""
        flt = self.model.current_filter
        if flt.search:
            return self.tr("No messages match “{query}”.\n\nTry fewer or other words.").format(
                query=flt.search
            )
        if self._context.is_demo and (self.sync.running or not self._accounts):
            return self.tr("Fetching the demo messages…")
        if flt.channel is not None:
            return self.tr("No messages from {network} yet.").format(
                network=network_name(flt.channel)
            )
        if flt.view == "unread":
            return self.tr("No unread messages.\nYou are all caught up.")
        if flt.view == "needs_reply":
            return self.tr("Nothing is waiting for a reply.")
        if self.sync.running:
            return self.tr("Fetching messages…")
        if not self._accounts:
            return self.tr(
                "No account is connected yet.\n\nConnect one with File ▸ Accounts… "
                "(Ctrl+Shift+A),\nor from the command line: socialinbox accounts add\n\n"
                "or try the app with sample messages: socialinbox --demo"
            )
        return self.tr("Your inbox is empty.\n\nNew messages appear here as they arrive.")

    # -- the current message ---------------------------------------------------

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

    # -- actions on messages --------------------------------------------------------

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

    def toggle_read(self) -> None:
        """Mark the selected messages read, or unread if all of them are read."""
        rows = self.selected_rows()
        if not rows:
            return
        self._read_timer.stop()
        make_read = not all(r.read for r in rows)
        self.write(self._context.actions.set_read, [r.id for r in rows], make_read)

    def toggle_done(self) -> None:
        """Mark the selected messages done, or not done if all of them are done."""
        rows = self.selected_rows()
        if not rows:
            return
        make_done = not all(r.done for r in rows)
        self.write(self._context.actions.set_done, [r.id for r in rows], make_done)

    def _auto_mark_read(self) -> None:
        row = self.current_row()
        if row is not None and not row.read:
            self.write(self._context.actions.set_read, [row.id], True)

    def write(self, fn: Callable[..., ChangeSet], *args: Any) -> None:
        """Run a write on the writer thread; its change set updates the window."""
        self.tasks.spawn(self._write(fn, *args), "write")

    async def _write(self, fn: Callable[..., ChangeSet], *args: Any) -> None:
        try:
            change = await self._context.writer.run(fn, *args)
        except Exception as error:
            log.exception("A write failed")
            self.statusBar().showMessage(
                self.tr("Could not save the change: {error}").format(error=error), 10_000
            )
            return
        self.bridge.publish(change)

    def open_original(self) -> None:
        detail = self.reading_pane.detail
        if detail is not None and detail.url:
            self.open_link(detail.url)

    def open_link(self, url: str) -> None:
        """Open a message's link in the browser, for http and https addresses only."""
        result = open_web_url(url)
        if result == "refused":
            self.statusBar().showMessage(
                self.tr("Refused to open the link: only web addresses (http, https) are opened."),
                10_000,
            )
        elif result == "failed":
            self.statusBar().showMessage(self.tr("No web browser could open the link."), 10_000)

    # -- changes ------------------------------------------------------------------

    def apply_changes(self, change: ChangeSet) -> None:
        """Refresh what a change set names: list rows, the reading pane, counts, accounts."""
        if change.touches(changes.MESSAGE):
            self.model.apply_changes(change)
            if self.reading_pane.message_id is not None:
                self.reading_pane.refresh()
            if self._background_started:
                self.counts.request(self.model.current_filter)
            self._update_placeholder()
            self._update_actions()
        if change.touches(changes.ACCOUNT):
            self._refresh_accounts()
        if change.touches(changes.REMINDER) and self._background_started:
            self.counts.request(self.model.current_filter)
        if change.touches(changes.OUTBOX):
            self._refresh_outbox()

    # -- replies --------------------------------------------------------------------

    def _refresh_outbox(self) -> None:
        """The outbox badge, page and the composer's status line, after an outbox change."""
        if self._closing:
            return
        self._outbox_attention = len(self._context.outbox.list(ATTENTION_STATES))
        self.sidebar_model.set_badges(self._inbox_badges | {OUTBOX_KEY: self._outbox_attention})
        if self.pages.currentWidget() is self.outbox_page:
            self.outbox_page.refresh()
        self.composer.refresh_status()

    def queue_reply(self, message_id: int, text: str, via: str = "") -> None:
        """Store a reply (from the composer) on the writer thread; approve it where allowed.
        ``via``: another of the customer's channels (a follow-up), "" for the message's own."""
        self.tasks.spawn(self._queue_reply(message_id, text, via), "queue-reply")

    async def _queue_reply(self, message_id: int, text: str, via: str = "") -> None:
        outbox = self._context.outbox
        approve = not outbox.needs_review()
        try:
            created: ReplyCreated = await self._context.writer.run(
                partial(outbox.create_reply, approve=approve, via=via or None),
                message_id,
                text,
                self._context.user,
            )
        except ValueError as error:
            self.composer.queue_failed(message_id, str(error))
            return
        except Exception as error:
            log.exception("Queueing a reply failed")
            self.composer.queue_failed(
                message_id, self.tr("Could not store the reply: {error}").format(error=error)
            )
            return
        self.bridge.publish(created.changes)
        self.composer.reply_queued(message_id, created.warnings)
        if created.item.state == "approved":
            self.statusBar().showMessage(self.tr("Reply queued; sending it now."), 6_000)
            self.send_soon()
        else:
            self.statusBar().showMessage(
                self.tr("Reply stored; it waits for another person's review."), 6_000
            )

    def outbox_action(self, action: str, item_id: int, comment: str = "") -> None:
        """Run an action of the Outbox page on the writer thread."""
        self.tasks.spawn(self._outbox_action(action, item_id, comment), "outbox-action")

    async def _outbox_action(self, action: str, item_id: int, comment: str) -> None:
        outbox = self._context.outbox
        user = self._context.user
        steps: dict[str, Callable[[], ChangeSet]] = {
            "approve": partial(outbox.approve, item_id, user),
            "submit": partial(outbox.submit, item_id, user),
            "discard": partial(outbox.discard, item_id, user),
            "retry": partial(outbox.retry, item_id, user),
            "mark_sent": partial(outbox.mark_sent, item_id, user),
            "send_back": partial(outbox.send_back, item_id, user, comment),
            "edit": partial(outbox.edit, item_id, comment, user),
            "resubmit": partial(outbox.resubmit, item_id, comment, user),
        }
        try:
            change = await self._context.writer.run(steps[action])
        except ValueError as error:
            self.statusBar().showMessage(str(error)[:1].upper() + str(error)[1:], 10_000)
            return
        except Exception as error:
            log.exception("An outbox action failed")
            self.statusBar().showMessage(
                self.tr("Could not save the change: {error}").format(error=error), 10_000
            )
            return
        self.bridge.publish(change)
        if action in ("approve", "retry"):
            self.send_soon()

    def send_soon(self) -> None:
        """Send what is due in the background without fetching (after a running round)."""
        if self._closing:
            return
        self.sync.send_soon()

    def _refresh_accounts(self) -> None:
        self._accounts = self._context.accounts.list()
        self.sync_status.set_accounts(self._accounts)
        self.accounts_ui.set_accounts(self._accounts)
        self._update_placeholder()

    def _accounts_changed(self) -> None:
        """An account was added, signed in again or removed: sync at once.

        Its change set, published by the write operation, has refreshed what is
        shown: the accounts, or everything when a removal took its messages."""
        self.sync.sync_now()

    def _channel_candidates(self) -> Sequence[str]:
        """Networks the sidebar may list: the known ones, then those of plug-in accounts."""
        found = list(CHANNELS)
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
        badges = {"view:unread": counts.unread, "view:needs_reply": counts.needs_reply}
        badges.update({f"channel:{c}": n for c, n in counts.unread_by_channel.items()})
        badges.update(self.front_desk.badges(counts))
        self._inbox_badges = badges
        self.sidebar_model.set_badges(badges | {OUTBOX_KEY: self._outbox_attention})
        searching = bool(self.model.current_filter.search)
        self.counts_label.set_counts(counts, searching)
        if counts.filter == self.model.current_filter:
            if searching:
                text = self.tr("{count} in {list}").format(
                    count=count_text("Counts", "%Ln result(s)", counts.shown),
                    list=self._list_name(),
                )
            else:
                text = count_text("Counts", "%Ln message(s)", counts.shown)
            self.list_subtitle.setText(text)

    def _round_finished(self, results: Sequence[object]) -> None:
        self.sync_status.round_finished(results)  # type: ignore[arg-type]
        self._refresh_accounts()
        failed = [r for r in results if not getattr(r, "ok", True)]
        waiting = len(self._context.outbox.list(("approved",))) if not self._closing else 0
        if failed and waiting:
            detail = "; ".join(
                f"{getattr(r, 'name', '')}: {getattr(r, 'detail', '')}" for r in failed
            )
            text = count_text(
                "MainWindow",
                "%n reply(ies) wait and will be sent when the network can be reached.",
                waiting,
            )
            self.statusBar().showMessage(f"{text} ({detail})", 15_000)
            self.banner.show_notification(
                Notification(self.tr("Replies are waiting to be sent"), f"{text}\n{detail}")
            )
        elif failed:
            self.statusBar().showMessage(
                count_text(
                    "MainWindow",
                    "%n account(s) could not be synced; see the status bar.",
                    len(failed),
                ),
                10_000,
            )

    # -- commands ---------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.sync.sync_now():
            self.statusBar().showMessage(self.tr("A sync is already running."), 4_000)

    def open_settings(self) -> None:
        context = self._context
        general = GeneralPage(context.machine_settings, context.user)
        general.theme_chosen.connect(self._apply_theme)
        pages: list[SettingsPage] = [
            general,
            DesktopPage(context.machine_settings, self.tray is not None),
            RulesPage(context.business, self.write),
            SyncPage(context.accounts, context.accounts.list(), self.write),
            TemplatesPage(context.business, self.write),
        ]
        dialog = SettingsDialog(pages, self)
        dialog.applied.connect(self._settings_applied)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.settings_dialog = dialog

    def _apply_theme(self, theme: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, normalise(theme))

    def _settings_applied(self) -> None:
        if self._context.options.user is None:
            self._context.user = (
                self._context.machine_settings.get(DISPLAY_NAME) or self._context.user
            )

    def copy_diagnostics(self) -> None:
        """Help → Copy diagnostics: a report for support, secrets left out."""
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from socialinbox.diagnostics import diagnostics

        report = diagnostics(self._context, {"Qt": qVersion(), "PySide6": pyside_version})
        QApplication.clipboard().setText(report)
        self.statusBar().showMessage(self.tr("Diagnostics copied to the clipboard."), 5_000)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Social Inbox"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("{app} {version}").format(app=APP_NAME, version=__version__))
        box.setInformativeText(
            self.tr(
                "One inbox for every channel your customers write on.\n"
                "Local first: your messages stay on this computer."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.about_box = box

    def show_shortcuts(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard Shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("In the message list:"))
        box.setInformativeText(
            self.tr(
                "↑ ↓ or j k\tmove through the list\n"
                "Enter\tread the message in the reading pane\n"
                "Escape\tback to the list\n"
                "u or Ctrl+U\tmark read or unread\n"
                "e, d or Ctrl+D\tmark done\n"
                "Ctrl+O\topen the original in your browser\n"
                "Ctrl+F\tsearch (Escape clears)\n"
                "Ctrl+1 … Ctrl+9\tswitch lists\n"
                "F5\tsync now\n"
                "Ctrl+Enter\tqueue the reply (in the reply box)\n"
                "n\tmake a note on the customer from the message\n"
                "Ctrl+I\tshow or hide the customer card"
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.shortcuts_box = box

    # -- the View menu ---------------------------------------------------------------

    def _rebuild_view_menu(self, *_args: object) -> None:
        menu = self.view_menu
        menu.clear()
        menu.addAction(self.find_action)
        menu.addSeparator()
        for action in self.view_group.actions():
            self.view_group.removeAction(action)
            action.deleteLater()
        number = 0
        for entry in self.sidebar_model.entries():
            if entry.section:
                menu.addSeparator()
                continue
            action = QAction(entry.qicon(), entry.label, self)
            action.setCheckable(True)
            action.setData(entry.key)
            number += 1
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(partial(self._view_action, entry.key))
            self.view_group.addAction(action)
            menu.addAction(action)
            # Shortcuts of actions only in a menu work while the menu bar exists;
            # adding them to the window keeps them working when it is hidden.
            self.addAction(action)
        self._sync_view_menu()

    def _view_action(self, key: str, _checked: bool = False) -> None:
        self.sidebar.select_key(key)

    def _sync_view_menu(self) -> None:
        entry = self.sidebar.current_entry()
        for action in self.view_group.actions():
            action.setChecked(entry is not None and action.data() == entry.key)


def _encode(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _decode(text: object) -> QByteArray:
    if not isinstance(text, str):
        return QByteArray()
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except ValueError:
        return QByteArray()
