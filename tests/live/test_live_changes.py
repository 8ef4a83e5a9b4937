"""Live changes between desks on one PostgreSQL database: a write at one desk is announced
to the others at once (LISTEN/NOTIFY), and a desk that loses the server says so in typed
errors and hears again once the server is back."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.core import changes
from socialinbox.core.changes import NOTE, ChangeSet
from socialinbox.secrets import SecretStore
from socialinbox.storage.database import DatabaseProblem, DatabaseUnavailable
from socialinbox.storage.live import ChangeListener
from tests.conftest import MemoryKeyring
from tests.servers.postgres_server import PostgresServer

# The promise: a note written at one desk shows at the others within a second.
WITHIN_S = 1.0
# Long enough for a reconnection after a restart (its waits start at half a second).
RECONNECT_S = 15.0


def open_desk(url: str, folder: Path, user: str, keyring: MemoryKeyring) -> AppContext:
    """A desk (one app) on the shared database; ``origin`` as another process would have."""
    desk = AppContext(
        AppOptions(data_dir=folder, user=user, database_url=url), secrets=SecretStore(keyring)
    )
    desk.origin = f"desk-of-{user}"
    return desk


class Ears:
    """What a desk's listener heard: each announcement, and the connection's ups and downs."""

    def __init__(self) -> None:
        self.heard = 0
        self.connection: list[bool] = []
        self._condition = threading.Condition()

    def changed(self) -> None:
        with self._condition:
            self.heard += 1
            self._condition.notify_all()

    def connection_changed(self, reachable: bool) -> None:
        with self._condition:
            self.connection.append(reachable)
            self._condition.notify_all()

    def wait(self, predicate: object, timeout: float) -> bool:
        with self._condition:
            return self._condition.wait_for(predicate, timeout)  # type: ignore[arg-type]


@pytest.fixture
def desks(
    shared_database: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[tuple[AppContext, AppContext]]:
    anna = open_desk(shared_database, tmp_path / "anna", "Anna", memory_keyring)
    ben = open_desk(shared_database, tmp_path / "ben", "Ben", memory_keyring)
    yield anna, ben
    anna.close()
    ben.close()


@pytest.fixture
def bens_ears(desks: tuple[AppContext, AppContext]) -> Iterator[Ears]:
    ben = desks[1]
    ears = Ears()
    listener = ChangeListener(
        ben.db.url, ears.changed, ears.connection_changed, origin=ben.origin
    ).start()
    assert listener.listening.wait(10)
    yield ears
    listener.stop()


def feed_at(desk: AppContext, after: int) -> tuple[int, ChangeSet]:
    with desk.db.read() as session:
        return changes.changes_since(session, after, exclude_origin=desk.origin)


def latest(desk: AppContext) -> int:
    with desk.db.read() as session:
        return changes.latest_change_id(session)


def test_a_note_written_at_one_desk_reaches_the_other_within_a_second(
    desks: tuple[AppContext, AppContext], bens_ears: Ears
) -> None:
    anna, ben = desks
    guest = ben.writer.call(ben.contacts.create, "The cornbread guest")
    seen = latest(ben)
    # Ben's own write was not announced to Ben (it was shown when he made it): had it
    # been, it would arrive before Anna's, which is announced after it.
    started = time.monotonic()
    note = anna.writer.call(anna.notes.add, guest.id, "Loves the cornbread")
    assert bens_ears.wait(lambda: bens_ears.heard >= 1, WITHIN_S)
    _, news = feed_at(ben, seen)
    assert time.monotonic() - started < WITHIN_S
    assert bens_ears.heard == 1
    assert note.id in news.ids(NOTE)
    assert ben.notes.get(note.id).text == "Loves the cornbread"


def test_a_note_added_by_another_program_is_announced(
    desks: tuple[AppContext, AppContext], bens_ears: Ears, shared_database: str, tmp_path: Path
) -> None:
    """Another process (the command line at a third desk) writes; Ben's listener hears it."""
    ben = desks[1]
    guest = ben.writer.call(ben.contacts.create, "The cornbread guest")
    seen = latest(ben)
    added = subprocess.run(
        [
            sys.executable, "-m", "socialinbox", "--data-dir", str(tmp_path / "carla"),
            "--database-url", shared_database, "--user", "Carla",
            "notes", "add", str(guest.id), "Asks for a quiet room",
        ],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert bens_ears.wait(lambda: bens_ears.heard >= 1, WITHIN_S)
    _, news = feed_at(ben, seen)
    assert int(added.stdout.split()[-1]) in news.ids(NOTE)


def test_a_desk_that_loses_the_server_says_so_and_hears_again_once_it_is_back(
    desks: tuple[AppContext, AppContext],
    bens_ears: Ears,
    any_postgres: PostgresServer,
) -> None:
    if not any_postgres.can_restart:
        pytest.skip("the server of $SOCIALINBOX_TEST_POSTGRES is not ours to stop")
    anna, ben = desks
    guest = anna.writer.call(anna.contacts.create, "The cornbread guest")
    any_postgres.pause()
    assert bens_ears.wait(lambda: bens_ears.connection == [False], RECONNECT_S)
    # Every desk's reads and writes fail in one typed, worded way, nothing half-done.
    with pytest.raises(DatabaseUnavailable) as refused:
        anna.writer.call(anna.notes.add, guest.id, "Written while the server was away")
    assert isinstance(refused.value, DatabaseProblem)
    assert "cannot be reached" in str(refused.value)
    with pytest.raises(DatabaseUnavailable):
        ben.contacts.get(guest.id)

    any_postgres.resume()
    assert bens_ears.wait(lambda: bens_ears.connection == [False, True], RECONNECT_S)
    heard = bens_ears.heard  # the wake-up after the reconnection
    seen = latest(ben)
    note = anna.writer.call(anna.notes.add, guest.id, "Written after the restart")
    assert bens_ears.wait(lambda: bens_ears.heard > heard, WITHIN_S)
    _, news = feed_at(ben, seen)
    assert note.id in news.ids(NOTE)
    assert [n.text for n in ben.notes.list_notes(guest.id)] == ["Written after the restart"]


def test_a_command_on_a_server_that_cannot_be_reached_says_so_in_one_line(
    tmp_path: Path,
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/inbox"
    done = subprocess.run(
        [
            sys.executable, "-m", "socialinbox", "--data-dir", str(tmp_path / "desk"),
            "--database-url", url, "notes", "add", "1", "Loves the cornbread",
        ],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr and "nothing was changed" in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_a_database_the_server_does_not_have_is_not_called_unreachable(
    any_postgres: PostgresServer, tmp_path: Path
) -> None:
    """The server answered (and refused): that is for the person to fix, not to wait for."""
    url = any_postgres.url_of("no_such_database")
    done = subprocess.run(
        [
            sys.executable, "-m", "socialinbox", "--data-dir", str(tmp_path / "desk"),
            "--database-url", url, "inbox",
        ],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "no_such_database" in done.stderr and "does not exist" in done.stderr
    assert "cannot be reached" not in done.stderr and "Traceback" not in done.stderr
