"""A Mastodon test server: a real HTTP server on 127.0.0.1 speaking the documented client API.

Written from docs.joinmastodon.org (each handler cites its page), not from any connector, so
that the Mastodon connector's tests do not test one reading of the docs against itself.
Standard library (plus ``regex`` for grapheme counting); serves on an ephemeral port from a
background thread. All public methods are thread-safe.

Public API::

    MastodonServer(domain: str = "social.test", *, max_characters: int = 500,
                   business_username: str = "business", version: str = "4.3.0",
                   first_notification_id: int = 99_901,
                   now: Callable[[], datetime] | None = None)
        context manager; start() -> MastodonServer; stop() -> None
        .base_url: str            http://127.0.0.1:PORT (also the host used in Link headers)
        .domain: str              the instance's domain (acct, url and uri of entities)
        .max_characters: int      settable; served by the instance endpoints and enforced (422)
        .version: str             < "4.0": /api/v2/instance is 404; < "4.3": no
                                  /.well-known/oauth-authorization-server and PKCE is ignored
        .business: dict           Account entity of the default local account
        .token: str               valid access token of .business, scopes "read write"
        .authorize_as: str        username that GET /oauth/authorize signs in (default business)
        now: the server's clock (rate-limit resets, idempotency expiry, created_at of posted
             statuses, received_at of requests); pass ``FakeClock(...).now`` to share the
             app's clock in a test. Default: the real UTC time.

    Accounts and tokens
        add_account(username, display_name=None, note=None, url=None, bot=False) -> dict
            "name" is local; "name@other.example" is a remote account (no notifications)
        account(username) -> dict
        issue_token(username, scopes="read write") -> str   (a personal access token)
        revoke_token(token) -> None   then 401 {"error": "The access token is invalid"}
        expire_token(token) -> None   then 401 {"error": "The access token is invalid"}
            (WWW-Authenticate says "revoked" / "expired", as Doorkeeper does)

    Content created directly (not through the API, not recorded as requests)
        post(author, html, visibility="public", in_reply_to_id=None, mentions=(),
             created_at=None, spoiler_text="", claimed_created_at=None) -> dict  Status entity
            each mentioned local account gets a "mention" notification;
            claimed_created_at: a string served verbatim as the status's created_at (what
            a remote server claimed, however impossible), the id still from created_at
        edit(status_id, html) -> dict       (sets edited_at)
        delete(status_id) -> None           (its notifications disappear, as in Mastodon)
        status(status_id) -> dict
        notify(username, type, from_username, status_id=None) -> dict   any other notification

    Inspection
        .requests -> list[RecordedRequest]          every request, in arrival order
        requests_to(path_prefix, method=None) -> list[RecordedRequest]
        requests_between(start, end) -> list[RecordedRequest]   by received_at (server clock)
        .throttled -> list[RecordedRequest]         answered 429 by the rate limit
        .statuses_created_via_api -> list[CreatedStatus]   one per status actually created
        .status_posts -> list[RecordedRequest]      every POST /api/v1/statuses, repeats too
        notifications_for(username) -> list[dict]   Notification entities, newest first
        .apps -> list[dict]                         CredentialApplication entities registered
        .authorizations -> list[Authorization]      every approved/denied GET /oauth/authorize

    Fault injection (path_prefix matches the start of the request path)
        rate_limit(limit, remaining, reset_at: datetime) -> None
            /api/ answers carry X-RateLimit-Limit/-Remaining/-Reset (ISO 8601); each /api/
            request uses one; at 0 the server answers 429 {"error": "Too many requests"}
            until reset_at, then a fresh 5-minute window of `limit`. The default, without a
            call, is Mastodon's: 300 per 5-minute window.
        clear_rate_limit() -> None                  no headers, no limit
        fail_next(path_prefix, status=500, times=1, retry_after=None, html_page=False) -> None
            nothing is processed; Error entity body (or an HTML page); Retry-After (seconds)
        malformed_next(path_prefix, kind="broken_json", times=1) -> None
            kind: "broken_json" (truncated body), "missing_fields" (the first item, or the
            object, loses "account", "created_at", "content"/"status" fields), "wrong_types"
            (the first item's "id" becomes a number and its "account" a string)
        drop_next(path_prefix, times=1, after_processing=False) -> None
            the connection is closed without an answer; after_processing=True first does the
            work (e.g. creates the status), as when an answer is lost on the way back
        delay_next(path_prefix, seconds, times=1) -> None   processed, answered late
        deny_next_authorization() -> None   /oauth/authorize redirects with error=access_denied

Records (dataclasses)::

    RecordedRequest(method, path, query: dict[str, list[str]], headers: dict[str, str],
                    body: bytes, received_at: datetime, status: int | None)  .header(name)
    CreatedStatus(id, idempotency_key, text, visibility, in_reply_to_id, spoiler_text,
                  author, mentions: tuple[str, ...], created_at)
    Authorization(client_id, redirect_uri, scope, state, code_challenge,
                  code_challenge_method, code, username)

Behaviour worth knowing: notification ids are an increasing integer sequence starting at
``first_notification_id`` (default 99_901, so they grow from 5 to 6 digits after 99 of them:
ids must be compared as numbers, never as strings); status ids are snowflakes
(milliseconds << 16) from the status's created_at.

Endpoints: GET /api/v1/accounts/verify_credentials, GET /api/v1/accounts/:id,
GET /api/v1/accounts/:id/statuses, GET /api/v1/apps/verify_credentials, POST /api/v1/apps,
GET /api/v2/instance, GET /api/v1/instance, GET /api/v1/notifications,
GET /api/v1/notifications/:id, GET /api/v1/statuses/:id, GET /api/v1/statuses/:id/context,
POST /api/v1/statuses, GET /oauth/authorize, POST /oauth/token, POST /oauth/revoke,
GET /.well-known/oauth-authorization-server.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import html
import json
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import regex

from tests.servers.local_http import (
    RecordedRequest,
    ServedHttp,
    clocked_handler,
    drop_connection,
    multipart_fields,
    send_answer,
)
from tests.servers.running import StartedInWith

DOCS = "https://docs.joinmastodon.org"
INVALID_TOKEN = "The access token is invalid"
NOT_FOUND = "Record not found"
RATE_LIMIT_PERIOD = timedelta(minutes=5)
DEFAULT_RATE_LIMIT = 300
IDEMPOTENCY_TTL = timedelta(hours=1)
AUTHORIZATION_CODE_TTL = timedelta(minutes=10)
OOB = "urn:ietf:wg:oauth:2.0:oob"
URL_LENGTH = 23  # https://docs.joinmastodon.org/api/guidelines/#links
VISIBILITIES = ("public", "unlisted", "private", "direct")
ALL_SCOPES = [
    "read",
    "write",
    "follow",
    "push",
    "profile",
    "read:accounts",
    "read:blocks",
    "read:bookmarks",
    "read:favourites",
    "read:filters",
    "read:follows",
    "read:lists",
    "read:mutes",
    "read:notifications",
    "read:search",
    "read:statuses",
    "write:accounts",
    "write:blocks",
    "write:bookmarks",
    "write:conversations",
    "write:favourites",
    "write:filters",
    "write:follows",
    "write:lists",
    "write:media",
    "write:mutes",
    "write:notifications",
    "write:reports",
    "write:statuses",
]

JSONValue = Any


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
    mentions: tuple[str, ...]  # acct of every account @mentioned in the text
    created_at: datetime


@dataclass(frozen=True)
class Authorization:
    """One GET /oauth/authorize that reached the approval step."""

    client_id: str
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    code: str | None  # None when denied
    username: str | None


@dataclass(eq=False)
class _Account:
    id: str
    username: str  # local part
    domain: str | None  # None for local accounts
    display_name: str
    note: str
    url: str
    bot: bool
    created_at: datetime

    @property
    def acct(self) -> str:
        return self.username if self.domain is None else f"{self.username}@{self.domain}"


@dataclass(eq=False)
class _Status:
    id: str
    account: _Account
    content: str
    text: str | None  # source text, for statuses posted through the API
    visibility: str
    in_reply_to_id: str | None
    in_reply_to_account_id: str | None
    mentions: list[_Account]
    spoiler_text: str
    created_at: datetime
    application: dict[str, Any] | None
    edited_at: datetime | None = None
    claimed_created_at: str | None = None


@dataclass
class _Tallies:
    statuses_of: dict[str, int]  # by account id
    last_status_at: dict[str, datetime]  # by account id
    replies_to: dict[str, int]  # by status id

    def count(self, status: _Status) -> None:
        owner = status.account.id
        self.statuses_of[owner] = self.statuses_of.get(owner, 0) + 1
        last = self.last_status_at.get(owner)
        if last is None or status.created_at > last:
            self.last_status_at[owner] = status.created_at
        if status.in_reply_to_id is not None:
            parent = status.in_reply_to_id
            self.replies_to[parent] = self.replies_to.get(parent, 0) + 1


@dataclass(eq=False)
class _Notification:
    id: int
    type: str
    recipient: _Account
    account: _Account
    status_id: str | None
    created_at: datetime


@dataclass(eq=False)
class _App:
    id: str
    name: str
    website: str | None
    client_id: str
    client_secret: str
    redirect_uris: list[str]
    scopes: list[str]


@dataclass(eq=False)
class _Token:
    value: str
    account: _Account | None  # None for client_credentials (app) tokens
    scopes: frozenset[str]
    app: _App
    created_at: datetime
    revoked: bool = False
    expired: bool = False


@dataclass(eq=False)
class _Code:
    code: str
    app: _App
    redirect_uri: str
    scopes: str
    account: _Account
    challenge: str | None
    challenge_method: str | None
    created_at: datetime
    used: bool = False


@dataclass
class _Fault:
    kind: str  # fail | malformed | drop | delay
    prefix: str
    status: int = 500
    retry_after: int | None = None
    malformed: str = "broken_json"
    after_processing: bool = False
    seconds: float = 0.0
    html_page: bool = False


@dataclass
class _RateLimit:
    limit: int
    remaining: int
    reset_at: datetime


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    payload: JSONValue = None  # the JSON value, kept so faults can damage it


@dataclass
class _Call:
    """What a handler sees of one request."""

    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    headers: dict[str, str]

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def values(self, name: str) -> list[str]:
        """Every value of a parameter, whether sent as ``name`` or ``name[]``."""
        found: list[str] = []
        for source in (self.query, self.form):
            found += source.get(name, []) + source.get(f"{name}[]", [])
        return found

    def get(self, name: str) -> str | None:
        values = self.values(name)
        return values[0] if values else None


class _ApiError(Exception):
    def __init__(
        self, status: int, error: str, description: str | None = None, **headers: str
    ) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.description = description
        self.headers = headers


def _iso(moment: datetime) -> str:
    """Mastodon's datetime format: ISO 8601 in UTC with milliseconds and Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _json(payload: JSONValue, status: int = 200, **headers: str) -> _Answer:
    return _Answer(status, json.dumps(payload).encode(), headers=dict(headers), payload=payload)


