"""Moving a whole database to another engine: SQLite → PostgreSQL, and back.

:func:`copy_database` copies every table of the schema (``storage.schema``) from an open
source database into an *empty* target, table by table in foreign-key order, then reads
every row back from the target and compares it with the source's, value by value (the
typed values, so a time stored as microseconds on SQLite and as ``timestamptz`` on
PostgreSQL compare equal). The target's schema is created by the same migrations as any
new database, inside the one transaction that copies and checks the rows: a copy that
fails or differs leaves nothing behind in a server database (and no file for a SQLite
target). The source is only read, in one snapshot.

What the engines store differently is named here and nowhere else: PostgreSQL keeps no
NUL character in text (an old SQLite file may hold one), so a NUL becomes U+FFFD — the
same rule the app applies to text from outside — and is counted in the result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, inspect, select, text, tuple_
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from socialinbox.storage.database import SCHEMA_HEAD, Database, DatabaseProblem
from socialinbox.storage.schema import Base

BATCH_ROWS = 1000
# Tables of the engines' own machinery, rebuilt by the target's migrations or by its
# triggers and generated columns, never copied: the schema version and SQLite's search index.
_NOT_COPIED_PREFIXES = ("alembic_version", "messages_fts", "sqlite_")
_NUL = "\x00"
_REPLACEMENT = "\ufffd"


# Told how far a copy is: (steps done, steps in all).
Progress = Callable[[int, int], None]


class TransferError(Exception):
    """The copy was refused or failed; the message is one line for the user. The source is
    unchanged, and the target holds nothing of the attempt."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    """One table copied: its rows in the source and in the target (equal once verified),
    and how many text values lost a NUL character on the way (PostgreSQL keeps none)."""

    table: str
    source_rows: int
    target_rows: int
    nul_replaced: int = 0


@dataclass(frozen=True, slots=True)
class TransferResult:
    target: str
    tables: tuple[TableCopy, ...]

    @property
    def total_rows(self) -> int:
        return sum(table.target_rows for table in self.tables)


def open_empty_target(url: str) -> Database:
    """The database at ``url``, checked to be empty: a SQLite file that does not exist yet,
    or a server database without a single table. Raises :class:`TransferError` otherwise
    (and for a URL that names no database this version can use)."""
    try:
        parsed = make_url(url)
    except Exception:
        raise TransferError(
            f"not a database URL: {url!r} (e.g. postgresql+psycopg://USER@HOST/DB "
            "or sqlite:////path/to/new.sqlite3)"
        ) from None
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if not path or path == ":memory:":
            raise TransferError("the SQLite target must be a file: sqlite:////path/to/new.sqlite3")
        if Path(path).exists():
            raise TransferError(
                f"{path} already exists: migrate-to only writes a new file, and never replaces one"
            )
    try:
        target = Database(url)
    except DatabaseProblem as exc:
        raise TransferError(str(exc)) from None
    try:
        with target.engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except DBAPIError as exc:
        target.dispose()
        _forget_new_file(target)
        raise TransferError(f"cannot open {target.name()}: {_first_line(exc.orig)}") from None
    if tables:
        target.dispose()
        raise TransferError(
            f"{target.describe()} is not empty (it holds {len(tables)} tables): "
            "migrate-to copies only into an empty database"
        )
    return target


def copy_database(
    source: Database, target: Database, progress: Progress | None = None
) -> TransferResult:
    """Copy every table of ``source`` (at this code's schema) into the empty ``target``
    (see :func:`open_empty_target`) and verify it row by row; the counts per table.

    One transaction on the target: on any failure or difference nothing is kept there
    (a new SQLite file is removed) and :class:`TransferError` says what happened.
    ``progress(done, total)`` is called (on this thread) after each table copied and each
    table verified: ``total`` is twice the number of tables."""
    tables = _copied_tables(source)
    copies: list[TableCopy] = []
    steps = 2 * len(tables)
    report = progress or (lambda _done, _total: None)
    try:
        with _snapshot(source) as reading, target.write_engine.begin() as writing:
            target.upgrade_on(writing)
            for table in tables:
                copies.append(_copy_table(table, reading, writing, target.dialect_name))
                report(len(copies), steps)
            if target.dialect_name == "postgresql":
                _continue_sequences(writing, tables)
            for number, (table, copy) in enumerate(zip(tables, copies, strict=True), 1):
                _verify_table(table, reading, writing, copy, target.dialect_name)
                report(len(tables) + number, steps)
    except (TransferError, DBAPIError) as exc:
        target.dispose()
        _forget_new_file(target)
        if isinstance(exc, DBAPIError):
            reason = _first_line(exc.orig)
            raise TransferError(f"the copy failed, nothing was kept: {reason}") from None
        raise
    return TransferResult(target.url.render_as_string(hide_password=True), tuple(copies))


def _copied_tables(source: Database) -> list[Table]:
    """The schema's tables in foreign-key order; refuses a source at another schema
    version or holding a table this code does not know (it would be left behind)."""
    revision = source.stored_revision()
    if revision != SCHEMA_HEAD:
        raise TransferError(
            f"{source.describe()} is at schema {revision}, not {SCHEMA_HEAD}: open it with "
            "this version once (it upgrades it), then copy it"
        )
    known = {table.name for table in Base.metadata.sorted_tables}
    with source.engine.connect() as conn:
        present = set(inspect(conn).get_table_names())
    unknown = sorted(
        name
        for name in present - known
        if not any(name.startswith(prefix) for prefix in _NOT_COPIED_PREFIXES)
    )
    if unknown:
        raise TransferError(
            f"{source.describe()} holds tables this version does not know "
            f"({', '.join(unknown)}): nothing was copied"
        )
    return list(Base.metadata.sorted_tables)


class _Snapshot:
    def __init__(self, source: Database) -> None:
        self._source = source

    def __enter__(self) -> Connection:
        conn = self._source.engine.connect()
        if self._source.dialect_name == "postgresql":
            # Every table read as of one moment, while other desks go on writing.
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        self._conn = conn
        conn.begin()  # SQLite: one read transaction is one snapshot (WAL)
        return conn

    def __exit__(self, *exc: object) -> None:
        self._conn.rollback()
        self._conn.close()


def _snapshot(source: Database) -> _Snapshot:
    """A connection reading the whole source in one consistent snapshot, never writing."""
    return _Snapshot(source)


def _ordered(table: Table) -> Any:
    return select(table).order_by(*table.primary_key.columns)


def _batches(conn: Connection, table: Table) -> Iterator[Sequence[Any]]:
    """The rows of ``table`` in primary-key order, a batch at a time (streamed from the
    server, so that a large table never sits in memory whole)."""
    result = conn.execution_options(yield_per=BATCH_ROWS).execute(_ordered(table))
    yield from result.partitions()


def _copy_table(table: Table, reading: Connection, writing: Connection, dialect: str) -> TableCopy:
    source_rows = 0
    nul_replaced = 0
    for batch in _batches(reading, table):
        rows = []
        for row in batch:
            values = dict(row._mapping)
            if dialect == "postgresql":
                nul_replaced += _storable_on_server(values)
            rows.append(values)
        writing.execute(table.insert(), rows)
        source_rows += len(rows)
    return TableCopy(table.name, source_rows, source_rows, nul_replaced)


def _storable_on_server(values: dict[str, Any]) -> int:
    """Replace the NUL characters PostgreSQL refuses in text; how many values changed."""
    changed = 0
    for column, value in values.items():
        if isinstance(value, str) and _NUL in value:
            values[column] = value.replace(_NUL, _REPLACEMENT)
            changed += 1
    return changed


def _continue_sequences(writing: Connection, tables: list[Table]) -> None:
    """Let the server's id sequences go on after the copied ids (rows were inserted with
    their ids, which does not move a sequence)."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or keys[0].autoincrement is False or keys[0].type.python_type is not int:
            continue
        key = keys[0].name
        writing.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :key), "
                f'coalesce((SELECT max("{key}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name, "key": key},
        )


