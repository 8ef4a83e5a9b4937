"""Catch-up after a saved cursor: the app's real ``sync --once`` against plain httpx paging.

The local Mastodon-API test server (``tests/servers/mastodon_server.py``) holds a
business account whose cursor the app has saved (one first sync with nothing new);
then ``mentions`` mentions arrive, as while a laptop was closed. Timed, each in a new
process as a user runs it, in the same run:

- the app's ``sync --once`` rounds until every mention is stored (a round stores each
  page as it arrives, up to 1,000 pages; 10,000 mentions take one round),
- plain httpx paging through the same notifications (``min_id`` forwards from the same
  position, 80 a page, JSON decoded: the least any client must do),
- a no-op ``sync --once`` (nothing new) against a bare start,
  ``python -c "import sqlalchemy.orm, httpx"``.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.cli_runner import REPOSITORY, CliRunner
from tests.servers.mastodon_server import MastodonServer

CUSTOMERS = 200

PLAIN_PAGING = """
import sys, httpx
base, token, since = sys.argv[1], sys.argv[2], sys.argv[3]
params = {"types[]": "mention", "limit": 80, "include_filtered": "true"}
seen = 0
with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
    position = since
    while True:
        page = client.get("/api/v1/notifications", params={**params, "min_id": position})
        page.raise_for_status()
        items = page.json()
        if not items:
            break
        seen += len(items)
        position = max(items, key=lambda n: int(n["id"]))["id"]
