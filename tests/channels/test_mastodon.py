"""The Mastodon connector against a real HTTP server on 127.0.0.1 written from the documentation
(tests/servers/mastodon_server.py): the whole httpx stack runs, nothing is mocked."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.mastodon import MastodonConnector, MastodonConnectorFactory
from socialinbox.channels.mastodon_oauth import SCOPES
from socialinbox.channels.mastodon_parse import Cursor, parse_round
from socialinbox.clock import Clock, FakeClock, SystemClock
from socialinbox.core.connector import (
    AccountConfig,
    AuthenticationError,
    ConnectorContext,
    FetchedMessage,
    MalformedItem,
    OfflineError,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    TextLimit,
    TransientError,
)
from socialinbox.core.models import AccountInfo
from socialinbox.core.rate_limits import RateLimitBook
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message, OutboxItem, RateLimit
from tests.cli_runner import CliRunner, assert_fails_in_one_line, assert_no_secret_leaks
from tests.conftest import sync_once
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.mastodon_server import MastodonServer

T = TypeVar("T")


@pytest.fixture
def server() -> Iterator[MastodonServer]:
    """A started Mastodon test server with the ``business`` account and its token."""
    with MastodonServer() as started:
        yield started


@pytest.fixture
def clocked_server(clock: FakeClock) -> Iterator[MastodonServer]:
    """A server on the test's movable clock (rate-limit resets, idempotency)."""
    with MastodonServer(now=clock.now) as server:
        yield server


def run(make: Callable[[httpx.AsyncClient], Awaitable[T]], **client: Any) -> T:
    async def main() -> T:
        async with httpx.AsyncClient(**{"timeout": 10.0, **client}) as http:
            return await make(http)

    return asyncio.run(main())


def connector(
    server: MastodonServer,
    http: httpx.AsyncClient | None,
    clock: Clock | None = None,
    *,
    token: str | None = None,
    settings: dict[str, str] | None = None,
    rate_limits: RateLimitBook | None = None,
) -> MastodonConnector:
    account = AccountConfig(
        id=1,
        uuid="account-uuid",
        kind="mastodon",
        name="Shop",
        base_url=server.base_url,
        settings=settings or {},
    )
    return MastodonConnector(
        ConnectorContext(
            account,
            token or server.token,
            http,
            clock or SystemClock(),
            rate_limits=rate_limits,
        )
    )


async def fetch_all(
    conn: MastodonConnector, cursor: str | None
) -> tuple[list[FetchedMessage], list[MalformedItem], str | None]:
    messages: list[FetchedMessage] = []
    bad: list[MalformedItem] = []
    async for batch in conn.fetch(cursor):
        messages += batch.messages
        bad += batch.malformed
        cursor = batch.cursor
    return messages, bad, cursor


def mention(server: MastodonServer, author: str, text: str, **kwargs: Any) -> dict:
    return server.post(author, f"<p>@business {text}</p>", mentions=["business"], **kwargs)


def add_account(context: AppContext, server: MastodonServer) -> AccountInfo:
    verified = run(lambda http: connector(server, http).verify())
    account_uuid = str(uuid.uuid4())
    context.secrets.set(account_uuid, server.token)
    created = context.writer.call(
        context.accounts.create,
        "mastodon",
        "Shop",
        base_url=server.base_url,
        handle=verified.handle,
        settings=dict(verified.settings),
        account_uuid=account_uuid,
    )
    return context.accounts.get(created.id)


def stored(context: AppContext, account_id: int) -> dict[str, Any]:
    with context.db.read() as session:
        rows = session.execute(
            select(
                Message.remote_id,
                Message.inbound,
                Message.needs_reply,
                Message.kind,
                Message.text,
                Message.author_handle,
                Message.in_reply_to_remote_id,
                Message.thread_key,
            ).where(Message.account_id == account_id)
        ).all()
    return {row.remote_id: row for row in rows}


# -- verifying and limits ----------------------------------------------------------------


def test_verify_names_the_account_and_learns_the_servers_reply_limit(server):
    server.max_characters = 1000
    verified = run(lambda http: connector(server, http).verify())
    assert verified.handle == "business@social.test"
    assert verified.display_name == "Business"
    assert verified.settings["account_id"] == server.business["id"]
    assert verified.settings["max_characters"] == "1000"

    # The composer builds the connector without a secret or network: no request is made.
    before = len(server.requests)
    offline = connector(server, None, settings=dict(verified.settings))
    assert offline.text_limit() == TextLimit(1000, "characters")
    assert connector(server, None).text_limit() == TextLimit(500, "characters")
    assert len(server.requests) == before


