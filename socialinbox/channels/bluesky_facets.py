"""Rich-text facets for a Bluesky post: @mentions and links as UTF-8 byte ranges.

Bluesky marks mentions and links not with markup but with facets that point at
byte ranges of the UTF-8 encoded text: ``byteStart`` inclusive, ``byteEnd``
exclusive (docs.bsky.app, "Links, mentions, and rich text"; lexicon
``app.bsky.richtext.facet``). A mention facet carries the DID of the handle,
resolved by the caller; a handle that does not resolve gets no facet and stays
plain text, as the Bluesky app does.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

# A handle (atproto.com/specs/handle): dot-separated labels of letters, digits and
# hyphens, 1-63 long, not starting or ending with a hyphen; at least two labels,
# the last starting with a letter. A mention is "@" + handle, not preceded by a
# word character (so e-mail addresses are not mentions).
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_MENTION = re.compile(rf"(?<![\w@])@((?:{_LABEL}\.)+[A-Za-z](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?)")
_URL = re.compile(r"(?<![\w/])https?://[^\s<>\"]+", re.IGNORECASE)
# Punctuation that ends a sentence rather than a link.
_URL_TRAILING = ".,;:!?'\")]}"

MENTION_TYPE = "app.bsky.richtext.facet#mention"
LINK_TYPE = "app.bsky.richtext.facet#link"

ResolveHandle = Callable[[str], Awaitable[str | None]]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the text by character positions (Python string indexes)."""

    start: int
    end: int
    value: str


def mention_spans(text: str) -> list[Span]:
    """Every "@handle" in ``text``; ``value`` is the handle without "@", lower-cased."""
    return [Span(m.start(), m.end(), m.group(1).lower()) for m in _MENTION.finditer(text)]


def link_spans(text: str) -> list[Span]:
    """Every http(s) URL in ``text``, without sentence punctuation that follows it."""
    spans = []
    for match in _URL.finditer(text):
        url = match.group(0)
        while url and url[-1] in _URL_TRAILING:
            # Keep a closing bracket that closes one opened inside the URL.
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        if len(url) > len("https://"):
            spans.append(Span(match.start(), match.start() + len(url), url))
    return spans


def byte_range(text: str, span: Span) -> dict[str, int]:
    """The facet index of ``span``: UTF-8 byte offsets, start inclusive, end exclusive."""
    start = len(text[: span.start].encode("utf-8"))
    return {"byteStart": start, "byteEnd": start + len(text[span.start : span.end].encode("utf-8"))}


async def build_facets(text: str, resolve: ResolveHandle) -> list[dict[str, Any]]:
    """The facets of ``text``, in text order. ``resolve`` maps a handle to its DID or None."""
    facets: list[tuple[int, dict[str, Any]]] = []
    dids: dict[str, str | None] = {}
    for span in mention_spans(text):
        if span.value not in dids:
            dids[span.value] = await resolve(span.value)
        did = dids[span.value]
        if did:
            facets.append(
                (
                    span.start,
                    {
                        "index": byte_range(text, span),
                        "features": [{"$type": MENTION_TYPE, "did": did}],
                    },
                )
            )
    for span in link_spans(text):
        facets.append(
            (
                span.start,
                {
                    "index": byte_range(text, span),
                    "features": [{"$type": LINK_TYPE, "uri": span.value}],
                },
            )
        )
    return [facet for _start, facet in sorted(facets, key=lambda pair: pair[0])]
