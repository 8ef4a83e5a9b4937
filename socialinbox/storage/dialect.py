"""Every statement that differs between database engines lives here.

Upserts and the full-text index are written per dialect (SQLite: an FTS5 table kept by
triggers; PostgreSQL: a stored ``tsvector`` column with a GIN index); the rest of the
code calls these functions and stays portable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnDefault,
    ColumnElement,
    Connection,
    Integer,
    Select,
    String,
    Table,
    Text,
    TextClause,
    and_,
    any_,
    bindparam,
    cast,
    column,
    exists,
    func,
    insert,
    literal_column,
    select,
    table,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
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


# PostgreSQL: the searched text as a stored, generated tsvector with a GIN index. To find
# what SQLite's "unicode61 remove_diacritics 2" tokenizer finds, the text is folded first
# (accents removed with the unaccent extension — trusted, so the database's owner may
# create it —, lower case, every run of other characters than letters and digits a
# space: "zoe.mueller@example.org" is four words, as in SQLite, not one address); the
# 'simple' configuration then keeps every word as written (no stemming, no stop words).
# A generated column needs immutable functions, hence the wrapper naming its dictionary.
# The wrapper names unaccent with the schema the extension lives in (found when it is
# created): pg_restore runs with an empty search_path, and an unqualified unaccent would
# make a pg_dump archive impossible to restore (migration 0010).
POSTGRES_FOLD_FUNCTION = (
    "CREATE OR REPLACE FUNCTION socialinbox_fold(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
    "$$ SELECT regexp_replace(lower({schema}.unaccent('{schema}.unaccent'::regdictionary, "
    "value)), '[^[:alnum:]]+', ' ', 'g') $$"
)
UNACCENT_SCHEMA = (
    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "WHERE e.extname = 'unaccent'"
)
POSTGRES_SEARCH_DDL: tuple[str, ...] = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "ALTER TABLE messages ADD COLUMN IF NOT EXISTS search tsvector GENERATED ALWAYS AS ("
    "to_tsvector('simple'::regconfig, socialinbox_fold(coalesce(author_name, '') || ' ' || "
    "coalesce(author_handle, '') || ' ' || coalesce(subject, '') || ' ' || "
    "coalesce(text, '')))) STORED",
    "CREATE INDEX IF NOT EXISTS ix_messages_search ON messages USING gin (search)",
)

POSTGRES_SEARCH_DROP: tuple[str, ...] = (
    "DROP INDEX IF EXISTS ix_messages_search",
    "ALTER TABLE messages DROP COLUMN IF EXISTS search",
    "DROP FUNCTION IF EXISTS socialinbox_fold(text)",
)

SUPPORTED = ("sqlite", "postgresql")


def _require_supported(dialect_name: str) -> None:
    if dialect_name not in SUPPORTED:
        raise DatabaseUnsupported(
            f"{dialect_name} databases are not supported; use SQLite (the default) or PostgreSQL"
        )


def search_index_ddl(dialect_name: str) -> tuple[str, ...]:
    """The statements that create the full-text index (migrations run them too)."""
    _require_supported(dialect_name)
    return SQLITE_SEARCH_DDL if dialect_name == "sqlite" else POSTGRES_SEARCH_DDL


def search_index_drop(dialect_name: str) -> tuple[str, ...]:
    _require_supported(dialect_name)
    return SQLITE_SEARCH_DROP if dialect_name == "sqlite" else POSTGRES_SEARCH_DROP


def create_search_index(conn: Connection) -> None:
    """Create the full-text index (and, on SQLite, the triggers that keep it in sync)."""
    for statement in search_index_ddl(conn.dialect.name):
        conn.exec_driver_sql(statement)
        if statement == POSTGRES_SEARCH_DDL[0]:
            create_fold_function(conn)


def create_fold_function(conn: Connection) -> None:
    """(Re)create PostgreSQL's ``socialinbox_fold`` with unaccent named by its schema."""
    schema = conn.exec_driver_sql(UNACCENT_SCHEMA).scalar_one()
    quoted = conn.dialect.identifier_preparer.quote_identifier(schema).replace("'", "''")
    conn.exec_driver_sql(POSTGRES_FOLD_FUNCTION.format(schema=quoted))


def drop_search_index(conn: Connection) -> None:
    for statement in search_index_drop(conn.dialect.name):
        conn.exec_driver_sql(statement)


