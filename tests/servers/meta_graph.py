"""The Graph API's request grammar and answer shapes, for the Meta test server.

What every Graph endpoint shares, written from Meta's "Graph API" overview pages
(developers.facebook.com/docs/graph-api: using-graph-api, field expansion, paginated
results, guides/error-handling): the ``fields`` parameter with nested fields and
modifiers (``messages.limit(5){id,from}``), cursor paging (``data`` + ``paging.cursors.
before/after`` + ``next``/``previous`` links), the error object and the time format.
No state lives here; :mod:`tests.servers.meta_server` holds the objects.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
UNSUPPORTED = (
    "Unsupported {method} request. Object with ID '{id}' does not exist, cannot be loaded "
    "due to missing permissions, or does not support this operation. Please read the Graph "
    "API documentation at https://developers.facebook.com/docs/graph-api"
)


class GraphError(Exception):
    """A Graph API error answer: ``{"error": {message, type, code, error_subcode, …}}``.

    ``status`` is the HTTP status it comes with (Graph sends most errors as 400; the
    documented way to tell them apart is ``code`` and ``error_subcode``)."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        subcode: int | None = None,
        status: int = 400,
        error_type: str = "OAuthException",
        user_title: str | None = None,
        user_msg: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.subcode = subcode
        self.status = status
        self.error_type = error_type
        self.user_title = user_title
        self.user_msg = user_msg
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"message": self.message, "type": self.error_type}
        error["code"] = self.code
        if self.subcode is not None:
            error["error_subcode"] = self.subcode
        if self.user_title is not None:
            error["error_user_title"] = self.user_title
        if self.user_msg is not None:
            error["error_user_msg"] = self.user_msg
        error["fbtrace_id"] = trace_id()
        return {"error": error}


def trace_id() -> str:
    """An fbtrace_id: opaque, different for every answer."""
    return base64.urlsafe_b64encode(secrets.token_bytes(8)).decode().rstrip("=")


def invalid_parameter(message: str, subcode: int | None = None) -> GraphError:
    """Code 100, "Invalid parameter": Graph's answer to a malformed request."""
    return GraphError(100, f"(#100) {message}", subcode=subcode)


def unsupported(method: str, object_id: str) -> GraphError:
    """Code 100 subcode 33: the object does not exist or this token may not see it."""
    return GraphError(
        100,
        UNSUPPORTED.format(method=method.lower(), id=object_id),
        subcode=33,
        error_type="GraphMethodException",
    )


def graph_time(moment: datetime) -> str:
    """Graph's timestamps: ISO 8601 in UTC with a ``+0000`` offset, to the second."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+0000")


# -- fields and field expansion --------------------------------------------------------


@dataclass
class FieldRequest:
    """One requested field: ``name``, its modifiers (``limit``, ``order``, ``filter``,
    ``summary``…) and its own nested fields (None when none were named)."""

    name: str
    modifiers: dict[str, str] = field(default_factory=dict)
    fields: list[FieldRequest] | None = None


def parse_fields(text: str) -> list[FieldRequest]:
    """``a,b.limit(2){c,d{e}},f`` into FieldRequests; GraphError(100) when malformed."""
    parser = _FieldParser(text)
    fields = parser.list()
    if parser.position != len(text):
        raise invalid_parameter(
            f'Syntax error "Expected end of string instead of "{text[parser.position :]}"."'
        )
    return fields


class _FieldParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.position = 0

    def _peek(self) -> str:
        return self.text[self.position] if self.position < len(self.text) else ""

    def list(self) -> list[FieldRequest]:
        fields = [self.field()]
        while self._peek() == ",":
            self.position += 1
            fields.append(self.field())
        return fields

    def field(self) -> FieldRequest:
        while self._peek() == " ":
            self.position += 1
        name = self._name()
        request = FieldRequest(name)
        while self._peek() == ".":
            self.position += 1
            modifier = self._name()
            if self._peek() != "(":
                raise self._error()
            end = self.text.find(")", self.position)
            if end < 0:
                raise self._error()
            request.modifiers[modifier] = self.text[self.position + 1 : end]
            self.position = end + 1
        if self._peek() == "{":
            self.position += 1
            request.fields = self.list()
            if self._peek() != "}":
                raise self._error()
            self.position += 1
        while self._peek() == " ":
            self.position += 1
        return request

    def _name(self) -> str:
        start = self.position
        while self._peek() and (self._peek().isalnum() or self._peek() == "_"):
            self.position += 1
        if start == self.position:
            raise self._error()
        return self.text[start : self.position]

    def _error(self) -> GraphError:
        return invalid_parameter(
            f'Syntax error "Field list is malformed at character {self.position}."'
        )


def requested(fields: list[FieldRequest] | None, defaults: Sequence[str]) -> list[FieldRequest]:
    """The fields asked for, or the node type's default fields when none were."""
    if fields:
        return fields
    return [FieldRequest(name) for name in defaults]


