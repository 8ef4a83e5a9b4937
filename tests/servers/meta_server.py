"""A Meta Graph API test server: a Facebook Page and its Instagram professional account.

A real HTTP server on 127.0.0.1 speaking what developers.facebook.com documents, written
from Meta's documentation and not from any connector (the connector's tests must not test
one reading of the docs against itself). Standard library only; serves on an ephemeral
port from a background thread; every public method is thread-safe. The shared grammar
(fields, cursors, error objects) is in :mod:`tests.servers.meta_graph`, the objects and
their fields in :mod:`tests.servers.meta_nodes`, the usage accounting in
:mod:`tests.servers.meta_usage`; this module is the server and its test-control API.

Documented behaviours implemented, and where they come from::

    Paths: every Graph path may start with a version (``/v25.0/me``) or not (``/me``); the
    answer's ``facebook-api-version`` header names the version used. The access token is
    read from ``access_token`` (query or body) or ``Authorization: Bearer …`` (or ``OAuth
    …``). POST parameters may be in the query, a form body or a JSON body; object-valued
    ones (``recipient``, ``message``) are JSON text in a query or form.

    Facebook Login, manual flow (facebook-login/guides/advanced/manual-flow) with the OIDC
    code flow's PKCE (…/advanced/oidc-token):
      GET /{v}/dialog/oauth (www.facebook.com's page; here on the same host): client_id,
        redirect_uri, state, response_type=code, scope (comma- or space-separated
        permissions), code_challenge + code_challenge_method (S256 or plain). The signed-in
        user approves at once (or, when told, denies or unticks permissions) and is sent to
        redirect_uri?code=…&state=…#_=_ (Facebook's fragment). Denied: redirect_uri?
        error=access_denied&error_code=200&error_description=Permissions+error&
        error_reason=user_denied&state=…. An unknown app, a redirect URI not allowed, or an
        unknown permission get an HTML error page and no redirect. A code lives 10 minutes
        and works once.
      GET (or POST) /{v}/oauth/access_token: client_id, redirect_uri, code, and
        code_verifier (when the dialog had a challenge) and/or client_secret (required
        without PKCE) → {"access_token", "token_type": "bearer", "expires_in"} — a
        short-lived user token (``short_token_lifetime``, 2 hours by default).
        grant_type=fb_exchange_token + client_id + client_secret + fb_exchange_token
        (facebook-login/guides/access-tokens/get-long-lived) → a long-lived user token
        (``long_token_lifetime``, 60 days): {"access_token", "token_type": "bearer",
        "expires_in": 5184000}. There are no refresh tokens. Errors (Graph error objects):
        101 unknown app; 1 "Error validating client secret."; 100/36007 unknown code;
        100/36009 code used; 100 expired code; 100/36008 redirect_uri differs from the
        dialog's; 100 code_verifier missing or wrong; 190 for an expired/revoked token to
        exchange.
      GET /me/permissions → {"data": [{"permission", "status": "granted"|"declined"}]};
      DELETE /me/permissions (facebook-login/guides/permissions/request-revoke) → {"success":
        true}: the app's grant ends, every token from it (user and Page) is dead;
        DELETE /me/permissions/{permission} removes one.
    Access tokens and their errors (graph-api/guides/error-handling):
      no token: 104 "An access token is required to request this resource.";
      unknown token: 190 "Invalid OAuth access token - Cannot parse access token";
      expired: 190 subcode 463 "Error validating access token: Session has expired on …";
      app removed by the user (or DELETE /me/permissions): 190 subcode 458; sessions
      invalidated (password changed): 190 subcode 460. These come as HTTP 400 with a
      ``WWW-Authenticate: OAuth "Facebook Platform" "invalid_token" "…"`` header.
      A Page token taken from /me/accounts with a long-lived user token never expires;
      from a short-lived one it expires with it (facebook-login/guides/access-tokens).
      Page-only endpoints (conversations, POST messages, POST Facebook comments) called
      with a user token: 190 "(#190) This method must be called with a Page Access Token".
      A permission the grant lacks: 200 "(#200) Requires {permission} permission…".
      An object that does not exist or that this token may not see: 100 subcode 33
      "Unsupported get request. Object with ID '…' does not exist, cannot be loaded due
      to missing permissions, or does not support this operation. …". A field the node
      type lacks: 100 "Tried accessing nonexisting field (x) on node type (Page)".
    Nodes and edges (graph-api/reference; field expansion with ``{…}`` and ``.limit(n)``
    etc. everywhere, e.g. ``fields=messages.limit(5){id,from,message}``; a node's default
    fields when ``fields`` is absent):
      GET /me (user: id,name; with a Page token it is the Page); GET /me/accounts (default
        fields access_token, category, category_list, name, id, tasks; also
        instagram_business_account {id} when the Page has one; empty without
        pages_show_list); GET /{page-id} (id,name; category, link, username, fan_count,
        access_token, instagram_business_account).
      GET /{page-id}/conversations?platform=messenger|instagram[&user_id=PSID|IGSID]
        (Page token; pages_messaging or instagram_manage_messages): newest updated_time
        first; fields id, updated_time (default), link, message_count, unread_count,
        snippet, can_reply, participants, senders, messages. ``can_reply`` is true while
        the Page may still answer (7 days, or 24 hours without the Human Agent feature).
      GET /{conversation-id}/messages, GET /{conversation-id}?fields=messages{…}: newest
        first; message fields id, created_time (default), from, to, message, tags,
        attachments, is_unsupported. Messenger's from/to: {"name", "email": "<id>@facebook.
        com", "id"}; Instagram's: {"username", "id"} (the business side is the IG account).
        GET /{message-id}: only the 20 most recent messages of a conversation can be read
        this way; an older one answers 100 "(#100) This message has been deleted." (the
        Conversations API's documented limitation; the wording is ours).
      GET /{page-id}/feed (every post on the Page), /posts and /published_posts (the
        Page's own): newest first; since/until (Unix seconds or ISO 8601) narrow by
        created_time; post fields id, created_time, message (default), updated_time, from,
        permalink_url, story, status_type, is_published, comments.
      GET /{post-id}/comments and /{comment-id}/comments (pages_read_engagement):
        filter=toplevel (default) | stream, order=chronological (default) |
        reverse_chronological, summary=true → "summary": {"order", "total_count",
        "can_comment"}; comment fields id, created_time, from, message (default), parent,
        comment_count, like_count, permalink_url, can_comment, can_reply_privately,
        is_hidden, message_tags, object, comments. ``from`` of a person is given to a Page
        token only (to a user token the comment comes without it, as Meta does since 2018).
      POST /{post-id}/comments, POST /{comment-id}/comments with ``message`` (Page token,
        pages_manage_engagement) → {"id"}; Facebook threads are two levels deep, so a
        reply to a reply joins its top-level comment. 100 "(#100) Missing message or
        attachment" without text.
      GET /{ig-user-id} (id; username, name, profile_picture_url, followers_count,
        media_count, biography), GET /{ig-user-id}/media (newest first; fields id (default),
        caption, timestamp, permalink, media_type, media_product_type, media_url,
        comments_count, like_count, username, owner, shortcode, is_comment_enabled,
        comments), GET /{ig-media-id}/comments (top-level comments only, newest first),
        GET /{ig-comment-id}/replies (oldest first) — instagram_basic +
        instagram_manage_comments; IG comment fields id, text, timestamp (default),
        username, from {id, username}, like_count, parent_id, hidden, media {id,
        media_product_type}, replies.
      POST /{ig-media-id}/comments?message=…, POST /{ig-comment-id}/replies?message=… (user
        or Page token, instagram_manage_comments) → {"id"}; a reply to a reply joins its
        top-level comment (ig-comment/replies, Limitations).
      Paging (graph-api/results): {"data": […], "paging": {"cursors": {"before", "after"},
        "previous", "next"}}; ``limit`` (25 by default, at most 100), ``after``/``before``
        cursors; ``next`` absent on the last page, ``previous`` on the first; an empty page
        is {"data": []}. Cursors are opaque and stay valid when new items arrive.
    Send API (messenger-platform/reference/send-api, send-messages/message-tags,
    send-api/error-codes): POST /{page-id}/messages (or /me/messages) with a Page token,
      recipient {"id": PSID or IGSID}, message {"text"} (Messenger: < 2000 characters;
      Instagram: ≤ 1000 bytes), messaging_type RESPONSE | UPDATE | MESSAGE_TAG (+ tag)
      → {"recipient_id", "message_id"}. The window: RESPONSE/UPDATE within 24 hours of the
      customer's last message; MESSAGE_TAG + tag=HUMAN_AGENT within 7 days (when the app
      has the Human Agent feature, ``human_agent_approved``); ACCOUNT_UPDATE,
      CONFIRMED_EVENT_UPDATE, POST_PURCHASE_UPDATE: Messenger only, any time. Outside:
      code 10, error_subcode 2018278 "(#10) This message is sent outside of allowed
      window. …". Unknown recipient (no conversation with the Page): 100 subcode 2018001
      "(#100) No matching user found". The sent message joins the conversation (from the
      Page / IG account). No idempotency: a repeat is a second message.
    Rate limits (graph-api/overview/rate-limiting): calls with a user token count against
      the app's platform limit (``app_calls_per_hour`` in a rolling hour) and their answer
      carries ``X-App-Usage: {"call_count", "total_time", "total_cputime"}`` (percentages);
      calls with a Page token count against the Business Use Case limit of the Page or of
      the Instagram account they touch (``page_calls_per_day`` in a rolling 24 hours) and
      carry ``X-Business-Use-Case-Usage: {"<id>": [{"type": "pages"|"instagram",
      "call_count", "total_cputime", "total_time", "estimated_time_to_regain_access"}]}``
      (minutes). The percentages climb with every call. At 100 the next call is refused:
      app → code 4 "(#4) Application request limit reached" (HTTP 403); Page → 80001,
      Instagram → 80002 "There have been too many calls to this … account" (HTTP 400),
      each with ``"is_transient": true``, until enough calls leave the window.
      ``throttle_next`` forces any of 4, 17 (user), 32 (Page), 613 (this API), 80001, 80002.
    Other errors: 2 "An unexpected error has occurred. Please retry your request later."
      (``fail_next`` with a 5xx), 2500 "Unknown path components" for an unknown edge.

Not modelled: webhooks, attachments and media upload, quick replies, private replies to
comments, the Conversations API's ``folder``, ``date_format``, batch requests, app
tokens and debug_token, Business Login for Instagram (graph.instagram.com), OIDC id_tokens,
hiding or deleting comments, likes.

Public API (the only part a connector's author may rely on)::

    MetaServer(*, now: Callable[[], datetime] | None = None, app_id="1234567890123456",
               app_secret="meta-test-secret", redirect_uris: list[str] | None = None,
               version="v25.0", user_name="Pat Owner", page_name="The Business",
               instagram_username="thebusiness", short_token_lifetime=timedelta(hours=2),
               long_token_lifetime=timedelta(days=60), app_calls_per_hour=200,
               page_calls_per_day=4800, human_agent_approved=True)
        context manager; start() -> MetaServer; stop() -> None
        now: the server's clock (token and code expiry, the messaging window, usage
             windows, the times of objects made without ``at``). Pass ``FakeClock(…).now``
             and move that clock (the ``meta_server`` fixture uses the tests' ``clock``).
             Without it the server keeps a clock of its own, started at the real time:
        advance(delta) -> None, set_time(when) -> None   move the server's own clock
             (RuntimeError when it was given ``now=``)
        .base_url        http://127.0.0.1:PORT (graph.facebook.com's and www.facebook.com's
                         stand-in); .graph_url = base_url + "/" + version
        .dialog_url, .token_url, .permissions_url   the Login endpoints, versioned
        .app_id, .app_secret   the app (redirect_uris None: any http://127.0.0.1:PORT/… or
                         http://localhost:PORT/… is allowed, as for an app in development;
                         otherwise exactly the URIs listed)
        .user -> dict    the signed-in Facebook user {"id", "name"}
        .page -> dict    the default Page {"id", "name", "instagram_business_account": id}
        .instagram -> dict  its Instagram account {"id", "username"}
        .short_token_lifetime, .long_token_lifetime, .app_calls_per_hour,
        .page_calls_per_day, .human_agent_approved    settable

    Tokens and the sign-in
        issue_user_token(*, long_lived=True, scope=DEFAULT_SCOPE) -> dict   what the token
            endpoint answers, without the browser ({"access_token", "token_type",
            "expires_in"}); for --secret-stdin tests
        page_token(page_id=None) -> str   a Page token as /me/accounts gives it to a
            long-lived user token (never expires)
        expire_token(token) -> None       that token has expired now (190/463)
        revoke_app() -> None              the user removed the app in their Facebook
            settings: every token of the grant is dead (190/458); same as DELETE
            /me/permissions
        invalidate_sessions() -> None     the user changed their password: every token
            issued so far is dead (190/460); a new sign-in works
        deny_next_login() -> None         the next dialog redirects with error=access_denied
        decline_next(*permissions) -> None   the next dialog grants all but these
        .authorizations -> list[Authorization]   every dialog that reached the user
        .app_authorized -> bool           whether the user's grant is live
        granted_permissions() -> list[str]

    Pages, people, messages (made directly, not recorded as requests; ``at`` defaults to
    the clock's now; ids are strings)
        add_page(name, *, instagram_username=None) -> dict   another Page of the user
        add_customer(name, *, platform="messenger"|"instagram", username=None,
                     page_id=None) -> dict {"id" (PSID or IGSID), "name", "username",
                     "platform", "page_id"}
        customer_says(customer_id, text, *, at=None) -> dict   a message from the customer
            to the Page (opens the conversation; moves the window) {"id", "created_time",
            "conversation_id"}
        page_says(customer_id, text, *, at=None) -> dict   the Page answers elsewhere
            (Meta Business Suite): in the conversation, not in ``sent_messages``
        conversation(customer_id) -> dict {"id", "platform", "updated_time", "messages":
            [{"id", "from_id", "text", "created_time"} newest first]}
        add_conversations(count, *, platform="messenger", start=None,
                          step=timedelta(minutes=1)) -> list[dict]   ``count`` customers
            with one message each, oldest first (paging tests)
        add_post(message, *, at=None, page_id=None, author=None) -> dict {"id", "message",
            "created_time"}   (author: a customer id for a visitor post, in /feed only)
        add_media(caption, *, at=None, ig_user_id=None) -> dict {"id", "caption",
            "timestamp", "permalink"}
        comment(on_id, text, *, author=None, at=None) -> dict {"id", "text",
            "created_time", "parent_id"}   a comment on a Facebook post or comment, or on
            an Instagram media or comment (a reply); author: a customer id, or None for the
            Page / IG account itself (a reply made elsewhere)
        add_comments(on_id, count, *, author, start=None, step=timedelta(minutes=1))
            -> list[dict]   oldest first

    Usage and throttling ("app", a Page id or an Instagram account id)
        set_usage(bucket, call_count, total_time=None, total_cputime=None) -> None
            the bucket's percentages now (time ones default to call_count); they fall back
            when the window passes; calls climb from there
        usage(bucket) -> dict {"call_count", "total_time", "total_cputime",
            "estimated_time_to_regain_access"}
        throttle_next(code, times=1, *, path_prefix="", method=None) -> None   the next
            matching call(s) answer that throttling error, nothing done

    Faults (path_prefix matches the start of the path without its version, e.g.
    "/104000000000001/messages"; method None = any)
        drop_next(path_prefix, times=1, *, after_processing=False, method=None)
            the connection closes without an answer; after_processing=True does the work
            first (the message is sent, the comment made), as when the answer is lost
        cut_next(path_prefix, times=1, *, method=None)   the work is done, the status,
            headers and half the body are sent, then the connection ends
        fail_next(path_prefix, status=500, times=1, *, method=None)   Graph's code 2 error
            with that status, nothing done
        raw_next(path_prefix, body, *, status=200, content_type="application/json;
            charset=UTF-8", times=1, method=None)   the answer is exactly ``body`` (bytes or
            text: malformed JSON, an HTML error page…), nothing done

    Inspection
        .requests -> list[RecordedRequest]   every request in arrival order (``path`` as
            sent, with its version)
        requests_to(path_prefix, method=None), count(path_prefix="", method=None)
        .throttled -> list[RecordedRequest]  refused by a rate limit
        .sent_messages -> list[SentMessage]  every message POST /messages sent
        .created_comments -> list[CreatedComment]   every comment or reply made by POST
"""

