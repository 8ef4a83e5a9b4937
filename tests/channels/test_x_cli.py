"""``accounts add x`` as a user types it, against the X test server: the browser sign-in
(the test plays the browser), a mention arriving, a reply going out once, the grant
revoked on removal; and a token on stdin that X refuses, said in one line."""

from __future__ import annotations

import json

import httpx

from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.paths import SETTINGS_FILE
from socialinbox.settings import OAUTH_CLIENT_ID_X, MachineSettings
from tests.cli_runner import (
    CliRunner,
    assert_fails_in_one_line,
    assert_no_secret_leaks,
)
from tests.servers.x_server import XServer


def users_me(x: XServer, token: str) -> int:
    return httpx.get(
        f"{x.base_url}/2/users/me", headers={"Authorization": f"Bearer {token}"}
    ).status_code


def test_accounts_add_x_signs_in_in_the_browser_then_a_mention_arrives_and_is_answered_once(
    tmp_path,
):
    cli = CliRunner(tmp_path)
    with XServer() as x:
        cli.data_dir.mkdir(parents=True)
        MachineSettings(cli.data_dir / SETTINGS_FILE).set(OAUTH_CLIENT_ID_X, x.client_id)
        x.add_user("maya", "Maya Okafor")
        question = x.mention("maya", "do you have a table for two tonight?")
        add = ("accounts", "add", "x", "--name", "Our X", "--base-url", x.base_url)
        signed_in = cli.add_signing_in(*add)
        assert signed_in.said[-1].startswith(f"{x.base_url}/i/oauth2/authorize?")
        assert signed_in.page.status_code == 200
        account_id = signed_in.account_id
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert (listed["kind"], listed["handle"]) == ("x", "business")

        synced = cli("sync", "--once")
        assert synced.returncode == 0, synced.stderr
        (row,) = json.loads(cli("inbox", "--json").stdout)
        assert row["channel"] == "x" and "table for two" in row["text"]
        replied = cli("reply", str(row["id"]), "Yes, 8pm is free!", "--approve")
        assert replied.returncode == 0, replied.stderr
        assert cli("sync", "--once").returncode == 0
        assert cli("sync", "--once").returncode == 0
        assert [c.in_reply_to_tweet_id for c in x.created_via_api] == [question["id"]]

        (secret,) = cli.keychain().values()
        token = OAuthTokens.from_secret(secret).access_token
        assert users_me(x, token) == 200
        assert cli("accounts", "remove", str(account_id)).returncode == 0
        assert users_me(x, token) == 401 and not cli.keychain()
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [token, secret])


def test_a_token_on_stdin_that_x_refuses_is_one_line_and_nothing_is_saved(tmp_path):
    cli = CliRunner(tmp_path)
    with XServer() as x:
        add = ("accounts", "add", "x", "--name", "Our X", "--base-url", x.base_url)
        refused = cli(*add, "--secret-stdin", stdin="not-a-token-x-knows\n")
        assert_fails_in_one_line(refused, "sign in again")
        good = x.issue_token()["access_token"]
        assert cli.connect(*add, "--secret-stdin", secret=good) > 0
    assert json.loads(cli("accounts", "list", "--json").stdout)[0]["handle"] == "business"
