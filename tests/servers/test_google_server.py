"""The Google test server behaves as Google's documentation says.

Each test talks to the real server over HTTP with httpx, as a connector would, so that the
server cannot drift from the documentation the connectors are written against.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.clock import FakeClock
from tests.servers.google_fixture import google_server  # noqa: F401
from tests.servers.google_server import (
    ALL_SCOPES,
    BUSINESS_SCOPE,
    YOUTUBE_SCOPE,
    GoogleServer,
)

# 09:00 UTC on a winter day is 01:00 in Los Angeles (PST, UTC-8).
START = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
REDIRECT = "http://127.0.0.1:54321/"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[GoogleServer]:
    with GoogleServer(now=clock.now) as started:
        yield started


@pytest.fixture
def http(server: GoogleServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(
    http: httpx.Client, server: GoogleServer, verifier: str, **extra: str
) -> httpx.Response:
    """The browser's part: open the consent URL, get the redirect back."""
    params = {
        "client_id": server.client_id,
        "redirect_uri": REDIRECT,
        "response_type": "code",
        "scope": ALL_SCOPES,
        "state": "st4te",
        "code_challenge": challenge_of(verifier),
        "code_challenge_method": "S256",
        "access_type": "offline",
    } | extra
    return http.get(server.authorize_url, params=params)


def redirected(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def exchange(
    http: httpx.Client, server: GoogleServer, code: str, verifier: str, **extra: str
) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
        "client_id": server.client_id,
        "client_secret": server.client_secret,
    } | extra
    return http.post(server.token_url, data=form)


def sign_in(http: httpx.Client, server: GoogleServer, **extra: str) -> dict[str, Any]:
    verifier = secrets.token_urlsafe(48)
    code = redirected(authorize(http, server, verifier, **extra))["code"]
    answer = exchange(http, server, code, verifier)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def refresh(http: httpx.Client, server: GoogleServer, refresh_token: str) -> httpx.Response:
    return http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": server.client_id,
            "client_secret": server.client_secret,
        },
    )


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def token(server: GoogleServer) -> str:
    return str(server.issue_token()["access_token"])


def reviews_url(server: GoogleServer, location_id: str) -> str:
    return f"/v4/accounts/{server.account_id}/locations/{location_id}/reviews"


def list_reviews(
    http: httpx.Client, server: GoogleServer, token: str, location_id: str, **params: Any
) -> dict[str, Any]:
    answer = http.get(reviews_url(server, location_id), params=params, headers=bearer(token))
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def threads(http: httpx.Client, server: GoogleServer, token: str, **params: Any) -> httpx.Response:
    query = {
        "part": "snippet,replies",
        "allThreadsRelatedToChannelId": server.channel_id,
        "order": "time",
    } | params
    return http.get("/youtube/v3/commentThreads", params=query, headers=bearer(token))


def insert_reply(http: httpx.Client, token: str, parent_id: str, text: str) -> httpx.Response:
    return http.post(
        "/youtube/v3/comments",
        params={"part": "snippet"},
        json={"snippet": {"parentId": parent_id, "textOriginal": text}},
        headers=bearer(token),
    )


# -- OAuth 2.0 for installed apps ---------------------------------------------------------


def test_sign_in_with_pkce_gives_a_refresh_token_that_renews_the_access(
    http: httpx.Client, server: GoogleServer
) -> None:
    verifier = secrets.token_urlsafe(48)
    params = redirected(authorize(http, server, verifier, prompt="consent"))
    assert params["state"] == "st4te"

    answer = exchange(http, server, params["code"], verifier)

    assert answer.status_code == 200
    tokens = answer.json()
    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] == 3599
    assert tokens["scope"] == ALL_SCOPES
    assert tokens["refresh_token"]
    accounts = http.get("/v1/accounts", headers=bearer(tokens["access_token"]))
    assert accounts.status_code == 200
    renewed = refresh(http, server, tokens["refresh_token"])
    assert renewed.status_code == 200
    assert "refresh_token" not in renewed.json()  # Google keeps the same refresh token
    assert renewed.json()["access_token"] != tokens["access_token"]
    first = server.authorizations[0]
    assert (first.code_challenge, first.code_challenge_method) == (challenge_of(verifier), "S256")
    assert (first.access_type, first.prompt) == ("offline", "consent")


