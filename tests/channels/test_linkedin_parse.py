"""LinkedIn answers read as messages, without a network: URNs, the little text format,
threads and who answered whom, elements that are not what LinkedIn documents."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.linkedin_network import LINKEDIN_NETWORK
from socialinbox.channels.linkedin_parse import (
    Collection,
    Comment,
    Cursor,
    administered,
    comment_post,
    created_comment,
    organization_urn,
    parse_comments,
    parse_notifications,
    plain_commentary,
    thread_messages,
)
from socialinbox.core.names import InvalidIdentityKey

PAGE = "urn:li:organization:2414183"
POST = "urn:li:activity:7000000000000000001"
T0 = 1_764_000_000_000


def element(number: int, actor: str, text: str, *, parent: str | None = None) -> dict:
    urn = f"urn:li:comment:({POST},{number})"
    body = {
        "$URN": urn,
        "id": str(number),
        "actor": actor,
        "object": POST,
        "message": {"text": text, "attributes": []},
        "created": {"time": T0 + number * 1000},
        "lastModified": {"time": T0 + number * 1000},
    }
    if parent:
        body["parentComment"] = parent
    return body


def urn(number: int) -> str:
    return f"urn:li:comment:({POST},{number})"


def test_a_comment_urn_names_its_post():
    assert comment_post(urn(5)) == POST
    assert comment_post("urn:li:comment:(urn:li:ugcPost:9,12)") == "urn:li:ugcPost:9"
    assert comment_post(POST) is None


@pytest.mark.parametrize(
    "typed",
    [
        "2414183",
        " urn:li:organization:2414183 ",
        "https://www.linkedin.com/company/2414183/admin/",
        "linkedin.com/company/2414183",
    ],
)
def test_a_page_is_typed_as_its_number_urn_or_address(typed):
    assert organization_urn(typed) == PAGE


@pytest.mark.parametrize("typed", ["the-business", "linkedin.com/company/the-business", "١٢٣"])
def test_a_page_without_its_number_is_not_guessed(typed):
    assert organization_urn(typed) is None


def test_only_approved_acls_count_and_each_page_once():
    acls = [
        {"organization": PAGE, "role": "ADMINISTRATOR", "state": "APPROVED"},
        {"organization": PAGE, "role": "ADMINISTRATOR", "state": "APPROVED"},
        {"organization": "urn:li:organization:7", "state": "REQUESTED"},
        {"organization": "not a urn"},
        "junk",
    ]
    assert administered(acls) == [PAGE]


def test_a_full_page_is_followed_by_another_unless_the_total_says_not():
    full = Collection.of({"elements": [1, 2], "paging": {"start": 0, "count": 2}})
    assert full.more_after(2)
    last = Collection.of({"elements": [1, 2], "paging": {"start": 2, "count": 2, "total": 4}})
    assert not last.more_after(2)
    assert not Collection.of({"elements": [1]}).more_after(2)


def test_customer_comments_are_inbound_and_the_pages_reply_answers_the_newest_before_it():
    comments, bad = parse_comments(
        [
            element(1, "urn:li:person:maya", "is the terrace open?"),
            element(2, "urn:li:person:maya", "and for dogs?", parent=urn(1)),
            element(3, PAGE, "yes to both!", parent=urn(1)),
            element(4, PAGE, "news from the kitchen"),  # the page under its own post
        ],
        POST,
    )
    assert bad == []
    messages = {m.remote_id: m for m in thread_messages(comments, PAGE, "The Business")}
    assert set(messages) == {urn(1), urn(2), urn(3)}
    assert messages[urn(1)].inbound and messages[urn(1)].kind == "comment"
    assert messages[urn(2)].in_reply_to_remote_id == urn(1)
    ours = messages[urn(3)]
    assert (ours.inbound, ours.kind, ours.in_reply_to_remote_id) == (False, "reply", urn(2))
    assert {m.thread_remote_id for m in messages.values()} == {urn(1)}
    assert ours.author.display_name == "The Business"
    assert messages[urn(1)].author.key == "urn:li:person:maya"


def test_on_a_post_that_mentions_the_page_only_its_conversations_with_the_page_count():
    mention = "urn:li:share:7000000000000000009"
    comments, _ = parse_comments(
        [
            element(1, "urn:li:person:tom", "congrats!"),  # among others
            element(2, PAGE, "thank you for the mention!"),
            element(3, "urn:li:person:maya", "you're welcome", parent=urn(2)),
        ],
        POST,
    )
    messages = thread_messages(comments, PAGE, None, mention=mention)
    assert [m.remote_id for m in messages] == [urn(2), urn(3)]
    assert messages[0].in_reply_to_remote_id == mention
    assert {m.thread_remote_id for m in messages} == {mention}


def test_elements_that_are_not_what_linkedin_documents_are_set_aside_not_raised():
    hostile = [
        None,
        {"$URN": urn(1)},
        {**element(2, "urn:li:person:a", "x"), "created": {"time": "yesterday"}},
        {**element(3, "urn:li:person:a", "x"), "created": {"time": 10**20}},
        {**element(4, "urn:li:person:a", "x"), "message": {"text": ["a"]}},
        {**element(5, "urn:li:person:a", "x"), "parentComment": "<script>"},
        element(6, "urn:li:person:a", "fine"),
    ]
    comments, bad = parse_comments(hostile, POST)
    assert [c.urn for c in comments] == [urn(6)]
    assert len(bad) == 6 and all(b.error for b in bad)
    notes, bad_notes = parse_notifications([{"action": "COMMENT"}, [], {"lastModifiedAt": 1}])
    assert notes == [] and len(bad_notes) == 3


def test_a_mention_described_by_its_notification_needs_no_further_reading():
    [note], _ = parse_notifications(
        [
            {
                "action": "SHARE_MENTION",
                "generatedActivity": "urn:li:share:9",
                "lastModifiedAt": T0,
                "decoratedGeneratedActivity": {
                    "share": {
                        "entity": "urn:li:share:9",
                        "owner": "urn:li:person:maya",
                        "text": r"Dinner at @[The Business](urn:li:organization:1) \(again\)",
                    }
                },
            }
        ]
    )
    message = note.mention()
    assert message is not None and message.kind == "mention"
    assert message.text == "Dinner at The Business (again)"
    assert message.created_at == datetime.fromtimestamp(T0 / 1000, tz=UTC)


def test_the_little_text_format_reads_as_written():
    assert plain_commentary(r"a \* b \_ c \\ @[Ada \(CEO\)](urn:li:person:1)") == (
        r"a * b _ c \ Ada (CEO)"
    )


def test_a_cursor_survives_any_text_it_is_given():
    kept = Cursor(5, 1, {POST: (9, False)})
    assert Cursor.load(kept.dump()) == kept
    for junk in (None, "", "[]", "{", '{"since": "x", "watch": {"a": [1, 2]}}'):
        assert Cursor.load(junk).since is None


@settings(deadline=None, max_examples=200)
@given(st.text())
def test_member_identities_are_typed_only_as_urns(text):
    try:
        typed = LINKEDIN_NETWORK.typed(text)
    except InvalidIdentityKey:
        return
    assert typed.key is not None and typed.key.startswith("urn:li:person:")


def test_a_members_urn_links_them_by_hand():
    assert LINKEDIN_NETWORK.typed(" urn:li:person:AbC-12_x ").key == "urn:li:person:AbC-12_x"
    with pytest.raises(InvalidIdentityKey, match="not their name or profile address"):
        LINKEDIN_NETWORK.typed("https://www.linkedin.com/in/maya")


def test_comments_sort_in_time_whatever_order_linkedin_sends():
    shuffled = [element(n, "urn:li:person:a", str(n)) for n in (3, 1, 2)]
    comments, _ = parse_comments(shuffled, POST)
    assert [m.text for m in thread_messages(comments, PAGE, None)] == ["1", "2", "3"]
    assert all(isinstance(c, Comment) for c in comments)


def test_the_created_comment_is_named_by_its_body_else_by_the_header():
    assert created_comment({"$URN": urn(7)}, "7", POST) == urn(7)
    assert created_comment(None, "8", POST) == urn(8)
    assert created_comment({"id": "9"}, None, POST) == urn(9)
    assert created_comment({"message": "ok"}, urn(3), POST) == urn(3)
    assert created_comment("<html>", "", POST) is None
    assert created_comment({}, "٣", POST) is None


def test_notifications_of_the_last_millisecond_are_handled_once():
    notes, _ = parse_notifications(
        [
            {"action": "COMMENT", "lastModifiedAt": T0, "notificationId": 1},
            {"action": "COMMENT", "lastModifiedAt": T0 - 5, "notificationId": 2},
        ]
    )
    after = Cursor().after(notes, 0, {})
    assert (after.since, after.handled) == (T0, ("1",))
    assert after.handled_already(notes[0]) and not after.handled_already(notes[1])
    same_ms, _ = parse_notifications(
        [{"action": "COMMENT", "lastModifiedAt": T0, "notificationId": "3"}]
    )
    assert not after.handled_already(same_ms[0])
    assert after.after(same_ms, 0, {}).handled == ("1", "3")
    assert Cursor.load(after.dump()) == after


@settings(deadline=None, max_examples=200)
@given(
    st.lists(
        st.tuples(st.sampled_from(["page", "maya", "tom"]), st.integers(min_value=0, max_value=5)),
        max_size=25,
    ),
    st.booleans(),
)
def test_every_reply_of_the_page_answers_someone_else_in_its_own_thread(steps, on_mention):
    """Whatever the order of comments, each becomes at most one message, and a reply of the
    page answers a comment of someone else in the same thread (or the mention itself)."""
    mention = "urn:li:share:7000000000000000009" if on_mention else None
    elements: list[dict] = []
    for number, (who, parent_index) in enumerate(steps, start=1):
        actor = PAGE if who == "page" else f"urn:li:person:{who}"
        tops = [e for e in elements if "parentComment" not in e]
        parent = tops[parent_index]["$URN"] if parent_index < len(tops) else None
        elements.append(element(number, actor, f"{who} {number}", parent=parent))
    comments, bad = parse_comments(elements, POST)
    assert bad == []
    messages = thread_messages(comments, PAGE, None, mention=mention)
    by_id = {m.remote_id: m for m in messages}
    assert len(by_id) == len(messages)
    for reply in (m for m in messages if not m.inbound):
        answered = reply.in_reply_to_remote_id
        if answered == mention:
            continue
        assert answered in by_id and by_id[answered].inbound
        assert by_id[answered].thread_remote_id == reply.thread_remote_id
        assert by_id[answered].created_at <= reply.created_at
