"""This computer's database kept in its settings (*File ▸ Database…*): a server's URL and
never its password; the window and every command use it when no ``--database-url`` is
given (the command line wins); a server database looked at before a desk moves onto it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from socialinbox.app import (
    AppContext,
    AppOptions,
    chosen_database_url,
    damaged_database,
    remember_database,
)
from socialinbox.paths import DATABASE_FILE, SETTINGS_FILE
from socialinbox.secrets import SecretStore
from socialinbox.settings import DATABASE_URL, MachineSettings
from socialinbox.storage.database import (
    SCHEMA_HEAD,
    DatabaseMissing,
    DatabaseServerTooOld,
    DatabaseSignInRefused,
    DatabaseUnavailable,
    with_password,
)
from socialinbox.storage.schema import Message
from socialinbox.storage.server_check import (
    ServerAddress,
    check_server_database,
    require_server_version,
)
from tests.cli_runner import CliRunner, assert_no_secret_leaks, run_cli
from tests.conftest import MemoryKeyring, sync_once
from tests.servers.postgres_server import PostgresServer

PASSWORD = "n1ght-Sh1ft-\u00e9"


def test_the_setting_keeps_a_server_url_without_its_password(tmp_path: Path):
    settings = MachineSettings(tmp_path / SETTINGS_FILE)
    remember_database(settings, f"postgresql+psycopg://desk:{PASSWORD}@db.hotel.lan:5433/inbox")

    again = MachineSettings(tmp_path / SETTINGS_FILE)
    kept = again.get(DATABASE_URL)
    assert kept == "postgresql+psycopg://desk@db.hotel.lan:5433/inbox"
    assert PASSWORD not in (tmp_path / SETTINGS_FILE).read_text(encoding="utf-8")

    remember_database(again, None)
    assert MachineSettings(tmp_path / SETTINGS_FILE).get(DATABASE_URL) is None


def test_the_command_line_wins_over_the_setting_and_the_demo_keeps_its_own(tmp_path: Path):
    settings = MachineSettings(tmp_path / SETTINGS_FILE)
    remember_database(settings, "postgresql+psycopg://desk@db.hotel.lan/inbox")
    given = "sqlite:////tmp/elsewhere.sqlite3"

    assert chosen_database_url(AppOptions(), settings) == (
        "postgresql+psycopg://desk@db.hotel.lan/inbox"
    )
    assert chosen_database_url(AppOptions(database_url=given), settings) == given
    assert chosen_database_url(AppOptions(demo=True), settings) is None


def test_a_server_in_the_settings_is_no_damaged_file_to_restore(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    assert damaged_database(AppOptions(data_dir=data)) is not None
    remember_database(MachineSettings(data / SETTINGS_FILE), "postgresql://desk@db/inbox")
    assert damaged_database(AppOptions(data_dir=data)) is None


def test_the_window_and_commands_open_the_database_the_settings_name(
    any_postgres: PostgresServer, tmp_path: Path, memory_keyring: MemoryKeyring
):
    url = any_postgres.fresh_database()
    data = tmp_path / "data"
    try:
        remember_database(MachineSettings(data / SETTINGS_FILE), url)
        context = AppContext(AppOptions(data_dir=data), secrets=SecretStore(memory_keyring))
        try:
            assert context.db.dialect_name == "postgresql"
            context.writer.call(context.accounts.create, "demo", "Front desk")
        finally:
            context.close()
        assert not (data / DATABASE_FILE).exists()

        # A desk's scheduled sync and every command use the same database.
        listed = run_cli(data, "accounts", "list")
        assert listed.returncode == 0 and "Front desk" in listed.stdout, listed.stderr
        # --database-url wins: the data folder's own file, empty.
        local = run_cli(
            data, "--database-url", f"sqlite:///{data / DATABASE_FILE}", "accounts", "list"
        )
        assert local.returncode == 0 and "Front desk" not in local.stdout, local.stderr
    finally:
        any_postgres.drop_database(url)


def test_a_desk_on_a_server_with_a_kept_password_says_it_nowhere(
    any_postgres: PostgresServer, tmp_path: Path
):
    url = any_postgres.password_role("nightdesk", PASSWORD)
    cli = CliRunner(tmp_path)
    try:
        remember_database(MachineSettings(cli.data_dir / SETTINGS_FILE), url)
        refused = cli("accounts", "list")
        assert refused.returncode == 1 and "refused the sign-in" in refused.stderr

        assert cli("database-password", url, stdin=PASSWORD + "\n").returncode == 0
        added = cli("accounts", "add", "demo", "--name", "Night desk")
        assert added.returncode == 0, added.stderr
        assert "Night desk" in cli("accounts", "list").stdout
        cli("--database-url", f"sqlite:///{cli.data_dir / DATABASE_FILE}", "accounts", "list")
        settings = json.loads((cli.data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        assert settings["database_url"] == url
        assert_no_secret_leaks(cli.data_dir, cli.outputs, [PASSWORD])
    finally:
        any_postgres.drop_database(url)


# -- a server database looked at before it is used ----------------------------------------


def test_a_pasted_address_is_read_and_its_password_kept_apart():
    address, password = ServerAddress.parse(" postgresql://desk:s3cret@db.hotel.lan:6432/inbox ")
    assert address == ServerAddress("db.hotel.lan", "inbox", "desk", 6432)
    assert password == "s3cret"
    assert address.url() == "postgresql+psycopg://desk@db.hotel.lan:6432/inbox"
    assert address.keychain_key() == "desk@db.hotel.lan:6432/inbox"
    assert ServerAddress.parse("postgresql://desk@db/inbox")[0].port == 5432
    for wrong in ("sqlite:////tmp/x.sqlite3", "db.hotel.lan", ""):
        with pytest.raises(ValueError):
            ServerAddress.parse(wrong)


def test_an_empty_database_and_one_with_data_are_told_apart(
    any_postgres: PostgresServer, empty_postgres: str, tmp_path: Path
):
    empty = check_server_database(empty_postgres)
    assert empty.empty and empty.version >= 12

    url = any_postgres.fresh_database()
    try:
        options = AppOptions(data_dir=tmp_path / "data", database_url=url)
        context = AppContext(options)
        try:
            for name in ("Anna", "Ben", "Cleo"):
                context.writer.call(context.users.add, name, "staff")
            context.writer.call(context.accounts.create, "demo", "Demo")
            sync_once(context)
            with context.db.read() as session:
                messages = session.scalar(select(func.count()).select_from(Message))
        finally:
            context.close()
        found = check_server_database(url)
        assert not found.empty and found.schema == SCHEMA_HEAD
        assert found.people == 3 and found.messages == messages > 0
    finally:
        any_postgres.drop_database(url)


def test_a_wrong_password_a_missing_database_and_no_server_are_told_apart(
    any_postgres: PostgresServer, empty_postgres: str
):
    url = any_postgres.password_role("daydesk", PASSWORD)
    try:
        with pytest.raises(DatabaseSignInRefused):
            check_server_database(with_password(url, "not-it"))
        assert check_server_database(with_password(url, PASSWORD)).empty
        missing = make_url(url).set(database="no_such_inbox").render_as_string()
        with pytest.raises(DatabaseMissing):
            check_server_database(with_password(missing, PASSWORD))
    finally:
        any_postgres.drop_database(url)
    closed_port = make_url(empty_postgres).set(port=1).render_as_string()
    with pytest.raises(DatabaseUnavailable):
        check_server_database(closed_port)


def test_a_server_older_than_postgresql_12_is_refused():
    require_server_version(12)
    with pytest.raises(DatabaseServerTooOld) as refused:
        require_server_version(11)
    assert refused.value.version == 11 and "PostgreSQL 12 or newer" in str(refused.value)
