"""The database's upkeep while the window is open: an integrity check, then the daily
backup when one is due; once per database, the tone of messages stored before tones
were computed at ingest.

Rules: the check and the backup run in a worker thread; a failed check is shown to the
user and stops the backup, so that a damaged database never replaces a good backup.
The demo's throwaway database and databases other than a SQLite file are left alone
by those two.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from socialinbox.core.backup import (
    BACKUP_DIR,
    BackupError,
    backup_due,
    make_scheduled_backup,
    quick_check,
)
from socialinbox.core.notify import Notification
from socialinbox.ui.common.errors import describe
from socialinbox.ui.common.formatting import translate

if TYPE_CHECKING:
    from socialinbox.app import AppContext
    from socialinbox.ui.runtime.operation import WriteOperation

log = logging.getLogger(__name__)

# How often the database is checked and, once a day, backed up.
MAINTENANCE_MS = 60 * 60 * 1000


async def maintain_database(
    context: AppContext,
    loop: asyncio.AbstractEventLoop,
    notify: Callable[[Notification], None],
) -> None:
    """Check the database, then back it up if today's backup is due."""
    path = context.db.path
    # A read-only database gets no backup (its folder cannot take one either).
    if path is None or context.is_demo or context.db.read_only:
        return
    passed, detail = await loop.run_in_executor(None, quick_check, path)
    if not passed:
        log.error("The database failed its integrity check: %s", detail)
        notify(
            Notification(
                translate("Maintenance", "The database reports damage"),
                translate(
                    "Maintenance",
                    "Quit the app and restore the latest backup (see the README). "
                    "Details: {detail}",
                ).format(detail=detail),
                urgency="warning",
            )
        )
        return
    folder = context.data_dir / BACKUP_DIR
    now = context.clock.now()
    if not await loop.run_in_executor(None, backup_due, folder, now):
        return
    try:
        result = await loop.run_in_executor(None, make_scheduled_backup, path, folder, now)
    except BackupError as exc:
        log.error("The daily backup failed: %s", exc)
        notify(
            Notification(
                translate("Maintenance", "The daily backup failed"),
                describe(exc),
                urgency="warning",
            )
        )
        return
    log.info("Daily backup written: %s (%d bytes)", result.path.name, result.size)


async def score_earlier_tones(context: AppContext, operation: WriteOperation) -> None:
    """The tone of the messages stored before tones were computed at ingest (databases
    from before migration 0007), a chunk per write so that the writer stays free for
    the user's writes in between; once per database (``core.tone``)."""
    from socialinbox.core.tone import earlier_messages_pending, score_earlier_messages

    if context.db.read_only:
        return
    loop = asyncio.get_running_loop()
    while await loop.run_in_executor(None, earlier_messages_pending, context.db):
        await operation.call(score_earlier_messages, context.db, context.clock, context.origin)
