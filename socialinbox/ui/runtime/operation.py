"""The one write operation of the UI: run a core write on the writer, publish its changes.

In the spirit of Anki's ``CollectionOp``. Rules for callers:

- Every write the UI makes goes through :meth:`WriteOperation.run` (or, inside a
  coroutine that must go on with the result, ``await`` :meth:`WriteOperation.call`).
  Nothing else in ``socialinbox/ui`` calls ``writer.run``. A longer piece of
  work that awaits the writer itself (connecting an account verifies it with the
  network first) hands its result's changes to :meth:`WriteOperation.announce`.
- The write returns a :class:`ChangeSet` or a frozen result carrying one in
  ``.changes`` (``Created``, ``ReplyCreated`` …). Its change set is published on
  the bridge before ``done`` runs, so every page has refreshed what it shows.
- A refused request (a :class:`~socialinbox.core.errors.UserError`, or another
  ``ValueError``/``LookupError`` the rules raise, or a read-only database) is
  shown in the user's words; anything else is logged and shown as "Could not
  save the change: …". Either goes to ``failed`` when given, else to the status
  reporter. A failed write publishes nothing and never calls ``done``.
- A write of text the user wrote (a reply, a note) passes that text as ``keep``: if
  the database cannot be reached, the write is held — neither done nor failed,
  the user is told their words are kept — and runs again at :meth:`WriteOperation.retry_held`
  (the window calls it when the connection returns); :attr:`WriteOperation.held_texts`
  are what the window keeps on disk if it closes first. Any other write refused so
  fails with "the database cannot be reached", to be tried again by the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from socialinbox.core.changes import ChangeSet
from socialinbox.core.writer import Writer
from socialinbox.storage.database import DatabaseReadOnly, DatabaseUnavailable
from socialinbox.ui.common.errors import describe
from socialinbox.ui.runtime.bridge import ChangeBridge
from socialinbox.ui.runtime.tasks import BackgroundTasks

log = logging.getLogger(__name__)

# How long the status bar shows why a write failed.
FAILURE_STATUS_MS = 10_000


class CarriesChanges(Protocol):
    """A write's result that carries the write's change set (e.g. ``Created``)."""

    @property
    def changes(self) -> ChangeSet: ...


ResultT = TypeVar("ResultT", bound=ChangeSet | CarriesChanges)

# Errors by which the rules refuse a request: shown, not logged as failures. A
# database that cannot be written refuses every write the same way.
REFUSALS: tuple[type[Exception], ...] = (ValueError, LookupError, DatabaseReadOnly)


@dataclass(frozen=True, slots=True)
class HeldWrite:
    """A write of the user's text that met an unreachable database, to run again."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    name: str
    done: Callable[[Any], None] | None
    failed: Callable[[str], None] | None
    text: str


def changes_of(result: ChangeSet | CarriesChanges) -> ChangeSet:
    """The change set a write's result carries."""
    return result if isinstance(result, ChangeSet) else result.changes


class WriteOperation:
    """Runs core writes for the UI; see the module's rules.

    ``status(text, ms)`` shows a line for ``ms`` milliseconds (the window's status bar).
    """

    def __init__(
        self,
        writer: Writer,
        tasks: BackgroundTasks,
        bridge: ChangeBridge,
        status: Callable[[str, int], None],
    ) -> None:
        self._writer = writer
        self._tasks = tasks
        self._bridge = bridge
        self._status = status
        self._held: list[HeldWrite] = []

    def run(
        self,
        fn: Callable[..., ResultT],
        *args: Any,
        name: str,
        done: Callable[[ResultT], None] | None = None,
        failed: Callable[[str], None] | None = None,
        keep: str | None = None,
    ) -> None:
        """Start ``fn(*args)`` on the writer as the task ``name``; return at once.
        ``keep``: the user's text this write saves (see the module's rules)."""
        held = None if keep is None else HeldWrite(fn, args, name, done, failed, keep)
        self._tasks.spawn(self._run(fn, args, name, done, failed, held), name)

    @property
    def held_texts(self) -> list[str]:
        """The texts of the writes held until the database can be reached again."""
        return [held.text for held in self._held]

    def retry_held(self) -> None:
        """Run the held writes again (the connection is back); each is held again if not."""
        held, self._held = self._held, []
        for write in held:
            self._tasks.spawn(
                self._run(write.fn, write.args, write.name, write.done, write.failed, write),
                write.name,
            )

    async def call(self, fn: Callable[..., ResultT], *args: Any) -> ResultT:
        """Run ``fn(*args)`` on the writer, publish its changes and return its result.

        Errors propagate to the caller unchanged; word them with
        :func:`socialinbox.ui.common.errors.describe`.
        """
        result = await self._writer.run(fn, *args)
        self.announce(result)
        return result

    def announce(self, result: ChangeSet | CarriesChanges) -> None:
        """Publish the changes of a write that ran outside :meth:`run` (see the module's rules)."""
        self._bridge.publish(changes_of(result))

    async def _run(
        self,
        fn: Callable[..., ResultT],
        args: tuple[Any, ...],
        name: str,
        done: Callable[[ResultT], None] | None,
        failed: Callable[[str], None] | None,
        held: HeldWrite | None = None,
    ) -> None:
        try:
            result = await self.call(fn, *args)
        except DatabaseUnavailable as error:
            log.warning("The write %s met an unreachable database: %s", name, error)
            if held is not None:
                self._held.append(held)
                text = QCoreApplication.translate(
                    "WriteOperation",
                    "The database cannot be reached: what you wrote is kept and will be "
                    "saved when the connection returns.",
                )
                self._status(text, FAILURE_STATUS_MS)
                return
            text = QCoreApplication.translate(
                "WriteOperation",
                "The database cannot be reached: nothing was changed. "
                "Try again when the connection returns.",
            )
            self._fail(text, failed)
            return
        except REFUSALS as error:
            self._fail(describe(error), failed)
            return
        except Exception as error:
            log.exception("The write %s failed", name)
            text = QCoreApplication.translate(
                "WriteOperation", "Could not save the change: {error}"
            )
            self._fail(text.format(error=describe(error)), failed)
            return
        if done is not None:
            done(result)

    def _fail(self, text: str, failed: Callable[[str], None] | None) -> None:
        if failed is not None:
            failed(text)
        else:
            self._status(text, FAILURE_STATUS_MS)
