"""Opening the database: engine settings, schema version checks and migrations.

Start-up stays cheap: when the stored schema is the one this code knows, Alembic
is not even imported. Migrations run only when the stored schema is older.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import (
    URL,
    Connection,
    CursorResult,
    Engine,
    Executable,
    create_engine,
    event,
    inspect,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from socialinbox.paths import ensure_private_file, writable

log = logging.getLogger(__name__)

# The newest schema revision this code writes, and every revision it can upgrade
# from. A test keeps these equal to the Alembic scripts.
SCHEMA_HEAD = "0013"
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0010",
    "0011",
    "0012",
    "0013",
)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")

BUSY_TIMEOUT_MS = 10_000
# The advisory lock every write transaction on a PostgreSQL server takes first (any
# constant of our own: "SI" in ASCII).
WRITE_LOCK_KEY = 0x5349
WRITE_LOCK_SQL = f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"
# PostgreSQL's SQLSTATE for a lock not obtained within lock_timeout.
LOCK_NOT_AVAILABLE = "55P03"
# PostgreSQL's SQLSTATEs for a server that shut down, crashed or is still starting.
SERVER_GONE = frozenset({"57P01", "57P02", "57P03"})
# Words of libpq's connection failures where the server answered (and refused).
SIGN_IN_REFUSED = ("password", "authentication", "does not exist", "permission denied")
# libpq's words for a database the server does not have (``FATAL: database "x" does not exist``).
NO_SUCH_DATABASE = 'database "'
# The oldest PostgreSQL major version the app uses (generated columns, the search's functions).
MINIMUM_SERVER_VERSION = 12


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


class DatabaseReadOnly(DatabaseProblem):
    """The database can be read but not written (read-only media, folder or file).

    Raised by every write, before it starts, and by a schema upgrade."""


class DatabaseUnavailable(DatabaseProblem):
    """The database server cannot be reached: it stopped, restarted, or the network
    between is down (PostgreSQL only; a SQLite file is always at hand).

    Raised by :meth:`Database.read` and :meth:`Database.write` in place of the driver's
    connection errors. A write that was cut off this way was rolled back by the server;
    the pool drops the broken connections, so the same call works again once the
    server is back."""


class DatabaseFull(DatabaseProblem):
    """A write failed because the disk holding the database is full; nothing was changed."""


class DatabaseUnsupported(DatabaseProblem):
    """A database engine this version cannot use (PostgreSQL arrives with a later issue).

    Raised on opening, and by :mod:`socialinbox.storage.dialect` for a statement not
    written for the engine; the one class for "this database isn't supported"."""


class DatabaseSignInRefused(DatabaseProblem):
    """The database server was reached and refused the user or the password (none given,
    a wrong one, an unknown role): for the person to fix, never worth waiting for."""


class DatabaseMissing(DatabaseProblem):
    """The database server was reached but holds no database by the name asked for."""


class DatabaseServerTooOld(DatabaseUnsupported):
    """A PostgreSQL server older than :data:`MINIMUM_SERVER_VERSION`; ``version`` is its
    major version."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


# SQLite's page cache per connection, in KiB (as PRAGMA cache_size takes it, negated).
# A window has a reading connection per thread that reads (the UI's, the counts', the
# lookups') and one writer: readers keep SQLite's default 2 MB each, the writer, whose
# index and search index updates reuse their pages, 8 MB. No memory-mapped reads (mmap_size 0): a
# count at a million messages touched 230 MB of the file, which the process then
# held mapped once per connection (peak RSS over 1 GB while syncing); read through
# the cache, the same counts take no more CPU and the file's pages stay in the
# kernel's file cache, shared.
READ_CACHE_KIB = 2_000
WRITE_CACHE_KIB = 8_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    _shared_pragmas(cursor)
    cursor.close()


