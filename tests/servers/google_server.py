"""A Google test server: OAuth 2.0 for installed apps, the Business Profile APIs (accounts,
locations, reviews) and the YouTube Data API v3 (channels, videos, comment threads,
comments), on one real HTTP server on 127.0.0.1.

Written from Google's documentation (developers.google.com: identity/protocols/oauth2/
native-app and web-server, my-business/reference/accountmanagement/rest/v1,
businessinformation/rest/v1, rest/v4/accounts.locations.reviews, youtube/v3/docs and
determine_quota_cost), with the error bodies Google's servers are seen to send where the
docs give none, and not from any connector. Standard library only; an ephemeral port,
served from a background thread; every public method is thread-safe.

One host serves every API under its own path, so a connector pointed at ``base_url`` keeps
Google's paths: ``/o/oauth2/v2/auth`` (accounts.google.com), ``/token`` and ``/revoke``
(oauth2.googleapis.com), ``/v1/accounts`` (mybusinessaccountmanagement.googleapis.com),
``/v1/accounts/{a}/locations`` (mybusinessbusinessinformation.googleapis.com),
``/v4/accounts/{a}/locations/{l}/reviews…`` (mybusiness.googleapis.com) and
``/youtube/v3/…`` (www.googleapis.com).

Documented behaviours implemented::

    OAuth 2.0 for installed apps (a "Desktop app" client: id + secret)
      GET /o/oauth2/v2/auth: client_id, redirect_uri (any http://127.0.0.1:PORT/…,
        http://[::1]:PORT/… or http://localhost:PORT/…), response_type=code, scope
        (space-separated, required), state, code_challenge + code_challenge_method
        (S256 or plain; the desktop-app page tells apps to always use PKCE: the server
        accepts a request without it and records what came in .authorizations),
        access_type (online | offline; the web-server page's parameter, which the app
        sends: without offline no refresh token is given), prompt (none | consent |
        select_account, space-separated), login_hint. The signed-in user approves at
        once (or ``deny_next_authorization()``: redirect with error=access_denied) and
        the browser goes to redirect_uri?state=…&code=…&scope=….
        An unknown client or a redirect URI that is not loopback gets Google's error page
        (no redirect); an unknown scope redirects with error=invalid_scope.
        Codes live 10 minutes and work once.
      POST /token, application/x-www-form-urlencoded; the client authenticates with
        client_id + client_secret in the form or HTTP Basic.
        grant_type=authorization_code (code, redirect_uri, code_verifier) →
          {"access_token", "expires_in": 3599, "scope", "token_type": "Bearer",
           "refresh_token"}. A refresh token comes only with access_type=offline, and
          only on the user's first consent to this client or when prompt=consent was
          asked again (Google's rule: a later sign-in without prompt=consent gets none).
        grant_type=refresh_token (refresh_token) → a new access token, same refresh token
          (Google does not rotate it; no refresh_token in the answer).
        Errors: 400 {"error": "invalid_grant", "error_description": "Bad Request"} (a code
          unknown, used, expired, of another client, or an unknown refresh token);
          "Malformed auth code." is not modelled; 400 invalid_grant "Invalid code
          verifier." / "Missing code verifier."; 400 redirect_uri_mismatch "Bad Request";
          400 invalid_grant "Token has been expired or revoked." (a refresh token whose
          grant was revoked); 401 {"error": "invalid_client", "error_description": "The
          OAuth client was not found."} / "Unauthorized" (wrong secret); 400
          invalid_request "client_secret is missing."; 400 unsupported_grant_type.
      POST /revoke with token=… (form or query; an access or a refresh token): the whole
        grant ends (its access and refresh tokens). 200 {}; an unknown or dead token:
        400 {"error": "invalid_token", "error_description": "Token expired or revoked"}.
    Google's API errors (cloud.google.com/apis/design/errors, and as the servers send them)
      {"error": {"code": 401, "message": "Request had invalid authentication credentials.
        Expected OAuth 2 access token, login cookie or other valid authentication
        credential. See https://developers.google.com/identity/sign-in/web/devconsole-
        project.", "errors": [{"message": "Invalid Credentials", "domain": "global",
        "reason": "authError", "location": "Authorization", "locationType": "header"}],
        "status": "UNAUTHENTICATED"}} with WWW-Authenticate: Bearer realm=…,
        error="invalid_token" — for an unknown, expired or revoked access token (a missing
        one: "Request is missing required authentication credential…", reason
        "required"); 403 PERMISSION_DENIED "Request had insufficient authentication
        scopes." (reason insufficientPermissions) when the token lacks the API's scope;
        400 INVALID_ARGUMENT, 404 NOT_FOUND "Requested entity was not found.",
        429 RESOURCE_EXHAUSTED, 5xx from ``fail_next``. Every error has code, message,
        errors[] (message, domain, reason) and status.
      The token may come as "Authorization: Bearer …" or as the access_token query
        parameter.
    Business Profile (scope https://www.googleapis.com/auth/business.manage)
      GET /v1/accounts (pageSize default and maximum 20, pageToken, filter ignored) →
        {"accounts": [Account], "nextPageToken"}; the user's PERSONAL account first.
        Account: name "accounts/N", accountName, type PERSONAL | LOCATION_GROUP, role,
        verificationState, vettedState.
      GET /v1/accounts/{a}/locations: readMask required (400 without; an unknown field
        400), pageSize 1–100 (default 10), pageToken → {"locations": [Location],
        "nextPageToken"}; Location name "locations/N" (the N the v4 reviews URL takes),
        title, storeCode, storefrontAddress, websiteUri, metadata{placeId, mapsUri,
        newReviewUri} — only the readMask's top-level fields.
      GET /v4/accounts/{a}/locations/{l}/reviews: orderBy "updateTime desc" (default),
        "rating" or "rating desc" (anything else 400); pageSize up to 50 (default 50,
        more is coerced to 50, below 0 is 400); pageToken / nextPageToken (absent on the
        last page) → {"reviews": [Review], "averageRating", "totalReviewCount",
        "nextPageToken"} ("reviews" absent when there are none). An unverified location:
        400 FAILED_PRECONDITION. Review: name, reviewId, reviewer{displayName,
        profilePhotoUrl, isAnonymous} (an anonymous reviewer is "A Google User" without a
        photo), starRating ONE…FIVE, comment (absent for a rating without text),
        createTime, updateTime (RFC 3339 UTC with 0, 3 or 6 fractional digits: parse
        them all), reviewReply{comment, updateTime} when the owner has answered.
      GET …/reviews/{r}: one Review.
      PUT …/reviews/{r}/reply, JSON ReviewReply {"comment"} (required, at most 4096 bytes;
        updateTime is output only and ignored) → the ReviewReply with updateTime now.
        Creates or replaces the reply: sending the same reply twice leaves one reply.
      DELETE …/reviews/{r}/reply → {} (404 when there is none).
      An edited review (``edit_review``) gets a new comment/starRating and updateTime =
        now, so it comes first again in "updateTime desc". Whether a new owner reply
        changes the review's own updateTime the docs do not say: by default it does not
        (``reply_touches_review=False``); set it True for the other reading.
      Quota: requests per minute per project (default 300, ``set_business_rate_limit``);
        past it 429 RESOURCE_EXHAUSTED (reason RATE_LIMIT_EXCEEDED) until the next minute
        of the server's clock. No Retry-After header (Google sends none).
    YouTube Data API v3 (scope https://www.googleapis.com/auth/youtube.force-ssl; reads
      also accept youtube and youtube.readonly)
      GET /youtube/v3/channels?part=…&mine=true (or id=…) → youtube#channelListResponse
        with the signed-in user's channel: id "UC…", snippet{title, description,
        customUrl, publishedAt, thumbnails}, contentDetails{relatedPlaylists{uploads}}.
      GET /youtube/v3/videos?part=snippet&id=ID,ID… (≤ 50) → youtube#videoListResponse;
        snippet{publishedAt, channelId, title, description, thumbnails, channelTitle,
        liveBroadcastContent}; unknown ids are left out.
      GET /youtube/v3/commentThreads: part ⊆ {id, snippet, replies} (required); exactly
        one of allThreadsRelatedToChannelId, videoId, id; maxResults 1–100 (default 20;
        not with id); order time (default: newest top-level comment first) | relevance
        (here: the same); pageToken / nextPageToken; textFormat html (default:
        textDisplay HTML-escaped, line breaks as <br>) | plainText; moderationStatus
        published (default; the only one modelled). pageInfo{totalResults,
        resultsPerPage}. A thread: id (= its top-level comment's id), snippet{channelId,
        videoId, topLevelComment, canReply, totalReplyCount, isPublic}, replies{comments}
        — at most 5 replies, oldest first; the rest only through comments.list. A new
        reply does not move its thread up in order=time.
      GET /youtube/v3/comments: part (id, snippet), parentId or id; maxResults 1–100
        (default 20), pageToken, textFormat → youtube#commentListResponse, oldest first.
      POST /youtube/v3/comments?part=snippet, JSON {"snippet": {"parentId",
        "textOriginal"}} → the new youtube#comment (author: the channel). Errors
        (youtube.comment / global domains): 400 parentIdMissing, commentTextRequired,
        commentTextTooLong (over 10,000 characters), operationNotSupported (a reply to a
        reply); 404 parentCommentNotFound. No idempotency: every POST is a new comment.
      Comment: kind youtube#comment, etag, id (top-level "Ug…4AaABAg", a reply
        "PARENT.…"), snippet{channelId, videoId, textDisplay, textOriginal, parentId (a
        reply), authorDisplayName, authorProfileImageUrl, authorChannelUrl,
        authorChannelId{value}, canRate, viewerRating, likeCount, publishedAt, updatedAt}.
        authorDisplayName is the author's handle, as YouTube shows names since its handles
        came: "@" + the name given to add_comment without spaces or punctuation ("Maria
        Lopez" → "@MariaLopez"); the channel's own comments carry authorChannelId.value ==
        channel_id, which is how a reply by the owner is recognised.
      Quota (youtube/v3/determine_quota_cost): each list costs 1 unit, comments.insert
        50; a refused request (400/404) still costs 1 ("every request costs at least one
        unit"), a 401 costs nothing. Units count per project (the OAuth client), 10,000 a
        day by default, reset at midnight America/Los_Angeles on the server's clock. A
        request the remaining units cannot pay for is refused: 403 {"error": {"code": 403,
        "message": "The request cannot be completed because you have exceeded your <a
        href=\\"/youtube/v3/getting-started#quota\\">quota</a>.", "errors": [{…, "domain":
        "youtube.quota", "reason": "quotaExceeded"}]}} and costs nothing.

Not modelled: reviews of more than one Google user, review media, batchGetReviews,
location filters/orderBy, commentThreads.insert, comments.update/delete/setModeration
Status, held-for-review comments, relevance ordering, ETag/If-None-Match, id tokens,
the 100-refresh-token limit per client, Testing-mode token expiry.

Public API (the test-control API: a connector's tests use only this)::

    GoogleServer(*, now: Callable[[], datetime] | None = None,
                 client_id=CLIENT_ID, client_secret=CLIENT_SECRET,
                 user_email="owner@business.example", user_name="Ada Owner",
                 channel_title="The Business", access_token_lifetime=timedelta(seconds=3599),
                 youtube_daily_quota=10_000, business_requests_per_minute=300,
                 reply_touches_review=False)
        context manager; start() -> GoogleServer; stop() -> None
        now: the server's clock (token and code expiry, createTime/publishedAt of what the
             server creates, the quota day, the per-minute windows, the Date header). For a
             clock the test moves: clock = FakeClock(...); GoogleServer(now=clock.now);
             clock.advance(timedelta(...)).
        .base_url        http://127.0.0.1:PORT: the API host for every API above
        .authorize_url   base_url + "/o/oauth2/v2/auth"
        .token_url       base_url + "/token"
        .revoke_url      base_url + "/revoke"
        .client_id, .client_secret      the default Desktop-app client
        .account_id      "N" of the user's PERSONAL Business Profile account "accounts/N"
        .channel_id      the user's YouTube channel id ("UC…")
        .reply_touches_review           settable (see above)

    OAuth
        add_client(client_id, client_secret) -> None          another Desktop-app client
        issue_token(scope=ALL_SCOPES) -> dict   a token answer as /token gives it after a
            first sign-in (access_token, refresh_token, expires_in, scope, token_type),
            without the browser: for --secret-stdin tests
        expire_access_tokens() -> None    every access token issued so far is expired now
        revoke_grant() -> None            the user removed the app's access in their Google
            Account: every token dies (API 401; refresh 400 invalid_grant "Token has been
            expired or revoked.")
        deny_next_authorization() -> None the next authorize redirects error=access_denied
        .authorizations -> list[Authorization]  every authorize request that got a redirect
        .revocations -> list[str]         tokens revoked through POST /revoke

    Business Profile
        add_account(account_name, *, type="LOCATION_GROUP") -> str   a further account id
        add_location(title, *, account_id=None, store_code=None, verified=True,
                     website_uri=None) -> str   a location id N ("locations/N"), in the
            PERSONAL account unless account_id names another
        add_review(location_id, reviewer="A Guest", stars=5, comment="…" | None, *,
                   anonymous=False, created_at=None, review_id=None) -> str   the reviewId
            (created_at defaults to now; updateTime = createTime)
        add_reviews(location_id, count, *, start=None, step=timedelta(minutes=1),
                    stars=4) -> list[str]   many reviews, oldest first, for paging tests
        edit_review(review_id, *, comment=KEEP, stars=None, at=None) -> None   the
            reviewer edits: new text and/or rating, updateTime = at or now
        reply_elsewhere(review_id, comment, *, at=None) -> None   the owner answered on
            Google Maps / in the Business Profile, not through the API
        remove_reply(review_id) -> None   the owner's reply deleted elsewhere
        delete_review(review_id) -> None  the reviewer removed the review
        review(review_id) -> dict         the Review as the API renders it
        .replies_put -> list[PutReply]    every PUT …/reply that succeeded (review_id,
                                          comment, at)
        set_business_rate_limit(per_minute) -> None
        exhaust_business_rate_limit() -> None   the rest of this minute answers 429

    YouTube
        add_video(title, *, description="", published_at=None, video_id=None) -> str
        add_comment(video_id, author, text, *, published_at=None,
                    author_channel_id=None) -> str   a viewer's top-level comment; returns
            its id (= the thread id). The author's channel id defaults to a stable "UC…"
            derived from the name; comment(id)["snippet"]["authorChannelId"]["value"] reads it
        add_reply(parent_id, author, text, *, published_at=None, author_channel_id=None)
            -> str   a reply made on YouTube; author=None means the channel itself (the
            owner replied elsewhere: authorChannelId.value == channel_id)
        add_comments(video_id, count, *, author="Viewer", start=None,
                     step=timedelta(minutes=1)) -> list[str]   oldest first
        edit_comment(comment_id, text, *, at=None) -> None   updatedAt = at or now
        delete_comment(comment_id) -> None
        comment(comment_id) -> dict       the Comment as the API renders it
        .comments_inserted -> list[InsertedComment]  one per comment created by POST
        set_youtube_quota(limit=None, *, used=None) -> None   the daily budget and/or the
            units used today
        .youtube_quota_limit -> int, .youtube_quota_used -> int    (today's, Pacific time)
        youtube_quota_resets_at() -> datetime   the next midnight America/Los_Angeles (UTC)
        .quota_charges -> list[QuotaCharge]     (method, units, at) for every charged call

    Faults (path_prefix matches the start of the path; method None = any)
        drop_next(path_prefix, times=1, *, after_processing=False, method=None)
            the connection closes without an answer; after_processing=True does the work
            first (the reply is stored, the comment created), as when the answer is lost
        cut_next(path_prefix, times=1, *, method=None)   the work is done, the status,
            headers and half the body are sent, then the connection ends
        fail_next(path_prefix, status=503, times=1, *, method=None)   Google's error body
            with that status (429 → RESOURCE_EXHAUSTED, 503 → UNAVAILABLE …), nothing done

    Inspection
        .requests -> list[RecordedRequest]   every request in arrival order (method, path,
            query, headers, body, received_at, status)
        requests_to(path_prefix, method=None) -> list[RecordedRequest]
        count(path_prefix="", method=None) -> int
        .throttled -> list[RecordedRequest]  answered 429 or quotaExceeded
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import html
import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

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

CLIENT_ID = "1234567890-socialinbox.apps.googleusercontent.com"
CLIENT_SECRET = "GOCSPX-test-secret"
BUSINESS_SCOPE = "https://www.googleapis.com/auth/business.manage"
YOUTUBE_SCOPE = "https://www.googleapis.com/auth/youtube.force-ssl"
ALL_SCOPES = f"{BUSINESS_SCOPE} {YOUTUBE_SCOPE}"
_BUSINESS_SCOPES = frozenset(
    {BUSINESS_SCOPE, "https://www.googleapis.com/auth/plus.business.manage"}
)
_YOUTUBE_WRITE_SCOPES = frozenset({YOUTUBE_SCOPE, "https://www.googleapis.com/auth/youtube"})
_YOUTUBE_READ_SCOPES = _YOUTUBE_WRITE_SCOPES | {"https://www.googleapis.com/auth/youtube.readonly"}
KNOWN_SCOPES = (
    _BUSINESS_SCOPES
    | _YOUTUBE_READ_SCOPES
    | {"openid", "email", "profile", "https://www.googleapis.com/auth/userinfo.email"}
)

AUTHORIZATION_CODE_TTL = timedelta(minutes=10)
PACIFIC = ZoneInfo("America/Los_Angeles")
REVIEWS_PAGE_MAX = 50
REVIEW_REPLY_MAX_BYTES = 4096
COMMENT_MAX_CHARACTERS = 10_000
THREAD_REPLIES_SHOWN = 5
QUOTA_COSTS = {"list": 1, "insert": 50}
STAR_RATINGS = ("STAR_RATING_UNSPECIFIED", "ONE", "TWO", "THREE", "FOUR", "FIVE")
LOCATION_FIELDS = frozenset(
    {"name", "title", "storeCode", "storefrontAddress", "websiteUri", "metadata", "languageCode"}
)
REVIEW_ORDERS = ("updateTime desc", "rating", "rating desc")

_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_STATUS_REASONS = {
    400: "badRequest",
    401: "authError",
    403: "forbidden",
    404: "notFound",
    429: "rateLimitExceeded",
    500: "backendError",
    502: "backendError",
    503: "backendError",
    504: "backendError",
}
_QUOTA_MESSAGE = (
    "The request cannot be completed because you have exceeded your "
    '<a href="/youtube/v3/getting-started#quota">quota</a>.'
)
_INVALID_CREDENTIALS = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login "
    "cookie or other valid authentication credential. See "
    "https://developers.google.com/identity/sign-in/web/devconsole-project."
)
_MISSING_CREDENTIALS = (
    "Request is missing required authentication credential. Expected OAuth 2 access token, "
    "login cookie or other valid authentication credential. See "
    "https://developers.google.com/identity/sign-in/web/devconsole-project."
)

JSONValue = Any
KEEP: Any = object()  # edit_review(comment=KEEP): the comment stays as it is


# -- what the tests read back -----------------------------------------------------------


@dataclass(frozen=True)
class Authorization:
    """One GET /o/oauth2/v2/auth that was answered with a redirect."""

    client_id: str
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    access_type: str | None
    prompt: str | None
    code: str | None  # None when refused (error=…)
    error: str | None


@dataclass(frozen=True)
class PutReply:
    """One PUT …/reviews/{id}/reply that stored a reply."""

    review_id: str
    comment: str
    at: datetime


@dataclass(frozen=True)
class InsertedComment:
    """One comment created by POST /youtube/v3/comments."""

    id: str
    parent_id: str
    text: str
    at: datetime


@dataclass(frozen=True)
class QuotaCharge:
    """Units of the YouTube quota one request spent."""

    method: str  # e.g. "youtube.commentThreads.list"
    units: int
    at: datetime


# -- the server's state -------------------------------------------------------------------


@dataclass(eq=False)
class _Client:
    client_id: str
    client_secret: str
    consented: bool = False  # the user granted this client offline access (refresh tokens)


@dataclass(eq=False)
class _Grant:
    client: _Client
    scope: str
    revoked: bool = False


@dataclass(eq=False)
class _AccessToken:
    value: str
    grant: _Grant
    expires_at: datetime


@dataclass(eq=False)
class _Code:
    value: str
    client: _Client
    redirect_uri: str
    scope: str
    challenge: str | None
    method: str | None
    offline: bool
    refresh: bool
    created_at: datetime
    used: bool = False


@dataclass(eq=False)
class _Account:
    id: str
    account_name: str
    type: str
    role: str


@dataclass(eq=False)
class _Location:
    id: str
    account: _Account
    title: str
    store_code: str | None
    verified: bool
    website_uri: str | None


@dataclass(eq=False)
class _Review:
    id: str
    location: _Location
    reviewer: str
    anonymous: bool
    stars: int
    comment: str | None
    create_time: datetime
    update_time: datetime
    reply: tuple[str, datetime] | None = None
    deleted: bool = False


@dataclass(eq=False)
class _Video:
    id: str
    title: str
    description: str
    published_at: datetime


@dataclass(eq=False)
class _Comment:
    id: str
    video: _Video
    author: str
    author_channel_id: str
    text: str
    published_at: datetime
    updated_at: datetime
    parent: _Comment | None = None
    deleted: bool = False


class _Refusal(Exception):
    """An answer other than success, raised from deep inside a handler."""

    def __init__(self, status: int, body: JSONValue, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


# -- small helpers ------------------------------------------------------------------------


def _json(payload: JSONValue, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    body = json.dumps(payload, indent=2).encode()
    return Answer(status, body, "application/json; charset=UTF-8", dict(headers or {}))


def _google_error(
    status: int,
    message: str,
    *,
    reason: str | None = None,
    domain: str = "global",
    location: str | None = None,
    location_type: str | None = None,
    status_name: str | None = None,
    headers: dict[str, str] | None = None,
    item_message: str | None = None,
) -> _Refusal:
    """Google's error body: code, message, the legacy errors[] (whose message may be a
    shorter one) and the canonical status."""
    item: dict[str, str] = {
        "message": item_message or message,
        "domain": domain,
        "reason": reason or _STATUS_REASONS.get(status, "backendError"),
    }
    if location is not None:
        item["location"] = location
        item["locationType"] = location_type or "parameter"
    body = {
        "error": {
            "code": status,
            "message": message,
            "errors": [item],
            "status": status_name or _STATUS_NAMES.get(status, "UNKNOWN"),
        }
    }
    return _Refusal(status, body, headers)


def _invalid_argument(message: str = "Request contains an invalid argument.") -> _Refusal:
    return _google_error(400, message, reason="badRequest")


def _not_found() -> _Refusal:
    return _google_error(404, "Requested entity was not found.", reason="notFound")


def _oauth_error(status: int, error: str, description: str) -> _Refusal:
    return _Refusal(status, {"error": error, "error_description": description})


def _rfc3339(moment: datetime) -> str:
    """Google's timestamps: UTC with Z and 0, 3 or 6 fractional digits as the value needs."""
    utc = moment.astimezone(UTC)
    if utc.microsecond == 0:
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ")
    if utc.microsecond % 1000 == 0:
        return utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return utc.isoformat(timespec="microseconds").replace("+00:00", "Z")


