"""The X API v2 test server behaves as docs.x.com says.

Each test talks to the real server over HTTP with httpx, as a connector would, so that the
server cannot drift from the documentation the connector is written against.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from socialinbox.clock import FakeClock
from tests.servers.x_server import MENTIONS, XServer

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
REDIRECT = "http://127.0.0.1:54321/callback"
SCOPE = "tweet.read tweet.write users.read offline.access"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[XServer]:
    with XServer(now=clock.now) as started:
        yield started


@pytest.fixture
def http(server: XServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(
    http: httpx.Client,
    server: XServer,
    verifier: str,
    *,
    scope: str = SCOPE,
    redirect_uri: str = REDIRECT,
    client_id: str | None = None,
    state: str = "xyz-state",
) -> httpx.Response:
    """The browser's part: open the authorize URL, get the redirect back."""
    return http.get(
        server.authorize_url,
        params={
            "response_type": "code",
            "client_id": client_id or server.client_id,
            "redirect_uri": redirect_uri,
            "scope": scope,
            "state": state,
            "code_challenge": challenge_of(verifier),
            "code_challenge_method": "S256",
        },
    )


def redirected_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def code_for(http: httpx.Client, server: XServer, verifier: str, **kwargs: Any) -> str:
    return redirected_params(authorize(http, server, verifier, **kwargs))["code"]


def exchange(
    http: httpx.Client, server: XServer, code: str, verifier: str, **extra: str
) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
        "client_id": server.client_id,
    } | extra
    return http.post(server.token_url, data=form)


def sign_in(http: httpx.Client, server: XServer, scope: str = SCOPE) -> dict[str, Any]:
    verifier = secrets.token_urlsafe(43)
    answer = exchange(http, server, code_for(http, server, verifier, scope=scope), verifier)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


UNAUTHORIZED = {
    "title": "Unauthorized",
    "type": "about:blank",
    "status": 401,
    "detail": "Unauthorized",
}


# -- OAuth 2.0 Authorization Code Flow with PKCE --------------------------------------


def test_sign_in_gives_tokens_that_open_users_me(http: httpx.Client, server: XServer) -> None:
    verifier = secrets.token_urlsafe(43)
    params = redirected_params(authorize(http, server, verifier))
    assert params["state"] == "xyz-state"

    answer = exchange(http, server, params["code"], verifier)

    assert answer.status_code == 200
    tokens = answer.json()
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 7200
    assert tokens["scope"] == SCOPE
    assert tokens["refresh_token"] != tokens["access_token"]
    me = http.get("/2/users/me", headers=bearer(tokens["access_token"]))
    assert me.status_code == 200
    assert me.json() == {
        "data": {"id": server.business["id"], "name": "The Business", "username": "business"}
    }
    assert server.authorizations[0].code_challenge == challenge_of(verifier)


def test_a_wrong_or_missing_code_verifier_is_refused(http: httpx.Client, server: XServer) -> None:
    verifier = secrets.token_urlsafe(43)
    code = code_for(http, server, verifier)

    wrong = exchange(http, server, code, "another-verifier-of-enough-length-000000000")
    missing = http.post(
        server.token_url,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "client_id": server.client_id,
        },
    )

    assert wrong.status_code == 400
    assert wrong.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the code verifier did not match the code challenge.",
    }
    assert missing.status_code == 400
    assert missing.json()["error_description"] == "Missing required parameter [code_verifier]."
    assert exchange(http, server, code, "vérificateur-ünïcode-" * 3).status_code == 400


def test_a_code_works_once_and_for_thirty_seconds(
    http: httpx.Client, server: XServer, clock: FakeClock
) -> None:
    verifier = secrets.token_urlsafe(43)
    code = code_for(http, server, verifier)
    assert exchange(http, server, code, verifier).status_code == 200
    again = exchange(http, server, code, verifier)
    late_code = code_for(http, server, verifier)
    clock.advance(timedelta(seconds=31))
    late = exchange(http, server, late_code, verifier)

    for refused in (again, late):
        assert refused.status_code == 400
        assert refused.json() == {
            "error": "invalid_request",
            "error_description": "Value passed for the authorization code was invalid.",
        }


