"""A Mastodon test server: a real HTTP server on 127.0.0.1 speaking the documented client API.

Written from docs.joinmastodon.org (each handler cites its page), not from any connector, so
that the Mastodon connector's tests do not test one reading of the docs against itself.
Standard library only; serves on an ephemeral port from a background thread.

Public API (all methods are thread-safe)::

    MastodonServer(domain: str = "social.test", *, max_characters: int = 500,
                   business_username: str = "business",
                   now: Callable[[], datetime] | None = None)
        context manager; start() -> MastodonServer; stop() -> None
        .base_url: str                      http://127.0.0.1:PORT
        .domain: str
        .max_characters: int                settable; served by /api/v2/instance and enforced
        .business: dict                     Account entity of the default local account
        .token: str                         valid access token of .business ("read write")

    Accounts and tokens
        add_account(username, display_name=None, note=None, url=None, bot=False) -> dict
        account(username) -> dict
        issue_token(username, scopes="read write") -> str
        revoke_token(token) -> None         -> 401 {"error": "The access token was revoked"}
        expire_token(token) -> None         -> 401 {"error": "The access token expired"}

    Content (created directly, not through the API)
        post(author, html, visibility="public", in_reply_to_id=None, mentions=(),
             created_at=None, spoiler_text="") -> dict        Status entity
            mentions of local accounts create "mention" notifications for them
        edit(status_id, html) -> dict
        delete(status_id) -> None
        status(status_id) -> dict

    Inspection
        .requests -> list[RecordedRequest]          every request, in arrival order
        requests_between(start, end) -> list[RecordedRequest]
        .statuses_created_via_api -> list[CreatedStatus]   one per status actually created
        .status_posts -> list[RecordedRequest]     every POST /api/v1/statuses, repeats too
        notifications_for(username) -> list[dict]  Notification entities, newest first
        .apps -> list[dict], .authorizations -> list[Authorization]

    Fault injection
        rate_limit(limit, remaining, reset_at: datetime) -> None
            every answer carries X-RateLimit-Limit/-Remaining/-Reset (ISO 8601); each
            request uses one; at 0 the server answers 429 until reset_at
        clear_rate_limit() -> None
        fail_next(path_prefix, status=500, times=1, retry_after=None) -> None
        malformed_next(path_prefix, kind="broken_json" | "missing_fields", times=1) -> None
        drop_next(path_prefix, times=1) -> None     connection closed after reading the request
        deny_next_authorization() -> None           /oauth/authorize redirects with access_denied

Endpoints: GET /api/v1/accounts/verify_credentials, GET /api/v1/apps/verify_credentials,
GET /api/v2/instance, GET /api/v1/instance, GET /api/v1/notifications,
GET /api/v1/notifications/:id, GET /api/v1/accounts/:id, GET /api/v1/accounts/:id/statuses,
GET /api/v1/statuses/:id, GET /api/v1/statuses/:id/context, POST /api/v1/statuses,
POST /api/v1/apps, GET /oauth/authorize, POST /oauth/token, POST /oauth/revoke,
GET /.well-known/oauth-authorization-server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from types import TracebackType


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived: ``query`` maps each name to all its values."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    received_at: datetime  # UTC, from the server's clock
    answer_status: int | None = None


@dataclass(frozen=True)
class CreatedStatus:
    """A status created by POST /api/v1/statuses (a repeated Idempotency-Key adds none)."""

    id: str
    idempotency_key: str | None
    text: str
    visibility: str
    in_reply_to_id: str | None
    spoiler_text: str
    author: str


@dataclass(frozen=True)
class Authorization:
    """One GET /oauth/authorize the server approved (or denied)."""

    client_id: str
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    code: str | None


class MastodonServer:
    """See the module docstring for the whole API."""

    def __init__(
        self,
        domain: str = "social.test",
        *,
        max_characters: int = 500,
        business_username: str = "business",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.domain = domain
        self.max_characters = max_characters
        self._lock = threading.RLock()
        raise NotImplementedError  # skeleton: filled in by the next commit

    @property
    def base_url(self) -> str:
        raise NotImplementedError

    def start(self) -> MastodonServer:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> MastodonServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- accounts and tokens ---------------------------------------------------------

    def add_account(
        self,
        username: str,
        display_name: str | None = None,
        note: str | None = None,
        url: str | None = None,
        bot: bool = False,
    ) -> dict:
        """Create a local account and return its Account entity."""
        raise NotImplementedError

    def account(self, username: str) -> dict:
        raise NotImplementedError

    def issue_token(self, username: str, scopes: str = "read write") -> str:
        raise NotImplementedError

    def revoke_token(self, token: str) -> None:
        raise NotImplementedError

    def expire_token(self, token: str) -> None:
        raise NotImplementedError

    # -- content ----------------------------------------------------------------------

    def post(
        self,
        author: str,
        html: str,
        visibility: str = "public",
        in_reply_to_id: str | None = None,
        mentions: Iterable[str] = (),
        created_at: datetime | None = None,
        spoiler_text: str = "",
    ) -> dict:
        """Create a status as ``author``; mentioned local accounts get a mention notification."""
        raise NotImplementedError

    def edit(self, status_id: str, html: str) -> dict:
        raise NotImplementedError

    def delete(self, status_id: str) -> None:
        raise NotImplementedError

    def status(self, status_id: str) -> dict:
        raise NotImplementedError

    # -- inspection -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        raise NotImplementedError

    def requests_between(self, start: datetime, end: datetime) -> list[RecordedRequest]:
        raise NotImplementedError

    @property
    def statuses_created_via_api(self) -> list[CreatedStatus]:
        raise NotImplementedError

    @property
    def status_posts(self) -> list[RecordedRequest]:
        raise NotImplementedError

    def notifications_for(self, username: str) -> list[dict]:
        raise NotImplementedError

    @property
    def apps(self) -> list[dict]:
        raise NotImplementedError

    @property
    def authorizations(self) -> list[Authorization]:
        raise NotImplementedError

    # -- fault injection --------------------------------------------------------------

    def rate_limit(self, limit: int, remaining: int, reset_at: datetime) -> None:
        raise NotImplementedError

    def clear_rate_limit(self) -> None:
        raise NotImplementedError

    def fail_next(
        self, path_prefix: str, status: int = 500, times: int = 1, retry_after: int | None = None
    ) -> None:
        raise NotImplementedError

    def malformed_next(self, path_prefix: str, kind: str = "broken_json", times: int = 1) -> None:
        raise NotImplementedError

    def drop_next(self, path_prefix: str, times: int = 1) -> None:
        raise NotImplementedError

    def deny_next_authorization(self) -> None:
        raise NotImplementedError
