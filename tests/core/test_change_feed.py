"""Another process's writes reach this one through the change feed."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select

from socialinbox.core import changes
from socialinbox.storage.schema import Message


def test_a_second_process_writes_and_this_one_sees_exactly_what_changed(context):
    with context.db.read() as session:
        seen = changes.latest_change_id(session)
    url = str(context.db.url)
    for args in (("accounts", "add", "demo", "--name", "Other desk"), ("sync", "--once")):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "socialinbox",
                "--database-url",
                url,
                "--data-dir",
                str(context.data_dir / "other"),
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr

    with context.db.read() as session:
        seen, feed = changes.changes_since(session, seen)
    inserted = feed.ids(changes.MESSAGE, changes.INSERTED)
    assert len(inserted) >= 60 and feed.touches(changes.ACCOUNT)
    assert inserted == _all_message_ids(context)

    # Nothing new: the next poll is empty and cheap.
    with context.db.read() as session:
        again, nothing = changes.changes_since(session, seen)
    assert again == seen and not nothing


def _all_message_ids(context) -> set[int]:
    with context.db.read() as session:
        return set(session.execute(select(Message.id)).scalars())


def test_a_reader_far_behind_is_told_to_reload(context, monkeypatch):
    monkeypatch.setattr(changes, "MAX_CHANGE_ROWS_PER_READ", 2)
    for name in ("a", "b", "c", "d"):
        context.writer.call(context.accounts.create, "demo", name)
    with context.db.read() as session:
        last, feed = changes.changes_since(session, 0)
        assert feed.reset and last == changes.latest_change_id(session)


def test_two_processes_syncing_one_database_at_once_store_each_message_once(context):
    for name in ("Desk A", "Desk B"):
        context.writer.call(context.accounts.create, "demo", name)
    url = str(context.db.url)
    command = [sys.executable, "-m", "socialinbox", "--database-url", url]
    runs = [
        subprocess.Popen(
            [*command, "--data-dir", str(context.data_dir / f"p{n}"), "sync", "--once"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(2)
    ]
    outcomes = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    with context.db.read() as session:
        remote_ids = session.execute(select(Message.account_id, Message.remote_id)).all()
    assert len(remote_ids) == len(set(remote_ids))
    per_account = len(remote_ids) // 2
    assert per_account >= 60 and all(a.status == "ok" for a in context.accounts.list_accounts())


def test_a_process_can_leave_out_its_own_writes(context):
    with context.db.read() as session:
        start = changes.latest_change_id(session)
    mine = context.writer.call(context.accounts.create, "demo", "Mine")
    with context.db.read() as session:
        last, theirs = changes.changes_since(session, start, exclude_origin=context.origin)
        _, everything = changes.changes_since(session, start)
    assert not theirs and last > start
    assert everything.ids(changes.ACCOUNT) == {mine.id}