def _error(status: int, error: str, description: str | None = None, **headers: str) -> _Answer:
    """The Error entity: https://docs.joinmastodon.org/entities/Error/"""
    body: dict[str, str] = {"error": error}
    if description is not None:
        body["error_description"] = description
    return _json(body, status, **headers)


def _as_int(value: str | None) -> int | None:
    return int(value) if value is not None and value.strip().isdigit() else None


def _truthy(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on", "yes")


def _pkce_s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii", "replace")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


_URL_RE = re.compile(r"https?://[^\s<>\"]+")
_MENTION_RE = re.compile(r"(?<![\w/])@([A-Za-z0-9_]+)(?:@([A-Za-z0-9.-]+\.[A-Za-z]{2,}))?")


class MastodonServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        domain: str = "social.test",
        *,
        max_characters: int = 500,
        business_username: str = "business",
        version: str = "4.3.0",
        first_notification_id: int = 99_901,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.domain = domain
        self.max_characters = max_characters
        self.version = version
        self._now = now or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._accounts: dict[str, _Account] = {}  # by acct
        self._statuses: dict[str, _Status] = {}
        # Counts the entities show, worked out once per change of the statuses.
        self._tallies: _Tallies | None = None
        self._notifications: list[_Notification] = []
        self._next_notification_id = first_notification_id
        self._next_account_id = 1
        self._snowflake_seq = 0
        self._apps: list[_App] = []
        self._tokens: dict[str, _Token] = {}
        self._codes: dict[str, _Code] = {}
        self._authorizations: list[Authorization] = []
        self._deny_next = False
        self._requests: list[RecordedRequest] = []
        self._throttled: list[RecordedRequest] = []
        self._created: list[CreatedStatus] = []
        self._idempotency: dict[tuple[str, str], tuple[str, datetime]] = {}
        self._faults: list[_Fault] = []
        self._rate: _RateLimit | None = None
        self._rate_enabled = True
        self._personal_app = self._register_app(
            "Personal access token", None, [OOB], ["read", "write", "follow", "push"]
        )
        self.authorize_as = business_username
        self.business = self.add_account(business_username, display_name="Business")
        self.token = self.issue_token(business_username)
        # A short poll interval: stop() waits for it, once per test.
        self._http = ServedHttp(clocked_handler(self._serve, self._now), poll_interval=0.02)

    @property
    def base_url(self) -> str:
        return self._http.url

    def start(self) -> MastodonServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    # -- accounts and tokens ---------------------------------------------------------

    def add_account(
        self,
        username: str,
        display_name: str | None = None,
        note: str | None = None,
        url: str | None = None,
        bot: bool = False,
    ) -> dict:
        """Create an account (``user@other.example`` is remote) and return its Account entity."""
        local, _, remote_domain = username.partition("@")
        with self._lock:
            if username in self._accounts:
                raise ValueError(f"account {username!r} exists")
            host = remote_domain or self.domain
            account = _Account(
                id=str(self._next_account_id),
                username=local,
                domain=remote_domain or None,
                display_name=display_name if display_name is not None else local,
                note=note if note is not None else "",
                url=url or f"https://{host}/@{local}",
                bot=bot,
                created_at=self._now().replace(hour=0, minute=0, second=0, microsecond=0),
            )
            self._next_account_id += 1
            self._accounts[account.acct] = account
            return self._render_account(account)

    def account(self, username: str) -> dict:
        with self._lock:
            return self._render_account(self._account(username))

    def issue_token(self, username: str, scopes: str = "read write") -> str:
        """A personal access token (Preferences → Development) for ``username``."""
        with self._lock:
            return self._new_token(self._account(username), scopes.split(), self._personal_app)

    def revoke_token(self, token: str) -> None:
        with self._lock:
            self._tokens[token].revoked = True

    def expire_token(self, token: str) -> None:
        with self._lock:
            self._tokens[token].expired = True

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
        claimed_created_at: str | None = None,
    ) -> dict:
        """Create a status as ``author``; mentioned local accounts get a mention notification."""
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        with self._lock:
            status = self._create_status(
                self._account(author),
                content=html,
                text=None,
                visibility=visibility,
                in_reply_to_id=in_reply_to_id,
                mentioned=[self._account(name) for name in mentions],
                spoiler_text=spoiler_text,
                created_at=created_at or self._now(),
                application=None,
            )
            status.claimed_created_at = claimed_created_at
            return self._render_status(status)

    def edit(self, status_id: str, html: str) -> dict:
        with self._lock:
            status = self._statuses[status_id]
            status.content = html
            status.edited_at = self._now()
            return self._render_status(status)

    def delete(self, status_id: str) -> None:
        with self._lock:
            del self._statuses[status_id]
            self._tallies = None
            self._notifications = [n for n in self._notifications if n.status_id != status_id]

    def status(self, status_id: str) -> dict:
        with self._lock:
            return self._render_status(self._statuses[status_id])

    def notify(
        self, username: str, type: str, from_username: str, status_id: str | None = None
    ) -> dict:
        """Any other notification (favourite, follow, reblog …) for a local account."""
        with self._lock:
            note = self._add_notification(
                type,
                self._account(username),
                self._account(from_username),
                status_id,
                self._now(),
            )
            return self._render_notification(note)

    # -- inspection -------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path_prefix: str, method: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if r.path.startswith(path_prefix) and (method is None or r.method == method)
        ]

    def requests_between(self, start: datetime, end: datetime) -> list[RecordedRequest]:
        return [r for r in self.requests if start <= r.received_at < end]

    @property
    def throttled(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._throttled)

    @property
    def statuses_created_via_api(self) -> list[CreatedStatus]:
        with self._lock:
            return list(self._created)

    @property
    def status_posts(self) -> list[RecordedRequest]:
        return self.requests_to("/api/v1/statuses", "POST")

    def notifications_for(self, username: str) -> list[dict]:
        with self._lock:
            account = self._account(username)
            mine = [n for n in self._notifications if n.recipient is account]
            return [self._render_notification(n) for n in sorted(mine, key=lambda n: -n.id)]

    @property
    def apps(self) -> list[dict]:
        with self._lock:
            return [self._render_app(app, credentials=True) for app in self._apps[1:]]

    @property
    def authorizations(self) -> list[Authorization]:
        with self._lock:
            return list(self._authorizations)

    # -- fault injection --------------------------------------------------------------

    def rate_limit(self, limit: int, remaining: int, reset_at: datetime) -> None:
        with self._lock:
            self._rate_enabled = True
            self._rate = _RateLimit(limit, remaining, reset_at)

    def clear_rate_limit(self) -> None:
        with self._lock:
            self._rate_enabled = False
            self._rate = None

    def fail_next(
        self,
        path_prefix: str,
        status: int = 500,
        times: int = 1,
        retry_after: int | None = None,
        html_page: bool = False,
    ) -> None:
        """The next matching requests fail with ``status`` and do nothing.

        The body is the Error entity, or with ``html_page`` the HTML page a proxy in front
        of Mastodon sends for a 502/503.
        """
        fault = _Fault("fail", path_prefix, status=status, retry_after=retry_after)
        fault.html_page = html_page
        self._queue(times, fault)

    def malformed_next(self, path_prefix: str, kind: str = "broken_json", times: int = 1) -> None:
        if kind not in ("broken_json", "missing_fields", "wrong_types"):
            raise ValueError(f"unknown kind {kind!r}")
        self._queue(times, _Fault("malformed", path_prefix, malformed=kind))

    def drop_next(self, path_prefix: str, times: int = 1, after_processing: bool = False) -> None:
        self._queue(times, _Fault("drop", path_prefix, after_processing=after_processing))

    def delay_next(self, path_prefix: str, seconds: float, times: int = 1) -> None:
        self._queue(times, _Fault("delay", path_prefix, seconds=seconds))

    def deny_next_authorization(self) -> None:
        with self._lock:
            self._deny_next = True

    def _queue(self, times: int, fault: _Fault) -> None:
        with self._lock:
            self._faults.extend(copy.copy(fault) for _ in range(times))

    # -- state helpers (caller holds the lock) ----------------------------------------

    def _account(self, username: str) -> _Account:
        try:
            return self._accounts[username.lstrip("@")]
        except KeyError:
            raise KeyError(f"no account {username!r}; add_account() it first") from None

    def _register_app(
        self, name: str, website: str | None, redirect_uris: list[str], scopes: list[str]
    ) -> _App:
        app = _App(
            id=str(563419 + len(self._apps)),
            name=name,
            website=website,
            client_id=secrets.token_urlsafe(32),
            client_secret=secrets.token_urlsafe(32),
            redirect_uris=redirect_uris,
            scopes=scopes,
        )
        self._apps.append(app)
        return app

    def _new_token(self, account: _Account | None, scopes: list[str], app: _App) -> str:
        value = secrets.token_urlsafe(32)
        self._tokens[value] = _Token(value, account, frozenset(scopes), app, self._now())
        return value

    def _snowflake(self, created_at: datetime) -> str:
        """Mastodon status ids: milliseconds since the epoch << 16, plus a sequence."""
        millis = int(created_at.timestamp() * 1000)
        while True:
            self._snowflake_seq = (self._snowflake_seq + 1) % 65536
            candidate = str((millis << 16) | self._snowflake_seq)
            if candidate not in self._statuses:
                return candidate

    def _create_status(
        self,
        author: _Account,
        *,
        content: str,
        text: str | None,
        visibility: str,
        in_reply_to_id: str | None,
        mentioned: list[_Account],
        spoiler_text: str,
        created_at: datetime,
        application: dict[str, Any] | None,
    ) -> _Status:
        parent = self._statuses.get(in_reply_to_id) if in_reply_to_id else None
        if in_reply_to_id and parent is None:
            raise KeyError(f"no status {in_reply_to_id}")
        status = _Status(
            id=self._snowflake(created_at),
            account=author,
            content=content,
            text=text,
            visibility=visibility,
            in_reply_to_id=in_reply_to_id,
            in_reply_to_account_id=parent.account.id if parent else None,
            mentions=mentioned,
            spoiler_text=spoiler_text,
            created_at=created_at,
            application=application,
        )
        self._statuses[status.id] = status
        if self._tallies is not None:
            self._tallies.count(status)
        for account in dict.fromkeys(mentioned):
            if account.domain is None and account is not author:
                self._add_notification("mention", account, author, status.id, created_at)
        return status

    def _add_notification(
        self,
        type: str,
        recipient: _Account,
        account: _Account,
        status_id: str | None,
        created_at: datetime,
    ) -> _Notification:
        if recipient.domain is not None:
            raise ValueError("remote accounts get no notifications here")
        note = _Notification(
            self._next_notification_id, type, recipient, account, status_id, created_at
        )
        self._next_notification_id += 1
        self._notifications.append(note)
        return note

    # -- entities (https://docs.joinmastodon.org/entities/) ---------------------------

    def _tally(self) -> _Tallies:
        """Statuses and replies counted in one pass over the statuses and kept (a page of
        80 rendered entities would count them 160 times): a new status adds to them, a
        deleted one has them counted again."""
        if self._tallies is None:
            tallies = _Tallies({}, {}, {})
            for status in self._statuses.values():
                tallies.count(status)
            self._tallies = tallies
        return self._tallies

    def _render_account(self, account: _Account) -> dict[str, Any]:
        """https://docs.joinmastodon.org/entities/Account/"""
        tallies = self._tally()
        own = tallies.statuses_of.get(account.id, 0)
        last = tallies.last_status_at.get(account.id)
        host = account.domain or self.domain
        return {
            "id": account.id,
            "username": account.username,
            "acct": account.acct,
            "display_name": account.display_name,
            "locked": False,
            "bot": account.bot,
            "discoverable": True,
            "group": False,
            "created_at": _iso(account.created_at),
            "note": account.note,
            "url": account.url,
            "uri": f"https://{host}/users/{account.username}",
            "avatar": f"https://{self.domain}/avatars/original/missing.png",
            "avatar_static": f"https://{self.domain}/avatars/original/missing.png",
            "header": f"https://{self.domain}/headers/original/missing.png",
            "header_static": f"https://{self.domain}/headers/original/missing.png",
            "followers_count": 0,
            "following_count": 0,
            "statuses_count": own,
            "last_status_at": last.date().isoformat() if last else None,
            "emojis": [],
            "fields": [],
        }

    def _render_credential_account(self, account: _Account) -> dict[str, Any]:
        """https://docs.joinmastodon.org/entities/Account/#CredentialAccount"""
        rendered = self._render_account(account)
        rendered["source"] = {
            "privacy": "public",
            "sensitive": False,
            "language": "",
            "note": html.unescape(re.sub(r"<[^>]+>", "", account.note)),
            "fields": [],
            "follow_requests_count": 0,
        }
        rendered["role"] = {
            "id": "-99",
            "name": "",
            "permissions": "0",
            "color": "",
            "highlighted": False,
        }
        return rendered

    def _render_status(self, status: _Status) -> dict[str, Any]:
        """https://docs.joinmastodon.org/entities/Status/"""
        account = status.account
        host = account.domain or self.domain
        return {
            "id": status.id,
            "uri": f"https://{host}/users/{account.username}/statuses/{status.id}",
            "url": f"https://{host}/@{account.username}/{status.id}",
            "created_at": status.claimed_created_at or _iso(status.created_at),
            "account": self._render_account(account),
            "content": status.content,
            "visibility": status.visibility,
            "sensitive": bool(status.spoiler_text),
            "spoiler_text": status.spoiler_text,
            "media_attachments": [],
            "application": status.application,
            "mentions": [
                {"id": m.id, "username": m.username, "url": m.url, "acct": m.acct}
                for m in status.mentions
            ],
            "tags": [],
            "emojis": [],
            "reblogs_count": 0,
            "favourites_count": 0,
            "replies_count": self._tally().replies_to.get(status.id, 0),
            "in_reply_to_id": status.in_reply_to_id,
            "in_reply_to_account_id": status.in_reply_to_account_id,
            "reblog": None,
            "poll": None,
            "card": None,
            "language": "en",
            "text": None,
            "edited_at": _iso(status.edited_at) if status.edited_at else None,
            "favourited": False,
            "reblogged": False,
            "muted": False,
            "bookmarked": False,
            "pinned": False,
            "filtered": [],
        }

    def _render_notification(self, note: _Notification) -> dict[str, Any]:
        """https://docs.joinmastodon.org/entities/Notification/"""
        rendered: dict[str, Any] = {
            "id": str(note.id),
            "type": note.type,
            "group_key": f"ungrouped-{note.id}",
            "created_at": _iso(note.created_at),
            "account": self._render_account(note.account),
        }
        status = self._statuses.get(note.status_id) if note.status_id else None
        if status is not None:
            rendered["status"] = self._render_status(status)
        return rendered

    def _render_app(self, app: _App, *, credentials: bool) -> dict[str, Any]:
        """https://docs.joinmastodon.org/entities/Application/"""
        rendered: dict[str, Any] = {
            "id": app.id,
            "name": app.name,
            "website": app.website,
            "scopes": app.scopes,
            "redirect_uri": "\n".join(app.redirect_uris),
            "redirect_uris": app.redirect_uris,
        }
        if credentials:
            rendered |= {
                "client_id": app.client_id,
                "client_secret": app.client_secret,
                "client_secret_expires_at": 0,
            }
        return rendered

    # -- the HTTP server --------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        headers = dict(handler.headers.items())
        record = RecordedRequest(method, parts.path, query, headers, body, self._now())
        with self._lock:
            self._requests.append(record)
            throttled, rate_headers = self._take_rate_limit(parts.path)
            fault = None if throttled else self._take_fault(parts.path)
        if throttled:
            with self._lock:
                self._throttled.append(record)
            answer = _error(429, "Too many requests", **rate_headers)
        elif fault is not None and fault.kind == "drop" and not fault.after_processing:
            self._drop(handler)
            return
        elif fault is not None and fault.kind == "fail":
            answer = self._failure(fault)
        else:
            try:
                form = self._parse_form(headers, body)
            except _ApiError as failure:
                answer = _error(failure.status, failure.error)
            else:
                answer = self._route(_Call(method, parts.path, query, form, headers))
            if fault is not None and fault.kind == "drop":
                self._drop(handler)
                return
            if fault is not None and fault.kind == "malformed":
                answer = self._damage(answer, fault.malformed)
            if fault is not None and fault.kind == "delay":
                time.sleep(fault.seconds)
        answer.headers |= rate_headers
        try:
            self._send(handler, answer)
        except OSError:
            return
        record.status = answer.status

    @staticmethod
    def _drop(handler: BaseHTTPRequestHandler) -> None:
        drop_connection(handler)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, answer: _Answer) -> None:
        send_answer(handler, answer.status, answer.body, answer.content_type, answer.headers)

    @staticmethod
    def _parse_form(headers: dict[str, str], body: bytes) -> dict[str, list[str]]:
        """Form data as Rails reads it: urlencoded, multipart or a JSON object."""
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        if not body:
            return {}
        if content_type.startswith("application/json"):
            try:
                data = json.loads(body)
            except ValueError:
                raise _ApiError(400, "Error occurred while parsing request parameters") from None
            if not isinstance(data, dict):
                return {}
            form: dict[str, list[str]] = {}
            for key, value in data.items():
                items = value if isinstance(value, list) else [value]
                form[key] = [
                    ("true" if v else "false") if isinstance(v, bool) else str(v)
                    for v in items
                    if v is not None
                ]
            return form
        if content_type.startswith("multipart/form-data"):
            return multipart_fields(content_type, body)
        return parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)

    # -- rate limits and faults (caller holds the lock) -------------------------------

    def _take_rate_limit(self, path: str) -> tuple[bool, dict[str, str]]:
        """https://docs.joinmastodon.org/api/rate-limits/ — every /api/ request uses one."""
        if not path.startswith("/api/") or not self._rate_enabled:
            return False, {}
        now = self._now()
        if self._rate is None or now >= self._rate.reset_at:
            limit = self._rate.limit if self._rate else DEFAULT_RATE_LIMIT
            period = RATE_LIMIT_PERIOD.total_seconds()
            window_end = (int(now.timestamp() // period) + 1) * period
            self._rate = _RateLimit(limit, limit, datetime.fromtimestamp(window_end, UTC))
        rate = self._rate
        throttled = rate.remaining <= 0
        rate.remaining = max(0, rate.remaining - 1)
        reset = rate.reset_at.astimezone(UTC).isoformat(timespec="microseconds")
        return throttled, {
            "X-RateLimit-Limit": str(rate.limit),
            "X-RateLimit-Remaining": str(rate.remaining),
            "X-RateLimit-Reset": reset.replace("+00:00", "Z"),
        }

    def _take_fault(self, path: str) -> _Fault | None:
        for index, fault in enumerate(self._faults):
            if path.startswith(fault.prefix):
                return self._faults.pop(index)
        return None

    @staticmethod
    def _failure(fault: _Fault) -> _Answer:
        messages = {
            401: INVALID_TOKEN,
            403: "This action is not allowed",
            404: NOT_FOUND,
            422: "Validation failed",
            429: "Too many requests",
            500: "We're sorry, but something went wrong on our end.",
            502: "Bad gateway",
            503: "Service Unavailable",
            504: "Gateway timeout",
        }
        message = messages.get(fault.status, "Error")
        answer = (
            _html_page(fault.status, message) if fault.html_page else _error(fault.status, message)
        )
        if fault.retry_after is not None:
            answer.headers["Retry-After"] = str(fault.retry_after)
        return answer

    @staticmethod
    def _damage(answer: _Answer, kind: str) -> _Answer:
        if kind == "broken_json":
            answer.body = answer.body[: max(1, len(answer.body) // 2)]
            return answer
        payload = copy.deepcopy(answer.payload)
        target = payload[0] if isinstance(payload, list) and payload else payload
        if isinstance(target, dict):
            if kind == "missing_fields":
                for key in ("account", "created_at", "content"):
                    target.pop(key, None)
                if isinstance(target.get("status"), dict):
                    for key in ("account", "content", "visibility"):
                        target["status"].pop(key, None)
            else:  # wrong_types
                if "id" in target:
                    target["id"] = _as_int(str(target["id"])) or 0
                target["account"] = "not an account"
                if "status" in target:
                    target["status"] = ["not", "a", "status"]
        damaged = _json(payload, answer.status)
        damaged.headers = answer.headers
        return damaged

    # -- routing ----------------------------------------------------------------------

    def _route(self, call: _Call) -> _Answer:
        routes: list[tuple[str, str, Callable[..., _Answer]]] = [
            ("GET", r"/api/v1/accounts/verify_credentials", self._verify_credentials),
            ("GET", r"/api/v1/accounts/([^/]+)/statuses", self._account_statuses),
            ("GET", r"/api/v1/accounts/([^/]+)", self._get_account),
            ("GET", r"/api/v1/apps/verify_credentials", self._app_credentials),
            ("POST", r"/api/v1/apps", self._create_app),
            ("GET", r"/api/v2/instance", self._instance_v2),
            ("GET", r"/api/v1/instance", self._instance_v1),
            ("GET", r"/api/v1/notifications", self._list_notifications),
            ("GET", r"/api/v1/notifications/([^/]+)", self._get_notification),
            ("POST", r"/api/v1/statuses", self._post_status),
            ("GET", r"/api/v1/statuses/([^/]+)/context", self._status_context),
            ("GET", r"/api/v1/statuses/([^/]+)", self._get_status),
            ("GET", r"/oauth/authorize", self._authorize),
            ("POST", r"/oauth/token", self._oauth_token),
            ("POST", r"/oauth/revoke", self._oauth_revoke),
            ("GET", r"/\.well-known/oauth-authorization-server", self._oauth_metadata),
        ]
        path = call.path.rstrip("/") or "/"
        for method, pattern, handler in routes:
            match = re.fullmatch(pattern, path)
            if match and method == call.method:
                try:
                    with self._lock:
                        return handler(call, *match.groups())
                except _ApiError as failure:
                    return _error(
                        failure.status, failure.error, failure.description, **failure.headers
                    )
        # Rails answers unknown API routes with a JSON 404.
        return _error(404, "Not Found")

    # -- authentication ---------------------------------------------------------------

    def _bearer(self, call: _Call, *, required: bool) -> _Token | None:
        """The request's token, or 401 as documented on every method page."""
        header = call.header("Authorization")
        if header is None or not header.startswith("Bearer "):
            if required:
                raise _ApiError(401, INVALID_TOKEN)
            return None
        token = self._tokens.get(header.removeprefix("Bearer ").strip())
        if token is None or token.revoked or token.expired:
            reason = (
                "The access token was revoked"
                if token and token.revoked
                else "The access token expired"
                if token and token.expired
                else "The access token is invalid"
            )
            raise _ApiError(
                401,
                INVALID_TOKEN,
                **{
                    "WWW-Authenticate": (
                        'Bearer realm="Doorkeeper", error="invalid_token", '
                        f'error_description="{reason}"'
                    )
                },
            )
        return token

    def _user(self, call: _Call, *scopes: str) -> tuple[_Token, _Account]:
        """A user token holding one of ``scopes`` (``read`` covers ``read:…``)."""
        token = self._bearer(call, required=True)
        assert token is not None
        if not any(self._grants(token, scope) for scope in scopes):
            raise _ApiError(403, "This action is outside the authorized scopes")
        if token.account is None:
            raise _ApiError(422, "This method requires an authenticated user")
        return token, token.account

    @staticmethod
    def _grants(token: _Token, scope: str) -> bool:
        return scope in token.scopes or scope.split(":")[0] in token.scopes

    def _viewer(self, call: _Call) -> _Account | None:
        token = self._bearer(call, required=False)
        return token.account if token else None

    def _visible(self, status: _Status, viewer: _Account | None) -> bool:
        if status.visibility in ("public", "unlisted"):
            return True
        if viewer is None:
            return False
        # Followers-only statuses: nobody follows anybody here, so author and mentioned only.
        return viewer is status.account or viewer in status.mentions

    # -- accounts ---------------------------------------------------------------------

    def _verify_credentials(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/accounts/#verify_credentials"""
        _, account = self._user(call, "read:accounts", "profile")
        return _json(self._render_credential_account(account))

    def _get_account(self, call: _Call, account_id: str) -> _Answer:
        """https://docs.joinmastodon.org/methods/accounts/#get"""
        self._viewer(call)
        account = self._account_by_id(account_id)
        return _json(self._render_account(account))

    def _account_by_id(self, account_id: str) -> _Account:
        account = next((a for a in self._accounts.values() if a.id == account_id), None)
        if account is None:
            raise _ApiError(404, NOT_FOUND)
        return account

    def _account_statuses(self, call: _Call, account_id: str) -> _Answer:
        """https://docs.joinmastodon.org/methods/accounts/#statuses"""
        viewer = self._viewer(call)
        account = self._account_by_id(account_id)
        statuses = [
            s for s in self._statuses.values() if s.account is account and self._visible(s, viewer)
        ]
        if viewer is not account:  # the author sees all their own posts, direct ones too
            statuses = [s for s in statuses if s.visibility != "direct"]
        if _truthy(call.get("exclude_replies")):
            statuses = [
                s
                for s in statuses
                if s.in_reply_to_id is None or s.in_reply_to_account_id == account.id
            ]
        if _truthy(call.get("only_media")) or _truthy(call.get("pinned")):
            statuses = []  # nothing here has media or is pinned
        tagged = call.get("tagged")
        if tagged:
            needle = f"#{tagged.lower()}"
            statuses = [s for s in statuses if needle in re.sub(r"<[^>]+>", "", s.content).lower()]
        keep = ("limit", "only_media", "exclude_replies", "exclude_reblogs", "pinned", "tagged")
        return self._page(
            call,
            [(int(s.id), s) for s in statuses],
            self._render_status,
            default_limit=20,
            max_limit=40,
            keep=keep,
        )

    # -- paging -----------------------------------------------------------------------

    def _page(
        self,
        call: _Call,
        items: list[tuple[int, Any]],
        render: Callable[[Any], dict[str, Any]],
        *,
        default_limit: int,
        max_limit: int,
        keep: tuple[str, ...],
    ) -> _Answer:
        """Paging as in https://docs.joinmastodon.org/api/guidelines/#pagination:

        ``max_id`` upper bound; ``since_id`` lower bound, newest page first; ``min_id`` the
        page immediately newer than it (oldest first, then returned newest first; it wins
        over ``since_id``). ``Link``: ``next`` (older, ``max_id``) when the page is full,
        ``prev`` (newer, ``min_id``) when it is not empty.
        """
        raw_limit = call.get("limit")
        limit = default_limit if raw_limit is None else _as_int(raw_limit.lstrip("-"))
        limit = max(1, min(limit or default_limit, max_limit))
        max_id, since_id, min_id = (
            _as_int(call.get(name)) for name in ("max_id", "since_id", "min_id")
        )
        if max_id is not None:
            items = [item for item in items if item[0] < max_id]
        if min_id is not None:
            page = sorted((i for i in items if i[0] > min_id), key=lambda i: i[0])[:limit]
            page.reverse()
        else:
            if since_id is not None:
                items = [item for item in items if item[0] > since_id]
            page = sorted(items, key=lambda i: -i[0])[:limit]
        links = []
        kept = [
            (key, value)
            for name in keep
            for key in (name, f"{name}[]")
            for value in call.query.get(key, [])
        ]
        if page and len(page) == limit:
            links.append(f'<{self._url(call.path, kept, max_id=page[-1][0])}>; rel="next"')
        if page:
            links.append(f'<{self._url(call.path, kept, min_id=page[0][0])}>; rel="prev"')
        answer = _json([render(item) for _, item in page])
        if links:
            answer.headers["Link"] = ", ".join(links)
        return answer

    def _url(self, path: str, kept: list[tuple[str, str]], **cursor: int) -> str:
        pairs = list(dict.fromkeys(kept)) + [(k, str(v)) for k, v in cursor.items()]
        base = urlsplit(self.base_url)
        return urlunsplit((base.scheme, base.netloc, path, urlencode(pairs), ""))

    # -- notifications ----------------------------------------------------------------

    def _list_notifications(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/notifications/#get"""
        _, account = self._user(call, "read:notifications")
        types = set(call.values("types"))
        excluded = set(call.values("exclude_types"))
        from_account = call.get("account_id")
        chosen = [
            n
            for n in self._notifications
            if n.recipient is account
            and (not types or n.type in types)
            and n.type not in excluded
            and (from_account is None or n.account.id == from_account)
        ]
        return self._page(
            call,
            [(n.id, n) for n in chosen],
            self._render_notification,
            default_limit=40,
            max_limit=80,
            keep=("limit", "types", "exclude_types", "account_id"),
        )

    def _get_notification(self, call: _Call, notification_id: str) -> _Answer:
        """https://docs.joinmastodon.org/methods/notifications/#get-one"""
        _, account = self._user(call, "read:notifications")
        wanted = _as_int(notification_id)
        note = next(
            (n for n in self._notifications if n.id == wanted and n.recipient is account), None
        )
        if note is None:
            raise _ApiError(404, NOT_FOUND)
        return _json(self._render_notification(note))

    # -- statuses ---------------------------------------------------------------------

    def _get_status(self, call: _Call, status_id: str) -> _Answer:
        """https://docs.joinmastodon.org/methods/statuses/#get"""
        viewer = self._viewer(call)
        status = self._statuses.get(status_id)
        if status is None or not self._visible(status, viewer):
            raise _ApiError(404, NOT_FOUND)
        return _json(self._render_status(status))

    def _status_context(self, call: _Call, status_id: str) -> _Answer:
        """https://docs.joinmastodon.org/methods/statuses/#context"""
        viewer = self._viewer(call)
        status = self._statuses.get(status_id)
        if status is None or not self._visible(status, viewer):
            raise _ApiError(404, NOT_FOUND)
        ancestors: list[_Status] = []
        parent_id = status.in_reply_to_id
        while parent_id and parent_id in self._statuses:
            parent = self._statuses[parent_id]
            ancestors.insert(0, parent)
            parent_id = parent.in_reply_to_id
        descendants: list[_Status] = []
        frontier = [status.id]
        while frontier:
            children = sorted(
                (s for s in self._statuses.values() if s.in_reply_to_id in frontier),
                key=lambda s: int(s.id),
            )
            descendants += children
            frontier = [c.id for c in children]
        return _json(
            {
                "ancestors": [
                    self._render_status(s) for s in ancestors if self._visible(s, viewer)
                ],
                "descendants": [
                    self._render_status(s) for s in descendants if self._visible(s, viewer)
                ],
            }
        )

    def _post_status(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/statuses/#create"""
        token, author = self._user(call, "write:statuses")
        key = call.header("Idempotency-Key")
        now = self._now()
        if key:
            # "Idempotency keys are stored for up to 1 hour" — per account.
            remembered = self._idempotency.get((author.id, key))
            if remembered and now - remembered[1] < IDEMPOTENCY_TTL:
                existing = self._statuses.get(remembered[0])
                if existing is not None:
                    return _json(self._render_status(existing))
        text = call.get("status") or ""
        spoiler_text = call.get("spoiler_text") or ""
        visibility = call.get("visibility") or "public"
        in_reply_to_id = call.get("in_reply_to_id") or None
        if not text.strip() and not call.values("media_ids"):
            raise _ApiError(422, "Validation failed: Text can't be blank")
        if visibility not in VISIBILITIES:
            raise _ApiError(422, "Validation failed: Visibility is not included in the list")
        if _countable_length(text + spoiler_text) > self.max_characters:
            raise _ApiError(
                422, f"Validation failed: Text character limit of {self.max_characters} exceeded"
            )
        if in_reply_to_id is not None:
            parent = self._statuses.get(in_reply_to_id)
            if parent is None or not self._visible(parent, author):
                raise _ApiError(404, NOT_FOUND)
        mentioned = self._mentioned_accounts(text)
        status = self._create_status(
            author,
            content=self._format_text(text),
            text=text,
            visibility=visibility,
            in_reply_to_id=in_reply_to_id,
            mentioned=mentioned,
            spoiler_text=spoiler_text,
            created_at=now,
            application={"name": token.app.name, "website": token.app.website},
        )
        if key:
            self._idempotency[(author.id, key)] = (status.id, now)
        self._created.append(
            CreatedStatus(
                id=status.id,
                idempotency_key=key,
                text=text,
                visibility=visibility,
                in_reply_to_id=in_reply_to_id,
                spoiler_text=spoiler_text,
                author=author.acct,
                mentions=tuple(a.acct for a in mentioned),
                created_at=now,
            )
        )
        return _json(self._render_status(status))

    def _mentioned_accounts(self, text: str) -> list[_Account]:
        found: list[_Account] = []
        for match in _MENTION_RE.finditer(text):
            user, host = match.group(1), match.group(2)
            acct = user if host in (None, self.domain) else f"{user}@{host}"
            account = self._accounts.get(acct)
            if account is not None and account not in found:
                found.append(account)
        return found

    def _format_text(self, text: str) -> str:
        """Plain text to Mastodon's HTML: paragraphs, <br />, links and h-card mentions."""

        def inline(chunk: str) -> str:
            out: list[str] = []
            position = 0
            tokens = sorted(
                [(m.start(), m.end(), "url", m) for m in _URL_RE.finditer(chunk)]
                + [(m.start(), m.end(), "mention", m) for m in _MENTION_RE.finditer(chunk)],
                key=lambda t: t[0],
            )
            for start, end, kind, match in tokens:
                if start < position:
                    continue
                out.append(html.escape(chunk[position:start], quote=False))
                if kind == "url":
                    url = match.group(0)
                    out.append(
                        f'<a href="{html.escape(url)}" target="_blank" rel="nofollow noopener">'
                        f"{html.escape(url, quote=False)}</a>"
                    )
                else:
                    user, host = match.group(1), match.group(2)
                    acct = user if host in (None, self.domain) else f"{user}@{host}"
                    account = self._accounts.get(acct)
                    if account is None:
                        out.append(html.escape(match.group(0), quote=False))
                    else:
                        out.append(
                            '<span class="h-card" translate="no">'
                            f'<a href="{html.escape(account.url)}" class="u-url mention">'
                            f"@<span>{html.escape(account.username)}</span></a></span>"
                        )
                position = end
            out.append(html.escape(chunk[position:], quote=False))
            return "".join(out)

        paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p]
        return "".join(
            "<p>" + "<br />".join(inline(line) for line in p.split("\n")) + "</p>"
            for p in paragraphs
        )

    # -- instance ---------------------------------------------------------------------

    def _instance_v2(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/instance/#v2"""
        if _version_tuple(self.version) < (4, 0):
            return _error(404, "Not Found")
        return _json(
            {
                "domain": self.domain,
                "title": "Social Test",
                "version": self.version,
                "source_url": "https://github.com/mastodon/mastodon",
                "description": "A Mastodon test server",
                "usage": {"users": {"active_month": len(self._accounts)}},
                "thumbnail": {"url": f"https://{self.domain}/thumbnail.png"},
                "languages": ["en"],
                "configuration": {
                    "urls": {"streaming": f"wss://{self.domain}", "status": None},
                    "vapid": {
                        "public_key": "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0"
                    },
                    "accounts": {"max_featured_tags": 10, "max_pinned_statuses": 5},
                    "statuses": {
                        "max_characters": self.max_characters,
                        "max_media_attachments": 4,
                        "characters_reserved_per_url": URL_LENGTH,
                    },
                    "media_attachments": {"supported_mime_types": ["image/png"]},
                    "polls": {"max_options": 4, "max_characters_per_option": 50},
                    "translation": {"enabled": False},
                },
                "registrations": {"enabled": False, "approval_required": False, "message": None},
                "api_versions": {"mastodon": 2},
                "contact": {"email": f"admin@{self.domain}", "account": None},
                "rules": [],
            }
        )

    def _instance_v1(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/instance/#v1"""
        return _json(
            {
                "uri": self.domain,
                "title": "Social Test",
                "short_description": "A Mastodon test server",
                "description": "",
                "email": f"admin@{self.domain}",
                "version": self.version,
                "urls": {"streaming_api": f"wss://{self.domain}"},
                "stats": {
                    "user_count": len(self._accounts),
                    "status_count": len(self._statuses),
                    "domain_count": 1,
                },
                "thumbnail": None,
                "languages": ["en"],
                "registrations": False,
                "approval_required": False,
                "invites_enabled": False,
                "configuration": {
                    "statuses": {
                        "max_characters": self.max_characters,
                        "max_media_attachments": 4,
                        "characters_reserved_per_url": URL_LENGTH,
                    }
                },
                "contact_account": None,
                "rules": [],
            }
        )

    # -- OAuth ------------------------------------------------------------------------

    def _create_app(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/apps/#create"""
        name = (call.get("client_name") or "").strip()
        if not name:
            raise _ApiError(422, "Validation failed: Application name can't be blank")
        uris = [u for value in call.values("redirect_uris") for u in value.split("\n") if u]
        if not uris:
            raise _ApiError(422, "Validation failed: Redirect URI can't be blank")
        for uri in uris:
            if uri != OOB and not (urlsplit(uri).scheme and urlsplit(uri).netloc):
                raise _ApiError(422, "Validation failed: Redirect URI must be an absolute URI.")
        scopes = (call.get("scopes") or "read").split()
        unknown = [s for s in scopes if s not in ALL_SCOPES]
        if unknown:
            raise _ApiError(422, "Validation failed: Scopes must be one of the known scopes")
        app = self._register_app(name, call.get("website"), uris, scopes)
        return _json(self._render_app(app, credentials=True))

    def _app_credentials(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/apps/#verify_credentials"""
        token = self._bearer(call, required=True)
        assert token is not None
        return _json(self._render_app(token.app, credentials=False))

    def _app_by_client_id(self, client_id: str | None) -> _App | None:
        return next((a for a in self._apps if a.client_id == client_id), None)

    def _authorize(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/oauth/#authorize — auto-approved.

        Like Doorkeeper, an unknown client or redirect URI gets an error page (no redirect);
        other errors go back to the redirect URI with ``error`` and ``state``.
        """
        app = self._app_by_client_id(call.get("client_id"))
        if app is None:
            return _html_page(401, "invalid_client: Client authentication failed.")
        redirect_uri = call.get("redirect_uri") or ""
        if redirect_uri not in app.redirect_uris:
            return _html_page(400, "invalid_redirect_uri: The redirect URI is not registered.")
        state = call.get("state")
        scope = call.get("scope") or call.get("scopes") or "read"
        pkce = _version_tuple(self.version) >= (4, 3)
        challenge = call.get("code_challenge") if pkce else None
        method = call.get("code_challenge_method") if pkce else None

        def back(**params: str) -> _Answer:
            if state is not None:
                params["state"] = state
            if redirect_uri == OOB:
                return _html_page(200, " ".join(f"{k}={v}" for k, v in params.items()))
            separator = "&" if urlsplit(redirect_uri).query else "?"
            return _Answer(
                302, b"", "text/html", {"Location": redirect_uri + separator + urlencode(params)}
            )

        if call.get("response_type") != "code":
            return back(
                error="unsupported_response_type",
                error_description="The authorization server does not support this response type.",
            )
        if not set(scope.split()) <= set(app.scopes):
            return back(
                error="invalid_scope",
                error_description="The requested scope is invalid, unknown, or malformed.",
            )
        if challenge is not None and method != "S256":
            return back(
                error="invalid_request",
                error_description="The code challenge method must be S256.",
            )
        account = self._account(self.authorize_as)
        if self._deny_next:
            self._deny_next = False
            self._authorizations.append(
                Authorization(
                    app.client_id, redirect_uri, scope, state, challenge, method, None, None
                )
            )
            return back(
                error="access_denied",
                error_description="The resource owner or authorization server denied the request.",
            )
        code = secrets.token_urlsafe(32)
        self._codes[code] = _Code(
            code, app, redirect_uri, scope, account, challenge, method, self._now()
        )
        self._authorizations.append(
            Authorization(
                app.client_id, redirect_uri, scope, state, challenge, method, code, account.acct
            )
        )
        return back(code=code)

    def _client(self, call: _Call) -> _App:
        """client_secret_post or client_secret_basic, as the metadata advertises."""
        client_id, client_secret = call.get("client_id"), call.get("client_secret")
        header = call.header("Authorization") or ""
        if header.startswith("Basic "):
            try:
                decoded = base64.b64decode(header[6:]).decode()
                client_id, _, client_secret = decoded.partition(":")
            except ValueError:
                pass
        app = self._app_by_client_id(client_id)
        if app is None or not secrets.compare_digest(app.client_secret, client_secret or ""):
            raise _ApiError(
                401,
                "invalid_client",
                "Client authentication failed due to unknown client, no client authentication "
                "included, or unsupported authentication method.",
            )
        return app

    def _oauth_token(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/oauth/#token (PKCE since 4.3.0)"""
        grant_type = call.get("grant_type")
        if grant_type not in ("authorization_code", "client_credentials"):
            raise _ApiError(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
            )
        app = self._client(call)
        invalid_grant = _ApiError(
            400,
            "invalid_grant",
            "The provided authorization grant is invalid, expired, revoked, does not match the "
            "redirection URI used in the authorization request, or was issued to another client.",
        )
        if grant_type == "client_credentials":
            scopes = (call.get("scope") or "read").split()
            if not set(scopes) <= set(app.scopes):
                raise _ApiError(
                    400, "invalid_scope", "The requested scope is invalid, unknown, or malformed."
                )
            value = self._new_token(None, scopes, app)
            return self._token_answer(value)
        code = self._codes.get(call.get("code") or "")
        if (
            code is None
            or code.used
            or code.app is not app
            or self._now() - code.created_at > AUTHORIZATION_CODE_TTL
            or call.get("redirect_uri") != code.redirect_uri
        ):
            raise invalid_grant
        if code.challenge is not None:
            verifier = call.get("code_verifier")
            if verifier is None or not secrets.compare_digest(_pkce_s256(verifier), code.challenge):
                raise invalid_grant
        code.used = True
        value = self._new_token(code.account, code.scopes.split(), app)
        return self._token_answer(value)

    def _token_answer(self, value: str) -> _Answer:
        """https://docs.joinmastodon.org/entities/Token/"""
        token = self._tokens[value]
        return _json(
            {
                "access_token": value,
                "token_type": "Bearer",
                "scope": " ".join(sorted(token.scopes)),
                "created_at": int(token.created_at.timestamp()),
            }
        )

    def _oauth_revoke(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/oauth/#revoke"""
        app = self._client(call)
        value = call.get("token")
        token = self._tokens.get(value or "")
        if value is None or (token is not None and token.app is not app):
            raise _ApiError(
                403, "unauthorized_client", "You are not authorized to revoke this token"
            )
        if token is not None:
            token.revoked = True
        return _json({})

    def _oauth_metadata(self, call: _Call) -> _Answer:
        """https://docs.joinmastodon.org/methods/oauth/#authorization-server-metadata"""
        if _version_tuple(self.version) < (4, 3):
            return _error(404, "Not Found")
        base = self.base_url
        return _json(
            {
                "issuer": f"{base}/",
                "service_documentation": f"{DOCS}/",
                "authorization_endpoint": f"{base}/oauth/authorize",
                "token_endpoint": f"{base}/oauth/token",
                "app_registration_endpoint": f"{base}/api/v1/apps",
                "revocation_endpoint": f"{base}/oauth/revoke",
                "scopes_supported": ALL_SCOPES,
                "response_types_supported": ["code"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "code_challenge_methods_supported": ["S256"],
                "grant_types_supported": ["authorization_code", "client_credentials"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_basic",
                    "client_secret_post",
                ],
            }
        )


def _html_page(status: int, message: str) -> _Answer:
    page = f"<!DOCTYPE html><html><body><p>{html.escape(message)}</p></body></html>"
    return _Answer(status, page.encode(), "text/html; charset=utf-8")


def _countable_length(text: str) -> int:
    """Mastodon's count: URLs count 23, ``@user@domain`` counts as ``@user``, graphemes."""
    text = _URL_RE.sub("x" * URL_LENGTH, text)
    text = _MENTION_RE.sub(lambda m: "@" + m.group(1), text)
    return len(regex.findall(r"\X", text))
