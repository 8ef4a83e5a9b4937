"""Asyncio tasks the UI starts on the qasync loop, kept track of so none is lost.

Rules: spawn from the UI thread only; a task's exception is logged (and shown
through ``on_error`` when given), never silently dropped; :meth:`shutdown`
cancels whatever still runs when the window closes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class BackgroundTasks:
    def __init__(
        self,
        loop: asyncio.AbstractEventLoop | None = None,
        on_error: Callable[[str, BaseException], None] | None = None,
    ) -> None:
        self._loop = loop or asyncio.get_event_loop()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._on_error = on_error

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def spawn(self, coro: Coroutine[Any, Any, T], name: str) -> asyncio.Task[T]:
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("Background task %s failed", task.get_name(), exc_info=error)
            if self._on_error is not None:
                self._on_error(task.get_name(), error)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def wait_idle(self, *, ignore: set[str] | frozenset[str] = frozenset()) -> None:
        """Wait until every task (except those named in ``ignore``) has finished."""
        while True:
            waiting = [t for t in self._tasks if t.get_name() not in ignore]
            if not waiting:
                return
            await asyncio.wait(waiting)

    async def shutdown(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
