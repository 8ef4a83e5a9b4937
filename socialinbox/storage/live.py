"""Live change announcements between desks on a PostgreSQL server (LISTEN/NOTIFY).

Every transaction that appends to the change feed (:mod:`socialinbox.core.changes`)
also calls :func:`announce_changes`: on PostgreSQL that queues a ``NOTIFY`` on
:data:`CHANGES_CHANNEL`, which the server delivers when (and only if) the transaction
commits, to every connection that listens. A desk's :class:`ChangeListener` holds one
such connection on a thread of its own and wakes the desk's change-feed reader at
once, so a write at one desk shows at the others in well under a second.

Rules for callers:

- The notification carries no data a reader needs: it only says "read the feed now".
  The ``changes`` table stays the one record (and its poll the fallback), so a
  notification lost while a desk was disconnected costs nothing but time.
- On SQLite :func:`announce_changes` does nothing and there is nothing to listen to;
  :func:`can_listen` tells which.
- :class:`ChangeListener` survives a server restart: a lost connection is reported
  (``on_connection(False)``), retried with a growing wait, and on success reported
  again (``on_connection(True)``) together with a wake-up, since changes may have
  been recorded in between.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

# The channel every desk listens on (one per database: NOTIFY never crosses databases).
CHANGES_CHANNEL = "socialinbox_changes"
# How long one wait for a notification lasts: the listener notices a stop this quickly.
WAIT_SLICE_S = 0.5
# Reconnection waits: doubled after every failed attempt, from FIRST to at most LONGEST.
FIRST_RETRY_S = 0.5
LONGEST_RETRY_S = 30.0
CONNECT_TIMEOUT_S = 5


def can_listen(url: URL) -> bool:
    """Whether the database at ``url`` announces its changes (a PostgreSQL server)."""
    return url.get_backend_name() == "postgresql"


def announce_changes(session: Session, origin: str) -> None:
    """Queue the "changes were recorded" notification in ``session``'s transaction:
    sent at its commit, dropped with a rollback. ``origin`` is the writing process, so
    that it can skip its own notifications."""
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_notify(:channel, :origin)"),
        {"channel": CHANGES_CHANNEL, "origin": origin},
    )


def retry_wait(attempt: int) -> float:
    """Seconds to wait before reconnection attempt ``attempt`` (1-based)."""
    return min(LONGEST_RETRY_S, FIRST_RETRY_S * 2.0 ** min(attempt - 1, 16))


class ChangeListener:
    """Listens on :data:`CHANGES_CHANNEL` on a thread of its own; see the module's rules.

    ``on_change()`` runs on the listener's thread for every notification from another
    process (those of ``origin`` are skipped) and after every reconnection;
    ``on_connection(reachable)`` when the connection is lost or back. Both must be
    quick and thread-safe (e.g. emit a queued Qt signal).
    """

    def __init__(
        self,
        url: URL,
        on_change: Callable[[], None],
        on_connection: Callable[[bool], None] = lambda _reachable: None,
        *,
        origin: str | None = None,
    ) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._on_change = on_change
        self._on_connection = on_connection
        self._origin = origin
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="socialinbox-listener", daemon=True)
        # Set once LISTEN is in place (tests wait for it before writing).
        self.listening = threading.Event()

    def start(self) -> ChangeListener:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread (at most a wait slice and a connect)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg  # only a desk on a server needs the driver loaded

        failures = 0
        reachable = True
        while not self._stopping.is_set():
            try:
                with psycopg.connect(
                    self._conninfo,
                    autocommit=True,
                    connect_timeout=CONNECT_TIMEOUT_S,
                    application_name="socialinbox-listener",
                    # A server gone without closing the socket (a cable pulled, a
                    # laptop asleep) is noticed within about half a minute.
                    keepalives=1,
                    keepalives_idle=10,
                    keepalives_interval=5,
                    keepalives_count=3,
                ) as conn:
                    conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self.listening.set()
                    if failures or not reachable:
                        reachable = True
                        self._on_connection(True)
                        # What was written while we were away is read now.
                        self._on_change()
                    failures = 0
                    self._listen(conn)
            except psycopg.Error as exc:
                self.listening.clear()
                failures += 1
                if reachable:
                    reachable = False
                    log.warning("The database connection for live changes was lost: %s", exc)
                    self._on_connection(False)
                self._stopping.wait(retry_wait(failures))

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        while not self._stopping.is_set():
            # Returns after the slice at the latest, so that a stop is noticed.
            for notification in conn.notifies(timeout=WAIT_SLICE_S):
                if notification.payload != self._origin:
                    self._on_change()
