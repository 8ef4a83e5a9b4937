"""The Mastodon connector: any server speaking the Mastodon client API.

What it reads (docs.joinmastodon.org/methods):

- mentions and direct messages: ``GET /api/v1/notifications?types[]=mention``.
  After the first sync it catches up with ``min_id`` paging, oldest page first
  (the ``Link`` header's ``rel="prev"``), until a page comes back empty: every
  mention that arrived while the app was closed is read, none twice. (``since_id``
  would return only the newest page above the cursor and skip the rest.)
- the account's own posts: ``GET /api/v1/accounts/:id/statuses``, the same way;
  its replies come in as outbound messages, so a customer answered from a phone
  stops needing a reply.

Replies (``POST /api/v1/statuses``) answer with ``in_reply_to_id``, keep the
original's visibility (a direct message stays direct) and content warning, and
mention the customer when the text does not already (Mastodon delivers a direct
message only to the accounts it mentions, and notifies nobody it does not
mention). The ``Idempotency-Key`` header carries the outbox's key, which the
server remembers for an hour.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit

import httpx

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.mastodon_api import MastodonApi
from socialinbox.channels.mastodon_network import DEFAULT_MAX_CHARACTERS, MASTODON, MASTODON_NETWORK
from socialinbox.channels.mastodon_parse import (
    CatchUpParser,
    Cursor,
    MalformedStatus,
    comparable_text,
    full_acct,
    link_param,
    mentioning,
    newest_id,
    oldest_id,
    parse_round,
    parse_time,
    status_text,
)
from socialinbox.channels.oauth_tokens import OAuthTokens
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    ConnectorContext,
    FetchBatch,
    OAuthApp,
    OfflineError,
    OpenBrowser,
    OutgoingReply,
    PermanentError,
    RateLimitedError,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

NOTIFICATIONS_PAGE = 80  # the documented maximum
STATUSES_PAGE = 40  # the documented maximum
# The first sync reads this many recent mentions backwards; later syncs miss none.
FIRST_SYNC_MENTIONS = 400
# A round reads at most this many pages of a listing that it holds before parsing (the
# first sync's, the account's own posts); the next round goes on.
MAX_PAGES_PER_ROUND = 100
# A catch-up's mention pages are stored one by one as they arrive, so a round may read
# more of them (80,000 mentions); the round's deadline bounds it too.
CATCH_UP_PAGES_PER_ROUND = 1000
# The position before every id: a listing that was empty at the first sync.
FROM_THE_START = "0"
# find_sent looks this far back in the account's own posts.
LOOK_UP_PAGE = 40


# One page of a listing: its items, and the paging position after them.
Page = tuple[list[Any], str | None]
# The query of each listing read (with a position added for paging).
# include_filtered (Mastodon 4.3+): a stranger's direct message, which the account's
# notification policy files away by default, is a customer too.
_MENTIONS = {"types[]": "mention", "limit": NOTIFICATIONS_PAGE, "include_filtered": "true"}
_OWN_STATUSES = {"limit": STATUSES_PAGE, "exclude_reblogs": "true"}


class MastodonConnector:
    kind: ClassVar[str] = MASTODON
    # Mastodon keeps an Idempotency-Key for one hour per account.
    idempotency_window: ClassVar[timedelta | None] = timedelta(hours=1)

    def __init__(self, context: ConnectorContext) -> None:
        account = context.account
        if not account.base_url:
            raise PermanentError("a Mastodon account needs its server address")
        self._settings: Mapping[str, Any] = account.settings
        self._api = MastodonApi(
            account.base_url,
            # A browser sign-in keeps the grant, a pasted token is kept as it is.
            OAuthTokens.from_secret(context.secret).access_token if context.secret else None,
            context.http,
            context.clock,
            context.rate_limits,
            deadline=context.request_deadline,
        )
        self._domain = str(
            self._settings.get("domain") or urlsplit(account.base_url).hostname or ""
        ).lower()
        self._account_id: str | None = _setting(self._settings, "account_id")

    # -- verifying -----------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """``GET /api/v1/accounts/verify_credentials``, then the server's reply limit and
        domain from ``GET /api/v2/instance`` (``/api/v1/instance`` on older servers)."""
        me = await self._api.get_json("/api/v1/accounts/verify_credentials")
        if not isinstance(me, Mapping) or not isinstance(me.get("id"), str | int):
            raise MalformedResponseError(f"{self._api.host} sent no account")
        max_characters, domain = await self._instance_facts()
        self._domain = domain or self._domain
        self._account_id = str(me["id"])
        try:
            acct = full_acct(me, self._domain)
        except MalformedStatus as exc:
            raise MalformedResponseError(f"{self._api.host}: {exc}") from None
        display = me.get("display_name")
        return VerifiedAccount(
            handle=acct,
            display_name=display if isinstance(display, str) and display else None,
            settings={
                "account_id": self._account_id,
                "max_characters": str(max_characters),
                "domain": self._domain,
            },
        )

    async def _instance_facts(self) -> tuple[int, str | None]:
        """(max characters of a post, the server's account domain); defaults if unknown."""
        for path, domain_field in (("/api/v2/instance", "domain"), ("/api/v1/instance", "uri")):
            try:
                info = await self._api.get_json(path)
            except (AuthenticationError, RateLimitedError, OfflineError):
                raise
            except ChannelError:
                continue  # an older server or a fork without this endpoint
            if not isinstance(info, Mapping):
                continue
            limit = _max_characters(info)
            return limit or DEFAULT_MAX_CHARACTERS, _domain_of(info.get(domain_field))
        return DEFAULT_MAX_CHARACTERS, None

    def text_limit(self) -> TextLimit:
        """From the verified account's settings: never asks the network."""
        value = _setting(self._settings, "max_characters")
        limit = int(value) if value and value.isdigit() and int(value) > 0 else 0
        return TextLimit(limit or DEFAULT_MAX_CHARACTERS, "characters")

    async def _own_id(self) -> str:
        if self._account_id is None:
            await self.verify()
        assert self._account_id is not None
        return self._account_id

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Mentions first, then the account's own replies, each page committed with the
        cursor that follows it. Thread roots are worked out over both, oldest first.

        A catch-up (both positions known) hands over each mention page as soon as it is
        read and parsed, so that it is stored while the next one is fetched; the first
        sync reads its few pages first. A failure while reading (a rate limit reached
        half-way, a 500) still hands over the pages read before it, then raises: a long
        catch-up makes progress even when it cannot finish in one round.
        """
        state = Cursor.load(cursor)
        own_id = await self._own_id()
        if state.notifications is not None and state.statuses is not None:
            async for batch in self._catch_up(state, own_id):
                yield batch
            return
        mention_pages: list[Page] = []
        own_pages: list[Page] = []
        problem: ChannelError | None = None
        try:
            await self._read(
                "/api/v1/notifications",
                _MENTIONS,
                state.notifications,
                FIRST_SYNC_MENTIONS,
                mention_pages,
            )
            # At the first sync the own posts reach back as far as the mentions read, so
            # that every customer already answered from the phone is seen as answered.
            oldest_mention = _oldest_time(
                [
                    item.get("status")
                    for items, _ in mention_pages
                    for item in items
                    if isinstance(item, Mapping)
                ]
            )
            await self._read(
                f"/api/v1/accounts/{own_id}/statuses",
                _OWN_STATUSES,
                state.statuses,
                FIRST_SYNC_MENTIONS if oldest_mention else STATUSES_PAGE,
                own_pages,
                back_to=oldest_mention,
            )
        except ChannelError as exc:
            problem = exc
        mentions, own = parse_round(
            state,
            [items for items, _ in mention_pages],
            [items for items, _ in own_pages],
            own_id=own_id,
            local_domain=self._domain,
        )
        for (messages, bad), (_, position) in zip(mentions, mention_pages, strict=True):
            state.notifications = position or state.notifications
            yield FetchBatch(messages, state.dump(), bad)
        if own_pages:
            state.statuses = own_pages[-1][1] or state.statuses
            yield FetchBatch(
                tuple(m for messages, _ in own for m in messages),
                state.dump(),
                tuple(b for _, bad in own for b in bad),
            )
        if problem is not None:
            raise problem

    async def _catch_up(self, state: Cursor, own_id: str) -> AsyncIterator[FetchBatch]:
        """The round after a saved cursor: the account's own new posts (a few), then each
        new mention page parsed and handed over as it arrives, then the own posts' batch
        (each batch's cursor moves only the position it covers)."""
        assert state.notifications is not None and state.statuses is not None
        own_pages: list[Page] = []
        problem: ChannelError | None = None
        try:
            path = f"/api/v1/accounts/{own_id}/statuses"
            async for page in self._pages(path, _OWN_STATUSES, state.statuses, MAX_PAGES_PER_ROUND):
                own_pages.append(page)
        except ChannelError as exc:
            problem = exc
        parser = CatchUpParser(
            state, [items for items, _ in own_pages], own_id=own_id, local_domain=self._domain
        )
        if problem is None:
            try:
                async for items, position in self._pages(
                    "/api/v1/notifications",
                    _MENTIONS,
                    state.notifications,
                    CATCH_UP_PAGES_PER_ROUND,
                ):
                    messages, bad = parser.mention_page(items)
                    state.notifications = position
                    yield FetchBatch(messages, state.dump(), bad)
            except ChannelError as exc:
                problem = exc
        if own_pages:
            messages, bad = parser.own()
            state.statuses = own_pages[-1][1] or state.statuses
            yield FetchBatch(messages, state.dump(), bad)
        if problem is not None:
            raise problem

    async def _read(
        self,
        path: str,
        params: dict[str, Any],
        since: str | None,
        first_sync_items: int,
        pages: list[Page],
        *,
        back_to: datetime | None = None,
    ) -> None:
        """Append to ``pages`` the pages newer than ``since`` as (items, the position after
        them), oldest first; on a failure the pages read so far stay.

        With a position: ``min_id`` paging forwards until an empty page, or a page after
        which the position stands still (a server that ignores ``min_id`` answers the
        newest page every time: it brings nothing new, and asking again never would). Without
        one (the first sync): the newest ``first_sync_items`` backwards, as one page
        once all are read (a part of them would leave a gap behind the position), or
        fewer once a page reaches back before ``back_to``.
        The next page's ``min_id``/``max_id`` comes from the ``Link`` header when the
        server sends one (the documented way to page), else from the page's ids;
        the request is rebuilt with this connector's own parameters, so that none
        is lost on the way (``include_filtered``) and the token never leaves the server.
        """
        if since is None:
            items, position = await self._read_recent(path, params, first_sync_items, back_to)
            # Nothing yet: from now on everything is new, from the very first id.
            pages.append((items, position or FROM_THE_START))
            return
        async for page in self._pages(path, params, since, MAX_PAGES_PER_ROUND):
            pages.append(page)

    async def _pages(
        self, path: str, params: dict[str, Any], since: str, most: int
    ) -> AsyncIterator[tuple[list[Any], str]]:
        """The pages newer than ``since``, oldest first, each with the position after it,
        as they arrive (``min_id`` paging, ``most`` pages at most; see :meth:`_read`)."""
        position = since
        for _ in range(most):
            response = await self._api.get(path, {**params, "min_id": position})
            items = self._list(response)
            if not items:
                break
            newer = response.links.get("prev", {}).get("url")
            following = link_param(newer, "min_id") or newest_id(items) or position
            if following == position:
                break
            position = following
            yield items, position

    async def _read_recent(
        self, path: str, params: dict[str, Any], wanted: int, back_to: datetime | None
    ) -> tuple[list[Any], str | None]:
        items: list[Any] = []
        position: str | None = None
        query = dict(params)
        while len(items) < wanted:
            response = await self._api.get(path, query)
            page = self._list(response)
            if not page:
                break
            if position is None:
                newer = response.links.get("prev", {}).get("url")
                position = link_param(newer, "min_id") or newest_id(page)
            items.extend(page)
            reached = _oldest_time(page)
            if back_to is not None and reached is not None and reached < back_to:
                break
            older = response.links.get("next", {}).get("url")
            if "link" in response.headers and not older:
                break  # the server says there is nothing older
            oldest = link_param(older, "max_id") or oldest_id(page)
            if oldest is None or len(page) < int(params.get("limit", 1)):
                break
            query = {**params, "max_id": oldest}
        return items, position

    def _list(self, response: Any) -> list[Any]:
        body = self._api.json(response)
        if not isinstance(body, list):
            raise MalformedResponseError(f"{self._api.host} sent no list where one belongs")
        return body

    # -- sending ------------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``POST /api/v1/statuses`` with the same ``Idempotency-Key`` on every retry."""
        body = await self._status_body(reply)
        response = await self._api.request(
            "POST",
            "/api/v1/statuses",
            json_body=body,
            headers={"Idempotency-Key": idempotency_key},
            writes=True,
        )
        created = self._api.json(response, writes=True)
        if not isinstance(created, Mapping) or not isinstance(created.get("id"), str | int):
            raise MalformedResponseError(
                f"{self._api.host} did not say which post it created",
                may_have_reached_server=True,
            )
        return _receipt(created)

    async def _status_body(self, reply: OutgoingReply) -> dict[str, Any]:
        """The new status: the original's visibility and content warning, the customer
        mentioned. Without a message to answer it is a direct message to ``recipient``."""
        if reply.in_reply_to is None:
            if not reply.recipient:
                raise PermanentError("a Mastodon message needs someone to go to")
            acct = reply.recipient.strip().lstrip("@")
            return {"status": mentioning(reply.text, acct), "visibility": "direct"}
        try:
            original = await self._api.get_json(f"/api/v1/statuses/{reply.in_reply_to}")
        except PermanentError as exc:
            raise PermanentError(
                f"the message answered is no longer on the server, or not visible: {exc}"
            ) from None
        if not isinstance(original, Mapping):
            raise MalformedResponseError(f"{self._api.host} sent no status")
        visibility = original.get("visibility")
        account = original.get("account")
        mentioned = account.get("acct") if isinstance(account, Mapping) else None
        body: dict[str, Any] = {
            "status": reply.text,
            "in_reply_to_id": reply.in_reply_to,
            "visibility": visibility if isinstance(visibility, str) else "direct",
        }
        own = str(account.get("id")) if isinstance(account, Mapping) else None
        if isinstance(mentioned, str) and mentioned and own != self._account_id:
            body["status"] = mentioning(reply.text, mentioned.lstrip("@"))
        spoiler = original.get("spoiler_text")
        if isinstance(spoiler, str) and spoiler.strip():
            body["spoiler_text"] = spoiler
        return body

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """A recent post of the account answering the same status with the same words."""
        own_id = await self._own_id()
        posts = await self._api.get_json(
            f"/api/v1/accounts/{own_id}/statuses", {"limit": LOOK_UP_PAGE}
        )
        if not isinstance(posts, list):
            raise MalformedResponseError(f"{self._api.host} sent no list of posts")
        wanted = comparable_text(reply.text)
        for post in posts:
            if not isinstance(post, Mapping) or not isinstance(post.get("id"), str | int):
                continue
            parent = post.get("in_reply_to_id")
            if (None if parent is None else str(parent)) != reply.in_reply_to:
                continue
            try:
                text = comparable_text(status_text(post))
            except MalformedStatus:
                continue
            if text == wanted:
                return _receipt(post)
        return None


# -- small rules -----------------------------------------------------------------------


def _setting(settings: Mapping[str, Any], key: str) -> str | None:
    value = settings.get(key)
    return str(value).strip() if value is not None and str(value).strip() else None


def _oldest_time(statuses: list[Any]) -> datetime | None:
    """The earliest ``created_at`` among statuses (those without a readable one ignored)."""
    times = []
    for status in statuses:
        if isinstance(status, Mapping):
            try:
                times.append(parse_time(status.get("created_at")))
            except MalformedStatus:
                continue
    return min(times, default=None)


def _domain_of(value: object) -> str | None:
    """The account domain an instance answer names (a bare domain or a URL), lower case;
    None when it names none or a URL that cannot be read (``http://[::1``)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        domain = urlsplit(value).hostname if "://" in value else value.strip()
    except ValueError:
        return None
    return (domain or "").lower() or None


def _max_characters(info: Mapping[str, Any]) -> int | None:
    configuration = info.get("configuration")
    statuses = configuration.get("statuses") if isinstance(configuration, Mapping) else None
    value = statuses.get("max_characters") if isinstance(statuses, Mapping) else None
    if value is None:
        value = info.get("max_toot_chars")  # Pleroma and older forks
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _receipt(status: Mapping[str, Any]) -> SentReceipt:
    url = status.get("url")
    try:
        sent_at = parse_time(status.get("created_at"))
    except MalformedStatus:
        sent_at = None
    return SentReceipt(
        remote_id=str(status["id"]),
        url=url if isinstance(url, str) and url.startswith(("https://", "http://")) else None,
        sent_at=sent_at,
    )


class MastodonConnectorFactory:
    kind: ClassVar[str] = MASTODON
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Mastodon")
    channels: ClassVar[tuple[str, ...]] = (MASTODON,)
    networks: ClassVar[tuple[Network, ...]] = (MASTODON_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser, or paste an access token: on your server open "
        "Preferences ▸ Development ▸ New application, tick the scopes “read” and “write”, "
        "submit, open the application and copy “Your access token”.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "Server address")
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> MastodonConnector:
        return MastodonConnector(context)

    async def sign_in(
        self,
        base_url: str,
        http: httpx.AsyncClient,
        open_browser: OpenBrowser,
        *,
        app: OAuthApp | None = None,
    ) -> str:
        """The browser sign-in (OAuth with PKCE on a loopback redirect): the grant to keep.
        ``app`` is not used: each sign-in registers an app on the server."""
        from socialinbox.channels.mastodon_oauth import sign_in

        return await sign_in(base_url, http, open_browser)

    async def revoke(self, context: ConnectorContext) -> None:
        """``POST /oauth/revoke`` for a grant made by the browser sign-in (a pasted token
        has no client to revoke it with: it stays until revoked on the server)."""
        from socialinbox.channels.mastodon_oauth import revoke

        if context.secret and context.account.base_url:
            await revoke(context.account.base_url, context.secret, context.http, context.clock)
