"""The ``mastodon_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.fixtures import mastodon_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.mastodon_server import MastodonServer


@pytest.fixture
def mastodon_server() -> Iterator[MastodonServer]:
    """A started Mastodon test server with the ``business`` account and its ``token``."""
    with MastodonServer() as server:
        yield server