def rebuild_search_index(conn: Connection) -> None:
    """Re-index every message (after a migration that changed the index). PostgreSQL's
    generated column is always current: nothing to do there."""
    _require_supported(conn.dialect.name)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")


PREFIX_MIN = 3
_SURROGATES = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What a user typed, made safe: whole words, all required; the last one may match as
    a prefix. Each dialect writes it in its own query language."""

    words: tuple[str, ...]
    prefix_last: bool

    def fts5(self) -> str:
        """SQLite FTS5: each word a quoted phrase (FTS5 tokenises inside the quotes the
        same way as the index, so ``c++``, ``e-mail``, ``AND``, ``(`` or emoji are plain
        text, never syntax), combined with AND; ``*`` for a prefix."""
        phrases = ['"' + w.replace('"', '""') + '"' for w in self.words]
        if self.prefix_last:
            phrases[-1] += "*"
        return " ".join(phrases)

    def tsquery(self) -> str:
        """PostgreSQL ``to_tsquery`` input, to be folded as the index was (see
        :data:`TSQUERY`): each word's runs of letters and digits in a row (``e-mail`` is
        ``'e' <-> 'mail'``, as FTS5 reads the phrase "e-mail"), words combined with
        ``&``; ``:*`` for a prefix. Only letters and digits are quoted: never syntax."""
        terms = []
        for word in self.words:
            parts = [p for p in _NOT_ALNUM.split(word) if p]
            quoted = ["'" + p + "'" for p in parts] or ["''"]
            terms.append(quoted)
        if self.prefix_last:
            terms[-1][-1] += ":*"
        return " & ".join(q[0] if len(q) == 1 else "(" + " <-> ".join(q) + ")" for q in terms)


# Letters and digits as PostgreSQL's [[:alnum:]] counts them (no underscore).
_NOT_ALNUM = re.compile(r"[\W_]+")
# The folded query, matched against messages.search.
TSQUERY = "to_tsquery('simple', unaccent('unaccent'::regdictionary, lower(:tsq)))"


def _tsquery_bound(statement: TextClause, query: SearchQuery) -> TextClause:
    """``statement`` (which names :data:`TSQUERY`) with the query written into its text.

    The planner's choice depends on the words: the GIN index for a rare word, the
    list's index walked newest first for a common one. A bound value would let a
    prepared statement (psycopg prepares a query run 5 times) settle on one generic
    plan for every word, measured 10x slower for one of them; written in, each query is
    planned for its own words. A string literal (quotes doubled): never syntax."""
    return statement.bindparams(bindparam("tsq", query.tsquery(), literal_execute=True))


def fts_query(user_text: str, *, prefix_last: bool = True) -> SearchQuery | None:
    """Turn whatever a user typed into a safe search query, or None if nothing is searchable.

    Words are whitespace-separated and combined with AND. The last word matches as a
    prefix, so results follow the user's typing.
    """
    cleaned = _SURROGATES.sub("\ufffd", user_text).replace("\x00", " ")
    words = [w for w in cleaned.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return None
    last = words[-1]
    # A last word still being typed matches as a prefix; one that ends in
    # punctuation ("c++") is finished, and one or two letters would match
    # nearly everything, so those match whole words only.
    prefix = prefix_last and last[-1].isalnum() and len(last) >= PREFIX_MIN
    return SearchQuery(tuple(words), prefix)


def _matches(dialect_name: str, query: SearchQuery) -> Any:
    """The condition "this ``messages`` row matches ``query``" for a correlated check."""
    if dialect_name == "postgresql":
        return _tsquery_bound(text(f"messages.search @@ {TSQUERY}"), query)
    fts = table("messages_fts", column("rowid"))
    return exists(
        select(literal_column("1"))
        .select_from(fts)
        .where(text("messages_fts MATCH :fts_query").bindparams(fts_query=query.fts5()))
        .where(fts.c.rowid == Message.id)
        .correlate(Message)
    )


def search_hits(session: Session, query: SearchQuery, cap: int) -> list[int] | None:
    """The ids of every message matching an :func:`fts_query`, or None if more than ``cap``.

    Reading only the index's own id list is cheap, so a query learns first
    whether it is selective enough to look each hit up directly.
    """
    ids = _newest_hits(session, query, cap + 1)
    return ids if len(ids) <= cap else None


def _newest_hits(session: Session, query: SearchQuery, count: int) -> list[int]:
    """The ids of the newest ``count`` messages matching ``query`` (ids follow arrival)."""
    name = session.get_bind().dialect.name
    _require_supported(name)
    if name == "postgresql":
        statement = _tsquery_bound(
            text(f"SELECT id FROM messages WHERE search @@ {TSQUERY} ORDER BY id DESC LIMIT :n"),
            query,
        ).bindparams(n=count)
    else:
        statement = text(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH :q"
            " ORDER BY rowid DESC LIMIT :n"
        ).bindparams(q=query.fts5(), n=count)
    return list(session.execute(statement).scalars())


def search_sample(session: Session, query: SearchQuery, cap: int) -> tuple[list[int] | None, float]:
    """:func:`search_hits`, and about what share of the newest messages match, for
    choosing how to read a page of a search's hits.

    The share comes from the newest ``cap + 1`` hits' ids (ids follow arrival):
    1.0 when every message matches, 0.0 when there are at most ``cap`` hits.

    On PostgreSQL nothing is read: ``(None, 0.0)``, and the page's query (the search
    condition beside the list's terms) is left to the planner, which chooses between
    the GIN index (few hits: read them, sort them) and the list's index walked newest
    first (many hits: a page is found after a few hundred rows) from its statistics of
    each word. Reading the newest hits first cost more than the page itself there: a
    walk of the primary key checking each row, 140 ms for a word in 5 % of 1,000,000
    messages (tests/perf/pg_bench.py), against a few ms for the page.
    """
    if session.get_bind().dialect.name == "postgresql":
        return None, 0.0
    ids = _newest_hits(session, query, cap + 1)
    if len(ids) <= cap:
        return ids, 0.0
    return None, len(ids) / (max(ids) - min(ids) + 1)


def without_parallel_workers(session: Session) -> None:
    """Have PostgreSQL read the rest of this transaction in its own process.

    For a page of a search: the planner may estimate a walk of a list's index wide enough
    to hand to parallel workers, whose start (a process each) cost more than the whole
    page on a busy machine — 95 ms against 7 ms for a word in 0.25 % of 1,000,000
    messages (tests/perf/pg_bench.py). Nothing on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))


