"""The Bluesky connector against the Bluesky test server (entryway + PDS on 127.0.0.1).

Every test runs the whole httpx stack against tests/servers/bluesky_server.py, which
was written from the atproto docs by someone else. Each ``act`` builds a fresh
connector on a fresh HTTP client, as a new ``sync --once`` process would.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.bluesky import BlueskyConnector, BlueskyConnectorFactory
from socialinbox.clock import FakeClock, SystemClock
from socialinbox.core.connector import (
    AccountConfig,
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    OfflineError,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    TextLimit,
    TransientError,
)
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.rate_limits import RateLimitBook
from socialinbox.secrets import SecretStore
from tests.conftest import sync_once
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.bluesky_server import BlueskyServer

T = TypeVar("T")
ALICE = "alice.bsky.test"
BOB = "bob.bsky.test"
SHOP = "shop.bsky.test"
REASONS = ["mention", "reply", "quote"]


class MemorySlot:
    """A session slot like the keychain's, shared by the connectors of one test."""

    def __init__(self) -> None:
        self.value: str | None = None

    def load(self) -> str | None:
        return self.value

    def save(self, value: str | None) -> None:
        self.value = value


@pytest.fixture
def server() -> Iterator[BlueskyServer]:
    with BlueskyServer() as running:
        running.add_user(ALICE, "Alice Martin")
        running.add_user(BOB, "Bob")
        yield running


@pytest.fixture
def slot() -> MemorySlot:
    return MemorySlot()


def act(
    server: BlueskyServer,
    slot: MemorySlot,
    action: Callable[[BlueskyConnector], Awaitable[T]],
    *,
    password: str | None = None,
    base_url: str | None = None,
    handle: str = SHOP,
    settings: dict[str, str] | None = None,
    rate_limits: RateLimitBook | None = None,
) -> T:
    """Run ``action`` on a new connector with a new HTTP client (a new process, in effect;
    with ``rate_limits``, the account's waits in a database all of them share)."""

    async def go() -> T:
        async with httpx.AsyncClient(timeout=10) as http:
            account = AccountConfig(
                id=1,
                uuid="account-1",
                kind="bluesky",
                name="Shop",
                base_url=base_url or server.entryway_url,
                handle=handle,
                settings=settings or {},
            )
            context = ConnectorContext(
                account,
                password or server.business_password,
                http,
                SystemClock(),
                slot,
                rate_limits=rate_limits,
            )
            return await action(BlueskyConnectorFactory().create(context))

    return asyncio.run(go())


async def fetch_all(connector: BlueskyConnector, cursor: str | None = None) -> list[FetchBatch]:
    return [batch async for batch in connector.fetch(cursor)]


def fetch(
    server: BlueskyServer,
    slot: MemorySlot,
    cursor: str | None = None,
    rate_limits: RateLimitBook | None = None,
) -> tuple[list[Any], str | None]:
    """(messages of every batch in order, the last cursor or the one given)."""
    batches = act(server, slot, lambda c: fetch_all(c, cursor), rate_limits=rate_limits)
    messages = [m for b in batches for m in b.messages]
    return messages, batches[-1].cursor if batches else cursor


def mention(server: BlueskyServer, author: str, text: str, **kwargs: Any) -> dict[str, str]:
    return server.post(author, text, mentions=[SHOP], **kwargs)


def reply_to(target: dict[str, str], text: str, thread: str | None = None) -> OutgoingReply:
    return OutgoingReply(text, "bluesky", target["uri"], thread or target["uri"], None)


# -- sessions ----------------------------------------------------------------------


def test_a_new_process_reuses_the_stored_session_and_refreshes_rather_than_logging_in(server, slot):
    verified = act(server, slot, lambda c: c.verify())
    assert verified.handle == SHOP and verified.display_name == "Corner Shop"
    assert verified.settings == {"did": server.business_did}
    fetch(server, slot)
    fetch(server, slot)
    assert server.login_count == 1 and server.refresh_count == 0

    server.expire_access_tokens()
    mention(server, ALICE, "Open on Sunday, @shop.bsky.test?")
    messages, _ = fetch(server, slot)
    assert [m.text for m in messages if m.inbound] == ["Open on Sunday, @shop.bsky.test?"]
    assert server.login_count == 1 and server.refresh_count == 1

    # The rotated refresh token was kept: the next expiry refreshes again.
    server.expire_access_tokens()
    fetch(server, slot)
    assert server.login_count == 1 and server.refresh_count == 2

    # Only when the refresh token is refused too does it sign in again, once.
    server.expire_access_tokens()
    server.expire_refresh_tokens()
    fetch(server, slot)
    fetch(server, slot)
    assert server.login_count == 2


