"""A PostgreSQL server for tests that need one whatever database the run uses (copies
between SQLite and PostgreSQL): the run's own server under ``--database postgresql``,
else a throwaway cluster started for this session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.postgres_server import PostgresServer


@pytest.fixture(scope="session")
def any_postgres(postgres_server: PostgresServer | None) -> Iterator[PostgresServer]:
    if postgres_server is not None:
        yield postgres_server
        return
    with PostgresServer() as server:
        yield server


@pytest.fixture
def empty_postgres(any_postgres: PostgresServer) -> Iterator[str]:
    """The URL of a new, truly empty PostgreSQL database (no table), dropped after the test."""
    url = any_postgres.empty_database()
    yield url
    any_postgres.drop_database(url)
