"""The Google reviews connector: the reviews of every location a Business Profile account
manages, and the owner's replies, through Google's Business Profile APIs.

What it reads (developers.google.com/my-business/reference):

- the accounts of the sign-in: ``GET mybusinessaccountmanagement …/v1/accounts``;
- each account's locations: ``GET mybusinessbusinessinformation …/v1/{account}/locations``
  with ``readMask=name,title,metadata.mapsUri``;
- each location's reviews: ``GET mybusiness …/v4/{account}/{location}/reviews`` with
  ``orderBy=updateTime desc`` and ``pageSize=50`` (the maximum), following
  ``nextPageToken``. A new or edited review moves to the top, so a round reads down to
  the last ``updateTime`` it had seen and stops there. The first round of a location
  reads its newest page only. A reply the owner makes elsewhere (on Google, on a phone)
  need not move its review up the list (Google's documentation does not say): a round
  also reads down to the oldest review still waiting for an answer (of the last
  :data:`WATCH_FOR`, the newest :data:`WATCH_AT_MOST`), whose reply it then finds.
  A location's pages are handed over together, oldest first, with the cursor that is
  safe once they are stored; a round cut short (a rate limit) hands over what it read
  without moving that location's cursor, so the next round reads it again (stored
  reviews are recognised) and misses nothing.

Replies: ``PUT …/v4/{review}/reply`` with ``{"comment"}`` creates or replaces the one
reply a review has. Sending the same words again changes nothing, so a send whose answer
was lost is simply sent again (``idempotency_window``). Requests, errors and rate limits:
:mod:`socialinbox.channels.google_api`. A location Google will not show the reviews of
(not verified, access withdrawn) is skipped with its reason as the round's notice.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar, Final
from urllib.parse import urlsplit

from socialinbox.channels.google_api import GoogleApi, GoogleRefused
from socialinbox.channels.google_reviews_network import (
    GOOGLE_REVIEWS,
    GOOGLE_REVIEWS_NETWORK,
    REPLY_BYTES,
)
from socialinbox.channels.google_reviews_parse import (
    FROM_THE_START,
    REPLY_SUFFIX,
    REVIEW_NAME,
    Cursor,
    Location,
    LocationState,
    MalformedReview,
    Page,
    ParsedReview,
    account_label,
    account_names,
    locations_of,
    malformed,
    parse_review,
    parse_time,
    updated_at,
)
from socialinbox.channels.http import MalformedResponseError
from socialinbox.channels.oauth_providers import GOOGLE_REVIEWS_KIND
from socialinbox.channels.oauth_session import OAuthSession
from socialinbox.channels.oauth_signin import SignsInWithOAuth, oauth_session, revoke_grant
from socialinbox.core.connector import (
    AccessNotice,
    ChannelError,
    ConnectorContext,
    FetchBatch,
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

# The reviews API's host, which is also the account's address; the account and location
# listings have hosts of their own. An account at another address (a test server) finds
# all three there.
REVIEWS_HOST: Final = "https://mybusiness.googleapis.com"
ACCOUNTS_HOST: Final = "https://mybusinessaccountmanagement.googleapis.com"
LOCATIONS_HOST: Final = "https://mybusinessbusinessinformation.googleapis.com"
# The documented maxima of pageSize.
REVIEWS_PAGE: Final = 50
ACCOUNTS_PAGE: Final = 20
LOCATIONS_PAGE: Final = 100
# How many pages one listing reads at most in a round (reviews: 2,000 of one location).
MAX_PAGES: Final = 40
LOCATION_FIELDS: Final = "name,title,metadata.mapsUri"
# How long a review without an answer is watched for a reply made elsewhere, and how many
# of a location's at most (the newest): each round reads down to the oldest of them.
WATCH_FOR: Final = timedelta(days=14)
WATCH_AT_MOST: Final = 100
# A reply sent again replaces the same reply with the same words: safe for this long
# after the first attempt (later, the owner may have changed it on Google meanwhile).
REPLY_IS_IDEMPOTENT_FOR: Final = timedelta(days=7)
# The account's buckets of requests (one per API: Google counts each API's calls apart).
BUCKET_ACCOUNTS: Final = "google:business-accounts"
BUCKET_LOCATIONS: Final = "google:business-locations"
BUCKET_REVIEWS: Final = "google:reviews"
NETWORK_NAME: Final = "Google"
CUT_SHORT: Final = (
    "{title} had more than {count} changed reviews since the last sync: the older ones "
    "were not read; see them on Google"
)
NOT_READ: Final = "the reviews of {title} could not be read: {reason}"


@dataclass(frozen=True, slots=True)
class _Read:
    """What one location's round read: its reviews (newest first, as Google lists them),
    whether it went down to where it had to, and the error that cut it short."""

    reviews: tuple[Any, ...]
    complete: bool
    problem: ChannelError | None = None


class GoogleReviewsConnector:
    kind: ClassVar[str] = GOOGLE_REVIEWS
    # PUT …/reply is the same reply however often it is sent (see the module).
    idempotency_window: ClassVar[timedelta | None] = REPLY_IS_IDEMPOTENT_FOR

    def __init__(self, context: ConnectorContext) -> None:
        self._context = context
        self._clock = context.clock
        self._apis: tuple[GoogleApi, GoogleApi, GoogleApi] | None = None

    def _api(self, which: int) -> GoogleApi:
        """The accounts (0), locations (1) or reviews (2) API, with the account's grant
        opened on first use (a connector asked only for its limits has no secret)."""
        if self._apis is None:
            context = self._context
            session = oauth_session(GOOGLE_REVIEWS_KIND, context)
            hosts = api_hosts(context.account.base_url)
            self._apis = (
                self._google(hosts[0], session),
                self._google(hosts[1], session),
                self._google(hosts[2], session),
            )
        return self._apis[which]

    def _google(self, host: str, session: OAuthSession) -> GoogleApi:
        return GoogleApi.for_account(
            GOOGLE_REVIEWS_KIND, self._context, base_url=host, session=session, network=NETWORK_NAME
        )

    # -- verifying -------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """The sign-in's Business Profile accounts: the first one (the person's own, as
        Google lists it first) names the account."""
        body = await self._api(0).get_json(
            "/v1/accounts", {"pageSize": ACCOUNTS_PAGE}, bucket=BUCKET_ACCOUNTS
        )
        page = self._page(body, "accounts", self._api(0))
        names = account_names(page)
        if not names:
            raise PermanentError(
                "this Google sign-in manages no Business Profile: sign in with the Google "
                "account that owns or manages the business"
            )
        first = next(a for a in page.items if isinstance(a, Mapping) and a.get("name") == names[0])
        label = account_label(first)
        return VerifiedAccount(handle=label or names[0], display_name=label)

    def text_limit(self) -> TextLimit:
        return TextLimit(REPLY_BYTES, "bytes")

    # -- fetching --------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        """One batch per location (see the module); a failure that stops the round (a
        rate limit, a refused sign-in) is raised after the batch of what was read."""
        state = Cursor.load(cursor)
        locations = await self._locations()
        # Locations no longer managed are forgotten.
        state = Cursor({p: s for p, s in state.locations.items() if p in locations})
        notices: list[str] = []
        told = 0
        for location in locations.values():
            before = state.locations.get(location.parent)
            read = await self._read_location(location, before)
            if isinstance(read.problem, GoogleRefused):
                notices.append(NOT_READ.format(title=location.title, reason=read.problem))
                continue
            parsed, bad = _parse_all(read.reviews, location)
            if before is not None:
                # The last page goes below where this round had to read: what is there was
                # read before (or precedes the first round), and is not watched.
                floor = self._floor(before)
                parsed = [r for r in parsed if r.updated >= floor]
            if read.problem is None:
                if not read.complete:
                    notices.append(CUT_SHORT.format(title=location.title, count=len(parsed)))
                state = state.with_location(
                    location.parent, self._state_after(before, read, parsed)
                )
            messages = tuple(m for review in reversed(parsed) for m in review.messages)
            if messages or bad or read.problem is None:
                told = len(notices)
                yield FetchBatch(messages, state.dump(), bad, notice="; ".join(notices) or None)
            if read.problem is not None:
                raise read.problem
        if len(notices) > told or cursor is None:
            yield FetchBatch((), state.dump(), notice="; ".join(notices) or None)

    async def _locations(self) -> dict[str, Location]:
        """Every location of every account of the sign-in, by the reviews' parent (a
        location listed under two accounts is read once)."""
        accounts = [
            name
            for page in await self._pages(0, "/v1/accounts", {}, "accounts", BUCKET_ACCOUNTS)
            for name in account_names(page)
        ]
        found: dict[str, Location] = {}
        seen: set[str] = set()
        for account in accounts:
            pages = await self._pages(
                1,
                f"/v1/{account}/locations",
                {"readMask": LOCATION_FIELDS},
                "locations",
                BUCKET_LOCATIONS,
            )
            for page in pages:
                for location in locations_of(account, page):
                    own = location.parent.split("/", 2)[2]  # locations/{id}
                    if own not in seen:
                        seen.add(own)
                        found[location.parent] = location
        return found

    async def _pages(
        self, which: int, path: str, params: dict[str, Any], key: str, bucket: str
    ) -> list[Page]:
        """Every page of an account or location listing (at most MAX_PAGES)."""
        api = self._api(which)
        params = {**params, "pageSize": ACCOUNTS_PAGE if key == "accounts" else LOCATIONS_PAGE}
        pages: list[Page] = []
        for _ in range(MAX_PAGES):
            page = self._page(await api.get_json(path, params, bucket=bucket), key, api)
            pages.append(page)
            if page.next_token is None:
                break
            params = {**params, "pageToken": page.next_token}
        return pages

    async def _read_location(self, location: Location, before: LocationState | None) -> _Read:
        """The reviews to read of one location: its newest page at first; then down to
        the older of the mark and the oldest review watched (see the module)."""
        floor = None if before is None else self._floor(before)
        api = self._api(2)
        params: dict[str, Any] = {"pageSize": REVIEWS_PAGE, "orderBy": "updateTime desc"}
        reviews: list[Any] = []
        try:
            for _ in range(MAX_PAGES):
                body = await api.get_json(
                    f"/v4/{location.parent}/reviews", params, bucket=BUCKET_REVIEWS
                )
                page = self._page(body, "reviews", api)
                reviews.extend(page.items)
                if floor is None or page.next_token is None or _below(page, floor):
                    return _Read(tuple(reviews), complete=True)
                params = {**params, "pageToken": page.next_token}
        except ChannelError as exc:
            return _Read(tuple(reviews), complete=False, problem=exc)
        return _Read(tuple(reviews), complete=False)

    def _floor(self, state: LocationState) -> datetime:
        """How far down a location's round reads: its mark, or its oldest review still
        watched (of the last WATCH_FOR) when that is older."""
        watch_from = self._clock.now() - WATCH_FOR
        return min([state.mark, *(t for t in state.waiting.values() if t >= watch_from)])

    def _state_after(
        self, before: LocationState | None, read: _Read, parsed: list[ParsedReview]
    ) -> LocationState:
        """The location's reading once ``parsed`` is stored."""
        newest = max((r.updated for r in parsed), default=None)
        mark = max(filter(None, (before.mark if before else None, newest)), default=None)
        watch_from = self._clock.now() - WATCH_FOR
        waiting: dict[str, datetime] = {}
        if before is not None:
            for name, when in before.waiting.items():
                # A complete round went below every watched review: one it did not see
                # again is gone from the list (deleted), and no longer watched.
                if not read.complete and when >= watch_from:
                    waiting[name] = when
        for review in parsed:
            waiting.pop(review.name, None)
            if not review.answered and review.updated >= watch_from:
                waiting[review.name] = review.updated
        if len(waiting) > WATCH_AT_MOST:
            by_time = sorted(waiting.items(), key=lambda item: item[1])
            waiting = dict(by_time[len(by_time) - WATCH_AT_MOST :])
        # After a first round that found none, every later review is new.
        return LocationState(mark or FROM_THE_START, waiting)

    def _page(self, body: object, key: str, api: GoogleApi) -> Page:
        try:
            return Page.of(body, key)
        except MalformedReview as exc:
            raise MalformedResponseError(f"{api.where}: {exc}") from None

    # -- sending ---------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """``PUT …/v4/{review}/reply``: the review's one reply, created or replaced.
        ``idempotency_key`` is not sent: the request is idempotent by itself."""
        review = reply.in_reply_to
        if review is None or not REVIEW_NAME.fullmatch(review):
            raise PermanentError("a Google review is answered by replying to the review itself")
        api = self._api(2)
        response = await api.request(
            "PUT",
            f"/v4/{review}{REPLY_SUFFIX}",
            bucket=BUCKET_REVIEWS,
            json_body={"comment": reply.text},
            writes=True,
        )
        # Google took the reply (2xx): its answer only dates it.
        try:
            body = response.json()
            sent_at = parse_time(body.get("updateTime"), "updateTime")
        except (ValueError, AttributeError):
            sent_at = self._clock.now()
        return SentReceipt(remote_id=f"{review}{REPLY_SUFFIX}", sent_at=sent_at)


def api_hosts(base_url: str | None) -> tuple[str, str, str]:
    """Where the accounts, locations and reviews are asked: Google's three hosts for an
    account at Google's reviews API (or none), else all three at ``base_url``."""
    if not base_url or urlsplit(base_url).netloc == urlsplit(REVIEWS_HOST).netloc:
        return ACCOUNTS_HOST, LOCATIONS_HOST, REVIEWS_HOST
    address = base_url.rstrip("/")
    return address, address, address


