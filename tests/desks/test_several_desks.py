"""Several desks at once on one PostgreSQL database, each desk a real process.

- Three desks sending 300 approved replies together through the local Mastodon test
  server: each reply reaches the server exactly once.
- Two desks appending to one note: every line of both is kept (no lost update).
- A desk killed (SIGKILL) while it holds an account's sync lease: another desk syncs the
  account within the lease time.
"""

from __future__ import annotations

import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from socialinbox.app import AppContext
from socialinbox.core.outbox import OutboxState
from socialinbox.core.sync_leases import DEFAULT_SYNC_LEASE
from tests.desks.desks import (
    REPO,
    approved_replies_on_mastodon,
    desk_context,
    drain_at_desks,
    shared_database,
)
from tests.file_keyring import subprocess_env
from tests.servers.mastodon_server import MastodonServer
from tests.servers.postgres_server import PostgresServer

REPLIES = 300


@pytest.fixture
def url(postgres_server: PostgresServer | None) -> Iterator[str]:
    with shared_database(postgres_server) as shared:
        yield shared


@pytest.fixture
def desk(url: str, tmp_path: Path) -> Iterator[AppContext]:
    with desk_context(url, tmp_path / "desk", tmp_path / "keyring.json") as ctx:
        yield ctx


def driver(url: str, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.desks.driver", args[0], url, *args[1:]],
        cwd=REPO,
        env=subprocess_env(tmp_path / "keyring.json", REPO),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_three_desks_sending_together_send_each_approved_reply_once(desk, url, tmp_path):
    with MastodonServer() as server:
        approved_replies_on_mastodon(desk, server, REPLIES)

        drained = drain_at_desks(url, tmp_path / "keyring.json", tmp_path, desks=3)

        replies_to = Counter(s.in_reply_to_id for s in server.statuses_created_via_api)
        posts = server.status_posts
    assert len(posts) == REPLIES  # no request repeated, even one the server would dedupe
    assert len(replies_to) == REPLIES and set(replies_to.values()) == {1}
    assert sum(drained.sent_by_desk.values()) == REPLIES
    # The desks really sent side by side, not one after the other.
    assert sum(1 for sent in drained.sent_by_desk.values() if sent > 0) >= 2, drained
    states = Counter(item.state for item in desk.outbox.list_items())
    assert states == {OutboxState.SENT: REPLIES}


def test_two_desks_appending_to_one_note_lose_no_line(desk, url, tmp_path):
    contact = desk.writer.call(desk.contacts.create, "Maya Okafor").id
    note_id = desk.writer.call(desk.notes.add, contact, "Maya:").id
    lines = 40

    desks = [driver(url, tmp_path, "append-note", who, str(note_id), str(lines)) for who in "AB"]
    refused = 0
    for process in desks:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        refused += int(out.split()[-1])

    note = desk.notes.get(note_id)
    kept = note.text.splitlines()
    assert sorted(kept[1:]) == sorted(f"{who} {n}" for who in "AB" for n in range(lines))
    assert note.version == 1 + 2 * lines
    print(f"saves refused and redone: {refused}")


def test_a_desk_killed_while_syncing_is_taken_over_within_the_lease_time(desk, url, tmp_path):
    account = desk.writer.call(desk.accounts.create, "demo", "Linden House")
    holder = driver(url, tmp_path, "hold-sync-lease", "Anna", str(account.id))
    sync = [sys.executable, "-m", "socialinbox", "--database-url", url, "--user", "Ben"]
    env = subprocess_env(tmp_path / "keyring.json", REPO)
    try:
        assert holder.stdout is not None
        until = datetime.fromisoformat(holder.stdout.readline().split()[1])
        # While Anna's desk holds the lease, Ben's desk does not fetch the account.
        blocked = subprocess.run(
            [*sync, "--data-dir", str(tmp_path / "ben1"), "sync", "--once"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert blocked.returncode == 0, blocked.stderr
        assert "being synced by Anna" in blocked.stdout + blocked.stderr
        assert desk.accounts.get(account.id).last_sync is None

        holder.send_signal(signal.SIGKILL)
        holder.wait()
        killed = datetime.now(UTC)
        taken = subprocess.run(
            [*sync, "--data-dir", str(tmp_path / "ben2"), "sync", "--once"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert taken.returncode == 0, taken.stderr
    synced = desk.accounts.get(account.id)
    assert synced.last_sync is not None and synced.status == "ok"
    assert killed < until <= killed + DEFAULT_SYNC_LEASE
    # Taken over before the dead desk's lease would have run out.
    assert synced.last_sync < until, (synced.last_sync, until)
    assert desk.sync_leases.held_elsewhere() == {}
