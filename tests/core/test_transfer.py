"""Issue 14, part 5: moving a whole database from SQLite to PostgreSQL and back
(``storage.transfer``, the ``migrate-to`` command's work), on a real PostgreSQL server."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Base
from socialinbox.storage.transfer import TransferError, copy_database, open_empty_target
from tests.conftest import MemoryKeyring
from tests.helpers import batch, message

FIXTURES = Path(__file__).parent.parent / "fixtures"

# What strangers write: scripts, quotes that end SQL strings, right-to-left text,
# combining marks, emoji with joiners, control characters, a long text.
HOSTILE = (
    "<script>alert('x')</script> Robert'); DROP TABLE messages;-- "
    "שלום עליכם e\u0301te\u0301 👩‍👩‍👧 \x1b[2J\u202e reversed \u00a0zanzibarquux " + "ü" * 5000
)


def contents(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table of the schema, as typed values, in primary-key order."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            keys = [column.name for column in table.primary_key.columns]
            rows = [dict(row._mapping) for row in conn.execute(select(table))]
            tables[table.name] = sorted(rows, key=lambda row: tuple(row[k] for k in keys))
    return tables


@pytest.fixture
def demo(tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """The demo's SQLite database, with its notes and a message and a note of hostile text."""
    context = AppContext(
        AppOptions(data_dir=tmp_path / "demo", demo=True, user="tester"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    context.ensure_demo_account()
    from socialinbox.cli.common import sync_round

    sync_round(context)
    context.seed_demo_notes()
    account = context.writer.call(context.accounts.create, "demo", "Hostile")
    context.ingest.store_batch(
        account.id,
        batch(message("hostile-1", clock.now(), text=HOSTILE, author_name=HOSTILE[:200])),
    )
    [contact] = context.contacts.list_contacts(search=HOSTILE[:10]) or [None]
    assert contact is not None
    context.writer.call(context.notes.add, contact.id, HOSTILE)
    yield context
    context.close()


def open_at(url: str, folder: Path, clock: FakeClock, keyring: MemoryKeyring) -> AppContext:
    return AppContext(
        AppOptions(data_dir=folder, database_url=url, user="tester"),
        clock=clock,
        secrets=SecretStore(keyring),
    )


def test_the_demo_goes_to_postgresql_and_back_unchanged(
    demo, empty_postgres, tmp_path, clock, memory_keyring
):
    before = contents(demo.db)
    assert len(before["messages"]) > 100 and before["notes"]

    copied = copy_database(demo.db, open_empty_target(empty_postgres))

    counts = {table.table: table.target_rows for table in copied.tables}
    assert counts == {name: len(rows) for name, rows in before.items()}
    assert contents(demo.db) == before  # the original is only read
    server = open_at(empty_postgres, tmp_path / "desk", clock, memory_keyring)
    try:
        assert contents(server.db) == before
        # Search works on the copy (its index is the server's own), and new rows get new
        # ids after the copied ones.
        [hit] = server.inbox.details(InboxFilter(search="zanzibarquux"), 10)
        assert hit.text == HOSTILE
        note = server.writer.call(server.notes.add, hit.contact_id, "written after the move")
        assert note.id > max(row["id"] for row in before["notes"])
        after_note = contents(server.db)

        back = tmp_path / "back" / "socialinbox.sqlite3"
        copy_database(server.db, open_empty_target(f"sqlite:///{back}"))
    finally:
        server.close()
    assert contents(Database(f"sqlite:///{back}")) == after_note
    home = open_at(f"sqlite:///{back}", tmp_path / "home", clock, memory_keyring)
    try:
        [hit] = home.inbox.details(InboxFilter(search="zanzibarquux"), 10)
        assert hit.text == HOSTILE
    finally:
        home.close()


def test_a_database_with_tables_is_never_written(demo, empty_postgres):
    copy_database(demo.db, open_empty_target(empty_postgres))
    with pytest.raises(TransferError, match="is not empty"):
        open_empty_target(empty_postgres)


def test_an_existing_file_is_never_replaced(demo, tmp_path):
    existing = tmp_path / "there.sqlite3"
    existing.write_bytes(b"keep me")
    with pytest.raises(TransferError, match="already exists"):
        open_empty_target(f"sqlite:///{existing}")
    assert existing.read_bytes() == b"keep me"


def test_a_nul_an_old_version_stored_reaches_postgresql_as_a_replacement_character(
    demo, empty_postgres
):
    with demo.db.write() as session:
        session.execute(text("UPDATE notes SET text = :text WHERE id = 1"), {"text": "be\x00fore"})

    copied = copy_database(demo.db, open_empty_target(empty_postgres))

    assert {t.table: t.nul_replaced for t in copied.tables if t.nul_replaced} == {"notes": 1}
    server = Database(empty_postgres)
    try:
        [row] = contents(server)["notes"][:1]
        assert row["text"] == "be\ufffdfore"
    finally:
        server.dispose()


def test_a_failed_copy_leaves_no_file_behind(demo, tmp_path):
    # A note of a contact that does not exist (a file damaged outside the app): the
    # target's foreign key refuses it, the copy stops and keeps nothing.
    assert demo.db.path is not None
    with closing(sqlite3.connect(demo.db.path)) as raw, raw:
        raw.execute("UPDATE notes SET contact_id = 999999 WHERE id = 1")
    target = tmp_path / "new.sqlite3"
    with pytest.raises(TransferError, match="nothing was kept"):
        copy_database(demo.db, open_empty_target(f"sqlite:///{target}"))
    assert not target.exists()


def test_a_failed_copy_leaves_the_server_database_empty(demo, empty_postgres):
    # SQLite keeps a text longer than its column's length; PostgreSQL refuses it.
    with demo.db.write() as session:
        session.execute(text("UPDATE accounts SET uuid = uuid || :long"), {"long": "u" * 80})
    with pytest.raises(TransferError, match="nothing was kept"):
        copy_database(demo.db, open_empty_target(empty_postgres))
    open_empty_target(empty_postgres).dispose()  # still empty: a second try may go ahead


def test_every_table_of_a_released_schema_goes_there_and_back(empty_postgres, tmp_path):
    # The newest released fixture has a row in nearly every table (stays, outbox and its
    # events, merges, import mappings, rate limits, quota days, alerts…), upgraded first.
    fixture = sorted(FIXTURES.glob("schema_*.sqlite3"))[-1]
    original = tmp_path / fixture.name
    shutil.copy(fixture, original)
    source = Database(f"sqlite:///{original}")
    source.prepare()
    try:
        before = contents(source)
        assert sum(1 for rows in before.values() if rows) >= 18
        copy_database(source, open_empty_target(empty_postgres))
    finally:
        source.dispose()
    server = Database(empty_postgres)
    back = tmp_path / "back.sqlite3"
    try:
        assert contents(server) == before
        copy_database(server, open_empty_target(f"sqlite:///{back}"))
    finally:
        server.dispose()
    home = Database(f"sqlite:///{back}")
    try:
        assert contents(home) == before
    finally:
        home.dispose()