print(seen)
"""

BARE_START = "import sqlalchemy.orm, httpx"


def _timed(run: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    run(*args)
    return time.perf_counter() - started


@dataclass(frozen=True)
class _Cpu:
    """CPU seconds (user + system) spent while something ran: by the processes it
    started (the app, or the plain client) and by this process (the server's threads)."""

    client: float
    server: float


def _cpu_since(before: os.times_result) -> _Cpu:
    after = os.times()
    return _Cpu(
        after.children_user + after.children_system - before.children_user - before.children_system,
        after.user + after.system - before.user - before.system,
    )


def _check(
    result: subprocess.CompletedProcess[str] | list[str],
) -> subprocess.CompletedProcess[str]:
    """``result`` if it succeeded (a command line is run first); stops the benchmark if not."""
    if isinstance(result, list):
        result = subprocess.run(result, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"failed: {result.args}\n{result.stdout}\n{result.stderr[-3000:]}")
    return result


def _catch_up(cli: CliRunner, mentions: int) -> tuple[float, _Cpu]:
    """Seconds of ``sync --once`` rounds until ``mentions`` new messages are stored, and
    the CPU they took."""
    stored, rounds = 0, 0
    cpu = os.times()
    started = time.perf_counter()
    while stored < mentions:
        out = _check(cli("sync", "--once")).stdout
        new = sum(int(row.split("\t")[3]) for row in out.splitlines() if row.count("\t") >= 4)
        if new == 0:
            raise SystemExit(f"sync --once stopped after {stored:,} of {mentions:,} mentions")
        stored, rounds = stored + new, rounds + 1
    return time.perf_counter() - started, _cpu_since(cpu)


def _no_op_round(cli: CliRunner) -> float:
    """Seconds of one ``sync --once`` that finds nothing new."""
    started = time.perf_counter()
    out = _check(cli("sync", "--once")).stdout
    seconds = time.perf_counter() - started
    if out.split("\t")[3] != "0":
        raise SystemExit(f"the no-op round brought something: {out}")
    return seconds


def bench_catchup(mentions: int, runs: int, line: Callable[[str, str], None]) -> None:
    print(f"\n7. Catch-up of {mentions:,} mentions after a saved cursor (Mastodon API)", flush=True)
    # An installed app starts from bytecode (pip compiles it), as the yardstick's
    # libraries do; a checkout run with PYTHONDONTWRITEBYTECODE would compile every
    # module of the app at every start instead. The test keychain stands in for the
    # user's keyring backend: compiled alike.
    compileall.compile_dir(REPOSITORY / "socialinbox", quiet=1)
    compileall.compile_file(REPOSITORY / "tests" / "file_keyring.py", quiet=1)
    server = MastodonServer().start()
    try:
        server.clear_rate_limit()  # the benchmark measures the app, not a rate limit
        customers = [f"customer{n}" for n in range(CUSTOMERS)]
        for name in customers:
            server.add_account(name, display_name=f"Customer {name[8:]}")
        app_times: list[float] = []
        plain_times: list[float] = []
        noop_times: list[float] = []
        bare_times: list[float] = []
        app_cpu: list[_Cpu] = []
        plain_cpu: list[_Cpu] = []
        noop_cpu: list[float] = []
        bare_cpu: list[float] = []
        for run in range(runs):
            with tempfile.TemporaryDirectory() as folder:
                cli = CliRunner(Path(folder))
                add = ("accounts", "add", "mastodon", "--name", "Shop")
                cli.connect(
                    *add, "--base-url", server.base_url, "--secret-stdin", secret=server.token
                )
                _check(cli("sync", "--once"))  # the saved cursor
                since = max((int(n["id"]) for n in server.notifications_for("business")), default=0)
                for n in range(mentions):
                    author = customers[n % CUSTOMERS]
                    server.post(
                        author,
                        f'<p><span class="h-card"><a href="https://social.test/@business">'
                        f"@<span>business</span></a></span> order {run}-{n}: do you have "
                        f"<strong>oat milk</strong> &amp; croissants today?</p>",
                        mentions=["business"],
                    )
                plain = [sys.executable, "-c", PLAIN_PAGING, server.base_url, server.token]
                got = _check([*plain, str(since)])
                if int(got.stdout) != mentions:
                    raise SystemExit(f"plain paging saw {got.stdout.strip()} mentions")
                cpu = os.times()
                plain_times.append(_timed(_check, [*plain, str(since)]))
                plain_cpu.append(_cpu_since(cpu))
                seconds, used = _catch_up(cli, mentions)
                app_times.append(seconds)
                app_cpu.append(used)
                cpu = os.times()
                noop_times.append(_no_op_round(cli))
                noop_cpu.append(_cpu_since(cpu).client)
                cpu = os.times()
                bare_times.append(_timed(_check, [sys.executable, "-c", BARE_START]))
                bare_cpu.append(_cpu_since(cpu).client)
    finally:
        server.stop()
    load = " ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"  (load {load} on {os.cpu_count()} cores)", flush=True)
    app, plain = statistics.median(app_times), statistics.median(plain_times)
    noop, bare = statistics.median(noop_times), statistics.median(bare_times)
    line(f"app: sync --once rounds until all are stored (median of {runs})", f"{app:.2f} s")
    line("plain httpx paging of the same notifications", f"{plain:.2f} s")
    line("ratio app/plain (target <= 2x)", f"{app / plain:.2f}x")
    # CPU seconds do not move with the machine's load as wall time does: the client's
    # (the app's processes, or the plain one) and the server's, the same server.
    app_c = statistics.median(c.client for c in app_cpu)
    app_s = statistics.median(c.server for c in app_cpu)
    plain_c = statistics.median(c.client for c in plain_cpu)
    plain_s = statistics.median(c.server for c in plain_cpu)
    line("CPU: app + server", f"{app_c:.2f} s + {app_s:.2f} s")
    line("CPU: plain client + server", f"{plain_c:.2f} s + {plain_s:.2f} s")
    line(
        "CPU ratio (app + server) / (plain + server)",
        f"{(app_c + app_s) / (plain_c + plain_s):.2f}x",
    )
    line("no-op sync --once (nothing new)", f"{noop:.3f} s")
    line('bare start: python -c "import sqlalchemy.orm, httpx"', f"{bare:.3f} s")
    line("ratio no-op/bare (target <= 1.3x)", f"{noop / bare:.2f}x")
    noop_c, bare_c = statistics.median(noop_cpu), statistics.median(bare_cpu)
    line("CPU: no-op sync --once vs bare start", f"{noop_c:.3f} s vs {bare_c:.3f} s")
    line("CPU ratio no-op/bare", f"{noop_c / bare_c:.2f}x")
