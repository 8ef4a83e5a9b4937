"""``accounts add facebook`` and ``accounts add instagram`` as a user types them, against the
Meta test server: the browser sign-in (the test plays the browser) with the app's secret
kept by ``accounts app-secret meta``, a customer's message arriving, a reply going out
once, the grant ended on removal; and a token on stdin that Meta refuses, in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import httpx

from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.paths import SETTINGS_FILE
from socialinbox.settings import OAUTH_CLIENT_ID_META, MachineSettings
from tests.cli_runner import (
    REPOSITORY,
    CliRunner,
    assert_fails_in_one_line,
    assert_no_secret_leaks,
)
from tests.servers.meta_server import MetaServer


def me(meta: MetaServer, token: str) -> int:
    return httpx.get(
        f"{meta.graph_url}/me", headers={"Authorization": f"Bearer {token}"}
    ).status_code


def test_accounts_add_facebook_signs_in_in_the_browser_then_a_message_is_answered_once(tmp_path):
    cli = CliRunner(tmp_path)
    with MetaServer() as meta:
        cli.data_dir.mkdir(parents=True)
        MachineSettings(cli.data_dir / SETTINGS_FILE).set(OAUTH_CLIENT_ID_META, meta.app_id)
        kept = cli("accounts", "app-secret", "meta", stdin=f"{meta.app_secret}\n")
        assert kept.returncode == 0, kept.stderr
        anna = meta.add_customer("Anna Berg")
        said = meta.customer_says(anna["id"], "Do you have a table for two tonight?")
        add = ("accounts", "add", "facebook", "--name", "Our Page", "--base-url", meta.base_url)
        process = subprocess.Popen(
            [sys.executable, "-m", "socialinbox", "--data-dir", str(cli.data_dir), *add],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=cli.env,
            cwd=REPOSITORY,
        )
        assert process.stderr is not None
        said_lines: list[str] = []
        while not said_lines or not said_lines[-1].startswith("http"):
            line = process.stderr.readline()
            assert line, "".join(said_lines)
            said_lines.append(line.strip())
        assert said_lines[-1].startswith(f"{meta.base_url}/v25.0/dialog/oauth?")
        page = httpx.get(said_lines[-1], follow_redirects=True, timeout=10)
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
        assert page.status_code == 200
        account_id = int(out.strip())
        (listed,) = json.loads(cli("accounts", "list", "--json").stdout)
        assert (listed["kind"], listed["handle"]) == ("facebook", "The Business")

        assert cli("sync", "--once").returncode == 0
        (row,) = json.loads(cli("inbox", "--json").stdout)
        assert row["channel"] == "facebook" and "table for two" in row["text"]
        replied = cli("reply", str(row["id"]), "Yes, 8pm is free!", "--approve")
        assert replied.returncode == 0, replied.stderr
        assert cli("sync", "--once").returncode == 0
        assert cli("sync", "--once").returncode == 0
        assert [m.text for m in meta.sent_messages] == ["Yes, 8pm is free!"]
        assert said["id"]

        secrets = [s for s in cli.keychain().values() if s != meta.app_secret]
        (secret,) = secrets
        tokens = OAuthTokens.from_secret(secret)
        token = tokens.access_token
        # The sign-in's short-lived token was exchanged at once for a long-lived one.
        assert meta.count("/oauth/access_token") == 2
        assert tokens.expires_at is not None and tokens.refresh_token is None
        assert tokens.expires_at - datetime.now(UTC) > timedelta(days=50)
        assert me(meta, token) == 200
        assert cli("accounts", "remove", str(account_id)).returncode == 0
        assert me(meta, token) != 200 and not meta.app_authorized
    assert_no_secret_leaks(cli.data_dir, [*cli.outputs, out, err], [token, secret])


def test_a_token_on_stdin_that_meta_refuses_is_one_line_and_nothing_is_saved(tmp_path):
    cli = CliRunner(tmp_path)
    with MetaServer() as meta:
        add = ("accounts", "add", "instagram", "--name", "Our IG", "--base-url", meta.base_url)
        refused = cli(*add, "--secret-stdin", stdin="not-a-token-meta-knows\n")
        assert_fails_in_one_line(refused, "sign in again")
        good = meta.issue_user_token()["access_token"]
        assert cli.connect(*add, "--secret-stdin", secret=good) > 0
    assert json.loads(cli("accounts", "list", "--json").stdout)[0]["handle"] == "@thebusiness"