def test_after_sign_in_every_call_goes_to_the_pds_named_in_the_did_document(server, slot):
    root = mention(server, ALICE, "Hi @shop.bsky.test")
    fetch(server, slot)
    act(server, slot, lambda c: c.send(reply_to(root, "Hello @alice.bsky.test"), "k1"))
    assert server.entryway_url != server.pds_url
    by_listener = {(r.listener, r.nsid) for r in server.requests}
    assert ("entryway", "com.atproto.server.createSession") in by_listener
    assert {nsid for listener, nsid in by_listener if listener == "entryway"} == {
        "com.atproto.server.createSession"
    }
    assert {nsid for listener, nsid in by_listener if listener == "pds"} >= {
        "app.bsky.notification.listNotifications",
        "app.bsky.feed.getAuthorFeed",
        "app.bsky.feed.getPosts",
        "com.atproto.identity.resolveHandle",
        "com.atproto.repo.createRecord",
    }


def test_a_wrong_app_password_is_refused_in_words_and_not_tried_again(server, slot):
    wrong = "wxyz-wxyz-wxyz-wxyz"
    with pytest.raises(AuthenticationError) as refused:
        act(server, slot, lambda c: c.verify(), password=wrong)
    assert "app password" in str(refused.value) and wrong not in str(refused.value)
    # A scheduled sync with the same refused password does not spend another login.
    with pytest.raises(AuthenticationError):
        act(server, slot, lambda c: fetch_all(c), password=wrong)
    assert server.login_count == 1
    # A new app password is tried at once.
    assert act(server, slot, lambda c: c.verify()).handle == SHOP
    assert server.login_count == 2


def test_a_429_on_sign_in_is_remembered_until_its_reset_time(server, slot, clock, rate_limit_book):
    clock.set(datetime.now(UTC))  # the database's clock, where the wait is kept
    reset = (datetime.now(UTC) + timedelta(minutes=5)).replace(microsecond=0)
    server.fail_next("com.atproto.server.createSession", 429, ratelimit_reset=reset)
    for _ in range(2):
        with pytest.raises(RateLimitedError) as limited:
            act(server, slot, lambda c: c.verify(), rate_limits=rate_limit_book)
        # The reset is read against the server's Date header, which counts whole seconds.
    assert abs((limited.value.retry_at - reset).total_seconds()) < 2
    assert server.login_count == 1  # the second process waited instead of trying


def test_once_the_did_is_known_it_signs_in_with_the_did_so_a_new_handle_breaks_nothing(
    server, slot
):
    settings = {"did": server.business_did}
    verified = act(
        server, slot, lambda c: c.verify(), handle="old-name.bsky.test", settings=settings
    )
    assert verified.handle == SHOP
    [login] = [r for r in server.requests if r.nsid == "com.atproto.server.createSession"]
    assert login.json["identifier"] == server.business_did
    # The next process takes the stored session without asking for the old handle.
    fetch_all_with = act(server, slot, lambda c: fetch_all(c), settings=settings)
    assert fetch_all_with == [] and server.login_count == 1


# -- fetching ----------------------------------------------------------------------


