"""``reply`` and ``outbox`` as real processes: output, exit codes and the review rule."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.business_settings import REPLIES_NEED_REVIEW
from tests.cli_runner import run_cli

OUTBOX_FIELDS = {
    "id",
    "message_id",
    "account_id",
    "channel",
    "text",
    "state",
    "attempts",
    "last_error",
    "remote_id",
    "created_at",
    "sent_at",
    "author",
    "approved_by",
}


def run(data_dir: Path, *args: str, user: str = "ann") -> subprocess.CompletedProcess[str]:
    return run_cli(data_dir, "--user", user, *args)


@pytest.fixture
def synced(tmp_path: Path) -> tuple[Path, int]:
    """A demo account synced once; returns the data folder and a message needing a reply."""
    data_dir = tmp_path / "data"
    assert run(data_dir, "accounts", "add", "demo", "--name", "Shop").returncode == 0
    assert run(data_dir, "sync", "--once").returncode == 0
    inbox = json.loads(run(data_dir, "inbox", "--json", "--limit", "500").stdout)
    waiting = [m for m in inbox if m["needs_reply"] and m["direction"] == "in"]
    return data_dir, waiting[0]["id"]


def test_reply_approve_sync_and_list(synced):
    data_dir, message_id = synced
    created = run(data_dir, "reply", str(message_id), "Thank you, see you soon!", "--approve")
    assert created.returncode == 0, created.stderr
    outbox_id = int(created.stdout.strip())

    second = run(data_dir, "reply", str(message_id), "One more thing")
    assert second.returncode == 0 and "already has a reply queued" in second.stderr

    listed = json.loads(run(data_dir, "outbox", "--json").stdout)
    first = next(i for i in listed if i["id"] == outbox_id)
    assert set(first) >= OUTBOX_FIELDS
    assert first["state"] == "approved" and first["author"] == "ann"
    assert first["approved_by"] == "ann" and first["sent_at"] is None
    assert first["remote_id"] is None and first["last_error"] is None
    assert isinstance(first["id"], int) and isinstance(first["message_id"], int)

    synced_line = run(data_dir, "sync", "--once")
    assert synced_line.returncode == 0, synced_line.stderr
    assert synced_line.stdout.split("\t")[4] == "1"  # the SENT column

    listed = json.loads(run(data_dir, "outbox", "--json").stdout)
    first = next(i for i in listed if i["id"] == outbox_id)
    assert first["state"] == "sent" and first["remote_id"] and first["sent_at"]
    assert first["attempts"] == 1
    other = next(i for i in listed if i["id"] != outbox_id)
    assert other["state"] == "draft"  # never approved: never sent

    inbox = json.loads(run(data_dir, "inbox", "--json", "--limit", "500").stdout)
    answered = next(m for m in inbox if m["id"] == message_id)
    assert answered["replied_at"] == first["sent_at"] and not answered["needs_reply"]

    discarded = run(data_dir, "outbox", "discard", str(other["id"]))
    assert discarded.returncode == 0, discarded.stderr
    refused = run(data_dir, "outbox", "retry", str(outbox_id))
    assert refused.returncode == 1 and "sent cannot be retried" in refused.stderr

    audit = json.loads(run(data_dir, "outbox", "audit", str(outbox_id)).stdout)
    assert [e["event"] for e in audit[0]["events"]] == ["created", "approved", "attempt", "sent"]


def test_over_the_limit_and_unknown_ids_are_refused(synced):
    data_dir, message_id = synced
    too_long = run(data_dir, "reply", str(message_id), "x" * 501)
    assert too_long.returncode == 1
    assert "501 characters" in too_long.stderr and "at most 500" in too_long.stderr
    assert json.loads(run(data_dir, "outbox", "--json").stdout) == []
    missing = run(data_dir, "reply", "999999", "Hello")
    assert missing.returncode == 1 and "no message with id 999999" in missing.stderr
    assert run(data_dir, "outbox", "approve", "42").returncode == 1
    assert run(data_dir, "outbox", "approve").returncode == 2  # usage


def test_with_review_on_another_user_must_approve(synced):
    data_dir, message_id = synced
    context = AppContext(AppOptions(data_dir=data_dir))
    try:
        context.writer.call(context.business.set, REPLIES_NEED_REVIEW, True)
    finally:
        context.close()

    created = run(data_dir, "reply", str(message_id), "Sorry to hear that", "--approve")
    assert created.returncode == 0 and "another person must approve" in created.stderr
    outbox_id = created.stdout.strip()
    own = run(data_dir, "outbox", "approve", outbox_id)
    assert own.returncode == 1 and "another person must approve" in own.stderr
    assert run(data_dir, "sync", "--once").stdout.split("\t")[4] == "0"
    other = run(data_dir, "outbox", "approve", outbox_id, user="bob")
    assert other.returncode == 0, other.stderr
    item = json.loads(run(data_dir, "outbox", "--json").stdout)[0]
    assert item["state"] == "approved" and item["approved_by"] == "bob"
