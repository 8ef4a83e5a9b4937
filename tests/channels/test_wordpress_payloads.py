"""WordPress comments as the REST API hands them (shapes from the REST API Handbook's
comment schema, ``context=edit``) into messages, and the rules around them: the cursor,
the site address as people type it, the commenter's identity."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from socialinbox.channels.wordpress import WordPressConnectorFactory, _login_name
from socialinbox.channels.wordpress_api import endpoint, site_address
from socialinbox.channels.wordpress_network import WORDPRESS_NETWORK
from socialinbox.channels.wordpress_parse import (
    Cursor,
    MalformedComment,
    position_of,
    resolve_roots,
    titles_of,
    to_message,
)
from socialinbox.clock import SystemClock
from socialinbox.core.connector import AccountConfig, ConnectorContext
from socialinbox.core.names import InvalidIdentityKey

OWN_USER = 1


def comment(ident: int, **fields: Any) -> dict[str, Any]:
    """A comment as ``GET /wp/v2/comments?context=edit`` lists it."""
    base: dict[str, Any] = {
        "id": ident,
        "post": 7,
        "parent": 0,
        "author": 0,
        "author_name": "Anna Weber",
        "author_email": "Anna.Weber@Example.org",
        "author_url": "https://anna.example.org",
        "author_ip": "192.0.2.1",
        "date": "2026-05-01T12:00:05",
        "date_gmt": "2026-05-01T10:00:05",
        "content": {
            "rendered": "<p>Is the cornbread &amp; chili on today?</p>\n",
            "raw": "Is the cornbread & chili on today?",
        },
        "link": f"https://shop.example/2026/05/menu/#comment-{ident}",
        "status": "approved",
        "type": "comment",
        "author_avatar_urls": {"24": "https://secure.gravatar.com/avatar/x?s=24"},
        "meta": [],
    }
    base.update(fields)
    return base


def message(item: dict[str, Any], roots: dict[int, int] | None = None) -> Any:
    return to_message(
        item,
        own_user_id=OWN_USER,
        own_handle="shop",
        titles={7: "Our new menu"},
        roots=roots or {},
    )


def test_a_customers_comment_is_an_inbound_comment_with_the_posts_title() -> None:
    got = message(comment(12))
    assert got.kind == "comment" and got.inbound
    assert got.text == "Is the cornbread & chili on today?"
    assert got.subject == "Our new menu"
    assert got.created_at == datetime(2026, 5, 1, 10, 0, 5, tzinfo=UTC)  # date_gmt, not date
    assert got.url == "https://shop.example/2026/05/menu/#comment-12"
    assert (got.remote_id, got.thread_remote_id, got.in_reply_to_remote_id) == ("12", "12", None)
    assert got.author.key == "anna.weber@example.org"
    assert got.author.display_name == "Anna Weber"
    assert got.author.profile_url == "https://anna.example.org"


def test_a_comment_held_for_moderation_says_so() -> None:
    assert message(comment(12, status="hold")).subject == "Held for moderation · Our new menu"


def test_the_sites_own_comment_is_outbound_and_answers_its_parent() -> None:
    got = message(comment(13, author=OWN_USER, parent=12, author_name="Shop"), {13: 12})
    assert not got.inbound
    assert (got.in_reply_to_remote_id, got.thread_remote_id) == ("12", "12")


def test_hostile_html_is_plain_text() -> None:
    hostile = (
        '<script>alert(1)</script><p>Hi <a href="javascript:alert(2)">there</a>'
        '<img src="https://evil.example/x.png" alt="pic"></p>\u202e'
    )
    got = message(comment(14, content={"rendered": hostile}))
    assert "alert(1)" not in got.text and "<" not in got.text
    assert "Hi there" in got.text and "[pic]" in got.text


def test_a_commenter_without_an_address_is_known_by_name() -> None:
    got = message(comment(15, author_email="", author_name="  Guest  Hans "))
    assert got.author.key == "anonymous:guest hans"
    assert WORDPRESS_NETWORK.key(got.author.key) == "anonymous:guest hans"


@pytest.mark.parametrize(
    "broken",
    [
        {"date_gmt": None},
        {"date_gmt": "yesterday"},
        {"id": "twelve"},
        {"post": -1},
        {"content": None},
        {"author_email": "", "author_name": ""},
    ],
)
def test_a_comment_missing_what_every_comment_has_is_refused(broken: dict[str, Any]) -> None:
    with pytest.raises(MalformedComment):
        message(comment(16, **broken))


def test_two_comments_in_one_second_are_told_apart_by_id() -> None:
    first, second = comment(20), comment(21)  # the same date_gmt
    cursor = Cursor()
    cursor.advance(position_of(first))
    stored = Cursor.load(cursor.dump())
    assert not stored.is_new(position_of(first))
    assert stored.is_new(position_of(second))
    assert not stored.is_new(position_of(comment(19)))
    assert stored.is_new(position_of(comment(3, date_gmt="2026-05-01T10:00:06")))


@pytest.mark.parametrize("text", [None, "", "{", '{"date_gmt": "x", "id": 1}', '{"id": true}'])
def test_a_cursor_that_cannot_be_read_starts_again(text: str | None) -> None:
    assert Cursor.load(text).last is None


def test_a_reply_to_a_reply_belongs_to_the_first_comments_conversation() -> None:
    assert resolve_roots({30: 0, 31: 30, 32: 31, 33: 0}) == {30: 30, 31: 30, 32: 30, 33: 33}
    assert resolve_roots({40: 41, 41: 40}) in ({40: 41, 41: 40}, {40: 40, 41: 41})  # no loop


def test_titles_come_as_text() -> None:
    posts = [{"id": 7, "title": {"rendered": "Caf&eacute; &#8220;Menu&#8221;"}}, {"id": 8}]
    assert titles_of(posts) == {7: "Café “Menu”"}


@pytest.mark.parametrize(
    ("typed", "site"),
    [
        ("example.com", "https://example.com"),
        (" https://Example.com/ ", "https://example.com"),
        ("https://example.com/blog", "https://example.com/blog"),
        ("https://example.com/blog/wp-json/", "https://example.com/blog"),
        ("example.com/wp-json/wp/v2", "https://example.com"),
        ("http://127.0.0.1:8080/index.php?rest_route=/", "http://127.0.0.1:8080"),
    ],
)
def test_the_site_is_accepted_as_people_type_it(typed: str, site: str) -> None:
    assert site_address(typed).lower() == site.lower()


def test_routes_under_both_kinds_of_rest_root() -> None:
    assert endpoint("https://example.com/wp-json/", "wp/v2/comments", {"page": 2}) == (
        "https://example.com/wp-json/wp/v2/comments",
        {"page": 2},
    )
    assert endpoint("https://example.com/index.php?rest_route=/", "wp/v2/comments") == (
        "https://example.com/index.php",
        {"rest_route": "/wp/v2/comments"},
    )


@pytest.mark.parametrize(
    "typed", ["anna.weber@example.org", " Anna.Weber@Example.org ", "mailto:anna.weber@example.org"]
)
def test_a_commenter_is_linked_by_her_email_address(typed: str) -> None:
    linked = WORDPRESS_NETWORK.typed(typed)
    assert linked.key == "anna.weber@example.org" == message(comment(1)).author.key


def test_a_name_is_not_a_commenters_identity() -> None:
    with pytest.raises(InvalidIdentityKey, match="e-mail address"):
        WORDPRESS_NETWORK.typed("Anna Weber")


@pytest.mark.parametrize(
    ("typed", "login"), [(" shop ", "shop"), ("@shop", "shop"), ("a@b.c", "a@b.c")]
)
def test_the_user_name_as_people_type_it(typed: str, login: str) -> None:
    assert _login_name(typed) == login


def test_a_comment_that_cannot_be_read_is_set_aside_once_not_at_every_round() -> None:
    connector = WordPressConnectorFactory().create(
        ConnectorContext(
            AccountConfig(1, "u", "wordpress", "Blog", "https://shop.example", "shop"),
            "pw",
            None,  # a page of unreadable comments needs no request
            SystemClock(),
        )
    )
    page = [comment(50, post=None), comment(51, post="seven", date_gmt="2026-05-01T10:00:06")]
    state = Cursor()
    first = asyncio.run(connector._batch(page, state, OWN_USER))
    assert [m.remote_id for m in first.malformed] == ["50", "51"] and first.messages == ()
    again = asyncio.run(connector._batch(page, Cursor.load(first.cursor), OWN_USER))
    assert again.malformed == () and again.cursor == first.cursor
