"""The Facebook Page and Instagram connectors: a Page's (or its Instagram professional
account's) private conversations and the comments on its posts, through Meta's Graph API.

How an account is reached (developers.facebook.com: facebook-login, pages-api,
messenger-platform, instagram-platform): the person signs in with Facebook Login (see
:mod:`socialinbox.channels.oauth_client`: Meta gives no refresh token; the token is
exchanged for a long-lived one, about 60 days, then the person signs in again). Their
token lists the Pages they manage (``GET /me/accounts``), each with a Page token and its
linked ``instagram_business_account``; the account keeps the Page's id (chosen with the
``page`` setting when the person manages several) and asks for its token each round.

What it reads, newest first as Meta lists it, handed over oldest first:

- conversations: ``GET /{page-id}/conversations?platform=messenger`` (``instagram`` for
  an Instagram account) with each conversation's latest messages (field expansion
  ``messages{...}``), paged with ``after`` = ``paging.cursors.after``, until the
  conversations are older than the last sync; a conversation with more new messages than
  came with it is read on (``/{conversation-id}/messages``).
- comments: Facebook — the Page's recent posts (``/{page-id}/feed``; Meta moves a post's
  ``updated_time`` when someone comments) and, for each post with something new, its
  comments with replies (``/{post-id}/comments?filter=stream&order=reverse_chronological``);
  Instagram — the comments and replies of the account's latest media
  (``/{ig-user-id}/media``, ``/{media-id}/comments``).

The cursor is Meta's time of the newest message and of the newest comment read. It moves
only once a span is read whole: a round cut short (a throttled app, a dropped connection)
still hands over what it read, and the next round reads it again (recognised as stored).
The first sync reads the newest page only.

Replies: a comment is answered with a comment (Facebook: ``POST /{comment-id}/comments``;
Instagram: ``POST /{ig-comment-id}/replies``). A private message with ``POST
/{page-id}/messages`` within Meta's messaging window (:mod:`socialinbox.core.
messaging_window`): ``messaging_type=RESPONSE`` within 24 hours of the customer's last
message, ``MESSAGE_TAG`` with ``tag=HUMAN_AGENT`` from 24 hours to 7 days for a reply a
person wrote, nothing after. Meta has no idempotency key: a send whose answer was lost is
looked up among the Page's latest messages or replies (:meth:`MetaConnector.find_sent`);
not found there, it is not sent again (the outbox's ``outcome_unknown``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.meta_api import MetaApi, OutsideWindowError, outside_window_reason
from socialinbox.channels.meta_network import (
    FACEBOOK,
    FACEBOOK_NETWORK,
    INSTAGRAM,
    INSTAGRAM_NETWORK,
)
from socialinbox.channels.meta_parse import (
    Cursor,
    GraphList,
    MalformedGraphItem,
    Side,
    customer_of_thread,
    later,
    malformed,
    parse_comment,
    parse_direct,
    subject_of,
    tie_replies,
    time_or_none,
)
from socialinbox.channels.oauth_providers import FACEBOOK_KIND, INSTAGRAM_KIND, OAuthKind
from socialinbox.channels.oauth_signin import SignsInWithOAuth, revoke_grant
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    AccessNotice,
    ChannelError,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    MalformedItem,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.messaging_window import ReplyWindow, send_as
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

PAGE_SIZE = 25
# A catch-up reads at most this many pages of conversations (or comments of one post).
MAX_PAGES = 20
# The Page's most recent posts (or media) whose comments are looked at each round.
POSTS_LOOKED_AT = 50
MEDIA_LOOKED_AT = 10
# find_sent looks at this many of the latest messages or replies.
LOOK_UP = 25
# Before the first message (a first sync that found none: everything later is new).
THE_BEGINNING = datetime(1970, 1, 1, tzinfo=UTC)
MESSAGE_FIELDS = "id,created_time,from,to,message"
FB_COMMENT_FIELDS = "id,message,created_time,from,parent{id},permalink_url"
IG_COMMENT_FIELDS = "id,text,timestamp,from,username,parent_id"


class MetaConnector:
    """One Page's Messenger conversations and post comments (``FacebookConnector``), or
    its Instagram account's (``InstagramConnector``)."""

    kind: ClassVar[str]
    oauth: ClassVar[OAuthKind]
    network: ClassVar[Network]
    platform: ClassVar[str]
    # Meta offers no idempotency, and its lists may lag behind a send.
    idempotency_window: ClassVar[timedelta | None] = None
    sent_lookup_is_certain: ClassVar[bool] = False

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._clock: Clock = context.clock
        self._meta: MetaApi | None = None
        settings = context.account.settings
        self._page_id = _setting(settings, "page_id")
        self._ig_user_id = _setting(settings, "ig_user_id")

    @property
    def _api(self) -> MetaApi:
        """The API with the account's grant, opened on first use (a connector asked only
        for its limits has no secret)."""
        if self._meta is None:
            context = self._context
            self._meta = MetaApi.for_account(self.oauth, context, network=self.network.label)
        return self._meta

    def text_limit(self) -> TextLimit:
        assert self.network.text_limit is not None
        return self.network.text_limit

    # -- verifying -------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """Who signed in (``/me``) and the Page (``/me/accounts``) the account reads."""
        api = self._api
        me = await api.get_json("/me", {"fields": "id,name"}, as_page=False)
        if not isinstance(me, Mapping) or not isinstance(me.get("id"), str):
            raise MalformedResponseError(f"{api.where} did not say who is signed in")
        page = await self._page()
        settings = {"page_id": page["id"], "page_name": page["name"]}
        if self.kind == INSTAGRAM:
            instagram = page.get("instagram_business_account")
            assert isinstance(instagram, Mapping)  # _page() chose a Page that has one
            username = instagram.get("username")
            settings["ig_user_id"] = instagram["id"]
            handle = f"@{username}" if isinstance(username, str) and username else page["name"]
            return VerifiedAccount(handle=handle, display_name=page["name"], settings=settings)
        return VerifiedAccount(handle=page["name"], display_name=page["name"], settings=settings)

    async def _page(self) -> Mapping[str, Any]:
        """The account's Page as ``/me/accounts`` lists it (its token kept for the
        requests that follow). PermanentError naming the choices when it is not clear
        which Page is meant."""
        api = self._api
        pages: list[Mapping[str, Any]] = []
        params: dict[str, Any] = {
            "fields": "id,name,access_token,instagram_business_account{id,username}",
            "limit": 100,
        }
        for _ in range(MAX_PAGES):
            listing = _list(await api.get_json("/me/accounts", params, as_page=False), api.where)
            pages += [
                p
                for p in listing.items
                if isinstance(p, Mapping)
                and isinstance(p.get("id"), str)
                and isinstance(p.get("name"), str)
                and isinstance(p.get("access_token"), str)
            ]
            if listing.after is None:
                break
            params = {**params, "after": listing.after}
        if self.kind == INSTAGRAM:
            pages = [p for p in pages if _instagram_of(p) is not None]
        page = self._choose(pages)
        api.page_token = page["access_token"]
        self._page_id = page["id"]
        instagram = _instagram_of(page)
        if instagram is not None:
            self._ig_user_id = instagram
        return page

    def _choose(self, pages: list[Mapping[str, Any]]) -> Mapping[str, Any]:
        settings = self._context.account.settings
        wanted = self._page_id or _setting(settings, "page")
        what = "a Page"
        if self.kind == INSTAGRAM:
            what = "a Page with an Instagram professional account"
        if wanted is not None:
            for page in pages:
                if page["id"] == wanted or page["name"].casefold() == wanted.casefold():
                    return page
            raise PermanentError(
                f"this sign-in does not manage {what} called {wanted!r}"
                + (f" (it manages: {_names(pages)})" if pages else "")
            )
        if not pages:
            raise PermanentError(
                f"this sign-in manages no {what.removeprefix('a ')}: sign in as a person who "
                "manages the Page, and allow Social Inbox to use it"
            )
        if len(pages) > 1:
            raise PermanentError(
                f"this sign-in manages several Pages ({_names(pages)}): name one with "
                "--set page=NAME (or in the Page field)"
            )
        return pages[0]

    async def _open(self) -> None:
        if self._api.page_token is None:
            await self._page()

    @property
    def _side(self) -> Side:
        own = {i for i in (self._page_id, self._ig_user_id) if i}
        return Side(self.network.name, self.network.label, frozenset(own))

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Private messages, then comments (see the module). A failure half-way still
        hands over what was read (the cursor stays where it was), then raises."""
        state = Cursor.load(cursor)
        await self._open()
        messages, bad, newest, problem = await self._read_span(self._conversations, state.messages)
        after = Cursor(state.messages if problem else newest, state.comments)
        yield FetchBatch(_oldest_first(messages), after.dump(), tuple(bad))
        if problem is not None:
            raise problem
        state = after
        read_comments = self._instagram_comments if self.kind == INSTAGRAM else self._fb_comments
        comments, bad, newest, problem = await self._read_span(read_comments, state.comments)
        after = Cursor(state.messages, state.comments if problem else newest)
        yield FetchBatch(_oldest_first(comments), after.dump(), tuple(bad))
        if problem is not None:
            raise problem

    async def _read_span(
        self, read: Any, since: datetime | None
    ) -> tuple[list[FetchedMessage], list[MalformedItem], datetime, ChannelError | None]:
        """What ``read`` finds newer than ``since``, the newest time seen (the cursor once
        stored), and the error that cut it short (None when it ended)."""
        found: list[FetchedMessage] = []
        bad: list[MalformedItem] = []
        try:
            await read(since, found, bad)
        except ChannelError as exc:
            return found, bad, since or THE_BEGINNING, exc
        newest = max((m.created_at for m in found), default=None)
        return found, bad, later(since, newest) or THE_BEGINNING, None

    async def _conversations(
        self, since: datetime | None, found: list[FetchedMessage], bad: list[MalformedItem]
    ) -> None:
        params: dict[str, Any] = {
            "platform": self.platform,
            "fields": f"id,updated_time,messages.limit({PAGE_SIZE}){{{MESSAGE_FIELDS}}}",
            "limit": PAGE_SIZE,
        }
        for _ in range(MAX_PAGES):
            body = await self._api.get_json(f"/{self._page_id}/conversations", params)
            listing = _list(body, self._api.where)
            ended = False
            for conversation in listing.items:
                if not isinstance(conversation, Mapping):
                    bad.append(malformed(conversation, "the conversation is not an object"))
                    continue
                updated = time_or_none(conversation.get("updated_time"))
                if since is not None and updated is not None and updated < since:
                    ended = True
                    break
                await self._conversation(conversation, since, found, bad)
            if ended or since is None or listing.after is None:
                return
            params = {**params, "after": listing.after}

    async def _conversation(
        self,
        conversation: Mapping[str, Any],
        since: datetime | None,
        found: list[FetchedMessage],
        bad: list[MalformedItem],
    ) -> None:
        """The conversation's messages newer than ``since``, each reply of the Page tied
        to the customer's message it follows."""
        nested = conversation.get("messages", {})
        try:
            listing = GraphList.of(nested)
        except MalformedGraphItem as exc:
            bad.append(malformed(conversation, str(exc)))
            return
        parsed = self._parse(listing.items, lambda item: parse_direct(item, self._side), bad)
        conversation_id = conversation.get("id")
        pages = 1
        while (
            listing.after is not None
            and since is not None
            and parsed
            and min(m.created_at for m in parsed) >= since
            and isinstance(conversation_id, str)
            and pages < MAX_PAGES
        ):
            body = await self._api.get_json(
                f"/{conversation_id}/messages",
                {"fields": MESSAGE_FIELDS, "limit": PAGE_SIZE, "after": listing.after},
            )
            listing = _list(body, self._api.where)
            parsed += self._parse(listing.items, lambda item: parse_direct(item, self._side), bad)
            pages += 1
        found += tie_replies(parsed, since)

    def _parse(self, items: Any, parse: Any, bad: list[MalformedItem]) -> list[FetchedMessage]:
        messages: list[FetchedMessage] = []
        for item in items:
            try:
                messages.append(parse(item))
            except MalformedGraphItem as exc:
                bad.append(malformed(item, str(exc)))
        return messages

    async def _fb_comments(
        self, since: datetime | None, found: list[FetchedMessage], bad: list[MalformedItem]
    ) -> None:
        """Comments on the Page's recent posts that had something new since ``since``."""
        params: dict[str, Any] = {
            "fields": "id,message,created_time,updated_time,permalink_url",
            "limit": PAGE_SIZE,
        }
        looked_at = 0
        for _ in range(MAX_PAGES):
            listing = _list(
                await self._api.get_json(f"/{self._page_id}/feed", params), self._api.where
            )
            for post in listing.items:
                looked_at += 1
                post_id = post.get("id") if isinstance(post, Mapping) else None
                if not isinstance(post, Mapping) or not isinstance(post_id, str):
                    bad.append(malformed(post, "the post has no id"))
                    continue
                updated = time_or_none(post.get("updated_time") or post.get("created_time"))
                if since is not None and updated is not None and updated < since:
                    continue
                url = post.get("permalink_url")
                await self._comments_of(
                    post, post_id, subject_of(post.get("message")), url, since, found, bad
                )
            if since is None or listing.after is None or looked_at >= POSTS_LOOKED_AT:
                return
            params = {**params, "after": listing.after}

    async def _instagram_comments(
        self, since: datetime | None, found: list[FetchedMessage], bad: list[MalformedItem]
    ) -> None:
        """Comments and replies on the account's latest media."""
        body = await self._api.get_json(
            f"/{self._ig_user_id}/media",
            {"fields": "id,caption,timestamp,permalink", "limit": MEDIA_LOOKED_AT},
        )
        for media in _list(body, self._api.where).items:
            media_id = media.get("id") if isinstance(media, Mapping) else None
            if not isinstance(media, Mapping) or not isinstance(media_id, str):
                bad.append(malformed(media, "the media has no id"))
                continue
            url = media.get("permalink")
            await self._comments_of(
                media, media_id, subject_of(media.get("caption")), url, since, found, bad
            )

    async def _comments_of(
        self,
        post: Mapping[str, Any],
        post_id: str,
        subject: str | None,
        url: object,
        since: datetime | None,
        found: list[FetchedMessage],
        bad: list[MalformedItem],
    ) -> None:
        """One post's (or media's) comments and replies newer than ``since``. A post whose
        comments Meta will not give (deleted meanwhile, comments turned off) is set aside
        with the reason; the other posts are read."""
        try:
            await self._read_comments(
                post_id, subject, url if isinstance(url, str) else None, since, found, bad
            )
        except PermanentError as exc:
            bad.append(malformed(post, f"its comments could not be read: {exc}"))

    async def _read_comments(
        self,
        post_id: str,
        subject: str | None,
        url: str | None,
        since: datetime | None,
        found: list[FetchedMessage],
        bad: list[MalformedItem],
    ) -> None:
        if self.kind == INSTAGRAM:
            params: dict[str, Any] = {
                "fields": f"{IG_COMMENT_FIELDS},replies{{{IG_COMMENT_FIELDS}}}",
                "limit": PAGE_SIZE,
            }
        else:
            params = {
                "fields": FB_COMMENT_FIELDS,
                "filter": "stream",
                "order": "reverse_chronological",
                "limit": PAGE_SIZE,
            }
        side = self._side
        for _ in range(MAX_PAGES):
            body = await self._api.get_json(f"/{post_id}/comments", params)
            listing = _list(body, self._api.where)
            items = list(listing.items)
            for item in listing.items:  # Instagram's replies come inside their comment
                replies = item.get("replies") if isinstance(item, Mapping) else None
                if replies is not None:
                    try:
                        nested = GraphList.of(replies)
                    except MalformedGraphItem as exc:
                        bad.append(malformed(item, str(exc)))
                        continue
                    items += [
                        {"parent_id": item.get("id"), **r} if isinstance(r, Mapping) else r
                        for r in nested.items
                    ]
            parsed = self._parse(
                items, lambda item: parse_comment(item, side, post_id, subject, url), bad
            )
            fresh = [m for m in parsed if since is None or m.created_at >= since]
            found += fresh
            if since is None or listing.after is None or len(fresh) < len(parsed):
                return
            params = {**params, "after": listing.after}

    # -- sending ---------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """A comment answered with a comment, a private message within the messaging
        window (see the module; ``idempotency_key`` is not sent: Meta has none)."""
        await self._open()
        customer = self._customer_of(reply)
        if customer is not None:
            return await self._send_direct(reply, customer)
        if reply.in_reply_to is None:
            raise PermanentError(f"{self.network.label} replies answer a comment or a message")
        edge = "replies" if self.kind == INSTAGRAM else "comments"
        body = await self._api.post_json(f"/{reply.in_reply_to}/{edge}", {"message": reply.text})
        created = body.get("id") if isinstance(body, Mapping) else None
        if not isinstance(created, str) or not created:
            raise MalformedResponseError(
                f"{self._api.where} did not say which comment it created",
                may_have_reached_server=True,
            )
        return SentReceipt(remote_id=created, url=None, sent_at=self._clock.now())

    def _customer_of(self, reply: OutgoingReply) -> str | None:
        """Whom a private reply goes to: the conversation's customer, or for a follow-up
        from another channel the id the customer is known by here. None for a comment."""
        customer = customer_of_thread(reply.thread_remote_id)
        if customer is not None:
            return customer
        if reply.thread_remote_id is None and reply.in_reply_to is None:
            if reply.recipient is None or not reply.recipient.isdigit():
                raise PermanentError(
                    f"{self.network.label} sends a private message only to a person who wrote "
                    "to the account: their id is not known here"
                )
            return reply.recipient
        return None

    async def _send_direct(self, reply: OutgoingReply, customer: str) -> SentReceipt:
        window = send_as(reply.customer_wrote_at, self._clock.now(), by_person=reply.by_person)
        if window is ReplyWindow.CLOSED:
            raise OutsideWindowError(outside_window_reason(self.network.label))
        body: dict[str, Any] = {
            "recipient": {"id": customer},
            "message": {"text": reply.text},
            "messaging_type": "RESPONSE",
        }
        if window is ReplyWindow.HUMAN_AGENT:
            body |= {"messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT"}
        answer = await self._api.post_json(f"/{self._page_id}/messages", body)
        created = answer.get("message_id") if isinstance(answer, Mapping) else None
        if not isinstance(created, str) or not created:
            raise MalformedResponseError(
                f"{self._api.where} did not say which message it sent",
                may_have_reached_server=True,
            )
        return SentReceipt(remote_id=created, url=None, sent_at=self._clock.now())

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """The Page's own message or reply with the same words among the latest ones of
        the conversation or comment answered."""
        await self._open()
        customer = self._customer_of(reply)
        side = self._side
        candidates: list[FetchedMessage] = []
        bad: list[MalformedItem] = []
        if customer is not None:
            body = await self._api.get_json(
                f"/{self._page_id}/conversations",
                {
                    "platform": self.platform,
                    "user_id": customer,
                    "fields": f"id,messages.limit({LOOK_UP}){{{MESSAGE_FIELDS}}}",
                },
            )
            for conversation in _list(body, self._api.where).items:
                nested = conversation.get("messages") if isinstance(conversation, Mapping) else None
                try:
                    items = GraphList.of(nested or {}).items
                except MalformedGraphItem:
                    continue
                candidates += self._parse(items, lambda item: parse_direct(item, side), bad)
        elif reply.in_reply_to is not None:
            if self.kind == INSTAGRAM:
                path, fields = f"/{reply.in_reply_to}/replies", IG_COMMENT_FIELDS
            else:
                path, fields = f"/{reply.in_reply_to}/comments", FB_COMMENT_FIELDS
            body = await self._api.get_json(
                path, {"fields": fields, "order": "reverse_chronological", "limit": LOOK_UP}
            )
            post = reply.thread_remote_id or reply.in_reply_to
            candidates = self._parse(
                _list(body, self._api.where).items,
                lambda item: parse_comment(item, side, post, None),
                bad,
            )
        wanted = _comparable(reply.text)
        for message in candidates:
            if not message.inbound and _comparable(message.text) == wanted:
                return SentReceipt(message.remote_id, message.url, message.created_at)
        return None


def _setting(settings: Mapping[str, Any], key: str) -> str | None:
    value = settings.get(key)
    return str(value).strip() or None if value is not None else None


def _instagram_of(page: Mapping[str, Any]) -> str | None:
    linked = page.get("instagram_business_account")
    value = linked.get("id") if isinstance(linked, Mapping) else None
    return value if isinstance(value, str) and value else None


def _names(pages: list[Mapping[str, Any]]) -> str:
    return ", ".join(str(p["name"]) for p in pages[:10])


def _list(body: object, where: str) -> GraphList:
    try:
        return GraphList.of(body)
    except MalformedGraphItem as exc:
        raise MalformedResponseError(f"{where}: {exc}") from None


def _oldest_first(messages: list[FetchedMessage]) -> tuple[FetchedMessage, ...]:
    return tuple(sorted(messages, key=lambda m: (m.created_at, m.remote_id)))


def _comparable(text: str) -> str:
    return " ".join(text.split())


class _MetaFactory(SignsInWithOAuth):
    """What the Facebook and Instagram factories share."""

    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "API address")
    default_base_url: ClassVar[str | None] = "https://graph.facebook.com"
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField("page", QT_TRANSLATE_NOOP("Connector", "Page name or id"), required=False),
    )

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant at Meta (``DELETE /me/permissions``) when the account is removed."""
        await revoke_grant(self.oauth, context)


