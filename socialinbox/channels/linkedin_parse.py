"""LinkedIn answers as messages: pure functions, no network.

Shapes (learn.microsoft.com/linkedin/marketing/community-management: organizations/
organization-access-control-by-role, organizations/organization-social-action-notifications,
shares/comments-api, shares/posts-api; shared/api-guide/concepts/urns; Rest.li 2.0 paging):

- A collection is ``{"elements": […], "paging": {"start", "count", "total"?}}``.
- An ACL is ``{"organization": "urn:li:organization:N", "roleAssignee": "urn:li:person:…",
  "role": "ADMINISTRATOR", "state": "APPROVED"}``.
- A notification has ``action`` (``COMMENT``, ``SHARE_MENTION``, …), ``sourcePost`` (the
  page's post that was commented on), ``generatedActivity`` (the comment, or the post that
  mentions the page) and ``lastModifiedAt`` (epoch milliseconds).
- A comment has ``$URN`` or ``commentUrn`` (``urn:li:comment:(urn:li:activity:P,C)``),
  ``id``, ``actor`` (a person or organization URN), ``object`` (the post), ``message.text``,
  ``created.time`` and ``lastModified.time`` (epoch ms), ``parentComment`` for a reply in a
  comment's thread, and ``commentsSummary`` (how many replies it has).
- A post has ``id``, ``author``, ``commentary`` (in LinkedIn's "little text format":
  reserved characters escaped with ``\\``, mentions written ``@[Name](urn)``) and
  ``createdAt``/``publishedAt`` (epoch ms).

Rules:

- A comment of someone else is an inbound ``comment``; the page's own comment in a thread
  is an outbound ``reply`` answering the newest comment of someone else before it in that
  thread (a reply made on linkedin.com clears "needs reply"). A post that mentions the page
  is an inbound ``mention``.
- On the page's posts a thread is a top-level comment and its replies; on a post that
  mentions the page the thread is that post.
- Members are keyed by their person URN, shown as their handle (LinkedIn shows apps no
  other member's name).
- Text is plain text, never interpreted.
- An element that is not what the documentation describes is set aside (MalformedItem),
  never raised; the rest of its page is kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeGuard
from urllib.parse import quote

from socialinbox.channels.linkedin_network import LINKEDIN, ORGANIZATION_URN_PREFIX
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

COMMENT = "COMMENT"
# The page's own comment (made on linkedin.com, or here): a reply made elsewhere.
ADMIN_COMMENT = "ADMIN_COMMENT"
SHARE_MENTION = "SHARE_MENTION"
COMMENT_DELETE = "COMMENT_DELETE"
_PAYLOAD_MAX = 2000
_COMMENT_URN = re.compile(r"urn:li:comment:\((urn:li:[A-Za-z]+:[^,()]+),([^,()]+)\)")
# Little text format: a mention of a member or page, and an escaped reserved character.
_MENTION = re.compile(r"@\[([^\]]*)\]\((urn:li:[^)]*)\)")
_ESCAPED = re.compile(r"\\([|{}@\[\]()<>#\\*_~])")
FEED_URL = "https://www.linkedin.com/feed/update/"


class MalformedElement(ValueError):
    """An element or page that is not what LinkedIn documents."""


def is_urn(value: object, kind: str | None = None) -> TypeGuard[str]:
    """Whether ``value`` is a URN (of ``kind``: ``organization``, ``comment``…)."""
    if not isinstance(value, str) or not value.startswith("urn:li:"):
        return False
    return kind is None or value.startswith(f"urn:li:{kind}:")


def comment_post(urn: str) -> str | None:
    """The post a comment URN names (``urn:li:comment:(POST,ID)``), None for another URN."""
    match = _COMMENT_URN.fullmatch(urn)
    return match.group(1) if match else None


def organization_urn(text: str) -> str | None:
    """An organization typed as a number, a URN, or its page's admin or public address
    with the number in it (``linkedin.com/company/12345/admin``); None when none is in it."""
    value = text.strip()
    if value.startswith(ORGANIZATION_URN_PREFIX):
        value = value.removeprefix(ORGANIZATION_URN_PREFIX)
    elif "linkedin.com/company/" in value:
        value = value.split("linkedin.com/company/", 1)[1].split("/", 1)[0]
    return f"{ORGANIZATION_URN_PREFIX}{value}" if value.isdigit() and value.isascii() else None


def epoch_ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def from_epoch_ms(value: object, what: str) -> datetime:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MalformedElement(f"{what} is not a time")
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise MalformedElement(f"{what} is not a time: {value!r}") from None


@dataclass(frozen=True, slots=True)
class Collection:
    """One page of a Rest.li collection: its elements and whether another page follows."""

    elements: tuple[Any, ...]
    start: int
    total: int | None

    @classmethod
    def of(cls, body: object) -> Collection:
        if not isinstance(body, Mapping):
            raise MalformedElement("the answer is not an object")
        elements = body.get("elements", [])
        if not isinstance(elements, list):
            raise MalformedElement("the answer's elements are not a list")
        paging = body.get("paging", {})
        paging = paging if isinstance(paging, Mapping) else {}
        start, total = paging.get("start"), paging.get("total")
        return cls(
            tuple(elements),
            start if isinstance(start, int) and not isinstance(start, bool) else 0,
            total if isinstance(total, int) and not isinstance(total, bool) else None,
        )

    def more_after(self, count: int) -> bool:
        """Whether a page follows this one, asked with ``count``: a full page is followed
        by another unless the total says it was the last."""
        if len(self.elements) < count:
            return False
        return self.total is None or self.start + len(self.elements) < self.total


def administered(elements: Iterable[object]) -> list[str]:
    """The organization URNs of approved ACLs (in their order, once each)."""
    found: list[str] = []
    for acl in elements:
        if not isinstance(acl, Mapping) or acl.get("state", "APPROVED") != "APPROVED":
            continue
        target = acl.get("organization", acl.get("organizationalTarget"))
        if is_urn(target, "organization") and target not in found:
            found.append(target)
    return found


@dataclass(frozen=True, slots=True)
class Notification:
    """One notification; ``shared`` is the post that mentions the page as the notification
    describes it (``decoratedGeneratedActivity.share``: its author and text), when it does."""

    action: str
    source_post: str | None
    activity: str | None
    last_modified: int
    shared: Mapping[str, Any] | None = None
    id: str | None = None

    def deletion(self) -> FetchedMessage | None:
        """The mark that a stored comment was deleted, for a ``COMMENT_DELETE``."""
        if self.action != COMMENT_DELETE or not is_urn(self.activity, "comment"):
            return None
        return FetchedMessage(
            remote_id=self.activity,
            channel=LINKEDIN,
            kind="comment",
            author=AuthorRef(channel=LINKEDIN, key=self.activity),
            text="",
            created_at=from_epoch_ms(self.last_modified, "lastModifiedAt"),
            deleted=True,
        )

    def mention(self) -> FetchedMessage | None:
        """The mention this notification describes whole, None when the post must be read."""
        if self.activity is None or self.shared is None:
            return None
        post = {**self.shared, "commentary": self.shared.get("text")}
        post.setdefault("createdAt", self.last_modified)
        try:
            return parse_mention({**post, "author": self.shared.get("owner")}, self.activity)
        except MalformedElement:
            return None


def parse_notifications(
    elements: Iterable[object],
) -> tuple[list[Notification], list[MalformedItem]]:
    """The notifications of a page, and those set aside."""
    good: list[Notification] = []
    bad: list[MalformedItem] = []
    for element in elements:
        if not isinstance(element, Mapping):
            bad.append(malformed(element, "the notification is not an object"))
            continue
        action, modified = element.get("action"), element.get("lastModifiedAt")
        source, activity = element.get("sourcePost"), element.get("generatedActivity")
        if (
            not isinstance(action, str)
            or isinstance(modified, bool)
            or not isinstance(modified, int)
        ):
            bad.append(malformed(element, "the notification has no action or time"))
            continue
        decorated = element.get("decoratedGeneratedActivity")
        shared = decorated.get("share") if isinstance(decorated, Mapping) else None
        good.append(
            Notification(
                action,
                source if is_urn(source) else None,
                activity if is_urn(activity) else None,
                modified,
                shared if isinstance(shared, Mapping) else None,
                _notification_id(element.get("notificationId")),
            )
        )
    return good, bad


def _notification_id(value: object) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value if isinstance(value, str) and value else None


@dataclass(frozen=True, slots=True)
class Comment:
    """One comment as LinkedIn describes it."""

    urn: str
    post: str
    actor: str
    text: str
    created: datetime
    edited: datetime | None
    parent: str | None
    replies: int | None = field(default=None, compare=False)


def parse_comment(element: object, post: str) -> Comment:
    """A comment of ``post`` (its ``object`` when it names one)."""
    if not isinstance(element, Mapping):
        raise MalformedElement("the comment is not an object")
    urn = element.get("$URN", element.get("commentUrn"))
    on = element.get("object")
    on = on if is_urn(on) else post
    if not is_urn(urn, "comment"):
        number = element.get("id")
        if not isinstance(number, str) or not number.isdigit():
            raise MalformedElement("the comment has no URN")
        urn = f"urn:li:comment:({on},{number})"
    actor = element.get("actor")
    if not is_urn(actor):
        raise MalformedElement("the comment has no actor")
    message = element.get("message")
    text = message.get("text") if isinstance(message, Mapping) else None
    if not isinstance(text, str):
        raise MalformedElement("the comment has no message text")
    created = element.get("created")
    created_at = from_epoch_ms(
        created.get("time") if isinstance(created, Mapping) else None, "created.time"
    )
    modified = element.get("lastModified")
    edited = None
    if isinstance(modified, Mapping) and isinstance(modified.get("time"), int):
        changed = from_epoch_ms(modified["time"], "lastModified.time")
        edited = changed if changed > created_at else None
    parent = element.get("parentComment")
    if parent is not None and not is_urn(parent, "comment"):
        raise MalformedElement("parentComment is not a comment")
    summary = element.get("commentsSummary")
    replies = None
    if isinstance(summary, Mapping):
        counts = [summary.get(k) for k in ("aggregatedTotalComments", "totalFirstLevelComments")]
        known = [c for c in counts if isinstance(c, int) and not isinstance(c, bool)]
        replies = max(known) if known else None
    return Comment(urn, on, actor, text, created_at, edited, parent, replies)


def parse_comments(
    elements: Iterable[object], post: str
) -> tuple[list[Comment], list[MalformedItem]]:
    good: list[Comment] = []
    bad: list[MalformedItem] = []
    for element in elements:
        try:
            good.append(parse_comment(element, post))
        except MalformedElement as exc:
            bad.append(malformed(element, str(exc)))
    return good, bad


def member(urn: str) -> AuthorRef:
    """A member (or another page) as the author of a message: LinkedIn shows apps no name,
    so their URN is their handle too, which is what links them to a customer by hand."""
    return AuthorRef(channel=LINKEDIN, key=urn, handle=urn)


def comment_url(post: str, comment: str) -> str:
    """Where a comment is seen on linkedin.com."""
    return f"{FEED_URL}{post}?commentUrn={quote(comment, safe='')}"


def thread_messages(
    comments: Iterable[Comment],
    organization: str,
    organization_name: str | None,
    *,
    mention: str | None = None,
) -> list[FetchedMessage]:
    """The messages of one post's comments, oldest first (see the module's rules).

    On a post that mentions the page (``mention``: the URN its message has) only the
    page's own comments and the replies in its threads are messages: the rest of that
    post's comments are conversations among others."""
    ordered = sorted(comments, key=lambda c: (c.created, c.urn))
    ours = {c.urn for c in ordered if c.actor == organization}
    joined = {c.parent for c in ordered if c.actor == organization and c.parent} | ours
    messages: list[FetchedMessage] = []
    newest_theirs: dict[str, str] = {}  # thread → the newest comment of someone else
    for comment in ordered:
        root = comment.parent or comment.urn
        thread = mention or root
        inbound = comment.actor != organization
        if mention is not None and inbound and root not in joined:
            continue
        if inbound:
            answered = comment.parent
            newest_theirs[thread] = comment.urn
        else:
            # The newest comment of someone else in the thread, else the mention itself;
            # the page's comments among its own (or after comments older than the first
            # sync) answer nobody here.
            answered = newest_theirs.get(thread) or mention
            if answered is None:
                continue
        messages.append(
            FetchedMessage(
                remote_id=comment.urn,
                channel=LINKEDIN,
                kind="comment" if inbound else "reply",
                author=member(comment.actor)
                if inbound
                else AuthorRef(channel=LINKEDIN, key=comment.actor, display_name=organization_name),
                text=comment.text,
                created_at=comment.created,
                inbound=inbound,
                thread_remote_id=thread,
                in_reply_to_remote_id=answered,
                url=comment_url(comment.post, comment.urn),
                edited_at=comment.edited,
            )
        )
    return messages