def test_120_mentions_after_the_last_sync_arrive_once_each_oldest_first(server, slot):
    mention(server, ALICE, "first @shop.bsky.test")
    messages, cursor = fetch(server, slot)
    assert [m.text for m in messages] == ["first @shop.bsky.test"]

    news = server.post(SHOP, "We open at 9 tomorrow")
    sent = []
    for i in range(120):
        author = ALICE if i % 2 else BOB
        mention(server, author, f"question {i} for @shop.bsky.test")
        sent.append(f"question {i} for @shop.bsky.test")
        if i % 60 == 0:
            server.like(author, news["uri"])
            server.repost(author, news["uri"])
            server.follow(author)
    assert {n["reason"] for n in server.notifications()} >= {"like", "repost", "follow"}
    before = len(server.requests)

    messages, cursor = fetch(server, slot, cursor)
    assert [m.text for m in messages] == sent
    assert all(m.kind == "mention" and m.inbound for m in messages)
    pages = [r for r in server.requests[before:] if r.nsid.endswith("listNotifications")]
    assert len(pages) >= 2
    assert all(p.params["reasons"] == REASONS and p.params["limit"] == ["100"] for p in pages)

    again, _ = fetch(server, slot, cursor)
    assert again == []


def test_a_catch_up_interrupted_between_batches_resumes_without_gaps(server, slot):
    _, cursor = fetch(server, slot)
    for i in range(130):
        mention(server, ALICE, f"note {i} @shop.bsky.test")
    batches = act(server, slot, lambda c: fetch_all(c, cursor))
    assert len(batches[0].messages) == 100
    # The app stopped after storing the first batch with its cursor:
    rest, _ = fetch(server, slot, batches[0].cursor)
    assert [m.text for m in rest] == [f"note {i} @shop.bsky.test" for i in range(100, 130)]


def test_replies_and_quotes_arrive_in_their_threads(server, slot):
    own = server.post(SHOP, "Autumn menu is out")
    answer = server.post(ALICE, "Looks great", reply_to=own["uri"])
    quote = server.post(BOB, "Go here", quote=own["uri"])
    messages, _ = fetch(server, slot)
    by_text = {m.text: m for m in messages}
    assert by_text["Looks great"].kind == "reply"
    assert by_text["Looks great"].thread_remote_id == own["uri"]
    assert by_text["Looks great"].in_reply_to_remote_id == own["uri"]
    assert by_text["Go here"].kind == "mention" and by_text["Go here"].remote_id == quote["uri"]
    alice = by_text["Looks great"].author
    assert alice.key == server.did_of(ALICE) and alice.handle == "@alice.bsky.test"
    assert alice.display_name == "Alice Martin"
    rkey = answer["uri"].rsplit("/", 1)[1]
    assert by_text["Looks great"].url == f"https://bsky.app/profile/{ALICE}/post/{rkey}"
    # The business's own top-level post is no message to answer.
    assert "Autumn menu is out" not in by_text


def test_429_names_the_reset_time_and_nothing_is_asked_before_it(
    server, slot, clock, rate_limit_book
):
    clock.set(datetime.now(UTC))  # the database's clock, where the wait is kept
    fetch(server, slot, rate_limits=rate_limit_book)
    reset = (datetime.now(UTC) + timedelta(seconds=90)).replace(microsecond=0)
    server.fail_next("app.bsky.notification.listNotifications", 429, ratelimit_reset=reset)
    with pytest.raises(RateLimitedError) as limited:
        fetch(server, slot, rate_limits=rate_limit_book)
    # The reset is read against the server's Date header, which counts whole seconds.
    assert abs((limited.value.retry_at - reset).total_seconds()) < 2
    # The next process does not ask before the reset time either.
    before = len(server.requests)
    with pytest.raises(RateLimitedError):
        fetch(server, slot, rate_limits=rate_limit_book)
    assert len(server.requests) == before


def test_a_500_or_a_body_that_is_not_json_fails_the_round_and_the_next_catches_up(server, slot):
    _, cursor = fetch(server, slot)
    mention(server, ALICE, "still there? @shop.bsky.test")
    server.fail_next("app.bsky.notification.listNotifications", 500)
    with pytest.raises(TransientError) as failed:
        fetch(server, slot, cursor)
    assert not isinstance(failed.value, OfflineError)
    assert not failed.value.may_have_reached_server
    server.malformed_next("app.bsky.notification.listNotifications")
    with pytest.raises(TransientError):
        fetch(server, slot, cursor)
    messages, _ = fetch(server, slot, cursor)
    assert [m.text for m in messages] == ["still there? @shop.bsky.test"]


