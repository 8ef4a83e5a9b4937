"""Telegram from the command line, as a new user would connect it: every command a new
process, against the Bot API test server (tests/servers/telegram_server.py), once through
a proxy that lets the answer to a sent reply dribble in past the request deadline."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from socialinbox.paths import SETTINGS_FILE
from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.telegram_server import TelegramBotServer


@pytest.fixture
def server() -> Iterator[TelegramBotServer]:
    with TelegramBotServer() as running:
        yield running


def add_command(base_url: str) -> tuple[str, ...]:
    return ("accounts", "add", "telegram", "--name", "Linden House", "--base-url", base_url)


def test_connect_sync_and_reply_exactly_once_from_the_command_line(tmp_path, server):
    cli = CliRunner(tmp_path)
    wrong = "7000000001:AAE-not-the-token"
    refused = cli(*add_command(server.base_url), "--secret-stdin", stdin=wrong + "\n")
    assert_fails_in_one_line(refused, says="BotFather")
    assert cli.keychain() == {}

    account_id = cli.connect(*add_command(server.base_url), "--secret-stdin", secret=server.token)
    [account] = json.loads(cli("accounts", "list", "--json").stdout)
    assert (account["id"], account["kind"], account["handle"]) == (
        account_id,
        "telegram",
        "@inbox_test_bot",
    )

    gwen = server.add_user("Gwen", "Rees", "gwen_rees")
    server.user_writes(gwen["id"], "Do you have parking?")
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.split("\t")[2:4] == ["ok", "1"]
    [message] = json.loads(cli("inbox", "--json").stdout)
    assert (message["channel"], message["author_handle"]) == ("telegram", "@gwen_rees")

    replied = cli("reply", str(message["id"]), "Yes, two spaces behind the house.", "--approve")
    assert replied.returncode == 0, replied.stderr
    sent = cli("sync", "--once")
    assert sent.returncode == 0, sent.stdout + sent.stderr
    assert sent.stdout.split("\t")[4] == "1"
    assert cli("sync", "--once").returncode == 0
    assert [m.text for m in server.sent_messages] == ["Yes, two spaces behind the house."]
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [server.token, wrong])


def test_a_reply_whose_answer_never_comes_is_outcome_unknown_and_sent_once(tmp_path, server):
    with MisbehavingProxy(server.base_url, drip_interval=0.5) as proxy:
        cli = CliRunner(tmp_path)
        cli.connect(*add_command(proxy.base_url), "--secret-stdin", secret=server.token)
        gwen = server.add_user("Gwen", username="gwen_rees")
        server.user_writes(gwen["id"], "Late check-out possible?")
        assert cli("sync", "--once").returncode == 0
        [message] = json.loads(cli("inbox", "--json").stdout)
        cli("reply", str(message["id"]), "Until 1 pm, no charge.", "--approve")
        settings = cli.data_dir / SETTINGS_FILE
        values = json.loads(settings.read_text()) if settings.exists() else {}
        values["network_request_deadline_s"] = 2
        settings.write_text(json.dumps(values))
        proxy.drip(f"/bot{server.token}/sendMessage")

        synced = cli("sync", "--once")

        assert synced.returncode == 1, synced.stdout
        fields = synced.stdout.strip().split("\t")
        assert fields[2] == "ok" and fields[6] == "failed" and "unknown fate" in fields[5]
        [item] = json.loads(cli("outbox", "--json").stdout)
        assert item["state"] == "outcome_unknown"
        proxy.stop_dripping()
        cli("sync", "--once")
        cli("sync", "--once")
    assert len(server.sent_messages) == 1  # it did arrive; it was never sent again
