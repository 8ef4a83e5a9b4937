"""The real WordPress harness, checked with plain httpx against WordPress's REST API."""

from __future__ import annotations

import socket
import subprocess
from datetime import UTC, datetime

import httpx
import pytest

from tests.servers.misbehaving_proxy import MisbehavingProxy
from tests.servers.wordpress_server import WordPressServer


def api(site: WordPressServer, route: str) -> str:
    return site.rest_url + route.lstrip("/")


def test_the_site_names_its_rest_api_in_the_link_header(wordpress: WordPressServer) -> None:
    home = httpx.get(wordpress.base_url)

    assert home.status_code == 200
    assert home.links["https://api.w.org/"]["url"] == wordpress.rest_url
    index = httpx.get(wordpress.rest_url).json()
    assert "/wp/v2/comments" in index["routes"]
    assert index["url"] == wordpress.base_url


def test_without_pretty_permalinks_only_rest_route_reaches_the_api(
    wordpress: WordPressServer,
) -> None:
    wordpress.set_pretty_permalinks(False)

    home = httpx.get(wordpress.base_url)
    assert home.links["https://api.w.org/"]["url"] == f"{wordpress.base_url}/index.php?rest_route=/"
    pretty = httpx.get(api(wordpress, "wp/v2/comments"))
    assert not pretty.headers["content-type"].startswith("application/json")
    plain = httpx.get(wordpress.base_url + "/", params={"rest_route": "/wp/v2/comments"})
    assert plain.json() == []


def test_an_application_password_signs_in_until_it_is_revoked(
    wordpress: WordPressServer,
) -> None:
    password = wordpress.create_application_password(wordpress.admin)
    me = api(wordpress, "wp/v2/users/me")

    assert len(password.password.split(" ")) == 6
    signed_in = httpx.get(me, auth=(wordpress.admin.login, password.password))
    assert signed_in.status_code == 200
    assert signed_in.json()["id"] == wordpress.admin.id
    without_spaces = password.password.replace(" ", "")
    assert httpx.get(me, auth=(wordpress.admin.login, without_spaces)).status_code == 200
    assert httpx.get(me, auth=(wordpress.admin.login, "wrong" * 5)).status_code == 401

    wordpress.revoke_application_password(wordpress.admin, password.uuid)

    assert httpx.get(me, auth=(wordpress.admin.login, password.password)).status_code == 401
    assert wordpress.application_passwords(wordpress.admin) == []


def test_a_wrong_password_reads_public_comments_as_a_visitor_unless_edit_context(
    wordpress: WordPressServer,
) -> None:
    """WordPress's behaviour the connector must not be fooled by."""
    post = wordpress.add_post("Menu")
    wordpress.add_comment(post, "Public")
    wrong = (wordpress.admin.login, "abcd efgh ijkl mnop qrst uvwx")
    comments = api(wordpress, "wp/v2/comments")

    assert len(httpx.get(comments, auth=wrong).json()) == 1
    refused = httpx.get(comments, params={"context": "edit"}, auth=wrong)
    assert (refused.status_code, refused.json()["code"]) == (401, "rest_forbidden_context")


def test_visitors_comments_show_by_status(wordpress: WordPressServer) -> None:
    post = wordpress.add_post("Cornbread recipe", "<p>Our cornbread.</p>")
    written = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    approved = wordpress.add_comment(
        post,
        "Lovely! <strong>Will bake it.</strong>",
        author_name="Ann Guest",
        author_email="ann@example.test",
        author_url="https://ann.example.test",
        at=written,
    )
    held = wordpress.add_comment(post, "Is it gluten free?", status="hold")
    wordpress.add_comment(post, "Cheap pills", status="spam")
    reply = wordpress.add_comment(post, "Same question", parent=approved)
    password = wordpress.create_application_password(wordpress.admin)
    owner = (wordpress.admin.login, password.password)

    public = httpx.get(api(wordpress, "wp/v2/comments"), params={"post": post.id}).json()
    assert sorted(c["id"] for c in public) == sorted([approved, reply])
    first = next(c for c in public if c["id"] == approved)
    assert first["author_name"] == "Ann Guest"
    assert first["author_url"] == "https://ann.example.test"
    assert first["post"] == post.id
    assert first["date_gmt"] == "2026-11-20T08:30:00"
    assert first["date"] == "2026-11-20T09:30:00"  # Europe/Berlin, the site's timezone
    assert "<strong>Will bake it.</strong>" in first["content"]["rendered"]
    assert next(c for c in public if c["id"] == reply)["parent"] == approved

    waiting = httpx.get(
        api(wordpress, "wp/v2/comments"), params={"status": "hold"}, auth=owner
    ).json()
    assert [c["id"] for c in waiting] == [held]
    assert waiting[0]["status"] == "hold"
    anonymous = httpx.get(api(wordpress, "wp/v2/comments"), params={"status": "hold"})
    assert anonymous.status_code == 401