def test_an_unreachable_server_is_offline(slot):
    with BlueskyServer() as gone:
        url = gone.entryway_url
    with pytest.raises(OfflineError):
        act(gone, slot, lambda c: c.verify(), base_url=url)


def test_items_that_cannot_be_understood_are_set_aside_and_the_rest_arrive(server, slot):
    mention(server, ALICE, "good one @shop.bsky.test")
    broken_uri = f"at://{server.did_of(ALICE)}/app.bsky.feed.post/3kbroken22222"
    server.inject_notification(
        {
            "uri": broken_uri,
            "cid": "bafyreibroken",
            "author": "not a profile",
            "reason": "mention",
            "record": {"text": "BROKEN", "createdAt": "2026-11-25T08:00:00Z"},
            "isRead": False,
            "indexedAt": datetime.now(UTC).isoformat(),
        }
    )
    server.inject_notification({"reason": "mention", "record": 42})
    mention(server, ALICE, "good two @shop.bsky.test")
    batches = act(server, slot, lambda c: fetch_all(c))
    texts = [m.text for b in batches for m in b.messages]
    assert texts == ["good one @shop.bsky.test", "good two @shop.bsky.test"]
    malformed = [m for b in batches for m in b.malformed]
    assert [m.remote_id for m in malformed] == [broken_uri, None]
    assert "author" in malformed[0].error and "BROKEN" in malformed[0].payload
    # Set aside once: the next sync does not bring them back.
    assert fetch(server, slot, batches[-1].cursor)[0] == []


# -- sending -------------------------------------------------------------------------


def test_a_reply_to_a_mention_that_is_itself_a_reply_keeps_the_thread_root(server, slot):
    root = server.post(BOB, "Where is good soup around here?")
    middle = server.post(ALICE, "@shop.bsky.test does", reply_to=root["uri"], mentions=[SHOP])
    receipt = act(server, slot, lambda c: c.send(reply_to(middle, "Thank you!", root["uri"]), "k1"))
    [created] = server.records_created
    assert created["repo"] == server.business_did
    assert created["collection"] == "app.bsky.feed.post"
    assert created["record"]["reply"] == {"root": root, "parent": middle}
    assert receipt.remote_id.startswith(f"at://{server.business_did}/app.bsky.feed.post/")
    assert server.posts_by(SHOP)[0]["uri"] == receipt.remote_id
    rkey = receipt.remote_id.rsplit("/", 1)[1]
    assert receipt.url == f"https://bsky.app/profile/{SHOP}/post/{rkey}"


