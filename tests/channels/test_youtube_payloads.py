"""YouTube Data API answers read into messages: threads, replies, titles, the cursor, and
what a hostile or broken answer does (set aside, never fatal, never markup)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.youtube_parse import (
    TITLES_KEPT,
    Cursor,
    MalformedComment,
    Page,
    parse_thread,
    to_message,
    video_titles,
)

OWN = "UCbusiness000000000000000"


def comment(
    cid: str,
    text: str,
    *,
    author: str = "UCmaya",
    name: str = "@MayaOkafor",
    at: str = "2026-11-25T08:00:00Z",
    updated: str | None = None,
    parent: str | None = None,
    video: str = "vid1",
) -> dict[str, Any]:
    snippet: dict[str, Any] = {
        "authorDisplayName": name,
        "authorChannelUrl": f"http://www.youtube.com/{name}",
        "authorChannelId": {"value": author},
        "videoId": video,
        "textDisplay": text,
        "publishedAt": at,
        "updatedAt": updated or at,
    }
    if parent:
        snippet["parentId"] = parent
    return {"kind": "youtube#comment", "id": cid, "snippet": snippet}


def thread(top: dict[str, Any], *replies: dict[str, Any], total: int | None = None) -> dict:
    return {
        "kind": "youtube#commentThread",
        "id": top["id"],
        "snippet": {
            "videoId": top["snippet"]["videoId"],
            "topLevelComment": top,
            "totalReplyCount": len(replies) if total is None else total,
            "canReply": True,
        },
        "replies": {"comments": list(replies)},
    }


def test_a_thread_becomes_its_comment_and_replies_with_the_videos_title():
    item = thread(
        comment("Ug1", "Is the cornbread gluten-free?"),
        comment(
            "Ug1.r1", "Not yet!", author=OWN, name="@LindenHouse", parent="Ug1",
            at="2026-11-25T09:00:00Z",
        ),
    )  # fmt: skip
    parsed = parse_thread(item)
    titles = {"vid1": "Baking day at the Linden House"}
    top, reply = (to_message(c, OWN, titles) for c in (parsed.top, *parsed.replies))
    assert (top.kind, top.channel, top.subject, top.inbound) == (
        "comment",
        "youtube",
        "Baking day at the Linden House",
        True,
    )
    assert top.thread_remote_id == "Ug1" and top.in_reply_to_remote_id is None
    assert top.author.key == "UCmaya" and top.author.handle == "@mayaokafor"
    assert top.author.display_name == "@MayaOkafor"
    assert top.url == "https://www.youtube.com/watch?v=vid1&lc=Ug1"
    assert top.created_at == datetime(2026, 11, 25, 8, tzinfo=UTC)
    # The channel's own reply made on YouTube is outbound: it answers the comment.
    assert not reply.inbound and reply.in_reply_to_remote_id == "Ug1"
    assert reply.thread_remote_id == "Ug1"


def test_an_edited_comment_carries_its_edit_time_and_a_thread_counts_missing_replies():
    item = thread(comment("Ug2", "edited words", updated="2026-11-25T10:00:00Z"), total=7)
    parsed = parse_thread(item)
    assert parsed.missing_replies
    message = to_message(parsed.top, OWN, {})
    assert message.edited_at == datetime(2026, 11, 25, 10, tzinfo=UTC)
    assert message.subject is None  # a title not known is no subject, not a wrong one
    assert parsed.top.activity == datetime(2026, 11, 25, 10, tzinfo=UTC)


def test_markup_and_odd_unicode_stay_plain_text():
    hostile = "<script>alert(1)</script> <b>bold</b> \u202eevil\u202c \U0001f35e\u200d"
    parsed = parse_thread(thread(comment("Ug3", hostile, name="<img src=x onerror=1>")))
    message = to_message(parsed.top, OWN, {"vid1": "<i>title</i>"})
    assert message.text == hostile
    assert message.subject == "<i>title</i>"
    # A display name that is no handle is kept as a name only.
    assert message.author.handle is None
    assert message.author.display_name == "<img src=x onerror=1>"


@pytest.mark.parametrize(
    "broken",
    [
        None,
        [],
        {"snippet": None},
        {"snippet": {"topLevelComment": {"id": "x"}}},
        {"snippet": {"topLevelComment": {"id": "x", "snippet": {"textDisplay": "hi"}}}},
        thread(comment("Ug4", "hi", at="yesterday")),
        thread(comment("Ug5", "hi"), {"id": 5}),
        {**thread(comment("Ug6", "hi")), "replies": {"comments": "none"}},
    ],
)
def test_a_broken_thread_is_refused_with_a_reason(broken):
    with pytest.raises(MalformedComment):
        parse_thread(broken)


def test_a_page_that_is_not_a_list_answer_is_refused():
    for body in ("<html>", [], {"items": {}}):
        with pytest.raises(MalformedComment):
            Page.of(body)
    page = Page.of({"items": [], "nextPageToken": ""})
    assert page.next_token is None and page.items == ()


def test_video_titles_keep_readable_ones_only():
    body = {
        "items": [
            {"id": "a", "snippet": {"title": "  Baking\nday  "}},
            {"id": "b", "snippet": {"title": ""}},
            {"id": "c"},
            "junk",
        ]
    }
    assert video_titles(Page.of(body)) == {"a": "Baking day"}


def test_the_cursor_moves_to_the_latest_activity_and_keeps_recent_titles():
    parsed = parse_thread(
        thread(
            comment("Ug7", "a", at="2026-11-25T08:00:00Z"),
            comment("Ug7.r", "b", parent="Ug7", at="2026-11-25T08:30:00Z",
                    updated="2026-11-25T11:00:00Z"),
        )
    )  # fmt: skip
    titles = {f"v{i}": f"title {i}" for i in range(TITLES_KEPT + 5)}
    after = Cursor().after([parsed.top, *parsed.replies], titles)
    again = Cursor.load(after.dump())
    again = Cursor.load(again.after([], {}, {"Ug7": 9}).dump())
    assert again.since == datetime(2026, 11, 25, 11, tzinfo=UTC)
    assert again.reply_counts == {"Ug7": 9}
    assert len(again.titles) == TITLES_KEPT and "v0" not in again.titles
    # Nothing newer leaves it where it was.
    assert again.after([], {}).since == again.since
    assert Cursor.load("{not json").since is None
    assert Cursor.load(json.dumps({"since": "soon"})).since is None


@settings(deadline=None, max_examples=150)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=12,
    )
)
def test_no_answer_whatever_its_shape_raises_anything_but_malformed(body):
    try:
        page = Page.of(body)
    except MalformedComment:
        return
    for item in page.items:
        try:
            parsed = parse_thread(item)
        except MalformedComment:
            continue
        to_message(parsed.top, OWN, video_titles(page))


def test_comment_times_without_zone_are_read_as_utc():
    parsed = parse_thread(thread(comment("Ug8", "hi", at="2026-11-25T08:00:00")))
    assert parsed.top.published_at.utcoffset() == timedelta(0)
