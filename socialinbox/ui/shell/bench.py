"""The start-up benchmark's hook: report the first painted page of rows, then quit.

When the environment variable ``SOCIALINBOX_BENCH_FIRST_PAINT`` is set (to
anything non-empty), the message list's first paint that drew at least one row
prints one line to stdout and closes the window::

    FIRST_PAINT <seconds>

``<seconds>`` is measured from process start: if ``SOCIALINBOX_BENCH_T0`` holds a
``time.perf_counter()`` value taken by the launching process just before it
started this one (a system-wide monotonic clock on Linux, macOS and Windows),
the difference to our own ``time.perf_counter()``; otherwise the wall-clock
time since the process was created, from ``psutil`` (or, without psutil, since
this module was imported).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

ENABLE_VARIABLE = "SOCIALINBOX_BENCH_FIRST_PAINT"
T0_VARIABLE = "SOCIALINBOX_BENCH_T0"

_IMPORTED_AT = time.perf_counter()


class FirstPaintReporter:
    def __init__(self, t0: float | None) -> None:
        self._t0 = t0
        self.reported: float | None = None

    @classmethod
    def from_environment(cls) -> FirstPaintReporter | None:
        if not os.environ.get(ENABLE_VARIABLE):
            return None
        raw = os.environ.get(T0_VARIABLE)
        try:
            t0 = float(raw) if raw else None
        except ValueError:
            t0 = None
        return cls(t0)

    def elapsed(self) -> float:
        if self._t0 is not None:
            return time.perf_counter() - self._t0
        try:
            import psutil
        except ImportError:
            return time.perf_counter() - _IMPORTED_AT
        return time.time() - psutil.Process().create_time()

    def report(self, then: Callable[[], None]) -> None:
        """Print the line once, then call ``then`` (which closes the window)."""
        if self.reported is not None:
            return
        self.reported = self.elapsed()
        sys.stdout.write(f"FIRST_PAINT {self.reported:.4f}\n")
        sys.stdout.flush()
        then()
