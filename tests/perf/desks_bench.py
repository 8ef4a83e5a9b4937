"""Three desks draining approved replies together on one PostgreSQL database.

A throwaway PostgreSQL cluster (``tests/servers/postgres_server.py``) and the local
Mastodon-API test server; ``replies`` customers' mentions are fetched and each gets a
reply written by one person and approved by another. Then three desk processes
(``tests/desks/driver.py drain``) start together, each running the app's sync round:
the account is fetched by the desk holding its sync lease, and every desk sends,
claiming the outbox row by row. Reported: the time until every desk is done, the
replies per second, what each desk sent, and the duplicates — replies the server was
asked to post more than once, or posted more than once (target: 0).
"""

from __future__ import annotations

import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from tests.desks.desks import (
    approved_replies_on_mastodon,
    desk_context,
    drain_at_desks,
    shared_database,
)
from tests.servers.mastodon_server import MastodonServer

DESKS = 3


def bench_desks(replies: int, line: Callable[[str, str], None]) -> None:
    print(f"\nThree desks draining {replies:,} approved replies (PostgreSQL, local Mastodon)")
    with (
        tempfile.TemporaryDirectory(prefix="desks-bench-") as folder_name,
        shared_database(None) as url,
        MastodonServer() as server,
    ):
        folder = Path(folder_name)
        keyring = folder / "keyring.json"
        started = time.perf_counter()
        with desk_context(url, folder / "setup", keyring) as ctx:
            approved_replies_on_mastodon(ctx, server, replies)
        line("set-up (fetch + write + approve)", f"{time.perf_counter() - started:.1f} s")
        drained = drain_at_desks(url, keyring, folder, desks=DESKS)
        posts = len(server.status_posts)
        answered = Counter(s.in_reply_to_id for s in server.statuses_created_via_api)
    duplicates = (posts - len(answered)) + sum(n - 1 for n in answered.values())
    line("drained in", f"{drained.seconds:.1f} s")
    line("throughput", f"{replies / drained.seconds:.0f} replies/s")
    line("sent per desk", ", ".join(f"{n:,}" for n in drained.sent_by_desk.values()))
    line("replies delivered", f"{len(answered):,} of {replies:,}")
    line("duplicates (target 0)", f"{duplicates}")