def test_a_confidential_client_authenticates_with_basic(
    http: httpx.Client, server: XServer
) -> None:
    server.add_client("confidential", "s3cret", callback_urls=[REDIRECT])
    verifier = secrets.token_urlsafe(43)
    code = code_for(http, server, verifier, client_id="confidential")
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }

    without = http.post(server.token_url, data=form | {"client_id": "confidential"})
    wrong = http.post(server.token_url, data=form, auth=("confidential", "nope"))
    right = http.post(server.token_url, data=form, auth=("confidential", "s3cret"))

    assert without.status_code == 401
    assert without.json() == {
        "error": "unauthorized_client",
        "error_description": "Missing valid authorization header",
    }
    assert wrong.status_code == 401
    assert right.status_code == 200
    assert "access_token" in right.json()


def test_an_unregistered_callback_gets_an_error_page_not_a_redirect(
    http: httpx.Client, server: XServer
) -> None:
    server.add_client("exact", callback_urls=[REDIRECT])
    verifier = secrets.token_urlsafe(43)

    elsewhere = authorize(
        http, server, verifier, client_id="exact", redirect_uri="http://127.0.0.1:1/other"
    )
    remote = authorize(http, server, verifier, redirect_uri="https://evil.example/cb")

    for refused in (elsewhere, remote):
        assert refused.status_code == 400
        assert "location" not in refused.headers


def test_a_user_who_denies_is_sent_back_with_access_denied(
    http: httpx.Client, server: XServer
) -> None:
    server.deny_next_authorization()

    params = redirected_params(authorize(http, server, "v" * 43))

    assert params["error"] == "access_denied"
    assert params["state"] == "xyz-state"
    assert "code" not in params
    assert server.authorizations[-1].code is None


def test_refresh_rotates_the_refresh_token(http: httpx.Client, server: XServer) -> None:
    first = sign_in(http, server)

    refreshed = http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "client_id": server.client_id,
        },
    )
    reused = http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "client_id": server.client_id,
        },
    )

    assert refreshed.status_code == 200
    second = refreshed.json()
    assert second["access_token"] != first["access_token"]
    assert second["refresh_token"] != first["refresh_token"]
    assert http.get("/2/users/me", headers=bearer(second["access_token"])).status_code == 200
    assert reused.status_code == 400
    assert reused.json() == {
        "error": "invalid_request",
        "error_description": "Value passed for the token was invalid.",
    }


def test_without_offline_access_there_is_no_refresh_token(
    http: httpx.Client, server: XServer
) -> None:
    tokens = sign_in(http, server, scope="tweet.read users.read")

    assert "refresh_token" not in tokens


def test_an_access_token_expires_after_its_lifetime_and_refresh_recovers(
    http: httpx.Client, server: XServer, clock: FakeClock
) -> None:
    server.access_token_lifetime = timedelta(minutes=5)
    tokens = sign_in(http, server)
    assert tokens["expires_in"] == 300
    clock.advance(timedelta(minutes=5))

    expired = http.get("/2/users/me", headers=bearer(tokens["access_token"]))
    renewed = http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": server.client_id,
        },
    ).json()

    assert expired.status_code == 401
    assert expired.json() == UNAUTHORIZED
    assert http.get("/2/users/me", headers=bearer(renewed["access_token"])).status_code == 200


def test_revoked_tokens_and_grants_are_refused(http: httpx.Client, server: XServer) -> None:
    tokens = sign_in(http, server)
    revoked = http.post(
        server.revoke_url,
        data={"token": tokens["access_token"], "client_id": server.client_id},
    )
    assert revoked.status_code == 200
    assert revoked.json() == {"revoked": True}
    assert http.get("/2/users/me", headers=bearer(tokens["access_token"])).json() == UNAUTHORIZED

    other = sign_in(http, server)
    server.revoke_grant()
    refresh = http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": other["refresh_token"],
            "client_id": server.client_id,
        },
    )
    assert http.get("/2/users/me", headers=bearer(other["access_token"])).status_code == 401
    assert refresh.status_code == 400


