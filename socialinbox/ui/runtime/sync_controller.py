"""Running the sync engine from the window: rounds as asyncio tasks on the qasync loop.

Rules: the engine is created on first use, on the running loop (its HTTP client
belongs to that loop); one explicit round at a time; the engine's ``on_change``
callback goes straight into the :class:`ChangeBridge`, so rows appear live.
Sending an approved reply does not wait for (or do) a fetch of every account:
:meth:`SyncController.send_soon` runs a send-only round, after the explicit round
if one is running (one send-only round at a time, another after it if asked).
"""

from __future__ import annotations

import asyncio
import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.ui.runtime.bridge import ChangeBridge
from socialinbox.ui.runtime.tasks import BackgroundTasks

if TYPE_CHECKING:
    # The engine (httpx, the connectors) is imported when the first round starts,
    # after the window's first paint (AppContext.sync_engine).
    from socialinbox.app import AppContext
    from socialinbox.sync.engine import AccountSyncResult, SyncEngine


class SyncController(QObject):
    """Starts sync rounds and reports on them.

    Signals:
        round_started(): an explicit round (start-up, F5) began.
        progressed(int): messages stored so far in the running round.
        round_finished(list[AccountSyncResult]): the round ended (one result per account);
            also after a send-only round, with the results of the accounts that sent.
    """

    round_started = Signal()
    progressed = Signal(int)
    round_finished = Signal(object)

    def __init__(
        self,
        context: AppContext,
        bridge: ChangeBridge,
        tasks: BackgroundTasks,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._bridge = bridge
        self._tasks = tasks
        self._engine: SyncEngine | None = None
        self._stop = asyncio.Event()
        self._running = False
        self._sending = False
        # A send-only round was asked for while a round ran: start it when that ends.
        self._send_pending = False
        self._new = 0
        self.last_results: dict[int, AccountSyncResult] = {}

    @property
    def running(self) -> bool:
        """Whether an explicit round is running."""
        return self._running

    @property
    def sending(self) -> bool:
        """Whether a send-only round is running or waiting for the explicit round to end."""
        return self._sending or self._send_pending

    def engine(self) -> SyncEngine:
        if self._engine is None:
            self._engine = self._context.sync_engine(on_change=self._on_change)
        return self._engine

    async def _ready_engine(self) -> SyncEngine:
        """The engine, its modules imported in a worker thread the first time: importing
        httpx and the engine took 50-230 ms, a stalled window if done on the UI thread."""
        if self._engine is None:
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, importlib.import_module, "socialinbox.sync.engine")
        return self.engine()

    def _on_change(self, change: ChangeSet) -> None:
        if self._running:
            self._new += len(change.ids(changes.MESSAGE, changes.INSERTED))
            self.progressed.emit(self._new)
        self._bridge.publish(change)

    def sync_now(self) -> bool:
        """Start a round in the background; False if one is already running."""
        if self._running:
            return False
        self._begin()
        self._tasks.spawn(self._round(), "sync-round")
        return True

    async def run_round(self) -> list[AccountSyncResult]:
        """Sync every account once and return the results (empty if a round is running)."""
        if self._running:
            return []
        self._begin()
        return await self._round()

    def _begin(self) -> None:
        self._running = True
        self._new = 0
        self.round_started.emit()

    async def _round(self) -> list[AccountSyncResult]:
        results: list[AccountSyncResult] = []
        try:
            results = await (await self._ready_engine()).run_once()
        finally:
            self._running = False
            for result in results:
                self.last_results[result.account_id] = result
            self.round_finished.emit(results)
            self._send_if_pending()
        return results

    # -- sending without a full round ---------------------------------------------------

    def send_soon(self) -> None:
        """Send what is due (approved replies) without fetching, in the background."""
        if self._running or self._sending:
            self._send_pending = True
            return
        self._sending = True
        self._tasks.spawn(self._send_round(), "send-round")

    async def _send_round(self) -> None:
        results: list[AccountSyncResult] = []
        try:
            results = await (await self._ready_engine()).send_due()
        finally:
            self._sending = False
            if results:
                self.round_finished.emit(results)
            self._send_if_pending()

    def _send_if_pending(self) -> None:
        if self._send_pending and not self._stop.is_set():
            self._send_pending = False
            self.send_soon()

    def start_background(self) -> None:
        """Keep syncing each account when it is due, until :meth:`aclose`."""
        self._tasks.spawn(self._run_forever(), "sync-forever")

    async def _run_forever(self) -> None:
        await (await self._ready_engine()).run_forever(self._stop)

    def stop(self) -> None:
        """Ask the background loop to stop (cancel its task to stop it at once)."""
        self._stop.set()

    async def aclose(self) -> None:
        """Close the engine's network client; call after the sync tasks ended."""
        self._stop.set()
        self._send_pending = False
        if self._engine is not None:
            await self._engine.aclose()
