"""The Bluesky connector: a handle and an app password, mentions in, replies out.

- Sessions: see :mod:`socialinbox.channels.bluesky_session` (kept in the
  keychain, refreshed rather than logging in again, PDS from the DID document).
- Fetch: ``app.bsky.notification.listNotifications`` for mentions, replies and
  quotes, read newest first with its cursor until the last item already seen,
  then handed over oldest first; then the account's own replies
  (``app.bsky.feed.getAuthorFeed``) as outbound messages, so that a customer
  answered from the phone stops waiting for a reply.
- Send: ``com.atproto.repo.createRecord`` of an ``app.bsky.feed.post`` whose
  ``reply`` holds strong references (uri + cid) to the thread's root and to the
  post answered, read with ``app.bsky.feed.getPosts``; @mentions and links become
  facets. Bluesky has no idempotency key, so :meth:`BlueskyConnector.find_sent`
  looks for the reply among the account's recent posts before any resend.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from datetime import UTC, timedelta
from typing import Any, ClassVar

from socialinbox.channels.bluesky_facets import build_facets
from socialinbox.channels.bluesky_network import BLUESKY, BLUESKY_NETWORK, TEXT_LIMIT
from socialinbox.channels.bluesky_posts import (
    MESSAGE_REASONS,
    BlueskyCursor,
    Mark,
    Placed,
    advance,
    is_older,
    is_seen,
    matching_record,
    parse_chunk,
    parse_notification,
    parse_own_reply,
    place,
    post_of,
    safe_post_url,
    strong_ref,
)
from socialinbox.channels.bluesky_session import (
    DEFAULT_ENTRYWAY,
    XrpcClient,
    normalise_identifier,
)
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    ConnectorContext,
    FetchBatch,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    TransientError,
    VerifiedAccount,
)
from socialinbox.core.networks import Network
from socialinbox.core.textlimit import TextTooLong, check_length
from socialinbox.settings import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# app.bsky.feed.post: text maxLength is 3000 (bytes), maxGraphemes 300.
MAX_TEXT_BYTES = 3000
PAGE_SIZE = 100
BATCH_SIZE = 100
# How far back a first sync reads, and the most pages one catch-up reads.
FIRST_SYNC_PAGES = 10
CATCH_UP_PAGES = 100
OWN_FIRST_SYNC_PAGES = 3
OWN_CATCH_UP_PAGES = 20
# A listing time further ahead of our clock than this is not believed (see place()).
FUTURE_SLACK = timedelta(days=1)
# How many of the account's latest posts find_sent searches.
FIND_SENT_PAGES = 2


class BlueskyConnector:
    kind: ClassVar[str] = BLUESKY
    # Bluesky has no idempotency key: a reply whose fate is unknown is looked up instead.
    idempotency_window: ClassVar[timedelta | None] = None

    def __init__(self, context: ConnectorContext) -> None:
        account = context.account
        self._clock: Clock = context.clock
        self._lookup_certain = False
        did = account.settings.get("did")
        identifier = account.handle or (did if isinstance(did, str) else "")
        self._identifier = normalise_identifier(identifier) if identifier else ""
        self._xrpc = XrpcClient(
            context.http,
            entryway=account.base_url or DEFAULT_ENTRYWAY,
            identifier=self._identifier,
            password=context.secret,
            slot=context.session,
            clock=context.clock,
            expected_did=did if isinstance(did, str) and did.startswith("did:") else None,
            rate_limits=context.rate_limits,
            deadline=context.request_deadline,
        )

    def _need_identifier(self) -> None:
        if not self._identifier:
            raise PermanentError("the account has no Bluesky handle")

    # -- Connector -----------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        self._need_identifier()
        session = await self._xrpc.session()
        display_name = None
        try:
            profile = await self._xrpc.query("app.bsky.actor.getProfile", {"actor": session.did})
        except PermanentError:
            profile = {}  # a profile not (yet) in the AppView: the sign-in is what counts
        name = profile.get("displayName")
        if isinstance(name, str) and name.strip():
            display_name = name.strip()
        return VerifiedAccount(
            handle=session.handle, display_name=display_name, settings={"did": session.did}
        )

    def text_limit(self) -> TextLimit:
        return TEXT_LIMIT

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        self._need_identifier()
        state = BlueskyCursor.loads(cursor)
        session = await self._xrpc.session()

        notes = await self._read_listing(
            "app.bsky.notification.listNotifications",
            {"reasons": list(MESSAGE_REASONS)},
            "notifications",
            state.notifications,
            pages=CATCH_UP_PAGES if state.notifications else FIRST_SYNC_PAGES,
        )
        for chunk in _chunks(notes):
            messages, malformed = parse_chunk(chunk, parse_notification, own_did=session.did)
            state = BlueskyCursor(advance(state.notifications, chunk), state.own)
            yield FetchBatch(tuple(messages), state.dumps(), tuple(malformed))

        own = await self._read_listing(
            "app.bsky.feed.getAuthorFeed",
            {"actor": session.did, "filter": "posts_with_replies"},
            "feed",
            state.own,
            pages=OWN_CATCH_UP_PAGES if state.own else OWN_FIRST_SYNC_PAGES,
            skip_reposts=True,
        )
        for chunk in _chunks(own):
            messages, malformed = parse_chunk(
                chunk, lambda raw: parse_own_reply(post_of(raw), session.did), own_did=None
            )
            state = BlueskyCursor(state.notifications, advance(state.own, chunk))
            yield FetchBatch(tuple(messages), state.dumps(), tuple(malformed))

    async def _read_listing(
        self,
        nsid: str,
        params: Mapping[str, Any],
        key: str,
        mark: Mark | None,
        *,
        pages: int,
        skip_reposts: bool = False,
    ) -> list[Placed]:
        """Page a newest-first listing until the item at ``mark``; returns the unseen
        items oldest first. ``skip_reposts`` drops a feed's reposts and pinned posts (items
        with a ``reason``) first: they sort by another time than their post's.

        Paging stops at a page that brings no item not read already in this call: a
        server that ignores ``cursor`` (answering the first page again under a new
        cursor) would otherwise be read ``pages`` times, its items taken twice."""
        found: list[Placed] = []
        keys: set[str] = set()
        page_cursor: str | None = None
        above = None
        for _ in range(pages):
            query = {**params, "limit": PAGE_SIZE}
            if page_cursor:
                query["cursor"] = page_cursor
            payload = await self._xrpc.query(nsid, query)
            items = payload.get(key)
            if not isinstance(items, list):
                raise TransientError(f"Bluesky answered {nsid} without a list of {key}")
            if skip_reposts:
                items = [i for i in items if not (isinstance(i, Mapping) and i.get("reason"))]
            reached = False
            brought_new = False
            latest = self._clock.now() + FUTURE_SLACK
            for item in place(items, "indexedAt", above, latest):
                if item.key in keys:
                    continue
                keys.add(item.key)
                brought_new = True
                above = item.at
                if is_older(item, mark):
                    reached = True
                    break
                if not is_seen(item, mark):
                    found.append(item)
            next_cursor = payload.get("cursor")
            if reached or not brought_new or not isinstance(next_cursor, str) or not next_cursor:
                break
            if next_cursor == page_cursor:
                break  # a server that repeats its cursor would otherwise be read forever
            page_cursor = next_cursor
        else:
            if mark is not None:
                log.warning("Bluesky: %s read %d pages without reaching the last seen", nsid, pages)
        found.reverse()
        return found

    # -- sending ---------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        self._need_identifier()
        try:
            check_length(reply.text, TEXT_LIMIT, "Bluesky")
        except TextTooLong as exc:
            raise PermanentError(str(exc)) from None
        if len(reply.text.encode("utf-8")) > MAX_TEXT_BYTES:
            raise PermanentError(f"Bluesky takes at most {MAX_TEXT_BYTES} bytes of text")
        session = await self._xrpc.session()
        now = self._clock.now().astimezone(UTC)
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": reply.text,
            "createdAt": now.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }
        if reply.in_reply_to:
            record["reply"] = await self._reply_refs(reply.in_reply_to)
        facets = await build_facets(reply.text, self._resolve_handle)
        if facets:
            record["facets"] = facets
        created = await self._xrpc.procedure(
            "com.atproto.repo.createRecord",
            {"repo": session.did, "collection": "app.bsky.feed.post", "record": record},
            writes=True,
        )
        uri = created.get("uri")
        if not isinstance(uri, str) or not uri.startswith("at://"):
            raise TransientError(
                "Bluesky answered the post without naming it; it may exist",
                may_have_reached_server=True,
            )
        return SentReceipt(remote_id=uri, url=safe_post_url(session.handle, uri), sent_at=now)

    async def _reply_refs(self, parent_uri: str) -> dict[str, Any]:
        """The strong references of a reply: the thread's root (the parent's own root when
        the parent is itself a reply) and the parent."""
        payload = await self._xrpc.query("app.bsky.feed.getPosts", {"uris": [parent_uri]})
        posts = payload.get("posts")
        parent = (
            next(
                (p for p in posts if isinstance(p, Mapping) and p.get("uri") == parent_uri),
                None,
            )
            if isinstance(posts, list)
            else None
        )
        if parent is None:
            raise PermanentError("the post being answered is gone from Bluesky (deleted?)")
        parent_ref = strong_ref(parent)
        if parent_ref is None:
            raise PermanentError("Bluesky described the post being answered without its cid")
        record = parent.get("record")
        root_ref = None
        if isinstance(record, Mapping) and isinstance(record.get("reply"), Mapping):
            root_ref = strong_ref(record["reply"].get("root"))
        return {"root": root_ref or parent_ref, "parent": parent_ref}

    async def _resolve_handle(self, handle: str) -> str | None:
        try:
            payload = await self._xrpc.query(
                "com.atproto.identity.resolveHandle", {"handle": handle}
            )
        except PermanentError:
            return None  # no such handle: the mention stays plain text
        did = payload.get("did")
        return did if isinstance(did, str) and did.startswith("did:") else None

    @property
    def sent_lookup_is_certain(self) -> bool:
        """Whether the last :meth:`find_sent` that found nothing proves the reply is not
        there: True when it read the repository itself on the PDS, False when it had to
        fall back to the author feed of the AppView, which may lag (see core.connector)."""
        return self._lookup_certain

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """The reply among the account's latest posts (same parent, same text), if it is
        there; an earlier attempt whose answer was lost is found here, never sent twice.

        Reads ``com.atproto.repo.listRecords`` on the PDS (the repository itself, newest
        first); a server without it is asked ``app.bsky.feed.getAuthorFeed`` instead."""
        self._need_identifier()
        session = await self._xrpc.session()
        self._lookup_certain = False
        try:
            found = await self._find_in_repo(reply, session.did)
        except PermanentError:
            found = await self._find_in_feed(reply, session.did)
        else:
            self._lookup_certain = True
        if found is None:
            return None
        uri, created = found
        return SentReceipt(
            remote_id=uri,
            url=safe_post_url(session.handle, uri),
            sent_at=created or self._clock.now(),
        )

    async def _find_in_repo(self, reply: OutgoingReply, did: str) -> tuple[str, Any] | None:
        query = {"repo": did, "collection": "app.bsky.feed.post", "limit": PAGE_SIZE}
        return await self._find_in_pages(
            "com.atproto.repo.listRecords",
            query,
            "records",
            lambda item: matching_record(item, reply, "value"),
        )

    async def _find_in_feed(self, reply: OutgoingReply, did: str) -> tuple[str, Any] | None:
        query = {"actor": did, "filter": "posts_with_replies", "limit": PAGE_SIZE}

        def match(item: object) -> tuple[str, Any] | None:
            post = post_of(item)
            if not isinstance(post, Mapping):
                return None
            author = post.get("author")
            if not isinstance(author, Mapping) or author.get("did") != did:
                return None
            return matching_record(post, reply, "record")

        return await self._find_in_pages("app.bsky.feed.getAuthorFeed", query, "feed", match)

    async def _find_in_pages(
        self,
        nsid: str,
        query: dict[str, Any],
        key: str,
        match: Callable[[object], tuple[str, Any] | None],
    ) -> tuple[str, Any] | None:
        page_cursor: str | None = None
        for _ in range(FIND_SENT_PAGES):
            payload = await self._xrpc.query(
                nsid, {**query, "cursor": page_cursor} if page_cursor else query
            )
            items = payload.get(key)
            if not isinstance(items, list):
                raise TransientError(f"Bluesky answered {nsid} without a list of {key}")
            for item in items:
                found = match(item)
                if found is not None:
                    return found
            next_cursor = payload.get("cursor")
            if not items or not isinstance(next_cursor, str) or next_cursor == page_cursor:
                break
            page_cursor = next_cursor
        return None


def _chunks(items: Sequence[Placed]) -> list[Sequence[Placed]]:
    return [items[i : i + BATCH_SIZE] for i in range(0, len(items), BATCH_SIZE)]


class BlueskyConnectorFactory:
    kind: ClassVar[str] = BLUESKY
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Bluesky")
    channels: ClassVar[tuple[str, ...]] = (BLUESKY,)
    networks: ClassVar[tuple[Network, ...]] = (BLUESKY_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "App password")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Create an app password in Bluesky under Settings ▸ Privacy and security ▸ "
        # The address written out (APP_PASSWORDS_URL): a translation's source must be literal.
        "App passwords (https://bsky.app/settings/app-passwords). Do not use your main password.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP(
        "Connector", "Server (leave as is for bsky.social)"
    )
    default_base_url: ClassVar[str | None] = DEFAULT_ENTRYWAY
    handle_label: ClassVar[str | None] = QT_TRANSLATE_NOOP(
        "Connector", "Handle (e.g. yourname.bsky.social)"
    )
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> BlueskyConnector:
        return BlueskyConnector(context)