def test_no_token_or_a_made_up_one_is_unauthorized(http: httpx.Client) -> None:
    for headers in ({}, bearer("made-up")):
        answer = http.get("/2/users/me", headers=headers)
        assert answer.status_code == 401
        assert answer.json() == UNAUTHORIZED
        assert "x-rate-limit-limit" not in answer.headers


# -- users/me and the mentions timeline ------------------------------------------------


@pytest.fixture
def token(server: XServer) -> str:
    return str(server.issue_token()["access_token"])


def mentions(
    http: httpx.Client, server: XServer, token: str, **params: str | int
) -> httpx.Response:
    return http.get(
        f"/2/users/{server.business['id']}/mentions", params=params, headers=bearer(token)
    )


def test_users_me_gives_the_asked_user_fields(
    http: httpx.Client, server: XServer, token: str
) -> None:
    answer = http.get(
        "/2/users/me",
        params={"user.fields": "created_at,description,profile_image_url"},
        headers=bearer(token),
    )

    data = answer.json()["data"]
    assert set(data) == {"id", "name", "username", "created_at", "description", "profile_image_url"}
    assert data["created_at"].endswith(".000Z")


def test_mentions_come_newest_first_with_the_authors_profiles(
    http: httpx.Client, server: XServer, token: str, clock: FakeClock
) -> None:
    server.add_user("cornbread_fan", "Maya Ruiz", description="Loves cornbread", location="Austin")
    server.add_user("traveller", "Tom T")
    older = server.mention("cornbread_fan", "the cornbread was amazing")
    clock.advance(timedelta(minutes=3))
    newer = server.mention("traveller", "stranded at the airport, any rooms?")
    server.post("traveller", "not a mention at all")

    answer = mentions(
        http,
        server,
        token,
        expansions="author_id",
        **{"tweet.fields": "created_at,author_id", "user.fields": "description,location"},
    )

    body = answer.json()
    assert answer.status_code == 200
    assert [t["id"] for t in body["data"]] == [newer["id"], older["id"]]
    assert body["data"][1] == {
        "id": older["id"],
        "text": "@business the cornbread was amazing",
        "edit_history_tweet_ids": [older["id"]],
        "author_id": older["author_id"],
        "created_at": "2026-03-01T09:00:00.000Z",
    }
    assert body["meta"] == {
        "result_count": 2,
        "newest_id": newer["id"],
        "oldest_id": older["id"],
    }
    maya = next(u for u in body["includes"]["users"] if u["username"] == "cornbread_fan")
    assert maya == {
        "id": older["author_id"],
        "name": "Maya Ruiz",
        "username": "cornbread_fan",
        "description": "Loves cornbread",
        "location": "Austin",
    }


def test_mentions_page_with_next_token_and_back_with_previous_token(
    http: httpx.Client, server: XServer, token: str
) -> None:
    made = server.add_mentions(12)
    newest_first = [t["id"] for t in reversed(made)]

    first = mentions(http, server, token, max_results=5).json()
    second = mentions(
        http, server, token, max_results=5, pagination_token=first["meta"]["next_token"]
    ).json()
    third = mentions(
        http, server, token, max_results=5, pagination_token=second["meta"]["next_token"]
    ).json()
    back = mentions(
        http, server, token, max_results=5, pagination_token=second["meta"]["previous_token"]
    ).json()

    pages = [first, second, third]
    assert [t["id"] for page in pages for t in page["data"]] == newest_first
    assert "previous_token" not in first["meta"]
    assert "next_token" not in third["meta"]
    assert third["meta"]["result_count"] == 2
    assert back["data"] == first["data"]


def test_since_id_gives_only_newer_mentions_and_an_empty_page_has_no_data(
    http: httpx.Client, server: XServer, token: str
) -> None:
    made = server.add_mentions(8)

    newer = mentions(http, server, token, since_id=made[5]["id"]).json()
    none = mentions(http, server, token, since_id=made[-1]["id"]).json()
    before = mentions(http, server, token, until_id=made[2]["id"]).json()

    assert [t["id"] for t in newer["data"]] == [made[7]["id"], made[6]["id"]]
    assert newer["meta"]["newest_id"] == made[7]["id"]
    assert none == {"meta": {"result_count": 0}}
    assert [t["id"] for t in before["data"]] == [made[1]["id"], made[0]["id"]]


