"""The objects a Facebook Page and its Instagram account hold, as the Meta test server keeps
and renders them: Pages, Instagram accounts, customers, conversations and their messages,
posts, media and comments, with each Graph node type's fields and default fields
(graph-api/reference: Page, User, IG User, Conversation, Message, Page Post, Comment, IG
Media, IG Comment). The fields computed from an object alone are rendered here; the server
(:mod:`tests.servers.meta_server`) adds those that depend on the token or the clock.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tests.servers.meta_graph import graph_time


def opaque(prefix: str, text: str) -> str:
    """An opaque id in Meta's style: a prefix and base64url text."""
    return prefix + base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


USER_FIELDS = frozenset({"id", "name", "first_name", "last_name", "picture", "accounts"})
PAGE_FIELDS = frozenset(
    {
        "id", "name", "category", "category_list", "link", "username", "fan_count",
        "access_token", "instagram_business_account", "tasks", "conversations", "feed",
        "posts", "published_posts",
    }
)  # fmt: skip
ACCOUNT_DEFAULTS = ("access_token", "category", "category_list", "name", "id", "tasks")
IG_USER_FIELDS = frozenset(
    {
        "id", "username", "name", "profile_picture_url", "followers_count", "media_count",
        "biography", "media",
    }
)  # fmt: skip
CONVERSATION_FIELDS = frozenset(
    {
        "id", "updated_time", "link", "message_count", "unread_count", "snippet",
        "can_reply", "participants", "senders", "messages", "former_participants",
        "is_subscribed", "scoped_thread_key",
    }
)  # fmt: skip
MESSAGE_FIELDS = frozenset(
    {"id", "created_time", "from", "to", "message", "tags", "attachments", "is_unsupported",
     "sticker", "shares", "reactions"}
)  # fmt: skip
POST_FIELDS = frozenset(
    {
        "id", "created_time", "message", "updated_time", "from", "permalink_url", "story",
        "status_type", "is_published", "comments",
    }
)  # fmt: skip
COMMENT_FIELDS = frozenset(
    {
        "id", "created_time", "from", "message", "parent", "comment_count", "like_count",
        "permalink_url", "can_comment", "can_reply_privately", "is_hidden", "message_tags",
        "object", "comments", "attachment",
    }
)  # fmt: skip
MEDIA_FIELDS = frozenset(
    {
        "id", "caption", "timestamp", "permalink", "media_type", "media_product_type",
        "media_url", "comments_count", "like_count", "username", "owner", "shortcode",
        "is_comment_enabled", "comments",
    }
)  # fmt: skip
IG_COMMENT_FIELDS = frozenset(
    {
        "id", "text", "timestamp", "username", "from", "like_count", "parent_id", "hidden",
        "media", "replies", "legacy_instagram_comment_id",
    }
)  # fmt: skip


@dataclass(eq=False)
class User:
    id: str
    name: str


@dataclass(eq=False)
class IgUser:
    id: str
    username: str
    name: str
    page: Page


@dataclass(eq=False)
class Page:
    id: str
    name: str
    category: str
    ig: IgUser | None = None


@dataclass(eq=False)
class Customer:
    id: str
    name: str
    username: str
    platform: str
    page: Page


@dataclass(eq=False)
class Message:
    id: str
    conversation: Conversation
    from_customer: bool
    text: str
    created_time: datetime


@dataclass(eq=False)
class Conversation:
    id: str
    page: Page
    customer: Customer
    messages: list[Message] = field(default_factory=list)  # oldest first

    @property
    def platform(self) -> str:
        return self.customer.platform

    @property
    def updated_time(self) -> datetime:
        return self.messages[-1].created_time

    def last_customer_message(self) -> datetime | None:
        times = [m.created_time for m in self.messages if m.from_customer]
        return max(times) if times else None


@dataclass(eq=False)
class Post:
    id: str
    page: Page
    author: Customer | None  # None: the Page
    message: str
    created_time: datetime
    comments: list[Comment] = field(default_factory=list)


@dataclass(eq=False)
class Media:
    id: str
    ig: IgUser
    caption: str
    created_time: datetime
    comments: list[Comment] = field(default_factory=list)


@dataclass(eq=False)
class Comment:
    id: str
    platform: str
    on: Post | Media
    parent: Comment | None
    author: Customer | None  # None: the Page / IG account
    text: str
    created_time: datetime
    replies: list[Comment] = field(default_factory=list)


# The fields of each node type that follow from the object alone; None means the object has
# no value there, and Graph leaves such a field out of the answer.


def permalink(item: Any) -> str:
    if isinstance(item, Media):
        return f"https://www.instagram.com/p/{opaque('', item.id)[:11]}/"
    if isinstance(item, Post):
        return f"https://www.facebook.com/{item.id.replace('_', '/posts/')}"
    if isinstance(item, Comment) and isinstance(item.on, Post):
        post_url = permalink(item.on)
        return f"{post_url}?comment_id={item.id}"
    return ""


def business_party(conversation: Conversation) -> dict[str, Any]:
    page = conversation.page
    if conversation.platform == "instagram" and page.ig is not None:
        return {"username": page.ig.username, "id": page.ig.id}
    return {"name": page.name, "email": f"{page.id}@facebook.com", "id": page.id}


def customer_party(customer: Customer) -> dict[str, Any]:
    if customer.platform == "instagram":
        return {"username": customer.username, "id": customer.id}
    return {"name": customer.name, "email": f"{customer.id}@facebook.com", "id": customer.id}