def test_an_older_server_without_instance_v2_still_gives_its_limit():
    with MastodonServer(version="3.5.0", max_characters=700) as server:
        verified = run(lambda http: connector(server, http).verify())
    assert verified.settings["max_characters"] == "700"


# -- fetching ------------------------------------------------------------------------------


def test_mentions_that_arrived_while_the_app_was_closed_all_arrive_once(context, server):
    server.add_account("alice", "Alice")
    account = add_account(context, server)
    early = [mention(server, "alice", f"early {n}")["id"] for n in range(3)]
    sync_once(context)
    assert set(stored(context, account.id)) == set(early)
    first_round = len(server.requests_to("/api/v1/notifications"))

    # The app is closed while 250 customers write (notification ids pass 99,999 → 100,000).
    late = [
        mention(server, "alice", f"late {n}", visibility="direct" if n % 5 == 0 else "public")["id"]
        for n in range(250)
    ]
    results = sync_once(context)
    assert results[0].ok and results[0].new == 250, results[0]
    rows = stored(context, account.id)
    assert set(rows) == set(early) | set(late)  # none missing; ids are unique, so none twice
    assert sum(1 for r in rows.values() if r.kind == "direct") == 50

    catch_up = server.requests_to("/api/v1/notifications")[first_round:]
    assert all("since_id" not in r.query for r in catch_up)
    assert all(r.query["include_filtered"] == ["true"] for r in catch_up)  # strangers' DMs too
    min_ids = [int(r.query["min_id"][0]) for r in catch_up]
    assert min_ids == sorted(min_ids) and len(set(min_ids)) == len(min_ids)
    assert len(catch_up) == 5  # 80 + 80 + 80 + 10, then the empty page that says "up to date"
    assert catch_up[-1].status == 200

    again = sync_once(context)
    assert again[0].ok and again[0].new == 0


def test_an_account_without_mentions_at_first_misses_none_later(context, server):
    server.add_account("alice")
    account = add_account(context, server)
    assert sync_once(context)[0].new == 0
    ids = [mention(server, "alice", f"m{n}")["id"] for n in range(450)]
    assert sync_once(context)[0].new == 450
    assert set(stored(context, account.id)) == set(ids)


def test_the_first_sync_reads_recent_mentions_across_pages(context, server):
    server.add_account("alice")
    account = add_account(context, server)
    ids = [mention(server, "alice", f"m{n}")["id"] for n in range(100)]
    result = sync_once(context)[0]
    assert result.ok and result.new == 100
    assert set(stored(context, account.id)) == set(ids)
    pages = server.requests_to("/api/v1/notifications")
    assert "max_id" in pages[1].query  # the Link header's rel="next"


def test_a_reply_made_on_the_phone_stops_the_message_needing_a_reply(context, server):
    server.add_account("alice", "Alice")
    account = add_account(context, server)
    question = mention(server, "alice", "are you open on Sunday?")
    other = mention(server, "alice", "and do you have cornbread?")
    sync_once(context)
    assert stored(context, account.id)[question["id"]].needs_reply

    answer = server.post(
        "business", "<p>@alice yes, 10 to 4!</p>", in_reply_to_id=question["id"], mentions=["alice"]
    )
    announcement = server.post("business", "<p>New menu today</p>")
    sync_once(context)
    rows = stored(context, account.id)
    assert not rows[question["id"]].needs_reply
    assert rows[other["id"]].needs_reply
    reply = rows[answer["id"]]
    assert not reply.inbound and reply.in_reply_to_remote_id == question["id"]
    assert reply.thread_key == rows[question["id"]].thread_key
    assert announcement["id"] not in rows  # not an answer to anybody


def test_the_first_sync_sees_every_answer_given_elsewhere_to_the_mentions_it_reads(context, server):
    """The first sync reads up to 400 recent mentions; the account's own posts must reach
    back as far, or the customers answered from the phone before the app was installed
    show as needing a reply (one page of posts is only 40)."""
    server.add_account("alice")
    long_ago = datetime.now(UTC) - timedelta(days=30)
    for n in range(100):  # long before: nothing to read at the first sync
        server.post("business", f"<p>Old news {n}</p>", created_at=long_ago + timedelta(minutes=n))
    answered = []
    for n in range(60):
        question = mention(server, "alice", f"question {n}")
        server.post(
            "business",
            f"<p>@alice answer {n}</p>",
            in_reply_to_id=question["id"],
            mentions=["alice"],
            visibility="direct" if n % 2 else "public",
        )
        answered.append(question["id"])
    server.post("business", "<p>Our new menu</p>")
    waiting = mention(server, "alice", "and now?")
    account = add_account(context, server)
    assert sync_once(context)[0].ok
    rows = stored(context, account.id)
    assert [i for i in answered if rows[i].needs_reply] == []
    assert rows[waiting["id"]].needs_reply
    own_pages = [r for r in server.requests if r.path.endswith("/statuses")]
    assert len(own_pages) == 2  # back to the oldest mention read, not the old news


