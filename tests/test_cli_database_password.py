"""``database-password URL`` and ``--database-url`` without a password: the password of a
PostgreSQL role lives in the keychain (key ``database/USER@HOST:PORT/DB``), is tried before
it is kept, and never shows in the URL, the output, the settings or the log."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from tests.cli_runner import CliRunner, assert_no_secret_leaks
from tests.file_keyring import stored_secrets
from tests.servers.postgres_server import PostgresServer

PASSWORD = "desk-Pa55-\u00e9t\u00e9"


def test_the_desk_password_is_tried_kept_in_the_keychain_and_used(
    any_postgres: PostgresServer, tmp_path: Path
):
    url = any_postgres.password_role("frontdesk", PASSWORD)
    parsed = make_url(url)
    key = f"socialinbox\ndatabase/frontdesk@{parsed.host}:{parsed.port}/{parsed.database}"
    cli = CliRunner(tmp_path)
    try:
        without = cli("--database-url", url, "inbox")
        assert without.returncode == 1 and "password" in without.stderr

        wrong = cli("database-password", url, stdin="not-it\n")
        assert wrong.returncode == 1 and "nothing was kept" in wrong.stderr
        assert key not in stored_secrets(cli.keyring)

        kept = cli("database-password", url, stdin=PASSWORD + "\n")
        assert kept.returncode == 0, kept.stderr
        assert kept.stdout.startswith("kept the password of frontdesk@")
        assert stored_secrets(cli.keyring)[key] == PASSWORD

        # The same URL, no password in it: the keychain's is used.
        listed = cli("--database-url", url, "--user", "Anna", "inbox")
        assert listed.returncode == 0, listed.stderr
        moved = cli("--database-url", url, "migrate-to", f"sqlite:///{tmp_path / 'copy.sqlite3'}")
        assert moved.returncode == 0, moved.stderr

        with_one = cli("database-password", url.replace("frontdesk@", "frontdesk:x@"), stdin="y\n")
        assert with_one.returncode == 1 and "without its password" in with_one.stderr
        cli("inbox")  # the data folder's own database and log, for the leak search
        assert_no_secret_leaks(cli.data_dir, cli.outputs, [PASSWORD])
    finally:
        any_postgres.drop_database(url)