def test_mentions_in_a_reply_become_facets_with_utf8_byte_offsets(server, slot):
    target = mention(server, ALICE, "Dessert tips? @shop.bsky.test")
    text = (
        "Crème brûlée 🍮👩🏽‍🍳 for @alice.bsky.test, ask @bob.bsky.test — "
        "@nobody.bsky.test is not here. Menu: https://shop.example/menu."
    )
    act(server, slot, lambda c: c.send(reply_to(target, text), "k1"))
    record = server.records_created[0]["record"]
    data = text.encode("utf-8")
    covered = [
        (data[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode(), f["features"][0])
        for f in record["facets"]
    ]
    assert covered == [
        (
            "@alice.bsky.test",
            {"$type": "app.bsky.richtext.facet#mention", "did": server.did_of(ALICE)},
        ),
        ("@bob.bsky.test", {"$type": "app.bsky.richtext.facet#mention", "did": server.did_of(BOB)}),
        (
            "https://shop.example/menu",
            {"$type": "app.bsky.richtext.facet#link", "uri": "https://shop.example/menu"},
        ),
    ]
    # "Crème brûlée 🍮👩🏽‍🍳 for " is 23 characters but 40 bytes (è û é: 2 bytes each,
    # 🍮: 4, the cook with skin tone: 4 + 4 + 3 for the joiner + 4).
    assert record["facets"][0]["index"] == {"byteStart": 40, "byteEnd": 56}


def test_300_graphemes_go_out_and_301_are_refused_before_any_request(server, slot):
    target = mention(server, ALICE, "Write me a long one @shop.bsky.test")
    connector_limit = act(server, slot, lambda c: asyncio.sleep(0, c.text_limit()))
    assert connector_limit == TextLimit(300, "graphemes")
    accented = "e\u0301"  # one grapheme, two code points
    act(server, slot, lambda c: c.send(reply_to(target, accented * 300), "k1"))
    assert len(server.records_created) == 1
    with pytest.raises(PermanentError, match="300"):
        act(server, slot, lambda c: c.send(reply_to(target, accented * 301), "k2"))
    assert len(server.create_record_attempts) == 1


def test_an_expired_session_while_sending_is_refreshed_and_the_post_made_once(server, slot):
    target = mention(server, ALICE, "Hello @shop.bsky.test")
    fetch(server, slot)
    server.expire_access_tokens()
    act(server, slot, lambda c: c.send(reply_to(target, "Hello Alice"), "k1"))
    assert len(server.records_created) == 1
    assert server.login_count == 1 and server.refresh_count == 1


def test_a_post_whose_answer_was_lost_is_found_and_not_sent_twice(server, slot):
    target = mention(server, ALICE, "Table for two? @shop.bsky.test")
    reply = reply_to(target, "Of course, see you at 8")
    server.drop_next("com.atproto.repo.createRecord")
    with pytest.raises(TransientError) as unanswered:
        act(server, slot, lambda c: c.send(reply, "k1"))
    assert unanswered.value.may_have_reached_server
    found = act(server, slot, lambda c: c.find_sent(reply, "k1"))
    assert found is not None and found.remote_id == server.posts_by(SHOP)[0]["uri"]
    other = reply_to(target, "Of course, see you at 9")
    assert act(server, slot, lambda c: c.find_sent(other, "k2")) is None


@pytest.mark.parametrize("certain", [True, False])
def test_the_look_up_reads_the_repository_and_is_certain_only_there(server, slot, certain):
    running: BlueskyServer = server
    if not certain:
        # A server that does not offer listRecords (501 MethodNotImplemented).
        running.fail_next("com.atproto.repo.listRecords", status=501, times=10)
    target = mention(running, ALICE, "Cake today? @shop.bsky.test")
    made = act(running, slot, lambda c: c.send(reply_to(target, "Lemon tart"), "k1"))

    async def look(connector: BlueskyConnector) -> tuple[Any, Any, bool]:
        found = await connector.find_sent(reply_to(target, "Lemon tart"), "k1")
        missing = await connector.find_sent(reply_to(target, "Apple pie"), "k2")
        return found, missing, connector.sent_lookup_is_certain

    found, missing, is_certain = act(running, slot, look)
    assert found is not None and found.remote_id == made.remote_id
    # Not found in the repository itself is proof; not found in the author feed is not.
    assert missing is None and is_certain is certain
    asked = {r.nsid for r in running.requests}
    assert ("com.atproto.repo.listRecords" in asked) is True
    assert ("app.bsky.feed.getAuthorFeed" in asked) is not certain


def test_a_dropped_connection_before_the_post_was_stored_is_not_found(server, slot):
    target = mention(server, ALICE, "Parking? @shop.bsky.test")
    reply = reply_to(target, "Behind the shop")
    server.fail_next("com.atproto.repo.createRecord", 503)
    with pytest.raises(TransientError):
        act(server, slot, lambda c: c.send(reply, "k1"))
    assert act(server, slot, lambda c: c.find_sent(reply, "k1")) is None


def test_a_refused_post_is_a_permanent_error_in_the_servers_words(server, slot):
    target = mention(server, ALICE, "Hello @shop.bsky.test")
    server.fail_next("com.atproto.repo.createRecord", 400)
    with pytest.raises(PermanentError, match="InvalidRequest"):
        act(server, slot, lambda c: c.send(reply_to(target, "Hi"), "k1"))
    gone = {"uri": target["uri"].rsplit("/", 1)[0] + "/3zzzzzzzzzzzz", "cid": "bafyreigone"}
    with pytest.raises(PermanentError, match="gone"):
        act(server, slot, lambda c: c.send(reply_to(gone, "Hi"), "k2"))
    assert server.records_created == []


# -- with the app: inbox, outbox and the keychain ------------------------------------


@pytest.fixture
def app_clock() -> FakeClock:
    """The app's clock starts at the server's (real) time and moves when a test says."""
    return FakeClock(datetime.now(UTC))


def make_app(tmp_path: Path, keyring: Any, server: BlueskyServer, clock: FakeClock) -> AppContext:
    """The app with the shop's Bluesky account connected to ``server``."""
    ctx = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="tester"),
        clock=clock,
        secrets=SecretStore(keyring),
    )
    account = ctx.accounts.get(
        ctx.writer.call(
            ctx.accounts.create, "bluesky", "Shop", base_url=server.entryway_url, handle=SHOP
        ).id
    )
    ctx.secrets.set(account.uuid, server.business_password)
    return ctx