def test_a_customers_reply_to_our_reply_stays_in_one_thread(context, server):
    server.add_account("alice")
    account = add_account(context, server)
    first = mention(server, "alice", "table for two?")
    ours = server.post(
        "business", "<p>@alice sure!</p>", in_reply_to_id=first["id"], mentions=["alice"]
    )
    again = mention(server, "alice", "great, 7pm", in_reply_to_id=ours["id"])
    sync_once(context)
    rows = stored(context, account.id)
    assert rows[first["id"]].thread_key == rows[ours["id"]].thread_key
    assert rows[again["id"]].thread_key == rows[first["id"]].thread_key


def test_a_catch_up_keeps_a_reply_to_our_reply_in_its_thread_across_pages(context, server):
    """After a saved cursor the mention pages are stored as they arrive: our reply (read
    before them) and the customer's answer to it, two pages later, still join the
    thread of her first message."""
    server.add_account("alice")
    account = add_account(context, server)
    sync_once(context)  # the saved cursor: what follows is a catch-up
    first = mention(server, "alice", "table for two?")
    ours = server.post(
        "business", "<p>@alice sure!</p>", in_reply_to_id=first["id"], mentions=["alice"]
    )
    for n in range(170):  # two pages of 80 and more
        mention(server, "alice", f"and another thing, {n}")
    again = mention(server, "alice", "great, 7pm", in_reply_to_id=ours["id"])
    result = sync_once(context)[0]
    assert result.ok and result.new == 173
    rows = stored(context, account.id)
    assert rows[ours["id"]].thread_key == rows[first["id"]].thread_key
    assert rows[again["id"]].thread_key == rows[first["id"]].thread_key


def test_status_html_becomes_the_text_a_reader_sees(server):
    server.add_account("alice", "Alice Example")
    server.add_account("carol@other.example", "Carol")
    html = (
        '<p><span class="h-card"><a href="https://social.test/@business" class="u-url mention">'
        "@<span>business</span></a></span> Loved the cornbread &amp; the "
        '<a href="https://example.org/menu/autumn" rel="nofollow">menu</a>!<br>'
        "See you soon</p><p>second paragraph</p>"
    )
    server.post("alice", html, mentions=["business"])
    server.post("carol@other.example", "<p>@business hi from afar</p>", mentions=["business"])
    messages, bad, _ = run(lambda http: fetch_all(connector(server, http), None))
    assert not bad
    by_author = {m.author.key: m for m in messages}
    alice = by_author["alice@social.test"]
    assert alice.text == (
        "@business Loved the cornbread & the menu (https://example.org/menu/autumn)!\n"
        "See you soon\n\nsecond paragraph"
    )
    assert alice.author.handle == "@alice@social.test"
    assert alice.author.display_name == "Alice Example"
    assert alice.author.profile_url == "https://social.test/@alice"
    assert alice.url and alice.url.startswith("https://social.test/")
    assert by_author["carol@other.example"].author.handle == "@carol@other.example"


def test_an_edited_mention_carries_its_edit_time(server):
    server.add_account("alice")
    status = mention(server, "alice", "typo")
    server.edit(status["id"], "<p>@business fixed</p>")
    messages, _, _ = run(lambda http: fetch_all(connector(server, http), None))
    assert messages[0].text == "@business fixed" and messages[0].edited_at is not None


# -- sending ---------------------------------------------------------------------------------


def reply_to(status: dict, text: str, recipient: str = "@alice@social.test") -> OutgoingReply:
    return OutgoingReply(text, "mastodon", status["id"], status["id"], recipient)


def test_a_direct_message_is_answered_directly_and_mentions_the_customer(server):
    server.add_account("alice")
    secret = mention(server, "alice", "my booking is 4711", visibility="direct")
    warned = mention(server, "alice", "about the spoilers", spoiler_text="film spoilers")
    named = mention(server, "alice", "hello")

    async def scenario(http: httpx.AsyncClient) -> None:
        conn = connector(server, http)
        await conn.send(reply_to(secret, "Your booking is confirmed."), "key-direct")
        await conn.send(reply_to(warned, "Ha, no spoilers here."), "key-warned")
        await conn.send(reply_to(named, "Hi @alice, welcome!"), "key-named")

    run(scenario)
    direct, spoiled, public = server.statuses_created_via_api
    assert direct.visibility == "direct" and direct.in_reply_to_id == secret["id"]
    assert direct.text == "@alice Your booking is confirmed." and direct.mentions == ("alice",)
    assert spoiled.visibility == "public" and spoiled.spoiler_text == "film spoilers"
    assert public.text == "Hi @alice, welcome!"  # already mentioned: not twice