def conversation_field(conversation: Conversation, name: str, *, can_reply: bool) -> Any:
    """``can_reply``: whether the Page may still answer (the server knows the window)."""
    people = [customer_party(conversation.customer), business_party(conversation)]
    return {
        "updated_time": graph_time(conversation.updated_time),
        "link": f"/{conversation.page.id}/inbox/{conversation.id}",
        "message_count": len(conversation.messages),
        "unread_count": 0,
        "snippet": conversation.messages[-1].text[:100],
        "can_reply": can_reply,
        "participants": {"data": people},
        "senders": {"data": people},
        "former_participants": {"data": []},
        "is_subscribed": True,
        "scoped_thread_key": conversation.id,
    }.get(name)


def message_field(message: Message, name: str) -> Any:
    conversation = message.conversation
    customer = customer_party(conversation.customer)
    business = business_party(conversation)
    sender, recipient = (customer, business) if message.from_customer else (business, customer)
    return {
        "created_time": graph_time(message.created_time),
        "from": sender,
        "to": {"data": [recipient]},
        "message": message.text,
        "tags": {"data": [{"name": "inbox"}, {"name": "read"}]},
        "is_unsupported": False,
    }.get(name)


def post_field(post: Post, name: str) -> Any:
    author = (
        {"name": post.author.name, "id": post.author.id}
        if post.author
        else {"name": post.page.name, "id": post.page.id}
    )
    return {
        "created_time": graph_time(post.created_time),
        "updated_time": graph_time(post.created_time),
        "message": post.message or None,
        "from": author,
        "permalink_url": permalink(post),
        "status_type": "mobile_status_update",
        "is_published": True,
    }.get(name)


def media_field(media: Media, name: str) -> Any:
    return {
        "caption": media.caption,
        "timestamp": graph_time(media.created_time),
        "permalink": permalink(media),
        "media_type": "IMAGE",
        "media_product_type": "FEED",
        "media_url": f"https://scontent.cdninstagram.com/{media.id}.jpg",
        "comments_count": len(media.comments) + sum(len(c.replies) for c in media.comments),
        "like_count": 0,
        "username": media.ig.username,
        "owner": {"id": media.ig.id},
        "shortcode": permalink(media).rstrip("/").rsplit("/", 1)[-1],
        "is_comment_enabled": True,
    }.get(name)


def instagram_comment_field(comment: Comment, name: str) -> Any:
    assert isinstance(comment.on, Media)
    who = (
        {"id": comment.author.id, "username": comment.author.username}
        if comment.author
        else {"id": comment.on.ig.id, "username": comment.on.ig.username}
    )
    return {
        "text": comment.text,
        "timestamp": graph_time(comment.created_time),
        "username": who["username"],
        "from": who,
        "like_count": 0,
        "parent_id": comment.parent.id if comment.parent else None,
        "hidden": False,
        "media": {"id": comment.on.id, "media_product_type": "FEED"},
        "legacy_instagram_comment_id": comment.id,
    }.get(name)


@dataclass(frozen=True)
class Reference:
    """A field whose value is another node, rendered with its own fields (``parent{id}``)."""

    item: Any
    defaults: tuple[str, ...]


def id_of(item: Any) -> str:
    return str(item.id)


def sort_time(item: Any) -> str:
    moment = getattr(item, "created_time", None)
    if isinstance(item, Conversation):
        moment = item.updated_time
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%f") if isinstance(moment, datetime) else ""


def is_facebook(item: Any) -> bool:
    return isinstance(item, Post) or (isinstance(item, Comment) and item.platform == "facebook")


def is_instagram(item: Any) -> bool:
    return isinstance(item, (IgUser, Media)) or (
        isinstance(item, Comment) and item.platform == "instagram"
    )


def node_type(item: Any) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """A node's Graph type name, its fields and its default fields."""
    if isinstance(item, User):
        return "User", USER_FIELDS, ("id", "name")
    if isinstance(item, Page):
        return "Page", PAGE_FIELDS, ("id", "name")
    if isinstance(item, IgUser):
        return "IGUser", IG_USER_FIELDS, ("id",)
    if isinstance(item, Conversation):
        return "UnifiedThread", CONVERSATION_FIELDS, ("id", "updated_time")
    if isinstance(item, Message):
        return "Message", MESSAGE_FIELDS, ("id", "created_time")
    if isinstance(item, Post):
        return "Post", POST_FIELDS, ("id", "created_time", "message")
    if isinstance(item, Media):
        return "IGMedia", MEDIA_FIELDS, ("id",)
    if isinstance(item, Comment) and item.platform == "facebook":
        return "Comment", COMMENT_FIELDS, ("id", "created_time", "from", "message")
    return "IGComment", IG_COMMENT_FIELDS, ("id", "text", "timestamp")


EDGES: dict[str, frozenset[str]] = {
    "User": frozenset({"accounts"}),
    "Page": frozenset({"conversations", "feed", "posts", "published_posts"}),
    "IGUser": frozenset({"media"}),
    "UnifiedThread": frozenset({"messages"}),
    "Post": frozenset({"comments"}),
    "IGMedia": frozenset({"comments"}),
    "Comment": frozenset({"comments"}),
    "IGComment": frozenset({"replies"}),
    "Message": frozenset(),
}


def edge_names(item: Any) -> frozenset[str]:
    return EDGES[node_type(item)[0]]
