"""The X connector against the X API v2 test server (tests/servers/x_server.py, written from
X's documentation by someone else): catch-up, paging edges, rate limits, replies exactly
once, uncertain sends, refusals, the sign-in's renewal and revocation. The whole httpx stack
runs; nothing is mocked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.channels.x import MENTIONS_REACH
from socialinbox.channels.x_parse import plain_text
from socialinbox.clock import FakeClock
from socialinbox.core.connector import OutgoingReply, PermanentError
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message, RateLimit
from socialinbox.sync.connect import AccountDraft
from tests.conftest import sync_once, with_engine
from tests.helpers import (
    assert_came_back_to,
    hand_linked_customer,
    outbox_state,
    reply_through_outbox,
)
from tests.servers.x_server import XServer

MENTIONS = "/2/users/"  # every timeline request starts so; told apart by their ending


@pytest.fixture
def x(clock: FakeClock) -> Iterator[XServer]:
    with XServer(now=clock.now) as server:
        yield server


def grant(x: XServer, clock: FakeClock, username: str = "business") -> str:
    """The kept secret of a sign-in (as the browser sign-in keeps it)."""
    answer = x.issue_token(username)
    return OAuthTokens(
        access_token=answer["access_token"],
        refresh_token=answer.get("refresh_token"),
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=x.client_id,
    ).to_secret()


def add_x(ctx: AppContext, x: XServer, secret: str) -> int:
    """``accounts add x --base-url …`` with the grant: verified, then kept."""

    async def add(engine: Any) -> int:
        created = await ctx.account_setup(engine).add(
            AccountDraft("x", "Our X", base_url=x.base_url), secret
        )
        return created.id

    return with_engine(ctx, add)


@pytest.fixture
def account(context: AppContext, x: XServer, clock: FakeClock) -> int:
    return add_x(context, x, grant(x, clock))


def stored(ctx: AppContext) -> dict[str, Any]:
    with ctx.db.read() as session:
        rows = session.execute(
            select(
                Message.id,
                Message.remote_id,
                Message.inbound,
                Message.needs_reply,
                Message.kind,
                Message.text,
                Message.author_handle,
                Message.in_reply_to_remote_id,
                Message.thread_key,
            )
        ).all()
    return {row.remote_id: row for row in rows}


def flood(x: XServer, clock: FakeClock, count: int, author: str) -> list[str]:
    """``count`` mentions, one a second, the last one now (the clock moves past them)."""
    clock.advance(timedelta(seconds=count + 60))
    start = clock.now() - timedelta(seconds=count)
    return [p["id"] for p in x.add_mentions(count, author, start=start, step=timedelta(seconds=1))]


def mention_requests(x: XServer) -> list[Any]:
    return [r for r in x.requests_to(MENTIONS, method="GET") if r.path.endswith("/mentions")]


# -- connecting -------------------------------------------------------------------------


def test_the_account_is_verified_as_the_signed_in_user(context, x, account):
    info = context.accounts.get(account)
    assert (info.kind, info.handle) == ("x", "business")
    assert info.settings["user_id"] == x.business["id"]


# -- reading mentions ---------------------------------------------------------------------


def test_a_catch_up_over_several_pages_brings_every_mention_once_with_its_author(
    context, x, clock, account
):
    x.add_user("maya", "Maya Okafor")
    first = [x.mention("maya", f"first {n}")["id"] for n in range(3)]
    assert sync_once(context)[0].new == 3
    before = len(mention_requests(x))

    late = flood(x, clock, 250, "maya")
    [result] = sync_once(context)
    assert result.ok and result.new == 250, result
    rows = stored(context)
    assert set(first) | set(late) <= set(rows)
    assert all(rows[i].kind == "mention" and rows[i].inbound for i in late)
    assert rows[first[0]].author_handle == "@maya"
    catch_up = mention_requests(x)[before:]
    assert all(r.query["since_id"] == [max(first)] for r in catch_up)
    assert all(r.query["expansions"] == ["author_id"] for r in catch_up)
    assert len(catch_up) >= 3 and "pagination_token" in catch_up[1].query
    # The cursor is the newest mention: the next round asks only for what is newer.
    sync_once(context)
    assert mention_requests(x)[-1].query["since_id"] == [max(late)]


def test_nothing_new_and_exactly_one_page_are_read_without_loss_or_repeat(
    context, x, clock, account
):
    x.add_user("maya")
    x.mention("maya", "hello")
    sync_once(context)
    [quiet] = sync_once(context)
    assert quiet.ok and quiet.new == 0

    page = flood(x, clock, 100, "maya")
    [full] = sync_once(context)
    assert full.ok and full.new == 100
    assert set(page) <= set(stored(context))
    [after] = sync_once(context)
    assert after.new == 0


def test_a_catch_up_past_xs_800_mention_reach_says_so_in_the_accounts_state(
    context, x, clock, account
):
    x.add_user("maya")
    x.mention("maya", "before the flood")
    sync_once(context)
    flood(x, clock, MENTIONS_REACH + 50, "maya")
    [result] = sync_once(context)
    assert result.ok and result.new == MENTIONS_REACH
    assert "older mentions are beyond X's reach" in result.detail
    info = context.accounts.get(account)
    assert info.status == "ok" and "beyond X's reach" in (info.last_error or "")
    # The next sync that reads everything clears the notice.
    x.mention("maya", "one more")
    sync_once(context)
    assert context.accounts.get(account).last_error is None


def test_an_account_without_mentions_at_first_misses_none_later(context, x, clock, account):
    x.add_user("maya")
    assert sync_once(context)[0].new == 0
    late = flood(x, clock, 250, "maya")
    assert sync_once(context)[0].new == 250
    assert set(late) <= set(stored(context))


def test_the_first_sync_keeps_only_the_own_replies_to_the_mentions_it_read(context, x, clock):
    x.add_user("maya")
    old = x.mention("maya", "a question from last year", created_at=clock.now())
    x.reply("business", old["id"], "an answer from last year", created_at=clock.now())
    clock.advance(timedelta(days=1))
    x.add_mentions(120, "maya", start=clock.now(), step=timedelta(seconds=1))
    clock.advance(timedelta(minutes=5))
    recent = x.mention("maya", "is the bar open?")
    answer = x.reply("business", recent["id"], "until midnight")
    add_x(context, x, grant(x, clock))
    sync_once(context)
    rows = stored(context)
    assert old["id"] not in rows  # beyond the newest page the first sync reads
    assert [r.remote_id for r in rows.values() if not r.inbound] == [answer["id"]]
    assert not rows[recent["id"]].needs_reply


def test_a_reply_made_on_x_by_the_account_stops_the_mention_needing_a_reply(
    context, x, clock, account
):
    x.add_user("maya")
    question = x.mention("maya", "is the terrace open tonight?")
    other = x.mention("maya", "and do you still have the cornbread?")
    sync_once(context)
    assert stored(context)[question["id"]].needs_reply
    clock.advance(timedelta(minutes=3))
    answer = x.reply("business", question["id"], "yes, until 10!")
    x.post("business", "New menu today")  # answers nobody: no message
    sync_once(context)
    rows = stored(context)
    assert not rows[question["id"]].needs_reply and rows[other["id"]].needs_reply
    mine = rows[answer["id"]]
    assert not mine.inbound and mine.in_reply_to_remote_id == question["id"]
    assert mine.thread_key == rows[question["id"]].thread_key
    assert len([r for r in rows.values() if not r.inbound]) == 1


def test_a_customers_answer_to_our_reply_stays_in_the_conversation(context, x, clock, account):
    x.add_user("maya")
    question = x.mention("maya", "do you take dogs?")
    ours = x.reply("business", question["id"], "we do!")
    clock.advance(timedelta(minutes=1))
    again = x.reply("maya", ours["id"], "great, see you Friday")
    sync_once(context)
    rows = stored(context)
    assert rows[again["id"]].thread_key == rows[question["id"]].thread_key
    assert rows[again["id"]].in_reply_to_remote_id == ours["id"]


def test_hostile_text_is_kept_as_the_plain_text_it_is(context, x, account):
    x.add_user("mallory", "<b>Mallory</b> & <i>co</i>")
    texts = [
        "<script>alert(1)</script> <a href='file:///etc/passwd'>x</a> & co",
        "\u202eevil\u202c \u200b zero width \U0001f35e " + "long " * 2000,
        "combining: e\u0301\u0301\u0301 — rtl: \u05e9\u05dc\u05d5\u05dd",
    ]
    posted = [x.mention("mallory", text) for text in texts]
    sync_once(context)
    rows = stored(context)
    for post, text in zip(posted, texts, strict=True):
        assert text in rows[post["id"]].text
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=50) if "script" in m.preview]
    assert "<script>" in row.preview
    assert (row.author_name, row.author_handle) == ("<b>Mallory</b> & <i>co</i>", "@mallory")


def test_the_cornbread_guests_tweet_reaches_her_card_and_raises_her_return_reminder(
    context, x, account
):
    x.add_user("MayaOkafor", "Maya Okafor")
    laura = hand_linked_customer(context, "x", "https://twitter.com/mayaokafor")
    x.mention("MayaOkafor", "we are coming back in May for more cornbread!")
    sync_once(context)
    assert_came_back_to(context, laura, "we are coming back in May")


def test_xs_three_html_entities_become_the_characters_written():
    # X escapes &, < and > in a post's text (and only those).
    assert plain_text("&lt;b&gt;hi&lt;/b&gt; fish &amp; chips &amp;lt; &quot;") == (
        "<b>hi</b> fish & chips &lt; &quot;"
    )


# -- replying ---------------------------------------------------------------------------


def test_a_reply_goes_out_exactly_once_and_answers_the_mention(context, x, clock, account):
    x.add_user("maya")
    question = x.mention("maya", "is breakfast included?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question["id"]].id, "It is, 7 to 10!")
    [result] = sync_once(context)
    assert result.sent == 1
    sync_once(context)
    assert len(x.created_via_api) == 1
    assert outbox_state(context, item)[0] == "sent"
    body = json.loads(x.requests_to("/2/tweets", method="POST")[0].body)
    assert body == {"text": "It is, 7 to 10!", "reply": {"in_reply_to_tweet_id": question["id"]}}
    rows = stored(context)
    assert not rows[question["id"]].needs_reply
    assert sum(1 for r in rows.values() if not r.inbound) == 1  # our post came back once


def test_a_send_whose_answer_was_lost_is_found_in_the_accounts_posts(context, x, clock, account):
    x.add_user("maya")
    question = x.mention("maya", "parking?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question["id"]].id, "Free, behind us.")
    x.drop_next("/2/tweets", after_processing=True, method="POST")
    sync_once(context)
    assert len(x.created_via_api) == 1
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(x.created_via_api) == 1  # never a second post


def test_a_send_dropped_before_x_did_it_is_outcome_unknown_not_resent(context, x, clock, account):
    x.add_user("maya")
    question = x.mention("maya", "late check-out?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question["id"]].id, "Until noon.")
    x.drop_next("/2/tweets", method="POST")
    sync_once(context)
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "outcome_unknown" and "may have arrived" in (error or "")
    assert x.created_via_api == []


def test_a_duplicate_text_is_refused_with_a_reason_and_not_counted_sent(context, x, clock, account):
    x.add_user("maya")
    x.add_user("tom")
    one = x.mention("maya", "wifi password?")
    two = x.mention("tom", "what is the wifi password?")
    sync_once(context)
    rows = stored(context)
    first = reply_through_outbox(context, rows[one["id"]].id, "It is on the key card.")
    sync_once(context)
    second = reply_through_outbox(context, rows[two["id"]].id, "It is on the key card.")
    sync_once(context)
    assert outbox_state(context, first)[0] == "sent"
    state, error = outbox_state(context, second)
    assert state == "failed" and "duplicate" in (error or "")
    assert len(x.created_via_api) == 1


def test_a_reply_to_a_deleted_post_fails_saying_so(context, x, clock, account):
    x.add_user("maya")
    question = x.mention("maya", "room for two on Friday?")
    sync_once(context)
    x.delete_tweet(question["id"])
    item = reply_through_outbox(context, stored(context)[question["id"]].id, "Yes!")
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "failed" and "deleted" in (error or "")


def test_the_self_serve_reply_rule_is_a_clear_permanent_error(context, x, clock, account):
    x.add_user("maya")
    # A post that does not mention the business (one of a thread shown for context):
    # on a self-serve plan X refuses a reply to it, and the error says why.
    elsewhere = x.post("maya", "Lovely evening in town")

    async def send(engine: Any) -> None:
        conn = await engine.connector_for(context.accounts.get(account))
        reply = OutgoingReply("Thanks!", "x", elsewhere["id"], elsewhere["id"], None)
        await conn.send(reply, "key")

    with pytest.raises(PermanentError, match="only to posts that mention the account"):
        with_engine(context, send)
    assert x.created_via_api == []


# -- rate limits ----------------------------------------------------------------------------


def test_a_429_is_honoured_until_xs_reset_by_every_process(
    context, x, clock, account, tmp_path, memory_keyring
):
    x.add_user("maya")
    x.mention("maya", "hi")
    reset = clock.now() + timedelta(minutes=10)
    x.exhaust_rate_limit("GET /2/users/:id/mentions", reset_at=reset)
    [limited] = sync_once(context)
    assert not limited.ok and "rate-limited" in limited.detail
    with context.db.read() as session:
        row = session.execute(select(RateLimit)).scalar_one()
    assert row.bucket == "x:mentions" and row.until == reset

    other = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="cli"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        before = len(mention_requests(x))
        [waited] = sync_once(other)
        assert not waited.ok and "rate-limited" in waited.detail
        assert len(mention_requests(x)) == before  # not one request before the reset
        clock.advance(timedelta(minutes=10, seconds=1))
        [fine] = sync_once(other)
        assert fine.ok and fine.new == 1
    finally:
        other.close()


def test_the_last_request_of_a_window_makes_the_next_round_wait(context, x, clock, account):
    reset = clock.now() + timedelta(minutes=7)
    x.set_rate_limit("GET /2/users/:id/mentions", 300, remaining=1, reset_at=reset)
    assert sync_once(context)[0].ok
    before = len(mention_requests(x))
    [waiting] = sync_once(context)
    assert not waiting.ok and len(mention_requests(x)) == before


def test_a_catch_up_cut_short_by_the_rate_limit_keeps_what_it_read_and_misses_nothing(
    context, x, clock, account
):
    x.add_user("maya")
    x.mention("maya", "first")
    sync_once(context)
    late = flood(x, clock, 250, "maya")
    reset = clock.now() + timedelta(minutes=15)
    x.set_rate_limit("GET /2/users/:id/mentions", 300, remaining=2, reset_at=reset)
    [cut] = sync_once(context)
    assert not cut.ok and "rate-limited" in cut.detail
    assert cut.new == 200  # the two newest pages, kept
    clock.advance(timedelta(minutes=15, seconds=1))
    newer_still = flood(x, clock, 30, "maya")
    asked = len(mention_requests(x))
    [rest] = sync_once(context)
    assert rest.ok and rest.new == 80
    assert set(late) | set(newer_still) <= set(stored(context))
    # The gap below the pages read first, then what is newer: nothing is read twice.
    gap, newer_ones = mention_requests(x)[asked:]
    assert gap.query["until_id"] and gap.query["since_id"] != newer_ones.query["since_id"]
    assert newer_ones.query["since_id"] == [max(late)] and "until_id" not in newer_ones.query
    [after] = sync_once(context)
    assert after.new == 0


# -- the sign-in ----------------------------------------------------------------------------


def test_an_expiring_access_token_is_refreshed_and_the_renewal_kept(context, x, clock, account):
    kept = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    clock.advance(timedelta(hours=1, minutes=58))
    [result] = sync_once(context)
    assert result.ok, result
    renewed = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    assert renewed.access_token != kept.access_token
    assert renewed.refresh_token != kept.refresh_token
    assert x.count("/2/oauth2/token") == 1


def test_a_revoked_grant_asks_to_sign_in_again_with_xs_reason(context, x, clock, account):
    x.revoke_grant()
    [result] = sync_once(context)
    assert not result.ok
    assert result.detail.startswith("sign-in refused")
    assert "token was invalid" in result.detail or "revoked" in result.detail, result.detail
    info = context.accounts.get(account)
    assert info.status == "error" and "sign-in refused" in (info.last_error or "")


def test_an_access_token_revoked_alone_is_renewed_once_and_the_sync_goes_on(
    context, x, clock, account
):
    kept = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    x.revoke_token(kept.access_token)
    x.add_user("maya")
    x.mention("maya", "still there?")
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result
    assert x.count("/2/oauth2/token") == 1