class FacebookConnector(MetaConnector):
    kind: ClassVar[str] = FACEBOOK
    oauth: ClassVar[OAuthKind] = FACEBOOK_KIND
    network: ClassVar[Network] = FACEBOOK_NETWORK
    platform: ClassVar[str] = "messenger"


class InstagramConnector(MetaConnector):
    kind: ClassVar[str] = INSTAGRAM
    oauth: ClassVar[OAuthKind] = INSTAGRAM_KIND
    network: ClassVar[Network] = INSTAGRAM_NETWORK
    platform: ClassVar[str] = "instagram"


class FacebookConnectorFactory(_MetaFactory):
    oauth = FACEBOOK_KIND
    access_notice: ClassVar[AccessNotice | None] = FACEBOOK_KIND.notice
    kind: ClassVar[str] = FACEBOOK
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Facebook Page")
    channels: ClassVar[tuple[str, ...]] = (FACEBOOK,)
    networks: ClassVar[tuple[Network, ...]] = (FACEBOOK_NETWORK,)
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser (this computer's Meta app: Settings ▸ Apps), or paste a "
        "user access token of a person who manages the Page, with the permissions "
        "pages_show_list, pages_messaging, pages_read_engagement and pages_manage_engagement.",
    )

    def create(self, context: ConnectorContext) -> FacebookConnector:
        return FacebookConnector(context)


class InstagramConnectorFactory(_MetaFactory):
    oauth = INSTAGRAM_KIND
    access_notice: ClassVar[AccessNotice | None] = INSTAGRAM_KIND.notice
    kind: ClassVar[str] = INSTAGRAM
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Instagram")
    channels: ClassVar[tuple[str, ...]] = (INSTAGRAM,)
    networks: ClassVar[tuple[Network, ...]] = (INSTAGRAM_NETWORK,)
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser (this computer's Meta app: Settings ▸ Apps), or paste a "
        "user access token of a person who manages the Facebook Page linked to the "
        "Instagram professional account, with the permissions instagram_basic, "
        "instagram_manage_messages and instagram_manage_comments.",
    )

    def create(self, context: ConnectorContext) -> InstagramConnector:
        return InstagramConnector(context)
