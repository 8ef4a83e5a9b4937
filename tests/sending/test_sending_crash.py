"""Crash tests: sending processes killed with SIGKILL mid-send, against real HTTP servers.

Two servers on 127.0.0.1, one honouring ``Idempotency-Key`` and one without,
each recording every request and answering 100 ms after recording it. The
sending process (``tests/sending/runner.py``: the app's sync engine and sender
with the test connector) is killed at seeded random moments, many while a
request is in flight, and restarted until nothing is left to send.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.core.outbox import OutboxState
from socialinbox.storage.schema import Message, OutboxItem
from tests.sending.conftest import add_http_account, queue_replies
from tests.sending.http_fakes import RecordingServer

REPO = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("SOCIALINBOX_CRASH_SEED", "20261125"))
REPLIES = 200
KILLS = 32
MIN_KILLS_IN_FLIGHT = 20


def start_runner(data_dir: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sending.runner", str(data_dir)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def items(context: AppContext) -> dict[str, tuple[str, str | None]]:
    """Reply text -> (state, remote_id)."""
    with context.db.read() as session:
        return {
            text: (state, remote_id)
            for text, state, remote_id in session.execute(
                select(OutboxItem.text, OutboxItem.state, OutboxItem.remote_id)
            )
        }


def wait_for_request(servers: list[RecordingServer], since: float, limit: float) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if any(s.requests_since(since) for s in servers):
            return True
        time.sleep(0.005)
    return False


def incomplete(server: RecordingServer) -> int:
    """Requests cut short by a kill between headers and body (nothing was posted)."""
    return sum(1 for r in server.requests() if r.outcome == "incomplete")


def test_killed_senders_never_lose_or_duplicate_a_reply(
    real_context, idempotent_server, plain_server
):
    context = real_context
    data_dir = context.data_dir
    idem_account = add_http_account(context, "Idempotent network", idempotent_server)
    plain_account = add_http_account(context, "Plain network", plain_server)
    queue_replies(context, idem_account, REPLIES, "idem")
    queue_replies(context, plain_account, REPLIES, "plain")
    servers = [idempotent_server, plain_server]

    rng = random.Random(SEED)
    kills = kills_in_flight = restarts = 0
    started = time.monotonic()
    while True:
        process = start_runner(data_dir)
        restarts += 1
        if kills < KILLS:
            launched = time.monotonic()
            if rng.random() < 0.8:
                # Aim at a request in flight: after one arrives, a random part of its 100 ms.
                wait_for_request(servers, launched + rng.uniform(0.0, 1.5), limit=10)
                time.sleep(rng.uniform(0.0, 0.09))
            else:
                time.sleep(rng.uniform(0.2, 2.0))
            if process.poll() is None:
                moment = time.monotonic()
                process.send_signal(signal.SIGKILL)
                process.wait()
                kills += 1
                kills_in_flight += any(s.was_in_flight(moment) for s in servers)
                continue
        try:
            _, stderr = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        assert process.returncode == 0, stderr.decode()
        if kills >= KILLS:
            break
    elapsed = time.monotonic() - started

    final = items(context)
    idem_delivered = idempotent_server.deliveries()
    plain_delivered = plain_server.deliveries()
    outcome_unknown = [t for t, (state, _) in final.items() if state == OutboxState.OUTCOME_UNKNOWN]
    duplicates = sum(n - 1 for n in (idem_delivered + plain_delivered).values() if n > 1)
    print(
        f"\ncrash test: seed={SEED} replies={2 * REPLIES} ({REPLIES} per server) "
        f"kills={kills} kills_in_flight={kills_in_flight} restarts={restarts} "
        f"deliveries idempotent={sum(idem_delivered.values())} "
        f"plain={sum(plain_delivered.values())} duplicates={duplicates} "
        f"outcome_unknown={len(outcome_unknown)} "
        f"requests idempotent={len(idempotent_server.requests())} "
        f"plain={len(plain_server.requests())} "
        f"cut_short={incomplete(idempotent_server) + incomplete(plain_server)} "
        f"seconds={elapsed:.1f}"
    )
    assert kills_in_flight >= MIN_KILLS_IN_FLIGHT

    # The idempotent network: every reply exactly once, and stored as sent.
    for n in range(REPLIES):
        text = f"idem-{n}"
        assert idem_delivered[text] == 1, text
        assert final[text][0] == OutboxState.SENT, (text, final[text])
    # Neither server holds a post that is not one of its account's replies.
    assert set(idem_delivered) == {f"idem-{n}" for n in range(REPLIES)}
    assert set(plain_delivered) <= {f"plain-{n}" for n in range(REPLIES)}
    # The plain network: none twice; every reply sent or, when its fate is unknown,
    # outcome_unknown; nothing lost in another state.
    for n in range(REPLIES):
        text = f"plain-{n}"
        state, remote_id = final[text]
        assert plain_delivered[text] <= 1, text
        assert state in (OutboxState.SENT, OutboxState.OUTCOME_UNKNOWN), (text, state)
        if state == OutboxState.SENT:
            assert plain_delivered[text] == 1 and remote_id is not None
    # Every sent reply is in its thread and its message is marked replied.
    with context.db.read() as session:
        sent_ids = {remote_id for state, remote_id in final.values() if state == OutboxState.SENT}
        outbound = set(
            session.execute(select(Message.remote_id).where(Message.inbound.is_(False))).scalars()
        )
        assert sent_ids <= outbound
        unanswered = session.execute(
            select(Message.remote_id).where(Message.inbound.is_(True), Message.replied_at.is_(None))
        ).scalars()
        answered_texts = {t.replace("-in-", "-") for t in unanswered}
        assert not answered_texts & {t for t, (s, _) in final.items() if s == OutboxState.SENT}


@pytest.mark.parametrize("processes", [2])
def test_two_processes_sending_one_queue_send_each_reply_once(
    real_context, idempotent_server, plain_server, processes
):
    context = real_context
    idem_account = add_http_account(context, "Idempotent network", idempotent_server)
    plain_account = add_http_account(context, "Plain network", plain_server)
    count = 60
    queue_replies(context, idem_account, count, "idem")
    queue_replies(context, plain_account, count, "plain")

    runners = [start_runner(context.data_dir) for _ in range(processes)]
    for runner in runners:
        _, stderr = runner.communicate(timeout=120)
        assert runner.returncode == 0, stderr.decode()

    final = items(context)
    assert {state for state, _ in final.values()} == {OutboxState.SENT}
    delivered = idempotent_server.deliveries() + plain_server.deliveries()
    assert delivered == Counter({f"{p}-{n}": 1 for p in ("idem", "plain") for n in range(count)})
    # Both processes took part (the queue was really shared), and no request repeated.
    assert len(plain_server.requests()) == count
    with context.db.read() as session:
        from socialinbox.storage.schema import OutboxEvent

        owners = set(
            session.execute(
                select(OutboxEvent.actor).where(OutboxEvent.event == "attempt")
            ).scalars()
        )
    assert len(owners) == processes