def test_a_reply_over_the_servers_limit_or_to_a_deleted_post_is_refused_for_good(server):
    server.add_account("alice")
    status = mention(server, "alice", "hi")
    with pytest.raises(PermanentError, match="character limit"):
        run(lambda http: connector(server, http).send(reply_to(status, "x" * 600), "k"))
    server.delete(status["id"])
    with pytest.raises(PermanentError, match="no longer on the server"):
        run(lambda http: connector(server, http).send(reply_to(status, "hello"), "k2"))
    assert server.statuses_created_via_api == []


def drop_the_answer_to_the_next_post(server: MastodonServer) -> dict[str, Any]:
    """httpx event hooks that make the server lose its answer to the next POST /api/v1/statuses
    after creating the status (as when the connection drops on the way back)."""
    armed = {"left": 1}

    async def on_request(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path == "/api/v1/statuses" and armed["left"]:
            armed["left"] -= 1
            server.drop_next("/api/v1/statuses", after_processing=True)

    return {"event_hooks": {"request": [on_request]}}


def test_the_same_idempotency_key_after_a_dropped_answer_creates_one_status(server):
    server.add_account("alice")
    status = mention(server, "alice", "hi")
    reply = reply_to(status, "Hello Alice!")

    async def scenario(http: httpx.AsyncClient) -> str:
        conn = connector(server, http)
        with pytest.raises(TransientError) as unanswered:
            await conn.send(reply, "outbox-7-key")
        assert unanswered.value.may_have_reached_server
        receipt = await conn.send(reply, "outbox-7-key")
        return receipt.remote_id

    remote_id = run(scenario, **drop_the_answer_to_the_next_post(server))
    assert [s.id for s in server.statuses_created_via_api] == [remote_id]
    keys = [p.header("Idempotency-Key") for p in server.status_posts]
    assert keys == ["outbox-7-key", "outbox-7-key"]


def test_a_read_timeout_is_uncertain_for_a_post_and_transient_for_a_read(server):
    server.add_account("alice")
    status = mention(server, "alice", "hi")

    async def arm(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path == "/api/v1/statuses":
            server.delay_next("/api/v1/statuses", 1.5)

    async def scenario(http: httpx.AsyncClient) -> None:
        conn = connector(server, http, settings={"account_id": server.business["id"]})
        with pytest.raises(TransientError) as unanswered:
            await conn.send(reply_to(status, "Hello!"), "slow-key")
        assert unanswered.value.may_have_reached_server
        server.delay_next("/api/v1/notifications", 1.5)
        with pytest.raises(TransientError) as failed:
            await fetch_all(conn, None)
        assert not failed.value.may_have_reached_server

    run(scenario, timeout=0.5, event_hooks={"request": [arm]})
    assert len(server.statuses_created_via_api) == 1  # it did arrive: the key covers a retry


def test_the_outbox_sends_a_reply_once_after_a_dropped_answer(context, clock, server):
    server.add_account("alice")
    account = add_account(context, server)
    question = mention(server, "alice", "is the terrace open?")
    sync_once(context)
    with context.db.read() as session:
        message_id = session.execute(
            select(Message.id).where(Message.remote_id == question["id"])
        ).scalar_one()
    item = context.writer.call(
        context.outbox.create_reply, message_id, "Yes, all day!", "tester", approve=True
    ).item
    sender = context.sender()

    async def drain(http: httpx.AsyncClient) -> Any:
        account_now = context.accounts.get(account.id)
        conn = MastodonConnector(
            ConnectorContext(
                AccountConfig(
                    account_now.id,
                    account_now.uuid,
                    "mastodon",
                    account_now.name,
                    account_now.base_url,
                    settings=account_now.settings,
                ),
                server.token,
                http,
                context.clock,
            )
        )
        return await sender.drain(account.id, conn)

    first = run(drain, **drop_the_answer_to_the_next_post(server))
    assert first.sent == 0
    clock.advance(timedelta(minutes=5))
    second = run(drain)
    assert second.sent == 1
    assert len(server.statuses_created_via_api) == 1
    with context.db.read() as session:
        state = session.execute(
            select(OutboxItem.state).where(OutboxItem.id == item.id)
        ).scalar_one()
    assert str(state).endswith("sent")


def test_find_sent_recognises_an_earlier_reply_by_what_it_answers_and_says(server):
    server.add_account("alice")
    status = mention(server, "alice", "hi")
    other = mention(server, "alice", "hi again")

    async def scenario(http: httpx.AsyncClient) -> tuple[Any, Any, Any]:
        conn = connector(server, http, settings={"account_id": server.business["id"]})
        sent = await conn.send(reply_to(status, "Thanks for writing!"), "k1")
        same = await conn.find_sent(reply_to(status, "Thanks for writing!"), "k2")
        elsewhere = await conn.find_sent(reply_to(other, "Thanks for writing!"), "k3")
        return sent, same, elsewhere

    sent, same, elsewhere = run(scenario)
    assert same is not None and same.remote_id == sent.remote_id
    assert elsewhere is None


# -- errors and rate limits ------------------------------------------------------------


def test_no_request_reaches_a_server_before_its_rate_limit_resets(
    clock, clocked_server, rate_limit_book
):
    server = clocked_server
    reset = clock.now() + timedelta(minutes=4)
    server.rate_limit(limit=300, remaining=1, reset_at=reset)

    async def attempt(http: httpx.AsyncClient) -> Any:
        return await fetch_all(connector(server, http, clock, rate_limits=rate_limit_book), None)

    with pytest.raises(RateLimitedError) as refused:
        run(attempt)  # the first request used the last one; the next is never sent
    assert refused.value.retry_at == reset
    sent = len(server.requests)
    with pytest.raises(RateLimitedError):
        run(attempt)
    assert len(server.requests) == sent

    clock.set(reset + timedelta(seconds=1))
    run(attempt)
    assert len(server.requests) > sent


def test_a_429_with_x_ratelimit_reset_or_retry_after_is_honoured(
    clock, clocked_server, rate_limit_book
):
    server = clocked_server
    reset = clock.now() + timedelta(minutes=3)
    server.rate_limit(limit=300, remaining=0, reset_at=reset)

    def verify() -> Any:
        return run(
            lambda http: connector(server, http, clock, rate_limits=rate_limit_book).verify()
        )

    with pytest.raises(RateLimitedError) as refused:
        verify()
    assert refused.value.retry_at == reset
    assert len(server.throttled) == 1
    sent = len(server.requests)
    with pytest.raises(RateLimitedError):
        verify()  # a new connector on the same database
    assert len(server.requests) == sent  # nothing more before the reset

    clock.set(reset)
    server.clear_rate_limit()
    server.fail_next("/api/v1/accounts/verify_credentials", status=429, retry_after=120)
    with pytest.raises(RateLimitedError) as told:
        verify()
    assert told.value.retry_at == clock.now() + timedelta(seconds=120)


def test_the_reset_is_read_on_the_servers_clock_when_the_computers_clock_is_ahead(
    clock, rate_limit_book
):
    """X-RateLimit-Reset is a time on the server's clock, which its Date header tells
    (RFC 9110 section 6.6.1). A computer whose clock runs 10 minutes ahead must still wait
    the 3 minutes the server asked for, not take the reset as passed and ask again."""
    with MastodonServer(now=lambda: clock.now() - timedelta(minutes=10)) as server:
        server_now = clock.now() - timedelta(minutes=10)
        server.rate_limit(limit=300, remaining=0, reset_at=server_now + timedelta(minutes=3))
        with pytest.raises(RateLimitedError) as refused:
            run(lambda http: connector(server, http, clock, rate_limits=rate_limit_book).verify())
        assert refused.value.retry_at == clock.now() + timedelta(minutes=3)
        sent = len(server.requests)
        clock.advance(timedelta(minutes=2))
        with pytest.raises(RateLimitedError):
            run(lambda http: connector(server, http, clock, rate_limits=rate_limit_book).verify())
        assert len(server.requests) == sent
        clock.advance(timedelta(minutes=1, seconds=1))
        assert run(
            lambda http: connector(server, http, clock, rate_limits=rate_limit_book).verify()
        ).handle


def test_a_rate_limited_sync_says_when_it_tries_again(context, clock, server):
    account = add_account(context, server)
    server.fail_next("/api/v1/notifications", status=429, retry_after=600)
    server.clear_rate_limit()
    result = sync_once(context)[0]
    assert not result.ok and "rate-limited" in result.detail
    assert context.accounts.get(account.id).next_sync >= clock.now() + timedelta(seconds=600)


def test_a_catch_up_cut_short_by_the_rate_limit_keeps_what_it_read(context, clock, clocked_server):
    server = clocked_server
    server.add_account("alice")
    account = add_account(context, server)
    sync_once(context)
    ids = [mention(server, "alice", f"m{n}")["id"] for n in range(250)]
    reset = clock.now() + timedelta(minutes=5)
    # A catch-up reads the account's own new posts first (one page, none new), then two
    # pages of 80 mentions, then stops.
    server.rate_limit(limit=300, remaining=3, reset_at=reset)

    cut = sync_once(context)[0]
    assert not cut.ok and "rate-limited" in cut.detail and cut.new == 160
    clock.set(reset + timedelta(seconds=1))
    rest = sync_once(context)[0]
    assert rest.ok and rest.new == 90
    assert set(stored(context, account.id)) == set(ids)


def test_a_refused_or_expired_token_asks_to_sign_in_again(context, server):
    server.add_account("alice")
    add_account(context, server)
    mention(server, "alice", "hi")
    assert sync_once(context)[0].ok

    server.expire_token(server.token)
    result = sync_once(context)[0]
    assert not result.ok and result.detail.startswith("sign-in refused")
    assert server.token not in result.detail

    revoked = server.issue_token("business")
    server.revoke_token(revoked)
    with pytest.raises(AuthenticationError) as refused:
        run(lambda http: connector(server, http, token=revoked).verify())
    assert revoked not in str(refused.value) and "HTTP 401" in str(refused.value)


def test_server_errors_are_transient_and_an_unreachable_server_is_offline(server):
    server.fail_next("/api/v1/notifications", status=500)
    conn_settings = {"account_id": server.business["id"], "domain": "social.test"}
    with pytest.raises(TransientError) as failed:
        run(lambda http: fetch_all(connector(server, http, settings=conn_settings), None))
    assert not isinstance(failed.value, OfflineError)
    assert not failed.value.may_have_reached_server
    assert "HTTP 500" in str(failed.value)

    with MastodonServer() as gone:
        address = gone.base_url
    unreachable = MastodonServer()  # never started: its address is taken from a closed one
    with pytest.raises(OfflineError):
        run(
            lambda http: MastodonConnector(
                ConnectorContext(
                    AccountConfig(1, "u", "mastodon", "Shop", base_url=address),
                    unreachable.token,
                    http,
                    SystemClock(),
                )
            ).verify()
        )


def test_a_malformed_item_is_set_aside_and_the_rest_stored(context, server):
    server.add_account("alice")
    account = add_account(context, server)
    ids = [mention(server, "alice", f"m{n}")["id"] for n in range(3)]
    server.malformed_next("/api/v1/notifications", kind="missing_fields")
    result = sync_once(context)[0]
    assert result.ok and result.new == 2 and "1 item(s) set aside" in result.detail
    assert len(set(stored(context, account.id)) & set(ids)) == 2

    more = [mention(server, "alice", f"n{n}")["id"] for n in range(2)]
    server.malformed_next("/api/v1/notifications", kind="wrong_types")
    result = sync_once(context)[0]
    assert result.ok and result.new == 1 and "set aside" in result.detail
    assert len(set(stored(context, account.id)) & set(more)) == 1


def test_a_broken_json_answer_fails_the_sync_and_loses_nothing(context, server):
    server.add_account("alice")
    account = add_account(context, server)
    ids = [mention(server, "alice", f"m{n}")["id"] for n in range(3)]
    server.malformed_next("/api/v1/notifications", kind="broken_json")
    result = sync_once(context)[0]
    assert not result.ok and "not JSON" in result.detail
    assert sync_once(context)[0].ok
    assert set(stored(context, account.id)) == set(ids)


# -- payload shapes ----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=12,
)

ACCOUNT = {
    "id": "7",
    "username": "alice",
    "acct": "alice",
    "display_name": "Alice",
    "url": "https://social.test/@alice",
}
STATUS = {
    "id": "110000000000000001",
    "created_at": "2026-11-25T09:00:00.000Z",
    "in_reply_to_id": None,
    "in_reply_to_account_id": None,
    "visibility": "public",
    "spoiler_text": "",
    "content": "<p>@business hi</p>",
    "url": "https://social.test/@alice/110000000000000001",
    "account": ACCOUNT,
    "media_attachments": [],
    "edited_at": None,
}
NOTIFICATION = {"id": "5", "type": "mention", "created_at": STATUS["created_at"], "status": STATUS}


@st.composite
def damaged(draw: st.DrawFn, template: dict[str, Any]) -> Any:
    """A documented entity with some fields replaced by anything, or anything at all."""
    if draw(st.booleans()):
        return draw(json_values)
    item = json.loads(json.dumps(template))
    for _ in range(draw(st.integers(0, 4))):
        target = item
        if "status" in item and isinstance(item["status"], dict) and draw(st.booleans()):
            target = item["status"]
        key = draw(st.sampled_from([*sorted(target), "account"]))
        if draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = draw(json_values)
    return item


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(damaged(NOTIFICATION), max_size=4), max_size=3),
    st.lists(st.lists(damaged(STATUS), max_size=4), max_size=2),
)
def test_any_payload_shape_is_parsed_or_set_aside_never_a_crash(mention_pages, own_pages):
    mentions, own = parse_round(
        Cursor(), mention_pages, own_pages, own_id="1", local_domain="social.test"
    )
    assert len(mentions) == len(mention_pages) and len(own) == len(own_pages)
    for (messages, bad), items in zip(mentions, mention_pages, strict=True):
        # Each item became a message, was set aside, or was another kind of notification.
        assert len(messages) + len(bad) <= len(items)
        assert all(m.inbound and m.author.key.count("@") == 1 for m in messages)
        assert all(m.created_at.tzinfo is not None for m in messages)
    for (messages, bad), items in zip(own, own_pages, strict=True):
        assert len(messages) + len(bad) <= len(items)
        assert not any(m.inbound for m in messages)


