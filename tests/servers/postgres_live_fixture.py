"""A database shared by several desks, on the PostgreSQL server the tests of every run
can use (``any_postgres``: the run's own server, or a cluster of the session's own)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.postgres_server import PostgresServer


@pytest.fixture
def shared_database(any_postgres: PostgresServer) -> Iterator[str]:
    """A fresh database holding the schema, for two or more desks; dropped after. A test
    that stopped the server (:meth:`PostgresServer.pause`) finds it running again after."""
    url = any_postgres.fresh_database()
    yield url
    any_postgres.resume()
    any_postgres.drop_database(url)
