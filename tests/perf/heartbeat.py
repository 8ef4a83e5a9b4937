"""The UI event loop's worst lag while messages arrive through the sync engine.

Run by ``tests.perf.bench`` as ``python -m tests.perf.heartbeat DATA_DIR COUNT BASE``:
opens the real main window on DATA_DIR (BASE messages already in it), starts a
10 ms heartbeat timer, lets a connector deliver COUNT new messages in batches of
200 through the real engine, writer and change bridge, and prints the figures
as ``label=value`` lines.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any, ClassVar

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.connector import ConnectorContext, FetchBatch, TextLimit, VerifiedAccount
from socialinbox.ui.shell.window import MainWindow
from tests.perf.corpus import generate

HEARTBEAT_MS = 10
BATCH = 200


class ArrivalsConnector:
    kind: ClassVar[str] = "bench"

    def __init__(self, context: ConnectorContext, messages: list[Any]) -> None:
        self._context = context
        self._messages = messages

    async def verify(self) -> VerifiedAccount:
        return VerifiedAccount("bench")

    def text_limit(self) -> TextLimit:
        return TextLimit(500)

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        if cursor == "done":
            return
        # One page at a time, as a network connector parses each page it fetched:
        # building all 10,000 messages up front would stall the loop by itself.
        now = self._context.clock.now()
        last = (len(self._messages) - 1) // BATCH
        for n, start in enumerate(range(0, len(self._messages), BATCH)):
            chunk = tuple(
                replace(m, remote_id=f"arrival-{i}", created_at=now - timedelta(seconds=i))
                for i, m in enumerate(self._messages[start : start + BATCH], start)
            )
            yield FetchBatch(chunk, "done" if n == last else f"b{n}")
            await asyncio.sleep(0)


class ArrivalsFactory:
    kind: ClassVar[str] = "bench"
    label: ClassVar[str] = "Benchmark arrivals"
    channels: ClassVar[tuple[str, ...]] = ("mastodon",)
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    setting_fields = ()

    def __init__(self, messages: list[Any]) -> None:
        self._messages = messages

    def create(self, context: ConnectorContext) -> ArrivalsConnector:
        return ArrivalsConnector(context, self._messages)


async def measure(context: AppContext, count: int) -> dict[str, str]:
    loop = asyncio.get_running_loop()
    window = MainWindow(context, loop=loop, background_sync=False)
    window.show()
    await asyncio.sleep(1.0)  # first paint, counts, settle
    before = window.inbox.model.rowCount()
    top_before = window.inbox.model.message_at(0)

    gaps: list[float] = []
    last = time.perf_counter()

    def beat() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append((now - last) * 1000 - HEARTBEAT_MS)
        last = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    started = time.perf_counter()
    heartbeat.start()
    results = await window.sync.run_round()
    await asyncio.sleep(0.2)  # let the last changes reach the list
    elapsed = time.perf_counter() - started
    heartbeat.stop()
    stored = sum(r.new for r in results)
    after = window.inbox.model.rowCount()
    newest = window.inbox.model.message_at(0)
    # Arrivals get new ids: a newest row with a larger id than before is one of them.
    live = newest is not None and top_before is not None and newest.id > top_before.id
    await window.shutdown()
    window.close()
    window.deleteLater()
    await asyncio.sleep(0)
    lateness = sorted(gaps)
    return {
        "messages stored through the engine": f"{stored:,} in {elapsed:.1f} s "
        f"({stored / elapsed:,.0f} msg/s)",
        "list rows before -> after; newest arrival on top (rows appear live)": f"{before} -> "
        f"{after}; {'yes' if live else 'NO'}",
        "heartbeat ticks": f"{len(gaps)}",
        "heartbeat lateness median / p99": f"{statistics.median(lateness):.1f} ms / "
        f"{lateness[int(0.99 * (len(lateness) - 1))]:.1f} ms",
        "largest heartbeat lateness (target <= 16 ms)": f"{max(lateness):.1f} ms",
    }


def main() -> None:
    data_dir, count = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    messages = generate(count, seed=7).messages
    context = AppContext(AppOptions(data_dir=data_dir))
    context.registry.register(ArrivalsFactory(messages))
    try:
        with asyncio.Runner(loop_factory=qasync.QEventLoop) as runner:
            figures = runner.run(measure(context, count))
    finally:
        context.close()
    for label, value in figures.items():
        print(f"{label}={value}")
    sys.stdout.flush()
    app.quit()
    # The figures are out. Skip the interpreter's teardown, where shiboken and
    # the garbage collector disagree about the order of destroying Qt wrappers.
    os._exit(0)


if __name__ == "__main__":
    main()
