"""The PostgreSQL figures of issue #14, on the corpus of the SQLite benchmark.

    python -m tests.perf.bench --only pgingest   # ingest of 100,000 messages vs COPY
    python -m tests.perf.bench --only pgsearch   # search p95 over 1,000,000 messages

Both run on a throwaway cluster (tests/servers/postgres_server.py), or on the server
of $SOCIALINBOX_TEST_POSTGRES.

- Ingest: the app's real path (``Ingest.store_batch``, batches of 200 as the SQLite
  part) into a fresh database, against ``COPY`` (psycopg 3 ``cursor.copy``) of the very
  rows it wrote — contacts, identities, lookup terms and messages, search column and
  indexes included — into another fresh database. Wall time, and the CPU time of this
  process and of the server's processes.
- Search: ``Inbox.page`` (first 50, newest first) for a rare word, a common word and
  a prefix, as the SQLite part measures them. The 1,000,000-message database is loaded
  with ``COPY`` (indexes built after the load) into a cluster kept under
  ``tests/perf/.cache/`` with the corpus's words: later runs start that cluster and
  neither generate the corpus nor load anything again.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import make_url

from socialinbox.channels.registry import default_registry
from socialinbox.clock import SystemClock
from socialinbox.core.accounts import Accounts
from socialinbox.core.connector import FetchBatch
from socialinbox.core.inbox import Inbox
from socialinbox.core.ingest import Ingest, thread_key
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.storage.database import Database
from socialinbox.storage.types import from_micros, to_micros
from tests.perf.corpus import Corpus, batches
from tests.perf.search_timing import report_search_pages
from tests.servers.postgres_server import PostgresServer

Line = Callable[[str, str], None]
CACHE = Path(__file__).parent / ".cache"
BATCH = 200
# The tables a batch of new customers' messages fills, parents first (foreign keys).
INGESTED_TABLES = ("contacts", "identities", "contact_terms", "messages")
# Ingest runs of each kind; the figures are medians (of three: one slow run on a shared
# machine does not move them), the kinds alternate.
INGEST_RUNS = 3


@contextmanager
def postgres_or_none(line: Line, what: str, keep_in: Path | None = None) -> Iterator[Any]:
    """A started PostgreSQL server, or None (said on ``line``) where there is none."""
    try:
        server = PostgresServer(keep_in=keep_in).start()
    except pytest.skip.Exception as absent:  # no PostgreSQL here: the other figures stand
        line(what, f"not measured: {absent}")
        yield None
        return
    try:
        yield server
    finally:
        server.stop()


def _psycopg_url(url: str) -> str:
    """The libpq form of a SQLAlchemy URL (psycopg connects to it directly)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process, and of its children already waited for."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_cpu(server: PostgresServer) -> float | None:
    """CPU seconds the cluster's processes (the postmaster and every child) have used, or
    None when the server is not ours (an external one: its processes are not visible)."""
    folder = server.data_folder
    if folder is None:
        return None
    postmaster = int((folder / "postmaster.pid").read_text().split()[0])
    total = _cpu_seconds(postmaster)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == postmaster:
                total += _cpu_seconds(int(entry.name))
    return total


@dataclass(frozen=True)
class Cost:
    wall: float
    client_cpu: float
    server_cpu: float | None

    def per_message(self, count: int) -> str:
        server = "" if self.server_cpu is None else f", server CPU {self.server_cpu:.1f} s"
        return (
            f"{count / self.wall:,.0f} msg/s ({self.wall:.1f} s;"
            f" client CPU {self.client_cpu:.1f} s{server})"
        )


@contextmanager
def measured(server: PostgresServer, into: list[Cost]) -> Iterator[None]:
    wall, cpu, server_before = time.perf_counter(), time.process_time(), server_cpu(server)
    yield
    server_after = server_cpu(server)
    into.append(
        Cost(
            time.perf_counter() - wall,
            time.process_time() - cpu,
            None if server_before is None or server_after is None else server_after - server_before,
        )
    )


def _median(costs: Sequence[Cost]) -> Cost:
    servers = [c.server_cpu for c in costs if c.server_cpu is not None]
    return Cost(
        statistics.median(c.wall for c in costs),
        statistics.median(c.client_cpu for c in costs),
        statistics.median(servers) if len(servers) == len(costs) else None,
    )


