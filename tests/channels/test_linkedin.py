"""The LinkedIn connector against the LinkedIn test server (tests/servers/linkedin_server.py,
written from LinkedIn's documentation by someone else): the page found or chosen, catch-up,
paging edges, the daily rate limit, replies exactly once, uncertain sends, revocation and
hostile payloads. The whole httpx stack runs; nothing is mocked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext, AppOptions
from socialinbox.channels.linkedin import PAGE_SIZE
from socialinbox.channels.linkedin_api import LINKEDIN_VERSION
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.secrets import SecretStore
from socialinbox.storage.schema import Message, RateLimit, SetAside
from socialinbox.sync.connect import AccountDraft, SetupError
from tests.conftest import sync_once, with_engine
from tests.helpers import (
    assert_came_back_to,
    hand_linked_customer,
    outbox_state,
    reply_through_outbox,
)
from tests.servers.linkedin_server import COMMENTS_GET, LinkedInServer

COMMENTS = "/rest/socialActions/"
SCOPE = "r_organization_social w_organization_social rw_organization_admin"


@pytest.fixture
def li(clock: FakeClock) -> Iterator[LinkedInServer]:
    with LinkedInServer(now=clock.now) as server:
        yield server


def grant(li: LinkedInServer, clock: FakeClock, member: str = "admin") -> str:
    """The kept secret of a sign-in (as the browser sign-in keeps it)."""
    answer = li.issue_token(member, scope=SCOPE)
    return OAuthTokens(
        access_token=answer["access_token"],
        refresh_token=answer.get("refresh_token"),
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=li.client_id,
        client_secret=li.client_secret,
    ).to_secret()


def add_linkedin(
    ctx: AppContext, li: LinkedInServer, secret: str, settings: dict[str, str] | None = None
) -> int:
    """``accounts add linkedin --base-url …`` with the grant: verified, then kept."""

    async def add(engine: Any) -> int:
        draft = AccountDraft("linkedin", "Our page", base_url=li.base_url, settings=settings or {})
        return (await ctx.account_setup(engine).add(draft, secret)).id

    return with_engine(ctx, add)


@pytest.fixture
def account(context: AppContext, li: LinkedInServer, clock: FakeClock) -> int:
    return add_linkedin(context, li, grant(li, clock))


@pytest.fixture
def post(li: LinkedInServer, clock: FakeClock) -> dict[str, Any]:
    """A post of the page, published before the account was connected."""
    return li.add_post("Our new autumn menu is here", created_at=clock.now() - timedelta(hours=1))


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


def later(clock: FakeClock, minutes: int = 1) -> datetime:
    clock.advance(timedelta(minutes=minutes))
    return clock.now()


# -- connecting -------------------------------------------------------------------------


def test_the_page_the_member_administers_is_found_and_kept(context, li, account):
    info = context.accounts.get(account)
    assert info.kind == "linkedin"
    assert info.settings["organization_urn"] == li.organization["urn"]
    assert info.handle in (li.organization["vanity_name"], li.organization["name"])
    assert all(
        r.headers.get("LinkedIn-Version") == LINKEDIN_VERSION for r in li.requests_to("/rest/")
    )


def test_a_member_of_several_pages_chooses_one_by_setting(context, li, clock):
    other = li.add_organization("The Other Business")
    secret = grant(li, clock)
    with pytest.raises(SetupError, match=r"several LinkedIn pages.*setting organization"):
        add_linkedin(context, li, secret)
    assert context.accounts.list_accounts() == []
    chosen = add_linkedin(context, li, secret, {"organization": other["urn"].rsplit(":", 1)[1]})
    assert context.accounts.get(chosen).settings["organization_urn"] == other["urn"]


def test_a_page_the_member_does_not_administer_is_refused_in_one_line(context, li, clock):
    with pytest.raises(SetupError, match="not an administrator of the LinkedIn page 999"):
        add_linkedin(context, li, grant(li, clock), {"organization": "999"})


# -- reading comments and mentions -------------------------------------------------------


def test_a_catch_up_over_several_pages_brings_every_comment_once(context, li, clock, account, post):
    maya = li.add_member("maya", "Maya", "Okafor")
    first = li.comment(
        "maya", on=post["urn"], text="Is the pumpkin soup vegan?", created_at=later(clock)
    )
    [one] = sync_once(context)
    assert one.ok and one.new == 1, one
    many = li.add_comments(2 * PAGE_SIZE + 7, "maya", on=post["urn"], start=later(clock))
    clock.advance(timedelta(hours=3))
    [result] = sync_once(context)
    assert result.ok and result.new == 2 * PAGE_SIZE + 7, result
    rows = stored(context)
    assert {c["$URN"] for c in many} | {first["$URN"]} <= set(rows)
    row = rows[first["$URN"]]
    assert (row.kind, row.inbound, row.needs_reply) == ("comment", True, True)
    assert row.author_handle == maya["urn"]  # LinkedIn shows apps no name: the URN is shown
    [again] = sync_once(context)
    assert again.ok and again.new == 0


def test_a_quiet_round_asks_only_for_notifications(context, li, clock, account, post):
    li.add_member("maya", "Maya")
    li.comment("maya", on=post["urn"], text="Lunch menu?", created_at=later(clock))
    sync_once(context)
    before = li.count(COMMENTS)
    later(clock, 5)
    [quiet] = sync_once(context)
    assert quiet.ok and quiet.new == 0
    assert li.count(COMMENTS) == before
    [asked] = li.requests_to("/rest/organizationalEntityNotifications")[-1:]
    assert "List(COMMENT,ADMIN_COMMENT,SHARE_MENTION,COMMENT_DELETE)" in asked.path + str(
        asked.query
    )


def test_exactly_one_full_page_and_nothing_new_are_read_without_loss_or_repeat(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    assert sync_once(context)[0].new == 0
    page = li.add_comments(PAGE_SIZE, "maya", on=post["urn"], start=later(clock))
    clock.advance(timedelta(hours=1))
    [full] = sync_once(context)
    assert full.ok and full.new == PAGE_SIZE
    assert {c["$URN"] for c in page} <= set(stored(context))
    assert sync_once(context)[0].new == 0


def test_a_round_that_cannot_read_everything_says_so_in_the_accounts_state(
    context, li, clock, account, post, monkeypatch
):
    monkeypatch.setattr("socialinbox.channels.linkedin.MAX_COMMENT_PAGES", 2)
    li.add_member("maya", "Maya")
    li.add_comments(2 * PAGE_SIZE + 1, "maya", on=post["urn"], start=later(clock))
    clock.advance(timedelta(hours=3))
    [result] = sync_once(context)
    assert result.ok and result.new == 2 * PAGE_SIZE
    assert "some comments may be missing" in (context.accounts.get(account).last_error or "")


def test_a_reply_in_a_thread_and_the_pages_reply_made_on_linkedin_stay_in_one_conversation(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    li.add_member("tom", "Tom")
    question = li.comment("maya", on=post["urn"], text="Open on Sunday?", created_at=later(clock))
    other = li.comment("tom", on=post["urn"], text="Any vegan options?", created_at=later(clock))
    more = li.comment("maya", on=question["$URN"], text="for brunch", created_at=later(clock))
    sync_once(context)
    rows = stored(context)
    assert rows[more["$URN"]].thread_key == rows[question["$URN"]].thread_key
    assert rows[more["$URN"]].needs_reply
    # The page answers on linkedin.com: the conversation stops needing a reply.
    answer = li.comment(
        li.organization["urn"], on=question["$URN"], text="Yes, 10 to 3!", created_at=later(clock)
    )
    sync_once(context)
    rows = stored(context)
    mine = rows[answer["$URN"]]
    assert not mine.inbound and mine.in_reply_to_remote_id == more["$URN"]
    assert not rows[more["$URN"]].needs_reply
    assert rows[other["$URN"]].needs_reply


def test_a_post_mentioning_the_page_arrives_as_a_mention(context, li, clock, account):
    li.add_member("maya", "Maya", "Okafor")
    shared = li.mention("maya", "Best cornbread in town, thank you!", created_at=later(clock))
    [result] = sync_once(context)
    assert result.ok and result.new == 1
    [row] = [r for r in stored(context).values() if r.kind == "mention"]
    assert "Best cornbread in town" in row.text and row.needs_reply
    assert row.remote_id == shared["urn"]


def test_hostile_text_is_kept_as_the_plain_text_it_is(context, li, clock, account, post):
    li.add_member("mallory", "<b>Mallory</b>")
    texts = [
        "<script>alert(1)</script> <a href='file:///etc/passwd'>x</a> & co",
        "\u202eevil\u202c \u200b zero width \U0001f35e " + "long " * 250,
        "combining: e\u0301\u0301\u0301 — rtl: \u05e9\u05dc\u05d5\u05dd",
    ]
    made = [li.comment("mallory", on=post["urn"], text=t, created_at=later(clock)) for t in texts]
    sync_once(context)
    rows = stored(context)
    for comment, text in zip(made, texts, strict=True):
        assert rows[comment["$URN"]].text == text
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=50) if "script" in m.preview]
    assert "<script>" in row.preview


def test_a_customer_linked_by_her_urn_comes_back_to_her_card_with_her_reminder(
    context, li, clock, account, post
):
    maya = li.add_member("maya", "Maya", "Okafor")
    laura = hand_linked_customer(context, "linkedin", maya["urn"])
    li.comment("maya", on=post["urn"], text="we are coming back in May!", created_at=later(clock))
    sync_once(context)
    assert_came_back_to(context, laura, "we are coming back in May")


def test_the_pages_reply_to_a_mention_made_on_linkedin_clears_it(context, li, clock, account):
    li.add_member("maya", "Maya")
    shared = li.mention("maya", "Great evening at the bar", created_at=later(clock))
    sync_once(context)
    assert stored(context)[shared["urn"]].needs_reply
    answer = li.comment(
        li.organization["urn"], on=shared["urn"], text="Thanks Maya!", created_at=later(clock)
    )
    sync_once(context)
    rows = stored(context)
    assert not rows[shared["urn"]].needs_reply
    assert rows[answer["$URN"]].in_reply_to_remote_id == shared["urn"]


def test_a_server_error_stores_nothing_and_the_next_sync_reads_everything(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    question = li.comment("maya", on=post["urn"], text="Open late?", created_at=later(clock))
    li.fail_next("/rest/organizationalEntityNotifications", status=500)
    [failed] = sync_once(context)
    assert not failed.ok and question["$URN"] not in stored(context)
    [fine] = sync_once(context)
    assert fine.ok and fine.new == 1


def test_a_comment_deleted_on_linkedin_stops_needing_a_reply(context, li, clock, account, post):
    li.add_member("maya", "Maya")
    oops = li.comment("maya", on=post["urn"], text="wrong page, sorry", created_at=later(clock))
    sync_once(context)
    assert stored(context)[oops["$URN"]].needs_reply
    later(clock)
    li.delete_comment(oops["$URN"])
    sync_once(context)
    assert not stored(context)[oops["$URN"]].needs_reply


@pytest.mark.parametrize(
    "body",
    [
        b'{"elements": [{"actor": "urn:li:person:x"',  # cut short
        b"<html><body><script>alert(1)</script>Service unavailable</body></html>",
        b'{"elements": "none"}',
        b"[]",
        b"\xff\xfe{not utf-8",
    ],
)
def test_an_answer_that_is_not_what_linkedin_documents_stores_nothing_and_is_read_again(
    context, li, clock, account, post, body
):
    li.add_member("maya", "Maya")
    question = li.comment("maya", on=post["urn"], text="Valet parking?", created_at=later(clock))
    li.serve_raw_next(COMMENTS, body, method="GET")
    [broken] = sync_once(context)
    assert not broken.ok and "LinkedIn" in broken.detail
    assert question["$URN"] not in stored(context)
    [fine] = sync_once(context)
    assert fine.ok and question["$URN"] in stored(context)


def test_hostile_elements_are_set_aside_and_the_rest_of_the_page_kept(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    good = li.comment("maya", on=post["urn"], text="Lovely place", created_at=later(clock))
    junk = [
        None,
        "urn:li:comment:(x,1)",
        {"$URN": "urn:li:comment:(urn:li:activity:1,2)", "actor": {"$gt": 1}},
        {**good, "$URN": "urn:li:comment:(urn:li:activity:1,3)", "created": {"time": 1e300}},
    ]
    li.serve_raw_next(
        COMMENTS,
        json.dumps({"elements": [good, *junk], "paging": {"start": 0}}).encode(),
        method="GET",
    )
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result
    assert good["$URN"] in stored(context)
    with context.db.read() as session:
        aside = session.execute(select(SetAside.error)).scalars().all()
    assert len(aside) == len(junk)


def test_an_answer_that_is_not_json_stores_nothing_and_the_next_sync_reads_it(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    question = li.comment("maya", on=post["urn"], text="Parking?", created_at=later(clock))
    li.cut_next(COMMENTS, method="GET")
    [broken] = sync_once(context)
    assert not broken.ok
    assert question["$URN"] not in stored(context)
    [fine] = sync_once(context)
    assert fine.ok and question["$URN"] in stored(context)


# -- replying ---------------------------------------------------------------------------


def sent_bodies(li: LinkedInServer) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in li.requests_to(COMMENTS, method="POST")]


def test_a_reply_goes_out_once_as_the_page_in_the_comments_thread(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    question = li.comment(
        "maya", on=post["urn"], text="Table for 4 tonight?", created_at=later(clock)
    )
    nested = li.comment("maya", on=question["$URN"], text="at 8?", created_at=later(clock))
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[nested["$URN"]].id, "Booked, see you!")
    [result] = sync_once(context)
    assert result.sent == 1, result
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    [created] = li.created_comments
    assert (created.actor, created.parent_comment) == (li.organization["urn"], question["$URN"])
    [body] = sent_bodies(li)
    assert body["actor"] == li.organization["urn"] and body["message"] == {
        "text": "Booked, see you!"
    }
    rows = stored(context)
    assert not rows[nested["$URN"]].needs_reply
    assert sum(1 for r in rows.values() if not r.inbound) == 1  # our comment came back once


def test_a_mention_is_answered_with_a_comment_on_the_post(context, li, clock, account):
    li.add_member("maya", "Maya")
    shared = li.mention("maya", "Loved the brunch", created_at=later(clock))
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[shared["urn"]].id, "Thank you, Maya!")
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    [created] = li.created_comments
    assert created.parent_comment is None and created.actor == li.organization["urn"]
    assert not stored(context)[shared["urn"]].needs_reply


def test_a_send_whose_answer_was_lost_is_found_in_the_thread(context, li, clock, account, post):
    li.add_member("maya", "Maya")
    question = li.comment("maya", on=post["urn"], text="Pets allowed?", created_at=later(clock))
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question["$URN"]].id, "Dogs welcome.")
    li.drop_next(COMMENTS, after_processing=True, method="POST")
    sync_once(context)
    later(clock, 5)
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(li.created_comments) == 1  # never a second comment


def test_a_send_dropped_before_linkedin_did_it_is_outcome_unknown_not_resent(
    context, li, clock, account, post
):
    li.add_member("maya", "Maya")
    question = li.comment("maya", on=post["urn"], text="Gluten free?", created_at=later(clock))
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question["$URN"]].id, "Most dishes.")
    li.drop_next(COMMENTS, method="POST")
    sync_once(context)
    later(clock, 5)
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "outcome_unknown" and "may have arrived" in (error or "")
    assert li.created_comments == []


# -- limits, versions, the sign-in --------------------------------------------------------


def test_a_429_waits_until_midnight_utc_for_every_process(
    context, li, clock, account, post, tmp_path, memory_keyring
):
    li.add_member("maya", "Maya")
    li.comment("maya", on=post["urn"], text="hi", created_at=later(clock))
    li.throttle_next("/rest/organizationalEntityNotifications")
    [limited] = sync_once(context)
    assert not limited.ok and "rate-limited" in limited.detail
    midnight = datetime.combine(clock.now().date() + timedelta(days=1), datetime.min.time(), UTC)
    with context.db.read() as session:
        row = session.execute(select(RateLimit)).scalar_one()
    assert row.bucket == "linkedin:notifications" and row.until == midnight

    other = AppContext(
        AppOptions(data_dir=tmp_path / "data", user="cli"),
        clock=clock,
        secrets=SecretStore(memory_keyring),
    )
    try:
        before = li.count("/rest/organizationalEntityNotifications")
        [waited] = sync_once(other)
        assert not waited.ok and "rate-limited" in waited.detail
        assert li.count("/rest/organizationalEntityNotifications") == before
        clock.advance(midnight - clock.now() + timedelta(seconds=1))
        [fine] = sync_once(other)
        assert fine.ok and fine.new == 1
    finally:
        other.close()


def test_a_catch_up_cut_short_by_a_429_keeps_what_it_read_and_misses_nothing(
    context, li, clock, account
):
    li.add_member("maya", "Maya")
    posts = [li.add_post(f"post {n}", created_at=later(clock)) for n in range(3)]
    made = [
        li.comment("maya", on=p["urn"], text=f"on {n}", created_at=later(clock))
        for n, p in enumerate(posts)
    ]
    # Two posts' comments are read, then LinkedIn's daily limit is reached.
    li.set_daily_limit(COMMENTS_GET, 2)
    [cut] = sync_once(context)
    assert not cut.ok and "rate-limited" in cut.detail
    assert cut.new == 2
    li.set_daily_limit(COMMENTS_GET, 100)
    clock.advance(timedelta(days=1))
    [rest] = sync_once(context)
    assert rest.ok and rest.new == 1, rest
    assert {c["$URN"] for c in made} <= set(stored(context))


def test_a_sunset_api_version_says_so(context, li, clock, account):
    li.sunset_version(LINKEDIN_VERSION)
    [result] = sync_once(context)
    assert not result.ok and f"no longer serves API version {LINKEDIN_VERSION}" in result.detail


def test_an_expiring_token_is_refreshed_where_linkedin_gave_a_refresh_token(context, clock):
    with LinkedInServer(now=clock.now, programmatic_refresh=True) as li:
        account = add_linkedin(context, li, grant(li, clock))
        kept = OAuthTokens.from_secret(
            context.secrets.get(context.accounts.get(account).uuid) or ""
        )
        assert kept.refresh_token
        clock.advance(timedelta(days=60) - timedelta(minutes=2))
        [result] = sync_once(context)
        assert result.ok, result
        renewed = context.secrets.get(context.accounts.get(account).uuid) or ""
        assert OAuthTokens.from_secret(renewed).access_token != kept.access_token
        assert li.count("/oauth/v2/accessToken") == 1


def test_an_access_token_refused_early_is_renewed_once_and_the_sync_goes_on(context, clock):
    with LinkedInServer(now=clock.now, programmatic_refresh=True) as li:
        account = add_linkedin(context, li, grant(li, clock))
        kept = OAuthTokens.from_secret(
            context.secrets.get(context.accounts.get(account).uuid) or ""
        )
        li.expire_token(kept.access_token)
        post = li.add_post("Today's special")
        li.add_member("maya", "Maya")
        li.comment("maya", on=post["urn"], text="still serving?", created_at=later(clock))
        [result] = sync_once(context)
        assert result.ok and result.new == 1, result
        assert li.count("/oauth/v2/accessToken") == 1


def test_a_revoked_grant_asks_to_sign_in_again_with_linkedins_reason(context, li, account):
    li.revoke_member()
    [result] = sync_once(context)
    assert not result.ok and result.detail.startswith("sign-in refused")
    assert "revoked" in result.detail
    info = context.accounts.get(account)
    assert info.status == "error" and "sign-in refused" in (info.last_error or "")


def test_removing_the_account_revokes_the_grant(context, li, clock, account):
    secret = context.secrets.get(context.accounts.get(account).uuid) or ""

    async def remove(engine: Any) -> str | None:
        return await context.account_setup(engine).revoke(account)

    assert with_engine(context, remove) is None
    token = OAuthTokens.from_secret(secret).access_token
    assert li.count("/oauth/v2/revoke") == 1
    [result] = sync_once(context)
    assert not result.ok and "sign-in refused" in result.detail
    assert token not in result.detail
