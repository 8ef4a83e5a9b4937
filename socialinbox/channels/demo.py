"""The demo channel: realistic sample conversations from many networks, no network needed.

The first sync delivers the bundled messages with times relative to that
moment (the "seeding"); the second delivers a scripted later batch in which the
cornbread guest writes again, one message is edited and one deleted. Replies
"send" to an in-process demo network, which answers them in later fetches like a
real network shows the account's own posts. The account setting ``offline``
makes every call fail as if the network were unreachable.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from socialinbox.bundled import resource_path
from socialinbox.channels.bluesky_network import BLUESKY, BLUESKY_NETWORK
from socialinbox.channels.demo_networks import DEMO_NETWORKS
from socialinbox.channels.google_reviews_network import GOOGLE_REVIEWS, GOOGLE_REVIEWS_NETWORK
from socialinbox.channels.mastodon_network import MASTODON, MASTODON_NETWORK
from socialinbox.channels.matrix_network import (
    MATRIX,
    MATRIX_NETWORK,
    SIGNAL,
    SIGNAL_NETWORK,
    SLACK,
    SLACK_NETWORK,
    WHATSAPP,
    WHATSAPP_NETWORK,
)
from socialinbox.channels.meta_network import FACEBOOK, INSTAGRAM
from socialinbox.channels.review_mail.networks import YELP
from socialinbox.channels.telegram_network import TELEGRAM, TELEGRAM_NETWORK
from socialinbox.channels.wordpress_network import WORDPRESS, WORDPRESS_NETWORK
from socialinbox.channels.x_network import X_NETWORK, X
from socialinbox.clock import Clock
from socialinbox.core.connector import (
    AuthorRef,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    MalformedItem,
    OfflineError,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    SettingField,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.names import CONTEXT_KIND, EMAIL, GUEST, MESSAGE_KINDS, PHONE
from socialinbox.core.networks import Network
from socialinbox.core.textlimit import measure
from socialinbox.settings import QT_TRANSLATE_NOOP

DEMO_DATA = ("demo", "demo_messages.json")
DEMO_TEXT_LIMIT = 500
BATCH_SIZE = 200
BUSINESS_KEY = "the-business"
# Every network the sample messages come from (and the demo "sends" on).
DEMO_CHANNELS: tuple[str, ...] = (
    MASTODON,
    BLUESKY,
    X,
    FACEBOOK,
    INSTAGRAM,
    GOOGLE_REVIEWS,
    EMAIL,
    TELEGRAM,
    MATRIX,
    WHATSAPP,
    SIGNAL,
    SLACK,
    WORDPRESS,
    YELP,
    PHONE,
    GUEST,
)
# A reply on a network that declares its limit is held to it, as that network's own
# connector would hold it; on the others, to DEMO_TEXT_LIMIT.
DECLARED_LIMITS: dict[str, TextLimit] = {
    n.name: n.text_limit
    for n in (
        MASTODON_NETWORK,
        BLUESKY_NETWORK,
        TELEGRAM_NETWORK,
        MATRIX_NETWORK,
        WHATSAPP_NETWORK,
        SIGNAL_NETWORK,
        SLACK_NETWORK,
        WORDPRESS_NETWORK,
        X_NETWORK,
        GOOGLE_REVIEWS_NETWORK,
        *DEMO_NETWORKS,
    )
    if n.text_limit is not None
}


def load_demo_data(path: Path | None = None) -> dict[str, Any]:
    source = path or resource_path(*DEMO_DATA)
    with source.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass
class _DemoNetwork:
    """The in-process "server" that demo replies are sent to."""

    sent: dict[str, tuple[OutgoingReply, datetime]] = field(default_factory=dict)
    delivered: set[str] = field(default_factory=set)


# One demo network per account uuid, shared by every connector in this process.
_NETWORKS: dict[str, _DemoNetwork] = {}


def parse_item(raw: Mapping[str, Any], base: datetime, now: datetime) -> FetchedMessage:
    """One bundled message as the network would report it. Raises ValueError if malformed."""
    try:
        channel = str(raw["channel"])
        kind = str(raw["kind"])
        author = raw["author"]
        remote_id = str(raw["id"])
        minutes_ago = int(raw["minutes_ago"])
        text = raw["text"]
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"missing or wrong field: {exc}") from exc
    if channel not in DEMO_CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if kind not in MESSAGE_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    if not isinstance(raw, Mapping):
        raise ValueError("an item must be an object")
    if not isinstance(text, str) or not isinstance(author, Mapping) or not author.get("key"):
        raise ValueError("text must be a string and the author must have a key")
    rating = raw.get("rating")
    if rating is not None and (not isinstance(rating, int) or isinstance(rating, bool)):
        raise ValueError("rating must be a whole number")
    edited_at = None
    if raw.get("edit_of"):
        edited_at = now - timedelta(minutes=int(raw.get("edited_minutes_ago") or 0))
    return FetchedMessage(
        remote_id=remote_id,
        channel=channel,
        kind=kind,
        author=AuthorRef(
            channel=channel,
            key=str(author["key"]),
            handle=_optional_text(author, "handle"),
            display_name=_optional_text(author, "name"),
            profile_url=_optional_text(author, "url"),
        ),
        text=text,
        created_at=base - timedelta(minutes=minutes_ago),
        inbound=raw.get("direction", "in") != "out",
        thread_remote_id=_optional_text(raw, "thread") or remote_id,
        in_reply_to_remote_id=_optional_text(raw, "in_reply_to"),
        subject=_optional_text(raw, "subject"),
        url=_optional_text(raw, "url"),
        rating=rating,
        edited_at=edited_at,
        deleted=bool(raw.get("delete_of")),
        # A group room's other messages, shown around the mention, as Matrix delivers them.
        context_only=kind == CONTEXT_KIND,
    )


def parse_items(
    items: list[Any], base: datetime, seeded_at: datetime, now: datetime
) -> tuple[list[FetchedMessage], list[MalformedItem]]:
    """Each bundled item as a message, or set aside when it cannot be one (never raises):
    new messages are timed from ``base``, edits and deletions from ``seeded_at``."""
    messages: list[FetchedMessage] = []
    malformed: list[MalformedItem] = []
    for raw in items:
        try:
            is_change = isinstance(raw, Mapping) and (raw.get("edit_of") or raw.get("delete_of"))
            messages.append(parse_item(raw, seeded_at if is_change else base, now))
        except (ValueError, TypeError, OverflowError) as exc:
            remote_id = raw.get("id") if isinstance(raw, Mapping) else None
            malformed.append(
                MalformedItem(
                    None if remote_id is None else str(remote_id),
                    str(exc)[:500],
                    json.dumps(raw, default=str)[:10_000],
                )
            )
    return messages, malformed


def _optional_text(raw: Mapping[str, Any], name: str) -> str | None:
    value = raw.get(name)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    return value


class DemoConnector:
    kind: ClassVar[str] = "demo"
    # Like Mastodon: a repeated idempotency key is recognised for one hour.
    idempotency_window: ClassVar[timedelta | None] = timedelta(hours=1)

    def __init__(self, context: ConnectorContext, data: Mapping[str, Any] | None = None) -> None:
        self._account = context.account
        self._clock: Clock = context.clock
        self._data = data
        self._network = _NETWORKS.setdefault(context.account.uuid, _DemoNetwork())

    @property
    def offline(self) -> bool:
        value = self._account.settings.get("offline", False)
        return str(value).strip().lower() in ("1", "true", "yes", "on")

    def _check_online(self) -> None:
        if self.offline:
            raise OfflineError("the demo network is offline (switched off in the account)")

    def _load(self) -> Mapping[str, Any]:
        if self._data is None:
            self._data = load_demo_data()
        return self._data

    async def verify(self) -> VerifiedAccount:
        self._check_online()
        business = self._load().get("business", {})
        return VerifiedAccount(handle="demo", display_name=business.get("name", "Demo business"))

    def text_limit(self) -> TextLimit:
        return TextLimit(DEMO_TEXT_LIMIT, "characters")

    def text_limit_for(self, channel: str) -> TextLimit:
        return DECLARED_LIMITS.get(channel) or self.text_limit()

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        self._check_online()
        now = self._clock.now()
        state = json.loads(cursor) if cursor else {}
        stage = int(state.get("stage", 0))
        seeded_at = datetime.fromisoformat(state["seeded_at"]) if "seeded_at" in state else now
        data = self._load()
        if stage == 0:
            items, base = data.get("messages", []), now
        elif stage == 1:
            items, base = data.get("second_batch", []), now
        else:
            items, base = [], now
        # Edits and deletions refer to messages timed from the seeding moment.
        for start in range(0, max(len(items), 1), BATCH_SIZE):
            chunk = items[start : start + BATCH_SIZE]
            messages, malformed = parse_items(chunk, base, seeded_at, now)
            last = start + BATCH_SIZE >= len(items)
            next_state = {"stage": min(stage + 1, 2) if last else stage, "seeded_at": ""}
            next_state["seeded_at"] = seeded_at.isoformat()
            if not last:
                # Resuming mid-stage would repeat this stage: harmless, ingest is idempotent.
                next_state["stage"] = stage
            messages.extend(self._sent_replies())
            yield FetchBatch(tuple(messages), json.dumps(next_state), tuple(malformed))

    def _sent_replies(self) -> list[FetchedMessage]:
        """Replies sent to the demo network come back as the account's own posts."""
        replies = []
        for remote_id, (reply, sent_at) in self._network.sent.items():
            if remote_id in self._network.delivered:
                continue
            self._network.delivered.add(remote_id)
            replies.append(
                FetchedMessage(
                    remote_id=remote_id,
                    channel=reply.channel,
                    kind="reply",
                    author=AuthorRef(reply.channel, BUSINESS_KEY, "you", "You"),
                    text=reply.text,
                    created_at=sent_at,
                    inbound=False,
                    thread_remote_id=reply.thread_remote_id,
                    in_reply_to_remote_id=reply.in_reply_to,
                )
            )
        return replies

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        self._check_online()
        limit = self.text_limit_for(reply.channel)
        if measure(reply.text, limit.unit) > limit.max_length:
            raise PermanentError(
                f"the demo network takes at most {limit.max_length} {limit.unit} on {reply.channel}"
            )
        remote_id = f"demo-reply-{idempotency_key}"
        if remote_id not in self._network.sent:
            self._network.sent[remote_id] = (reply, self._clock.now())
        return SentReceipt(remote_id=remote_id, sent_at=self._network.sent[remote_id][1])

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        self._check_online()
        found = self._network.sent.get(f"demo-reply-{idempotency_key}")
        if found is None:
            return None
        return SentReceipt(remote_id=f"demo-reply-{idempotency_key}", sent_at=found[1])


class DemoConnectorFactory:
    kind: ClassVar[str] = "demo"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Demo (sample messages)")
    channels: ClassVar[tuple[str, ...]] = DEMO_CHANNELS
    # Only the networks no real connector declares yet (see demo_networks).
    networks: ClassVar[tuple[Network, ...]] = DEMO_NETWORKS
    needs_secret: ClassVar[bool] = False
    secret_label: ClassVar[str] = ""
    secret_help: ClassVar[str] = ""
    base_url_label: ClassVar[str | None] = None
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = (
        SettingField(
            "offline",
            QT_TRANSLATE_NOOP("Connector", "Pretend the network is unreachable"),
            required=False,
        ),
    )

    def create(self, context: ConnectorContext) -> DemoConnector:
        return DemoConnector(context)