def test_a_valid_payload_is_never_set_aside():
    (only,), () = parse_round(
        Cursor(), [[NOTIFICATION]], [], own_id="1", local_domain="social.test"
    )
    assert only[1] == () and only[0][0].author.key == "alice@social.test"


# -- signing in with the browser -------------------------------------------------------


def test_sign_in_in_the_browser_returns_a_working_token(server):
    pages: list[httpx.Response] = []

    async def scenario(http: httpx.AsyncClient) -> str:
        async with httpx.AsyncClient(follow_redirects=True, timeout=10.0) as browser:

            async def open_browser(url: str) -> None:
                pages.append(await browser.get(url))

            return await MastodonConnectorFactory().sign_in(server.base_url, http, open_browser)

    token = run(scenario)
    verified = run(lambda http: connector(server, http, token=token).verify())
    assert verified.handle == "business@social.test"
    (grant,) = server.authorizations
    assert grant.code_challenge_method == "S256" and grant.code_challenge
    assert grant.state and len(grant.state) >= 20
    assert grant.redirect_uri.startswith("http://127.0.0.1:") and grant.scope == SCOPES
    assert pages[-1].status_code == 200 and "You can close this window" in pages[-1].text
    assert pages[-1].headers["content-type"].startswith("text/plain")


def test_a_callback_with_another_state_is_refused_and_a_denied_sign_in_fails(server):
    answers: list[int] = []

    async def scenario(http: httpx.AsyncClient) -> str:
        async with httpx.AsyncClient(follow_redirects=True, timeout=10.0) as browser:

            async def open_browser(url: str) -> None:
                redirect = httpx.URL(url).params["redirect_uri"]
                forged = await browser.get(redirect, params={"code": "stolen", "state": "forged"})
                answers.append(forged.status_code)
                await browser.get(url)

            return await MastodonConnectorFactory().sign_in(server.base_url, http, open_browser)

    token = run(scenario)
    assert answers == [400]
    assert run(lambda http: connector(server, http, token=token).verify()).handle

    server.deny_next_authorization()
    with pytest.raises(AuthenticationError, match="did not allow"):
        run(scenario)


