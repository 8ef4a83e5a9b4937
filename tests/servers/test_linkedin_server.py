"""The LinkedIn test server behaves as LinkedIn's documentation says.

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
from urllib.parse import parse_qs, quote, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.clock import FakeClock
from tests.servers.linkedin_server import COMMENTS_GET, NOTIFICATIONS, LinkedInServer

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
REDIRECT = "http://127.0.0.1:54321/callback"
SCOPE = "r_organization_social w_organization_social rw_organization_admin"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[LinkedInServer]:
    with LinkedInServer(now=clock.now) as started:
        yield started


@pytest.fixture
def http(server: LinkedInServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield client


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def authorize(
    http: httpx.Client, server: LinkedInServer, *, verifier: str | None = None, **extra: str
) -> httpx.Response:
    """The browser's part: open the authorization URL, get the redirect back."""
    params = {
        "response_type": "code",
        "client_id": server.client_id,
        "redirect_uri": REDIRECT,
        "scope": SCOPE,
        "state": "xyz-state",
    }
    if verifier is not None:
        params |= {"code_challenge": challenge_of(verifier), "code_challenge_method": "S256"}
    return http.get(server.authorize_url, params=params | extra)


def redirected_params(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def exchange(http: httpx.Client, server: LinkedInServer, code: str, **extra: str) -> httpx.Response:
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": REDIRECT,
        "client_id": server.client_id,
        "client_secret": server.client_secret,
    } | extra
    return http.post(server.token_url, data=form)


def sign_in(http: httpx.Client, server: LinkedInServer) -> dict[str, Any]:
    verifier = secrets.token_urlsafe(43)
    code = redirected_params(authorize(http, server, verifier=verifier))["code"]
    answer = exchange(http, server, code, code_verifier=verifier)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def rest_headers(token: str, version: str = "202603") -> dict[str, str]:
    return {
        "Authorization": f"Bearer {token}",
        "LinkedIn-Version": version,
        "X-Restli-Protocol-Version": "2.0.0",
    }


def acls(http: httpx.Client, token: str, **headers: str) -> httpx.Response:
    return http.get("/rest/organizationAcls?q=roleAssignee", headers=rest_headers(token) | headers)


def encoded(urn: str) -> str:
    return quote(urn, safe="")


# -- 3-legged OAuth -------------------------------------------------------------------


def test_sign_in_gives_a_sixty_day_token_that_opens_the_api(
    http: httpx.Client, server: LinkedInServer
) -> None:
    verifier = secrets.token_urlsafe(43)
    back = redirected_params(authorize(http, server, verifier=verifier))
    assert back["state"] == "xyz-state"

    answer = exchange(http, server, back["code"], code_verifier=verifier)

    assert answer.status_code == 200
    tokens = answer.json()
    assert tokens["expires_in"] == 60 * 24 * 3600
    assert "refresh_token" not in tokens  # only for partners approved for refresh
    assert acls(http, tokens["access_token"]).status_code == 200
    assert server.authorizations[0].code_challenge == challenge_of(verifier)


def test_the_client_secret_is_always_required(http: httpx.Client, server: LinkedInServer) -> None:
    code = redirected_params(authorize(http, server))["code"]

    missing = http.post(
        server.token_url,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "client_id": server.client_id,
        },
    )
    wrong = exchange(http, server, code, client_secret="not-the-secret")

    assert missing.status_code == 400
    assert missing.json() == {
        "error": "invalid_request",
        "error_description": 'A required parameter "client_secret" is missing',
    }
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    assert exchange(http, server, code).status_code == 200  # the code was not used up


def test_a_code_bound_to_pkce_needs_its_verifier(
    http: httpx.Client, server: LinkedInServer
) -> None:
    verifier = secrets.token_urlsafe(43)
    code = redirected_params(authorize(http, server, verifier=verifier))["code"]

    refused = exchange(http, server, code, code_verifier="something-else-entirely")

    assert refused.status_code == 400
    assert "code verifier does not match" in refused.json()["error_description"]
    assert exchange(http, server, code, code_verifier=verifier).status_code == 200


