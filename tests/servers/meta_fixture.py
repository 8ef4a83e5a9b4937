"""The ``meta_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.meta_fixture import meta_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from socialinbox.clock import FakeClock
from tests.servers.meta_server import MetaServer


@pytest.fixture
def meta_server(clock: FakeClock) -> Iterator[MetaServer]:
    """A started Meta Graph API test server on the tests' ``clock`` (move that clock to
    move the server's): the user, the default Page with its Instagram account, the app
    ``app_id``/``app_secret`` taking any loopback redirect URI."""
    with MetaServer(now=clock.now) as server:
        yield server