from __future__ import annotations

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
from urllib.parse import parse_qs, urlencode, urlsplit
from zoneinfo import ZoneInfo

from socialinbox.clock import FakeClock
from tests.servers.local_http import (
    RecordedRequest,
    ServedHttp,
    clocked_handler,
)
from tests.servers.meta_graph import (
    FieldRequest,
    GraphError,
    PageRequest,
    check_known,
    graph_time,
    invalid_parameter,
    link_to,
    paged,
    parse_fields,
    requested,
    unsupported,
)
from tests.servers.meta_nodes import (
    ACCOUNT_DEFAULTS,
    Comment,
    Conversation,
    Customer,
    IgUser,
    Media,
    Message,
    Page,
    Post,
    Reference,
    User,
    business_party,
    conversation_field,
    edge_names,
    id_of,
    instagram_comment_field,
    is_facebook,
    is_instagram,
    media_field,
    message_field,
    node_type,
    opaque,
    permalink,
    post_field,
    sort_time,
)
from tests.servers.meta_usage import APP, UsageMeter
from tests.servers.running import StartedInWith
from tests.servers.served_calls import (
    Answer,
    Call,
    Fault,
    FaultQueue,
    is_loopback,
    pkce_s256,
    same,
    serve_with_faults,
)

DEFAULT_VERSION = "v25.0"
DEFAULT_SCOPE = (
    "pages_show_list,pages_messaging,pages_read_engagement,pages_manage_engagement,"
    "pages_manage_metadata,instagram_basic,instagram_manage_messages,"
    "instagram_manage_comments"
)
PERMISSIONS = frozenset(
    {
        "public_profile", "email", "openid", "pages_show_list", "pages_messaging",
        "pages_read_engagement", "pages_manage_engagement", "pages_manage_metadata",
        "pages_manage_posts", "pages_read_user_content", "business_management",
        "instagram_basic", "instagram_manage_messages", "instagram_manage_comments",
        "instagram_content_publish", "ads_management", "ads_read",
    }
)  # fmt: skip
CODE_LIFETIME = timedelta(minutes=10)
RESPONSE_WINDOW = timedelta(hours=24)
HUMAN_AGENT_WINDOW = timedelta(days=7)
READABLE_MESSAGES = 20
MESSENGER_TEXT_LIMIT = 2000
INSTAGRAM_TEXT_BYTES = 1000
ANYTIME_TAGS = frozenset({"ACCOUNT_UPDATE", "CONFIRMED_EVENT_UPDATE", "POST_PURCHASE_UPDATE"})
MESSAGING_TYPES = frozenset({"RESPONSE", "UPDATE", "MESSAGE_TAG"})
OUTSIDE_WINDOW = (
    "(#10) This message is sent outside of allowed window. Learn more about the new policy "
    "here: https://developers.facebook.com/docs/messenger-platform/policy-overview"
)
RATE_LIMIT_DOC = "https://developers.facebook.com/docs/graph-api/overview/rate-limiting"
THROTTLES: dict[int, tuple[str, int]] = {
    4: ("(#4) Application request limit reached", 403),
    17: ("(#17) User request limit reached", 400),
    32: ("(#32) Page request limit reached", 400),
    613: ("(#613) Calls to this api have exceeded the rate limit.", 400),
    80001: (
        "(#80001) There have been too many calls to this Page account. Wait a bit and try "
        f"again. For more info, please refer to {RATE_LIMIT_DOC}.",
        400,
    ),
    80002: (
        "(#80002) There have been too many calls to this Instagram account. Wait a bit and "
        f"try again. For more info, please refer to {RATE_LIMIT_DOC}.",
        400,
    ),
}
PACIFIC = ZoneInfo("America/Los_Angeles")
VERSION_RE = re.compile(r"/v[0-9]+\.[0-9]+(?=/|$)")

