"""Google reviews as messages, without a network: the shapes of Google's documentation
(my-business/reference/rest/v4/accounts.locations.reviews), hostile ones, and the cursor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialinbox.channels.google_reviews import api_hosts
from socialinbox.channels.google_reviews_parse import (
    FROM_THE_START,
    Cursor,
    Location,
    LocationState,
    MalformedReview,
    Page,
    locations_of,
    parse_review,
)
from socialinbox.channels.oauth_providers import GOOGLE

PLACE = Location("accounts/1/locations/9", "Hotel Adler", "https://maps.google.com/?cid=1")
NAME = "accounts/1/locations/9/reviews/AbC-1_x"


def review(**fields: object) -> dict[str, object]:
    body: dict[str, object] = {
        "name": NAME,
        "reviewId": "AbC-1_x",
        "reviewer": {"displayName": "Maya Okafor", "profilePhotoUrl": "https://lh3/a"},
        "starRating": "FOUR",
        "comment": "Lovely breakfast, noisy street.",
        "createTime": "2026-11-02T09:15:00.123456789Z",
        "updateTime": "2026-11-02T09:15:00.123456789Z",
    }
    body.update(fields)
    return body


def test_a_review_is_an_inbound_review_with_its_stars_place_and_reviewer():
    parsed = parse_review(review(), PLACE)
    [message] = parsed.messages
    assert (message.kind, message.inbound, message.rating) == ("review", True, 4)
    assert message.remote_id == message.thread_remote_id == NAME
    assert (message.subject, message.url) == ("Hotel Adler", PLACE.maps_url)
    assert (message.author.key, message.author.display_name) == ("Maya Okafor", "Maya Okafor")
    assert message.created_at == datetime(2026, 11, 2, 9, 15, 0, 123456, tzinfo=UTC)
    assert message.edited_at is None and not parsed.answered


def test_every_star_rating_and_an_unspecified_one():
    for word, stars in (("ONE", 1), ("TWO", 2), ("THREE", 3), ("FOUR", 4), ("FIVE", 5)):
        assert parse_review(review(starRating=word), PLACE).messages[0].rating == stars
    for odd in ("STAR_RATING_UNSPECIFIED", "SIX", 5, None):
        assert parse_review(review(starRating=odd), PLACE).messages[0].rating is None


def test_a_rating_without_words_and_an_anonymous_reviewer():
    body = review(reviewer={"isAnonymous": True, "displayName": "A Google User"})
    del body["comment"]
    [message] = parse_review(body, PLACE).messages
    assert message.text == "" and message.author.display_name == "A Google User"
    assert message.author.key == f"anonymous:{NAME}" and message.author.handle is None


def test_an_edited_review_carries_its_edit_time():
    [message] = parse_review(review(updateTime="2026-11-05T10:00:00Z"), PLACE).messages
    assert message.edited_at == datetime(2026, 11, 5, 10, tzinfo=UTC)


def test_the_owners_reply_answers_the_review_only_when_not_older_than_its_last_edit():
    reply = {"comment": "Thank you, Maya!", "updateTime": "2026-11-03T08:00:00Z"}
    answered = parse_review(review(reviewReply=reply), PLACE)
    _, ours = answered.messages
    assert answered.answered and not ours.inbound and ours.kind == "reply"
    assert ours.remote_id == f"{NAME}/reply" and ours.in_reply_to_remote_id == NAME
    assert ours.author.display_name == "Hotel Adler"
    edited_later = parse_review(review(reviewReply=reply, updateTime="2026-11-04T08:00Z"), PLACE)
    assert not edited_later.answered


@pytest.mark.parametrize(
    "broken",
    [
        {"name": "accounts/1/locations/9/reviews/../../x"},
        {"name": "accounts/2/locations/9/reviews/r"},  # another place's
        {"name": 7},
        {"createTime": "yesterday"},
        {"updateTime": "2026-11-02T09:15:00"},  # no time zone
        {"comment": ["<script>"]},
    ],
)
def test_a_review_unlike_the_documentation_is_refused(broken):
    with pytest.raises(MalformedReview):
        parse_review(review(**broken), PLACE)


def test_a_broken_reply_keeps_the_review_and_is_set_aside():
    parsed = parse_review(review(reviewReply={"comment": 3}), PLACE)
    assert len(parsed.messages) == 1 and parsed.bad_reply is not None
    assert parsed.bad_reply.remote_id == NAME


def test_locations_are_named_under_their_account_and_odd_ones_skipped():
    page = Page.of(
        {
            "locations": [
                {"name": "locations/9", "title": "Adler", "metadata": {"mapsUri": "https://m/1"}},
                {"name": "locations/10", "metadata": {"mapsUri": "javascript:alert(1)"}},
                {"name": "locations/../1", "title": "x"},
                "junk",
            ],
            "nextPageToken": "",
        },
        "locations",
    )
    assert page.next_token is None
    assert locations_of("accounts/1", page) == [
        Location("accounts/1/locations/9", "Adler", "https://m/1"),
        Location("accounts/1/locations/10", "locations/10", None),
    ]
    with pytest.raises(MalformedReview):
        Page.of({"reviews": {"not": "a list"}}, "reviews")


def test_the_cursor_keeps_each_locations_mark_and_watched_reviews():
    when = datetime(2026, 11, 2, 9, 15, tzinfo=UTC)
    cursor = Cursor(
        {
            PLACE.parent: LocationState(when, {NAME: when - timedelta(days=1)}),
            "accounts/1/locations/8": LocationState(FROM_THE_START),
        }
    )
    assert Cursor.load(cursor.dump()) == cursor
    for broken in (None, "", "[]", "{", '{"locations": {"a": {"mark": "soon"}}}'):
        assert Cursor.load(broken) == Cursor()


def test_an_account_at_googles_address_asks_googles_three_hosts_and_signs_in_at_google():
    assert api_hosts("https://mybusiness.googleapis.com") == (
        "https://mybusinessaccountmanagement.googleapis.com",
        "https://mybusinessbusinessinformation.googleapis.com",
        "https://mybusiness.googleapis.com",
    )
    assert api_hosts("http://127.0.0.1:9/") == ("http://127.0.0.1:9",) * 3
    assert GOOGLE.endpoints_for("https://mybusiness.googleapis.com") is GOOGLE.endpoints
    assert GOOGLE.endpoints_for("http://127.0.0.1:9").token_url == "http://127.0.0.1:9/token"


@settings(deadline=None, max_examples=200)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=4),
        max_leaves=12,
    )
)
def test_any_json_is_a_review_or_refused_never_an_unexpected_error(body):
    try:
        parse_review(body, PLACE)
    except MalformedReview:
        pass
    try:
        Page.of(body, "reviews")
    except MalformedReview:
        pass
