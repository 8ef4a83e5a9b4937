"""Fixtures for the servers' own tests."""

from tests.servers.bluesky_fixture import bluesky_server  # noqa: F401
from tests.servers.fixtures import mastodon_server  # noqa: F401
from tests.servers.meta_fixture import meta_server  # noqa: F401
