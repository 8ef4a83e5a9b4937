"""Servers that misbehave and input that cannot be sent, through the real command line:
a server that dribbles its answer, one that ignores ``min_id``, addresses and tokens that
no request can carry, a machine without a keychain, a reply that failed while sending."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from socialinbox.channels.email.connector import EmailConnector
from socialinbox.channels.email.settings import EmailSettings
from socialinbox.channels.email.smtp import SmtpClient
from socialinbox.clock import SystemClock
from socialinbox.core.connector import AccountConfig, ConnectorContext, TransientError
from socialinbox.paths import DATABASE_FILE, SETTINGS_FILE
from tests.cli_runner import CliRunner, run_cli
from tests.servers.bluesky_server import DEFAULT_BUSINESS_HANDLE as SHOP
from tests.servers.bluesky_server import BlueskyServer
from tests.servers.dribbling_tcp import DribblingImapServer, DribblingTcpServer
from tests.servers.mastodon_server import MastodonServer
from tests.servers.misbehaving_proxy import MisbehavingProxy


@pytest.fixture
def server() -> Iterator[MastodonServer]:
    with MastodonServer() as running:
        yield running


@pytest.fixture
def proxy(server: MastodonServer) -> Iterator[MisbehavingProxy]:
    with MisbehavingProxy(server.base_url) as running:
        yield running


def set_deadlines(data_dir: Path, *, request_s: int, round_s: int) -> None:
    path = data_dir / SETTINGS_FILE
    values = json.loads(path.read_text()) if path.exists() else {}
    values.update({"network_request_deadline_s": request_s, "sync_round_deadline_s": round_s})
    path.write_text(json.dumps(values))


def lines_by_name(stdout: str) -> dict[str, list[str]]:
    return {line.split("\t")[1]: line.split("\t") for line in stdout.splitlines()}


def connect_slow_and_fast(
    cli: CliRunner, server: MastodonServer, proxy: MisbehavingProxy
) -> tuple[int, int]:
    """Two accounts: "Slow" reaches the server through the proxy, "Fast" directly."""
    server.add_account("fast")
    fast_token = server.issue_token("fast")
    add = ("accounts", "add", "mastodon", "--secret-stdin")
    slow = cli.connect(*add, "--name", "Slow", "--base-url", proxy.base_url, secret=server.token)
    fast = cli.connect(*add, "--name", "Fast", "--base-url", server.base_url, secret=fast_token)
    return slow, fast


def sync_while_one_server_drips(
    tmp_path, server, proxy, *, request_s: int, round_s: int
) -> tuple[CliRunner, subprocess.CompletedProcess[str]]:
    """Accounts Slow (behind the dripping proxy) and Fast, a mention for each, the given
    deadlines, then one ``sync --once``: it must end quickly, fail, and bring Fast's mention."""
    cli = CliRunner(tmp_path)
    connect_slow_and_fast(cli, server, proxy)
    server.add_account("alice")
    server.post("alice", "<p>@business hello?</p>", mentions=["business"])
    server.post("alice", "<p>@fast hi</p>", mentions=["fast"])
    set_deadlines(cli.data_dir, request_s=request_s, round_s=round_s)
    proxy.drip("/api/v1/notifications")

    started = time.monotonic()
    synced = cli("sync", "--once")
    took = time.monotonic() - started

    assert took < 20, f"sync --once took {took:.0f} s"
    assert synced.returncode == 1
    assert lines_by_name(synced.stdout)["Fast"][2:4] == ["ok", "1"]
    return cli, synced


# -- item 9: deadlines -----------------------------------------------------------------


def test_a_server_sending_a_byte_a_second_is_given_up_at_the_request_deadline(
    tmp_path, server, proxy
):
    cli, synced = sync_while_one_server_drips(tmp_path, server, proxy, request_s=2, round_s=600)
    lines = lines_by_name(synced.stdout)
    assert lines["Slow"][2] == "error" and "did not answer within 2 s" in lines["Slow"][5]
    assert "Traceback" not in synced.stderr

    # Once the server is quick again, the mention arrives, once.
    proxy.stop_dripping()
    again = cli("sync", "--once")
    assert again.returncode == 0, again.stdout + again.stderr
    assert lines_by_name(again.stdout)["Slow"][2:4] == ["ok", "1"]
    assert lines_by_name(cli("sync", "--once").stdout)["Slow"][2:4] == ["ok", "0"]


def test_an_account_round_past_its_bound_is_stopped_and_the_others_go_on(tmp_path, server, proxy):
    _, synced = sync_while_one_server_drips(tmp_path, server, proxy, request_s=600, round_s=3)
    lines = lines_by_name(synced.stdout)
    assert lines["Slow"][2] == "error" and lines["Slow"][5].startswith("stopped after 3 s")
    assert "account" in synced.stderr and "(Slow) failed" in synced.stderr


# -- item 15: a server that ignores min_id ------------------------------------------------


