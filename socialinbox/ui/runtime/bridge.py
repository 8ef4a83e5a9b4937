"""Change sets into Qt: one signal on the UI thread for every write, ours or another process's.

Rule: everything that shows stored data listens to :attr:`ChangeBridge.changes_arrived`
and refreshes only what a change set names.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from socialinbox.core.changes import ChangeSet, changes_since, latest_change_id
from socialinbox.storage.database import Database, DatabaseUnavailable
from socialinbox.storage.live import ChangeListener, can_listen

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 2_000
# While the database cannot be reached, reads are tried again after growing waits up to this.
LONGEST_RETRY_MS = 30_000
# How long an announced change waits for others to read them all at once.
ANNOUNCED_READ_MS = 50


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
    """Reads the change feed and publishes what it finds: at once when a PostgreSQL
    server announces a change (LISTEN/NOTIFY, :mod:`socialinbox.storage.live`; a burst
    within :data:`ANNOUNCED_READ_MS` is read once), and
    every :data:`POLL_INTERVAL_MS` in any case (SQLite's only way, the server's fallback).

    This is how writes by other processes (the CLI, another desk) reach the
    window. This process's own writes (``origin``) are skipped: they were
    published when they were made. One read is one indexed query on
    ``changes.id``: cheap enough for the UI thread.

    A database that cannot be reached (:class:`DatabaseUnavailable`) is said once
    (``connection_changed(False)``) and read again after growing waits, up to
    :data:`LONGEST_RETRY_MS`; the first read that works says so
    (``connection_changed(True)``) and publishes what was missed.

    Signals:
        connection_changed(bool): the database became unreachable (False) or is back (True).
    """

    connection_changed = Signal(bool)
    # From the listener's thread: queued to this object's thread.
    _announced = Signal()
    _listener_connection = Signal(bool)

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
        self._interval_ms = interval_ms
        self._last_id: int | None = None
        self._reachable = True
        self._failures = 0
        self._listener: ChangeListener | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        # Announcements come in bursts (a sync storing batch after batch at another
        # desk): one read for all that arrive within ANNOUNCED_READ_MS.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(ANNOUNCED_READ_MS)
        self._soon.timeout.connect(self.poll)
        self._announced.connect(self._read_soon)
        self._listener_connection.connect(self._listener_says)

    @property
    def reachable(self) -> bool:
        """False from a failed read (or a lost listener) until a read works again."""
        return self._reachable

    @property
    def listener(self) -> ChangeListener | None:
        """The LISTEN connection on a PostgreSQL server (None on SQLite, or stopped)."""
        return self._listener

    def start(self) -> None:
        """Start from the newest change: call before the first page is read."""
        with self._db.read() as session:
            self._last_id = latest_change_id(session)
        self._timer.start()
        if can_listen(self._db.url):
            self._listener = ChangeListener(
                self._db.url,
                self._announced.emit,
                self._listener_connection.emit,
                origin=self._origin,
            ).start()

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    def poll(self) -> ChangeSet:
        """Publish every change recorded since the last poll, and return it."""
        if self._last_id is None:
            return ChangeSet()
        try:
            with self._db.read() as session:
                self._last_id, change = changes_since(
                    session, self._last_id, exclude_origin=self._origin
                )
        except DatabaseUnavailable as error:
            self._unreachable(str(error))
            return ChangeSet()
        except Exception:
            # A busy database: try again next time.
            log.warning("Could not read the change feed", exc_info=True)
            return ChangeSet()
        self._reached()
        self._bridge.publish(change)
        return change

    def _read_soon(self) -> None:
        if not self._soon.isActive():
            self._soon.start()

    def _unreachable(self, why: str) -> None:
        self._failures += 1
        # Waits grow (2 s, 4 s, 8 s … at most LONGEST_RETRY_MS): a server that is away
        # is not asked every two seconds by every desk; the listener's reconnection
        # wakes the poller at once anyway.
        self._timer.setInterval(
            min(LONGEST_RETRY_MS, self._interval_ms * 2 ** min(self._failures, 16))
        )
        if self._reachable:
            log.warning("The database cannot be reached: %s", why)
            self._reachable = False
            self.connection_changed.emit(False)

    def _reached(self) -> None:
        self._failures = 0
        self._timer.setInterval(self._interval_ms)
        if not self._reachable:
            self._reachable = True
            self.connection_changed.emit(True)

    def _listener_says(self, reachable: bool) -> None:
        # The listener notices a lost server at once (its socket closes); a read
        # confirms it either way before the window says anything.
        if not reachable:
            self.poll()
