"""A catch-up killed at any moment loses and duplicates nothing.

The real ``sync --once`` (a process of its own, as a user runs it) catches up with
mention pages that the local Mastodon server answers a little late, and is killed with
SIGKILL at seeded random moments: while a page is on its way, while pages wait for the
writer, while several are stored in one transaction. Each page's cursor is committed
with its messages, so the next round starts where the stored ones end.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from socialinbox.paths import DATABASE_FILE
from tests.cli_runner import REPOSITORY, CliRunner
from tests.servers.mastodon_server import MastodonServer

SEED = int(os.environ.get("SOCIALINBOX_CRASH_SEED", "20261206"))
MENTIONS = 1_200  # fifteen pages of 80
KILLS = 4


def stored_mentions(data_dir: Path) -> list[str]:
    """The remote ids of the customers' messages stored, repeats included."""
    with sqlite3.connect(f"file:{data_dir / DATABASE_FILE}?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute("SELECT remote_id FROM messages WHERE inbound = 1")]


def test_a_catch_up_killed_at_random_moments_loses_and_duplicates_nothing(tmp_path: Path):
    rng = random.Random(SEED)
    with MastodonServer() as server:
        server.clear_rate_limit()
        server.add_account("alice")
        cli = CliRunner(tmp_path)
        add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
        cli.connect(*add, "--secret-stdin", secret=server.token)
        assert cli("sync", "--once").returncode == 0  # the saved cursor: then a catch-up
        posted = [
            server.post("alice", f"<p>@business order {n}</p>", mentions=["business"])["id"]
            for n in range(MENTIONS)
        ]
        server.delay_next("/api/v1/notifications", 0.1, times=10 * MENTIONS)
        sync = [sys.executable, "-m", "socialinbox", "--data-dir", str(cli.data_dir), "sync"]
        counts = []
        for _ in range(KILLS):
            process = subprocess.Popen(
                [*sync, "--once"],
                env=cli.env,
                cwd=REPOSITORY,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            before = len(stored_mentions(cli.data_dir))
            deadline = time.monotonic() + 60
            # Killed once the round has stored something, at a random moment after.
            while len(stored_mentions(cli.data_dir)) == before and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.3))
            process.kill()
            process.wait()
            counts.append(len(stored_mentions(cli.data_dir)))
        finished = cli("sync", "--once")

    assert finished.returncode == 0, finished.stderr
    assert counts[0] > 0 and counts[-1] < MENTIONS, counts  # the kills landed mid-round
    stored = stored_mentions(cli.data_dir)
    assert len(stored) == len(set(stored))  # none twice
    assert set(stored) == set(posted)  # none lost
