"""E-mail from the command line, as a new user connects it: every command a new process,
against Dovecot and aiosmtpd on 127.0.0.1. The processes share a keychain through
tests/file_keyring.py (a JSON file outside the data folder)."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from tests.channels.test_email import mail
from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.servers.email_servers import Dovecot, SmtpServer, dovecot  # noqa: F401

SHOP = "frontdesk@example.test"
CUSTOMER = "guest@example.org"
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as server:
        yield server


def test_connect_sync_and_reply_by_email_from_the_command_line(tmp_path, dovecot, smtp):
    cli = CliRunner(tmp_path)
    add = [
        "accounts", "add", "email", "--name", "Front desk",
        "--set", f"address={SHOP}",
        "--set", "imap_host=127.0.0.1", "--set", f"imap_port={dovecot.port}",
        "--set", "smtp_host=127.0.0.1", "--set", f"smtp_port={smtp.port}",
        "--set", f"username={SHOP}", "--set", "security=none",
        "--secret-stdin",
    ]  # fmt: skip
    wrong = "not-the-Password-1234"
    assert_fails_in_one_line(
        cli(*add, stdin=wrong + "\n"), says="refused the user name or password"
    )
    assert json.loads(cli("accounts", "list", "--json").stdout) == []
    assert cli.keychain() == {}

    account_id = cli.connect(*add, secret=dovecot.password)
    (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
    assert listed["kind"] == "email" and listed["id"] == account_id

    dovecot.deliver(
        SHOP,
        mail("Late arrival", "We arrive after midnight.", sender=f"Gil Guest <{CUSTOMER}>",
             to=SHOP, message_id="late@example.org"),
    )  # fmt: skip
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert synced.stdout.split("\t")[2:5] == ["ok", "1", "0"]

    (message,) = json.loads(cli("inbox", "--json").stdout)
    assert message["channel"] == "email" and message["remote_id"] == "late@example.org"
    assert message["text"] == "We arrive after midnight." and message["author_handle"] == CUSTOMER

    replied = cli("reply", str(message["id"]), "The night porter will let you in.", "--approve")
    assert replied.returncode == 0, replied.stderr
    sent = cli("sync", "--once")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert sent.stdout.split("\t")[4] == "1"
    again = cli("sync", "--once")
    assert again.returncode == 0 and again.stdout.split("\t")[3:5] == ["0", "0"]

    (accepted,) = smtp.accepted  # exactly once
    assert (
        accepted.rcpt_tos == [CUSTOMER] and b"In-Reply-To: <late@example.org>" in accepted.content
    )
    assert len(dovecot.fetch_all(CUSTOMER)) == 1
    assert len(dovecot.fetch_all(SHOP, "Sent")) == 1

    # Neither password is anywhere: database, settings, logs, or any command's output.
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [dovecot.password, wrong])


def test_a_refused_password_with_quotes_never_reaches_the_verbose_log(tmp_path, dovecot, smtp):
    """IMAP sends a password as a quoted string, with ``"`` and ``\\`` escaped: the escaped
    form is the password too, and must not be logged even with --verbose."""
    cli = CliRunner(tmp_path)
    wrong = 'Wr0ng"pass\\word-7Q'
    refused = cli(
        "--verbose", "accounts", "add", "email", "--name", "Front desk",
        "--set", f"address={SHOP}",
        "--set", "imap_host=127.0.0.1", "--set", f"imap_port={dovecot.port}",
        "--set", "smtp_host=127.0.0.1", "--set", f"smtp_port={smtp.port}",
        "--set", f"username={SHOP}", "--set", "security=none",
        "--secret-stdin", stdin=wrong + "\n",
    )  # fmt: skip
    assert refused.returncode == 1 and "refused the user name or password" in refused.stderr
    log = (cli.data_dir / "socialinbox.log").read_text(encoding="utf-8")
    assert log, "the verbose run wrote no log at all"
    # The password's distinctive parts, however it was quoted or escaped on the way.
    for text in [log, *cli.outputs]:
        for part in ("Wr0ng", "word-7Q"):
            assert part not in text
