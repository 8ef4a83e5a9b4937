"""WordPress as a user connects and uses it from the command line (new processes, a file
keychain), against a real WordPress started by the tests."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from socialinbox.paths import DATABASE_FILE
from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.wordpress_server import WordPressServer

HOUR_MICROS = 3_600_000_000
ADD = ("accounts", "add", "wordpress", "--name", "Blog", "--secret-stdin")


def inbox(cli: CliRunner) -> list[dict[str, Any]]:
    listed = cli("inbox", "--json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_connecting_as_people_type_it_and_the_first_comments(tmp_path, wordpress: WordPressServer):
    shown = wordpress.create_application_password(wordpress.admin).password  # "abcd efgh …"
    cli = CliRunner(tmp_path)
    refused = cli(*ADD, "--base-url", wordpress.base_url, "--handle", "owner", stdin="nope\n")
    assert_fails_in_one_line(refused, "not accepted")
    assert json.loads(cli("accounts", "list", "--json").stdout) == []

    post = wordpress.add_post("Sunday brunch")
    wordpress.add_comment(
        post, "<p>Do you take <em>reservations</em>?</p>", author_name="Anna",
        author_email="Anna@Example.org",
    )  # fmt: skip
    wordpress.add_comment(post, "First!", author_email="bob@example.org", status="hold")
    account = cli.connect(
        *ADD, "--base-url", f" {wordpress.base_url}/wp-json/ ", "--handle", " @owner ", secret=shown
    )
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert synced.stdout.split("\t")[:5] == [str(account), "Blog", "ok", "2", "0"]
    rows = {m["text"]: m for m in inbox(cli)}
    assert set(rows) == {"Do you take reservations?", "First!"}
    anna = rows["Do you take reservations?"]
    assert (anna["channel"], anna["kind"], anna["subject"]) == (
        "wordpress",
        "comment",
        "Sunday brunch",
    )
    assert (anna["author_name"], anna["author_handle"]) == ("Anna", "anna@example.org")
    assert anna["url"].startswith(wordpress.base_url) and anna["needs_reply"]
    assert rows["First!"]["subject"] == "Held for moderation · Sunday brunch"
    assert cli("sync", "--once").stdout.split("\t")[3] == "0"  # nothing twice
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [shown, "".join(shown.split())])


def test_a_reply_arrives_exactly_once_when_the_connection_drops_mid_request(
    tmp_path, wordpress: WordPressServer
):
    password = wordpress.create_application_password(wordpress.admin).password
    post = wordpress.add_post("Opening hours")
    asked = wordpress.add_comment(post, "Open on Monday?", author_email="c@example.org")
    cli = CliRunner(tmp_path)
    with MisbehavingProxy(wordpress.base_url) as proxy:
        cli.connect(*ADD, "--base-url", proxy.base_url, "--handle", "owner", secret=password)
        assert cli("sync", "--once").returncode == 0
        [question] = inbox(cli)
        queued = cli("reply", str(question["id"]), "Yes, from 9 to 5", "--approve")
        assert queued.returncode == 0, queued.stderr
        proxy.lose_answer("/wp-json/wp/v2/comments", method="POST")
        first = cli("sync", "--once")
        assert first.returncode == 1 and first.stdout.split("\t")[-1].strip() == "failed"
        [item] = json.loads(cli("outbox", "--json").stdout)
        assert item["state"] in ("failed", "outcome_unknown"), item
        assert "may have arrived" in item["last_error"]
        # The retry is due within 30 s (backoff): let that time pass.
        with sqlite3.connect(cli.data_dir / DATABASE_FILE) as db:
            db.execute("UPDATE outbox SET next_attempt_at = next_attempt_at - ?", (HOUR_MICROS,))
        db.close()
        again = cli("sync", "--once")
        assert again.returncode == 0, again.stdout + again.stderr
        [item] = json.loads(cli("outbox", "--json").stdout)
        assert item["state"] == "sent", item
    audit = cli("outbox", "audit", str(item["id"])).stdout
    assert "found_sent" in audit  # looked for and found, not posted again
    replies = [c for c in wordpress.comments() if c.user_id == wordpress.admin.id]
    assert len(replies) == 1 and replies[0].parent == asked
    assert item["remote_id"] == str(replies[0].id)
    assert [m["needs_reply"] for m in inbox(cli) if m["direction"] == "in"] == [False]
