"""Backups of the SQLite database: safe while the app runs, checked, rotated.

A backup is written with SQLite's online backup API (consistent even while
other connections write), then checked with ``PRAGMA quick_check``. Rotation
keeps the newest backups and never deletes the newest one that passed its check.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from socialinbox.paths import PRIVATE_FILE_MODE

BACKUP_DIR = "backups"
BACKUP_PREFIX = "socialinbox-"
BACKUP_SUFFIX = ".sqlite3"
KEEP_BACKUPS = 7


class BackupError(Exception):
    """A backup could not be made; the message is for the user."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    size: int
    check_passed: bool
    check_detail: str


def quick_check(path: Path) -> tuple[bool, str]:
    """SQLite's quick integrity check of a database file: (passed, what it said)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    return rows == ["ok"], "; ".join(rows[:5])


def backup_database(source: Path, destination: Path) -> BackupResult:
    """Copy the database at ``source`` to ``destination`` (a new file), then check the copy."""
    if not source.exists():
        raise BackupError(f"there is no database at {source}")
    if destination.exists():
        raise BackupError(f"{destination} exists already; choose a new file name")
    partial = destination.with_name(destination.name + ".partial")
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
    except OSError as exc:  # a read-only or full disk
        raise BackupError(f"cannot write {destination}: {exc.strerror or exc}") from None
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        dst = sqlite3.connect(partial)
        try:
            # One step, in one read transaction: in WAL mode writers go on meanwhile. A
            # copy in steps starts again whenever another connection writes, so with a
            # sync running it could go on for minutes on a large database.
            src.backup(dst, pages=-1)
            # A backup file stands alone: no WAL beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
            src.close()
        partial.replace(destination)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"the backup failed: {exc}") from exc
    passed, detail = quick_check(destination)
    return BackupResult(destination, destination.stat().st_size, passed, detail)


def backup_name(moment: datetime) -> str:
    return f"{BACKUP_PREFIX}{moment:%Y%m%d-%H%M%S}{BACKUP_SUFFIX}"


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    found = [
        p
        for p in folder.iterdir()
        if p.name.startswith(BACKUP_PREFIX) and p.name.endswith(BACKUP_SUFFIX)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def rotate(folder: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the ``keep`` newest backups; never the newest that passes quick_check.

    Returns the deleted files.
    """
    backups = list_backups(folder)
    newest_good = next((p for p in backups if quick_check(p)[0]), None)
    doomed = [p for p in backups[keep:] if p != newest_good]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def latest_good_backup(folder: Path) -> Path | None:
    return next((p for p in list_backups(folder) if quick_check(p)[0]), None)


BACKUP_INTERVAL = timedelta(days=1)


def backup_due(folder: Path, now: datetime, interval: timedelta = BACKUP_INTERVAL) -> bool:
    """Whether the newest backup in ``folder`` is older than ``interval`` (or there is none)."""
    newest = next(iter(list_backups(folder)), None)
    if newest is None:
        return True
    taken = datetime.fromtimestamp(newest.stat().st_mtime, tz=UTC)
    return now - taken >= interval


def make_scheduled_backup(database: Path, folder: Path, now: datetime) -> BackupResult:
    """Today's backup into ``folder``, then rotation. Raises BackupError on failure."""
    passed, detail = quick_check(database)
    if not passed:
        raise BackupError(f"the database failed its integrity check ({detail}); no backup made")
    result = backup_database(database, folder / backup_name(now))
    rotate(folder)
    return result


def restore_backup(backup: Path, database: Path, now: datetime) -> Path:
    """Put ``backup`` in place of ``database``; the damaged files are kept aside, never deleted.

    Returns where the damaged database was moved. Call only while no connection is open.
    """
    passed, detail = quick_check(backup)
    if not passed:
        raise BackupError(f"the backup {backup.name} failed its integrity check: {detail}")
    stamp = f"{now:%Y%m%d-%H%M%S}"
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        current = database.with_name(database.name + suffix)
        if current.exists():
            current.replace(aside.with_name(aside.name + suffix))
    partial = database.with_name(database.name + ".restoring")
    shutil.copyfile(backup, partial)
    os.chmod(partial, PRIVATE_FILE_MODE)
    partial.replace(database)
    return aside
