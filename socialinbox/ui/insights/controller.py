"""The Insights page in the window: its sidebar entry, View ▸ Insights (Ctrl+Shift+I), File ▸
Export Insights… (Ctrl+E), and the computation behind it.

Rules: the levels are read off the UI thread (one streamed query in the loop's
executor, ``core.insights.read_insights``), at most one read at a time; requests
during a read make one more read after it. The page is read again when it is opened
and, while it is shown, after a change set that names messages or settings — at
most once per :data:`COALESCE_MS`, or per twice the last read's time when reads
are slow (a long sync then costs a bounded share of the machine); a hidden page
only remembers it is out of date.
Export is enabled while the page is shown.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from socialinbox.core import changes
from socialinbox.core.business_settings import PROPERTY_TIMEZONE
from socialinbox.core.changes import ChangeSet
from socialinbox.core.insights import Insights, read_insights, recent_weeks_start
from socialinbox.core.reminders import property_zone
from socialinbox.ui.common.errors import describe
from socialinbox.ui.insights.insights_page import InsightsPage
from socialinbox.ui.shell.actions import APP_SECTION, LISTS_SECTION, ActionSpec, ActionTable
from socialinbox.ui.shell.page import Frame, SidebarEntry

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.runtime.counts import InboxCounts

INSIGHTS_PAGE = "insights"
INSIGHTS_KEY = "page:insights"
REFRESH_ON = (changes.MESSAGE, changes.SETTINGS)
COALESCE_MS = 1000
EXPORT_KINDS = ("csv", "png")


def insights_entry() -> SidebarEntry:
    return SidebarEntry(
        INSIGHTS_KEY,
        QCoreApplication.translate("Sidebar", "Insights"),
        "insights",
        page=INSIGHTS_PAGE,
    )


class InsightsController(QObject):
    """The Insights page (a :class:`~socialinbox.ui.shell.page.Page`) and its commands.

    Signals:
        insights_shown(object): fresh :class:`~socialinbox.core.insights.Insights` are on
            the page.
    """

    insights_shown = Signal(object)

    def __init__(
        self,
        context: AppContext,
        frame: Frame,
        actions: ActionTable,
        parent: QObject | None = None,
        *,
        file_group: int = 0,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._frame = frame
        # The File menu's group for Export (the shell's layout, passed in by the window).
        self._file_group = file_group
        self._stale = True
        self._running = False
        self._again = False
        self._last_read_ms = 0
        self.page = InsightsPage()
        self.page.period_changed.connect(lambda _weeks: self.refresh())
        self.page.export_requested.connect(self.choose_export)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.refresh)

        self.open_action = actions.add(
            ActionSpec(
                "insights.open",
                self.tr("&Insights"),
                lambda: frame.open_page(INSIGHTS_KEY),
                menu="view",
                shortcut="Ctrl+Shift+I",
                icon="insights",
                tip=self.tr("Where the business stands on the six response levels (Ctrl+Shift+I)"),
                help=self.tr("open Insights: response levels and times"),
                section=LISTS_SECTION,
            )
        )
        self.export_action = actions.add(
            ActionSpec(
                "insights.export",
                self.tr("&Export Insights…"),
                self.choose_export,
                menu="file",
                group=self._file_group,
                shortcut="Ctrl+E",
                tip=self.tr("Save the Insights page as CSV or as a PNG image"),
                help=self.tr("export Insights (CSV or PNG)"),
                section=APP_SECTION,
            )
        )
        self.export_action.setEnabled(False)

    # -- the Page protocol ----------------------------------------------------------

    @property
    def key(self) -> str:
        return INSIGHTS_PAGE

    @property
    def title(self) -> str:
        return self.tr("Insights")

    @property
    def widget(self) -> QWidget:
        return self.page

    def activate(self, entry: SidebarEntry) -> None:
        self.export_action.setEnabled(True)
        if self._stale:
            self.refresh()

    def deactivate(self) -> None:
        self.export_action.setEnabled(False)

    def apply_changes(self, change: ChangeSet) -> None:
        if not any(change.touches(kind) for kind in REFRESH_ON):
            return
        self._stale = True
        waiting = self._timer.isActive()
        if self._frame.is_shown(self) and not self._frame.is_closing and not waiting:
            self._timer.start(max(COALESCE_MS, 2 * self._last_read_ms))

    def badges(self, counts: InboxCounts | None) -> Mapping[str, int]:
        return {}

    # -- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the levels again for the chosen period, off the UI thread."""
        if self._frame.is_closing:
            return
        self._stale = False
        if self._running:
            self._again = True
            return
        self._running = True
        self._frame.tasks.spawn(self._read(), "insights")

    async def _read(self) -> None:
        loop = self._frame.tasks.loop
        try:
            while True:
                self._again = False
                weeks = self.page.period_weeks
                started = loop.time()
                found = await loop.run_in_executor(None, self._compute, weeks)
                self._last_read_ms = int((loop.time() - started) * 1000)
                if self._frame.is_closing:
                    return
                if not self._again:
                    self.page.show_insights(*found)
                    self.insights_shown.emit(found[0])
                    return
        finally:
            self._running = False

    def _compute(self, weeks: int) -> tuple[Insights, date | None, date]:
        """The levels of the last ``weeks`` weeks (0: all) and the chart's first and last
        week. Blocking: runs in a worker thread."""
        context = self._context
        now = context.clock.now()
        zone = property_zone(context.business.get(PROPERTY_TIMEZONE))
        since: datetime | None = recent_weeks_start(now, zone, weeks) if weeks else None
        insights = read_insights(context.db, context.business, now, since)
        return insights, since.date() if since else None, now.astimezone(zone).date()

    # -- export -----------------------------------------------------------------------

    def choose_export(self, kind: str = "") -> None:
        """Ask where to save the page (``kind`` "csv" or "png" preselects the type)."""
        if self.page.insights is None:
            self._frame.show_status(self.tr("The levels are still being read."), 4_000)
            return
        filters = {"csv": self.tr("CSV table (*.csv)"), "png": self.tr("PNG image (*.png)")}
        chosen = filters.get(kind, filters["csv"])
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        today = self._context.clock.now().date().isoformat()
        suggested = str(Path(folder) / f"insights-{today}.{kind or 'csv'}")
        path, selected = QFileDialog.getSaveFileName(
            self._frame.dialog_parent(),
            self.tr("Export Insights"),
            suggested,
            ";;".join(filters.values()),
            chosen,
        )
        if not path:
            return
        as_png = path.lower().endswith(".png") or (
            selected == filters["png"] and not path.lower().endswith(".csv")
        )
        self.export(Path(path), "png" if as_png else "csv")

    def export(self, path: Path, kind: str) -> bool:
        """Write the page as ``kind`` ("csv" or "png") to ``path``; say how it went."""
        if kind == "png" and path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        elif kind == "csv" and path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            if kind == "png":
                self.page.export_png(path)
            else:
                self.page.export_csv(path)
        except OSError as exc:
            self._frame.show_status(
                self.tr("Could not export: {error}").format(error=describe(exc)),
                10_000,
            )
            return False
        self._frame.show_status(self.tr("Insights saved to {path}").format(path=path), 8_000)
        return True
