"""Unhandled exceptions in the window's slots: an unreachable database is no crash.

Rule: while a shared server is away, every read on the UI thread fails with
:class:`~socialinbox.storage.database.DatabaseUnavailable`. The status bar says so
already (the change-feed poller notices it), so such an exception is logged in one
line and the slot simply did nothing: no traceback on a terminal, no dialog. Every
other exception goes on to the hook that was installed before, unchanged.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from socialinbox.storage.database import DatabaseUnavailable

log = logging.getLogger(__name__)


class QuietWhileUnreachable:
    """``sys.excepthook`` for the window's lifetime: :meth:`install`, then :meth:`remove`."""

    def __init__(self) -> None:
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def remove(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if isinstance(error, DatabaseUnavailable):
            log.warning("Not done while the database cannot be reached: %s", error)
            return
        self._previous(kind, error, traceback)
