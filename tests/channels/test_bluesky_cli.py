"""Bluesky from the command line, as a new user would connect it: every command a new process.

The processes share a keychain through tests/file_keyring.py (a JSON file outside
the data folder), so that the session tokens one ``sync --once`` stores are what
the next one uses, as with the real keychain.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.servers.bluesky_server import BlueskyServer

SHOP = "shop.bsky.test"
ALICE = "alice.bsky.test"


@pytest.fixture
def server() -> Iterator[BlueskyServer]:
    with BlueskyServer() as running:
        running.add_user(ALICE, "Alice Martin")
        yield running


class BlueskyCli(CliRunner):
    """A CLI session that also remembers every session token the keychain has held."""

    def __init__(self, tmp_path: Path) -> None:
        super().__init__(tmp_path)
        self.tokens: set[str] = set()

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        result = super().__call__(*args, stdin=stdin)
        for key, value in self.keychain().items():
            if key.endswith("/session"):
                session = json.loads(value).get("session") or {}
                self.tokens |= {session["access_jwt"], session["refresh_jwt"]}
        return result


def test_connect_sync_and_reply_from_the_command_line_without_leaking_a_secret(tmp_path, server):
    cli = BlueskyCli(tmp_path)
    add = (
        "accounts",
        "add",
        "bluesky",
        "--name",
        "Corner Shop",
        "--handle",
        SHOP,
        "--base-url",
        server.entryway_url,
        "--secret-stdin",
    )
    wrong_password = "zzzz-yyyy-xxxx-wwww"
    assert_fails_in_one_line(cli(*add, stdin=wrong_password + "\n"), says="app password")
    assert json.loads(cli("accounts", "list", "--json").stdout) == []
    assert cli.keychain() == {}

    account_id = cli.connect(*add, secret=server.business_password)
    [account] = json.loads(cli("accounts", "list", "--json").stdout)
    assert account["id"] == account_id and account["kind"] == "bluesky"

    question = server.post(ALICE, "Is the terrace open, @shop.bsky.test?", mentions=[SHOP])
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.split("\t")[2:4] == ["ok", "1"]

    inbox = json.loads(cli("inbox", "--json").stdout)
    [message] = [m for m in inbox if m["remote_id"] == question["uri"]]
    assert message["channel"] == "bluesky" and message["author_handle"] == "@alice.bsky.test"
    assert message["text"] == "Is the terrace open, @shop.bsky.test?"

    # The access token expires between two runs: the next one refreshes, it does not sign in.
    server.expire_access_tokens()
    written = cli("reply", str(message["id"]), "Yes, until 22:00 🌙 @alice.bsky.test", "--approve")
    assert written.returncode == 0, written.stderr
    sent = cli("sync", "--once")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.rstrip("\n").split("\t")[4] == "1"
    again = cli("sync", "--once")
    assert again.returncode == 0 and again.stdout.split("\t")[4] == "0"

    [posted] = server.records_created
    assert posted["record"]["text"] == "Yes, until 22:00 🌙 @alice.bsky.test"
    assert posted["record"]["reply"]["parent"] == question
    # The refused password, then one login for verification; the three syncs reused it.
    assert server.login_count == 2 and server.refresh_count == 1

    # The keychain holds the app password and the session; nothing else does.
    stored = cli.keychain()
    assert server.business_password in stored.values()
    assert len(cli.tokens) == 4 and all(len(token) > 20 for token in cli.tokens)
    secrets = [server.business_password, wrong_password, *cli.tokens]
    assert_no_secret_leaks(cli.data_dir, cli.outputs, secrets)
