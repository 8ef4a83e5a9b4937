"""``accounts add linkedin`` as a user types it, against the LinkedIn test server: this
computer's LinkedIn app (client id and secret), the browser sign-in (the test plays the
browser), a comment arriving, a reply going out once, the grant revoked on removal; and a
token on stdin that LinkedIn refuses, said in one line."""

from __future__ import annotations

import json

import httpx

from socialinbox.channels.linkedin_api import LINKEDIN_VERSION
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.paths import SETTINGS_FILE
from socialinbox.settings import OAUTH_CLIENT_ID_LINKEDIN, MachineSettings
from tests.cli_runner import (
    CliRunner,
    assert_fails_in_one_line,
    assert_no_secret_leaks,
)
from tests.servers.linkedin_server import LinkedInServer


def acls(li: LinkedInServer, token: str) -> int:
    """What LinkedIn answers the token's owner asking for their pages."""
    return httpx.get(
        f"{li.base_url}/rest/organizationAcls?q=roleAssignee",
        headers={
            "Authorization": f"Bearer {token}",
            "LinkedIn-Version": LINKEDIN_VERSION,
            "X-Restli-Protocol-Version": "2.0.0",
        },
    ).status_code


def test_accounts_add_linkedin_signs_in_in_the_browser_then_a_comment_is_answered_once(
    tmp_path,
):
    cli = CliRunner(tmp_path)
    with LinkedInServer() as li:
        cli.data_dir.mkdir(parents=True)
        MachineSettings(cli.data_dir / SETTINGS_FILE).set(OAUTH_CLIENT_ID_LINKEDIN, li.client_id)
        kept = cli("accounts", "app-secret", "linkedin", stdin=f"{li.client_secret}\n")
        assert kept.returncode == 0, kept.stderr
        li.add_member("maya", "Maya", "Okafor")
        post = li.add_post("Autumn menu")
        question = li.comment("maya", on=post["urn"], text="A table for two tonight?")
        add = ("accounts", "add", "linkedin", "--name", "Our page", "--base-url", li.base_url)
        signed_in = cli.add_signing_in(*add)
        assert signed_in.said[-1].startswith(f"{li.base_url}/oauth/v2/authorization?")
        assert "rw_organization_admin" in signed_in.said[-1]
        assert signed_in.page.status_code == 200
        account_id = signed_in.account_id
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert listed["kind"] == "linkedin"

        synced = cli("sync", "--once")
        assert synced.returncode == 0, synced.stderr
        (row,) = json.loads(cli("inbox", "--json").stdout)
        assert row["channel"] == "linkedin" and "table for two" in row["text"]
        replied = cli("reply", str(row["id"]), "Yes, 8pm is free!", "--approve")
        assert replied.returncode == 0, replied.stderr
        assert cli("sync", "--once").returncode == 0
        assert cli("sync", "--once").returncode == 0
        assert [c.parent_comment for c in li.created_comments] == [question["$URN"]]

        secret = next(v for v in cli.keychain().values() if v.startswith("{"))
        token = OAuthTokens.from_secret(secret).access_token
        assert acls(li, token) == 200
        assert cli("accounts", "remove", str(account_id)).returncode == 0
        assert acls(li, token) == 401
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [token, secret, li.client_secret])


def test_a_token_on_stdin_that_linkedin_refuses_is_one_line_and_nothing_is_saved(tmp_path):
    cli = CliRunner(tmp_path)
    with LinkedInServer() as li:
        add = ("accounts", "add", "linkedin", "--name", "Our page", "--base-url", li.base_url)
        refused = cli(*add, "--secret-stdin", stdin="not-a-token-linkedin-knows\n")
        assert_fails_in_one_line(refused, "sign in again")
        assert json.loads(cli("accounts", "list", "--json").stdout) == []
        good = li.issue_token()["access_token"]
        assert cli.connect(*add, "--secret-stdin", secret=good) > 0
    (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
    assert listed["kind"] == "linkedin"
