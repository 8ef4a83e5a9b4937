"""Graph API answers as Meta documents them, and as a hostile one may send them: the pure
parsing of the Facebook and Instagram connectors (no network)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.meta_parse import (
    Cursor,
    GraphError,
    GraphList,
    MalformedGraphItem,
    Side,
    Usage,
    customer_of_thread,
    is_throttled,
    parse_comment,
    parse_direct,
    pause_for,
    subject_of,
    tie_replies,
    usage_of,
)

PAGE = "104882365517203"
IG = "17841400000000001"
FB_SIDE = Side("facebook", "Facebook", frozenset({PAGE}))
IG_SIDE = Side("instagram", "Instagram", frozenset({PAGE, IG}))


def messenger(mid: str, at: str, who: str, text: str | None = "hello", to: str = PAGE) -> dict:
    item = {
        "id": mid,
        "created_time": at,
        "from": {"id": who, "name": "Margit Hale", "email": f"{who}@facebook.com"},
        "to": {"data": [{"id": to, "name": "The Linden House"}]},
    }
    if text is not None:
        item["message"] = text
    return item


def test_a_customers_private_message_is_a_direct_message_in_their_conversation():
    parsed = parse_direct(messenger("m_1", "2026-11-25T09:00:00+0000", "2417"), FB_SIDE)
    assert (parsed.kind, parsed.inbound, parsed.text) == ("direct", True, "hello")
    assert parsed.created_at == datetime(2026, 11, 25, 9, tzinfo=UTC)
    assert parsed.author.key == "2417" and parsed.author.display_name == "Margit Hale"
    assert customer_of_thread(parsed.thread_remote_id) == "2417"


def test_the_pages_own_message_is_a_reply_in_the_customers_conversation():
    own = parse_direct(
        messenger("m_2", "2026-11-25T09:05:00+0000", PAGE, "Yes!", to="2417"), FB_SIDE
    )
    assert (own.kind, own.inbound) == ("reply", False)
    assert customer_of_thread(own.thread_remote_id) == "2417"


def test_the_pages_reply_answers_the_customers_latest_message_before_it_even_if_stored():
    at = datetime(2026, 11, 25, 9, tzinfo=UTC)
    items = [
        parse_direct(messenger("m_3", "2026-11-25T09:10:00+0000", PAGE, to="2417"), FB_SIDE),
        parse_direct(messenger("m_2", "2026-11-25T09:02:00+0000", "2417"), FB_SIDE),
        parse_direct(messenger("m_1", "2026-11-25T09:00:00+0000", "2417"), FB_SIDE),
    ]
    kept = tie_replies(items, since=at + timedelta(minutes=5))
    assert [(m.remote_id, m.in_reply_to_remote_id) for m in kept] == [("m_3", "m_2")]


def test_a_message_without_text_says_what_it_was():
    photo = parse_direct(messenger("m_4", "2026-11-25T09:00:00+0000", "2417", None), IG_SIDE)
    assert "without text" in photo.text and "Instagram" in photo.text


def test_instagram_comments_and_replies_carry_the_user_name():
    comment = parse_comment(
        {
            "id": "17900000000000001",
            "text": "Is the terrace open in winter?",
            "timestamp": "2026-11-25T08:00:00+0000",
            "username": "lucia.ferrante",
            "from": {"id": "6001", "username": "lucia.ferrante"},
        },
        IG_SIDE,
        "18000000000000001",
        subject_of("Our winter terrace ❄️\nBook now"),
    )
    assert (comment.kind, comment.author.handle) == ("comment", "@lucia.ferrante")
    assert comment.author.profile_url == "https://www.instagram.com/lucia.ferrante/"
    assert comment.subject == "Our winter terrace ❄️" and comment.thread_remote_id.startswith("18")
    ours = parse_comment(
        {
            "id": "17900000000000002",
            "text": "It is!",
            "timestamp": "2026-11-25T08:30:00+0000",
            "from": {"id": IG, "username": "thelindenhouse"},
            "parent_id": "17900000000000001",
        },
        IG_SIDE,
        "18000000000000001",
        None,
    )
    assert (ours.kind, ours.inbound, ours.in_reply_to_remote_id) == (
        "reply",
        False,
        "17900000000000001",
    )


def test_facebook_comment_replies_name_their_parent():
    reply = parse_comment(
        {
            "id": "111_222",
            "message": "Thanks!",
            "created_time": "2026-11-25T08:00:00+0000",
            "from": {"id": "2417", "name": "Margit Hale"},
            "parent": {"id": "111_200"},
            "permalink_url": "https://www.facebook.com/111/posts/1?comment_id=222",
        },
        FB_SIDE,
        "104882365517203_111",
        None,
    )
    assert (reply.kind, reply.in_reply_to_remote_id, reply.author.handle) == (
        "comment",
        "111_200",
        None,
    )
    assert reply.url == "https://www.facebook.com/111/posts/1?comment_id=222"


HOSTILE_TEXT = [
    "<script>alert(1)</script><b>bold</b>",
    "&lt;not an entity&gt; &amp;",
    "\u202eevil\u202c \u200b\u200d zero widths",
    "emoji 👩‍👩‍👧 and combining e\u0301",
    "\x00 nul and \ud800"[:8],
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_hostile_text_is_kept_as_plain_text(text):
    parsed = parse_direct(messenger("m_9", "2026-11-25T09:00:00+0000", "2417", text), FB_SIDE)
    assert parsed.text == text  # ingest repairs what cannot be stored; nothing is interpreted


@pytest.mark.parametrize(
    "item",
    [
        None,
        [],
        {"id": "m_1"},
        {"id": "m_1", "created_time": "yesterday", "from": {"id": "2417"}},
        {"id": "m_1", "created_time": "2026-11-25T09:00:00+0000", "from": {"name": "x"}},
        {"id": "m_1", "created_time": "2026-11-25T09:00:00+0000", "from": {"id": PAGE}},
        {"id": 7, "created_time": "2026-11-25T09:00:00+0000", "from": {"id": "2417"}},
        {"id": "m", "created_time": "2026-11-25T09:00:00+0000", "from": {"id": "1"}, "message": 3},
    ],
)
def test_a_message_meta_does_not_describe_is_set_aside(item):
    with pytest.raises(MalformedGraphItem):
        parse_direct(item, FB_SIDE)


@settings(deadline=None, max_examples=200)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
        max_leaves=20,
    )
)
def test_nothing_a_server_sends_makes_parsing_fail_otherwise(value):
    for parse in (
        lambda: parse_direct(value, FB_SIDE),
        lambda: parse_comment(value, IG_SIDE, "1", None),
        lambda: parse_comment(value, FB_SIDE, "1", None),
        lambda: GraphList.of(value),
    ):
        try:
            parse()
        except MalformedGraphItem:
            pass
    GraphError.of(value)


def test_cursor_paging_ends_where_meta_leaves_out_next():
    more = GraphList.of(
        {
            "data": [{"id": "1"}],
            "paging": {
                "cursors": {"before": "b", "after": "QVFI"},
                "next": "https://graph.facebook.com/v25.0/x?after=QVFI&access_token=SECRET",
            },
        }
    )
    assert more.after == "QVFI"
    last = GraphList.of(
        {"data": [{"id": "1"}], "paging": {"cursors": {"before": "b", "after": "QVFJ"}}}
    )
    assert last.after is None
    assert GraphList.of({"data": []}).after is None


def test_the_cursor_round_trips_and_survives_garbage():
    at = datetime(2026, 11, 25, 9, 0, 1, tzinfo=UTC)
    assert Cursor.load(Cursor(at, None).dump()) == Cursor(at, None)
    assert Cursor.load("not json") == Cursor() == Cursor.load('["a"]') == Cursor.load(None)


def test_usage_headers_are_read_as_the_highest_share_used():
    headers = {
        "X-App-Usage": '{"call_count": 12, "total_cputime": 3, "total_time": 40}',
        "X-Business-Use-Case-Usage": (
            '{"104882365517203": [{"type": "pages", "call_count": 81, "total_cputime": 10,'
            ' "total_time": 9, "estimated_time_to_regain_access": 0}]}'
        ),
    }
    assert usage_of(headers) == Usage(81, None)
    assert usage_of({}) is None
    assert usage_of({"X-App-Usage": "{not json"}) is None
    throttled = usage_of(
        {
            "X-Business-Use-Case-Usage": (
                '{"1": [{"type": "messenger", "call_count": 100, "total_cputime": 1,'
                ' "total_time": 1, "estimated_time_to_regain_access": 17}]}'
            )
        }
    )
    assert throttled == Usage(100, timedelta(minutes=17))


def test_the_sync_slows_down_before_meta_refuses():
    assert pause_for(None) is None
    assert pause_for(Usage(74)) is None
    at_75, at_90, at_100 = (pause_for(Usage(p)) for p in (75, 90, 100))
    assert at_75 is not None and at_90 is not None and at_100 is not None
    assert timedelta(0) < at_75 < at_90 < at_100 <= timedelta(hours=1)
    assert pause_for(Usage(20, timedelta(minutes=90))) == timedelta(minutes=90)


def test_throttling_and_token_errors_are_told_apart():
    body = {
        "error": {
            "message": "(#4) Application request limit reached",
            "type": "OAuthException",
            "code": 4,
            "fbtrace_id": "A",
        }
    }
    error = GraphError.of(body)
    assert error is not None and is_throttled(error)
    business = GraphError.of(
        {"error": {"code": 80006, "message": "There have been too many messenger api calls"}}
    )
    assert business is not None and is_throttled(business)
    token = GraphError.of(
        {"error": {"code": 190, "error_subcode": 460, "message": "Error validating access token"}}
    )
    assert token is not None and not is_throttled(token) and token.subcode == 460
    assert GraphError.of({"error": "invalid_request"}) is None
