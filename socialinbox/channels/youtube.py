"""The YouTube connector: comments on the account's channel and videos through the YouTube
Data API v3, replies to them, within the day's quota.

What it reads (developers.google.com/youtube/v3/docs):

- who signed in: ``GET channels?part=snippet&mine=true`` (its id is kept in the
  account's settings as ``channel_id``);
- the comment threads: ``GET commentThreads?part=snippet,replies&
  allThreadsRelatedToChannelId=…&order=time&maxResults=100&textFormat=plainText``, the
  newest top-level comment first, paged with ``pageToken``: the newest page each round,
  and the pages after it while they hold threads begun since the cursor's ``since``. Every
  comment of those threads written or edited since then (the top-level comment and its
  replies) becomes a message of kind ``comment``. A page includes a thread's first replies
  only; one whose ``totalReplyCount`` changed since the last round has them all listed
  with ``comments?parentId=…``. A new reply does not move its thread up, so replies are
  read under the newest 100 threads (and those begun since the last round) only: one under
  an older thread is not seen. A comment of the account's own channel is an outbound
  message (a reply made on YouTube clears "needs reply"). A round that stops half way
  stores nothing and keeps its cursor: the next one reads the same pages again.
- the videos' titles (the subject of their comments): ``GET videos?part=snippet&id=…``
  (50 at a time) for videos not seen before; the cursor remembers the latest ones.

Replies (``POST comments?part=snippet`` with ``snippet.parentId``, always the thread's
top-level comment, as YouTube threads have one level) are not idempotent: a send whose
answer was lost is looked for among the thread's replies (:meth:`YouTubeConnector.
find_sent`); not found, it is not sent again (the outbox's ``outcome_unknown``).

The quota (developers.google.com/youtube/v3/determine_quota_cost): each call costs units
(:data:`COSTS`: a list 1, a comment 50), counted in the account's
:class:`~socialinbox.core.api_quota.QuotaBook` before the call is made, as Google counts
even a call that fails. No call starts that the day's budget (10,000 units unless the
account's ``quota_budget`` says otherwise) cannot pay, and reading leaves the units of one
reply unspent so that an answer can still go out. ``403 quotaExceeded`` marks the day spent:
the account pauses until midnight Pacific time with the reason shown.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Final

from socialinbox.channels.google_api import GoogleApi, GoogleRefused
from socialinbox.channels.http import MalformedResponseError, answer_json
from socialinbox.channels.oauth_providers import YOUTUBE_KIND
from socialinbox.channels.oauth_signin import SignsInWithOAuth, revoke_grant
from socialinbox.channels.youtube_network import (
    COMMENT_CHARACTERS,
    YOUTUBE,
    YOUTUBE_NETWORK,
)
from socialinbox.channels.youtube_parse import (
    Comment,
    Cursor,
    MalformedComment,
    Page,
    Thread,
    comparable_text,
    parse_comment,
    parse_thread,
    set_aside,
    to_message,
    video_titles,
)
from socialinbox.core.api_quota import (
    BUDGET_SETTING,
    DEFAULT_DAILY_BUDGET,
    MemoryQuotaBook,
    QuotaBook,
    QuotaSpent,
    budget_of,
    next_reset,
    spent_reason,
)
from socialinbox.core.connector import (
    AccessNotice,
    ConnectorContext,
    FetchBatch,
    MalformedItem,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

API: Final = "/youtube/v3"
PAGE_SIZE: Final = 100  # commentThreads' and comments' documented maximum
VIDEOS_PER_CALL: Final = 50  # videos.list takes at most 50 ids
# A catch-up reads at most this many thread pages in one round (10,000 threads).
MAX_PAGES: Final = 100
# Each call's quota cost in units, as Google's table gives it.
LIST_COST: Final = 1
INSERT_COST: Final = 50
COSTS: Final = {"channels.list": LIST_COST, "commentThreads.list": LIST_COST,
                "comments.list": LIST_COST, "videos.list": LIST_COST,
                "comments.insert": INSERT_COST}  # fmt: skip
# find_sent reads this many pages of a thread's replies at most (YouTube may list them
# oldest first: a reply just sent can be on the last page).
LOOK_UP_PAGES: Final = 10
# After a first sync that found nothing, every later comment is new.
FROM_THE_START: Final = datetime(1970, 1, 1, tzinfo=UTC)
QUOTA_EXCEEDED: Final = "quotaExceeded"
# What YouTube's refusals of a reply mean, in words for the outbox.
REFUSALS: Final = {
    "commentTextTooLong": "YouTube refused the reply: it is too long for a comment",
    "operationNotSupported": "YouTube does not let this channel reply to that comment",
    "parentCommentIsPrivate": "YouTube refused the reply: the comment answered is private",
    "commentsDisabled": "YouTube refused the reply: comments are turned off on that video",
    "parentCommentNotFound": "YouTube refused the reply: the comment answered was deleted",
    "commentNotFound": "YouTube refused the reply: the comment answered was deleted",
    "ineligibleAccount": (
        "YouTube refused the reply: the signed-in Google account has no YouTube channel "
        "that may comment"
    ),
}


class YouTubeConnector:
    kind: ClassVar[str] = YOUTUBE
    # YouTube offers no idempotency; the look-up among a thread's replies may lag.
    idempotency_window: ClassVar[timedelta | None] = None
    sent_lookup_is_certain: ClassVar[bool] = False

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._clock = context.clock
        self._api_client: GoogleApi | None = None
        settings = context.account.settings
        self._quota: QuotaBook = context.quota or MemoryQuotaBook(
            context.clock, budget_of(settings), YOUTUBE_NETWORK.label
        )
        channel = settings.get("channel_id")
        self._channel_id: str | None = str(channel) if channel else None

    @property
    def _api(self) -> GoogleApi:
        """The API with the account's grant, opened on first use (a connector asked only
        for its limits has no secret)."""
        if self._api_client is None:
            context = self._context
            self._api_client = GoogleApi.for_account(
                YOUTUBE_KIND, context, network=YOUTUBE_NETWORK.label
            )
        return self._api_client

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any],
        json_body: Mapping[str, Any] | None = None,
        keep: int = INSERT_COST,
    ) -> Any:
        """One call, paid from the quota first (``keep``: units it must leave unspent);
        its answer's JSON. ``quotaExceeded`` marks the day spent and pauses the account."""
        cost = COSTS[method]
        await self._quota.spend(cost, keep=keep)
        writes = json_body is not None
        try:
            response = await self._api.request(
                "POST" if writes else "GET",
                f"{API}/{path}",
                params=params,
                json_body=json_body,
                writes=writes,
            )
        except GoogleRefused as exc:
            if exc.reason == QUOTA_EXCEEDED:
                usage = await self._quota.exhaust()
                reset = next_reset(self._clock.now())
                raise QuotaSpent(spent_reason(YOUTUBE_NETWORK.label, usage, reset), reset) from None
            raise
        return answer_json(response, self._api.where, writes=writes)

    # -- verifying -------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """``GET channels?mine=true``: the channel the grant belongs to."""
        body = await self._call(
            "channels.list", "channels", params={"part": "snippet", "mine": "true"}, keep=0
        )
        try:
            page = Page.of(body)
        except MalformedComment as exc:
            raise MalformedResponseError(f"{self._api.where}: {exc}") from None
        channel = page.items[0] if page.items else None
        if not isinstance(channel, Mapping) or not isinstance(channel.get("id"), str):
            raise PermanentError(
                f"the Google account signed in to {self._api.where} has no YouTube channel"
            )
        snippet = channel.get("snippet")
        snippet = snippet if isinstance(snippet, Mapping) else {}
        title, custom = snippet.get("title"), snippet.get("customUrl")
        name = title if isinstance(title, str) and title.strip() else None
        handle = custom if isinstance(custom, str) and custom.strip() else name or channel["id"]
        self._channel_id = channel["id"]
        return VerifiedAccount(
            handle=handle, display_name=name, settings={"channel_id": channel["id"]}
        )

    def text_limit(self) -> TextLimit:
        return TextLimit(COMMENT_CHARACTERS, "characters")

    async def _own_channel(self) -> str:
        if self._channel_id is None:
            await self.verify()
        assert self._channel_id is not None
        return self._channel_id

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """The comments written or edited since the cursor, as one batch (see the module):
        a round stopped half way (the quota, a dropped connection) raises and stores
        nothing."""
        state = Cursor.load(cursor)
        channel = await self._own_channel()
        threads, malformed = await self._read_threads(channel, state.since)
        comments: list[Comment] = []
        counts: dict[str, int] = {}
        for thread in threads:
            comments.append(thread.top)
            if not thread.missing_replies:
                comments += thread.replies
                continue
            if state.reply_counts.get(thread.top.id) != thread.reply_count:
                comments += await self._all_replies(thread, malformed)
            counts[thread.top.id] = thread.reply_count
        since = state.since
        fresh = [c for c in comments if since is None or c.activity >= since]
        titles = await self._titles({c.video_id for c in fresh if c.video_id}, state)
        known = {**state.titles, **titles}
        fresh.sort(key=lambda c: (c.published_at, c.id))
        after = state.after(fresh, titles, counts)
        if after.since is None:  # nothing yet: from now on every comment is new
            after = replace(after, since=FROM_THE_START)
        messages = tuple(to_message(c, channel, known) for c in fresh)
        yield FetchBatch(messages, after.dump(), tuple(malformed))

    async def _read_threads(
        self, channel: str, since: datetime | None
    ) -> tuple[list[Thread], list[MalformedItem]]:
        """The newest page of threads, and the pages after it while they hold threads
        begun since ``since`` (YouTube orders threads by their top-level comment: a new
        reply leaves its thread where it was)."""
        threads: list[Thread] = []
        malformed: list[MalformedItem] = []
        params: dict[str, Any] = {
            "part": "snippet,replies",
            "allThreadsRelatedToChannelId": channel,
            "order": "time",
            "maxResults": PAGE_SIZE,
            "textFormat": "plainText",
        }
        for _ in range(MAX_PAGES):
            body = await self._call("commentThreads.list", "commentThreads", params=params)
            page = self._page(body)
            begun_since = False
            for item in page.items:
                try:
                    thread = parse_thread(item)
                except MalformedComment as exc:
                    malformed.append(set_aside(item, exc))
                    continue
                threads.append(thread)
                if since is not None and thread.top.published_at >= since:
                    begun_since = True
            if not begun_since or page.next_token is None:
                break
            params = {**params, "pageToken": page.next_token}
        return threads, malformed

    async def _all_replies(self, thread: Thread, malformed: list[MalformedItem]) -> list[Comment]:
        """Every reply of ``thread`` (``comments?parentId=``), oldest pages last as listed."""
        replies: list[Comment] = []
        async for item in self._replies_of(thread.top.id, MAX_PAGES):
            try:
                comment = parse_comment(item, thread.top.id)
            except MalformedComment as exc:
                malformed.append(set_aside(item, exc))
                continue
            replies.append(
                Comment(
                    comment.id,
                    thread.top.id,
                    thread.top.video_id,
                    comment.author,
                    comment.text,
                    comment.published_at,
                    comment.updated_at,
                    thread.top.id,
                )
            )
        return replies

    async def _replies_of(
        self, parent_id: str, pages: int, *, keep: int = INSERT_COST
    ) -> AsyncIterator[object]:
        params: dict[str, Any] = {
            "part": "snippet",
            "parentId": parent_id,
            "maxResults": PAGE_SIZE,
            "textFormat": "plainText",
        }
        for _ in range(pages):
            page = self._page(
                await self._call("comments.list", "comments", params=params, keep=keep)
            )
            for item in page.items:
                yield item
            if page.next_token is None:
                return
            params = {**params, "pageToken": page.next_token}

    async def _titles(self, video_ids: set[str], state: Cursor) -> dict[str, str]:
        """The titles of the videos not in the cursor (one call per 50)."""
        unknown = sorted(v for v in video_ids if v not in state.titles)
        titles: dict[str, str] = {}
        for start in range(0, len(unknown), VIDEOS_PER_CALL):
            ids = ",".join(unknown[start : start + VIDEOS_PER_CALL])
            body = await self._call(
                "videos.list",
                "videos",
                params={"part": "snippet", "id": ids, "maxResults": VIDEOS_PER_CALL},
            )
            titles.update(video_titles(self._page(body)))
        return titles

    def _page(self, body: object) -> Page:
        try:
            return Page.of(body)
        except MalformedComment as exc:
            raise MalformedResponseError(f"{self._api.where}: {exc}") from None

    # -- sending ---------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``POST comments?part=snippet`` under the thread's top-level comment (YouTube has
        no idempotency key: ``idempotency_key`` is not sent)."""
        parent = _parent_of(reply)
        try:
            body = await self._call(
                "comments.insert",
                "comments",
                params={"part": "snippet"},
                json_body={"snippet": {"parentId": parent, "textOriginal": reply.text}},
                keep=0,
            )
        except GoogleRefused as exc:
            words = REFUSALS.get(exc.reason)
            if words is None:
                raise
            raise PermanentError(words) from None
        try:
            comment = parse_comment(body, parent)
        except MalformedComment:
            created = body.get("id") if isinstance(body, Mapping) else None
            if not isinstance(created, str) or not created:
                raise MalformedResponseError(
                    f"{self._api.where} did not say which comment it created",
                    may_have_reached_server=True,
                ) from None
            return SentReceipt(created, None, self._clock.now())
        return SentReceipt(comment.id, None, comment.published_at)

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """A reply of the account's channel under the same thread with the same words."""
        channel = await self._own_channel()
        parent = _parent_of(reply)
        wanted = comparable_text(reply.text)
        async for item in self._replies_of(parent, LOOK_UP_PAGES, keep=0):
            try:
                comment = parse_comment(item, parent)
            except MalformedComment:
                continue
            if comment.author.key == channel and comparable_text(comment.text) == wanted:
                return SentReceipt(comment.id, None, comment.published_at)
        return None


