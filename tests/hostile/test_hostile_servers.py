"""Issue 11, items 1, 2 and 10 end to end: a stranger's status, post or e-mail with a lone
surrogate, an impossible time and terminal escape sequences, followed by a normal one, on
the real local Mastodon and Bluesky test servers and the real Dovecot, from the command
line. ``sync --once`` succeeds, both arrive (the odd one repaired and dated by its
arrival), the position moves on, and every listing reads and prints safely."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.cli_runner import CliRunner
from tests.servers.bluesky_server import BlueskyServer
from tests.servers.email_servers import Dovecot, SmtpServer, dovecot  # noqa: F401
from tests.servers.mastodon_server import MastodonServer

HOSTILE_NAME = "Eve\x1b[2J\x1b]0;owned\x07"
RAW_CONTROLS = ("\x1b", "\x07", "\x08", "\x7f", "\x9b")


def _sync(cli: CliRunner, new: int) -> None:
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert synced.stdout.split("\t")[2:4] == ["ok", str(new)], synced.stdout


def _reads_safely(cli: CliRunner) -> list[dict]:
    """Every listing works and prints no raw control character; the inbox as JSON."""
    for args in (("inbox",), ("contacts",), ("reminders",)):
        listed = cli(*args)
        assert listed.returncode == 0, (args, listed.stderr)
        assert not any(c in listed.stdout for c in RAW_CONTROLS), (args, listed.stdout)
    inbox = cli("inbox", "--json")
    assert inbox.returncode == 0, inbox.stderr
    messages: list[dict] = json.loads(inbox.stdout)
    for message in messages:
        exported = cli("export-contact", str(message["contact_id"]))
        assert exported.returncode == 0, exported.stderr
    return messages


def _arrived_now(stamp: str) -> bool:
    return abs(datetime.fromisoformat(stamp) - datetime.now(UTC)) < timedelta(minutes=5)


@pytest.fixture
def mastodon() -> Iterator[MastodonServer]:
    with MastodonServer() as server:
        server.add_account("eve@evil.test", display_name=HOSTILE_NAME)
        server.add_account("ann@remote.test", display_name="Ann")
        yield server


@pytest.mark.parametrize("claimed", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_mastodon_a_hostile_status_stops_nothing(tmp_path, mastodon, claimed):
    cli = CliRunner(tmp_path)
    cli.connect(
        "accounts", "add", "mastodon", "--name", "Shop", "--base-url", mastodon.base_url,
        "--secret-stdin", secret=mastodon.token,
    )  # fmt: skip
    mastodon.post(
        "eve@evil.test",
        "<p>@business broken \ud800 text \x07\x08\x9b31m</p>",
        mentions=["business"],
        claimed_created_at=claimed,
    )
    mastodon.post("ann@remote.test", "<p>@business a table for two?</p>", mentions=["business"])
    _sync(cli, 2)
    messages = _reads_safely(cli)
    odd, normal = sorted(messages, key=lambda m: m["author_handle"] != "@eve@evil.test")
    assert odd["text"] == "@business broken \ufffd text \x07\x08\x9b31m"
    assert odd["author_name"] == HOSTILE_NAME and _arrived_now(odd["created_at"])
    assert datetime.fromisoformat(odd["claimed_time"]) == datetime.fromisoformat(claimed)
    assert normal["claimed_time"] is None
    assert normal["text"] == "@business a table for two?"

    # The position moved on: nothing comes twice, the next customer arrives.
    _sync(cli, 0)
    mastodon.post("ann@remote.test", "<p>@business and a high chair</p>", mentions=["business"])
    _sync(cli, 1)
    assert len(_reads_safely(cli)) == 3


ALICE = "alice.bsky.test"


@pytest.fixture
def bluesky() -> Iterator[BlueskyServer]:
    with BlueskyServer() as server:
        server.add_user(ALICE, "Alice Martin")
        yield server


def test_bluesky_a_hostile_post_stops_nothing(tmp_path, bluesky):
    cli = CliRunner(tmp_path)
    cli.connect(
        "accounts", "add", "bluesky", "--name", "Shop", "--handle", bluesky.business_handle,
        "--base-url", bluesky.entryway_url, "--secret-stdin", secret=bluesky.business_password,
    )  # fmt: skip
    eve = "did:plc:eveeveeveeveeveeveeveeve"
    uri = f"at://{eve}/app.bsky.feed.post/3kevil2222222"
    bluesky.inject_notification(
        {
            "uri": uri,
            "cid": "bafyreievil",
            "author": {"did": eve, "handle": "eve.bsky.test", "displayName": HOSTILE_NAME},
            "reason": "mention",
            "record": {
                "$type": "app.bsky.feed.post",
                "text": "@shop.bsky.test broken \ud800 text",
                "createdAt": "9999-12-31T23:59:59-05:00",
            },
            "isRead": False,
            "indexedAt": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
        }
    )
    bluesky.post(ALICE, "A table for two, @shop.bsky.test?", mentions=[bluesky.business_handle])
    _sync(cli, 2)
    messages = _reads_safely(cli)
    [odd] = [m for m in messages if m["remote_id"] == uri]
    assert odd["text"] == "@shop.bsky.test broken \ufffd text" and _arrived_now(odd["created_at"])
    assert odd["claimed_time"] == "9999-12-31T23:59:59-05:00"
    assert any(m["text"] == "A table for two, @shop.bsky.test?" for m in messages)

    _sync(cli, 0)
    bluesky.post(ALICE, "And a high chair, @shop.bsky.test", mentions=[bluesky.business_handle])
    _sync(cli, 1)
    assert len(_reads_safely(cli)) == 3


SHOP = "frontdesk@example.test"


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as server:
        yield server


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_email_hostile_mail_stops_nothing(tmp_path, dovecot, smtp):
    cli = CliRunner(tmp_path)
    cli.connect(
        "accounts", "add", "email", "--name", "Front desk",
        "--set", f"address={SHOP}",
        "--set", "imap_host=127.0.0.1", "--set", f"imap_port={dovecot.port}",
        "--set", "smtp_host=127.0.0.1", "--set", f"smtp_port={smtp.port}",
        "--set", f"username={SHOP}", "--set", "security=none",
        "--secret-stdin", secret=dovecot.password,
    )  # fmt: skip
    long_word = "x" * 200_000
    hostile = [
        b"From: =?utf-8?b?RXZlG1sySg==?= <eve@example.org>\r\n"  # "Eve\x1b[2J"
        b"Subject: \xed\xa0\x80 \xff odd bytes\r\n"  # a surrogate's UTF-8 bytes, a stray byte
        b"Date: Thu, 1 Jan 1970 00:00:00 +0000\r\n"  # a broken client's zero
        b"Message-ID: <odd-date@example.org>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"bell \x07 and \xed\xa0\x80 inside\r\n",
        b"From: Zed <zed@example.org>\r\n"
        b"Subject: far future\r\n"
        b"Date: Fri, 31 Dec 9999 23:59:59 -0500\r\n"
        b"Message-ID: <far@example.org>\r\n\r\n" + long_word.encode() + b"\r\n",
        b"From: Ann <ann@example.org>\r\n"
        b"Subject: a table\r\n"
        b"Date: Wed, 25 Nov 2026 08:00:00 +0000\r\n"
        b"Message-ID: <normal@example.org>\r\n\r\n"
        b"A table for two?\r\n",
    ]
    dovecot.deliver(SHOP, *hostile)
    _sync(cli, 3)
    messages = {m["remote_id"]: m for m in _reads_safely(cli)}
    assert set(messages) == {"odd-date@example.org", "far@example.org", "normal@example.org"}
    odd = messages["odd-date@example.org"]
    assert "\ud800" not in json.dumps(odd, ensure_ascii=False).encode("utf-8", "replace").decode()
    assert odd["text"].startswith("bell \x07 and") and _arrived_now(odd["created_at"])
    far = messages["far@example.org"]
    assert far["text"] == long_word and _arrived_now(far["created_at"])
    assert far["claimed_time"] == "9999-12-31T23:59:59-05:00"
    assert messages["normal@example.org"]["created_at"] == "2026-11-25T08:00:00+00:00"

    _sync(cli, 0)
    dovecot.deliver(
        SHOP, b"From: Ann <ann@example.org>\r\nMessage-ID: <later@example.org>\r\n\r\nLater\r\n"
    )
    _sync(cli, 1)