# -- end to end: the command line against the server -------------------------------------


def test_connect_sync_reply_and_send_once_from_the_command_line(tmp_path, server):
    server.add_account("alice", "Alice")
    question = mention(server, "alice", "do you deliver on Sundays?")
    cli = CliRunner(tmp_path)
    wrong = "wrong-token-" + uuid.uuid4().hex
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    assert_fails_in_one_line(cli(*add, "--secret-stdin", stdin=wrong + "\n"))
    assert json.loads(cli("accounts", "list", "--json").stdout) == []
    assert not cli.keyring.exists() or wrong not in cli.keyring.read_text()

    account_id = cli.connect(*add, "--secret-stdin", secret=server.token)

    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.split("\t")[:4] == [str(account_id), "Shop", "ok", "1"]
    inbox = json.loads(cli("inbox", "--json").stdout)
    (row,) = [m for m in inbox if m["remote_id"] == question["id"]]
    assert row["author_handle"] == "@alice@social.test" and row["needs_reply"]
    assert row["text"] == "@business do you deliver on Sundays?"

    replied = cli("reply", str(row["id"]), "Yes, until 2pm!", "--approve")
    assert replied.returncode == 0, replied.stderr
    sent = cli("--verbose", "sync", "--once")  # every request logged, to the file too
    assert sent.returncode == 0 and sent.stdout.split("\t")[4] == "1", sent.stdout + sent.stderr
    again = cli("sync", "--once")
    assert again.returncode == 0 and again.stdout.split("\t")[4] == "0"
    (created,) = server.statuses_created_via_api
    assert created.in_reply_to_id == question["id"] and created.text == "@alice Yes, until 2pm!"
    answered = json.loads(cli("inbox", "--json").stdout)
    assert not next(m for m in answered if m["remote_id"] == question["id"])["needs_reply"]

    # Neither token is anywhere but the keychain: not in the database, settings, logs or output.
    assert_no_secret_leaks(cli.data_dir, cli.outputs, [server.token, wrong])
    assert server.token in cli.keyring.read_text()


