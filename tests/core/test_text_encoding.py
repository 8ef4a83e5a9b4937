"""Detecting the encoding of exported text files: a BOM first, then UTF-16's zero bytes,
then UTF-8, then a guess among 8-bit encodings."""

from __future__ import annotations

import pytest

from socialinbox.core.text_encoding import NotText, decode_text, encoding_name

TEXT = "Gast;Anreise\r\nJürgen Weiß;25.11.2026\r\nZoë Lefèvre;25.11.2026\r\n"


@pytest.mark.parametrize(
    ("data", "encoding", "certain"),
    [
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig", True),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16", True),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16", True),
        (b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le"), "utf-32", True),
        (TEXT.encode("utf-16-le"), "utf-16-le", True),
        (TEXT.encode("utf-16-be"), "utf-16-be", True),
        (TEXT.encode("utf-8"), "utf-8", True),
        (TEXT.encode("cp1252"), "cp1252", False),
    ],
    ids=["utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom", "utf-16-le", "utf-16-be",
         "utf-8", "cp1252"],
)  # fmt: skip
def test_the_encoding_is_detected_and_the_text_has_no_bom(
    data: bytes, encoding: str, certain: bool
) -> None:
    decoded = decode_text(data)
    assert (decoded.text, decoded.encoding, decoded.certain) == (TEXT, encoding, certain)


def test_a_forced_encoding_is_used_and_its_bom_dropped() -> None:
    data = b"\xef\xbb\xbf" + TEXT.encode("utf-8")
    decoded = decode_text(data, "UTF8")
    assert (decoded.text, decoded.encoding) == (TEXT, "utf-8")
    assert decode_text(TEXT.encode("cp1252"), "latin-1").encoding == "iso8859-1"
    with pytest.raises(NotText, match="cannot be read as utf-8: line 2 is not"):
        decode_text(TEXT.encode("cp1252"), "utf-8")


def test_encoding_names_are_pythons_own() -> None:
    assert [encoding_name(n) for n in ("latin_1", "UTF-8", "mac_roman", "nonsense")] == [
        "iso8859-1",
        "utf-8",
        "mac-roman",
        "nonsense",
    ]


def test_a_dos_export_loses_its_end_of_file_mark() -> None:
    data = TEXT.encode("cp850") + b"\x1a"
    decoded = decode_text(data, "cp850")
    assert decoded.text == TEXT