def created_comment(body: object, restli_id: str | None, post: str) -> str | None:
    """The URN of the comment a create answered: the body's ``$URN``/``commentUrn``, else
    the ``x-restli-id`` header (a URN, or the comment's id on ``post``); None when neither
    names it."""
    if isinstance(body, Mapping):
        named = body.get("$URN", body.get("commentUrn"))
        if is_urn(named, "comment"):
            return named
        number = body.get("id")
        if isinstance(number, str) and number.isdigit() and restli_id is None:
            restli_id = number
    restli_id = (restli_id or "").strip()
    if is_urn(restli_id, "comment"):
        return restli_id
    if restli_id.isdigit() and restli_id.isascii():
        return f"urn:li:comment:({post},{restli_id})"
    return None


def plain_commentary(text: str) -> str:
    """A post's commentary as it reads: mentions as their names, escapes undone."""
    return _ESCAPED.sub(r"\1", _MENTION.sub(lambda m: m.group(1), text))


def parse_mention(post: object, urn: str) -> FetchedMessage:
    """A post that mentions the page, as an inbound ``mention``."""
    if not isinstance(post, Mapping):
        raise MalformedElement("the post is not an object")
    author = post.get("author")
    if not is_urn(author):
        raise MalformedElement("the post has no author")
    commentary = post.get("commentary", "")
    if not isinstance(commentary, str):
        raise MalformedElement("the post's commentary is not text")
    when = post.get("publishedAt", post.get("createdAt"))
    return FetchedMessage(
        remote_id=urn,
        channel=LINKEDIN,
        kind="mention",
        author=member(author),
        text=plain_commentary(commentary),
        created_at=from_epoch_ms(when, "the post's time"),
        inbound=True,
        thread_remote_id=urn,
        url=f"{FEED_URL}{urn}",
    )


