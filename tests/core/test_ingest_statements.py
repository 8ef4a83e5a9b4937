"""Storing a batch is set-based: the number of SQL statements does not grow with it."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text

from socialinbox.app import AppContext
from socialinbox.core.connector import FetchBatch
from socialinbox.storage.schema import Contact, Message
from tests.helpers import message

START = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)


@contextmanager
def counted_statements(context: AppContext) -> Iterator[list[str]]:
    """The statements the writer's connection runs meanwhile (an executemany is one)."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        seen.append(statement)

    engine = context.db.write_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def new_customers_batch(prefix: str, count: int) -> FetchBatch:
    """``count`` messages from ``count`` people never seen before."""
    return FetchBatch(
        tuple(
            message(
                f"{prefix}-{n}",
                START + timedelta(seconds=n),
                text=f"question {n} from {prefix}",
                author_key=f"{prefix}{n}@example.social",
                handle=f"@{prefix}{n}@example.social",
                author_name=f"Customer {prefix} {n}",
            )
            for n in range(count)
        ),
        f"after-{prefix}",
    )


def test_a_batch_of_new_customers_costs_the_same_statements_whatever_its_size(context):
    account = context.writer.call(context.accounts.create, "demo", "Shop")

    with counted_statements(context) as small:
        context.writer.call(context.ingest.store_batch, account.id, new_customers_batch("s", 5))
    with counted_statements(context) as large:
        context.writer.call(context.ingest.store_batch, account.id, new_customers_batch("l", 400))

    assert len(large) == len(small)
    # Each message is tied to its own author's new contact, in the batch's order.
    with context.db.read() as session:
        rows = session.execute(
            select(Message.remote_id, Contact.display_name).join(
                Contact, Contact.id == Message.contact_id
            )
        ).all()
    assert len(rows) == 405
    for remote_id, name in rows:
        prefix, _, n = remote_id.partition("-")
        assert name == f"Customer {prefix} {n}"


def test_a_fast_growing_table_gets_the_statistics_its_lookups_need(context):
    if context.db.dialect_name != "postgresql":
        pytest.skip("SQLite's planner needs no statistics for these lookups")
    account = context.writer.call(context.accounts.create, "demo", "Shop")
    context.writer.call(context.ingest.store_batch, account.id, new_customers_batch("a", 600))
    # The server counts a transaction's rows at most once a second.
    time.sleep(1.2)
    context.writer.call(context.ingest.store_batch, account.id, new_customers_batch("b", 5))

    with context.db.read() as session:
        analyzed = dict(
            session.execute(
                text(
                    "SELECT c.relname, c.reltuples FROM pg_class c WHERE c.relname IN"
                    " ('messages', 'identities', 'contacts', 'contact_terms')"
                )
            ).all()
        )
        remote_ids_known = session.execute(
            text(
                "SELECT n_distinct FROM pg_stats WHERE tablename = 'messages'"
                " AND attname = 'remote_id'"
            )
        ).scalar()
    # The planner knows the tables' sizes and that remote ids are all different (it then
    # descends the unique index once per id instead of walking the account's rows).
    assert analyzed["messages"] >= 600
    assert analyzed["identities"] >= 600
    assert remote_ids_known == -1


def test_statistics_follow_the_apps_tables_not_those_of_the_same_name_elsewhere(context):
    if context.db.dialect_name != "postgresql":
        pytest.skip("SQLite's planner needs no statistics for these lookups")
    # A shared server's database may hold another application's "contacts" in another
    # schema: its size says nothing about the app's tables, which stay small here.
    with context.db.write() as session:
        session.execute(text("CREATE SCHEMA elsewhere"))
        session.execute(text("CREATE TABLE elsewhere.contacts (id integer)"))
        session.execute(text("INSERT INTO elsewhere.contacts SELECT generate_series(1, 2000)"))
        session.execute(text("SELECT pg_stat_force_next_flush()"))  # counted at commit
    account = context.writer.call(context.accounts.create, "demo", "Shop")
    context.writer.call(context.ingest.store_batch, account.id, new_customers_batch("a", 5))

    with context.db.read() as session:
        size_known = session.execute(
            text("SELECT reltuples FROM pg_class WHERE oid = CAST('public.contacts' AS regclass)")
        ).scalar()
    # Never analyzed (-1): five new contacts are no growth worth an ANALYZE of the table.
    assert size_known == -1