def test_only_the_800_most_recent_mentions_are_reachable(
    http: httpx.Client, server: XServer, token: str
) -> None:
    made = server.add_mentions(830)
    seen: list[str] = []
    params: dict[str, str | int] = {"max_results": 100, "since_id": made[0]["id"]}
    while True:
        page = mentions(http, server, token, **params).json()
        seen += [t["id"] for t in page.get("data", [])]
        if "next_token" not in page["meta"]:
            break
        params["pagination_token"] = page["meta"]["next_token"]

    beyond = mentions(http, server, token, until_id=made[30]["id"]).json()

    assert len(seen) == 800
    assert seen[-1] == made[30]["id"]
    assert beyond == {"meta": {"result_count": 0}}


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"max_results": 4}, "max_results"),
        ({"max_results": 101}, "max_results"),
        ({"since_id": "abc"}, "since_id"),
        ({"since_id": "20", "until_id": "10"}, "since_id"),
        ({"tweet.fields": "no_such_field"}, "tweet.fields"),
        ({"count": 5}, "count"),
        ({"pagination_token": "not-a-token!"}, "pagination_token"),
    ],
)
def test_invalid_timeline_parameters_are_a_400_invalid_request(
    http: httpx.Client, server: XServer, token: str, params: dict[str, Any], parameter: str
) -> None:
    answer = mentions(http, server, token, **params)

    assert answer.status_code == 400
    body = answer.json()
    assert body["type"] == "https://api.twitter.com/2/problems/invalid-request"
    assert body["detail"] == "One or more parameters to your request was invalid."
    assert parameter in body["errors"][0]["parameters"]


def test_an_unknown_user_id_is_a_not_found_error_in_a_200(http: httpx.Client, token: str) -> None:
    answer = http.get("/2/users/123/mentions", headers=bearer(token))

    assert answer.status_code == 200
    [error] = answer.json()["errors"]
    assert error["type"] == "https://api.twitter.com/2/problems/resource-not-found"
    assert error["resource_type"] == "user"
    assert "data" not in answer.json()


# -- posting ----------------------------------------------------------------------------


def create(http: httpx.Client, token: str, body: Any) -> httpx.Response:
    return http.post("/2/tweets", json=body, headers=bearer(token))