JSONValue = Any


@dataclass(frozen=True)
class Authorization:
    """One GET /dialog/oauth that reached the user (approved or denied)."""

    client_id: str
    redirect_uri: str
    scope: list[str]
    state: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    code: str | None  # None when denied
    granted: list[str]


@dataclass(frozen=True)
class SentMessage:
    """One message sent by POST /{page-id}/messages (a refused one sends none)."""

    message_id: str
    page_id: str
    platform: str  # messenger | instagram
    recipient_id: str
    text: str
    messaging_type: str
    tag: str | None
    sent_at: datetime


@dataclass(frozen=True)
class CreatedComment:
    """One comment or reply made by POST …/comments or …/replies."""

    id: str
    target_id: str  # the id the POST named
    parent_id: str  # the post, media or top-level comment it joined
    platform: str  # facebook | instagram
    text: str
    created_at: datetime


@dataclass(eq=False)
class _Grant:
    user: User
    granted: set[str]
    declined: set[str]
    revoked: bool = False


@dataclass(eq=False)
class _Token:
    value: str
    grant: _Grant
    kind: str  # user | page
    expires_at: datetime | None
    long_lived: bool
    page: Page | None = None
    invalidated: bool = False


@dataclass(eq=False)
class _Code:
    value: str
    redirect_uri: str
    challenge: str | None
    method: str
    grant: _Grant
    created_at: datetime
    used: bool = False


@dataclass
class _Injected:
    """A throttling error or a raw answer a test asked for (the served_calls faults do the
    dropped, cut and failed ones)."""

    kind: str  # throttle | raw
    prefix: str
    method: str | None
    status: int = 200
    code: int = 0
    body: bytes = b""
    content_type: str = ""


class _GraphFaults(FaultQueue):
    """Dropped, cut and failed answers, matched on the path without its version."""

    def take(self, method: str, path: str) -> Fault | None:
        return super().take(method, _unversioned(path))


@dataclass
class _Call:
    """One request, its version taken off the path and its parameters merged."""

    method: str
    path: str  # without the version
    version: str
    params: dict[str, str]
    headers: dict[str, str]

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)


@dataclass
class _Context:
    """An API call's token and what it may reach."""

    token: _Token
    call: _Call
    fields: list[FieldRequest] | None = None


def _json(payload: JSONValue, status: int = 200, **headers: str) -> Answer:
    return Answer(status, json.dumps(payload, ensure_ascii=False).encode(), headers=headers)


def _html(status: int, title: str, text: str) -> Answer:
    body = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
    body += f"<p>{text}</p></body></html>"
    return Answer(status, body.encode(), "text/html; charset=utf-8")


def _session_time(moment: datetime) -> str:
    """Meta's wording of a session's end, in Pacific time: 'Tuesday, 08-Dec-26 03:00:00 PST'."""
    local = moment.astimezone(PACIFIC)
    return local.strftime("%A, %d-%b-%y %H:%M:%S ") + (local.tzname() or "PST")