def _verify_table(
    table: Table, reading: Connection, writing: Connection, copy: TableCopy, dialect: str
) -> None:
    """Read ``table`` back from the target and compare it with the source, row by row and
    value by value; raise :class:`TransferError` at the first difference."""
    target_rows = writing.execute(select(func.count()).select_from(table)).scalar_one()
    if target_rows != copy.source_rows:
        raise TransferError(
            f"{table.name}: {copy.source_rows} rows in the source but {target_rows} "
            "in the target; nothing was kept"
        )
    keys = list(table.primary_key.columns)
    for batch in _batches(reading, table):
        wanted = {}
        for row in batch:
            values = dict(row._mapping)
            if dialect == "postgresql":
                _storable_on_server(values)
            wanted[tuple(values[key.name] for key in keys)] = values
        if len(keys) == 1:
            found_rows = writing.execute(select(table).where(keys[0].in_([k[0] for k in wanted])))
        else:
            found_rows = writing.execute(select(table).where(tuple_(*keys).in_(list(wanted))))
        found = {
            tuple(row._mapping[key.name] for key in keys): dict(row._mapping) for row in found_rows
        }
        for key, values in wanted.items():
            if found.get(key) != values:
                column = _first_difference(values, found.get(key))
                raise TransferError(
                    f"{table.name} row {_key_text(key)} differs in the target ({column}); "
                    "nothing was kept"
                )


def _first_difference(wanted: dict[str, Any], found: dict[str, Any] | None) -> str:
    if found is None:
        return "missing"
    for column, value in wanted.items():
        if found.get(column) != value:
            return f"column {column}"
    return "extra columns"


def _key_text(key: tuple[Any, ...]) -> str:
    return ", ".join(str(part) for part in key)


def _forget_new_file(target: Database) -> None:
    """Remove the SQLite file this copy created (it was checked not to exist before)."""
    if target.path is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(target.path) + suffix).unlink(missing_ok=True)


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
