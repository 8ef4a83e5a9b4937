"""Which encoding a text file exported by a spreadsheet or a front-office system uses.

:func:`decode_text` reads the bytes; the rules, in order:

1. A byte-order mark decides: UTF-8 with BOM (Excel's "CSV UTF-8"), UTF-16 LE or BE
   (Excel's "Unicode Text"), UTF-32.
2. Without one, NUL bytes at every other position mean UTF-16 without BOM (a text file
   never holds NUL otherwise; ASCII in UTF-16 would also pass as UTF-8).
3. Text that is valid UTF-8 is UTF-8 (LibreOffice's default; legacy 8-bit text with
   accents is almost never valid UTF-8).
4. Otherwise charset-normalizer chooses among the 8-bit encodings that exports use
   (:data:`LEGACY_CANDIDATES`); when it has no answer, Windows-1252 (then Latin-1,
   which reads any byte).

Only 1-3 are *certain*; a caller may prefer an encoding it remembers for a guess.
A forced encoding is used as given. Either way a leading BOM character and a DOS
end-of-file mark (Ctrl+Z) are dropped, and bytes that are no text (a workbook, a
picture, a file cut short in the middle of a UTF-16 character) raise
:class:`NotText` with a message a user can act on.
Encodings are named as Python's ``codecs`` names them (:func:`encoding_name`).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

# 8-bit encodings charset-normalizer chooses among, the most common first: Windows
# Western Europe, its ISO relatives, and what old Mac and DOS systems export.
LEGACY_CANDIDATES = ("cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850")
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Office files that people pick instead of their CSV export.
_NOT_CSV = (
    (b"PK\x03\x04", "a workbook or zip archive (.xlsx, .ods)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
)
_SAMPLE = 8192
# Control characters text files do not hold: all but tab, line breaks (FileMaker writes
# a vertical tab for one inside a field) and DOS's end-of-file mark (Ctrl+Z).
_CONTROLS = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\v\f\r\x1a")
# Text may hold a stray control character; binary data holds many.
_MAX_CONTROL_SHARE = 0.01


class NotText(ValueError):
    """The bytes are not text in the detected (or forced) encoding; the message says
    what the file looks like and what to do."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # as :func:`encoding_name` spells it
    certain: bool  # a BOM, the UTF-16 pattern or valid UTF-8 decided, not a guess


def encoding_name(encoding: str) -> str:
    """Python's own name of ``encoding`` ("latin-1" -> "iso8859-1"); unknown ones as given."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def decode_text(data: bytes, encoding: str | None = None) -> DecodedText:
    """The text of ``data``: in ``encoding`` if given, else detected (see the module's
    rules). Raises :class:`NotText`; an unknown ``encoding`` raises it too."""
    if encoding:
        return _checked(data, encoding_name(encoding), certain=True, forced=True)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _checked(data, codec, certain=True)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data, utf16, certain=True)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return _checked(data, _guess_legacy(data), certain=False)
    return _checked(data, "utf-8", certain=True)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 LE or BE when NUL bytes fill one half of the byte pairs (text mostly in
    Latin letters), else None."""
    sample = data[:_SAMPLE]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    high_even = sample[0::2].count(0)  # big-endian ASCII: NUL first
    high_odd = sample[1::2].count(0)  # little-endian ASCII: NUL second
    if high_odd >= pairs / 2 and high_even <= pairs / 20:
        return "utf-16-le"
    if high_even >= pairs / 2 and high_odd <= pairs / 20:
        return "utf-16-be"
    return None


def _guess_legacy(data: bytes) -> str:
    # Imported here: only files that are neither Unicode nor plain ASCII need it.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY_CANDIDATES)).best()
    if best is not None:
        return encoding_name(best.encoding)
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return encoding_name("latin_1")  # reads any byte; cp1252 leaves five undefined
    return "cp1252"


def _checked(data: bytes, codec: str, *, certain: bool, forced: bool = False) -> DecodedText:
    try:
        text = data.decode(codec)
    except LookupError:
        raise NotText(f"unknown encoding {codec!r}") from None
    except UnicodeDecodeError as exc:
        raise NotText(_undecodable(data, codec, exc)) from None
    sample = text[:_SAMPLE]
    controls = sum(1 for c in sample if c in _CONTROLS)
    if controls > max(1, len(sample) * _MAX_CONTROL_SHARE):
        raise NotText(_binary(data, codec if forced else None))
    return DecodedText(text.removeprefix("\ufeff").removesuffix("\x1a"), codec, certain)


def _undecodable(data: bytes, codec: str, exc: UnicodeDecodeError) -> str:
    if codec.startswith(("utf-16", "utf-32")) and exc.reason == "truncated data":
        return (
            f"the file ends in the middle of a character ({codec.upper()}, "
            f"{len(data)} bytes): it was cut short; export or copy it again"
        )
    # A line number helps a person find the spot; in UTF-16 or 32 bytes do not count lines.
    if codec.startswith(("utf-16", "utf-32")):
        where = f"byte {exc.start + 1}"
    else:
        line = data.count(b"\n", 0, exc.start) + 1
        where = f"line {line}"
    return (
        f"the file cannot be read as {codec}: {where} is not {codec} text; choose another encoding"
    )


def _binary(data: bytes, forced: str | None) -> str:
    for magic, kind in _NOT_CSV:
        if data.startswith(magic):
            return (
                f"the file is {kind}, not a text export: save it as CSV "
                "(or Excel's \u201cUnicode Text\u201d) and choose that file"
            )
    if forced:
        return (
            f"the file does not look like {forced} text (it holds control characters): "
            "choose another encoding"
        )
    return (
        "the file does not look like text (it holds control characters): "
        "choose the CSV export itself"
    )
