"""Note-to-other-desk latency on PostgreSQL: one desk writes a note, another desk (its
LISTEN connection, then its read of the change feed, as the window does) has it.

    python -m tests.perf.bench --only live

Runs on a throwaway cluster (tests/servers/postgres_server.py), or on the server of
$SOCIALINBOX_TEST_POSTGRES.
"""

from __future__ import annotations

import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.changes import NOTE, changes_since, latest_change_id
from socialinbox.storage.live import ChangeListener
from tests.perf.pg_bench import postgres_or_none
from tests.servers.postgres_server import PostgresServer

# Each note waits for the last to arrive; past this a note counts as lost.
GIVE_UP_S = 10.0


def _desk(url: str, folder: Path, user: str) -> AppContext:
    desk = AppContext(AppOptions(data_dir=folder, user=user, database_url=url))
    desk.origin = f"bench-desk-{user}"
    return desk


def _measure(server: PostgresServer, notes: int) -> list[float]:
    """Seconds from each note's write at one desk to its read at the other."""
    with tempfile.TemporaryDirectory() as folder:
        url = server.fresh_database()
        writer_desk = _desk(url, Path(folder) / "a", "Anna")
        reader_desk = _desk(url, Path(folder) / "b", "Ben")
        announced = threading.Event()
        listener = ChangeListener(reader_desk.db.url, announced.set, origin=reader_desk.origin)
        try:
            listener.start()
            listener.listening.wait(GIVE_UP_S)
            guest = writer_desk.writer.call(writer_desk.contacts.create, "Cornbread guest")
            with reader_desk.db.read() as session:
                seen = latest_change_id(session)
            latencies: list[float] = []
            for n in range(notes):
                announced.clear()
                started = time.perf_counter()
                note = writer_desk.writer.call(writer_desk.notes.add, guest.id, f"Note {n}")
                arrived = False
                while not arrived and announced.wait(GIVE_UP_S):
                    announced.clear()
                    with reader_desk.db.read() as session:
                        seen, news = changes_since(session, seen, exclude_origin=reader_desk.origin)
                    arrived = note.id in news.ids(NOTE)
                if not arrived:
                    raise RuntimeError(f"note {n} did not reach the other desk")
                latencies.append(time.perf_counter() - started)
        finally:
            listener.stop()
            writer_desk.close()
            reader_desk.close()
            server.drop_database(url)
    return latencies


def bench_live(notes: int, line: Callable[[str, str], None]) -> None:
    print(f"\nLive desks: {notes} notes written at one desk, read at another (PostgreSQL)")
    with postgres_or_none(line, "note-to-other-desk latency") as server:
        if server is None:
            return
        latencies = _measure(server, notes)
    cuts = statistics.quantiles(latencies, n=20)
    line("note-to-other-desk latency p50", f"{statistics.median(latencies) * 1000:.0f} ms")
    line("note-to-other-desk latency p95 (target ≤ 1 s)", f"{cuts[-1] * 1000:.0f} ms")
    line("note-to-other-desk latency max", f"{max(latencies) * 1000:.0f} ms")
