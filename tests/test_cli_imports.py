"""A command imports only what it uses, so that it starts at once (issue 16).

Each command runs as a user runs it, in a process of its own, with a probe that
records every module loaded by the time the process exits. The probe is the real
entry point (``socialinbox.__main__.main``): what it finds is what a user's command
pays for. No timing is asserted; what costs the time (Qt, connectors, the keychain's
backends, Alembic, the network client) is.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import socialinbox.channels
from tests.cli_runner import REPOSITORY
from tests.file_keyring import subprocess_env
from tests.servers.mastodon_server import MastodonServer
from tests.servers.x_server import XServer

# Runs the entry point with the arguments given after ``-c PROBE`` and, at exit, writes
# the names of every loaded module to the file named first.
PROBE = """
import atexit, json, sys
out, sys.argv = sys.argv[1], ["socialinbox", *sys.argv[2:]]
def record():
    with open(out, "w", encoding="utf-8") as file:
        json.dump(sorted(sys.modules), file)
atexit.register(record)
from socialinbox.__main__ import main
sys.exit(main())
"""

# Commands that read or change local data only ({tmp}: the test's own folder). Each must
# start without the window, any connector, the network client, the keychain or Alembic.
LOCAL_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("accounts", "list"),
    ("accounts", "list", "--json"),
    ("inbox", "--limit", "1"),
    ("inbox", "--json", "--search", "cornbread"),
    ("contacts",),
    ("contacts", "--json"),
    ("contacts", "suggest", "1"),
    ("reminders",),
    ("outbox",),
    ("outbox", "audit"),
    ("notes", "list", "1"),
    ("export-contact", "1"),
    ("erase-contact", "1"),
    ("reply", "1", "Thank you!"),
    ("log", "1", "--channel", "phone", "--text", "She asked about Sunday"),
    ("backup", "{tmp}"),
    ("import-arrivals", "{tmp}/arrivals.csv"),
)

# The parts of the channels package any command may load: the registry and the light
# declarations of the networks (names and how their identities are written), which
# import no connector.
SHARED_CHANNEL_MODULES = {"socialinbox.channels", "socialinbox.channels.registry"}
# What a syncing command loads beside the connector of each kind it syncs.
SYNC_CHANNEL_MODULES = SHARED_CHANNEL_MODULES | {
    "socialinbox.channels.http",
    "socialinbox.channels.html_text",
    # The kept OAuth grant, read by every connector that signs in with OAuth.
    "socialinbox.channels.oauth_tokens",
}


def channel_modules() -> set[str]:
    """Every module of the channels package, the connectors merged after this test's
    were written included."""
    prefix = socialinbox.channels.__name__ + "."
    return {info.name for info in pkgutil.walk_packages(socialinbox.channels.__path__, prefix)}


def is_network_declaration(module: str) -> bool:
    return module.endswith("_network") or module.endswith("_networks")


def connector_modules_loaded(loaded: set[str], *, allowed: set[str]) -> set[str]:
    """The channels modules in ``loaded`` beyond ``allowed`` and network declarations."""
    return {
        module
        for module in loaded & channel_modules()
        if module not in allowed and not is_network_declaration(module)
    }


def is_under(module: str, *packages: str) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def of_kind(module: str, kind: str) -> bool:
    """Whether ``module`` is part of the connector of ``kind`` (``channels.KIND``, its
    sub-package, or a ``channels.KIND_*`` module)."""
    base = f"{socialinbox.channels.__name__}.{kind}"
    return is_under(module, base) or module.startswith(base + "_")


def loaded_by(
    data_dir: Path, tmp_path: Path, *args: str, env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``socialinbox --data-dir DATA_DIR ARGS``; its result and the modules it loaded."""
    out = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPOSITORY,
    )
    assert out.exists(), result.stderr
    return result, set(json.loads(out.read_text(encoding="utf-8")))


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose keychain is a file (tests/file_keyring.py)."""
    keychain = tmp_path / "keychain.json"
    return subprocess_env(keychain, REPOSITORY)


@pytest.fixture(scope="module")
def data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data folder whose database is already at this version's schema."""
    data_dir = tmp_path_factory.mktemp("clistart") / "data"
    env = subprocess_env(data_dir.parent / "keychain.json", REPOSITORY)
    created = subprocess.run(
        [sys.executable, "-m", "socialinbox", "--data-dir", str(data_dir), "accounts", "list"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPOSITORY,
    )
    assert created.returncode == 0, created.stderr
    yield data_dir


def assert_window_free(loaded: set[str]) -> None:
    qt = {m for m in loaded if is_under(m, "PySide6", "shiboken6", "qasync", "socialinbox.ui")}
    assert not qt, f"a command loaded the window's modules: {sorted(qt)}"


@pytest.mark.parametrize("args", LOCAL_COMMANDS, ids=" ".join)
def test_a_local_command_loads_no_window_connector_keychain_network_client_or_migration(
    data_folder: Path, tmp_path: Path, keyring_env: dict[str, str], args: tuple[str, ...]
) -> None:
    typed = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    result, loaded = loaded_by(data_folder, tmp_path, *typed, env=keyring_env)

    assert result.returncode in (0, 1), result.stderr  # 1: an id (or a file) that is not there
    assert "Traceback" not in result.stderr
    assert_window_free(loaded)
    connectors = connector_modules_loaded(loaded, allowed=SHARED_CHANNEL_MODULES)
    assert not connectors, f"{' '.join(args)} loaded connectors: {sorted(connectors)}"
    heavy = {m for m in loaded if is_under(m, "keyring", "alembic", "httpx", "socialinbox.sync")}
    assert not heavy, f"{' '.join(args)} loaded what it does not use: {sorted(heavy)}"


def test_the_first_start_migrates_an_empty_data_folder_and_later_ones_skip_alembic(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"

    first, loaded_first = loaded_by(data_dir, tmp_path, "accounts", "list", env=keyring_env)
    second, loaded_second = loaded_by(data_dir, tmp_path, "accounts", "list", env=keyring_env)

    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "alembic" in loaded_first  # the schema had to be created
    assert not {m for m in loaded_second if is_under(m, "alembic")}
    assert_window_free(loaded_first)


def test_sync_once_loads_only_the_connectors_of_the_accounts_it_syncs(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    with MastodonServer() as server:
        server.add_account("alice", "Alice")
        server.post("alice", "<p>@business do you open on Sundays?</p>", mentions=["business"])
        add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
        add += ("--secret-stdin",)
        added = subprocess.run(
            [
                sys.executable,
                "-m",
                "socialinbox",
                "--data-dir",
                str(data_dir),
                *add,
                "--secret-stdin",
            ],
            input=server.token + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            env=keyring_env,
            cwd=REPOSITORY,
        )
        assert added.returncode == 0, added.stderr

        synced, loaded = loaded_by(data_dir, tmp_path, "sync", "--once", env=keyring_env)
        no_op, loaded_by_no_op = loaded_by(data_dir, tmp_path, "sync", "--once", env=keyring_env)

    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.split("\t")[2:4] == ["ok", "1"]  # the mention arrived
    assert "socialinbox.channels.mastodon" in loaded
    # A round that brings nothing and sends nothing runs none of the rules applied after
    # a stored batch, and loads no outbox service.
    assert no_op.returncode == 0 and no_op.stdout.split("\t")[2:4] == ["ok", "0"], no_op.stderr
    after_batch = {"socialinbox.core.practice", "socialinbox.core.alerts"}
    assert after_batch <= loaded and not after_batch & loaded_by_no_op
    assert "socialinbox.core.outbox_service" not in loaded_by_no_op
    mastodon = {m for m in loaded if of_kind(m, "mastodon")}
    others = connector_modules_loaded(loaded, allowed=SYNC_CHANNEL_MODULES | mastodon)
    assert not others, f"a Mastodon-only sync loaded other connectors: {sorted(others)}"
    assert_window_free(loaded)
    # The keychain named by PYTHON_KEYRING_BACKEND is the one loaded: no backend discovery.
    assert "tests.file_keyring" in loaded
    backends = {m for m in loaded if m.startswith("keyring.backends.")}
    assert backends <= {"keyring.backends", "keyring.backends.fail"}, sorted(backends)
    assert not {m for m in loaded if is_under(m, "alembic")}


def test_an_x_sync_loads_the_x_connector_and_the_oauth_sign_in_only(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    data_dir = tmp_path / "data"
    with XServer() as server:
        server.add_user("maya")
        server.mention("maya", "do you open on Sundays?")
        token = server.issue_token()["access_token"]
        add = ("accounts", "add", "x", "--name", "Our X", "--base-url", server.base_url)
        add += ("--secret-stdin",)
        added = subprocess.run(
            [sys.executable, "-m", "socialinbox", "--data-dir", str(data_dir), *add],
            input=token + "\n",
            capture_output=True,
            text=True,
            timeout=120,
            env=keyring_env,
            cwd=REPOSITORY,
        )
        assert added.returncode == 0, added.stderr
        listed, loaded_by_list = loaded_by(data_dir, tmp_path, "accounts", "list", env=keyring_env)
        synced, loaded = loaded_by(data_dir, tmp_path, "sync", "--once", env=keyring_env)

    assert listed.returncode == 0 and not {m for m in loaded_by_list if of_kind(m, "x")}
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.split("\t")[2:4] == ["ok", "1"]  # the mention arrived
    assert "socialinbox.channels.x" in loaded
    x_and_oauth = {m for m in loaded if of_kind(m, "x") or of_kind(m, "oauth")}
    others = connector_modules_loaded(loaded, allowed=SYNC_CHANNEL_MODULES | x_and_oauth)
    assert not others, f"an X-only sync loaded other connectors: {sorted(others)}"
    assert_window_free(loaded)


def test_a_sync_with_no_accounts_opens_neither_keychain_nor_connector(
    data_folder: Path, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    synced, loaded = loaded_by(data_folder, tmp_path, "sync", "--once", env=keyring_env)

    assert synced.returncode == 0, synced.stderr
    assert not connector_modules_loaded(loaded, allowed=SYNC_CHANNEL_MODULES)
    assert not {m for m in loaded if is_under(m, "keyring", "alembic")}
    assert_window_free(loaded)


# What building the command line's parser may load of the app: the composition root
# and the foundation, never a service (a command imports its services inside ``run``).
PARSER_MAY_LOAD = {
    "socialinbox.core.backup",  # where the latest backup is, for a damaged database
    "socialinbox.core.connector",  # ChannelError, the one line of a network failure
    "socialinbox.core.errors",
    "socialinbox.core.names",  # the networks a call or visit is logged on
    "socialinbox.core.rate_limits",
    "socialinbox.core.writer",
}


def test_building_the_parser_imports_no_service_so_a_new_command_starts_at_once() -> None:
    probe = (
        "import json, sys\n"
        "from socialinbox.cli.main import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=REPOSITORY
    )

    loaded = set(json.loads(result.stdout))
    assert "socialinbox.cli.accounts" in loaded and "socialinbox.cli.inbox" in loaded
    services = {
        m
        for m in loaded
        if is_under(m, "socialinbox.core", "socialinbox.sync", "socialinbox.channels")
        and m != "socialinbox.core"
        and m not in PARSER_MAY_LOAD
    }
    assert not services, f"import these inside the command's run(): {sorted(services)}"
    assert not {m for m in loaded if is_under(m, "httpx", "keyring", "alembic")}