@pytest.fixture
def app(
    tmp_path: Path, memory_keyring, server: BlueskyServer, app_clock: FakeClock
) -> Iterator[AppContext]:
    ctx = make_app(tmp_path, memory_keyring, server, app_clock)
    yield ctx
    ctx.close()


def waiting(ctx: AppContext) -> dict[str, bool]:
    """Inbound messages by text: whether each still needs a reply."""
    rows = ctx.inbox.page(InboxFilter(), limit=500)
    return {r.preview: r.needs_reply for r in rows if r.inbound}


def test_a_customer_answered_from_the_phone_stops_needing_a_reply(app, server):
    question = mention(server, ALICE, "Do you deliver? @shop.bsky.test")
    mention(server, BOB, "Gift cards? @shop.bsky.test")
    [result] = sync_once(app)
    assert result.ok, result.detail
    assert waiting(app) == {
        "Do you deliver? @shop.bsky.test": True,
        "Gift cards? @shop.bsky.test": True,
    }
    server.post(SHOP, "Yes, within 5 km!", reply_to=question["uri"])
    [result] = sync_once(app)
    assert result.ok, result.detail
    assert waiting(app) == {
        "Do you deliver? @shop.bsky.test": False,
        "Gift cards? @shop.bsky.test": True,
    }
    assert server.login_count == 1  # the session came back from the keychain


def test_a_reply_whose_answer_was_lost_is_looked_up_by_the_next_round_not_resent(
    app, server, app_clock
):
    mention(server, ALICE, "Vegan options? @shop.bsky.test")
    sync_once(app)
    [row] = app.inbox.page(InboxFilter(), limit=10)
    app.writer.call(app.outbox.create_reply, row.id, "Yes, three of them", "tester", approve=True)
    server.drop_next("com.atproto.repo.createRecord")
    [result] = sync_once(app)
    assert len(server.records_created) == 1 and result.sent == 0
    for _ in range(3):
        app_clock.advance(timedelta(hours=2))  # past any backoff
        sync_once(app)
    assert len(server.create_record_attempts) == 1
    assert [p["record"]["text"] for p in server.posts_by(SHOP)] == ["Yes, three of them"]
    assert waiting(app) == {"Vegan options? @shop.bsky.test": False}


# -- any payload --------------------------------------------------------------------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
_times = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
).map(lambda t: t.isoformat())
_items = st.fixed_dictionaries(
    {"reason": st.sampled_from(REASONS)},
    optional={
        "uri": _json
        | st.from_regex(r"at://did:plc:[a-z2-7]{24}/app\.bsky\.feed\.post/[a-z2-7]{13}"),
        "author": _json | st.just({"did": "did:plc:aaaaaaaaaaaaaaaaaaaaaaaa", "handle": "x.test"}),
        "record": _json
        | st.fixed_dictionaries(
            {"text": st.text(max_size=20) | _json},
            optional={"createdAt": _times | _json, "reply": _json, "facets": _json},
        ),
        "indexedAt": _times | _json,
    },
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_items, min_size=1, max_size=6))
def test_whatever_the_listing_holds_the_good_items_arrive_and_the_rest_is_set_aside_once(items):
    slot = MemorySlot()
    with BlueskyServer() as server:
        server.add_user(ALICE)
        mention(server, ALICE, "before @shop.bsky.test")
        for item in items:
            server.inject_notification(item)
        mention(server, ALICE, "after @shop.bsky.test")
        batches = act(server, slot, lambda c: fetch_all(c))
        texts = [m.text for b in batches for m in b.messages]
        assert "before @shop.bsky.test" in texts and texts.count("after @shop.bsky.test") == 1
        assert len(texts) + sum(len(b.malformed) for b in batches) <= len(items) + 2
        # Nothing comes twice: the next sync brings neither messages nor set-aside items.
        later = act(server, slot, lambda c: fetch_all(c, batches[-1].cursor))
        assert [(b.messages, b.malformed) for b in later if b.messages or b.malformed] == []
        # And a bad time on a bad item (one in 2029, say) holds back no later message.
        mention(server, ALICE, "much later @shop.bsky.test")
        last = act(server, slot, lambda c: fetch_all(c, batches[-1].cursor))
        assert [m.text for b in last for m in b.messages] == ["much later @shop.bsky.test"]


