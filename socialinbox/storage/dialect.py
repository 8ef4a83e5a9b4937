"""Every statement that differs between database engines lives here.

Upserts and the full-text index are written per dialect; the rest of the code
calls these functions and stays portable. Only SQLite is implemented today;
the shared-database issue adds PostgreSQL here, and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Select,
    and_,
    column,
    exists,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from socialinbox.storage.database import DatabaseUnsupported
from socialinbox.storage.schema import Base, Message

# The columns of ``messages`` that search looks at.
SEARCH_COLUMNS = ("author_name", "author_handle", "subject", "text")

SQLITE_SEARCH_DDL: tuple[str, ...] = (
    # External-content FTS5 over messages: the text is stored once, in messages.
    "CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5("
    "author_name, author_handle, subject, text, "
    "content='messages', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='3')",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_ai AFTER INSERT ON messages BEGIN "
    "INSERT INTO messages_fts(rowid, author_name, author_handle, subject, text) "
    "VALUES (new.id, new.author_name, new.author_handle, new.subject, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS messages_fts_ad AFTER DELETE ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, author_name, author_handle, subject, text) "
    "VALUES ('delete', old.id, old.author_name, old.author_handle, old.subject, old.text); END",
    # Only a change to a searched column touches the index (read/done flips do not).
    "CREATE TRIGGER IF NOT EXISTS messages_fts_au AFTER UPDATE OF "
    "author_name, author_handle, subject, text ON messages BEGIN "
    "INSERT INTO messages_fts(messages_fts, rowid, author_name, author_handle, subject, text) "
    "VALUES ('delete', old.id, old.author_name, old.author_handle, old.subject, old.text); "
    "INSERT INTO messages_fts(rowid, author_name, author_handle, subject, text) "
    "VALUES (new.id, new.author_name, new.author_handle, new.subject, new.text); END",
)

SQLITE_SEARCH_DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS messages_fts_au",
    "DROP TRIGGER IF EXISTS messages_fts_ad",
    "DROP TRIGGER IF EXISTS messages_fts_ai",
    "DROP TABLE IF EXISTS messages_fts",
)


def _require_sqlite(dialect_name: str) -> None:
    if dialect_name != "sqlite":
        raise DatabaseUnsupported(
            f"{dialect_name} databases are not supported yet; use SQLite (the default)"
        )


def create_search_index(conn: Connection) -> None:
    """Create the full-text index and the triggers that keep it in sync."""
    _require_sqlite(conn.dialect.name)
    for statement in SQLITE_SEARCH_DDL:
        conn.exec_driver_sql(statement)


def drop_search_index(conn: Connection) -> None:
    _require_sqlite(conn.dialect.name)
    for statement in SQLITE_SEARCH_DROP:
        conn.exec_driver_sql(statement)


def rebuild_search_index(conn: Connection) -> None:
    """Re-index every message (after a migration that changed the index)."""
    _require_sqlite(conn.dialect.name)
    conn.exec_driver_sql("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")


PREFIX_MIN = 3
_SURROGATES = re.compile("[\ud800-\udfff]")


def fts_query(user_text: str, *, prefix_last: bool = True) -> str | None:
    """Turn whatever a user typed into a safe FTS5 query, or None if nothing is searchable.

    Each whitespace-separated word becomes a quoted phrase (FTS5 tokenises inside
    the quotes the same way as the index, so ``c++``, ``e-mail``, ``AND``, ``(``
    or emoji are plain text, never syntax). Words are combined with AND. The last
    word matches as a prefix, so results follow the user's typing.
    """
    cleaned = _SURROGATES.sub("\ufffd", user_text).replace("\x00", " ")
    words = [w for w in cleaned.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    last = words[-1]
    # A last word still being typed matches as a prefix; one that ends in
    # punctuation ("c++") is finished, and one or two letters would match
    # nearly everything, so those match whole words only.
    if prefix_last and last[-1].isalnum() and len(last) >= PREFIX_MIN:
        phrases[-1] += "*"
    return " ".join(phrases)


def search_hits(session: Session, query: str, cap: int) -> list[int] | None:
    """The ids of every message matching an :func:`fts_query`, or None if more than ``cap``.

    Reading only the index's own id list is cheap, so a query learns first
    whether it is selective enough to look each hit up directly.
    """
    return search_sample(session, query, cap)[0]


def search_sample(session: Session, query: str, cap: int) -> tuple[list[int] | None, float]:
    """:func:`search_hits`, and about what share of the newest messages match.

    The share comes from the newest ``cap + 1`` hits' ids (ids follow arrival):
    1.0 when every message matches, 0.0 when there are at most ``cap`` hits.
    """
    _require_sqlite(session.get_bind().dialect.name)
    ids = (
        session.execute(
            text(
                "SELECT rowid FROM messages_fts WHERE messages_fts MATCH :q"
                " ORDER BY rowid DESC LIMIT :n"
            ),
            {"q": query, "n": cap + 1},
        )
        .scalars()
        .all()
    )
    if len(ids) <= cap:
        return list(ids), 0.0
    return None, len(ids) / (max(ids) - min(ids) + 1)


def restrict_to_search(dialect_name: str, stmt: Select[Any], query: str) -> Select[Any]:
    """Keep only the messages of ``stmt`` that match an :func:`fts_query` result.

    For queries with many hits: the list's own index is walked newest first and
    each row is checked against the set of hits, which stops after one page.
    """
    _require_sqlite(dialect_name)
    fts = table("messages_fts", column("rowid"))
    hits = select(fts.c.rowid).where(
        text("messages_fts MATCH :fts_query").bindparams(fts_query=query)
    )
    return stmt.where(Message.id.in_(hits))


def restrict_to_dense_search(dialect_name: str, stmt: Select[Any], query: str) -> Select[Any]:
    """:func:`restrict_to_search` for a query most messages match (a very common word).

    Each row of the list's index, newest first, is checked against the search
    index by id: a page needs about as many checks as it has rows. Reading the
    set of all hits first (as :func:`restrict_to_search` does) would read nearly
    every id in the index. Slow for a rare word: use it only for common ones.
    """
    _require_sqlite(dialect_name)
    fts = table("messages_fts", column("rowid"))
    probe: Select[Any] = (
        select(literal_column("1"))
        .select_from(fts)
        .where(text("messages_fts MATCH :fts_query").bindparams(fts_query=query))
        .where(fts.c.rowid == Message.id)
        .correlate(Message)
    )
    return stmt.where(exists(probe))


def insert_ignore(conn: Connection, table_: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows, silently skipping those that hit a unique constraint."""
    if not rows:
        return
    _require_sqlite(conn.dialect.name)
    conn.execute(sqlite.insert(table_).on_conflict_do_nothing(), list(rows))


def upsert(session: Session, table_: Any, values: Mapping[str, Any], key: Sequence[str]) -> None:
    """Insert one row, or set these ``values`` on the row whose ``key`` columns match.

    ``key`` names columns of a unique constraint or the primary key; every other
    column in ``values`` is overwritten, columns not in ``values`` are left alone.
    """
    _require_sqlite(session.get_bind().dialect.name)
    statement = sqlite.insert(table_).values(**values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=list(key),
            set_={name: statement.excluded[name] for name in values if name not in key},
        )
    )


def create_all(conn: Connection) -> None:
    """Create every table and the search index on an empty database."""
    Base.metadata.create_all(conn)
    create_search_index(conn)


# A contact's own messages are found through ix_messages_contact. Left alone,
# SQLite prefers ix_messages_list for "inbound = 1 ORDER BY created_at" and walks
# every received message to find one contact's: seconds, and hundreds of MB of
# mapped pages, on a large inbox. A unary + keeps a term from choosing an index
# (SQLite's documented way to steer its planner: https://sqlite.org/optoverview.html).
INBOUND_NOT_INDEXED = literal_column("+messages.inbound", Boolean)


def received_by(contact: Any) -> Any:
    """The condition "received from ``contact``" (an id or an IN-able list of ids) that
    uses the contact's index."""
    where = (
        Message.contact_id.in_(contact)
        if isinstance(contact, list | tuple | set | frozenset)
        else Message.contact_id == contact
    )
    return and_(where, INBOUND_NOT_INDEXED.is_(True))
