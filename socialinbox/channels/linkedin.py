"""The LinkedIn connector: comments on an organization's page posts and posts that mention
the page, answered as the page, through LinkedIn's Community Management API.

Which page (learn.microsoft.com/linkedin/marketing/community-management/organizations/
organization-access-control-by-role): the one the setting ``organization`` names (its
number, URN or page address), else the one page the signed-in member administers
(``GET /rest/organizationAcls?q=roleAssignee&role=ADMINISTRATOR&state=APPROVED``); a
member who administers several must choose. Verifying keeps its URN and name.

What it reads (…/organizations/organization-social-action-notifications, …/shares/
comments-api, …/shares/posts-api):

- ``GET /rest/organizationalEntityNotifications?q=criteria`` for the page with
  ``actions=List(COMMENT,ADMIN_COMMENT,SHARE_MENTION,COMMENT_DELETE)`` and a ``timeRange``
  from the newest notification handled (LinkedIn keeps them 60 days; the first sync looks
  back a week), paged with ``start``/``count`` until a page is short. ``ADMIN_COMMENT`` is
  the page's own comment: a reply made on linkedin.com, which clears "needs reply";
  ``COMMENT_DELETE`` marks a stored comment deleted.
- For each post a notification names: ``GET /rest/socialActions/{post}/comments``, and
  the replies (``GET /rest/socialActions/{comment}/comments``) of the threads holding the
  comments named, newest thread first. Every comment from the first sync's window on
  becomes a message (stored once; an edit updates it); see
  :mod:`socialinbox.channels.linkedin_parse` for who answers whom.
- For a mention: the post as the notification describes it (else ``GET /rest/posts/
  {urn}``), an inbound ``mention``. The post stays watched for a few days (its comments
  and the page's threads there read each round), since the page's own comment on someone
  else's post raises no notification of the page.

A failure half-way (a 429 on the third page) still hands over what was read, with the
cursor where it stood, then raises: the next round reads the same span again and the
comments already stored are not stored twice.

Replies (``POST /rest/socialActions/{target}/comments``) go out as the page (``actor``):
to a comment in its thread (``parentComment``: the thread's top-level comment, where
LinkedIn keeps replies), to a mention as a comment on the post. LinkedIn has no
idempotency key: a send whose answer was lost is looked for among the thread's comments
(:meth:`LinkedInConnector.find_sent`); not found, it is not sent again — a person decides
(the outbox's ``outcome_unknown``). Rate limits and versions: see
:mod:`socialinbox.channels.linkedin_api`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any, ClassVar

from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.linkedin_api import (
    BUCKET_ACLS,
    BUCKET_COMMENTS,
    BUCKET_CREATE_COMMENT,
    BUCKET_NOTIFICATIONS,
    BUCKET_ORGANIZATIONS,
    BUCKET_POSTS,
    LinkedInApi,
    restli_query,
    restli_value,
    urn_path,
)
from socialinbox.channels.linkedin_network import (
    COMMENT_CHARACTERS,
    LINKEDIN,
    LINKEDIN_NETWORK,
    ORGANIZATION_URN_PREFIX,
)
from socialinbox.channels.linkedin_parse import (
    ADMIN_COMMENT,
    COMMENT,
    COMMENT_DELETE,
    SHARE_MENTION,
    Collection,
    Comment,
    Cursor,
    MalformedElement,
    Notification,
    administered,
    comment_post,
    comment_url,
    comparable_text,
    created_comment,
    epoch_ms,
    is_urn,
    malformed,
    organization_urn,
    parse_comments,
    parse_mention,
    parse_notifications,
    thread_messages,
)
from socialinbox.channels.oauth_providers import LINKEDIN_KIND
from socialinbox.channels.oauth_signin import SignsInWithOAuth, revoke_grant
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
from socialinbox.core.networks import Network
from socialinbox.settings import QT_TRANSLATE_NOOP

PAGE_SIZE = 50
# A round reads at most this many notification pages, and this many comment pages.
MAX_NOTIFICATION_PAGES = 40
MAX_COMMENT_PAGES = 80
MAX_ACL_PAGES = 10
FIRST_SYNC_WINDOW = timedelta(days=7)
# A post that mentions the page is read again each round for this long (the page's replies
# made on linkedin.com).
WATCH_FOR = timedelta(days=3)
WATCH_MAX = 10
ACTIONS = f"List({COMMENT},{ADMIN_COMMENT},{SHARE_MENTION},{COMMENT_DELETE})"
TOO_MANY = (
    "LinkedIn had more for the page than one sync reads; some comments may be missing: "
    "look on the page"
)

# The settings an account keeps: the one typed, and what verifying learnt.
ORGANIZATION = "organization"
ORGANIZATION_URN = "organization_urn"
ORGANIZATION_NAME = "organization_name"


class _Reading:
    """What one round read so far: messages, set-aside elements, calls left."""

    def __init__(self) -> None:
        self.messages: list[FetchedMessage] = []
        self.deletions: list[FetchedMessage] = []
        self.bad: list[MalformedItem] = []
        self.comment_pages_left = MAX_COMMENT_PAGES
        self.cut_short = False  # pages were left unread for want of calls


class LinkedInConnector:
    kind: ClassVar[str] = LINKEDIN
    # No idempotency; the look-up reads the thread's comments, which a fresh comment may
    # take a moment to join: not finding it proves nothing.
    idempotency_window: ClassVar[timedelta | None] = None
    sent_lookup_is_certain: ClassVar[bool] = False

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._clock = context.clock
        self._li: LinkedInApi | None = None
        settings = context.account.settings
        kept = settings.get(ORGANIZATION_URN)
        self._organization: str | None = kept if is_urn(kept, "organization") else None
        name = settings.get(ORGANIZATION_NAME)
        self._organization_name: str | None = name if isinstance(name, str) and name else None

    @property
    def _api(self) -> LinkedInApi:
        """The API with the account's grant, opened on first use (a connector asked only
        for its limits has no secret)."""
        if self._li is None:
            context = self._context
            self._li = LinkedInApi.for_account(LINKEDIN_KIND, context)
        return self._li

    def text_limit(self) -> TextLimit:
        return TextLimit(COMMENT_CHARACTERS, "characters")

    # -- verifying -------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """The page this account answers for (see the module) and its name."""
        acls: list[Any] = []
        query = [("q", "roleAssignee"), ("role", "ADMINISTRATOR"), ("state", "APPROVED")]
        for _ in range(MAX_ACL_PAGES):
            body = await self._api.get_json(
                "/organizationAcls",
                restli_query([*query, ("start", len(acls)), ("count", PAGE_SIZE)]),
                bucket=BUCKET_ACLS,
            )
            page = self._collection(body)
            acls += page.elements
            if not page.more_after(PAGE_SIZE):
                break
        organization = self._chosen(administered(acls))
        name, vanity = await self._names(organization)
        self._organization, self._organization_name = organization, name
        number = organization.removeprefix(ORGANIZATION_URN_PREFIX)
        settings = {ORGANIZATION_URN: organization}
        if name:
            settings[ORGANIZATION_NAME] = name
        return VerifiedAccount(
            handle=vanity or name or number, display_name=name, settings=settings
        )

    def _chosen(self, pages: list[str]) -> str:
        """The page named by the setting, else the only one the member administers."""
        wanted = str(self._context.account.settings.get(ORGANIZATION) or "").strip()
        listed = ", ".join(p.removeprefix(ORGANIZATION_URN_PREFIX) for p in pages)
        if wanted:
            organization = organization_urn(wanted)
            if organization is None:
                raise PermanentError(
                    f"not a LinkedIn page: {wanted!r} (give its number, as in "
                    "linkedin.com/company/12345/admin)"
                )
            if organization not in pages:
                raise PermanentError(
                    f"the signed-in member is not an administrator of the LinkedIn page "
                    f"{organization.removeprefix(ORGANIZATION_URN_PREFIX)}"
                    + (f" (they administer {listed})" if pages else "")
                )
            return organization
        if not pages:
            raise PermanentError(
                "the signed-in member administers no LinkedIn page: an administrator of "
                "the page must sign in"
            )
        if len(pages) > 1:
            raise PermanentError(
                f"the signed-in member administers several LinkedIn pages ({listed}): "
                f"choose one with the setting {ORGANIZATION}"
            )
        return pages[0]

    async def _names(self, organization: str) -> tuple[str | None, str | None]:
        """The page's name and vanity name (None each when LinkedIn does not say)."""
        number = organization.removeprefix(ORGANIZATION_URN_PREFIX)
        try:
            body = await self._api.get_json(f"/organizations/{number}", bucket=BUCKET_ORGANIZATIONS)
        except PermanentError:
            return None, None
        if not isinstance(body, Mapping):
            return None, None
        name, vanity = body.get("localizedName"), body.get("vanityName")
        return (
            name.strip() if isinstance(name, str) and name.strip() else None,
            vanity.strip() if isinstance(vanity, str) and vanity.strip() else None,
        )

    async def _page(self) -> str:
        if self._organization is None:
            await self.verify()
        assert self._organization is not None
        return self._organization

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Comments and mentions since the last round, in one batch (see the module)."""
        state = Cursor.load(cursor)
        organization = await self._page()
        now = epoch_ms(self._clock.now())
        floor = state.floor if state.floor is not None else now - _ms(FIRST_SYNC_WINDOW)
        since = state.since if state.since is not None else floor
        reading = _Reading()
        notifications: list[Notification] = []
        # Posts that mention the page stay watched (the page's own comments there raise
        # no notification of the page); its posts are read when notifications name them.
        watch = {post: entry for post, entry in state.watch.items() if entry[0] > now}
        complete = False
        problem: ChannelError | None = None
        try:
            complete = await self._notifications(organization, since, now, notifications, reading)
            touched: dict[str, set[str]] = {}  # post → the comments its notifications name
            for note in notifications:
                if state.handled_already(note):
                    continue  # handled last round: its time is where this one started
                deleted = note.deletion()
                if deleted is not None:
                    reading.deletions.append(deleted)
                elif note.action in (COMMENT, ADMIN_COMMENT) and note.source_post:
                    named = touched.setdefault(note.source_post, set())
                    if is_urn(note.activity, "comment"):
                        named.add(note.activity)
                elif note.action == SHARE_MENTION and note.activity:
                    watch[note.activity] = (now + _ms(WATCH_FOR), True)
                    await self._mention(note, floor, reading)
            newest = sorted(watch.items(), key=lambda item: item[1][0], reverse=True)
            watch = dict(newest[:WATCH_MAX])
            for post, named in touched.items():
                await self._post_comments(post, organization, None, floor, reading, named)
            for post in watch:
                await self._post_comments(post, organization, post, floor, reading, set())
        except ChannelError as exc:
            problem = exc
        after = (
            state.after(notifications, floor, watch)
            if problem is None
            else Cursor(state.since, floor, state.watch, state.handled)
        )
        cut = not complete or reading.cut_short
        notice = TOO_MANY if cut and problem is None else None
        # Deletions last: a comment read this round and deleted since stays deleted.
        messages = (*reading.messages, *reading.deletions)
        yield FetchBatch(messages, after.dump(), tuple(reading.bad), notice=notice)
        if problem is not None:
            raise problem

    async def _notifications(
        self,
        organization: str,
        since: int,
        now: int,
        found: list[Notification],
        reading: _Reading,
    ) -> bool:
        """Append the page's notifications from ``since`` on; True once the pages ended."""
        base = [
            ("q", "criteria"),
            ("organizationalEntity", restli_value(organization)),
            ("actions", ACTIONS),
            # A minute beyond our clock: LinkedIn's may run ahead of it.
            ("timeRange", f"(start:{since},end:{now + 60_000})"),
        ]
        start = 0
        for _ in range(MAX_NOTIFICATION_PAGES):
            body = await self._api.get_json(
                "/organizationalEntityNotifications",
                restli_query([*base, ("start", start), ("count", PAGE_SIZE)]),
                bucket=BUCKET_NOTIFICATIONS,
            )
            page = self._collection(body)
            good, bad = parse_notifications(page.elements)
            found.extend(good)
            reading.bad.extend(bad)
            if not page.more_after(PAGE_SIZE):
                return True
            start += len(page.elements)
        return False

    async def _mention(self, note: Notification, floor: int, reading: _Reading) -> None:
        """The post that mentions the page, as a message: as the notification describes
        it, else as read (set aside when unreadable)."""
        message = note.mention()
        if message is None:
            post = note.activity or ""
            body = await self._api.get_json(f"/posts/{urn_path(post)}", bucket=BUCKET_POSTS)
            try:
                message = parse_mention(body, post)
            except MalformedElement as exc:
                reading.bad.append(malformed(body, str(exc)))
                return
        if epoch_ms(message.created_at) >= floor:
            reading.messages.append(message)

    async def _post_comments(
        self,
        post: str,
        organization: str,
        mention: str | None,
        floor: int,
        reading: _Reading,
        named: set[str],
    ) -> None:
        """The messages among a post's comments and the replies of the threads that
        matter: on the page's post, the threads holding the comments its notifications
        ``named`` (newest thread first, until all are found); on a post that mentions the
        page (``mention``), the page's own threads."""
        comments = await self._comments(post, post, reading)
        missing = named - {c.urn for c in comments}
        threads = sorted(
            (c for c in comments if c.parent is None and c.replies != 0),
            key=lambda c: c.created,
            reverse=True,
        )
        if mention is not None:
            threads = [c for c in threads if c.actor == organization]
        for top in threads:
            if mention is None and not missing:
                break
            replies = await self._comments(top.urn, post, reading)
            comments += replies
            missing -= {c.urn for c in replies}
        recent = {c.urn: c for c in comments if _ms_of(c) >= floor}
        reading.messages.extend(
            thread_messages(recent.values(), organization, self._organization_name, mention=mention)
        )

    async def _comments(self, target: str, post: str, reading: _Reading) -> list[Comment]:
        """Every comment on ``target`` (a post, or a comment for the replies under it)."""
        found: list[Comment] = []
        start = 0
        while True:
            if reading.comment_pages_left <= 0:
                reading.cut_short = True
                break
            reading.comment_pages_left -= 1
            body = await self._api.get_json(
                f"/socialActions/{urn_path(target)}/comments",
                restli_query([("start", start), ("count", PAGE_SIZE)]),
                bucket=BUCKET_COMMENTS,
            )
            page = self._collection(body)
            good, bad = parse_comments(page.elements, comment_post(target) or post)
            if comment_post(target) is not None:  # the replies under a comment
                good = [c if c.parent else replace(c, parent=target) for c in good]
            found.extend(good)
            reading.bad.extend(bad)
            if not page.more_after(PAGE_SIZE):
                break
            start += len(page.elements)
        return found

    def _collection(self, body: Any) -> Collection:
        try:
            return Collection.of(body)
        except MalformedElement as exc:
            raise MalformedResponseError(f"{self._api.where}: {exc}") from None

    # -- sending ---------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """A comment as the page answering ``reply.in_reply_to`` (LinkedIn has no
        idempotency key: ``idempotency_key`` is not sent)."""
        organization = await self._page()
        target, post, parent = _where_to_answer(reply)
        body: dict[str, Any] = {
            "actor": organization,
            "object": post,
            "message": {"text": reply.text},
        }
        if parent is not None:
            body["parentComment"] = parent
        response = await self._api.request(
            "POST",
            f"/socialActions/{urn_path(target)}/comments",
            bucket=BUCKET_CREATE_COMMENT,
            json_body=body,
            writes=True,
        )
        try:
            created = response.json() if response.content else None
        except ValueError:  # the comment was made: its id may still be in the header
            created = None
        urn = created_comment(created, response.headers.get("x-restli-id"), post)
        if urn is None:
            raise MalformedResponseError(
                f"{self._api.where} did not say which comment it created",
                may_have_reached_server=True,
            )
        return self._receipt(urn, post)

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """A comment of the page in the same thread with the same words."""
        organization = await self._page()
        _, post, parent = _where_to_answer(reply)
        reading = _Reading()
        comments = await self._comments(parent or post, post, reading)
        wanted = comparable_text(reply.text)
        mine = [
            c
            for c in comments
            if c.actor == organization and c.parent == parent and comparable_text(c.text) == wanted
        ]
        if not mine:
            return None
        newest = max(mine, key=lambda c: c.created)
        return self._receipt(newest.urn, newest.post)

    def _receipt(self, urn: str, post: str) -> SentReceipt:
        return SentReceipt(
            remote_id=urn,
            url=comment_url(post, urn),
            sent_at=self._clock.now(),
        )


def _where_to_answer(reply: OutgoingReply) -> tuple[str, str, str | None]:
    """Where a reply is posted, the post it is on, and its parent comment (None for a
    comment on the post itself).

    A comment is answered in its thread: LinkedIn keeps replies one level deep, under the
    thread's top-level comment (the message's thread, or the comment itself); a post that
    mentions the page is answered with a comment on it."""
    answered = reply.in_reply_to
    if answered is None:
        raise PermanentError("LinkedIn replies answer a comment or a post that mentions the page")
    post = comment_post(answered)
    if post is None:
        if not is_urn(answered):
            raise PermanentError(f"not a LinkedIn post or comment: {answered!r}")
        return answered, answered, None
    thread = reply.thread_remote_id
    parent = thread if thread is not None and comment_post(thread) is not None else answered
    return parent, comment_post(parent) or post, parent


def _ms(span: timedelta) -> int:
    return int(span.total_seconds() * 1000)


def _ms_of(comment: Comment) -> int:
    return epoch_ms(comment.edited or comment.created)


class LinkedInConnectorFactory(SignsInWithOAuth):
    oauth = LINKEDIN_KIND
    access_notice: ClassVar[AccessNotice | None] = LINKEDIN_KIND.notice
    kind: ClassVar[str] = LINKEDIN
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "LinkedIn page")
    channels: ClassVar[tuple[str, ...]] = (LINKEDIN,)
    networks: ClassVar[tuple[Network, ...]] = (LINKEDIN_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser as an administrator of the page (this computer's LinkedIn "
        "app: Settings ▸ Apps), or paste an access token with the scopes "
        "r_organization_social, w_organization_social and rw_organization_admin. The page "
        "number (as in linkedin.com/company/12345/admin) is needed only if you administer "
        "several pages.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "API address")
    default_base_url: ClassVar[str | None] = "https://api.linkedin.com"
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField(ORGANIZATION, QT_TRANSLATE_NOOP("Connector", "Page number"), required=False),
    )

    def create(self, context: ConnectorContext) -> LinkedInConnector:
        return LinkedInConnector(context)

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant at LinkedIn (``POST /oauth/v2/revoke``) when the account is removed."""
        await revoke_grant(LINKEDIN_KIND, context)
