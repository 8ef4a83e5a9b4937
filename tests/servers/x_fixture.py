"""The ``x_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.x_fixture import x_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.x_server import XServer


@pytest.fixture
def x_server() -> Iterator[XServer]:
    """A started X API v2 test server: the ``business`` account, the public app
    ``client_id`` taking any loopback redirect URI, real time (pass ``now=`` to XServer
    yourself for a movable clock)."""
    with XServer() as server:
        yield server
