"""The JSON writer the commands share prints what ``json.dumps(indent=2)`` printed, streamed
arrays included, and never lets a terminal see a raw control character."""

from __future__ import annotations

import io
import json
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from socialinbox.cli.json_output import JsonFields, JsonStream, json_text, write_json

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
)
KEYS = st.text() | st.integers() | st.booleans() | st.none()
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.dictionaries(KEYS, inner, max_size=4)
    ),
    max_leaves=20,
)


def streamed(value: Any) -> Any:
    """The same value with every list a stream and every dict a stream of fields."""
    if isinstance(value, list | tuple):
        return JsonStream(iter([streamed(v) for v in value]))
    if isinstance(value, dict):
        return JsonFields(iter([(k, streamed(v)) for k, v in value.items()]))
    return value


def before(value: Any) -> str:
    """What print_json wrote before it streamed."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return re.sub("[\x7f-\x9f\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


@given(VALUES)
def test_the_text_is_what_json_dumps_gives(value: Any) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


@given(VALUES)
def test_streamed_arrays_and_objects_give_the_same_text(value: Any) -> None:
    # json writes a key as text; the keys of a stream of fields are given as written.
    out = io.StringIO()
    write_json(streamed(json.loads(json.dumps(value))), out)
    assert out.getvalue() == before(json.loads(json.dumps(value)))


@given(VALUES)
def test_what_reaches_the_terminal_is_what_print_json_wrote(value: Any) -> None:
    out = io.StringIO()
    write_json(value, out)
    assert out.getvalue() == before(value)
    assert not re.search("[\x00-\x1f\x7f-\x9f\ud800-\udfff]", out.getvalue().replace("\n", ""))


def test_a_long_stream_is_written_in_pieces_as_it_is_read() -> None:
    """Nothing waits for the end: text reaches the output while items are still coming."""
    out = io.StringIO()
    written_while_reading: list[int] = []

    def items() -> Any:
        for n in range(20_000):
            written_while_reading.append(len(out.getvalue()))
            yield {"id": n, "text": "x" * 50}

    write_json(JsonStream(items()), out)
    assert written_while_reading[-1] > 0
    assert json.loads(out.getvalue()) == [{"id": n, "text": "x" * 50} for n in range(20_000)]
