"""The Facebook Page and Instagram connectors against the Meta Graph API test server
(tests/servers/meta_server.py, written from Meta's documentation by someone else):
catch-up and paging, comments, the messaging window, usage headers and throttling,
replies exactly once, dropped connections, a revoked grant, hostile payloads. The whole
httpx stack runs; nothing is mocked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.channels.meta_api import BUCKET_READ
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.core.outbox_service import OutboxError
from socialinbox.storage.schema import Message, OutboxItem, RateLimit
from socialinbox.sync.connect import AccountDraft
from tests.conftest import sync_once, with_engine
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.meta_server import MetaServer


@pytest.fixture
def meta(clock: FakeClock) -> Iterator[MetaServer]:
    with MetaServer(now=clock.now) as server:
        yield server


def grant(meta: MetaServer, clock: FakeClock) -> str:
    """The kept secret of a sign-in (a long-lived user token, as the browser sign-in keeps it)."""
    answer = meta.issue_user_token(long_lived=True)
    return OAuthTokens(
        access_token=answer["access_token"],
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=meta.app_id,
        client_secret=meta.app_secret,
    ).to_secret()


def add_account(
    ctx: AppContext, meta: MetaServer, secret: str, kind: str = "facebook", **settings: str
) -> int:
    async def add(engine: Any) -> int:
        created = await ctx.account_setup(engine).add(
            AccountDraft(kind, f"Our {kind}", base_url=meta.base_url, settings=settings), secret
        )
        return created.id

    return with_engine(ctx, add)


@pytest.fixture
def page(context: AppContext, meta: MetaServer, clock: FakeClock) -> int:
    return add_account(context, meta, grant(meta, clock))


@pytest.fixture
def instagram(context: AppContext, meta: MetaServer, clock: FakeClock) -> int:
    return add_account(context, meta, grant(meta, clock), "instagram")


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
                Message.author_name,
                Message.author_handle,
                Message.thread_key,
                Message.subject,
            )
        ).all()
    return {row.remote_id: row for row in rows}


def reply(ctx: AppContext, message_id: int, text: str) -> int:
    return ctx.writer.call(
        ctx.outbox.create_reply, message_id, text, "tester", approve=True
    ).item.id


def outbox_state(ctx: AppContext, item_id: int) -> tuple[str, str | None]:
    with ctx.db.read() as session:
        row = session.execute(
            select(OutboxItem.state, OutboxItem.last_error).where(OutboxItem.id == item_id)
        ).one()
    return str(row.state).rsplit(".", 1)[-1], row.last_error


# -- connecting -------------------------------------------------------------------------


def test_the_account_is_the_page_and_its_instagram_account(context, meta, page, instagram):
    fb, ig = context.accounts.get(page), context.accounts.get(instagram)
    assert (fb.kind, fb.handle, fb.settings["page_id"]) == (
        "facebook",
        "The Business",
        meta.page["id"],
    )
    assert (ig.kind, ig.handle) == ("instagram", "@thebusiness")
    assert ig.settings["ig_user_id"] == meta.instagram["id"]


def test_several_pages_need_the_page_named(context, meta, clock):
    other = meta.add_page("The Annexe")
    secret = grant(meta, clock)
    with pytest.raises(Exception, match="several Pages"):
        add_account(context, meta, secret)
    account = add_account(context, meta, secret, page="the annexe")
    assert context.accounts.get(account).settings["page_id"] == other["id"]


# -- reading ------------------------------------------------------------------------------


def test_a_customers_messenger_message_arrives_and_its_author_becomes_a_contact(
    context, meta, clock, page
):
    margit = meta.add_customer("Margit Hale")
    said = meta.customer_says(margit["id"], "Do you sell gift vouchers?")
    [result] = sync_once(context)
    assert result.ok, result
    row = stored(context)[said["id"]]
    assert (row.kind, row.inbound, row.needs_reply, row.author_name) == (
        "direct",
        True,
        True,
        "Margit Hale",
    )
    detail = context.inbox.get(row.id)
    assert detail is not None and detail.contact_id is not None


def test_a_catch_up_over_several_pages_brings_every_conversation_once(context, meta, clock, page):
    meta.customer_says(meta.add_customer("First")["id"], "hello")
    sync_once(context)
    clock.advance(timedelta(minutes=1))
    many = meta.add_conversations(60, start=clock.now() + timedelta(minutes=1))
    clock.advance(timedelta(hours=2))
    [result] = sync_once(context)
    assert result.ok and result.new == 60, result
    rows = stored(context)
    assert all(c["message"]["id"] in rows for c in many) if many and "message" in many[0] else True
    assert sum(1 for r in rows.values() if r.inbound) == 61
    [again] = sync_once(context)
    assert again.new == 0


def test_exactly_one_full_page_then_nothing_new_reads_no_more_than_needed(
    context, meta, clock, page
):
    meta.customer_says(meta.add_customer("First")["id"], "hello")
    sync_once(context)
    clock.advance(timedelta(minutes=1))
    meta.add_conversations(25, start=clock.now())  # one page exactly (Meta's default 25)
    clock.advance(timedelta(hours=1))
    [full] = sync_once(context)
    assert full.ok and full.new == 25, full
    conversations = f"/{meta.page['id']}/conversations"
    asked = meta.count(conversations)
    [quiet] = sync_once(context)
    assert quiet.ok and quiet.new == 0
    # Nothing new: the newest conversation is at the cursor (read again and recognised as
    # stored) and no page follows it: one request.
    assert meta.count(conversations) - asked == 1


def test_a_long_conversation_is_read_past_its_first_messages(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    meta.customer_says(anna["id"], "hi")
    sync_once(context)
    for n in range(40):
        meta.customer_says(anna["id"], f"line {n}", at=clock.now() + timedelta(seconds=n + 1))
    clock.advance(timedelta(minutes=5))
    [result] = sync_once(context)
    assert result.ok and result.new == 40, result


def test_comments_on_the_pages_posts_arrive_with_the_post_as_subject(context, meta, clock, page):
    post = meta.add_post("Our new winter menu is here!\nCome and taste it.")
    margit = meta.add_customer("Margit Hale")
    comment = meta.comment(post["id"], "Is there a vegan option?", author=margit["id"])
    [result] = sync_once(context)
    assert result.ok, result
    row = stored(context)[comment["id"]]
    assert (row.kind, row.needs_reply, row.subject) == (
        "comment",
        True,
        "Our new winter menu is here!",
    )
    # The Page answers on facebook.com: the comment stops needing a reply.
    clock.advance(timedelta(minutes=3))
    meta.comment(comment["id"], "Yes, the squash risotto!", author=None)
    clock.advance(timedelta(minutes=1))
    sync_once(context)
    assert not stored(context)[comment["id"]].needs_reply


def test_instagram_comments_and_messages_arrive_with_the_user_name(context, meta, clock, instagram):
    media = meta.add_media("Sunset on the terrace")
    lucia = meta.add_customer("Lucia", platform="instagram", username="lucia.ferrante")
    comment = meta.comment(media["id"], "Gorgeous! Open in winter?", author=lucia["id"])
    said = meta.customer_says(lucia["id"], "Can I book the terrace?")
    [result] = sync_once(context)
    assert result.ok, result
    rows = stored(context)
    assert (rows[comment["id"]].kind, rows[comment["id"]].author_handle) == (
        "comment",
        "@lucia.ferrante",
    )
    assert rows[said["id"]].kind == "direct"


def test_a_reply_made_in_meta_business_suite_clears_needs_reply(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Are dogs allowed?")
    sync_once(context)
    clock.advance(timedelta(minutes=2))
    meta.page_says(anna["id"], "They are!")
    clock.advance(timedelta(minutes=1))
    sync_once(context)
    assert not stored(context)[said["id"]].needs_reply


def test_hostile_text_and_names_are_kept_as_plain_text(context, meta, clock, page):
    mallory = meta.add_customer("<b>Mallory</b> & <i>co</i>")
    texts = [
        "<script>alert(1)</script> <a href='file:///etc/passwd'>x</a> & co",
        "\u202eevil\u202c \u200b zero width \U0001f35e " + "long " * 500,
        "combining: e\u0301\u0301 — rtl: \u05e9\u05dc\u05d5\u05dd",
    ]
    said = [
        meta.customer_says(mallory["id"], t, at=clock.now() + timedelta(seconds=i))
        for i, t in enumerate(texts)
    ]
    clock.advance(timedelta(minutes=1))
    sync_once(context)
    rows = stored(context)
    for message, text in zip(said, texts, strict=True):
        assert rows[message["id"]].text == text
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=50) if "script" in m.preview]
    assert row.author_name == "<b>Mallory</b> & <i>co</i>"


def test_malformed_json_keeps_the_cursor_and_the_next_round_reads_it(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "first")
    meta.cut_next(f"/{meta.page['id']}/conversations", method="GET")
    [cut] = sync_once(context)
    assert not cut.ok
    [result] = sync_once(context)
    assert result.ok and said["id"] in stored(context)


def test_a_server_error_fails_the_round_and_the_next_one_reads_everything(
    context, meta, clock, page
):
    said = meta.customer_says(meta.add_customer("Anna")["id"], "hello?")
    meta.fail_next(f"/{meta.page['id']}/conversations", status=500)
    [failed] = sync_once(context)
    assert not failed.ok and said["id"] not in stored(context)
    [result] = sync_once(context)
    assert result.ok and said["id"] in stored(context)


def test_the_cornbread_guests_message_reaches_her_card_and_raises_her_return_reminder(
    context, meta, clock, instagram
):
    maya = meta.add_customer("Maya", platform="instagram", username="mayaokafor")
    laura = hand_linked_customer(context, "instagram", "https://www.instagram.com/MayaOkafor/")
    meta.customer_says(maya["id"], "we are coming back in May for more cornbread!")
    sync_once(context)
    assert_came_back_to(context, laura, "we are coming back in May")


# -- replying ---------------------------------------------------------------------------


def test_a_private_reply_goes_out_exactly_once_as_a_response(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Is breakfast included?")
    sync_once(context)
    item = reply(context, stored(context)[said["id"]].id, "It is, 7 to 10!")
    [result] = sync_once(context)
    assert result.sent == 1, result
    sync_once(context)
    assert len(meta.sent_messages) == 1
    body = json.loads(meta.requests_to(f"/{meta.page['id']}/messages", method="POST")[0].body)
    assert body["messaging_type"] == "RESPONSE" and "tag" not in body
    assert body["recipient"] == {"id": anna["id"]}
    assert outbox_state(context, item)[0] == "sent"
    rows = stored(context)
    assert not rows[said["id"]].needs_reply
    assert sum(1 for r in rows.values() if not r.inbound) == 1  # our message came back once


def test_after_24_hours_a_persons_reply_goes_with_the_human_agent_tag(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Any rooms next week?")
    sync_once(context)
    clock.advance(timedelta(hours=30))
    item = reply(context, stored(context)[said["id"]].id, "Sorry for the wait: yes, two.")
    sync_once(context)
    body = json.loads(meta.requests_to(f"/{meta.page['id']}/messages", method="POST")[0].body)
    assert (body["messaging_type"], body["tag"]) == ("MESSAGE_TAG", "HUMAN_AGENT")
    assert outbox_state(context, item)[0] == "sent" and len(meta.sent_messages) == 1


def test_after_seven_days_nothing_is_queued_and_nothing_is_sent(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Hello?")
    sync_once(context)
    message_id = stored(context)[said["id"]].id
    item = reply(context, message_id, "Hello!")
    clock.advance(timedelta(days=7, minutes=1))  # approved but not sent in time
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "failed" and "7 days" in (error or "")
    assert meta.sent_messages == []
    with pytest.raises(OutboxError, match="7 days"):
        reply(context, message_id, "Hello again!")


def test_meta_refusing_outside_the_window_fails_the_reply_with_the_reason(
    context, meta, clock, page
):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Hello?")
    sync_once(context)
    meta.human_agent_approved = False  # the app lacks Meta's Human Agent feature
    clock.advance(timedelta(hours=30))
    item = reply(context, stored(context)[said["id"]].id, "Hello!")
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "failed" and "Human Agent" in (error or ""), error
    assert meta.sent_messages == []


def test_a_comment_is_answered_with_a_comment_exactly_once(context, meta, clock, page, instagram):
    post = meta.add_post("Open tonight")
    media = meta.add_media("Open tonight")
    anna = meta.add_customer("Anna")
    lucia = meta.add_customer("Lucia", platform="instagram", username="lucia")
    on_fb = meta.comment(post["id"], "Until when?", author=anna["id"])
    on_ig = meta.comment(media["id"], "Until when?", author=lucia["id"])
    sync_once(context)
    rows = stored(context)
    reply(context, rows[on_fb["id"]].id, "Until 11pm.")
    reply(context, rows[on_ig["id"]].id, "Until 11pm!")
    sync_once(context)
    clock.advance(timedelta(minutes=1))
    sync_once(context)
    created = meta.created_comments
    assert len(created) == 2
    assert len(meta.requests_to(f"/{on_fb['id']}/comments", method="POST")) == 1
    assert len(meta.requests_to(f"/{on_ig['id']}/replies", method="POST")) == 1
    rows = stored(context)
    assert not rows[on_fb["id"]].needs_reply and not rows[on_ig["id"]].needs_reply
    assert sum(1 for r in rows.values() if not r.inbound) == 2


def test_a_send_whose_answer_was_lost_is_found_and_not_sent_twice(context, meta, clock, page):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Parking?")
    sync_once(context)
    item = reply(context, stored(context)[said["id"]].id, "Free, behind us.")
    meta.drop_next(f"/{meta.page['id']}/messages", after_processing=True, method="POST")
    sync_once(context)
    assert len(meta.sent_messages) == 1
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(meta.sent_messages) == 1


def test_a_send_dropped_before_meta_did_it_is_outcome_unknown_not_resent(
    context, meta, clock, page
):
    anna = meta.add_customer("Anna")
    said = meta.customer_says(anna["id"], "Late check-out?")
    sync_once(context)
    item = reply(context, stored(context)[said["id"]].id, "Until noon.")
    meta.drop_next(f"/{meta.page['id']}/messages", method="POST")
    sync_once(context)
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "outcome_unknown" and "may have arrived" in (error or "")
    assert meta.sent_messages == []


# -- usage and throttling -------------------------------------------------------------------


def test_high_usage_slows_the_sync_before_meta_refuses(context, meta, clock, page):
    meta.set_usage(meta.page["id"], 85)
    meta.customer_says(meta.add_customer("Anna")["id"], "hi")
    [first] = sync_once(context)
    assert first.new >= 1
    with context.db.read() as session:
        [held] = session.execute(select(RateLimit).where(RateLimit.bucket == BUCKET_READ)).scalars()
    assert held.until > clock.now()
    asked = meta.count()
    [waiting] = sync_once(context)
    assert not waiting.ok and meta.count() == asked  # not one request while slowed down
    assert meta.throttled == []
    clock.advance(held.until - clock.now() + timedelta(seconds=1))
    meta.set_usage(meta.page["id"], 20)  # the calls left Meta's window meanwhile
    [later] = sync_once(context)
    assert later.ok, later


def test_a_throttled_page_waits_in_every_process(context, meta, clock, page):
    meta.customer_says(meta.add_customer("Anna")["id"], "hi")
    meta.throttle_next(80001)
    [limited] = sync_once(context)
    assert not limited.ok and "rate-limited" in limited.detail, limited.detail
    asked = meta.count()
    [waiting] = sync_once(context)
    assert not waiting.ok and meta.count() == asked
    clock.advance(timedelta(hours=1))
    [fine] = sync_once(context)
    assert fine.ok and fine.new == 1


# -- the sign-in ------------------------------------------------------------------------------


def test_a_revoked_grant_asks_to_sign_in_again_with_metas_reason(context, meta, clock, page):
    meta.revoke_app()
    [result] = sync_once(context)
    assert not result.ok and result.detail.startswith("sign-in refused"), result.detail
    info = context.accounts.get(page)
    assert info.status == "error" and "sign in again" in (info.last_error or "")


def test_a_long_lived_token_that_expired_asks_to_sign_in_again(context, meta, clock, page):
    kept = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(page).uuid) or "")
    meta.expire_token(kept.access_token)
    [result] = sync_once(context)
    assert not result.ok and result.detail.startswith("sign-in refused"), result.detail
    assert meta.count("/oauth/access_token") == 0  # Meta has no refresh: nothing to try


def test_removing_the_account_ends_the_grant_at_meta(context, meta, clock, page):
    async def remove(engine: Any) -> str | None:
        return await context.account_setup(engine).revoke(page)

    assert with_engine(context, remove) is None
    assert not meta.app_authorized
