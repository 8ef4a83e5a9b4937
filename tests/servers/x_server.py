"""An X API v2 test server: a real HTTP server on 127.0.0.1 speaking what X documents.

Written from X's own documentation (docs.x.com, whose source is github.com/xdevplatform/docs,
including its ``openapi.json``, "X API v2 core endpoints" 2.167), with the error texts X's
server is seen to send where the docs give none, and not from any connector: the X
connector's tests must not test one reading of the docs against itself. Standard library
only; serves on an ephemeral port from a background thread. All public methods are
thread-safe.

Documented behaviours implemented, and where they come from::

    OAuth 2.0 Authorization Code Flow with PKCE
      (fundamentals/authentication/oauth-2-0/authorization-code and .../user-access-token)
      GET /i/oauth2/authorize (x.com's page; here on the same host): response_type=code,
        client_id, redirect_uri (exact match with a registered callback URL), scope, state
        (up to 500 characters), code_challenge, code_challenge_method S256 or plain. The
        user approves (or is made to deny: error=access_denied, RFC 6749 4.1.2.1) and is
        redirected to redirect_uri?state=…&code=…. The code lives 30 seconds.
      POST /2/oauth2/token, application/x-www-form-urlencoded:
        grant_type=authorization_code with code, redirect_uri, code_verifier (checked
        against the challenge); grant_type=refresh_token with refresh_token. A public
        client sends client_id in the body; a confidential client authenticates with
        HTTP Basic (client_id:client_secret) and needs no client_id in the body.
        Answer: {"token_type": "bearer", "expires_in": 7200, "access_token", "scope",
        "refresh_token" (only with the offline.access scope)}. Access tokens live two
        hours (``access_token_lifetime``). A refresh token is used once: refreshing gives
        a new refresh token and the old one is refused.
        Errors (400, as X's server sends them): {"error": "invalid_request",
        "error_description": "Missing required parameter [code_verifier]." | "Value passed
        for the authorization code was invalid." | "Value passed for the code verifier did
        not match the code challenge." | "Value passed for the token was invalid."};
        401 {"error": "unauthorized_client", "error_description": "Missing valid
        authorization header"} for a confidential client without (or with wrong) Basic
        credentials or an unknown client; 400 unsupported_grant_type (RFC 6749 5.2).
      POST /2/oauth2/revoke with token (+ client_id, or Basic): {"revoked": true}.
    Errors of the API (x-api/fundamentals/response-codes-and-errors; bodies as X sends them)
      401 {"title": "Unauthorized", "type": "about:blank", "status": 401,
           "detail": "Unauthorized"} for a missing, unknown, expired or revoked token;
      400 {"errors": [{"parameters": {NAME: [VALUE]}, "message": …}], "title": "Invalid
           Request", "detail": "One or more parameters to your request was invalid.",
           "type": "https://api.twitter.com/2/problems/invalid-request"};
      200 with only {"errors": [{… "type": "https://api.twitter.com/2/problems/
           resource-not-found", "resource_type": "user", …}]} for an unknown user id;
      403 {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": …}.
    Rate limits (x-api/fundamentals/rate-limits): every authenticated API answer carries
      x-rate-limit-limit, x-rate-limit-remaining, x-rate-limit-reset (Unix seconds) of its
      endpoint's 15-minute window per user: GET /2/users/me 75, GET /2/users/:id/mentions
      300, GET /2/users/:id/tweets 900, POST /2/tweets 100. When none remain: 429 {"title":
      "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status":
      429} (what X's server sends; the rate-limits page shows the v1.1 body
      {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}, which
      ``too_many_requests_body="code88"`` serves instead).
    GET /2/users/me (x-api/users/get-my-user): {"data": User}; user.fields.
    GET /2/users/:id/mentions (x-api/users/get-mentions, posts/timelines/introduction):
      newest first; max_results 5–100 (default 10); since_id / until_id (exclusive, since
      < until); start_time / end_time; pagination_token (meta.next_token, or
      meta.previous_token for the newer page); tweet.fields (alias post.fields);
      expansions author_id, in_reply_to_user_id, entities.mentions.username (includes.
      users) and referenced_tweets.id (includes.tweets); user.fields. meta: result_count,
      newest_id, oldest_id, next_token, previous_token; an empty page is {"meta":
      {"result_count": 0}} without "data". Only the 800 most recent mentions are
      reachable: older ones are never returned, whatever since_id/until_id say.
    GET /2/users/:id/tweets (x-api/users/get-posts): the user's own posts, the same way
      (3,200 reachable), exclude=replies,retweets.
    POST /2/tweets (x-api/posts/create-post): JSON {"text", "reply":
      {"in_reply_to_tweet_id"}} (no properties but the schema's: 400 otherwise) → 201
      {"data": {"id", "text", "edit_history_tweet_ids"}}.
      The same text again from the same account (within ``duplicate_window``): 403
      {"detail": "You are not allowed to create a Tweet with duplicate content.", "type":
      "about:blank", "title": "Forbidden", "status": 403}. A malformed reply id: 400
      invalid-request; a reply to a post that does not exist or was deleted: 403 "You
      attempted to reply to a Tweet that is deleted or not visible to you." (v1.1 code
      385, as v2 surfaces it). Self-serve tiers may reply only when "summoned": the post
      replied to must @mention the replying account (x-api/posts/manage-tweets/integrate,
      changelog 2026-02-23); otherwise 403 "Reply to this conversation is not allowed
      because you have not been mentioned or otherwise engaged by the author of the post
      you are replying to." (quoting, the other way to summon, is not modelled). No
      idempotency: a repeat is a new post (or a duplicate).

Not modelled: the 280-character count, media, polls, quotes, app-only Bearer tokens,
OAuth 1.0a, the 24-hour app/user caps of POST /2/tweets, usage caps (pay-per-use).

Public API::

    XServer(*, now: Callable[[], datetime] | None = None, business_username="business",
            business_name="The Business", client_id="x-test-client",
            client_secret: str | None = None, callback_urls: list[str] | None = None,
            access_token_lifetime=timedelta(hours=2), duplicate_window=timedelta(hours=24),
            too_many_requests_body="problem", reply_restriction=True)
        context manager; start() -> XServer; stop() -> None
        .base_url          http://127.0.0.1:PORT — the API host (api.x.com's stand-in)
        .authorize_url     base_url + "/i/oauth2/authorize" (x.com's page's stand-in)
        .token_url         base_url + "/2/oauth2/token"
        .revoke_url        base_url + "/2/oauth2/revoke"
        .client_id         the default app (public unless client_secret is given); with
                           callback_urls None it accepts any http://127.0.0.1:PORT/… or
                           http://localhost:PORT/… redirect_uri (a loopback app); otherwise
                           the exact URLs listed
        .business: dict    the signed-in account's User (id, name, username, …)
        .access_token_lifetime, .duplicate_window, .reply_restriction   settable
        reply_restriction: self-serve (pay-per-use) rule since 2026-02-23: a reply is
             refused unless the post replied to mentions the replying account (or is its
             own); False is the Enterprise tier, which may reply to anything
        now: the server's clock (token expiry, code expiry, rate-limit windows, created_at
             of posts, duplicate window, the Date header). Pass ``FakeClock(...).now``.

    Apps and tokens
        add_client(client_id, client_secret=None, callback_urls=None) -> None
        issue_token(username="business", scope=DEFAULT_SCOPE) -> dict   a token answer as
            the token endpoint gives it (access_token, refresh_token, expires_in, …) without
            the browser; for --secret-stdin tests
        revoke_token(token) -> None        that access or refresh token is dead (401)
        revoke_grant(username="business") -> None   the user removed the app at
            x.com/settings/connected_apps: every token of theirs is dead, refresh refused
        expire_token(access_token) -> None expired now
        deny_next_authorization() -> None  the next authorize redirects error=access_denied
        .authorizations -> list[Authorization]   every authorize that reached approval

    People and posts (created directly, not recorded as requests)
        add_user(username, name=None, *, description="", location=None, url=None,
                 profile_image_url=None, verified=False, protected=False,
                 created_at=None, followers_count=0) -> dict   User with every field
        post(author, text, *, in_reply_to_tweet_id=None, created_at=None) -> dict
            a post by a known user (all fields). "@username" of known users become
            mention entities; a post mentioning the business is in its mentions timeline
        mention(author, text=None, *, created_at=None) -> dict   a post by author that
            mentions the business ("@business " is put in front unless the text has it)
        reply(author, to_tweet_id, text, *, created_at=None) -> dict   a customer's reply
            (X puts "@parent_author " in front of a reply's text; a reply to the business
            is therefore in its mentions)
        user(username) -> dict                 that user's User with every field
        add_mentions(count, author=None, *, start=None, step=timedelta(minutes=1))
            -> list[dict]   many mentions at once (oldest first), for paging tests
        delete_tweet(tweet_id) -> None
        tweet(tweet_id) -> dict
        .created_via_api -> list[CreatedTweet]   one per post actually created by POST

    Rate limits (endpoint: "GET /2/users/me", "GET /2/users/:id/mentions",
    "GET /2/users/:id/tweets" or "POST /2/tweets")
        set_rate_limit(endpoint, limit, remaining=None, reset_at=None,
                       username="business") -> None
        exhaust_rate_limit(endpoint, reset_at=None, username="business") -> None
            the next request answers 429 until reset_at (default: 15 minutes from now)
        rate_limit(endpoint, username="business") -> RateWindow | None

    Faults (path_prefix matches the start of the path; method None = any)
        drop_next(path_prefix, times=1, *, after_processing=False, method=None)
            the connection closes without an answer; after_processing=True does the work
            first (POST /2/tweets creates the post), as when the answer is lost
        cut_next(path_prefix, times=1, *, method=None)   the work is done, the answer's
            status, headers and half its body are sent, then the connection ends
        fail_next(path_prefix, status=503, times=1, *, method=None)   X's Problem body,
            nothing done

    Inspection
        .requests -> list[RecordedRequest]   every request in arrival order
        requests_to(path_prefix, method=None) -> list[RecordedRequest]
        count(path_prefix="", method=None) -> int
        .throttled -> list[RecordedRequest]  answered 429

Post ids are snowflakes: ((milliseconds − 1288834974657) << 22) | sequence, so they grow
with created_at; compare them as numbers (they all have 19 digits here, so strings work too).
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlencode, urlsplit

from tests.servers.local_http import RecordedRequest, ServedHttp, clocked_handler
from tests.servers.running import StartedInWith
from tests.servers.served_calls import (
    Answer,
    Call,
    FaultQueue,
    is_loopback,
    pkce_s256,
    same,
    serve_with_faults,
)


def _words(text: str) -> list[str]:
    """The space-separated names of a long list, written as one readable string."""
    return text.split()


TWITTER_EPOCH_MS = 1288834974657
DEFAULT_SCOPE = "tweet.read tweet.write users.read offline.access"
AUTHORIZATION_CODE_TTL = timedelta(seconds=30)
STATE_MAX_LENGTH = 500
MENTIONS_REACH = 800
USER_TWEETS_REACH = 3200
RATE_WINDOW = timedelta(minutes=15)
ME = "GET /2/users/me"
MENTIONS = "GET /2/users/:id/mentions"
USER_TWEETS = "GET /2/users/:id/tweets"
CREATE_TWEET = "POST /2/tweets"
DEFAULT_RATE_LIMITS = {ME: 75, MENTIONS: 300, USER_TWEETS: 900, CREATE_TWEET: 100}
ID_PATTERN = re.compile(r"[0-9]{1,19}")
ID_RULE = "^[0-9]{1,19}$"
PROBLEMS = "https://api.twitter.com/2/problems"
SCOPES = frozenset(
    _words(
        "tweet.read tweet.write tweet.moderate.write users.email users.read follows.read "
        "follows.write offline.access space.read mute.read mute.write like.read like.write "
        "list.read list.write block.read block.write bookmark.read bookmark.write dm.read "
        "dm.write media.write"
    )
)
READ_SCOPES = frozenset({"tweet.read", "users.read"})
WRITE_SCOPES = frozenset({"tweet.read", "tweet.write", "users.read"})
# The Post and User fields X accepts (openapi.json); the ones this server has values for
# are rendered, the others are accepted and left out, as X leaves out empty fields.
TWEET_FIELDS = frozenset(
    _words(
        "article attachments author_id card_uri community_id context_annotations "
        "conversation_id created_at display_text_range edit_controls edit_history_tweet_ids "
        "entities geo id in_reply_to_user_id lang media_metadata non_public_metrics "
        "note_tweet organic_metrics possibly_sensitive promoted_metrics public_metrics "
        "referenced_tweets reply_settings scopes source suggested_source_links text withheld"
    )
)
USER_FIELDS = frozenset(
    _words(
        "affiliation confirmed_email connection_status created_at description entities id "
        "is_identity_verified location most_recent_tweet_id name parody pinned_tweet_id "
        "profile_banner_url profile_image_url protected public_metrics receives_your_dm "
        "subscription subscription_type url username verified verified_followers_count "
        "verified_type withheld"
    )
)
TWEET_EXPANSIONS = frozenset(
    _words(
        "article.cover_media article.media_entities attachments.media_keys "
        "attachments.media_source_tweet attachments.poll_ids author_id edit_history_tweet_ids "
        "entities.mentions.username geo.place_id in_reply_to_user_id "
        "entities.note.mentions.username referenced_tweets.id referenced_tweets.id.author_id"
    )
)
TIMELINE_PARAMETERS = frozenset(
    _words(
        "max_results pagination_token start_time end_time since_id until_id tweet.fields "
        "post.fields expansions user.fields media.fields poll.fields place.fields"
    )
)
# The properties of CreatePostsRequest and CreatePostsReply (openapi.json), which allow no
# others ("additionalProperties": false).
CREATE_PROPERTIES = frozenset(
    _words(
        "card_uri community_id direct_message_deep_link edit_options for_super_followers_only "
        "geo made_with_ai media nullcast paid_partnership poll quote_tweet_id reply "
        "reply_settings share_with_followers text"
    )
)
REPLY_PROPERTIES = frozenset(
    {"auto_populate_reply_metadata", "exclude_reply_user_ids", "in_reply_to_tweet_id"}
)
ME_PARAMETERS = frozenset({"user.fields", "expansions", "tweet.fields", "post.fields"})
STATUS_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}

JSONValue = Any


@dataclass(frozen=True)
class CreatedTweet:
    """A post created by POST /2/tweets (a refused duplicate creates none)."""

    id: str
    text: str
    in_reply_to_tweet_id: str | None
    author: str  # username
    created_at: datetime


@dataclass(frozen=True)
class Authorization:
    """One GET /i/oauth2/authorize that reached the approval step."""

    client_id: str
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str
    code_challenge_method: str
    code: str | None  # None when denied
    username: str | None


@dataclass
class RateWindow:
    limit: int
    remaining: int
    reset_at: datetime


@dataclass(eq=False)
class _User:
    id: str
    username: str
    name: str
    description: str
    location: str | None
    url: str | None
    profile_image_url: str
    verified: bool
    protected: bool
    created_at: datetime
    followers_count: int


@dataclass(eq=False)
class _Tweet:
    id: str
    author: _User
    text: str
    created_at: datetime
    in_reply_to: _Tweet | None
    conversation_id: str
    mentions: list[tuple[int, int, _User]]  # start, end (code points), user
    via_api: bool = False
    deleted: bool = False

    def mentions_user(self, user: _User) -> bool:
        return any(mentioned is user for _, _, mentioned in self.mentions)


@dataclass(eq=False)
class _Client:
    client_id: str
    client_secret: str | None  # None: a public client
    callback_urls: list[str] | None  # None: any loopback URL


@dataclass(eq=False)
class _Grant:
    """One approval of an app by a user; its tokens live and die with it."""

    user: _User
    client: _Client
    scope: str
    revoked: bool = False


@dataclass(eq=False)
class _AccessToken:
    value: str
    grant: _Grant
    expires_at: datetime
    revoked: bool = False


@dataclass(eq=False)
class _RefreshToken:
    value: str
    grant: _Grant
    used: bool = False
    revoked: bool = False


@dataclass(eq=False)
class _Code:
    value: str
    client: _Client
    redirect_uri: str
    scope: str
    user: _User
    challenge: str
    method: str
    created_at: datetime
    used: bool = False


class _Refusal(Exception):
    """An answer other than success, raised from deep inside a handler."""

    def __init__(self, status: int, body: JSONValue) -> None:
        super().__init__(status)
        self.status = status
        self.body = body


def _json(payload: JSONValue, status: int = 200, **headers: str) -> Answer:
    return Answer(status, json.dumps(payload).encode(), headers=dict(headers))


def _problem(status: int, detail: str | None = None) -> _Refusal:
    """X's generic error body (type about:blank)."""
    title = STATUS_TITLES.get(status, "Error")
    return _Refusal(
        status,
        {"title": title, "type": "about:blank", "status": status, "detail": detail or title},
    )


