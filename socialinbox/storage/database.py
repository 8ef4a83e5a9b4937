"""Opening the database: engine settings, schema version checks and migrations.

Start-up stays cheap: when the stored schema is the one this code knows, Alembic
is not even imported. Migrations run only when the stored schema is older.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, Executable, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from socialinbox.paths import ensure_private_file

log = logging.getLogger(__name__)

# The newest schema revision this code writes, and every revision it can upgrade
# from. A test keeps these equal to the Alembic scripts.
SCHEMA_HEAD = "0005"
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

BUSY_TIMEOUT_MS = 10_000


class DatabaseProblem(Exception):
    """Base for problems opening the database; the message is for the user."""


class DatabaseTooNew(DatabaseProblem):
    pass


class DatabaseUnreadable(DatabaseProblem):
    pass


class DatabaseBusy(DatabaseProblem):
    """Another program held the database's write lock for longer than the busy timeout.

    Raised by :meth:`Database.write` and :meth:`Database.read` in place of the driver's
    "database is locked"; nothing of the refused write was kept, so trying again later
    is safe."""


class DatabaseUnsupported(DatabaseProblem):
    """A database engine this version cannot use (PostgreSQL arrives with a later issue).

    Raised on opening, and by :mod:`socialinbox.storage.dialect` for a statement not
    written for the engine; the one class for "this database isn't supported"."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA cache_size = -32000")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA mmap_size = 268435456")
    cursor.close()


class Database:
    """One database, SQLite by default. Thread-safe: each thread gets its own connection."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        try:
            self.url = make_url(url)
        except Exception as exc:
            raise DatabaseUnreadable(f"Not a database URL: {url!r} ({exc})") from None
        self.dialect_name = self.url.get_backend_name()
        if self.dialect_name != "sqlite":
            raise DatabaseUnsupported(
                f"{self.dialect_name} databases are not supported by this version yet; "
                "it uses SQLite (the default, or --database-url sqlite:///PATH)"
            )
        self.path: Path | None = None
        kwargs: dict[str, Any] = {"echo": echo}
        if self.dialect_name == "sqlite":
            database = self.url.database
            if database and database != ":memory:":
                self.path = Path(database)
                self.path.parent.mkdir(parents=True, exist_ok=True)
                ensure_private_file(self.path)
            kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
        self.engine: Engine = create_engine(self.url, **kwargs)
        # Writes have an engine of their own: one connection, and on SQLite each
        # transaction takes the write lock at BEGIN, so that two processes wait
        # for each other (busy timeout) instead of failing on a lock upgrade.
        self.write_engine: Engine = create_engine(self.url, pool_size=1, **kwargs)
        if self.dialect_name == "sqlite":
            for engine, begin in ((self.engine, "BEGIN"), (self.write_engine, "BEGIN IMMEDIATE")):
                event.listen(engine, "connect", _sqlite_pragmas)
                # Transactions are begun by us, not by pysqlite's legacy implicit ones.
                event.listen(engine, "connect", _driver_autocommit)
                event.listen(engine, "begin", _begin_with(begin))
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)

    # -- sessions -----------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session. Raises :class:`DatabaseBusy` when the database stays
        locked past the busy timeout."""
        with self._busy_as_problem(), self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error.

        Raises :class:`DatabaseBusy` (after rolling back) when another program keeps the
        write lock past the busy timeout: a long write should be cut into several short
        transactions so that others get in between."""
        with self._busy_as_problem(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def _busy_as_problem(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            if not _is_busy(exc):
                raise
            seconds = f"{BUSY_TIMEOUT_MS / 1000:g}"
            raise DatabaseBusy(
                f"{self.describe()} is busy: another program kept it locked for over "
                f"{seconds} seconds; nothing was changed, try again in a moment"
            ) from exc

    def dispose(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()

    # -- schema -------------------------------------------------------------

    def stored_revision(self) -> str | None:
        """The schema revision stored in the database, None for an empty database."""
        try:
            with self.engine.connect() as conn:
                if not inspect(conn).has_table("alembic_version"):
                    if inspect(conn).get_table_names():
                        raise DatabaseUnreadable(
                            f"{self.describe()} holds tables but no schema version: "
                            "it is not a Social Inbox database."
                        )
                    return None
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (DatabaseError, OperationalError) as exc:
            raise DatabaseUnreadable(
                f"Cannot read {self.describe()}: {exc.orig if hasattr(exc, 'orig') else exc}"
            ) from exc

    def prepare(self) -> None:
        """Bring the schema to this code's version, or refuse with a clear message.

        Cheap when nothing is to be done: one query on the version table.
        """
        revision = self.stored_revision()
        if revision == SCHEMA_HEAD:
            return
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"{self.describe()} was written by a newer version of Social Inbox "
                f"(schema {revision}); this version knows schemas up to {SCHEMA_HEAD}. "
                "Please install the newer version; the data has not been changed."
            )
        self.upgrade()

    def upgrade(self, revision: str = "head") -> None:
        """Run the Alembic migrations up to ``revision``."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with self.write_engine.begin() as conn:
            config.attributes["connection"] = conn
            log.info("Upgrading the database schema from %s", self.stored_revision_quiet())
            command.upgrade(config, revision)

    def stored_revision_quiet(self) -> str | None:
        try:
            return self.stored_revision()
        except DatabaseProblem:
            return None

    def describe(self) -> str:
        if self.path is not None:
            return f"The database {self.path}"
        return f"The database {self.url.render_as_string(hide_password=True)}"


def rows_matched(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows its WHERE clause matched."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)  # DML runs on a cursor, never from a cache
    return result.rowcount


def _is_busy(exc: OperationalError) -> bool:
    """The driver's "database is locked" (or "busy"): a lock someone else held too long."""
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin_with(statement: str) -> Any:
    def begin(conn: Any) -> None:
        conn.exec_driver_sql(statement)

    return begin
