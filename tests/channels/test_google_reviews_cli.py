"""``accounts add google_reviews`` as a user types it, against the Google test server: the
browser sign-in (the test plays the browser) with the Desktop app's id and secret, a review
arriving with its stars, a reply going out once, the grant revoked on removal; and a token
on stdin that Google refuses, said in one line."""

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
from tests.servers.google_server import BUSINESS_SCOPE, GoogleServer


def accounts_status(google: GoogleServer, token: str) -> int:
    return httpx.get(
        f"{google.base_url}/v1/accounts", headers={"Authorization": f"Bearer {token}"}
    ).status_code


def test_accounts_add_google_reviews_signs_in_then_a_review_arrives_and_is_answered_once(
    tmp_path,
):
    cli = CliRunner(tmp_path)
    with GoogleServer() as google:
        cli.data_dir.mkdir(parents=True)
        MachineSettings(cli.data_dir / SETTINGS_FILE).set(OAUTH_CLIENT_ID_GOOGLE, google.client_id)
        kept = cli("accounts", "app-secret", "google", stdin=f"{google.client_secret}\n")
        assert kept.returncode == 0, kept.stderr
        place = google.add_location("Hotel Adler")
        review = google.add_review(place, "Maya Okafor", 2, "The shower was cold.")
        signed_in = cli.add_signing_in(
            "accounts",
            "add",
            "google_reviews",
            "--name",
            "Our reviews",
            "--base-url",
            google.base_url,
        )
        assert signed_in.said[-1].startswith(f"{google.base_url}/o/oauth2/v2/auth?")
        assert signed_in.page.status_code == 200
        account_id = signed_in.account_id
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert (listed["kind"], listed["handle"]) == ("google_reviews", "Ada Owner")

        synced = cli("sync", "--once")
        assert synced.returncode == 0, synced.stderr
        (row,) = json.loads(cli("inbox", "--json").stdout)
        assert row["channel"] == "google_reviews" and row["rating"] == 2
        assert "shower was cold" in row["text"]
        replied = cli("reply", str(row["id"]), "Sorry, Maya: fixed today.", "--approve")
        assert replied.returncode == 0, replied.stderr
        assert cli("sync", "--once").returncode == 0
        assert cli("sync", "--once").returncode == 0
        assert [(p.review_id, p.comment) for p in google.replies_put] == [
            (review, "Sorry, Maya: fixed today.")
        ]

        secrets = list(cli.keychain().values())
        grant = next(s for s in secrets if s.startswith("{"))
        token = OAuthTokens.from_secret(grant).access_token
        assert accounts_status(google, token) == 200
        assert cli("accounts", "remove", str(account_id)).returncode == 0
        assert accounts_status(google, token) == 401
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [token, grant, google.client_secret])


def test_a_token_on_stdin_that_google_refuses_is_one_line_and_nothing_is_saved(tmp_path):
    cli = CliRunner(tmp_path)
    with GoogleServer() as google:
        add = ("accounts", "add", "google_reviews", "--name", "Ours", "--base-url", google.base_url)
        refused = cli(*add, "--secret-stdin", stdin="not-a-token-google-knows\n")
        assert_fails_in_one_line(refused, "sign in again")
        assert json.loads(cli("accounts", "list", "--json").stdout) == []
        good = google.issue_token(BUSINESS_SCOPE)["access_token"]
        assert cli.connect(*add, "--secret-stdin", secret=good) > 0
    assert json.loads(cli("accounts", "list", "--json").stdout)[0]["handle"] == "Ada Owner"
