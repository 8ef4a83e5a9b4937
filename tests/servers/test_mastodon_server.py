"""The Mastodon test server behaves as docs.joinmastodon.org says, so it cannot drift.

Each test talks to the real server over HTTP with httpx, as a connector would.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from tests.servers.mastodon_server import MastodonServer

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.moment = START

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[MastodonServer]:
    with MastodonServer(now=clock) as started:
        started.add_account("alice")
        yield started


@pytest.fixture
def client(server: MastodonServer) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=5) as http:
        yield http


def mentions(server: MastodonServer, count: int) -> list[str]:
    """``count`` mentions of the business from alice; their notification ids, oldest first."""
    for number in range(count):
        server.post("alice", f"<p>@business question {number}</p>", mentions=["business"])
    return [n["id"] for n in reversed(server.notifications_for("business"))]


def links(response: httpx.Response) -> dict[str, dict[str, list[str]]]:
    """rel → query of each URL in the Link header."""
    found = {}
    for rel, link in response.links.items():
        found[rel] = parse_qs(urlsplit(link["url"]).query)
    return found


def test_min_id_catches_up_on_250_mentions_without_gaps(
    server: MastodonServer, client: httpx.Client
) -> None:
    seen_before = mentions(server, 10)
    missed = mentions(server, 250)[10:]
    cursor, caught = seen_before[-1], []
    while True:
        page = client.get(
            "/api/v1/notifications", params={"types[]": "mention", "min_id": cursor, "limit": 80}
        )
        ids = [n["id"] for n in page.json()]
        if not ids:
            break
        assert ids == sorted(ids, key=int, reverse=True), "each page is newest first"
        caught += reversed(ids)
        cursor = ids[0]
    assert caught == missed
    # since_id, by contrast, answers only the newest page above the cursor: a gap.
    newest = client.get("/api/v1/notifications", params={"since_id": seen_before[-1]})
    assert [n["id"] for n in newest.json()] == list(reversed(missed))[:40]


def test_ids_cross_a_digit_boundary_so_string_comparison_would_fail(
    server: MastodonServer,
) -> None:
    ids = mentions(server, 120)
    assert len(ids[0]) == 5 and len(ids[-1]) == 6
    assert sorted(ids) != ids and sorted(ids, key=int) == ids


def test_link_headers_walk_every_page_and_keep_the_filters(
    server: MastodonServer, client: httpx.Client
) -> None:
    all_ids = mentions(server, 95)
    server.notify("business", "favourite", "alice")
    first = client.get("/api/v1/notifications", params={"types[]": "mention", "limit": 40})
    rels = links(first)
    assert rels["next"]["max_id"] == [first.json()[-1]["id"]]
    assert rels["prev"]["min_id"] == [first.json()[0]["id"]]
    assert rels["next"]["types[]"] == ["mention"] and rels["next"]["limit"] == ["40"]
    walked, page = [], first
    while True:
        walked += [n["id"] for n in page.json()]
        if "next" not in page.links:
            break
        page = client.get(page.links["next"]["url"])
    assert walked == list(reversed(all_ids)), "favourite filtered out, nothing missed"
    assert len(page.json()) == 15, "the last, partial page has no next link"
    empty = client.get(first.links["prev"]["url"])
    assert empty.json() == [] and "link" not in empty.headers


def test_limit_defaults_to_40_and_is_capped_at_80(
    server: MastodonServer, client: httpx.Client
) -> None:
    mentions(server, 100)
    assert len(client.get("/api/v1/notifications").json()) == 40
    assert len(client.get("/api/v1/notifications", params={"limit": 500}).json()) == 80


def test_idempotency_key_returns_the_first_status_for_an_hour(
    server: MastodonServer, client: httpx.Client, clock: Clock
) -> None:
    question = server.post("alice", "<p>@business hi</p>", "direct", mentions=["business"])
    form = {"status": "@alice hello", "visibility": "direct", "in_reply_to_id": question["id"]}
    first = client.post("/api/v1/statuses", data=form, headers={"Idempotency-Key": "k-1"})
    again = client.post("/api/v1/statuses", json=form, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 200
    assert first.json()["id"] == again.json()["id"]
    assert len(server.statuses_created_via_api) == 1 and len(server.status_posts) == 2
    created = server.statuses_created_via_api[0]
    assert (created.visibility, created.in_reply_to_id, created.mentions) == (
        "direct",
        question["id"],
        ("alice",),
    )
    assert first.json()["in_reply_to_account_id"] == server.account("alice")["id"]
    clock.moment += timedelta(hours=1, seconds=1)
    later = client.post("/api/v1/statuses", data=form, headers={"Idempotency-Key": "k-1"})
    assert later.json()["id"] != first.json()["id"], "keys are kept for one hour only"


def test_status_over_max_characters_is_refused_with_422(
    server: MastodonServer, client: httpx.Client
) -> None:
    server.max_characters = 30
    url = "https://example.com/" + "a" * 100  # counts as 23 characters
    assert client.post("/api/v1/statuses", data={"status": f"see {url}"}).status_code == 200
    too_long = client.post("/api/v1/statuses", data={"status": "x" * 31})
    assert too_long.status_code == 422
    assert too_long.json() == {"error": "Validation failed: Text character limit of 30 exceeded"}
    blank = client.post("/api/v1/statuses", data={"status": " "})
    assert blank.json() == {"error": "Validation failed: Text can't be blank"}
    instance = client.get("/api/v2/instance").json()
    assert instance["configuration"]["statuses"]["max_characters"] == 30


def test_rate_limit_headers_and_429_until_reset(
    server: MastodonServer, client: httpx.Client, clock: Clock
) -> None:
    reset_at = START + timedelta(minutes=3)
    server.rate_limit(limit=300, remaining=1, reset_at=reset_at)
    last = client.get("/api/v1/accounts/verify_credentials")
    assert last.status_code == 200
    assert last.headers["X-RateLimit-Remaining"] == "0"
    assert last.headers["X-RateLimit-Limit"] == "300"
    assert datetime.fromisoformat(last.headers["X-RateLimit-Reset"]) == reset_at
    refused = client.get("/api/v1/notifications")
    assert refused.status_code == 429 and refused.json() == {"error": "Too many requests"}
    assert [r.path for r in server.throttled] == ["/api/v1/notifications"]
    assert server.requests_between(START, reset_at)[-1].path == "/api/v1/notifications"
    clock.moment = reset_at
    again = client.get("/api/v1/notifications")
    assert again.status_code == 200 and again.headers["X-RateLimit-Remaining"] == "299"


def test_invalid_revoked_and_expired_tokens_get_the_documented_401(
    server: MastodonServer,
) -> None:
    revoked, expired = server.issue_token("alice"), server.issue_token("alice")
    server.revoke_token(revoked)
    server.expire_token(expired)
    for token in ("nonsense", revoked, expired, None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        answer = httpx.get(f"{server.base_url}/api/v1/notifications", headers=headers)
        assert answer.status_code == 401
        assert answer.json() == {"error": "The access token is invalid"}


def test_scopes_are_enforced(server: MastodonServer) -> None:
    token = server.issue_token("business", scopes="read:notifications")
    headers = {"Authorization": f"Bearer {token}"}
    answer = httpx.post(f"{server.base_url}/api/v1/statuses", data={"status": "x"}, headers=headers)
    assert answer.status_code == 403


def test_faults_fail_drop_and_malform_the_next_answers(
    server: MastodonServer, client: httpx.Client
) -> None:
    mentions(server, 2)
    server.fail_next("/api/v1/notifications", status=503, retry_after=30)
    failed = client.get("/api/v1/notifications")
    assert failed.status_code == 503 and failed.headers["Retry-After"] == "30"
    server.drop_next("/api/v1/notifications")
    with pytest.raises(httpx.TransportError):
        client.get("/api/v1/notifications")
    server.malformed_next("/api/v1/notifications")
    with pytest.raises(ValueError):
        client.get("/api/v1/notifications").json()
    server.malformed_next("/api/v1/notifications", kind="missing_fields")
    damaged = client.get("/api/v1/notifications").json()
    assert "account" not in damaged[0] and "account" in damaged[1]
    assert len(client.get("/api/v1/notifications").json()) == 2, "faults are used up"


def test_drop_after_processing_creates_the_status_but_loses_the_answer(
    server: MastodonServer, client: httpx.Client
) -> None:
    server.drop_next("/api/v1/statuses", after_processing=True)
    with pytest.raises(httpx.TransportError):
        client.post("/api/v1/statuses", data={"status": "hi"}, headers={"Idempotency-Key": "a"})
    retry = client.post("/api/v1/statuses", data={"status": "hi"}, headers={"Idempotency-Key": "a"})
    assert [s.id for s in server.statuses_created_via_api] == [retry.json()["id"]]


def pkce_pair() -> tuple[str, str]:
    verifier = base64.urlsafe_b64encode(b"v" * 40).rstrip(b"=").decode()
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(server: MastodonServer, app: dict, challenge: str, redirect: str) -> str:
    answer = httpx.get(
        f"{server.base_url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": app["client_id"],
            "redirect_uri": redirect,
            "scope": "read write",
            "state": "s-42",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        },
    )
    assert answer.status_code == 302
    location = urlsplit(answer.headers["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == redirect
    query = parse_qs(location.query)
    assert query["state"] == ["s-42"]
    return query["code"][0]


def test_oauth_code_flow_with_pkce(server: MastodonServer) -> None:
    redirect = "http://127.0.0.1:8765/callback"
    base = server.base_url
    metadata = httpx.get(f"{base}/.well-known/oauth-authorization-server").json()
    assert metadata["code_challenge_methods_supported"] == ["S256"]
    app = httpx.post(
        metadata["app_registration_endpoint"],
        json={"client_name": "Inbox", "redirect_uris": [redirect], "scopes": "read write"},
    ).json()
    assert app["redirect_uris"] == [redirect] and app["client_secret"]
    verifier, challenge = pkce_pair()

    def exchange(code: str, code_verifier: str) -> httpx.Response:
        return httpx.post(
            f"{base}/oauth/token",
            data={
                "grant_type": "authorization_code",
                "code": code,
                "client_id": app["client_id"],
                "client_secret": app["client_secret"],
                "redirect_uri": redirect,
                "code_verifier": code_verifier,
            },
        )

    wrong = exchange(authorize(server, app, challenge, redirect), "not-the-verifier")
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    code = authorize(server, app, challenge, redirect)
    token = exchange(code, verifier)
    assert token.status_code == 200 and token.json()["token_type"] == "Bearer"
    assert exchange(code, verifier).json()["error"] == "invalid_grant", "codes are single-use"
    assert server.authorizations[-1].code_challenge == challenge
    me = httpx.get(
        f"{base}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )
    assert me.json()["acct"] == "business"
    revoke = {
        "client_id": app["client_id"],
        "client_secret": app["client_secret"],
        "token": token.json()["access_token"],
    }
    assert httpx.post(f"{base}/oauth/revoke", data=revoke).json() == {}
    assert httpx.get(me.request.url, headers=me.request.headers).status_code == 401


def test_authorize_refuses_unregistered_redirects_and_bad_challenge_methods(
    server: MastodonServer,
) -> None:
    app = httpx.post(
        f"{server.base_url}/api/v1/apps",
        data={"client_name": "Inbox", "redirect_uris": "http://127.0.0.1:1/cb"},
    ).json()
    params = {"response_type": "code", "client_id": app["client_id"]}
    elsewhere = httpx.get(
        f"{server.base_url}/oauth/authorize",
        params=params | {"redirect_uri": "http://evil.example/cb"},
    )
    assert elsewhere.status_code == 400 and "Location" not in elsewhere.headers
    plain = httpx.get(
        f"{server.base_url}/oauth/authorize",
        params=params
        | {
            "redirect_uri": "http://127.0.0.1:1/cb",
            "code_challenge": "abc",
            "code_challenge_method": "plain",
        },
    )
    assert "error=invalid_request" in plain.headers["Location"]


def test_older_servers_have_no_metadata_and_no_v2_instance() -> None:
    with MastodonServer(version="3.5.3") as old:
        assert httpx.get(f"{old.base_url}/.well-known/oauth-authorization-server").is_error
        assert httpx.get(f"{old.base_url}/api/v2/instance").status_code == 404
        v1 = httpx.get(f"{old.base_url}/api/v1/instance").json()
        assert v1["configuration"]["statuses"]["max_characters"] == 500


def test_own_statuses_include_direct_replies_and_context_shows_the_thread(
    server: MastodonServer, client: httpx.Client
) -> None:
    question = server.post("alice", "<p>@business ?</p>", "direct", mentions=["business"])
    answer = server.post("business", "<p>@alice !</p>", "direct", question["id"], ["alice"])
    server.post("business", "<p>news</p>")
    own = client.get(f"/api/v1/accounts/{server.business['id']}/statuses").json()
    assert [s["id"] for s in own][1] == answer["id"] and len(own) == 2
    no_replies = client.get(
        f"/api/v1/accounts/{server.business['id']}/statuses", params={"exclude_replies": "true"}
    ).json()
    assert [s["content"] for s in no_replies] == ["<p>news</p>"]
    public = httpx.get(f"{server.base_url}/api/v1/accounts/{server.business['id']}/statuses")
    assert len(public.json()) == 1, "strangers do not see direct messages"
    context = client.get(f"/api/v1/statuses/{answer['id']}/context").json()
    assert [s["id"] for s in context["ancestors"]] == [question["id"]]
    assert httpx.get(f"{server.base_url}/api/v1/statuses/{answer['id']}").status_code == 404


def test_fixture_serves_the_business_account_with_its_token(
    mastodon_server: MastodonServer,
) -> None:
    me = httpx.get(
        f"{mastodon_server.base_url}/api/v1/accounts/verify_credentials",
        headers={"Authorization": f"Bearer {mastodon_server.token}"},
    )
    assert me.json()["id"] == mastodon_server.business["id"]
    assert me.json()["source"]["privacy"] == "public"
