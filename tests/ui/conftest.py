"""Fixtures for the GUI tests: a seeded AppContext, a qasync loop, the main window.

Async rule for these tests: asyncio code (writes, sync rounds) runs only inside
``qloop.run_until_complete(...)``; use ``ui_helpers.run_until`` to wait for
anything that may involve a task, never ``qtbot.waitUntil`` (it spins Qt
without a running asyncio loop).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import qasync
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from ui_helpers import make_context, shown_window

from socialinbox.app import AppContext
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.ui.common.networks import use_networks
from socialinbox.ui.shell.window import MainWindow

# The offscreen platform warns about window hints it cannot forward; nothing to fix.
OFFSCREEN_NOISE = r"This plugin does not support"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def networks_of_no_window() -> Iterator[None]:
    """A window installs its context's network catalogue for every label; the next test
    starts without it (one test's plug-in must not name another test's networks)."""
    yield
    use_networks(NetworkCatalogue())


@pytest.fixture
def context(tmp_path: Path, qapp: QApplication) -> Iterator[AppContext]:
    ctx = make_context(tmp_path / "data")
    yield ctx
    ctx.close()


class TestEventLoop(qasync.QEventLoop):
    """qasync's loop, minus one trap of ``run_until_complete``.

    qasync processes pending Qt events once more after the loop has stopped, with
    no running asyncio loop set: a task step that runs then (an HTTP request of a
    sync round started by the test) fails with "no running event loop". The app
    itself never stops its loop mid-work; the tests stop it after every wait.
    """

    def run_until_complete(self, future):  # type: ignore[no-untyped-def]
        future = asyncio.ensure_future(future, loop=self)
        future.add_done_callback(lambda _done: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    loop = TestEventLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def window(
    context: AppContext, qloop: qasync.QEventLoop, qapp: QApplication
) -> Iterator[MainWindow]:
    with shown_window(context, qloop, qapp) as win:
        yield win


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every address the accounts dialog asked the browser to open; each is followed as a
    browser would (redirects included), like a person pressing "Authorize"."""
    opened: list[str] = []

    async def follow(url: str) -> None:
        opened.append(url)
        async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
            await client.get(url)

    monkeypatch.setattr("socialinbox.ui.accounts.account_form.open_web_url", follow)
    return opened


@pytest.fixture(autouse=True, scope="session")
def c_locale() -> Iterator[None]:
    """The UI tests read dates and numbers as Qt's C locale writes them ("Thu, 3 Dec 2026",
    "12345"), whatever language the machine running them speaks."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    yield
    QLocale.setDefault(previous)