def test_a_server_ignoring_min_id_on_own_statuses_is_not_paged_a_hundred_times(
    tmp_path, server, proxy
):
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--secret-stdin", "--base-url", proxy.base_url)
    cli.connect(*add, "--name", "Shop", secret=server.token)
    server.add_account("alice")
    question = server.post("alice", "<p>@business open?</p>", mentions=["business"])
    server.post("business", "<p>@alice yes</p>", in_reply_to_id=question["id"])
    assert cli("sync", "--once").returncode == 0
    proxy.ignore_param("/api/v1/accounts/*/statuses", "min_id")
    server.post("business", "<p>a new post</p>")

    before = len(proxy.requests_to("/api/v1/accounts/*/statuses"))
    synced = cli("sync", "--once")
    asked = len(proxy.requests_to("/api/v1/accounts/*/statuses")) - before

    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert asked <= 2, f"{asked} pages of the account's own statuses in one sync"
    stored = [m for m in json.loads(cli("inbox", "--json").stdout) if m["remote_id"]]
    assert len({m["remote_id"] for m in stored}) == len(stored)  # nothing twice


# -- item 13: what no request can carry; sending in the exit code ---------------------------


@pytest.mark.parametrize(
    ("base_url", "says"),
    [
        ("http://127.0.0.1:99999", "is not valid"),
        ("http://[::1", "is not valid"),
        ("http://", "names no server"),
    ],
)
def test_an_address_no_server_can_have_is_one_line_and_exit_1(tmp_path, base_url, says):
    cli = CliRunner(tmp_path)
    added = cli(
        "accounts",
        "add",
        "mastodon",
        "--name",
        "X",
        "--base-url",
        base_url,
        "--secret-stdin",
        stdin="token\n",
    )
    assert added.returncode == 1
    assert added.stderr.count("\n") == 1 and says in added.stderr, added.stderr
    assert json.loads(cli("accounts", "list", "--json").stdout) == []


def test_an_address_stored_before_it_was_checked_fails_sync_once_in_one_line(tmp_path, server):
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    cli.connect(*add, "--secret-stdin", secret=server.token)
    for base_url in ("http://127.0.0.1:99999", "http://[::1"):
        with sqlite3.connect(cli.data_dir / DATABASE_FILE) as db:
            db.execute("UPDATE accounts SET base_url = ?", (base_url,))
        synced = cli("sync", "--once")
        assert synced.returncode == 1
        (fields,) = [line.split("\t") for line in synced.stdout.splitlines()]
        assert fields[2] == "error" and "is not valid" in fields[5], fields
        assert "Traceback" not in synced.stderr and "Group" not in synced.stdout


def test_a_token_with_letters_no_token_has_is_one_line_and_exit_1(tmp_path, server):
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "X", "--base-url", server.base_url)
    added = cli(*add, "--secret-stdin", stdin="tökén-123\n")
    assert added.returncode == 1
    assert added.stderr.count("\n") == 1 and "outside ASCII" in added.stderr, added.stderr
    assert "tökén" not in added.stderr
    assert json.loads(cli("accounts", "list", "--json").stdout) == []


def test_a_reply_refused_while_sending_makes_sync_once_exit_1_and_says_so(tmp_path, server):
    server.add_account("alice")
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    cli.connect(*add, "--secret-stdin", secret=server.token)
    server.post("alice", "<p>@business hi</p>", mentions=["business"])
    assert cli("sync", "--once").returncode == 0
    (message,) = json.loads(cli("inbox", "--json").stdout)
    assert cli("reply", str(message["id"]), "Hello!", "--approve").returncode == 0
    server.fail_next("/api/v1/statuses", status=422)

    synced = cli("sync", "--once")

    assert synced.returncode == 1, synced.stdout
    (fields,) = [line.split("\t") for line in synced.stdout.splitlines()]
    assert fields[2] == "ok" and fields[4] == "0"  # the account itself is fine
    assert fields[6] == "failed" and "not sent" in fields[5]
    assert "a reply was not sent" in synced.stderr


def test_a_429_while_sending_is_an_error_in_this_round_as_in_the_next(tmp_path, server):
    server.add_account("alice")
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    cli.connect(*add, "--secret-stdin", secret=server.token)
    server.post("alice", "<p>@business hi</p>", mentions=["business"])
    assert cli("sync", "--once").returncode == 0
    (message,) = json.loads(cli("inbox", "--json").stdout)
    assert cli("reply", str(message["id"]), "Hello!", "--approve").returncode == 0
    server.fail_next("/api/v1/statuses", status=429, retry_after=600)

    rounds = [cli("sync", "--once"), cli("sync", "--once")]

    for synced in rounds:
        (fields,) = [line.split("\t") for line in synced.stdout.splitlines()]
        assert synced.returncode == 1
        assert fields[2] == "error" and "rate-limited" in fields[5], fields
    assert lines_by_name(rounds[0].stdout)["Shop"][6] == "failed"


