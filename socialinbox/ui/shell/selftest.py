"""``socialinbox --self-test``: prove that an installed app or a bundle really works.

It opens the main window on demo data, waits until the demo channel's first
round has filled the list, checks the database (schema version, quick_check)
and the bundled resources, prints one line and exits 0 — or says what failed
and exits 1. CI runs it on the PyInstaller bundle, so a bundle missing a
resource, a migration or a Qt plug-in fails the build.
"""

from __future__ import annotations

import asyncio
import sys

from socialinbox.app import AppContext
from socialinbox.bundled import resource_path
from socialinbox.core.backup import quick_check
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.database import SCHEMA_HEAD
from socialinbox.ui.shell.window import MainWindow

TIMEOUT_S = 60.0
REQUIRED_RESOURCES = (("demo", "demo_messages.json"), ("icons", "app.svg"), ("icons", "x.svg"))


async def run_self_test(context: AppContext) -> int:
    problems: list[str] = []
    for parts in REQUIRED_RESOURCES:
        if not resource_path(*parts).is_file():
            problems.append(f"missing resource {'/'.join(parts)}")
    loop = asyncio.get_running_loop()
    window = MainWindow(context, loop=loop, background_sync=False)
    window.show()
    try:
        deadline = loop.time() + TIMEOUT_S
        while window.inbox.model.rowCount() == 0 and loop.time() < deadline:
            await asyncio.sleep(0.1)
        shown = window.inbox.model.rowCount()
        if shown == 0:
            problems.append(f"the demo inbox stayed empty for {TIMEOUT_S:.0f} s")
        revision = context.db.stored_revision()
        if revision != SCHEMA_HEAD:
            problems.append(f"schema {revision}, expected {SCHEMA_HEAD}")
        if context.db.path is not None:
            passed, detail = quick_check(context.db.path)
            if not passed:
                problems.append(f"quick_check: {detail}")
        stored = context.inbox.count(InboxFilter())
    finally:
        await window.shutdown()
        window.close()
        window.deleteLater()
    if problems:
        print("self-test FAILED: " + "; ".join(problems), file=sys.stderr, flush=True)
        return 1
    print(
        f"self-test passed: {stored} demo messages, {shown} rows shown, schema {revision}",
        flush=True,
    )
    return 0