def malformed(element: object, error: str) -> MalformedItem:
    urn = element.get("$URN", element.get("id")) if isinstance(element, Mapping) else None
    try:
        payload = json.dumps(element, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        payload = repr(element)
    return MalformedItem(
        remote_id=urn if isinstance(urn, str) else None, error=error, payload=payload[:_PAYLOAD_MAX]
    )


def comparable_text(text: str) -> str:
    """Text as compared when looking for a comment sent before (spaces folded)."""
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the account's reading stands (times in epoch ms).

    ``since``: the newest notification handled (the next round asks from it on; None
    before the first sync). ``floor``: nothing older than the first sync's window becomes
    a message. ``watch``: posts whose comments are read again each round until the time
    given (a reply made on linkedin.com shows within those days), with whether the post
    is one that mentions the page (the only ones watched so far)."""

    since: int | None = None
    floor: int | None = None
    watch: Mapping[str, tuple[int, bool]] = field(default_factory=dict)
    # The notifications of time ``since`` handled already (the next round asks from that
    # time on, inclusive, so as to miss none made in the same millisecond).
    handled: tuple[str, ...] = ()

    def handled_already(self, note: Notification) -> bool:
        return note.last_modified == self.since and note.id is not None and note.id in self.handled

    def after(
        self, notes: Iterable[Notification], floor: int, watch: Mapping[str, tuple[int, bool]]
    ) -> Cursor:
        """Where reading stands once ``notes`` (all those since ``since``) are handled."""
        notes = list(notes)
        since = max((n.last_modified for n in notes), default=self.since)
        handled = {n.id for n in notes if n.last_modified == since and n.id is not None}
        if since == self.since:
            handled |= set(self.handled)
        return Cursor(since, floor, watch, tuple(sorted(handled)))

    @classmethod
    def load(cls, text: str | None) -> Cursor:
        try:
            value = json.loads(text) if text else {}
        except ValueError:
            value = {}
        if not isinstance(value, Mapping):
            value = {}
        watch: dict[str, tuple[int, bool]] = {}
        raw = value.get("watch")
        for post, entry in raw.items() if isinstance(raw, Mapping) else ():
            if (
                is_urn(post)
                and isinstance(entry, list)
                and len(entry) == 2
                and isinstance(entry[0], int)
                and isinstance(entry[1], bool)
            ):
                watch[post] = (entry[0], entry[1])
        raw_handled = value.get("handled")
        handled = tuple(
            h for h in (raw_handled if isinstance(raw_handled, list) else []) if isinstance(h, str)
        )
        return cls(_ms(value.get("since")), _ms(value.get("floor")), watch, handled)

    def dump(self) -> str:
        return json.dumps(
            {
                "since": self.since,
                "floor": self.floor,
                "watch": {post: list(entry) for post, entry in self.watch.items()},
                "handled": list(self.handled),
            },
            sort_keys=True,
        )


def _ms(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