def test_a_reply_is_created_and_the_customers_answer_is_a_mention(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.add_user("maya", "Maya")
    asked = server.mention("maya", "do you have cornbread today?")

    answer = create(
        http, token, {"text": "Yes, all day!", "reply": {"in_reply_to_tweet_id": asked["id"]}}
    )
    assert answer.status_code == 201
    data = answer.json()["data"]
    assert data == {
        "id": data["id"],
        "text": "Yes, all day!",
        "edit_history_tweet_ids": [data["id"]],
    }
    ours = server.tweet(data["id"])
    assert ours["in_reply_to_user_id"] == asked["author_id"]
    assert ours["conversation_id"] == asked["id"]
    assert server.created_via_api[0].in_reply_to_tweet_id == asked["id"]

    thanks = server.reply("maya", data["id"], "thank you!")
    listed = mentions(http, server, token, **{"tweet.fields": "in_reply_to_user_id"}).json()
    assert thanks["text"] == "@business thank you!"
    assert listed["data"][0]["id"] == thanks["id"]
    assert listed["data"][0]["in_reply_to_user_id"] == server.business["id"]


def test_expansions_bring_the_post_replied_to_and_its_author(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.add_user("maya", "Maya")
    ours = server.post("business", "Tonight: cornbread night")
    answer = server.reply("maya", ours["id"], "save me a piece!")

    body = mentions(
        http,
        server,
        token,
        expansions="referenced_tweets.id,in_reply_to_user_id",
        **{"tweet.fields": "referenced_tweets,public_metrics", "user.fields": "public_metrics"},
    ).json()

    assert body["data"][0]["referenced_tweets"] == [{"type": "replied_to", "id": ours["id"]}]
    assert body["includes"]["tweets"][0]["id"] == ours["id"]
    assert body["includes"]["tweets"][0]["public_metrics"]["reply_count"] == 1
    assert [u["username"] for u in body["includes"]["users"]] == ["business"]
    assert body["includes"]["users"][0]["public_metrics"]["tweet_count"] == 1
    assert body["data"][0]["id"] == answer["id"]


def test_own_posts_can_leave_out_replies(http: httpx.Client, server: XServer, token: str) -> None:
    server.add_user("maya")
    asked = server.mention("maya", "open today?")
    reply = create(http, token, {"text": "Yes!", "reply": {"in_reply_to_tweet_id": asked["id"]}})
    alone = create(http, token, {"text": "New menu tomorrow"})
    path = f"/2/users/{server.business['id']}/tweets"

    everything = http.get(path, headers=bearer(token)).json()
    originals = http.get(path, params={"exclude": "replies"}, headers=bearer(token)).json()

    assert [t["id"] for t in everything["data"]] == [
        alone.json()["data"]["id"],
        reply.json()["data"]["id"],
    ]
    assert [t["id"] for t in originals["data"]] == [alone.json()["data"]["id"]]


def test_the_same_text_twice_is_a_403_duplicate(
    http: httpx.Client, server: XServer, token: str, clock: FakeClock
) -> None:
    server.duplicate_window = timedelta(hours=1)
    assert create(http, token, {"text": "Thanks for visiting!"}).status_code == 201

    again = create(http, token, {"text": "Thanks for visiting!"})
    clock.advance(server.duplicate_window)
    later = create(http, token, {"text": "Thanks for visiting!"})

    assert again.status_code == 403
    assert again.json() == {
        "detail": "You are not allowed to create a Tweet with duplicate content.",
        "type": "about:blank",
        "title": "Forbidden",
        "status": 403,
    }
    assert later.status_code == 201
    assert len(server.created_via_api) == 2


def test_invalid_reply_targets_are_refused(http: httpx.Client, server: XServer, token: str) -> None:
    server.add_user("maya")
    gone = server.mention("maya", "deleted soon")
    server.delete_tweet(gone["id"])

    malformed = create(http, token, {"text": "hi", "reply": {"in_reply_to_tweet_id": "12ab"}})
    missing = create(http, token, {"text": "hi", "reply": {}})
    deleted = create(http, token, {"text": "hi", "reply": {"in_reply_to_tweet_id": gone["id"]}})
    not_json = http.post("/2/tweets", data={"text": "hi"}, headers=bearer(token))
    v1_name = create(http, token, {"text": "hi", "in_reply_to_status_id": gone["id"]})

    for refused in (malformed, missing, not_json, v1_name):
        assert refused.status_code == 400
        assert refused.json()["title"] == "Invalid Request"
    assert deleted.status_code == 403
    assert deleted.json()["detail"] == (
        "You attempted to reply to a Tweet that is deleted or not visible to you."
    )
    assert server.created_via_api == []


def test_a_reply_needs_the_business_to_be_mentioned_unless_enterprise(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.add_user("maya")
    unsummoned = server.post("maya", "great cornbread at the corner place")
    body = {"text": "Thank you!", "reply": {"in_reply_to_tweet_id": unsummoned["id"]}}

    refused = create(http, token, body)
    server.reply_restriction = False
    allowed = create(http, token, body)

    assert refused.status_code == 403
    assert refused.json()["detail"].startswith("Reply to this conversation is not allowed")
    assert allowed.status_code == 201


def test_a_post_whose_answer_is_lost_is_found_among_the_accounts_own_posts(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.drop_next("/2/tweets", method="POST", after_processing=True)

    with pytest.raises(httpx.TransportError):
        create(http, token, {"text": "Your table is ready"})
    own = http.get(
        f"/2/users/{server.business['id']}/tweets",
        params={"max_results": 5, "tweet.fields": "created_at"},
        headers=bearer(token),
    ).json()

    assert [t["text"] for t in own["data"]] == ["Your table is ready"]
    assert own["data"][0]["id"] == server.created_via_api[0].id


def test_a_dropped_request_before_processing_creates_nothing(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.drop_next("/2/tweets", times=2)

    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            create(http, token, {"text": "hello"})
    assert server.created_via_api == []
    assert create(http, token, {"text": "hello"}).status_code == 201
    assert server.count("/2/tweets", "POST") == 3


def test_an_answer_cut_halfway_leaves_the_post_made(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.cut_next("/2/tweets", method="POST")

    with pytest.raises(httpx.TransportError):
        create(http, token, {"text": "See you tonight"})

    assert [t.text for t in server.created_via_api] == ["See you tonight"]
    assert create(http, token, {"text": "See you tonight"}).status_code == 403


def test_a_token_without_tweet_write_cannot_post(http: httpx.Client, server: XServer) -> None:
    reader = server.issue_token(scope="tweet.read users.read")["access_token"]

    answer = create(http, reader, {"text": "hello"})

    assert answer.status_code == 403
    assert answer.json()["title"] == "Forbidden"
    assert http.get("/2/users/me", headers=bearer(reader)).status_code == 200


def test_a_failure_does_nothing_and_says_so_as_x_does(
    http: httpx.Client, server: XServer, token: str
) -> None:
    server.fail_next("/2/tweets", 503)

    answer = create(http, token, {"text": "hello"})

    assert answer.status_code == 503
    assert answer.json()["title"] == "Service Unavailable"
    assert server.created_via_api == []


# -- rate limits -----------------------------------------------------------------------


def test_every_answer_carries_its_endpoints_window(
    http: httpx.Client, server: XServer, token: str
) -> None:
    first = mentions(http, server, token)
    second = mentions(http, server, token)
    me = http.get("/2/users/me", headers=bearer(token))

    reset = int((START + timedelta(minutes=15)).timestamp())
    assert first.headers["x-rate-limit-limit"] == "300"
    assert first.headers["x-rate-limit-remaining"] == "299"
    assert second.headers["x-rate-limit-remaining"] == "298"
    assert first.headers["x-rate-limit-reset"] == str(reset)
    assert me.headers["x-rate-limit-limit"] == "75"
    assert me.headers["x-rate-limit-remaining"] == "74"


def test_an_exhausted_window_answers_429_until_its_reset(
    http: httpx.Client, server: XServer, token: str, clock: FakeClock
) -> None:
    reset_at = START + timedelta(minutes=7)
    server.exhaust_rate_limit(MENTIONS, reset_at)

    refused = mentions(http, server, token)
    clock.set(reset_at)
    allowed = mentions(http, server, token)

    assert refused.status_code == 429
    assert refused.json() == {
        "title": "Too Many Requests",
        "detail": "Too Many Requests",
        "type": "about:blank",
        "status": 429,
    }
    assert refused.headers["x-rate-limit-remaining"] == "0"
    assert refused.headers["x-rate-limit-reset"] == str(int(reset_at.timestamp()))
    assert len(server.throttled) == 1
    assert allowed.status_code == 200
    assert allowed.headers["x-rate-limit-remaining"] == "299"


def test_the_window_runs_out_by_use(http: httpx.Client, server: XServer, token: str) -> None:
    server.set_rate_limit("POST /2/tweets", limit=2)

    answers = [create(http, token, {"text": f"post {n}"}) for n in range(3)]

    assert [a.status_code for a in answers] == [201, 201, 429]
    assert len(server.created_via_api) == 2


def test_the_v1_style_429_body_on_demand(clock: FakeClock) -> None:
    with XServer(now=clock.now, too_many_requests_body="code88") as server:
        token = server.issue_token()["access_token"]
        server.exhaust_rate_limit("GET /2/users/me")
        answer = httpx.get(server.base_url + "/2/users/me", headers=bearer(token))

    assert answer.status_code == 429
    assert answer.json() == {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