def test_a_refresh_token_comes_only_offline_and_on_first_consent_or_prompt_consent(
    http: httpx.Client, server: GoogleServer
) -> None:
    online = sign_in(http, server, access_type="online")
    first = sign_in(http, server)
    again = sign_in(http, server)
    forced = sign_in(http, server, prompt="consent")

    assert "refresh_token" not in online
    assert "refresh_token" in first
    assert "refresh_token" not in again
    assert "refresh_token" in forced


def test_the_code_exchange_checks_verifier_secret_and_redirect(
    http: httpx.Client, server: GoogleServer
) -> None:
    verifier = secrets.token_urlsafe(48)

    def fresh_code() -> str:
        return redirected(authorize(http, server, verifier))["code"]

    wrong_verifier = exchange(http, server, fresh_code(), "x" * 48)
    no_verifier = exchange(http, server, fresh_code(), "")
    no_secret = exchange(http, server, fresh_code(), verifier, client_secret="")
    bad_secret = exchange(http, server, fresh_code(), verifier, client_secret="nope")
    other_redirect = exchange(
        http, server, fresh_code(), verifier, redirect_uri="http://127.0.0.1:1/"
    )
    code = fresh_code()
    assert exchange(http, server, code, verifier).status_code == 200
    reused = exchange(http, server, code, verifier)

    assert wrong_verifier.status_code == 400
    assert wrong_verifier.json() == {
        "error": "invalid_grant",
        "error_description": "Invalid code verifier.",
    }
    assert no_verifier.json()["error_description"] == "Missing code verifier."
    assert no_secret.status_code == 400
    assert no_secret.json()["error"] == "invalid_request"
    assert bad_secret.status_code == 401
    assert bad_secret.json() == {"error": "invalid_client", "error_description": "Unauthorized"}
    assert other_redirect.json()["error"] == "redirect_uri_mismatch"
    assert reused.status_code == 400
    assert reused.json() == {"error": "invalid_grant", "error_description": "Bad Request"}


def test_a_code_lives_ten_minutes(
    http: httpx.Client, server: GoogleServer, clock: FakeClock
) -> None:
    verifier = secrets.token_urlsafe(48)
    code = redirected(authorize(http, server, verifier))["code"]
    clock.advance(timedelta(minutes=10, seconds=1))

    assert exchange(http, server, code, verifier).json()["error"] == "invalid_grant"


def test_the_consent_page_refuses_strangers_and_can_be_denied(
    http: httpx.Client, server: GoogleServer
) -> None:
    verifier = secrets.token_urlsafe(48)
    unknown = authorize(http, server, verifier, client_id="nobody.apps.googleusercontent.com")
    remote = authorize(http, server, verifier, redirect_uri="https://evil.example/cb")
    bad_scope = redirected(authorize(http, server, verifier, scope="https://example.com/x"))
    server.deny_next_authorization()
    denied = redirected(authorize(http, server, verifier))

    assert unknown.status_code == 401
    assert "invalid_client" in unknown.text
    assert remote.status_code == 400
    assert "location" not in remote.headers
    assert bad_scope["error"] == "invalid_scope"
    assert denied == {"state": "st4te", "error": "access_denied"}


