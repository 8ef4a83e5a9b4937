"""The ``google_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.google_fixture import google_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.google_server import GoogleServer


@pytest.fixture
def google_server() -> Iterator[GoogleServer]:
    """A started Google test server: the signed-in owner's PERSONAL Business Profile account
    (no location yet), their YouTube channel (no video yet), the Desktop-app client
    ``client_id``/``client_secret`` taking any loopback redirect URI, a 10,000-unit YouTube
    quota, real time (pass ``now=`` to GoogleServer yourself for a clock the test moves)."""
    with GoogleServer() as server:
        yield server
