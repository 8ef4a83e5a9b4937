"""Mastodon JSON to messages: Status and Account entities (docs.joinmastodon.org/entities).

A Status's ``content`` is HTML: it becomes the text a reader sees
(:func:`~socialinbox.channels.html_text.html_to_text`), with the content warning
(``spoiler_text``) as the subject and media described in brackets. An account's
``acct`` is ``user`` for accounts of the server itself and ``user@domain`` for
remote ones; the stable key is always ``user@domain``, lower-cased.

Also the small rules of paging (ids are numeric strings: compared as numbers)
and of reply texts (who a text already mentions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any
from urllib.parse import parse_qs, urlsplit

from socialinbox.channels.html_text import html_to_text
from socialinbox.channels.mastodon_network import MASTODON, MASTODON_NETWORK
from socialinbox.core.connector import AuthorRef, FetchedMessage, MalformedItem

# How many status → thread-root entries the cursor remembers (for replies to replies).
THREAD_MEMORY = 1000
_PAYLOAD_MAX = 10_000


class MalformedStatus(ValueError):
    """A notification or status that does not have the documented shape."""


@dataclass
class Cursor:
    """Where the last sync stopped: the newest notification and own status seen, and the
    thread roots of recent statuses. Stored as JSON with each batch."""

    notifications: str | None = None
    statuses: str | None = None
    threads: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, raw: str | None) -> Cursor:
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
        except ValueError:
            return cls()
        if not isinstance(data, Mapping):
            return cls()
        threads = data.get("threads")
        return cls(
            notifications=_optional_str(data.get("notifications")),
            statuses=_optional_str(data.get("statuses")),
            threads={str(k): str(v) for k, v in threads.items()}
            if isinstance(threads, Mapping)
            else {},
        )

    def dump(self) -> str:
        # The newest THREAD_MEMORY entries, read from the end: a long catch-up dumps the
        # cursor after every page, and copying every thread seen would make it quadratic.
        newest = list(islice(reversed(self.threads.items()), THREAD_MEMORY))
        threads = dict(reversed(newest))
        return json.dumps(
            {"notifications": self.notifications, "statuses": self.statuses, "threads": threads}
        )

    def root_of(self, status_id: str, in_reply_to_id: str | None) -> str:
        """The thread root of a status, learning it for later replies.

        A reply to a status seen before joins that status's thread; a reply to one
        never seen starts its thread at the status it answers (the conversation
        the customer sees starts there too).
        """
        root = status_id if not in_reply_to_id else self.threads.get(in_reply_to_id, in_reply_to_id)
        self.threads.pop(status_id, None)
        self.threads[status_id] = root
        return root


def _optional_str(value: object) -> str | None:
    return str(value) if isinstance(value, str | int) and str(value) else None


def parse_time(value: object) -> datetime:
    if not isinstance(value, str) or not value:
        raise MalformedStatus("the time is missing")
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedStatus(f"unreadable time {value[:40]!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _text_field(entity: Mapping[str, Any], name: str) -> str:
    value = entity.get(name)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise MalformedStatus(f"{name} is not text")
    return value


def full_acct(account: Mapping[str, Any], local_domain: str) -> str:
    """``user@domain`` as the server spells it (a local ``acct`` gets the server's domain)."""
    acct = account.get("acct")
    if not isinstance(acct, str) or not acct.strip().lstrip("@"):
        raise MalformedStatus("the account has no acct")
    acct = acct.strip().lstrip("@")
    return acct if "@" in acct else f"{acct}@{local_domain}"


def author_of(account: object, local_domain: str) -> AuthorRef:
    if not isinstance(account, Mapping):
        raise MalformedStatus("the status has no account")
    acct = full_acct(account, local_domain)
    try:
        key = MASTODON_NETWORK.key(acct)
    except ValueError as exc:
        raise MalformedStatus(str(exc)) from None
    display = account.get("display_name")
    url = account.get("url")
    web = isinstance(url, str) and url.startswith(("https://", "http://"))
    return AuthorRef(
        channel=MASTODON,
        key=key,
        handle=f"@{acct}",
        display_name=display.strip() if isinstance(display, str) and display.strip() else None,
        profile_url=url if web else None,
    )


def status_text(status: Mapping[str, Any]) -> str:
    """What a reader sees: the content as text, then one line per attachment."""
    text = html_to_text(_text_field(status, "content"))
    media = status.get("media_attachments") or []
    if not isinstance(media, list):
        raise MalformedStatus("media_attachments is not a list")
    lines = []
    for item in media:
        if not isinstance(item, Mapping):
            continue
        kind = item.get("type") if isinstance(item.get("type"), str) else "attachment"
        description = item.get("description")
        label = description if isinstance(description, str) and description.strip() else None
        url = item.get("url") if isinstance(item.get("url"), str) else None
        lines.append(f"[{kind}: {label or url or 'no description'}]")
    return "\n".join([text, *lines]).strip() if lines else text


def parse_status(
    status: object,
    *,
    local_domain: str,
    cursor: Cursor,
    inbound: bool,
) -> FetchedMessage:
    """One Status as a message. ``inbound`` False: the business's own post (kind "reply")."""
    if not isinstance(status, Mapping):
        raise MalformedStatus("the status is not an object")
    status_id = status.get("id")
    if not isinstance(status_id, str | int) or not str(status_id):
        raise MalformedStatus("the status has no id")
    status_id = str(status_id)
    parent = status.get("in_reply_to_id")
    if parent is not None and not isinstance(parent, str | int):
        raise MalformedStatus("in_reply_to_id is not an id")
    parent_id = str(parent) if parent is not None and str(parent) else None
    visibility = status.get("visibility")
    if not isinstance(visibility, str):
        raise MalformedStatus("the status has no visibility")
    author = author_of(status.get("account"), local_domain)
    created_at = parse_time(status.get("created_at"))
    edited = status.get("edited_at")
    edited_at = parse_time(edited) if edited else None
    spoiler = _text_field(status, "spoiler_text").strip()
    text = status_text(status)
    url = status.get("url") or status.get("uri")
    kind = ("direct" if visibility == "direct" else "mention") if inbound else "reply"
    return FetchedMessage(
        remote_id=status_id,
        channel=MASTODON,
        kind=kind,
        author=author,
        text=text,
        created_at=created_at,
        inbound=inbound,
        thread_remote_id=cursor.root_of(status_id, parent_id),
        in_reply_to_remote_id=parent_id,
        subject=spoiler or None,
        url=url if isinstance(url, str) and url.startswith(("https://", "http://")) else None,
        edited_at=edited_at,
    )


Parsed = tuple[tuple[FetchedMessage, ...], tuple[MalformedItem, ...]]
# An item to parse: (its status's sort key, inbound, the item, its status).
_Entry = tuple[tuple[datetime, int, str], bool, object, object]


def _entries(items: list[Any], *, inbound: bool) -> list[_Entry]:
    """Notifications (``inbound``) or the account's own statuses, ready to sort."""
    entries: list[_Entry] = []
    for item in items:
        status = item.get("status") if inbound and isinstance(item, Mapping) else item
        entries.append((_sort_key(status), inbound, item, status))
    return entries


def _parse_entry(
    entry: _Entry,
    cursor: Cursor,
    *,
    own_id: str,
    local_domain: str,
    messages: list[FetchedMessage],
    bad: list[MalformedItem],
) -> None:
    """One item parsed into ``messages`` (or set aside in ``bad``), its thread learnt."""
    _when, inbound, item, status = entry
    try:
        if inbound and not _is_mention(item):
            return  # another kind of notification: not for the inbox
        message = parse_status(status, local_domain=local_domain, cursor=cursor, inbound=inbound)
    except MalformedStatus as exc:
        bad.append(malformed(item, str(exc)))
        return
    if inbound or _answers_someone(status, own_id):
        messages.append(message)
    # else: a post of its own, or a thread with itself: nobody waits on it


def parse_round(
    cursor: Cursor,
    mention_pages: list[list[Any]],
    own_pages: list[list[Any]],
    *,
    own_id: str,
    local_domain: str,
) -> tuple[list[Parsed], list[Parsed]]:
    """Each page's messages and set-aside items: mention notifications, then the
    account's own statuses (only its replies to others become messages).

    Everything is parsed oldest first, whichever page it came in, so that a reply
    finds the thread of what it answers even when both arrive in one round. An
    item that is not what the documentation describes is set aside, never raised.
    """
    entries: list[tuple[_Entry, tuple[bool, int]]] = []
    results: dict[tuple[bool, int], tuple[list[FetchedMessage], list[MalformedItem]]] = {}
    for inbound, pages in ((True, mention_pages), (False, own_pages)):
        for index, items in enumerate(pages):
            results[(inbound, index)] = ([], [])
            entries.extend((entry, (inbound, index)) for entry in _entries(items, inbound=inbound))
    entries.sort(key=lambda pair: pair[0][0])
    for entry, page in entries:
        messages, bad = results[page]
        _parse_entry(
            entry, cursor, own_id=own_id, local_domain=local_domain, messages=messages, bad=bad
        )

    def collected(inbound: bool, count: int) -> list[Parsed]:
        return [
            (tuple(results[(inbound, i)][0]), tuple(results[(inbound, i)][1])) for i in range(count)
        ]

    return collected(True, len(mention_pages)), collected(False, len(own_pages))


class CatchUpParser:
    """A catch-up parsed page by page as the mention pages arrive, so that each is stored
    while the next is on its way (:func:`parse_round` needs the whole round first).

    The account's own statuses of the round are read before the mentions. Each mention
    page is parsed oldest first together with the own statuses no newer than its newest
    mention, so that a reply finds the thread of what it answers: the statuses it
    answers come earlier in time, on this page, an earlier one or among the own statuses
    (Mastodon lists notifications in the order they arrived). The own statuses' messages
    are handed over at the end (:meth:`own`), after every mention page.
    """

    def __init__(
        self, cursor: Cursor, own_pages: list[list[Any]], *, own_id: str, local_domain: str
    ) -> None:
        self._cursor = cursor
        self._own_id = own_id
        self._local_domain = local_domain
        own = [entry for items in own_pages for entry in _entries(items, inbound=False)]
        # Newest first, so that the oldest is popped from the end.
        self._own_waiting = sorted(own, key=lambda entry: entry[0], reverse=True)
        self._own_messages: list[FetchedMessage] = []
        self._own_bad: list[MalformedItem] = []

    def mention_page(self, items: list[Any]) -> Parsed:
        """One page of mention notifications: its messages and set-aside items."""
        entries = sorted(_entries(items, inbound=True), key=lambda entry: entry[0])
        messages: list[FetchedMessage] = []
        bad: list[MalformedItem] = []
        newest = entries[-1][0] if entries else None
        for entry in entries:
            self._own_until(entry[0])
            self._parse(entry, messages, bad)
        if newest is not None:
            self._own_until(newest)
        return tuple(messages), tuple(bad)

    def own(self) -> Parsed:
        """The account's own statuses of the round (those left parsed now, oldest first)."""
        while self._own_waiting:
            self._parse(self._own_waiting.pop(), self._own_messages, self._own_bad)
        return tuple(self._own_messages), tuple(self._own_bad)

    def _own_until(self, key: tuple[datetime, int, str]) -> None:
        while self._own_waiting and self._own_waiting[-1][0] <= key:
            self._parse(self._own_waiting.pop(), self._own_messages, self._own_bad)

    def _parse(
        self, entry: _Entry, messages: list[FetchedMessage], bad: list[MalformedItem]
    ) -> None:
        _parse_entry(
            entry,
            self._cursor,
            own_id=self._own_id,
            local_domain=self._local_domain,
            messages=messages,
            bad=bad,
        )


def _is_mention(item: object) -> bool:
    """True for a mention notification; False for another documented type; else raises."""
    if not isinstance(item, Mapping) or not isinstance(item.get("type"), str):
        raise MalformedStatus("not a notification")
    if item["type"] != "mention":
        return False
    if item.get("status") is None:
        raise MalformedStatus("the mention has no status")
    return True


def _sort_key(status: object) -> tuple[datetime, int, str]:
    """Oldest first; statuses of the same moment by id (numeric strings that grow)."""
    if not isinstance(status, Mapping):
        return datetime.min.replace(tzinfo=UTC), 0, ""
    raw_id = status.get("id")
    status_id = str(raw_id) if isinstance(raw_id, str | int) else ""
    try:
        when = parse_time(status.get("created_at"))
    except MalformedStatus:
        when = datetime.min.replace(tzinfo=UTC)
    return when, len(status_id), status_id


def _answers_someone(status: object, own_id: str) -> bool:
    if not isinstance(status, Mapping) or status.get("in_reply_to_id") is None:
        return False
    return str(status.get("in_reply_to_account_id")) != own_id


def malformed(item: object, error: str) -> MalformedItem:
    """An item set aside, with as much of it as is worth keeping for a person to look at."""
    remote_id = None
    if isinstance(item, Mapping):
        status = item.get("status")
        source = status if isinstance(status, Mapping) else item
        if isinstance(source.get("id"), str | int):
            remote_id = str(source["id"])
    try:
        payload = json.dumps(item, default=str)
    except (TypeError, ValueError):
        payload = repr(item)
    return MalformedItem(remote_id, error, payload[:_PAYLOAD_MAX])


# -- paging and replies -------------------------------------------------------------------


def link_param(url: str | None, name: str) -> str | None:
    """Query parameter ``name`` of a ``Link`` header's target (``min_id``, ``max_id``)."""
    if not url:
        return None
    values = parse_qs(urlsplit(url).query).get(name)
    return values[0] if values and values[0] else None


def id_order(value: str) -> tuple[int, str]:
    # Mastodon ids are numeric strings that grow with time; compare them as numbers.
    return (len(value), value) if value.isdigit() else (1_000, value)


def page_ids(items: list[Any]) -> list[str]:
    return [
        str(item["id"])
        for item in items
        if isinstance(item, Mapping) and isinstance(item.get("id"), str | int)
    ]


def newest_id(items: list[Any]) -> str | None:
    ids = page_ids(items)
    return max(ids, key=id_order) if ids else None


def oldest_id(items: list[Any]) -> str | None:
    ids = page_ids(items)
    return min(ids, key=id_order) if ids else None


_MENTION = re.compile(r"(?<![\w@])@([\w.-]+)(?:@([\w.-]+\.[\w-]+))?", re.UNICODE)


def mentioning(text: str, acct: str) -> str:
    """``text`` with ``@acct`` in front unless it already mentions that account."""
    username = acct.split("@", 1)[0].lower()
    for match in _MENTION.finditer(text):
        if match.group(0).lstrip("@").lower() == acct.lower():
            return text
        if match.group(1).lower() == username and match.group(2) is None and "@" not in acct:
            return text
    return f"@{acct} {text}"


def comparable_text(text: str) -> str:
    """Text as compared by the look-up: without leading mentions (the server shows
    ``@name`` where the reply said ``@name@domain``), whitespace folded."""
    words = text.split()
    while words and words[0].startswith("@"):
        words.pop(0)
    return " ".join(words)