def test_an_expired_access_token_gets_googles_401_until_refreshed(
    http: httpx.Client, server: GoogleServer, clock: FakeClock
) -> None:
    tokens = sign_in(http, server)
    clock.advance(timedelta(seconds=3600))

    expired = http.get(
        "/youtube/v3/channels?part=id&mine=true", headers=bearer(tokens["access_token"])
    )
    missing = http.get("/youtube/v3/channels?part=id&mine=true")
    renewed = refresh(http, server, tokens["refresh_token"]).json()["access_token"]
    as_parameter = http.get(
        "/youtube/v3/channels", params={"part": "id", "mine": "true", "access_token": renewed}
    )

    assert expired.status_code == 401
    assert expired.headers["www-authenticate"].startswith(
        'Bearer realm="https://accounts.google.com/"'
    )
    error = expired.json()["error"]
    assert error["code"] == 401
    assert error["status"] == "UNAUTHENTICATED"
    assert error["errors"][0] == {
        "message": "Invalid Credentials",
        "domain": "global",
        "reason": "authError",
        "location": "Authorization",
        "locationType": "header",
    }
    assert error["message"].startswith("Request had invalid authentication credentials.")
    assert missing.json()["error"]["errors"][0]["reason"] == "required"
    assert as_parameter.status_code == 200


def test_revoking_ends_the_grant_and_the_refresh_answers_invalid_grant(
    http: httpx.Client, server: GoogleServer
) -> None:
    tokens = sign_in(http, server)

    revoked = http.post(server.revoke_url, data={"token": tokens["access_token"]})
    again = http.post(server.revoke_url, data={"token": tokens["refresh_token"]})

    assert revoked.status_code == 200
    assert again.status_code == 400
    assert again.json() == {
        "error": "invalid_token",
        "error_description": "Token expired or revoked",
    }
    assert refresh(http, server, tokens["refresh_token"]).json() == {
        "error": "invalid_grant",
        "error_description": "Token has been expired or revoked.",
    }
    assert http.get("/v1/accounts", headers=bearer(tokens["access_token"])).status_code == 401
    assert server.revocations == [tokens["access_token"]]


