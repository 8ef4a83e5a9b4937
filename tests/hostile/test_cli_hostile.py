"""Issue 11, items 1 and 10 on the command line, run as a user runs it (a new process each
time): what a stranger wrote never reaches the terminal raw, and an impossible time, typed
or stored by an older version, never makes a command fail."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.storage.types import to_micros
from tests.cli_runner import run_cli
from tests.helpers import batch, message

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOSTILE_NAME = "Eve\x1b[2J\x1b]0;owned\x07"
HOSTILE_TEXT = "ring\x07 back\x08\x08space del\x7f csi\x9b31m end"
RAW_CONTROLS = ("\x1b", "\x07", "\x08", "\x7f", "\x9b")


def _seed(data_dir: Path, *messages: object) -> int:
    """An account with these messages in the data folder; the contact id of the first."""
    context = AppContext(AppOptions(data_dir=data_dir, user="tester"), clock=FakeClock(NOW))
    try:
        account = context.writer.call(context.accounts.create, "demo", "Shop")
        context.ingest.store_batch(account.id, batch(*messages))  # type: ignore[arg-type]
        return context.contacts.list_contacts()[0].id
    finally:
        context.close()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_control_characters_from_a_stranger_are_escaped_in_every_listing(data_dir):
    contact_id = _seed(
        data_dir,
        message("1", NOW, text=HOSTILE_TEXT, author_name=HOSTILE_NAME, subject="\x1b[31mred"),
    )
    note = run_cli(data_dir, "notes", "add", str(contact_id), "said \x1b[5mblink\x1b[0m")
    assert note.returncode == 0, note.stderr
    outputs = {
        args: run_cli(data_dir, *args)
        for args in (
            ("inbox",),
            ("contacts",),
            ("contacts", "--search", "eve"),
            ("notes", "list", str(contact_id)),
            ("reminders",),
            ("accounts", "list"),
        )
    }
    for args, result in outputs.items():
        assert result.returncode == 0, (args, result.stderr)
        for control in RAW_CONTROLS:
            assert control not in result.stdout, (args, result.stdout)
    inbox = outputs[("inbox",)].stdout
    assert "Eve\\x1b[2J\\x1b]0;owned\\x07" in inbox and "ring\\x07 back\\x08\\x08space" in inbox
    assert inbox.count("\t") == 4  # one line, five fields: nothing broke the line
    assert "Eve\\x1b[2J" in outputs[("contacts",)].stdout
    assert "said \\x1b[5mblink" in outputs[("notes", "list", str(contact_id))].stdout

    as_json = run_cli(data_dir, "inbox", "--json")
    for control in RAW_CONTROLS:
        assert control not in as_json.stdout
    [item] = json.loads(as_json.stdout)
    assert (item["author_name"], item["text"]) == (HOSTILE_NAME, HOSTILE_TEXT)


def test_a_follow_up_at_an_impossible_time_is_a_usage_error(data_dir):
    contact_id = _seed(data_dir, message("1", NOW))
    for due in ("0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "0001-01-01"):
        refused = run_cli(data_dir, "reminders", "follow-up", str(contact_id), "--due", due)
        assert refused.returncode == 2 and "out of range" in refused.stderr, refused.stderr
        assert "Traceback" not in refused.stderr
    reminders = run_cli(data_dir, "reminders", "--json")
    assert reminders.returncode == 0 and json.loads(reminders.stdout) == []
    later = run_cli(
        data_dir, "reminders", "follow-up", str(contact_id), "--due", "2030-01-01T09:00+01:00"
    )
    assert later.returncode == 0, later.stderr
    notes = run_cli(data_dir, "notes", "list", str(contact_id))
    assert notes.returncode == 0, notes.stderr


def test_a_database_holding_overflowing_times_reads_in_every_command(data_dir):
    """As a database written before the fix: year 1 and year 10000 stored as integers."""
    contact_id = _seed(data_dir, message("1", NOW), message("2", NOW))
    year_one = to_micros(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))))
    year_10000 = to_micros(datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=5))))
    context = AppContext(AppOptions(data_dir=data_dir, user="tester"), clock=FakeClock(NOW))
    try:
        with context.db.write() as session:
            for sql, value in (
                ("UPDATE messages SET created_at = :t WHERE remote_id = '1'", year_one),
                ("UPDATE messages SET created_at = :t WHERE remote_id = '2'", year_10000),
                ("UPDATE identities SET last_seen_at = :t", year_10000),
                ("UPDATE contacts SET follow_up_at = :t", year_one),
            ):
                session.execute(text(sql), {"t": value})
    finally:
        context.close()
    for args in (
        ("inbox",),
        ("inbox", "--json"),
        ("contacts",),
        ("contacts", "--json"),
        ("export-contact", str(contact_id)),
    ):
        result = run_cli(data_dir, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "OverflowError" not in result.stderr
    dates = [m["created_at"] for m in json.loads(run_cli(data_dir, "inbox", "--json").stdout)]
    assert dates == ["9000-01-01T00:00:00+00:00", "1900-01-01T00:00:00+00:00"]