# -- ingest ------------------------------------------------------------------------


def bench_pgingest(corpus: Corpus, count: int, line: Line) -> None:
    print(f"\nPostgreSQL: ingest of {count:,} messages (batches of {BATCH}) vs COPY", flush=True)
    messages = corpus.messages[:count]
    with postgres_or_none(line, "ingest vs COPY") as server:
        if server is None:
            return
        real: list[Cost] = []
        copied: list[Cost] = []
        for run in range(INGEST_RUNS):
            url = server.fresh_database()
            try:
                account_id = _real_ingest(server, url, messages, real)
                rows = _rows_of(url, INGESTED_TABLES)
            finally:
                server.drop_database(url)
            target = server.fresh_database()
            try:
                _copy_rows(server, target, account_id, rows, copied)
            finally:
                server.drop_database(target)
            print(
                f"  (run {run + 1}: ingest {real[-1].wall:.1f} s, COPY {copied[-1].wall:.1f} s,"
                f" load {_load()})",
                flush=True,
            )
    r, c = _median(real), _median(copied)
    line("real ingest path (identities, threads, index, change feed)", r.per_message(count))
    line("COPY of the same rows into the same tables and indexes", c.per_message(count))
    line("ratio real/COPY wall time (target <= 3x)", f"{r.wall / c.wall:.2f}x (load {_load()})")
    if r.server_cpu is not None and c.server_cpu is not None:
        line(
            "ratio real/COPY CPU time, client + server",
            f"{(r.client_cpu + r.server_cpu) / (c.client_cpu + c.server_cpu):.2f}x",
        )


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _real_ingest(server: PostgresServer, url: str, messages: list[Any], into: list[Cost]) -> int:
    db = Database(url)
    try:
        account_id = Accounts(db, SystemClock()).create("bench", "Benchmark").id
        ingest = Ingest(db, SystemClock(), NetworkCatalogue(default_registry().network))
        chunks = [FetchBatch(tuple(c), f"c{c[-1].remote_id}") for c in batches(messages, BATCH)]
        with measured(server, into):
            for chunk in chunks:
                ingest.store_batch(account_id, chunk)
    finally:
        db.dispose()
    return account_id


def _rows_of(url: str, tables: Sequence[str]) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every row of these tables, with the names of the columns a COPY can write (a
    generated column such as ``messages.search`` is computed by the server)."""
    found = {}
    with psycopg.connect(_psycopg_url(url)) as conn:
        for table in tables:
            columns = [
                name
                for (name,) in conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                    " AND is_generated = 'NEVER' ORDER BY ordinal_position",
                    (table,),
                )
            ]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = conn.execute(f'SELECT {names} FROM "{table}" ORDER BY 1').fetchall()
            found[table] = (columns, rows)
    return found


def _copy_rows(
    server: PostgresServer,
    url: str,
    account_id: int,
    rows: dict[str, tuple[list[str], list[tuple]]],
    into: list[Cost],
) -> None:
    db = Database(url)
    try:  # the same account id as the ingest's database
        assert Accounts(db, SystemClock()).create("bench", "Benchmark").id == account_id
    finally:
        db.dispose()
    with psycopg.connect(_psycopg_url(url)) as conn, measured(server, into):
        copy_into(conn, rows)


def copy_into(
    conn: psycopg.Connection[Any], rows: dict[str, tuple[list[str], list[tuple]]]
) -> None:
    """COPY each table's rows in (one transaction), as a bulk loader would."""
    with conn.transaction(), conn.cursor() as cursor:
        for table, (columns, values) in rows.items():
            names = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in values:
                    copy.write_row(row)


# -- search ------------------------------------------------------------------------


