"""The X connector: an account's mentions and replies through the X API v2.

What it reads (docs.x.com, x-api/users/get-mentions and get-posts):

- mentions: ``GET /2/users/:id/mentions`` with ``expansions=author_id`` and
  ``user.fields`` (each author's name and user name come with the page), newest first.
  After the first sync it asks ``since_id`` = the newest mention stored and pages with
  ``pagination_token`` (``meta.next_token``) until the pages end; the pages are then
  handed over oldest first, each with the cursor of its ``meta.newest_id``, so that an
  interruption between two of them skips nothing. X reaches back only 800 mentions: when
  a catch-up got that many, older ones since the last sync are lost, and the account's
  status says so. The first sync reads the newest page only (X charges each post read).
- the account's own posts: ``GET /2/users/:id/tweets`` the same way; its replies to
  others come in as outbound messages, so a customer answered on the phone or on x.com
  stops needing a reply (so does a reply of its own that shows in its mentions).

Replies (``POST /2/tweets``) answer with ``reply.in_reply_to_tweet_id``. X has no
idempotency key: a send whose answer was lost is looked up in the account's recent posts
(:meth:`XConnector.find_sent`); not found there, it is not sent again — a person decides
(the outbox's ``outcome_unknown``). X refuses the same text twice (403: not a delivery),
and on self-serve plans a reply to a post that does not mention the account: both are
errors that say so. Rate limits: see :mod:`socialinbox.channels.x_api`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import timedelta
from typing import Any, ClassVar

from socialinbox.channels.http import MalformedResponseError, answer_json
from socialinbox.channels.oauth_providers import X_KIND
from socialinbox.channels.oauth_signin import SignsInWithOAuth, revoke_grant
from socialinbox.channels.x_api import (
    BUCKET_ME,
    BUCKET_MENTIONS,
    BUCKET_OWN_POSTS,
    BUCKET_POST,
    XApi,
)
from socialinbox.channels.x_network import POST_CHARACTERS, X_NETWORK, X
from socialinbox.channels.x_parse import (
    Cursor,
    MalformedPost,
    Page,
    Parsed,
    comparable_text,
    newer,
    parse_pages,
    replied_to,
)
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    AccessNotice,
    ChannelError,
    ConnectorContext,
    FetchBatch,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

PAGE_SIZE = 100  # the documented maximum of max_results
# X returns at most the 800 most recent mentions, whatever since_id says.
MENTIONS_REACH = 800
# A catch-up reads at most this many pages in one round (800 / 100, and one to spare).
MAX_PAGES = MENTIONS_REACH // PAGE_SIZE + 1
# The position after a first sync that found nothing: every later post is newer.
FROM_THE_START = "0"
# find_sent looks this far back in the account's own posts.
LOOK_UP_POSTS = 20
BEYOND_REACH = (
    "older mentions are beyond X's reach: {reach} or more arrived since the last sync and "
    "X lets an app read only the latest {reach}; look on x.com for the rest"
)
TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
USER_FIELDS = "name,username"


class XConnector:
    kind: ClassVar[str] = X
    # X offers no idempotency; its look-up (the account's recent posts) is not certain
    # either: a post may take a moment to show in its timeline.
    idempotency_window: ClassVar[timedelta | None] = None
    sent_lookup_is_certain: ClassVar[bool] = False

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._clock = context.clock
        self._x: XApi | None = None
        user_id = context.account.settings.get("user_id")
        self._own_id: str | None = str(user_id) if user_id else None

    @property
    def _api(self) -> XApi:
        """The API with the account's grant, opened on first use (a connector asked only
        for its limits has no secret)."""
        if self._x is None:
            context = self._context
            self._x = XApi.for_account(X_KIND, context)
        return self._x

    # -- verifying -------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """``GET /2/users/me``: who the grant belongs to."""
        body = await self._api.get_json(
            "/2/users/me", {"user.fields": USER_FIELDS}, bucket=BUCKET_ME
        )
        me = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(me, Mapping) or not isinstance(me.get("id"), str):
            raise MalformedResponseError(f"{self._api.where} did not say who is signed in")
        username, name = me.get("username"), me.get("name")
        if not isinstance(username, str) or not username:
            raise MalformedResponseError(f"{self._api.where} sent no user name")
        self._own_id = me["id"]
        return VerifiedAccount(
            handle=username,
            display_name=name if isinstance(name, str) and name else None,
            settings={"user_id": me["id"]},
        )

    def text_limit(self) -> TextLimit:
        return TextLimit(POST_CHARACTERS, "characters")

    async def _user_id(self) -> str:
        if self._own_id is None:
            await self.verify()
        assert self._own_id is not None
        return self._own_id

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Mentions, oldest page first, then the account's own replies (see the module).

        A failure half-way (a rate limit after the newest pages) still hands over what
        was read, then raises; the cursor then remembers the gap left below those pages,
        which the next round reads first (``until_id``), so nothing is read twice."""
        state = Cursor.load(cursor)
        own_id = await self._user_id()
        path = f"/2/users/{own_id}/mentions"
        parsed: list[Parsed] = []
        for gap in (True, False):
            if gap and state.gap_until is None:
                continue
            pages, problem = await self._read_span(path, state, gap)
            span = parse_pages(pages, own_id)
            parsed += span
            for batch in self._mention_batches(state, pages, span, gap, complete=problem is None):
                state = Cursor.load(batch.cursor)
                yield batch
            if problem is not None:
                raise problem
        own_pages: list[Page] = []
        await self._read(f"/2/users/{own_id}/tweets", state.own, BUCKET_OWN_POSTS, own_pages)
        own = parse_pages(own_pages, own_id, own_timeline=True)
        replies = [m for messages, _ in reversed(own) for m in messages]
        if state.own is None:
            # The first sync: only the answers to what was read (older replies answer
            # mentions that never reached the inbox, and would stand alone in it).
            since = min((m.created_at for messages, _ in parsed for m in messages), default=None)
            replies = [m for m in replies if since is not None and m.created_at >= since]
        newest = state.own
        for page in own_pages:
            newest = newer(newest, page.newest_id)
        if own_pages or state.own is None:
            yield FetchBatch(
                tuple(replies),
                Cursor(state.mentions, newest or FROM_THE_START).dump(),
                tuple(b for _, bad in own for b in bad),
            )

    async def _read_span(
        self, path: str, state: Cursor, gap: bool
    ) -> tuple[list[Page], ChannelError | None]:
        """The pages of the gap (``gap``) or of what is newer than everything stored, and
        the error that cut the reading short (None when it ended)."""
        pages: list[Page] = []
        try:
            if gap:
                await self._read(
                    path, state.mentions, BUCKET_MENTIONS, pages, until=state.gap_until
                )
            else:
                await self._read(path, state.mentions, BUCKET_MENTIONS, pages)
        except ChannelError as exc:
            return pages, exc
        return pages, None

    def _mention_batches(
        self,
        state: Cursor,
        pages: list[Page],
        parsed: list[Parsed],
        gap: bool,
        *,
        complete: bool,
    ) -> list[FetchBatch]:
        """The batches of one span's pages, oldest first, each with the cursor that is
        safe once it is stored."""
        if not complete:
            if not pages:
                return []
            # The newest pages of the span were read, the older ones not: a gap stays.
            oldest = min((_oldest_of(page) for page in pages), key=int)
            newest_seen = state.newest_seen if gap else newer(state.newest_seen, pages[0].newest_id)
            after = Cursor(state.mentions, state.own, oldest, newest_seen or state.mentions)
            return [
                FetchBatch(
                    tuple(m for messages, _ in reversed(parsed) for m in messages),
                    after.dump(),
                    tuple(b for _, bad in parsed for b in bad),
                )
            ]
        read = sum(len(page.posts) for page in pages)
        beyond = not gap and state.mentions not in (None, FROM_THE_START) and read >= MENTIONS_REACH
        notice = BEYOND_REACH.format(reach=MENTIONS_REACH) if beyond else None
        batches = []
        for page, (messages, bad) in reversed(list(zip(pages, parsed, strict=True))):
            state = Cursor(
                newer(state.mentions, page.newest_id), state.own, state.gap_until, state.newest_seen
            )
            batches.append(FetchBatch(messages, state.dump(), bad, notice=notice))
        if gap:  # the gap is read: what was seen above it is stored already
            state = Cursor(newer(state.mentions, state.newest_seen), state.own)
            batches.append(FetchBatch((), state.dump()))
        elif state.mentions is None:  # none yet: from now on every mention is new
            batches.append(FetchBatch((), Cursor(FROM_THE_START, state.own).dump(), notice=notice))
        return batches

    async def _read(
        self,
        path: str,
        since: str | None,
        bucket: str,
        pages: list[Page],
        *,
        until: str | None = None,
    ) -> bool:
        """Append the timeline's pages newer than ``since`` (newest first, as X pages);
        the first sync (no ``since``) reads the newest page only; after a first sync that
        found nothing (:data:`FROM_THE_START`) every page X still reaches is new. True once
        the pages ended; a failure raises with the pages read so far kept in ``pages``."""
        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "expansions": "author_id",
            "tweet.fields": TWEET_FIELDS,
            "user.fields": USER_FIELDS,
        }
        if since is not None and since != FROM_THE_START:
            params["since_id"] = since
        if until is not None:
            params["until_id"] = until
        for _ in range(MAX_PAGES):
            body = await self._api.get_json(path, params, bucket=bucket)
            try:
                page = Page.of(body)
            except MalformedPost as exc:
                raise MalformedResponseError(f"{self._api.where}: {exc}") from None
            if page.posts:
                pages.append(page)
            if (since is None and until is None) or page.next_token is None or not page.posts:
                return True
            params = {**params, "pagination_token": page.next_token}
        return True

    # -- sending ---------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``POST /2/tweets`` answering ``reply.in_reply_to`` (X has no idempotency key:
        ``idempotency_key`` is not sent)."""
        if reply.in_reply_to is None:
            raise PermanentError(
                "X replies answer a post: direct messages on X are not supported here"
            )
        response = await self._api.request(
            "POST",
            "/2/tweets",
            bucket=BUCKET_POST,
            json_body={"text": reply.text, "reply": {"in_reply_to_tweet_id": reply.in_reply_to}},
            writes=True,
        )
        body = answer_json(response, self._api.where, writes=True)
        created = body.get("data") if isinstance(body, Mapping) else None
        if not isinstance(created, Mapping) or not isinstance(created.get("id"), str):
            raise MalformedResponseError(
                f"{self._api.where} did not say which post it created",
                may_have_reached_server=True,
            )
        return _receipt(created["id"], self._clock)

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """A recent post of the account answering the same post with the same words."""
        own_id = await self._user_id()
        body = await self._api.get_json(
            f"/2/users/{own_id}/tweets",
            {"max_results": LOOK_UP_POSTS, "tweet.fields": TWEET_FIELDS},
            bucket=BUCKET_OWN_POSTS,
        )
        try:
            page = Page.of(body)
        except MalformedPost as exc:
            raise MalformedResponseError(f"{self._api.where}: {exc}") from None
        wanted = comparable_text(reply.text)
        for post in page.posts:
            if not isinstance(post, Mapping) or not isinstance(post.get("id"), str):
                continue
            try:
                parent = replied_to(post)
            except MalformedPost:
                continue
            text = post.get("text")
            if (
                parent == reply.in_reply_to
                and isinstance(text, str)
                and comparable_text(text) == wanted
            ):
                return _receipt(post["id"], self._clock)
        return None


def _oldest_of(page: Page) -> str:
    """The oldest post id of a page that holds posts (``meta.oldest_id``, else its posts')."""
    if page.oldest_id is not None:
        return page.oldest_id
    ids = [p["id"] for p in page.posts if isinstance(p, Mapping) and str(p.get("id", "")).isdigit()]
    return min(ids, key=int)


def _receipt(post_id: str, clock: Clock) -> SentReceipt:
    return SentReceipt(
        remote_id=post_id, url=f"https://x.com/i/web/status/{post_id}", sent_at=clock.now()
    )


class XConnectorFactory(SignsInWithOAuth):
    oauth = X_KIND
    access_notice: ClassVar[AccessNotice | None] = X_KIND.notice
    kind: ClassVar[str] = X
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "X")
    channels: ClassVar[tuple[str, ...]] = (X,)
    networks: ClassVar[tuple[Network, ...]] = (X_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser (this computer's X app: Settings ▸ Apps), or paste an "
        "OAuth 2.0 user access token with the scopes tweet.read, tweet.write and users.read.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "API address")
    default_base_url: ClassVar[str | None] = "https://api.x.com"
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> XConnector:
        return XConnector(context)

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant at X (``POST /2/oauth2/revoke``) when the account is removed."""
        await revoke_grant(X_KIND, context)
