"""The ``bluesky_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.bluesky_fixture import bluesky_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.bluesky_server import BlueskyServer


@pytest.fixture
def bluesky_server() -> Iterator[BlueskyServer]:
    """A started Bluesky test server (entryway + PDS) with the business account."""
    with BlueskyServer() as server:
        yield server