def _invalid(parameter: str, values: list[str], message: str) -> _Refusal:
    """400 invalid-request with one parameter error, as X's server words them."""
    return _Refusal(
        400,
        {
            "errors": [{"parameters": {parameter: values}, "message": message}],
            "title": "Invalid Request",
            "detail": "One or more parameters to your request was invalid.",
            "type": f"{PROBLEMS}/invalid-request",
        },
    )


def _oauth_error(status: int, error: str, description: str) -> _Refusal:
    return _Refusal(status, {"error": error, "error_description": description})


def _missing(parameter: str) -> _Refusal:
    return _oauth_error(400, "invalid_request", f"Missing required parameter [{parameter}].")


def _iso(moment: datetime) -> str:
    """X's timestamps: ISO 8601 in UTC with milliseconds and Z."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _page_token(direction: str, tweet_id: str) -> str:
    """An opaque, base32hex-encoded pagination token (the docs' word for X's tokens)."""
    raw = f"{direction}:{tweet_id}".encode()
    return base64.b32hexencode(raw).decode().rstrip("=").lower()


def _read_page_token(token: str) -> tuple[str, int]:
    padded = token.upper() + "=" * (-len(token) % 8)
    try:
        direction, _, number = base64.b32hexdecode(padded).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise _invalid(
            "pagination_token",
            [token],
            f"The `pagination_token` query parameter value [{token}] is not valid",
        ) from None
    if direction not in ("next", "prev") or not number.isdigit():
        raise _invalid(
            "pagination_token",
            [token],
            f"The `pagination_token` query parameter value [{token}] is not valid",
        )
    return direction, int(number)


def _parse_time(name: str, value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise _invalid(
            name, [value], f"Invalid '{name}':'{value}'. '{name}' must be a valid RFC3339 date."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


_MENTION_RE = re.compile(r"(?<![A-Za-z0-9_])@([A-Za-z0-9_]{1,15})")


class XServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None = None,
        business_username: str = "business",
        business_name: str = "The Business",
        client_id: str = "x-test-client",
        client_secret: str | None = None,
        callback_urls: list[str] | None = None,
        access_token_lifetime: timedelta = timedelta(hours=2),
        duplicate_window: timedelta = timedelta(hours=24),
        too_many_requests_body: str = "problem",
        reply_restriction: bool = True,
    ) -> None:
        if too_many_requests_body not in ("problem", "code88"):
            raise ValueError("too_many_requests_body is 'problem' or 'code88'")
        self._now = now or (lambda: datetime.now(UTC))
        self.access_token_lifetime = access_token_lifetime
        self.duplicate_window = duplicate_window
        self.too_many_requests_body = too_many_requests_body
        self.reply_restriction = reply_restriction
        self._lock = threading.RLock()
        self._users: dict[str, _User] = {}  # by lower-case username
        self._users_by_id: dict[str, _User] = {}
        self._tweets: dict[str, _Tweet] = {}
        self._ordered: list[_Tweet] | None = None  # _newest_first(), kept until a change
        self._sequence = 0
        self._next_user_id = 1_600_000_000_000_000_001
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, _Code] = {}
        self._access_tokens: dict[str, _AccessToken] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self._grants: list[_Grant] = []
        self._authorizations: list[Authorization] = []
        self._deny_next = False
        self._windows: dict[tuple[str, str], RateWindow] = {}
        self._limits: dict[tuple[str, str], int] = {}
        self._faults = FaultQueue()
        self._requests: list[RecordedRequest] = []
        self._throttled: list[RecordedRequest] = []
        self._created: list[CreatedTweet] = []
        self.client_id = client_id
        self.add_client(client_id, client_secret, callback_urls)
        self._business = self._new_user(business_username, business_name)
        self.business_username = business_username
        self._http = ServedHttp(clocked_handler(self._serve, self._now), poll_interval=0.02)

    # -- lifecycle and addresses ------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._http.url

    @property
    def authorize_url(self) -> str:
        return self.base_url + "/i/oauth2/authorize"

    @property
    def token_url(self) -> str:
        return self.base_url + "/2/oauth2/token"

    @property
    def revoke_url(self) -> str:
        return self.base_url + "/2/oauth2/revoke"

    @property
    def business(self) -> dict[str, Any]:
        with self._lock:
            return self._render_user(self._business, USER_FIELDS)

    def start(self) -> XServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    # -- apps and tokens --------------------------------------------------------------

    def add_client(
        self,
        client_id: str,
        client_secret: str | None = None,
        callback_urls: list[str] | None = None,
    ) -> None:
        """An app: confidential when it has a secret, public otherwise."""
        with self._lock:
            self._clients[client_id] = _Client(client_id, client_secret, callback_urls)

    def issue_token(self, username: str = "business", scope: str = DEFAULT_SCOPE) -> dict:
        """What the token endpoint answers after a sign-in, without the browser."""
        with self._lock:
            grant = _Grant(self._user(username), self._clients[self.client_id], scope)
            self._grants.append(grant)
            return self._token_answer(grant)

    def revoke_token(self, token: str) -> None:
        with self._lock:
            if token in self._access_tokens:
                self._access_tokens[token].revoked = True
            elif token in self._refresh_tokens:
                self._refresh_tokens[token].revoked = True
            else:
                raise KeyError(f"no token {token!r}")

    def revoke_grant(self, username: str = "business") -> None:
        with self._lock:
            user = self._user(username)
            for grant in self._grants:
                if grant.user is user:
                    grant.revoked = True

    def expire_token(self, access_token: str) -> None:
        with self._lock:
            self._access_tokens[access_token].expires_at = self._now()

    def deny_next_authorization(self) -> None:
        with self._lock:
            self._deny_next = True

    @property
    def authorizations(self) -> list[Authorization]:
        with self._lock:
            return list(self._authorizations)

    # -- people and posts -------------------------------------------------------------

    def add_user(
        self,
        username: str,
        name: str | None = None,
        *,
        description: str = "",
        location: str | None = None,
        url: str | None = None,
        profile_image_url: str | None = None,
        verified: bool = False,
        protected: bool = False,
        created_at: datetime | None = None,
        followers_count: int = 0,
    ) -> dict[str, Any]:
        with self._lock:
            user = self._new_user(
                username,
                name or username,
                description=description,
                location=location,
                url=url,
                profile_image_url=profile_image_url,
                verified=verified,
                protected=protected,
                created_at=created_at,
                followers_count=followers_count,
            )
            return self._render_user(user, USER_FIELDS)

    def user(self, username: str) -> dict[str, Any]:
        with self._lock:
            return self._render_user(self._user(username), USER_FIELDS)

    def post(
        self,
        author: str,
        text: str,
        *,
        in_reply_to_tweet_id: str | None = None,
        created_at: datetime | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            parent = None
            if in_reply_to_tweet_id is not None:
                parent = self._tweets[in_reply_to_tweet_id]
            tweet = self._create_tweet(self._user(author), text, parent, created_at)
            return self._render_tweet(tweet, TWEET_FIELDS)

    def mention(
        self, author: str, text: str | None = None, *, created_at: datetime | None = None
    ) -> dict[str, Any]:
        handle = f"@{self.business_username}"
        body = text if text is not None else "Hello"
        if handle.lower() not in body.lower():
            body = f"{handle} {body}"
        return self.post(author, body, created_at=created_at)

    def reply(
        self, author: str, to_tweet_id: str, text: str, *, created_at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            parent_author = self._tweets[to_tweet_id].author.username
        prefix = f"@{parent_author} "
        body = text if text.lower().startswith(prefix.lower()) else prefix + text
        return self.post(author, body, in_reply_to_tweet_id=to_tweet_id, created_at=created_at)

    def add_mentions(
        self,
        count: int,
        author: str | None = None,
        *,
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
    ) -> list[dict[str, Any]]:
        """``count`` mentions, oldest first, ``step`` apart, ending before now by default."""
        with self._lock:
            if author is None:
                author = "crowd"
                if author not in self._users:
                    self._new_user(author, "A Crowd")
            first = start or self._now() - step * count
            return [
                self.mention(author, f"Mention number {n + 1}", created_at=first + step * n)
                for n in range(count)
            ]

    def delete_tweet(self, tweet_id: str) -> None:
        with self._lock:
            self._tweets[tweet_id].deleted = True
            self._ordered = None

    def tweet(self, tweet_id: str) -> dict[str, Any]:
        with self._lock:
            return self._render_tweet(self._tweets[tweet_id], TWEET_FIELDS)

    @property
    def created_via_api(self) -> list[CreatedTweet]:
        with self._lock:
            return list(self._created)

    # -- rate limits ------------------------------------------------------------------

    def set_rate_limit(
        self,
        endpoint: str,
        limit: int,
        remaining: int | None = None,
        reset_at: datetime | None = None,
        username: str = "business",
    ) -> None:
        """The endpoint's current window for the user (and ``limit`` for later windows)."""
        if endpoint not in DEFAULT_RATE_LIMITS:
            raise ValueError(f"endpoint is one of {sorted(DEFAULT_RATE_LIMITS)}")
        with self._lock:
            key = (endpoint, self._user(username).id)
            self._limits[key] = limit
            self._windows[key] = RateWindow(
                limit,
                limit if remaining is None else remaining,
                reset_at or self._now() + RATE_WINDOW,
            )

    def exhaust_rate_limit(
        self, endpoint: str, reset_at: datetime | None = None, username: str = "business"
    ) -> None:
        with self._lock:
            key = (endpoint, self._user(username).id)
            limit = self._limits.get(key, DEFAULT_RATE_LIMITS.get(endpoint, 0))
        self.set_rate_limit(endpoint, limit, 0, reset_at, username)

    def rate_limit(self, endpoint: str, username: str = "business") -> RateWindow | None:
        with self._lock:
            window = self._windows.get((endpoint, self._user(username).id))
            return copy.copy(window)

    # -- faults -----------------------------------------------------------------------

    def drop_next(
        self,
        path_prefix: str,
        times: int = 1,
        *,
        after_processing: bool = False,
        method: str | None = None,
    ) -> None:
        self._faults.drop(path_prefix, times, after_processing=after_processing, method=method)

    def cut_next(self, path_prefix: str, times: int = 1, *, method: str | None = None) -> None:
        """The work is done and the answer starts, then the connection ends halfway."""
        self._faults.cut(path_prefix, times, method=method)

    def fail_next(
        self, path_prefix: str, status: int = 503, times: int = 1, *, method: str | None = None
    ) -> None:
        self._faults.fail(path_prefix, status, times, method=method)

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

    def count(self, path_prefix: str = "", method: str | None = None) -> int:
        return len(self.requests_to(path_prefix, method))

    @property
    def throttled(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._throttled)

    # -- state helpers (caller holds the lock) ----------------------------------------

    def _user(self, username: str) -> _User:
        try:
            return self._users[username.lstrip("@").lower()]
        except KeyError:
            raise KeyError(f"no user {username!r}; add_user() it first") from None

    def _new_user(
        self,
        username: str,
        name: str,
        *,
        description: str = "",
        location: str | None = None,
        url: str | None = None,
        profile_image_url: str | None = None,
        verified: bool = False,
        protected: bool = False,
        created_at: datetime | None = None,
        followers_count: int = 0,
    ) -> _User:
        if not re.fullmatch(r"[A-Za-z0-9_]{1,15}", username):
            raise ValueError(f"{username!r} is not an X username (1-15 letters, digits, _)")
        if username.lower() in self._users:
            raise ValueError(f"user {username!r} exists")
        user = _User(
            id=str(self._next_user_id),
            username=username,
            name=name,
            description=description,
            location=location,
            url=url,
            profile_image_url=profile_image_url
            or f"https://pbs.twimg.com/profile_images/{self._next_user_id}/avatar_normal.jpg",
            verified=verified,
            protected=protected,
            created_at=created_at or datetime(2015, 6, 1, 12, 0, tzinfo=UTC),
            followers_count=followers_count,
        )
        self._next_user_id += 7919
        self._users[username.lower()] = user
        self._users_by_id[user.id] = user
        return user

    def _snowflake(self, created_at: datetime) -> str:
        millis = int(created_at.timestamp() * 1000) - TWITTER_EPOCH_MS
        while True:
            self._sequence = (self._sequence + 1) % 4096
            candidate = str((millis << 22) | self._sequence)
            if candidate not in self._tweets:
                return candidate

    def _create_tweet(
        self,
        author: _User,
        text: str,
        parent: _Tweet | None,
        created_at: datetime | None,
        *,
        via_api: bool = False,
    ) -> _Tweet:
        moment = created_at or self._now()
        tweet_id = self._snowflake(moment)
        mentions = []
        for match in _MENTION_RE.finditer(text):
            mentioned = self._users.get(match.group(1).lower())
            if mentioned is not None:
                mentions.append((match.start(), match.end(), mentioned))
        tweet = _Tweet(
            id=tweet_id,
            author=author,
            text=text,
            created_at=moment,
            in_reply_to=parent,
            conversation_id=parent.conversation_id if parent else tweet_id,
            mentions=mentions,
            via_api=via_api,
        )
        self._tweets[tweet_id] = tweet
        self._ordered = None
        return tweet

    def _new_access_token(self, grant: _Grant) -> _AccessToken:
        token = _AccessToken(
            secrets.token_urlsafe(48), grant, self._now() + self.access_token_lifetime
        )
        self._access_tokens[token.value] = token
        return token

    def _token_answer(self, grant: _Grant) -> dict[str, Any]:
        token = self._new_access_token(grant)
        answer: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": int(self.access_token_lifetime.total_seconds()),
            "access_token": token.value,
            "scope": grant.scope,
        }
        if "offline.access" in grant.scope.split():
            refresh = _RefreshToken(secrets.token_urlsafe(48), grant)
            self._refresh_tokens[refresh.value] = refresh
            answer["refresh_token"] = refresh.value
        return answer

    # -- rendering (fields as the data dictionary names them) -------------------------

    def _render_user(self, user: _User, fields: frozenset[str] | set[str]) -> dict[str, Any]:
        rendered: dict[str, Any] = {"id": user.id, "name": user.name, "username": user.username}
        optional: dict[str, Any] = {
            "created_at": _iso(user.created_at),
            "description": user.description,
            "location": user.location,
            "url": user.url,
            "profile_image_url": user.profile_image_url,
            "protected": user.protected,
            "verified": user.verified,
            "verified_type": "blue" if user.verified else "none",
        }
        for name, value in optional.items():
            if name in fields and value is not None:
                rendered[name] = value
        if "public_metrics" in fields:  # counted only when asked: it walks every post
            rendered["public_metrics"] = {
                "followers_count": user.followers_count,
                "following_count": 0,
                "tweet_count": sum(
                    1 for t in self._tweets.values() if t.author is user and not t.deleted
                ),
                "listed_count": 0,
                "like_count": 0,
            }
        return rendered

    def _render_tweet(self, tweet: _Tweet, fields: frozenset[str] | set[str]) -> dict[str, Any]:
        rendered: dict[str, Any] = {
            "id": tweet.id,
            "text": tweet.text,
            "edit_history_tweet_ids": [tweet.id],
        }
        parent = tweet.in_reply_to
        optional: dict[str, Any] = {
            "author_id": tweet.author.id,
            "created_at": _iso(tweet.created_at),
            "conversation_id": tweet.conversation_id,
            "in_reply_to_user_id": parent.author.id if parent else None,
            "referenced_tweets": [{"type": "replied_to", "id": parent.id}] if parent else None,
            "entities": {
                "mentions": [
                    {"start": start, "end": end, "username": user.username, "id": user.id}
                    for start, end, user in tweet.mentions
                ]
            }
            if tweet.mentions
            else None,
            "lang": "en",
            "possibly_sensitive": False,
            "reply_settings": "everyone",
        }
        for name, value in optional.items():
            if name in fields and value is not None:
                rendered[name] = value
        if "public_metrics" in fields:  # counted only when asked: it walks every post
            rendered["public_metrics"] = {
                "retweet_count": 0,
                "reply_count": sum(
                    1 for t in self._tweets.values() if t.in_reply_to is tweet and not t.deleted
                ),
                "like_count": 0,
                "quote_count": 0,
                "bookmark_count": 0,
                "impression_count": 0,
            }
        return rendered

    # -- the HTTP server --------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        serve_with_faults(
            handler,
            method,
            now=self._now,
            lock=self._lock,
            requests=self._requests,
            faults=self._faults,
            route=self._route,
            failure=_failure,
        )

    def _route(self, call: Call, record: RecordedRequest) -> Answer:
        oauth: dict[tuple[str, str], Callable[[Call], Answer]] = {
            ("GET", "/i/oauth2/authorize"): self._authorize,
            ("POST", "/2/oauth2/token"): self._token,
            ("POST", "/2/oauth2/revoke"): self._revoke,
        }
        api: list[tuple[str, str, str, frozenset[str], Callable[..., JSONValue]]] = [
            ("GET", r"/2/users/me", ME, READ_SCOPES, self._me),
            ("GET", r"/2/users/([^/]+)/mentions", MENTIONS, READ_SCOPES, self._mentions),
            ("GET", r"/2/users/([^/]+)/tweets", USER_TWEETS, READ_SCOPES, self._user_tweets),
            ("POST", r"/2/tweets", CREATE_TWEET, WRITE_SCOPES, self._create),
        ]
        path = call.path.rstrip("/") or "/"
        with self._lock:
            try:
                if (call.method, path) in oauth:
                    return oauth[(call.method, path)](call)
                for method, pattern, endpoint, scopes, handler in api:
                    match = re.fullmatch(pattern, path)
                    if match and method == call.method:
                        return self._api_call(call, record, endpoint, scopes, handler, match)
            except _Refusal as refusal:
                return _json(refusal.body, refusal.status)
        return _json(
            {
                "errors": [{"message": "Sorry, that page does not exist", "code": 34}],
            },
            404,
        )

    # -- OAuth 2.0 --------------------------------------------------------------------

    def _authorize(self, call: Call) -> Answer:
        """x.com/i/oauth2/authorize — approved at once by the signed-in business account.

        Problems with the app itself (unknown client, redirect URI not registered, missing
        PKCE) get an error page and no redirect, as RFC 6749 4.1.2.1 requires; the
        others go back to the redirect URI with ``error`` and ``state``.
        """
        client = self._clients.get(call.param("client_id") or "")
        redirect_uri = call.param("redirect_uri") or ""
        if client is None:
            return _page(400, "Something went wrong. The app's client_id is not valid.")
        registered = (
            is_loopback(redirect_uri)
            if client.callback_urls is None
            else redirect_uri in client.callback_urls
        )
        if not registered:
            return _page(400, "Something went wrong. The callback URL is not registered.")
        state = call.param("state")
        challenge = call.param("code_challenge")
        method = call.param("code_challenge_method") or "plain"
        scope = call.param("scope") or ""

        def back(**params: str) -> Answer:
            ordered = {"state": state} if state is not None else {}
            ordered |= params
            separator = "&" if urlsplit(redirect_uri).query else "?"
            return Answer(
                302, b"", "text/html", {"Location": redirect_uri + separator + urlencode(ordered)}
            )

        if state is not None and len(state) > STATE_MAX_LENGTH:
            return _page(400, "Something went wrong. The state is too long.")
        if not challenge or method not in ("S256", "plain"):
            return _page(400, "Something went wrong. The code challenge is missing or invalid.")
        if call.param("response_type") != "code":
            return back(
                error="unsupported_response_type",
                error_description="The response type must be code.",
            )
        requested = scope.split()
        if not requested or not set(requested) <= SCOPES:
            return back(error="invalid_scope", error_description="The scope is invalid.")
        if self._deny_next:
            self._deny_next = False
            self._authorizations.append(
                Authorization(
                    client.client_id, redirect_uri, scope, state, challenge, method, None, None
                )
            )
            return back(
                error="access_denied",
                error_description="The user denied the request.",
            )
        code = _Code(
            secrets.token_urlsafe(40),
            client,
            redirect_uri,
            " ".join(requested),
            self._business,
            challenge,
            method,
            self._now(),
        )
        self._codes[code.value] = code
        self._authorizations.append(
            Authorization(
                client.client_id,
                redirect_uri,
                scope,
                state,
                challenge,
                method,
                code.value,
                self._business.username,
            )
        )
        return back(code=code.value)

    def _client(self, call: Call, form: dict[str, str]) -> _Client:
        """Basic credentials for a confidential client, client_id in the body for a public one."""
        unauthorized = _oauth_error(
            401, "unauthorized_client", "Missing valid authorization header"
        )
        header = call.header("Authorization") or ""
        if header.startswith("Basic "):
            try:
                decoded = base64.b64decode(header[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                raise unauthorized from None
            client_id, _, client_secret = decoded.partition(":")
            client = self._clients.get(client_id)
            if client is None or client.client_secret is None:
                raise unauthorized
            if not same(client.client_secret, client_secret):
                raise unauthorized
            return client
        public_id = form.get("client_id")
        if not public_id:
            raise _missing("client_id")
        client = self._clients.get(public_id)
        if client is None or client.client_secret is not None:
            raise unauthorized
        return client

    def _token(self, call: Call) -> Answer:
        form = call.form()
        grant_type = form.get("grant_type")
        if not grant_type:
            raise _missing("grant_type")
        if grant_type not in ("authorization_code", "refresh_token"):
            raise _oauth_error(
                400, "unsupported_grant_type", f"Grant type [{grant_type}] is not supported."
            )
        client = self._client(call, form)
        if grant_type == "refresh_token":
            return _json(self._refresh(client, form))
        for required in ("code", "redirect_uri", "code_verifier"):
            if not form.get(required):
                raise _missing(required)
        code = self._codes.get(form["code"])
        if (
            code is None
            or code.used
            or code.client is not client
            or self._now() - code.created_at > AUTHORIZATION_CODE_TTL
            or form["redirect_uri"] != code.redirect_uri
        ):
            raise _oauth_error(
                400, "invalid_request", "Value passed for the authorization code was invalid."
            )
        verifier = form["code_verifier"]
        expected = pkce_s256(verifier) if code.method == "S256" else verifier
        if not same(expected, code.challenge):
            raise _oauth_error(
                400,
                "invalid_request",
                "Value passed for the code verifier did not match the code challenge.",
            )
        code.used = True
        grant = _Grant(code.user, client, code.scope)
        self._grants.append(grant)
        return _json(self._token_answer(grant))

    def _refresh(self, client: _Client, form: dict[str, str]) -> dict[str, Any]:
        value = form.get("refresh_token")
        if not value:
            raise _missing("refresh_token")
        refresh = self._refresh_tokens.get(value)
        if (
            refresh is None
            or refresh.used
            or refresh.revoked
            or refresh.grant.revoked
            or refresh.grant.client is not client
        ):
            raise _oauth_error(400, "invalid_request", "Value passed for the token was invalid.")
        refresh.used = True
        return self._token_answer(refresh.grant)

    def _revoke(self, call: Call) -> Answer:
        form = call.form()
        client = self._client(call, form)
        value = form.get("token")
        if not value:
            raise _missing("token")
        access = self._access_tokens.get(value)
        if access is not None and access.grant.client is client:
            access.revoked = True
        refresh = self._refresh_tokens.get(value)
        if refresh is not None and refresh.grant.client is client:
            refresh.revoked = True
        return _json({"revoked": True})

    # -- the API ----------------------------------------------------------------------

    def _api_call(
        self,
        call: Call,
        record: RecordedRequest,
        endpoint: str,
        scopes: frozenset[str],
        handler: Callable[..., JSONValue],
        match: re.Match[str],
    ) -> Answer:
        token = self._bearer(call)
        if not scopes <= set(token.grant.scope.split()):
            raise _problem(403, "Forbidden")
        user = token.grant.user
        throttled, headers = self._take_rate_limit(endpoint, user)
        if throttled:
            self._throttled.append(record)
            if self.too_many_requests_body == "code88":
                body: JSONValue = {"errors": [{"code": 88, "message": "Rate limit exceeded"}]}
            else:
                body = _problem(429).body
            return _json(body, 429, **headers)
        try:
            status, payload = handler(call, user, *match.groups())
        except _Refusal as refusal:
            status, payload = refusal.status, refusal.body
        return _json(payload, status, **headers)

    def _bearer(self, call: Call) -> _AccessToken:
        header = call.header("Authorization") or ""
        value = header[7:] if header.startswith("Bearer ") else ""
        token = self._access_tokens.get(value)
        if token is None or token.revoked or token.grant.revoked or self._now() >= token.expires_at:
            raise _problem(401)
        return token

    def _take_rate_limit(self, endpoint: str, user: _User) -> tuple[bool, dict[str, str]]:
        """One request of the endpoint's 15-minute window for this user."""
        now = self._now()
        key = (endpoint, user.id)
        window = self._windows.get(key)
        if window is None or now >= window.reset_at:
            limit = self._limits.get(key, DEFAULT_RATE_LIMITS[endpoint])
            window = RateWindow(limit, limit, now + RATE_WINDOW)
            self._windows[key] = window
        throttled = window.remaining <= 0
        window.remaining = max(0, window.remaining - 1)
        reset = int(window.reset_at.timestamp())
        return throttled, {
            "x-rate-limit-limit": str(window.limit),
            "x-rate-limit-remaining": str(window.remaining),
            "x-rate-limit-reset": str(reset),
        }

    def _me(self, call: Call, user: _User) -> tuple[int, JSONValue]:
        """https://docs.x.com/x-api/users/get-my-user"""
        _check_parameters(call, ME_PARAMETERS)
        fields = _field_list(call, "user.fields", USER_FIELDS)
        return 200, {"data": self._render_user(user, fields)}

    def _mentions(self, call: Call, user: _User, user_id: str) -> tuple[int, JSONValue]:
        """https://docs.x.com/x-api/users/get-mentions — the 800 most recent, newest first."""
        _check_parameters(call, TIMELINE_PARAMETERS)
        owner = self._timeline_owner(user_id)
        if isinstance(owner, dict):
            return 200, owner
        timeline = [
            t for t in self._newest_first() if t.mentions_user(owner) and t.author is not owner
        ][:MENTIONS_REACH]
        return 200, self._timeline_page(call, timeline)

    def _user_tweets(self, call: Call, user: _User, user_id: str) -> tuple[int, JSONValue]:
        """https://docs.x.com/x-api/users/get-posts — the 3,200 most recent, newest first."""
        _check_parameters(call, TIMELINE_PARAMETERS | {"exclude"})
        excluded = set()
        for value in call.query.get("exclude", []):
            for item in value.split(","):
                if item not in ("replies", "retweets"):
                    raise _invalid(
                        "exclude",
                        [item],
                        f"The `exclude` query parameter value [{item}] is not one of "
                        "[replies,retweets]",
                    )
                excluded.add(item)
        owner = self._timeline_owner(user_id)
        if isinstance(owner, dict):
            return 200, owner
        timeline = [
            t
            for t in self._newest_first()
            if t.author is owner and not ("replies" in excluded and t.in_reply_to is not None)
        ][:USER_TWEETS_REACH]
        return 200, self._timeline_page(call, timeline)

    def _timeline_owner(self, user_id: str) -> _User | dict[str, Any]:
        if not ID_PATTERN.fullmatch(user_id):
            raise _invalid(
                "id", [user_id], f"The `id` query parameter value [{user_id}] is not valid"
            )
        owner = self._users_by_id.get(user_id)
        if owner is None:
            return {
                "errors": [
                    {
                        "value": user_id,
                        "detail": f"Could not find user with id: [{user_id}].",
                        "title": "Not Found Error",
                        "resource_type": "user",
                        "parameter": "id",
                        "resource_id": user_id,
                        "type": f"{PROBLEMS}/resource-not-found",
                    }
                ]
            }
        return owner

    def _newest_first(self) -> list[_Tweet]:
        """Every post not deleted, newest first; sorted once per change, not per request."""
        if self._ordered is None:
            self._ordered = sorted(
                (t for t in self._tweets.values() if not t.deleted),
                key=lambda t: int(t.id),
                reverse=True,
            )
        return self._ordered

    def _timeline_page(self, call: Call, timeline: list[_Tweet]) -> dict[str, Any]:
        """One page of a newest-first timeline, with the documented parameters and meta."""
        max_results = _max_results(call.param("max_results"))
        tweet_fields = _field_list(call, "tweet.fields", TWEET_FIELDS) | _field_list(
            call, "post.fields", TWEET_FIELDS
        )
        expansions = _field_list(call, "expansions", TWEET_EXPANSIONS)
        user_fields = _field_list(call, "user.fields", USER_FIELDS)
        since_id = _id_param(call, "since_id")
        until_id = _id_param(call, "until_id")
        if since_id is not None and until_id is not None and since_id >= until_id:
            raise _invalid(
                "since_id",
                [str(since_id)],
                "The `since_id` query parameter value must be less than the `until_id` "
                "query parameter value",
            )
        start = call.param("start_time")
        end = call.param("end_time")
        start_time = _parse_time("start_time", start) if start else None
        end_time = _parse_time("end_time", end) if end else None
        if start_time and end_time and start_time >= end_time:
            raise _invalid(
                "start_time", [start or ""], "The `start_time` must be earlier than `end_time`"
            )
        selected = [
            t
            for t in timeline
            if (since_id is None or int(t.id) > since_id)
            and (until_id is None or int(t.id) < until_id)
            and (start_time is None or t.created_at >= start_time)
            and (end_time is None or t.created_at <= end_time)
        ]
        token = call.param("pagination_token")
        if token:
            direction, bound = _read_page_token(token)
            if direction == "next":
                page = [t for t in selected if int(t.id) < bound][:max_results]
            else:
                newer = [t for t in selected if int(t.id) > bound]
                page = newer[-max_results:]
        else:
            page = selected[:max_results]
        meta: dict[str, Any] = {"result_count": len(page)}
        result: dict[str, Any] = {}
        if page:
            result["data"] = [self._render_tweet(t, tweet_fields) for t in page]
            includes = self._includes(page, expansions, tweet_fields, user_fields)
            if includes:
                result["includes"] = includes
            newest, oldest = int(page[0].id), int(page[-1].id)
            meta["newest_id"] = page[0].id
            meta["oldest_id"] = page[-1].id
            if any(int(t.id) < oldest for t in selected):
                meta["next_token"] = _page_token("next", page[-1].id)
            if token and any(int(t.id) > newest for t in selected):
                meta["previous_token"] = _page_token("prev", page[0].id)
        result["meta"] = meta
        return result

    def _includes(
        self,
        page: list[_Tweet],
        expansions: set[str],
        tweet_fields: set[str],
        user_fields: set[str],
    ) -> dict[str, Any]:
        """The users and posts the expansions name, each once, in order of appearance."""
        users: dict[str, _User] = {}
        tweets: dict[str, _Tweet] = {}
        for tweet in page:
            if "author_id" in expansions:
                users.setdefault(tweet.author.id, tweet.author)
            parent = tweet.in_reply_to
            if "in_reply_to_user_id" in expansions and parent is not None:
                users.setdefault(parent.author.id, parent.author)
            if "entities.mentions.username" in expansions:
                for _, _, mentioned in tweet.mentions:
                    users.setdefault(mentioned.id, mentioned)
            if "referenced_tweets.id" in expansions and parent is not None and not parent.deleted:
                tweets.setdefault(parent.id, parent)
        includes: dict[str, Any] = {}
        if users:
            includes["users"] = [self._render_user(u, user_fields) for u in users.values()]
        if tweets:
            includes["tweets"] = [self._render_tweet(t, tweet_fields) for t in tweets.values()]
        return includes

    def _create(self, call: Call, user: _User) -> tuple[int, JSONValue]:
        """https://docs.x.com/x-api/posts/create-post"""
        content_type = call.header("Content-Type") or ""
        if not content_type.startswith("application/json"):
            raise _invalid(
                "body", [], "Requests with bodies must have content-type of application/json."
            )
        try:
            request = json.loads(call.body or b"null")
        except ValueError:
            raise _invalid("body", [], "The request body is not valid JSON.") from None
        if not isinstance(request, dict):
            raise _invalid("body", [], "$: must be an object")
        reply = request.get("reply")
        _no_other_properties("$", request, CREATE_PROPERTIES)
        if isinstance(reply, dict):
            _no_other_properties("$.reply", reply, REPLY_PROPERTIES)
        text = request.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _invalid("$.text", [json.dumps(text)], "$.text: is missing but it is required")
        parent = None
        if reply is not None:
            target = reply.get("in_reply_to_tweet_id") if isinstance(reply, dict) else None
            if target is None:
                raise _invalid(
                    "$.reply",
                    [json.dumps(reply)],
                    "$.reply.in_reply_to_tweet_id: is missing but it is required",
                )
            if not isinstance(target, str) or not ID_PATTERN.fullmatch(target):
                raise _invalid(
                    "$.reply.in_reply_to_tweet_id",
                    [str(target)],
                    f"$.reply.in_reply_to_tweet_id: does not match the regex pattern {ID_RULE}",
                )
            parent = self._tweets.get(target)
            if parent is None or parent.deleted:
                raise _problem(
                    403, "You attempted to reply to a Tweet that is deleted or not visible to you."
                )
            summoned = parent.author is user or parent.mentions_user(user)
            if self.reply_restriction and not summoned:
                raise _problem(
                    403,
                    "Reply to this conversation is not allowed because you have not been "
                    "mentioned or otherwise engaged by the author of the post you are "
                    "replying to.",
                )
        now = self._now()
        if any(
            t.author is user
            and not t.deleted
            and t.text == text
            and now - t.created_at < self.duplicate_window
            for t in self._tweets.values()
        ):
            raise _problem(403, "You are not allowed to create a Tweet with duplicate content.")
        tweet = self._create_tweet(user, text, parent, now, via_api=True)
        self._created.append(
            CreatedTweet(tweet.id, text, parent.id if parent else None, user.username, now)
        )
        return 201, {
            "data": {"id": tweet.id, "text": tweet.text, "edit_history_tweet_ids": [tweet.id]}
        }


def _failure(status: int) -> Answer:
    """A failure a test injected, in X's generic Problem body."""
    title = STATUS_TITLES.get(status, "Error")
    return _json({"title": title, "detail": title, "type": "about:blank", "status": status}, status)


def _page(status: int, message: str) -> Answer:
    body = f"<!DOCTYPE html><html><body><p>{message}</p></body></html>".encode()
    return Answer(status, body, "text/html; charset=utf-8")


def _no_other_properties(where: str, value: dict[str, Any], allowed: frozenset[str]) -> None:
    for name in value:
        if name not in allowed:
            raise _invalid(
                f"{where}.{name}",
                [json.dumps(value[name])],
                f"{where}.{name}: is not defined in the schema and the schema does not allow "
                "additional properties",
            )


def _check_parameters(call: Call, allowed: frozenset[str]) -> None:
    """X refuses unknown and repeated query parameters."""
    for name, values in call.query.items():
        if name not in allowed:
            listed = ",".join(sorted(allowed))
            raise _invalid(name, values, f"The query parameter [{name}] is not one of [{listed}]")
        if len(values) > 1:
            raise _invalid(
                name, values, f"Duplicate parameters are not allowed: the `{name}` query parameter"
            )


def _field_list(call: Call, name: str, known: frozenset[str]) -> set[str]:
    """A comma-separated list parameter, every item checked against the documented ones."""
    value = call.param(name)
    if value is None:
        return set()
    items = value.split(",")
    for item in items:
        if item not in known:
            listed = ",".join(sorted(known))
            raise _invalid(
                name,
                [item],
                f"The `{name}` query parameter value [{item}] is not one of [{listed}]",
            )
    return set(items)


def _max_results(value: str | None) -> int:
    if value is None:
        return 10
    if not value.isdigit() or not 5 <= int(value) <= 100:
        raise _invalid(
            "max_results",
            [value],
            f"The `max_results` query parameter value [{value}] is not between 5 and 100",
        )
    return int(value)


def _id_param(call: Call, name: str) -> int | None:
    value = call.param(name)
    if value is None:
        return None
    if not ID_PATTERN.fullmatch(value):
        raise _invalid(
            name, [value], f"The `{name}` query parameter value [{value}] does not match {ID_RULE}"
        )
    return int(value)
