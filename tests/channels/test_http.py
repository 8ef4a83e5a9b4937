"""The connectors' HTTP layer: which failure becomes which typed error, and whether the
request may have reached the server (what decides if the outbox may send again)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from socialinbox.channels.http import rate_limited_until, status_error, transport_error
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    OfflineError,
    PermanentError,
    RateLimitedError,
    TransientError,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WAIT = timedelta(minutes=5)
REQUEST = httpx.Request("POST", "https://social.test/api/v1/statuses")


def answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=REQUEST)


def error_for(status: int, *, writes: bool = True, **headers: str) -> ChannelError | None:
    return status_error(
        answer(status, **headers), "social.test", writes=writes, now=NOW, default_wait=WAIT
    )


# -- no answer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (httpx.ConnectError, OfflineError),
        (httpx.ConnectTimeout, OfflineError),
        (httpx.ProxyError, OfflineError),
        (httpx.PoolTimeout, TransientError),
        (httpx.UnsupportedProtocol, TransientError),
    ],
)
def test_a_request_that_never_left_certainly_did_not_reach_the_server(failure, kind):
    error = transport_error(failure("no"), "social.test", writes=True)
    assert type(error) is kind
    assert not error.may_have_reached_server


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
        httpx.LocalProtocolError,
    ],
)
def test_a_write_that_left_without_an_answer_may_have_reached_the_server(failure):
    error = transport_error(failure("lost"), "social.test", writes=True)
    assert isinstance(error, TransientError) and not isinstance(error, OfflineError)
    assert error.may_have_reached_server
    assert "may have arrived" in str(error)
    # A read that went unanswered changed nothing: asking again is harmless.
    assert not transport_error(failure("lost"), "social.test", writes=False).may_have_reached_server


# -- an answer ---------------------------------------------------------------------------


def test_a_success_is_no_error():
    assert error_for(200) is None and error_for(204) is None


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials_ask_to_sign_in_again(status):
    error = error_for(status)
    assert isinstance(error, AuthenticationError) and f"HTTP {status}" in str(error)
    assert not error.may_have_reached_server


def test_a_429_waits_for_the_latest_time_the_server_named_or_the_default():
    error = error_for(429, **{"Retry-After": "120"})
    assert isinstance(error, RateLimitedError) and error.retry_at == NOW + timedelta(seconds=120)
    assert not error.may_have_reached_server
    reset = (NOW + timedelta(minutes=3)).isoformat()
    both = error_for(429, **{"Retry-After": "60", "X-RateLimit-Reset": reset})
    assert isinstance(both, RateLimitedError) and both.retry_at == NOW + timedelta(minutes=3)
    bare = error_for(429)
    assert isinstance(bare, RateLimitedError) and bare.retry_at == NOW + WAIT
    # Bluesky's reset header: epoch seconds.
    epoch = error_for(
        429, **{"ratelimit-reset": str(int((NOW + timedelta(seconds=90)).timestamp()))}
    )
    assert isinstance(epoch, RateLimitedError) and epoch.retry_at == NOW + timedelta(seconds=90)


def test_a_reset_time_is_read_on_the_servers_clock():
    server_now = NOW - timedelta(minutes=10)  # the server's clock is 10 minutes behind ours
    response = answer(
        429,
        **{
            "Date": format_datetime(server_now, usegmt=True),
            "X-RateLimit-Reset": (server_now + timedelta(minutes=3)).isoformat(),
        },
    )
    assert rate_limited_until(response, NOW, WAIT) == NOW + timedelta(minutes=3)


def test_a_503_with_a_time_is_a_wait_and_without_one_a_transient_failure():
    waited = error_for(503, **{"Retry-After": "30"})
    assert isinstance(waited, RateLimitedError) and waited.retry_at == NOW + timedelta(seconds=30)
    busy = error_for(503)
    assert type(busy) is TransientError and not busy.may_have_reached_server


def test_the_last_request_allowed_asks_to_wait_until_the_reset_even_on_a_success():
    reset = NOW + timedelta(minutes=4)
    spent = answer(200, **{"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset.isoformat()})
    assert rate_limited_until(spent, NOW, WAIT) == reset
    left = answer(200, **{"X-RateLimit-Remaining": "1", "X-RateLimit-Reset": reset.isoformat()})
    assert rate_limited_until(left, NOW, WAIT) is None
    assert rate_limited_until(answer(500), NOW, WAIT) is None


@pytest.mark.parametrize("status", [500, 502, 504])
def test_a_server_error_after_a_write_may_hide_a_write_that_happened(status):
    error = error_for(status)
    assert type(error) is TransientError and error.may_have_reached_server
    read = error_for(status, writes=False)
    assert type(read) is TransientError and not read.may_have_reached_server


def test_what_the_server_does_not_offer_or_refuses_is_permanent_and_never_carried_out():
    for status, words in ((501, "does not offer"), (404, "does not know"), (422, "refused")):
        error = error_for(status)
        assert isinstance(error, PermanentError) and words in str(error), status
        assert not error.may_have_reached_server
    moved = status_error(
        answer(301, Location="https://elsewhere.test/?token=sekrit"),
        "social.test",
        writes=False,
        now=NOW,
        default_wait=WAIT,
        scrub=lambda text: text.replace("sekrit", "«token»"),
    )
    assert isinstance(moved, PermanentError) and "check the server address" in str(moved)
    assert "sekrit" not in str(moved)


def test_the_servers_own_words_are_kept():
    error = status_error(
        answer(422),
        "social.test",
        writes=True,
        now=NOW,
        default_wait=WAIT,
        detail="Text character limit of 500 exceeded",
    )
    assert isinstance(error, PermanentError) and "character limit of 500" in str(error)
