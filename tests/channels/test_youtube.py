"""The YouTube connector against the Google test server (tests/servers/google_server.py,
written from Google's documentation by someone else; only its test-control API is used):
catch-up, paging edges, the daily quota spent, exhausted and reset, replies exactly once,
uncertain sends, refusals, the sign-in's renewal and revocation, hostile payloads. The
whole httpx stack runs; nothing is mocked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.channels.youtube import INSERT_COST
from socialinbox.clock import FakeClock
from socialinbox.core.api_quota import budget_of
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import Message
from socialinbox.sync.connect import AccountDraft, SetupError
from tests.conftest import sync_once, with_engine
from tests.helpers import (
    assert_came_back_to,
    hand_linked_customer,
    outbox_state,
    reply_through_outbox,
)
from tests.servers.google_server import YOUTUBE_SCOPE, GoogleServer

THREADS = "/youtube/v3/commentThreads"
COMMENTS = "/youtube/v3/comments"


@pytest.fixture
def google(clock: FakeClock) -> Iterator[GoogleServer]:
    with GoogleServer(now=clock.now) as server:
        yield server


def grant(google: GoogleServer, clock: FakeClock) -> str:
    """The kept secret of a sign-in (as the browser sign-in keeps it)."""
    answer = google.issue_token(YOUTUBE_SCOPE)
    return OAuthTokens(
        access_token=answer["access_token"],
        refresh_token=answer.get("refresh_token"),
        expires_at=clock.now() + timedelta(seconds=answer["expires_in"]),
        client_id=google.client_id,
        client_secret=google.client_secret,
    ).to_secret()


def add_youtube(ctx: AppContext, google: GoogleServer, secret: str, **settings: str) -> int:
    """``accounts add youtube --base-url …`` with the grant: verified, then kept."""

    async def add(engine: Any) -> int:
        draft = AccountDraft("youtube", "Our channel", base_url=google.base_url, settings=settings)
        return (await ctx.account_setup(engine).add(draft, secret)).id

    return with_engine(ctx, add)


@pytest.fixture
def account(context: AppContext, google: GoogleServer, clock: FakeClock) -> int:
    return add_youtube(context, google, grant(google, clock))


def stored(ctx: AppContext) -> dict[str, Any]:
    with ctx.db.read() as session:
        rows = session.execute(
            select(
                Message.id,
                Message.remote_id,
                Message.inbound,
                Message.needs_reply,
                Message.kind,
                Message.subject,
                Message.text,
                Message.author_handle,
                Message.in_reply_to_remote_id,
                Message.thread_key,
            )
        ).all()
    return {row.remote_id: row for row in rows}


def used(ctx: AppContext, account: int) -> int:
    info = ctx.accounts.get(account)
    return ctx.quotas.usage(account, budget_of(info.settings)).used


# -- connecting -------------------------------------------------------------------------


def test_the_account_is_verified_as_the_signed_in_channel(context, google, account):
    info = context.accounts.get(account)
    assert info.kind == "youtube" and info.settings["channel_id"] == google.channel_id


def test_a_refused_token_is_one_clear_line_and_nothing_is_kept(context, google, clock):
    google.revoke_grant()
    with pytest.raises(SetupError, match="sign-in refused"):
        add_youtube(context, google, grant(google, clock).replace("a", "b", 1))
    assert context.accounts.list_accounts() == []


# -- reading comments -----------------------------------------------------------------------


def test_comments_arrive_with_the_videos_title_as_subject_and_the_author_as_contact(
    context, google, clock, account
):
    video = google.add_video("Baking day at the Linden House")
    clock.advance(timedelta(minutes=1))
    thread = google.add_comment(video, "Maya Okafor", "Is the cornbread gluten-free?")
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result
    row = stored(context)[thread]
    assert (row.kind, row.subject, row.inbound, row.needs_reply) == (
        "comment",
        "Baking day at the Linden House",
        True,
        True,
    )
    assert row.author_handle == "@mayaokafor"
    [listed] = context.inbox.page(InboxFilter(channel="youtube"), limit=5)
    assert listed.contact_id is not None


def test_a_catch_up_over_several_pages_brings_every_comment_once(context, google, clock, account):
    video = google.add_video("Our rooms")
    google.add_comments(video, 3)
    sync_once(context)
    clock.advance(timedelta(hours=5))
    later = google.add_comments(video, 250, start=clock.now() - timedelta(hours=4))
    before = used(context, account)
    [result] = sync_once(context)
    assert result.ok and result.new == 250, result
    assert set(later) <= set(stored(context))
    # Three pages of threads (100, 100, 50+3): one unit each; the title is known already.
    assert used(context, account) - before == 3
    [again] = sync_once(context)
    assert again.new == 0


def test_a_page_that_ends_exactly_at_the_last_seen_comment_reads_no_further(
    context, google, clock, account
):
    video = google.add_video("Breakfast")
    google.add_comments(video, 100)
    sync_once(context)
    clock.advance(timedelta(minutes=5))
    pages_before = len(google.requests_to(THREADS))
    [result] = sync_once(context)
    assert result.new == 0
    assert len(google.requests_to(THREADS)) - pages_before == 1
    clock.advance(timedelta(minutes=5))
    newest = google.add_comments(video, 100, start=clock.now() - timedelta(minutes=4))
    [result] = sync_once(context)
    assert result.new == 100 and set(newest) <= set(stored(context))


def test_the_first_sync_of_an_empty_channel_misses_nothing_later(context, google, clock, account):
    [first] = sync_once(context)
    assert first.ok and first.new == 0
    video = google.add_video("Opening day")
    clock.advance(timedelta(minutes=5))
    google.add_comments(video, 130, start=clock.now() - timedelta(minutes=4))
    [result] = sync_once(context)
    assert result.new == 130


def test_a_reply_made_on_youtube_by_the_channel_stops_the_comment_needing_a_reply(
    context, google, clock, account
):
    video = google.add_video("Terrace")
    question = google.add_comment(video, "Maya Okafor", "is the terrace open tonight?")
    other = google.add_comment(video, "Ben Ito", "and do you still have the cornbread?")
    sync_once(context)
    assert stored(context)[question].needs_reply
    clock.advance(timedelta(minutes=3))
    answer = google.add_reply(question, None, "yes, until 10!")
    sync_once(context)
    rows = stored(context)
    assert not rows[question].needs_reply and rows[other].needs_reply
    mine = rows[answer]
    assert not mine.inbound and mine.in_reply_to_remote_id == question
    assert mine.thread_key == rows[question].thread_key


def test_replies_beyond_the_five_a_page_includes_are_read_when_their_count_changes(
    context, google, clock, account
):
    video = google.add_video("Spa")
    question = google.add_comment(video, "Maya Okafor", "towels included?")
    for n in range(6):
        clock.advance(timedelta(minutes=1))
        google.add_reply(question, f"Guest {n}", f"me too {n}")
    sync_once(context)
    clock.advance(timedelta(minutes=1))
    ours = google.add_reply(question, None, "They are!")
    lists_before = len(google.requests_to(COMMENTS, method="GET"))
    sync_once(context)
    assert ours in stored(context)
    assert len(google.requests_to(COMMENTS, method="GET")) == lists_before + 1
    sync_once(context)  # the count did not change: no further listing
    assert len(google.requests_to(COMMENTS, method="GET")) == lists_before + 1


def test_an_edited_comment_updates_its_text(context, google, clock, account):
    video = google.add_video("Menu")
    thread = google.add_comment(video, "Maya Okafor", "first words")
    sync_once(context)
    clock.advance(timedelta(minutes=2))
    google.edit_comment(thread, "second thoughts")
    sync_once(context)
    assert stored(context)[thread].text == "second thoughts"


def test_hostile_text_and_names_are_kept_as_the_plain_text_they_are(
    context, google, clock, account
):
    video = google.add_video("<script>alert('title')</script>")
    texts = [
        "<script>alert(1)</script> <a href='file:///etc/passwd'>x</a> & co",
        "\u202eevil\u202c \u200b zero width \U0001f35e " + "long " * 1500,
        "combining: e\u0301\u0301\u0301 — rtl: \u05e9\u05dc\u05d5\u05dd",
    ]
    ids = [google.add_comment(video, "Mallory Evil", text) for text in texts]
    sync_once(context)
    rows = stored(context)
    for comment_id, text in zip(ids, texts, strict=True):
        assert rows[comment_id].text == text
        assert rows[comment_id].subject == "<script>alert('title')</script>"


def test_a_malformed_answer_stores_nothing_and_keeps_the_cursor(context, google, clock, account):
    video = google.add_video("Pool")
    google.add_comment(video, "Maya Okafor", "open in winter?")
    google.fail_next(THREADS, status=502)
    [result] = sync_once(context)
    assert not result.ok and stored(context) == {}
    clock.advance(timedelta(minutes=2))
    [result] = sync_once(context)
    assert result.ok and result.new == 1


def test_the_cornbread_guests_comment_reaches_her_card_and_raises_her_return_reminder(
    context, google, account
):
    laura = hand_linked_customer(context, "youtube", "https://www.youtube.com/@MayaOkafor")
    video = google.add_video("Cornbread")
    google.add_comment(video, "Maya Okafor", "we are coming back in May for more cornbread!")
    sync_once(context)
    assert_came_back_to(context, laura, "we are coming back in May")


# -- replies ----------------------------------------------------------------------------


def test_a_reply_goes_out_exactly_once_under_the_comment(context, google, clock, account):
    video = google.add_video("Rooms")
    question = google.add_comment(video, "Maya Okafor", "is breakfast included?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question].id, "It is, 7 to 10!")
    before = used(context, account)
    [result] = sync_once(context)
    assert result.sent == 1
    sync_once(context)
    assert len(google.comments_inserted) == 1
    assert outbox_state(context, item)[0] == "sent"
    body = json.loads(google.requests_to(COMMENTS, method="POST")[0].body)
    assert body == {"snippet": {"parentId": question, "textOriginal": "It is, 7 to 10!"}}
    assert used(context, account) - before >= INSERT_COST
    rows = stored(context)
    assert not rows[question].needs_reply
    assert sum(1 for r in rows.values() if not r.inbound) == 1  # ours came back once


def test_a_reply_to_a_reply_goes_under_the_threads_first_comment(context, google, clock, account):
    video = google.add_video("Rooms")
    question = google.add_comment(video, "Maya Okafor", "pets?")
    clock.advance(timedelta(minutes=1))
    follow_up = google.add_reply(question, "Ben Ito", "and cats?")
    sync_once(context)
    reply_through_outbox(context, stored(context)[follow_up].id, "Cats too.")
    sync_once(context)
    [inserted] = google.requests_to(COMMENTS, method="POST")
    assert json.loads(inserted.body)["snippet"]["parentId"] == question


def test_a_send_whose_answer_was_lost_is_found_among_the_threads_replies(
    context, google, clock, account
):
    video = google.add_video("Parking")
    question = google.add_comment(video, "Maya Okafor", "parking?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question].id, "Free, behind us.")
    google.drop_next(COMMENTS, after_processing=True, method="POST")
    sync_once(context)
    assert len(google.comments_inserted) == 1
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(google.comments_inserted) == 1  # never a second comment


def test_a_send_whose_answer_was_cut_half_way_is_found_and_not_sent_twice(
    context, google, clock, account
):
    video = google.add_video("Dinner")
    question = google.add_comment(video, "Maya Okafor", "vegan options?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question].id, "Three of them!")
    google.cut_next(COMMENTS, method="POST")
    sync_once(context)
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(google.comments_inserted) == 1


def test_a_send_dropped_before_youtube_did_it_is_outcome_unknown_not_resent(
    context, google, clock, account
):
    video = google.add_video("Check-out")
    question = google.add_comment(video, "Maya Okafor", "late check-out?")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question].id, "Until noon.")
    google.drop_next(COMMENTS, method="POST")
    sync_once(context)
    clock.advance(timedelta(minutes=5))
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "outcome_unknown" and "may have arrived" in (error or "")
    assert google.comments_inserted == []


def test_a_reply_to_a_deleted_comment_fails_saying_so(context, google, clock, account):
    video = google.add_video("Essay")
    question = google.add_comment(video, "Maya Okafor", "tell me everything")
    sync_once(context)
    item = reply_through_outbox(context, stored(context)[question].id, "Gladly!")
    google.delete_comment(question)
    sync_once(context)
    state, error = outbox_state(context, item)
    assert state == "failed" and "deleted" in (error or ""), error
    assert google.comments_inserted == []


# -- the daily quota -----------------------------------------------------------------------


def test_every_call_is_counted_as_google_counts_it(context, google, clock, account):
    video = google.add_video("Counting")
    question = google.add_comment(video, "Maya Okafor", "how much?")
    sync_once(context)
    reply_through_outbox(context, stored(context)[question].id, "Nothing.")
    sync_once(context)
    # All but the unit of the verification before the account was stored.
    assert used(context, account) == google.youtube_quota_used - 1
    panel = context.quotas.counted({account: 10_000})[account]
    assert (panel.used, panel.budget) == (google.youtube_quota_used - 1, 10_000)


def test_reading_stops_before_the_units_of_a_reply_and_the_reply_still_goes_out(
    context, google, clock
):
    account = add_youtube(context, google, grant(google, clock), quota_budget="60")
    video = google.add_video("Budget")
    question = google.add_comment(video, "Maya Okafor", "first")
    [result] = sync_once(context)  # a page of threads and the title: 2 units
    assert result.ok and used(context, account) == 2, result
    for _ in range(8):  # a page a round: reading goes on while 51 units remain
        clock.advance(timedelta(minutes=10))
        assert sync_once(context)[0].ok
    assert used(context, account) == 10
    clock.advance(timedelta(minutes=10))
    asked = len(google.requests)
    [paused] = sync_once(context)
    assert not paused.ok and "the rest is kept for replies" in paused.detail, paused.detail
    assert "midnight Pacific" in paused.detail
    assert len(google.requests) == asked  # nothing was asked
    info = context.accounts.get(account)
    assert info.status == "error" and info.next_sync == google.youtube_quota_resets_at()

    item = reply_through_outbox(context, stored(context)[question].id, "Thank you!")
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert used(context, account) == 60 and len(google.comments_inserted) == 1
    clock.set(google.youtube_quota_resets_at())
    [resumed] = sync_once(context)
    assert resumed.ok and used(context, account) == 1, resumed


def test_quota_exceeded_pauses_the_account_until_midnight_pacific_with_the_reason(
    context, google, clock, account
):
    video = google.add_video("Popular")
    google.add_comment(video, "Maya Okafor", "hello")
    google.set_youtube_quota(used=google.youtube_quota_limit)  # another app spent it
    [result] = sync_once(context)
    assert not result.ok
    assert "YouTube says the day's API quota is used up" in result.detail, result.detail
    info = context.accounts.get(account)
    assert info.status == "error" and "midnight Pacific" in (info.last_error or "")
    assert info.next_sync == google.youtube_quota_resets_at()
    asked = len(google.requests)
    clock.advance(timedelta(hours=1))
    [still] = sync_once(context)
    assert not still.ok and len(google.requests) == asked  # nothing asked before the reset
    clock.set(google.youtube_quota_resets_at() + timedelta(seconds=1))
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result


def test_a_reply_the_quota_cannot_pay_waits_for_the_reset_and_goes_out_once(
    context, google, clock, account
):
    video = google.add_video("Late")
    question = google.add_comment(video, "Maya Okafor", "still open?")
    sync_once(context)
    google.set_youtube_quota(used=google.youtube_quota_limit - 10)
    context.writer.call(context.quotas.spend, account, 10_000, 9_990 - used(context, account),
                        0, "YouTube")  # fmt: skip
    item = reply_through_outbox(context, stored(context)[question].id, "Until 11.")
    sync_once(context)
    assert outbox_state(context, item)[0] != "sent" and google.comments_inserted == []
    clock.set(google.youtube_quota_resets_at() + timedelta(minutes=1))
    sync_once(context)
    assert outbox_state(context, item)[0] == "sent"
    assert len(google.comments_inserted) == 1


# -- the sign-in -----------------------------------------------------------------------------


def test_an_expiring_access_token_is_refreshed_and_the_renewal_kept(
    context, google, clock, account
):
    kept = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    clock.advance(timedelta(minutes=59))
    [result] = sync_once(context)
    assert result.ok, result
    renewed = OAuthTokens.from_secret(context.secrets.get(context.accounts.get(account).uuid) or "")
    assert renewed.access_token != kept.access_token
    assert renewed.refresh_token == kept.refresh_token  # Google keeps it
    assert google.count("/token") == 1


def test_a_revoked_grant_asks_to_sign_in_again_with_googles_reason(context, google, clock, account):
    google.revoke_grant()
    [result] = sync_once(context)
    assert not result.ok and result.detail.startswith("sign-in refused"), result.detail
    info = context.accounts.get(account)
    assert info.status == "error" and "expired or revoked" in (info.last_error or "")


def test_an_access_token_expired_early_is_renewed_once_and_the_sync_goes_on(
    context, google, clock, account
):
    google.expire_access_tokens()
    video = google.add_video("Renewal")
    google.add_comment(video, "Maya Okafor", "still there?")
    [result] = sync_once(context)
    assert result.ok and result.new == 1, result
    assert google.count("/token") == 1
