"""``--only export``: ``inbox --json`` at 10,000 and 100,000 messages, as a user runs it.

Each size is a new ``socialinbox inbox --json --limit N`` process writing to /dev/null:
its wall time and peak RSS (the RSS a run with ``--limit 1`` needs is the floor every
command pays). The SQL statements the export issues are counted in this process with an
engine listener. The baseline, in the same run, is the way ``inbox --json`` read before
(one list query, then one query per message, the whole JSON built in memory) at the
smaller size.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from socialinbox.cli.json_output import JsonStream, write_json
from socialinbox.core.inbox import Inbox, InboxFilter
from socialinbox.paths import DATABASE_FILE
from socialinbox.storage.database import Database
from tests.sql_counter import counted_statements

REPO = Path(__file__).resolve().parent.parent.parent

# Runs the command given after it with stdout to /dev/null; prints seconds, peak RSS and
# peak anonymous RSS in MB. The anonymous part is what the process allocated; the rest
# is file-mapped (the shared libraries; SQLite maps no database file: mmap_size 0),
# pages the kernel shares with its file cache and drops first. Sampled every 5 ms from
# /proc (0 where there is none).
MEASURE = """
import resource, subprocess, sys, time
started = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
anon = 0
while child.poll() is None:
    try:
        with open(f"/proc/{child.pid}/status") as status:
            for entry in status:
                if entry.startswith("RssAnon:"):
                    anon = max(anon, int(entry.split()[1]))
    except OSError:
        pass
    time.sleep(0.005)
elapsed = time.perf_counter() - started
if child.returncode:
    sys.exit(child.stderr.read().decode()[-2000:])
print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, anon / 1024)
"""


def run_export(folder: Path, limit: int, runs: int) -> tuple[float, float, float]:
    """Best wall time, largest peak RSS and peak anonymous RSS (MB) of
    ``inbox --json --limit LIMIT``."""
    command = [sys.executable, "-m", "socialinbox", "--data-dir", str(folder)]
    command += ["inbox", "--json", "--limit", str(limit)]
    times, peaks, anons = [], [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, *command],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=600,
            check=True,
        )
        elapsed, rss, anon = out.stdout.split()
        times.append(float(elapsed))
        peaks.append(float(rss))
        anons.append(float(anon))
    return min(times), max(peaks), max(anons)


def export_now(inbox: Inbox, limit: int) -> None:
    """What ``inbox --json`` does now, into a string buffer."""
    write_json(
        JsonStream(d.as_json() for d in inbox.iter_details(InboxFilter(), limit)), io.StringIO()
    )


def export_before(inbox: Inbox, limit: int) -> None:
    """What ``inbox --json`` did before: a list query, one query per message, one dumps."""
    rows = inbox.page(InboxFilter(), limit=limit)
    found = [inbox.get(r.id) for r in rows]
    json.dumps([d.as_json() for d in found if d is not None], ensure_ascii=False, indent=2)


def in_process(db: Database, work: Callable[[], None]) -> tuple[float, int]:
    with counted_statements(db) as seen:
        started = time.perf_counter()
        work()
        elapsed = time.perf_counter() - started
    return elapsed, len(seen)


def bench_export(folders: dict[int, Path], runs: int, line: Callable[[str, str], None]) -> None:
    """``folders`` maps a message count to a data folder holding that many messages."""
    sizes = sorted(folders)
    for folder in folders.values():  # a one-off migration is not what an export costs
        db = Database(f"sqlite:///{folder / DATABASE_FILE}")
        db.prepare()
        db.dispose()
    print(f"\n5. inbox --json of {' and '.join(f'{n:,}' for n in sizes)} messages", flush=True)
    floor_t, floor_rss, floor_anon = run_export(folders[sizes[-1]], 1, runs)
    line(
        "socialinbox inbox --json --limit 1 (the floor)",
        f"{floor_t:.2f} s, peak RSS {floor_rss:.0f} MB, anonymous {floor_anon:.0f} MB",
    )
    for count in sizes:
        took, rss, anon = run_export(folders[count], count, runs)
        target = " (target <= 2 s)" if count >= 100_000 else ""
        line(
            f"inbox --json --limit {count:,}{target}",
            f"{took:.2f} s, peak RSS {rss:.0f} MB, anonymous {anon:.0f} MB "
            f"({anon - floor_anon:+.0f} MB over the floor)",
        )
    for count in sizes:
        db = Database(f"sqlite:///{folders[count] / DATABASE_FILE}")
        inbox = Inbox(db)
        took, queries = in_process(db, partial(export_now, inbox, count))
        line(f"  in process, {count:,} messages: SQL statements", f"{queries} ({took:.2f} s)")
        db.dispose()
    small = sizes[0]
    db = Database(f"sqlite:///{folders[small] / DATABASE_FILE}")
    inbox = Inbox(db)
    took, queries = in_process(db, partial(export_before, inbox, small))
    line(
        f"baseline: the per-message reads of before, {small:,} messages",
        f"{queries} statements, {took:.2f} s",
    )
    db.dispose()