def test_sync_once_syncs_what_it_can_and_exits_1_naming_the_failed_account(tmp_path, server):
    server.add_account("alice")
    server.add_account("other")
    other_token = server.issue_token("other")
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--base-url", server.base_url, "--secret-stdin")
    shop = cli.connect(*add, "--name", "Shop", secret=server.token)
    cli.connect(*add, "--name", "Other", secret=other_token)
    server.post("alice", "<p>@other hello</p>", mentions=["other"])
    server.revoke_token(server.token)

    synced = cli("sync", "--once")
    assert synced.returncode == 1
    lines = {line.split("\t")[1]: line.split("\t") for line in synced.stdout.splitlines()}
    assert lines["Other"][2:4] == ["ok", "1"]
    assert lines["Shop"][2] == "error" and "re-authenticate" in lines["Shop"][5]
    assert f"account {shop} (Shop) failed" in synced.stderr
    assert "Other" not in synced.stderr
    for secret in (server.token, other_token):
        assert secret not in synced.stdout + synced.stderr


def test_a_later_sync_once_sends_nothing_to_a_server_before_its_reset(tmp_path, server):
    cli = CliRunner(tmp_path)
    add = ("accounts", "add", "mastodon", "--name", "Shop", "--base-url", server.base_url)
    cli.connect(*add, "--secret-stdin", secret=server.token)
    server.fail_next("/api/v1/notifications", status=429, retry_after=600)
    limited = cli("sync", "--once")
    assert limited.returncode == 1 and "rate-limited" in limited.stdout
    before = len(server.requests)
    again = cli("sync", "--once")  # a scheduler's next run, minutes later
    assert len(server.requests) == before, [r.path for r in server.requests[before:]]
    assert again.returncode == 1 and "rate-limited" in again.stdout


