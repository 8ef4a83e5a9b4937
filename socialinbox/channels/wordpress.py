"""The WordPress connector: the comments under a business's own blog posts.

What it reads (developer.wordpress.org/rest-api/reference/comments):

- every comment on the site, held ones too: ``GET wp/v2/comments`` with
  ``status=all`` (approved and held for moderation; spam and trash are not
  customers) and ``context=edit`` (the commenter's e-mail address and the held
  ones need a user who can moderate comments: an Editor or Administrator),
  ``orderby=date_gmt&order=asc``, 100 a page. A held comment's subject starts with
  "Held for moderation"; it is followed (its id in the cursor) until the site decides:
  spammed, trashed or deleted, it is marked deleted here too; approved, it is no
  longer followed (the mark stays: a message's subject changes only with its text).
- incrementally: the cursor is the newest comment read, (``date_gmt``, id) (see
  ``wordpress_parse``). ``after`` is exclusive (``>``) and compares with the
  comment's *local* ``comment_date`` (``WP_Comment_Query``'s date query), so the
  request asks from a day before the cursor — the same second, an hour that a
  change from summer time repeats, a site whose time zone was changed — and the
  comments at or before the cursor are dropped here: none is lost, none read twice.
- paged by ``offset``, each page overlapping the one before by a few comments: a
  comment spammed or trashed while the pages are read moves the later ones up, and
  the overlap reads them anyway (``page=N`` would skip one). The round ends at the
  end of the listing (``X-WP-Total``), each page handed over with the cursor after it.
- the posts' titles (the subject), one request a page: ``wp/v2/posts?include=…``, then
  ``wp/v2/pages`` for ids that are no post.

The account's own comments (by the user the application password belongs to) are
outbound: a comment answered on the site itself stops needing a reply.

A reply is ``POST wp/v2/comments`` with ``post``, ``parent`` and ``content`` (the
text HTML-escaped: what the user wrote is shown as written). WordPress has no
idempotency key: after an answer that was lost the outbox first looks for the reply
(:meth:`WordPressConnector.find_sent`, the account's comments under that parent with
that text, read from the site's database at once: certain). And WordPress itself
refuses the same comment under the same parent by the same person twice (409
``comment_duplicate``): that answer means the first one arrived, and the connector
returns that one.
"""

from __future__ import annotations

