"""A LinkedIn test server: a real HTTP server on 127.0.0.1 speaking what LinkedIn documents.

Written from LinkedIn's documentation on learn.microsoft.com (shared/authentication: the
Authorization Code Flow, programmatic refresh tokens, token introspection; shared/api-guide:
error handling, versioning, rate limits; marketing/community-management: organization
access control, organization social action notifications, the Comments API, the Posts
and Profile APIs), with the error bodies LinkedIn's servers are seen to send where the
docs give none — and not from any connector. Standard library only; serves on an
ephemeral port from a background thread. All public methods are thread-safe.

Both hosts, www.linkedin.com (OAuth) and api.linkedin.com (the API), are this one server.

Documented behaviours implemented, and where they come from::

    3-legged OAuth (shared/authentication/authorization-code-flow)
      GET /oauth/v2/authorization: response_type=code, client_id, redirect_uri (exactly one
        registered with the app; by default any http://127.0.0.1:PORT/… or localhost
        loopback URL, as for a native app), state (echoed back), scope (space-separated).
        code_challenge + code_challenge_method=S256 (the PKCE of LinkedIn's "OAuth 2.0 for
        native clients") are optional; when given, the code is bound to them. The member
        approves at once and is redirected to redirect_uri?code=…&state=…; a code lives 30
        minutes and works once. The member may refuse: error=user_cancelled_authorize (or
        user_cancelled_login) with error_description and state. A scope the app was not
        granted: error=unauthorized_scope_error. An unknown client or an unregistered
        redirect_uri: an error page (400), no redirect.
      POST /oauth/v2/accessToken (application/x-www-form-urlencoded): grant_type=
        authorization_code with code, redirect_uri, client_id, client_secret (always
        required: LinkedIn has no public clients in this flow; with PKCE the code_verifier
        must match too). Answer: {"access_token", "expires_in": 5184000 (60 days),
        "scope"} and, only for an app approved for programmatic refresh
        (``programmatic_refresh=True``), "refresh_token" and "refresh_token_expires_in"
        (365 days). grant_type=refresh_token with refresh_token, client_id, client_secret:
        a new 60-day access token; the refresh token keeps its first expiry (its
        refresh_token_expires_in counts down) and stays usable.
        Errors (as LinkedIn's server sends them): 400 {"error": "invalid_request",
        "error_description": "A required parameter \\"NAME\\" is missing"}; 401
        {"error": "invalid_client", "error_description": "Client authentication failed"};
        400 {"error": "invalid_request", "error_description": "Unable to retrieve access
        token: appid/redirect uri/code verifier does not match authorization code. Or
        authorization code expired. Or external member binding exists"} for a wrong, used
        or expired code; 400 {"error": "invalid_request", "error_description": "The
        provided refresh token is invalid"} (also once revoked or expired); 400
        {"error": "unsupported_grant_type", …}.
      POST /oauth/v2/revoke with client_id, client_secret, token (extra fields such as
        token_type_hint ignored): 200, empty body; the token and, for a refresh token, the
        whole grant are dead. (Declared by the app's oauth_providers.py; LinkedIn's pages
        found do not describe it, so it behaves as RFC 7009 says.)
      POST /oauth/v2/introspectToken (shared/authentication/token-introspection) with
        client_id, client_secret, token: {"active", "client_id", "authorized_at",
        "created_at", "status": "active"|"expired"|"revoked", "expires_at", "scope"
        (comma-separated), "auth_type": "3L"}; an unknown token: {"active": false}.
    The signed-in member
      GET /v2/userinfo (OpenID Connect; scopes openid + profile): {"sub", "name",
        "given_name", "family_name", "picture", "locale", "email"?, "email_verified"?}.
      GET /v2/me (r_liteprofile or r_basicprofile): {"id", "localizedFirstName",
        "localizedLastName", "localizedHeadline", "vanityName"}.
    Errors of the API (shared/api-guide/concepts/error-handling): {"status",
      "serviceErrorCode", "code", "message"} (code only where LinkedIn sends one):
      401 {"serviceErrorCode": 401, "message": "Empty oauth2_access_token"} without a token;
      401 {"serviceErrorCode": 65600, "code": "INVALID_ACCESS_TOKEN", "message": "Invalid
        access token"} for an unknown one;
      401 {"serviceErrorCode": 65601, "code": "REVOKED_ACCESS_TOKEN", "message": "The token
        used in the request has been revoked by the user"} after revocation;
      401 {"serviceErrorCode": 65602, "code": "EXPIRED_ACCESS_TOKEN", "message": "The token
        used in the request has expired"} after 60 days;
      403 {"serviceErrorCode": 100, "code": "ACCESS_DENIED", "message": "Not enough
        permissions to access: …"} for a missing scope or organization role;
      404 {"status": 404, "code": "NOT_FOUND", "message": …} for an unknown post, comment
        or organization;
      400 {"status": 400, "code": "…", "message": …} for invalid parameters or bodies.
    Versioning (marketing/versioning): every /rest/ call needs LinkedIn-Version: YYYYMM
      (or YYYYMM.RR) and X-Restli-Protocol-Version: 2.0.0.
      No version: 400 {"status": 400, "code": "VERSION_MISSING", "message": "A version must
        be present. Please specify a version by adding the LinkedIn-Version header."}.
      A version that is not (or no longer, or not yet) active: 426 {"status": 426, "code":
        "NONEXISTENT_VERSION", "message": "Requested version 20240101 is not active"} (the
        month written YYYYMMDD, as LinkedIn's server does). A version is active from its
        month for 12 months on the server's clock (each is supported "a minimum of one
        year"); sunset_version()/activate_version() override that.
      Without X-Restli-Protocol-Version: 2.0.0: 400 {"status": 400, "code":
        "RESTLI_PROTOCOL_REQUIRED", "message": …} — this server's strictness: it reads only
        Rest.li 2.0 syntax (List(…), (start:…,end:…)); LinkedIn documents the header as
        required.
    Rate limits (shared/api-guide/concepts/rate-limits): daily limits per application
      and per member for each endpoint, reset at midnight UTC (on the server's clock);
      LinkedIn publishes none, so none apply until set_daily_limit(). Over a limit: 429
      {"status": 429, "serviceErrorCode": 101, "message": "Resource level throttle MEMBER
      DAY limit for calls to this resource is reached."} (APPLICATION for the app's).
      No Retry-After header (LinkedIn sends none).
    GET /rest/organizationAcls?q=roleAssignee[&role=ADMINISTRATOR][&state=APPROVED]
      [&start&count] (community-management/organizations/organization-access-control-by-
      role): the signed-in member's roles: {"elements": [{"roleAssignee":
      "urn:li:person:…", "role", "state", "organization": "urn:li:organization:N"}],
      "paging": {"start", "count", "links", "total"}}.
    GET /rest/organizations/{id}: {"id", "localizedName", "vanityName", "$URN"}.
    GET /rest/organizationalEntityNotifications?q=criteria&organizationalEntity=URN
      &actions=List(COMMENT,SHARE_MENTION,…)[&timeRange=(start:MS,end:MS)][&sourcePost=URN]
      [&start&count] (organization-social-action-notifications, pull): the organization's
      notifications of the last 60 days (older ones are gone), newest first, for an
      ADMINISTRATOR of it. Actions modelled: COMMENT (a member's comment or reply on one
      of the organization's posts), ADMIN_COMMENT (the organization's own comment, made
      here or through the API), SHARE_MENTION (a member's post mentioning it),
      COMMENT_DELETE. Element: {"notificationId", "organizationalEntity", "action",
      "sourcePost": "urn:li:activity:N", "decoratedSourcePost": {"entity":
      "urn:li:share:N", "owner", "text", "mediaCategory": "NONE"}, "generatedActivity",
      "decoratedGeneratedActivity": {"comment": {"entity": commentUrn, "owner", "text",
      "object"}} | {"share": {"entity", "owner", "text"}}, "lastModifiedAt": MS}; for a
      SHARE_MENTION, sourcePost and generatedActivity are the mentioning post's share URN
      and there is no decoratedSourcePost; a COMMENT_DELETE's comment has no text.
      Paging: count default 10, at most 100 (more is cut to 100), "paging": {"start",
      "count", "links", "total"}. Without actions every action is returned.
    GET /rest/socialActions/{URN}/comments[?start&count] (community-management/shares/
      comments-api): URN (URL-encoded) is a post's share, ugcPost or activity URN — its
      first-level comments — or a comment URN — the replies to it; oldest first (LinkedIn
      documents no order); count default 10, at most 100. Comment: {"actor", "agent"
      (the member who wrote it for an organization), "id", "commentUrn", "$URN",
      "object": "urn:li:activity:N", "parentComment"? , "message": {"text",
      "attributes": []}, "created": {"actor", "time": MS, "impersonator"? (the member, for an
      organization's comment)}, "lastModified": {…},
      "commentsSummary": {"totalFirstLevelComments", "aggregatedTotalComments",
      "selectedComments": []}, "likesSummary": {…}}; "paging": {"start", "count",
      "links", "total"}. Comment URNs: urn:li:comment:(urn:li:activity:N,C).
    POST /rest/socialActions/{URN}/comments with JSON {"actor": "urn:li:organization:N",
      "object": the post's URN, "message": {"text"}, "parentComment": a comment URN for a
      nested reply} — URN in the path is the post (or, for a reply, the parent comment):
      201 with the created comment as body (its "commentUrn"/"$URN" is the reply's URN)
      and headers x-restli-id (the comment's id) and Location
      (/rest/socialActions/{URN}/comments/{id}). The actor
      must be an organization the member is ADMINISTRATOR, DIRECT_SPONSORED_CONTENT_POSTER
      or RECRUITING_POSTER of, with w_organization_social (403 otherwise). An unknown
      object or parent: 404; a parent not on that object, a missing text or a body that is
      not an object: 400. No idempotency: the same body twice is two comments.
    GET /rest/posts/{URN}: {"id", "author", "commentary", "createdAt", "lastModifiedAt",
      "visibility": "PUBLIC", "lifecycleState": "PUBLISHED"}.
    GET /rest/people/(id:{id}) (restricted Profile API): the member's basic profile.

Scopes: r_organization_social / w_organization_social and their newer names
r_organization_social_feed / w_organization_social_feed are both accepted (reading
comments and posts needs an r_, commenting a w_ one); organizationAcls and the
notifications take any of those or rw_organization_admin / r_organization_admin (the
pages seen disagree on which one the notifications need, so this server is lenient).

Not modelled: 2-legged tokens, reactions, posts creation through the API, webhooks,
comment edits through the API, mentions inside comments (COMMENT_MENTION), projections
and decorations (``~``).

Public API::

    LinkedInServer(*, now: Callable[[], datetime] | None = None,
                   client_id="linkedin-test-client", client_secret="linkedin-test-secret",
                   redirect_uris: list[str] | None = None,
                   access_token_lifetime=timedelta(days=60),
                   programmatic_refresh=False, refresh_token_lifetime=timedelta(days=365),
                   admin_first_name="Ada", admin_last_name="Admin",
                   organization_name="The Business")
        context manager; start() -> LinkedInServer; stop() -> None
        now: the server's clock (token and code expiry, daily limits, version activity,
             created times, the Date header). Pass ``FakeClock(...).now``.
        .base_url          http://127.0.0.1:PORT (both api.linkedin.com and www.linkedin.com)
        .authorize_url / .token_url / .revoke_url / .introspect_url   the /oauth/v2/ URLs
        .client_id / .client_secret   the default app; redirect_uris None = any loopback
        .access_token_lifetime, .programmatic_refresh, .refresh_token_lifetime  settable
        .latest_version    "YYYYMM" of the clock's month (always active unless sunset)
        .admin: dict       the signed-in member ("admin"): key, id, urn, first_name,
                           last_name, name, vanity_name, headline, email
        .organization: dict   the default organization the admin administers: id, urn,
                           name, vanity_name

    Apps and tokens
        add_client(client_id, client_secret, redirect_uris=None, scopes=None) -> None
            scopes: what the app was granted (None: every scope this server knows)
        issue_token(member="admin", scope=DEFAULT_SCOPE) -> dict   what /accessToken
            answers after a sign-in, without the browser (for --secret-stdin tests)
        revoke_token(token) -> None        that access or refresh token is dead
        revoke_member(member="admin") -> None   the member removed the app (Settings →
            Data privacy → Permitted services): every token of theirs answers 401
            REVOKED_ACCESS_TOKEN and refresh is refused
        expire_token(access_token) -> None expired now (401 EXPIRED_ACCESS_TOKEN)
        deny_next_authorization(error="user_cancelled_authorize") -> None
        .authorizations -> list[Authorization]   every authorization that reached approval

    Members and organizations
        add_member(key, first_name, last_name="", *, headline="", vanity_name=None,
                   email=None) -> dict   as .admin; key names the member in this API
        member(key) -> dict
        add_organization(name, *, administrators=("admin",), vanity_name=None) -> dict
        grant_role(member, organization_urn, role="ADMINISTRATOR", state="APPROVED")
        remove_role(member, organization_urn) -> None

    Posts, comments, mentions (created directly: not recorded as requests)
        add_post(text="", *, author=None, created_at=None) -> dict   a post by an
            organization URN (default: the default organization) or a member key:
            {"urn": "urn:li:share:N", "activity": "urn:li:activity:N", "author", "text",
             "created_at"}
        comment(author, on, text, *, created_at=None) -> dict   a comment as the API
            renders it. author: a member key, or an organization URN (a reply made on
            linkedin.com by the page — agent: the admin). on: a post's share, ugcPost or
            activity URN, or a comment URN (a nested reply). Notifies the post's
            organization (COMMENT, or ADMIN_COMMENT when the author is the organization).
        add_comments(count, author, on, *, start=None, step=timedelta(minutes=1))
            -> list[dict]   many comments at once, oldest first, for paging tests
        mention(author, text=None, *, organization_urn=None, created_at=None) -> dict
            a member's post mentioning the organization (SHARE_MENTION); the text gets
            "@Name " in front unless it already names it
        delete_comment(comment_urn) -> None   gone from listings (COMMENT_DELETE)
        comments(on) -> list[dict]   every comment on that post or comment, oldest first
        notifications(organization_urn=None) -> list[dict]   as the API renders them
        .created_comments -> list[CreatedComment]   one per comment created by POST

    Throttling and versions
        set_daily_limit(endpoint, limit, *, per="member") -> None   per "member" or
            "application"; endpoint is one of ENDPOINTS (e.g. COMMENTS_GET, NOTIFICATIONS)
        throttle_next(path_prefix="/rest/", times=1, *, method=None, per="member")
            the next matching requests answer 429 (nothing done)
        .throttled -> list[RecordedRequest]   answered 429
        sunset_version(version) / activate_version(version) -> None
        is_version_active(version) -> bool

    Faults (path_prefix matches the start of the raw path; method None = any)
        drop_next(path_prefix, times=1, *, after_processing=False, method=None)
            the connection closes without an answer; after_processing=True does the work
            first (POST …/comments creates the comment), as when the answer is lost
        cut_next(path_prefix, times=1, *, method=None)   the work is done, the status,
            headers and half the body are sent, then the connection ends
        fail_next(path_prefix, status=500, times=1, *, method=None)   LinkedIn's error
            body with that status, nothing done
        serve_raw_next(path_prefix, body, *, status=200, content_type="application/json",
                       times=1, method=None)   that body (bytes, or text sent as UTF-8)
            as the answer (malformed JSON, an HTML page…), nothing done

    Inspection
        .requests -> list[RecordedRequest]   every request in arrival order (path as
            sent: URNs in it percent-encoded)
        requests_to(path_prefix, method=None) -> list[RecordedRequest]
        count(path_prefix="", method=None) -> int

Times in the API are epoch milliseconds. Ids of posts, activities and comments are
19-digit numbers, never reused, that grow as they are created (a comment given an earlier
created_at is still listed in its time's place).
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

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

DEFAULT_SCOPE = "r_organization_social w_organization_social"
KNOWN_SCOPES = frozenset(
    {
        "r_organization_social",
        "w_organization_social",
        "r_organization_social_feed",
        "w_organization_social_feed",
        "rw_organization_admin",
        "r_organization_admin",
        "r_basicprofile",
        "r_liteprofile",
        "r_emailaddress",
        "w_member_social",
        "r_member_social",
        "openid",
        "profile",
        "email",
    }
)
READ_SOCIAL = frozenset({"r_organization_social", "r_organization_social_feed"})
WRITE_SOCIAL = frozenset({"w_organization_social", "w_organization_social_feed"})
ACL_SCOPES = READ_SOCIAL | WRITE_SOCIAL | {"rw_organization_admin", "r_organization_admin"}
PROFILE_SCOPES = frozenset({"r_liteprofile", "r_basicprofile"})
COMMENTING_ROLES = frozenset(
    {"ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER", "RECRUITING_POSTER"}
)
READING_ROLES = frozenset({"ADMINISTRATOR", "DIRECT_SPONSORED_CONTENT_POSTER"})
ROLES = frozenset(
    {
        "ADMINISTRATOR",
        "DIRECT_SPONSORED_CONTENT_POSTER",
        "RECRUITING_POSTER",
        "LEAD_GEN_FORMS_MANAGER",
        "ANALYST",
        "CURATOR",
        "CONTENT_ADMINISTRATOR",
    }
)
ACTIONS = frozenset(
    {
        "LIKE",
        "COMMENT",
        "SHARE",
        "SHARE_MENTION",
        "ADMIN_COMMENT",
        "COMMENT_EDIT",
        "COMMENT_DELETE",
        "COMMENT_MENTION",
    }
)
AUTHORIZATION_CODE_LIFETIME = timedelta(minutes=30)
NOTIFICATION_RETENTION = timedelta(days=60)
MAX_COUNT = 100
DEFAULT_COUNT = 10
VERSION_LIFETIME_MONTHS = 12
ID_BASE_MS = 1_230_768_000_000  # ids are ((ms - base) << 22) | sequence: 19 digits in 2026

# The endpoints, as named for set_daily_limit().
ACLS = "GET /rest/organizationAcls"
ORGANIZATIONS = "GET /rest/organizations/{id}"
NOTIFICATIONS = "GET /rest/organizationalEntityNotifications"
COMMENTS_GET = "GET /rest/socialActions/{urn}/comments"
COMMENTS_POST = "POST /rest/socialActions/{urn}/comments"
POSTS_GET = "GET /rest/posts/{urn}"
PEOPLE_GET = "GET /rest/people/(id:{id})"
ENDPOINTS = (ACLS, ORGANIZATIONS, NOTIFICATIONS, COMMENTS_GET, COMMENTS_POST, POSTS_GET, PEOPLE_GET)

_PERSON_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_VERSION_RE = re.compile(r"(\d{4})(\d{2})(?:\.(\d{2}))?")
_COMMENT_URN_RE = re.compile(r"urn:li:comment:\((urn:li:(?:activity|share|ugcPost):\d+),(\d+)\)")
_POST_URN_RE = re.compile(r"urn:li:(share|ugcPost|activity):(\d+)")
_ORGANIZATION_URN_RE = re.compile(r"urn:li:organization:(\d+)")
_TIME_RANGE_RE = re.compile(r"\(start:(\d+),end:(\d+)\)")

JSONValue = Any


@dataclass(frozen=True)
class CreatedComment:
    """A comment created by POST …/comments (what the connector sent, as stored)."""

    urn: str
    id: str
    actor: str  # the organization URN
    agent: str  # the member's person URN
    object: str  # the post's activity URN
    parent_comment: str | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class Authorization:
    """One GET /oauth/v2/authorization that reached the approval step."""

    client_id: str
    redirect_uri: str
    scope: str
    state: str | None
    code_challenge: str | None
    code: str | None  # None when refused
    error: str | None


@dataclass(eq=False)
class _Member:
    key: str
    id: str
    first_name: str
    last_name: str
    headline: str
    vanity_name: str
    email: str | None

    @property
    def urn(self) -> str:
        return f"urn:li:person:{self.id}"

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(eq=False)
class _Organization:
    id: str
    name: str
    vanity_name: str

    @property
    def urn(self) -> str:
        return f"urn:li:organization:{self.id}"


@dataclass(eq=False)
class _Role:
    member: _Member
    organization: _Organization
    role: str
    state: str


@dataclass(eq=False)
class _Post:
    share_id: str
    activity_id: str
    author: str  # organization or person URN
    text: str
    created_at: datetime
    mentions: _Organization | None = None

    @property
    def share_urn(self) -> str:
        return f"urn:li:share:{self.share_id}"

    @property
    def activity_urn(self) -> str:
        return f"urn:li:activity:{self.activity_id}"


@dataclass(eq=False)
class _Comment:
    id: str
    post: _Post
    actor: str
    agent: str | None  # the member behind an organization's comment
    text: str
    created_at: datetime
    parent: _Comment | None
    deleted: bool = False

    @property
    def urn(self) -> str:
        return f"urn:li:comment:({self.post.activity_urn},{self.id})"


@dataclass(eq=False)
class _Notification:
    id: int
    organization: _Organization
    action: str
    post: _Post
    at: datetime
    comment: _Comment | None = None


@dataclass(eq=False)
class _Client:
    client_id: str
    client_secret: str
    redirect_uris: list[str] | None  # None: any loopback URL
    scopes: frozenset[str]


@dataclass(eq=False)
class _Grant:
    """One approval of an app by a member; its tokens live and die with it."""

    member: _Member
    client: _Client
    scope: str
    authorized_at: datetime
    revoked: bool = False


@dataclass(eq=False)
class _AccessToken:
    value: str
    grant: _Grant
    created_at: datetime
    expires_at: datetime
    revoked: bool = False


@dataclass(eq=False)
class _RefreshToken:
    value: str
    grant: _Grant
    expires_at: datetime


@dataclass(eq=False)
class _Code:
    value: str
    client: _Client
    redirect_uri: str
    scope: str
    member: _Member
    challenge: str | None
    created_at: datetime
    used: bool = False


@dataclass
class _Forced:
    """An answer a test forced on the next matching request, nothing done: a 429 or a raw
    body (the drops, cuts and failures are the FaultQueue's)."""

    prefix: str
    method: str | None
    answer: Answer
    throttled: bool


class _Refused(Exception):
    """Any answer but success, raised from inside a handler."""

    def __init__(self, status: int, body: JSONValue, headers: dict[str, str] | None = None):
        super().__init__(status)
        self.status = status
        self.body = body
        self.headers = headers or {}


def _json(payload: JSONValue, status: int = 200, headers: dict[str, str] | None = None) -> Answer:
    return Answer(status, json.dumps(payload).encode(), headers=dict(headers or {}))


def _api_error(
    status: int, message: str, *, code: str | None = None, service_error_code: int | None = None
) -> _Refused:
    """LinkedIn's error body: status, serviceErrorCode, code (where it sends them), message."""
    body: dict[str, Any] = {"status": status}
    if service_error_code is not None:
        body["serviceErrorCode"] = service_error_code
    if code is not None:
        body["code"] = code
    body["message"] = message
    return _Refused(status, body)


def _bad_request(message: str, code: str = "ILLEGAL_ARGUMENT") -> _Refused:
    return _api_error(400, message, code=code)


def _not_found(what: str) -> _Refused:
    return _api_error(404, f"Not Found: {what}", code="NOT_FOUND")


def _denied(what: str) -> _Refused:
    return _api_error(
        403,
        f"Not enough permissions to access: {what}",
        code="ACCESS_DENIED",
        service_error_code=100,
    )


def _oauth_error(status: int, error: str, description: str) -> _Refused:
    return _Refused(status, {"error": error, "error_description": description})


def _missing(parameter: str) -> _Refused:
    return _oauth_error(400, "invalid_request", f'A required parameter "{parameter}" is missing')


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _person_id(key: str) -> str:
    """A LinkedIn-looking member id (ten letters and digits), stable for a key."""
    digest = hashlib.sha256(key.encode()).digest()
    return "".join(_PERSON_ID_ALPHABET[b % len(_PERSON_ID_ALPHABET)] for b in digest[:10])


def _month_index(year: int, month: int) -> int:
    return year * 12 + (month - 1)


def _paging(request: Call) -> tuple[int, int]:
    """The documented start/count parameters: count defaults to 10, is cut to 100."""
    values = {}
    for name, default in (("start", 0), ("count", DEFAULT_COUNT)):
        raw = request.param(name)
        if raw is None:
            values[name] = default
            continue
        if not raw.isdigit():
            raise _bad_request(f"Invalid value for param '{name}': {raw}")
        values[name] = int(raw)
    return values["start"], min(values["count"], MAX_COUNT)


def _page_of(
    items: list[Any], start: int, count: int, path: str, query: dict[str, list[str]]
) -> tuple[list[Any], dict[str, Any]]:
    """One page and its "paging" object, with a "next" link while more remain."""
    page = items[start : start + count]
    links: list[dict[str, Any]] = []
    if start + count < len(items) and count > 0:
        following = {k: v[0] for k, v in query.items() if k not in ("start", "count")}
        following |= {"start": str(start + count), "count": str(count)}
        href = path + "?" + urlencode(following, safe=":(),")
        links.append({"type": "application/json", "rel": "next", "href": href})
    if start > 0:
        earlier = {k: v[0] for k, v in query.items() if k not in ("start", "count")}
        earlier |= {"start": str(max(0, start - count)), "count": str(count)}
        href = path + "?" + urlencode(earlier, safe=":(),")
        links.append({"type": "application/json", "rel": "prev", "href": href})
    return page, {"start": start, "count": count, "links": links, "total": len(items)}


def _restli_list(value: str, name: str) -> list[str]:
    """Rest.li 2.0's List(a,b,c)."""
    if not (value.startswith("List(") and value.endswith(")")):
        raise _bad_request(f"Invalid value for param '{name}': {value} is not a Rest.li 2.0 List")
    inner = value[5:-1]
    return [item for item in inner.split(",") if item] if inner else []


class LinkedInServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None = None,
        client_id: str = "linkedin-test-client",
        client_secret: str = "linkedin-test-secret",
        redirect_uris: list[str] | None = None,
        access_token_lifetime: timedelta = timedelta(days=60),
        programmatic_refresh: bool = False,
        refresh_token_lifetime: timedelta = timedelta(days=365),
        admin_first_name: str = "Ada",
        admin_last_name: str = "Admin",
        organization_name: str = "The Business",
    ) -> None:
        self._now = now or (lambda: datetime.now(UTC))
        self.access_token_lifetime = access_token_lifetime
        self.programmatic_refresh = programmatic_refresh
        self.refresh_token_lifetime = refresh_token_lifetime
        self.authorization_code_lifetime = AUTHORIZATION_CODE_LIFETIME
        self._lock = threading.RLock()
        self._members: dict[str, _Member] = {}
        self._members_by_id: dict[str, _Member] = {}
        self._organizations: dict[str, _Organization] = {}  # by id
        self._roles: list[_Role] = []
        self._posts: dict[str, _Post] = {}  # by share id and by activity id
        self._comments: dict[str, _Comment] = {}  # by comment id
        self._notifications: list[_Notification] = []
        self._sequence = 0
        self._last_id = 0
        self._next_organization_id = 2_414_183
        self._clients: dict[str, _Client] = {}
        self._codes: dict[str, _Code] = {}
        self._access_tokens: dict[str, _AccessToken] = {}
        self._refresh_tokens: dict[str, _RefreshToken] = {}
        self._grants: list[_Grant] = []
        self._authorizations: list[Authorization] = []
        self._deny_next: str | None = None
        self._version_overrides: dict[str, bool] = {}
        self._daily_limits: dict[tuple[str, str], int] = {}  # (endpoint, per) -> limit
        self._daily_use: dict[tuple[str, str, date], int] = {}  # (endpoint, who, day) -> n
        self._faults = FaultQueue()
        self._forced: list[_Forced] = []
        self._requests: list[RecordedRequest] = []
        self._throttled: list[RecordedRequest] = []
        self._created: list[CreatedComment] = []
        self.client_id = client_id
        self.client_secret = client_secret
        self.add_client(client_id, client_secret, redirect_uris)
        self._admin = self._new_member("admin", admin_first_name, admin_last_name)
        self._default_organization = self._new_organization(organization_name, None)
        self._roles.append(
            _Role(self._admin, self._default_organization, "ADMINISTRATOR", "APPROVED")
        )
        self._http = ServedHttp(clocked_handler(self._serve, self._now), poll_interval=0.02)

    # -- lifecycle and addresses ------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._http.url

    @property
    def authorize_url(self) -> str:
        return self.base_url + "/oauth/v2/authorization"

    @property
    def token_url(self) -> str:
        return self.base_url + "/oauth/v2/accessToken"

    @property
    def revoke_url(self) -> str:
        return self.base_url + "/oauth/v2/revoke"

    @property
    def introspect_url(self) -> str:
        return self.base_url + "/oauth/v2/introspectToken"

    def start(self) -> LinkedInServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    @property
    def admin(self) -> dict[str, Any]:
        with self._lock:
            return self._member_dict(self._admin)

    @property
    def organization(self) -> dict[str, Any]:
        with self._lock:
            return self._organization_dict(self._default_organization)

    @property
    def latest_version(self) -> str:
        now = self._now()
        return f"{now.year:04d}{now.month:02d}"

    # -- apps and tokens --------------------------------------------------------------

    def add_client(
        self,
        client_id: str,
        client_secret: str,
        redirect_uris: list[str] | None = None,
        scopes: Iterable[str] | None = None,
    ) -> None:
        with self._lock:
            granted = frozenset(scopes) if scopes is not None else KNOWN_SCOPES
            self._clients[client_id] = _Client(client_id, client_secret, redirect_uris, granted)

    def issue_token(self, member: str = "admin", scope: str = DEFAULT_SCOPE) -> dict[str, Any]:
        with self._lock:
            grant = _Grant(self._member(member), self._clients[self.client_id], scope, self._now())
            self._grants.append(grant)
            return self._token_answer(grant)

    def revoke_token(self, token: str) -> None:
        with self._lock:
            if token in self._access_tokens:
                self._access_tokens[token].revoked = True
            elif token in self._refresh_tokens:
                self._refresh_tokens[token].grant.revoked = True
            else:
                raise KeyError(f"no token {token!r}")

    def revoke_member(self, member: str = "admin") -> None:
        with self._lock:
            target = self._member(member)
            for grant in self._grants:
                if grant.member is target:
                    grant.revoked = True

    def expire_token(self, access_token: str) -> None:
        with self._lock:
            self._access_tokens[access_token].expires_at = self._now()

    def deny_next_authorization(self, error: str = "user_cancelled_authorize") -> None:
        if error not in ("user_cancelled_authorize", "user_cancelled_login"):
            raise ValueError("error is user_cancelled_authorize or user_cancelled_login")
        with self._lock:
            self._deny_next = error

    @property
    def authorizations(self) -> list[Authorization]:
        with self._lock:
            return list(self._authorizations)

    # -- members and organizations ----------------------------------------------------

    def add_member(
        self,
        key: str,
        first_name: str,
        last_name: str = "",
        *,
        headline: str = "",
        vanity_name: str | None = None,
        email: str | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            member = self._new_member(
                key, first_name, last_name, headline=headline, vanity_name=vanity_name, email=email
            )
            return self._member_dict(member)

    def member(self, key: str) -> dict[str, Any]:
        with self._lock:
            return self._member_dict(self._member(key))

    def add_organization(
        self,
        name: str,
        *,
        administrators: Iterable[str] = ("admin",),
        vanity_name: str | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            organization = self._new_organization(name, vanity_name)
            for key in administrators:
                self._roles.append(
                    _Role(self._member(key), organization, "ADMINISTRATOR", "APPROVED")
                )
            return self._organization_dict(organization)

    def grant_role(
        self,
        member: str,
        organization_urn: str,
        role: str = "ADMINISTRATOR",
        state: str = "APPROVED",
    ) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        with self._lock:
            target = self._member(member)
            organization = self._organization_by_urn(organization_urn)
            self._roles = [
                r
                for r in self._roles
                if not (r.member is target and r.organization is organization and r.role == role)
            ]
            self._roles.append(_Role(target, organization, role, state))

    def remove_role(self, member: str, organization_urn: str) -> None:
        with self._lock:
            target = self._member(member)
            organization = self._organization_by_urn(organization_urn)
            self._roles = [
                r
                for r in self._roles
                if not (r.member is target and r.organization is organization)
            ]

    # -- posts, comments, mentions ----------------------------------------------------

    def add_post(
        self, text: str = "", *, author: str | None = None, created_at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            author_urn = self._author_urn(author or self._default_organization.urn)
            post = self._new_post(author_urn, text, created_at or self._now())
            return self._post_dict(post)

    def comment(
        self, author: str, on: str, text: str, *, created_at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            post, parent = self._target(on)
            actor = self._author_urn(author)
            agent = self._admin.urn if actor.startswith("urn:li:organization:") else None
            comment = self._new_comment(post, parent, actor, agent, text, created_at)
            return self._render_comment(comment)

    def add_comments(
        self,
        count: int,
        author: str,
        on: str,
        *,
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
    ) -> list[dict[str, Any]]:
        first = start or self._now() - step * count
        return [
            self.comment(author, on, f"Comment {n + 1}", created_at=first + step * n)
            for n in range(count)
        ]

    def mention(
        self,
        author: str,
        text: str | None = None,
        *,
        organization_urn: str | None = None,
        created_at: datetime | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            organization = (
                self._organization_by_urn(organization_urn)
                if organization_urn
                else self._default_organization
            )
            handle = f"@{organization.name}"
            body = text if text is not None else "Hello"
            if handle.lower() not in body.lower():
                body = f"{handle} {body}"
            moment = created_at or self._now()
            post = self._new_post(self._member(author).urn, body, moment)
            post.mentions = organization
            self._notify(organization, "SHARE_MENTION", post, moment)
            return self._post_dict(post)

    def delete_comment(self, comment_urn: str) -> None:
        with self._lock:
            _, comment = self._target(comment_urn)
            if comment is None:
                raise KeyError(f"{comment_urn!r} is not a comment URN")
            comment.deleted = True
            owner = self._post_organization(comment.post)
            if owner is not None:
                self._notify(owner, "COMMENT_DELETE", comment.post, self._now(), comment)

    def comments(self, on: str) -> list[dict[str, Any]]:
        with self._lock:
            post, parent = self._target(on)
            return [self._render_comment(c) for c in self._comments_under(post, parent)]

    def notifications(self, organization_urn: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            organization = (
                self._organization_by_urn(organization_urn)
                if organization_urn
                else self._default_organization
            )
            return [
                self._render_notification(n)
                for n in self._newest_notifications()
                if n.organization is organization
            ]

    @property
    def created_comments(self) -> list[CreatedComment]:
        with self._lock:
            return list(self._created)

    # -- throttling and versions ------------------------------------------------------

    def set_daily_limit(self, endpoint: str, limit: int, *, per: str = "member") -> None:
        if endpoint not in ENDPOINTS:
            raise ValueError(f"endpoint is one of {ENDPOINTS}")
        if per not in ("member", "application"):
            raise ValueError("per is 'member' or 'application'")
        with self._lock:
            self._daily_limits[(endpoint, per)] = limit

    def throttle_next(
        self,
        path_prefix: str = "/rest/",
        times: int = 1,
        *,
        method: str | None = None,
        per: str = "member",
    ) -> None:
        with self._lock:
            answer = self._too_many(per)
            self._forced += [_Forced(path_prefix, method, answer, True) for _ in range(times)]

    @property
    def throttled(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._throttled)

    def sunset_version(self, version: str) -> None:
        with self._lock:
            self._version_overrides[version] = False

    def activate_version(self, version: str) -> None:
        with self._lock:
            self._version_overrides[version] = True

    def is_version_active(self, version: str) -> bool:
        with self._lock:
            return self._version_active(version)

    # -- faults and inspection --------------------------------------------------------

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
        self, path_prefix: str, status: int = 500, times: int = 1, *, method: str | None = None
    ) -> None:
        self._faults.fail(path_prefix, status, times, method=method)

    def serve_raw_next(
        self,
        path_prefix: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "application/json",
        times: int = 1,
        method: str | None = None,
    ) -> None:
        raw = body.encode() if isinstance(body, str) else body
        with self._lock:
            answer = Answer(status, raw, content_type)
            self._forced += [_Forced(path_prefix, method, answer, False) for _ in range(times)]

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path_prefix: str, method: str | None = None) -> list[RecordedRequest]:
        with self._lock:
            return [
                r
                for r in self._requests
                if r.path.startswith(path_prefix) and method in (None, r.method)
            ]

    def count(self, path_prefix: str = "", method: str | None = None) -> int:
        return len(self.requests_to(path_prefix, method))

    # -- internals: the model ---------------------------------------------------------

    def _new_member(
        self,
        key: str,
        first_name: str,
        last_name: str,
        *,
        headline: str = "",
        vanity_name: str | None = None,
        email: str | None = None,
    ) -> _Member:
        if key in self._members:
            raise ValueError(f"member {key!r} exists")
        member = _Member(
            key,
            _person_id(key),
            first_name,
            last_name,
            headline,
            vanity_name
            or re.sub(r"[^a-z0-9]+", "-", f"{first_name} {last_name}".lower()).strip("-"),
            email if email is not None else f"{key}@example.com",
        )
        self._members[key] = member
        self._members_by_id[member.id] = member
        return member

    def _member(self, key: str) -> _Member:
        try:
            return self._members[key]
        except KeyError:
            raise KeyError(f"no member {key!r}: add_member() first") from None

    def _new_organization(self, name: str, vanity_name: str | None) -> _Organization:
        organization = _Organization(
            str(self._next_organization_id),
            name,
            vanity_name or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
        )
        self._next_organization_id += 1
        self._organizations[organization.id] = organization
        return organization

    def _organization_by_urn(self, urn: str) -> _Organization:
        match = _ORGANIZATION_URN_RE.fullmatch(urn)
        organization = self._organizations.get(match.group(1)) if match else None
        if organization is None:
            raise KeyError(f"no organization {urn!r}")
        return organization

    def _author_urn(self, author: str) -> str:
        """A member key or an organization URN, as the URN that appears in the API."""
        if author.startswith("urn:li:organization:"):
            return self._organization_by_urn(author).urn
        return self._member(author).urn

    def _next_id(self, moment: datetime) -> str:
        """Ids that grow with time: ((ms - base) << 22) | sequence, never repeating."""
        self._sequence = (self._sequence + 1) % (1 << 22)
        candidate = ((_ms(moment) - ID_BASE_MS) << 22) | self._sequence
        self._last_id = max(candidate, self._last_id + 1)
        return str(self._last_id)

    def _new_post(self, author_urn: str, text: str, moment: datetime) -> _Post:
        post = _Post(self._next_id(moment), self._next_id(moment), author_urn, text, moment)
        self._posts[post.share_id] = post
        self._posts[post.activity_id] = post
        return post

    def _post_organization(self, post: _Post) -> _Organization | None:
        match = _ORGANIZATION_URN_RE.fullmatch(post.author)
        return self._organizations.get(match.group(1)) if match else None

    def _target(self, urn: str) -> tuple[_Post, _Comment | None]:
        """The post (and comment) a socialActions URN names; KeyError when none."""
        comment_match = _COMMENT_URN_RE.fullmatch(urn)
        if comment_match:
            comment = self._comments.get(comment_match.group(2))
            post_match = _POST_URN_RE.fullmatch(comment_match.group(1))
            if (
                comment is None
                or comment.deleted
                or post_match is None
                or self._posts.get(post_match.group(2)) is not comment.post
            ):
                raise KeyError(f"no comment {urn!r}")
            return comment.post, comment
        post_match = _POST_URN_RE.fullmatch(urn)
        post = self._posts.get(post_match.group(2)) if post_match else None
        if post is None:
            raise KeyError(f"no post {urn!r}")
        return post, None

    def _new_comment(
        self,
        post: _Post,
        parent: _Comment | None,
        actor: str,
        agent: str | None,
        text: str,
        created_at: datetime | None,
    ) -> _Comment:
        moment = created_at or self._now()
        comment = _Comment(self._next_id(moment), post, actor, agent, text, moment, parent)
        self._comments[comment.id] = comment
        owner = self._post_organization(post)
        if owner is not None:
            action = "ADMIN_COMMENT" if actor == owner.urn else "COMMENT"
            self._notify(owner, action, post, moment, comment)
        return comment

    def _comments_under(self, post: _Post, parent: _Comment | None) -> list[_Comment]:
        return sorted(
            (
                c
                for c in self._comments.values()
                if c.post is post and c.parent is parent and not c.deleted
            ),
            key=lambda c: (c.created_at, int(c.id)),
        )

    def _notify(
        self,
        organization: _Organization,
        action: str,
        post: _Post,
        moment: datetime,
        comment: _Comment | None = None,
    ) -> None:
        self._notifications.append(
            _Notification(
                len(self._notifications) + 5_600_000_001,
                organization,
                action,
                post,
                moment,
                comment,
            )
        )

    def _newest_notifications(self) -> list[_Notification]:
        return sorted(self._notifications, key=lambda n: (n.at, n.id), reverse=True)

    def _version_active(self, version: str) -> bool:
        if version in self._version_overrides:
            return self._version_overrides[version]
        match = _VERSION_RE.fullmatch(version)
        if match is None:
            return False
        base = match.group(1) + match.group(2)
        if base in self._version_overrides:
            return self._version_overrides[base]
        year, month = int(match.group(1)), int(match.group(2))
        if not 1 <= month <= 12:
            return False
        now = self._now()
        age = _month_index(now.year, now.month) - _month_index(year, month)
        return 0 <= age < VERSION_LIFETIME_MONTHS

    # -- rendering ----------------------------------------------------------------------

    @staticmethod
    def _member_dict(member: _Member) -> dict[str, Any]:
        return {
            "key": member.key,
            "id": member.id,
            "urn": member.urn,
            "first_name": member.first_name,
            "last_name": member.last_name,
            "name": member.name,
            "vanity_name": member.vanity_name,
            "headline": member.headline,
            "email": member.email,
        }

    @staticmethod
    def _organization_dict(organization: _Organization) -> dict[str, Any]:
        return {
            "id": organization.id,
            "urn": organization.urn,
            "name": organization.name,
            "vanity_name": organization.vanity_name,
        }

    @staticmethod
    def _post_dict(post: _Post) -> dict[str, Any]:
        return {
            "urn": post.share_urn,
            "activity": post.activity_urn,
            "author": post.author,
            "text": post.text,
            "created_at": post.created_at,
        }

    def _render_comment(self, comment: _Comment) -> dict[str, Any]:
        stamp = {"actor": comment.actor, "time": _ms(comment.created_at)}
        if comment.agent is not None:
            stamp["impersonator"] = comment.agent
        replies = self._comments_under(comment.post, comment)
        rendered: dict[str, Any] = {
            "actor": comment.actor,
            "id": comment.id,
            "commentUrn": comment.urn,
            "$URN": comment.urn,
            "object": comment.post.activity_urn,
            "message": {"text": comment.text, "attributes": []},
            "created": dict(stamp),
            "lastModified": dict(stamp),
            "commentsSummary": {
                "totalFirstLevelComments": len(replies),
                "aggregatedTotalComments": len(replies),
                "selectedComments": [],
            },
            "likesSummary": {
                "totalLikes": 0,
                "aggregatedTotalLikes": 0,
                "likedByCurrentUser": False,
                "selectedLikes": [],
            },
        }
        if comment.agent is not None:
            rendered["agent"] = comment.agent
        if comment.parent is not None:
            rendered["parentComment"] = comment.parent.urn
        return rendered

    def _render_notification(self, notification: _Notification) -> dict[str, Any]:
        post = notification.post
        rendered: dict[str, Any] = {
            "notificationId": notification.id,
            "organizationalEntity": notification.organization.urn,
            "action": notification.action,
            "lastModifiedAt": _ms(notification.at),
        }
        comment = notification.comment
        if notification.action == "SHARE_MENTION":
            rendered["sourcePost"] = post.share_urn
            rendered["generatedActivity"] = post.share_urn
            rendered["decoratedGeneratedActivity"] = {
                "share": {"entity": post.share_urn, "owner": post.author, "text": post.text}
            }
            return rendered
        rendered["sourcePost"] = post.activity_urn
        rendered["decoratedSourcePost"] = {
            "entity": post.share_urn,
            "owner": post.author,
            "text": post.text,
            "mediaCategory": "NONE",
        }
        if comment is not None:
            rendered["generatedActivity"] = comment.urn
            decorated: dict[str, Any] = {
                "entity": comment.urn,
                "owner": comment.actor,
                "object": post.activity_urn,
            }
            if notification.action != "COMMENT_DELETE":
                decorated["text"] = comment.text
            rendered["decoratedGeneratedActivity"] = {"comment": decorated}
        return rendered

    def _render_post(self, post: _Post) -> dict[str, Any]:
        return {
            "id": post.share_urn,
            "author": post.author,
            "commentary": post.text,
            "createdAt": _ms(post.created_at),
            "lastModifiedAt": _ms(post.created_at),
            "publishedAt": _ms(post.created_at),
            "visibility": "PUBLIC",
            "lifecycleState": "PUBLISHED",
            "distribution": {"feedDistribution": "MAIN_FEED"},
        }

    def _token_answer(self, grant: _Grant) -> dict[str, Any]:
        now = self._now()
        token = _AccessToken(
            secrets.token_urlsafe(96), grant, now, now + self.access_token_lifetime
        )
        self._access_tokens[token.value] = token
        answer: dict[str, Any] = {
            "access_token": token.value,
            "expires_in": int(self.access_token_lifetime.total_seconds()),
            "scope": grant.scope.replace(" ", ","),
        }
        if self.programmatic_refresh:
            refresh = _RefreshToken(
                secrets.token_urlsafe(96), grant, now + self.refresh_token_lifetime
            )
            self._refresh_tokens[refresh.value] = refresh
            answer["refresh_token"] = refresh.value
            answer["refresh_token_expires_in"] = int(self.refresh_token_lifetime.total_seconds())
        return answer

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
            failure=self._failure,
        )

    @staticmethod
    def _failure(status: int) -> Answer:
        """A failure a test injected, in LinkedIn's error body."""
        message = "Internal Server Error" if status >= 500 else "Request failed"
        return _json({"status": status, "message": message}, status)

    def _take_forced(self, request: Call, record: RecordedRequest) -> Answer | None:
        for index, forced in enumerate(self._forced):
            if request.path.startswith(forced.prefix) and forced.method in (None, request.method):
                del self._forced[index]
                if forced.throttled:
                    self._throttled.append(record)
                return forced.answer
        return None

    @staticmethod
    def _too_many(per: str) -> Answer:
        who = "APPLICATION" if per == "application" else "MEMBER"
        return _json(
            {
                "status": 429,
                "serviceErrorCode": 101,
                "message": f"Resource level throttle {who} DAY limit for calls to this "
                "resource is reached.",
            },
            429,
        )

    def _route(self, request: Call, record: RecordedRequest) -> Answer:
        oauth: dict[tuple[str, str], Callable[[Call], Answer]] = {
            ("GET", "/oauth/v2/authorization"): self._authorize,
            ("POST", "/oauth/v2/accessToken"): self._access_token,
            ("POST", "/oauth/v2/revoke"): self._revoke,
            ("POST", "/oauth/v2/introspectToken"): self._introspect,
        }
        path = request.path.rstrip("/") or "/"
        with self._lock:
            forced = self._take_forced(request, record)
            if forced is not None:
                return forced
            try:
                if (request.method, path) in oauth:
                    return oauth[(request.method, path)](request)
                if path in ("/v2/userinfo", "/v2/me") and request.method == "GET":
                    token = self._bearer(request)
                    return _json(self._me(token, path))
                if path.startswith("/rest/"):
                    return self._rest(request, record, path)
            except _Refused as refused:
                return _json(refused.body, refused.status, refused.headers)
        return _json({"status": 404, "message": f"No resource found at {path}"}, 404)

    # -- OAuth ---------------------------------------------------------------------------

    def _authorize(self, request: Call) -> Answer:
        """www.linkedin.com/oauth/v2/authorization, approved at once by the admin member.

        Problems with the app itself (unknown client, redirect URI not registered) get an
        error page and no redirect; the others go back to the redirect URI with ``error``,
        ``error_description`` and ``state``.
        """
        client = self._clients.get(request.param("client_id") or "")
        redirect_uri = request.param("redirect_uri") or ""
        if client is None:
            return _error_page(400, "Invalid client_id: the application was not found.")
        registered = (
            is_loopback(redirect_uri)
            if client.redirect_uris is None
            else redirect_uri in client.redirect_uris
        )
        if not registered:
            return _error_page(400, "The redirect_uri does not match the registered value.")
        state = request.param("state")
        scope = request.param("scope") or ""
        challenge = request.param("code_challenge")
        method = request.param("code_challenge_method")

        def back(**params: str) -> Answer:
            ordered = dict(params)
            if state is not None:
                ordered["state"] = state
            separator = "&" if urlsplit(redirect_uri).query else "?"
            location = redirect_uri + separator + urlencode(ordered)
            return Answer(302, b"", "text/html", {"Location": location})

        def record(code: str | None, error: str | None) -> None:
            self._authorizations.append(
                Authorization(client.client_id, redirect_uri, scope, state, challenge, code, error)
            )

        if request.param("response_type") != "code":
            return back(
                error="invalid_request",
                error_description="The response_type must be code.",
            )
        requested = scope.replace(",", " ").split()
        if not requested:
            return back(error="invalid_request", error_description="The scope is missing.")
        for name in requested:
            if name not in client.scopes:
                return back(
                    error="unauthorized_scope_error",
                    error_description=f"Scope &quot;{name}&quot; is not authorized for your "
                    "application",
                )
        if challenge is not None and method not in ("S256", None):
            return back(
                error="invalid_request",
                error_description="The code_challenge_method must be S256.",
            )
        if self._deny_next is not None:
            error, self._deny_next = self._deny_next, None
            record(None, error)
            description = (
                "The user cancelled LinkedIn login"
                if error == "user_cancelled_login"
                else "The user cancelled the authorization"
            )
            return back(error=error, error_description=description)
        code = _Code(
            secrets.token_urlsafe(96),
            client,
            redirect_uri,
            " ".join(requested),
            self._admin,
            challenge,
            self._now(),
        )
        self._codes[code.value] = code
        record(code.value, None)
        return back(code=code.value)

    def _client(self, form: dict[str, str]) -> _Client:
        """The app named by client_id and proven by client_secret, both in the form."""
        for required in ("client_id", "client_secret"):
            if not form.get(required):
                raise _missing(required)
        client = self._clients.get(form["client_id"])
        if client is None or not same(form["client_secret"], client.client_secret):
            raise _oauth_error(401, "invalid_client", "Client authentication failed")
        return client

    def _access_token(self, request: Call) -> Answer:
        form = request.form()
        grant_type = form.get("grant_type")
        if not grant_type:
            raise _missing("grant_type")
        if grant_type not in ("authorization_code", "refresh_token"):
            raise _oauth_error(
                400, "unsupported_grant_type", f"The grant_type {grant_type} is not supported"
            )
        if grant_type == "refresh_token":
            if not form.get("refresh_token"):
                raise _missing("refresh_token")
            client = self._client(form)
            return _json(self._refresh(client, form["refresh_token"]))
        for required in ("code", "redirect_uri"):
            if not form.get(required):
                raise _missing(required)
        client = self._client(form)
        code = self._codes.get(form["code"])
        mismatch = _oauth_error(
            400,
            "invalid_request",
            "Unable to retrieve access token: appid/redirect uri/code verifier does not match "
            "authorization code. Or authorization code expired. Or external member binding "
            "exists",
        )
        if (
            code is None
            or code.used
            or code.client is not client
            or form["redirect_uri"] != code.redirect_uri
            or self._now() - code.created_at > self.authorization_code_lifetime
        ):
            raise mismatch
        if code.challenge is not None and not same(
            pkce_s256(form.get("code_verifier", "")), code.challenge
        ):
            raise mismatch
        code.used = True
        grant = _Grant(code.member, client, code.scope, self._now())
        self._grants.append(grant)
        return _json(self._token_answer(grant))

    def _refresh(self, client: _Client, value: str) -> dict[str, Any]:
        refresh = self._refresh_tokens.get(value)
        now = self._now()
        if (
            refresh is None
            or refresh.grant.revoked
            or refresh.grant.client is not client
            or now >= refresh.expires_at
        ):
            raise _oauth_error(400, "invalid_request", "The provided refresh token is invalid")
        token = _AccessToken(
            secrets.token_urlsafe(96), refresh.grant, now, now + self.access_token_lifetime
        )
        self._access_tokens[token.value] = token
        return {
            "access_token": token.value,
            "expires_in": int(self.access_token_lifetime.total_seconds()),
            "refresh_token": refresh.value,
            "refresh_token_expires_in": int((refresh.expires_at - now).total_seconds()),
            "scope": refresh.grant.scope.replace(" ", ","),
        }

    def _revoke(self, request: Call) -> Answer:
        form = request.form()
        if not form.get("token"):
            raise _missing("token")
        client = self._client(form)
        access = self._access_tokens.get(form["token"])
        if access is not None and access.grant.client is client:
            access.revoked = True
        refresh = self._refresh_tokens.get(form["token"])
        if refresh is not None and refresh.grant.client is client:
            refresh.grant.revoked = True
        return Answer(200, b"", "application/json")

    def _introspect(self, request: Call) -> Answer:
        form = request.form()
        if not form.get("token"):
            raise _missing("token")
        client = self._client(form)
        token = self._access_tokens.get(form["token"])
        if token is None or token.grant.client is not client:
            return _json({"active": False})
        now = self._now()
        if token.revoked or token.grant.revoked:
            status = "revoked"
        elif now >= token.expires_at:
            status = "expired"
        else:
            status = "active"
        return _json(
            {
                "active": status == "active",
                "client_id": client.client_id,
                "authorized_at": int(token.grant.authorized_at.timestamp()),
                "created_at": int(token.created_at.timestamp()),
                "status": status,
                "expires_at": int(token.expires_at.timestamp()),
                "scope": token.grant.scope.replace(" ", ","),
                "auth_type": "3L",
            }
        )

    # -- the API: authentication, versions, limits ------------------------------------

    def _bearer(self, request: Call) -> _AccessToken:
        header = request.header("Authorization") or ""
        value = header[7:].strip() if header.startswith("Bearer ") else ""
        if not value:
            raise _api_error(401, "Empty oauth2_access_token", service_error_code=401)
        token = self._access_tokens.get(value)
        if token is None:
            raise _api_error(
                401, "Invalid access token", code="INVALID_ACCESS_TOKEN", service_error_code=65600
            )
        if token.revoked or token.grant.revoked:
            raise _api_error(
                401,
                "The token used in the request has been revoked by the user",
                code="REVOKED_ACCESS_TOKEN",
                service_error_code=65601,
            )
        if self._now() >= token.expires_at:
            raise _api_error(
                401,
                "The token used in the request has expired",
                code="EXPIRED_ACCESS_TOKEN",
                service_error_code=65602,
            )
        return token

    def _check_versions(self, request: Call) -> None:
        version = (request.header("LinkedIn-Version") or "").strip()
        if not version:
            raise _api_error(
                400,
                "A version must be present. Please specify a version by adding the "
                "LinkedIn-Version header.",
                code="VERSION_MISSING",
            )
        if not self._version_active(version):
            match = _VERSION_RE.fullmatch(version)
            shown = f"{match.group(1)}{match.group(2)}01" if match else version
            raise _api_error(
                426, f"Requested version {shown} is not active", code="NONEXISTENT_VERSION"
            )
        if (request.header("X-Restli-Protocol-Version") or "").strip() != "2.0.0":
            raise _api_error(
                400,
                "This resource is served with Rest.li protocol 2.0.0 only: send the header "
                "X-Restli-Protocol-Version: 2.0.0",
                code="RESTLI_PROTOCOL_REQUIRED",
            )

    def _take_daily(self, endpoint: str, token: _AccessToken) -> str | None:
        """Count one call against the day's limits; the exhausted one's kind, if any."""
        today = self._now().astimezone(UTC).date()
        checks = (("member", token.grant.member.id), ("application", token.grant.client.client_id))
        for per, who in checks:
            limit = self._daily_limits.get((endpoint, per))
            if limit is not None and self._daily_use.get((endpoint, who, today), 0) >= limit:
                return per
        for _, who in checks:
            key = (endpoint, who, today)
            self._daily_use[key] = self._daily_use.get(key, 0) + 1
        return None

    def _rest(self, request: Call, record: RecordedRequest, path: str) -> Answer:
        token = self._bearer(request)
        self._check_versions(request)
        segments = [unquote(s) for s in path.split("/")[2:]]
        handler: Callable[..., Answer] | None = None
        endpoint = ""
        arguments: tuple[str, ...] = ()
        method = request.method
        if method == "GET" and segments == ["organizationAcls"]:
            handler, endpoint = self._acls, ACLS
        elif method == "GET" and len(segments) == 2 and segments[0] == "organizations":
            handler, endpoint, arguments = self._organization, ORGANIZATIONS, (segments[1],)
        elif method == "GET" and segments == ["organizationalEntityNotifications"]:
            handler, endpoint = self._notifications_finder, NOTIFICATIONS
        elif len(segments) == 3 and segments[0] == "socialActions" and segments[2] == "comments":
            if method == "GET":
                handler, endpoint, arguments = self._list_comments, COMMENTS_GET, (segments[1],)
            elif method == "POST":
                handler, endpoint, arguments = self._create_comment, COMMENTS_POST, (segments[1],)
        elif method == "GET" and len(segments) == 2 and segments[0] == "posts":
            handler, endpoint, arguments = self._post, POSTS_GET, (segments[1],)
        elif method == "GET" and len(segments) == 2 and segments[0] == "people":
            handler, endpoint, arguments = self._person, PEOPLE_GET, (segments[1],)
        if handler is None:
            raise _api_error(404, f"No resource found at {path}", code="NOT_FOUND")
        exhausted = self._take_daily(endpoint, token)
        if exhausted is not None:
            self._throttled.append(record)
            return self._too_many(exhausted)
        return handler(request, token, *arguments)

    def _scopes(self, token: _AccessToken) -> set[str]:
        return set(token.grant.scope.replace(",", " ").split())

    def _require_scope(self, token: _AccessToken, any_of: frozenset[str], what: str) -> None:
        if not self._scopes(token) & any_of:
            raise _denied(what)

    def _has_role(
        self, member: _Member, organization: _Organization, roles: frozenset[str]
    ) -> bool:
        return any(
            r.member is member
            and r.organization is organization
            and r.role in roles
            and r.state == "APPROVED"
            for r in self._roles
        )

    def _can_read(self, token: _AccessToken, post: _Post) -> bool:
        """A post's comments are readable by its organization's readers, or when public."""
        owner = self._post_organization(post)
        return owner is None or self._has_role(token.grant.member, owner, READING_ROLES)

    # -- the API: resources -----------------------------------------------------------

    def _me(self, token: _AccessToken, path: str) -> dict[str, Any]:
        member = token.grant.member
        scopes = self._scopes(token)
        if path == "/v2/userinfo":
            if not {"openid", "profile"} <= scopes:
                raise _denied("GET /v2/userinfo")
            answer: dict[str, Any] = {
                "sub": member.id,
                "name": member.name,
                "given_name": member.first_name,
                "family_name": member.last_name,
                "picture": f"https://media.licdn.com/dms/image/{member.id}/profile.jpg",
                "locale": {"country": "US", "language": "en"},
            }
            if "email" in scopes and member.email:
                answer |= {"email": member.email, "email_verified": True}
            return answer
        if not scopes & PROFILE_SCOPES:
            raise _denied("GET /v2/me")
        return self._profile(member)

    @staticmethod
    def _profile(member: _Member) -> dict[str, Any]:
        return {
            "id": member.id,
            "localizedFirstName": member.first_name,
            "localizedLastName": member.last_name,
            "localizedHeadline": member.headline,
            "vanityName": member.vanity_name,
        }

    def _acls(self, request: Call, token: _AccessToken) -> Answer:
        self._require_scope(token, ACL_SCOPES, "GET /organizationAcls")
        if request.param("q") != "roleAssignee":
            raise _bad_request(
                f"Invalid value for param 'q': {request.param('q')}", code="QUERY_PARAM_NOT_ALLOWED"
            )
        role = request.param("role")
        state = request.param("state")
        if role is not None and role not in ROLES:
            raise _bad_request(f"Invalid value for param 'role': {role}")
        if state is not None and state not in ("APPROVED", "REQUESTED", "REJECTED", "REVOKED"):
            raise _bad_request(f"Invalid value for param 'state': {state}")
        roles = [
            r
            for r in self._roles
            if r.member is token.grant.member
            and (role is None or r.role == role)
            and (state is None or r.state == state)
        ]
        start, count = _paging(request)
        page, paging = _page_of(roles, start, count, "/rest/organizationAcls", request.query)
        return _json(
            {
                "elements": [
                    {
                        "roleAssignee": r.member.urn,
                        "role": r.role,
                        "state": r.state,
                        "organization": r.organization.urn,
                    }
                    for r in page
                ],
                "paging": paging,
            }
        )

    def _organization(self, request: Call, token: _AccessToken, organization_id: str) -> Answer:
        organization = self._organizations.get(organization_id)
        if organization is None:
            raise _not_found(f"organization {organization_id}")
        return _json(
            {
                "id": int(organization.id),
                "localizedName": organization.name,
                "name": {
                    "localized": {"en_US": organization.name},
                    "preferredLocale": {"country": "US", "language": "en"},
                },
                "vanityName": organization.vanity_name,
                "$URN": organization.urn,
            }
        )

    def _notifications_finder(self, request: Call, token: _AccessToken) -> Answer:
        if request.param("q") != "criteria":
            raise _bad_request(
                f"Invalid value for param 'q': {request.param('q')}", code="QUERY_PARAM_NOT_ALLOWED"
            )
        entity = request.param("organizationalEntity")
        if not entity:
            raise _bad_request("Missing required param 'organizationalEntity'")
        match = _ORGANIZATION_URN_RE.fullmatch(entity)
        organization = self._organizations.get(match.group(1)) if match else None
        if organization is None:
            raise _bad_request(f"Invalid value for param 'organizationalEntity': {entity}")
        self._require_scope(token, ACL_SCOPES, "GET /organizationalEntityNotifications")
        if not self._has_role(token.grant.member, organization, frozenset({"ADMINISTRATOR"})):
            raise _denied("GET /organizationalEntityNotifications")
        actions: set[str] | None = None
        raw_actions = request.param("actions")
        if raw_actions is not None:
            actions = set(_restli_list(raw_actions, "actions"))
            unknown = actions - ACTIONS
            if unknown:
                raise _bad_request(f"Invalid value for param 'actions': {sorted(unknown)}")
        since_ms, until_ms = 0, None
        raw_range = request.param("timeRange")
        if raw_range is not None:
            range_match = _TIME_RANGE_RE.fullmatch(raw_range)
            if range_match is None:
                raise _bad_request(f"Invalid value for param 'timeRange': {raw_range}")
            since_ms, until_ms = int(range_match.group(1)), int(range_match.group(2))
        source_post = request.param("sourcePost")
        oldest = self._now() - NOTIFICATION_RETENTION
        selected = [
            n
            for n in self._newest_notifications()
            if n.organization is organization
            and n.at >= oldest
            and n.at <= self._now()
            and (actions is None or n.action in actions)
            and _ms(n.at) >= since_ms
            and (until_ms is None or _ms(n.at) <= until_ms)
            and (source_post is None or source_post in (n.post.share_urn, n.post.activity_urn))
        ]
        path = "/rest/organizationalEntityNotifications"
        start, count = _paging(request)
        page, paging = _page_of(selected, start, count, path, request.query)
        return _json({"elements": [self._render_notification(n) for n in page], "paging": paging})

    def _resolve(self, urn: str) -> tuple[_Post, _Comment | None]:
        try:
            return self._target(urn)
        except KeyError:
            if not (_COMMENT_URN_RE.fullmatch(urn) or _POST_URN_RE.fullmatch(urn)):
                raise _bad_request(f"Invalid URN in the path: {urn}") from None
            raise _not_found(urn) from None

    def _list_comments(self, request: Call, token: _AccessToken, urn: str) -> Answer:
        self._require_scope(token, READ_SOCIAL, "GET /socialActions/{urn}/comments")
        post, parent = self._resolve(urn)
        if not self._can_read(token, post):
            raise _denied("GET /socialActions/{urn}/comments")
        comments = self._comments_under(post, parent)
        path = f"/rest/socialActions/{quote(urn, safe='')}/comments"
        start, count = _paging(request)
        page, paging = _page_of(comments, start, count, path, request.query)
        return _json({"elements": [self._render_comment(c) for c in page], "paging": paging})

    def _create_comment(self, request: Call, token: _AccessToken, urn: str) -> Answer:
        self._require_scope(token, WRITE_SOCIAL, "POST /socialActions/{urn}/comments")
        post, path_parent = self._resolve(urn)
        try:
            body = json.loads(request.body or b"null")
        except ValueError:
            raise _bad_request("The request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise _bad_request("The request body must be a JSON object")
        actor = body.get("actor")
        if not isinstance(actor, str) or not actor:
            raise _bad_request("Missing required field: /actor", code="FIELD_MISSING")
        match = _ORGANIZATION_URN_RE.fullmatch(actor)
        organization = self._organizations.get(match.group(1)) if match else None
        if organization is None or not self._has_role(
            token.grant.member, organization, COMMENTING_ROLES
        ):
            raise _denied("POST /socialActions/{urn}/comments as " + actor)
        target = body.get("object")
        if not isinstance(target, str) or not target:
            raise _bad_request("Missing required field: /object", code="FIELD_MISSING")
        object_post, object_comment = self._resolve(target)
        if object_comment is not None or object_post is not post:
            raise _bad_request(f"/object {target} is not the post of {urn}")
        message = body.get("message")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise _bad_request("Missing required field: /message/text", code="FIELD_MISSING")
        parent_urn = body.get("parentComment")
        parent = path_parent
        if parent_urn is not None:
            if not isinstance(parent_urn, str):
                raise _bad_request("/parentComment must be a comment URN")
            parent_post, parent = self._resolve(parent_urn)
            if parent is None or parent_post is not post:
                raise _bad_request(f"/parentComment {parent_urn} is not a comment on {target}")
            if path_parent is not None and path_parent is not parent:
                raise _bad_request(f"/parentComment {parent_urn} is not the comment {urn}")
        comment = self._new_comment(
            post, parent, organization.urn, token.grant.member.urn, text, None
        )
        self._created.append(
            CreatedComment(
                comment.urn,
                comment.id,
                organization.urn,
                token.grant.member.urn,
                post.activity_urn,
                parent.urn if parent else None,
                text,
                comment.created_at,
            )
        )
        location = f"/rest/socialActions/{quote(urn, safe='')}/comments/{comment.id}"
        return _json(
            self._render_comment(comment),
            201,
            {"x-restli-id": comment.id, "Location": location},
        )

    def _post(self, request: Call, token: _AccessToken, urn: str) -> Answer:
        self._require_scope(token, READ_SOCIAL, "GET /posts/{urn}")
        post, comment = self._resolve(urn)
        if comment is not None:
            raise _bad_request(f"{urn} is not a post URN")
        return _json(self._render_post(post))

    def _person(self, request: Call, token: _AccessToken, key: str) -> Answer:
        self._require_scope(token, READ_SOCIAL | PROFILE_SCOPES, "GET /people/(id:{id})")
        if not (key.startswith("(id:") and key.endswith(")")):
            raise _bad_request(f"Invalid key {key}: expected (id:{{person id}})")
        member = self._members_by_id.get(key[4:-1])
        if member is None:
            raise _not_found(f"person {key[4:-1]}")
        return _json(self._profile(member))


def _error_page(status: int, message: str) -> Answer:
    body = (
        "<!DOCTYPE html><html><body><h1>Bummer, something went wrong.</h1>"
        f"<p>{message}</p></body></html>"
    )
    return Answer(status, body.encode(), "text/html; charset=utf-8")