def test_revoke_grant_is_the_user_removing_the_app(
    http: httpx.Client, server: GoogleServer
) -> None:
    tokens = server.issue_token()
    server.revoke_grant()

    assert http.get("/v1/accounts", headers=bearer(tokens["access_token"])).status_code == 401
    assert refresh(http, server, tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_a_token_without_the_apis_scope_is_forbidden(
    http: httpx.Client, server: GoogleServer
) -> None:
    reviews_only = server.issue_token(BUSINESS_SCOPE)["access_token"]
    youtube_only = server.issue_token(YOUTUBE_SCOPE)["access_token"]

    channels = http.get("/youtube/v3/channels?part=id&mine=true", headers=bearer(reviews_only))
    accounts = http.get("/v1/accounts", headers=bearer(youtube_only))

    for refused in (channels, accounts):
        assert refused.status_code == 403
        assert refused.json()["error"]["status"] == "PERMISSION_DENIED"


# -- Business Profile ---------------------------------------------------------------------


def test_accounts_and_locations_name_what_the_reviews_url_takes(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    group = server.add_account("Cafe Group")
    downtown = server.add_location("Cafe Downtown", store_code="DT-1")
    server.add_location("Cafe Harbour", account_id=group)

    accounts = http.get("/v1/accounts", headers=bearer(token)).json()["accounts"]
    without_mask = http.get(f"/v1/accounts/{server.account_id}/locations", headers=bearer(token))
    locations = http.get(
        f"/v1/accounts/{server.account_id}/locations",
        params={"readMask": "name,title,storeCode"},
        headers=bearer(token),
    ).json()

    assert [a["type"] for a in accounts] == ["PERSONAL", "LOCATION_GROUP"]
    assert accounts[0]["name"] == f"accounts/{server.account_id}"
    assert accounts[1]["accountName"] == "Cafe Group"
    assert without_mask.status_code == 400
    assert without_mask.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert locations == {
        "locations": [
            {"name": f"locations/{downtown}", "title": "Cafe Downtown", "storeCode": "DT-1"}
        ]
    }


def test_reviews_come_newest_update_first_in_pages(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    location = server.add_location("Cafe")
    ids = server.add_reviews(location, 5)

    first = list_reviews(http, server, token, location, orderBy="updateTime desc", pageSize=2)
    second = list_reviews(
        http, server, token, location, pageSize=2, pageToken=first["nextPageToken"]
    )
    third = list_reviews(
        http, server, token, location, pageSize=2, pageToken=second["nextPageToken"]
    )

    seen = [r["reviewId"] for page in (first, second, third) for r in page["reviews"]]
    assert seen == list(reversed(ids))
    assert "nextPageToken" not in third
    assert first["totalReviewCount"] == 5
    assert first["averageRating"] == 4


@settings(deadline=None, max_examples=25)
@given(
    count=st.integers(min_value=0, max_value=12),
    page_size=st.integers(min_value=1, max_value=6),
    edited=st.lists(st.integers(min_value=0, max_value=11), max_size=3),
)
def test_paging_gives_every_review_once_newest_update_first(
    count: int, page_size: int, edited: list[int]
) -> None:
    clock = FakeClock(START)
    with GoogleServer(now=clock.now) as server, httpx.Client(base_url=server.base_url) as http:
        location = server.add_location("Cafe")
        ids = server.add_reviews(location, count)
        for index in edited:
            if index < count:
                clock.advance(timedelta(seconds=1))
                server.edit_review(ids[index], comment="edited")
        token = server.issue_token()["access_token"]
        seen: list[dict[str, Any]] = []
        params: dict[str, Any] = {"pageSize": page_size}
        while True:
            page = list_reviews(http, server, token, location, **params)
            seen.extend(page.get("reviews", []))
            if "nextPageToken" not in page:
                break
            params["pageToken"] = page["nextPageToken"]

    assert sorted(r["reviewId"] for r in seen) == sorted(ids)
    times = [datetime.fromisoformat(r["updateTime"]) for r in seen]
    assert times == sorted(times, reverse=True)


def test_a_review_carries_stars_reviewer_times_and_the_owners_reply(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    location = server.add_location("Cafe")
    written = START - timedelta(days=1)
    named = server.add_review(location, "Maria Lopez", 2, "Cold soup.", created_at=written)
    anonymous = server.add_review(location, "hidden", 5, None, anonymous=True)
    server.reply_elsewhere(named, "Sorry, Maria!")

    reviews = {r["reviewId"]: r for r in list_reviews(http, server, token, location)["reviews"]}

    maria = reviews[named]
    assert maria["starRating"] == "TWO"
    assert maria["reviewer"]["displayName"] == "Maria Lopez"
    assert maria["reviewer"]["profilePhotoUrl"].startswith("https://")
    assert maria["comment"] == "Cold soup."
    assert maria["createTime"] == maria["updateTime"] == "2026-01-14T09:00:00Z"
    assert maria["reviewReply"] == {
        "comment": "Sorry, Maria!",
        "updateTime": "2026-01-15T09:00:00Z",
    }
    assert maria["name"].endswith(f"/locations/{location}/reviews/{named}")
    hidden = reviews[anonymous]
    assert hidden["reviewer"] == {"displayName": "A Google User", "isAnonymous": True}
    assert hidden["starRating"] == "FIVE"
    assert "comment" not in hidden
    assert "reviewReply" not in hidden


def test_an_edited_review_gets_a_new_update_time_and_comes_first_again(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    location = server.add_location("Cafe")
    old, _newer = server.add_reviews(location, 2)
    first_page = list_reviews(http, server, token, location, pageSize=1)
    clock.advance(timedelta(minutes=30, microseconds=250_000))

    server.edit_review(old, comment="Changed my mind: great!", stars=5)
    after = list_reviews(http, server, token, location)
    rest = list_reviews(
        http, server, token, location, pageSize=1, pageToken=first_page["nextPageToken"]
    )

    top = after["reviews"][0]
    assert top["reviewId"] == old
    assert top["comment"] == "Changed my mind: great!"
    assert top["starRating"] == "FIVE"
    assert top["updateTime"] == "2026-01-15T09:30:00.250Z"
    assert top["createTime"] != top["updateTime"]
    # The page after the first one continues below where the first page ended.
    assert [r["reviewId"] for r in rest.get("reviews", [])] == []


def test_put_reply_creates_or_replaces_the_one_reply(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    location = server.add_location("Cafe")
    review = server.add_review(location, "Ana", 3, "Fine.")
    url = f"{reviews_url(server, location)}/{review}/reply"

    first = http.put(url, json={"comment": "Thanks, Ana."}, headers=bearer(token))
    clock.advance(timedelta(minutes=1))
    second = http.put(url, json={"comment": "Thanks, Ana."}, headers=bearer(token))

    assert first.status_code == second.status_code == 200
    assert second.json() == {"comment": "Thanks, Ana.", "updateTime": "2026-01-15T09:01:00Z"}
    assert server.review(review)["reviewReply"]["comment"] == "Thanks, Ana."
    assert server.review(review)["updateTime"] == "2026-01-15T09:00:00Z"  # the review's own
    assert [p.comment for p in server.replies_put] == ["Thanks, Ana.", "Thanks, Ana."]
    deleted = http.delete(url, headers=bearer(token))
    assert deleted.status_code == 200 and deleted.json() == {}
    assert "reviewReply" not in server.review(review)
    assert http.delete(url, headers=bearer(token)).status_code == 404


def test_a_reply_can_be_made_to_touch_the_review(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    server.reply_touches_review = True
    location = server.add_location("Cafe")
    review = server.add_review(location, "Ana", 3, "Fine.")
    clock.advance(timedelta(minutes=5))

    server.reply_elsewhere(review, "Thanks!")

    assert server.review(review)["updateTime"] == "2026-01-15T09:05:00Z"


def test_bad_replies_and_unknown_reviews_are_refused(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    location = server.add_location("Cafe")
    review = server.add_review(location)
    url = f"{reviews_url(server, location)}/{review}/reply"

    empty = http.put(url, json={"comment": ""}, headers=bearer(token))
    too_long = http.put(url, json={"comment": "é" * 2049}, headers=bearer(token))
    unknown_field = http.put(url, json={"comment": "x", "text": "y"}, headers=bearer(token))
    unknown = http.put(
        f"{reviews_url(server, location)}/nope/reply", json={"comment": "x"}, headers=bearer(token)
    )

    for refused in (empty, too_long, unknown_field):
        assert refused.status_code == 400
        assert refused.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert unknown.status_code == 404
    assert unknown.json()["error"] == {
        "code": 404,
        "message": "Requested entity was not found.",
        "errors": [
            {"message": "Requested entity was not found.", "domain": "global", "reason": "notFound"}
        ],
        "status": "NOT_FOUND",
    }
    assert server.replies_put == []


def test_reviews_refuse_unknown_orders_and_tokens_and_unverified_locations(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    location = server.add_location("Cafe")
    unverified = server.add_location("New place", verified=False)

    by_rating = http.get(
        reviews_url(server, location), params={"orderBy": "createTime"}, headers=bearer(token)
    )
    bad_token = http.get(
        reviews_url(server, location), params={"pageToken": "zzz"}, headers=bearer(token)
    )
    pending = http.get(reviews_url(server, unverified), headers=bearer(token))

    assert by_rating.status_code == bad_token.status_code == 400
    assert pending.status_code == 400
    assert pending.json()["error"]["status"] == "FAILED_PRECONDITION"
    assert list_reviews(http, server, token, location) == {"totalReviewCount": 0}


def test_the_business_apis_answer_429_past_the_per_minute_quota(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    server.set_business_rate_limit(2)

    answers = [http.get("/v1/accounts", headers=bearer(token)).status_code for _ in range(3)]
    refused = http.get("/v1/accounts", headers=bearer(token))
    clock.advance(timedelta(minutes=1))
    later = http.get("/v1/accounts", headers=bearer(token))

    assert answers == [200, 200, 429]
    assert refused.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
    assert "retry-after" not in refused.headers
    assert later.status_code == 200
    assert len(server.throttled) == 2


# -- YouTube Data API v3 ------------------------------------------------------------------


def test_the_channel_and_the_video_titles(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    cornbread = server.add_video("Our cornbread, step by step")
    bakery = server.add_video("A morning at the bakery")

    channels = http.get(
        "/youtube/v3/channels", params={"part": "id,snippet", "mine": "true"}, headers=bearer(token)
    ).json()
    videos = http.get(
        "/youtube/v3/videos",
        params={"part": "snippet", "id": f"{cornbread},unknown1234,{bakery}"},
        headers=bearer(token),
    ).json()

    assert channels["kind"] == "youtube#channelListResponse"
    assert channels["items"][0]["id"] == server.channel_id
    assert channels["items"][0]["snippet"]["title"] == "The Business"
    assert [(v["id"], v["snippet"]["title"]) for v in videos["items"]] == [
        (cornbread, "Our cornbread, step by step"),
        (bakery, "A morning at the bakery"),
    ]
    assert videos["items"][0]["snippet"]["channelId"] == server.channel_id


def test_comment_threads_newest_first_with_replies_and_paging(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    video = server.add_video("Cornbread")
    ids = server.add_comments(video, 3, author="Viewer")
    owner_reply = server.add_reply(ids[0], None, "Thanks for watching!")

    first = threads(http, server, token, maxResults=2).json()
    second = threads(http, server, token, maxResults=2, pageToken=first["nextPageToken"]).json()

    assert first["kind"] == "youtube#commentThreadListResponse"
    assert [t["id"] for t in first["items"] + second["items"]] == list(reversed(ids))
    assert "nextPageToken" not in second
    oldest = second["items"][0]
    assert oldest["snippet"]["videoId"] == video
    assert oldest["snippet"]["totalReplyCount"] == 1
    top = oldest["snippet"]["topLevelComment"]["snippet"]
    assert top["textOriginal"] == "Comment number 1"
    assert top["authorDisplayName"] == "@Viewer"
    assert top["publishedAt"] == "2026-01-15T08:57:00Z"
    reply = oldest["replies"]["comments"][0]
    assert reply["id"] == owner_reply
    assert reply["snippet"]["parentId"] == ids[0]
    assert reply["snippet"]["authorChannelId"]["value"] == server.channel_id
    assert server.quota_charges[-1].method == "youtube.commentThreads.list"


def test_text_display_is_html_unless_plain_text_is_asked(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    video = server.add_video("Cornbread")
    server.add_comment(
        video,
        "Mallory",
        "<script>alert(1)</script>\nsecond line",
        author_channel_id="UCmallory000000000000001",
    )

    as_html = threads(http, server, token).json()["items"][0]
    as_text = threads(http, server, token, textFormat="plainText").json()["items"][0]

    html_snippet = as_html["snippet"]["topLevelComment"]["snippet"]
    assert html_snippet["textDisplay"] == "&lt;script&gt;alert(1)&lt;/script&gt;<br>second line"
    assert html_snippet["authorChannelId"] == {"value": "UCmallory000000000000001"}
    text_snippet = as_text["snippet"]["topLevelComment"]["snippet"]
    assert text_snippet["textDisplay"] == "<script>alert(1)</script>\nsecond line"


def test_a_thread_shows_five_replies_and_comments_list_gives_them_all(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    video = server.add_video("Cornbread")
    top = server.add_comment(video, "Viewer", "Question?", published_at=START - timedelta(hours=1))
    replies = [
        server.add_reply(
            top, f"Fan {n}", f"Reply {n}", published_at=START - timedelta(minutes=30 - n)
        )
        for n in range(7)
    ]

    thread = threads(http, server, token).json()["items"][0]
    all_replies = http.get(
        "/youtube/v3/comments",
        params={"part": "snippet", "parentId": top, "maxResults": 100},
        headers=bearer(token),
    ).json()

    assert thread["snippet"]["totalReplyCount"] == 7
    assert len(thread["replies"]["comments"]) == 5
    assert [c["id"] for c in all_replies["items"]] == replies


def test_inserting_a_reply_costs_fifty_units_and_is_not_idempotent(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    video = server.add_video("Cornbread")
    top = server.add_comment(video, "Viewer", "Recipe please!")

    first = insert_reply(http, token, top, "Here it is: …")
    second = insert_reply(http, token, top, "Here it is: …")

    assert first.status_code == second.status_code == 200
    created = first.json()
    assert created["kind"] == "youtube#comment"
    assert created["snippet"]["parentId"] == top
    assert created["snippet"]["textOriginal"] == "Here it is: …"
    assert created["snippet"]["authorChannelId"]["value"] == server.channel_id
    assert created["id"].startswith(top + ".")
    assert len(server.comments_inserted) == 2
    assert server.youtube_quota_used == 100
    assert [c.units for c in server.quota_charges] == [50, 50]


def test_insert_errors_as_youtube_names_them(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    video = server.add_video("Cornbread")
    top = server.add_comment(video, "Viewer", "Hi")
    reply = server.add_reply(top, "Other", "Hello")

    def reason(answer: httpx.Response) -> tuple[int, str]:
        return answer.status_code, answer.json()["error"]["errors"][0]["reason"]

    assert reason(insert_reply(http, token, "Ugnope", "x")) == (404, "parentCommentNotFound")
    assert reason(insert_reply(http, token, top, " ")) == (400, "commentTextRequired")
    assert reason(insert_reply(http, token, top, "x" * 10_001)) == (400, "commentTextTooLong")
    assert reason(insert_reply(http, token, reply, "x")) == (400, "operationNotSupported")
    assert reason(insert_reply(http, token, "", "x")) == (400, "parentIdMissing")
    assert server.comments_inserted == []
    assert server.youtube_quota_used == 5  # every refused request still costs a unit


def test_an_exhausted_quota_answers_quota_exceeded_until_midnight_pacific(
    http: httpx.Client, server: GoogleServer, token: str, clock: FakeClock
) -> None:
    video = server.add_video("Cornbread")
    top = server.add_comment(video, "Viewer", "Hi")
    server.set_youtube_quota(60)

    assert threads(http, server, token).status_code == 200
    assert insert_reply(http, token, top, "Thanks!").status_code == 200
    refused = insert_reply(http, token, top, "Thanks again!")
    listed = threads(http, server, token)  # 9 units left: a list still fits

    assert refused.status_code == 403
    assert refused.json() == {
        "error": {
            "code": 403,
            "message": "The request cannot be completed because you have exceeded your "
            '<a href="/youtube/v3/getting-started#quota">quota</a>.',
            "errors": [
                {
                    "message": "The request cannot be completed because you have exceeded "
                    'your <a href="/youtube/v3/getting-started#quota">quota</a>.',
                    "domain": "youtube.quota",
                    "reason": "quotaExceeded",
                }
            ],
            "status": "PERMISSION_DENIED",
        }
    }
    assert listed.status_code == 200
    assert server.youtube_quota_used == 52
    # 09:00 UTC is 01:00 in Los Angeles: the day ends at 08:00 UTC tomorrow.
    assert server.youtube_quota_resets_at() == datetime(2026, 1, 16, 8, 0, tzinfo=UTC)
    clock.set(datetime(2026, 1, 16, 7, 59, tzinfo=UTC))
    token = server.issue_token()["access_token"]  # the first one expired overnight
    assert insert_reply(http, token, top, "Still too early").status_code == 403
    clock.set(datetime(2026, 1, 16, 8, 0, tzinfo=UTC))
    assert insert_reply(http, token, top, "A new day").status_code == 200
    assert server.youtube_quota_used == 50


def test_the_quota_day_follows_daylight_saving_time(server: GoogleServer, clock: FakeClock) -> None:
    clock.set(datetime(2026, 7, 1, 12, 0, tzinfo=UTC))  # PDT, UTC-7

    assert server.youtube_quota_resets_at() == datetime(2026, 7, 2, 7, 0, tzinfo=UTC)


def test_comment_thread_parameters_are_checked(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    video = server.add_video("Cornbread")

    def reason(answer: httpx.Response) -> str:
        assert answer.status_code == 400, answer.text
        return str(answer.json()["error"]["errors"][0]["reason"])

    assert reason(threads(http, server, token, part="")) == "required"
    assert reason(threads(http, server, token, part="snippet,bogus")) == "unknownPart"
    assert reason(threads(http, server, token, videoId=video)) == "incompatibleParameters"
    assert reason(threads(http, server, token, maxResults=101)) == "invalidParameter"
    assert reason(threads(http, server, token, pageToken="garbage")) == "invalidPageToken"


# -- faults -------------------------------------------------------------------------------


def test_a_dropped_insert_may_have_created_the_reply(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    video = server.add_video("Cornbread")
    top = server.add_comment(video, "Viewer", "Hi")
    server.drop_next("/youtube/v3/comments", method="POST")
    server.drop_next("/youtube/v3/comments", after_processing=True, method="POST")

    with pytest.raises(httpx.TransportError):
        insert_reply(http, token, top, "Lost before")
    with pytest.raises(httpx.TransportError):
        insert_reply(http, token, top, "Lost after")

    assert [c.text for c in server.comments_inserted] == ["Lost after"]
    assert [r["snippet"]["textOriginal"] for r in server_replies(http, token, top)] == [
        "Lost after"
    ]


def server_replies(http: httpx.Client, token: str, parent_id: str) -> list[dict[str, Any]]:
    answer = http.get(
        "/youtube/v3/comments",
        params={"part": "snippet", "parentId": parent_id},
        headers=bearer(token),
    )
    return list(answer.json()["items"])


def test_a_cut_reply_put_is_stored_and_a_failure_is_googles_error(
    http: httpx.Client, server: GoogleServer, token: str
) -> None:
    location = server.add_location("Cafe")
    review = server.add_review(location)
    url = f"{reviews_url(server, location)}/{review}/reply"
    server.cut_next(url, method="PUT")
    server.fail_next("/v4/", status=503)

    with pytest.raises(httpx.TransportError):
        http.put(url, json={"comment": "Thanks"}, headers=bearer(token))
    failed = http.get(reviews_url(server, location), headers=bearer(token))

    assert server.review(review)["reviewReply"]["comment"] == "Thanks"
    assert failed.status_code == 503
    assert failed.json()["error"]["status"] == "UNAVAILABLE"
    assert server.count(url, "PUT") == 1
    assert json.loads(server.requests_to(url)[0].body) == {"comment": "Thanks"}


def test_the_fixture_serves_the_owner_on_real_time(google_server: GoogleServer) -> None:  # noqa: F811
    token = google_server.issue_token()["access_token"]
    with httpx.Client(base_url=google_server.base_url, timeout=10) as client:
        accounts = client.get("/v1/accounts", headers=bearer(token)).json()

    assert accounts["accounts"][0]["name"] == f"accounts/{google_server.account_id}"
    assert google_server.youtube_quota_limit == 10_000
    assert google_server.youtube_quota_resets_at() > datetime.now(UTC)
