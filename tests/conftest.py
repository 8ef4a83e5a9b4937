"""Shared fixtures: an in-memory keychain, a movable clock, app contexts on temporary folders."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from socialinbox.app import AppContext, AppOptions
from socialinbox.clock import FakeClock
from socialinbox.core.rate_limits import RateLimitBook
from socialinbox.secrets import SecretStore
from socialinbox.sync.engine import ChangeCallback, SyncEngine
from tests.servers.postgres_any_fixture import (  # noqa: F401 (copies between engines)
    any_postgres,
    empty_postgres,
)
from tests.servers.postgres_live_fixture import shared_database  # noqa: F401 (several desks)
from tests.servers.postgres_server import PostgresServer
from tests.servers.synapse_fixture import synapse_server  # noqa: F401 (one Synapse per session)
from tests.servers.wordpress_fixture import (  # noqa: F401 (one WordPress per session)
    wordpress,
    wordpress_server,
)

T = TypeVar("T")

# Two shared cores: no per-example deadlines.
settings.register_profile("socialinbox", deadline=None, max_examples=200)
settings.load_profile("socialinbox")


DATABASE_OPTION = "--database"
DATABASE_ENV = "SOCIALINBOX_TEST_DATABASE"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        DATABASE_OPTION,
        choices=("sqlite", "postgresql"),
        default=os.environ.get(DATABASE_ENV, "sqlite"),
        help="the database the app contexts of the tests use (default: sqlite, or "
        f"${DATABASE_ENV}); postgresql starts a throwaway cluster on 127.0.0.1 unless "
        "$SOCIALINBOX_TEST_POSTGRES names a server",
    )


@pytest.fixture(scope="session")
def postgres_server(pytestconfig: pytest.Config) -> Iterator[PostgresServer | None]:
    """The PostgreSQL server of this run, or None when the tests run on SQLite."""
    if pytestconfig.getoption(DATABASE_OPTION) != "postgresql":
        yield None
        return
    with PostgresServer() as server:
        yield server


@pytest.fixture(autouse=True)
def _sqlite_only(request: pytest.FixtureRequest) -> None:
    """Tests about SQLite itself (its files, its locks, its query plans) run on SQLite only."""
    on_postgres = request.config.getoption(DATABASE_OPTION) == "postgresql"
    if on_postgres and request.node.get_closest_marker("sqlite_only") is not None:
        pytest.skip("about SQLite itself: this run uses PostgreSQL")


@pytest.fixture
def database_url(postgres_server: PostgresServer | None) -> Iterator[str | None]:
    """The database of one test's app context: None for the data folder's own SQLite
    file, else a fresh PostgreSQL database (dropped after the test)."""
    if postgres_server is None:
        yield None
        return
    url = postgres_server.fresh_database()
    yield url
    postgres_server.drop_database(url)


class MemoryKeyring(KeyringBackend):
    """A keychain that lives in memory, for tests only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))


@pytest.fixture
def context(
    tmp_path: Path, clock: FakeClock, memory_keyring: MemoryKeyring, database_url: str | None
) -> Iterator[AppContext]:
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester", database_url=database_url),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    yield ctx
    ctx.close()


@pytest.fixture
def rate_limit_book(context: AppContext) -> RateLimitBook:
    """The waits of one account stored in the test's fresh database, as the sync engine
    hands them to its connectors: what one connector learns, the next one reads."""
    account = context.writer.call(context.accounts.create, "demo", "Rate-limited account")
    return context.rate_limits.book(account.id, context.writer)


def with_engine(
    ctx: AppContext,
    use: Callable[[SyncEngine], Awaitable[T]],
    on_change: ChangeCallback | None = None,
) -> T:
    """``use`` a fresh sync engine in an event loop of its own, as one ``sync --once`` run
    would; the engine is closed after, whatever happened."""

    async def main() -> T:
        engine = ctx.sync_engine(on_change=on_change)
        try:
            return await use(engine)
        finally:
            await engine.aclose()

    return asyncio.run(main())


def sync_once(ctx: AppContext) -> list:
    return with_engine(ctx, lambda engine: engine.run_once())


@pytest.fixture
def demo_context(context: AppContext) -> AppContext:
    """A context with the demo account connected and its first batch synced."""
    context.writer.call(context.accounts.create, "demo", "Demo")
    sync_once(context)
    return context
