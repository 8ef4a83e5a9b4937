"""Bluesky payloads without a network: facets, notifications, own replies, the fetch cursor."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from socialinbox.channels.bluesky_facets import build_facets, link_spans, mention_spans
from socialinbox.channels.bluesky_posts import (
    BlueskyCursor,
    Mark,
    advance,
    is_seen,
    parse_notification,
    parse_own_reply,
    place,
    readable_text,
)
from socialinbox.channels.bluesky_xrpc import pds_endpoint

ALICE = "did:plc:aliceaaaaaaaaaaaaaaaaaaa"
SHOP = "did:plc:shopssssssssssssssssssss"


def facets_of(text: str, dids: dict[str, str]) -> list[dict]:
    async def resolve(handle: str) -> str | None:
        return dids.get(handle)

    return asyncio.run(build_facets(text, resolve))


def covered(text: str, facet: dict) -> str:
    index = facet["index"]
    return text.encode("utf-8")[index["byteStart"] : index["byteEnd"]].decode("utf-8")


def test_mention_facets_count_utf8_bytes_through_emoji_and_accents():
    text = "Crème brûlée 🍮👩🏽‍🍳 pour @alice.bsky.social et @bob.test — merci!"
    facets = facets_of(text, {"alice.bsky.social": ALICE, "bob.test": "did:plc:bob"})
    assert [covered(text, f) for f in facets] == ["@alice.bsky.social", "@bob.test"]
    first = facets[0]["index"]
    # Before the mention: 24 characters but 41 bytes (è, û, é: 2 bytes each; 🍮: 4;
    # the cook with skin tone: 4 + 4 + 3 (joiner) + 4).
    assert text.index("@alice") == 24 and first["byteStart"] == 41
    assert first["byteEnd"] - first["byteStart"] == len("@alice.bsky.social")
    assert facets[0]["features"] == [{"$type": "app.bsky.richtext.facet#mention", "did": ALICE}]


def test_unresolvable_handles_e_mail_addresses_and_sentence_ends():
    text = "Write to shop@corner.example or @nobody.test. Thanks @Alice.Bsky.Social."
    facets = facets_of(text, {"alice.bsky.social": ALICE})
    assert [covered(text, f) for f in facets] == ["@Alice.Bsky.Social"]
    assert [s.value for s in mention_spans(text)] == ["nobody.test", "alice.bsky.social"]


def test_link_facets_leave_trailing_punctuation_out():
    text = "Menu: https://shop.example/menu?day=1. Map (https://maps.example/a_(b)), ok"
    assert [s.value for s in link_spans(text)] == [
        "https://shop.example/menu?day=1",
        "https://maps.example/a_(b)",
    ]
    facets = facets_of(text, {})
    assert [covered(text, f) for f in facets] == [s.value for s in link_spans(text)]


@given(st.text(max_size=80), st.sampled_from(["alice.bsky.social", "bob.test"]))
def test_every_facet_covers_exactly_its_mention(prefix, handle):
    text = f"{prefix} @{handle} ok"
    facets = facets_of(text, {handle: ALICE})
    mentions = [f for f in facets if f["features"][0]["$type"].endswith("#mention")]
    if mentions:  # a prefix ending in a word character makes it no mention
        assert covered(text, mentions[-1]).lower() == f"@{handle}"


def notification(reason="mention", **record_fields) -> dict:
    record = {
        "$type": "app.bsky.feed.post",
        "text": "hi @shop",
        "createdAt": "2026-11-25T08:00:00Z",
    }
    record.update(record_fields)
    return {
        "uri": f"at://{ALICE}/app.bsky.feed.post/3kabc",
        "cid": "bafyreiabc",
        "author": {"did": ALICE, "handle": "alice.bsky.social", "displayName": "Alice"},
        "reason": reason,
        "record": record,
        "isRead": False,
        "indexedAt": "2026-11-25T08:00:01.123Z",
    }


def test_a_mention_reply_becomes_a_message_in_its_thread():
    root = {"uri": f"at://{SHOP}/app.bsky.feed.post/3root", "cid": "bafyroot"}
    parent = {"uri": f"at://{ALICE}/app.bsky.feed.post/3parent", "cid": "bafyparent"}
    message = parse_notification(notification("reply", reply={"root": root, "parent": parent}))
    assert message is not None
    assert message.remote_id == f"at://{ALICE}/app.bsky.feed.post/3kabc"
    assert message.thread_remote_id == root["uri"]
    assert message.in_reply_to_remote_id == parent["uri"]
    assert message.author.key == ALICE and message.author.handle == "@alice.bsky.social"
    assert message.url == "https://bsky.app/profile/alice.bsky.social/post/3kabc"
    assert message.created_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def test_likes_follows_and_reposts_are_no_messages():
    for reason in ("like", "follow", "repost", "starterpack-joined"):
        assert parse_notification(notification(reason)) is None


def test_a_shortened_link_shows_its_full_address():
    text = "Menu at example.com/menu/autu... and here"
    start = text.index("example")
    end = start + len("example.com/menu/autu...")
    record = {
        "text": text,
        "facets": [
            {
                "index": {"byteStart": start, "byteEnd": end},
                "features": [
                    {
                        "$type": "app.bsky.richtext.facet#link",
                        "uri": "https://example.com/menu/autumn",
                    }
                ],
            }
        ],
    }
    assert readable_text(record) == "Menu at https://example.com/menu/autumn and here"
    record["facets"][0]["index"] = {"byteStart": 3, "byteEnd": 999}
    assert readable_text(record) == text  # a range outside the text is ignored


def test_own_replies_are_outbound_and_other_posts_are_not():
    post = {
        "uri": f"at://{SHOP}/app.bsky.feed.post/3reply",
        "author": {"did": SHOP, "handle": "shop.bsky.test"},
        "record": {
            "text": "Thanks!",
            "createdAt": "2026-11-25T09:00:00Z",
            "reply": {
                "root": {"uri": "at://x/app.bsky.feed.post/1", "cid": "c"},
                "parent": {"uri": "at://x/app.bsky.feed.post/2", "cid": "c"},
            },
        },
        "indexedAt": "2026-11-25T09:00:00Z",
    }
    message = parse_own_reply(post, SHOP)
    assert message is not None and not message.inbound
    assert message.in_reply_to_remote_id == "at://x/app.bsky.feed.post/2"
    top_level = {**post, "record": {"text": "News", "createdAt": "2026-11-25T09:00:00Z"}}
    assert parse_own_reply(top_level, SHOP) is None
    assert parse_own_reply(post, ALICE) is None


def test_the_cursor_mark_keeps_every_uri_of_its_newest_time():
    t = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    items = place(
        [
            {"uri": "at://a/b/1", "indexedAt": t.isoformat()},
            {"uri": "at://a/b/2", "indexedAt": t.isoformat()},
            {"uri": "at://a/b/3"},  # no time: sorts with the item above it
            {"uri": "at://a/b/4", "indexedAt": (t - timedelta(seconds=1)).isoformat()},
        ],
        "indexedAt",
        None,
    )
    mark = advance(None, items)
    assert mark == Mark(t, frozenset({"at://a/b/1", "at://a/b/2", "at://a/b/3"}))
    assert [is_seen(i, mark) for i in items] == [True, True, True, False]
    cursor = BlueskyCursor(mark, None)
    assert BlueskyCursor.loads(cursor.dumps()) == cursor
    assert BlueskyCursor.loads("not json") == BlueskyCursor()


def test_the_pds_comes_from_the_did_document_and_must_be_https_or_loopback():
    def doc(endpoint: str) -> dict:
        return {
            "id": SHOP,
            "service": [
                {
                    "id": "#atproto_pds",
                    "type": "AtprotoPersonalDataServer",
                    "serviceEndpoint": endpoint,
                }
            ],
        }

    assert pds_endpoint(doc("https://pds.example/"), SHOP) == "https://pds.example"
    assert pds_endpoint(doc("http://127.0.0.1:8123"), SHOP) == "http://127.0.0.1:8123"
    assert pds_endpoint(doc("http://pds.example"), SHOP) is None
    assert pds_endpoint(doc("https://pds.example"), ALICE) is None  # someone else's document
    assert pds_endpoint({"service": "nonsense"}, SHOP) is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "uri": json_values | st.just(f"at://{ALICE}/app.bsky.feed.post/3k"),
            "author": json_values | st.just({"did": ALICE, "handle": "alice.test"}),
            "reason": st.sampled_from(["mention", "reply", "quote", "like"]) | json_values,
            "record": json_values
            | st.fixed_dictionaries(
                {"text": json_values | st.text(max_size=30)},
                optional={
                    "createdAt": json_values | st.just("2026-11-25T08:00:00Z"),
                    "reply": json_values,
                    "facets": json_values,
                },
            ),
            "indexedAt": json_values | st.just("2026-11-25T08:00:00Z"),
        },
    )
)
def test_any_notification_shape_is_a_message_none_or_a_value_error(raw):
    try:
        message = parse_notification(raw)
    except ValueError:
        return
    if message is not None:
        assert message.author.key == ALICE and message.created_at.tzinfo is not None


@given(json_values)
def test_any_json_at_all_is_handled(raw):
    for parse in (parse_notification, lambda r: parse_own_reply(r, SHOP)):
        try:
            parse(raw)
        except ValueError:
            pass
    place([raw], "indexedAt", None)
