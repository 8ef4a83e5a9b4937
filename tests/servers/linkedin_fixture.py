"""The ``linkedin_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.linkedin_fixture import linkedin_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.linkedin_server import LinkedInServer


@pytest.fixture
def linkedin_server() -> Iterator[LinkedInServer]:
    """A started LinkedIn test server: the admin member ("admin") administering the default
    organization, the app ``client_id``/``client_secret`` taking any loopback redirect URI,
    no refresh tokens, real time (pass ``now=`` to LinkedInServer yourself for a movable
    clock)."""
    with LinkedInServer() as server:
        yield server