def _below(page: Page, floor: datetime) -> bool:
    """Whether a page (newest first) reaches below ``floor``: the reviews after it are all
    older. A page whose last review has no readable time is not taken as proof."""
    oldest = updated_at(page.items[-1]) if page.items else None
    return oldest is not None and oldest < floor


def _parse_all(
    reviews: tuple[Any, ...], location: Location
) -> tuple[list[ParsedReview], tuple[MalformedItem, ...]]:
    """Each review read once (a review edited while the pages were read may show twice:
    the newest reading wins), and those set aside."""
    parsed: dict[str, ParsedReview] = {}
    bad: list[MalformedItem] = []
    for review in reviews:
        try:
            one = parse_review(review, location)
        except MalformedReview as exc:
            bad.append(malformed(review, str(exc)))
            continue
        if one.bad_reply is not None:
            bad.append(one.bad_reply)
        if one.name not in parsed or parsed[one.name].updated < one.updated:
            parsed[one.name] = one
    ordered = sorted(parsed.values(), key=lambda r: r.updated, reverse=True)
    return ordered, tuple(bad)


class GoogleReviewsConnectorFactory(SignsInWithOAuth):
    oauth = GOOGLE_REVIEWS_KIND
    access_notice: ClassVar[AccessNotice | None] = GOOGLE_REVIEWS_KIND.notice
    kind: ClassVar[str] = GOOGLE_REVIEWS
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Google reviews")
    channels: ClassVar[tuple[str, ...]] = (GOOGLE_REVIEWS,)
    networks: ClassVar[tuple[Network, ...]] = (GOOGLE_REVIEWS_NETWORK,)
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Access token")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "Sign in with the browser (this computer's Google app: Settings ▸ Apps), or paste "
        "an OAuth access token with the scope business.manage.",
    )
    base_url_label: ClassVar[str | None] = QT_TRANSLATE_NOOP("Connector", "API address")
    default_base_url: ClassVar[str | None] = REVIEWS_HOST
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = ()

    def create(self, context: ConnectorContext) -> GoogleReviewsConnector:
        return GoogleReviewsConnector(context)

    async def revoke(self, context: ConnectorContext) -> None:
        """End the grant at Google (``POST oauth2.googleapis.com/revoke``) when the account
        is removed."""
        await revoke_grant(GOOGLE_REVIEWS_KIND, context)