def check_known(fields: list[FieldRequest], known: frozenset[str], node_type: str) -> None:
    """Graph refuses a field the node type does not have (code 100)."""
    for item in fields:
        if item.name not in known:
            raise invalid_parameter(
                f"Tried accessing nonexisting field ({item.name}) on node type ({node_type})"
            )


# -- cursor paging ---------------------------------------------------------------------


def cursor_of(key: tuple[str, str]) -> str:
    """An opaque cursor naming one item's place: its sort time and id."""
    raw = json.dumps(list(key), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def read_cursor(value: str, name: str) -> tuple[str, str]:
    try:
        padded = value + "=" * (-len(value) % 4)
        key = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise invalid_parameter(f"The {name} cursor is not valid", subcode=1349176) from None
    if not (isinstance(key, list) and len(key) == 2 and all(isinstance(k, str) for k in key)):
        raise invalid_parameter(f"The {name} cursor is not valid", subcode=1349176)
    return key[0], key[1]


def read_limit(value: str | None) -> int:
    if value is None or value == "":
        return DEFAULT_LIMIT
    if not value.isdigit() or int(value) < 1:
        raise invalid_parameter(f"Param limit must be a positive integer, not '{value}'")
    return min(int(value), MAX_LIMIT)


@dataclass(frozen=True)
class PageRequest:
    """Where a page of an edge starts: ``after`` / ``before`` cursors and ``limit``."""

    limit: int = DEFAULT_LIMIT
    after: str | None = None
    before: str | None = None

    @classmethod
    def of(cls, params: dict[str, str]) -> PageRequest:
        return cls(read_limit(params.get("limit")), params.get("after"), params.get("before"))


def paged(
    items: Sequence[Any],
    key: Callable[[Any], tuple[str, str]],
    request: PageRequest,
    link: Callable[[dict[str, str]], str],
    render: Callable[[Any], dict[str, Any]],
) -> dict[str, Any]:
    """One page of ``items`` (already in the edge's order) as Graph pages an edge.

    ``key`` gives an item's place (cursors survive new items arriving); ``link`` makes the
    ``next``/``previous`` URL from the cursor parameters. ``next`` is absent on the last
    page and ``previous`` on the first; an empty page has no ``paging`` at all."""
    keys = [key(item) for item in items]
    if request.after is not None:
        place = read_cursor(request.after, "after")
        start = _index_past(keys, place)
        chosen = list(range(start, min(start + request.limit, len(items))))
    elif request.before is not None:
        place = read_cursor(request.before, "before")
        end = _index_before(keys, place)
        chosen = list(range(max(0, end - request.limit), end))
    else:
        chosen = list(range(min(request.limit, len(items))))
    result: dict[str, Any] = {"data": [render(items[i]) for i in chosen]}
    if not chosen:
        return result
    before = cursor_of(keys[chosen[0]])
    after = cursor_of(keys[chosen[-1]])
    paging: dict[str, Any] = {"cursors": {"before": before, "after": after}}
    if chosen[0] > 0:
        paging["previous"] = link({"before": before})
    if chosen[-1] < len(items) - 1:
        paging["next"] = link({"after": after})
    result["paging"] = paging
    return result


def _index_past(keys: list[tuple[str, str]], place: tuple[str, str]) -> int:
    """The index of the first item after ``place`` (the items may have changed since)."""
    if place in keys:
        return keys.index(place) + 1
    ascending = len(keys) < 2 or keys[0] <= keys[-1]
    for index, key in enumerate(keys):
        if (key > place) if ascending else (key < place):
            return index
    return len(keys)


def _index_before(keys: list[tuple[str, str]], place: tuple[str, str]) -> int:
    if place in keys:
        return keys.index(place)
    ascending = len(keys) < 2 or keys[0] <= keys[-1]
    for index, key in enumerate(keys):
        if (key >= place) if ascending else (key <= place):
            return index
    return len(keys)


def link_to(base_url: str, path: str, params: dict[str, str], cursor: dict[str, str]) -> str:
    """A paging link: the same request with the new cursor instead of the old ones."""
    kept = {k: v for k, v in params.items() if k not in ("after", "before")}
    return f"{base_url}{path}?{urlencode(kept | cursor)}"
