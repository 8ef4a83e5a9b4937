"""A PostgreSQL server for the tests of the live mode between desks, whichever database
the run uses: the run's own server under ``--database postgresql``, else a cluster of
its own for this session (skipped where PostgreSQL is not installed)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.postgres_server import PostgresServer


@pytest.fixture(scope="session")
def live_postgres(postgres_server: PostgresServer | None) -> Iterator[PostgresServer]:
    if postgres_server is not None:
        yield postgres_server
        return
    with PostgresServer() as server:
        yield server


@pytest.fixture
def shared_database(live_postgres: PostgresServer) -> Iterator[str]:
    """A fresh database on :func:`live_postgres`, for two or more desks; dropped after."""
    url = live_postgres.fresh_database()
    yield url
    live_postgres.resume()  # a test that stopped the server leaves it running
    live_postgres.drop_database(url)
