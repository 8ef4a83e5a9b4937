"""``--only memory``: peak memory of the window open on 1,000,000 messages while 10
accounts sync.

The benchmark's process starts the local Mastodon-API test server
(``tests/servers/mastodon_server.py``) with ``ACCOUNTS`` business accounts, adds each to a
copy of the large data folder with the real ``accounts add`` (a file keychain, as the CLI
tests use), posts ``MENTIONS`` mentions to each, then runs
``python -m tests.perf.memory_bench DATA_DIR EXPECTED``: the real main window on that
folder, one sync round of every account through the real engine, writer and change
bridge, the list following the arrivals. That process prints, as ``label=value`` lines,
its peak RSS (``VmHWM`` of ``/proc/self/status``) and the largest anonymous and
file-mapped RSS it sampled every 20 ms: the anonymous part is what the process
allocated (SQLite's page caches included); the file-mapped part is the shared libraries
(and the database, were SQLite to map it: ``mmap_size``), pages the kernel shares with its
file cache and drops first.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from socialinbox.paths import DATABASE_FILE
from socialinbox.storage.database import Database
from tests.cli_runner import CliRunner
from tests.servers.mastodon_server import MastodonServer

ACCOUNTS = 10
MENTIONS = 300  # per account
CUSTOMERS = 50
SAMPLE_MS = 20
# Set to a number N: the measured process also prints (to stderr) the N places that
# allocated the most Python memory still held at the end (tracemalloc; slow).
TRACE_VARIABLE = "SOCIALINBOX_BENCH_TRACEMALLOC"
STATUS_FIELDS = ("VmHWM", "VmRSS", "RssAnon", "RssFile", "RssShmem")
REPO = Path(__file__).resolve().parent.parent.parent


def bench_memory(source: Path, mentions: int, line: Callable[[str, str], None]) -> None:
    """``source``: a data folder holding the large corpus (copied, never changed)."""
    print(
        f"\n9. Peak memory: the window on {source.name} while {ACCOUNTS} accounts sync "
        f"{mentions:,} mentions each",
        flush=True,
    )
    # The cached database at the current schema first: a one-off migration (an index
    # built over the million rows) is not what a window holds while it syncs.
    db = Database(f"sqlite:///{source / DATABASE_FILE}")
    db.prepare()
    db.dispose()
    server = MastodonServer().start()
    folder = Path(tempfile.mkdtemp())
    try:
        server.clear_rate_limit()  # the benchmark measures the app, not a rate limit
        customers = [f"customer{n}" for n in range(CUSTOMERS)]
        for name in customers:
            server.add_account(name, display_name=f"Customer {name[8:]}")
        shutil.copytree(source, folder / "data")
        cli = CliRunner(folder)
        for n in range(ACCOUNTS):
            shop = f"shop{n}"
            server.add_account(shop, display_name=f"Shop {n}")
            add = ("accounts", "add", "mastodon", "--name", f"Shop {n}")
            token = server.issue_token(shop)
            cli.connect(*add, "--base-url", server.base_url, "--secret-stdin", secret=token)
            for m in range(mentions):
                server.post(
                    customers[m % CUSTOMERS],
                    f'<p><span class="h-card"><a href="https://social.test/@{shop}">'
                    f"@<span>{shop}</span></a></span> order {n}-{m}: do you have "
                    f"<strong>oat milk</strong> &amp; croissants today?</p>",
                    mentions=[shop],
                )
        env = dict(cli.env)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        started = time.perf_counter()
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.perf.memory_bench",
                str(cli.data_dir),
                str(ACCOUNTS * mentions),
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=1800,
        )
        if out.returncode != 0:
            raise SystemExit(f"memory run failed: {out.stderr[-3000:]}")
        if os.environ.get(TRACE_VARIABLE):
            print(out.stderr, flush=True)
        line("the window's run (start, sync, settle)", f"{time.perf_counter() - started:.1f} s")
        for result in out.stdout.splitlines():
            label, _, value = result.rpartition("=")
            line(label, value)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


# -- the measured process ---------------------------------------------------------------


def status_kb() -> dict[str, int]:
    """The memory lines of /proc/self/status, in kB (empty where there is no /proc)."""
    found: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for entry in status:
                name, _, value = entry.partition(":")
                if name in STATUS_FIELDS:
                    found[name] = int(value.split()[0])
    except OSError:
        pass
    return found


async def measure(data_dir: Path, expected: int) -> dict[str, str]:
    from PySide6.QtCore import QTimer

    from socialinbox.app import AppContext, AppOptions
    from socialinbox.ui.shell.window import MainWindow

    traced = int(os.environ.get(TRACE_VARIABLE) or 0)
    if traced:
        import tracemalloc

        tracemalloc.start(8)
    largest: dict[str, int] = {}

    def sample() -> None:
        for name, kb in status_kb().items():
            largest[name] = max(largest.get(name, 0), kb)

    sampler = QTimer()
    sampler.setInterval(SAMPLE_MS)
    sampler.timeout.connect(sample)
    sampler.start()
    context = AppContext(AppOptions(data_dir=data_dir))
    loop = asyncio.get_running_loop()
    window = MainWindow(context, loop=loop, background_sync=False)
    window.show()
    await asyncio.sleep(1.0)  # first paint, counts, upkeep started
    sample()
    at_start = dict(largest)
    started = time.perf_counter()
    stored = 0
    # Every shop side by side, as a round does (SyncEngine.run_once), without the round's
    # last step: settling the response levels of messages no one answered for 7 days,
    # which on this database (written raw, never settled) is a one-off pass over the
    # million, not what a synced database pays.
    engine = window.sync.engine()
    shops = [a for a in context.accounts.list_accounts() if a.name.startswith("Shop")]
    while stored < expected:
        results = await asyncio.gather(*(engine.sync_account(a) for a in shops))
        new = sum(r.new for r in results)
        failed = [r.as_line() for r in results if not r.ok]
        if failed or new == 0:
            raise SystemExit(f"sync stopped at {stored:,} of {expected:,}: {failed}")
        stored += new
    elapsed = time.perf_counter() - started
    await asyncio.sleep(1.0)  # the list and counts follow the arrivals
    sample()
    sampler.stop()
    rows = window.inbox.model.rowCount()
    if traced:
        top = tracemalloc.take_snapshot().statistics("traceback")[:traced]
        for stat in top:
            print(f"{stat.size / 2**20:.1f} MB in {stat.count} blocks", file=sys.stderr)
            for frame in stat.traceback.format()[-8:]:
                print(f"    {frame}", file=sys.stderr)
    # No orderly shutdown: it would wait for the upkeep started with the window (the
    # day's backup of the large database, minutes long); the process exits (see main).
    mb = {name: kb / 1024 for name, kb in largest.items()}
    return {
        "window open, before syncing: RSS (anonymous + file-mapped)": (
            f"{at_start.get('VmRSS', 0) / 1024:.0f} MB ({at_start.get('RssAnon', 0) / 1024:.0f}"
            f" + {at_start.get('RssFile', 0) / 1024:.0f})"
        ),
        "messages stored by syncing every account": f"{stored:,} in {elapsed:.1f} s",
        "list rows after": f"{rows:,}",
        "largest anonymous RSS (RssAnon)": f"{mb.get('RssAnon', 0):.0f} MB",
        "largest file-mapped RSS (RssFile + RssShmem)": (
            f"{mb.get('RssFile', 0):.0f} + {mb.get('RssShmem', 0):.0f} MB"
        ),
        "peak RSS, VmHWM (target <= 200 MB)": f"{mb.get('VmHWM', 0):.0f} MB",
    }


def main() -> None:
    import qasync
    from PySide6.QtWidgets import QApplication

    data_dir, expected = Path(sys.argv[1]), int(sys.argv[2])
    QApplication(sys.argv[:1])
    with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
        figures = runner.run(measure(data_dir, expected))
    for label, value in figures.items():
        print(f"{label}={value}")
    sys.stdout.flush()
    # As tests.perf.heartbeat, and without waiting for the window's upkeep (see measure).
    os._exit(0)


if __name__ == "__main__":
    main()