def test_visitors_html_is_filtered_as_wordpress_filters_it_unless_raw(
    wordpress: WordPressServer,
) -> None:
    post = wordpress.add_post("Menu")
    filtered = wordpress.add_comment(post, "Hi <script>alert(1)</script><b>there</b>")
    raw = wordpress.add_comment(post, "Hi <script>alert(1)</script>", raw=True)

    stored = {c.id: c.content for c in wordpress.comments(post)}
    assert stored[filtered] == "Hi alert(1)<b>there</b>"
    assert stored[raw] == "Hi <script>alert(1)</script>"


def test_a_reply_posted_through_the_api_is_stored_once(wordpress: WordPressServer) -> None:
    post = wordpress.add_post("Opening hours")
    question = wordpress.add_comment(post, "Open on Sunday?", author_name="Ben")
    password = wordpress.create_application_password(wordpress.admin)

    answer = httpx.post(
        api(wordpress, "wp/v2/comments"),
        json={"post": post.id, "parent": question, "content": "Yes, from 9."},
        auth=(wordpress.admin.login, password.password),
    )

    assert answer.status_code == 201, answer.text
    replies = [c for c in wordpress.comments(post) if c.parent == question]
    assert [(c.content, c.user_id, c.status) for c in replies] == [
        ("Yes, from 9.", wordpress.admin.id, "approved")
    ]


def test_moderation_and_edits_show_through_the_api(wordpress: WordPressServer) -> None:
    post = wordpress.add_post("Catering")
    comment = wordpress.add_comment(post, "First version", status="hold")
    comments = api(wordpress, "wp/v2/comments")

    assert httpx.get(comments, params={"post": post.id}).json() == []
    wordpress.approve_comment(comment)
    wordpress.edit_comment(comment, "Second version")
    shown = httpx.get(comments, params={"post": post.id}).json()
    assert [c["content"]["rendered"].strip() for c in shown] == ["<p>Second version</p>"]

    wordpress.trash_comment(comment)
    assert httpx.get(comments, params={"post": post.id}).json() == []
    assert [c.status for c in wordpress.comments(post)] == ["trash"]
    wordpress.delete_comment(comment)
    assert wordpress.comments(post) == []


def test_a_customer_account_comments_under_its_own_name(wordpress: WordPressServer) -> None:
    customer = wordpress.add_user("cora", display_name="Cora Bread", email="cora@example.test")
    post = wordpress.add_post("Cornbread recipe")

    wordpress.add_comment(post, "Made it again!", user=customer)

    public = httpx.get(api(wordpress, "wp/v2/comments"), params={"post": post.id}).json()
    assert [(c["author"], c["author_name"]) for c in public] == [(customer.id, "Cora Bread")]
    assert customer.roles == ("subscriber",)


def test_the_comment_form_holds_a_first_comment_and_refuses_a_duplicate(
    wordpress: WordPressServer,
) -> None:
    post = wordpress.add_post("Cornbread recipe")
    wordpress.add_comment(post, "Earlier praise", author_email="known@example.test")

    first = wordpress.post_comment_form(post, "Hello!", author_email="new@example.test")
    known = wordpress.post_comment_form(post, "Again!", author_email="known@example.test")
    reply = wordpress.post_comment_form(post, "Me too", parent=known)

    statuses = {c.id: (c.status, c.parent) for c in wordpress.comments(post)}
    assert statuses[first] == ("hold", 0)
    assert statuses[known] == ("approved", 0)
    assert statuses[reply] == ("hold", known)
    with pytest.raises(RuntimeError, match="409"):
        wordpress.post_comment_form(post, "Hello!", author_email="new@example.test")


