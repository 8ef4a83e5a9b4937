"""A Bluesky / AT Protocol test server: real HTTP on 127.0.0.1 speaking the documented XRPC API.

Written from the lexicons and specs (atproto.com, docs.bsky.app, bluesky-social/atproto
lexicons/*.json; each handler cites its source), not from any connector, so that the
Bluesky connector's tests do not test one reading of the docs against itself.
Standard library only; two ThreadingHTTPServers on ephemeral ports in background threads.

Two listeners share one state:

* the **entryway** (like bsky.social) serves only the session and identity methods;
  every other XRPC method answers 501 MethodNotImplemented there, so a connector that
  keeps talking to the entryway instead of the PDS named by the session's DID document
  is caught;
* the **PDS** (``#atproto_pds`` in the didDoc) serves the session methods, repo writes and
  also the app.bsky.* (AppView) methods directly; an ``atproto-proxy`` header is accepted.

Public API (all methods are thread-safe)::

    BlueskyServer(*, business_handle: str = "shop.bsky.test",
                  business_password: str = "abcd-efgh-ijkl-mnop",
                  business_display_name: str = "Corner Shop",
                  business_email: str = "owner@shop.test",
                  now: Callable[[], datetime] | None = None)
        context manager; start() -> BlueskyServer; stop() -> None
        .entryway_url: str                 http://127.0.0.1:PORT  (createSession here)
        .pds_url: str                      http://127.0.0.1:PORT2 (didDoc #atproto_pds)
        .business_handle: str, .business_password: str (the app password),
        .business_did: str, .business_email: str

    Users and content (created directly, not through the API)
        add_user(handle, display_name=None) -> str            the new did:plc:…
        did_of(handle) -> str
        post(author_handle, text, *, reply_to=None, quote=None, mentions=(),
             facets=None, created_at=None, rkey=None) -> dict  {"uri", "cid"}
            reply_to / quote: at:// URI of an existing post (root taken from the
            parent's own reply.root). mentions: handles named as "@handle" in text
            (mention facets with UTF-8 byte offsets are computed; explicit ``facets``
            replace them). Notifications for the business user: "reply" when the
            parent or root is the business's, else "quote" when the quoted post is,
            else "mention" when a facet names the business DID.
        like(author_handle, subject_uri) -> str                like record URI ("like")
        repost(author_handle, subject_uri) -> str              repost record URI ("repost")
        follow(author_handle) -> str       follow of the business ("follow")
        post_record(uri) -> dict           the stored record (app.bsky.feed.post value)
        post_cid(uri) -> str
        posts_by(handle) -> list[dict]     [{"uri", "cid", "record"}], newest first

    Inspection
        .requests -> list[RecordedRequest]     every request on both listeners, in order
        .records_created -> list[dict]         createRecord input bodies that succeeded
        .create_record_attempts -> list[dict]  every createRecord input body, failures too
        .login_count -> int                    createSession calls (both listeners, any outcome)
        .refresh_count -> int                  successful refreshSession calls
        notifications() -> list[dict]          the business's notifications, newest first

    Fault injection
        expire_access_tokens() -> None   every access JWT issued so far answers
                                         400 {"error": "ExpiredToken"}
        expire_refresh_tokens() -> None  every refresh JWT issued so far answers
                                         400 {"error": "ExpiredToken"} on refreshSession
        fail_next(nsid, status=500, times=1, ratelimit_reset=None) -> None
            status 429 answers {"error": "RateLimitExceeded"} with RateLimit-Limit/
            -Remaining (0)/-Reset (epoch seconds; ratelimit_reset datetime or now+60 s)/
            -Policy; 500 InternalServerError; 502 UpstreamFailure; others "Error"
        malformed_next(nsid, times=1) -> None   200 with a body that is not JSON
        drop_next(nsid, times=1) -> None        connection closed without an answer
        login limits: createSession beyond 30 per 5 minutes or 300 per day (per handle,
            by ``now``) answers 429 RateLimitExceeded with RateLimit-* headers.

Tokens: refreshSession rotates both tokens and the old refresh JWT stops working at
once (the real PDS keeps a short grace period; being stricter catches a client that does
not store the new refresh token).

XRPC methods: com.atproto.server.createSession, .refreshSession, .getSession;
com.atproto.identity.resolveHandle; com.atproto.repo.createRecord, .getRecord;
app.bsky.notification.listNotifications, .updateSeen; app.bsky.feed.getPosts,
.getPostThread, .getAuthorFeed; app.bsky.actor.getProfile.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import TracebackType
from typing import Any

DEFAULT_BUSINESS_HANDLE = "shop.bsky.test"
DEFAULT_BUSINESS_PASSWORD = "abcd-efgh-ijkl-mnop"


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server read it."""

    listener: str  # "entryway" or "pds"
    method: str
    path: str  # e.g. "/xrpc/app.bsky.feed.getPosts"
    nsid: str  # e.g. "app.bsky.feed.getPosts" ("" when the path is not /xrpc/…)
    params: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    json: Any = None
    at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class BlueskyServer:
    """See the module docstring for the whole public API."""

    def __init__(
        self,
        *,
        business_handle: str = DEFAULT_BUSINESS_HANDLE,
        business_password: str = DEFAULT_BUSINESS_PASSWORD,
        business_display_name: str = "Corner Shop",
        business_email: str = "owner@shop.test",
        now: Callable[[], datetime] | None = None,
    ) -> None:
        raise NotImplementedError

    @property
    def entryway_url(self) -> str:
        raise NotImplementedError

    @property
    def pds_url(self) -> str:
        raise NotImplementedError

    def start(self) -> BlueskyServer:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> BlueskyServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- users and content ----------------------------------------------------------

    def add_user(self, handle: str, display_name: str | None = None) -> str:
        """Create an account and return its did:plc:… identifier."""
        raise NotImplementedError

    def did_of(self, handle: str) -> str:
        raise NotImplementedError

    def post(
        self,
        author_handle: str,
        text: str,
        *,
        reply_to: str | None = None,
        quote: str | None = None,
        mentions: Sequence[str] = (),
        facets: list[dict[str, Any]] | None = None,
        created_at: datetime | None = None,
        rkey: str | None = None,
    ) -> dict[str, str]:
        """Create a post as ``author_handle`` and return its strong ref ``{"uri", "cid"}``."""
        raise NotImplementedError

    def like(self, author_handle: str, subject_uri: str) -> str:
        raise NotImplementedError

    def repost(self, author_handle: str, subject_uri: str) -> str:
        raise NotImplementedError

    def follow(self, author_handle: str) -> str:
        raise NotImplementedError

    def post_record(self, uri: str) -> dict[str, Any]:
        raise NotImplementedError

    def post_cid(self, uri: str) -> str:
        raise NotImplementedError

    def posts_by(self, handle: str) -> list[dict[str, Any]]:
        raise NotImplementedError

    # -- inspection -----------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        raise NotImplementedError

    @property
    def records_created(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    @property
    def create_record_attempts(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    @property
    def login_count(self) -> int:
        raise NotImplementedError

    @property
    def refresh_count(self) -> int:
        raise NotImplementedError

    def notifications(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    # -- fault injection ------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        raise NotImplementedError

    def expire_refresh_tokens(self) -> None:
        raise NotImplementedError

    def fail_next(
        self,
        nsid: str,
        status: int = 500,
        times: int = 1,
        ratelimit_reset: datetime | None = None,
    ) -> None:
        raise NotImplementedError

    def malformed_next(self, nsid: str, times: int = 1) -> None:
        raise NotImplementedError

    def drop_next(self, nsid: str, times: int = 1) -> None:
        raise NotImplementedError
