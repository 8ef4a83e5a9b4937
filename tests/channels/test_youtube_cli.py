"""``accounts add youtube`` as a user types it, against the Google test server: the browser
sign-in (the test plays the browser), a comment arriving, a reply going out once, the grant
revoked on removal; a token on stdin that Google refuses, said in one line; a budget set
with ``--set quota_budget=…``."""

from __future__ import annotations

import json

import httpx

from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.paths import SETTINGS_FILE
from socialinbox.settings import OAUTH_CLIENT_ID_GOOGLE, MachineSettings
from tests.cli_runner import (
    CliRunner,
    assert_fails_in_one_line,
    assert_no_secret_leaks,
)
from tests.servers.google_server import YOUTUBE_SCOPE, GoogleServer


def my_channel(google: GoogleServer, token: str) -> int:
    return httpx.get(
        f"{google.base_url}/youtube/v3/channels",
        params={"part": "id", "mine": "true"},
        headers={"Authorization": f"Bearer {token}"},
    ).status_code


def test_accounts_add_youtube_signs_in_in_the_browser_then_a_comment_is_answered_once(tmp_path):
    cli = CliRunner(tmp_path)
    with GoogleServer() as google:
        cli.data_dir.mkdir(parents=True)
        MachineSettings(cli.data_dir / SETTINGS_FILE).set(OAUTH_CLIENT_ID_GOOGLE, google.client_id)
        kept = cli("accounts", "app-secret", "google", stdin=google.client_secret + "\n")
        assert kept.returncode == 0, kept.stderr
        video = google.add_video("Cornbread Sunday")
        question = google.add_comment(video, "Maya Okafor", "do you have a table for two?")
        add = ("accounts", "add", "youtube", "--name", "Our channel", "--base-url",
               google.base_url, "--set", "quota_budget=20000")  # fmt: skip
        signed_in = cli.add_signing_in(*add)
        assert signed_in.said[-1].startswith(f"{google.base_url}/o/oauth2/v2/auth?")
        assert "access_type=offline" in signed_in.said[-1]
        assert "youtube.force-ssl" in signed_in.said[-1]
        assert signed_in.page.status_code == 200
        account_id = signed_in.account_id
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert listed["kind"] == "youtube"

        synced = cli("sync", "--once")
        assert synced.returncode == 0, synced.stderr
        (row,) = json.loads(cli("inbox", "--json").stdout)
        assert row["channel"] == "youtube" and "table for two" in row["text"]
        replied = cli("reply", str(row["id"]), "Yes, 8pm is free!", "--approve")
        assert replied.returncode == 0, replied.stderr
        assert cli("sync", "--once").returncode == 0
        assert cli("sync", "--once").returncode == 0
        assert [c.parent_id for c in google.comments_inserted] == [question]

        secret = cli.keychain()[f"socialinbox\n{listed['uuid']}"]
        token = OAuthTokens.from_secret(secret).access_token
        assert my_channel(google, token) == 200
        assert cli("accounts", "remove", str(account_id)).returncode == 0
        assert my_channel(google, token) == 401
        assert f"socialinbox\n{listed['uuid']}" not in cli.keychain()
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [token, secret])


def test_a_token_on_stdin_that_google_refuses_is_one_line_and_nothing_is_saved(tmp_path):
    cli = CliRunner(tmp_path)
    with GoogleServer() as google:
        add = ("accounts", "add", "youtube", "--name", "Our channel", "--base-url", google.base_url)
        refused = cli(*add, "--secret-stdin", stdin="not-a-token-google-knows\n")
        assert_fails_in_one_line(refused, "sign in again")
        assert json.loads(cli("accounts", "list", "--json").stdout) == []
        good = google.issue_token(YOUTUBE_SCOPE)["access_token"]
        assert cli.connect(*add, "--secret-stdin", secret=good) > 0
        assert google.youtube_quota_used == 1  # the channel, asked once to verify
    (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
    assert listed["kind"] == "youtube"
