"""Backups while the app writes; rotation that keeps the newest good backup."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest

from socialinbox.core.backup import (
    BackupError,
    backup_database,
    backup_name,
    latest_good_backup,
    list_backups,
    quick_check,
    rotate,
)
from socialinbox.core.inbox import InboxFilter
from tests.helpers import batch, message

# The app's own backups copy its SQLite file; a PostgreSQL server is backed up with
# pg_dump (issue #14, part 5).
pytestmark = pytest.mark.sqlite_only


def test_a_backup_taken_while_messages_are_written_is_consistent_and_restorable(
    context, clock, tmp_path
):
    account = context.writer.call(context.accounts.create, "demo", "Busy")
    stop, writing = threading.Event(), threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        n = 0
        while not stop.is_set():
            items = [message(f"w{n}-{i}", clock.now(), text=f"busy {n} {i}") for i in range(50)]
            context.ingest.store_batch(account.id, batch(*items))
            n += 1
            written.append(n)
            if n == 3:
                writing.set()

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        assert writing.wait(30)
        result = backup_database(context.db.path, tmp_path / "copy.sqlite3")
        during = len(written)
    finally:
        stop.set()
        writer.join()
    assert len(written) > 3 and during >= 3
    assert result.check_passed and result.path.stat().st_mode & 0o077 == 0
    with sqlite3.connect(result.path) as copy:
        messages = copy.execute("SELECT count(*) FROM messages").fetchone()[0]
        indexed = copy.execute(
            "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'busy'"
        ).fetchone()[0]
    # Whole batches only (each batch is one transaction), and the index agrees.
    assert messages >= 150 and messages % 50 == 0 and messages == indexed

    # Restore: the copy opens as a database with everything it held.
    from socialinbox.app import AppContext, AppOptions

    restored = AppContext(
        AppOptions(database_url=f"sqlite:///{result.path}", data_dir=tmp_path / "r")
    )
    try:
        assert restored.inbox.count(InboxFilter(search="busy")) == messages
    finally:
        restored.close()


def test_a_backup_never_overwrites_a_file(context, tmp_path):
    target = tmp_path / "taken.sqlite3"
    target.write_text("mine")
    with pytest.raises(BackupError, match="exists already"):
        backup_database(context.db.path, target)
    assert target.read_text() == "mine"


def test_rotation_keeps_the_newest_good_backup_even_past_the_limit(tmp_path, context):
    folder = tmp_path / "backups"
    start = datetime(2026, 11, 1, tzinfo=UTC)
    good = backup_database(context.db.path, folder / backup_name(start)).path
    for day in range(1, 10):
        broken = folder / backup_name(start + timedelta(days=day))
        broken.write_bytes(b"not a database at all" * 50)
    assert not quick_check(folder / backup_name(start + timedelta(days=9)))[0]
    deleted = rotate(folder, keep=3)
    remaining = list_backups(folder)
    assert good in remaining and len(remaining) == 4 and len(deleted) == 6
    assert latest_good_backup(folder) == good


def test_restoring_keeps_the_damaged_database_aside(context, tmp_path, clock):
    from socialinbox.core.backup import restore_backup

    good = backup_database(context.db.path, tmp_path / "good.sqlite3").path
    damaged = tmp_path / "live.sqlite3"
    damaged.write_bytes(b"garbage" * 1000)
    aside = restore_backup(good, damaged, clock.now())
    assert aside.read_bytes() == b"garbage" * 1000
    assert quick_check(damaged)[0] and damaged.stat().st_mode & 0o077 == 0


def test_a_scheduled_backup_is_due_daily_and_refuses_a_damaged_database(context, tmp_path, clock):
    from socialinbox.core.backup import backup_due, make_scheduled_backup

    folder = tmp_path / "backups"
    assert backup_due(folder, clock.now())
    made = make_scheduled_backup(context.db.path, folder, clock.now())
    assert made.check_passed and not backup_due(folder, datetime.now(UTC))
    assert backup_due(folder, datetime.now(UTC) + timedelta(days=1, minutes=1))
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"x" * 5000)
    with pytest.raises(BackupError, match="integrity check"):
        make_scheduled_backup(broken, folder, clock.now())