# -- item 12: no keychain at all -------------------------------------------------------------


def no_keychain_env(cli: CliRunner) -> dict[str, str]:
    return {**cli.env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def test_without_a_keychain_accounts_add_refuses_a_secret_it_cannot_keep(tmp_path, server):
    cli = CliRunner(tmp_path)
    added = run_cli(
        cli.data_dir,
        "accounts",
        "add",
        "mastodon",
        "--name",
        "Shop",
        "--base-url",
        server.base_url,
        "--secret-stdin",
        stdin=server.token + "\n",
        env=no_keychain_env(cli),
    )
    assert added.returncode == 1, added.stdout
    assert "no keychain" in added.stderr and "nothing was saved" in added.stderr
    assert added.stderr.count("\n") == 1
    assert not server.requests  # refused before the token went anywhere
    listed = run_cli(cli.data_dir, "accounts", "list", "--json", env=no_keychain_env(cli))
    assert json.loads(listed.stdout) == []


def test_a_sync_without_the_secret_says_it_was_not_kept_and_never_blames_the_server(
    tmp_path, server
):
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    cli.connect(*add, "--secret-stdin", secret=server.token)  # added where a keychain was
    before = len(server.requests)

    synced = run_cli(cli.data_dir, "sync", "--once", env=no_keychain_env(cli))

    assert synced.returncode == 1
    (fields,) = [line.split("\t") for line in synced.stdout.splitlines()]
    assert fields[2] == "error"
    assert "the secret for this account is not in the keychain" in fields[5]
    assert "no keychain on this machine" in fields[5]
    assert "401" not in synced.stdout and "refused" not in synced.stdout
    assert len(server.requests) == before  # the server was not asked


class CursorIgnoringBluesky(BlueskyServer):
    """A Bluesky server that ignores ``cursor`` on listNotifications yet hands out a new
    cursor with every page, as a broken PDS or AppView might: the same page forever."""

    def __init__(self) -> None:
        super().__init__()
        self._handed_out = 0

    def _list_notifications(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        status, output, extra = super()._list_notifications(
            {k: v for k, v in params.items() if k != "cursor"}, headers, body
        )
        self._handed_out += 1
        output["cursor"] = f"page-{self._handed_out}"
        return status, output, extra


def test_a_bluesky_server_ignoring_the_cursor_is_read_once_and_nothing_twice(tmp_path):
    with CursorIgnoringBluesky() as server:
        server.add_user("alice.bsky.test", "Alice")
        server.post("alice.bsky.test", "Open today, @shop.bsky.test?", mentions=[SHOP])
        cli = CliRunner(tmp_path)
        add = ("accounts", "add", "bluesky", "--name", "Shop", "--handle", SHOP)
        cli.connect(
            *add,
            "--base-url",
            server.entryway_url,
            "--secret-stdin",
            secret=server.business_password,
        )

        synced = cli("sync", "--once")

        asked = [r for r in server.requests if r.nsid == "app.bsky.notification.listNotifications"]
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert lines_by_name(synced.stdout)["Shop"][2:4] == ["ok", "1"]
        assert len(asked) <= 2, f"{len(asked)} pages of notifications in one sync"


def test_an_smtp_server_greeting_a_byte_a_second_is_given_up_at_the_deadline():
    greeting = b"220 mail.example.org ESMTP at a byte a second, for a minute or so\r\n"
    with DribblingTcpServer(greeting) as server:
        settings = EmailSettings.parse(
            {
                "address": "shop@example.org",
                "imap_host": "127.0.0.1",
                "imap_port": "1",
                "smtp_host": "127.0.0.1",
                "smtp_port": str(server.port),
                "username": "shop@example.org",
                "security": "none",
            }
        )
        client = SmtpClient(settings, "password", None, timeout=2)
        started = time.monotonic()
        with pytest.raises(TransientError, match="did not answer in time"):
            asyncio.run(client.check_login())
        assert time.monotonic() - started < 10


def test_an_imap_server_sending_a_message_a_byte_a_second_is_given_up_at_the_deadline():
    with DribblingImapServer() as server:
        settings = {
            "address": "shop@example.org",
            "imap_host": "127.0.0.1",
            "imap_port": str(server.port),
            "smtp_host": "127.0.0.1",
            "smtp_port": "1",
            "username": "shop@example.org",
            "security": "none",
        }
        account = AccountConfig(1, "uuid-1", "email", "Shop", settings=settings)
        context = ConnectorContext(
            account=account,
            secret="password",
            http=None,
            clock=SystemClock(),
            request_deadline=timedelta(seconds=2),
        )

        async def read_all() -> None:
            async for _batch in EmailConnector(context).fetch(None):
                pass

        started = time.monotonic()
        with pytest.raises(TransientError, match="did not answer in time"):
            asyncio.run(read_all())
        assert server.fetches == 1
        assert time.monotonic() - started < 15