def test_a_500_while_posting_is_checked_then_sent_once(tmp_path, memory_keyring, server, app_clock):
    app = make_app(tmp_path, memory_keyring, server, app_clock)
    mention(server, ALICE, "Open late? @shop.bsky.test")
    sync_once(app)
    [row] = app.inbox.page(InboxFilter(), limit=10)
    app.writer.call(app.outbox.create_reply, row.id, "Until 23:00", "tester", approve=True)
    server.fail_next("com.atproto.repo.createRecord", 500)
    [result] = sync_once(app)
    assert result.sent == 0 and server.records_created == []
    app_clock.advance(timedelta(hours=2))
    [result] = sync_once(app)
    # A 500 may hide a post that was made: it was looked for first, then sent once.
    assert result.sent == 1
    assert [p["record"]["text"] for p in server.posts_by(SHOP)] == ["Until 23:00"]
    looked = [r.nsid for r in server.requests if r.nsid.startswith("com.atproto.repo.")]
    assert looked[-2:] == ["com.atproto.repo.listRecords", "com.atproto.repo.createRecord"]
    app.close()


def test_a_429_is_kept_in_the_database_and_a_second_process_does_not_ask_before_it(
    app, server, app_clock, tmp_path, memory_keyring
):
    assert sync_once(app)[0].ok
    reset = (app_clock.now() + timedelta(seconds=90)).replace(microsecond=0)
    server.fail_next("app.bsky.notification.listNotifications", 429, ratelimit_reset=reset)
    [limited] = sync_once(app)
    assert not limited.ok and "rate-limited" in limited.detail
    with app.db.read() as session:
        [(bucket, until)] = session.execute(text("SELECT bucket, until FROM rate_limits")).all()
    assert bucket == "requests" and abs(until / 1e6 - reset.timestamp()) < 1

    # The command line on the same database, while the window still runs.
    other = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="cli"),
        clock=app_clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        before = len(server.requests)
        [waited] = sync_once(other)
        assert not waited.ok and "rate-limited" in waited.detail
        assert len(server.requests) == before  # not one request before the reset
        app_clock.set(reset + timedelta(seconds=1))
        assert sync_once(other)[0].ok
        assert len(server.requests) > before
    finally:
        other.close()


# -- an identity linked by hand meets her next post ------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "laura.bsky.test",
        "@Laura.bsky.test ",
        "https://bsky.app/profile/laura.bsky.test",
        "bsky.app/profile/Laura.bsky.test/",
        "her DID",
        "her profile address by DID",
    ],
)
def test_a_customer_linked_by_hand_in_any_usual_form_gets_her_next_post(app, server, typed):
    did = server.add_user("laura.bsky.test", "Laura")
    typed = {"her DID": did, "her profile address by DID": f"https://bsky.app/profile/{did}"}.get(
        typed, typed
    )
    laura = hand_linked_customer(app, "bluesky", typed)
    mention(server, "laura.bsky.test", "Back in May! @shop.bsky.test")
    [result] = sync_once(app)
    assert result.ok, result.detail
    assert_came_back_to(app, laura, "Back in May!")
    # From her first post on she is known by her DID, which survives a change of handle.
    [identity] = app.contacts.get(laura).identities
    assert (identity.key, identity.handle) == (did, "@laura.bsky.test")
