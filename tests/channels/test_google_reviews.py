"""The Google reviews connector against the Google test server (tests/servers/google_server.py,
written from Google's documentation by someone else; only its test-control API is used):
catch-up, paging edges, edits asking for a reply again, replies exactly once, dropped
connections, rate limits, the sign-in's renewal and revocation, hostile payloads. The whole
httpx stack runs; nothing is mocked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.clock import FakeClock
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import Message, RateLimit
from socialinbox.sync.connect import AccountDraft
from tests.conftest import sync_once, with_engine
from tests.helpers import (
    assert_came_back_to,
    hand_linked_customer,
    outbox_state,
    reply_through_outbox,
)
from tests.servers.google_server import BUSINESS_SCOPE, GoogleServer

REVIEWS = "/v4/accounts/"


@pytest.fixture
def google(clock: FakeClock) -> Iterator[GoogleServer]:
    with GoogleServer(now=clock.now) as server:
        yield server


def grant(google: GoogleServer, clock: FakeClock) -> str:
    """The kept secret of a sign-in (as the browser sign-in keeps it)."""
    answer = google.issue_token(BUSINESS_SCOPE)
    return OAuthTokens(
        access_token=answer["access_token"],
        refresh_token=answer.get("refresh_token"),
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=google.client_id,
        client_secret=google.client_secret,
    ).to_secret()


def add_account(ctx: AppContext, google: GoogleServer, secret: str) -> int:
    """``accounts add google_reviews --base-url …`` with the grant: verified, then kept."""

    async def add(engine: Any) -> int:
        draft = AccountDraft("google_reviews", "Our reviews", base_url=google.base_url)
        return (await ctx.account_setup(engine).add(draft, secret)).id

    return with_engine(ctx, add)


@pytest.fixture
def place(google: GoogleServer) -> str:
    return google.add_location("Hotel Adler")


@pytest.fixture
def account(context: AppContext, google: GoogleServer, clock: FakeClock, place: str) -> int:
    return add_account(context, google, grant(google, clock))


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
                Message.rating,
                Message.subject,
                Message.author_name,
                Message.contact_id,
                Message.edited_at,
                Message.read,
                Message.in_reply_to_remote_id,
            )
        ).all()
    return {row.remote_id: row for row in rows}


def review_of(ctx: AppContext, review_id: str) -> Any:
    [row] = [r for key, r in stored(ctx).items() if key.endswith(f"/reviews/{review_id}")]
    return row


def replies(ctx: AppContext) -> list[Any]:
    return [r for r in stored(ctx).values() if not r.inbound]


def many(google: GoogleServer, clock: FakeClock, place: str, count: int) -> list[str]:
    """``count`` reviews a minute apart, the last a minute ago (the clock moves past them)."""
    clock.advance(timedelta(minutes=count + 60))
    start = clock.now() - timedelta(minutes=count + 1)
    return google.add_reviews(place, count, start=start)


def review_requests(google: GoogleServer) -> list[Any]:
    return [r for r in google.requests_to(REVIEWS, method="GET") if r.path.endswith("/reviews")]


# -- connecting and reading -------------------------------------------------------------


def test_the_account_is_verified_as_the_signed_in_business_profile(context, account):
    info = context.accounts.get(account)
    assert (info.kind, info.handle) == ("google_reviews", "Ada Owner")


def test_a_review_arrives_with_its_stars_place_and_reviewer_as_a_contact(
    context, google, place, account
):
    review = google.add_review(place, "Maya Okafor", 2, "The room was cold.")
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result
    row = review_of(context, review)
    assert (row.kind, row.rating, row.subject, row.author_name) == (
        "review",
        2,
        "Hotel Adler",
        "Maya Okafor",
    )
    assert row.needs_reply and row.contact_id is not None
    [contact] = context.contacts.list_contacts()
    assert contact.name == "Maya Okafor"
    [shown] = context.inbox.page(InboxFilter(), limit=10)
    assert shown.rating == 2 and shown.channel == "google_reviews"


def test_the_first_sync_reads_the_newest_page_then_a_catch_up_reads_every_page_once(
    context, google, clock, place, account
):
    old = many(google, clock, place, 70)
    [first] = sync_once(context)
    assert first.new == 50 and len(review_requests(google)) == 1
    assert all(review_of(context, r) for r in old[-50:])
    assert not any(key.endswith(old[0]) for key in stored(context))
    late = many(google, clock, place, 120)
    asked = len(review_requests(google))
    [catch_up] = sync_once(context)
    assert catch_up.ok and catch_up.new == 120, catch_up
    pages = review_requests(google)[asked:]
    # 120 new, then down to the oldest review still waiting for an answer (watched for a
    # reply made on Google): 190 reviews, four pages.
    assert len(pages) == 4 and all("pageToken" in p.query for p in pages[1:])
    assert all(p.query["orderBy"] == ["updateTime desc"] for p in pages)
    assert all(p.query["pageSize"] == ["50"] for p in pages)
    assert all(review_of(context, r).needs_reply for r in late)
    [quiet] = sync_once(context)
    assert quiet.ok and quiet.new == 0


def test_exactly_one_page_of_new_reviews_and_none_are_read_without_loss(
    context, google, clock, place, account
):
    assert sync_once(context)[0].new == 0  # no review yet: every later one is new
    page = many(google, clock, place, 50)
    [full] = sync_once(context)
    assert full.ok and full.new == 50
    assert all(review_of(context, r) for r in page)
    assert sync_once(context)[0].new == 0


def test_every_location_of_every_account_is_read_and_an_unverified_one_says_why(
    context, google, clock, place, account
):
    group = google.add_account("Adler Group")
    other = google.add_location("Adler Garni", account_id=group)
    closed = google.add_location("Adler Lodge", verified=False)
    google.add_review(place, "Maya Okafor", 5, "Great")
    google.add_review(other, "Tom Reed", 3, "Fine")
    [result] = sync_once(context)
    assert result.ok and result.new == 2, result
    assert {r.subject for r in stored(context).values()} == {"Hotel Adler", "Adler Garni"}
    assert "Adler Lodge" in result.detail and closed


# -- edits, replies made elsewhere ---------------------------------------------------------


@pytest.mark.parametrize("touches", [False, True], ids=["reply-keeps-time", "reply-moves-time"])
def test_a_reply_made_on_google_clears_needs_reply(context, google, clock, place, account, touches):
    google.reply_touches_review = touches
    many(google, clock, place, 60)
    first = google.add_review(place, "Maya Okafor", 4, "Nice bar")
    clock.advance(timedelta(minutes=1))
    other = google.add_review(place, "Tom Reed", 3, "Slow check-in")
    sync_once(context)
    # Below the last review read: only a round that reads down to the reviews still
    # waiting sees the reply (when the reply does not move the review up the list).
    google.add_reviews(place, 80, start=clock.now() + timedelta(seconds=1))
    clock.advance(timedelta(hours=3))
    google.reply_elsewhere(first, "Thank you, Maya!")
    sync_once(context)
    assert not review_of(context, first).needs_reply
    assert review_of(context, other).needs_reply
    [ours] = replies(context)
    assert ours.text == "Thank you, Maya!" and ours.in_reply_to_remote_id.endswith(first)


def test_an_edited_review_updates_the_item_and_asks_for_a_reply_again(
    context, google, clock, place, account
):
    review = google.add_review(place, "Maya Okafor", 4, "Nice stay")
    sync_once(context)
    row = review_of(context, review)
    item = reply_through_outbox(context, row.id, "Thank you, Maya!")
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent" and not review_of(context, review).needs_reply
    context.writer.call(context.actions.set_read, [row.id], True)

    clock.advance(timedelta(days=2))
    google.edit_review(review, comment="Nice stay, but the heating broke", stars=2)
    [result] = sync_once(context)
    assert result.ok, result
    edited = review_of(context, review)
    assert edited.id == row.id and edited.text == "Nice stay, but the heating broke"
    assert edited.rating == 2 and edited.edited_at is not None
    assert edited.needs_reply and not edited.read
    assert len(stored(context)) == 2  # the same review and its (older) reply

    clock.advance(timedelta(minutes=5))
    again = reply_through_outbox(context, edited.id, "Sorry, Maya: it is fixed now.")
    sync_once(context)
    sync_once(context)
    assert outbox_state(context, again)[0] == "sent"
    assert not review_of(context, review).needs_reply
    assert [p.comment for p in google.replies_put] == [
        "Thank you, Maya!",
        "Sorry, Maya: it is fixed now.",
    ]
    [ours] = replies(context)
    assert ours.text == "Sorry, Maya: it is fixed now."


def test_a_review_edited_after_an_elsewhere_reply_still_waits(
    context, google, clock, place, account
):
    review = google.add_review(place, "Maya Okafor", 4, "Nice stay")
    google.reply_elsewhere(review, "Thanks!")
    clock.advance(timedelta(hours=1))
    google.edit_review(review, stars=1, comment="Changed my mind")
    sync_once(context)
    row = review_of(context, review)
    assert row.needs_reply and row.rating == 1


# -- replying --------------------------------------------------------------------------------


def test_a_reply_goes_out_exactly_once_and_comes_back_once(context, google, place, account):
    review = google.add_review(place, "Maya Okafor", 5, "Best breakfast in town")
    sync_once(context)
    item = reply_through_outbox(context, review_of(context, review).id, "See you soon!")
    [result] = sync_once(context)
    assert result.sent == 1
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert [(p.review_id, p.comment) for p in google.replies_put] == [(review, "See you soon!")]
    assert google.review(review)["reviewReply"]["comment"] == "See you soon!"
    assert len(replies(context)) == 1 and not review_of(context, review).needs_reply


@pytest.mark.parametrize("after_processing", [True, False], ids=["answer-lost", "never-arrived"])
def test_a_send_whose_connection_dropped_is_simply_sent_again(
    context, google, clock, place, account, after_processing
):
    review = google.add_review(place, "Maya Okafor", 3, "Parking?")
    sync_once(context)
    item = reply_through_outbox(context, review_of(context, review).id, "Free, behind us.")
    google.drop_next(REVIEWS, after_processing=after_processing, method="PUT")
    sync_once(context)
    assert outbox_state(context, item)[0] != "outcome_unknown"
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert google.review(review)["reviewReply"]["comment"] == "Free, behind us."
    assert {p.comment for p in google.replies_put} == {"Free, behind us."}
    assert len(replies(context)) == 1


def test_a_reply_to_a_review_deleted_meanwhile_fails_with_googles_reason(
    context, google, place, account
):
    review = google.add_review(place, "Maya Okafor", 1, "Awful")
    sync_once(context)
    google.delete_review(review)
    item = reply_through_outbox(context, review_of(context, review).id, "We are sorry.")
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "failed" and "not found" in (error or ""), error
    assert google.replies_put == []


# -- rate limits, broken answers --------------------------------------------------------------


def test_a_429_waits_for_every_process_then_the_sync_goes_on(
    context, google, clock, place, account
):
    google.add_review(place, "Maya Okafor", 5, "hi")
    google.exhaust_business_rate_limit()
    [limited] = sync_once(context)
    assert not limited.ok and "rate-limited" in limited.detail, limited
    with context.db.read() as session:
        waits = session.execute(select(RateLimit.bucket, RateLimit.until)).all()
    assert waits and all(until > clock.now() for _, until in waits)
    before = len(google.requests)
    [waited] = sync_once(context)
    assert not waited.ok and len(google.requests) == before  # nothing asked before the wait
    clock.advance(timedelta(minutes=2))
    [fine] = sync_once(context)
    assert fine.ok and fine.new == 1, fine


def test_a_catch_up_cut_short_by_the_rate_limit_misses_nothing(
    context, google, clock, place, account
):
    sync_once(context)
    late = many(google, clock, place, 120)
    google.set_business_rate_limit(3)  # accounts, locations and one page of reviews
    [cut] = sync_once(context)
    assert not cut.ok and cut.new == 50, cut
    google.set_business_rate_limit(300)
    clock.advance(timedelta(minutes=2))
    [rest] = sync_once(context)
    assert rest.ok and rest.new == 70, rest
    assert all(review_of(context, r) for r in late)


def test_an_answer_cut_in_the_middle_stores_nothing_and_the_next_sync_reads_it(
    context, google, place, account
):
    review = google.add_review(place, "Maya Okafor", 4, "ok")
    google.cut_next(REVIEWS, method="GET")
    [broken] = sync_once(context)
    assert not broken.ok and stored(context) == {}
    [fine] = sync_once(context)
    assert fine.ok and review_of(context, review)


def test_hostile_reviews_are_kept_as_the_plain_text_they_are(
    context, google, clock, place, account
):
    names = ["<b>Mallory</b> & <i>co</i>", "\u202eevil\u202c", "e\u0301\u0301 \U0001f35e"]
    texts = [
        "<script>alert(1)</script> <a href='file:///etc/passwd'>x</a> & co",
        "\u202eevil\u202c \u200b zero width \U0001f35e " + "long " * 2000,
        "combining: e\u0301\u0301\u0301 — rtl: \u05e9\u05dc\u05d5\u05dd \x00 nul",
    ]
    ids = [google.add_review(place, n, 1, t) for n, t in zip(names, texts, strict=True)]
    [result] = sync_once(context)
    assert result.ok and result.new == 3, result
    for review, name, text in zip(ids, names, texts, strict=True):
        row = review_of(context, review)
        assert row.author_name == name and text.split("\x00")[0][:200] in row.text
    [row] = [m for m in context.inbox.page(InboxFilter(), limit=50) if "script" in m.preview]
    assert "<script>" in row.preview


def test_anonymous_reviewers_are_not_one_person(context, google, place, account):
    google.add_review(place, "ignored", 5, "lovely", anonymous=True)
    google.add_review(place, "ignored", 1, "awful", anonymous=True)
    sync_once(context)
    assert len(context.contacts.list_contacts()) == 2


def test_the_cornbread_guests_review_reaches_her_card_and_raises_her_return_reminder(
    context, google, place, account
):
    laura = hand_linked_customer(context, "google_reviews", "Maya Okafor")
    google.add_review(place, "Maya Okafor", 5, "we are coming back in May for more cornbread!")
    sync_once(context)
    assert_came_back_to(context, laura, "we are coming back in May")


# -- the sign-in ------------------------------------------------------------------------------


def test_an_expiring_access_token_is_refreshed_and_the_renewal_kept(
    context, google, clock, account
):
    kept = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    clock.advance(timedelta(minutes=58))
    [result] = sync_once(context)
    assert result.ok, result
    renewed = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    assert renewed.access_token != kept.access_token
    assert renewed.refresh_token == kept.refresh_token  # Google does not rotate it
    assert google.count("/token") == 1


def test_a_revoked_grant_asks_to_sign_in_again_with_googles_reason(context, google, account):
    google.revoke_grant()
    [result] = sync_once(context)
    assert not result.ok and result.detail.startswith("sign-in refused"), result.detail
    assert "expired or revoked" in result.detail
    info = context.accounts.get(account)
    assert info.status == "error" and "sign-in refused" in (info.last_error or "")


def test_replies_made_on_google_are_looked_for_during_two_weeks(
    context, google, clock, place, account
):
    old = google.add_review(place, "Maya Okafor", 4, "Nice")
    clock.advance(timedelta(days=1))
    recent = google.add_review(place, "Tom Reed", 3, "Fine")
    sync_once(context)
    clock.advance(timedelta(days=13, hours=12))  # old: 14.5 days, recent: 13.5 days
    many(google, clock, place, 60)  # both below the newest page now
    google.reply_elsewhere(old, "Thank you, Maya!")
    google.reply_elsewhere(recent, "Thank you, Tom!")
    sync_once(context)
    assert not review_of(context, recent).needs_reply
    assert review_of(context, old).needs_reply  # too old to be looked for: done by hand
