"""Reminders and the front desk in the window: the Reminders and Today's arrivals pages,
announcements, Ctrl+K, File ▸ Import arrivals….

Rules:

- New and woken reminders reach the notifier through one
  :class:`ReminderAnnouncer` listening to the window's change bridge, which
  carries the sync engine's changes, this window's writes and (through the
  change-feed poller) other processes' — the announcer announces each reminder
  once per time it becomes due.
- A timer wakes snoozed reminders (at start and every :data:`WAKE_INTERVAL_MS`),
  announces follow-ups whose time has come, and recounts the badge.
- Writes (reminder actions, the import, confirming a name match) go through the
  window's write operation, which publishes their change sets on the bridge; the
  import as one writer job per batch (core.arrivals.ImportRun), pausing between.
- "Today" is the property's local date: the desk's property's own timezone, else the
  business setting ``property_timezone`` (``core.properties.zone_of``).
- Today's arrivals lists the desk's property's guests (every property's when the desk
  is at none); an arrivals list is imported for the property chosen in the dialog (the
  desk's by default). The desk's property is read once, again after a change to the
  properties or the settings.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from socialinbox.core import changes
from socialinbox.core.arrivals import (
    PAUSE_SECONDS,
    ArrivalsError,
    ArrivalsImport,
    ImportReport,
    ImportRun,
    ParsedArrivals,
    arrivals_on,
)
from socialinbox.core.business_settings import PHONE_REGION, PROPERTY_TIMEZONE
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.front_desk import lookup_rows, name_matches
from socialinbox.core.notify import Notification
from socialinbox.core.properties import PropertyInfo, UnknownProperty, zone_of
from socialinbox.core.reminders import OPEN, ReminderAnnouncer
from socialinbox.settings import ARRIVALS_FOLDER
from socialinbox.storage.database import DatabaseProblem
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import when_text
from socialinbox.ui.front_desk.arrivals_page import ArrivalsPage
from socialinbox.ui.front_desk.lookup_popup import LookupPopup
from socialinbox.ui.front_desk.pages import (
    ARRIVALS_KEY,
    ARRIVALS_PAGE,
    ARRIVALS_REFRESH_ON,
    REMINDERS_KEY,
    REMINDERS_PAGE,
    REMINDERS_REFRESH_ON,
    DeskPage,
    arrivals_entry,
    reminders_entry,
)
from socialinbox.ui.front_desk.reminders_page import RemindersPage
from socialinbox.ui.shell.actions import CUSTOMERS_SECTION, ActionSpec, ActionTable
from socialinbox.ui.shell.page import Frame

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.front_desk.arrivals_dialog import ArrivalsDialog

log = logging.getLogger(__name__)

# Snoozes are chosen to the minute: wake them every minute.
WAKE_INTERVAL_MS = 60_000


class FrontDesk(QObject):
    """Builds the front desk's pages and actions into the window and keeps them current.

    Its own listener on the change bridge (the announcer, the timezone) is connected
    before the frame's: pages refresh after the timezone is read again.
    """

    def __init__(
        self,
        window: Frame,
        context: AppContext,
        actions: ActionTable,
        *,
        menu: str,
        group: int,
        parent: QObject | None = None,
    ) -> None:
        """``menu`` and ``group``: where File ▸ Find Customer… and Import Arrivals… go."""
        super().__init__(parent)
        self._window = window
        self._context = context
        self._operation = window.operation
        self._zone: tzinfo | None = None
        self._place: PropertyInfo | None = None
        self._place_read = False
        self._last_tick: datetime = context.clock.now()
        self.importer = ArrivalsImport(context.db, context.clock, context.origin)
        self.dialog: ArrivalsDialog | None = None

        self.reminders_page = RemindersPage(context.reminders, context.inbox, self.zone)
        self.arrivals_page = ArrivalsPage(
            lambda day: arrivals_on(context.db, day, self._place_id()),
            partial(name_matches, context.db),
            self.today,
            place_name=self._place_name,
        )
        self.reminders = DeskPage(
            REMINDERS_PAGE,
            self.tr("Reminders"),
            self.reminders_page,
            window,
            opened=self._reminders_opened,
            refresh=self.reminders_page.refresh,
            refresh_on=REMINDERS_REFRESH_ON,
            badge_key=REMINDERS_KEY,
        )
        self.arrivals = DeskPage(
            ARRIVALS_PAGE,
            self.tr("Today's arrivals"),
            self.arrivals_page,
            window,
            opened=lambda: self.arrivals_page.show_day(self.today()),
            refresh=self.arrivals_page.refresh,
            refresh_on=ARRIVALS_REFRESH_ON,
        )
        self.lookup = LookupPopup(
            partial(lookup_rows, context.db, context.networks), window.dialog_parent()
        )
        self.announcer = ReminderAnnouncer(context.reminders, window.notifier)

        self.lookup_action = actions.add(
            ActionSpec(
                "front_desk.find_customer",
                self.tr("&Find Customer…"),
                self.open_lookup,
                menu=menu,
                group=group,
                shortcut="Ctrl+K",
                tip=self.tr(
                    "Find a customer by a few letters of name, handle, e-mail, phone or room"
                ),
                help=self.tr("find a customer (name, handle, e-mail, phone or room)"),
                section=CUSTOMERS_SECTION,
            )
        )
        self.import_action = actions.add(
            ActionSpec(
                "front_desk.import_arrivals",
                self.tr("&Import Arrivals…"),
                lambda: self.open_import(choose=True),
                menu=menu,
                group=group,
                tip=self.tr("Import the day's arrivals from your property-management system (CSV)"),
            )
        )

        window.bridge.changes_arrived.connect(self.apply_changes)
        window.on_notification_clicked(self._notification_clicked)
        self.reminders_page.action_requested.connect(self.reminder_action)
        self.reminders_page.message_requested.connect(self.show_message)
        self.reminders_page.reply_requested.connect(self._window.reply_with)
        self.reminders_page.contact_requested.connect(self.open_contact)
        self.arrivals_page.import_requested.connect(lambda: self.open_import(choose=True))
        self.arrivals_page.contact_requested.connect(self.open_contact)
        self.arrivals_page.link_requested.connect(self.link)
        self.lookup.contact_chosen.connect(self.open_contact)

        self.timer = QTimer(self)
        self.timer.setInterval(WAKE_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # The first tick comes from the window once the first rows are painted
        # (MainWindow.start_background): the reminders it reads never delay them.

    def add_pages(self) -> None:
        """The Reminders and Today's arrivals pages, in the sidebar after the pages before."""
        self._window.add_page(self.reminders, [reminders_entry()])
        self._window.add_page(self.arrivals, [arrivals_entry()])

    # -- time and place -------------------------------------------------------------

    def zone(self) -> tzinfo:
        """The property's timezone (read once, again after a settings change)."""
        if self._zone is None:
            business_zone = self._context.business.get(PROPERTY_TIMEZONE)
            self._zone = zone_of(self.desk_place(), business_zone)
        return self._zone

    def desk_place(self) -> PropertyInfo | None:
        """The property this desk is at (None: none; read once, see the module's rules)."""
        if not self._place_read:
            try:
                self._place = self._context.desk_property.info()
            except UnknownProperty:
                log.warning("--property names no property of this database: none used")
                self._place = None
            self._place_read = True
        return self._place

    def _place_name(self) -> str | None:
        place = self.desk_place()
        return place.name if place is not None else None

    def _place_id(self) -> int | None:
        place = self.desk_place()
        return place.id if place is not None else None

    def settings_applied(self) -> None:
        """The Settings dialog stored its pages (this desk's property may have changed):
        read the place and its zone again, show the arrivals of the new place."""
        self._forget_place()
        if self._window.is_shown(self.arrivals):
            self.arrivals_page.show_day(self.today())

    def _forget_place(self) -> None:
        self._zone = None
        self._place_read = False

    def today(self) -> date:
        return self._context.clock.now().astimezone(self.zone()).date()

    def tick(self) -> None:
        """Wake snoozed reminders, raise the close-the-loop and thank-you suggestions that came
        due, announce follow-ups that came due, recount the badge."""
        if self._window.is_closing:
            return
        now = self._context.clock.now()
        since, self._last_tick = self._last_tick, now
        self._operation.run(self._context.reminders.wake_snoozed, name="wake-snoozed")
        # Close the loop, thank people: their hours pass without any sync.
        self._operation.run(self._context.practice.check, name="practice-check")
        came_due = [
            r.id
            for r in self._context.reminders.shown()
            if r.state == OPEN and since < r.due <= now
        ]
        if came_due:
            self.announcer(ChangeSet.of(changes.REMINDER, changes.UPDATED, came_due))
        self._window.request_counts()
        if self._window.is_shown(self.reminders):
            self.reminders_page.refresh()

    # -- changes ----------------------------------------------------------------------

    def apply_changes(self, change: ChangeSet) -> None:
        """Announce new reminders; read the timezone again after a settings change (the
        pages themselves refresh through the frame)."""
        if change.touches(changes.SETTINGS) or change.touches(changes.PROPERTY):
            self._forget_place()
        if change.touches(changes.REMINDER):
            self.announcer(change)

    def _reminders_opened(self) -> None:
        self.reminders_page.refresh()
        self.reminders_page.view.setFocus()

    # -- reminders --------------------------------------------------------------------

    def show_reminders(self, reminder_id: int | None = None) -> None:
        self._window.open_page(REMINDERS_KEY)
        self.reminders_page.refresh()
        if reminder_id is not None:
            self.reminders_page.select_reminder(reminder_id)

    def _notification_clicked(self, notification: Notification) -> None:
        if notification.urgency != "reminder":
            return
        self._window.bring_to_front()
        shown = self._context.reminders.shown()
        wanted = next(
            (
                r.id
                for r in shown
                if notification.message_id is not None and r.message_id == notification.message_id
            ),
            None,
        ) or next((r.id for r in shown if r.contact_id == notification.contact_id), None)
        self.show_reminders(wanted)

    def reminder_action(self, action: str, reminder_id: int, until: datetime | None) -> None:
        service = self._context.reminders
        steps: dict[str, Callable[[], ChangeSet]] = {
            "done": partial(service.done, reminder_id),
            "dismiss": partial(service.dismiss, reminder_id),
        }
        if action == "snooze" and until is not None:
            steps["snooze"] = partial(service.snooze, reminder_id, until)
        step = steps.get(action)
        if step is None:
            return
        done = partial(self._snoozed, until) if action == "snooze" and until is not None else None
        self._operation.run(step, name="reminder-action", done=done)

    def _snoozed(self, until: datetime, _change: ChangeSet) -> None:
        local = until.astimezone(self.zone())
        self._window.show_status(
            self.tr("Snoozed until {time}.").format(time=when_text(local)), 6_000
        )

    # -- opening things -----------------------------------------------------------------

    def show_message(self, message_id: int) -> None:
        """Show a message in the inbox (All messages), selected in the list if it is loaded."""
        self._window.show_message(message_id)

    def open_lookup(self) -> None:
        self.lookup.open_for(self._window.dialog_parent())

    def open_contact(self, contact_id: int) -> None:
        """Open a contact: their latest message in the inbox and their customer card."""
        self._window.show_contact(contact_id)

    # -- arrivals ------------------------------------------------------------------------

    def open_import(self, *, choose: bool = False) -> ArrivalsDialog:
        """File ▸ Import arrivals…: the dialog (one at a time); with ``choose``, the file
        chooser opens at once, in the folder of the last file imported."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        day = self.today()
        if self._window.is_shown(self.arrivals):
            day = self.arrivals_page.day()
        # Imported when opened: no dialog is needed for the window's first paint.
        from socialinbox.ui.front_desk.arrivals_dialog import ArrivalsDialog

        dialog = ArrivalsDialog(
            self.importer,
            day,
            partial(name_matches, self._context.db),
            region=self._context.business.get(PHONE_REGION),
            parent=self._window.dialog_parent(),
            folder=self._last_folder(),
            places=self._context.properties.list_properties(),
            place=self._place_id(),
        )
        dialog.file_loaded.connect(self._remember_folder)
        dialog.import_requested.connect(self._import)
        dialog.link_requested.connect(self.link)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        if choose:
            QTimer.singleShot(0, dialog.choose_file)
        return dialog

    def _last_folder(self) -> Path | None:
        saved = self._context.machine_settings.get(ARRIVALS_FOLDER)
        return Path(saved) if isinstance(saved, str) else None

    def _remember_folder(self, path: Path) -> None:
        if str(path.parent) != self._context.machine_settings.get(ARRIVALS_FOLDER):
            self._context.machine_settings.set(ARRIVALS_FOLDER, str(path.parent))

    def _dialog_closed(self, dialog: ArrivalsDialog) -> None:
        if dialog.report is not None and (dialog.report.imported or dialog.report.updated):
            self._window.open_page(ARRIVALS_KEY)
            self.arrivals_page.show_day(dialog.day())
        dialog.deleteLater()
        if self.dialog is dialog:
            self.dialog = None

    def _import(self, parsed: ParsedArrivals, skip: bool, source: str) -> None:
        dialog = self.dialog
        try:
            run = self.importer.start(
                parsed,
                skip_invalid=skip,
                source=source,
                property_id=dialog.property_id() if dialog is not None else self._place_id(),
            )
        except ArrivalsError as error:
            if dialog is not None:
                dialog.import_failed(describe(error))
            return
        self._window.tasks.spawn(self._run_import(run, dialog), "import-arrivals")

    async def _run_import(self, run: ImportRun, dialog: ArrivalsDialog | None) -> None:
        # Each batch is a writer job of its own, its changes published as it lands: the
        # window's other writes (a sync, a note) and other programs get in between.
        try:
            while not run.finished:
                if run.started:
                    await asyncio.sleep(PAUSE_SECONDS)
                await self._operation.call(run.next_batch)
        except Exception as error:  # refused, or the database stayed busy: say so
            if not isinstance(error, (ArrivalsError, DatabaseProblem)):
                log.exception("The arrivals import failed")
            if dialog is not None:
                dialog.import_failed(describe(error))
            if self._window.is_shown(self.arrivals):
                self.arrivals_page.refresh()  # batches written before are shown
            return
        self._imported(dialog, run.report())

    def _imported(self, dialog: ArrivalsDialog | None, report: ImportReport) -> None:
        if dialog is not None:
            dialog.import_finished(report)
        if self._window.is_shown(self.arrivals):
            self.arrivals_page.refresh()

    def link(self, guest_contact_id: int, contact_id: int) -> None:
        """A confirmed name match: merge the guest contact into the customer."""
        self._operation.run(
            self._context.contacts.merge,
            contact_id,
            guest_contact_id,
            name="link-guest",
            done=self._linked,
        )

    def _linked(self, merge: Created) -> None:
        self._window.show_status(
            self.tr("Guest linked (merge {id}; undo with “contacts undo-merge {id}”).").format(
                id=merge.id
            ),
            10_000,
        )
        self.arrivals_page.refresh()
        if self.dialog is not None:
            self.dialog.show_matches(name_matches(self._context.db, self.dialog.day()))
