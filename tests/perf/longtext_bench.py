"""Long texts without spaces in the window (section 6 of ``tests.perf.bench``).

The real main window on the demo data, offscreen: for each text, the time from
choosing the message to the end of the first paint and of every task the choice
starts (the customer card's merge suggestions scan the customer's messages), and the
time of a search typed while the text is shown. Issue #11 item 3: before the fix,
60,000 letters took about 10 s and 1,000,000 letters did not finish in 200 s.

Runs in a child process (``python -m tests.perf.longtext_bench``) so that Qt stays
out of the benchmark's own process.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

TEXTS = {
    "60 KB without a space": ("telegram", "a" * 60_000),
    "1 MB without a space": ("telegram", "b" * 1_000_000),
    "e-mail of 200,000 characters without a space": ("email", "c" * 200_000),
    "10,000 combining marks on one letter": ("telegram", "e" + "\u0301" * 10_000),
    "60,000 characters of right-to-left overrides": ("telegram", "\u202eabc\u202d" * 12_000),
    "emoji ZWJ sequences (77,000 characters)": ("telegram", "👨\u200d👩\u200d👧\u200d👦" * 11_000),
}
RUNS = 3


def bench_longtext(line: Callable[[str, str], None]) -> None:
    print("\n6. Long texts in the window (select + first paint + its tasks; median)", flush=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "tests.perf.longtext_bench"],
        capture_output=True,
        text=True,
        env=env,
        timeout=1_800,
    )
    if out.returncode != 0:
        raise SystemExit(f"long-text run failed: {out.stderr[-3000:]}")
    for result in out.stdout.splitlines():
        label, _, value = result.rpartition("=")
        line(label, value)


def _measure() -> None:
    import asyncio

    import keyring
    import qasync
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from socialinbox.app import DEMO_ACCOUNT_NAME, AppContext, AppOptions
    from socialinbox.core.connector import AuthorRef, FetchBatch, FetchedMessage
    from socialinbox.secrets import SecretStore
    from socialinbox.storage.schema import Message
    from socialinbox.ui.shell.window import MainWindow
    from tests.conftest import MemoryKeyring, sync_once

    app = QApplication([])
    keyring.set_keyring(MemoryKeyring())
    folder = Path(tempfile.mkdtemp(prefix="longtext-bench-"))
    context = AppContext(
        AppOptions(data_dir=folder / "data"), secrets=SecretStore(keyring.get_keyring())
    )
    account = context.writer.call(context.accounts.create, "demo", DEMO_ACCOUNT_NAME)
    sync_once(context)

    messages = []
    for number, (channel, text) in enumerate(TEXTS.values()):
        key = f"long{number}@example.org" if channel == "email" else f"long-{number}"
        messages.append(
            FetchedMessage(
                remote_id=f"long-{number}",
                channel=channel,
                kind="direct",
                author=AuthorRef(channel, key, handle=key, display_name=f"Long {number}"),
                text=text,
                created_at=datetime.now(UTC) - timedelta(days=2, minutes=number),
            )
        )
    context.writer.call(
        context.ingest.store_batch, account.id, FetchBatch(tuple(messages), cursor=None)
    )
    with context.db.read() as session:
        ids = {
            label: session.execute(
                select(Message.id).where(Message.remote_id == f"long-{number}")
            ).scalar_one()
            for number, label in enumerate(TEXTS)
        }

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    window = MainWindow(context, loop=loop, background_sync=False)
    window.resize(1280, 800)
    window.show()

    def idle() -> None:
        loop.run_until_complete(window.tasks.wait_idle())
        app.processEvents()

    def timed(action: Callable[[], None]) -> float:
        started = time.perf_counter()
        action()
        window.repaint()
        idle()
        return (time.perf_counter() - started) * 1000

    idle()
    home = window.inbox.model.message_at(0)
    for label, message_id in ids.items():
        figures = []
        for _ in range(RUNS):
            if home is not None:
                window.inbox.show_message(home.id)
                idle()
            figures.append(
                timed(lambda message_id=message_id: window.inbox.show_message(message_id))
            )
        print(f"{label}={statistics.median(figures):,.0f} ms", flush=True)
    window.inbox.show_message(ids["1 MB without a space"])
    idle()

    def search() -> None:
        # What the search field sends once its debounce has passed.
        window.inbox.search.search_changed.emit("cornbread")

    print(f"search typed while 1 MB is shown={timed(search):,.0f} ms", flush=True)
    loop.run_until_complete(window.shutdown())
    window.close()
    context.close()
    shutil.rmtree(folder, ignore_errors=True)
    # qasync's executor threads outlive the loop; Qt aborts on them at a normal exit.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    _measure()