def test_a_code_works_once_and_for_thirty_minutes(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    first = redirected_params(authorize(http, server))["code"]
    assert exchange(http, server, first).status_code == 200
    assert exchange(http, server, first).status_code == 400

    late = redirected_params(authorize(http, server))["code"]
    clock.advance(timedelta(minutes=31))
    assert exchange(http, server, late).json()["error"] == "invalid_request"


def test_an_unregistered_redirect_uri_gets_an_error_page_not_a_redirect(
    http: httpx.Client, server: LinkedInServer
) -> None:
    response = authorize(http, server, redirect_uri="https://evil.example/callback")

    assert response.status_code == 400
    assert "location" not in response.headers
    assert "redirect_uri" in response.text


def test_a_scope_the_app_was_not_granted_goes_back_as_unauthorized_scope_error(
    http: httpx.Client, server: LinkedInServer
) -> None:
    server.add_client("narrow-app", "narrow-secret", scopes={"r_organization_social"})

    back = redirected_params(
        authorize(
            http, server, client_id="narrow-app", scope="r_organization_social w_member_social"
        )
    )

    assert back["error"] == "unauthorized_scope_error"
    assert "w_member_social" in back["error_description"]
    assert back["state"] == "xyz-state"


def test_a_member_who_refuses_is_sent_back_with_user_cancelled_authorize(
    http: httpx.Client, server: LinkedInServer
) -> None:
    server.deny_next_authorization()

    back = redirected_params(authorize(http, server))

    assert back["error"] == "user_cancelled_authorize"
    assert back["state"] == "xyz-state"
    assert "code" not in back


def test_programmatic_refresh_keeps_the_refresh_tokens_first_expiry(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    server.programmatic_refresh = True
    tokens = sign_in(http, server)
    assert tokens["refresh_token_expires_in"] == 365 * 24 * 3600

    clock.advance(timedelta(days=59))
    renewed = http.post(
        server.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": server.client_id,
            "client_secret": server.client_secret,
        },
    ).json()

    assert renewed["expires_in"] == 60 * 24 * 3600
    assert renewed["refresh_token_expires_in"] == 306 * 24 * 3600  # the docs' own example
    assert acls(http, renewed["access_token"]).status_code == 200


def test_a_token_expires_after_sixty_days(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    token = sign_in(http, server)["access_token"]
    clock.advance(timedelta(days=60))

    response = acls(http, token)

    assert response.status_code == 401
    assert response.json()["code"] == "EXPIRED_ACCESS_TOKEN"


def test_revoked_tokens_are_refused_as_linkedin_words_it(
    http: httpx.Client, server: LinkedInServer
) -> None:
    by_endpoint = sign_in(http, server)["access_token"]
    by_member = server.issue_token(scope=SCOPE)["access_token"]

    revoked = http.post(
        server.revoke_url,
        data={
            "token": by_endpoint,
            "client_id": server.client_id,
            "client_secret": server.client_secret,
        },
    )
    server.revoke_member()

    assert revoked.status_code == 200
    for token in (by_endpoint, by_member):
        response = acls(http, token)
        assert response.status_code == 401
        assert response.json() == {
            "status": 401,
            "serviceErrorCode": 65601,
            "code": "REVOKED_ACCESS_TOKEN",
            "message": "The token used in the request has been revoked by the user",
        }


def test_no_token_or_a_made_up_one_is_unauthorized(http: httpx.Client) -> None:
    empty = http.get(
        "/rest/organizationAcls?q=roleAssignee",
        headers={"LinkedIn-Version": "202603", "X-Restli-Protocol-Version": "2.0.0"},
    )
    made_up = acls(http, "made-up")

    assert empty.status_code == 401
    assert empty.json()["message"] == "Empty oauth2_access_token"
    assert made_up.json()["serviceErrorCode"] == 65600


def test_introspection_tells_active_expired_and_revoked(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    form = {"client_id": server.client_id, "client_secret": server.client_secret, "token": token}

    active = http.post(server.introspect_url, data=form).json()
    clock.advance(timedelta(days=61))
    expired = http.post(server.introspect_url, data=form).json()
    server.revoke_token(token)
    revoked = http.post(server.introspect_url, data=form).json()

    assert active["active"] is True and active["auth_type"] == "3L"
    assert active["scope"] == "r_organization_social,w_organization_social,rw_organization_admin"
    assert (expired["active"], expired["status"]) == (False, "expired")
    assert revoked["status"] == "revoked"
    assert http.post(server.introspect_url, data=form | {"token": "x"}).json() == {"active": False}


def test_the_member_behind_a_token(http: httpx.Client, server: LinkedInServer) -> None:
    openid = server.issue_token(scope="openid profile email")["access_token"]
    social = server.issue_token(scope=SCOPE)["access_token"]
    auth = {"Authorization": f"Bearer {openid}"}

    userinfo = http.get("/v2/userinfo", headers=auth).json()

    assert userinfo["sub"] == server.admin["id"]
    assert userinfo["name"] == "Ada Admin"
    assert userinfo["email"] == server.admin["email"]
    assert (
        http.get("/v2/userinfo", headers={"Authorization": f"Bearer {social}"}).status_code == 403
    )


# -- versioning -------------------------------------------------------------------------


def test_a_missing_version_is_refused_as_linkedin_documents(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]

    response = http.get(
        "/rest/organizationAcls?q=roleAssignee",
        headers={"Authorization": f"Bearer {token}", "X-Restli-Protocol-Version": "2.0.0"},
    )

    assert response.status_code == 400
    assert response.json()["code"] == "VERSION_MISSING"


def test_a_version_is_active_for_a_year_from_its_month(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]

    sunset = acls(http, token, **{"LinkedIn-Version": "202502"})
    not_yet = acls(http, token, **{"LinkedIn-Version": "202604"})
    patch = acls(http, token, **{"LinkedIn-Version": "202504.01"})

    assert sunset.status_code == 426
    assert sunset.json() == {
        "status": 426,
        "code": "NONEXISTENT_VERSION",
        "message": "Requested version 20250201 is not active",
    }
    assert not_yet.status_code == 426
    assert patch.status_code == 200
    clock.advance(timedelta(days=365))
    token = server.issue_token(scope=SCOPE)["access_token"]
    assert acls(http, token).status_code == 426  # 202603 sunset in March 2027
    server.activate_version("202603")
    assert acls(http, token).status_code == 200


def test_the_restli_protocol_header_is_required(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]

    response = http.get(
        "/rest/organizationAcls?q=roleAssignee",
        headers={"Authorization": f"Bearer {token}", "LinkedIn-Version": "202603"},
    )

    assert response.status_code == 400
    assert response.json()["status"] == 400


# -- organizations ----------------------------------------------------------------------


def test_organization_acls_list_the_members_roles(
    http: httpx.Client, server: LinkedInServer
) -> None:
    other = server.add_organization("Second Shop")
    server.add_member("pat", "Pat", "Poster")
    server.grant_role("pat", other["urn"], role="DIRECT_SPONSORED_CONTENT_POSTER")
    admin_token = server.issue_token(scope=SCOPE)["access_token"]
    pat_token = server.issue_token("pat", scope=SCOPE)["access_token"]

    admin_roles = acls(http, admin_token).json()
    pat_admin_roles = http.get(
        "/rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED",
        headers=rest_headers(pat_token),
    ).json()

    assert [e["organization"] for e in admin_roles["elements"]] == [
        server.organization["urn"],
        other["urn"],
    ]
    assert admin_roles["elements"][0] == {
        "roleAssignee": server.admin["urn"],
        "role": "ADMINISTRATOR",
        "state": "APPROVED",
        "organization": server.organization["urn"],
    }
    assert admin_roles["paging"]["total"] == 2
    assert pat_admin_roles["elements"] == []


def test_an_organization_is_looked_up_by_id(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]

    found = http.get(
        f"/rest/organizations/{server.organization['id']}", headers=rest_headers(token)
    )
    missing = http.get("/rest/organizations/1", headers=rest_headers(token))

    assert found.json()["localizedName"] == "The Business"
    assert found.json()["vanityName"] == "the-business"
    assert missing.status_code == 404


# -- notifications ----------------------------------------------------------------------


def notifications(
    http: httpx.Client, server: LinkedInServer, token: str, query: str = ""
) -> httpx.Response:
    entity = encoded(server.organization["urn"])
    return http.get(
        f"/rest/organizationalEntityNotifications?q=criteria&organizationalEntity={entity}{query}",
        headers=rest_headers(token),
    )


def test_comments_and_mentions_arrive_as_notifications(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    carla = server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Our new menu is out")
    comment = server.comment("carla", post["urn"], "Is there a vegan option?")
    mention = server.mention("carla", "loved the cornbread")

    answer = notifications(http, server, token, "&actions=List(COMMENT,SHARE_MENTION)").json()

    by_action = {e["action"]: e for e in answer["elements"]}
    assert by_action["COMMENT"]["generatedActivity"] == comment["commentUrn"]
    assert by_action["COMMENT"]["sourcePost"] == post["activity"]
    assert by_action["COMMENT"]["decoratedSourcePost"]["entity"] == post["urn"]
    assert by_action["COMMENT"]["decoratedGeneratedActivity"]["comment"] == {
        "entity": comment["commentUrn"],
        "owner": carla["urn"],
        "object": post["activity"],
        "text": "Is there a vegan option?",
    }
    assert by_action["SHARE_MENTION"]["generatedActivity"] == mention["urn"]
    shared = by_action["SHARE_MENTION"]["decoratedGeneratedActivity"]["share"]
    assert shared["text"] == "@The Business loved the cornbread"
    assert shared["owner"] == carla["urn"]


def test_notifications_page_filter_and_age_out(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    old = server.comment("carla", post["urn"], "old", created_at=START - timedelta(days=61))
    server.add_comments(12, "carla", post["urn"])
    server.mention("carla")

    first = notifications(http, server, token, "&actions=List(COMMENT)&count=5").json()
    third = notifications(http, server, token, "&actions=List(COMMENT)&start=10&count=5").json()
    mentions = notifications(http, server, token, "&actions=List(SHARE_MENTION)").json()
    since = int((START - timedelta(minutes=3)).timestamp() * 1000)
    recent = notifications(
        http, server, token, f"&timeRange=(start:{since},end:{since + 10**9})"
    ).json()

    assert first["paging"]["total"] == 12  # the 61-day-old one is gone
    assert [link["rel"] for link in first["paging"]["links"]] == ["next"]
    assert len(first["elements"]) == 5 and len(third["elements"]) == 2
    times = [e["lastModifiedAt"] for e in first["elements"]]
    assert times == sorted(times, reverse=True)
    assert old["commentUrn"] not in {e["generatedActivity"] for e in third["elements"]}
    assert [e["action"] for e in mentions["elements"]] == ["SHARE_MENTION"]
    assert len(recent["elements"]) == 4  # three comments and the mention in those 3 minutes


def test_notifications_are_for_the_organizations_administrators(
    http: httpx.Client, server: LinkedInServer
) -> None:
    server.add_member("pat", "Pat", "Poster")
    pat = server.issue_token("pat", scope=SCOPE)["access_token"]

    assert notifications(http, server, pat).status_code == 403


# -- comments ---------------------------------------------------------------------------


def list_comments(http: httpx.Client, token: str, urn: str, query: str = "") -> httpx.Response:
    return http.get(
        f"/rest/socialActions/{encoded(urn)}/comments{query}", headers=rest_headers(token)
    )


def post_comment(http: httpx.Client, token: str, urn: str, body: Any) -> httpx.Response:
    return http.post(
        f"/rest/socialActions/{encoded(urn)}/comments", headers=rest_headers(token), json=body
    )


def test_comments_page_with_start_count_and_total(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    made = server.add_comments(25, "carla", post["urn"])

    pages = [
        list_comments(http, token, post["urn"], f"?start={start}&count=10").json()
        for start in (0, 10, 20)
    ]

    assert [p["paging"]["total"] for p in pages] == [25, 25, 25]
    assert [len(p["elements"]) for p in pages] == [10, 10, 5]
    seen = [e["commentUrn"] for p in pages for e in p["elements"]]
    assert seen == [c["commentUrn"] for c in made]  # oldest first, none twice
    assert pages[2]["elements"][0]["message"]["text"] == "Comment 21"
    assert list_comments(http, token, post["activity"]).json()["paging"]["total"] == 25


def test_a_reply_as_the_organization_is_a_nested_comment(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    question = server.comment("carla", post["urn"], "Open on Sunday?")
    organization = server.organization["urn"]

    created = post_comment(
        http,
        token,
        post["urn"],
        {
            "actor": organization,
            "object": post["urn"],
            "message": {"text": "Yes, from 10 to 4."},
            "parentComment": question["commentUrn"],
        },
    )

    assert created.status_code == 201
    reply = created.json()
    assert reply["parentComment"] == question["commentUrn"]
    assert reply["actor"] == organization
    assert reply["agent"] == server.admin["urn"]
    assert created.headers["x-restli-id"] == reply["id"]
    replies = list_comments(http, token, question["commentUrn"]).json()["elements"]
    assert [r["commentUrn"] for r in replies] == [reply["commentUrn"]]
    top = list_comments(http, token, post["urn"]).json()["elements"]
    assert [c["commentUrn"] for c in top] == [question["commentUrn"]]
    assert top[0]["commentsSummary"]["totalFirstLevelComments"] == 1
    (made,) = server.created_comments
    assert (made.text, made.parent_comment, made.actor) == (
        "Yes, from 10 to 4.",
        question["commentUrn"],
        organization,
    )
    actions = [n["action"] for n in server.notifications()]
    assert actions.count("ADMIN_COMMENT") == 1


def test_a_reply_may_be_posted_to_the_parent_comments_urn(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    question = server.comment("carla", post["urn"], "Parking?")

    created = post_comment(
        http,
        token,
        question["commentUrn"],
        {
            "actor": server.organization["urn"],
            "object": post["activity"],
            "message": {"text": "Behind the shop."},
            "parentComment": question["commentUrn"],
        },
    )

    assert created.status_code == 201
    assert server.comments(question["commentUrn"])[0]["message"]["text"] == "Behind the shop."


def test_a_comment_on_a_members_mention_post(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    mention = server.mention("carla", "thanks for the great evening")

    created = post_comment(
        http,
        token,
        mention["urn"],
        {
            "actor": server.organization["urn"],
            "object": mention["urn"],
            "message": {"text": "Come again soon!"},
        },
    )

    assert created.status_code == 201
    assert "parentComment" not in created.json()


def test_there_is_no_idempotency(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    post = server.add_post("Post")
    body = {
        "actor": server.organization["urn"],
        "object": post["urn"],
        "message": {"text": "Same words"},
    }

    post_comment(http, token, post["urn"], body)
    post_comment(http, token, post["urn"], body)

    assert len(server.created_comments) == 2


def test_invalid_comments_are_refused(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    read_only = server.issue_token(scope="r_organization_social")["access_token"]
    other = server.add_organization("Not Mine", administrators=())
    post = server.add_post("Post")
    elsewhere = server.add_post("Another")
    good = {
        "actor": server.organization["urn"],
        "object": post["urn"],
        "message": {"text": "Hi"},
    }

    cases = [
        (token, post["urn"], good | {"actor": other["urn"]}, 403),
        (read_only, post["urn"], good, 403),
        (token, post["urn"], good | {"message": {"text": "  "}}, 400),
        (token, post["urn"], good | {"object": elsewhere["urn"]}, 400),
        (token, post["urn"], ["not", "an", "object"], 400),
        (token, "urn:li:share:123", good | {"object": "urn:li:share:123"}, 404),
    ]

    for who, urn, body, status in cases:
        response = post_comment(http, who, urn, body)
        assert response.status_code == status, (body, response.text)
        assert response.json()["status"] == status
    assert server.created_comments == []


# -- other resources ------------------------------------------------------------------


def test_posts_and_people_are_looked_up(http: httpx.Client, server: LinkedInServer) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    carla = server.add_member("carla", "Carla", "Cruz", headline="Food writer")
    mention = server.mention("carla", "hello")

    post = http.get(f"/rest/posts/{encoded(mention['urn'])}", headers=rest_headers(token)).json()
    person = http.get(f"/rest/people/(id:{carla['id']})", headers=rest_headers(token)).json()

    assert (post["author"], post["commentary"]) == (carla["urn"], "@The Business hello")
    assert person["localizedFirstName"] == "Carla"
    assert person["localizedHeadline"] == "Food writer"


# -- throttling -------------------------------------------------------------------------


def test_a_daily_member_limit_answers_429_until_midnight_utc(
    http: httpx.Client, server: LinkedInServer, clock: FakeClock
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    post = server.add_post("Post")
    server.set_daily_limit(COMMENTS_GET, 2)

    statuses = [list_comments(http, token, post["urn"]).status_code for _ in range(3)]
    refused = list_comments(http, token, post["urn"])
    other_endpoint = notifications(http, server, token)
    clock.set(datetime(2026, 3, 11, 0, 0, tzinfo=UTC))

    assert statuses == [200, 200, 429]
    assert refused.json() == {
        "status": 429,
        "serviceErrorCode": 101,
        "message": "Resource level throttle MEMBER DAY limit for calls to this resource is "
        "reached.",
    }
    assert other_endpoint.status_code == 200
    assert list_comments(http, token, post["urn"]).status_code == 200
    assert len(server.throttled) == 2


def test_an_application_limit_covers_every_member(
    http: httpx.Client, server: LinkedInServer
) -> None:
    server.add_member("pat", "Pat", "Poster")
    server.set_daily_limit(NOTIFICATIONS, 1, per="application")
    admin = server.issue_token(scope=SCOPE)["access_token"]
    server.grant_role("pat", server.organization["urn"])
    pat = server.issue_token("pat", scope=SCOPE)["access_token"]

    assert notifications(http, server, admin).status_code == 200
    refused = notifications(http, server, pat)

    assert refused.status_code == 429
    assert "APPLICATION DAY" in refused.json()["message"]


def test_throttle_next_refuses_without_doing_anything(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    post = server.add_post("Post")
    server.throttle_next("/rest/socialActions", method="POST")
    body = {"actor": server.organization["urn"], "object": post["urn"], "message": {"text": "x"}}

    assert post_comment(http, token, post["urn"], body).status_code == 429
    assert server.created_comments == []
    assert post_comment(http, token, post["urn"], body).status_code == 201


# -- faults -----------------------------------------------------------------------------


def test_a_dropped_request_before_processing_creates_nothing(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    post = server.add_post("Post")
    server.drop_next("/rest/socialActions", method="POST")
    body = {"actor": server.organization["urn"], "object": post["urn"], "message": {"text": "x"}}

    with pytest.raises(httpx.TransportError):
        post_comment(http, token, post["urn"], body)

    assert server.created_comments == []
    assert server.count("/rest/socialActions", "POST") == 1


def test_an_answer_lost_after_processing_leaves_the_comment_made(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    post = server.add_post("Post")
    server.drop_next("/rest/socialActions", after_processing=True, method="POST")
    server.cut_next("/rest/socialActions", method="POST")
    body = {"actor": server.organization["urn"], "object": post["urn"], "message": {"text": "x"}}

    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            post_comment(http, token, post["urn"], body)

    assert len(server.created_comments) == 2
    listed = list_comments(http, token, post["urn"]).json()["elements"]
    assert [c["commentUrn"] for c in listed] == [c.urn for c in server.created_comments]


def test_a_failure_does_nothing_and_says_so_in_linkedins_shape(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.fail_next("/rest/organizationAcls", status=503)

    failed = acls(http, token)

    assert failed.status_code == 503
    assert failed.json()["status"] == 503
    assert acls(http, token).status_code == 200


def test_a_raw_answer_stands_in_for_a_broken_one(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.serve_raw_next("/rest/organizationAcls", b"<html>oops", content_type="text/html")

    broken = acls(http, token)

    assert (broken.status_code, broken.text) == (200, "<html>oops")
    server.serve_raw_next("/rest/organizationAcls", '{"elements": [« nope')
    assert acls(http, token).text == '{"elements": [« nope'
    assert acls(http, token).json()["paging"]["total"] == 1


def test_comments_are_listed_in_time_order_whatever_order_they_were_added(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    later = server.comment("carla", post["urn"], "later")
    earlier = server.comment("carla", post["urn"], "earlier", created_at=START - timedelta(hours=1))

    listed = list_comments(http, token, post["urn"]).json()["elements"]

    assert [c["commentUrn"] for c in listed] == [earlier["commentUrn"], later["commentUrn"]]


def test_a_deleted_comment_leaves_the_listing_and_is_notified(
    http: httpx.Client, server: LinkedInServer
) -> None:
    token = server.issue_token(scope=SCOPE)["access_token"]
    server.add_member("carla", "Carla", "Cruz")
    post = server.add_post("Post")
    comment = server.comment("carla", post["urn"], "oops")

    server.delete_comment(comment["commentUrn"])

    assert list_comments(http, token, post["urn"]).json()["paging"]["total"] == 0
    assert list_comments(http, token, comment["commentUrn"]).status_code == 404
    deleted = notifications(http, server, token, "&actions=List(COMMENT_DELETE)").json()
    (element,) = deleted["elements"]
    assert element["generatedActivity"] == comment["commentUrn"]
    assert "text" not in element["decoratedGeneratedActivity"]["comment"]


@settings(deadline=None, max_examples=25)
@given(total=st.integers(min_value=0, max_value=40), count=st.integers(min_value=1, max_value=15))
def test_walking_the_pages_gives_every_comment_once_in_order(total: int, count: int) -> None:
    with (
        LinkedInServer(now=FakeClock(START).now) as server,
        httpx.Client(base_url=server.base_url, timeout=10) as http,
    ):
        token = server.issue_token(scope=SCOPE)["access_token"]
        server.add_member("carla", "Carla", "Cruz")
        post = server.add_post("Post")
        made = server.add_comments(total, "carla", post["urn"])

        seen: list[str] = []
        start = 0
        while True:
            page = list_comments(http, token, post["urn"], f"?start={start}&count={count}").json()
            assert page["paging"]["total"] == total
            seen += [e["commentUrn"] for e in page["elements"]]
            if not any(link["rel"] == "next" for link in page["paging"]["links"]):
                break
            start += count

    assert seen == [c["commentUrn"] for c in made]
