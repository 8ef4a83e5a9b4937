"""The WordPress connector against a real WordPress (Debian's, on MariaDB and PHP, started by
the tests: tests/servers/wordpress_server.py): comments arriving page by page and once
each, held comments, threads, replies posted exactly once, a revoked password."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels import wordpress
from socialinbox.channels.wordpress import WordPressConnector, WordPressConnectorFactory
from socialinbox.clock import FakeClock, SystemClock
from socialinbox.core.connector import (
    AccountConfig,
    AuthenticationError,
    ConnectorContext,
    FetchedMessage,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    TransientError,
)
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from socialinbox.sync.engine import SIGN_IN_REFUSED
from tests.conftest import sync_once
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.wordpress_server import Post, WordPressServer

T = TypeVar("T")
COMMENTS_ROUTE = "/wp-json/wp/v2/comments"


@pytest.fixture
def site(wordpress: WordPressServer) -> Iterator[tuple[WordPressServer, str]]:
    """The reset WordPress and an application password of its administrator ("owner")."""
    yield wordpress, wordpress.create_application_password(wordpress.admin).password


def act(
    site: tuple[WordPressServer, str],
    action: Callable[[WordPressConnector], Awaitable[T]],
    *,
    base_url: str | None = None,
    password: str | None = None,
) -> T:
    """``action`` on a new connector with a new HTTP client (a new process, in effect)."""
    server, app_password = site

    async def go() -> T:
        async with httpx.AsyncClient(timeout=20) as http:
            account = AccountConfig(
                1, "account-1", "wordpress", "Blog", base_url or server.base_url, "owner"
            )
            context = ConnectorContext(account, password or app_password, http, SystemClock())
            return await action(WordPressConnectorFactory().create(context))

    return asyncio.run(go())


def fetch(
    site: tuple[WordPressServer, str], cursor: str | None = None
) -> tuple[list[list[FetchedMessage]], str | None]:
    """(the messages of each batch, the last cursor)."""

    async def all_batches(connector: WordPressConnector) -> list[Any]:
        return [batch async for batch in connector.fetch(cursor)]

    batches = act(site, all_batches)
    return [list(b.messages) for b in batches], batches[-1].cursor if batches else cursor


def texts(pages: list[list[FetchedMessage]]) -> list[str]:
    return [m.text for page in pages for m in page]


def a_post(server: WordPressServer) -> Post:
    return server.add_post("Our new menu", "Cornbread and chili.")


# -- connecting ----------------------------------------------------------------------


def test_verify_finds_the_api_and_names_the_user(site):
    server, _ = site
    verified = act(site, lambda c: c.verify(), base_url=server.base_url + "/wp-json/")
    assert verified.handle == "owner"
    assert verified.settings["rest_root"] == server.rest_url
    assert verified.settings["user_id"] == str(server.admin.id)


def test_a_site_without_pretty_permalinks_is_reached_by_rest_route(site):
    server, _ = site
    server.set_pretty_permalinks(False)
    try:
        verified = act(site, lambda c: c.verify())
        assert "rest_route=" in verified.settings["rest_root"]
        post = a_post(server)
        server.add_comment(post, "Plain permalinks here", author_email="p@example.org")
        assert texts(fetch(site)[0]) == ["Plain permalinks here"]
    finally:
        server.set_pretty_permalinks(True)


def test_a_wrong_or_revoked_password_is_an_authentication_error_in_words(site):
    server, _ = site
    with pytest.raises(AuthenticationError, match="not accepted"):
        act(site, lambda c: c.verify(), password="abcd efgh ijkl mnop qrst uvwx")
    server.revoke_application_password(server.admin)
    with pytest.raises(AuthenticationError, match="not accepted"):
        fetch(site)


def test_a_user_who_cannot_moderate_comments_is_refused_with_the_reason(site):
    server, _ = site
    author = server.add_user("writer", role="author")
    password = server.create_application_password(author).password

    async def verify(connector: WordPressConnector) -> Any:
        return await connector.verify()

    async def go() -> Any:
        async with httpx.AsyncClient(timeout=20) as http:
            account = AccountConfig(1, "a", "wordpress", "Blog", server.base_url, "writer")
            context = ConnectorContext(account, password, http, SystemClock())
            return await verify(WordPressConnectorFactory().create(context))

    with pytest.raises(PermanentError, match="may not moderate comments"):
        asyncio.run(go())


# -- reading -------------------------------------------------------------------------


def test_comments_arrive_page_by_page_once_each_also_two_in_one_second(site, monkeypatch):
    monkeypatch.setattr(wordpress, "PAGE_SIZE", 4)
    monkeypatch.setattr(wordpress, "PAGE_OVERLAP", 2)
    server, _ = site
    post = a_post(server)
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)
    for n in range(9):
        server.add_comment(post, f"first {n}", author_email=f"c{n}@example.org", at=start)
    pages, cursor = fetch(site)
    assert len(pages) >= 3  # page by page, each with its own cursor
    assert sorted(texts(pages)) == sorted(f"first {n}" for n in range(9))

    # Two more in the very second of the last one read, and one later.
    last = start
    server.add_comment(post, "same second", author_email="s@example.org", at=last)
    server.add_comment(post, "later", author_email="l@example.org", at=last + timedelta(minutes=1))
    again, cursor = fetch(site, cursor)
    assert texts(again) == ["same second", "later"]
    assert fetch(site, cursor)[0] == []


def test_a_crash_between_pages_resumes_where_the_stored_cursor_stands(site, monkeypatch):
    monkeypatch.setattr(wordpress, "PAGE_SIZE", 3)
    monkeypatch.setattr(wordpress, "PAGE_OVERLAP", 1)
    server, _ = site
    post = a_post(server)
    start = datetime.now(UTC) - timedelta(hours=1)
    for n in range(7):
        server.add_comment(
            post, f"c{n}", author_email="x@example.org", at=start + timedelta(seconds=n)
        )

    async def first_page(connector: WordPressConnector) -> Any:
        async for batch in connector.fetch(None):
            return batch  # the app stored this page, then crashed
        raise AssertionError("no page")

    batch = act(site, first_page)
    rest, _ = fetch(site, batch.cursor)
    assert [m.text for m in batch.messages] + texts(rest) == [f"c{n}" for n in range(7)]


def test_a_connection_lost_on_the_second_page_keeps_the_first(site, monkeypatch):
    monkeypatch.setattr(wordpress, "PAGE_SIZE", 3)
    monkeypatch.setattr(wordpress, "PAGE_OVERLAP", 1)
    server, _ = site
    post = a_post(server)
    start = datetime.now(UTC) - timedelta(hours=1)
    for n in range(5):
        server.add_comment(
            post, f"c{n}", author_email="x@example.org", at=start + timedelta(seconds=n)
        )
    with MisbehavingProxy(server.base_url) as proxy:

        async def until_lost(connector: WordPressConnector) -> list[Any]:
            read = []
            with pytest.raises(TransientError):
                async for batch in connector.fetch(None):
                    read.append(batch)
                    proxy.lose_answer(COMMENTS_ROUTE, method="GET")
            return read

        [kept] = act(site, until_lost, base_url=proxy.base_url)
    rest, _ = fetch(site, kept.cursor)
    assert [m.text for m in kept.messages] + texts(rest) == [f"c{n}" for n in range(5)]


def test_a_held_comment_arrives_marked_and_spam_never_does(site):
    server, _ = site
    post = a_post(server)
    server.add_comment(post, "Please approve me", author_email="h@example.org", status="hold")
    server.add_comment(post, "Cheap watches", author_email="spam@example.org", status="spam")
    [[held]] = fetch(site)[0]
    assert held.text == "Please approve me"
    assert held.subject == "Held for moderation · Our new menu"


def test_a_visitors_first_comment_held_by_wordpress_itself_arrives_marked(site):
    server, _ = site
    post = a_post(server)
    server.post_comment_form(
        post, "Love the new menu!", author_name="Nina", author_email="n@ex.org"
    )
    [[held]] = fetch(site)[0]
    assert held.subject == "Held for moderation · Our new menu"
    assert (held.author.key, held.author.display_name) == ("n@ex.org", "Nina")


def test_maintenance_waits_as_asked_and_a_500_fails_the_round_without_losing_anything(site):
    server, _ = site
    post = a_post(server)
    server.add_comment(post, "Before the update", author_email="a@example.org")
    server.set_maintenance(True)
    try:
        for ask in (lambda c: c.verify(), lambda c: c.fetch(None).__anext__()):
            with pytest.raises(RateLimitedError) as waiting_for:
                act(site, ask)
            assert waiting_for.value.retry_at > datetime.now(UTC) + timedelta(minutes=9)
    finally:
        server.set_maintenance(False)
    server.fail_next_rest("/wp/v2/comments", method="GET", status=500)
    with pytest.raises(TransientError, match="HTTP 500"):
        fetch(site)
    assert texts(fetch(site)[0]) == ["Before the update"]


def test_a_reply_to_a_reply_stays_in_the_first_comments_conversation(site, monkeypatch):
    monkeypatch.setattr(wordpress, "PAGE_SIZE", 1)
    monkeypatch.setattr(wordpress, "PAGE_OVERLAP", 0)
    server, _ = site
    post = a_post(server)
    now = datetime.now(UTC) - timedelta(minutes=10)
    first = server.add_comment(post, "Vegan options?", author_email="a@example.org", at=now)
    answer = server.add_comment(
        post, "Yes, two!", user=server.admin, parent=first, at=now + timedelta(minutes=1)
    )
    server.add_comment(
        post, "Which ones?", author_email="a@example.org", parent=answer,
        at=now + timedelta(minutes=2),
    )  # fmt: skip
    messages = [m for page in fetch(site)[0] for m in page]
    assert [(m.text, m.inbound, m.thread_remote_id) for m in messages] == [
        ("Vegan options?", True, str(first)),
        ("Yes, two!", False, str(first)),
        ("Which ones?", True, str(first)),
    ]
    assert messages[1].in_reply_to_remote_id == str(first)


def test_hostile_comment_html_is_plain_text(site):
    server, _ = site
    post = a_post(server)
    server.add_comment(
        post,
        '<script>alert("x")</script><p>Nice <a href="javascript:evil()">menu</a></p>'
        '<img src="http://tracker.example/p.gif" alt="">\u202ereversed\x00',
        author_name="<b>Mallory</b>",
        author_email="m@example.org",
        raw=True,
    )
    [[comment]] = fetch(site)[0]
    assert "alert" not in comment.text and "<" not in comment.text
    assert "Nice menu" in comment.text


# -- replying ------------------------------------------------------------------------


def reply_to(comment_id: int, text: str) -> OutgoingReply:
    return OutgoingReply(text, "wordpress", str(comment_id), str(comment_id), None)


def test_a_reply_is_a_comment_under_the_one_answered_shown_as_written(site):
    server, _ = site
    post = a_post(server)
    asked = server.add_comment(post, "Open on Sunday?", author_email="a@example.org")
    receipt = act(site, lambda c: c.send(reply_to(asked, "Yes <b>10–4</b> & later"), "k1"))
    [stored] = [c for c in server.comments() if c.user_id == server.admin.id]
    assert (str(stored.id), stored.parent, stored.post_id) == (receipt.remote_id, asked, post.id)
    assert stored.content == "Yes &lt;b&gt;10–4&lt;/b&gt; &amp; later"
    assert receipt.url and f"#comment-{stored.id}" in receipt.url


def test_a_reply_whose_answer_was_lost_is_found_and_never_posted_twice(site):
    server, _ = site
    post = a_post(server)
    asked = server.add_comment(post, "Table for four?", author_email="a@example.org")
    reply = reply_to(asked, "Booked for 8 pm")
    with MisbehavingProxy(server.base_url) as proxy:
        proxy.lose_answer(COMMENTS_ROUTE, method="POST")
        with pytest.raises(TransientError) as lost:
            act(site, lambda c: c.send(reply, "k1"), base_url=proxy.base_url)
        assert lost.value.may_have_reached_server
        assert proxy.requests_to(COMMENTS_ROUTE)  # the connector went through the proxy
    found = act(site, lambda c: c.find_sent(reply, "k1"))
    [stored] = [c for c in server.comments() if c.user_id == server.admin.id]
    assert found is not None and found.remote_id == str(stored.id)
    assert act(site, lambda c: c.find_sent(reply_to(asked, "Booked for 9 pm"), "k2")) is None
    # Sent again anyway (a resend after a certain "not found" that raced the first one):
    # WordPress refuses the duplicate, and the first one is the receipt.
    again = act(site, lambda c: c.send(reply, "k1"))
    assert again.remote_id == str(stored.id)
    assert len([c for c in server.comments() if c.user_id == server.admin.id]) == 1


# -- with the app --------------------------------------------------------------------


@pytest.fixture
def app(tmp_path: Path, memory_keyring: Any, site) -> Iterator[AppContext]:
    server, password = site
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester"),
        # A minute back: WordPress keeps whole seconds, and a comment written in the second
        # the account was connected would otherwise seem older than the connection.
        clock=FakeClock(datetime.now(UTC) - timedelta(minutes=1)),
        secrets=SecretStore(memory_keyring),
    )
    account = ctx.writer.call(
        ctx.accounts.create,
        "wordpress",
        "Blog",
        base_url=server.base_url,
        handle="owner",
        # As connecting leaves them: the REST root and the user are not asked for again.
        settings={"rest_root": server.rest_url, "user_id": str(server.admin.id)},
    )
    ctx.secrets.set(ctx.accounts.get(account.id).uuid, password)
    yield ctx
    ctx.close()


def waiting(ctx: AppContext) -> dict[str, bool]:
    rows = ctx.inbox.page(InboxFilter(), limit=500)
    return {r.preview: r.needs_reply for r in rows if r.inbound}


def test_a_comment_answered_on_the_site_stops_needing_a_reply(app, site):
    server, _ = site
    post = a_post(server)
    asked = server.add_comment(post, "Gluten free?", author_email="a@example.org")
    server.add_comment(post, "Dogs allowed?", author_email="b@example.org")
    assert sync_once(app)[0].ok
    assert waiting(app) == {"Gluten free?": True, "Dogs allowed?": True}
    server.add_comment(post, "Yes, ask for the menu", user=server.admin, parent=asked)
    assert sync_once(app)[0].ok
    assert waiting(app) == {"Gluten free?": False, "Dogs allowed?": True}


def test_a_held_comment_spammed_in_wordpress_is_marked_deleted_an_approved_one_loses_its_mark(
    app, site
):
    server, _ = site
    post = a_post(server)
    spam = server.add_comment(post, "Cheap watches", author_email="s@example.org", status="hold")
    server.add_comment(post, "First visit!", author_email="f@example.org", status="hold")
    assert sync_once(app)[0].ok
    assert waiting(app) == {"Cheap watches": True, "First visit!": True}
    server.spam_comment(spam)
    server.approve_comment(spam + 1)
    assert sync_once(app)[0].ok
    assert waiting(app) == {"Cheap watches": False, "First visit!": True}
    rows = app.inbox.page(InboxFilter(), limit=10)
    assert {r.preview: r.deleted for r in rows} == {"Cheap watches": True, "First visit!": False}
    [approved] = [app.inbox.get(r.id) for r in rows if r.preview == "First visit!"]
    # Approved on the site: shown with the post's title, not marked held, and not "edited".
    assert (approved.subject, approved.edited_at) == ("Our new menu", None)
    assert len(app.contacts.list_contacts()) == 2  # none was made for the deletion
    assert sync_once(app)[0].ok  # nothing is followed any more: no deletion, no error
    assert waiting(app) == {"Cheap watches": False, "First visit!": True}


def test_the_cornbread_guest_linked_by_her_address_comes_back(app, site):
    server, _ = site
    laura = hand_linked_customer(app, "wordpress", " Laura.Customer@Example.org ")
    post = a_post(server)
    server.add_comment(
        post,
        "Is the cornbread back?",
        author_name="Laura",
        author_email="laura.customer@example.org",
    )
    [result] = sync_once(app)
    assert result.ok, result.detail
    assert_came_back_to(app, laura, "Is the cornbread back?")


def test_a_revoked_password_sends_the_account_to_sign_in_again(app, site):
    server, _ = site
    assert sync_once(app)[0].ok
    server.revoke_application_password(server.admin)
    [result] = sync_once(app)
    assert not result.ok and "not accepted" in result.detail
    assert result.detail.startswith(SIGN_IN_REFUSED)
    [account] = app.accounts.list_accounts()
    assert account.status == "error" and "re-authenticate" in (account.last_error or "")