def _parent_of(reply: OutgoingReply) -> str:
    """The top-level comment a reply goes under: its thread's (a reply to a reply joins the
    same thread, YouTube keeps one level)."""
    parent = reply.thread_remote_id or reply.in_reply_to
    if not parent:
        raise PermanentError("a YouTube reply answers a comment: there is none to answer")
    return parent


class YouTubeConnectorFactory(SignsInWithOAuth):
    oauth = YOUTUBE_KIND
    access_notice: ClassVar[AccessNotice | None] = YOUTUBE_KIND.notice
    kind: ClassVar[str] = YOUTUBE
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "YouTube")
    channels: ClassVar[tuple[str, ...]] = (YOUTUBE,)
    networks: ClassVar[tuple[Network, ...]] = (YOUTUBE_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser (this computer's Google app: Settings ▸ Apps), or paste an "
        "OAuth 2.0 access token with the scope youtube.force-ssl.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "API address")
    default_base_url: ClassVar[str | None] = "https://www.googleapis.com"
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField(
            BUDGET_SETTING,
            QT_TRANSLATE_NOOP("Connector", "Daily quota (units)"),
            required=False,
            default=str(DEFAULT_DAILY_BUDGET),
        ),
    )

    def create(self, context: ConnectorContext) -> YouTubeConnector:
        return YouTubeConnector(context)

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant at Google (``POST /revoke``) when the account is removed."""
        await revoke_grant(YOUTUBE_KIND, context)
