"""A damaged, read-only or full database, through the real command line (issue 11:
items 4, 7, 8 and the database side of 13): one clear line, the right exit code, and
the user's data never replaced, lost or changed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from socialinbox.core.backup import BACKUP_DIR
from socialinbox.logs import LOG_FILE
from socialinbox.paths import DATABASE_FILE
from tests.cli_runner import assert_fails_in_one_line, run_cli
from tests.disks import fill, read_only_folder, small_disk


def _synced_with_a_backup(data: Path) -> tuple[int, Path]:
    """A data folder with the demo account synced and today's backup: (messages, backup)."""
    assert run_cli(data, "accounts", "add", "demo", "--name", "Shop").returncode == 0
    assert run_cli(data, "sync", "--once").returncode == 0
    (data / BACKUP_DIR).mkdir()
    made = run_cli(data, "backup", str(data / BACKUP_DIR))
    assert made.returncode == 0, made.stderr
    return _count(data), Path(made.stdout.strip())


def _count(data: Path, *options: str) -> int:
    listed = run_cli(data, *options, "inbox", "--json", "--limit", "1000")
    assert listed.returncode == 0, listed.stderr
    return len(json.loads(listed.stdout))


# -- item 4: an empty or unreadable database is damage, never a first start --------------


def test_a_zero_length_database_is_damage_named_with_its_latest_good_backup(tmp_path):
    data = tmp_path / "data"
    stored, backup = _synced_with_a_backup(data)
    (data / DATABASE_FILE).write_bytes(b"")

    for command in (("inbox",), ("accounts", "list"), ("sync", "--once")):
        result = run_cli(data, *command)
        assert_fails_in_one_line(result, "is empty (0 bytes)")
        assert str(backup) in result.stderr
    # Nothing was created over it: the file is still the damaged one.
    assert (data / DATABASE_FILE).stat().st_size == 0

    (data / DATABASE_FILE).write_bytes(backup.read_bytes())
    assert _count(data) == stored


def test_an_empty_schema_version_table_is_damage_in_one_line(tmp_path):
    data = tmp_path / "data"
    _synced_with_a_backup(data)
    _sql(data, "DELETE FROM alembic_version")
    before = _sql(data, "SELECT count(*) FROM messages")
    result = run_cli(data, "inbox")
    assert_fails_in_one_line(result, "names no version")
    assert "CREATE TABLE" not in result.stderr
    assert _sql(data, "SELECT count(*) FROM messages") == before
    assert _sql(data, "SELECT count(*) FROM alembic_version") == [(0,)]


