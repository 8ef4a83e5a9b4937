"""A PostgreSQL database looked at before a desk moves onto it: its address as a person
types it, whether this computer can sign in, which server it is and what it holds.

Rules for callers: :func:`check_server_database` connects (up to the driver's connect
timeout: run it off the UI thread) and raises the typed :class:`DatabaseProblem` that
says why the database cannot be used — :class:`DatabaseSignInRefused`,
:class:`DatabaseMissing`, :class:`DatabaseUnavailable`, :class:`DatabaseServerTooOld`,
:class:`DatabaseUnreadable` (tables that are not Social Inbox's), :class:`DatabaseTooNew`.
It changes nothing on the server. A :class:`ServerAddress` never holds a password.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import URL, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError

from socialinbox.storage.database import (
    KNOWN_REVISIONS,
    MINIMUM_SERVER_VERSION,
    SCHEMA_HEAD,
    Database,
    DatabaseServerTooOld,
    DatabaseTooNew,
    DatabaseUnreadable,
    server_address,
)
from socialinbox.storage.schema import Base

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a PostgreSQL database is and who signs in to it; no password, ever."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    @classmethod
    def parse(cls, url: str) -> tuple[ServerAddress, str | None]:
        """The address a ``postgresql://USER[:PASSWORD]@HOST[:PORT]/DB`` URL names (any
        PostgreSQL driver name), and the password it carries if any; a ValueError for
        anything else."""
        try:
            parsed = make_url(url.strip())
        except Exception:
            raise ValueError(f"not a database URL: {url!r}") from None
        address = cls.of(parsed)
        if address is None:
            raise ValueError(f"not a PostgreSQL URL: {url!r}")
        return address, parsed.password if isinstance(parsed.password, str) else None

    @classmethod
    def of(cls, url: URL) -> ServerAddress | None:
        """The address of a PostgreSQL URL; None for any other database."""
        if url.get_backend_name() != "postgresql":
            return None
        return cls(
            host=url.host or "localhost",
            database=url.database or "",
            user=url.username or "",
            port=url.port or DEFAULT_PORT,
        )

    def url(self) -> str:
        """The URL to give ``--database-url`` or keep in the settings: without a password."""
        return URL.create(
            DRIVER,
            username=self.user or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    def keychain_key(self) -> str:
        """What the keychain keeps this server's password under (see server_address)."""
        return server_address(make_url(self.url())) or ""


@dataclass(frozen=True, slots=True)
class ServerDatabase:
    """What a server database holds: ``schema`` is its Social Inbox schema revision (None:
    an empty database, without a single table), ``people`` the team's list, ``messages``
    every message kept; ``version`` the server's major version."""

    version: int
    schema: str | None
    people: int = 0
    messages: int = 0

    @property
    def empty(self) -> bool:
        return self.schema is None


def check_server_database(url: str) -> ServerDatabase:
    """Sign in to the PostgreSQL database ``url`` (with its password, or libpq's own:
    ``~/.pgpass``, ``PGPASSWORD``) and say what it holds; see the module's rules."""
    database = Database(url)
    try:
        with database.storage_errors(), database.engine.connect() as conn:
            version_number = int(conn.execute(text("SHOW server_version_num")).scalar_one())
        require_server_version(version_number // 10_000, database.describe())
        schema = database.stored_revision()
        if schema is None:
            return ServerDatabase(version_number // 10_000, None)
        if schema not in KNOWN_REVISIONS:
            raise DatabaseTooNew(
                f"{database.describe()} was written by a newer version of Social Inbox "
                f"(schema {schema}); this version knows schemas up to {SCHEMA_HEAD}"
            )
        with database.storage_errors(), database.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            counted = [
                conn.execute(
                    select(func.count()).select_from(Base.metadata.tables[name])
                ).scalar_one()
                if name in tables
                else 0
                for name in ("users", "messages")
            ]
        return ServerDatabase(version_number // 10_000, schema, *counted)
    except DatabaseError as exc:  # a refused query the storage does not word
        raise DatabaseUnreadable(f"Cannot read {database.name()}: {exc.orig}") from None
    finally:
        database.dispose()


def require_server_version(major: int, describe: str = "The database") -> None:
    """Raise :class:`DatabaseServerTooOld` for a PostgreSQL major version the app cannot use."""
    if major < MINIMUM_SERVER_VERSION:
        raise DatabaseServerTooOld(
            f"{describe} is on PostgreSQL {major}; Social Inbox needs PostgreSQL "
            f"{MINIMUM_SERVER_VERSION} or newer",
            major,
        )
