"""How the window's process shares the Python interpreter with its background threads.

Rule: the window calls :func:`favour_the_ui_thread` once, after its first paint
(``MainWindow.start_background``); commands never do (they have no frame to drop).

Why: the writer stores a sync's batches in Python on its own thread, and Qt can run
a Python slot (a timer, a paint, a change set) only once the UI thread holds the GIL.
CPython hands the GIL to a waiting thread after the switch interval (5 ms by default),
and each slot waits anew: beside a thread running Python, a thread waking up got the
GIL back after 9-14 ms (median) at 5 ms and 3-7 ms at 0.5 ms (2 cores, load 5-6).
The collector's passes hold the GIL too: a full pass over what a sync imported and
cached took 12-16 ms of CPU, three or four times per 10,000 stored messages.
"""

from __future__ import annotations

import gc
import sys

# How long a thread running Python keeps the GIL while another thread waits for it.
# Only contended hand-overs pay it: an idle UI thread costs the writer nothing.
SWITCH_INTERVAL_S = 0.000_5
# Young passes as CPython's default (700 allocations, every 10th also the middle
# generation); a full pass only after 100 middle ones instead of 10: what lives long
# is frozen at start-up, and a full pass stalls every thread.
COLLECTOR_THRESHOLDS = (700, 10, 100)


def favour_the_ui_thread() -> None:
    """Tune the interpreter for a window that must never wait on background work.

    (The window also freezes what start-up allocated: ``gc.freeze`` in
    ``MainWindow.start_background``.)"""
    gc.set_threshold(*COLLECTOR_THRESHOLDS)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
