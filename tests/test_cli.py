"""The command line, run as a real process: its output and exit codes are a public interface."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from tests.cli_runner import run_cli as run

INBOX_FIELDS = {
    "id",
    "account_id",
    "channel",
    "remote_id",
    "author_handle",
    "author_name",
    "text",
    "url",
    "created_at",
    "contact_id",
    "read",
    "done",
}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_add_sync_and_list_a_demo_account(data_dir):
    added = run(data_dir, "accounts", "add", "demo", "--name", "Shop")
    assert added.returncode == 0, added.stderr
    account_id = int(added.stdout.strip())

    synced = run(data_dir, "sync", "--once")
    assert synced.returncode == 0, synced.stderr
    fields = synced.stdout.rstrip("\n").split("\t")
    assert fields[:3] == [str(account_id), "Shop", "ok"] and int(fields[3]) >= 60
    # The six fields of old, then what happened to sending: nothing was due.
    assert fields[4] == "0" and len(fields) == 7 and fields[6] == "none"

    listed = json.loads(run(data_dir, "accounts", "list", "--json").stdout)
    assert listed[0]["id"] == account_id and listed[0]["status"] == "ok"
    assert {"id", "kind", "name", "status", "last_sync"} <= set(listed[0])

    inbox = run(data_dir, "inbox", "--json", "--limit", "500")
    messages = json.loads(inbox.stdout)
    assert len(messages) >= 50 and all(set(m) >= INBOX_FIELDS for m in messages)
    assert all(isinstance(m["id"], int) and m["created_at"][-6:] == "+00:00" for m in messages)
    stamps = [m["created_at"] for m in messages]
    assert stamps == sorted(stamps, reverse=True)
    assert any(m["url"] is None for m in messages)  # null, never omitted

    found = json.loads(run(data_dir, "inbox", "--json", "--search", "cornbread").stdout)
    assert found and all(
        "cornbread" in (m["text"] + (m["author_handle"] or "")).lower() for m in found
    )

    second = run(data_dir, "sync", "--once")
    assert second.stdout.split("\t")[3] != "0"  # the scripted later batch


def test_usage_errors_exit_2_and_other_errors_one_line_and_exit_1(data_dir):
    usage = run(data_dir, "inbox", "--limit", "zero")
    assert usage.returncode == 2 and "usage:" in usage.stderr

    unknown = run(data_dir, "accounts", "add", "fax", "--name", "x")
    assert unknown.returncode == 1
    assert unknown.stderr.count("\n") == 1 and "Traceback" not in unknown.stderr

    missing = run(data_dir, "accounts", "remove", "42")
    assert missing.returncode == 1 and "no account with id 42" in missing.stderr


def test_a_database_from_the_future_is_one_clear_line(data_dir):
    run(data_dir, "accounts", "list")
    import sqlite3

    with sqlite3.connect(data_dir / "socialinbox.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    result = run(data_dir, "inbox")
    assert result.returncode == 1 and "newer version" in result.stderr
    assert "Traceback" not in result.stderr


def test_sync_exits_1_naming_the_failed_account_after_syncing_the_others(data_dir):
    ctx = AppContext(AppOptions(data_dir=data_dir))
    try:
        good = ctx.writer.call(ctx.accounts.create, "demo", "Online")
        bad = ctx.writer.call(ctx.accounts.create, "demo", "Offline", settings={"offline": "true"})
    finally:
        ctx.close()
    result = run(data_dir, "sync", "--once")
    assert result.returncode == 1
    lines = {int(line.split("\t")[0]): line.split("\t") for line in result.stdout.splitlines()}
    assert lines[good.id][2] == "ok" and int(lines[good.id][3]) > 0
    assert lines[bad.id][2] == "error" and "offline" in lines[bad.id][5]
    assert "Offline" in result.stderr


def test_remove_deletes_the_account_and_its_messages(data_dir):
    account_id = run(data_dir, "accounts", "add", "demo", "--name", "Gone").stdout.strip()
    run(data_dir, "sync", "--once")
    removed = run(data_dir, "accounts", "remove", account_id)
    assert removed.returncode == 0
    assert json.loads(run(data_dir, "inbox", "--json").stdout) == []


def test_demo_option_never_touches_the_real_data(data_dir):
    result = run(data_dir, "--demo", "inbox", "--json", "--limit", "5")
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 5
    assert not (data_dir / "socialinbox.sqlite3").exists()


def test_python_dash_m_and_the_version():
    result = subprocess.run(
        [sys.executable, "-m", "socialinbox", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.startswith("socialinbox ")


def test_backup_writes_a_checked_copy_and_never_overwrites(data_dir, tmp_path):
    run(data_dir, "accounts", "add", "demo", "--name", "Shop")
    run(data_dir, "sync", "--once")
    folder = tmp_path / "backups"
    folder.mkdir()
    made = run(data_dir, "backup", str(folder))
    assert made.returncode == 0, made.stderr
    copy = Path(made.stdout.strip())
    assert copy.parent == folder and copy.stat().st_size > 0
    restored = run(
        tmp_path / "elsewhere",
        "--database-url",
        f"sqlite:///{copy}",
        "inbox",
        "--json",
        "--limit",
        "500",
    )
    assert len(json.loads(restored.stdout)) >= 50
    again = run(data_dir, "backup", str(copy))
    assert again.returncode == 1 and "exists already" in again.stderr


def test_an_unsupported_or_malformed_database_url_is_one_clear_line(data_dir):
    for url, words in (
        ("mysql://desk@db.example/inbox", "not supported"),
        ("not a url at all", "Not a database URL"),
        # A PostgreSQL server nobody runs: said in one line, nothing else.
        ("postgresql://desk@127.0.0.1:1/inbox", "127.0.0.1"),
    ):
        result = run(data_dir, "--database-url", url, "inbox")
        assert result.returncode == 1 and words in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path) -> None:
    """`socialinbox inbox | head -1`: the reader closes the pipe; the command stops
    quietly (no "Broken pipe" on the console) and exits 0."""
    command = [sys.executable, "-m", "socialinbox", "--data-dir", str(tmp_path), "--demo"]
    reader_gone = subprocess.Popen(
        [*command, "inbox", "--limit", "500"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert reader_gone.stdout is not None and reader_gone.stderr is not None
    reader_gone.stdout.close()  # like `head` after its line, before the command writes
    errors = reader_gone.stderr.read().decode()
    assert reader_gone.wait(timeout=120) == 0
    assert errors == ""