def restrict_to_search(dialect_name: str, stmt: Select[Any], query: SearchQuery) -> Select[Any]:
    """Keep only the messages of ``stmt`` that match ``query``.

    For queries with many hits: the list's own index is walked newest first and
    each row is checked against the set of hits, which stops after one page.
    """
    _require_supported(dialect_name)
    if dialect_name == "postgresql":
        return stmt.where(_matches(dialect_name, query))
    fts = table("messages_fts", column("rowid"))
    hits = select(fts.c.rowid).where(
        text("messages_fts MATCH :fts_query").bindparams(fts_query=query.fts5())
    )
    return stmt.where(Message.id.in_(hits))


def restrict_to_dense_search(
    dialect_name: str, stmt: Select[Any], query: SearchQuery
) -> Select[Any]:
    """:func:`restrict_to_search` for a query most messages match (a very common word).

    Each row of the list's index, newest first, is checked against the search
    index by id: a page needs about as many checks as it has rows. Reading the
    set of all hits first (as :func:`restrict_to_search` does) would read nearly
    every id in the index. Slow for a rare word: use it only for common ones.
    """
    _require_supported(dialect_name)
    return stmt.where(_matches(dialect_name, query))


def one_of(session: Session, column_: Any, values: Iterable[int | str]) -> ColumnElement[bool]:
    """The condition "``column_`` is one of ``values``" for a statement run in ``session``.

    SQLite: ``IN (?, ?, …)``, a parameter per value (callers keep a list under its
    limit of parameters). PostgreSQL: ``= ANY(CAST(:list AS type[]))``, one parameter
    whatever the number of values: the statement's text is the same for every batch, so
    SQLAlchemy renders it once, psycopg converts it once and the server prepares and
    plans it once (an ``IN`` list of 200 values is a new text for each length, rendered,
    parsed and planned every time: a third of a batch's time in the ingest's lookups,
    see tests/perf/pg_bench.py)."""
    values = list(values)
    if session.get_bind().dialect.name != "postgresql":
        in_values: ColumnElement[bool] = column_.in_(values)
        return in_values
    return _any_of(column_, bindparam(None, list_given(session, values), type_=Text()))


