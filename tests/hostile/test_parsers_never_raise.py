"""Issue 11, item 2: every connector's parser, fed arbitrary JSON values and hostile strings
(lone surrogates, NUL, escape sequences, impossible times), returns messages or set-aside
items and never raises; and whatever it returns is stored by the ingest and reads back.

Property-based (hypothesis): a modest number of examples each, so that CI stays fast.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from socialinbox.app import AppContext
from socialinbox.channels.bluesky_posts import (
    BlueskyCursor,
    parse_chunk,
    parse_notification,
    parse_own_reply,
    place,
)
from socialinbox.channels.demo import parse_items
from socialinbox.channels.email.connector import EmailConnector
from socialinbox.channels.email.imap import RawMail
from socialinbox.channels.mastodon_parse import Cursor, parse_round
from socialinbox.clock import FakeClock
from socialinbox.core.connector import (
    AccountConfig,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    MalformedItem,
)
from socialinbox.core.inbox import InboxFilter

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
EXAMPLES = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as strangers write it: any character, lone surrogates, NUL and control characters.
hostile_text = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(["\ud800", "\udfff", "\udc80", "\x00", "\x1b", "\x07", "\x9b", "\u202e"]),
    ),
    max_size=40,
)
time_strings = st.one_of(
    st.sampled_from(
        [
            "0001-01-01T00:00:00+05:00",
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999Z",
            "2026-13-45T99:99:99Z",
            "2026-11-25T09:00:00",
            "",
            "yesterday",
        ]
    ),
    st.datetimes(
        min_value=datetime(1, 1, 2),
        max_value=datetime(9999, 12, 30),
        timezones=st.sampled_from([UTC, None]),
    ).map(lambda moment: moment.isoformat()),
)
hostile_times = st.one_of(time_strings, hostile_text)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    hostile_text,
    hostile_times,
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)
    ),
    max_leaves=20,
)


def _shaped(fields: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """An object with the documented keys: either each key with a value of the documented
    type (hostile text and times in it), or any of the keys with a plausible or arbitrary
    value."""
    return st.one_of(
        st.fixed_dictionaries(fields),
        st.fixed_dictionaries(
            {}, optional={key: st.one_of(value, json_values) for key, value in fields.items()}
        ),
    )


mastodon_accounts = _shaped(
    {
        "id": st.from_regex(r"\A[0-9]{1,6}\Z"),
        "acct": st.sampled_from(["alice@remote.test", "bob", "@Carol@Remote.Test "]),
        "display_name": hostile_text,
        "url": st.just("https://remote.test/@alice"),
    }
)
mastodon_statuses = _shaped(
    {
        "id": st.from_regex(r"\A[0-9]{1,12}\Z"),
        "created_at": time_strings,
        "edited_at": st.one_of(st.none(), time_strings),
        "account": mastodon_accounts,
        "content": hostile_text.map(lambda text: f"<p>{text}</p>"),
        "spoiler_text": hostile_text,
        "visibility": st.sampled_from(["public", "direct", "unlisted"]),
        "in_reply_to_id": st.from_regex(r"\A[0-9]{1,12}\Z"),
        "in_reply_to_account_id": st.just("1"),
        "media_attachments": st.lists(json_values, max_size=2),
        "url": st.just("https://social.test/@alice/1"),
    }
)
mastodon_notifications = _shaped(
    {
        "id": st.from_regex(r"\A[0-9]{1,6}\Z"),
        "type": st.sampled_from(["mention", "mention", "mention", "favourite"]),
        "created_at": hostile_times,
        "account": mastodon_accounts,
        "status": mastodon_statuses,
    }
)
bluesky_profiles = _shaped(
    {
        "did": st.sampled_from(["did:plc:alice", "did:web:eve.test"]),
        "handle": st.sampled_from(["alice.bsky.social", "handle.invalid"]),
        "displayName": hostile_text,
    }
)
bluesky_records = _shaped(
    {"text": hostile_text, "createdAt": time_strings, "facets": json_values, "reply": st.none()}
)
bluesky_notifications = _shaped(
    {
        "uri": st.just("at://did:plc:alice/app.bsky.feed.post/3k"),
        "reason": st.sampled_from(["mention", "reply", "quote", "like"]),
        "author": bluesky_profiles,
        "record": bluesky_records,
        "indexedAt": time_strings,
    }
)
bluesky_posts = st.fixed_dictionaries(
    {
        "post": _shaped(
            {
                "uri": st.just("at://did:plc:shop/app.bsky.feed.post/3r"),
                "author": st.just({"did": "did:plc:shop", "handle": "shop.test"}),
                "record": bluesky_records,
                "indexedAt": hostile_times,
            }
        )
    }
)
demo_items = _shaped(
    {
        "id": hostile_text,
        "channel": st.sampled_from(["mastodon", "bluesky", "email", "x"]),
        "kind": st.sampled_from(["mention", "direct", "email", "review"]),
        "author": _shaped({"key": hostile_text, "handle": hostile_text, "name": hostile_text}),
        "minutes_ago": st.integers(min_value=-(2**40), max_value=2**40),
        "text": hostile_text,
        "subject": hostile_text,
        "rating": st.integers(),
        "edit_of": hostile_text,
        "edited_minutes_ago": st.integers(min_value=-(2**40), max_value=2**40),
    }
)
mail_headers = st.lists(
    st.sampled_from(
        [
            b"From: Alice <alice@example.test>",
            b"From: =?utf-8?b?7aCA?= <eve@example.test>",  # a surrogate's UTF-8 bytes
            b"From: \xff\xfe <bytes@example.test>",
            b"Subject: \xed\xa0\x80 \x1b[2J",
            b"Date: Mon, 1 Jan 0001 00:00:00 +0500",
            b"Date: Fri, 31 Dec 9999 23:59:59 -0500",
            b"Date: not a date",
            b"Message-ID: <a@example.test>",
            b"Content-Type: text/plain; charset=utf-8",
            b"Content-Type: text/plain; charset=x-unknown",
            b"Content-Transfer-Encoding: base64",
        ]
    ),
    max_size=6,
)
mail_bodies = st.one_of(
    st.binary(max_size=200), hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)


def _stores_and_reads(context: AppContext, messages: list[FetchedMessage], bad: list) -> None:
    """What a parser returned goes through the ingest and every message reads back."""
    assert all(isinstance(m, FetchedMessage) for m in messages)
    assert all(isinstance(b, MalformedItem) for b in bad)
    event("a message" if messages else "no message")
    event("set aside" if bad else "nothing set aside")
    account = context.accounts.list_accounts()[0].id
    context.ingest.store_batch(account, FetchBatch(tuple(messages), "c", tuple(bad)))
    context.inbox.details(InboxFilter(), 1000)
    for contact in context.contacts.list_contacts():
        json.dumps(context.contacts.export(contact.id), default=str)


@pytest.fixture
def stored(context: AppContext) -> AppContext:
    context.writer.call(context.accounts.create, "demo", "Shop")
    return context


@EXAMPLES
@given(
    mentions=st.lists(
        st.one_of(mastodon_notifications, mastodon_notifications, json_values), max_size=4
    ),
    own=st.lists(st.one_of(mastodon_statuses, json_values), max_size=3),
)
def test_mastodon_parser(stored, mentions, own):
    parsed_mentions, parsed_own = parse_round(
        Cursor(), [mentions], [own], own_id="1", local_domain="social.test"
    )
    messages = [m for page in parsed_mentions + parsed_own for m in page[0]]
    bad = [b for page in parsed_mentions + parsed_own for b in page[1]]
    _stores_and_reads(stored, messages, bad)


@EXAMPLES
@given(
    notifications=st.lists(st.one_of(bluesky_notifications, json_values), max_size=4),
    posts=st.lists(st.one_of(bluesky_posts, json_values), max_size=3),
    cursor=st.one_of(hostile_text, json_values.map(json.dumps)),
)
def test_bluesky_parser(stored, notifications, posts, cursor):
    BlueskyCursor.loads(cursor)
    latest = NOW + timedelta(days=1)
    messages, bad = parse_chunk(
        place(notifications, "indexedAt", None, latest), parse_notification, own_did="did:plc:shop"
    )
    own, own_bad = parse_chunk(
        place(posts, "indexedAt", None, latest),
        lambda raw: parse_own_reply(
            raw.get("post") if isinstance(raw, dict) else raw, "did:plc:shop"
        ),
        own_did=None,
    )
    _stores_and_reads(stored, messages + own, bad + own_bad)


@EXAMPLES
@given(items=st.lists(st.one_of(demo_items, json_values), max_size=5))
def test_demo_parser(stored, items):
    messages, bad = parse_items(items, NOW, NOW, NOW)
    _stores_and_reads(stored, messages, bad)


@EXAMPLES
@given(
    mails=st.lists(
        st.tuples(mail_headers, mail_bodies, st.sampled_from([None, NOW])), min_size=1, max_size=3
    )
)
def test_email_parser(stored, mails):
    settings_ = {
        "address": "shop@example.test",
        "username": "shop",
        "imap_host": "127.0.0.1",
        "smtp_host": "127.0.0.1",
        "imap_port": "143",
        "smtp_port": "25",
        "security": "none",
    }
    account = AccountConfig(1, "uuid", "email", "Shop", settings=settings_)
    connector = EmailConnector(ConnectorContext(account, "pw", None, FakeClock(NOW)))
    raw = [
        RawMail(uid, when, b"\r\n".join([*headers, b"", body]))
        for uid, (headers, body, when) in enumerate(mails, start=1)
    ]
    messages, bad = connector._convert(raw, 7, inbound=True)
    _stores_and_reads(stored, messages, bad)
    asyncio.run(asyncio.sleep(0))
