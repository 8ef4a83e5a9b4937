"""Counts for the sidebar badges and the status bar, computed off the UI thread.

Rules: counting scans an index, so it never runs on the UI thread and never
before the first paint; requests that arrive while a count runs are coalesced
into one more run with the newest filter.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from socialinbox.core.inbox import Inbox, InboxFilter
from socialinbox.ui.runtime.tasks import BackgroundTasks

COALESCE_MS = 300
# At a million messages a count takes about a second: while changes keep coming
# (a long sync), counts run at most this often.
MIN_GAP_S = 1.0


@dataclass(frozen=True, slots=True)
class InboxCounts:
    """What the counts were for ``filter`` (the list being shown)."""

    filter: InboxFilter
    shown: int
    unread: int
    needs_reply: int
    # Networks that have messages, in the order they were asked about.
    channels: tuple[str, ...]
    unread_by_channel: dict[str, int] = field(default_factory=dict, hash=False)
    # Open reminders that are due now (for the tray and, later, the Reminders view).
    reminders_due: int = 0
    # Open escalations, and the messages assigned to the desk's person (*Mine*).
    escalated: int = 0
    mine: int = 0


def compute_counts(
    inbox: Inbox,
    shown: InboxFilter,
    candidates: Sequence[str],
    reminders_due: Callable[[], int] | None = None,
    mine: InboxFilter | None = None,
) -> InboxCounts:
    """Count everything the window shows (``mine``: the desk's *Mine* list). Blocking:
    run it in a worker thread."""
    channels = tuple(c for c in candidates if inbox.page(InboxFilter("all", channel=c), limit=1))
    unread_by_channel = {c: inbox.count(InboxFilter("unread", channel=c)) for c in channels}
    unread = inbox.count(InboxFilter("unread"))
    return InboxCounts(
        filter=shown,
        shown=inbox.count(shown),
        unread=unread,
        needs_reply=inbox.count(InboxFilter("needs_reply")),
        channels=channels,
        unread_by_channel=unread_by_channel,
        reminders_due=reminders_due() if reminders_due is not None else 0,
        escalated=inbox.count(InboxFilter("escalated")),
        mine=inbox.count(mine) if mine is not None else 0,
    )


class CountsRefresher(QObject):
    """Recounts in the loop's executor when asked, at most one run at a time.

    Signals:
        counts_computed(InboxCounts): fresh counts (on the UI thread).
    """

    counts_computed = Signal(object)

    def __init__(
        self,
        inbox: Inbox,
        tasks: BackgroundTasks,
        candidates: Callable[[], Sequence[str]],
        parent: QObject | None = None,
        delay_ms: int = COALESCE_MS,
        reminders_due: Callable[[], int] | None = None,
        mine: Callable[[], InboxFilter] | None = None,
    ) -> None:
        """``mine``: the desk's *Mine* filter, asked on the UI thread before each count."""
        super().__init__(parent)
        self._inbox = inbox
        self._mine = mine
        self._reminders_due = reminders_due
        self._tasks = tasks
        self._candidates = candidates
        self._filter = InboxFilter()
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

    @property
    def running(self) -> bool:
        return self._running or self._timer.isActive()

    def request(self, shown: InboxFilter) -> None:
        """Count again soon for ``shown``; many requests in a burst make one count."""
        self._filter = shown
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _start(self) -> None:
        if self._running:
            self._again = True
            return
        self._running = True
        self._tasks.spawn(self._run(), "counts")

    async def _run(self) -> None:
        loop = self._tasks.loop
        try:
            while True:
                self._again = False
                started = loop.time()
                shown = self._filter
                counts = await loop.run_in_executor(
                    None,
                    compute_counts,
                    self._inbox,
                    shown,
                    tuple(self._candidates()),
                    self._reminders_due,
                    self._mine() if self._mine is not None else None,
                )
                self.counts_computed.emit(counts)
                if not self._again:
                    return
                await asyncio.sleep(max(0.0, started + MIN_GAP_S - loop.time()))
        finally:
            self._running = False
