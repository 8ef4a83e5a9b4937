"""AT Protocol identifiers and app.bsky.feed.post record checks for the Bluesky test server.

Identifiers look like the real ones so that a connector cannot get away with parsing
assumptions: DIDs are did:plc:<24 base32 chars>, record keys are TIDs
(https://atproto.com/specs/tid), CIDs are CIDv1 dag-cbor sha-256 in base32
("bafyrei…", https://atproto.com/specs/data-model#link-and-cid-formats) computed over a
canonical JSON encoding instead of DAG-CBOR (tests only compare them for equality).

Record checks follow the lexicons app.bsky.feed.post
(https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/feed/post.json) and
app.bsky.richtext.facet
(https://github.com/bluesky-social/atproto/blob/main/lexicons/app/bsky/richtext/facet.json),
plus the checks the docs ask clients to get right
(https://docs.bsky.app/docs/advanced-guides/posts): reply refs name existing posts with their
current CIDs and the thread's root, and mention facets cover "@handle" in UTF-8 byte offsets.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

POST_NSID = "app.bsky.feed.post"
MAX_POST_GRAPHEMES = 300
MAX_POST_BYTES = 3000
MAX_LANGS = 3

_S32 = "234567abcdefghijklmnopqrstuvwxyz"
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_DID = re.compile(r"^did:[a-z]+:[a-zA-Z0-9._:%-]*[a-zA-Z0-9._-]$")
_RKEY = re.compile(r"^[A-Za-z0-9._:~-]{1,512}$")
_AT_URI = re.compile(r"^at://([^/]+)/([^/]+)/([^/]+)$")


class RecordInvalid(ValueError):
    """The record breaks its lexicon or names a post that does not exist."""


# -- identifiers ----------------------------------------------------------------------


def did_for(handle: str) -> str:
    """A stable did:plc identifier for a handle (24 base32 characters, like PLC)."""
    digest = hashlib.sha256(handle.lower().encode()).digest()
    return "did:plc:" + base64.b32encode(digest).decode().lower()[:24]


def cid_for(value: Any) -> str:
    """A CIDv1 (dag-cbor, sha-256) string for a record value."""
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode()).digest()
    raw = bytes([0x01, 0x71, 0x12, 0x20]) + digest
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


def tid(micros: int, clock_id: int = 0) -> str:
    """A timestamp identifier: 13 base32-sortable characters of (micros << 10 | clock)."""
    value = (micros << 10) | (clock_id & 0x3FF)
    return "".join(_S32[(value >> shift) & 0x1F] for shift in range(60, -1, -5))


def is_valid_rkey(rkey: str) -> bool:
    """Record key syntax (https://atproto.com/specs/record-key)."""
    return bool(_RKEY.match(rkey)) and rkey not in (".", "..")


def parse_at_uri(uri: str) -> tuple[str, str, str] | None:
    """(authority, collection, rkey) of an at:// record URI, or None."""
    match = _AT_URI.match(uri) if isinstance(uri, str) else None
    return (match.group(1), match.group(2), match.group(3)) if match else None


def format_datetime(moment: datetime) -> str:
    """The AppView's datetime form: UTC, milliseconds, "Z"."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def is_valid_datetime(text: Any) -> bool:
    """The lexicon "datetime" format: RFC 3339 with a timezone."""
    if not isinstance(text, str) or not _DATETIME.match(text):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# -- graphemes ------------------------------------------------------------------------

_ZWJ = "\u200d"


def _extends(char: str, previous: str) -> bool:
    """Whether ``char`` continues the grapheme cluster that ``previous`` ends."""
    code = ord(char)
    if previous == _ZWJ or char == _ZWJ:
        return True
    if unicodedata.category(char) in ("Mn", "Me", "Mc"):
        return True
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
        return True
    if 0x1F3FB <= code <= 0x1F3FF:  # emoji skin-tone modifiers
        return True
    return 0xE0020 <= code <= 0xE007F  # emoji tag sequences (subdivision flags)


def count_graphemes(text: str) -> int:
    """Extended grapheme clusters, closely enough for posts: combining marks, ZWJ emoji
    sequences, variation selectors, skin tones, flag pairs and CR LF count as one."""
    count = 0
    previous = ""
    flag_open = False  # a regional indicator waiting for its pair
    for char in text:
        is_flag = 0x1F1E6 <= ord(char) <= 0x1F1FF
        if is_flag and flag_open:
            flag_open = False
        elif previous and (_extends(char, previous) or (previous, char) == ("\r", "\n")):
            pass
        else:
            count += 1
            flag_open = is_flag
        previous = char
    return count


# -- post records ---------------------------------------------------------------------


@dataclass(frozen=True)
class StoredPost:
    """What the validator needs to know about an existing post."""

    uri: str
    cid: str
    author_did: str
    record: Mapping[str, Any]


def _fail(message: str) -> RecordInvalid:
    return RecordInvalid(f"Invalid {POST_NSID} record: {message}")


def _strong_ref(value: Any, where: str) -> tuple[str, str]:
    if not isinstance(value, Mapping):
        raise _fail(f"{where} must be an object")
    uri, cid = value.get("uri"), value.get("cid")
    if not isinstance(uri, str) or parse_at_uri(uri) is None:
        raise _fail(f"{where}/uri must be a valid at-uri")
    if not isinstance(cid, str) or not cid:
        raise _fail(f"{where}/cid must be a cid string")
    return uri, cid


def validate_post(
    record: Any,
    find_post: Callable[[str], StoredPost | None],
    handle_of: Callable[[str], str | None],
) -> None:
    """Raise RecordInvalid unless ``record`` is a post the network would thread correctly.

    ``find_post`` looks a post up by at:// URI (either a DID or handle authority);
    ``handle_of`` gives the current handle of a DID, or None when the DID is unknown.
    """
    if not isinstance(record, Mapping):
        raise _fail("Record must be an object")
    record_type = record.get("$type", POST_NSID)
    if record_type != POST_NSID:
        raise RecordInvalid(f"Invalid $type: expected {POST_NSID}, got {record_type}")
    text = record.get("text")
    if not isinstance(text, str):
        raise _fail('Record must have the property "text"')
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_POST_BYTES:
        raise _fail(f"Record/text must not be longer than {MAX_POST_BYTES} characters")
    if count_graphemes(text) > MAX_POST_GRAPHEMES:
        raise _fail(f"Record/text must not be longer than {MAX_POST_GRAPHEMES} graphemes")
    if "createdAt" not in record:
        raise _fail('Record must have the property "createdAt"')
    if not is_valid_datetime(record["createdAt"]):
        raise _fail("Record/createdAt must be an valid atproto datetime (RFC 3339 with timezone)")
    langs = record.get("langs")
    if langs is not None and (not isinstance(langs, list) or len(langs) > MAX_LANGS):
        raise _fail(f"Record/langs must be an array of at most {MAX_LANGS} languages")
    if "reply" in record:
        _validate_reply(record["reply"], find_post)
    if "facets" in record:
        _validate_facets(record["facets"], encoded, handle_of)
    if "embed" in record:
        _validate_embed(record["embed"], find_post)


def _validate_reply(reply: Any, find_post: Callable[[str], StoredPost | None]) -> None:
    if not isinstance(reply, Mapping) or "root" not in reply or "parent" not in reply:
        raise _fail('Record/reply must have the properties "root" and "parent"')
    root_uri, root_cid = _strong_ref(reply["root"], "Record/reply/root")
    parent_uri, parent_cid = _strong_ref(reply["parent"], "Record/reply/parent")
    parent = find_post(parent_uri)
    if parent is None:
        raise RecordInvalid(f"Reply parent not found: {parent_uri}")
    if parent.cid != parent_cid:
        raise RecordInvalid(f"Reply parent cid {parent_cid} does not match {parent.cid}")
    root = find_post(root_uri)
    if root is None:
        raise RecordInvalid(f"Reply root not found: {root_uri}")
    if root.cid != root_cid:
        raise RecordInvalid(f"Reply root cid {root_cid} does not match {root.cid}")
    parent_reply = parent.record.get("reply")
    expected_root = parent_reply["root"]["uri"] if parent_reply else parent.uri
    expected = find_post(expected_root)
    if expected is None or expected.uri != root.uri:
        raise RecordInvalid(
            f"Reply root {root_uri} is not the root of the parent's thread ({expected_root})"
        )


def _validate_facets(facets: Any, text: bytes, handle_of: Callable[[str], str | None]) -> None:
    if not isinstance(facets, list):
        raise _fail("Record/facets must be an array")
    for number, facet in enumerate(facets):
        where = f"Record/facets/{number}"
        if not isinstance(facet, Mapping):
            raise _fail(f"{where} must be an object")
        index, features = facet.get("index"), facet.get("features")
        if not isinstance(index, Mapping) or not isinstance(features, list):
            raise _fail(f'{where} must have the properties "index" and "features"')
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise _fail(f"{where}/index/byteStart and byteEnd must be integers")
        assert isinstance(start, int) and isinstance(end, int)
        if not 0 <= start < end <= len(text):
            raise _fail(f"{where}/index [{start}, {end}) is outside the text's UTF-8 bytes")
        try:
            covered = text[start:end].decode("utf-8")
        except UnicodeDecodeError:
            raise _fail(f"{where}/index splits a UTF-8 character") from None
        for feature in features:
            _validate_feature(feature, covered, where, handle_of)


def _validate_feature(
    feature: Any, covered: str, where: str, handle_of: Callable[[str], str | None]
) -> None:
    if not isinstance(feature, Mapping) or not isinstance(feature.get("$type"), str):
        raise _fail(f"{where}/features items must be objects with a $type")
    kind = feature["$type"]
    if kind == "app.bsky.richtext.facet#mention":
        did = feature.get("did")
        if not isinstance(did, str) or not _DID.match(did):
            raise _fail(f"{where}/features mention must have a valid did")
        handle = handle_of(did)
        if handle is None:
            raise RecordInvalid(f"Mention of unknown DID {did}")
        if covered.lower() != f"@{handle}".lower():
            raise RecordInvalid(
                f"Mention facet covers {covered!r}, not '@{handle}' (byte offsets are UTF-8)"
            )
    elif kind == "app.bsky.richtext.facet#link":
        if not isinstance(feature.get("uri"), str):
            raise _fail(f"{where}/features link must have a uri")
    elif kind == "app.bsky.richtext.facet#tag" and not isinstance(feature.get("tag"), str):
        raise _fail(f"{where}/features tag must have a tag")


def _validate_embed(embed: Any, find_post: Callable[[str], StoredPost | None]) -> None:
    if not isinstance(embed, Mapping) or not isinstance(embed.get("$type"), str):
        raise _fail("Record/embed must be an object with a $type")
    if embed["$type"] == "app.bsky.embed.record":
        uri, cid = _strong_ref(embed.get("record"), "Record/embed/record")
        quoted = find_post(uri)
        if quoted is not None and quoted.cid != cid:
            raise RecordInvalid(f"Quoted post cid {cid} does not match {quoted.cid}")
