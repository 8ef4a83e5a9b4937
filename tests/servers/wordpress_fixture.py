"""The WordPress fixtures: one real WordPress for the whole test session.

Imported into the top ``tests/conftest.py`` (once: a session fixture imported into two
conftest files would start two servers):

- ``wordpress_server``: the session's started :class:`WordPressServer`, as the last test
  left it.
- ``wordpress``: the same server reset to the state right after the install (only the
  ``owner`` administrator, no posts, comments or application passwords), so each test
  sees only what it made itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.wordpress_server import WordPressServer


@pytest.fixture(scope="session")
def wordpress_server() -> Iterator[WordPressServer]:
    """A started WordPress on 127.0.0.1, stopped when the test session ends."""
    with WordPressServer() as server:
        yield server


@pytest.fixture
def wordpress(wordpress_server: WordPressServer) -> WordPressServer:
    """The session's WordPress, reset for this test."""
    wordpress_server.reset()
    return wordpress_server