def bench_pgsearch(corpus_of: Callable[[int], Corpus], count: int, runs: int, line: Line) -> None:
    print(
        f"\nPostgreSQL: search over {count:,} messages, first 50 newest first ({runs} warm runs)",
        flush=True,
    )
    with postgres_or_none(line, "search", keep_in=CACHE / "postgres") as server:
        if server is None:
            return
        url, words = _large_database(server, corpus_of, count)
        db = Database(url)
        db.prepare()  # a cached database meets the current schema
        try:
            inbox = Inbox(db)
            cases = [
                ("rare", words["rare"], 50),
                ("common", words["common"], 150),
                ("prefix", words["prefix"], 150),
                ("most common word (extra, no target)", words["most_common"], None),
            ]
            report_search_pages(
                inbox, cases, runs, words["hits"].get, line, lambda: f" (load {_load()})"
            )
        finally:
            db.dispose()


def _large_database(
    server: PostgresServer, corpus_of: Callable[[int], Corpus], count: int
) -> tuple[str, dict[str, Any]]:
    """The URL of a database of ``count`` corpus messages and the corpus's search words;
    built once (COPY, then the indexes), kept with the cluster when it is cached."""
    name = f"bench_search_{count}"
    url = server.url_of(name)
    ready = CACHE / f"postgres-{name}.json"
    if ready.exists() and server.data_folder is not None and server.has_database(name):
        return url, json.loads(ready.read_text())
    print(
        f"  (building a PostgreSQL database of {count:,} messages; cached for later runs)",
        flush=True,
    )
    started = time.perf_counter()
    corpus = corpus_of(count)
    words = {
        "rare": corpus.rare_word(),
        "common": corpus.common_word(),
        "prefix": corpus.prefix(),
        "most_common": corpus.most_common_word(),
    }
    words["hits"] = {w: corpus.doc_frequency[w] for w in words.values()}
    server.drop_database(url)
    server.fresh_database(name)
    db = Database(url)
    try:
        account_id = Accounts(db, SystemClock()).create("bench", "Benchmark").id
    finally:
        db.dispose()
    with psycopg.connect(_psycopg_url(url), autocommit=True) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'messages'"
            " AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        ).fetchall()
        for index, _ in indexes:
            conn.execute(f'DROP INDEX "{index}"')
        copy_into(conn, corpus_rows(account_id, corpus.messages[:count]))
        for _, definition in indexes:
            conn.execute(definition)
        conn.execute("VACUUM ANALYZE")
    CACHE.mkdir(parents=True, exist_ok=True)
    if server.data_folder is not None:
        ready.write_text(json.dumps(words))
    print(f"  (built in {time.perf_counter() - started:.0f} s)", flush=True)
    return url, words


def corpus_rows(account_id: int, messages: list[Any]) -> dict[str, tuple[list[str], list[tuple]]]:
    """The contacts, identities and messages of the corpus, as the ingest would store
    them (one contact per author), for :func:`copy_into`."""
    now = from_micros(to_micros(SystemClock().now()))
    contact_of: dict[str, int] = {}
    contacts, identities, rows = [], [], []
    for m in messages:
        key = m.author.key
        if key not in contact_of:
            contact_of[key] = cid = len(contact_of) + 1
            contacts.append((cid, m.author.display_name, False, "[]", now, now))
            identities.append((cid, m.author.channel, key, m.author.handle, cid, now, now))
        cid = contact_of[key]
        rows.append(
            (
                account_id, m.channel, m.remote_id, m.kind, True,
                thread_key(account_id, m.thread_remote_id or m.remote_id), cid, cid,
                m.author.handle, m.author.display_name, m.text, m.url, m.created_at, now,
                False, False, True,
            )
        )  # fmt: skip
    return {
        "contacts": (["id", "display_name", "vip", "topics_json", "created_at", "updated_at"],
                     contacts),
        "identities": (
            ["id", "channel", "key", "handle", "contact_id", "last_seen_at", "created_at"],
            identities,
        ),
        "messages": (
            [
                "account_id", "channel", "remote_id", "kind", "inbound", "thread_key",
                "identity_id", "contact_id", "author_handle", "author_name", "text", "url",
                "created_at", "received_at", "read", "done", "needs_reply",
            ],
            rows,
        ),
    }  # fmt: skip


def words_cached(count: int) -> bool:
    """Whether a search run over ``count`` messages can skip generating the corpus."""
    return (CACHE / f"postgres-bench_search_{count}.json").exists()
