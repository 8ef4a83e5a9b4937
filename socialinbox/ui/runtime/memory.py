"""The window process's memory: fewer C heaps for its threads.

glibc's allocator gives each thread that allocates its own heap ("arena", up to eight
per core), and memory freed in one is kept for that thread. The window runs a pool of
worker threads (counts, lookups, the writer, the day's backup) that each allocate
SQLite's page cache and query results in turn: with one heap each, the process held
about 30 MB more at its peak while ten accounts synced into a million messages (the
``memory`` benchmark). Two heaps are shared by all threads instead; the threads do
little at the same time (2 cores, one writer).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

# mallopt's parameter number for the arena limit (glibc's malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8
ARENAS = 2


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Limit glibc's heaps to ``arenas`` for the threads started from now on; True if
    done. Does nothing elsewhere (macOS, Windows, musl): call before the worker threads
    start."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        # The process's own symbols: the C library the interpreter runs on.
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False  # not glibc
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_ARENA_MAX, arenas))
    if not done:
        log.debug("mallopt(M_ARENA_MAX, %d) was refused", arenas)
    return done
