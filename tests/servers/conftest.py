"""Fixtures for the servers' own tests."""

from tests.servers.fixtures import mastodon_server  # noqa: F401
