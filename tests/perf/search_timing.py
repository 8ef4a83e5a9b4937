"""Timing the inbox's first search page for each kind of query, on either database."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

from socialinbox.core.inbox import Inbox, InboxFilter

# (label, query, p95 target in ms or None)
SearchCase = tuple[str, str, int | None]


def report_search_pages(
    inbox: Inbox,
    cases: Sequence[SearchCase],
    runs: int,
    hits_of: Callable[[str], int | None],
    line: Callable[[str, str], None],
    suffix: Callable[[], str] = lambda: "",
) -> None:
    """Print the median and p95 of ``runs`` warm reads of the first 50 newest hits of
    each case (``hits_of``: how many messages hold a word; ``suffix``: appended to each
    figure, e.g. the load then)."""
    for label, query, target in cases:
        flt = InboxFilter(search=query)
        inbox.page(flt, limit=50)  # warm the cache
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            rows = inbox.page(flt, limit=50)
            timings.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(timings, n=20, method="inclusive")[18]
        hits = hits_of(query) if label != "prefix" else None
        about = f"{query!r}, {hits:,} hits" if hits else f"{query!r}*"
        goal = f" (target p95 <= {target} ms)" if target else ""
        line(
            f"{label}: {about}{goal}",
            f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms,"
            f" {len(rows)} rows{suffix()}",
        )