def _sql(data: Path, statement: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(data / DATABASE_FILE)
    try:
        with conn:
            return conn.execute(statement).fetchall()
    finally:
        conn.close()


def test_a_missing_database_is_a_first_start(tmp_path):
    result = run_cli(tmp_path / "new", "inbox", "--json")
    assert result.returncode == 0 and json.loads(result.stdout) == []


# -- item 7: a read-only folder or medium is read, and writes are refused in one line ----


def test_a_read_only_data_folder_is_read_and_refuses_writes_in_one_line(tmp_path):
    with small_disk(tmp_path / "media", "8m") as media:
        data = media / "data"
        stored, backup = _synced_with_a_backup(data)
        with read_only_folder(data):
            listed = run_cli(data, "inbox", "--limit", "3")
            assert listed.returncode == 0, listed.stderr
            assert len(listed.stdout.splitlines()) == 3
            assert listed.stderr.count("\n") == 1 and "read-only" in listed.stderr
            assert "Traceback" not in listed.stderr
            assert _count(data) == stored
            for write in (("notes", "add", "1", "hello"), ("sync", "--once")):
                assert_fails_in_one_line(run_cli(data, *write), "Nothing can be changed")
            # A backup on read-only media, opened by its URL from a writable data folder.
            url = f"sqlite:///{backup}"
            assert _count(tmp_path / "elsewhere", "--database-url", url) == stored
            refused = run_cli(
                tmp_path / "elsewhere", "--database-url", url, "notes", "add", "1", "x"
            )
            assert_fails_in_one_line(refused, "Nothing can be changed")


def test_a_read_only_folder_without_a_database_says_so_in_one_line(tmp_path):
    with small_disk(tmp_path / "media") as media:
        (media / "data").mkdir()
        with read_only_folder(media / "data") as data:
            assert_fails_in_one_line(run_cli(data, "inbox"), "no database")


# -- item 8: a full disk is one clear line, and the data stays intact --------------------


def test_a_full_disk_is_one_clear_line_per_account_and_loses_nothing(tmp_path):
    with small_disk(tmp_path / "disk", "3m") as disk:
        data = disk / "data"
        assert run_cli(data, "accounts", "add", "demo", "--name", "Shop").returncode == 0
        # Room to open the database (its WAL index), not to store a round of messages.
        filler = fill(disk, leave=96 * 1024)

        synced = run_cli(data, "sync", "--once")
        assert synced.returncode == 1
        [line] = synced.stdout.splitlines()
        assert line.split("\t")[:3] == ["1", "Shop", "error"] and "is full" in line
        assert "Logging error" not in synced.stderr and "Traceback" not in synced.stderr
        assert len(synced.stderr.splitlines()) <= 2, synced.stderr

        fill(disk)
        noted = run_cli(data, "notes", "add", "1", "hello")
        assert noted.returncode == 1 and len(noted.stderr.splitlines()) == 1, noted.stderr
        assert "full" in noted.stderr and "Traceback" not in noted.stderr

        filler.unlink()
        (disk / "filler").unlink(missing_ok=True)
        assert _count(data) == 0
        assert run_cli(data, "sync", "--once").returncode == 0
        assert _count(data) > 0


def test_the_log_reports_a_full_disk_once_and_writes_again_when_there_is_room(tmp_path, capsys):
    import logging

    from socialinbox.logs import QuietFileHandler

    with small_disk(tmp_path / "disk", "1m") as disk:
        handler = QuietFileHandler(disk / LOG_FILE)
        logger = logging.getLogger("tests.full_disk")
        logger.addHandler(handler)
        logger.propagate = False
        try:
            filler = fill(disk)
            for number in range(50):
                logger.error("record %d", number)
            reported = capsys.readouterr().err
            assert reported.count("\n") == 1 and "cannot write the log" in reported
            assert "Logging error" not in reported

            filler.unlink()
            logger.error("written again")
            handler.flush()
            assert "written again" in (disk / LOG_FILE).read_text()
            fill(disk)
            for number in range(20):
                logger.error("x" * 5000 + str(number))
            assert capsys.readouterr().err.count("cannot write the log") == 1
        finally:
            logger.removeHandler(handler)
            handler.close()


# -- item 13: numbers, the data folder and ids that do not exist -------------------------

HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "command",
    [
        ("inbox", "--limit", HUGE),
        ("outbox", "audit", HUGE),
        ("outbox", "approve", "1", HUGE),
        ("notes", "list", HUGE),
        ("reply", HUGE, "hello"),
        ("accounts", "remove", HUGE),
        ("export-contact", HUGE),
        ("reminders", "done", HUGE),
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_a_number_too_large_to_store_is_a_usage_error(tmp_path, command):
    result = run_cli(tmp_path / "data", *command)
    assert result.returncode == 2, result.stderr
    assert "usage:" in result.stderr and "at most" in result.stderr
    assert "Traceback" not in result.stderr and "OverflowError" not in result.stderr


def test_a_data_folder_that_is_a_file_is_a_usage_error(tmp_path):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine")
    result = run_cli(a_file, "inbox")
    assert result.returncode == 2 and "is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr
    assert a_file.read_text() == "mine"


def test_the_audit_of_an_outbox_item_that_does_not_exist_fails_like_every_command(tmp_path):
    data = tmp_path / "data"
    assert run_cli(data, "outbox", "audit").stdout.strip() == "[]"
    assert_fails_in_one_line(
        run_cli(data, "outbox", "audit", "99999"), "there is no outbox item with id 99999"
    )