def _youtube_time(moment: datetime) -> str:
    """YouTube's publishedAt/updatedAt: whole seconds, Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _page_token(kind: str, position: list[Any]) -> str:
    """An opaque page token: where the previous page ended, for one kind of list."""
    raw = json.dumps([kind, position], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _read_page_token(token: str, kind: str) -> list[Any] | None:
    """The position a token names, or None when it is not one of ours for this list."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        decoded = json.loads(raw)
    except (binascii.Error, ValueError):
        return None
    if (
        not isinstance(decoded, list)
        or len(decoded) != 2
        or decoded[0] != kind
        or not isinstance(decoded[1], list)
    ):
        return None
    return list(decoded[1])


def _etag(*parts: object) -> str:
    return base64.urlsafe_b64encode(hashlib.sha1(repr(parts).encode()).digest()[:18]).decode()


def _random_id(length: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return "".join(secrets.choice(alphabet) for _ in range(length))


def _channel_id_of(name: str) -> str:
    """A stable "UC…" channel id (24 characters) for a viewer's display name."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest()).decode()
    return "UC" + digest[:22]


def _html_text(text: str) -> str:
    """YouTube's textDisplay in html format: escaped, line breaks as <br>."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _page(status: int, title: str, message: str) -> Answer:
    body = (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p></body></html>"
    ).encode()
    return Answer(status, body, "text/html; charset=utf-8")


# -- the server ---------------------------------------------------------------------------


class GoogleServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None = None,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
        user_email: str = "owner@business.example",
        user_name: str = "Ada Owner",
        channel_title: str = "The Business",
        access_token_lifetime: timedelta = timedelta(seconds=3599),
        youtube_daily_quota: int = 10_000,
        business_requests_per_minute: int = 300,
        reply_touches_review: bool = False,
    ) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self.access_token_lifetime = access_token_lifetime
        self.reply_touches_review = reply_touches_review
        self.user_email = user_email
        self._lock = threading.RLock()
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, _Code] = {}
        self._access_tokens: dict[str, _AccessToken] = {}
        self._refresh_tokens: dict[str, _Grant] = {}
        self._grants: list[_Grant] = []
        self._authorizations: list[Authorization] = []
        self._revocations: list[str] = []
        self._deny_next = False
        self._next_number = 10_000_000_000_000_000_000 + secrets.randbelow(10**18)
        self._accounts: dict[str, _Account] = {}
        self._locations: dict[str, _Location] = {}
        self._reviews: dict[str, _Review] = {}
        self._replies_put: list[PutReply] = []
        self._business_limit = business_requests_per_minute
        self._business_window: tuple[datetime, int] | None = None  # (minute, requests)
        self._channel_id = _channel_id_of(f"{channel_title}/{secrets.token_hex(4)}")
        self.channel_title = channel_title
        self._channel_published = datetime(2016, 4, 2, 10, 0, tzinfo=UTC)
        self._videos: dict[str, _Video] = {}
        self._comments: dict[str, _Comment] = {}
        self._inserted: list[InsertedComment] = []
        self._quota_limit = youtube_daily_quota
        self._quota_day: datetime | None = None  # the Pacific date, as a midnight
        self._quota_used = 0
        self._quota_charges: list[QuotaCharge] = []
        self._faults = FaultQueue()
        self._requests: list[RecordedRequest] = []
        self._throttled: list[RecordedRequest] = []
        self.client_id = client_id
        self.client_secret = client_secret
        self.add_client(client_id, client_secret)
        self.account_id = self._new_account(user_name, "PERSONAL", "PRIMARY_OWNER").id
        self._http = ServedHttp(clocked_handler(self._serve, self._now), poll_interval=0.02)

    # -- lifecycle and addresses ----------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._http.url

    @property
    def authorize_url(self) -> str:
        return self.base_url + "/o/oauth2/v2/auth"

    @property
    def token_url(self) -> str:
        return self.base_url + "/token"

    @property
    def revoke_url(self) -> str:
        return self.base_url + "/revoke"

    @property
    def channel_id(self) -> str:
        return self._channel_id

    def start(self) -> GoogleServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    # -- OAuth control --------------------------------------------------------------------

    def add_client(self, client_id: str, client_secret: str) -> None:
        with self._lock:
            self._clients[client_id] = _Client(client_id, client_secret)

    def issue_token(self, scope: str = ALL_SCOPES) -> dict[str, Any]:
        with self._lock:
            client = self._clients[self.client_id]
            client.consented = True
            grant = _Grant(client, scope)
            self._grants.append(grant)
            return self._token_answer(grant, with_refresh=True)

    def expire_access_tokens(self) -> None:
        with self._lock:
            now = self._now()
            for token in self._access_tokens.values():
                token.expires_at = min(token.expires_at, now)

    def revoke_grant(self) -> None:
        with self._lock:
            for grant in self._grants:
                grant.revoked = True
            for client in self._clients.values():
                client.consented = False

    def deny_next_authorization(self) -> None:
        with self._lock:
            self._deny_next = True

    @property
    def authorizations(self) -> list[Authorization]:
        with self._lock:
            return list(self._authorizations)

    @property
    def revocations(self) -> list[str]:
        with self._lock:
            return list(self._revocations)

    # -- Business Profile control ---------------------------------------------------------

    def add_account(self, account_name: str, *, type: str = "LOCATION_GROUP") -> str:
        if type not in ("PERSONAL", "LOCATION_GROUP", "USER_GROUP", "ORGANIZATION"):
            raise ValueError(f"unknown account type {type!r}")
        with self._lock:
            return self._new_account(account_name, type, "OWNER").id

    def add_location(
        self,
        title: str,
        *,
        account_id: str | None = None,
        store_code: str | None = None,
        verified: bool = True,
        website_uri: str | None = None,
    ) -> str:
        with self._lock:
            account = self._accounts[account_id or self.account_id]
            location = _Location(self._number(), account, title, store_code, verified, website_uri)
            self._locations[location.id] = location
            return location.id

    def add_review(
        self,
        location_id: str,
        reviewer: str = "A Guest",
        stars: int = 5,
        comment: str | None = "A lovely place.",
        *,
        anonymous: bool = False,
        created_at: datetime | None = None,
        review_id: str | None = None,
    ) -> str:
        if not 1 <= stars <= 5:
            raise ValueError("stars is 1 to 5")
        with self._lock:
            moment = created_at or self._now()
            review = _Review(
                review_id or "AbFvOq" + _random_id(60),
                self._locations[location_id],
                reviewer,
                anonymous,
                stars,
                comment,
                moment,
                moment,
            )
            if review.id in self._reviews:
                raise ValueError(f"review {review.id!r} exists")
            self._reviews[review.id] = review
            return review.id

    def add_reviews(
        self,
        location_id: str,
        count: int,
        *,
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
        stars: int = 4,
    ) -> list[str]:
        """``count`` reviews, oldest first, ``step`` apart, ending before now by default."""
        with self._lock:
            first = start or self._now() - step * count
            return [
                self.add_review(
                    location_id,
                    f"Guest {n + 1}",
                    stars,
                    f"Review number {n + 1}",
                    created_at=first + step * n,
                )
                for n in range(count)
            ]

    def edit_review(
        self,
        review_id: str,
        *,
        comment: Any = KEEP,
        stars: int | None = None,
        at: datetime | None = None,
    ) -> None:
        with self._lock:
            review = self._reviews[review_id]
            if comment is not KEEP:
                review.comment = comment
            if stars is not None:
                review.stars = stars
            review.update_time = at or self._now()

    def reply_elsewhere(self, review_id: str, comment: str, *, at: datetime | None = None) -> None:
        with self._lock:
            self._store_reply(self._reviews[review_id], comment, at or self._now())

    def remove_reply(self, review_id: str) -> None:
        with self._lock:
            self._reviews[review_id].reply = None

    def delete_review(self, review_id: str) -> None:
        with self._lock:
            self._reviews[review_id].deleted = True

    def review(self, review_id: str) -> dict[str, Any]:
        with self._lock:
            return self._render_review(self._reviews[review_id])

    @property
    def replies_put(self) -> list[PutReply]:
        with self._lock:
            return list(self._replies_put)

    def set_business_rate_limit(self, per_minute: int) -> None:
        with self._lock:
            self._business_limit = per_minute

    def exhaust_business_rate_limit(self) -> None:
        with self._lock:
            self._business_window = (self._minute(), self._business_limit)

    # -- YouTube control ------------------------------------------------------------------

    def add_video(
        self,
        title: str,
        *,
        description: str = "",
        published_at: datetime | None = None,
        video_id: str | None = None,
    ) -> str:
        with self._lock:
            video = _Video(
                video_id or _random_id(11), title, description, published_at or self._now()
            )
            self._videos[video.id] = video
            return video.id

    def add_comment(
        self,
        video_id: str,
        author: str,
        text: str,
        *,
        published_at: datetime | None = None,
        author_channel_id: str | None = None,
    ) -> str:
        with self._lock:
            comment = self._new_comment(
                self._videos[video_id],
                author,
                text,
                None,
                published_at or self._now(),
                author_channel_id,
            )
            return comment.id

    def add_reply(
        self,
        parent_id: str,
        author: str | None,
        text: str,
        *,
        published_at: datetime | None = None,
        author_channel_id: str | None = None,
    ) -> str:
        with self._lock:
            parent = self._comments[parent_id]
            if parent.parent is not None:
                raise ValueError("YouTube replies go to a top-level comment")
            comment = self._new_comment(
                parent.video, author, text, parent, published_at or self._now(), author_channel_id
            )
            return comment.id

    def add_comments(
        self,
        video_id: str,
        count: int,
        *,
        author: str = "Viewer",
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
    ) -> list[str]:
        with self._lock:
            first = start or self._now() - step * count
            return [
                self.add_comment(
                    video_id, author, f"Comment number {n + 1}", published_at=first + step * n
                )
                for n in range(count)
            ]

    def edit_comment(self, comment_id: str, text: str, *, at: datetime | None = None) -> None:
        with self._lock:
            comment = self._comments[comment_id]
            comment.text = text
            comment.updated_at = at or self._now()

    def delete_comment(self, comment_id: str) -> None:
        with self._lock:
            self._comments[comment_id].deleted = True

    def comment(self, comment_id: str) -> dict[str, Any]:
        with self._lock:
            return self._render_comment(self._comments[comment_id], "html")

    @property
    def comments_inserted(self) -> list[InsertedComment]:
        with self._lock:
            return list(self._inserted)

    def set_youtube_quota(self, limit: int | None = None, *, used: int | None = None) -> None:
        with self._lock:
            self._roll_quota_day()
            if limit is not None:
                self._quota_limit = limit
            if used is not None:
                self._quota_used = used

    @property
    def youtube_quota_limit(self) -> int:
        with self._lock:
            return self._quota_limit

    @property
    def youtube_quota_used(self) -> int:
        with self._lock:
            self._roll_quota_day()
            return self._quota_used

    def youtube_quota_resets_at(self) -> datetime:
        """The next midnight in America/Los_Angeles, in UTC."""
        with self._lock:
            local = self._now().astimezone(PACIFIC)
            tomorrow = local.date() + timedelta(days=1)
            return datetime.combine(tomorrow, time(0), tzinfo=PACIFIC).astimezone(UTC)

    @property
    def quota_charges(self) -> list[QuotaCharge]:
        with self._lock:
            return list(self._quota_charges)

    # -- faults and inspection ------------------------------------------------------------

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
        self._faults.cut(path_prefix, times, method=method)

    def fail_next(
        self, path_prefix: str, status: int = 503, times: int = 1, *, method: str | None = None
    ) -> None:
        self._faults.fail(path_prefix, status, times, method=method)

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

    # -- state helpers (the caller holds the lock) ----------------------------------------

    def _number(self) -> str:
        self._next_number += 7_919_000_000_037
        return str(self._next_number)

    def _new_account(self, name: str, type: str, role: str) -> _Account:
        account = _Account(self._number(), name, type, role)
        self._accounts[account.id] = account
        return account

    def _store_reply(self, review: _Review, comment: str, moment: datetime) -> None:
        review.reply = (comment, moment)
        if self.reply_touches_review:
            review.update_time = moment

    def _new_comment(
        self,
        video: _Video,
        author: str | None,
        text: str,
        parent: _Comment | None,
        moment: datetime,
        author_channel_id: str | None = None,
    ) -> _Comment:
        if parent is None:
            comment_id = "Ug" + _random_id(22) + "4AaABAg"
        else:
            comment_id = f"{parent.id}.{_random_id(22)}"
        name = author if author is not None else self.channel_title
        channel = self._channel_id if author is None else _channel_id_of(name)
        channel = author_channel_id or channel
        comment = _Comment(comment_id, video, name, channel, text, moment, moment, parent)
        self._comments[comment.id] = comment
        return comment

    def _minute(self) -> datetime:
        return self._now().replace(second=0, microsecond=0)

    def _roll_quota_day(self) -> None:
        """A new day in Pacific time starts with no units used."""
        local = self._now().astimezone(PACIFIC)
        day = datetime.combine(local.date(), time(0), tzinfo=PACIFIC)
        if self._quota_day != day:
            self._quota_day = day
            self._quota_used = 0

    def _new_access_token(self, grant: _Grant) -> _AccessToken:
        token = _AccessToken(
            "ya29." + secrets.token_urlsafe(60), grant, self._now() + self.access_token_lifetime
        )
        self._access_tokens[token.value] = token
        return token

    def _token_answer(self, grant: _Grant, *, with_refresh: bool) -> dict[str, Any]:
        token = self._new_access_token(grant)
        answer: dict[str, Any] = {
            "access_token": token.value,
            "expires_in": int(self.access_token_lifetime.total_seconds()),
            "scope": grant.scope,
            "token_type": "Bearer",
        }
        if with_refresh:
            refresh = "1//0" + secrets.token_urlsafe(70)
            self._refresh_tokens[refresh] = grant
            answer["refresh_token"] = refresh
        return answer

    # -- rendering ------------------------------------------------------------------------

    def _render_account(self, account: _Account) -> dict[str, Any]:
        return {
            "name": f"accounts/{account.id}",
            "accountName": account.account_name,
            "type": account.type,
            "role": account.role,
            "verificationState": "VERIFIED" if account.type != "PERSONAL" else "UNVERIFIED",
            "vettedState": "NOT_VETTED",
        }

    def _render_location(self, location: _Location, mask: set[str]) -> dict[str, Any]:
        full: dict[str, Any] = {
            "name": f"locations/{location.id}",
            "title": location.title,
            "storeCode": location.store_code,
            "languageCode": "en",
            "storefrontAddress": {
                "regionCode": "US",
                "languageCode": "en",
                "postalCode": "94103",
                "administrativeArea": "CA",
                "locality": "San Francisco",
                "addressLines": ["1 Market Street"],
            },
            "websiteUri": location.website_uri,
            "metadata": {
                "placeId": "ChIJ" + location.id[-16:],
                "mapsUri": f"https://maps.google.com/maps?cid={location.id}",
                "newReviewUri": f"https://search.google.com/local/writereview?placeid=ChIJ{location.id[-16:]}",
                "hasVoiceOfMerchant": location.verified,
            },
        }
        return {k: v for k, v in full.items() if k in mask and v is not None}

    def _render_review(self, review: _Review) -> dict[str, Any]:
        location = review.location
        reviewer: dict[str, Any]
        if review.anonymous:
            reviewer = {"displayName": "A Google User", "isAnonymous": True}
        else:
            photo = hashlib.sha256(review.reviewer.encode()).hexdigest()[:20]
            reviewer = {
                "profilePhotoUrl": f"https://lh3.googleusercontent.com/a-/{photo}=s120-c",
                "displayName": review.reviewer,
            }
        rendered: dict[str, Any] = {
            "reviewId": review.id,
            "reviewer": reviewer,
            "starRating": STAR_RATINGS[review.stars],
        }
        if review.comment is not None:
            rendered["comment"] = review.comment
        rendered["createTime"] = _rfc3339(review.create_time)
        rendered["updateTime"] = _rfc3339(review.update_time)
        if review.reply is not None:
            rendered["reviewReply"] = {
                "comment": review.reply[0],
                "updateTime": _rfc3339(review.reply[1]),
            }
        rendered["name"] = (
            f"accounts/{location.account.id}/locations/{location.id}/reviews/{review.id}"
        )
        return rendered

    def _render_channel(self, parts: set[str]) -> dict[str, Any]:
        rendered: dict[str, Any] = {
            "kind": "youtube#channel",
            "etag": _etag("channel", self._channel_id, self.channel_title),
            "id": self._channel_id,
        }
        if "snippet" in parts:
            rendered["snippet"] = {
                "title": self.channel_title,
                "description": "",
                "customUrl": "@" + re.sub(r"\W", "", self.channel_title.lower()),
                "publishedAt": _youtube_time(self._channel_published),
                "thumbnails": {
                    "default": {
                        "url": f"https://yt3.ggpht.com/{self._channel_id}=s88",
                        "width": 88,
                        "height": 88,
                    }
                },
                "localized": {"title": self.channel_title, "description": ""},
            }
        if "contentDetails" in parts:
            rendered["contentDetails"] = {
                "relatedPlaylists": {"likes": "", "uploads": "UU" + self._channel_id[2:]}
            }
        if "statistics" in parts:
            rendered["statistics"] = {
                "viewCount": "0",
                "subscriberCount": "0",
                "hiddenSubscriberCount": False,
                "videoCount": str(len(self._videos)),
            }
        return rendered

    def _render_video(self, video: _Video, parts: set[str]) -> dict[str, Any]:
        rendered: dict[str, Any] = {
            "kind": "youtube#video",
            "etag": _etag("video", video.id, video.title, video.description),
            "id": video.id,
        }
        if "snippet" in parts:
            rendered["snippet"] = {
                "publishedAt": _youtube_time(video.published_at),
                "channelId": self._channel_id,
                "title": video.title,
                "description": video.description,
                "thumbnails": {
                    "default": {
                        "url": f"https://i.ytimg.com/vi/{video.id}/default.jpg",
                        "width": 120,
                        "height": 90,
                    }
                },
                "channelTitle": self.channel_title,
                "categoryId": "22",
                "liveBroadcastContent": "none",
                "localized": {"title": video.title, "description": video.description},
            }
        return rendered

    def _render_comment(self, comment: _Comment, text_format: str) -> dict[str, Any]:
        display = comment.text if text_format == "plainText" else _html_text(comment.text)
        snippet: dict[str, Any] = {
            "channelId": self._channel_id,
            "videoId": comment.video.id,
            "textDisplay": display,
            "textOriginal": comment.text,
        }
        if comment.parent is not None:
            snippet["parentId"] = comment.parent.id
        handle = re.sub(r"\W", "", comment.author) or "viewer"
        snippet |= {
            "authorDisplayName": "@" + handle,
            "authorProfileImageUrl": f"https://yt3.ggpht.com/ytc/{comment.author_channel_id}=s48",
            "authorChannelUrl": f"http://www.youtube.com/@{handle}",
            "authorChannelId": {"value": comment.author_channel_id},
            "canRate": True,
            "viewerRating": "none",
            "likeCount": 0,
            "publishedAt": _youtube_time(comment.published_at),
            "updatedAt": _youtube_time(comment.updated_at),
        }
        return {
            "kind": "youtube#comment",
            "etag": _etag("comment", comment.id, comment.text, comment.updated_at),
            "id": comment.id,
            "snippet": snippet,
        }

    def _replies_of(self, comment: _Comment) -> list[_Comment]:
        """The visible replies to a top-level comment, oldest first."""
        replies = [c for c in self._comments.values() if c.parent is comment and not c.deleted]
        return sorted(replies, key=lambda c: (c.published_at, c.id))

    def _render_thread(self, top: _Comment, parts: set[str], text_format: str) -> dict[str, Any]:
        replies = self._replies_of(top)
        rendered: dict[str, Any] = {
            "kind": "youtube#commentThread",
            "etag": _etag("thread", top.id, top.text, len(replies)),
            "id": top.id,
        }
        if "snippet" in parts:
            rendered["snippet"] = {
                "channelId": self._channel_id,
                "videoId": top.video.id,
                "topLevelComment": self._render_comment(top, text_format),
                "canReply": True,
                "totalReplyCount": len(replies),
                "isPublic": True,
            }
        if "replies" in parts and replies:
            rendered["replies"] = {
                "comments": [
                    self._render_comment(r, text_format) for r in replies[:THREAD_REPLIES_SHOWN]
                ]
            }
        return rendered

    # -- the HTTP server ------------------------------------------------------------------

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
            ("GET", "/o/oauth2/v2/auth"): self._authorize,
            ("POST", "/token"): self._token,
            ("POST", "/revoke"): self._revoke,
        }
        review = r"/v4/accounts/([^/]+)/locations/([^/]+)/reviews"
        business: list[tuple[str, str, Callable[..., JSONValue]]] = [
            ("GET", r"/v1/accounts", self._list_accounts),
            ("GET", r"/v1/accounts/([^/]+)/locations", self._list_locations),
            ("GET", review, self._list_reviews),
            ("GET", review + r"/([^/]+)", self._get_review),
            ("PUT", review + r"/([^/]+)/reply", self._put_reply),
            ("DELETE", review + r"/([^/]+)/reply", self._delete_reply),
        ]
        youtube: list[tuple[str, str, str, Callable[..., JSONValue]]] = [
            ("GET", "/youtube/v3/channels", "youtube.channels.list", self._list_channels),
            ("GET", "/youtube/v3/videos", "youtube.videos.list", self._list_videos),
            (
                "GET",
                "/youtube/v3/commentThreads",
                "youtube.commentThreads.list",
                self._list_threads,
            ),
            ("GET", "/youtube/v3/comments", "youtube.comments.list", self._list_comments),
            ("POST", "/youtube/v3/comments", "youtube.comments.insert", self._insert_comment),
        ]
        path = call.path.rstrip("/") or "/"
        with self._lock:
            try:
                if (call.method, path) in oauth:
                    return oauth[(call.method, path)](call)
                for method, pattern, handler in business:
                    match = re.fullmatch(pattern, path)
                    if match and method == call.method:
                        return self._business_call(call, record, handler, match)
                for method, route, name, yt_handler in youtube:
                    if path == route and method == call.method:
                        return self._youtube_call(call, record, name, yt_handler)
            except _Refusal as refusal:
                return _json(refusal.body, refusal.status, refusal.headers)
        return _page(404, "Error 404 (Not Found)!!1", f"The requested URL {path} was not found.")

    # -- OAuth 2.0 for installed apps -----------------------------------------------------

    def _authorize(self, call: Call) -> Answer:
        """accounts.google.com/o/oauth2/v2/auth — approved at once by the signed-in user."""
        client = self._clients.get(call.param("client_id") or "")
        if client is None:
            return _page(401, "Error 401: invalid_client", "The OAuth client was not found.")
        redirect_uri = call.param("redirect_uri") or ""
        if not is_loopback(redirect_uri):
            return _page(
                400,
                "Error 400: redirect_uri_mismatch",
                "You can't sign in to this app because it doesn't comply with Google's OAuth "
                "2.0 policy.",
            )
        if call.param("response_type") != "code":
            return _page(400, "Error 400: invalid_request", "Invalid response_type.")
        scope = call.param("scope") or ""
        if not scope.strip():
            return _page(400, "Error 400: invalid_request", "Missing required parameter: scope")
        challenge = call.param("code_challenge")
        method = call.param("code_challenge_method")
        if challenge is not None and (method or "plain") not in ("S256", "plain"):
            return _page(400, "Error 400: invalid_request", "Invalid code_challenge_method.")
        access_type = call.param("access_type")
        if access_type not in (None, "online", "offline"):
            return _page(400, "Error 400: invalid_request", f"Invalid access_type: {access_type}")
        prompt = call.param("prompt")
        state = call.param("state")

        def back(**params: str) -> Answer:
            ordered: dict[str, str] = {"state": state} if state is not None else {}
            ordered |= params
            separator = "&" if urlsplit(redirect_uri).query else "?"
            location = redirect_uri + separator + urlencode(ordered)
            code = params.get("code")
            self._authorizations.append(
                Authorization(
                    client.client_id,
                    redirect_uri,
                    scope,
                    state,
                    challenge,
                    method,
                    access_type,
                    prompt,
                    code,
                    params.get("error"),
                )
            )
            return Answer(302, b"", "text/html; charset=utf-8", {"Location": location})

        requested = scope.split()
        if not set(requested) <= KNOWN_SCOPES:
            return back(error="invalid_scope")
        if self._deny_next:
            self._deny_next = False
            return back(error="access_denied")
        offline = access_type == "offline"
        asked_consent = "consent" in (prompt or "").split()
        code = _Code(
            "4/0" + secrets.token_urlsafe(50),
            client,
            redirect_uri,
            " ".join(requested),
            challenge,
            (method or "plain") if challenge is not None else None,
            offline,
            offline and (asked_consent or not client.consented),
            self._now(),
        )
        if offline:
            client.consented = True  # offline access granted: later sign-ins get no refresh
        self._codes[code.value] = code
        return back(code=code.value, scope=code.scope)

    def _client(self, call: Call, form: dict[str, str]) -> _Client:
        """client_secret_post or client_secret_basic, as Google's token endpoint takes."""
        header = call.header("Authorization") or ""
        if header.startswith("Basic "):
            try:
                decoded = base64.b64decode(header[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                raise _oauth_error(401, "invalid_client", "Unauthorized") from None
            client_id, _, client_secret = decoded.partition(":")
        else:
            client_id = form.get("client_id", "")
            client_secret = form.get("client_secret", "")
        if not client_id:
            raise _oauth_error(
                400, "invalid_request", "Could not determine client ID from request."
            )
        client = self._clients.get(client_id)
        if client is None:
            raise _oauth_error(401, "invalid_client", "The OAuth client was not found.")
        if not client_secret:
            raise _oauth_error(400, "invalid_request", "client_secret is missing.")
        if not same(client_secret, client.client_secret):
            raise _oauth_error(401, "invalid_client", "Unauthorized")
        return client

    def _token(self, call: Call) -> Answer:
        form = call.form()
        grant_type = form.get("grant_type", "")
        if grant_type not in ("authorization_code", "refresh_token"):
            raise _oauth_error(400, "unsupported_grant_type", f"Invalid grant_type: {grant_type}")
        client = self._client(call, form)
        if grant_type == "refresh_token":
            grant = self._refresh_tokens.get(form.get("refresh_token", ""))
            if grant is None or grant.client is not client:
                raise _oauth_error(400, "invalid_grant", "Bad Request")
            if grant.revoked:
                raise _oauth_error(400, "invalid_grant", "Token has been expired or revoked.")
            return _json(self._token_answer(grant, with_refresh=False))
        code = self._codes.get(form.get("code", ""))
        if (
            code is None
            or code.used
            or code.client is not client
            or self._now() - code.created_at > AUTHORIZATION_CODE_TTL
        ):
            raise _oauth_error(400, "invalid_grant", "Bad Request")
        if form.get("redirect_uri") != code.redirect_uri:
            raise _oauth_error(400, "redirect_uri_mismatch", "Bad Request")
        if code.challenge is not None:
            verifier = form.get("code_verifier")
            if not verifier:
                raise _oauth_error(400, "invalid_grant", "Missing code verifier.")
            expected = pkce_s256(verifier) if code.method == "S256" else verifier
            if not same(expected, code.challenge):
                raise _oauth_error(400, "invalid_grant", "Invalid code verifier.")
        code.used = True
        grant = _Grant(client, code.scope)
        self._grants.append(grant)
        return _json(self._token_answer(grant, with_refresh=code.refresh))

    def _revoke(self, call: Call) -> Answer:
        value = call.form().get("token") or call.param("token") or ""
        access = self._access_tokens.get(value)
        grant = access.grant if access is not None else self._refresh_tokens.get(value)
        if grant is None or grant.revoked:
            raise _oauth_error(400, "invalid_token", "Token expired or revoked")
        grant.revoked = True
        self._revocations.append(value)
        return _json({})

    def _bearer(self, call: Call) -> _AccessToken:
        header = call.header("Authorization") or ""
        value = header[7:].strip() if header.lower().startswith("bearer ") else ""
        value = value or call.param("access_token") or ""
        if not value:
            raise _google_error(
                401,
                _MISSING_CREDENTIALS,
                item_message="Login Required.",
                reason="required",
                location="Authorization",
                location_type="header",
            )
        token = self._access_tokens.get(value)
        if token is None or token.grant.revoked or self._now() >= token.expires_at:
            raise _google_error(
                401,
                _INVALID_CREDENTIALS,
                item_message="Invalid Credentials",
                reason="authError",
                location="Authorization",
                location_type="header",
                headers={
                    "WWW-Authenticate": 'Bearer realm="https://accounts.google.com/", '
                    'error="invalid_token"'
                },
            )
        return token

    @staticmethod
    def _require_scope(token: _AccessToken, allowed: frozenset[str]) -> None:
        if not allowed & set(token.grant.scope.split()):
            raise _google_error(
                403,
                "Request had insufficient authentication scopes.",
                item_message="Insufficient Permission",
                reason="insufficientPermissions",
            )

    # -- Business Profile -----------------------------------------------------------------

    def _business_call(
        self,
        call: Call,
        record: RecordedRequest,
        handler: Callable[..., JSONValue],
        match: re.Match[str],
    ) -> Answer:
        token = self._bearer(call)
        self._require_scope(token, _BUSINESS_SCOPES)
        minute = self._minute()
        start, used = self._business_window or (minute, 0)
        if start != minute:
            start, used = minute, 0
        if used >= self._business_limit:
            self._business_window = (start, used)
            self._throttled.append(record)
            refusal = _google_error(
                429,
                "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute' "
                "of service 'mybusiness.googleapis.com' for consumer "
                f"'project_number:{self.client_id.split('-')[0]}'.",
                reason="rateLimitExceeded",
            )
            return _json(refusal.body, 429)
        self._business_window = (start, used + 1)
        try:
            payload = handler(call, *match.groups())
        except _Refusal as refusal:
            return _json(refusal.body, refusal.status, refusal.headers)
        return _json(payload)

    def _account(self, account_id: str) -> _Account:
        account = self._accounts.get(account_id)
        if account is None:
            raise _not_found()
        return account

    def _location(self, account_id: str, location_id: str) -> _Location:
        account = self._account(account_id)
        location = self._locations.get(location_id)
        if location is None or location.account is not account:
            raise _not_found()
        return location

    def _review(self, account_id: str, location_id: str, review_id: str) -> _Review:
        location = self._location(account_id, location_id)
        review = self._reviews.get(review_id)
        if review is None or review.deleted or review.location is not location:
            raise _not_found()
        return review

    def _list_accounts(self, call: Call) -> JSONValue:
        """mybusinessaccountmanagement v1 accounts.list: the PERSONAL account first."""
        size = _page_size(call.param("pageSize"), default=20, maximum=20)
        ordered = sorted(self._accounts.values(), key=lambda a: (a.type != "PERSONAL", a.id))
        return _offset_page(call, "accounts", ordered, size, self._render_account)

    def _list_locations(self, call: Call, account_id: str) -> JSONValue:
        """mybusinessbusinessinformation v1 accounts.locations.list (readMask required)."""
        mask_value = call.param("readMask")
        if not mask_value:
            raise _invalid_argument("Request contains an invalid argument.")
        mask = {item.strip().split(".")[0] for item in mask_value.split(",") if item.strip()}
        if not mask or not mask <= LOCATION_FIELDS:
            raise _invalid_argument("Invalid field mask provided")
        account = self._account(account_id)
        size = _page_size(call.param("pageSize"), default=10, maximum=100)
        locations = [loc for loc in self._locations.values() if loc.account is account]
        return _offset_page(
            call, "locations", locations, size, lambda loc: self._render_location(loc, mask)
        )

    def _list_reviews(self, call: Call, account_id: str, location_id: str) -> JSONValue:
        """v4 accounts.locations.reviews.list, ordered and paged by a position token."""
        location = self._location(account_id, location_id)
        if not location.verified:
            raise _google_error(
                400,
                "Precondition check failed.",
                reason="failedPrecondition",
                status_name="FAILED_PRECONDITION",
            )
        order = call.param("orderBy") or "updateTime desc"
        if order not in REVIEW_ORDERS:
            raise _invalid_argument()
        size = _page_size(
            call.param("pageSize"), default=REVIEWS_PAGE_MAX, maximum=REVIEWS_PAGE_MAX
        )
        reviews = [r for r in self._reviews.values() if r.location is location and not r.deleted]

        def key(review: _Review) -> list[Any]:
            moment = review.update_time.timestamp()
            if order == "updateTime desc":
                return [-moment, review.id]
            if order == "rating":
                return [review.stars, -moment, review.id]
            return [-review.stars, -moment, review.id]

        ordered = sorted(reviews, key=key)
        token = call.param("pageToken")
        if token:
            after = _read_page_token(token, "reviews:" + order)
            if after is None:
                raise _invalid_argument()
            ordered = [r for r in ordered if key(r) > after]
        page = ordered[:size]
        result: dict[str, Any] = {}
        if page:
            result["reviews"] = [self._render_review(r) for r in page]
        if reviews:
            result["averageRating"] = round(sum(r.stars for r in reviews) / len(reviews), 1)
        result["totalReviewCount"] = len(reviews)
        if len(ordered) > size:
            result["nextPageToken"] = _page_token("reviews:" + order, key(page[-1]))
        return result

    def _get_review(
        self, call: Call, account_id: str, location_id: str, review_id: str
    ) -> JSONValue:
        return self._render_review(self._review(account_id, location_id, review_id))

    def _put_reply(
        self, call: Call, account_id: str, location_id: str, review_id: str
    ) -> JSONValue:
        """updateReply: creates or replaces the owner's reply (naturally idempotent)."""
        review = self._review(account_id, location_id, review_id)
        try:
            request = json.loads(call.body or b"null")
        except ValueError:
            raise _invalid_argument("Invalid JSON payload received. Unexpected token.") from None
        if not isinstance(request, dict):
            raise _invalid_argument("Invalid JSON payload received. Expected an object.")
        for name in request:
            if name not in ("comment", "updateTime"):
                raise _invalid_argument(
                    f'Invalid JSON payload received. Unknown name "{name}": Cannot find field.'
                )
        comment = request.get("comment")
        if not isinstance(comment, str) or not comment.strip():
            raise _invalid_argument()
        if len(comment.encode("utf-8")) > REVIEW_REPLY_MAX_BYTES:
            raise _invalid_argument()
        moment = self._now()
        self._store_reply(review, comment, moment)
        self._replies_put.append(PutReply(review.id, comment, moment))
        return {"comment": comment, "updateTime": _rfc3339(moment)}

    def _delete_reply(
        self, call: Call, account_id: str, location_id: str, review_id: str
    ) -> JSONValue:
        review = self._review(account_id, location_id, review_id)
        if review.reply is None:
            raise _not_found()
        review.reply = None
        return {}

    # -- YouTube Data API v3 --------------------------------------------------------------

    def _youtube_call(
        self,
        call: Call,
        record: RecordedRequest,
        name: str,
        handler: Callable[[Call], JSONValue],
    ) -> Answer:
        token = self._bearer(call)
        inserting = name.endswith(".insert")
        self._require_scope(token, _YOUTUBE_WRITE_SCOPES if inserting else _YOUTUBE_READ_SCOPES)
        cost = QUOTA_COSTS["insert" if inserting else "list"]
        self._roll_quota_day()
        if self._quota_used + cost > self._quota_limit:
            self._throttled.append(record)
            refusal = _google_error(
                403, _QUOTA_MESSAGE, reason="quotaExceeded", domain="youtube.quota"
            )
            return _json(refusal.body, 403)
        try:
            payload = handler(call)
        except _Refusal as refusal:
            self._charge(name, 1)  # every request, even an invalid one, costs a unit
            return _json(refusal.body, refusal.status, refusal.headers)
        self._charge(name, cost)
        return _json(payload)

    def _charge(self, method: str, units: int) -> None:
        self._quota_used += units
        self._quota_charges.append(QuotaCharge(method, units, self._now()))

    def _list_channels(self, call: Call) -> JSONValue:
        parts = _parts(call, {"id", "snippet", "contentDetails", "statistics", "status"})
        mine = call.param("mine")
        ids = call.param("id")
        filters = [
            f for f in ("mine", "id", "forHandle", "forUsername", "managedByMe") if call.param(f)
        ]
        if len(filters) != 1:
            raise _youtube_filter_error(
                filters, ("mine", "id", "forHandle", "forUsername", "managedByMe")
            )
        items: list[dict[str, Any]] = []
        if (mine == "true") or (ids and self._channel_id in ids.split(",")):
            items.append(self._render_channel(parts))
        return {
            "kind": "youtube#channelListResponse",
            "etag": _etag("channels", [i["etag"] for i in items]),
            "pageInfo": {"totalResults": len(items), "resultsPerPage": 5},
            "items": items,
        }

    def _list_videos(self, call: Call) -> JSONValue:
        parts = _parts(call, {"id", "snippet", "contentDetails", "statistics", "status"})
        ids = call.param("id")
        if not ids:
            raise _youtube_filter_error([], ("id", "chart", "myRating"))
        wanted = [i for i in ids.split(",") if i]
        if len(wanted) > 50:
            raise _google_error(
                400,
                "The request specifies an invalid filter parameter.",
                reason="invalidFilters",
                domain="youtube.parameter",
            )
        items = [self._render_video(self._videos[i], parts) for i in wanted if i in self._videos]
        return {
            "kind": "youtube#videoListResponse",
            "etag": _etag("videos", [i["etag"] for i in items]),
            "items": items,
            "pageInfo": {"totalResults": len(items), "resultsPerPage": len(items)},
        }

    def _list_threads(self, call: Call) -> JSONValue:
        parts = _parts(call, {"id", "snippet", "replies"})
        filters = [f for f in ("allThreadsRelatedToChannelId", "videoId", "id") if call.param(f)]
        if len(filters) != 1:
            raise _youtube_filter_error(filters, ("allThreadsRelatedToChannelId", "id", "videoId"))
        text_format = _text_format(call)
        moderation = call.param("moderationStatus") or "published"
        if moderation not in ("published", "heldForReview", "likelySpam"):
            raise _invalid_value("moderationStatus", moderation)
        order = call.param("order") or "time"
        if order not in ("time", "relevance"):
            raise _invalid_value("order", order)
        tops = [
            c
            for c in self._comments.values()
            if c.parent is None and not c.deleted and moderation == "published"
        ]
        if filters[0] == "id":
            wanted = set((call.param("id") or "").split(","))
            selected = [c for c in tops if c.id in wanted]
            items = [self._render_thread(c, parts, text_format) for c in selected]
            return self._list_answer("youtube#commentThreadListResponse", items, 20, None)
        if filters[0] == "videoId":
            video_id = call.param("videoId")
            if video_id not in self._videos:
                raise _google_error(
                    404,
                    "The video identified by the <code>videoId</code> parameter could not be "
                    "found.",
                    reason="videoNotFound",
                    domain="youtube.commentThread",
                    location="videoId",
                )
            tops = [c for c in tops if c.video.id == video_id]
        elif call.param("allThreadsRelatedToChannelId") != self._channel_id:
            raise _google_error(
                404,
                "The channel identified by the <code>allThreadsRelatedToChannelId</code> "
                "parameter could not be found.",
                reason="channelNotFound",
                domain="youtube.commentThread",
                location="allThreadsRelatedToChannelId",
            )
        size = _max_results(call)

        def key(comment: _Comment) -> list[Any]:
            return [-comment.published_at.timestamp(), comment.id]

        return self._keyed_page(
            call,
            "youtube#commentThreadListResponse",
            "threads",
            sorted(tops, key=key),
            key,
            size,
            lambda c: self._render_thread(c, parts, text_format),
        )

    def _list_comments(self, call: Call) -> JSONValue:
        _parts(call, {"id", "snippet"})
        filters = [f for f in ("parentId", "id") if call.param(f)]
        if len(filters) != 1:
            raise _youtube_filter_error(filters, ("id", "parentId"))
        text_format = _text_format(call)
        if filters[0] == "id":
            wanted = set((call.param("id") or "").split(","))
            found = [c for c in self._comments.values() if c.id in wanted and not c.deleted]
            items = [self._render_comment(c, text_format) for c in found]
            return self._list_answer("youtube#commentListResponse", items, 20, None)
        parent = self._comments.get(call.param("parentId") or "")
        if parent is None or parent.deleted:
            raise _google_error(
                404,
                "The comment identified by the <code>parentId</code> parameter could not be found.",
                reason="commentNotFound",
                domain="youtube.comment",
                location="parentId",
            )
        size = _max_results(call)

        def key(comment: _Comment) -> list[Any]:
            return [comment.published_at.timestamp(), comment.id]

        return self._keyed_page(
            call,
            "youtube#commentListResponse",
            "replies:" + parent.id,
            self._replies_of(parent),
            key,
            size,
            lambda c: self._render_comment(c, text_format),
        )

    def _insert_comment(self, call: Call) -> JSONValue:
        """comments.insert: a reply to a top-level comment, as the channel; not idempotent."""
        parts = _parts(call, {"id", "snippet"})
        if "snippet" not in parts:
            raise _invalid_value("part", call.param("part") or "")
        try:
            request = json.loads(call.body or b"null")
        except ValueError:
            raise _google_error(400, "Parse Error", reason="parseError") from None
        snippet = request.get("snippet") if isinstance(request, dict) else None
        if not isinstance(snippet, dict):
            raise _google_error(
                400,
                "The comment must be linked to a parent comment.",
                reason="parentIdMissing",
                domain="youtube.comment",
            )
        parent_id = snippet.get("parentId")
        if not isinstance(parent_id, str) or not parent_id:
            raise _google_error(
                400,
                "The comment must be linked to a parent comment.",
                reason="parentIdMissing",
                domain="youtube.comment",
            )
        text = snippet.get("textOriginal")
        if not isinstance(text, str) or not text.strip():
            raise _google_error(
                400,
                "The comment resource must specify a value for the "
                "<code>snippet.textOriginal</code> property.",
                reason="commentTextRequired",
                domain="youtube.comment",
            )
        if len(text) > COMMENT_MAX_CHARACTERS:
            raise _google_error(
                400,
                "The comment's <code>snippet.textOriginal</code> property contains too many "
                "characters.",
                reason="commentTextTooLong",
                domain="youtube.comment",
            )
        parent = self._comments.get(parent_id)
        if parent is None or parent.deleted:
            raise _google_error(
                404,
                "The specified parent comment could not be found.",
                reason="parentCommentNotFound",
                domain="youtube.comment",
            )
        if parent.parent is not None:
            raise _google_error(
                400,
                "The API user is not able to insert a comment in reply to the top-level "
                "comment identified by the <code>snippet.parentId</code> property.",
                reason="operationNotSupported",
                domain="youtube.comment",
            )
        moment = self._now()
        comment = self._new_comment(parent.video, None, text, parent, moment)
        self._inserted.append(InsertedComment(comment.id, parent.id, text, moment))
        return self._render_comment(comment, "html")

    def _keyed_page(
        self,
        call: Call,
        kind: str,
        token_kind: str,
        ordered: list[_Comment],
        key: Callable[[_Comment], list[Any]],
        size: int,
        render: Callable[[_Comment], dict[str, Any]],
    ) -> dict[str, Any]:
        """One page of a keyed list: the token names the last item's key, so items added
        above it in the meantime do not shift the next page."""
        token = call.param("pageToken")
        remaining = ordered
        if token:
            after = _read_page_token(token, token_kind)
            if after is None:
                raise _google_error(
                    400,
                    "The request specifies an invalid page token.",
                    reason="invalidPageToken",
                    domain="youtube.parameter",
                    location="pageToken",
                )
            remaining = [c for c in ordered if key(c) > after]
        page = remaining[:size]
        next_token = _page_token(token_kind, key(page[-1])) if len(remaining) > size else None
        answer = self._list_answer(kind, [render(c) for c in page], size, next_token)
        answer["pageInfo"]["totalResults"] = len(ordered)
        return answer

    @staticmethod
    def _list_answer(
        kind: str, items: list[dict[str, Any]], size: int, next_token: str | None
    ) -> dict[str, Any]:
        answer: dict[str, Any] = {"kind": kind, "etag": _etag(kind, [i["etag"] for i in items])}
        if next_token is not None:
            answer["nextPageToken"] = next_token
        answer["pageInfo"] = {"totalResults": len(items), "resultsPerPage": size}
        answer["items"] = items
        return answer


# -- request parameters -------------------------------------------------------------------


def _page_size(value: str | None, *, default: int, maximum: int) -> int:
    """AIP-158: 0 or absent is the default, more than the maximum is the maximum."""
    if value is None or value == "":
        return default
    try:
        size = int(value)
    except ValueError:
        raise _invalid_argument(f"Invalid value at 'page_size' (TYPE_INT32), \"{value}\"") from None
    if size < 0:
        raise _invalid_argument()
    return default if size == 0 else min(size, maximum)


def _offset_page(
    call: Call,
    name: str,
    items: list[Any],
    size: int,
    render: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """A page of a short list whose order never changes, by offset."""
    token = call.param("pageToken")
    offset = 0
    if token:
        position = _read_page_token(token, name)
        if position is None or not position or not isinstance(position[0], int):
            raise _invalid_argument()
        offset = position[0]
    page = items[offset : offset + size]
    result: dict[str, Any] = {}
    if page:
        result[name] = [render(item) for item in page]
    if offset + size < len(items):
        result["nextPageToken"] = _page_token(name, [offset + size])
    return result


def _parts(call: Call, known: set[str]) -> set[str]:
    value = call.param("part")
    if not value:
        raise _google_error(400, "Required parameter: part", reason="required", location="part")
    parts = {p.strip() for p in value.split(",")}
    for part in parts:
        if part not in known:
            raise _google_error(
                400, f"'{part}'", reason="unknownPart", domain="youtube.part", location="part"
            )
    return parts


def _youtube_filter_error(given: list[str], expected: tuple[str, ...]) -> _Refusal:
    if not given:
        return _google_error(
            400,
            f"No filter selected. Expected one of: {', '.join(expected)}",
            reason="missingRequiredParameter",
            domain="youtube.parameter",
        )
    return _google_error(
        400,
        f"Incompatible parameters specified in the request: {', '.join(given)}",
        reason="incompatibleParameters",
        domain="youtube.parameter",
    )


def _invalid_value(name: str, value: str) -> _Refusal:
    return _google_error(400, f"Invalid value '{value}'.", reason="invalidParameter", location=name)


def _text_format(call: Call) -> str:
    value = call.param("textFormat") or "html"
    if value not in ("html", "plainText"):
        raise _invalid_value("textFormat", value)
    return value


def _max_results(call: Call) -> int:
    value = call.param("maxResults")
    if value is None:
        return 20
    if not value.isdigit() or not 1 <= int(value) <= 100:
        raise _google_error(
            400,
            f"Invalid value '{value}'. Values must be within the range: [1, 100]",
            reason="invalidParameter",
            location="maxResults",
        )
    return int(value)


def _failure(status: int) -> Answer:
    """A failure a test injected, in Google's error body."""
    refusal = _google_error(status, _fault_message(status))
    return _json(refusal.body, status)


def _fault_message(status: int) -> str:
    return {
        429: "Resource has been exhausted (e.g. check quota).",
        500: "Internal error encountered.",
        503: "The service is currently unavailable.",
        504: "The request timed out.",
    }.get(status, "Backend Error")
