"""The ``synapse_server`` pytest fixture: one Synapse for the whole test session.

It is imported into the top ``tests/conftest.py`` (once: a session fixture imported into
two conftest files would start two servers). Tests take fresh users from it
(``synapse_server.new_user("customer")``), so they never see each other's rooms.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.synapse_server import SynapseServer


@pytest.fixture(scope="session")
def synapse_server() -> Iterator[SynapseServer]:
    """A started Synapse (``matrix.test``), stopped when the test session ends."""
    with SynapseServer() as server:
        yield server
