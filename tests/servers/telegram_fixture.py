"""The ``telegram_server`` pytest fixture; import it into a conftest.py to use it:

from tests.servers.telegram_fixture import telegram_server  # noqa: F401
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers.telegram_server import TelegramBotServer


@pytest.fixture
def telegram_server() -> Iterator[TelegramBotServer]:
    """A started Telegram Bot API test server with its bot (``.token``, ``.api_url``)."""
    with TelegramBotServer() as server:
        yield server
