"""The Bluesky test server keeps to the documented XRPC behaviour the connector relies on."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.servers.bluesky_server import BlueskyServer

CUSTOMER = "alice.bsky.test"


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=5) as http:
        yield http


def login(server: BlueskyServer, client: httpx.Client, base_url: str | None = None) -> dict:
    answer = client.post(
        f"{base_url or server.entryway_url}/xrpc/com.atproto.server.createSession",
        json={"identifier": server.business_handle, "password": server.business_password},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def create_post(
    server: BlueskyServer, client: httpx.Client, session: dict, record: dict[str, Any]
) -> httpx.Response:
    return client.post(
        f"{server.pds_url}/xrpc/com.atproto.repo.createRecord",
        headers=bearer(session["accessJwt"]),
        json={"repo": session["did"], "collection": "app.bsky.feed.post", "record": record},
    )


def reply_record(text: str, root: dict, parent: dict) -> dict[str, Any]:
    return {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": "2026-11-25T10:00:00.000Z",
        "reply": {"root": root, "parent": parent},
    }


def test_the_session_from_the_entryway_names_the_pds_which_alone_serves_data(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    session = login(bluesky_server, client)

    services = session["didDoc"]["service"]
    assert services == [
        {
            "id": "#atproto_pds",
            "type": "AtprotoPersonalDataServer",
            "serviceEndpoint": bluesky_server.pds_url,
        }
    ]
    assert bluesky_server.pds_url != bluesky_server.entryway_url
    path = "/xrpc/app.bsky.notification.listNotifications"
    at_entryway = client.get(
        bluesky_server.entryway_url + path, headers=bearer(session["accessJwt"])
    )
    at_pds = client.get(bluesky_server.pds_url + path, headers=bearer(session["accessJwt"]))
    assert at_entryway.status_code == 501
    assert at_entryway.json()["error"] == "MethodNotImplemented"
    assert at_pds.status_code == 200
    assert bluesky_server.login_count == 1


def test_a_wrong_app_password_is_refused_with_the_documented_error(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    answer = client.post(
        f"{bluesky_server.entryway_url}/xrpc/com.atproto.server.createSession",
        json={"identifier": bluesky_server.business_handle, "password": "wrong-wrong-wrong-wrong"},
    )

    assert answer.status_code == 401
    assert answer.json()["error"] == "AuthenticationRequired"
    assert answer.headers["ratelimit-policy"] == "30;w=300"


def test_an_expired_access_token_is_renewed_with_the_refresh_token_which_then_rotates(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    session = login(bluesky_server, client)
    bluesky_server.expire_access_tokens()
    profile = f"{bluesky_server.pds_url}/xrpc/app.bsky.actor.getProfile"
    params = {"actor": bluesky_server.business_handle}

    expired = client.get(profile, params=params, headers=bearer(session["accessJwt"]))
    refreshed = client.post(
        f"{bluesky_server.pds_url}/xrpc/com.atproto.server.refreshSession",
        headers=bearer(session["refreshJwt"]),
    )
    again = client.get(profile, params=params, headers=bearer(refreshed.json()["accessJwt"]))
    reused = client.post(
        f"{bluesky_server.pds_url}/xrpc/com.atproto.server.refreshSession",
        headers=bearer(session["refreshJwt"]),
    )

    assert (expired.status_code, expired.json()["error"]) == (400, "ExpiredToken")
    assert refreshed.status_code == 200
    assert refreshed.json()["didDoc"]["service"][0]["serviceEndpoint"] == bluesky_server.pds_url
    assert again.status_code == 200
    assert again.json()["handle"] == bluesky_server.business_handle
    assert (reused.status_code, reused.json()["error"]) == (400, "ExpiredToken")
    assert (bluesky_server.login_count, bluesky_server.refresh_count) == (1, 1)


def test_logins_beyond_thirty_in_five_minutes_are_rate_limited() -> None:
    moment = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    with BlueskyServer(now=lambda: moment) as server, httpx.Client(timeout=5) as http:
        for _ in range(30):
            login(server, http)
        refused = http.post(
            f"{server.entryway_url}/xrpc/com.atproto.server.createSession",
            json={"identifier": server.business_handle, "password": server.business_password},
        )
        moment += timedelta(minutes=5)
        later = http.post(
            f"{server.entryway_url}/xrpc/com.atproto.server.createSession",
            json={"identifier": server.business_handle, "password": server.business_password},
        )

    assert refused.status_code == 429
    assert refused.json()["error"] == "RateLimitExceeded"
    assert refused.headers["ratelimit-remaining"] == "0"
    reset_at = datetime(2026, 11, 25, 9, 5, tzinfo=UTC).timestamp()
    assert int(refused.headers["ratelimit-reset"]) == reset_at
    assert later.status_code == 200


def test_cursor_paging_walks_120_notifications_newest_first_without_gaps(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    bluesky_server.add_user(CUSTOMER, "Alice")
    sent = [
        bluesky_server.post(
            CUSTOMER,
            f"@{bluesky_server.business_handle} question {n}",
            mentions=[bluesky_server.business_handle],
        )["uri"]
        for n in range(120)
    ]
    bluesky_server.follow(CUSTOMER)
    session = login(bluesky_server, client)
    url = f"{bluesky_server.pds_url}/xrpc/app.bsky.notification.listNotifications"

    seen: list[str] = []
    reasons: set[str] = set()
    params: dict[str, Any] = {"limit": 50}
    pages = 0
    while True:
        page = client.get(url, params=params, headers=bearer(session["accessJwt"])).json()
        pages += 1
        seen += [n["uri"] for n in page["notifications"] if n["reason"] == "mention"]
        reasons |= {n["reason"] for n in page["notifications"]}
        if "cursor" not in page:
            break
        params["cursor"] = page["cursor"]

    assert seen == list(reversed(sent))
    assert reasons == {"mention", "follow"}
    assert pages == 3


def test_the_reasons_parameter_filters_notifications(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    bluesky_server.add_user(CUSTOMER)
    mine = bluesky_server.post(bluesky_server.business_handle, "Open today")
    bluesky_server.like(CUSTOMER, mine["uri"])
    reply = bluesky_server.post(CUSTOMER, "until when?", reply_to=mine["uri"])
    session = login(bluesky_server, client)

    answer = client.get(
        f"{bluesky_server.pds_url}/xrpc/app.bsky.notification.listNotifications",
        params=[("reasons", "mention"), ("reasons", "reply"), ("reasons", "quote")],
        headers=bearer(session["accessJwt"]),
    ).json()

    assert [(n["reason"], n["uri"]) for n in answer["notifications"]] == [("reply", reply["uri"])]
    assert answer["notifications"][0]["record"]["reply"]["parent"] == mine


def test_create_record_threads_a_reply_and_rejects_a_wrong_parent_cid(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    bluesky_server.add_user(CUSTOMER)
    root = bluesky_server.post(bluesky_server.business_handle, "New menu!")
    question = bluesky_server.post(CUSTOMER, "vegan options?", reply_to=root["uri"])
    session = login(bluesky_server, client)

    wrong_cid = create_post(
        bluesky_server,
        client,
        session,
        reply_record("Yes!", root, {"uri": question["uri"], "cid": root["cid"]}),
    )
    wrong_root = create_post(
        bluesky_server, client, session, reply_record("Yes!", question, question)
    )
    right = create_post(bluesky_server, client, session, reply_record("Yes!", root, question))

    assert (wrong_cid.status_code, wrong_cid.json()["error"]) == (400, "InvalidRequest")
    assert (wrong_root.status_code, wrong_root.json()["error"]) == (400, "InvalidRequest")
    assert right.status_code == 200
    assert [body["record"]["text"] for body in bluesky_server.records_created] == ["Yes!"]
    thread = client.get(
        f"{bluesky_server.pds_url}/xrpc/app.bsky.feed.getPostThread",
        params={"uri": right.json()["uri"]},
        headers=bearer(session["accessJwt"]),
    ).json()["thread"]
    assert thread["parent"]["post"]["uri"] == question["uri"]
    assert thread["parent"]["parent"]["post"]["uri"] == root["uri"]


def test_mention_facets_are_checked_in_utf8_bytes(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    did = bluesky_server.add_user(CUSTOMER)
    session = login(bluesky_server, client)
    text = f"Merci ✨ @{CUSTOMER}!"
    start_bytes = len("Merci ✨ ".encode())
    start_chars = len("Merci ✨ ")

    def mention(start: int) -> dict[str, Any]:
        return {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": "2026-11-25T10:00:00Z",
            "facets": [
                {
                    "index": {"byteStart": start, "byteEnd": start + len(CUSTOMER) + 1},
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}],
                }
            ],
        }

    in_characters = create_post(bluesky_server, client, session, mention(start_chars))
    in_bytes = create_post(bluesky_server, client, session, mention(start_bytes))

    assert start_bytes != start_chars
    assert (in_characters.status_code, in_characters.json()["error"]) == (400, "InvalidRequest")
    assert in_bytes.status_code == 200
    notified = bluesky_server.notifications()
    assert notified == []  # the mention notifies the customer, not the business


def test_posts_longer_than_300_graphemes_are_refused(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    session = login(bluesky_server, client)
    record = {"text": "👍🏽" * 300, "createdAt": "2026-11-25T10:00:00Z"}

    fits = create_post(bluesky_server, client, session, record)
    too_long = create_post(bluesky_server, client, session, {**record, "text": "é" * 301})

    assert fits.status_code == 200
    assert too_long.status_code == 400


def test_injected_faults_answer_as_documented(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    session = login(bluesky_server, client)
    url = f"{bluesky_server.pds_url}/xrpc/app.bsky.notification.listNotifications"
    reset = datetime(2030, 1, 1, tzinfo=UTC)
    bluesky_server.fail_next("app.bsky.notification.listNotifications", 429, ratelimit_reset=reset)
    bluesky_server.malformed_next("app.bsky.notification.listNotifications")
    bluesky_server.drop_next("app.bsky.notification.listNotifications")

    limited = client.get(url, headers=bearer(session["accessJwt"]))
    malformed = client.get(url, headers=bearer(session["accessJwt"]))
    with pytest.raises(httpx.HTTPError):
        client.get(url, headers=bearer(session["accessJwt"]))
    healthy = client.get(url, headers=bearer(session["accessJwt"]))

    assert limited.status_code == 429
    assert limited.json()["error"] == "RateLimitExceeded"
    assert int(limited.headers["ratelimit-reset"]) == int(reset.timestamp())
    assert limited.headers["ratelimit-remaining"] == "0"
    with pytest.raises(ValueError):
        malformed.json()
    assert healthy.status_code == 200


def test_the_author_feed_shows_the_business_replies_made_elsewhere(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    bluesky_server.add_user(CUSTOMER)
    question = bluesky_server.post(
        CUSTOMER,
        f"@{bluesky_server.business_handle} open?",
        mentions=[bluesky_server.business_handle],
    )
    answer = bluesky_server.post(
        bluesky_server.business_handle, "Until 6pm", reply_to=question["uri"]
    )
    session = login(bluesky_server, client)

    feed = client.get(
        f"{bluesky_server.pds_url}/xrpc/app.bsky.feed.getAuthorFeed",
        params={"actor": session["did"]},
        headers=bearer(session["accessJwt"]),
    ).json()["feed"]

    assert [item["post"]["uri"] for item in feed] == [answer["uri"]]
    assert feed[0]["reply"]["parent"]["uri"] == question["uri"]
    assert feed[0]["post"]["record"]["reply"]["root"] == question


def test_injected_notifications_are_served_verbatim_among_the_others(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    bluesky_server.add_user(CUSTOMER)
    real = bluesky_server.post(
        CUSTOMER, f"hi @{bluesky_server.business_handle}", mentions=[bluesky_server.business_handle]
    )
    broken = {"reason": "mention", "uri": 42, "record": "not a record"}
    bluesky_server.inject_notification(broken)
    session = login(bluesky_server, client)

    items = client.get(
        f"{bluesky_server.pds_url}/xrpc/app.bsky.notification.listNotifications",
        headers=bearer(session["accessJwt"]),
    ).json()["notifications"]

    assert items[0] == broken
    assert items[1]["uri"] == real["uri"]


def test_a_client_chosen_rkey_makes_a_retried_reply_findable_and_not_doubled(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    session = login(bluesky_server, client)
    body = {
        "repo": session["did"],
        "collection": "app.bsky.feed.post",
        "rkey": "3m6reply0001a",
        "record": {"text": "On our way", "createdAt": "2026-11-25T10:00:00Z"},
    }
    url = f"{bluesky_server.pds_url}/xrpc/com.atproto.repo.createRecord"
    bluesky_server.drop_next("com.atproto.repo.createRecord")

    with pytest.raises(httpx.HTTPError):
        client.post(url, json=body, headers=bearer(session["accessJwt"]))
    found = client.get(
        f"{bluesky_server.pds_url}/xrpc/com.atproto.repo.getRecord",
        params={"repo": session["did"], "collection": "app.bsky.feed.post", "rkey": body["rkey"]},
    )
    again = client.post(url, json=body, headers=bearer(session["accessJwt"]))
    missing = client.get(
        f"{bluesky_server.pds_url}/xrpc/com.atproto.repo.getRecord",
        params={
            "repo": session["did"],
            "collection": "app.bsky.feed.post",
            "rkey": "3m6other0001a",
        },
    )

    assert found.status_code == 200
    assert found.json()["value"]["text"] == "On our way"
    assert found.json()["uri"].endswith("/app.bsky.feed.post/3m6reply0001a")
    assert again.status_code == 400
    assert (missing.status_code, missing.json()["error"]) == (400, "RecordNotFound")
    assert len(bluesky_server.posts_by(bluesky_server.business_handle)) == 1


def test_calls_without_a_token_are_refused_as_authentication_missing(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    answer = client.get(f"{bluesky_server.pds_url}/xrpc/app.bsky.notification.listNotifications")

    assert answer.status_code == 401
    assert answer.json()["error"] == "AuthMissing"
    assert "www-authenticate" in answer.headers


def test_list_records_pages_a_collection_newest_first_and_reversed_on_request(
    bluesky_server: BlueskyServer, client: httpx.Client
) -> None:
    shop = bluesky_server.business_handle
    made = [bluesky_server.post(shop, f"post {i}")["uri"] for i in range(7)]
    url = bluesky_server.pds_url + "/xrpc/com.atproto.repo.listRecords"
    query: dict[str, Any] = {"repo": shop, "collection": "app.bsky.feed.post", "limit": 3}
    seen: list[str] = []
    cursor = None
    while True:
        page = client.get(url, params={**query, **({"cursor": cursor} if cursor else {})}).json()
        seen += [r["uri"] for r in page["records"]]
        if not page["records"]:
            break
        cursor = page["cursor"]
    assert seen == made[::-1]
    oldest = client.get(url, params={**query, "reverse": "true"}).json()
    assert [r["uri"] for r in oldest["records"]] == made[:3]
    assert oldest["records"][0]["value"]["text"] == "post 0"
    unknown = client.get(url, params={**query, "repo": "nobody.bsky.test"})
    assert unknown.status_code == 400
