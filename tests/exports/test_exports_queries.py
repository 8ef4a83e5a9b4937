"""Issue 16, item 3: exports and lists issue the same number of SQL statements for 10x the
rows (a query per row would make them grow with it), and read large results in chunks."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.cli.main import COMMANDS, build_parser
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from tests.conftest import MemoryKeyring
from tests.helpers import batch, message
from tests.sql_counter import counted_statements

CHANNELS = ("mastodon", "bluesky", "email")
START = datetime(2026, 11, 1, tzinfo=UTC)


def fill(context: AppContext, count: int, authors: int, *, prefix: str = "m") -> int:
    """``count`` messages (three networks, replies among them) from ``authors`` people,
    each with a note; returns the contact id of the first author."""
    account = context.writer.call(context.accounts.create, "demo", f"Shop {prefix}")
    items = []
    for n in range(count):
        author = n % authors
        channel = CHANNELS[author % len(CHANNELS)]
        key, handle = {
            "mastodon": (f"person{author}@example.social", f"@person{author}@example.social"),
            "bluesky": (f"did:plc:person{author}", f"person{author}.bsky.social"),
            "email": (f"person{author}@example.org", f"person{author}@example.org"),
        }[channel]
        items.append(
            message(
                f"{prefix}{n}",
                START + timedelta(minutes=n),
                text=f"please call back about booking {n}",
                channel=channel,
                author_key=key,
                author_name=f"Person {author}",
                handle=handle,
                kind="email" if channel == "email" else "mention",
                thread_remote_id=f"{prefix}{n - n % 3}",
            )
        )
    for start in range(0, len(items), 200):
        context.ingest.store_batch(account.id, batch(*items[start : start + 200]))
    contacts = context.contacts.list_contacts()
    for c in contacts:
        context.writer.call(context.notes.add, c.id, f"note on {c.name}")
    first = context.inbox.details(InboxFilter(), count)[-1]
    assert first.contact_id is not None
    return first.contact_id


def run_command(context: AppContext, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """One command run in this process, on ``context``, as ``socialinbox ARGV`` would."""
    args = build_parser().parse_args(list(argv))
    handlers = {command.NAME: command for command in COMMANDS}
    capsys.readouterr()
    assert handlers[args.command].run(args, context) == 0
    return capsys.readouterr().out


def statements(context: AppContext, capsys: pytest.CaptureFixture[str], *argv: str) -> int:
    with counted_statements(context.db) as seen:
        run_command(context, capsys, *argv)
    return len(seen)


# Each read, and how many items its JSON lists for SIZE messages from SIZE / 3 people
# (None: not JSON).
READS = {
    "inbox --json": (("inbox", "--json", "--limit", "100000"), lambda size: size),
    "inbox --json --search": (
        ("inbox", "--json", "--search", "please", "--limit", "100000"),
        lambda size: size,
    ),
    "inbox": (("inbox", "--limit", "100000"), None),
    "contacts --json": (("contacts", "--json"), lambda size: size // 3),
    "contacts": (("contacts",), None),
    "export-contact": (("export-contact", "FIRST"), lambda size: 3),
}


@pytest.mark.parametrize("read", sorted(READS))
def test_ten_times_the_rows_take_the_same_number_of_statements(
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    read: str,
) -> None:
    template, listed = READS[read]
    counts = []
    for size in (30, 300):
        context = AppContext(
            AppOptions(data_dir=tmp_path / str(size), user="tester"),
            clock=FakeClock(START + timedelta(days=30)),
            secrets=SecretStore(memory_keyring),
        )
        try:
            first = fill(context, size, authors=size // 3)
            argv = tuple(str(first) if a == "FIRST" else a for a in template)
            out = run_command(context, capsys, *argv)
            if listed is not None:
                parsed = json.loads(out)
                items = parsed["messages"] if isinstance(parsed, dict) else parsed
                assert len(items) == listed(size)
            counts.append(statements(context, capsys, *argv))
        finally:
            context.close()
    assert counts[0] == counts[1], counts


def test_large_reads_grow_by_one_statement_per_chunk_at_most(context: AppContext) -> None:
    """Rows come in chunks: a search pages through its hits, a whole list fetches in
    parts from one statement."""
    fill(context, 250, authors=50)
    counts = {}
    for chunk in (1000, 50):
        with counted_statements(context.db) as seen:
            found = list(context.inbox.iter_details(InboxFilter(), 10_000, chunk=chunk))
        assert len(found) == 250
        counts[("list", chunk)] = len(seen)
        with counted_statements(context.db) as seen:
            hits = list(context.inbox.iter_details(InboxFilter(search="please"), 10_000, chunk))
        assert [d.id for d in hits] == [d.id for d in found]
        counts[("search", chunk)] = len(seen)
    assert counts[("list", 50)] == counts[("list", 1000)]
    # 250 hits in pages of 50: 6 pages (the last one empty) instead of one, each a read
    # of its own (begin, the index's hits, their keys, their rows) and one of its records
    # (begin, one select): never a statement per message.
    assert counts[("search", 50)] - counts[("search", 1000)] <= 5 * 6


def test_the_contact_list_in_chunks_is_the_list_in_one(context: AppContext) -> None:
    fill(context, 90, authors=45)
    whole = context.contacts.list_contacts()
    assert [c.id for c in context.contacts.iter_contacts(chunk=7)] == [c.id for c in whole]
    assert len(whole) == 45 and all(c.notes_count == 1 and c.identities for c in whole)
