"""Several desks as real processes on one database, for the tests and the benchmark.

- :func:`shared_database`: a fresh PostgreSQL database (on the session's server, or on
  a throwaway cluster of its own when the run uses SQLite).
- :func:`approved_replies_on_mastodon`: an account on the local Mastodon test server,
  ``count`` customers' mentions fetched, and a reply to each written by Anna and
  approved by Ben (four eyes), ready to send.
- :func:`drain_at_desks`: ``desks`` processes (``tests/desks/driver.py drain``) started
  together, each running a sync round; returns what each desk sent and how long it took.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from socialinbox.app import AppContext, AppOptions
from socialinbox.core.business_settings import REPLIES_NEED_REVIEW
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message
from tests.conftest import sync_once
from tests.file_keyring import JsonFileKeyring, subprocess_env
from tests.servers.mastodon_server import MastodonServer
from tests.servers.postgres_server import PostgresServer

REPO = Path(__file__).resolve().parents[2]
AUTHOR, REVIEWER = "Anna", "Ben"


@contextmanager
def shared_database(server: PostgresServer | None) -> Iterator[str]:
    """The URL of a fresh PostgreSQL database, dropped afterwards."""
    if server is None:
        with PostgresServer() as own, shared_database(own) as url:
            yield url
        return
    url = server.fresh_database()
    try:
        yield url
    finally:
        server.drop_database(url)


@contextmanager
def desk_context(url: str, folder: Path, keyring_file: Path) -> Iterator[AppContext]:
    """The test's own desk on ``url``, keeping secrets where the desk processes find them."""
    import os

    from tests.file_keyring import ENV_FILE

    previous = os.environ.get(ENV_FILE)
    os.environ[ENV_FILE] = str(keyring_file)
    ctx = AppContext(
        AppOptions(data_dir=folder, user=AUTHOR, database_url=url),
        secrets=SecretStore(JsonFileKeyring()),
    )
    try:
        yield ctx
    finally:
        ctx.close()
        if previous is None:
            os.environ.pop(ENV_FILE, None)
        else:
            os.environ[ENV_FILE] = previous


def approved_replies_on_mastodon(ctx: AppContext, server: MastodonServer, count: int) -> int:
    """Add the server's business account; ``count`` customers' mentions on the server, in
    the inbox as a sync stores them, each with a reply approved by another person.
    Returns the account id."""
    server.clear_rate_limit()
    ctx.writer.call(ctx.business.set, REPLIES_NEED_REVIEW, True)
    account_uuid = str(uuid.uuid4())
    ctx.secrets.set(account_uuid, server.token)
    account = ctx.writer.call(
        ctx.accounts.create,
        "mastodon",
        "Shop",
        base_url=server.base_url,
        handle=f"@business@{server.domain}",
        settings={
            "account_id": str(server.business["id"]),
            "max_characters": str(server.max_characters),
            "domain": server.domain,
        },
        account_uuid=account_uuid,
    )
    sync_once(ctx)  # connected: the cursor is saved, nothing is new yet
    for n in range(count):
        author = f"guest{n}"
        server.add_account(author)
        server.post(author, f"<p>@business question {n}</p>", mentions=["business"])
    # Fetched as the desks' rounds would (a round reads at most so many pages).
    fetched = 0
    while fetched < count:
        [result] = sync_once(ctx)
        assert result.ok and result.new, result.detail
        fetched += result.new
    with ctx.db.read() as session:
        message_ids = session.scalars(
            select(Message.id).where(Message.account_id == account.id).order_by(Message.id)
        ).all()
    for n, message_id in enumerate(message_ids):
        created = ctx.writer.call(ctx.outbox.create_reply, message_id, f"answer {n}", AUTHOR)
        ctx.writer.call(ctx.outbox.approve, created.item.id, REVIEWER)
    return int(account.id)


@dataclass(frozen=True, slots=True)
class Drained:
    sent_by_desk: dict[str, int]
    seconds: float


def drain_at_desks(url: str, keyring_file: Path, folder: Path, desks: int = 3) -> Drained:
    """Start ``desks`` desk processes, let them go together, wait for every one."""
    env = subprocess_env(keyring_file, REPO)
    go = folder / "go"
    names = [f"Desk {n + 1}" for n in range(desks)]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.desks.driver", "drain", url, name, str(go)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in names
    ]
    try:
        for process in processes:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "ready", process.stderr
        started = time.monotonic()
        go.touch()
        sent: dict[str, int] = {}
        for name, process in zip(names, processes, strict=True):
            out, err = process.communicate(timeout=600)
            assert process.returncode == 0, err
            sent[name] = int(out.split()[-1])
        return Drained(sent, time.monotonic() - started)
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