def one_of_given(dialect_name: str, column_: Any, name: str) -> ColumnElement[bool]:
    """:func:`one_of` for a statement built once and run many times: the values are
    given at each run as parameter ``name``, written by :func:`list_given`."""
    if dialect_name != "postgresql":
        in_values: ColumnElement[bool] = column_.in_(bindparam(name, expanding=True))
        return in_values
    return _any_of(column_, bindparam(name, type_=Text()))


def _any_of(column_: Any, written: Any) -> ColumnElement[bool]:
    """PostgreSQL's ``column_ = ANY(CAST(written AS type[]))``, ``written`` a parameter
    holding an array literal (:func:`list_given`)."""
    from sqlalchemy.dialects.postgresql import ARRAY

    in_array: ColumnElement[bool] = column_ == any_(
        cast(written, ARRAY(_element_type(column_.type)))
    )
    return in_array


def _element_type(type_: Any) -> Any:
    """The type of the array :func:`one_of` compares a column of type ``type_`` with: a
    text column's without its length. An explicit CAST to ``varchar(N)[]`` cuts a longer
    value to N characters, and the cut value would find the row whose text is that
    beginning (``IN`` compares the whole value: nothing found)."""
    if isinstance(type_, String) and type_.length is not None:
        return String()
    return type_


def list_given(session: Session, values: Iterable[int | str]) -> Any:
    """The value of a :func:`one_of_given` parameter (and :func:`one_of`'s): the integers
    or strings ``values``."""
    values = list(values)
    if session.get_bind().dialect.name != "postgresql":
        return values
    written = array_literal(values)
    if written is None:
        raise TypeError("one_of takes integers or strings")
    return written


# Statements built once per dialect (see :func:`built_once`).
_BUILT: dict[tuple[str, Hashable], Any] = {}


def built_once(session: Session, key: Hashable, build: Callable[[str], Any]) -> Any:
    """The statement ``build(dialect_name)`` makes, built at the first call for ``key``
    and the session's dialect and reused after (its values given as named parameters at
    each run). A select with joins, EXISTS and aliases costs about half a millisecond of
    Python to build and to key for SQLAlchemy's cache of compiled statements, each time
    it is built; a statement object built once keeps its key (SQLAlchemy memoizes it)."""
    dialect_name = session.get_bind().dialect.name
    found = _BUILT.get((dialect_name, key))
    if found is None:
        found = _BUILT[(dialect_name, key)] = build(dialect_name)
    return found


def array_literal(values: Sequence[Any]) -> str | None:
    """PostgreSQL's text form of an array of these integers or strings (``{1,2}``,
    ``{"a","b \\"c\\""}``), or None for other values. psycopg writes a list parameter
    element by element in Python (a regular expression per string): 150 µs for 200
    keys, half the time of a batch's lookup; these few string operations run in C."""
    if all(type(v) is int for v in values):
        return "{" + ",".join(map(str, values)) + "}"
    if not values or not all(type(v) is str for v in values):
        return None
    # Joined by NUL (which no stored text holds), escaped once, then the separators.
    joined = "\x00".join(values)
    if joined.count("\x00") != len(values) - 1:
        # A NUL of its own, kept in its element: psycopg refuses the literal with the
        # error it gives any statement holding a NUL (a database error the app words).
        return "{" + ",".join(f'"{_escaped(v)}"' for v in values) + "}"
    return '{"' + _escaped(joined).replace("\x00", '","') + '"}'


def _escaped(text_: str) -> str:
    """``text_`` as it is written between the double quotes of an array literal."""
    if "\\" in text_ or '"' in text_:
        return text_.replace("\\", "\\\\").replace('"', '\\"')
    return text_