def test_maintenance_mode_answers_503_until_it_ends(wordpress: WordPressServer) -> None:
    wordpress.set_maintenance(True)

    during = httpx.get(api(wordpress, "wp/v2/comments"))
    assert during.status_code == 503
    assert during.headers["retry-after"] == "600"
    assert "Briefly unavailable for scheduled maintenance" in during.text
    post = wordpress.add_post("Written during maintenance")

    wordpress.set_maintenance(False)
    assert httpx.get(api(wordpress, f"wp/v2/posts/{post.id}")).status_code == 200


def test_a_rest_failure_hits_only_the_matching_requests(wordpress: WordPressServer) -> None:
    post = wordpress.add_post("Events")
    password = wordpress.create_application_password(wordpress.admin)
    owner = (wordpress.admin.login, password.password)
    comments = api(wordpress, "wp/v2/comments")
    wordpress.fail_next_rest("/wp/v2/comments", method="POST", status=502, code="bad_gateway")

    assert httpx.get(comments, auth=owner).status_code == 200
    failed = httpx.post(comments, json={"post": post.id, "content": "Hi"}, auth=owner)
    assert failed.status_code == 502
    assert failed.json()["code"] == "bad_gateway"
    assert wordpress.comments(post) == []
    plain_url = wordpress.base_url + "/?rest_route=/wp/v2/comments"
    posted = httpx.post(plain_url, json={"post": post.id, "content": "Hi"}, auth=owner)
    assert posted.status_code == 201


def test_reset_forgets_what_a_test_made(wordpress: WordPressServer) -> None:
    post = wordpress.add_post("Temporary")
    wordpress.add_comment(post, "Gone soon")
    password = wordpress.create_application_password(wordpress.admin)

    wordpress.reset()

    assert wordpress.comments() == []
    assert httpx.get(api(wordpress, f"wp/v2/posts/{post.id}")).status_code == 404
    me = httpx.get(
        api(wordpress, "wp/v2/users/me"), auth=(wordpress.admin.login, password.password)
    )
    assert me.status_code == 401


def test_a_connection_dropped_after_wordpress_stored_the_reply(
    wordpress: WordPressServer,
) -> None:
    post = wordpress.add_post("Events")
    question = wordpress.add_comment(post, "Any events in May?")
    password = wordpress.create_application_password(wordpress.admin)

    with MisbehavingProxy(wordpress.base_url) as proxy:
        proxy.lose_answer("/wp-json/wp/v2/comments", method="POST")
        listed = httpx.get(proxy.base_url + "/wp-json/wp/v2/comments", params={"post": post.id})
        assert [c["id"] for c in listed.json()] == [question]
        with pytest.raises(httpx.RemoteProtocolError):
            httpx.post(
                proxy.base_url + "/wp-json/wp/v2/comments",
                json={"post": post.id, "parent": question, "content": "Yes: the 12th."},
                auth=(wordpress.admin.login, password.password),
            )

    assert [c.content for c in wordpress.comments(post) if c.parent == question] == [
        "Yes: the 12th."
    ]


def processes_using(folder: str) -> list[str]:
    listing = subprocess.run(
        ["ps", "-ww", "-eo", "args"], capture_output=True, text=True, check=True
    )
    return [line for line in listing.stdout.splitlines() if folder in line]


def test_a_server_moves_off_a_taken_port_and_stopping_leaves_nothing_behind() -> None:
    """(One test for both: each started server costs seconds.)"""
    site = WordPressServer()
    taken = site.port
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", taken))
        squatter.listen()
        with site:
            assert site.port != taken
            index = httpx.get(site.rest_url)
            assert index.json()["url"] == site.base_url
            running = processes_using(str(site.root))
            assert any("mariadbd" in line for line in running)
            assert any("php" in line for line in running)

    assert processes_using(str(site.root)) == []
    assert not site.root.exists()