def _sqlite_write_pragmas(dbapi_connection: Any, record: Any) -> None:
    _sqlite_pragmas(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
    cursor.close()


def _sqlite_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # The journal mode is the file's own and cannot change here.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only = ON")
    _shared_pragmas(cursor)
    cursor.close()


def _shared_pragmas(cursor: Any) -> None:
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA mmap_size = 0")


class Database:
    """One database: SQLite by default, or a PostgreSQL server shared by several desks.
    Thread-safe: each thread gets its own connection."""

    engine: Engine
    write_engine: Engine

    def __init__(self, url: str, *, echo: bool = False) -> None:
        try:
            self.url = make_url(url)
        except Exception as exc:
            raise DatabaseUnreadable(f"Not a database URL: {url!r} ({exc})") from None
        self.dialect_name = self.url.get_backend_name()
        self.path: Path | None = None
        # Why nothing can be written (None: writable), in words for the user.
        self.read_only_reason: str | None = None
        # An existing file of 0 bytes: damage (a first start creates the file and
        # writes its header at once, in this process).
        self._found_empty = False
        if self.dialect_name == "postgresql":
            self._open_server(echo)
        elif self.dialect_name == "sqlite":
            self._open_sqlite(echo)
        else:
            raise DatabaseUnsupported(
                f"{self.dialect_name} databases are not supported; use SQLite (the default, "
                "or --database-url sqlite:///PATH) or PostgreSQL "
                "(--database-url postgresql+psycopg://USER@HOST/DB)"
            )
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)

    def _open_sqlite(self, echo: bool) -> None:
        connect_url: URL = self.url
        database = self.url.database
        if database and database != ":memory:" and "uri" not in self.url.query:
            self.path = Path(database)
            connect_url = self._open_file(self.path)
        kwargs: dict[str, Any] = {
            "echo": echo,
            "connect_args": {"timeout": BUSY_TIMEOUT_MS / 1000},
        }
        self.engine = create_engine(connect_url, **kwargs)
        # Writes have an engine of their own: one connection, and on SQLite each
        # transaction takes the write lock at BEGIN, so that two processes wait
        # for each other (busy timeout) instead of failing on a lock upgrade.
        self.write_engine = create_engine(connect_url, pool_size=1, **kwargs)
        read_only = self.read_only_reason is not None
        for engine, begin, pragmas in (
            (self.engine, "BEGIN", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas),
            (
                self.write_engine,
                "BEGIN IMMEDIATE",
                _sqlite_read_only_pragmas if read_only else _sqlite_write_pragmas,
            ),
        ):
            event.listen(engine, "connect", pragmas)
            # Transactions are begun by us, not by pysqlite's legacy implicit ones.
            event.listen(engine, "connect", _driver_autocommit)
            event.listen(engine, "begin", _begin_with(begin))

    def _open_server(self, echo: bool) -> None:
        """A PostgreSQL server (psycopg 3). Several desks write at once: the server's own
        row locks and transactions order them, so writes need no single connection here;
        the write engine stays apart so that a long read never holds up a write."""
        url = self.url
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        if url.drivername != "postgresql+psycopg":
            raise DatabaseUnsupported(
                f"The PostgreSQL driver {url.drivername!r} is not supported; "
                "use postgresql+psycopg://USER@HOST/DB"
            )
        self.url = url
        kwargs: dict[str, Any] = {
            "echo": echo,
            # A connection the server dropped is noticed before use, not mid-query.
            "pool_pre_ping": True,
            "connect_args": {"connect_timeout": 10, "application_name": "socialinbox"},
        }
        self.engine = create_engine(url, pool_size=5, **kwargs)
        self.write_engine = create_engine(url, pool_size=2, **kwargs)
        for engine in (self.engine, self.write_engine):
            event.listen(engine, "connect", _server_lock_timeout)
        # One writer at a time across every desk, as SQLite's BEGIN IMMEDIATE gives the
        # embedded mode: each write transaction first takes one transaction-level advisory
        # lock, released at its commit or rollback (or when its desk dies). Writes are
        # short, so desks wait milliseconds; in exchange no two writes interleave, and the
        # services keep their one-writer reasoning (no unique-key races, no deadlocks, no
        # lost update between a read and the write that follows it). Reads never wait.
        event.listen(self.write_engine, "begin", _begin_with(WRITE_LOCK_SQL))

    def _open_file(self, path: Path) -> URL:
        """Create the file of a first start, or note why an existing one cannot be
        written; the URL to connect with (read-only ones open it read-only)."""
        folder = path.parent
        if not path.exists():
            if folder.is_dir() and not writable(folder):
                raise DatabaseReadOnly(
                    f"There is no database at {path}, and its folder cannot be written "
                    "to create one"
                )
            folder.mkdir(parents=True, exist_ok=True)
            ensure_private_file(path)
            return self.url
        self._found_empty = path.is_file() and path.stat().st_size == 0
        if writable(path) and writable(folder):
            ensure_private_file(path)
            return self.url
        self.read_only_reason = _why_not_writable(path)
        query = {"uri": "true", "mode": "ro"}
        if not writable(folder) and not path.with_name(path.name + "-wal").exists():
            # Without a WAL file nobody writes to it, and without a writable folder
            # SQLite could not create the shared-memory file a WAL reader needs.
            query["immutable"] = "1"
        uri_path = "file:" + quote(str(path.resolve()))
        return URL.create("sqlite", database=uri_path, query=query)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def require_writable(self) -> None:
        """Raise :class:`DatabaseReadOnly` if nothing can be written (before a write starts)."""
        if self.read_only_reason is not None:
            raise DatabaseReadOnly(
                f"Nothing can be changed: {self.read_only_reason} "
                "(the data can be read, not written)"
            )

    # -- sessions -----------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only session. Raises :class:`DatabaseBusy` when the database stays
        locked past the busy timeout."""
        with self.storage_errors(), self._read_sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits on success and rolls back on error.

        Raises :class:`DatabaseReadOnly` at once when nothing can be written;
        :class:`DatabaseBusy` (after rolling back) when another program keeps the write
        lock past the busy timeout (a long write should be cut into several short
        transactions so that others get in between); :class:`DatabaseFull` (after the
        rollback) when the disk is full.
        """
        self.require_writable()
        with self.storage_errors(), self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def storage_errors(self) -> Iterator[None]:
        """Word the storage's own failures (busy, disk full, read-only) as
        :class:`DatabaseProblem`s."""
        try:
            yield
        except DatabaseError as exc:
            problem = self._storage_problem(exc)
            if problem is None:
                raise
            raise problem from exc

    def _storage_problem(self, exc: DatabaseError) -> DatabaseProblem | None:
        if isinstance(exc, OperationalError) and _is_busy(exc):
            seconds = f"{BUSY_TIMEOUT_MS / 1000:g}"
            return DatabaseBusy(
                f"{self.describe()} is busy: another program kept it locked for over "
                f"{seconds} seconds; nothing was changed, try again in a moment"
            )
        if self.dialect_name == "postgresql" and _is_connection_lost(exc):
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else ""
            return DatabaseUnavailable(
                f"{self.describe()} cannot be reached ({reason}): nothing was changed"
            )
        if self.dialect_name == "postgresql" and _is_sign_in_failure(exc):
            reason = str(exc.orig).strip().splitlines()[0]
            if NO_SUCH_DATABASE in reason and "does not exist" in reason:
                return DatabaseMissing(f"{self.describe()} does not exist on its server ({reason})")
            return DatabaseSignInRefused(
                f"{self.describe()}: the server refused the sign-in ({reason})"
            )
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code is None:
            return None
        primary = code & 0xFF
        if primary == sqlite3.SQLITE_FULL or (
            primary == sqlite3.SQLITE_IOERR and _disk_full_now(self.path)
        ):
            return DatabaseFull(
                f"The disk holding {self.name()} is full: nothing was changed. "
                "Free some space and try again"
            )
        if primary == sqlite3.SQLITE_READONLY:
            return DatabaseReadOnly(f"Nothing can be changed: {self.name()} is read-only")
        return None

    def dispose(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()

    # -- schema -------------------------------------------------------------

    def stored_revision(self) -> str | None:
        """The schema revision stored in the database, None for a new, empty database.

        An existing file of 0 bytes, or a version table that names no version, is
        damage (:class:`DatabaseUnreadable`): never a database to start afresh in.
        """
        if self._found_empty:
            raise DatabaseUnreadable(
                f"{self.describe()} is empty (0 bytes): it has been damaged, "
                "and starting afresh in it would lose the accounts and messages"
            )
        try:
            with self.engine.connect() as conn:
                # One query in the usual case (a database at some version); only a
                # database without the version table is looked at further.
                try:
                    if self.dialect_name != "sqlite" and not inspect(conn).has_table(
                        "alembic_version"
                    ):
                        raise _NoVersionTable
                    revision = conn.execute(text("SELECT version_num FROM alembic_version"))
                    stored = revision.scalar()
                except (OperationalError, _NoVersionTable) as exc:
                    if isinstance(exc, OperationalError) and not _no_such_table(exc):
                        raise
                    if inspect(conn).get_table_names():
                        raise DatabaseUnreadable(
                            f"{self.describe()} holds tables but no schema version: "
                            "it is not a Social Inbox database."
                        ) from None
                    return None
                if not stored:
                    raise DatabaseUnreadable(
                        f"{self.describe()} has a schema version table that names no version: "
                        "it has been damaged"
                    )
                return str(stored)
        except (DatabaseError, OperationalError) as exc:
            # A full disk is no damage: never offer to replace the file then.
            problem = self._storage_problem(exc)
            if problem is not None:
                raise problem from exc
            raise DatabaseUnreadable(
                f"Cannot read {self.name()}: {exc.orig if hasattr(exc, 'orig') else exc}"
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
        if self.read_only_reason is not None:
            needed = "is empty" if revision is None else f"has the older schema {revision}"
            raise DatabaseReadOnly(
                f"{self.describe()} {needed} and must be written before use, "
                f"but {self.read_only_reason}"
            )
        with self.storage_errors():
            self.upgrade()

    def upgrade(self, revision: str = "head") -> None:
        """Run the Alembic migrations up to ``revision``."""
        with self.write_engine.begin() as conn:
            log.info("Upgrading the database schema from %s", self.stored_revision_quiet())
            self.upgrade_on(conn, revision)

    def upgrade_on(self, conn: Connection, revision: str = "head") -> None:
        """Run the Alembic migrations up to ``revision`` inside the caller's transaction on
        this database (``write_engine``), so that the caller's next writes commit with them."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.upgrade(config, revision)

    def stored_revision_quiet(self) -> str | None:
        try:
            return self.stored_revision()
        except DatabaseProblem:
            return None

    def describe(self) -> str:
        """ "The database PATH", to begin a sentence with."""
        return "T" + self.name()[1:]

    def name(self) -> str:
        """ "the database PATH", inside a sentence."""
        if self.path is not None:
            return f"the database {self.path}"
        return f"the database {self.url.render_as_string(hide_password=True)}"


def server_address(url: URL) -> str | None:
    """``USER@HOST:PORT/DB`` of a PostgreSQL URL (the port 5432 when it names none), the key
    its password is kept under in the keychain; None for SQLite."""
    if url.get_backend_name() != "postgresql":
        return None
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def with_password(url: str, password: str) -> str:
    """``url`` with ``password`` in it, for connecting only: never stored, never shown
    (:meth:`Database.name` hides it)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


class _NoVersionTable(Exception):
    """A server database without the schema version table (new, or not ours)."""


def _why_not_writable(path: Path) -> str:
    """Why the existing database file ``path`` cannot be written, for the user."""
    folder = path.parent
    if hasattr(os, "statvfs") and os.statvfs(folder).f_flag & os.ST_RDONLY:
        return f"{path} is on a read-only file system"
    if not writable(folder):
        return f"the database's folder {folder} cannot be written"
    return f"{path} cannot be written"


def _disk_full_now(path: Path | None) -> bool:
    """Whether the file system holding ``path`` has no space left (an I/O error's cause)."""
    if path is None or not hasattr(os, "statvfs"):
        return False
    try:
        stats = os.statvfs(path.parent)
    except OSError as exc:
        return exc.errno == errno.ENOSPC
    return stats.f_bavail == 0


def rows_matched(session: Session, statement: Executable) -> int:
    """Run an UPDATE or DELETE and return how many rows its WHERE clause matched."""
    result = session.execute(statement)
    assert isinstance(result, CursorResult)  # DML runs on a cursor, never from a cache
    return result.rowcount


def _no_such_table(exc: OperationalError) -> bool:
    """SQLite's answer to a query on a table the database does not have."""
    return "no such table" in str(exc.orig).lower()


def _is_busy(exc: OperationalError) -> bool:
    """The driver's "database is locked" (or "busy"): a lock someone else held too long."""
    if getattr(exc.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def _is_connection_lost(exc: DatabaseError) -> bool:
    """A PostgreSQL connection that could not be made or was cut (server stopped or away).

    The driver gives no SQLSTATE for failures on its side of the socket (refused,
    timed out, closed unexpectedly); the server's own are class 08 (connection
    exception) and 57P01–57P03 (shut down, crashed, not yet accepting connections)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    if not isinstance(exc, OperationalError):
        return False
    state = getattr(exc.orig, "sqlstate", None)
    if state is not None:
        return state.startswith("08") or state in SERVER_GONE
    # A refused sign-in, or a database or role that does not exist, comes without a
    # SQLSTATE too, but the server was reached: that is for the person to fix, not to wait.
    message = str(exc.orig).lower()
    return not any(word in message for word in SIGN_IN_REFUSED)


def _is_sign_in_failure(exc: DatabaseError) -> bool:
    """A connection the server refused at sign-in (see :func:`_is_connection_lost`)."""
    if not isinstance(exc, OperationalError) or getattr(exc.orig, "sqlstate", None) is not None:
        return False
    message = str(exc.orig).lower()
    return any(word in message for word in SIGN_IN_REFUSED)


def _server_lock_timeout(dbapi_connection: Any, _record: Any) -> None:
    """Wait for another desk's lock no longer than SQLite's busy timeout (then: busy)."""
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {int(BUSY_TIMEOUT_MS)}")
    dbapi_connection.commit()


def _driver_autocommit(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _begin_with(statement: str) -> Any:
    def begin(conn: Any) -> None:
        conn.exec_driver_sql(statement)

    return begin