def insert_rows(session: Session, table_: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``table_``, in their order, in the
    session's transaction; a column left out gets its default, as in an INSERT.

    SQLite: one executemany. PostgreSQL: one ``COPY … FROM STDIN`` (psycopg 3): an
    executemany there is a statement per row for the server to run and a round of
    Python per row in the driver; a COPY streams the rows and costs little more than
    the rows themselves (tests/perf/pg_bench.py compares the ingest with it). Each value
    passes the column type's conversion, as a bound parameter does; a serial id is
    given in the rows' order, as an executemany gives it."""
    if not rows:
        return
    conn = session.connection()
    _require_supported(conn.dialect.name)
    names = list(rows[0])
    left_out = [c for c in table_.columns if c.name not in names and c.default is not None]
    defaults = {
        c.name: c.default.arg
        for c in left_out
        if isinstance(c.default, ColumnDefault) and c.default.is_scalar
    }
    if conn.dialect.name != "postgresql" or len(defaults) < len(left_out):
        # (a default computed per row is left to the INSERT that knows how)
        conn.execute(insert(table_), list(rows))
        return
    columns = [*names, *defaults]
    dialect = conn.dialect
    # (index, conversion) of the columns whose values pass one: a row's other values are
    # written as they are.
    converters = [
        (index, convert)
        for index, name in enumerate(columns)
        if (convert := table_.c[name].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    fixed = list(defaults.values())
    quote = dialect.identifier_preparer.quote
    statement = f"COPY {quote(table_.name)} ({', '.join(quote(n) for n in columns)}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None, "a connection in a transaction has its driver's"
    try:
        with driver.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                values = [*map(row.__getitem__, names), *fixed]
                for index, convert in converters:
                    if values[index] is not None:
                        values[index] = convert(values[index])
                copy.write_row(values)
    except dialect.loaded_dbapi.Error as exc:
        # As SQLAlchemy words a driver's error (Database.storage_errors reads those:
        # a lost connection is DatabaseUnavailable, as for any other statement).
        raise DBAPIError.instance(
            statement, None, exc, dialect.loaded_dbapi.Error, dialect=dialect
        ) from exc


def keep_statistics(session: Session, columns: Mapping[Table, Sequence[str]]) -> None:
    """Have PostgreSQL's statistics of these tables' ``columns`` follow a fast growth (a
    first catch-up into a new shared database): ANALYZE those columns of each table that
    grew by half (and past 500 rows) since its last ANALYZE — a step each time, a few
    tens of milliseconds.

    Autovacuum does the same, but only after up to a minute: until then the planner
    knows nothing of the table and looks up a batch's 200 remote ids or author keys
    by walking every row of the account or channel in the unique index instead of
    descending into it 200 times — a batch's lookups growing with the table (173 ms a
    batch at 30,000 messages, tests/perf/pg_bench.py). Only the columns a batch's
    statements look rows up by: a whole table's ANALYZE also reads every text and the
    search index's words, three times the time at 60,000 messages (autovacuum's own
    ANALYZE, which follows, still covers every column). The table's size at its last
    ANALYZE is ``pg_class.reltuples``, which any ANALYZE sets (a list of columns leaves
    ``n_mod_since_analyze`` as it was). Nothing on SQLite, whose planner needs no
    statistics for these lookups."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return
    by_name = {table_.name: names for table_, names in columns.items()}
    behind = conn.execute(
        text(
            "SELECT s.relname FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid"
            # The tables ANALYZE below names (found by the search path, as it finds them),
            # not those of the same name in another schema of the database.
            " WHERE s.relid = ANY(CAST(:names AS regclass[]))"
            " AND s.n_live_tup > greatest(500, 1.5 * c.reltuples)"
        ),
        {"names": list(by_name)},
    ).scalars()
    quote = conn.dialect.identifier_preparer.quote
    for name in list(behind):
        listed = ", ".join(quote(column_) for column_ in by_name[name])
        conn.execute(text(f"ANALYZE {quote(name)} ({listed})"))


def fresh_ids(session: Session, table_: Table, count: int) -> list[int] | None:
    """``count`` ids for new rows of ``table_``, ascending, taken from its serial sequence
    in one statement on PostgreSQL (the rows are then inserted with them, and nothing
    needs to read them back); None on SQLite, which numbers rows as they are inserted."""
    conn = session.connection()
    _require_supported(conn.dialect.name)
    if conn.dialect.name != "postgresql" or count == 0:
        return None
    statement = text(
        "SELECT nextval(pg_get_serial_sequence(:table_name, 'id')) FROM generate_series(1, :n)"
    )
    return sorted(conn.execute(statement, {"table_name": table_.name, "n": count}).scalars())


def update_by_id(
    session: Session,
    table_: Table,
    rows: Sequence[Mapping[str, Any]],
    only_if: Callable[[Callable[[str], Any]], Any] | None = None,
) -> None:
    """Set on each row of ``table_`` whose ``id`` is a given row's ``"id"`` that row's other
    values (the same column names in every row). ``only_if(given)``, when given, is a
    further condition on the stored row, ``given(NAME)`` being the value given for NAME.

    SQLite: one executemany (each row a cheap call inside the process). PostgreSQL: one
    statement, ``UPDATE … FROM unnest(…)`` of an array per column: an executemany there
    is a statement per row for the server to run (psycopg sends them in one pipeline;
    the server still parses, plans and runs each), several times the time of one
    statement for a batch of 200."""
    if not rows:
        return
    names = ["id", *(name for name in rows[0] if name != "id")]
    conn = session.connection()
    _require_supported(conn.dialect.name)
    if conn.dialect.name == "postgresql":
        # Imported here, as in _insert: only a PostgreSQL desk pays for its dialect.
        from sqlalchemy.dialects.postgresql import ARRAY

        # One array per column, unnested side by side: a statement of the same text
        # whatever the number of rows (compiled once, prepared by the server).
        given_rows = (
            func.unnest(
                *(
                    bindparam(f"given_{n}", [row[n] for row in rows], type_=ARRAY(table_.c[n].type))
                    for n in names
                )
            )
            .table_valued(*(column(n, table_.c[n].type) for n in names))
            .render_derived(name="given")
        )

        def given(name: str) -> Any:
            return given_rows.c[name]

        parameters: list[dict[str, Any]] | None = None
    else:

        def given(name: str) -> Any:
            return bindparam(f"given_{name}", type_=table_.c[name].type)

        parameters = [{f"given_{n}": row[n] for n in names} for row in rows]
    statement = update(table_).where(table_.c.id == given("id"))
    if only_if is not None:
        statement = statement.where(only_if(given))
    statement = statement.values({n: given(n) for n in names[1:]})
    if parameters is None:
        conn.execute(statement)
    else:
        conn.execute(statement, parameters)


def insert_ignore(conn: Connection, table_: Any, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows, silently skipping those that hit a unique constraint."""
    if not rows:
        return
    conn.execute(_insert(conn.dialect.name, table_).on_conflict_do_nothing(), list(rows))


def upsert(session: Session, table_: Any, values: Mapping[str, Any], key: Sequence[str]) -> None:
    """Insert one row, or set these ``values`` on the row whose ``key`` columns match.

    ``key`` names columns of a unique constraint or the primary key; every other
    column in ``values`` is overwritten, columns not in ``values`` are left alone.
    """
    statement = _insert(session.get_bind().dialect.name, table_).values(**values)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=list(key),
            set_={name: statement.excluded[name] for name in values if name not in key},
        )
    )


def _insert(dialect_name: str, table_: Any) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT."""
    _require_supported(dialect_name)
    # Imported at the first insert: PostgreSQL's dialect costs ~15 ms, which a window
    # on SQLite would otherwise pay before its first paint.
    from sqlalchemy.dialects import postgresql, sqlite

    return (postgresql if dialect_name == "postgresql" else sqlite).insert(table_)


def create_all(conn: Connection) -> None:
    """Create every table and the search index on an empty database."""
    Base.metadata.create_all(conn)
    create_search_index(conn)


# A contact's own messages are found through ix_messages_contact. Left alone,
# SQLite prefers ix_messages_list for "inbound = 1 ORDER BY created_at" and walks
# every received message to find one contact's: seconds, and hundreds of MB of
# mapped pages, on a large inbox. An expression on the column keeps a term from
# choosing an index (SQLite's documented way to steer its planner:
# https://sqlite.org/optoverview.html); a cast to integer is one that PostgreSQL reads
# too (its own planner needs no such help, and its booleans take no unary +).
INBOUND_NOT_INDEXED = cast(Message.inbound, Integer)


def received_by(contact: Any) -> Any:
    """The condition "received from ``contact``" (an id or an IN-able list of ids) that
    uses the contact's index."""
    where = (
        Message.contact_id.in_(contact)
        if isinstance(contact, list | tuple | set | frozenset)
        else Message.contact_id == contact
    )
    return and_(where, INBOUND_NOT_INDEXED == 1)