def test_a_429_is_kept_in_the_database_and_a_second_process_does_not_ask_before_it(
    context, clock, server, tmp_path, memory_keyring
):
    account = add_account(context, server)
    server.fail_next("/api/v1/notifications", status=429, retry_after=600)
    server.clear_rate_limit()
    [limited] = sync_once(context)
    assert not limited.ok and "rate-limited" in limited.detail
    with context.db.read() as session:
        row = session.execute(select(RateLimit)).scalar_one()
    assert (row.account_id, row.bucket) == (account.id, "requests")
    assert row.until == clock.now() + timedelta(seconds=600) and "429" in row.reason

    # A second process on the same database (the command line beside the window).
    other = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="cli"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        before = len(server.requests)
        [waited] = sync_once(other)
        assert not waited.ok and "rate-limited" in waited.detail
        assert len(server.requests) == before  # not one request before the time it named
        clock.advance(timedelta(seconds=601))
        assert sync_once(other)[0].ok
        assert len(server.requests) > before
    finally:
        other.close()


# -- an identity linked by hand meets her next message -------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "@laura@social.test",
        "Laura@Social.Test",
        "  laura@social.test ",
        "https://social.test/@laura",
        "social.test/@Laura",
        "https://social.test/users/laura",
    ],
)
def test_a_customer_linked_by_hand_in_any_usual_form_gets_her_next_mention(context, server, typed):
    server.add_account("laura", "Laura")
    add_account(context, server)
    laura = hand_linked_customer(context, "mastodon", typed)
    mention(server, "laura", "we are coming back in May")
    [result] = sync_once(context)
    assert result.ok, result.detail
    assert_came_back_to(context, laura, "we are coming back in May")


def test_a_mastodon_user_name_without_its_server_is_refused_with_an_example(context):
    contact_id = context.writer.call(context.contacts.create, "Laura").id
    with pytest.raises(ValueError, match=r"@user@server \(e\.g\. @anna@mastodon\.social\)"):
        context.writer.call(context.contacts.link, contact_id, "mastodon", "@laura")
    assert context.contacts.get(contact_id).identities == ()
