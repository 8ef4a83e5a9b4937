"""The connector interface every channel implements.

A connector turns one network's API into :class:`FetchedMessage` batches and
sends replies. Network specifics (auth, paging, rate limits, JSON mapping) stay
inside the connector. Capabilities are ``typing.Protocol`` classes: a connector
that can send implements :class:`CanSend` too, one that can check whether an
earlier send arrived implements :class:`CanLookUpSent`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, runtime_checkable

from socialinbox.clock import Clock
from socialinbox.core.rate_limits import RateLimitBook

if TYPE_CHECKING:
    # Named in annotations only: a command that talks to no network never imports httpx.
    import httpx

    from socialinbox.core.api_quota import QuotaBook

# How long one network request may take in all, its answer's last byte included, unless
# the context names another deadline (see ConnectorContext.request_deadline).
DEFAULT_REQUEST_DEADLINE = timedelta(seconds=60)

# -- what a connector hands over -------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthorRef:
    """Who wrote a message. ``key`` is the stable key on ``channel`` (see core.networks)."""

    channel: str
    key: str
    handle: str | None = None
    display_name: str | None = None
    profile_url: str | None = None


@dataclass(frozen=True, slots=True)
class FetchedMessage:
    """One message as the network reports it.

    ``thread_remote_id`` is the remote id of the first message of its
    conversation (itself for a root). An item with ``deleted=True`` marks an
    earlier message deleted; one with ``edited_at`` set replaces its text when it
    is newer than what is stored. ``context_only`` marks a message shown in its
    thread for context but asking nothing of anyone (the rest of a group chat
    around a mention): stored read, never waiting for a reply, raising no reminder.
    """

    remote_id: str
    channel: str
    kind: str
    author: AuthorRef
    text: str
    created_at: datetime
    inbound: bool = True
    thread_remote_id: str | None = None
    in_reply_to_remote_id: str | None = None
    subject: str | None = None
    url: str | None = None
    rating: int | None = None
    edited_at: datetime | None = None
    deleted: bool = False
    context_only: bool = False


@dataclass(frozen=True, slots=True)
class MalformedItem:
    """An item the connector could not understand; set aside and counted, never fatal."""

    remote_id: str | None
    error: str
    payload: str


@dataclass(frozen=True, slots=True)
class FetchBatch:
    """Messages plus the cursor that is safe to store once they are stored.

    The cursor is committed in the same transaction as the messages, so a crash
    between batches never skips or loses one.

    ``notice`` is something the account's owner should know about what was read (X's
    800-mention reach cut a catch-up short): shown with the account's state until its
    next sync, without making the sync a failure.
    """

    messages: tuple[FetchedMessage, ...]
    cursor: str | None
    malformed: tuple[MalformedItem, ...] = ()
    notice: str | None = None


def joined(batches: Sequence[FetchBatch]) -> FetchBatch:
    """Batches fetched one after the other, as one to store in one transaction: their
    messages and set-aside items in order, the last cursor given (it covers them all) and
    the last notice. Storing it comes to storing them in turn (a later edit or deletion
    of a message has the last word either way), with one set of per-transaction checks
    instead of one per batch."""
    if len(batches) == 1:
        return batches[0]
    cursor = next((b.cursor for b in reversed(batches) if b.cursor is not None), None)
    notice = next((b.notice for b in reversed(batches) if b.notice is not None), None)
    return FetchBatch(
        tuple(m for b in batches for m in b.messages),
        cursor,
        tuple(m for b in batches for m in b.malformed),
        notice,
    )


@dataclass(frozen=True, slots=True)
class TextLimit:
    """How long a reply may be, and how the network counts it."""

    max_length: int
    unit: Literal["characters", "graphemes", "bytes"] = "characters"


@dataclass(frozen=True, slots=True)
class OutgoingReply:
    """A reply to send. ``in_reply_to`` is the remote id of the message answered.

    ``customer_wrote_at`` is when the customer last wrote in the conversation, as stored
    (None: unknown, or a follow-up outside any conversation): networks whose replies have
    a window (Meta's, see core.messaging_window) choose how to send with it.
    ``by_person``: a person wrote this reply for this customer (not a message sent
    automatically or to many), which some networks allow later than others."""

    text: str
    channel: str
    in_reply_to: str | None
    thread_remote_id: str | None
    recipient: str | None
    subject: str | None = None
    customer_wrote_at: datetime | None = None
    by_person: bool = True


@dataclass(frozen=True, slots=True)
class SentReceipt:
    remote_id: str
    url: str | None = None
    sent_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class AccountConfig:
    """What a connector knows about its account. Never holds the secret itself."""

    id: int
    uuid: str
    kind: str
    name: str
    base_url: str | None = None
    handle: str | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)
    connected_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class VerifiedAccount:
    """Who the credentials belong to, as the network says.

    ``settings`` are facts learnt while verifying that the connector needs later
    without asking the network again (the server's reply limit, the account's
    remote id); they are merged into the account's settings when it is saved.
    Never a secret.

    ``secret_to_keep`` is what the keychain keeps as the account's secret instead of
    the one typed, when the typed one only served to sign in (a Matrix password
    exchanged for an access token): the connector is later created with it as
    ``ConnectorContext.secret``. None keeps the typed secret. Never shown or logged.
    """

    handle: str
    display_name: str | None = None
    settings: Mapping[str, str] = field(default_factory=dict)
    secret_to_keep: str | None = field(default=None, repr=False)


# -- errors ---------------------------------------------------------------


class ChannelError(Exception):
    """Base of every error a connector raises. The message is shown to the user.

    ``may_have_reached_server`` is the one notion of "this request may have been
    carried out": True when a request that changes something (a post, a sent
    e-mail) may have reached the server although no answer says so — a read
    timeout or a dropped connection after sending, a gateway error, an answer
    that cannot be read. Sending it again could then do it twice, so the outbox
    checks first (see ``sync.sender``). False whenever the request certainly was
    not carried out (a refused connection, an error answer from the server) and
    for requests that change nothing.
    """

    def __init__(self, *args: object, may_have_reached_server: bool = False) -> None:
        super().__init__(*args)
        self.may_have_reached_server = may_have_reached_server


class AuthenticationError(ChannelError):
    """The credentials were refused: the user must re-authenticate the account."""


class RateLimitedError(ChannelError):
    """The network asked to wait until ``retry_at`` (a 429, a 503 with ``Retry-After``)."""

    def __init__(self, message: str, retry_at: datetime) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class TransientError(ChannelError):
    """Worth retrying later: a timeout, a dropped connection, a 5xx."""


class OfflineError(TransientError):
    """The network cannot be reached at all (the request certainly did not leave)."""


class PermanentError(ChannelError):
    """Retrying will not help: the request itself is wrong."""


class ReplyMustWait(ChannelError):
    """The network cannot take this reply now for a reason someone must fix elsewhere
    (a Telegram Business owner who disabled the bot or took its right to reply). The
    request certainly did not leave: the reply waits in the queue with this message as
    its reason and is tried again at ``retry_at``; it neither fails nor counts as an
    attempt that may have arrived."""

    def __init__(self, message: str, retry_at: datetime) -> None:
        super().__init__(message)
        self.retry_at = retry_at


class MalformedItemError(ChannelError):
    """One item of a response could not be understood."""


# -- capabilities -----------------------------------------------------------


@runtime_checkable
class Connector(Protocol):
    """Every connector verifies credentials, fetches, and describes its limits."""

    kind: ClassVar[str]

    async def verify(self) -> VerifiedAccount:
        """Check the credentials against the network; raise AuthenticationError if refused."""
        ...

    def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """Yield batches of messages newer than ``cursor``, oldest batch first."""
        ...

    def text_limit(self) -> TextLimit: ...


class ConfirmsOnNextPage(Protocol):
    """A connector whose request for the next page tells the network that the previous
    one was received, so that the network forgets it (Telegram's ``getUpdates`` offset).

    The sync engine reads such a connector one batch at a time: a page is asked for only
    once the one before is stored, or a kill in between would lose it. Every other
    connector is read ahead of the writer (the next page comes while the previous one is
    stored)."""

    fetch_confirms_previous: ClassVar[bool]


def may_read_ahead(connector: object) -> bool:
    """Whether the engine may fetch the next batch before the previous one is stored."""
    return getattr(connector, "fetch_confirms_previous", False) is not True


@runtime_checkable
class LimitsPerNetwork(Protocol):
    """A connector that reaches several networks with different reply limits (the demo):
    the limit on ``channel``, which callers ask for instead of :meth:`Connector.text_limit`."""

    def text_limit_for(self, channel: str) -> TextLimit: ...


def reply_limit(connector: Connector, channel: str) -> TextLimit:
    """How long a reply on ``channel`` may be through ``connector``."""
    if isinstance(connector, LimitsPerNetwork):
        return connector.text_limit_for(channel)
    return connector.text_limit()


@runtime_checkable
class CanSend(Protocol):
    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """Send once. The same key on a retry must not create a second message."""
        ...


class HonoursIdempotency(Protocol):
    """A connector whose network drops a second request with the same idempotency key.

    ``idempotency_window`` is how long the network remembers a key (Mastodon: one
    hour); None, or no such attribute, means it offers no idempotency at all. A
    reply whose first attempt is older than the window is never sent again.
    """

    idempotency_window: ClassVar[timedelta | None]


def idempotency_window(connector: object) -> timedelta | None:
    """The connector's idempotency window, None when its network has none."""
    window = getattr(connector, "idempotency_window", None)
    return window if isinstance(window, timedelta) and window > timedelta(0) else None


@runtime_checkable
class CanLookUpSent(Protocol):
    """A connector that can tell whether an earlier send arrived (after a crash mid-send).

    Its optional ``sent_lookup_is_certain`` says whether ``find_sent`` returning
    None means the reply certainly did not arrive: True where the look-up reads
    the network's own record of the account's posts at once; False (the default)
    where a reply may have arrived without showing there yet — e-mail, whose
    Sent copy is saved after the SMTP server accepted the message, or an index
    that lags. Without certainty and without idempotency, a reply not found is
    never sent again: a person decides (``outcome_unknown``).
    """

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """Whether an earlier send with this key arrived (after a crash mid-send)."""
        ...


def sent_lookup_is_certain(connector: object) -> bool:
    return getattr(connector, "sent_lookup_is_certain", False) is True


class NewsUnavailable(ChannelError):
    """The server cannot announce new messages (e.g. an IMAP server without IDLE)."""


@runtime_checkable
class CanWaitForNews(Protocol):
    """A connector whose server can announce new messages (IMAP IDLE), so that the engine
    syncs the account at once instead of at its next interval."""

    async def wait_for_news(self, timeout: float) -> bool:
        """True as soon as the server announces news, False after ``timeout`` seconds
        without any; NewsUnavailable when this server cannot announce (then it is polled)."""
        ...

    async def aclose(self) -> None:
        """Close what waiting kept open."""
        ...


@dataclass(frozen=True, slots=True)
class SettingField:
    """One non-secret setting an account of this kind needs (for the CLI and dialog)."""

    key: str
    label: str
    required: bool = True
    default: str | None = None


@dataclass(frozen=True, slots=True)
class AccessNotice:
    """What a network demands before its API works for a business — a paid plan, an app
    review, an approval — in one sentence, with the page that explains it. The accounts
    dialog shows it before the user starts (a factory's optional ``access_notice``)."""

    sentence: str
    link: str


def access_notice(factory: object) -> AccessNotice | None:
    """The factory's access notice; None for a kind that needs nothing special."""
    notice = getattr(factory, "access_notice", None)
    return notice if isinstance(notice, AccessNotice) else None


class SessionSlot(Protocol):
    """Where a connector keeps state it must not lose but nobody may read: session tokens.

    Backed by the keychain (see secrets.SecretSlot); never the database or settings.
    """

    def load(self) -> str | None: ...

    def save(self, value: str | None) -> None: ...


@dataclass(frozen=True, slots=True)
class ConnectorContext:
    """What a factory hands to each connector it creates."""

    account: AccountConfig
    secret: str | None
    http: httpx.AsyncClient | None
    clock: Clock
    session: SessionSlot | None = None
    # The account's waits, shared by every process (None: the connector keeps its own).
    rate_limits: RateLimitBook | None = None
    # The longest one request (or one mail command) may take, answer included.
    request_deadline: timedelta = DEFAULT_REQUEST_DEADLINE
    # The keychain entry that holds ``secret``. A connector whose secret is renewed while it
    # works (an OAuth access token refreshed before it expires) saves the new one here at
    # once, so that the next connector of the account, in any process, starts with it; and
    # reads it again before concluding that its own renewal was refused (another process
    # may have renewed first). None: nowhere to keep a renewal (it lasts as long as the
    # connector). While an account is verified before it is saved, this is a draft that
    # becomes the kept secret if the account is saved.
    account_secret: SessionSlot | None = None
    # The account's daily API quota, counted for every process (a network that charges
    # units per call, YouTube's; None: the connector keeps its own count).
    quota: QuotaBook | None = None


class ConnectorFactory(Protocol):
    """Registered under an entry point in the ``socialinbox.channels`` group.

    The account dialog and ``accounts add`` build their questions from these
    attributes: a ``None`` label means the kind does not ask for that value.

    A factory also declares ``networks``: a tuple of ``core.networks.Network``
    (name, label, icon, text limit, and the rule that normalises an identity's
    key as delivered and as typed to link someone by hand), best defined in a
    light module the registry can import without the connector. The networks of
    a factory without it (a plug-in written before) keep user ids as given.
    ``core.networks`` says who declares which network.
    """

    kind: ClassVar[str]
    label: ClassVar[str]
    # The networks its messages come from (one for a single-network connector).
    channels: ClassVar[tuple[str, ...]]
    needs_secret: ClassVar[bool]
    secret_label: ClassVar[str]
    # Where the user gets the secret ("Create an app password at …"); shown beside the field.
    secret_help: ClassVar[str]
    base_url_label: ClassVar[str | None]
    default_base_url: ClassVar[str | None]
    handle_label: ClassVar[str | None]
    setting_fields: ClassVar[tuple[SettingField, ...]]

    def create(self, context: ConnectorContext) -> Connector: ...


class ConnectorFactories(Protocol):
    """Where the core finds the factory for an account's kind: the channels' registry
    satisfies it, so that core never imports the channels that implement it."""

    def get(self, kind: str) -> ConnectorFactory:
        """The factory of ``kind``; a LookupError when no installed connector has it."""
        ...


OpenBrowser = Callable[[str], object]


@dataclass(frozen=True, slots=True)
class OAuthApp:
    """This app as registered with a network by whoever runs it (per machine: see the
    ``oauth_client_id_*`` settings). ``client_secret`` only where the network issues one
    and asks for it at its token endpoint; it is never logged."""

    client_id: str
    client_secret: str | None = field(default=None, repr=False)


@runtime_checkable
class SignsInWithBrowser(Protocol):
    """A factory whose network offers a browser sign-in (OAuth) besides a pasted secret.

    A factory whose network needs an app registered by whoever runs Social Inbox also
    declares ``oauth_provider`` (a str: the suffix of the ``oauth_client_id_*`` setting);
    the caller then passes that registration as ``app`` (None when it is not set up).
    Mastodon registers an app of its own on each server and declares none."""

    async def sign_in(
        self,
        base_url: str,
        http: httpx.AsyncClient,
        open_browser: OpenBrowser,
        *,
        app: OAuthApp | None = None,
    ) -> str:
        """Run the browser sign-in and return the secret to keep (the grant's tokens)."""
        ...


@runtime_checkable
class RevokesGrant(Protocol):
    """A factory whose network can end a grant: called when its account is removed, so
    that the network forgets the access this app was given."""

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant held in ``context.secret``; a grant already gone is no error."""
        ...
