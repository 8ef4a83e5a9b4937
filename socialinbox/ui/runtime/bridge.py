"""Change sets into Qt: one signal on the UI thread for every write, ours or another process's.

Rule: everything that shows stored data listens to :attr:`ChangeBridge.changes_arrived`
and refreshes only what a change set names.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from socialinbox.core.changes import ChangeSet, changes_since, latest_change_id
from socialinbox.storage.database import Database

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2_000


class ChangeBridge(QObject):
    """Publishes change sets as a Qt signal.

    Signals:
        changes_arrived(ChangeSet): emitted on the UI thread, whichever thread published.

    :meth:`publish` may be called from any thread (e.g. as the sync engine's
    ``on_change`` callback): the signal is queued to the bridge's thread.
    """

    changes_arrived = Signal(object)

    def publish(self, change: ChangeSet) -> None:
        if change:
            self.changes_arrived.emit(change)


class ChangeFeedPoller(QObject):
    """Reads the change feed every :data:`POLL_INTERVAL_MS` and publishes what it finds.

    This is how writes by other processes (the CLI, another desk) reach the
    window. This process's own writes (``origin``) are skipped: they were
    published when they were made. One read is one indexed query on
    ``changes.id``: cheap enough for the UI thread.
    """

    def __init__(
        self,
        db: Database,
        bridge: ChangeBridge,
        parent: QObject | None = None,
        interval_ms: int = POLL_INTERVAL_MS,
        *,
        origin: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._origin = origin
        self._bridge = bridge
        self._last_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Start from the newest change: call before the first page is read."""
        with self._db.read() as session:
            self._last_id = latest_change_id(session)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> ChangeSet:
        """Publish every change recorded since the last poll, and return it."""
        if self._last_id is None:
            return ChangeSet()
        try:
            with self._db.read() as session:
                self._last_id, change = changes_since(
                    session, self._last_id, exclude_origin=self._origin
                )
        except Exception:
            # A busy or briefly unreachable database: try again next time.
            log.warning("Could not read the change feed", exc_info=True)
            return ChangeSet()
        self._bridge.publish(change)
        return change
