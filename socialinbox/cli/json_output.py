"""JSON on stdout, written as it is produced.

The text is exactly what ``json.dumps(value, ensure_ascii=False, indent=2)`` gives for the
same value (a test compares the two on generated values), but an array wrapped in
:class:`JsonStream` is written item by item as its iterable yields them: an export of
100,000 messages never holds more than one chunk of its text, and never the whole list.
Plain values are encoded here rather than by ``json.dumps``: with ``indent`` the standard
library falls back to its pure-Python encoder, several times slower than these few
type checks per value.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

INDENT = "  "
# Text is handed to stdout in pieces of about this many characters.
WRITE_CHUNK = 1 << 16

# What json leaves as it is with ensure_ascii=False but a terminal must not see raw.
_JSON_UNPRINTABLE = re.compile("[\x7f-\x9f\ud800-\udfff]")
_encode_str = json.encoder.encode_basestring  # the C encoder used by ensure_ascii=False
# Values an object may hold for the standard library's C encoder to write it whole.
_SCALAR_TYPES = frozenset({str, int, float, bool, type(None)})
_flat_encoders: dict[str, json.JSONEncoder] = {}


class JsonStream:
    """An array whose items are produced while it is written (a generator, a cursor)."""

    __slots__ = ("items",)

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


class JsonFields:
    """An object whose (name, value) fields are produced while it is written; a value that
    is an iterator (not a list) is written as a streamed array."""

    __slots__ = ("fields",)

    def __init__(self, fields: Iterable[tuple[str, Any]]) -> None:
        self.fields = fields


def write_json(value: Any, out: TextIO | None = None) -> None:
    """``value`` as indented JSON and a newline on ``out`` (stdout), streamed arrays as
    they come. Control characters are escaped (``\\u001b``, ``\\u009b``), as is a lone
    surrogate, so that what a stranger wrote never reaches a terminal raw."""
    out = out or sys.stdout
    pending: list[str] = []
    size = 0
    for piece in json_pieces(value):
        pending.append(piece)
        size += len(piece)
        if size >= WRITE_CHUNK:
            out.write(_printable("".join(pending)))
            pending, size = [], 0
    pending.append("\n")
    out.write(_printable("".join(pending)))


def json_text(value: Any) -> str:
    """The whole text :func:`write_json` writes, without the final newline or escapes."""
    return "".join(json_pieces(value))


def json_pieces(value: Any, pad: str = "") -> Iterator[str]:
    """The JSON text of ``value`` in pieces, ``pad`` being the indentation of its line."""
    if isinstance(value, JsonStream):
        yield from _array_pieces(value.items, pad)
    elif isinstance(value, JsonFields):
        yield from _object_pieces(value.fields, pad)
    elif isinstance(value, dict) and any(
        isinstance(v, JsonStream | JsonFields) for v in value.values()
    ):
        yield from _object_pieces(value.items(), pad)
    else:
        yield _text(value, pad)


def _object_pieces(fields: Iterable[tuple[Any, Any]], pad: str) -> Iterator[str]:
    inner = pad + INDENT
    separator = "{\n"
    for key, item in fields:
        yield f"{separator}{inner}{_key(key)}: "
        yield from json_pieces(JsonStream(item) if isinstance(item, Iterator) else item, inner)
        separator = ",\n"
    yield "{}" if separator == "{\n" else f"\n{pad}}}"


def _array_pieces(items: Iterable[Any], pad: str) -> Iterator[str]:
    inner = pad + INDENT
    separator = "[\n"
    for item in items:
        if isinstance(item, JsonStream | JsonFields):
            yield separator + inner
            yield from json_pieces(item, inner)
        else:
            yield separator + inner + _text(item, inner)
        separator = ",\n"
    yield "[]" if separator == "[\n" else f"\n{pad}]"


def _text(value: Any, pad: str) -> str:
    """The JSON text of a value that holds no stream."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return json.dumps(value)
    inner = pad + INDENT
    if isinstance(value, dict):
        if not value:
            return "{}"
        if _SCALAR_TYPES.issuperset(map(type, value.values())):
            return _flat_object(value, pad, inner)
        fields = ",\n".join(
            f"{inner}{_key(key)}: {_text(item, inner)}" for key, item in value.items()
        )
        return f"{{\n{fields}\n{pad}}}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = ",\n".join(inner + _text(item, inner) for item in value)
        return f"[\n{items}\n{pad}]"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _flat_object(value: dict[Any, Any], pad: str, inner: str) -> str:
    """An object of plain values (most lines of an export) by the C encoder: without
    ``indent`` it is used, and a separator that breaks the line and indents the next
    field gives the same text as ``indent`` would for an object nothing is nested in."""
    encoder = _flat_encoders.get(inner)
    if encoder is None:
        encoder = json.JSONEncoder(ensure_ascii=False, separators=(",\n" + inner, ": "))
        _flat_encoders[inner] = encoder
    return f"{{\n{inner}{encoder.encode(value)[1:-1]}\n{pad}}}"


def _key(key: Any) -> str:
    """A dict key as json writes it: strings as they are, numbers and constants as text."""
    if isinstance(key, str):
        return _encode_str(key)
    if key is None or isinstance(key, bool | int | float):
        return _encode_str(json.dumps(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def _printable(text: str) -> str:
    if text.isascii() and "\x7f" not in text:  # both checks are much faster than the search
        return text
    if _JSON_UNPRINTABLE.search(text):
        return _JSON_UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text
