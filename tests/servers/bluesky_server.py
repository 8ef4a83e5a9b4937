"""A Bluesky / AT Protocol test server: real HTTP on 127.0.0.1 speaking the documented XRPC API.

Written from the lexicons and specs (atproto.com/specs, docs.bsky.app, bluesky-social/atproto
lexicons/*.json; each handler cites its source), not from any connector, so that the
Bluesky connector's tests do not test one reading of the docs against itself.
Standard library only; two ThreadingHTTPServers on ephemeral ports in background threads.
Helpers: bluesky_network.py (accounts, records, notifications and the AppView's views),
atproto_records.py (identifiers and post-record checks), xrpc_support.py (XRPC plumbing).

Two listeners share one state:

* the **entryway** (like bsky.social) serves only createSession, refreshSession, getSession,
  describeServer and resolveHandle; every other XRPC method answers
  501 {"error": "MethodNotImplemented"} there, so a connector that keeps talking to the
  entryway instead of the PDS named by the session's DID document is caught;
* the **PDS** (``#atproto_pds`` in the didDoc) serves everything, including the app.bsky.*
  (AppView) methods directly; an ``atproto-proxy`` header ("did:…#service") is accepted.

Public API (all methods are thread-safe; datetimes are timezone-aware)::

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
        ``now`` drives indexedAt, token expiry (access 2 h, refresh 90 days) and the
        login rate-limit windows; default: the system clock.

    Users and content (created directly, not through the API)
        add_user(handle, display_name=None) -> str            the new did:plc:…
        did_of(handle) -> str
        post(author_handle, text, *, reply_to=None, quote=None, mentions=(),
             facets=None, created_at=None, rkey=None) -> dict  {"uri", "cid"}
            reply_to / quote: at:// URI of an existing post; the reply's root is the
            parent's own reply.root, or the parent. mentions: handles written as
            "@handle" in text (mention facets with UTF-8 byte offsets are computed;
            explicit ``facets`` replace them and are not checked).
            Notifications, as the AppView indexes them: one per recipient, "mention"
            (a facet names them) before "quote" (their post is embedded) before "reply"
            (their post is the parent or root); never for the author themself.
        like(author_handle, subject_uri) -> str     like record URI; a "like" notification
                                                    for the subject post's author (none
                                                    when they like their own post)
        repost(author_handle, subject_uri) -> str   repost URI; "repost" notification as
                                                    for likes; shows in the author's feed
        follow(author_handle) -> str                follow of the business; "follow"
        post_record(uri) -> dict           the stored record value (app.bsky.feed.post)
        post_cid(uri) -> str
        posts_by(handle) -> list[dict]     [{"uri", "cid", "record"}], newest first
        inject_notification(item: Any) -> None
            ``item`` is served verbatim as the business's newest notification (for
            malformed or unexpected shapes; filtered by its "reason" if it has one)

    Inspection
        .requests -> list[RecordedRequest]     every request on both listeners, in order
            RecordedRequest(listener "entryway"|"pds", method, path, nsid,
                            params: dict[str, list[str]], headers (lower-case names),
                            json (parsed body or None), at: datetime)
        .records_created -> list[dict]         createRecord input bodies that succeeded
        .create_record_attempts -> list[dict]  createRecord bodies from authenticated calls,
                                               rejected ones too
        .login_count -> int        createSession requests (both listeners, any outcome)
        .refresh_count -> int      successful refreshSession calls
        notifications() -> list[Any]           the business's notifications, newest first

    Fault injection
        expire_access_tokens() -> None   every access JWT issued so far answers
                                         400 {"error": "ExpiredToken"} (as the PDS does)
        expire_refresh_tokens() -> None  every refresh JWT issued so far answers
                                         400 {"error": "ExpiredToken"} on refreshSession
        fail_next(nsid, status=500, times=1, ratelimit_reset=None) -> None
            the next ``times`` calls of ``nsid`` are not processed and answer ``status``
            with {"error", "message"}: 429 RateLimitExceeded with RateLimit-Limit/
            -Remaining: 0/-Reset (epoch seconds: ratelimit_reset, default now + 60 s)/
            -Policy ("3000;w=300"); 500 InternalServerError; 502 UpstreamFailure;
            503 NotEnoughResources; 401 AuthenticationRequired; other statuses "Error"
        malformed_next(nsid, times=1) -> None   processed, then answered 200 with a body
                                                that is not JSON
        drop_next(nsid, times=1) -> None        processed, then the connection is closed
                                                without an answer (a createRecord happened)
        login limits: createSession beyond 30 per 5 minutes or 300 per day per handle
            (by ``now``) answers 429 RateLimitExceeded; every createSession answer carries
            the tightest RateLimit-* headers.

Behaviour worth knowing:
* Subclasses may override ``_notification_view(notification) -> Any`` to change the
  listNotifications items (e.g. to break one); inject_notification is the simpler way.
* Tokens: refreshSession rotates both tokens and the old refresh JWT answers
  400 ExpiredToken "Token has been revoked" at once (the real PDS keeps a short grace
  period; being stricter catches a client that does not store the new refresh token).
  A refresh JWT used as an access token, or the reverse: 400 InvalidToken. No
  Authorization header: 401 AuthMissing.
* Wrong password or unknown identifier: 401 AuthenticationRequired
  "Invalid identifier or password". Identifier: handle, DID or the account's e-mail.
* Cursors are opaque; a page that is full carries a cursor (the next page may be empty,
  without one). listNotifications honours repeated ``reasons=`` parameters (the XRPC
  array encoding); other spellings such as ``reasons[]=`` are ignored, as unknown
  parameters are.
* createRecord accepts only app.bsky.feed.post in the caller's own repo and checks more
  than the real PDS, to catch threading mistakes: text <= 300 graphemes and 3000 bytes,
  createdAt an RFC 3339 datetime with timezone, reply.parent and reply.root existing
  posts with their current CIDs, root equal to the parent's thread root, mention facets
  whose UTF-8 byte range covers exactly "@handle" of a known DID, quoted posts' CIDs.
  Violations answer 400 InvalidRequest with the reason in ``message``. A client-chosen
  ``rkey`` that already exists answers 400 InvalidRequest (the real PDS's answer is not
  documented); com.atproto.repo.getRecord finds the record by rkey.

XRPC methods: com.atproto.server.createSession, .refreshSession, .getSession,
.describeServer; com.atproto.identity.resolveHandle; com.atproto.repo.createRecord,
.getRecord; app.bsky.notification.listNotifications, .updateSeen; app.bsky.feed.getPosts,
.getPostThread, .getAuthorFeed; app.bsky.actor.getProfile. Unknown methods: 501.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.servers.atproto_records import (
    POST_NSID,
    RecordInvalid,
    cid_for,
    format_datetime,
    is_valid_datetime,
    is_valid_rkey,
    validate_post,
)
from tests.servers.bluesky_network import (
    FOLLOW_NSID,
    LIKE_NSID,
    REPOST_NSID,
    Actor,
    Network,
    Notification,
    in_author_feed,
    strong_ref,
)
from tests.servers.local_http import ServedHttp
from tests.servers.running import StartedInWith
from tests.servers.xrpc_support import (
    ERROR_NAMES,
    XrpcError,
    decode_cursor,
    encode_cursor,
    int_param,
    page_limit,
    param,
    ratelimit_headers,
    require_object,
)

DEFAULT_BUSINESS_HANDLE = "shop.bsky.test"
DEFAULT_BUSINESS_PASSWORD = "abcd-efgh-ijkl-mnop"

ACCESS_LIFETIME = timedelta(hours=2)
REFRESH_LIFETIME = timedelta(days=90)
# https://docs.bsky.app/docs/advanced-guides/rate-limits: createSession, by handle.
LOGIN_LIMITS = ((30, 300), (300, 86_400))  # (points, window seconds)
GENERIC_LIMIT = (3000, 300)  # the documented global limit, named on injected 429s
MAX_GET_POSTS = 25

# Served by the entryway as well as the PDS; everything else only by the PDS.
ENTRYWAY_METHODS = frozenset(
    {
        "com.atproto.server.createSession",
        "com.atproto.server.refreshSession",
        "com.atproto.server.getSession",
        "com.atproto.server.describeServer",
        "com.atproto.identity.resolveHandle",
    }
)


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


@dataclass
class _Token:
    did: str
    kind: str  # "access" or "refresh"
    expires_at: datetime
    state: str = "valid"  # "valid", "expired", "revoked"


@dataclass
class _Fault:
    kind: str  # "fail", "malformed", "drop"
    status: int = 500
    ratelimit_reset: datetime | None = None


@dataclass
class _Answer:
    status: int
    body: bytes | None
    headers: dict[str, str]
    fault: str | None = None


class BlueskyServer(StartedInWith):
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
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._secret = secrets.token_bytes(32)
        self._net = Network(self._now)
        self._tokens: dict[str, _Token] = {}
        self._faults: dict[str, list[_Fault]] = {}
        self._login_windows: dict[tuple[str, int], tuple[float, int]] = {}
        self._requests: list[RecordedRequest] = []
        self._records_created: list[dict[str, Any]] = []
        self._create_attempts: list[dict[str, Any]] = []
        self._login_count = 0
        self._refresh_count = 0
        self._entryway = ServedHttp(self._handler_class("entryway"))
        self._pds = ServedHttp(self._handler_class("pds"))
        self.business_handle = business_handle
        self.business_password = business_password
        self.business_email = business_email
        self.business_did = self.add_user(business_handle, business_display_name)
        with self._lock:
            user = self._net.users[self.business_did]
            user.password = business_password
            user.email = business_email

    @property
    def entryway_url(self) -> str:
        return self._entryway.url

    @property
    def pds_url(self) -> str:
        return self._pds.url

    def start(self) -> BlueskyServer:
        self._entryway.start()
        self._pds.start()
        return self

    def stop(self) -> None:
        self._entryway.stop()
        self._pds.stop()

    # -- users and content ----------------------------------------------------------

    def add_user(self, handle: str, display_name: str | None = None) -> str:
        """Create an account and return its did:plc:… identifier."""
        with self._lock:
            return self._net.add_user(handle, display_name).did

    def did_of(self, handle: str) -> str:
        with self._lock:
            return self._net.user(handle).did

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
        with self._lock:
            author = self._net.user(author_handle)
            record: dict[str, Any] = {
                "$type": POST_NSID,
                "text": text,
                "createdAt": format_datetime(created_at or self._now()),
                "langs": ["en"],
            }
            if facets is None and mentions:
                facets = self._net.mention_facets(text, mentions)
            if facets:
                record["facets"] = facets
            if reply_to is not None:
                parent = self._net.post_or_raise(reply_to)
                parent_reply = parent.value.get("reply")
                root = parent_reply["root"] if parent_reply else strong_ref(parent)
                record["reply"] = {"root": dict(root), "parent": strong_ref(parent)}
            if quote is not None:
                quoted = self._net.post_or_raise(quote)
                record["embed"] = {"$type": "app.bsky.embed.record", "record": strong_ref(quoted)}
            stored = self._net.store(author.did, POST_NSID, record, rkey)
            return {"uri": stored.uri, "cid": stored.cid}

    def like(self, author_handle: str, subject_uri: str) -> str:
        with self._lock:
            return self._net.interact(author_handle, LIKE_NSID, subject_uri)

    def repost(self, author_handle: str, subject_uri: str) -> str:
        with self._lock:
            return self._net.interact(author_handle, REPOST_NSID, subject_uri)

    def follow(self, author_handle: str) -> str:
        with self._lock:
            author = self._net.user(author_handle)
            record = {
                "$type": FOLLOW_NSID,
                "subject": self.business_did,
                "createdAt": format_datetime(self._now()),
            }
            return self._net.store(author.did, FOLLOW_NSID, record, None).uri

    def post_record(self, uri: str) -> dict[str, Any]:
        with self._lock:
            return json.loads(json.dumps(self._net.post_or_raise(uri).value))

    def post_cid(self, uri: str) -> str:
        with self._lock:
            return self._net.post_or_raise(uri).cid

    def posts_by(self, handle: str) -> list[dict[str, Any]]:
        with self._lock:
            did = self._net.user(handle).did
            posts = [
                r for r in self._net.records.values() if r.did == did and r.collection == POST_NSID
            ]
            return [
                {"uri": r.uri, "cid": r.cid, "record": json.loads(json.dumps(r.value))}
                for r in sorted(posts, key=lambda r: r.seq, reverse=True)
            ]

    def inject_notification(self, item: Any) -> None:
        """Serve ``item`` verbatim as the business's newest notification, so that tests can
        hand the connector malformed or unexpected items (it must set them aside)."""
        with self._lock:
            self._net.seq += 1
            reason = item.get("reason") if isinstance(item, dict) else None
            self._net.notifications.append(
                Notification(self.business_did, str(reason), None, None, self._net.seq, item)
            )

    # -- inspection -----------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def records_created(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._records_created)

    @property
    def create_record_attempts(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._create_attempts)

    @property
    def login_count(self) -> int:
        with self._lock:
            return self._login_count

    @property
    def refresh_count(self) -> int:
        with self._lock:
            return self._refresh_count

    def notifications(self) -> list[Any]:
        with self._lock:
            return [
                self._notification_view(n)
                for n in reversed(self._net.notifications)
                if n.recipient == self.business_did
            ]

    # -- fault injection ------------------------------------------------------------

    def expire_access_tokens(self) -> None:
        self._expire("access")

    def expire_refresh_tokens(self) -> None:
        self._expire("refresh")

    def fail_next(
        self,
        nsid: str,
        status: int = 500,
        times: int = 1,
        ratelimit_reset: datetime | None = None,
    ) -> None:
        self._queue(nsid, _Fault("fail", status, ratelimit_reset), times)

    def malformed_next(self, nsid: str, times: int = 1) -> None:
        self._queue(nsid, _Fault("malformed"), times)

    def drop_next(self, nsid: str, times: int = 1) -> None:
        self._queue(nsid, _Fault("drop"), times)

    # -- the HTTP side --------------------------------------------------------------

    def _handler_class(self, listener: str) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; without TCP_NODELAY each answer
            # waits ~40 ms for a delayed ACK.
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                server._serve(self, listener)

            def do_POST(self) -> None:
                server._serve(self, listener)

        return Handler

    def _serve(self, handler: BaseHTTPRequestHandler, listener: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        answer = self._answer_for(handler, listener, raw)
        try:
            if answer.fault == "drop":
                handler.close_connection = True
                handler.connection.shutdown(socket.SHUT_RDWR)
                return
            handler.send_response(answer.status)
            for name, value in answer.headers.items():
                handler.send_header(name, value)
            body = answer.body or b""
            if answer.body is not None:
                handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            handler.wfile.flush()
        except OSError:
            pass  # the client gave up

    def _answer_for(self, handler: BaseHTTPRequestHandler, listener: str, raw: bytes) -> _Answer:
        url = urlsplit(handler.path)
        params = parse_qs(url.query, keep_blank_values=True)
        headers = {name.lower(): value for name, value in handler.headers.items()}
        nsid = url.path[len("/xrpc/") :] if url.path.startswith("/xrpc/") else ""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        with self._lock:
            self._requests.append(
                RecordedRequest(
                    listener, handler.command, url.path, nsid, params, headers, body, self._now()
                )
            )
            if nsid == "com.atproto.server.createSession":
                self._login_count += 1
            queued = self._faults.get(nsid)
            fault = queued.pop(0) if queued else None
        if fault is not None and fault.kind == "fail":
            return self._fault_answer(fault)
        try:
            status, payload, extra = self._route(
                listener, handler.command, nsid, params, headers, raw
            )
        except XrpcError as err:
            status, extra = err.status, err.headers
            payload = {"error": err.error, "message": err.message}
        except Exception as err:  # a bug in this server: say so instead of hanging up
            status, extra = 500, {}
            payload = {"error": "InternalServerError", "message": f"test server bug: {err!r}"}
        if fault is not None and fault.kind == "malformed":
            return _Answer(200, b'{"notifications": [{"uri": "at://', {}, "malformed")
        if fault is not None and fault.kind == "drop":
            return _Answer(0, None, {}, "drop")
        data = None if payload is None else json.dumps(payload).encode()
        return _Answer(status, data, extra)

    def _fault_answer(self, fault: _Fault) -> _Answer:
        status = fault.status
        error = ERROR_NAMES.get(status, "Error")
        headers: dict[str, str] = {}
        message = f"injected {status}"
        if status == 429:
            limit, window = GENERIC_LIMIT
            reset = fault.ratelimit_reset or self._now() + timedelta(seconds=60)
            headers = ratelimit_headers(limit, 0, reset.timestamp(), window)
            message = "Rate Limit Exceeded"
        payload = json.dumps({"error": error, "message": message}).encode()
        return _Answer(status, payload, headers)

    def _route(
        self,
        listener: str,
        method: str,
        nsid: str,
        params: dict[str, list[str]],
        headers: dict[str, str],
        raw: bytes,
    ) -> tuple[int, Any, dict[str, str]]:
        if not nsid:
            raise XrpcError(404, "NotFound", "Not Found")
        route = self._routes().get(nsid)
        if route is None or (listener == "entryway" and nsid not in ENTRYWAY_METHODS):
            # https://atproto.com/specs/xrpc#summary-of-http-status-codes: 501 for a method
            # this host does not implement. The entryway only hands out sessions; a client
            # must talk to the PDS named in the DID document.
            where = "the entryway" if route is not None else "this server"
            raise XrpcError(501, "MethodNotImplemented", f"{nsid} is not served by {where}")
        expected, handler_fn = route
        if method != expected:
            raise XrpcError(
                400, "InvalidRequest", f"Incorrect HTTP method ({method}) expected {expected}"
            )
        proxy = headers.get("atproto-proxy")
        if proxy is not None and "#" not in proxy:
            raise XrpcError(400, "InvalidRequest", "no service id specified in atproto-proxy")
        body: Any = None
        if expected == "POST" and raw:
            content_type = headers.get("content-type", "")
            if not content_type.startswith("application/json"):
                raise XrpcError(
                    400, "InvalidRequest", f"Wrong request encoding (Content-Type): {content_type}"
                )
            try:
                body = json.loads(raw)
            except ValueError:
                raise XrpcError(400, "InvalidRequest", "Request body is not valid JSON") from None
        with self._lock:
            return handler_fn(params, headers, body)

    def _routes(
        self,
    ) -> dict[str, tuple[str, Callable[..., tuple[int, Any, dict[str, str]]]]]:
        return {
            "com.atproto.server.createSession": ("POST", self._create_session),
            "com.atproto.server.refreshSession": ("POST", self._refresh_session),
            "com.atproto.server.getSession": ("GET", self._get_session),
            "com.atproto.server.describeServer": ("GET", self._describe_server),
            "com.atproto.identity.resolveHandle": ("GET", self._resolve_handle),
            "com.atproto.repo.createRecord": ("POST", self._create_record),
            "com.atproto.repo.getRecord": ("GET", self._get_record),
            "com.atproto.repo.listRecords": ("GET", self._list_records),
            "app.bsky.notification.listNotifications": ("GET", self._list_notifications),
            "app.bsky.notification.updateSeen": ("POST", self._update_seen),
            "app.bsky.feed.getPosts": ("GET", self._get_posts),
            "app.bsky.feed.getPostThread": ("GET", self._get_post_thread),
            "app.bsky.feed.getAuthorFeed": ("GET", self._get_author_feed),
            "app.bsky.actor.getProfile": ("GET", self._get_profile),
        }

    # -- com.atproto.server.* -------------------------------------------------------

    def _create_session(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.server.createSession
        https://docs.bsky.app/docs/api/com-atproto-server-create-session
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/server/createSession.json
        Rate limit by handle: https://docs.bsky.app/docs/advanced-guides/rate-limits"""
        body = require_object(body)
        identifier, password = body.get("identifier"), body.get("password")
        if not isinstance(identifier, str) or not isinstance(password, str):
            raise XrpcError(
                400, "InvalidRequest", 'Input must have the properties "identifier" and "password"'
            )
        user = self._net.find_login(identifier)
        limit_headers = self._consume_login(user.did if user else identifier.lower())
        if (
            user is None
            or user.password is None
            or not hmac.compare_digest(user.password, password)
        ):
            raise XrpcError(
                401, "AuthenticationRequired", "Invalid identifier or password", limit_headers
            )
        session = self._session_payload(user)
        session.update(self._issue_tokens(user.did))
        return 200, session, limit_headers

    def _refresh_session(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.server.refreshSession (Bearer refreshJwt; both tokens rotate)
        https://docs.bsky.app/docs/api/com-atproto-server-refresh-session
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/server/refreshSession.json"""
        record = self._bearer(headers)
        if record.kind != "refresh":
            raise XrpcError(400, "InvalidToken", "Invalid token type")
        if record.state == "revoked":
            raise XrpcError(400, "ExpiredToken", "Token has been revoked")
        if record.state == "expired" or self._now() >= record.expires_at:
            raise XrpcError(400, "ExpiredToken", "Token has expired")
        record.state = "revoked"
        self._refresh_count += 1
        user = self._net.users[record.did]
        session = self._session_payload(user)
        session.pop("email", None)
        session.pop("emailConfirmed", None)
        session.update(self._issue_tokens(user.did))
        return 200, session, {}

    def _get_session(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.server.getSession
        https://docs.bsky.app/docs/api/com-atproto-server-get-session
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/server/getSession.json"""
        did = self._access_did(headers)
        return 200, self._session_payload(self._net.users[did]), {}

    def _describe_server(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.server.describeServer
        https://docs.bsky.app/docs/api/com-atproto-server-describe-server"""
        host = urlsplit(self.pds_url).netloc
        return 200, {"did": f"did:web:{host}", "availableUserDomains": [".bsky.test"]}, {}

    # -- com.atproto.identity.* -----------------------------------------------------

    def _resolve_handle(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.identity.resolveHandle
        https://docs.bsky.app/docs/api/com-atproto-identity-resolve-handle
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/identity/resolveHandle.json"""
        handle = param(params, "handle", required=True)
        user = self._net.find_handle(handle)
        if user is None:
            raise XrpcError(400, "InvalidRequest", "Unable to resolve handle")
        return 200, {"did": user.did}, {}

    # -- com.atproto.repo.* ---------------------------------------------------------

    def _create_record(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.repo.createRecord (collection app.bsky.feed.post)
        https://docs.bsky.app/docs/api/com-atproto-repo-create-record
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/repo/createRecord.json
        Record: https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json
        Replies and mentions: https://docs.bsky.app/docs/advanced-guides/posts"""
        did = self._access_did(headers)
        self._create_attempts.append(json.loads(json.dumps(body)))
        body = require_object(body)
        repo, collection = body.get("repo"), body.get("collection")
        if not isinstance(repo, str) or not isinstance(collection, str) or "record" not in body:
            raise XrpcError(
                400,
                "InvalidRequest",
                'Input must have the properties "repo", "collection" and "record"',
            )
        owner = self._net.find_actor(repo)
        if owner is None:
            raise XrpcError(400, "InvalidRequest", f"Could not find repo: {repo}")
        if owner.did != did:
            raise XrpcError(401, "AuthenticationRequired", "Authentication Required")
        if collection != POST_NSID:
            raise XrpcError(
                400, "InvalidRequest", f"this test server only creates {POST_NSID} records"
            )
        rkey = body.get("rkey")
        if rkey is not None and (not isinstance(rkey, str) or not is_valid_rkey(rkey)):
            raise XrpcError(400, "InvalidRequest", f"Invalid record key: {rkey!r}")
        if rkey is not None and f"at://{did}/{collection}/{rkey}" in self._net.records:
            raise XrpcError(400, "InvalidRequest", f"Record already exists: {rkey}")
        try:
            validate_post(body["record"], self._net.stored_post, self._net.handle_of)
        except RecordInvalid as err:
            raise XrpcError(400, "InvalidRequest", str(err)) from None
        record = dict(body["record"])
        record["$type"] = POST_NSID
        stored = self._net.store(did, collection, record, rkey)
        self._records_created.append(json.loads(json.dumps(body)))
        commit = {"cid": cid_for({"commit": stored.uri}), "rev": stored.rkey}
        return (
            200,
            {"uri": stored.uri, "cid": stored.cid, "commit": commit, "validationStatus": "valid"},
            {},
        )

    def _get_record(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.repo.getRecord
        https://docs.bsky.app/docs/api/com-atproto-repo-get-record
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/repo/getRecord.json"""
        repo = param(params, "repo", required=True)
        collection = param(params, "collection", required=True)
        rkey = param(params, "rkey", required=True)
        owner = self._net.find_actor(repo)
        uri = f"at://{owner.did if owner else repo}/{collection}/{rkey}"
        stored = self._net.records.get(uri)
        wanted_cid = param(params, "cid")
        if stored is None or (wanted_cid is not None and wanted_cid != stored.cid):
            raise XrpcError(400, "RecordNotFound", f"Could not locate record: {uri}")
        return 200, {"uri": stored.uri, "cid": stored.cid, "value": stored.value}, {}

    def _list_records(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """com.atproto.repo.listRecords: one collection of a repo, no auth needed.
        https://docs.bsky.app/docs/api/com-atproto-repo-list-records
        https://github.com/bluesky-social/atproto/blob/main/lexicons/com/atproto/repo/listRecords.json
        As the PDS serves it: newest record key first (``reverse=true``: oldest first),
        limit 1..100 (default 50), the cursor is the last record key of the page."""
        repo = param(params, "repo", required=True)
        collection = param(params, "collection", required=True)
        limit = page_limit(params)
        cursor = param(params, "cursor")
        reverse = param(params, "reverse") == "true"
        owner = self._net.find_actor(repo or "")
        if owner is None:
            raise XrpcError(400, "InvalidRequest", f"Could not find repo: {repo}")
        prefix = f"at://{owner.did}/{collection}/"
        keys = sorted(
            (uri.removeprefix(prefix) for uri in self._net.records if uri.startswith(prefix)),
            reverse=not reverse,
        )
        if cursor is not None:
            keys = [k for k in keys if (k > cursor if reverse else k < cursor)]
        page = keys[:limit]
        records = []
        for key in page:
            stored = self._net.records[prefix + key]
            records.append({"uri": stored.uri, "cid": stored.cid, "value": stored.value})
        output: dict[str, Any] = {"records": records}
        if page:
            output["cursor"] = page[-1]
        return 200, output, {}

    # -- app.bsky.notification.* ----------------------------------------------------

    def _list_notifications(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.notification.listNotifications (newest first; reasons[] filter; cursor)
        https://docs.bsky.app/docs/api/app-bsky-notification-list-notifications
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/notification/listNotifications.json
        Paging: https://atproto.com/specs/xrpc#cursors-and-pagination"""
        did = self._access_did(headers)
        limit = page_limit(params)
        before = decode_cursor(param(params, "cursor"))
        reasons = set(params.get("reasons", []))
        mine = [
            n
            for n in reversed(self._net.notifications)
            if n.recipient == did
            and (not reasons or n.reason in reasons)
            and (before is None or n.seq < before)
        ]
        page = mine[:limit]
        output: dict[str, Any] = {
            "notifications": [self._notification_view(n) for n in page],
            "priority": False,
        }
        if len(page) == limit:
            output["cursor"] = encode_cursor(page[-1].seq)
        if did in self._net.seen_at:
            output["seenAt"] = format_datetime(self._net.seen_at[did])
        return 200, output, {}

    def _update_seen(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.notification.updateSeen
        https://docs.bsky.app/docs/api/app-bsky-notification-update-seen
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/notification/updateSeen.json"""
        did = self._access_did(headers)
        seen_at = require_object(body).get("seenAt")
        if not is_valid_datetime(seen_at):
            raise XrpcError(400, "InvalidRequest", "Input/seenAt must be a valid datetime")
        self._net.seen_at[did] = datetime.fromisoformat(seen_at)
        return 200, None, {}

    # -- app.bsky.feed.* / app.bsky.actor.* -----------------------------------------

    def _get_posts(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.feed.getPosts (unknown URIs are left out)
        https://docs.bsky.app/docs/api/app-bsky-feed-get-posts
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/getPosts.json"""
        self._access_did(headers)
        uris = params.get("uris", [])
        if not uris:
            raise XrpcError(400, "InvalidRequest", 'Params must have the property "uris"')
        if len(uris) > MAX_GET_POSTS:
            raise XrpcError(
                400, "InvalidRequest", f"uris must not have more than {MAX_GET_POSTS} elements"
            )
        found = [self._net.find_post(uri) for uri in uris]
        return 200, {"posts": [self._net.post_view(r) for r in found if r is not None]}, {}

    def _get_post_thread(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.feed.getPostThread (parents up to parentHeight, replies down to depth)
        https://docs.bsky.app/docs/api/app-bsky-feed-get-post-thread
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/getPostThread.json"""
        self._access_did(headers)
        uri = param(params, "uri", required=True)
        depth = int_param(params, "depth", 6, 0, 1000)
        parent_height = int_param(params, "parentHeight", 80, 0, 1000)
        stored = self._net.find_post(uri)
        if stored is None:
            raise XrpcError(400, "NotFound", f"Post not found: {uri}")
        thread = self._net.thread_view(stored, depth)
        node = thread
        current = stored
        for _ in range(parent_height):
            reply = current.value.get("reply")
            if not reply:
                break
            parent = self._net.records.get(reply["parent"]["uri"])
            if parent is None:
                node["parent"] = {
                    "$type": "app.bsky.feed.defs#notFoundPost",
                    "uri": reply["parent"]["uri"],
                    "notFound": True,
                }
                break
            node["parent"] = self._net.thread_view(parent, 0)
            node, current = node["parent"], parent
        return 200, {"thread": thread}, {}

    def _get_author_feed(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.feed.getAuthorFeed (posts and reposts, newest first; filter; cursor)
        https://docs.bsky.app/docs/api/app-bsky-feed-get-author-feed
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/getAuthorFeed.json"""
        self._access_did(headers)
        actor = self._net.find_actor(param(params, "actor", required=True))
        if actor is None:
            raise XrpcError(400, "InvalidRequest", "Profile not found")
        limit = page_limit(params)
        before = decode_cursor(param(params, "cursor"))
        feed_filter = param(params, "filter") or "posts_with_replies"
        items = [
            r
            for r in sorted(self._net.records.values(), key=lambda r: r.seq, reverse=True)
            if r.did == actor.did
            and r.collection in (POST_NSID, REPOST_NSID)
            and (before is None or r.seq < before)
            and in_author_feed(r, feed_filter, actor.did)
        ]
        page = items[:limit]
        output: dict[str, Any] = {"feed": [self._net.feed_view(r) for r in page]}
        if len(page) == limit:
            output["cursor"] = encode_cursor(page[-1].seq)
        return 200, output, {}

    def _get_profile(
        self, params: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, Any, dict[str, str]]:
        """app.bsky.actor.getProfile
        https://docs.bsky.app/docs/api/app-bsky-actor-get-profile
        https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/actor/getProfile.json"""
        self._access_did(headers)
        user = self._net.find_actor(param(params, "actor", required=True))
        if user is None:
            raise XrpcError(400, "InvalidRequest", "Profile not found")
        mine = [r for r in self._net.records.values() if r.did == user.did]
        followers = sum(
            1
            for r in self._net.records.values()
            if r.collection == FOLLOW_NSID and r.value["subject"] == user.did
        )
        view = self._net.profile_view(user)
        view.update(
            {
                "followersCount": followers,
                "followsCount": sum(1 for r in mine if r.collection == FOLLOW_NSID),
                "postsCount": sum(1 for r in mine if r.collection == POST_NSID),
            }
        )
        return 200, view, {}

    def _notification_view(self, notification: Notification) -> Any:
        """One listNotifications item. An extension point: a test's subclass may override
        it to distort items the way a buggy AppView might."""
        return self._net.notification_view(notification)

    # -- sessions and tokens (called with the lock held) ----------------------------

    def _session_payload(self, user: Actor) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "handle": user.handle,
            "did": user.did,
            "didDoc": self._did_doc(user),
            "active": True,
        }
        if user.email:
            payload.update({"email": user.email, "emailConfirmed": True, "emailAuthFactor": False})
        return payload

    def _did_doc(self, user: Actor) -> dict[str, Any]:
        """A DID document as https://atproto.com/specs/did describes it; the PDS is the
        ``#atproto_pds`` service of type ``AtprotoPersonalDataServer``."""
        key = "zQ3sh" + hashlib.sha256(user.did.encode()).hexdigest()[:44]
        return {
            "@context": [
                "https://www.w3.org/ns/did/v1",
                "https://w3id.org/security/multikey/v1",
                "https://w3id.org/security/suites/secp256k1-2019/v1",
            ],
            "id": user.did,
            "alsoKnownAs": [f"at://{user.handle}"],
            "verificationMethod": [
                {
                    "id": f"{user.did}#atproto",
                    "type": "Multikey",
                    "controller": user.did,
                    "publicKeyMultibase": key,
                }
            ],
            "service": [
                {
                    "id": "#atproto_pds",
                    "type": "AtprotoPersonalDataServer",
                    "serviceEndpoint": self.pds_url,
                }
            ],
        }

    def _issue_tokens(self, did: str) -> dict[str, str]:
        now = self._now()
        access = self._jwt("at+jwt", did, "com.atproto.appPass", now + ACCESS_LIFETIME)
        refresh = self._jwt("refresh+jwt", did, "com.atproto.refresh", now + REFRESH_LIFETIME)
        self._tokens[access] = _Token(did, "access", now + ACCESS_LIFETIME)
        self._tokens[refresh] = _Token(did, "refresh", now + REFRESH_LIFETIME)
        return {"accessJwt": access, "refreshJwt": refresh}

    def _jwt(self, typ: str, did: str, scope: str, expires: datetime) -> str:
        """Access tokens use typ at+jwt and refresh tokens refresh+jwt
        (https://atproto.com/specs/xrpc#authentication); clients must treat both as opaque."""
        header = {"typ": typ, "alg": "HS256"}
        claims = {
            "scope": scope,
            "sub": did,
            "aud": f"did:web:{urlsplit(self.pds_url).netloc}",
            "iat": int(self._now().timestamp()),
            "exp": int(expires.timestamp()),
            "jti": secrets.token_urlsafe(16),
        }
        signing_input = f"{_b64(header)}.{_b64(claims)}"
        signature = hmac.new(self._secret, signing_input.encode(), hashlib.sha256).digest()
        return f"{signing_input}.{base64.urlsafe_b64encode(signature).decode().rstrip('=')}"

    def _bearer(self, headers: dict[str, str]) -> _Token:
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer "):
            raise XrpcError(
                401, "AuthMissing", "Authentication Required", {"WWW-Authenticate": "Bearer"}
            )
        token = authorization[len("Bearer ") :].strip()
        record = self._tokens.get(token)
        if record is None:
            raise XrpcError(400, "InvalidToken", "Token could not be verified")
        return record

    def _access_did(self, headers: dict[str, str]) -> str:
        """The DID of a valid access token; an expired one answers 400 ExpiredToken, as the
        PDS does (https://github.com/bluesky-social/atproto, packages/pds auth-verifier)."""
        record = self._bearer(headers)
        if record.kind != "access":
            raise XrpcError(400, "InvalidToken", "Invalid token type")
        if record.state != "valid" or self._now() >= record.expires_at:
            raise XrpcError(400, "ExpiredToken", "Token has expired")
        return record.did

    def _consume_login(self, key: str) -> dict[str, str]:
        """Fixed windows per handle, like the PDS's rate limiter: each createSession uses a
        point; over the limit answers 429 RateLimitExceeded with RateLimit-* headers whose
        reset is epoch seconds (@atproto/xrpc-server rate-limiter)."""
        now = self._now().timestamp()
        tightest: dict[str, str] = {}
        tightest_remaining: int | None = None
        for points, window in LOGIN_LIMITS:
            start, used = self._login_windows.get((key, window), (now, 0))
            if now >= start + window:
                start, used = now, 0
            used += 1
            self._login_windows[(key, window)] = (start, used)
            remaining = max(points - used, 0)
            headers = ratelimit_headers(points, remaining, start + window, window)
            if used > points:
                raise XrpcError(429, "RateLimitExceeded", "Rate Limit Exceeded", headers)
            if tightest_remaining is None or remaining < tightest_remaining:
                tightest, tightest_remaining = headers, remaining
        return tightest

    def _expire(self, kind: str) -> None:
        with self._lock:
            for token in self._tokens.values():
                if token.kind == kind and token.state == "valid":
                    token.state = "expired"

    def _queue(self, nsid: str, fault: _Fault, times: int) -> None:
        with self._lock:
            self._faults.setdefault(nsid, []).extend([fault] * times)


def _b64(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")
