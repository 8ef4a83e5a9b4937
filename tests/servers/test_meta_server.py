"""The Meta Graph API test server behaves as developers.facebook.com says.

Each test talks to the real server over HTTP with httpx, as a connector would, so that the
server cannot drift from the documentation the connector is written against.
"""

from __future__ import annotations

import asyncio
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

from socialinbox.channels.oauth_client import OAuthClient
from socialinbox.channels.oauth_providers import META
from socialinbox.clock import FakeClock
from socialinbox.core.connector import OAuthApp
from tests.servers.meta_server import MetaServer

START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
REDIRECT = "http://127.0.0.1:54321/callback"
SCOPE = "pages_show_list,pages_messaging,pages_read_engagement,pages_manage_engagement"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> Iterator[MetaServer]:
    with MetaServer(now=clock.now) as started:
        yield started


@pytest.fixture
def http(server: MetaServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.graph_url, timeout=10) as client:
        yield client


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def challenge_of(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def dialog(
    http: httpx.Client, server: MetaServer, verifier: str, *, scope: str = SCOPE, **extra: str
) -> httpx.Response:
    """The browser's part: open the Login dialog, get the redirect back."""
    params = {
        "client_id": server.app_id,
        "redirect_uri": REDIRECT,
        "state": "st-123",
        "response_type": "code",
        "scope": scope,
        "code_challenge": challenge_of(verifier),
        "code_challenge_method": "S256",
    } | extra
    return http.get(server.dialog_url, params=params)


def redirected(response: httpx.Response) -> dict[str, str]:
    assert response.status_code == 302, response.text
    location = response.headers["location"]
    assert location.startswith(REDIRECT + "?")
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def exchange(
    http: httpx.Client, server: MetaServer, code: str, verifier: str, **extra: str
) -> httpx.Response:
    params = {
        "client_id": server.app_id,
        "redirect_uri": REDIRECT,
        "code": code,
        "code_verifier": verifier,
    } | extra
    return http.get(server.token_url, params=params)


def sign_in(http: httpx.Client, server: MetaServer, scope: str = SCOPE) -> str:
    verifier = secrets.token_urlsafe(48)
    code = redirected(dialog(http, server, verifier, scope=scope))["code"]
    answer = exchange(http, server, code, verifier)
    assert answer.status_code == 200, answer.text
    return str(answer.json()["access_token"])


def error_of(response: httpx.Response) -> dict[str, Any]:
    error = response.json()["error"]
    assert isinstance(error, dict)
    return error


def send(
    http: httpx.Client,
    server: MetaServer,
    token: str,
    recipient: str,
    text: str,
    messaging_type: str = "RESPONSE",
    tag: str | None = None,
) -> httpx.Response:
    body: dict[str, Any] = {
        "recipient": {"id": recipient},
        "messaging_type": messaging_type,
        "message": {"text": text},
    }
    if tag:
        body["tag"] = tag
    return http.post(f"/{server.page['id']}/messages", json=body, headers=bearer(token))


# -- Facebook Login -----------------------------------------------------------------------


def test_sign_in_with_pkce_then_a_long_lived_exchange_opens_me(
    http: httpx.Client, server: MetaServer
) -> None:
    verifier = secrets.token_urlsafe(48)
    response = dialog(http, server, verifier)
    params = redirected(response)
    assert params["state"] == "st-123"
    assert response.headers["location"].endswith("#_=_")

    short = exchange(http, server, params["code"], verifier)
    assert short.status_code == 200
    assert short.json()["token_type"] == "bearer"
    assert short.json()["expires_in"] == 7200
    long = http.get(
        server.token_url,
        params={
            "grant_type": "fb_exchange_token",
            "client_id": server.app_id,
            "client_secret": server.app_secret,
            "fb_exchange_token": short.json()["access_token"],
        },
    )

    assert long.status_code == 200
    assert long.json()["expires_in"] == 60 * 24 * 3600
    assert long.json()["access_token"] != short.json()["access_token"]
    me = http.get("/me", headers=bearer(long.json()["access_token"]))
    assert me.json() == server.user
    assert server.authorizations[0].code_challenge == challenge_of(verifier)


def test_the_oauth_client_in_main_signs_in_and_gets_a_long_lived_token(
    server: MetaServer, clock: FakeClock
) -> None:
    endpoints = META.endpoints_for(server.base_url)

    async def scenario() -> tuple[str, Any]:
        async with httpx.AsyncClient(timeout=10) as http:
            client = OAuthClient(
                endpoints,
                OAuthApp(server.app_id, server.app_secret),
                http,
                clock,
                network="Meta",
            )
            verifier = secrets.token_urlsafe(48)
            url = client.authorization_url(
                redirect_uri=REDIRECT,
                state="abc",
                code_challenge=challenge_of(verifier),
                scopes="pages_show_list pages_messaging",
            )
            response = await http.get(url)
            code = redirected(response)["code"]
            tokens = await client.exchange_code(code, redirect_uri=REDIRECT, verifier=verifier)
            await client.revoke(tokens)
            return tokens.access_token, tokens.expires_at

    access_token, expires_at = asyncio.run(scenario())

    assert expires_at == START + timedelta(days=60)
    assert not server.app_authorized
    with httpx.Client(base_url=server.graph_url) as http:
        assert error_of(http.get("/me", headers=bearer(access_token)))["error_subcode"] == 458


def test_a_code_is_refused_with_a_wrong_verifier_twice_or_late(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    verifier = secrets.token_urlsafe(48)
    code = redirected(dialog(http, server, verifier))["code"]
    wrong = exchange(http, server, code, "x" * 50)
    elsewhere = exchange(http, server, code, verifier, redirect_uri="http://127.0.0.1:1/other")
    assert exchange(http, server, code, verifier).status_code == 200
    again = exchange(http, server, code, verifier)
    late_code = redirected(dialog(http, server, verifier))["code"]
    clock.advance(timedelta(minutes=11))
    late = exchange(http, server, late_code, verifier)

    assert wrong.status_code == 400
    assert error_of(wrong)["code"] == 100
    assert error_of(elsewhere)["error_subcode"] == 36008
    assert error_of(again)["error_subcode"] == 36009
    assert error_of(late)["code"] == 100


def test_without_pkce_the_secret_is_required_and_checked(
    http: httpx.Client, server: MetaServer
) -> None:
    def plain_code() -> str:
        response = http.get(
            server.dialog_url,
            params={"client_id": server.app_id, "redirect_uri": REDIRECT, "scope": SCOPE},
        )
        return redirected(response)["code"]

    base = {"client_id": server.app_id, "redirect_uri": REDIRECT}
    missing = http.get(server.token_url, params=base | {"code": plain_code()})
    wrong = http.get(
        server.token_url, params=base | {"code": plain_code(), "client_secret": "nope"}
    )
    right = http.get(
        server.token_url, params=base | {"code": plain_code(), "client_secret": server.app_secret}
    )

    assert error_of(missing)["code"] == 1
    assert error_of(wrong) | {"fbtrace_id": ""} == {
        "message": "Error validating client secret.",
        "type": "OAuthException",
        "code": 1,
        "fbtrace_id": "",
    }
    assert right.status_code == 200


def test_a_denied_login_redirects_with_the_documented_error(
    http: httpx.Client, server: MetaServer
) -> None:
    server.deny_next_login()

    params = redirected(dialog(http, server, secrets.token_urlsafe(48)))

    assert params == {
        "error": "access_denied",
        "error_code": "200",
        "error_description": "Permissions error",
        "error_reason": "user_denied",
        "state": "st-123",
    }


def test_an_unknown_app_a_foreign_redirect_or_an_unknown_scope_get_no_redirect(
    http: httpx.Client, server: MetaServer
) -> None:
    verifier = secrets.token_urlsafe(48)
    answers = [
        dialog(http, server, verifier, client_id="999"),
        dialog(http, server, verifier, redirect_uri="https://evil.example/cb"),
        dialog(http, server, verifier, scope="pages_messaging,read_everything"),
    ]

    for answer in answers:
        assert answer.status_code == 400
        assert "location" not in answer.headers
        assert answer.headers["content-type"].startswith("text/html")


def test_a_declined_permission_is_listed_and_its_endpoint_refuses(
    http: httpx.Client, server: MetaServer
) -> None:
    server.decline_next("pages_messaging")
    token = sign_in(http, server)
    page_token = http.get("/me/accounts", headers=bearer(token)).json()["data"][0]["access_token"]

    permissions = http.get("/me/permissions", headers=bearer(token)).json()["data"]
    refused = http.get(
        f"/{server.page['id']}/conversations",
        params={"platform": "messenger"},
        headers=bearer(page_token),
    )

    assert {"permission": "pages_messaging", "status": "declined"} in permissions
    assert {"permission": "pages_show_list", "status": "granted"} in permissions
    assert error_of(refused)["code"] == 200
    assert "pages_messaging" in error_of(refused)["message"]


# -- tokens ---------------------------------------------------------------------------------


def test_removing_the_app_kills_user_and_page_tokens(
    http: httpx.Client, server: MetaServer
) -> None:
    token = sign_in(http, server)
    page_token = http.get("/me/accounts", headers=bearer(token)).json()["data"][0]["access_token"]

    removed = http.delete("/me/permissions", headers=bearer(token))
    after = [http.get("/me", headers=bearer(t)) for t in (token, page_token)]

    assert removed.json() == {"success": True}
    for answer in after:
        assert answer.status_code == 400
        assert error_of(answer)["code"] == 190
        assert error_of(answer)["error_subcode"] == 458
        assert answer.headers["www-authenticate"].startswith('OAuth "Facebook Platform"')
    assert http.get("/me", headers=bearer(sign_in(http, server))).status_code == 200


def test_expired_invalidated_missing_and_unknown_tokens(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    short = server.issue_user_token(long_lived=False)["access_token"]
    accounts = http.get("/me/accounts", headers=bearer(short)).json()["data"]
    short_page_token = accounts[0]["access_token"]
    long_page_token = server.page_token()
    clock.advance(timedelta(hours=3))

    expired = http.get("/me", headers=bearer(short))
    expired_page = http.get("/me", headers=bearer(short_page_token))
    still = http.get("/me", headers=bearer(long_page_token))
    missing = http.get("/me")
    unknown = http.get("/me", params={"access_token": "EAAnot-a-token"})
    server.invalidate_sessions()
    invalidated = http.get("/me", headers=bearer(long_page_token))

    assert error_of(expired)["error_subcode"] == 463
    assert error_of(expired)["message"].startswith("Error validating access token: Session has")
    assert error_of(expired_page)["error_subcode"] == 463
    assert still.json() == {"id": server.page["id"], "name": "The Business"}
    assert error_of(missing)["code"] == 104
    assert error_of(unknown)["code"] == 190
    assert "error_subcode" not in error_of(unknown)
    assert error_of(invalidated)["error_subcode"] == 460


def test_a_long_lived_page_token_outlives_the_user_token(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    user_token = server.issue_user_token()["access_token"]
    page_token = http.get("/me/accounts", headers=bearer(user_token)).json()["data"][0][
        "access_token"
    ]
    clock.advance(timedelta(days=90))

    assert error_of(http.get("/me", headers=bearer(user_token)))["error_subcode"] == 463
    assert http.get("/me", headers=bearer(page_token)).status_code == 200


# -- pages, accounts, fields ---------------------------------------------------------------


def test_accounts_list_pages_with_tokens_and_instagram_accounts(
    http: httpx.Client, server: MetaServer
) -> None:
    second = server.add_page("Second Venue")
    token = server.issue_user_token()["access_token"]

    default = http.get("/me/accounts", headers=bearer(token)).json()
    asked = http.get(
        "/me/accounts",
        params={"fields": "id,name,access_token,instagram_business_account{id,username}"},
        headers=bearer(token),
    ).json()

    first = default["data"][0]
    assert set(first) == {"access_token", "category", "category_list", "name", "id", "tasks"}
    assert [p["id"] for p in default["data"]] == [server.page["id"], second["id"]]
    assert asked["data"][0]["instagram_business_account"] == {
        "id": server.instagram["id"],
        "username": "thebusiness",
    }
    assert "instagram_business_account" not in asked["data"][1]
    assert asked["data"][0]["access_token"] == first["access_token"]


def test_unknown_fields_objects_and_edges_are_refused(
    http: httpx.Client, server: MetaServer
) -> None:
    token = server.page_token()

    field = http.get("/me", params={"fields": "id,nickname"}, headers=bearer(token))
    syntax = http.get("/me", params={"fields": "id,{name"}, headers=bearer(token))
    thing = http.get("/123456789", headers=bearer(token))
    edge = http.get(f"/{server.page['id']}/mailbox", headers=bearer(token))

    assert error_of(field)["message"] == (
        "(#100) Tried accessing nonexisting field (nickname) on node type (Page)"
    )
    assert error_of(syntax)["code"] == 100
    assert error_of(thing)["code"] == 100
    assert error_of(thing)["error_subcode"] == 33
    assert error_of(edge)["code"] == 2500


def test_paths_with_and_without_a_version_and_the_version_header(
    server: MetaServer,
) -> None:
    token = server.page_token()
    with httpx.Client(base_url=server.base_url) as http:
        bare = http.get("/me", headers=bearer(token))
        older = http.get("/v24.0/me", params={"access_token": token})

    assert bare.json() == older.json()
    assert bare.headers["facebook-api-version"] == "v25.0"
    assert older.headers["facebook-api-version"] == "v24.0"


def test_another_pages_token_cannot_see_this_page(http: httpx.Client, server: MetaServer) -> None:
    other = server.add_page("Other")
    token = server.page_token(other["id"])

    answer = http.get(f"/{server.page['id']}/feed", headers=bearer(token))

    assert error_of(answer)["error_subcode"] == 33


# -- conversations ---------------------------------------------------------------------------


def test_messenger_and_instagram_conversations_with_their_messages(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    ana = server.add_customer("Ana Lima")
    bo = server.add_customer("Bo", platform="instagram", username="bo.cooks")
    server.customer_says(ana["id"], "Is the terrace open?", at=START - timedelta(hours=2))
    server.page_says(ana["id"], "Yes, until 10", at=START - timedelta(hours=1))
    server.customer_says(bo["id"], "Gluten free?", at=START - timedelta(minutes=5))
    token = server.page_token()
    fields = "id,updated_time,messages{id,created_time,from,to,message}"

    def conversations(platform: str, **extra: str) -> dict[str, Any]:
        params = {"platform": platform, "fields": fields} | extra
        answer = http.get(
            f"/{server.page['id']}/conversations", params=params, headers=bearer(token)
        )
        assert answer.status_code == 200, answer.text
        return dict(answer.json())

    messenger = conversations("messenger")["data"]
    instagram = conversations("instagram", user_id=bo["id"])["data"]
    nobody = conversations("instagram", user_id=ana["id"])["data"]

    assert len(messenger) == 1
    assert messenger[0]["updated_time"] == "2026-03-01T08:00:00+0000"
    newest, oldest = messenger[0]["messages"]["data"]
    assert newest["message"] == "Yes, until 10"
    assert newest["from"]["id"] == server.page["id"]
    assert oldest["from"] == {
        "name": "Ana Lima",
        "email": f"{ana['id']}@facebook.com",
        "id": ana["id"],
    }
    assert oldest["to"]["data"][0]["id"] == server.page["id"]
    only = instagram[0]["messages"]["data"][0]
    assert only["from"] == {"username": "bo.cooks", "id": bo["id"]}
    assert only["to"]["data"] == [{"username": "thebusiness", "id": server.instagram["id"]}]
    assert nobody == []


def test_conversations_need_a_page_token(http: httpx.Client, server: MetaServer) -> None:
    user_token = server.issue_user_token()["access_token"]

    answer = http.get(
        f"/{server.page['id']}/conversations",
        params={"platform": "messenger"},
        headers=bearer(user_token),
    )

    assert error_of(answer)["message"] == (
        "(#190) This method must be called with a Page Access Token"
    )


def test_cursor_paging_reaches_every_conversation_once(
    http: httpx.Client, server: MetaServer
) -> None:
    customers = server.add_conversations(23)
    token = server.page_token()
    seen: list[str] = []
    after: str | None = None
    pages = 0
    while True:
        params = {"platform": "messenger", "limit": "10", "fields": "id,participants"}
        if after:
            params["after"] = after
        body = http.get(
            f"/{server.page['id']}/conversations", params=params, headers=bearer(token)
        ).json()
        pages += 1
        seen += [c["participants"]["data"][0]["id"] for c in body["data"]]
        if pages == 1:
            server.add_conversations(1)  # a new one arrives while paging: it goes on top
        if "next" not in body["paging"]:
            break
        after = body["paging"]["cursors"]["after"]
        assert f"after={after}" in body["paging"]["next"]

    assert pages == 3
    assert seen == [c["id"] for c in reversed(customers)]


def test_message_paging_limits_and_the_twenty_readable_messages(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    for n in range(25):
        server.customer_says(ana["id"], f"line {n}", at=START - timedelta(minutes=30 - n))
    token = server.page_token()
    conversation = server.conversation(ana["id"])

    first = http.get(
        f"/{conversation['id']}",
        params={"fields": "messages.limit(3){message}"},
        headers=bearer(token),
    ).json()
    oldest_id = conversation["messages"][-1]["id"]
    newest_id = conversation["messages"][0]["id"]
    old = http.get(f"/{oldest_id}", params={"fields": "message"}, headers=bearer(token))
    new = http.get(f"/{newest_id}", params={"fields": "message"}, headers=bearer(token))

    assert [m["message"] for m in first["messages"]["data"]] == ["line 24", "line 23", "line 22"]
    assert "next" in first["messages"]["paging"]
    assert error_of(old)["message"] == "(#100) This message has been deleted."
    assert new.json() == {"message": "line 24", "id": newest_id}


# -- the Send API and its window ----------------------------------------------------------------


def test_a_response_within_24_hours_is_sent_and_joins_the_conversation(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    ana = server.add_customer("Ana")
    server.customer_says(ana["id"], "Table for two?", at=START - timedelta(hours=23))

    answer = send(http, server, server.page_token(), ana["id"], "Yes, at 8?")

    assert answer.status_code == 200
    assert answer.json()["recipient_id"] == ana["id"]
    sent = server.sent_messages
    assert [(s.text, s.messaging_type, s.tag) for s in sent] == [("Yes, at 8?", "RESPONSE", None)]
    assert server.conversation(ana["id"])["messages"][0]["id"] == answer.json()["message_id"]
    assert server.conversation(ana["id"])["messages"][0]["from_id"] == server.page["id"]


def test_after_24_hours_only_the_human_agent_tag_and_after_7_days_nothing(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    ana = server.add_customer("Ana")
    server.customer_says(ana["id"], "Hello?", at=START)
    server.page_says(ana["id"], "An automatic answer", at=START + timedelta(hours=20))
    token = server.page_token()
    clock.advance(timedelta(hours=25))

    late = send(http, server, token, ana["id"], "Sorry for the wait")
    tagged = send(http, server, token, ana["id"], "Sorry", "MESSAGE_TAG", "HUMAN_AGENT")
    untagged = send(http, server, token, ana["id"], "Sorry", "MESSAGE_TAG")
    clock.advance(timedelta(days=6))
    too_late = send(http, server, token, ana["id"], "Still there?", "MESSAGE_TAG", "HUMAN_AGENT")

    for refused in (late, too_late):
        assert refused.status_code == 400
        error = error_of(refused)
        assert (error["code"], error["error_subcode"]) == (10, 2018278)
        assert error["message"].startswith("(#10) This message is sent outside of allowed window")
    assert tagged.status_code == 200
    assert error_of(untagged)["code"] == 100
    assert [s.tag for s in server.sent_messages] == ["HUMAN_AGENT"]


def test_a_new_customer_message_reopens_the_window(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    bo = server.add_customer("Bo", platform="instagram")
    server.customer_says(bo["id"], "hi", at=START - timedelta(days=10))
    token = server.page_token()
    closed = send(http, server, token, bo["id"], "hello", "MESSAGE_TAG", "HUMAN_AGENT")
    server.customer_says(bo["id"], "anyone?")

    reopened = send(http, server, token, bo["id"], "Here!")

    assert error_of(closed)["error_subcode"] == 2018278
    assert reopened.status_code == 200
    assert server.sent_messages[0].platform == "instagram"


def test_send_refusals_unknown_recipient_tags_and_lengths(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    bo = server.add_customer("Bo", platform="instagram")
    for customer in (ana, bo):
        server.customer_says(customer["id"], "hi")
    token = server.page_token()

    stranger = send(http, server, token, "2400999999999999", "hello")
    ig_update = send(http, server, token, bo["id"], "x", "MESSAGE_TAG", "ACCOUNT_UPDATE")
    too_long = send(http, server, token, ana["id"], "x" * 2000)
    ig_too_long = send(http, server, token, bo["id"], "é" * 501)
    user_token = send(http, server, server.issue_user_token()["access_token"], ana["id"], "x")
    server.human_agent_approved = False
    no_feature = send(http, server, token, ana["id"], "x", "MESSAGE_TAG", "HUMAN_AGENT")

    assert (error_of(stranger)["code"], error_of(stranger)["error_subcode"]) == (100, 2018001)
    for refused in (ig_update, too_long, ig_too_long):
        assert error_of(refused)["code"] == 100
    assert error_of(user_token)["code"] == 190
    assert error_of(no_feature)["code"] == 200
    assert server.sent_messages == []


def test_form_encoded_send_with_json_text_parameters(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    server.customer_says(ana["id"], "hi")

    answer = http.post(
        "/me/messages",
        data={
            "recipient": json.dumps({"id": ana["id"]}),
            "messaging_type": "RESPONSE",
            "message": json.dumps({"text": "Grüße 👋 <b>x</b>"}),
            "access_token": server.page_token(),
        },
    )

    assert answer.status_code == 200
    assert server.sent_messages[0].text == "Grüße 👋 <b>x</b>"


# -- Facebook posts and comments ---------------------------------------------------------------


def test_feed_and_comments_in_their_orders_with_replies_and_summary(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    old_post = server.add_post("Old menu", at=START - timedelta(days=2))
    post = server.add_post("New menu", at=START - timedelta(days=1))
    visitor = server.add_post("Great place!", author=ana["id"], at=START - timedelta(hours=1))
    first = server.comment(post["id"], "Vegan options?", author=ana["id"], at=START)
    reply = server.comment(first["id"], "Yes, three", at=START + timedelta(minutes=5))
    nested = server.comment(
        reply["id"], "Thanks!", author=ana["id"], at=START + timedelta(minutes=9)
    )
    second = server.comment(
        post["id"], "Prices?", author=ana["id"], at=START + timedelta(minutes=7)
    )
    token = server.page_token()

    feed = http.get(f"/{server.page['id']}/feed", headers=bearer(token)).json()["data"]
    posts = http.get(f"/{server.page['id']}/posts", headers=bearer(token)).json()["data"]
    top = http.get(
        f"/{post['id']}/comments", params={"summary": "true"}, headers=bearer(token)
    ).json()
    stream = http.get(
        f"/{post['id']}/comments",
        params={"filter": "stream", "order": "reverse_chronological", "fields": "id,parent{id}"},
        headers=bearer(token),
    ).json()["data"]
    replies = http.get(f"/{first['id']}/comments", headers=bearer(token)).json()["data"]

    assert [p["id"] for p in feed] == [visitor["id"], post["id"], old_post["id"]]
    assert [p["id"] for p in posts] == [post["id"], old_post["id"]]
    assert feed[1] == {
        "id": post["id"],
        "created_time": "2026-02-28T09:00:00+0000",
        "message": "New menu",
    }
    assert [c["id"] for c in top["data"]] == [first["id"], second["id"]]
    assert top["data"][0]["from"] == {"name": "Ana", "id": ana["id"]}
    assert top["summary"] == {"order": "chronological", "total_count": 2, "can_comment": True}
    assert [c["id"] for c in stream] == [nested["id"], second["id"], reply["id"], first["id"]]
    assert stream[0]["parent"] == {"id": first["id"]}
    assert "parent" not in stream[1]
    assert [c["message"] for c in replies] == ["Yes, three", "Thanks!"]
    assert replies[0]["from"] == {"name": "The Business", "id": server.page["id"]}


def test_a_user_token_reads_comments_without_the_commenters(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    post = server.add_post("Menu")
    server.comment(post["id"], "Nice", author=ana["id"])

    data = http.get(
        f"/{post['id']}/comments", headers=bearer(server.issue_user_token()["access_token"])
    ).json()["data"]

    assert "from" not in data[0]
    assert data[0]["message"] == "Nice"


def test_the_page_replies_to_a_comment_and_a_reply_joins_the_top_comment(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    post = server.add_post("Menu")
    top = server.comment(post["id"], "Open Sunday?", author=ana["id"])
    reply = server.comment(top["id"], "Also Monday?", author=ana["id"])
    token = server.page_token()

    made = http.post(
        f"/{reply['id']}/comments", data={"message": "Both days!"}, headers=bearer(token)
    )
    empty = http.post(f"/{top['id']}/comments", data={"message": " "}, headers=bearer(token))
    as_user = http.post(
        f"/{top['id']}/comments",
        data={"message": "hi"},
        headers=bearer(server.issue_user_token()["access_token"]),
    )

    assert made.status_code == 200
    created = server.created_comments
    assert [(c.id, c.target_id, c.parent_id, c.platform) for c in created] == [
        (made.json()["id"], reply["id"], top["id"], "facebook")
    ]
    assert error_of(empty)["message"] == "(#100) Missing message or attachment"
    assert error_of(as_user)["code"] == 190
    replies = http.get(f"/{top['id']}/comments", headers=bearer(token)).json()["data"]
    assert [c["message"] for c in replies] == ["Also Monday?", "Both days!"]


# -- Instagram media and comments --------------------------------------------------------------


def test_instagram_media_comments_and_replies(http: httpx.Client, server: MetaServer) -> None:
    bo = server.add_customer("Bo", platform="instagram", username="bo.cooks")
    older = server.add_media("Breakfast", at=START - timedelta(days=1))
    media = server.add_media("Sunset dinner", at=START - timedelta(hours=2))
    first = server.comment(media["id"], "Stunning", author=bo["id"], at=START - timedelta(hours=1))
    second = server.comment(media["id"], "Booked!", author=bo["id"], at=START)
    answer = server.comment(first["id"], "Thank you!", at=START - timedelta(minutes=30))
    token = server.issue_user_token()["access_token"]

    listed = http.get(
        f"/{server.instagram['id']}/media",
        params={"fields": "id,caption,timestamp,comments_count"},
        headers=bearer(token),
    ).json()["data"]
    comments = http.get(
        f"/{media['id']}/comments",
        params={"fields": "id,text,username,from,timestamp,replies{id,text,username}"},
        headers=bearer(token),
    ).json()["data"]
    made = http.post(
        f"/{answer['id']}/replies", params={"message": "See you soon"}, headers=bearer(token)
    )
    replies = http.get(
        f"/{first['id']}/replies", params={"fields": "text,parent_id"}, headers=bearer(token)
    ).json()["data"]

    assert [m["id"] for m in listed] == [media["id"], older["id"]]
    assert listed[0]["comments_count"] == 3
    assert [c["id"] for c in comments] == [second["id"], first["id"]]
    assert comments[1]["from"] == {"id": bo["id"], "username": "bo.cooks"}
    assert comments[1]["replies"]["data"] == [
        {"id": answer["id"], "text": "Thank you!", "username": "thebusiness"}
    ]
    assert made.status_code == 200
    assert [r["text"] for r in replies] == ["Thank you!", "See you soon"]
    assert {r["parent_id"] for r in replies} == {first["id"]}
    assert server.created_comments[0].parent_id == first["id"]


# -- usage headers and throttling --------------------------------------------------------------


def test_app_usage_climbs_with_each_call_then_code_4_until_the_hour_passes(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    server.app_calls_per_hour = 4
    token = server.issue_user_token()["access_token"]

    counts = [
        json.loads(http.get("/me", headers=bearer(token)).headers["x-app-usage"])["call_count"]
        for _ in range(4)
    ]
    refused = http.get("/me", headers=bearer(token))
    clock.advance(timedelta(hours=1))
    again = http.get("/me", headers=bearer(token))

    assert counts == [25, 50, 75, 100]
    assert refused.status_code == 403
    assert error_of(refused)["code"] == 4
    assert error_of(refused)["is_transient"] is True
    assert server.throttled[0].path == "/v25.0/me"
    assert again.status_code == 200


def test_business_use_case_usage_of_the_page_and_of_instagram(
    http: httpx.Client, server: MetaServer, clock: FakeClock
) -> None:
    page_id, ig_id = server.page["id"], server.instagram["id"]
    token = server.page_token()
    server.set_usage(page_id, 99, total_time=40)

    near = http.get(f"/{page_id}/feed", headers=bearer(token))
    full = http.get(f"/{page_id}/feed", headers=bearer(token))
    server.set_usage(ig_id, 100)
    instagram = http.get(f"/{ig_id}/media", headers=bearer(token))

    usage = json.loads(near.headers["x-business-use-case-usage"])
    assert usage == {
        page_id: [
            {
                "type": "pages",
                "call_count": 100,
                "total_cputime": 100,
                "total_time": 41,
                "estimated_time_to_regain_access": 24 * 60,
            }
        ]
    }
    assert error_of(full)["code"] == 80001
    assert error_of(instagram)["code"] == 80002
    ig_usage = json.loads(instagram.headers["x-business-use-case-usage"])[ig_id][0]
    assert ig_usage["type"] == "instagram"
    assert server.usage(page_id)["estimated_time_to_regain_access"] == 24 * 60
    clock.advance(timedelta(hours=24))
    assert http.get(f"/{page_id}/feed", headers=bearer(token)).status_code == 200


def test_throttle_next_answers_the_chosen_code_and_does_nothing(
    http: httpx.Client, server: MetaServer
) -> None:
    ana = server.add_customer("Ana")
    server.customer_says(ana["id"], "hi")
    token = server.page_token()
    server.throttle_next(613, path_prefix=f"/{server.page['id']}/messages")

    refused = send(http, server, token, ana["id"], "hello")
    sent = send(http, server, token, ana["id"], "hello")

    assert error_of(refused)["message"] == "(#613) Calls to this api have exceeded the rate limit."
    assert sent.status_code == 200
    assert len(server.sent_messages) == 1


# -- faults ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("after_processing", [False, True])
def test_a_dropped_send_is_lost_before_or_after_the_work(
    http: httpx.Client, server: MetaServer, after_processing: bool
) -> None:
    ana = server.add_customer("Ana")
    server.customer_says(ana["id"], "hi")
    server.drop_next("/me/messages", after_processing=after_processing, method="POST")

    with pytest.raises(httpx.TransportError):
        http.post(
            "/me/messages",
            json={
                "recipient": {"id": ana["id"]},
                "messaging_type": "RESPONSE",
                "message": {"text": "hello"},
            },
            headers=bearer(server.page_token()),
        )

    assert len(server.sent_messages) == (1 if after_processing else 0)
    assert server.requests_to("/me/messages", "POST")[0].status is None


def test_a_cut_answer_has_done_the_work_and_a_failure_has_not(
    http: httpx.Client, server: MetaServer
) -> None:
    post = server.add_post("Menu")
    top = server.comment(post["id"], "Nice", author=server.add_customer("Ana")["id"])
    token = server.page_token()
    server.cut_next(f"/{top['id']}/comments")
    server.fail_next(f"/{top['id']}/comments", status=503)

    with pytest.raises(httpx.TransportError):
        http.post(f"/{top['id']}/comments", data={"message": "one"}, headers=bearer(token))
    failed = http.post(f"/{top['id']}/comments", data={"message": "two"}, headers=bearer(token))

    assert [c.text for c in server.created_comments] == ["one"]
    assert failed.status_code == 503
    assert error_of(failed)["code"] == 2
    assert error_of(failed)["is_transient"] is True


def test_the_fixture_serves_on_the_tests_clock(meta_server: MetaServer, clock: FakeClock) -> None:
    ana = meta_server.add_customer("Ana")
    meta_server.customer_says(ana["id"], "hi")
    clock.advance(timedelta(hours=24, minutes=1))

    with httpx.Client(base_url=meta_server.graph_url) as http:
        late = send(http, meta_server, meta_server.page_token(), ana["id"], "hello")

    assert error_of(late)["error_subcode"] == 2018278


def test_a_raw_answer_replaces_the_next_one(http: httpx.Client, server: MetaServer) -> None:
    token = server.page_token()
    server.raw_next("/me", '{"data": [', status=200)

    broken = http.get("/me", headers=bearer(token))
    fine = http.get("/me", headers=bearer(token))

    assert broken.text == '{"data": ['
    assert fine.json()["name"] == "The Business"


def test_a_server_without_a_given_clock_moves_its_own() -> None:
    with MetaServer() as server, httpx.Client(base_url=server.graph_url) as http:
        ana = server.add_customer("Ana")
        server.customer_says(ana["id"], "hi")
        token = server.page_token()
        server.advance(timedelta(days=8))
        late = send(http, server, token, ana["id"], "x", "MESSAGE_TAG", "HUMAN_AGENT")

    assert error_of(late)["error_subcode"] == 2018278
    with MetaServer(now=FakeClock(START).now) as other, pytest.raises(RuntimeError):
        other.advance(timedelta(days=1))