def _parse_time(name: str, value: str) -> datetime:
    try:
        if value.lstrip("-").isdigit():
            return datetime.fromtimestamp(int(value), UTC)
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise invalid_parameter(f"The parameter {name} must be a time, not '{value}'") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class MetaServer(StartedInWith):
    """See the module docstring for the whole API."""

    def __init__(
        self,
        *,
        now: Callable[[], datetime] | None = None,
        app_id: str = "1234567890123456",
        app_secret: str = "meta-test-secret",
        redirect_uris: list[str] | None = None,
        version: str = DEFAULT_VERSION,
        user_name: str = "Pat Owner",
        page_name: str = "The Business",
        instagram_username: str | None = "thebusiness",
        short_token_lifetime: timedelta = timedelta(hours=2),
        long_token_lifetime: timedelta = timedelta(days=60),
        app_calls_per_hour: int = 200,
        page_calls_per_day: int = 4800,
        human_agent_approved: bool = True,
    ) -> None:
        # Without ``now`` the server keeps its own clock, started at the real time and moved
        # only by advance() / set_time().
        self._own_clock: FakeClock | None = None
        if now is None:
            self._own_clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
            now = self._own_clock.now
        self._now = now
        self.app_id = app_id
        self.app_secret = app_secret
        self.redirect_uris = redirect_uris
        self.version = version
        self.short_token_lifetime = short_token_lifetime
        self.long_token_lifetime = long_token_lifetime
        self.app_calls_per_hour = app_calls_per_hour
        self.page_calls_per_day = page_calls_per_day
        self.human_agent_approved = human_agent_approved
        self._lock = threading.RLock()
        self._serial = 0
        self._objects: dict[str, Any] = {}
        self._pages: list[Page] = []
        self._conversations: list[Conversation] = []
        self._posts: list[Post] = []
        self._media: list[Media] = []
        self._customers: dict[str, Customer] = {}
        self._tokens: dict[str, _Token] = {}
        self._page_tokens: dict[tuple[str, str], _Token] = {}
        self._codes: dict[str, _Code] = {}
        self._grant: _Grant | None = None
        self._authorizations: list[Authorization] = []
        self._deny_next = False
        self._decline_next: set[str] = set()
        self._usage = UsageMeter(self._now, self._usage_limit)
        self._faults = _GraphFaults()
        self._injected: list[_Injected] = []
        self._requests: list[RecordedRequest] = []
        self._throttled: list[RecordedRequest] = []
        self._sent: list[SentMessage] = []
        self._created_comments: list[CreatedComment] = []
        self._user = User(self._new_id("1000"), user_name)
        self._objects[self._user.id] = self._user
        self._default_page = self._new_page(page_name, instagram_username)
        self._http = ServedHttp(clocked_handler(self._serve, self._now), poll_interval=0.02)

    # -- lifecycle and addresses ------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._http.url

    @property
    def graph_url(self) -> str:
        return f"{self.base_url}/{self.version}"

    @property
    def dialog_url(self) -> str:
        return f"{self.graph_url}/dialog/oauth"

    @property
    def token_url(self) -> str:
        return f"{self.graph_url}/oauth/access_token"

    @property
    def permissions_url(self) -> str:
        return f"{self.graph_url}/me/permissions"

    def start(self) -> MetaServer:
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    @property
    def user(self) -> dict[str, Any]:
        return {"id": self._user.id, "name": self._user.name}

    @property
    def page(self) -> dict[str, Any]:
        with self._lock:
            return self._page_summary(self._default_page)

    @property
    def instagram(self) -> dict[str, Any]:
        ig = self._default_page.ig
        if ig is None:
            raise KeyError("the default Page has no Instagram account")
        return {"id": ig.id, "username": ig.username}

    def advance(self, delta: timedelta) -> None:
        """Move the server's own clock (only when it was made without ``now``)."""
        self._clock_of_its_own().advance(delta)

    def set_time(self, when: datetime) -> None:
        self._clock_of_its_own().set(when)

    def _clock_of_its_own(self) -> FakeClock:
        if self._own_clock is None:
            raise RuntimeError("this server runs on the clock passed as now=: move that one")
        return self._own_clock

    # -- tokens and the sign-in ---------------------------------------------------------

    def issue_user_token(self, *, long_lived: bool = True, scope: str = DEFAULT_SCOPE) -> dict:
        """What the token endpoint answers after a sign-in (and exchange), without a browser."""
        with self._lock:
            grant = self._grant_for(_split_scope(scope), set())
            return self._token_answer(self._new_user_token(grant, long_lived=long_lived))

    def page_token(self, page_id: str | None = None) -> str:
        """A Page token as /me/accounts gives it to a long-lived user token."""
        with self._lock:
            page = self._page(page_id)
            grant = self._grant_for(_split_scope(DEFAULT_SCOPE), set())
            user_token = self._new_user_token(grant, long_lived=True)
            return self._page_token_for(user_token, page).value

    def expire_token(self, token: str) -> None:
        with self._lock:
            self._tokens[token].expires_at = self._now()

    def revoke_app(self) -> None:
        with self._lock:
            if self._grant is not None:
                self._grant.revoked = True

    def invalidate_sessions(self) -> None:
        with self._lock:
            for token in self._tokens.values():
                token.invalidated = True

    def deny_next_login(self) -> None:
        with self._lock:
            self._deny_next = True

    def decline_next(self, *permissions: str) -> None:
        with self._lock:
            self._decline_next = set(permissions)

    @property
    def authorizations(self) -> list[Authorization]:
        with self._lock:
            return list(self._authorizations)

    @property
    def app_authorized(self) -> bool:
        with self._lock:
            return self._grant is not None and not self._grant.revoked

    def granted_permissions(self) -> list[str]:
        with self._lock:
            if self._grant is None or self._grant.revoked:
                return []
            return sorted(self._grant.granted)

    # -- pages, people, messages --------------------------------------------------------

    def add_page(self, name: str, *, instagram_username: str | None = None) -> dict[str, Any]:
        with self._lock:
            return self._page_summary(self._new_page(name, instagram_username))

    def add_customer(
        self,
        name: str,
        *,
        platform: str = "messenger",
        username: str | None = None,
        page_id: str | None = None,
    ) -> dict[str, Any]:
        if platform not in ("messenger", "instagram"):
            raise ValueError("platform is 'messenger' or 'instagram'")
        with self._lock:
            page = self._page(page_id)
            if platform == "instagram" and page.ig is None:
                raise ValueError(f"Page {page.id} has no Instagram account")
            prefix = "2400" if platform == "messenger" else "1790"
            handle = username or re.sub(r"[^a-z0-9_.]", "", name.lower().replace(" ", "_"))
            customer = Customer(self._new_id(prefix), name, handle or "someone", platform, page)
            self._customers[customer.id] = customer
            return self._customer_summary(customer)

    def customer_says(
        self, customer_id: str, text: str, *, at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            message = self._add_message(self._customer(customer_id), text, True, at)
            return self._message_summary(message)

    def page_says(
        self, customer_id: str, text: str, *, at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            message = self._add_message(self._customer(customer_id), text, False, at)
            return self._message_summary(message)

    def conversation(self, customer_id: str) -> dict[str, Any]:
        with self._lock:
            conversation = self._conversation_with(self._customer(customer_id))
            if conversation is None:
                raise KeyError(f"no conversation with {customer_id}")
            return {
                "id": conversation.id,
                "platform": conversation.platform,
                "updated_time": graph_time(conversation.updated_time),
                "messages": [
                    {
                        "id": m.id,
                        "from_id": self._sender_id(m),
                        "text": m.text,
                        "created_time": graph_time(m.created_time),
                    }
                    for m in reversed(conversation.messages)
                ],
            }

    def add_conversations(
        self,
        count: int,
        *,
        platform: str = "messenger",
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
    ) -> list[dict[str, Any]]:
        with self._lock:
            first = start or self._now() - step * count
            customers = []
            for n in range(count):
                customer = self.add_customer(f"Customer {n + 1}", platform=platform)
                self.customer_says(customer["id"], f"Message number {n + 1}", at=first + step * n)
                customers.append(customer)
            return customers

    def add_post(
        self,
        message: str,
        *,
        at: datetime | None = None,
        page_id: str | None = None,
        author: str | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            page = self._page(page_id)
            who = self._customer(author) if author is not None else None
            post = Post(f"{page.id}_{self._new_id('5')}", page, who, message, at or self._now())
            self._posts.append(post)
            self._objects[post.id] = post
            return {
                "id": post.id,
                "message": message,
                "created_time": graph_time(post.created_time),
            }

    def add_media(
        self, caption: str, *, at: datetime | None = None, ig_user_id: str | None = None
    ) -> dict[str, Any]:
        with self._lock:
            ig = self._ig_user(ig_user_id)
            media = Media(self._new_id("1790"), ig, caption, at or self._now())
            self._media.append(media)
            self._objects[media.id] = media
            return {
                "id": media.id,
                "caption": caption,
                "timestamp": graph_time(media.created_time),
                "permalink": permalink(media),
            }

    def comment(
        self, on_id: str, text: str, *, author: str | None = None, at: datetime | None = None
    ) -> dict[str, Any]:
        with self._lock:
            who = self._customer(author) if author is not None else None
            made = self._add_comment(self._objects[on_id], text, who, at or self._now())
            return {
                "id": made.id,
                "text": text,
                "created_time": graph_time(made.created_time),
                "parent_id": made.parent.id if made.parent else made.on.id,
            }

    def add_comments(
        self,
        on_id: str,
        count: int,
        *,
        author: str,
        start: datetime | None = None,
        step: timedelta = timedelta(minutes=1),
    ) -> list[dict[str, Any]]:
        with self._lock:
            first = start or self._now() - step * count
            return [
                self.comment(on_id, f"Comment number {n + 1}", author=author, at=first + step * n)
                for n in range(count)
            ]

    # -- usage and throttling -----------------------------------------------------------

    def set_usage(
        self,
        bucket: str,
        call_count: int,
        total_time: int | None = None,
        total_cputime: int | None = None,
    ) -> None:
        with self._lock:
            self._usage.set(
                bucket,
                call_count,
                call_count if total_time is None else total_time,
                call_count if total_cputime is None else total_cputime,
            )

    def usage(self, bucket: str) -> dict[str, int]:
        with self._lock:
            return self._usage.numbers(bucket)

    def throttle_next(
        self, code: int, times: int = 1, *, path_prefix: str = "", method: str | None = None
    ) -> None:
        if code not in THROTTLES:
            raise ValueError(f"code is one of {sorted(THROTTLES)}")
        self._inject(_Injected("throttle", path_prefix, method, code=code), times)

    # -- faults -------------------------------------------------------------------------

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

    def raw_next(
        self,
        path_prefix: str,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "application/json; charset=UTF-8",
        times: int = 1,
        method: str | None = None,
    ) -> None:
        """The next matching answer is exactly ``body`` (malformed JSON, an HTML page…)."""
        raw = body.encode() if isinstance(body, str) else body
        self._inject(_Injected("raw", path_prefix, method, status, 0, raw, content_type), times)

    def _inject(self, injected: _Injected, times: int) -> None:
        with self._lock:
            self._injected.extend(copy.copy(injected) for _ in range(times))

    # -- inspection ---------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    def requests_to(self, path_prefix: str, method: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if _unversioned(r.path).startswith(path_prefix) and method in (None, r.method)
        ]

    def count(self, path_prefix: str = "", method: str | None = None) -> int:
        return len(self.requests_to(path_prefix, method))

    @property
    def throttled(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._throttled)

    @property
    def sent_messages(self) -> list[SentMessage]:
        with self._lock:
            return list(self._sent)

    @property
    def created_comments(self) -> list[CreatedComment]:
        with self._lock:
            return list(self._created_comments)

    # -- state helpers (the caller holds the lock) --------------------------------------

    def _new_id(self, prefix: str) -> str:
        self._serial += 1
        return f"{prefix}{self._serial:012d}"

    def _new_page(self, name: str, instagram_username: str | None) -> Page:
        page = Page(self._new_id("104"), name, "Restaurant")
        if instagram_username:
            page.ig = IgUser(self._new_id("178414"), instagram_username, name, page)
            self._objects[page.ig.id] = page.ig
        self._pages.append(page)
        self._objects[page.id] = page
        return page

    def _page(self, page_id: str | None) -> Page:
        if page_id is None:
            return self._default_page
        page = self._objects.get(page_id)
        if not isinstance(page, Page):
            raise KeyError(f"no Page {page_id!r}")
        return page

    def _ig_user(self, ig_user_id: str | None) -> IgUser:
        if ig_user_id is None:
            if self._default_page.ig is None:
                raise KeyError("the default Page has no Instagram account")
            return self._default_page.ig
        ig = self._objects.get(ig_user_id)
        if not isinstance(ig, IgUser):
            raise KeyError(f"no Instagram account {ig_user_id!r}")
        return ig

    def _customer(self, customer_id: str) -> Customer:
        try:
            return self._customers[customer_id]
        except KeyError:
            raise KeyError(f"no customer {customer_id!r}; add_customer() first") from None

    def _page_summary(self, page: Page) -> dict[str, Any]:
        summary: dict[str, Any] = {"id": page.id, "name": page.name}
        if page.ig is not None:
            summary["instagram_business_account"] = page.ig.id
        return summary

    def _customer_summary(self, customer: Customer) -> dict[str, Any]:
        return {
            "id": customer.id,
            "name": customer.name,
            "username": customer.username,
            "platform": customer.platform,
            "page_id": customer.page.id,
        }

    def _message_summary(self, message: Message) -> dict[str, Any]:
        return {
            "id": message.id,
            "created_time": graph_time(message.created_time),
            "conversation_id": message.conversation.id,
        }

    def _conversation_with(self, customer: Customer) -> Conversation | None:
        return next((c for c in self._conversations if c.customer is customer), None)

    def _add_message(
        self, customer: Customer, text: str, from_customer: bool, at: datetime | None
    ) -> Message:
        conversation = self._conversation_with(customer)
        if conversation is None:
            serial = self._new_id("")
            conversation_id = (
                f"t_{serial}"
                if customer.platform == "messenger"
                else opaque(
                    "aWdf", f"ig_thread:{customer.page.ig.id if customer.page.ig else ''}:{serial}"
                )
            )
            conversation = Conversation(conversation_id, customer.page, customer)
            self._conversations.append(conversation)
            self._objects[conversation.id] = conversation
        serial = self._new_id("")
        message_id = (
            opaque("m_", f"mid.{serial}")
            if customer.platform == "messenger"
            else opaque("aWdf", f"ig_item:1:IGMessageID:{serial}")
        )
        message = Message(message_id, conversation, from_customer, text, at or self._now())
        conversation.messages.append(message)
        conversation.messages.sort(key=lambda m: (m.created_time, m.id))
        self._objects[message.id] = message
        return message

    def _sender_id(self, message: Message) -> str:
        if message.from_customer:
            return message.conversation.customer.id
        return business_party(message.conversation)["id"]

    def _add_comment(
        self, target: Any, text: str, author: Customer | None, at: datetime
    ) -> Comment:
        if isinstance(target, Post):
            on: Post | Media = target
            parent = None
        elif isinstance(target, Media):
            on, parent = target, None
        elif isinstance(target, Comment):
            on = target.on
            parent = target.parent or target  # two levels: a reply to a reply joins the top
        else:
            raise KeyError("comments go on a post, a media or a comment")
        platform = "instagram" if isinstance(on, Media) else "facebook"
        serial = self._new_id("")
        comment_id = (
            f"{on.id.split('_')[-1]}_{serial}" if platform == "facebook" else f"1800{serial}"
        )
        comment = Comment(comment_id, platform, on, parent, author, text, at)
        (parent.replies if parent else on.comments).append(comment)
        self._objects[comment.id] = comment
        return comment

    # -- tokens -------------------------------------------------------------------------

    def _grant_for(self, requested_scope: list[str], declined: set[str]) -> _Grant:
        """The user's grant to the app, made or widened by a sign-in."""
        granted = set(requested_scope) - declined
        if self._grant is None or self._grant.revoked:
            self._grant = _Grant(self._user, granted, set(declined))
        else:
            self._grant.granted |= granted
            self._grant.declined = (self._grant.declined | declined) - self._grant.granted
        return self._grant

    def _new_user_token(self, grant: _Grant, *, long_lived: bool) -> _Token:
        lifetime = self.long_token_lifetime if long_lived else self.short_token_lifetime
        value = "EAA" + secrets.token_urlsafe(60).replace("-", "A").replace("_", "B")
        token = _Token(value, grant, "user", self._now() + lifetime, long_lived)
        self._tokens[value] = token
        return token

    def _page_token_for(self, user_token: _Token, page: Page) -> _Token:
        key = (user_token.value, page.id)
        if key not in self._page_tokens:
            value = "EAA" + secrets.token_urlsafe(60).replace("-", "C").replace("_", "D")
            expires = None if user_token.long_lived else user_token.expires_at
            token = _Token(value, user_token.grant, "page", expires, True, page)
            self._tokens[value] = token
            self._page_tokens[key] = token
        return self._page_tokens[key]

    def _token_answer(self, token: _Token) -> dict[str, Any]:
        answer: dict[str, Any] = {"access_token": token.value, "token_type": "bearer"}
        if token.expires_at is not None:
            answer["expires_in"] = int((token.expires_at - self._now()).total_seconds())
        return answer

    def _check_token(self, value: str | None) -> _Token:
        if not value:
            raise GraphError(104, "An access token is required to request this resource.")
        token = self._tokens.get(value)
        if token is None:
            raise _token_error("Invalid OAuth access token - Cannot parse access token")
        if token.grant.revoked:
            raise _token_error(
                "Error validating access token: The user has not authorized application "
                f"{self.app_id}.",
                458,
            )
        if token.invalidated:
            raise _token_error(
                "Error validating access token: The session has been invalidated because the "
                "user changed their password or Facebook has changed the session for security "
                "reasons.",
                460,
            )
        now = self._now()
        if token.expires_at is not None and now >= token.expires_at:
            raise _token_error(
                "Error validating access token: Session has expired on "
                f"{_session_time(token.expires_at)}. The current time is {_session_time(now)}.",
                463,
            )
        return token

    def _usage_limit(self, bucket: str) -> int:
        return self.app_calls_per_hour if bucket == APP else self.page_calls_per_day

    def _usage_headers(self, bucket: str) -> dict[str, str]:
        kind = "instagram" if isinstance(self._objects.get(bucket), IgUser) else "pages"
        return self._usage.headers(bucket, kind)

    # -- the HTTP server ----------------------------------------------------------------

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        serve_with_faults(
            handler,
            method,
            now=self._now,
            lock=self._lock,
            requests=self._requests,
            faults=self._faults,
            route=self._answer,
            failure=self._failure,
        )

    @staticmethod
    def _failure(status: int) -> Answer:
        error = GraphError(
            2, "An unexpected error has occurred. Please retry your request later.", status=status
        )
        return _json(_transient(error.body()), status)

    def _take_injected(self, method: str, path: str) -> _Injected | None:
        for index, injected in enumerate(self._injected):
            if path.startswith(injected.prefix) and injected.method in (None, method):
                return self._injected.pop(index)
        return None

    def _answer(self, served: Call, record: RecordedRequest) -> Answer:
        match = VERSION_RE.match(served.path)
        version = match.group(0)[1:] if match else self.version
        path = _unversioned(served.path)
        with self._lock:
            injected = self._take_injected(served.method, path)
        if injected is not None and injected.kind == "raw":
            return Answer(injected.status, injected.body, injected.content_type)
        try:
            call = _Call(served.method, path, version, {}, served.headers)
            call.params = _parameters(served.query, served.headers, served.body)
            with self._lock:
                answer = self._route(call, record, injected)
        except GraphError as error:
            answer = _json(error.body(), error.status, **error.headers)
        answer.headers.setdefault("facebook-api-version", version)
        return answer

    def _route(self, call: _Call, record: RecordedRequest, fault: _Injected | None) -> Answer:
        path = call.path.rstrip("/") or "/"
        if path == "/dialog/oauth" and call.method == "GET":
            return self._dialog(call)
        if path == "/oauth/access_token" and call.method in ("GET", "POST"):
            return _json(self._exchange(call))
        segments = [s for s in path.split("/") if s]
        if not segments or len(segments) > 3:
            raise GraphError(2500, "Unknown path components: " + path)
        token = self._check_token(_access_token(call))
        context = _Context(token, call)
        if "fields" in call.params:
            context.fields = parse_fields(call.params["fields"])
        target = self._resolve(segments[0], token, call.method)
        bucket = self._bucket_of(token, target)
        if fault is not None and fault.kind == "throttle":
            message, status = THROTTLES[fault.code]
            self._throttled.append(record)
            return self._refuse_throttled(fault.code, message, status, bucket)
        if self._usage.full(bucket):
            code = 4 if bucket == APP else 80002 if is_instagram(target) else 80001
            message, status = THROTTLES[code]
            self._throttled.append(record)
            return self._refuse_throttled(code, message, status, bucket)
        self._usage.record(bucket)
        try:
            payload = self._dispatch(context, target, segments[1:])
        except GraphError as error:
            error.headers |= self._usage_headers(bucket)
            raise
        return _json(payload, 200, **self._usage_headers(bucket))

    def _refuse_throttled(self, code: int, message: str, status: int, bucket: str) -> Answer:
        error = GraphError(code, message, status=status)
        return _json(_transient(error.body()), status, **self._usage_headers(bucket))

    def _bucket_of(self, token: _Token, target: Any) -> str:
        if token.kind == "user":
            return APP
        if is_instagram(target):
            return self._ig_of(target).id
        assert token.page is not None
        return token.page.id

    def _resolve(self, object_id: str, token: _Token, method: str) -> Any:
        """The object a path names, when this token may reach it (100/33 otherwise)."""
        if object_id == "me":
            return token.page if token.kind == "page" else token.grant.user
        target = self._objects.get(object_id)
        if target is None or not self._reachable(target, token):
            raise unsupported(method, object_id)
        return target

    def _reachable(self, target: Any, token: _Token) -> bool:
        if isinstance(target, User):
            return token.kind == "user" and target is token.grant.user
        page = self._page_of(target)
        if page is None:
            return False
        return token.kind == "user" or page is token.page

    def _page_of(self, target: Any) -> Page | None:
        if isinstance(target, Page):
            return target
        if isinstance(target, IgUser):
            return target.page
        if isinstance(target, (Conversation, Post)):
            return target.page
        if isinstance(target, Message):
            return target.conversation.page
        if isinstance(target, Media):
            return target.ig.page
        if isinstance(target, Comment):
            return self._page_of(target.on)
        return None

    def _ig_of(self, target: Any) -> IgUser:
        if isinstance(target, IgUser):
            return target
        if isinstance(target, Media):
            return target.ig
        assert isinstance(target, Comment) and isinstance(target.on, Media)
        return target.on.ig

    # -- Facebook Login -----------------------------------------------------------------

    def _dialog(self, call: _Call) -> Answer:
        params = call.params
        if params.get("client_id") != self.app_id:
            return _html(
                400,
                "Invalid App ID",
                "The provided app ID does not look like a valid app ID.",
            )
        redirect_uri = params.get("redirect_uri", "")
        allowed = (
            is_loopback(redirect_uri)
            if self.redirect_uris is None
            else redirect_uri in self.redirect_uris
        )
        if not allowed:
            return _html(
                400,
                "URL blocked",
                "This redirect failed because the redirect URI is not white-listed in the "
                "app's client OAuth settings. Make sure that the client and web OAuth logins "
                "are on and add all your app domains as valid OAuth redirect URIs.",
            )
        scope = _split_scope(params.get("scope", ""))
        unknown = [s for s in scope if s not in PERMISSIONS]
        if unknown:
            return _html(400, "Invalid Scopes", "Invalid Scopes: " + ", ".join(unknown))
        if params.get("response_type", "code") != "code":
            return _html(400, "Error", "This test server only answers response_type=code.")
        challenge = params.get("code_challenge")
        method = params.get("code_challenge_method", "plain" if challenge else "")
        if challenge and method not in ("S256", "plain"):
            return _html(400, "Error", "code_challenge_method must be S256 or plain.")
        state = params.get("state")

        def back(**answer: str) -> Answer:
            query = answer | ({"state": state} if state is not None else {})
            separator = "&" if urlsplit(redirect_uri).query else "?"
            location = f"{redirect_uri}{separator}{urlencode(query)}#_=_"
            return Answer(302, b"", "text/html; charset=utf-8", {"Location": location})

        if self._deny_next:
            self._deny_next = False
            self._authorizations.append(
                Authorization(
                    self.app_id, redirect_uri, scope, state, challenge, method or None, None, []
                )
            )
            return back(
                error="access_denied",
                error_code="200",
                error_description="Permissions error",
                error_reason="user_denied",
            )
        declined = self._decline_next & set(scope)
        self._decline_next = set()
        grant = self._grant_for(scope or ["public_profile"], declined)
        code = _Code(
            secrets.token_urlsafe(150)[:200],
            redirect_uri,
            challenge,
            method,
            grant,
            self._now(),
        )
        self._codes[code.value] = code
        self._authorizations.append(
            Authorization(
                self.app_id,
                redirect_uri,
                scope,
                state,
                challenge,
                method or None,
                code.value,
                sorted(set(scope) - declined),
            )
        )
        return back(code=code.value)

    def _exchange(self, call: _Call) -> dict[str, Any]:
        params = call.params
        if params.get("client_id") != self.app_id:
            raise GraphError(101, "Error validating application. Invalid application ID.")
        secret = params.get("client_secret")
        if secret is not None and not same(secret, self.app_secret):
            raise GraphError(1, "Error validating client secret.")
        grant_type = params.get("grant_type", "authorization_code")
        if grant_type == "fb_exchange_token":
            if secret is None:
                raise GraphError(1, "Missing client_secret parameter.")
            old = self._check_token(params.get("fb_exchange_token"))
            if old.kind != "user":
                raise invalid_parameter("fb_exchange_token must be a user access token")
            return self._token_answer(self._new_user_token(old.grant, long_lived=True))
        if grant_type != "authorization_code":
            raise invalid_parameter(f"Unsupported grant_type: {grant_type}")
        code = self._codes.get(params.get("code", ""))
        if code is None:
            raise invalid_parameter("Invalid verification code format.", 36007)
        if code.used:
            raise invalid_parameter("This authorization code has been used.", 36009)
        if self._now() - code.created_at > CODE_LIFETIME:
            raise invalid_parameter("This authorization code has expired.")
        if params.get("redirect_uri") != code.redirect_uri:
            raise invalid_parameter(
                "Error validating verification code. Please make sure your redirect_uri is "
                "identical to the one you used in the OAuth dialog request",
                36008,
            )
        verifier = params.get("code_verifier")
        if code.challenge:
            if not verifier:
                raise invalid_parameter("Missing code_verifier parameter.")
            expected = pkce_s256(verifier) if code.method == "S256" else verifier
            if not same(expected, code.challenge):
                raise invalid_parameter("Invalid code_verifier.")
        elif secret is None:
            raise GraphError(1, "Missing client_secret parameter.")
        code.used = True
        if code.grant.revoked:
            raise _token_error(
                "Error validating access token: The user has not authorized application "
                f"{self.app_id}.",
                458,
            )
        return self._token_answer(self._new_user_token(code.grant, long_lived=False))

    # -- the Graph API ------------------------------------------------------------------

    def _dispatch(self, context: _Context, target: Any, rest: list[str]) -> JSONValue:
        method = context.call.method
        if not rest:
            if method != "GET":
                raise unsupported(method, id_of(target))
            if isinstance(target, Message):
                self._check_readable(context, target)
            return self._render(context, target, context.fields)
        edge = rest[0]
        if isinstance(target, User) and edge == "permissions":
            return self._permissions(context, rest[1:])
        if len(rest) > 1:
            raise GraphError(2500, "Unknown path components: /" + "/".join(rest[1:]))
        if method == "POST":
            return self._create(context, target, edge)
        if method != "GET":
            raise unsupported(method, id_of(target))
        if edge not in edge_names(target):
            raise GraphError(2500, f"Unknown path components: /{edge}")
        params = context.call.params
        items, summary = self._edge(context, target, edge, params)
        return self._edge_page(context, target, edge, items, params, context.fields, summary)

    def _check_readable(self, context: _Context, message: Message) -> None:
        """The Conversations API gives a message's details for the 20 most recent only."""
        self._require_page_token(context)
        recent = message.conversation.messages[-READABLE_MESSAGES:]
        if message not in recent:
            raise invalid_parameter("This message has been deleted.")

    def _permissions(self, context: _Context, rest: list[str]) -> JSONValue:
        grant = context.token.grant
        method = context.call.method
        if method == "GET" and not rest:
            rows = [{"permission": p, "status": "granted"} for p in sorted(grant.granted)]
            rows += [{"permission": p, "status": "declined"} for p in sorted(grant.declined)]
            return {"data": rows}
        if method == "DELETE" and not rest:
            grant.revoked = True
            return {"success": True}
        if method == "DELETE" and len(rest) == 1:
            grant.granted.discard(rest[0])
            return {"success": True}
        raise unsupported(method, "permissions")

    def _require(self, context: _Context, *permissions: str) -> None:
        for permission in permissions:
            if permission not in context.token.grant.granted:
                raise GraphError(
                    200,
                    f"(#200) Requires {permission} permission to manage the object",
                    error_type="OAuthException",
                )

    def _require_page_token(self, context: _Context) -> None:
        if context.token.kind != "page":
            raise GraphError(190, "(#190) This method must be called with a Page Access Token")

    def _edge(
        self, context: _Context, target: Any, edge: str, params: dict[str, str]
    ) -> tuple[list[Any], dict[str, Any]]:
        """An edge's items in the order Graph gives them, and summary facts."""
        if isinstance(target, User) and edge == "accounts":
            if "pages_show_list" not in context.token.grant.granted:
                return [], {}
            return list(self._pages), {}
        if isinstance(target, Page) and edge == "conversations":
            self._require_page_token(context)
            platform = params.get("platform", "messenger")
            if platform not in ("messenger", "instagram"):
                raise invalid_parameter("Param platform must be one of {MESSENGER, INSTAGRAM}")
            self._require(
                context,
                "pages_messaging" if platform == "messenger" else "instagram_manage_messages",
            )
            user_id = params.get("user_id")
            chosen = [
                c
                for c in self._conversations
                if c.page is target
                and c.platform == platform
                and (user_id is None or c.customer.id == user_id)
            ]
            chosen.sort(key=lambda c: (c.updated_time, c.id), reverse=True)
            return chosen, {}
        if isinstance(target, Page) and edge in ("feed", "posts", "published_posts"):
            self._require(context, "pages_read_engagement")
            since = _parse_time("since", params["since"]) if params.get("since") else None
            until = _parse_time("until", params["until"]) if params.get("until") else None
            posts = [
                p
                for p in self._posts
                if p.page is target
                and (edge == "feed" or p.author is None)
                and (since is None or p.created_time >= since)
                and (until is None or p.created_time <= until)
            ]
            posts.sort(key=lambda p: (p.created_time, p.id), reverse=True)
            return posts, {}
        if isinstance(target, Conversation) and edge == "messages":
            self._require_page_token(context)
            return sorted(target.messages, key=lambda m: (m.created_time, m.id), reverse=True), {}
        if isinstance(target, (Post, Comment)) and edge == "comments" and is_facebook(target):
            self._require(context, "pages_read_engagement")
            return self._facebook_comments(target, params)
        if isinstance(target, IgUser) and edge == "media":
            self._require(context, "instagram_basic")
            media = [m for m in self._media if m.ig is target]
            media.sort(key=lambda m: (m.created_time, m.id), reverse=True)
            return media, {}
        if isinstance(target, Media) and edge == "comments":
            self._require(context, "instagram_basic", "instagram_manage_comments")
            return sorted(target.comments, key=lambda c: (c.created_time, c.id), reverse=True), {}
        if isinstance(target, Comment) and edge == "replies":
            self._require(context, "instagram_basic", "instagram_manage_comments")
            return sorted(target.replies, key=lambda c: (c.created_time, c.id)), {}
        raise GraphError(2500, f"Unknown path components: /{edge}")

    def _facebook_comments(
        self, target: Post | Comment, params: dict[str, str]
    ) -> tuple[list[Any], dict[str, Any]]:
        order = params.get("order", "chronological")
        if order not in ("chronological", "reverse_chronological"):
            raise invalid_parameter(
                "Param order must be one of {CHRONOLOGICAL, REVERSE_CHRONOLOGICAL}"
            )
        filter_ = params.get("filter", "toplevel")
        if filter_ not in ("toplevel", "stream"):
            raise invalid_parameter("Param filter must be one of {TOPLEVEL, STREAM}")
        items = list(target.comments if isinstance(target, Post) else target.replies)
        if filter_ == "stream" and isinstance(target, Post):
            items += [reply for c in target.comments for reply in c.replies]
        items.sort(key=lambda c: (c.created_time, c.id), reverse=order == "reverse_chronological")
        summary = {"order": order, "total_count": len(items), "can_comment": True}
        return items, summary

    def _edge_page(
        self,
        context: _Context,
        target: Any,
        edge: str,
        items: list[Any],
        params: dict[str, str],
        fields: list[FieldRequest] | None,
        summary: dict[str, Any],
    ) -> dict[str, Any]:
        request = PageRequest.of(params)
        path = f"/{context.call.version}/{id_of(target)}/{edge}"
        link_params = dict(params)
        link_params.setdefault("access_token", context.token.value)

        def link(cursor: dict[str, str]) -> str:
            return link_to(self.base_url, path, link_params, cursor)

        def render(item: Any) -> dict[str, Any]:
            defaults = ACCOUNT_DEFAULTS if edge == "accounts" else None
            return self._render(context, item, fields, defaults=defaults)

        def key(item: Any) -> tuple[str, str]:
            return (sort_time(item), id_of(item))

        page = paged(items, key, request, link, render)
        if summary and params.get("summary") in ("true", "1", "total_count"):
            page["summary"] = summary
        return page

    # -- rendering ----------------------------------------------------------------------

    def _render(
        self,
        context: _Context,
        item: Any,
        fields: list[FieldRequest] | None,
        *,
        defaults: tuple[str, ...] | None = None,
    ) -> dict[str, Any]:
        type_name, known, default = node_type(item)
        chosen = requested(fields, defaults or default)
        check_known(chosen, known, type_name)
        rendered: dict[str, Any] = {}
        for wanted in chosen:
            value = self._field(context, item, wanted)
            if value is not None:
                rendered[wanted.name] = value
        rendered.setdefault("id", id_of(item))  # Graph always names a node's id
        return rendered

    def _field(self, context: _Context, item: Any, wanted: FieldRequest) -> Any:
        name = wanted.name
        if name == "id":
            return id_of(item)
        if name in edge_names(item):
            params = dict(wanted.modifiers)
            items, summary = self._edge(context, item, name, params)
            return self._edge_page(context, item, name, items, params, wanted.fields, summary)
        value = self._scalar(context, item, name)
        if isinstance(value, Reference):
            return self._render(context, value.item, wanted.fields, defaults=value.defaults)
        return value

    def _scalar(self, context: _Context, item: Any, name: str) -> Any:
        if isinstance(item, User):
            return {"name": item.name, "first_name": item.name.split()[0],
                    "last_name": item.name.split()[-1]}.get(name)  # fmt: skip
        if isinstance(item, Page):
            return self._page_field(context, item, name)
        if isinstance(item, IgUser):
            return {
                "username": item.username,
                "name": item.name,
                "profile_picture_url": f"https://scontent.cdninstagram.com/{item.id}.jpg",
                "followers_count": 1200,
                "media_count": sum(1 for m in self._media if m.ig is item),
                "biography": "",
            }.get(name)
        if isinstance(item, Conversation):
            return conversation_field(item, name, can_reply=self._can_reply(item))
        if isinstance(item, Message):
            return message_field(item, name)
        if isinstance(item, Post):
            return post_field(item, name)
        if isinstance(item, Media):
            return media_field(item, name)
        if isinstance(item, Comment):
            if item.platform == "facebook":
                return self._facebook_comment_field(context, item, name)
            return instagram_comment_field(item, name)
        return None

    def _can_reply(self, conversation: Conversation) -> bool:
        last = conversation.last_customer_message()
        window = HUMAN_AGENT_WINDOW if self.human_agent_approved else RESPONSE_WINDOW
        return last is not None and self._now() - last <= window

    def _page_field(self, context: _Context, page: Page, name: str) -> Any:
        if name == "access_token":
            if context.token.kind != "user":
                return None
            return self._page_token_for(context.token, page).value
        if name == "instagram_business_account":
            return Reference(page.ig, ("id",)) if page.ig else None
        return {
            "name": page.name,
            "category": page.category,
            "category_list": [{"id": "273819889375819", "name": page.category}],
            "link": f"https://www.facebook.com/{page.id}",
            "username": re.sub(r"[^A-Za-z0-9.]", "", page.name),
            "fan_count": 340,
            "tasks": ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"],
        }.get(name)

    def _facebook_comment_field(self, context: _Context, comment: Comment, name: str) -> Any:
        if name == "from":
            if comment.author is None:
                page = self._page_of(comment)
                assert page is not None
                return {"name": page.name, "id": page.id}
            if context.token.kind != "page":
                return None  # a person's name and id go to a Page token only
            return {"name": comment.author.name, "id": comment.author.id}
        if name == "parent":
            return (
                Reference(comment.parent, ("created_time", "from", "message", "id"))
                if comment.parent
                else None
            )
        if name == "object":
            return {"id": comment.on.id}
        return {
            "created_time": graph_time(comment.created_time),
            "message": comment.text,
            "comment_count": len(comment.replies),
            "like_count": 0,
            "permalink_url": permalink(comment),
            "can_comment": comment.parent is None,
            "can_reply_privately": comment.author is not None,
            "is_hidden": False,
            "message_tags": [],
        }.get(name)

    # -- writes -------------------------------------------------------------------------

    def _create(self, context: _Context, target: Any, edge: str) -> JSONValue:
        if isinstance(target, Page) and edge == "messages":
            return self._send(context, target)
        if edge == "comments" and isinstance(target, (Post, Comment)) and is_facebook(target):
            self._require_page_token(context)
            self._require(context, "pages_manage_engagement")
            return self._comment_via_api(context, target)
        if (edge == "comments" and isinstance(target, Media)) or (
            edge == "replies" and isinstance(target, Comment) and not is_facebook(target)
        ):
            self._require(context, "instagram_basic", "instagram_manage_comments")
            return self._comment_via_api(context, target)
        raise unsupported("POST", f"{id_of(target)}/{edge}")

    def _comment_via_api(self, context: _Context, target: Any) -> JSONValue:
        text = context.call.params.get("message", "")
        if not text.strip():
            raise invalid_parameter("Missing message or attachment")
        made = self._add_comment(target, text, None, self._now())
        parent = made.parent.id if made.parent else made.on.id
        self._created_comments.append(
            CreatedComment(made.id, id_of(target), parent, made.platform, text, made.created_time)
        )
        return {"id": made.id}

    def _send(self, context: _Context, page: Page) -> JSONValue:
        """POST /{page-id}/messages: the Send API with the messaging window."""
        self._require_page_token(context)
        params = context.call.params
        recipient = _json_param(params, "recipient")
        message = _json_param(params, "message")
        if not isinstance(recipient, dict) or not recipient.get("id"):
            raise invalid_parameter("param recipient must be non-empty.")
        if (
            not isinstance(message, dict)
            or not isinstance(message.get("text"), str)
            or not message["text"]
        ):
            raise invalid_parameter("param message must be non-empty.")
        text = message["text"]
        customer = self._customers.get(str(recipient["id"]))
        conversation = self._conversation_with(customer) if customer else None
        if customer is None or conversation is None or customer.page is not page:
            raise invalid_parameter("No matching user found", 2018001)
        self._require(
            context,
            "pages_messaging" if customer.platform == "messenger" else "instagram_manage_messages",
        )
        if customer.platform == "messenger" and len(text) >= MESSENGER_TEXT_LIMIT:
            raise invalid_parameter(
                "Length of param message[text] must be less than or equal to 2000"
            )
        if customer.platform == "instagram" and len(text.encode()) > INSTAGRAM_TEXT_BYTES:
            raise invalid_parameter(
                "Length of param message[text] must be less than or equal to 1000 bytes"
            )
        messaging_type = params.get("messaging_type")
        if messaging_type not in MESSAGING_TYPES:
            raise invalid_parameter(
                "param messaging_type must be one of {RESPONSE, UPDATE, MESSAGE_TAG}"
            )
        tag = params.get("tag") or None
        self._check_window(customer, conversation, messaging_type, tag)
        sent = self._add_message(customer, text, False, None)
        self._sent.append(
            SentMessage(
                sent.id,
                page.id,
                customer.platform,
                customer.id,
                text,
                messaging_type,
                tag,
                sent.created_time,
            )
        )
        return {"recipient_id": customer.id, "message_id": sent.id}

    def _check_window(
        self,
        customer: Customer,
        conversation: Conversation,
        messaging_type: str,
        tag: str | None,
    ) -> None:
        last = conversation.last_customer_message()
        elapsed = self._now() - last if last is not None else None
        outside = GraphError(10, OUTSIDE_WINDOW, subcode=2018278, error_type="OAuthException")
        if messaging_type != "MESSAGE_TAG":
            if tag is not None:
                raise invalid_parameter("param tag is only allowed with messaging_type MESSAGE_TAG")
            if elapsed is None or elapsed > RESPONSE_WINDOW:
                raise outside
            return
        if tag is None:
            raise invalid_parameter("param tag must be non-empty for messaging_type MESSAGE_TAG")
        if tag == "HUMAN_AGENT":
            if not self.human_agent_approved:
                raise GraphError(
                    200,
                    "(#200) The HUMAN_AGENT tag needs the Human Agent feature, which this app "
                    "has not been granted",
                )
            if elapsed is None or elapsed > HUMAN_AGENT_WINDOW:
                raise outside
            return
        if tag in ANYTIME_TAGS and customer.platform == "messenger":
            return
        raise invalid_parameter(f"param tag '{tag}' is not a valid message tag here")


def _token_error(message: str, subcode: int | None = None) -> GraphError:
    return GraphError(
        190,
        message,
        subcode=subcode,
        headers={"WWW-Authenticate": f'OAuth "Facebook Platform" "invalid_token" "{message}"'},
    )


def _transient(body: dict[str, Any]) -> dict[str, Any]:
    body["error"]["is_transient"] = True
    return body


def _unversioned(path: str) -> str:
    match = VERSION_RE.match(path)
    return path[match.end() :] if match else path


def _split_scope(scope: str) -> list[str]:
    return [s for s in re.split(r"[,\s]+", scope) if s]


def _access_token(call: _Call) -> str | None:
    header = call.header("Authorization") or ""
    for scheme in ("Bearer ", "OAuth "):
        if header.startswith(scheme):
            return header[len(scheme) :].strip()
    return call.params.get("access_token")


def _parameters(
    query: dict[str, list[str]], headers: dict[str, str], body: bytes
) -> dict[str, str]:
    """The query's and the body's parameters (form or JSON), the body winning."""
    params = {name: values[-1] for name, values in query.items()}
    content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if not body:
        return params
    if content_type.startswith("application/json"):
        try:
            decoded = json.loads(body)
        except ValueError:
            raise invalid_parameter("The request body is not valid JSON") from None
        if not isinstance(decoded, dict):
            raise invalid_parameter("The request body must be a JSON object")
        for name, value in decoded.items():
            params[name] = value if isinstance(value, str) else json.dumps(value)
        return params
    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    params |= {name: values[-1] for name, values in form.items()}
    return params


def _json_param(params: dict[str, str], name: str) -> Any:
    value = params.get(name)
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        raise invalid_parameter(f"param {name} must be a JSON object") from None