import html
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import replace
from datetime import UTC, timedelta
from typing import Any, ClassVar

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.wordpress_api import DuplicateCommentError, WordPressApi, site_address
from socialinbox.channels.wordpress_network import (
    MAX_COMMENT_CHARACTERS,
    WORDPRESS,
    WORDPRESS_NETWORK,
)
from socialinbox.channels.wordpress_parse import (
    COMMENT,
    HELD,
    Cursor,
    MalformedComment,
    comment_text,
    comparable_text,
    parent_of,
    parse_gmt,
    position_of,
    post_of,
    resolve_roots,
    set_aside,
    titles_of,
    to_message,
    web_address,
)
from socialinbox.core.connector import (
    AuthorRef,
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
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

COMMENTS = "wp/v2/comments"
PAGE_SIZE = 100  # the documented maximum of per_page
# Pages overlap by this many comments (see the module docstring).
PAGE_OVERLAP = 10
# A round reads at most this many pages; the next round goes on from its cursor.
MAX_PAGES_PER_ROUND = 50
# How far before the cursor each request asks (``after`` compares local times).
AFTER_MARGIN = timedelta(days=1)
# The first sync reads the comments of this many days back.
FIRST_SYNC = timedelta(days=30)
# WordPress nests comments at most this deep (its "threaded comments" setting).
MAX_THREAD_DEPTH = 10
# Settings learnt when the account is connected.
REST_ROOT = "rest_root"
USER_ID = "user_id"


class WordPressConnector:
    kind: ClassVar[str] = WORDPRESS
    # WordPress keeps no idempotency key; the look-up below reads its own database.
    idempotency_window: ClassVar[timedelta | None] = None
    sent_lookup_is_certain: ClassVar[bool] = True

    def __init__(self, context: ConnectorContext) -> None:
        account = context.account
        if not account.base_url:
            raise PermanentError("a WordPress account needs the site's address")
        self._handle = _login_name(account.handle or "")
        self._clock = context.clock
        settings: Mapping[str, Any] = account.settings
        root = settings.get(REST_ROOT)
        self._api = WordPressApi(
            site_address(account.base_url),
            self._handle,
            context.secret,
            context.http,
            context.clock,
            context.rate_limits,
            deadline=context.request_deadline,
            root=root if isinstance(root, str) and root else None,
        )
        user_id = str(settings.get(USER_ID) or "")
        self._user_id: int | None = int(user_id) if user_id.isdigit() else None

    # -- verifying -----------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """Find the REST root, then ``GET wp/v2/users/me?context=edit`` with the password:
        who it belongs to, and whether they may moderate comments."""
        self._api.root = await self._api.discover()
        me = await self._api.get_json("wp/v2/users/me", {"context": "edit"})
        if not isinstance(me, Mapping) or not isinstance(me.get("id"), int):
            raise MalformedResponseError(f"{self._api.host} did not say who the user is")
        capabilities = me.get("capabilities")
        if isinstance(capabilities, Mapping) and not capabilities.get("moderate_comments"):
            raise PermanentError(
                f"the user {self._handle} may not moderate comments on {self._api.host}: "
                "use an Editor's or Administrator's application password"
            )
        self._user_id = me["id"]
        username = me.get("username")
        name = me.get("name")
        return VerifiedAccount(
            handle=username if isinstance(username, str) and username else self._handle,
            display_name=name if isinstance(name, str) and name.strip() else None,
            settings={REST_ROOT: self._api.root, USER_ID: str(self._user_id)},
        )

    def text_limit(self) -> TextLimit:
        return TextLimit(MAX_COMMENT_CHARACTERS, "characters")

    async def _own_id(self) -> int:
        if self._user_id is None:
            await self.verify()
        assert self._user_id is not None
        return self._user_id

    # -- fetching ------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Pages of comments newer than ``cursor``, oldest first, each with the cursor after
        it. A failure half-way keeps the pages handed over before it."""
        state = Cursor.load(cursor)
        own_id = await self._own_id()
        since = (
            state.last.when - AFTER_MARGIN
            if state.last is not None
            else self._clock.now() - FIRST_SYNC
        )
        if state.held:
            before = state.dump()
            decided = await self._moderation_decided(state, own_id)
            if decided or state.dump() != before:
                yield FetchBatch(decided, state.dump())
        offset = 0
        for _ in range(MAX_PAGES_PER_ROUND):
            response = await self._api.request(
                "GET",
                COMMENTS,
                params={
                    "after": since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "orderby": "date_gmt",
                    "order": "asc",
                    "status": "all",
                    "context": "edit",
                    "per_page": PAGE_SIZE,
                    "offset": offset,
                },
            )
            page = self._api.json(response)
            if not isinstance(page, list):
                raise MalformedResponseError(f"{self._api.host} sent no list of comments")
            if not page:
                break
            before = state.dump()
            batch = await self._batch(page, state, own_id)
            if batch.messages or batch.malformed or batch.cursor != before:
                yield batch  # (a page of the margin, read before, brings nothing)
            total = _header_int(response.headers.get("X-WP-Total"))
            offset += len(page)
            if len(page) < PAGE_SIZE or (total is not None and offset >= total):
                break
            offset -= PAGE_OVERLAP

    async def _batch(self, page: list[Any], state: Cursor, own_id: int) -> FetchBatch:
        """The page's new comments as messages; the cursor moves past every comment of it."""
        fresh: list[Mapping[str, Any]] = []
        malformed: list[MalformedItem] = []
        for comment in page:
            try:
                position = position_of(comment)
            except MalformedComment as exc:  # no id or time: WordPress always gives both
                malformed.append(set_aside(comment, exc))
                continue
            if not state.is_new(position):
                continue  # read before (the margin, the overlap): set aside once at most
            try:
                post_of(comment)
                parent_of(comment)
            except MalformedComment as exc:
                malformed.append(set_aside(comment, exc))
                state.advance(position)
                continue
            fresh.append(comment)
        titles = await self._titles({post_of(c) for c in fresh})
        roots = await self._roots(fresh)
        messages: list[FetchedMessage] = []
        for comment in fresh:
            try:
                messages.append(
                    to_message(
                        comment,
                        own_user_id=own_id,
                        own_handle=self._handle,
                        titles=titles,
                        roots=roots,
                    )
                )
            except MalformedComment as exc:
                malformed.append(set_aside(comment, exc))
            if comment.get("status") == HELD:
                state.watch_held(position_of(comment).id)
            state.advance(position_of(comment))
        return FetchBatch(tuple(messages), state.dump(), tuple(malformed))

    async def _moderation_decided(self, state: Cursor, own_id: int) -> tuple[FetchedMessage, ...]:
        """The watched held comments the site has decided on since: the spammed, trashed
        or deleted ones as deletions, the approved ones again with their plain subject
        (the post's title, no longer marked held). Neither is watched any longer."""
        found = await self._api.get_json(
            COMMENTS,
            {
                "include": ",".join(map(str, state.held)),
                "status": "all",
                "context": "edit",
                "per_page": PAGE_SIZE,
            },
        )
        if not isinstance(found, list):
            raise MalformedResponseError(f"{self._api.host} sent no list of comments")
        by_id = {
            item["id"]: item
            for item in found
            if isinstance(item, Mapping) and isinstance(item.get("id"), int)
        }
        gone = [i for i in state.held if i not in by_id]
        approved = [
            by_id[i] for i in state.held if i in by_id and by_id[i].get("status") == "approved"
        ]
        state.held = [i for i in state.held if i in by_id and by_id[i].get("status") == HELD]
        now = self._clock.now()
        deletions = [
            FetchedMessage(
                remote_id=str(ident),
                channel=WORDPRESS,
                kind=COMMENT,
                # A deletion carries no customer: outbound, so no identity is made for it.
                author=AuthorRef(WORDPRESS, self._handle),
                text="",
                created_at=now,
                inbound=False,
                deleted=True,
            )
            for ident in gone
        ]
        titles = await self._titles({post_of(c) for c in approved})
        roots = await self._roots(approved)
        approvals: list[FetchedMessage] = []
        for comment in approved:
            try:
                message = to_message(
                    comment,
                    own_user_id=own_id,
                    own_handle=self._handle,
                    titles=titles,
                    roots=roots,
                )
            except MalformedComment:
                continue  # it arrived readable once; its stored form stays
            # Ingest applies a newer "edit" whose text is unchanged as a new subject only.
            # WordPress keeps no time of the approval; this desk's clock may lag the
            # site's, and the edit must still be newer than the comment.
            approved_at = max(now, message.created_at + timedelta(seconds=1))
            approvals.append(replace(message, edited_at=approved_at))
        return (*deletions, *approvals)

    async def _titles(self, posts: set[int]) -> dict[int, str]:
        """Post id → title, for posts and then pages (one request each, only if needed)."""
        titles: dict[int, str] = {}
        for route in ("wp/v2/posts", "wp/v2/pages"):
            wanted = sorted(posts - set(titles))
            if not wanted:
                break
            try:
                found = await self._api.get_json(
                    route,
                    {
                        "include": ",".join(map(str, wanted)),
                        "per_page": PAGE_SIZE,
                        "status": "any",
                        "_fields": "id,title",
                    },
                )
            except PermanentError:
                continue  # a site that hides this listing: no title then
            titles.update(titles_of(found))
        return titles

    async def _roots(self, comments: Iterable[Mapping[str, Any]]) -> dict[int, int]:
        """Comment id → the first comment of its conversation, asking the site for the
        parents not on the page (one request per level of nesting, at most)."""
        parents = {position_of(c).id: parent_of(c) for c in comments}
        for _ in range(MAX_THREAD_DEPTH):
            unknown = sorted({p for p in parents.values() if p and p not in parents})
            if not unknown:
                break
            found = await self._api.get_json(
                COMMENTS,
                {
                    "include": ",".join(map(str, unknown)),
                    "status": "all",
                    "context": "edit",
                    "per_page": PAGE_SIZE,
                    "_fields": "id,parent",
                },
            )
            for item in found if isinstance(found, list) else []:
                try:
                    parents[position_of_id(item)] = parent_of(item)
                except MalformedComment:
                    continue
            for missing in unknown:
                parents.setdefault(missing, 0)  # spam, trash or deleted: a root as far as known
        return resolve_roots(parents)

    # -- sending ------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``POST wp/v2/comments`` under the comment answered, as the account's user."""
        if reply.in_reply_to is None or not reply.in_reply_to.isdigit():
            raise PermanentError("a WordPress reply answers a comment")
        answered = await self._api.get_json(f"{COMMENTS}/{reply.in_reply_to}", {"context": "edit"})
        if not isinstance(answered, Mapping):
            raise MalformedResponseError(f"{self._api.host} sent no comment")
        try:
            post = post_of(answered)
        except MalformedComment as exc:
            raise MalformedResponseError(f"{self._api.host}: {exc}") from None
        try:
            response = await self._api.request(
                "POST",
                COMMENTS,
                json_body={
                    "post": post,
                    "parent": int(reply.in_reply_to),
                    "content": html.escape(reply.text, quote=False),
                },
                writes=True,
            )
        except DuplicateCommentError:
            # WordPress refuses the same words under the same comment from the same user:
            # an earlier attempt arrived. It is the receipt.
            found = await self.find_sent(reply, idempotency_key)
            if found is None:
                raise
            return found
        created = self._api.json(response, writes=True)
        if not isinstance(created, Mapping) or not isinstance(created.get("id"), int):
            raise MalformedResponseError(
                f"{self._api.host} did not say which comment it created",
                may_have_reached_server=True,
            )
        return _receipt(created)

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """The account's comment under the same parent with the same text, if there is one
        (read from the site's own database, held ones too)."""
        if reply.in_reply_to is None or not reply.in_reply_to.isdigit():
            return None
        own_id = await self._own_id()
        comments = await self._api.get_json(
            COMMENTS,
            {
                "parent": reply.in_reply_to,
                "author": own_id,
                "status": "all",
                "context": "edit",
                "per_page": PAGE_SIZE,
                "orderby": "date_gmt",
                "order": "desc",
            },
        )
        if not isinstance(comments, list):
            raise MalformedResponseError(f"{self._api.host} sent no list of comments")
        wanted = comparable_text(reply.text)
        for comment in comments:
            if not isinstance(comment, Mapping) or not isinstance(comment.get("id"), int):
                continue
            try:
                text = comparable_text(_raw_text(comment))
            except MalformedComment:
                continue
            if text == wanted:
                return _receipt(comment)
        return None


# -- small rules -------------------------------------------------------------------


def _login_name(handle: str) -> str:
    """The user name as typed: spaces around and a leading ``@`` dropped (a login that is
    an e-mail address keeps its ``@``)."""
    value = handle.strip()
    return value[1:] if value.startswith("@") and "@" not in value[1:] else value


def position_of_id(comment: object) -> int:
    """The id of a comment listed with ``_fields=id,parent`` (no time)."""
    if not isinstance(comment, Mapping):
        raise MalformedComment("a comment is not an object")
    ident = comment.get("id")
    if isinstance(ident, bool) or not isinstance(ident, int):
        raise MalformedComment("the comment has no id")
    return ident


def _raw_text(comment: Mapping[str, Any]) -> str:
    """The comment's text as stored (``content.raw``, the escaped text the app sent)."""
    content = comment.get("content")
    raw = content.get("raw") if isinstance(content, Mapping) else None
    if isinstance(raw, str):
        return html.unescape(raw)
    return comment_text(comment)


def _header_int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _receipt(comment: Mapping[str, Any]) -> SentReceipt:
    try:
        sent_at = parse_gmt(comment.get("date_gmt"))
    except MalformedComment:
        sent_at = None
    return SentReceipt(
        remote_id=str(comment["id"]),
        url=web_address(comment.get("link")),
        sent_at=sent_at,
    )


class WordPressConnectorFactory:
    kind: ClassVar[str] = WORDPRESS
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "WordPress comments")
    channels: ClassVar[tuple[str, ...]] = (WORDPRESS,)
    networks: ClassVar[tuple[Network, ...]] = (WORDPRESS_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Application password")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "In your site's dashboard open Users ▸ Profile, scroll to “Application "
        "Passwords”, type a name (e.g. Social Inbox), press “Add New Application "
        "Password” and copy it (WordPress 5.6 or newer). The user must be an Editor "
        "or Administrator. The site must use https:// unless it runs on this computer.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "Site address")
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "User name")
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> WordPressConnector:
        return WordPressConnector(context)
